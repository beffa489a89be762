import { distanceUnitFor, distanceUnitOf, kgPerUnit, type DistanceUnit } from '../exercise-format';
import { fail, ok, type ParseResult } from '../result';
import type { SetType } from '../tag-values';
import type { WeightUnit } from '../units';
import type { StrongFormat } from './file-formats';
import { workoutKey, type ImportedRow, type RowContext } from './imported-row';
import { unixSecondsOf } from './local-date-time';
import { readNoteText } from './note-text';
import { readSetCells } from './set-cells';
import { readStrongDuration } from './strong-duration';

/** Strong's Set Order besides set numbers: warm-up, drop set and failure (Strong's letters). */
const SET_ORDER_TYPES: Readonly<Record<string, SetType>> = { w: 'warmup', d: 'drop', f: 'failure' };

/**
 * One row of a Strong export. A `Rest Timer` row (its Seconds are the rest taken) is no set:
 * undefined. A `Note` row carries its exercise's note. The workout ends at Date + Duration.
 */
export function readStrongRow(
  cells: readonly string[],
  line: number,
  format: StrongFormat,
  context: RowContext,
): ParseResult<ImportedRow | undefined> {
  const cell = (column: string) => format.cell(cells, column);
  const setOrder = cell('Set Order');
  if (setOrder.toLowerCase() === 'rest timer') return ok(undefined);
  const exercise = cell('Exercise Name');
  if (!exercise) return fail('Exercise Name is empty');
  const start = context.dateOf('Date', cell('Date'));
  if (!start.ok) return start;
  const durationText = cell(format.duration);
  const duration = durationText === '' ? 0 : readStrongDuration(durationText);
  if (duration === undefined) return fail(`${format.duration} '${durationText}' is not a duration (like 1h 5m)`);
  const title = cell('Workout Name');
  const startSeconds = unixSecondsOf(start.value);
  const row: ImportedRow = {
    line,
    workout: {
      key: workoutKey('strong', start.value, title),
      title,
      start: startSeconds,
      end: startSeconds + duration,
      notes: readNoteText(cell('Workout Notes')),
    },
    exercise,
  };
  const note = readNoteText(cell('Notes'));
  if (note) row.note = note;
  if (setOrder.toLowerCase() === 'note') return ok(row);
  const setType = /^\d+$/.test(setOrder) ? 'normal' : SET_ORDER_TYPES[setOrder.toLowerCase()];
  if (!setType) return fail(`Set Order '${setOrder}' is not a set number, W, D, F, Note or Rest Timer`);
  const units = rowUnits(cell, format, context.weightUnit);
  if (!units.ok) return units;
  const set = readSetCells(
    cell,
    { weight: format.weight.column, reps: 'Reps', rpe: 'RPE', seconds: 'Seconds', distance: format.distance.column, ...units.value },
    line,
    setType,
  );
  if (!set.ok) return set;
  row.set = set.value;
  return ok(row);
}

/**
 * The units of a row: the column's own ("Weight (lbs)"), else the older export's `Weight
 * Unit`/`Distance Unit` cells, else the person's (Strong's current export names none: its
 * distances follow the weight unit, km with kg and miles with lb).
 */
function rowUnits(
  cell: (column: string) => string,
  format: StrongFormat,
  personsUnit: WeightUnit,
): ParseResult<{ kgPerWeightUnit: number; distanceUnit: DistanceUnit }> {
  const weightText = cell('Weight Unit');
  const kgPerWeightUnit = kgPerUnit(format.weight.unit ?? (weightText || personsUnit));
  if (kgPerWeightUnit === undefined) return fail(`Weight Unit '${weightText}' is not kg or lbs`);
  const distanceText = cell('Distance Unit');
  const distanceUnit = format.distance.unit ?? (distanceText ? distanceUnitOf(distanceText) : distanceUnitFor(personsUnit));
  if (!distanceUnit) return fail(`Distance Unit '${distanceText}' is not km, m or mi`);
  return ok({ kgPerWeightUnit, distanceUnit });
}
