import type { LoadOutcome } from '../../worker/api';

/** What the status line says about the last refresh; undefined when the feed is simply up to date. */
export function refreshStatus(refreshing: boolean, outcome: LoadOutcome | 'no-follows' | undefined, online: boolean): string | undefined {
  if (refreshing) return 'Checking for new workouts…';
  if (!online || outcome === 'offline') return 'Offline: showing the workouts saved on this device.';
  if (outcome === 'fallback') return 'Relays did not answer in time: showing the workouts saved on this device.';
  return undefined;
}
