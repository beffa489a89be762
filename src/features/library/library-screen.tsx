import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import { useLibraryStore } from '../../store/library-store';
import { formatCount } from '../../ui/format';
import { ExerciseListItem } from './exercise-list-item';
import { LibraryFilters } from './library-filters';

/** The exercise library: search by name, filter by equipment and muscle, endless list. */
export function LibraryScreen() {
  const items = useLibraryStore((s) => s.items);
  const total = useLibraryStore((s) => s.total);
  const loading = useLibraryStore((s) => s.loading);
  const error = useLibraryStore((s) => s.error);
  const filtered = useLibraryStore((s) => Boolean(s.filters.search || s.filters.equipment || s.filters.muscle));
  const { refresh, loadMore, setFilters } = useLibraryStore.getState();
  const starterPackProblem = useAppStore((s) => s.starterPackProblem);
  const sentinel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void refresh();
  }, [refresh]);

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
          {error}
        </p>
      )}
      {!loading && total === 0 && !error && <EmptyResult />}
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
