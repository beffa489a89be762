import { proxy, wrap, type Remote } from 'comlink';
import type { WorkerApi, WorkerError, WorkerEvent } from '../worker/api';

type Handler = (event: WorkerEvent) => void;

let remote: Remote<WorkerApi> | undefined;
const handlers = new Set<Handler>();

/**
 * Starts the worker that owns the database and relays. `onFatal` is called when the
 * worker script itself fails (it failed to load or threw at the top level), so the
 * app can show the reason instead of a blank page.
 */
export function startWorkerClient(onFatal: (message: string) => void): Remote<WorkerApi> {
  if (remote) return remote;
  const worker = new Worker(new URL('../worker/index.ts', import.meta.url), { type: 'module', name: 'plates-data' });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onFatal(event.message || 'the data worker could not be started (its script failed to load)');
  });
  remote = wrap<WorkerApi>(worker);
  // One proxied listener for the page; views subscribe locally through listen().
  // comlink proxies only top-level arguments: the whole argument object is the proxy.
  void remote.subscribeEvents(proxy({ listener: (event: WorkerEvent) => handlers.forEach((h) => h(event)) }));
  return remote;
}

export function workerApi(): Remote<WorkerApi> {
  if (!remote) throw new Error('the worker client is not started');
  return remote;
}

/** Subscribes to the worker's typed events; returns the unsubscribe function. */
export function listen(handler: Handler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

/** A readable message from whatever a worker call rejected with ({ type, message } by convention). */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as WorkerError).message);
  return String(error);
}

/** The { type, message } a worker call rejected with, so a screen can act on the type (signed-out, locked…). */
export function asWorkerError(error: unknown): WorkerError {
  if (typeof error === 'object' && error !== null && 'type' in error && 'message' in error) {
    return { type: String(error.type), message: String(error.message) };
  }
  return { type: 'Error', message: errorMessage(error) };
}
