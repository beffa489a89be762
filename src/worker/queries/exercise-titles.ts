import type { PlatesDatabase } from '../db/database';

/** Titles of stored exercises by address; an address not stored has no entry (shown as "not yet here", never raw). */
export async function exerciseTitles(db: PlatesDatabase, addresses: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(addresses)];
  const rows = await db.exercises.bulkGet(wanted);
  const titles = new Map<string, string>();
  rows.forEach((row, i) => {
    const address = wanted[i];
    if (row && address) titles.set(address, row.title);
  });
  return titles;
}
