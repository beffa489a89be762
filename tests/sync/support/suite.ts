import { afterAll, afterEach, beforeAll } from 'vitest';
import WebSocket from 'ws';
import { startLocalRelay, type LocalRelay } from '../../../src/testing/local-relay';

// Node 20 has no WebSocket of its own; NDK uses the global one.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;

/** What a test opened (workers, clients, relays), closed after it, last opened first. */
export function cleanupAfterEach(): Array<() => Promise<void> | void> {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return cleanups;
}

/** One real relay on loopback for all of a file's tests; its `url` can be read once they run. */
export function relayForThisFile(): Pick<LocalRelay, 'url'> {
  let relay: LocalRelay | undefined;
  beforeAll(async () => {
    relay = await startLocalRelay();
  });
  afterAll(async () => {
    await relay?.stop();
  });
  return {
    get url() {
      if (!relay) throw new Error('the relay starts before the tests');
      return relay.url;
    },
  };
}
