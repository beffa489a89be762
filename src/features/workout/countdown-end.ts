import { timerOver } from '../../domain/set-timer';
import type { SetTimer } from '../../domain/workout-session';

/**
 * Where a set's timer stands for this page: still running; a countdown this page saw running
 * that has now reached 0 (chime, buzz and stop it); or one that was already over when the page
 * found it, after a killed tab was reopened (stop it quietly: the set takes the countdown's length).
 */
export type CountdownStep = 'running' | 'ended' | 'found-ended';

/** `seenRunning`: the timer this page last saw with time left. A stopwatch is always running. */
export function countdownStep(timer: SetTimer, now: number, seenRunning: SetTimer | undefined): CountdownStep {
  if (!timerOver(timer, now)) return 'running';
  return seenRunning !== undefined && sameTimer(seenRunning, timer) ? 'ended' : 'found-ended';
}

/** The same run of a set's timer (a restart of the same set is another). */
export function sameTimer(a: SetTimer, b: SetTimer): boolean {
  return a.setId === b.setId && a.startedAt === b.startedAt;
}
