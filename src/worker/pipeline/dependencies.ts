import type { PlatesDatabase } from '../db/database';
import type { IncompleteTemplateRow } from '../db/rows';

/** The template's needed exercises that are not stored, as incompleteTemplates rows. */
export async function resolveTemplateNeeds(
  db: PlatesDatabase,
  templateAddress: string,
  needs: ReadonlyArray<{ address: string; relayHint: string }>,
): Promise<IncompleteTemplateRow[]> {
  const found = await db.exercises.bulkGet(needs.map((need) => need.address));
  return needs
    .filter((_, i) => found[i] === undefined)
    .map((need) => ({ templateAddress, missingAddress: need.address, relayHint: need.relayHint }));
}

/**
 * Exercises arrived: clear them from every waiting template through the missingAddress
 * index (no scan of templates) and mark the templates left with nothing missing complete.
 */
export async function resolveArrivedExercises(db: PlatesDatabase, arrived: readonly string[]): Promise<string[]> {
  if (arrived.length === 0) return [];
  const waiting = await db.incompleteTemplates.where('missingAddress').anyOf(arrived).toArray();
  if (waiting.length === 0) return [];
  await db.incompleteTemplates.bulkDelete(waiting.map((row) => [row.templateAddress, row.missingAddress] as [string, string]));
  const affected = [...new Set(waiting.map((row) => row.templateAddress))];
  const completed: string[] = [];
  for (const templateAddress of affected) {
    const stillMissing = await db.incompleteTemplates.where('templateAddress').equals(templateAddress).count();
    if (stillMissing === 0) {
      await db.templates.update(templateAddress, { complete: 1 });
      completed.push(templateAddress);
    }
  }
  return completed;
}
