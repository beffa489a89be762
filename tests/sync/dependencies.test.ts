import { naddrEncode } from 'nostr-tools/nip19';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { NostrEvent } from '../../src/domain/nostr-event';
import { connectRelay } from '../../src/testing/relay-client';
import { startLocalRelay, type LocalRelay } from '../../src/testing/local-relay';
import { exerciseEvent, packEvent, profileEvent, relayListEvent, templateEvent, templateSet } from '../../src/testing/event-factories';
import { newAuthor, type TestAuthor } from '../../src/testing/sign';
import { testContext } from '../../src/testing/test-context';
import type { WorkerContext } from '../../src/worker/context';
import { createWorkerApi } from '../../src/worker/create-api';
import type { WorkerEvent } from '../../src/worker/events';

globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;

let main: LocalRelay;
let other: LocalRelay;

beforeAll(async () => {
  [main, other] = await Promise.all([startLocalRelay(), startLocalRelay()]);
});

afterAll(async () => {
  await Promise.all([main?.stop(), other?.stop()]);
});

/** A worker (handlers called directly) over a fresh database, reading from `relays`. */
async function worker(relays: string[], setup?: (ctx: WorkerContext) => void) {
  const ctx = testContext();
  setup?.(ctx);
  const api = createWorkerApi(ctx);
  await api.startWorker({ relayUrls: relays });
  return { ctx, api };
}

/** Puts events on a relay directly, as another client would. */
async function publish(relay: string, events: NostrEvent[]) {
  const client = await connectRelay(relay);
  try {
    for (const event of events) expect((await client.publish(event)).accepted).toBe(true);
  } finally {
    await client.disconnect();
  }
}

function exercises(author: TestAuthor, ds: string[]) {
  return ds.map((d) => exerciseEvent({ author, d }));
}

function template(author: TestAuthor, d: string, addresses: string[], hint = '') {
  return templateEvent({
    author,
    d,
    sets: addresses.map((a, i) => templateSet(a, { relayHint: hint, params: ['', '5', '', 'normal'], setNumber: i + 1 })),
  });
}

/** Records every read of a whole table (a cursor or query over the full key range). */
function recordScans(ctx: WorkerContext, scans: string[]) {
  ctx.db.use({
    stack: 'dbcore',
    name: 'scan-spy',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const isScan = (range: { type: number }) => range.type === 3; // DBCoreRangeType.Any
        return {
          ...table,
          query: (req) => {
            if (isScan(req.query.range)) scans.push(name);
            return table.query(req);
          },
          openCursor: (req) => {
            if (isScan(req.query.range)) scans.push(name);
            return table.openCursor(req);
          },
        };
      },
    }),
  });
}

describe('dependency resolution against real relays', () => {
  it('a template that arrives before its three exercises is incomplete, then completes from the relay without scanning templates', async () => {
    const author = newAuthor();
    const ds = ['front-squat', 'push-press', 'pendlay-row'];
    const addresses = ds.map((d) => `33401:${author.pubkey}:${d}`);
    await publish(main.url, exercises(author, ds));

    const scans: string[] = [];
    const { ctx, api } = await worker([main.url], (c) => recordScans(c, scans));
    const events: WorkerEvent[] = [];
    await api.subscribeEvents({ listener: (event) => events.push(event) });

    const summary = await api.ingestEvents({ events: [template(author, 'day-a', addresses)], source: 'relay' });
    expect(summary.missingExercises.sort()).toEqual([...addresses].sort());
    const [waiting] = await api.listIncompleteTemplates();
    expect(waiting).toMatchObject({ address: `33402:${author.pubkey}:day-a`, complete: false });
    expect(waiting?.missing.sort()).toEqual([...addresses].sort());

    await ctx.missingExercisesIdle();
    expect(await api.listIncompleteTemplates()).toEqual([]);
    expect((await ctx.db.templates.get(`33402:${author.pubkey}:day-a`))?.complete).toBe(1);
    const completion = events.find((e) => e.type === 'events-ingested' && e.payload.completedTemplates.length > 0);
    expect(completion?.payload).toMatchObject({ source: 'relay', completedTemplates: [`33402:${author.pubkey}:day-a`] });
    expect(scans.filter((table) => table === 'templates')).toEqual([]);
  });

  it("finds exercises through the template's relay hint and through the author's NIP-65 write relays", async () => {
    const hinted = newAuthor();
    const outboxAuthor = newAuthor();
    await publish(other.url, [...exercises(hinted, ['hinted']), ...exercises(outboxAuthor, ['outbox'])]);
    const relayList = relayListEvent({ author: outboxAuthor, relays: [{ url: other.url, read: false, write: true }] });

    const { ctx, api } = await worker([main.url]);
    await api.ingestEvents({ events: [relayList], source: 'relay' });
    await api.ingestEvents({
      events: [
        template(hinted, 'with-hint', [`33401:${hinted.pubkey}:hinted`], other.url),
        template(outboxAuthor, 'outbox', [`33401:${outboxAuthor.pubkey}:outbox`]),
      ],
      source: 'relay',
    });
    await ctx.missingExercisesIdle();
    expect(await api.listIncompleteTemplates()).toEqual([]);
  });

  it('asks for an address nobody has once, and not again within the retry window', async () => {
    const author = newAuthor();
    const { ctx, api } = await worker([main.url]);
    await api.ingestEvents({ events: [template(author, 'lonely', [`33401:${author.pubkey}:nowhere`])], source: 'relay' });
    await ctx.missingExercisesIdle();
    const again = await api.fetchMissingExercises({ timeoutMs: 1_000 });
    expect(again.requested).toEqual([]);
    expect((await ctx.db.fetchLog.get(`address:33401:${author.pubkey}:nowhere`))?.resultCount).toBe(0);
    expect((await api.listIncompleteTemplates())[0]?.missing).toEqual([`33401:${author.pubkey}:nowhere`]);
  });

  it('names what a template waits for (d tag, author by profile or not, last asked); "fetch again" asks within the retry window', async () => {
    const author = newAuthor();
    const stranger = newAuthor();
    await publish(main.url, [profileEvent({ author, name: 'Dana' })]);
    const { ctx, api } = await worker([main.url]);
    const mine = `33401:${author.pubkey}:mystery-lift`;
    const theirs = `33401:${stranger.pubkey}:odd-carry`;
    await api.ingestEvents({ events: [template(author, 'odd-day', [theirs, mine])], source: 'relay' });
    await ctx.missingExercisesIdle();

    const listed = await api.listMissingExercises({ templateAddress: `33402:${author.pubkey}:odd-day` });
    expect(listed.map(({ lastAskedAt, ...rest }) => ({ ...rest, asked: typeof lastAskedAt === 'number' }))).toEqual([
      { address: theirs, d: 'odd-carry', pubkey: stranger.pubkey, authorName: undefined, relayHint: '', asked: true },
      // The author's profile came with the missing-exercise fetch, so the name is known.
      { address: mine, d: 'mystery-lift', pubkey: author.pubkey, authorName: 'Dana', relayHint: '', asked: true },
    ]);

    // Published after it was asked for: the queue would not ask again for 5 minutes; "fetch again" does.
    await publish(main.url, exercises(author, ['mystery-lift']));
    const waited = await api.fetchMissingExercises({ templateAddresses: [`33402:${author.pubkey}:odd-day`], timeoutMs: 2_000 });
    expect(waited.requested).toEqual([]);
    const forced = await api.fetchMissingExercises({
      templateAddresses: [`33402:${author.pubkey}:odd-day`],
      timeoutMs: 2_000,
      force: true,
    });
    expect(forced).toMatchObject({ found: 1, relays: 1 });
    expect(forced.requested.sort()).toEqual([theirs, mine].sort());
    expect((await api.listMissingExercises({ templateAddress: `33402:${author.pubkey}:odd-day` })).map((m) => m.address)).toEqual([theirs]);
  });

  it('imports a pack from an naddr with the chosen template and the exercises it needs', async () => {
    const author = newAuthor();
    const ds = ['goblet', 'kb-swing'];
    const addresses = ds.map((d) => `33401:${author.pubkey}:${d}`);
    const chosen = template(author, 'kb-day', addresses);
    const skipped = template(author, 'other-day', [`33401:${author.pubkey}:other`]);
    const pack = packEvent({
      author,
      d: 'kettlebell-pack',
      title: 'Kettlebell pack',
      templateAddresses: ['kb-day', 'other-day'].map((d) => ({ address: `33402:${author.pubkey}:${d}`, relayHint: main.url })),
    });
    await publish(main.url, [...exercises(author, ds), chosen, skipped, pack]);

    const { api, ctx } = await worker([main.url]);
    const naddr = naddrEncode({ kind: 30004, pubkey: author.pubkey, identifier: 'kettlebell-pack', relays: [main.url] });
    const report = await api.importPack({ pointer: naddr, templates: [`33402:${author.pubkey}:kb-day`] });
    expect(report).toEqual({
      address: `30004:${author.pubkey}:kettlebell-pack`,
      title: 'Kettlebell pack',
      templates: [{ address: `33402:${author.pubkey}:kb-day`, title: 'kb-day', complete: true, missing: [] }],
    });
    expect(await ctx.db.exercises.bulkGet(addresses)).not.toContain(undefined);
    expect(await ctx.db.templates.get(`33402:${author.pubkey}:other-day`)).toBeUndefined();
  });

  it('refuses a pointer that is not a pack, with the reason', async () => {
    const { api } = await worker([main.url]);
    await expect(api.importPack({ pointer: 'npub1xyz' })).rejects.toEqual({
      type: 'invalid-pointer',
      message: "'npub1xyz' is not an naddr or address of a pack (kind 30004 or 30003)",
    });
  });
});
