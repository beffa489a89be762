/**
 * Several tabs each run a worker over the same database; only the one holding this Web
 * Lock talks to relays in the background (publisher, refreshes), so an event is not sent
 * once per tab. Resolves when this worker holds it (at once where Web Locks do not exist,
 * as in Node tests); the lock is held until the worker ends.
 */
export function acquireSyncLeadership(databaseName: string): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return Promise.resolve();
  return new Promise((resolve) => {
    void locks.request(`plates-sync:${databaseName}`, () => {
      resolve();
      return new Promise<never>(() => undefined);
    });
  });
}

/** Tells the leading tab's worker that the outbox has new rows; returns a function that does so, and stops listening with `close`. */
export function outboxChannel(databaseName: string, onPosted: () => void): { post(): void; close(): void } {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`plates-outbox:${databaseName}`);
  channel.onmessage = onPosted;
  return { post: () => channel.postMessage('queued'), close: () => channel.close() };
}
