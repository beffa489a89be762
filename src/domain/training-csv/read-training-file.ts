import { fail, ok, type ParseResult } from '../result';
import { fileDateOrders } from './date-orders';
import { detectTrainingFormat, type TrainingFormat } from './file-formats';
import { groupWorkouts } from './group-workouts';
import { readHevyRow } from './hevy-row';
import type { ImportedRow, RowContext } from './imported-row';
import type { LocalDateTime } from './local-date-time';
import { readStrongRow } from './strong-row';
import type { CsvRow, CsvTable, DateOrder, ImportProblem, TrainingFile, TrainingReadOptions } from './training-file';
import { dateInOrder, readWrittenDate, type WrittenDate } from './written-date';

/**
 * A Strong or Hevy export, tokenised (worker/import/csv-rows.ts), read into workouts. Refused
 * only when the header is neither app's, naming the headers expected. Otherwise every row
 * that does not read (wrong number of columns, a date that is none, a negative or
 * non-numeric value) is left out and reported by line with the reason; the rest import.
 */
export function readTrainingFile(table: CsvTable, options: TrainingReadOptions): ParseResult<TrainingFile> {
  const detected = detectTrainingFormat(table.header);
  if (!detected.ok) return detected;
  const format = detected.value;
  const problems: ImportProblem[] = [];
  const rows = table.rows.filter((row) => {
    if (row.cells.length === table.header.length) return true;
    problems.push({ line: row.line, reason: `${row.cells.length} columns where the header has ${table.header.length}` });
    return false;
  });
  const dates = writtenDates(rows, format);
  const dateOrders = fileDateOrders([...dates.values()].filter((date) => date !== undefined));
  const context: RowContext = {
    weightUnit: options.weightUnit,
    dateOf: dateReader(dates, options.dateOrder ?? dateOrders[0] ?? 'day-month'),
  };
  const read: ImportedRow[] = [];
  for (const row of rows) {
    const result = readRow(row, format, context);
    if (!result.ok) problems.push({ line: row.line, reason: result.reason });
    else if (result.value) read.push(result.value);
  }
  return ok({
    app: format.app,
    variant: format.variant,
    workouts: groupWorkouts(read),
    problems,
    // Only Strong's current export leaves the unit unsaid.
    weightUnitStated: format.app === 'hevy' || format.variant !== 'current',
    dateOrders,
  });
}

function readRow(row: CsvRow, format: TrainingFormat, context: RowContext): ParseResult<ImportedRow | undefined> {
  return format.app === 'strong' ? readStrongRow(row.cells, row.line, format, context) : readHevyRow(row.cells, row.line, format, context);
}

/** Every distinct date text of the file, read once: a workout's rows repeat theirs. */
function writtenDates(rows: readonly CsvRow[], format: TrainingFormat): Map<string, WrittenDate | undefined> {
  const columns = format.app === 'strong' ? ['Date'] : ['start_time', 'end_time'];
  const dates = new Map<string, WrittenDate | undefined>();
  for (const row of rows) {
    for (const column of columns) {
      const text = format.cell(row.cells, column);
      if (!dates.has(text)) dates.set(text, readWrittenDate(text));
    }
  }
  return dates;
}

/** Reads the dates of `writtenDates` in `order`. */
function dateReader(dates: ReadonlyMap<string, WrittenDate | undefined>, order: DateOrder) {
  return (column: string, text: string): ParseResult<LocalDateTime> => {
    const written = dates.get(text);
    const local = written && dateInOrder(written, order);
    if (local) return ok(local);
    const otherOrder = written && dateInOrder(written, order === 'day-month' ? 'month-day' : 'day-month');
    return fail(otherOrder ? `${column} '${text}' does not fit the file's ${order} order of dates` : `${column} '${text}' is not a date`);
  };
}
