import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startLocalRelay } from '../../src/testing/local-relay';
import { exerciseEvent } from '../../src/testing/event-factories';
import { newAuthor } from '../../src/testing/sign';
import { testContext } from '../../src/testing/test-context';
import { until } from '../../src/testing/wait';
import { createWorkerApi } from '../../src/worker/create-api';

// Node 20 has no WebSocket of its own; NDK uses the global one.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;

let relay: { url: string; stop(): Promise<void> };

beforeAll(async () => {
  relay = await startLocalRelay();
});

afterAll(async () => {
  await relay?.stop();
});

async function workerOn(relayUrls: string[]) {
  const api = createWorkerApi(testContext());
  await api.startWorker({ relayUrls });
  return api;
}

describe("the worker's relay layer against the real local relay", () => {
  it('publishes an event and fetches it back into another database', async () => {
    const author = newAuthor();
    const event = exerciseEvent({ author, d: 'goblet-squat', title: 'Goblet Squat', instructions: 'Hold the bell at your chest.' });

    const publisher = await workerOn([relay.url]);
    const published = await publisher.publishEvent({ event });
    expect(published.ingest.outcomes).toEqual([{ id: event.id, status: 'stored' }]);
    expect(published.relays).toEqual([relay.url]);
    await until(async () => (await publisher.listOutbox())[0]?.status === 'sent');

    const reader = await workerOn([relay.url]);
    const fetched = await reader.syncFromRelays({ filters: [{ kinds: [33401], authors: [author.pubkey] }] });
    expect(fetched.outcomes).toEqual([{ id: event.id, status: 'stored' }]);
    const exercise = await reader.getExercise({ address: `33401:${author.pubkey}:goblet-squat` });
    expect(exercise).toMatchObject({ title: 'Goblet Squat', instructions: 'Hold the bell at your chest.' });
  });

  it('an unreachable relay makes a fetch return empty within its bound, not hang', async () => {
    const reader = await workerOn(['ws://127.0.0.1:9']);
    const started = Date.now();
    const result = await reader.syncFromRelays({ filters: [{ kinds: [33401] }], timeoutMs: 1_500 });
    expect(result.outcomes).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
