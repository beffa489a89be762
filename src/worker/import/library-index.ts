import { indexLibrary, type LibraryIndex } from '../../domain/exercise-mapping/library-index';
import type { PlatesDatabase } from '../db/database';

/** Every stored exercise as the import's mapping reads it, with the starter pack's pubkey (its name table names starter exercises). */
export async function importLibrary(db: PlatesDatabase): Promise<LibraryIndex> {
  const [rows, starter] = await Promise.all([db.exercises.toArray(), db.settings.get('starterPackPubkey')]);
  return indexLibrary(
    rows.map(({ address, title, equipment, format }) => ({ address, title, equipment, format })),
    typeof starter?.value === 'string' ? starter.value : '',
  );
}
