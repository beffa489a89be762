import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { PlatesDatabase } from '../db/database';
import type { FetchResult } from '../relay/relay-gateway';
import { idleGateway } from '../../testing/idle-gateway';
import { createLoader } from './loader';

const RELAY = 'wss://relay.example.com';
let databases = 0;

/** A loader over a gateway whose every fetch answers `answer` (plus what `since` was asked). */
function loaderAnswering(answer: Partial<FetchResult>) {
  const db = new PlatesDatabase(`loader-partial-${process.pid}-${++databases}`);
  const asked: Array<number | undefined> = [];
  const gateway = {
    ...idleGateway([RELAY]),
    connectionStates: () => ({ [RELAY]: 'connected' as const }),
    fetch: async (filters: Array<{ since?: number }>) => {
      asked.push(filters[0]?.since);
      return { events: [], asked: [RELAY], answered: [RELAY], sourceOf: {}, capped: false, ...answer };
    },
  };
  let now = 1_000_000_000_000;
  const loader = createLoader({
    db,
    relays: async () => gateway,
    ingest: async () => ({
      stored: 0,
      replaced: 0,
      duplicates: 0,
      superseded: 0,
      rejected: 0,
      deleted: 0,
      outcomes: [],
      completedTemplates: [],
      missingExercises: [],
    }),
    now: () => now,
  });
  const library = {
    key: 'library:x',
    dataClass: 'library' as const,
    priority: 'library' as const,
    filters: [{ kinds: [33401] }],
    incremental: true,
    read: async () => undefined,
  };
  return { db, loader, asked, library, later: (ms: number) => (now += ms) };
}

describe('an answer with events left out', () => {
  it('does not make the key fresh, so an incremental key asks again for everything it missed', async () => {
    const { db, loader, asked, library, later } = loaderAnswering({ overBudget: { [RELAY]: { dropped: 500 } } });
    await loader.load(library);
    await loader.idle();
    expect((await db.fetchLog.get('library:x'))?.lastFetched).toBe(0);
    later(2 * 60 * 60 * 1000);
    await loader.load(library);
    await loader.idle();
    // Never a `since` that would skip what the relay's budget dropped.
    expect(asked).toEqual([undefined, undefined]);
  });

  it('a complete answer makes it fresh, and the next incremental ask starts from it', async () => {
    const { db, loader, asked, library, later } = loaderAnswering({});
    await loader.load(library);
    await loader.idle();
    const fetched = (await db.fetchLog.get('library:x'))?.lastFetched ?? 0;
    expect(fetched).toBeGreaterThan(0);
    later(2 * 60 * 60 * 1000);
    await loader.load(library);
    await loader.idle();
    expect(asked).toEqual([undefined, Math.floor(fetched / 1000) - 60]);
  });
});
