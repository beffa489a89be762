import { recordPath } from '../../lib/paths';
import { useQuery } from '../../lib/query/use-query';
import { navigate } from '../../lib/router';
import { usePreferencesStore } from '../../store/preferences-store';
import { recordQuery } from '../../store/queries/history-queries';
import { useWorkoutStore } from '../../store/workout-store';
import { formatCount, MISSING_EXERCISE_TITLE } from '../../ui/format';
import { PrList } from './pr-list';
import { SummaryStats } from './summary-stats';
import './workout.css';
import { CheckIcon } from './check-icon';

/**
 * After Finish: duration, volume or distance, sets and PRs. Right after finishing it shows the finish
 * report (PRs with what they beat); opened again later, the stored record.
 */
export function WorkoutSummaryScreen({ recordKey }: { recordKey: string }) {
  const finished = useWorkoutStore((s) => (s.finished?.recordKey === recordKey ? s.finished : undefined));
  const record = useQuery(recordQuery, recordKey);
  const unit = usePreferencesStore((s) => s.units);

  const stored = record.data;
  const titles = {
    ...Object.fromEntries(stored?.exercises.flatMap((e) => (e.title ? [[e.address, e.title]] : [])) ?? []),
    ...finished?.exerciseTitles,
  };
  const figures = finished
    ? {
        durationSeconds: finished.summary.durationSeconds,
        volumeKg: finished.summary.volumeKg,
        distanceMetres: finished.summary.distanceMetres,
        sets: finished.summary.sets,
      }
    : stored && {
        durationSeconds: stored.durationSeconds,
        volumeKg: stored.volumeKg,
        distanceMetres: stored.distanceMetres,
        sets: stored.setCount,
      };
  const prs = finished?.summary.prs ?? stored?.prs ?? [];

  if (!figures) {
    return (
      <main className="screen">
        <p className="muted" role="status">
          {!record.loading && !stored ? 'This workout is not on this device.' : 'Loading the workout…'}
        </p>
      </main>
    );
  }
  return (
    <main className="screen summary">
      <div className="summary__hero">
        <span className="summary__check" aria-hidden="true">
          <CheckIcon size={30} />
        </span>
        <h2 className="summary__title">{finished?.title ?? stored?.title}</h2>
        <p className="muted">Saved and on its way to your relays.</p>
      </div>
      <SummaryStats {...figures} unit={unit} />
      <section className="summary__section">
        <h3 className="summary__heading">Personal records</h3>
        {prs.length > 0 ? (
          <PrList records={prs} titles={titles} unit={unit} />
        ) : (
          <p className="muted">No new records this time. Records count from your second workout with an exercise.</p>
        )}
      </section>
      {stored && stored.exercises.length > 0 && (
        <section className="summary__section">
          <h3 className="summary__heading">Exercises</h3>
          <ul className="summary__exercises">
            {stored.exercises.map((exercise) => (
              <li key={exercise.address}>
                <span>{exercise.title ?? MISSING_EXERCISE_TITLE}</span>
                <span className="muted">{formatCount(exercise.sets.length, 'set')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <button type="button" className="button button--primary summary__done" onClick={() => navigate(recordPath.build({ key: recordKey }))}>
        Done
      </button>
    </main>
  );
}
