import { useEffect } from 'react';
import { useAccountStore } from '../../store/account-store';
import { followHistoryChanges, useHistoryStore } from '../../store/history-store';
import './history.css';
import { RecordList } from './record-list';
import { SignedOutNotice } from './signed-out-notice';
import { ViewToggle } from './view-toggle';
import { WorkoutCalendar } from './workout-calendar';

/** The person's workouts as a list, newest first, or as a month calendar. */
export function HistoryScreen() {
  const account = useAccountStore((s) => s.account);
  const { view, error } = useHistoryStore();
  useEffect(() => followHistoryChanges(), []);

  if (!account) return <main className="screen" aria-busy="true" />;
  if (account.status === 'signed-out') return <SignedOutNotice />;
  return (
    <main className="screen history">
      <ViewToggle />
      {error && (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      )}
      {view === 'list' ? <RecordList /> : <WorkoutCalendar />}
    </main>
  );
}
