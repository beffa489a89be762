import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { TrainingApp } from '../../domain/training-csv/training-file';

/**
 * The `d` of an imported workout's record, from its key in the source (app, local start,
 * title): the same file imported again gives the same d's, so nothing is imported twice.
 * 80 bits of the hash: no two workouts of a lifetime meet.
 */
export function importedRecordD(app: TrainingApp, workoutKey: string): string {
  return `import-${app}-${bytesToHex(sha256(utf8ToBytes(workoutKey))).slice(0, 20)}`;
}
