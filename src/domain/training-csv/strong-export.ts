import { distanceUnitFor, fromMetres, toMetres } from '../exercise-format';
import { roundMetres } from '../set-values';
import { fromKg, roundKg, toKg, type WeightUnit } from '../units';
import { recordTitle, type RecordSet, type WorkoutRecord } from '../workout-record';
import { STRONG_CURRENT_HEADER } from './file-formats';
import { formatLocalDateTime, localDateTimeAt } from './local-date-time';
import { writeNoteText } from './note-text';
import { formatStrongDuration } from './strong-duration';

export type ExportedRecord = Pick<WorkoutRecord, 'title' | 'type' | 'activity' | 'start' | 'end' | 'notes' | 'sets'>;

const SET_ORDER_LETTERS = { warmup: 'W', drop: 'D', failure: 'F' } as const;

/**
 * Plates' workouts as the rows of Strong's current export, header first, oldest workout
 * first: what other apps import (Hevy reads Strong's file). As Strong writes them: local
 * times, weights in the person's unit and distances in its companion (km with kg, miles
 * with lb), 0 in the numbers a set does not use (0 weight is bodyweight), RPE empty when not
 * given, the duration in whole minutes. A workout's sets become one exercise per run of the
 * same exercise; normal sets are numbered, others lettered (W, D, F). Records without sets
 * (the running dialect's activities) have no rows.
 */
export function strongExportRows(
  records: readonly ExportedRecord[],
  titleOf: (exerciseAddress: string) => string,
  unit: WeightUnit,
): string[][] {
  const rows: string[][] = [[...STRONG_CURRENT_HEADER]];
  const oldestFirst = [...records].sort((a, b) => a.start - b.start);
  for (const record of oldestFirst) {
    const workout = [
      formatLocalDateTime(localDateTimeAt(record.start)),
      recordTitle(record),
      formatStrongDuration(record.end - record.start),
    ];
    let previous: string | undefined;
    let number = 0;
    for (const set of record.sets) {
      if (set.exerciseAddress !== previous) number = 0;
      previous = set.exerciseAddress;
      const setOrder = set.setType && set.setType !== 'normal' ? SET_ORDER_LETTERS[set.setType] : String(++number);
      rows.push([
        ...workout,
        titleOf(set.exerciseAddress),
        setOrder,
        ...setNumbers(set, unit),
        '',
        writeNoteText(record.notes),
        rpeText(set),
      ]);
    }
  }
  return rows;
}

/** Weight, Reps, Distance, Seconds. */
function setNumbers(set: RecordSet, unit: WeightUnit): string[] {
  const { weightKg, reps, distanceMetres, durationSeconds } = set;
  const distanceUnit = distanceUnitFor(unit);
  return [
    weightKg ? shortest(fromKg(weightKg, unit), 3, (text) => roundKg(toKg(text, unit)) === weightKg) : '0',
    String(reps ?? 0),
    distanceMetres
      ? shortest(fromMetres(distanceMetres, distanceUnit), 6, (text) => roundMetres(toMetres(text, distanceUnit)) === distanceMetres)
      : '0',
    durationSeconds ? shortest(durationSeconds, 2, (text) => text === durationSeconds) : '0',
  ];
}

function rpeText(set: RecordSet): string {
  return set.rpe === undefined ? '' : String(set.rpe);
}

/**
 * `value` with the fewest decimals (up to `most`) that reads back as what Plates stores: a
 * weight typed as 225 lb is written "225", not "224.999"; 100 kg in pounds "220.462".
 */
function shortest(value: number, most: number, readsBack: (written: number) => boolean): string {
  for (let decimals = 0; decimals < most; decimals++) {
    const written = rounded(value, decimals);
    if (readsBack(written)) return String(written);
  }
  return String(rounded(value, most));
}

function rounded(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
