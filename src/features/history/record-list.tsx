import { AppLink } from '../../lib/app-link';
import { importPath, WORKOUT_PATH } from '../../lib/paths';
import { usePagedQuery } from '../../lib/query/use-query';
import { recordsQuery } from '../../store/queries/history-queries';
import { FormError } from '../../ui/form-error';
import { RecordCard } from './record-card';
import { useLoadMore } from './use-load-more';

/** The person's workouts, newest first; older ones load as the list nears its end. */
export function RecordList() {
  const { data, error, fetching, loadMore } = usePagedQuery(recordsQuery, {});
  const sentinel = useLoadMore(loadMore);

  if (!data)
    return error ? (
      <FormError message={`Your workouts could not be read: ${error.message}`} />
    ) : (
      <p className="muted history__status" role="status">
        Loading your workouts…
      </p>
    );
  const records = data.items;
  if (records.length === 0) {
    return (
      <div className="empty">
        <p className="empty__title">No workouts yet</p>
        <p>Start one from the Workout tab: finished workouts appear here with their volume and records.</p>
        <AppLink to={WORKOUT_PATH} className="button button--primary button--link">
          Start a workout
        </AppLink>
        <AppLink to={importPath.build()} className="link-button history__import">
          Import your history from Strong or Hevy
        </AppLink>
      </div>
    );
  }
  return (
    <>
      <ul className="record-list" aria-label="Workouts">
        {records.map((record) => (
          <li key={record.key}>
            <RecordCard record={record} />
          </li>
        ))}
      </ul>
      <FormError message={error?.message} />
      {data.hasMore && (
        <button type="button" className="button history__more" onClick={loadMore} disabled={fetching}>
          {fetching ? 'Loading…' : 'Show older workouts'}
        </button>
      )}
      <div ref={sentinel} aria-hidden="true" />
    </>
  );
}
