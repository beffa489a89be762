import { useEffect, useRef } from 'react';
import { usePagedQuery } from '../../lib/query/use-query';
import { useAppStore } from '../../store/app-store';
import { useLibraryStore } from '../../store/library-store';
import { AppLink } from '../../lib/app-link';
import { newExercisePath } from '../../lib/paths';
import { exercisesQuery, myExercisesQuery } from '../../store/queries/library-queries';
import { formatCount } from '../../ui/format';
import { ExerciseListItem } from './exercise-list-item';
import { LibraryFilters } from './library-filters';

/** The exercise library: search by name, filter by equipment and muscle, endless list. */
export function LibraryScreen() {
  const filters = useLibraryStore((s) => s.filters);
  const setFilters = useLibraryStore((s) => s.setFilters);
  const mine = useLibraryStore((s) => s.scope === 'mine');
  // While a new search runs, the last answer stays on screen.
  const { data, loading, error, loadMore } = usePagedQuery(mine ? myExercisesQuery : exercisesQuery, filters, { keepPrevious: true });
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const filtered = Boolean(filters.search || filters.equipment || filters.muscle);
  const starterPackProblem = useAppStore((s) => s.starterPackProblem);
  const sentinel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const node = sentinel.current;
    if (!node) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && void loadMore(), {
      rootMargin: '600px',
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [loadMore]);

  return (
    <main className="screen">
      {starterPackProblem && (
        <p className="banner banner--warning" role="alert">
          The starter library could not be loaded: {starterPackProblem}
        </p>
      )}
      <LibraryFilters />
      <div className="result-bar">
        <p className="result-count" aria-live="polite" data-testid="result-count">
          {loading && items.length === 0 ? 'Searching…' : formatCount(total, 'exercise')}
        </p>
        {filtered && (
          <button type="button" className="link-button" onClick={() => setFilters({ search: '', equipment: '', muscle: '' })}>
            Clear filters
          </button>
        )}
      </div>
      {error && (
        <p className="banner banner--error" role="alert">
          {error.message}
        </p>
      )}
      {!loading && total === 0 && !error && (mine && !filtered ? <NoOwnExercises /> : <EmptyResult />)}
      <ul className="exercise-list" aria-label="Exercises">
        {items.map((item) => (
          <ExerciseListItem key={item.address} exercise={item} />
        ))}
      </ul>
      <div ref={sentinel} aria-hidden="true" />
    </main>
  );
}

function EmptyResult() {
  const setFilters = useLibraryStore((s) => s.setFilters);
  return (
    <div className="empty">
      <p>No exercise matches these filters.</p>
      <button type="button" className="button" onClick={() => setFilters({ search: '', equipment: '', muscle: '' })}>
        Clear search and filters
      </button>
    </div>
  );
}

function NoOwnExercises() {
  return (
    <div className="empty">
      <p>You have no exercises of your own yet. Make one, or open any exercise and duplicate it to adjust it.</p>
      <AppLink to={newExercisePath.build()} className="button button--primary">
        New exercise
      </AppLink>
    </div>
  );
}
