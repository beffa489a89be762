import type { PlatesDatabase } from '../db/database';

/**
 * The d of each of the person's workout records started in [`from`, `to`] (unix seconds): an
 * imported workout's record has the workout's start and a d derived from the source, so this
 * says which workouts of a file are here already.
 */
export async function recordDsBetween(db: PlatesDatabase, pubkey: string, from: number, to: number): Promise<Set<string>> {
  const rows = await db.records.where('[pubkey+start]').between([pubkey, from], [pubkey, to], true, true).toArray();
  return new Set(rows.map((row) => row.d));
}
