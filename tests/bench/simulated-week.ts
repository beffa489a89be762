import Dexie from 'dexie';
import { createWorkerContext } from '../../src/worker/create-context';
import { DEFAULT_POLICY, type FreshnessPolicy } from '../../src/worker/repository/freshness';
import { repositoryLoaders } from '../../src/worker/repository/loaders';

export interface WeekFixture {
  me: string;
  follows: string[];
  libraryAuthor: string;
  exercises: string[];
  templates: string[];
}

export interface WeekResult {
  loads: number;
  networkRequests: number;
  outcomes: Record<string, number>;
  cachedLatency: { count: number; p50Ms: number; p95Ms: number; maxMs: number };
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Three visits a day: before work, at lunch, in the evening at the gym. */
const SESSION_STARTS = [7 * 60, 12 * 60 + 30, 19 * 60].map((m) => m * MINUTE);

/**
 * Network first: the same loaders with nothing ever fresh, so every load asks the relays
 * (and waits for them). Same batching as database-first, so only freshness differs.
 */
export const NETWORK_FIRST: FreshnessPolicy = {
  ...DEFAULT_POLICY,
  classes: Object.fromEntries(
    Object.keys(DEFAULT_POLICY.classes).map((name) => [name, { freshForMs: 0, whenStale: 'refresh-then-fallback' }]),
  ) as FreshnessPolicy['classes'],
  maxWaitMs: 10_000,
};

/**
 * A week of app use against a real relay, on a clock the test moves: each session opens
 * the app (what the app does at start: own data, the library, the follows' profiles),
 * opens four exercises and two templates, reads the feed of followed lifters, and comes
 * back to it twenty minutes later. Each of those is a load, as a screen makes it.
 */
export async function simulateWeek(relayUrl: string, fixture: WeekFixture, policy: FreshnessPolicy, name: string): Promise<WeekResult> {
  await Dexie.delete(name);
  const clock = { now: Date.UTC(2026, 10, 16) };
  const ctx = createWorkerContext({ databaseName: name, policy, now: () => clock.now });
  await ctx.db.open();
  await ctx.setRelayUrls([relayUrl]);
  await ctx.db.settings.put({ key: 'starterPackPubkey', value: fixture.libraryAuthor });
  await (await ctx.relays())?.connect(5_000);
  const loaders = repositoryLoaders(ctx);
  let step = 0;

  async function session() {
    const advance = (minutes: number) => (clock.now += minutes * MINUTE);
    await loaders.loadStartup({ pubkey: fixture.me });
    for (let i = 0; i < 4; i++) {
      advance(1);
      await loaders.loadEvent({ address: fixture.exercises[step++ % fixture.exercises.length] ?? '', priority: 'library' });
    }
    for (const address of fixture.templates.slice(step % 6, (step % 6) + 2)) await loaders.loadEvent({ address, priority: 'library' });
    advance(2);
    await loaders.loadProfiles({ pubkeys: fixture.follows });
    await ctx.loader.idle();
    advance(20);
    await loaders.loadProfiles({ pubkeys: [fixture.me, ...fixture.follows] });
    await ctx.loader.idle();
  }

  for (let day = 0; day < 7; day++) {
    for (const start of SESSION_STARTS) {
      clock.now = Date.UTC(2026, 10, 16) + day * DAY + start;
      await session();
    }
  }
  const snapshot = ctx.loader.metrics.snapshot();
  await ctx.close();
  await Dexie.delete(name);
  return {
    loads: snapshot.loads,
    networkRequests: snapshot.networkRequests,
    outcomes: snapshot.outcomes,
    cachedLatency: snapshot.cachedLatency,
  };
}

/** Loads answered from the database alone, many times over: the latency the seed promises below a millisecond. */
export async function cachedLoadLatency(relayUrl: string, fixture: WeekFixture, name: string, rounds = 20) {
  await Dexie.delete(name);
  const ctx = createWorkerContext({ databaseName: name });
  await ctx.db.open();
  await ctx.setRelayUrls([relayUrl]);
  await (await ctx.relays())?.connect(5_000);
  const loaders = repositoryLoaders(ctx);
  await loaders.loadProfiles({ pubkeys: fixture.follows });
  await loaders.loadLibrary({ pubkey: fixture.libraryAuthor });
  ctx.loader.metrics.reset();
  for (let round = 0; round < rounds; round++) {
    for (const pubkey of fixture.follows) await loaders.loadProfile({ pubkey });
    for (const address of fixture.exercises) await loaders.loadEvent({ address });
  }
  const snapshot = ctx.loader.metrics.snapshot();
  await ctx.close();
  await Dexie.delete(name);
  return { hits: snapshot.outcomes.hit, requests: snapshot.networkRequests, latency: snapshot.cachedLatency };
}
