import { useAccountStore } from '../../store/account-store';
import { useHistoryStore } from '../../store/history-store';
import './history.css';
import { RecordList } from './record-list';
import { SignedOutNotice } from './signed-out-notice';
import { ViewToggle } from './view-toggle';
import { WorkoutCalendar } from './workout-calendar';

/** The person's workouts as a list, newest first, or as a month calendar. */
export function HistoryScreen() {
  const account = useAccountStore((s) => s.account);
  const view = useHistoryStore((s) => s.view);

  if (!account) return <main className="screen" aria-busy="true" />;
  if (account.status === 'signed-out') return <SignedOutNotice />;
  return (
    <main className="screen history">
      <ViewToggle />
      {view === 'list' ? <RecordList /> : <WorkoutCalendar />}
    </main>
  );
}
