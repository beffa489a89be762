import type { SetType } from '../tag-values';
import type { WeightUnit } from '../units';

/** What another app's training export (Strong, Hevy) reads as: workouts in Plates' units, and every row left out with its reason. */

/** A CSV file's records as tokenised in the worker: `line` is the physical line a record starts on (the header is line 1). */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface ImportedSet {
  line: number;
  setType: SetType;
  /** kg; null = bodyweight (an empty or 0 weight), negative = assistance (Plates' own export). */
  weightKg?: number | null;
  reps?: number;
  rpe?: number;
  durationSeconds?: number;
  distanceMetres?: number;
  /** A note on this row that differs from its exercise's. */
  notes?: string;
}

export interface ImportedExercise {
  name: string;
  notes?: string;
  /** Hevy's superset number, shared by the exercises of one superset within a workout. */
  supersetId?: string;
  sets: ImportedSet[];
}

export interface ImportedWorkout {
  /** Stable from the source (app, local start, title): the same file gives the same keys. */
  key: string;
  title: string;
  /** Unix seconds, the file's local times read in this device's time zone. */
  start: number;
  end: number;
  notes: string;
  exercises: ImportedExercise[];
  firstLine: number;
}

export interface ImportProblem {
  line: number;
  reason: string;
}

/** How a numeric date such as 05.06.2026 is read: 5 June (day-month) or May 6 (month-day). */
export type DateOrder = 'day-month' | 'month-day';

export type TrainingApp = 'strong' | 'hevy';

export interface TrainingFile {
  app: TrainingApp;
  /** Strong: current, semicolon or older; Hevy: metric or imperial. */
  variant: string;
  workouts: ImportedWorkout[];
  problems: ImportProblem[];
  /** Whether the file names its weight unit; when not, `weightUnit` of the options was applied (ask the person). */
  weightUnitStated: boolean;
  /** The orders every numeric date of the file allows; more than one: ask the person and read again with `dateOrder`. */
  dateOrders: DateOrder[];
}

export interface TrainingReadOptions {
  /** The unit of weights (and, in Strong's current export, distances) where the file does not say it. */
  weightUnit: WeightUnit;
  /** How to read numeric dates; by default the first of the orders the file allows. */
  dateOrder?: DateOrder;
}
