import { Fragment, memo, useState, type CSSProperties } from 'react';
import type { WeightUnit } from '../../domain/units';
import type { RecordSet } from '../../domain/workout-record';
import { sessionFormat, type SessionAction, type SessionExercise, type SetTimer } from '../../domain/workout-session';
import { AppLink } from '../../lib/app-link';
import { exercisePath } from '../../lib/paths';
import { useQuery } from '../../lib/query/use-query';
import { previousSetsQuery } from '../../store/queries/history-queries';
import { isSetStored } from '../../store/workout-store';
import { ExerciseOptions } from './exercise-options';
import { MISSING_EXERCISE_TITLE, setChipLabels } from '../../ui/format';
import { SetOptions } from './set-options';
import { SetRow } from './set-row';
import { isCrowded, setColumns, setGridColumns } from './set-columns';
import { setColumnHeading } from '../../ui/set-text';

const NO_SETS: readonly RecordSet[] = [];

interface ExerciseCardProps {
  exercise: SessionExercise;
  /** The exercise as stored: its sets that differ from it show as not stored yet. */
  saved: SessionExercise | undefined;
  index: number;
  count: number;
  /** The workout's running set timer, when it is one of this exercise's sets. */
  timer: SetTimer | undefined;
  unit: WeightUnit;
  /** A finished workout waiting to be saved takes no more changes. */
  disabled: boolean;
  apply: (action: SessionAction) => void;
}

/** One exercise of the workout: its sets table in the exercise's format, add set, last time's sets, and its options. */
export const ExerciseCard = memo(function ExerciseCard({ exercise, saved, index, count, timer, unit, disabled, apply }: ExerciseCardProps) {
  const previous = useQuery(previousSetsQuery, exercise.exerciseAddress).data ?? NO_SETS;
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [setMenu, setSetMenu] = useState<string>();
  const title = exercise.title ?? MISSING_EXERCISE_TITLE;
  const menuSet = exercise.sets.find((set) => set.id === setMenu);
  const chips = setChipLabels(exercise.sets.map((set) => set.setType));
  const format = sessionFormat(exercise);
  const fields = setColumns(exercise);
  // The heading row and every set share the columns of this exercise's format.
  const columns = { '--set-columns': setGridColumns(fields) } as CSSProperties;

  return (
    <section className="exercise-card" aria-label={title}>
      <header className="exercise-card__head">
        {exercise.title ? (
          <AppLink to={exercisePath.build({ address: exercise.exerciseAddress })} className="exercise-card__title">
            {exercise.title}
          </AppLink>
        ) : (
          <h2 className="exercise-card__title exercise-card__title--missing">{MISSING_EXERCISE_TITLE}</h2>
        )}
        <button
          type="button"
          className="exercise-card__more"
          onClick={() => setOptionsOpen(true)}
          aria-label={`Options for ${title}`}
          disabled={disabled}
        >
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <circle cx="5" cy="12" r="2" fill="currentColor" />
            <circle cx="12" cy="12" r="2" fill="currentColor" />
            <circle cx="19" cy="12" r="2" fill="currentColor" />
          </svg>
        </button>
      </header>
      <div className={`set-table ${isCrowded(fields) ? 'set-table--crowded' : ''}`} style={columns}>
        <div className="set-head" aria-hidden="true">
          <span>Set</span>
          <span>Previous</span>
          {fields.map((field) => (
            <Fragment key={field}>
              <span>{setColumnHeading(field, unit)}</span>
              {/* Over the timer button. */}
              {field === 'duration' && <span />}
            </Fragment>
          ))}
          <span>✓</span>
        </div>
        <ol className="set-list">
          {exercise.sets.map((set, i) => (
            <SetRow
              key={set.id}
              set={set}
              stored={isSetStored(
                set,
                saved?.sets.find((stored) => stored.id === set.id),
              )}
              position={i + 1}
              chip={chips[i] ?? ''}
              previous={previous[i]}
              format={format}
              fields={fields}
              timer={timer?.setId === set.id ? timer : undefined}
              unit={unit}
              disabled={disabled}
              apply={apply}
              onOptions={() => setSetMenu(set.id)}
            />
          ))}
        </ol>
      </div>
      {!disabled && (
        <div className="exercise-card__actions">
          <button type="button" className="exercise-card__action" onClick={() => apply({ type: 'add-set', exerciseId: exercise.id })}>
            + Add set
          </button>
          {previous.length > 0 && (
            <button
              type="button"
              className="exercise-card__action"
              onClick={() => apply({ type: 'prefill-from-previous', exerciseId: exercise.id, previous })}
            >
              Use previous
            </button>
          )}
        </div>
      )}
      {optionsOpen && (
        <ExerciseOptions
          exercise={exercise}
          title={title}
          index={index}
          count={count}
          apply={apply}
          onClose={() => setOptionsOpen(false)}
        />
      )}
      {menuSet && (
        <SetOptions
          set={menuSet}
          position={exercise.sets.indexOf(menuSet) + 1}
          exerciseTitle={title}
          unit={unit}
          apply={apply}
          onClose={() => setSetMenu(undefined)}
        />
      )}
    </section>
  );
});
