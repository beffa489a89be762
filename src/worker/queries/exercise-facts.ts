import type { ExerciseFormat } from '../../domain/exercise-format';
import type { PlatesDatabase } from '../db/database';

/** What records and lists need of a stored exercise: its title, and the format its sets are written in. */
export interface ExerciseFacts {
  title: string;
  format: ExerciseFormat;
}

/** Facts of the stored exercises by address; an address not stored has no entry (shown as "not yet here", never raw). */
export async function exerciseFacts(db: PlatesDatabase, addresses: Iterable<string>): Promise<Map<string, ExerciseFacts>> {
  const wanted = [...new Set(addresses)];
  const rows = await db.exercises.bulkGet(wanted);
  const facts = new Map<string, ExerciseFacts>();
  rows.forEach((row, i) => {
    const address = wanted[i];
    if (row && address) facts.set(address, { title: row.title, format: { names: row.format, units: row.formatUnits } });
  });
  return facts;
}
