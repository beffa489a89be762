import type { SetTimer } from './workout-session-types';

/**
 * A timed set's clock (a plank held, a row rowed), kept as timestamps like the rest: a tab
 * that slept or was killed mid-set reads the right time when it comes back.
 */

/**
 * Whole seconds the timer has run at `now` (epoch ms); a countdown's is at most its own
 * length. A clock set back before the start reads 0.
 */
export function timerElapsed(timer: SetTimer, now: number): number {
  const elapsed = Math.max(0, Math.floor((now - timer.startedAt) / 1000));
  return timer.countdownSeconds === undefined ? elapsed : Math.min(elapsed, timer.countdownSeconds);
}

/** What the set's clock shows: a stopwatch the time run, a countdown the time left (0 once over). */
export function timerShown(timer: SetTimer, now: number): number {
  const elapsed = timerElapsed(timer, now);
  return timer.countdownSeconds === undefined ? elapsed : timer.countdownSeconds - elapsed;
}

/** Whether a countdown has run out (a stopwatch never does). */
export function timerOver(timer: SetTimer, now: number): boolean {
  return timer.countdownSeconds !== undefined && timerElapsed(timer, now) >= timer.countdownSeconds;
}
