import { AppLink } from '../../lib/app-link';
import { usePreferencesStore } from '../../store/preferences-store';
import type { RecordExercise } from '../../worker/api';
import { exerciseHistoryPath } from '../../lib/paths';
import { setNumbers, setText, setTypeLabel } from './set-text';

/** One exercise of a workout: its name, every set as performed, and a way to its history. */
export function RecordExerciseCard({ exercise }: { exercise: RecordExercise }) {
  const units = usePreferencesStore((s) => s.units);
  const numbers = setNumbers(exercise.sets);
  return (
    <li className="record-exercise">
      <h4 className={exercise.title ? 'record-exercise__title' : 'record-exercise__title record-exercise__title--unknown'}>
        {exercise.title ?? 'Exercise not on this device yet'}
      </h4>
      <ol className="record-sets" aria-label={`Sets of ${exercise.title ?? 'this exercise'}`}>
        {exercise.sets.map((set, i) => {
          const tag = setTypeLabel(set);
          return (
            <li key={i} className="record-sets__item">
              <span className="record-sets__number" data-warmup={set.setType === 'warmup' ? 'yes' : undefined}>
                {numbers[i]}
              </span>
              <span className="record-sets__text">{setText(set, units)}</span>
              {tag && <span className="record-sets__tag">{tag}</span>}
            </li>
          );
        })}
      </ol>
      <AppLink to={exerciseHistoryPath.build({ address: exercise.address })} className="link-button record-exercise__history">
        History and bests of this exercise
      </AppLink>
    </li>
  );
}
