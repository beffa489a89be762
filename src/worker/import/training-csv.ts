import { readTrainingFile } from '../../domain/training-csv/read-training-file';
import { strongExportRows, type ExportedRecord } from '../../domain/training-csv/strong-export';
import type { TrainingFile, TrainingReadOptions } from '../../domain/training-csv/training-file';
import type { ParseResult } from '../../domain/result';
import type { WeightUnit } from '../../domain/units';

/**
 * Import and export of Strong and Hevy CSV files in the worker (a 50 MB file is read here,
 * off the page's thread). papaparse is loaded on first use, a chunk of its own: importing
 * this module costs the worker's first load nothing of it.
 */

/**
 * A Strong or Hevy export's text as workouts, with every row left out and why (domain/training-csv).
 * `onProgress` hears the share of the text tokenised (csv-rows.ts); the workouts are put together after.
 */
export async function readTrainingCsv(
  text: string,
  options: TrainingReadOptions,
  onProgress?: (share: number) => void,
): Promise<ParseResult<TrainingFile>> {
  const { csvRows } = await import('./csv-rows');
  return readTrainingFile(csvRows(text, onProgress), options);
}

/** Plates' workouts as the text of Strong's current CSV export. */
export async function strongCsv(
  records: readonly ExportedRecord[],
  titleOf: (exerciseAddress: string) => string,
  unit: WeightUnit,
): Promise<string> {
  const { csvText } = await import('./csv-text');
  return csvText(strongExportRows(records, titleOf, unit));
}
