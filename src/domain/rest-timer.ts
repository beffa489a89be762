import type { RestTimer, WorkoutSession } from './workout-session-types';

/**
 * The rest between sets lives as timestamps, never as a ticking counter: a tab that slept
 * or was killed reads the right time when it wakes.
 */

export const DEFAULT_REST_SECONDS = 90;
/** What one tap on −/+ takes off or adds. */
export const REST_STEP_SECONDS = 15;

/**
 * Whole seconds of rest left at `now` (epoch ms), 0 once it has run out, undefined with
 * no rest going. A clock set back before the start reads as the full duration.
 */
export function restRemaining(session: Pick<WorkoutSession, 'rest'>, now: number): number | undefined {
  const rest = session.rest;
  if (!rest) return undefined;
  const left = Math.ceil((rest.startedAt + rest.durationSeconds * 1000 - now) / 1000);
  return Math.min(rest.durationSeconds, Math.max(0, left));
}

/** The rest made longer or shorter by `seconds`; never below 0 (which ends it). A rest that ran out stays over. */
export function adjustRest(rest: RestTimer, seconds: number): RestTimer {
  return { ...rest, durationSeconds: Math.max(0, rest.durationSeconds + seconds) };
}
