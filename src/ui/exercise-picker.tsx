import { useState } from 'react';
import { labelOf } from '../domain/muscles';
import { useQuery } from '../lib/query/use-query';
import { exercisesQuery } from '../store/queries/library-queries';
import { formatCount } from './format';
import { SearchField } from './search-field';
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

/** Search the library and pick one exercise (the workout's "Add exercise", and the template editor's). */
export function ExercisePicker({ title, onPick, onClose }: ExercisePickerProps) {
  const [query, setQuery] = useState('');
  // The first page is all a picker shows: a longer list means a more precise search.
  const { data, loading } = useQuery(exercisesQuery, { search: query, equipment: '', muscle: '' }, { keepPrevious: true });
  const items = data?.items ?? [];

  return (
    <Sheet title={title} onClose={onClose} tall>
      <SearchField label="Search exercises" value={query} onChange={setQuery} autoFocus />
      <p className="picker__count" aria-live="polite">
        {loading && items.length === 0 ? 'Searching…' : pickerCount(data?.total ?? 0, items.length)}
      </p>
      <ul className="picker__list" aria-label="Exercises to pick">
        {items.map((exercise) => (
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
  return total > shown ? `${total} exercises, the first ${shown} shown: type to narrow` : formatCount(total, 'exercise');
}
