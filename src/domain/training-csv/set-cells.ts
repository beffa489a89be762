import { toMetres, type DistanceUnit } from '../exercise-format';
import { ok, type ParseResult } from '../result';
import { roundMetres } from '../set-values';
import type { SetType } from '../tag-values';
import { readAmount, readWeight } from './csv-values';
import type { ImportedSet } from './training-file';

/** The columns of a set's values in one export, and the units they are written in. */
export interface SetColumns {
  weight: string;
  /** kg per unit the weights are written in (exercise-format.ts kgPerUnit). */
  kgPerWeightUnit: number;
  reps: string;
  rpe: string;
  seconds: string;
  distance: string;
  distanceUnit: DistanceUnit;
}

/** A row's set in Plates' units (kg, seconds, metres), or the first value that does not read. */
export function readSetCells(
  cell: (column: string) => string,
  columns: SetColumns,
  line: number,
  setType: SetType,
): ParseResult<ImportedSet> {
  const weight = readWeight(columns.weight, cell(columns.weight), columns.kgPerWeightUnit);
  if (!weight.ok) return weight;
  const set: ImportedSet = { line, setType, weightKg: weight.value };
  const amounts = [
    ['reps', columns.reps, undefined],
    ['rpe', columns.rpe, 10],
    ['durationSeconds', columns.seconds, undefined],
    ['distanceMetres', columns.distance, undefined],
  ] as const;
  for (const [field, column, max] of amounts) {
    const amount = readAmount(column, cell(column), max);
    if (!amount.ok) return amount;
    if (amount.value === undefined) continue;
    set[field] = field === 'distanceMetres' ? roundMetres(toMetres(amount.value, columns.distanceUnit)) : amount.value;
  }
  return ok(set);
}
