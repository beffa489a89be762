import type { WorkoutSession } from '../../domain/workout-session';
import { ElapsedClock } from './elapsed-clock';

interface WorkoutHeaderProps {
  session: WorkoutSession;
  busy: boolean;
  onFinish: () => void;
}

/** The workout's name, its running time and Finish (Save once finished but not yet signed). */
export function WorkoutHeader({ session, busy, onFinish }: WorkoutHeaderProps) {
  const finished = session.finishedAt !== undefined;
  return (
    <div className="workout-head">
      <div className="workout-head__text">
        <h2 className="workout-head__title">{session.title}</h2>
        <ElapsedClock session={session} />
      </div>
      <button type="button" className="button button--primary workout-head__finish" onClick={onFinish} disabled={busy}>
        {busy ? 'Saving…' : finished ? 'Save workout' : 'Finish'}
      </button>
    </div>
  );
}
