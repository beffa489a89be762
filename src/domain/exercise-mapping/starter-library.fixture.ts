import { formatAddress } from '../address';
import { parseExercise } from '../exercise';
import { KIND } from '../kinds';
import type { NostrEvent } from '../nostr-event';
import { parseStarterPack } from '../starter-pack';
import type { LibraryExercise } from './library-index';

/** Node's file reading, as far as the tests use it. */
interface FileSystem {
  readFileSync(path: string, encoding: 'utf8'): string;
}

/**
 * For tests: the committed starter pack (public/starter-pack/pack.ndjson) as the library the
 * mapping reads, with the pack's pubkey. Tests run from the repository root. The domain's
 * tsconfig has no Node types, so the file module is loaded by name and typed above.
 */
export async function loadStarterLibrary(): Promise<{ pubkey: string; exercises: LibraryExercise[] }> {
  const moduleName = 'node:fs';
  const fs = (await import(/* @vite-ignore */ moduleName)) as FileSystem;
  const pack = parseStarterPack(fs.readFileSync('public/starter-pack/pack.ndjson', 'utf8'));
  if (!pack.ok) throw new Error(pack.reason);
  const { pubkey } = pack.value.header;
  const exercises: LibraryExercise[] = [];
  for (const { result } of pack.value.lines) {
    if (!result.ok) throw new Error(result.reason);
    const parsed = parseExercise(result.value as NostrEvent);
    if (!parsed.ok) continue; // the pack's templates
    const { d, title, equipment, format } = parsed.value;
    exercises.push({ address: formatAddress({ kind: KIND.exercise, pubkey, d }), title, equipment, format });
  }
  return { pubkey, exercises };
}
