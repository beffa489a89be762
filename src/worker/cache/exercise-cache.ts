import type { PlatesDatabase } from '../db/database';
import { onTableWrite } from '../db/on-table-write';
import type { ExerciseRow } from '../db/rows';
import { LruMap } from './lru';

/** Exercise rows read again and again (titles and formats for workouts, templates, the feed). */
export interface ExerciseCache {
  getMany(addresses: readonly string[]): Promise<Array<ExerciseRow | undefined>>;
  get(address: string): Promise<ExerciseRow | undefined>;
}

const CAPACITY = 2_000;

/**
 * An in-memory LRU in front of Dexie for hot exercise rows, dropped by any write to the
 * exercises table (arrivals, deletions, evictions, other tabs'). Only rows found are kept:
 * a missing exercise may arrive at any moment and must then be read from the database.
 */
export function createExerciseCache(db: PlatesDatabase): ExerciseCache {
  const rows = new LruMap<string, ExerciseRow>(CAPACITY);
  let generation = 0;
  onTableWrite(db, 'exercises', () => {
    generation++;
    rows.clear();
  });

  async function getMany(addresses: readonly string[]): Promise<Array<ExerciseRow | undefined>> {
    const found = addresses.map((address) => rows.get(address));
    const missing = addresses.filter((_, i) => !found[i]);
    if (missing.length === 0) return found;
    const started = generation;
    const read = new Map((await db.exercises.bulkGet(missing)).flatMap((row) => (row ? [[row.address, row] as const] : [])));
    // Rows read while an invalidation happened may be stale: used for this answer, not kept.
    if (started === generation) for (const row of read.values()) rows.set(row.address, row);
    return addresses.map((address, i) => found[i] ?? read.get(address));
  }

  return {
    getMany,
    get: async (address) => (await getMany([address]))[0],
  };
}
