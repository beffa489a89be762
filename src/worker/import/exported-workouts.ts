import { parseAddress } from '../../domain/address';
import type { WeightUnit } from '../../domain/units';
import type { WorkoutRecord } from '../../domain/workout-record';
import type { PlatesDatabase } from '../db/database';
import { recordRowsOf } from '../queries/own-records';
import { parsedRecords } from '../queries/parsed-records';
import { strongCsv } from './training-csv';

/**
 * Every workout record of the person as the text of Strong's current export, in `unit`, each
 * set under its exercise's title (an exercise not on this device under its d); `count`
 * says how many workouts have rows (the running dialect's activities have none).
 */
export async function exportedWorkouts(db: PlatesDatabase, pubkey: string, unit: WeightUnit): Promise<{ csv: string; count: number }> {
  const { records, facts } = await parsedRecords(db, await recordRowsOf(db, pubkey));
  const read = records.filter((record): record is WorkoutRecord => record !== undefined);
  const titleOf = (address: string) => facts.get(address)?.title ?? parseAddress(address)?.d ?? address;
  return { csv: await strongCsv(read, titleOf, unit), count: read.filter((record) => record.sets.length > 0).length };
}
