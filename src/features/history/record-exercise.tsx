import { AppLink } from '../../lib/app-link';
import { usePreferencesStore } from '../../store/preferences-store';
import type { RecordExercise } from '../../worker/api';
import { exerciseHistoryPath } from '../../lib/paths';
import { MISSING_EXERCISE_TITLE, SET_TYPE_NAMES, setChipLabels } from '../../ui/format';
import { formatSet } from '../../ui/set-text';

/** One exercise of a workout: its name, every set as performed, and a way to its history. */
export function RecordExerciseCard({ exercise }: { exercise: RecordExercise }) {
  const units = usePreferencesStore((s) => s.units);
  const chips = setChipLabels(exercise.sets.map((set) => set.setType));
  return (
    <li className="record-exercise">
      <h4 className={exercise.title ? 'record-exercise__title' : 'record-exercise__title record-exercise__title--unknown'}>
        {exercise.title ?? MISSING_EXERCISE_TITLE}
      </h4>
      <ol className="record-sets" aria-label={`Sets of ${exercise.title ?? 'this exercise'}`}>
        {exercise.sets.map((set, i) => {
          const tag = set.setType && set.setType !== 'normal' ? SET_TYPE_NAMES[set.setType] : undefined;
          return (
            <li key={i} className="record-sets__item">
              <span className="record-sets__number" data-warmup={set.setType === 'warmup' ? 'yes' : undefined}>
                {chips[i]}
              </span>
              <span className="record-sets__text">{formatSet(set, units, exercise.format)}</span>
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
