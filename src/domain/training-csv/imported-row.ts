import type { ParseResult } from '../result';
import type { WeightUnit } from '../units';
import { formatLocalDateTime, type LocalDateTime } from './local-date-time';
import type { ImportedSet, TrainingApp } from './training-file';

/** One row of an export read: a set, or a note, of an exercise in a workout. */
export interface ImportedRow {
  line: number;
  workout: WorkoutHead;
  exercise: string;
  supersetId?: string;
  /** Hevy's set_index (from 0): where it does not grow, the same exercise is logged again. */
  setIndex?: number;
  /** The exercise's note as this row writes it (Strong's Notes or Note row, Hevy's exercise_notes). */
  note?: string;
  /** None on Strong's Note rows. */
  set?: ImportedSet;
}

/** What every row of one workout repeats. */
export interface WorkoutHead {
  key: string;
  title: string;
  start: number;
  end: number;
  notes: string;
}

/** Stable from the source: the app, the local start as written and the title. */
export function workoutKey(app: TrainingApp, start: LocalDateTime, title: string): string {
  return `${app}:${formatLocalDateTime(start)}:${title}`;
}

/** What a row reader needs besides the row: the person's unit, and the file's reading of dates. */
export interface RowContext {
  weightUnit: WeightUnit;
  /** The date in `text` read in the file's day/month order, or why it is not a date. */
  dateOf: (column: string, text: string) => ParseResult<LocalDateTime>;
}
