import { formatAddress } from '../../domain/address';
import type { PlatesDatabase } from '../db/database';
import type { EventRow } from '../db/rows';

/** The stored version of a replaceable event (kind 0, 3, 10000–19999…) of `pubkey`: ingest keeps only the newest. */
export function newestReplaceable(db: PlatesDatabase, kind: number, pubkey: string): Promise<EventRow | undefined> {
  return db.events
    .where('address')
    .equals(formatAddress({ kind, pubkey, d: '' }))
    .first();
}
