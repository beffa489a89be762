import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { NostrEvent } from '../../src/domain/nostr-event';
import { exerciseEvent } from '../../src/testing/event-factories';
import { startHostileRelay, type HostileConnection, type HostileRelay } from '../../src/testing/hostile-relay';
import { startLocalRelay, type LocalRelay } from '../../src/testing/local-relay';
import { newAuthor } from '../../src/testing/sign';
import { testContext } from '../../src/testing/test-context';
import { until } from '../../src/testing/wait';
import type { ContextOptions } from '../../src/worker/create-context';
import { createWorkerApi } from '../../src/worker/create-api';
import { DEFAULT_GATEWAY_POLICY, NdkGateway, type GatewayPolicy } from '../../src/worker/relay/ndk-gateway';
import type { Backoff } from '../../src/worker/relay/relay-backoff';
import { DEFAULT_POLICY } from '../../src/worker/repository/freshness';

// Node 20 has no WebSocket of its own; NDK uses the global one.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;

/**
 * The stated bounds: what a flood may add to a library search's p95, and the longest a
 * publish to the good relay may take (the local relay answers in tens of ms, a few hundred
 * on a busy two-core machine; the flood of issue 12 held one up for 1.8 s).
 */
const SEARCH_P95_EXTRA_MS = 50;
const PUBLISH_MAX_MS = 500;
const FLOOD_EVENTS_PER_SECOND = 2_000;
const SEARCH_WORDS = ['press', 'squat', 'curl', 'row', 'bench', 'deadlift', 'raise', 'extension', 'lunge', 'fly'];

let good: LocalRelay;
const hostile: HostileRelay[] = [];
const contexts: Array<{ close(): Promise<void> }> = [];
const report: string[] = [];

beforeAll(async () => {
  good = await startLocalRelay();
});

afterAll(async () => {
  for (const ctx of contexts) await ctx.close();
  for (const relay of hostile) await relay.stop();
  await good?.stop();
  if (report.length > 0) console.log(['', 'Hostile relays', ...report, ''].join('\n'));
});

async function hostileRelay(...args: Parameters<typeof startHostileRelay>) {
  const relay = await startHostileRelay(...args);
  hostile.push(relay);
  return relay;
}

async function workerOn(relayUrls: string[], policy?: Partial<GatewayPolicy>) {
  const options: ContextOptions = policy ? { createGateway: async (urls) => new NdkGateway(urls, policy) } : {};
  const ctx = testContext(options);
  contexts.push(ctx);
  const api = createWorkerApi(ctx);
  await api.startWorker({ relayUrls });
  const gateway = await ctx.relays();
  if (!gateway) throw new Error('no gateway');
  await gateway.connect(5_000);
  return { ctx, api, gateway };
}

/** The starter library's 873 exercises, the library a person searches. */
function starterExercises(): NostrEvent[] {
  const lines = readFileSync(new URL('../../public/starter-pack/pack.ndjson', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return lines.map((line) => JSON.parse(line) as NostrEvent).filter((event) => event.kind === 33401);
}

/** Searches the library again and again until `endAt`, returning each search's time in ms. */
async function searchUntil(api: ReturnType<typeof createWorkerApi>, endAt: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; Date.now() < endAt; i++) {
    const started = performance.now();
    await api.listExercises({ search: SEARCH_WORDS[i % SEARCH_WORDS.length] });
    times.push(performance.now() - started);
    await sleep(20);
  }
  return times;
}

/** Publishes one event to `relay` every `everyMs` until `endAt`, returning each publish's time in ms. */
async function publishUntil(gateway: Awaited<ReturnType<typeof workerOn>>['gateway'], relay: string, endAt: number, everyMs: number) {
  const author = newAuthor();
  const times: number[] = [];
  for (let i = 0; Date.now() < endAt; i++) {
    const event = exerciseEvent({ author, d: `published-${i}` });
    const started = performance.now();
    const outcome = await gateway.publishTo(relay, event, { timeoutMs: 5_000 });
    times.push(performance.now() - started);
    expect(outcome.status).toBe('accepted');
    await sleep(everyMs);
  }
  return times;
}

/** What the app does while a person browses: a profile load every `everyMs` (each a REQ to every relay not isolated). */
async function browseUntil(api: ReturnType<typeof createWorkerApi>, endAt: number, everyMs: number): Promise<void> {
  const loads: Array<Promise<unknown>> = [];
  while (Date.now() < endAt) {
    loads.push(api.loadProfile({ pubkey: randomBytes(32).toString('hex') }));
    await sleep(everyMs);
  }
  await Promise.all(loads);
}

describe('hostile relays against the real relay layer', () => {
  it('a flood is dropped over budget and its relay isolated with the socket closed; search and a publish to the good relay stay fast; a close loop backs off', async () => {
    const flood = await hostileRelay({ mode: 'flood', eventsPerSecond: FLOOD_EVENTS_PER_SECOND });
    const closeLoop = await hostileRelay({ mode: 'close-loop', closeAfterMs: 100 });
    const { api, ctx, gateway } = await workerOn([good.url, flood.url, closeLoop.url]);
    const library = starterExercises();
    await api.ingestEvents({ events: library, source: 'import' });
    await api.listExercises({ search: 'warm the index' });

    const quietStart = Date.now();
    const quietEnd = quietStart + 2_000;
    const quietCpu = process.cpuUsage();
    const [quietSearches, quietPublishes] = await Promise.all([searchUntil(api, quietEnd), publishUntil(gateway, good.url, quietEnd, 500)]);
    const quietBusy = busy(quietCpu, Date.now() - quietStart);

    const floodCpu = process.cpuUsage();
    const floodStart = Date.now();
    const floodEnd = floodStart + 6_000;
    const [floodSearches, floodPublishes] = await Promise.all([
      searchUntil(api, floodEnd),
      publishUntil(gateway, good.url, floodEnd, 500),
      browseUntil(api, floodEnd, 250),
    ]);
    await ctx.loader.idle();
    const floodBusy = busy(floodCpu, Date.now() - floodStart);
    const windowMs = Date.now() - (closeLoop.connections[0]?.openedAt ?? 0);

    const floodHealth = ctx.loader.health.snapshot().find((entry) => entry.relay === flood.url);
    const first = flood.connections[0];
    const sent = flood.eventsSent();
    const verified = floodHealth?.eventsReceived ?? 0;
    const closedAfter =
      first?.closedAt !== undefined && first.floodStartedAt !== undefined ? first.closedAt - first.floodStartedAt : undefined;
    const quiet = stats(quietSearches);
    const flooded = stats(floodSearches);
    const reconnects = closeLoop.connections.length - 1;
    const allowed = mostReconnects(DEFAULT_GATEWAY_POLICY.reconnect, windowMs, 100);
    const gaps = delays(closeLoop.connections);
    report.push(
      `  relays: the local relay, one flooding ${FLOOD_EVENTS_PER_SECOND.toLocaleString('en')} forged events/s (never EOSE, ignores CLOSE), one closing every connection after 100 ms`,
      `                                      without flood      during flood (${((floodEnd - floodStart) / 1000).toFixed(0)} s)`,
      `  library search p50 / p95 / max      ${triple(quiet)}    ${triple(flooded)}   (${floodSearches.length} searches of ${library.length} exercises)`,
      `  publish to the good relay p50 / max ${pair(quietPublishes)}${pair(floodPublishes)}`,
      `  CPU of this process (worker + rig)   ${quietBusy.padEnd(23)}${floodBusy}`,
      `  flood: ${sent.toLocaleString('en')} events sent, ${verified.toLocaleString('en')} reached signature checks, ${(sent - verified).toLocaleString('en')} dropped before (${floodHealth?.droppedEvents ?? 0} over budget)`,
      `  flood: socket closed by the client ${closedAfter === undefined ? 'never' : fmt(closedAfter)} after the flood began; ${flood.connections.length - 1} reconnections in the window`,
      `  close loop: ${reconnects} reconnections in ${fmt(windowMs)} (${((reconnects * 60_000) / windowMs).toFixed(1)}/min; the policy allows ${allowed}); delays ${gaps.map(fmt).join(', ')}`,
    );

    expect(first?.closedByClient, 'the flooding relay is isolated by closing its socket').toBe(true);
    expect(closedAfter).toBeLessThan(8_000);
    expect(flood.connections).toHaveLength(1); // not reconnected before its back-off (minutes) ends
    expect(flood.openSockets()).toBe(0);
    expect(flooded.p95).toBeLessThan(quiet.p95 + SEARCH_P95_EXTRA_MS);
    expect(Math.max(...floodPublishes)).toBeLessThan(PUBLISH_MAX_MS);
    expect(reconnects).toBeLessThanOrEqual(allowed);
    // The n-th reconnection waits at least half of firstMs·2^n (equal jitter): the floor doubles each time.
    gaps.forEach((gap, n) => expect(gap).toBeGreaterThanOrEqual((DEFAULT_GATEWAY_POLICY.reconnect.firstMs * 2 ** n) / 2 - 50));
  }, 40_000);

  it('an isolated relay stays closed until its back-off ends, and each isolation lasts longer', async () => {
    const firstMs = 400;
    const forged = await hostileRelay({ mode: 'forged', forgedPerReq: 30 });
    const { api, gateway } = await workerOn([good.url, forged.url], {
      isolation: { firstMs, maxMs: 60_000 },
      // Short reconnect steps, so that the wait after each isolation is the isolation's own.
      reconnect: { firstMs: 50, maxMs: 200 },
    });
    const isolations: Array<{ at: number; until: number }> = [];
    const isolate = gateway.isolate?.bind(gateway);
    gateway.isolate = (relay) => {
      const until = isolate?.(relay) ?? 0;
      if (!isolations.some((isolation) => isolation.until === until)) isolations.push({ at: Date.now(), until });
      return until;
    };
    await browseUntil(api, Date.now() + 5_000, 50);

    const lasted = isolations.map(({ at, until }) => until - at);
    report.push(
      `  forged events: isolated ${isolations.length} times in 5 s, for ${lasted.map(fmt).join(', ')} (first step ${firstMs} ms)`,
    );
    expect(isolations.length).toBeGreaterThanOrEqual(3);
    expect(forged.connections.every((c) => c.closedAt === undefined || c.closedByClient)).toBe(true);
    // The socket each isolation closed stays closed until the isolation ends.
    forged.connections.slice(1).forEach((c, n) => expect(c.openedAt).toBeGreaterThanOrEqual(isolations[n]?.until ?? Infinity));
    // The n-th isolation lasts between half and all of firstMs·2^n (equal jitter): never shorter than the one before.
    lasted.forEach((ms, n) => {
      expect(ms).toBeGreaterThanOrEqual((firstMs * 2 ** n) / 2);
      expect(ms).toBeLessThanOrEqual(firstMs * 2 ** n);
    });
  }, 15_000);

  it('malformed frames, forged events and a relay that never sends EOSE do not hold up the good relay', async () => {
    const author = newAuthor();
    const event = exerciseEvent({ author, d: 'row', title: 'Row' });
    expect((await (await workerOn([good.url])).gateway.publishTo(good.url, event, { timeoutMs: 5_000 })).status).toBe('accepted');
    const malformed = await hostileRelay({ mode: 'malformed' });
    const forged = await hostileRelay({ mode: 'forged' });
    const silent = await hostileRelay({ mode: 'silent' });
    const { api, ctx } = await workerOn([good.url, malformed.url, forged.url, silent.url]);

    const started = performance.now();
    const result = await api.loadEvent({ address: `33401:${author.pubkey}:row` });
    const took = performance.now() - started;
    await ctx.loader.idle();
    report.push(`  malformed + forged + silent relays beside the good one: the load answered in ${fmt(took)}`);

    expect(result.value?.id).toBe(event.id);
    expect(took).toBeLessThan(DEFAULT_POLICY.maxWaitMs + 250);
    const health = new Map(ctx.loader.health.snapshot().map((entry) => [entry.relay, entry]));
    expect(health.get(forged.url)?.isolatedUntil).toBeGreaterThan(Date.now());
    await until(async () => forged.openSockets() === 0, 2_000);
    expect(forged.connections[0]?.closedByClient).toBe(true);
    expect(health.get(silent.url)?.unanswered).toBe(1);
    expect(await api.getExercise({ address: `33401:${author.pubkey}:row` })).toMatchObject({ title: 'Row' });
  }, 15_000);
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** This process's CPU time since `since`, as a share of one core over `ms`. */
function busy(since: NodeJS.CpuUsage, ms: number): string {
  const { user, system } = process.cpuUsage(since);
  return `${Math.round((user + system) / 10 / ms)}%`;
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

/** The most reconnections `policy` allows in `ms` to a relay that closes each connection after `connectionMs`. */
function mostReconnects({ firstMs, maxMs }: Backoff, ms: number, connectionMs: number): number {
  let n = 0;
  for (let elapsed = connectionMs; ; n++) {
    elapsed += Math.min(maxMs, firstMs * 2 ** n) / 2 + connectionMs;
    if (elapsed > ms) return n;
  }
}

/** Time from each connection's close to the next one's opening. */
function delays(connections: HostileConnection[]): number[] {
  return connections.slice(1).map((c, i) => c.openedAt - (connections[i]?.closedAt ?? c.openedAt));
}

function fmt(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

function pair(times: number[]): string {
  const { p50, max } = stats(times);
  return `${fmt(p50)} / ${fmt(max)}`.padEnd(23);
}

function triple({ p50, p95, max }: ReturnType<typeof stats>): string {
  return `${fmt(p50)} / ${fmt(p95)} / ${fmt(max)}`.padEnd(19);
}
