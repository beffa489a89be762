import Dexie, { type ObservabilitySet } from 'dexie';
import type { PlatesDatabase } from './database';

/**
 * Calls `onWrite` after any committed write to `table` through Dexie: this worker's (ingest,
 * deletion, eviction) or another tab's (Dexie broadcasts its mutations). For in-memory copies
 * of a table that must never outlive the rows they copy. Unsubscribed when the database closes.
 */
export function onTableWrite(db: PlatesDatabase, table: string, onWrite: () => void): void {
  const prefix = `idb://${db.name}/${table}/`;
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) onWrite();
  };
  Dexie.on('storagemutated', listener);
  db.on('close', () => Dexie.on.storagemutated.unsubscribe(listener));
}
