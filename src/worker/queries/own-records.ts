import Dexie from 'dexie';
import type { WorkoutRecord } from '../../domain/workout-record';
import type { PlatesDatabase } from '../db/database';
import type { RecordRow } from '../db/rows';
import { parsedRecords } from './parsed-records';

/** Where a page of records ends: its last record's start and key (records sharing a start are ordered by key). */
export interface RecordCursor {
  start: number;
  key: string;
}

/**
 * A person's record rows, newest first (start, then key, descending), started in
 * [`from`, `to`) (unix seconds) and after the previous page's `after` cursor.
 */
export async function recordRowsOf(
  db: PlatesDatabase,
  pubkey: string,
  options: { from?: number; to?: number; after?: RecordCursor; limit?: number } = {},
): Promise<RecordRow[]> {
  const { from, to, after, limit } = options;
  if (after && from !== undefined && after.start < from) return [];
  // Rows sharing an index key come in primary-key order: reversed, key descending within one start.
  const sameStart = after
    ? await db.records
        .where('[pubkey+start]')
        .equals([pubkey, after.start])
        .reverse()
        .filter((row) => row.key < after.key)
        .toArray()
    : [];
  const older = db.records
    .where('[pubkey+start]')
    .between([pubkey, from ?? Dexie.minKey], [pubkey, after?.start ?? to ?? Dexie.maxKey], true, false)
    .reverse();
  const rows = [...sameStart, ...(await (limit === undefined ? older : older.limit(limit)).toArray())];
  return limit === undefined ? rows : rows.slice(0, limit);
}

/**
 * The person's parsed records that include any of `exerciseAddresses` (through the
 * multiEntry index), oldest first, each set read in its stored exercise's format: the
 * history PRs and previous performance are read from.
 */
export async function recordsWithExercises(
  db: PlatesDatabase,
  pubkey: string,
  exerciseAddresses: readonly string[],
): Promise<Array<WorkoutRecord & { key: string }>> {
  if (exerciseAddresses.length === 0) return [];
  const rows = (
    await db.records
      .where('exerciseAddresses')
      .anyOf([...exerciseAddresses])
      .distinct()
      .toArray()
  ).filter((row) => row.pubkey === pubkey);
  const { records } = await parsedRecords(db, rows);
  return rows
    .flatMap((row, i) => {
      const record = records[i];
      return record ? [{ ...record, key: row.key }] : [];
    })
    .sort((a, b) => a.start - b.start);
}
