import { useEffect } from 'react';
import { labelOf } from '../../domain/muscles';
import { useWorkoutStore } from '../../store/workout-store';
import { Sheet } from './sheet';

interface PickedExercise {
  address: string;
  title: string;
}

interface ExercisePickerProps {
  title: string;
  onPick: (exercise: PickedExercise) => void;
  onClose: () => void;
}

/** Search the library and pick one exercise (for the workout, and passed to the template editor). */
export function ExercisePicker({ title, onPick, onClose }: ExercisePickerProps) {
  const search = useWorkoutStore((s) => s.search);
  const searchExercises = useWorkoutStore((s) => s.searchExercises);

  useEffect(() => {
    void searchExercises('');
  }, [searchExercises]);

  return (
    <Sheet title={title} onClose={onClose} tall>
      <label className="search picker__search">
        <span className="visually-hidden">Search exercises</span>
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="M16.5 16.5L21 21" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
        <input
          type="search"
          placeholder="Search exercises"
          value={search.query}
          onChange={(event) => void searchExercises(event.target.value)}
          autoComplete="off"
          enterKeyHint="search"
          autoFocus
        />
      </label>
      <p className="picker__count" aria-live="polite">
        {search.loading && search.items.length === 0 ? 'Searching…' : pickerCount(search.total, search.items.length)}
      </p>
      <ul className="picker__list" aria-label="Exercises to pick">
        {search.items.map((exercise) => (
          <li key={exercise.address}>
            <button type="button" className="picker__item" onClick={() => onPick({ address: exercise.address, title: exercise.title })}>
              <span className="picker__title">{exercise.title}</span>
              <span className="picker__meta">
                {[exercise.equipment, ...exercise.muscles.slice(0, 2)].filter(Boolean).map(labelOf).join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Sheet>
  );
}

function pickerCount(total: number, shown: number): string {
  if (total === 0) return 'No exercise matches.';
  return total > shown
    ? `${total} exercises, the first ${shown} shown: type to narrow`
    : `${total} ${total === 1 ? 'exercise' : 'exercises'}`;
}
