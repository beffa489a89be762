import { parseWorkoutRecord, type WorkoutRecord } from '../../domain/workout-record';
import type { PlatesDatabase } from '../db/database';
import type { RecordRow } from '../db/rows';
import { exerciseFacts, type ExerciseFacts } from './exercise-facts';

/**
 * The records behind rows, in the rows' order, each set read in its stored exercise's format
 * (undefined for a row whose event is gone or no longer reads), with the facts of their exercises.
 */
export async function parsedRecords(
  db: PlatesDatabase,
  rows: readonly RecordRow[],
): Promise<{ records: Array<WorkoutRecord | undefined>; facts: Map<string, ExerciseFacts> }> {
  const [events, facts] = await Promise.all([
    db.events.bulkGet(rows.map((row) => row.eventId)),
    exerciseFacts(
      db,
      rows.flatMap((row) => row.exerciseAddresses),
    ),
  ]);
  const formatOf = (address: string) => facts.get(address)?.format;
  const records = events.map((event) => {
    const parsed = event ? parseWorkoutRecord(event, formatOf) : undefined;
    return parsed?.ok ? parsed.value : undefined;
  });
  return { records, facts };
}
