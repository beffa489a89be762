import { AppLink } from '../../lib/app-link';
import { useQuery } from '../../lib/query/use-query';
import { exercisePath } from '../../lib/paths';
import { useAccountStore } from '../../store/account-store';
import { usePreferencesStore } from '../../store/preferences-store';
import { exerciseHistoryQuery } from '../../store/queries/history-queries';
import { MISSING_EXERCISE_TITLE } from '../../ui/format';
import { BestsSection } from './bests-section';
import './history.css';
import { ProgressChart } from './progress-chart';
import { progressSeries } from './progress-series';
import { RepsAtWeight } from './reps-at-weight';
import { SessionList } from './session-list';
import { SignedOutNotice } from './signed-out-notice';

/**
 * One exercise across the person's workouts, in the terms it logs: its progress (the
 * estimated 1RM of a lift, the pace of a row, the time of a hold), bests, reps at each
 * weight and every session.
 */
export function ExerciseHistoryScreen({ address }: { address: string }) {
  const account = useAccountStore((s) => s.account);
  const { data: history, error } = useQuery(exerciseHistoryQuery, address);
  const units = usePreferencesStore((s) => s.units);

  if (account?.status === 'signed-out') return <SignedOutNotice />;
  if (!history) {
    return (
      <main className="screen" aria-busy={!error}>
        {error && (
          <p className="banner banner--error" role="alert">
            This exercise’s history could not be read: {error.message}
          </p>
        )}
      </main>
    );
  }

  const series = progressSeries(history.sessions, units);
  return (
    <main className="screen">
      <h2 className="detail__title">{history.title ?? MISSING_EXERCISE_TITLE}</h2>
      {history.title && (
        <AppLink to={exercisePath.build({ address })} className="exercise-history__about">
          How to do it
        </AppLink>
      )}
      {history.sessions.length === 0 ? (
        <div className="empty">
          <p>You have not logged this exercise yet. Its bests and progress show here after your first workout with it.</p>
        </div>
      ) : (
        <>
          {series && (
            <section className="detail__section" aria-labelledby="chart-title">
              <h3 id="chart-title">{series.title}</h3>
              <ProgressChart series={series} />
            </section>
          )}
          <BestsSection history={history} unit={units} />
          <RepsAtWeight rows={history.repsAtWeight} unit={units} />
          <SessionList sessions={history.sessions} format={history.format} unit={units} />
        </>
      )}
    </main>
  );
}
