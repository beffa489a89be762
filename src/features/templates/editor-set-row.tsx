import { SET_TYPES } from '../../domain/tag-values';
import type { WeightUnit } from '../../domain/units';
import { SET_TYPE_NAMES } from '../../ui/format';
import { paramLabel, setGridColumns } from './params';
import type { DraftExercise, DraftSet } from './template-draft';

interface EditorSetRowProps {
  exercise: DraftExercise;
  set: DraftSet;
  position: number;
  unit: WeightUnit;
  errors: Record<string, string>;
  onEdit: (index: number, text: string) => void;
  onRemove: () => void;
}

/** One prescribed set: a field per format parameter (set type as a choice), and remove. */
export function EditorSetRow({ exercise, set, position, unit, errors, onEdit, onRemove }: EditorSetRowProps) {
  const messages = set.values.flatMap((_, i) => errors[`value:${set.key}:${i}`] ?? []);
  const errorId = `editor-set-error-${set.key}`;
  return (
    <li className="editor-set" aria-label={`Set ${position}`}>
      <div
        className="editor-set__row"
        style={exercise.format.length > 0 ? { gridTemplateColumns: setGridColumns(exercise.format) } : undefined}
      >
        <span className="editor-set__number" aria-hidden="true">
          {position}
        </span>
        {exercise.format.length === 0 ? (
          <span className="editor-set__raw">{set.values.filter((value) => value.trim() !== '').join(' · ') || '—'}</span>
        ) : (
          exercise.format.map((name, i) => {
            const label = `${paramLabel(name, unit)}, set ${position}`;
            const invalid = Boolean(errors[`value:${set.key}:${i}`]);
            const value = set.values[i] ?? '';
            return name === 'set_type' ? (
              <select
                key={name}
                className="editor-set__type"
                aria-label={label}
                value={value}
                onChange={(event) => onEdit(i, event.target.value)}
              >
                {SET_TYPES.map((setType) => (
                  <option key={setType} value={setType}>
                    {SET_TYPE_NAMES[setType]}
                  </option>
                ))}
              </select>
            ) : (
              <input
                key={name}
                className="editor-set__input"
                aria-label={label}
                inputMode={name === 'reps' ? 'numeric' : 'decimal'}
                autoComplete="off"
                placeholder="—"
                value={value}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? errorId : undefined}
                onChange={(event) => onEdit(i, event.target.value)}
              />
            );
          })
        )}
        <button type="button" className="editor-set__remove" onClick={onRemove} aria-label={`Remove set ${position}`}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {messages.length > 0 && (
        <div id={errorId} className="editor-set__errors" role="alert">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
    </li>
  );
}
