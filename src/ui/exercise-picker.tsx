import { useState } from 'react';
import { labelOf } from '../domain/muscles';
import { useQuery } from '../lib/query/use-query';
import { exercisesQuery, myExercisesQuery } from '../store/queries/library-queries';
import { formatCount } from './format';
import { SearchField } from './search-field';
import { SegmentedControl } from './segmented-control';
import { Sheet } from './sheet';

interface PickedExercise {
  address: string;
  title: string;
}

/** A choice the picker offers above the search results (the import's "Create as my own exercise"). */
interface PickerOffer {
  key: string;
  title: string;
  meta: string;
  onPick: () => void;
}

interface ExercisePickerProps {
  title: string;
  onPick: (exercise: PickedExercise) => void;
  onClose: () => void;
  offers?: readonly PickerOffer[];
}

const PICKER_SCOPES = [
  { value: 'all', label: 'All' },
  { value: 'mine', label: 'Mine' },
] as const;

/** Search the library and pick one exercise (the workout's "Add exercise", the template editor's, the import's "Change"). */
export function ExercisePicker({ title, onPick, onClose, offers = [] }: ExercisePickerProps) {
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<'all' | 'mine'>('all');
  // The first page is all a picker shows: a longer list means a more precise search.
  const { data, loading } = useQuery(
    scope === 'mine' ? myExercisesQuery : exercisesQuery,
    { search: query, equipment: '', muscle: '' },
    { keepPrevious: true },
  );
  const items = data?.items ?? [];

  return (
    <Sheet title={title} onClose={onClose} tall>
      {/* One row of the tall sheet's grid (head, filters, count, list). */}
      <div className="filters">
        <SearchField label="Search exercises" value={query} onChange={setQuery} autoFocus />
        <SegmentedControl label="Exercises to show" options={PICKER_SCOPES} value={scope} onChange={setScope} />
      </div>
      <p className="picker__count" aria-live="polite">
        {loading && items.length === 0 ? 'Searching…' : pickerCount(data?.total ?? 0, items.length, scope === 'mine')}
      </p>
      <ul className="picker__list" aria-label="Exercises to pick">
        {offers.map((offer) => (
          <li key={offer.key}>
            <button type="button" className="picker__item picker__item--offer" onClick={offer.onPick}>
              <span className="picker__title">{offer.title}</span>
              <span className="picker__meta">{offer.meta}</span>
            </button>
          </li>
        ))}
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

function pickerCount(total: number, shown: number, mine: boolean): string {
  if (total === 0) return mine ? 'No exercise of yours matches. Make one in the Library.' : 'No exercise matches.';
  return total > shown ? `${total} exercises, the first ${shown} shown: type to narrow` : formatCount(total, 'exercise');
}
