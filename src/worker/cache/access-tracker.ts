import type { PlatesDatabase } from '../db/database';
import type { CacheMetaRow } from '../db/rows';

export interface AccessTracker {
  /** Notes a read of `key` at `priority` (the highest seen is kept); written later in a batch. */
  touch(key: string, priority: number, size?: number): void;
  /** Writes the notes gathered so far in one transaction. */
  flush(): Promise<void>;
}

interface Pending {
  lastAccessed: number;
  count: number;
  priority: number;
  size?: number;
}

export interface AccessTrackerOptions {
  /** A batch is written this long after its first read… */
  delayMs?: number;
  /** …or as soon as it holds this many keys. */
  maxPending?: number;
  now?: () => number;
}

/**
 * cacheMeta bookkeeping for every read without a write per read: reads are gathered in
 * memory and merged into their rows (last access, count, highest priority) in one bulk
 * write. Pinned rows stay pinned.
 */
export function createAccessTracker(db: PlatesDatabase, options: AccessTrackerOptions = {}): AccessTracker {
  const delayMs = options.delayMs ?? 2_000;
  const maxPending = options.maxPending ?? 500;
  const now = options.now ?? Date.now;
  let pending = new Map<string, Pending>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();

  async function write(batch: Map<string, Pending>): Promise<void> {
    const keys = [...batch.keys()];
    await db.transaction('rw', db.cacheMeta, async () => {
      const existing = await db.cacheMeta.bulkGet(keys);
      const rows: CacheMetaRow[] = keys.map((key, i) => {
        const note = batch.get(key) as Pending;
        const row = existing[i];
        return {
          key,
          lastAccessed: Math.max(row?.lastAccessed ?? 0, note.lastAccessed),
          accessCount: (row?.accessCount ?? 0) + note.count,
          priority: Math.max(row?.priority ?? 0, note.priority),
          pinned: row?.pinned ?? 0,
          ...((note.size ?? row?.size) === undefined ? {} : { size: note.size ?? row?.size }),
        };
      });
      await db.cacheMeta.bulkPut(rows);
    });
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.size === 0) return writing;
    const batch = pending;
    pending = new Map();
    // Bookkeeping only: a failed write loses access times, never data.
    writing = writing.then(() => write(batch)).catch((error: unknown) => console.warn(`cache bookkeeping not written: ${String(error)}`));
    return writing;
  }

  return {
    touch(key, priority, size) {
      const note = pending.get(key);
      pending.set(key, {
        lastAccessed: now(),
        count: (note?.count ?? 0) + 1,
        priority: Math.max(note?.priority ?? 0, priority),
        ...((size ?? note?.size) === undefined ? {} : { size: size ?? note?.size }),
      });
      if (pending.size >= maxPending) void flush();
      else timer ??= setTimeout(() => void flush(), delayMs);
    },
    flush,
  };
}
