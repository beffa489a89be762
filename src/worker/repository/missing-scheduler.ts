import type { WorkerContext } from '../context';
import { fetchMissingExercises } from './missing-exercises';

const DEBOUNCE_MS = 250;
const FETCH_TIMEOUT_MS = 4_000;

/**
 * Queues fetches of missing exercises: ingests that leave templates waiting call
 * `schedule()`, and one fetch runs for everything queued within a short window. `idle()`
 * resolves when nothing is queued or running (tests and shutdown wait on it).
 */
export function createMissingScheduler(ctx: () => WorkerContext) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let waiters: Array<() => void> = [];

  const settle = () => {
    if (timer !== undefined) return;
    const done = waiters;
    waiters = [];
    done.forEach((resolve) => resolve());
  };

  return {
    schedule(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        running = running
          .then(() => fetchMissingExercises(ctx(), { timeoutMs: FETCH_TIMEOUT_MS }))
          .catch((error: unknown) => console.warn(`fetching missing exercises failed: ${String(error)}`))
          .finally(settle);
      }, DEBOUNCE_MS);
    },
    /** Drops a queued fetch (the worker is closing); one already running finishes. */
    cancel(): void {
      clearTimeout(timer);
      timer = undefined;
      settle();
    },
    idle(): Promise<void> {
      if (timer === undefined) return running.then(() => undefined);
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}
