import { fail, ok, type ParseResult } from '../result';
import type { SetType } from '../tag-values';
import { toKg } from '../units';
import type { HevyFormat } from './file-formats';
import { workoutKey, type ImportedRow, type RowContext } from './imported-row';
import { unixSecondsOf } from './local-date-time';
import { readNoteText } from './note-text';
import { readSetCells } from './set-cells';

// An empty set_type (none in the samples read) is a normal set.
const SET_TYPES: Readonly<Record<string, SetType>> = {
  normal: 'normal',
  '': 'normal',
  warmup: 'warmup',
  dropset: 'drop',
  failure: 'failure',
};

/** One row of a Hevy export: always a set, its workout ending at end_time. */
export function readHevyRow(cells: readonly string[], line: number, format: HevyFormat, context: RowContext): ParseResult<ImportedRow> {
  const cell = (column: string) => format.cell(cells, column);
  const exercise = cell('exercise_title');
  if (!exercise) return fail('exercise_title is empty');
  const start = context.dateOf('start_time', cell('start_time'));
  if (!start.ok) return start;
  const end = context.dateOf('end_time', cell('end_time'));
  if (!end.ok) return end;
  const [startSeconds, endSeconds] = [unixSecondsOf(start.value), unixSecondsOf(end.value)];
  if (endSeconds < startSeconds) return fail(`end_time '${cell('end_time')}' is before start_time '${cell('start_time')}'`);
  const setType = SET_TYPES[cell('set_type').toLowerCase()];
  if (!setType) return fail(`set_type '${cell('set_type')}' is not normal, warmup, dropset or failure`);
  const setIndexText = cell('set_index');
  if (setIndexText !== '' && !/^\d+$/.test(setIndexText)) return fail(`set_index '${setIndexText}' is not a whole number`);
  const set = readSetCells(
    cell,
    {
      weight: format.weight.column,
      kgPerWeightUnit: toKg(1, format.weight.unit),
      reps: 'reps',
      rpe: 'rpe',
      seconds: 'duration_seconds',
      distance: format.distance.column,
      distanceUnit: format.distance.unit,
    },
    line,
    setType,
  );
  if (!set.ok) return set;
  const title = cell('title');
  const row: ImportedRow = {
    line,
    workout: {
      key: workoutKey('hevy', start.value, title),
      title,
      start: startSeconds,
      end: endSeconds,
      notes: readNoteText(cell('description')),
    },
    exercise,
    set: set.value,
  };
  if (setIndexText !== '') row.setIndex = Number(setIndexText);
  const supersetId = cell('superset_id');
  if (supersetId) row.supersetId = supersetId;
  const note = readNoteText(cell('exercise_notes'));
  if (note) row.note = note;
  return ok(row);
}
