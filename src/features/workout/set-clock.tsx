import { timerShown } from '../../domain/set-timer';
import type { SetTimer } from '../../domain/workout-session';
import { formatClock } from '../../ui/format';
import { useNow } from './use-now';

/** A set's running timer in place of its time: the time run, or a countdown's time left, from its timestamps. */
export function SetClock({ timer, label }: { timer: SetTimer; label: string }) {
  const now = useNow(250);
  const countdown = timer.countdownSeconds !== undefined;
  return (
    <span className={`set-clock ${countdown ? 'set-clock--countdown' : ''}`} role="timer" aria-label={label}>
      {formatClock(timerShown(timer, now))}
    </span>
  );
}
