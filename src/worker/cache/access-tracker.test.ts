import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PlatesDatabase } from '../db/database';
import { createAccessTracker } from './access-tracker';
import { LruMap } from './lru';

let counter = 0;
const newDatabase = () => new PlatesDatabase(`plates-access-test-${process.pid}-${++counter}`);

describe('the access tracker', () => {
  it('gathers many reads into one bulk write that merges with what is stored', async () => {
    const db = newDatabase();
    let mutations = 0;
    db.use({
      stack: 'dbcore',
      name: 'count-writes',
      create: (down) => ({
        ...down,
        table(name) {
          const table = down.table(name);
          return name === 'cacheMeta' ? { ...table, mutate: (request) => (mutations++, table.mutate(request)) } : table;
        },
      }),
    });
    await db.cacheMeta.put({ key: 'media:a', lastAccessed: 5, accessCount: 7, priority: 2, pinned: 1, size: 100 });
    mutations = 0;
    let clock = 1_000;
    const tracker = createAccessTracker(db, { delayMs: 60_000, now: () => clock++ });

    for (let i = 0; i < 300; i++) tracker.touch(i % 2 ? 'media:a' : 'event:b', 0);
    tracker.touch('event:b', 1);
    expect(await db.cacheMeta.count()).toBe(1);
    await tracker.flush();

    expect(mutations).toBe(1);
    expect(await db.cacheMeta.get('media:a')).toEqual({
      key: 'media:a',
      lastAccessed: 1_299,
      accessCount: 157,
      priority: 2,
      pinned: 1,
      size: 100,
    });
    expect(await db.cacheMeta.get('event:b')).toEqual({ key: 'event:b', lastAccessed: 1_300, accessCount: 151, priority: 1, pinned: 0 });
  });

  it('writes by itself once a batch is full', async () => {
    const db = newDatabase();
    const tracker = createAccessTracker(db, { delayMs: 60_000, maxPending: 10 });
    for (let i = 0; i < 10; i++) tracker.touch(`event:${i}`, 0);
    await tracker.flush();
    expect(await db.cacheMeta.count()).toBe(10);
  });
});

describe('LruMap', () => {
  it('forgets the least recently used entry first', () => {
    const lru = new LruMap<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([1, undefined, 3]);
    expect(lru.size).toBe(2);
  });
});
