import type { WeightUnit } from '../../domain/units';
import { MISSING_EXERCISE_TITLE } from '../../ui/format';
import { paramShortLabel, setGridColumns } from './params';
import {
  addSet,
  editSetValue,
  moveExercise,
  removeExercise,
  removeSet,
  updateExercise,
  type DraftExercise,
  type TemplateDraft,
} from './template-draft';
import { EditorSetRow } from './editor-set-row';
import { FormError } from '../../ui/form-error';
import { MoveButtons } from '../../ui/move-buttons';

interface EditorExerciseProps {
  exercise: DraftExercise;
  index: number;
  count: number;
  unit: WeightUnit;
  errors: Record<string, string>;
  showRequired: boolean;
  change: (update: (draft: TemplateDraft) => TemplateDraft) => void;
}

/** One exercise of the template being edited: order, superset grouping, and its sets. */
export function EditorExercise({ exercise, index, count, unit, errors, showRequired, change }: EditorExerciseProps) {
  const title = exercise.title ?? MISSING_EXERCISE_TITLE;
  const setsError = showRequired ? errors[`sets:${exercise.key}`] : undefined;
  return (
    <section className={`editor-exercise ${exercise.groupWithPrevious ? 'editor-exercise--grouped' : ''}`} aria-label={title}>
      <header className="editor-exercise__head">
        <h3 className={`editor-exercise__title ${exercise.title ? '' : 'editor-exercise__title--missing'}`}>{title}</h3>
        <div className="editor-exercise__tools">
          <MoveButtons label={title} index={index} count={count} onMove={(by) => change((d) => moveExercise(d, exercise.key, by))} />
          <button
            type="button"
            className="tool-button tool-button--danger"
            onClick={() => change((d) => removeExercise(d, exercise.key))}
            aria-label={`Remove ${title}`}
          >
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
              <path
                d="M5 7h14M10 7V5h4v2M7 7l1 12h8l1-12"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </button>
        </div>
      </header>
      {index > 0 && (
        <label className="editor-exercise__group">
          <input
            type="checkbox"
            checked={exercise.groupWithPrevious}
            onChange={(event) => change((d) => updateExercise(d, exercise.key, (e) => ({ ...e, groupWithPrevious: event.target.checked })))}
          />
          Superset with the exercise above
        </label>
      )}
      {exercise.format.length > 0 && (
        <div className="editor-set__head" style={{ gridTemplateColumns: setGridColumns(exercise.format) }} aria-hidden="true">
          <span>Set</span>
          {exercise.format.map((name) => (
            <span key={name}>{paramShortLabel(name, unit)}</span>
          ))}
          <span />
        </div>
      )}
      <ol className="editor-sets">
        {exercise.sets.map((set, i) => (
          <EditorSetRow
            key={set.key}
            exercise={exercise}
            set={set}
            position={i + 1}
            unit={unit}
            errors={errors}
            onEdit={(valueIndex, text) => change((d) => editSetValue(d, exercise.key, set.key, valueIndex, text))}
            onRemove={() => change((d) => removeSet(d, exercise.key, set.key))}
          />
        ))}
      </ol>
      <FormError message={setsError} />
      <button type="button" className="editor-exercise__add-set" onClick={() => change((d) => addSet(d, exercise.key))}>
        + Add set
      </button>
    </section>
  );
}
