import Dexie from 'dexie';
import { parseWorkoutRecord, type WorkoutRecord } from '../../domain/workout-record';
import type { PlatesDatabase } from '../db/database';
import type { RecordRow } from '../db/rows';

/** A person's record rows, newest first, started before `before` (unix seconds) when given. */
export function recordRowsOf(db: PlatesDatabase, pubkey: string, options: { before?: number; limit?: number } = {}): Promise<RecordRow[]> {
  const query = db.records
    .where('[pubkey+start]')
    .between([pubkey, Dexie.minKey], [pubkey, options.before ?? Dexie.maxKey], true, false)
    .reverse();
  return (options.limit === undefined ? query : query.limit(options.limit)).toArray();
}

/**
 * The person's parsed records that include any of `exerciseAddresses` (through the
 * multiEntry index), oldest first: the history PRs and previous performance are read from.
 */
export async function recordsWithExercises(db: PlatesDatabase, pubkey: string, exerciseAddresses: readonly string[]): Promise<Array<WorkoutRecord & { key: string }>> {
  if (exerciseAddresses.length === 0) return [];
  const rows = (await db.records.where('exerciseAddresses').anyOf([...exerciseAddresses]).distinct().toArray()).filter((row) => row.pubkey === pubkey);
  const events = await db.events.bulkGet(rows.map((row) => row.eventId));
  return rows
    .flatMap((row, i) => {
      const event = events[i];
      const parsed = event ? parseWorkoutRecord(event) : undefined;
      return parsed?.ok ? [{ ...parsed.value, key: row.key }] : [];
    })
    .sort((a, b) => a.start - b.start);
}
