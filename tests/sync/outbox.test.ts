import { describe, expect, it } from 'vitest';
import type { NostrEvent } from '../../src/domain/nostr-event';
import { startLocalRelay } from '../../src/testing/local-relay';
import { connectRelay } from '../../src/testing/relay-client';
import { exerciseEvent } from '../../src/testing/event-factories';
import { exerciseTags, newAuthor, signEvent } from '../../src/testing/sign';
import { testContext } from '../../src/testing/test-context';
import { until, freePort } from '../../src/testing/wait';
import { createWorkerApi } from '../../src/worker/create-api';
import { cleanupAfterEach } from './support/suite';

const cleanups = cleanupAfterEach();

/** A worker over `databaseName` (the same name again is the same database: a reload). */
async function openWorker(databaseName: string, relayUrls: string[]) {
  const ctx = testContext({ databaseName, publisher: { timeoutMs: 1_000, backoffMs: 200, maxBackoffMs: 1_000 } });
  const api = createWorkerApi(ctx);
  await api.startWorker({ relayUrls });
  return { ctx, api, close: () => ctx.close() };
}

describe('the outbox against the real local relay', () => {
  it('events created offline are published in order when the relay becomes reachable, and a reload in between loses none', async () => {
    const port = await freePort();
    const relayUrl = `ws://127.0.0.1:${port}`;
    const databaseName = `plates-outbox-${Date.now()}`;
    const author = newAuthor();
    const created: NostrEvent[] = ['bench', 'squat', 'row', 'press', 'curl'].map((d, i) =>
      exerciseEvent({ author, d, created_at: 1_700_000_000 + i }),
    );

    // Offline: publishing never throws, every event is visible at once and waits in the outbox.
    const before = await openWorker(databaseName, [relayUrl]);
    for (const event of created.slice(0, 3)) {
      const queued = await before.api.publishEvent({ event });
      expect(queued.ingest.outcomes[0]?.status).toBe('stored');
      expect(queued.relays).toEqual([relayUrl]);
    }
    expect((await before.api.listExercises({})).total).toBe(3);
    expect((await before.api.listOutbox()).map((item) => item.status)).toEqual(['pending', 'pending', 'pending']);
    await before.close();

    // Reload (a new worker over the same database), two more while still offline.
    const after = await openWorker(databaseName, [relayUrl]);
    cleanups.push(after.close);
    for (const event of created.slice(3)) await after.api.publishEvent({ event });
    expect(await after.ctx.db.outbox.where('status').equals('pending').count()).toBe(5);

    // The relay comes up; a client watches what arrives, in arrival order.
    const relay = await startLocalRelay({ port });
    cleanups.push(() => relay.stop());
    const watcher = await connectRelay(relay.url);
    cleanups.push(() => watcher.disconnect());
    const live = watcher.subscribe({ authors: [author.pubkey] });
    await live.eose;

    await until(async () => (await after.api.listOutbox()).every((item) => item.status === 'sent'));
    expect(live.events.map((event) => event.id)).toEqual(created.map((event) => event.id));
    const sent = await after.api.listOutbox();
    expect(sent.flatMap((item) => item.relays.map((r) => [r.relay, r.status]))).toEqual(created.map(() => [relayUrl, 'sent']));
  }, 40_000);

  it('an event the pipeline refuses is not queued and the error says why', async () => {
    const relay = await startLocalRelay();
    cleanups.push(() => relay.stop());
    const { api, ctx, close } = await openWorker(`plates-outbox-bad-${Date.now()}`, [relay.url]);
    cleanups.push(close);
    const event = exerciseEvent({ d: 'x' });
    await expect(api.publishEvent({ event: { ...event, content: 'changed after signing' } })).rejects.toMatchObject({
      type: 'invalid-event',
      message: expect.stringContaining('id'),
    });
    expect(await ctx.db.outbox.count()).toBe(0);
  });

  it("a relay's refusal is recorded with its message, and a retry sends it again", async () => {
    const relay = await startLocalRelay();
    cleanups.push(() => relay.stop());
    const { api, close } = await openWorker(`plates-outbox-refused-${Date.now()}`, [relay.url]);
    cleanups.push(close);
    // NIP-40: the relay refuses an event whose expiration has passed; Plates itself keeps it.
    const expired = signEvent(newAuthor(), { kind: 33401, tags: [...exerciseTags('old'), ['expiration', '1600000000']] });

    await api.publishEvent({ event: expired });
    await until(async () => (await api.listOutbox())[0]?.status === 'failed');
    const [failed] = await api.listOutbox();
    expect(failed?.relays).toEqual([
      expect.objectContaining({ relay: relay.url, status: 'failed', attempts: 1, message: 'reject: event is expired' }),
    ]);

    await api.retryOutbox({ eventId: expired.id });
    await until(async () => (await api.listOutbox())[0]?.relays[0]?.attempts === 2);
    expect((await api.listOutbox())[0]?.status).toBe('failed');
  });
});
