import type { PlatesDatabase } from '../db/database';
import type { IncompleteTemplateRow } from '../db/rows';

interface TemplateNeeds {
  template: { address: string };
  needs: ReadonlyArray<{ address: string; relayHint: string }>;
}

/** The needed exercises of these templates that are not stored, as incompleteTemplates rows (one lookup). */
export async function resolveTemplateNeeds(db: PlatesDatabase, templates: readonly TemplateNeeds[]): Promise<IncompleteTemplateRow[]> {
  const wanted = [...new Set(templates.flatMap((t) => t.needs.map((need) => need.address)))];
  // Keys only: no stored exercise is read back and deserialised.
  const stored = new Set((await db.exercises.where(':id').anyOf(wanted).primaryKeys()).map(String));
  return templates.flatMap(({ template, needs }) =>
    needs
      .filter((need) => !stored.has(need.address))
      .map((need) => ({ templateAddress: template.address, missingAddress: need.address, relayHint: need.relayHint })),
  );
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
  const stillWaiting = new Set((await db.incompleteTemplates.where('templateAddress').anyOf(affected).toArray()).map((row) => row.templateAddress));
  const completed = affected.filter((address) => !stillWaiting.has(address));
  await Promise.all(completed.map((address) => db.templates.update(address, { complete: 1 })));
  return completed;
}
