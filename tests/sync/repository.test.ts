import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import type { NostrEvent } from '../../src/domain/nostr-event';
import { startLocalRelay } from '../../src/testing/local-relay';
import { connectRelay } from '../../src/testing/relay-client';
import { contactsEvent, exerciseEvent, profileEvent, relayListEvent } from '../../src/testing/event-factories';
import { newAuthor, signEvent, type TestAuthor } from '../../src/testing/sign';
import { testContext } from '../../src/testing/test-context';
import { until, freePort } from '../../src/testing/wait';
import type { WorkerContext } from '../../src/worker/context';
import { createWorkerApi } from '../../src/worker/create-api';
import { DEFAULT_POLICY } from '../../src/worker/repository/freshness';
import { cleanupAfterEach, relayForThisFile } from './support/suite';

const HOUR = 3_600_000;
const relay = relayForThisFile();
const cleanups = cleanupAfterEach();

/** A worker over a fresh database whose clock the test moves; connected before it is returned. */
async function worker(relayUrls: string[], options: { connect?: boolean } = {}) {
  const clock = { now: Date.now() };
  const ctx = testContext({ now: () => clock.now });
  const api = createWorkerApi(ctx);
  await api.startWorker({ relayUrls });
  cleanups.push(() => ctx.close());
  if (options.connect !== false) await (await ctx.relays())?.connect(5_000);
  return { ctx, api, clock };
}

async function putOnRelay(url: string, ...events: NostrEvent[]) {
  const client = await connectRelay(url);
  for (const event of events) expect((await client.publish(event)).accepted).toBe(true);
  await client.disconnect();
}

function profile(author: TestAuthor, name: string, created_at?: number) {
  return profileEvent({ author, name, created_at });
}

async function requests(ctx: WorkerContext) {
  return ctx.loader.metrics.snapshot().networkRequests;
}

describe('database-first loads against the real local relay', () => {
  it('a second load within the freshness window makes zero relay requests', async () => {
    const author = newAuthor();
    await putOnRelay(relay.url, profile(author, 'Ada'));
    const { api, ctx, clock } = await worker([relay.url]);

    const first = await api.loadProfile({ pubkey: author.pubkey });
    expect(first).toMatchObject({ outcome: 'refreshed', value: { name: 'Ada' } });
    expect(await requests(ctx)).toBe(1);

    clock.now += 59 * 60_000; // still inside the hour profiles stay fresh
    const second = await api.loadProfile({ pubkey: author.pubkey });
    expect(second).toMatchObject({ outcome: 'hit', value: { name: 'Ada' } });
    expect(await requests(ctx)).toBe(1);
  });

  it('"nothing found" is remembered: a missing key is not asked again while fresh', async () => {
    const { api, ctx } = await worker([relay.url]);
    const address = `33401:${newAuthor().pubkey}:nobody-has-this`;
    expect(await api.loadEvent({ address })).toEqual({ outcome: 'refreshed', value: undefined });
    expect(await api.loadEvent({ address })).toEqual({ outcome: 'hit', value: undefined });
    expect(await requests(ctx)).toBe(1);
  });

  it('after the window, a background-refresh load returns the cached value at once and updates it after', async () => {
    const author = newAuthor();
    const old = profile(author, 'Ada', Math.floor(Date.now() / 1000) - 100);
    await putOnRelay(relay.url, old);
    const { api, ctx, clock } = await worker([relay.url]);
    await api.loadProfile({ pubkey: author.pubkey });

    await putOnRelay(relay.url, profile(author, 'Ada Lovelace'));
    clock.now += HOUR + 1;
    const started = performance.now();
    const stale = await api.loadProfile({ pubkey: author.pubkey });
    const answeredIn = performance.now() - started;
    expect(stale).toMatchObject({ outcome: 'stale-served', value: { name: 'Ada' } });
    expect(answeredIn).toBeLessThan(DEFAULT_POLICY.maxWaitMs); // it did not wait for the relay

    await until(async () => (await api.loadProfile({ pubkey: author.pubkey })).value?.name === 'Ada Lovelace');
    expect(await api.loadProfile({ pubkey: author.pubkey })).toMatchObject({ outcome: 'hit' });
    expect(await requests(ctx)).toBe(2);
  });

  it('a refresh-then-fallback load waits for the relay once stale and returns the newer answer', async () => {
    const author = newAuthor();
    const address = `33401:${author.pubkey}:squat`;
    await putOnRelay(relay.url, exerciseEvent({ author, d: 'squat', title: 'Squat', created_at: 1_700_000_000 }));
    const { api, clock } = await worker([relay.url]);
    expect((await api.loadEvent({ address })).value?.tags).toContainEqual(['title', 'Squat']);

    await putOnRelay(relay.url, exerciseEvent({ author, d: 'squat', title: 'Back Squat', created_at: 1_700_000_100 }));
    clock.now += 5 * 60_000 + 1;
    const refreshed = await api.loadEvent({ address });
    expect(refreshed.outcome).toBe('refreshed');
    expect(refreshed.value?.tags).toContainEqual(['title', 'Back Squat']);
  });

  it('a missing key is fetched once even with ten concurrent loads, and no subscription stays open', async () => {
    const author = newAuthor();
    const event = exerciseEvent({ author, d: 'deadlift', title: 'Deadlift' });
    await putOnRelay(relay.url, event);
    const { api, ctx } = await worker([relay.url]);

    const address = `33401:${author.pubkey}:deadlift`;
    const results = await Promise.all(Array.from({ length: 10 }, () => api.loadEvent({ address })));
    for (const result of results) expect(result.value?.id).toBe(event.id);
    expect(await requests(ctx)).toBe(1);
    expect((await api.getDiagnostics()).openSubscriptions).toBe(0);
  });

  it('stale profiles of many authors are asked for in one request', async () => {
    const authors = Array.from({ length: 5 }, () => newAuthor());
    await putOnRelay(relay.url, ...authors.map((author, i) => profile(author, `Lifter ${i}`)));
    const { api, ctx } = await worker([relay.url]);
    const pubkeys = authors.map((a) => a.pubkey);

    const first = await api.loadProfiles({ pubkeys });
    expect(first.map((p) => [p.outcome, p.value?.name])).toEqual(authors.map((_, i) => ['refreshed', `Lifter ${i}`]));
    expect(await requests(ctx)).toBe(1);
    const again = await api.loadProfiles({ pubkeys });
    expect(again.map((p) => p.outcome)).toEqual(pubkeys.map(() => 'hit'));
    expect(await requests(ctx)).toBe(1);
  });

  it("the person's own relay list, follows and profile come in one request at start, then from the database", async () => {
    const me = newAuthor();
    const friend = newAuthor();
    await putOnRelay(
      relay.url,
      profile(me, 'Me'),
      contactsEvent({ author: me, follows: [{ pubkey: friend.pubkey }] }),
      relayListEvent({ author: me, relays: [{ url: relay.url, read: true, write: true }] }),
    );
    const { api, ctx } = await worker([relay.url]);
    const own = await api.loadOwnData({ pubkey: me.pubkey });
    expect(own.profile).toMatchObject({ outcome: 'refreshed', value: { name: 'Me' } });
    expect(own.contacts.value?.map((follow) => follow.pubkey)).toEqual([friend.pubkey]);
    expect(own.relayList.value).toEqual([{ url: relay.url, read: true, write: true }]);
    expect(await requests(ctx)).toBe(1);
    expect((await api.loadOwnData({ pubkey: me.pubkey })).profile.outcome).toBe('hit');
    expect(await requests(ctx)).toBe(1);
  });

  it("an exercise is fresh while its author's library is: opening it after the library loaded asks nothing", async () => {
    const author = newAuthor();
    await putOnRelay(relay.url, exerciseEvent({ author, d: 'lunge', title: 'Lunge' }));
    const { api, ctx } = await worker([relay.url]);
    expect(await api.loadLibrary({ pubkey: author.pubkey })).toMatchObject({ outcome: 'refreshed', value: { exercises: 1, templates: 0 } });
    const opened = await api.loadEvent({ address: `33401:${author.pubkey}:lunge` });
    expect(opened.outcome).toBe('hit');
    expect(opened.value?.tags).toContainEqual(['title', 'Lunge']);
    expect(await requests(ctx)).toBe(1);
  });

  it('an unreachable relay never makes a load wait longer than its bound, and offline nothing waits at all', async () => {
    const { api, ctx } = await worker(['ws://127.0.0.1:9'], { connect: false });
    const address = `33401:${newAuthor().pubkey}:anything`;

    let started = performance.now();
    expect((await api.loadEvent({ address })).value).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(DEFAULT_POLICY.maxWaitMs + 250);

    await (await ctx.relays())?.connect(2_000); // the attempt has failed by now
    started = performance.now();
    expect(await api.loadEvent({ address })).toEqual({ outcome: 'offline', value: undefined });
    expect(performance.now() - started).toBeLessThan(50);
    expect((await api.getDiagnostics()).pendingRefreshes).toBe(1);
  });

  it('a relay that accepts the connection but never answers costs a load at most its bound', async () => {
    const silent = await startSilentRelay();
    cleanups.push(() => silent.stop());
    const { api } = await worker([silent.url]);
    const started = performance.now();
    const result = await api.loadEvent({ address: `33401:${newAuthor().pubkey}:x` });
    expect(result).toEqual({ outcome: 'fallback', value: undefined });
    expect(performance.now() - started).toBeLessThan(DEFAULT_POLICY.maxWaitMs + 250);
  });

  it('failed refreshes back off exponentially: no request again until the retry time', async () => {
    const silent = await startSilentRelay();
    cleanups.push(() => silent.stop());
    const { api, ctx, clock } = await worker([silent.url]);
    const address = `33401:${newAuthor().pubkey}:y`;
    await api.loadEvent({ address });
    await until(
      async () => ((await ctx.db.fetchLog.get(`address:${address}`))?.failures ?? 0) === 1,
      DEFAULT_POLICY.fetchTimeoutMs + 2_000,
    );
    const log = await ctx.db.fetchLog.get(`address:${address}`);
    expect(log?.retryAt).toBe(clock.now + DEFAULT_POLICY.backoffMs);

    expect(await api.loadEvent({ address })).toEqual({ outcome: 'offline', value: undefined });
    expect(await requests(ctx)).toBe(1);
    clock.now += DEFAULT_POLICY.backoffMs + 1;
    expect((await api.loadEvent({ address })).outcome).toBe('fallback');
    expect(await requests(ctx)).toBe(2);
  }, 20_000);

  it('keys that went stale offline refresh when the relay comes back, own data first, then the library, then the feed', async () => {
    const port = await freePort();
    const me = newAuthor();
    const coach = newAuthor();
    const friend = newAuthor();
    const { api, ctx } = await worker([`ws://127.0.0.1:${port}`], { connect: false });
    await (await ctx.relays())?.connect(1_000);

    const offline = await Promise.all([
      api.loadProfile({ pubkey: friend.pubkey, priority: 'feed' }),
      api.loadLibrary({ pubkey: coach.pubkey, priority: 'library' }),
      api.loadRelayList({ pubkey: me.pubkey, priority: 'own' }),
    ]);
    expect(offline.map((r) => r.outcome)).toEqual(['offline', 'offline', 'offline']);

    const back = await startLocalRelay({ port });
    cleanups.push(() => back.stop());
    await putOnRelay(
      back.url,
      profile(friend, 'Friend'),
      exerciseEvent({ author: coach, d: 'press' }),
      relayListEvent({ author: me, relays: [{ url: back.url, read: true, write: true }] }),
    );
    await (await ctx.relays())?.connect(5_000);

    const order = await api.refreshPending();
    expect(order).toEqual([`relays:${me.pubkey}`, `library:${coach.pubkey}`, `profile:${friend.pubkey}`]);
    expect((await api.loadProfile({ pubkey: friend.pubkey })).value?.name).toBe('Friend');
    expect((await api.getDiagnostics()).pendingRefreshes).toBe(0);
  }, 20_000);

  it('when the relay comes back on its own, stale keys refresh and the UI hears of it without anyone asking', async () => {
    const port = await freePort();
    const friend = newAuthor();
    const { api, ctx } = await worker([`ws://127.0.0.1:${port}`], { connect: false });
    await (await ctx.relays())?.connect(1_000);
    const statuses: string[] = [];
    ctx.notifier.add((event) => {
      if (event.type === 'relay-status') statuses.push(Object.values(event.payload).join());
    });
    expect((await api.loadProfile({ pubkey: friend.pubkey })).outcome).toBe('offline');

    const back = await startLocalRelay({ port });
    cleanups.push(() => back.stop());
    await putOnRelay(back.url, profile(friend, 'Back again'));
    // NDK reconnects by itself; the worker then refreshes what went stale.
    await until(async () => (await api.getDiagnostics()).pendingRefreshes === 0, 30_000);
    expect(statuses).toContain('connected');
    expect(await api.loadProfile({ pubkey: friend.pubkey })).toMatchObject({ outcome: 'hit', value: { name: 'Back again' } });
  }, 40_000);

  it('a misbehaving relay is isolated and counted while the good relay still answers within the bound', async () => {
    const author = newAuthor();
    const good = exerciseEvent({ author, d: 'row', title: 'Row' });
    await putOnRelay(relay.url, good);
    const bad = await startBadRelay(author);
    cleanups.push(() => bad.stop());
    const { api } = await worker([relay.url, bad.url]);

    const started = performance.now();
    const result = await api.loadEvent({ address: `33401:${author.pubkey}:row` });
    expect(performance.now() - started).toBeLessThan(DEFAULT_POLICY.maxWaitMs + 250);
    expect(result.value?.id).toBe(good.id);

    const health = (await api.getDiagnostics()).relays.find((entry) => entry.relay === bad.url);
    expect(health?.invalidEvents).toBeGreaterThanOrEqual(10);
    expect(health?.isolatedUntil).toBeGreaterThan(Date.now());
  });
});

/** A WebSocket server that takes connections and never says anything. */
async function startSilentRelay() {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => new Promise<void>((r) => server.close(() => r())) };
}

/**
 * A relay that misbehaves on every REQ: malformed JSON, then a burst of events whose
 * signatures are wrong (claiming the asked-for address), then EOSE for a subscription
 * that does not exist, then an event for it anyway.
 */
async function startBadRelay(author: TestAuthor) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as unknown[];
      if (message[0] !== 'REQ') return;
      const id = String(message[1]);
      socket.send('{"this is": not json');
      socket.send('["EVENT"');
      for (let i = 0; i < 20; i++) {
        const forged = exerciseEvent({ author, d: 'row', title: `Forged ${i}`, created_at: 1_900_000_000 + i });
        socket.send(JSON.stringify(['EVENT', id, { ...forged, sig: forged.sig.replace(/^./, forged.sig[0] === 'a' ? 'b' : 'a') }]));
      }
      socket.send(JSON.stringify(['EOSE', 'no-such-subscription']));
      socket.send(JSON.stringify(['EVENT', 'no-such-subscription', signEvent(author, { kind: 1, content: 'stray' })]));
      socket.send(JSON.stringify(['EOSE', id]));
    });
  });
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => new Promise<void>((r) => server.close(() => r())) };
}
