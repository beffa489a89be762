import { asWorkerError } from '../lib/worker-client';
import type { WorkerError } from '../worker/api';

/** The part of a store a changing call updates: what it is doing, and why it failed. */
interface ActionState<Busy extends string> {
  busy?: Busy;
  actionError?: WorkerError;
}

/** Runs one changing call of a store with its busy flag; its failure lands in actionError (answered undefined). */
export function busyAction<Busy extends string>(set: (state: ActionState<Busy>) => void) {
  return async function act<T>(busy: Busy, call: () => Promise<T>): Promise<T | undefined> {
    set({ busy, actionError: undefined });
    try {
      return await call();
    } catch (error) {
      set({ actionError: asWorkerError(error) });
      return undefined;
    } finally {
      set({ busy: undefined });
    }
  };
}
