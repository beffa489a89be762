/// <reference lib="webworker" />
import { expose } from 'comlink';
import Dexie from 'dexie';
import { initNostrWasm } from 'nostr-wasm';
import type { NostrEvent } from '../../src/domain/nostr-event';
import { createWorkerContext } from '../../src/worker/create-context';
import { buildCandidates, checkShapes } from '../../src/worker/pipeline/candidates';
import { ingestEvents } from '../../src/worker/pipeline/ingest';
import { storedIdMemory } from '../../src/worker/pipeline/known-stored';
import { singleThreaded } from '../../src/worker/pipeline/verifier';
import { DEFAULT_POLICY } from '../../src/worker/repository/freshness';
import { generateEvents } from './generate-events';
import { cachedLoadLatency, NETWORK_FIRST, simulateWeek, type WeekFixture } from './simulated-week';
import { rate } from './rate';
import { measureStorageLayouts } from './storage-layouts';
import { benchVerifiers } from './verifiers';

const BATCH = 1_000;
let events: NostrEvent[] = [];

/** The app's own worker context (database and verifier pool) over a fresh database. */
async function freshContext(name: string) {
  await Dexie.delete(name);
  const ctx = createWorkerContext({ databaseName: name });
  await ctx.db.open();
  return ctx;
}

const api = {
  async generate({ count }: { count: number }) {
    const started = performance.now();
    const generated = generateEvents(await initNostrWasm(), count);
    events = generated.events;
    return { ...rate(count, performance.now() - started), counts: generated.counts };
  },

  async verifyOnly({ count }: { count: number }) {
    const sample = events.slice(0, count);
    const results: Record<string, ReturnType<typeof rate>> = {};
    for (const [name, verify] of Object.entries(await benchVerifiers())) {
      const started = performance.now();
      for (const event of sample) if (!verify(event)) throw new Error(`${name} refused a valid event`);
      results[name] = rate(sample.length, performance.now() - started);
    }
    return results;
  },

  /**
   * Ingest of new events through the whole pipeline, then the same events again (all
   * duplicates), then again with the worker's memory of stored ids emptied, as after a reload
   * (every duplicate answered by an IndexedDB key lookup).
   */
  async ingest({ count }: { count: number }) {
    const { db, verifier: loadVerifier } = await freshContext(`bench-ingest-${count}`);
    const verifier = await loadVerifier();
    const batchRun = async () => {
      let stored = 0;
      let duplicates = 0;
      const started = performance.now();
      for (let i = 0; i < count; i += BATCH) {
        const summary = await ingestEvents(db, verifier, events.slice(i, Math.min(i + BATCH, count)), 'relay');
        stored += summary.stored;
        duplicates += summary.duplicates;
        if (summary.rejected > 0) throw new Error(`rejected: ${JSON.stringify(summary.outcomes.find((o) => o.status === 'rejected'))}`);
      }
      return { ...rate(count, performance.now() - started), stored, duplicates };
    };
    const fresh = await batchRun();
    const again = await batchRun();
    storedIdMemory(db).clear();
    const cold = await batchRun();
    const rows = { events: await db.events.count(), records: await db.records.count(), exercises: await db.exercises.count() };
    db.close();
    await Dexie.delete(db.name);
    return { fresh, again, cold, verifier: verifier.name, rows };
  },

  /** Where the time goes: new-event ingest of each kind alone. */
  async ingestByKind({ count }: { count: number }) {
    const byKind: Record<number, NostrEvent[]> = {};
    for (const event of events.slice(0, count)) (byKind[event.kind] ??= []).push(event);
    const results: Record<string, ReturnType<typeof rate>> = {};
    for (const [kind, list] of Object.entries(byKind)) {
      const { db, verifier: loadVerifier } = await freshContext(`bench-kind-${kind}`);
      const started = performance.now();
      await ingestEvents(db, await loadVerifier(), list, 'relay');
      results[kind] = rate(list.length, performance.now() - started);
      db.close();
      await Dexie.delete(db.name);
    }
    return results;
  },

  /**
   * Diagnostics that split the cost: the pipeline with signature checks switched off (the
   * write path alone), the verifier pool alone on the same events, and IndexedDB alone
   * under Plates' layout and under one row per event.
   */
  async splitCost({ count }: { count: number }) {
    const sample = events.slice(0, count);
    const { db, verifier: loadPool } = await freshContext('bench-split');
    const pool = await loadPool();
    const started = performance.now();
    for (let i = 0; i < sample.length; i += BATCH) await pool.verifyAll(sample.slice(i, i + BATCH));
    const poolRate = rate(sample.length, performance.now() - started);
    const noCheck = singleThreaded('none', () => undefined);
    const writeStarted = performance.now();
    await ingestEvents(db, noCheck, sample, 'relay');
    const writeRate = rate(sample.length, performance.now() - writeStarted);
    db.close();
    await Dexie.delete(db.name);
    const parseStarted = performance.now();
    const outcomes = new Array(sample.length);
    const shaped = checkShapes(
      sample,
      sample.map((_, i) => i),
      outcomes,
    );
    buildCandidates(shaped, [], new Set(), outcomes);
    const parseRate = rate(sample.length, performance.now() - parseStarted);
    const layouts = await measureStorageLayouts(sample);
    return { pool: { name: pool.name, ...poolRate }, writePathOnly: writeRate, parseOnly: parseRate, layouts };
  },

  /** The ceiling: the same events put into a table with nothing but the primary key. */
  async rawBulkPut({ count }: { count: number }) {
    const name = `bench-raw-${count}`;
    await Dexie.delete(name);
    const db = new Dexie(name);
    db.version(1).stores({ events: 'id' });
    await db.open();
    const started = performance.now();
    for (let i = 0; i < count; i += BATCH) await db.table('events').bulkPut(events.slice(i, Math.min(i + BATCH, count)));
    const result = rate(count, performance.now() - started);
    db.close();
    await Dexie.delete(name);
    return result;
  },
};

export type BenchWorkerApi = typeof api & typeof syncApi;
/** Issue 4: database-first against network-first over the same simulated week, and cached-load latency. */
const syncApi = {
  async simulateWeek({ relayUrl, fixture }: { relayUrl: string; fixture: WeekFixture }) {
    const databaseFirst = await simulateWeek(relayUrl, fixture, DEFAULT_POLICY, 'bench-week-db-first');
    const networkFirst = await simulateWeek(relayUrl, fixture, NETWORK_FIRST, 'bench-week-network-first');
    const cached = await cachedLoadLatency(relayUrl, fixture, 'bench-cached-latency');
    return { databaseFirst, networkFirst, cached };
  },
};

expose({ ...api, ...syncApi });
