import { readRememberedMapping, rememberChoices, type RememberedMapping } from '../../domain/exercise-mapping/remembered-mapping';
import type { PlatesDatabase } from '../db/database';

/** Where the person's choices of earlier imports are kept (settings, as JSON). */
const MAPPING_KEY = 'training-import-mapping';

export async function rememberedMapping(db: PlatesDatabase): Promise<RememberedMapping> {
  return readRememberedMapping((await db.settings.get(MAPPING_KEY))?.value);
}

/** Adds an import's choices to the remembered ones (read and written in one transaction: another tab may remember too). */
export async function rememberImportChoices(db: PlatesDatabase, chosen: ReadonlyArray<{ name: string; address: string }>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: MAPPING_KEY, value: rememberChoices(await rememberedMapping(db), chosen) });
  });
}
