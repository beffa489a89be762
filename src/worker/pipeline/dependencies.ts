import type { PlatesDatabase } from '../db/database';
import type { IncompleteTemplateRow } from '../db/rows';
import { requestEach } from './requests';

interface TemplateNeeds {
  template: { address: string };
  needs: ReadonlyArray<{ address: string; relayHint: string }>;
}

/** The exercises these templates need that are stored: key-only lookups, no row read back. */
export async function readStoredExercises(idb: IDBTransaction, templates: readonly TemplateNeeds[]): Promise<Set<string>> {
  const wanted = [...new Set(templates.flatMap((t) => t.needs.map((need) => need.address)))];
  const store = idb.objectStore('exercises');
  const keys = await requestEach(wanted, (address) => store.getKey(address));
  return new Set(wanted.filter((_, i) => keys[i] !== undefined));
}

/** The needed exercises of these templates that are not `present`, as incompleteTemplates rows. */
export function missingExercises(templates: readonly TemplateNeeds[], present: ReadonlySet<string>): IncompleteTemplateRow[] {
  return templates.flatMap(({ template, needs }) =>
    needs
      .filter((need) => !present.has(need.address))
      .map((need) => ({ templateAddress: template.address, missingAddress: need.address, relayHint: need.relayHint })),
  );
}

/**
 * Exercises arrived: clear them from every waiting template through the missingAddress
 * index (no scan of templates) and mark the templates left with nothing missing complete.
 */
export async function resolveArrivedExercises(db: PlatesDatabase, idb: IDBTransaction, arrived: readonly string[]): Promise<string[]> {
  if (arrived.length === 0) return [];
  const rows = idb.objectStore('incompleteTemplates');
  const waiting: IncompleteTemplateRow[] = (await requestEach(arrived, (address) => rows.index('missingAddress').getAll(address))).flat();
  if (waiting.length === 0) return [];
  await db.incompleteTemplates.bulkDelete(waiting.map((row) => [row.templateAddress, row.missingAddress] as [string, string]));
  const affected = [...new Set(waiting.map((row) => row.templateAddress))];
  const stillMissing = await requestEach(affected, (address) => rows.index('templateAddress').count(address));
  const completed = affected.filter((_, i) => stillMissing[i] === 0);
  await Promise.all(completed.map((address) => db.templates.update(address, { complete: 1 })));
  return completed;
}
