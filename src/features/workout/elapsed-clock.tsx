import { elapsedSeconds, type WorkoutSession } from '../../domain/workout-session';
import { formatClock } from '../../ui/format';
import { useNow } from './use-now';

/** Time since the workout started, from its timestamps (right after a reload or a sleeping tab too). */
export function ElapsedClock({ session }: { session: Pick<WorkoutSession, 'startedAt' | 'finishedAt'> }) {
  const now = useNow(1000);
  return (
    <span className="elapsed" data-testid="elapsed" aria-label="Elapsed time">
      {formatClock(elapsedSeconds(session, now))}
    </span>
  );
}
