import type { DistanceUnit } from '../exercise-format';
import { fail, ok, type ParseResult } from '../result';
import type { WeightUnit } from '../units';

/** The exports Plates reads, told apart by their header (docs/csv-formats.md: each variant and where it was confirmed). */

export const STRONG_CURRENT_HEADER = [
  'Date',
  'Workout Name',
  'Duration',
  'Exercise Name',
  'Set Order',
  'Weight',
  'Reps',
  'Distance',
  'Seconds',
  'Notes',
  'Workout Notes',
  'RPE',
] as const;

const STRONG_SEMICOLON_HEADER = [
  'Workout #',
  'Date',
  'Workout Name',
  'Duration (sec)',
  'Exercise Name',
  'Set Order',
  'Weight (kg)',
  'Reps',
  'RPE',
  'Distance (meters)',
  'Seconds',
  'Notes',
  'Workout Notes',
];

const STRONG_OLDER_HEADER = [
  'Date',
  'Workout Name',
  'Exercise Name',
  'Set Order',
  'Weight',
  'Weight Unit',
  'Reps',
  'RPE',
  'Distance',
  'Distance Unit',
  'Seconds',
  'Notes',
  'Workout Notes',
  'Workout Duration',
];

const HEVY_HEADER = [
  'title',
  'start_time',
  'end_time',
  'description',
  'exercise_title',
  'superset_id',
  'exercise_notes',
  'set_index',
  'set_type',
  'weight_kg',
  'reps',
  'distance_km',
  'duration_seconds',
  'rpe',
];

/** A row's cell by column name (any case); '' for a column the file does not have. */
export type CellOf = (cells: readonly string[], column: string) => string;

interface Layout {
  cell: CellOf;
  weight: { column: string; unit?: WeightUnit };
  distance: { column: string; unit?: DistanceUnit };
}

/** Strong; a unit left out is read from the row's `Weight Unit`/`Distance Unit` (older) or is the person's. */
export interface StrongFormat extends Layout {
  app: 'strong';
  variant: 'current' | 'semicolon' | 'older';
  duration: string;
}

export interface HevyFormat extends Layout {
  app: 'hevy';
  variant: 'metric' | 'imperial';
  weight: { column: string; unit: WeightUnit };
  distance: { column: string; unit: DistanceUnit };
}

export type TrainingFormat = StrongFormat | HevyFormat;

/** The format of a file from its header, or why it is not one Plates reads (naming the headers it expected). */
export function detectTrainingFormat(header: readonly string[]): ParseResult<TrainingFormat> {
  const index = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const has = (column: string) => index.has(column.toLowerCase());
  const cell: CellOf = (cells, column) => {
    const i = index.get(column.toLowerCase());
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  if (has('exercise_title')) {
    const imperial = has('weight_lbs');
    const format: HevyFormat = {
      app: 'hevy',
      variant: imperial ? 'imperial' : 'metric',
      cell,
      weight: imperial ? { column: 'weight_lbs', unit: 'lb' } : { column: 'weight_kg', unit: 'kg' },
      distance: has('distance_miles') ? { column: 'distance_miles', unit: 'mi' } : { column: 'distance_km', unit: 'km' },
    };
    return withColumns(format, has, ['title', 'start_time', 'end_time', 'exercise_title', 'set_index', 'set_type', 'reps'], HEVY_HEADER);
  }
  if (!has('Exercise Name')) return fail(neitherReason());
  const format = strongFormat(has, cell);
  return withColumns(format, has, ['Date', 'Workout Name', 'Exercise Name', 'Set Order', 'Reps'], strongHeader(format.variant));
}

function strongFormat(has: (column: string) => boolean, cell: CellOf): StrongFormat {
  if (has('Weight Unit')) {
    return {
      app: 'strong',
      variant: 'older',
      cell,
      weight: { column: 'Weight' },
      distance: { column: 'Distance' },
      duration: 'Workout Duration',
    };
  }
  if (has('Weight (kg)') || has('Weight (lbs)')) {
    const weight = has('Weight (lbs)') ? { column: 'Weight (lbs)', unit: 'lb' as const } : { column: 'Weight (kg)', unit: 'kg' as const };
    const distance = { column: 'Distance (meters)', unit: 'm' as const };
    return { app: 'strong', variant: 'semicolon', cell, weight, distance, duration: 'Duration (sec)' };
  }
  return { app: 'strong', variant: 'current', cell, weight: { column: 'Weight' }, distance: { column: 'Distance' }, duration: 'Duration' };
}

function withColumns<T extends TrainingFormat>(
  format: T,
  has: (column: string) => boolean,
  required: readonly string[],
  expected: readonly string[],
): ParseResult<T> {
  const missing = [...required, format.weight.column].filter((column) => !has(column));
  if (missing.length === 0) return ok(format);
  const app = format.app === 'strong' ? `Strong (${format.variant})` : 'Hevy';
  const columns = missing.length > 1 ? 'columns' : 'column';
  return fail(`This looks like a ${app} export but has no ${missing.join(', ')} ${columns}. Its header should be: ${expected.join(',')}`);
}

function strongHeader(variant: StrongFormat['variant']): readonly string[] {
  if (variant === 'older') return STRONG_OLDER_HEADER;
  return variant === 'semicolon' ? STRONG_SEMICOLON_HEADER : STRONG_CURRENT_HEADER;
}

function neitherReason(): string {
  return [
    'This file is not a Strong or Hevy export. Expected one of these headers:',
    `Strong: ${STRONG_CURRENT_HEADER.join(',')}`,
    `Strong (Android, European locales): ${STRONG_SEMICOLON_HEADER.join(';')} (or Weight (lbs))`,
    `Strong (older): ${STRONG_OLDER_HEADER.join(',')}`,
    `Hevy: ${HEVY_HEADER.join(',')} (or weight_lbs, distance_miles)`,
  ].join('\n');
}
