import type { PlatesDatabase } from '../db/database';
import { StoredIdMemory } from './stored-id-memory';

/**
 * About 5 MB of ids (a 64-character string and its Set entry, ~100 bytes each): every event
 * of a long session's relay traffic. Beyond it a duplicate costs one IndexedDB key lookup.
 */
const CAPACITY = 50_000;

interface Entry {
  memory: StoredIdMemory;
  channel: BroadcastChannel | undefined;
}

const entries = new WeakMap<PlatesDatabase, Entry>();

/** This worker's memory of the ids stored in `db`, kept until the database closes. */
export function storedIdMemory(db: PlatesDatabase): StoredIdMemory {
  return entryOf(db).memory;
}

/**
 * The hook for every removal of events from the database (NIP-09 deletions, replaced
 * versions, eviction): their ids leave this worker's memory and that of every other tab,
 * so that the events are stored again when they arrive again. Forgetting before the
 * removal commits is safe too: it only costs a lookup.
 */
export function forgetStoredIds(db: PlatesDatabase, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const { memory, channel } = entryOf(db);
  memory.forget(ids);
  channel?.postMessage(ids);
}

function entryOf(db: PlatesDatabase): Entry {
  let entry = entries.get(db);
  if (!entry) {
    const memory = new StoredIdMemory(CAPACITY);
    const channel = openChannel(db.name, memory);
    const created: Entry = { memory, channel };
    entries.set(db, created);
    db.on('close', () => {
      channel?.close();
      if (entries.get(db) === created) entries.delete(db);
    });
    entry = created;
  }
  return entry;
}

/** Other tabs' workers tell this one what they removed. */
function openChannel(databaseName: string, memory: StoredIdMemory): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(`plates-stored-ids:${databaseName}`);
  channel.onmessage = (message: MessageEvent<unknown>) => {
    if (Array.isArray(message.data)) memory.forget(message.data.filter((id): id is string => typeof id === 'string'));
  };
  // Node (tests) would otherwise stay alive for a channel nobody closes; browsers have no unref.
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  return channel;
}
