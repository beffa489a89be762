import type { MappingEntry } from '../../domain/exercise-mapping/map-exercises';
import type { DateOrder, ImportProblem, TrainingApp } from '../../domain/training-csv/training-file';
import type { WeightUnit } from '../../domain/units';

/**
 * Importing a Strong or Hevy export (issue 14): the worker reads the file and answers a preview
 * to review; nothing is signed until the person confirms the exercise mapping; then each
 * workout becomes a kind 1301 record, signed and queued in the background, resumable.
 */

/** What the review screen shows of a read file; the workouts themselves stay in the worker under `id`. */
export interface TrainingImportPreview {
  /** The read file, kept in the worker until it is imported or another file is read. */
  id: string;
  fileName: string;
  app: TrainingApp;
  /** Strong: current, semicolon or older; Hevy: metric or imperial. */
  variant: string;
  workouts: number;
  sets: number;
  /** Σ weight × reps of the working sets, kg. */
  volumeKg: number;
  /** Unix seconds of the first and last workout's start; absent with no workout. */
  firstStart?: number;
  lastStart?: number;
  /** Rows left out, each with its line and reason (the first 200; `problemCount` says how many in all). */
  problems: ImportProblem[];
  problemCount: number;
  /** The unit weights were read in; `weightUnitStated` false: the file does not say it (ask, the app's unit by default). */
  weightUnit: WeightUnit;
  weightUnitStated: boolean;
  /** The orders the file's numeric dates allow; more than one: ask, and read again with the one chosen. */
  dateOrders: DateOrder[];
  dateOrder?: DateOrder;
  /** Workouts of this file already imported (their records are here): importing again skips them. */
  alreadyImported: number;
  /** One entry per distinct exercise name, with the match proposed (remembered, name table, similar) or a new own exercise. */
  exercises: MappingEntry[];
}

/** The person's choice for one source name: a library exercise, or a new own exercise as proposed. */
export type MappingChoice = { name: string; address: string } | { name: string; create: true };

export interface TrainingImportProgress {
  state: 'idle' | 'running' | 'done' | 'failed';
  /** The import's id (its preview's): startTrainingImport with it carries a failed import on, after a restart too. */
  id?: string;
  /** Workouts signed and queued so far, of `total`; `skipped` were already here. */
  done: number;
  total: number;
  skipped: number;
  /** Own exercises created for unmatched names. */
  created: number;
  /** Why it stopped, in words for the person (state `failed`); the import resumes where it stopped. */
  error?: string;
}

export interface TrainingImportHandlers {
  /**
   * Reads a Strong or Hevy CSV export (decoded and parsed here, off the page's thread). Read again
   * with `weightUnit` or `dateOrder` when the person answers the preview's questions. A file that
   * is neither format is refused with the headers expected.
   */
  previewTrainingFile(args: { file: Blob; weightUnit?: WeightUnit; dateOrder?: DateOrder }): Promise<TrainingImportPreview>;
  /**
   * Imports the previewed file with the person's mapping (remembered for the next import): own
   * exercises created for the names chosen so, then one signed 1301 record per workout, queued
   * in the outbox in the background ('training-import-progress' events). Needs an account that
   * signs. Resumed at the next start if the tab was killed; called again with the id of an
   * import that stopped (a locked key, no room), it carries on where it stopped.
   */
  startTrainingImport(args: { id: string; choices: MappingChoice[] }): Promise<TrainingImportProgress>;
  getTrainingImportProgress(args?: Record<string, never>): Promise<TrainingImportProgress>;
  /** The person's workouts as Strong's current CSV export, for other apps to import. */
  exportWorkoutsCsv(args?: Record<string, never>): Promise<{ filename: string; csv: string; count: number }>;
}
