import type { PlatesDatabase } from '../db/database';
import type { CacheMetaRow } from '../db/rows';
import { PRIORITY } from './cache-keys';

/** Marks cacheMeta rows pinned (created where missing): no eviction takes them. */
export async function setPinned(db: PlatesDatabase, keys: readonly string[], pinned: boolean, now = Date.now()): Promise<void> {
  if (keys.length === 0) return;
  await db.transaction('rw', db.cacheMeta, async () => {
    const rows = await db.cacheMeta.bulkGet([...keys]);
    const updated: CacheMetaRow[] = keys.map((key, i) => {
      const row = rows[i];
      return row
        ? { ...row, pinned: pinned ? 1 : 0 }
        : { key, lastAccessed: now, accessCount: 0, priority: PRIORITY.own, pinned: pinned ? 1 : 0 };
    });
    await db.cacheMeta.bulkPut(updated);
  });
}

/** The pinned ones among `keys`. */
export async function pinnedKeys(db: PlatesDatabase, keys: readonly string[]): Promise<Set<string>> {
  const rows = await db.cacheMeta.bulkGet([...keys]);
  return new Set(rows.flatMap((row) => (row?.pinned ? [row.key] : [])));
}
