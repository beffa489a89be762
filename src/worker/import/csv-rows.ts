import Papa from 'papaparse';
import type { CsvRow, CsvTable } from '../../domain/training-csv/training-file';

/** Characters tokenised between two progress reports: a 50 MB file reports about fifty times. */
const CHUNK_CHARS = 1_000_000;

/**
 * A CSV file's text as its header and records, each with the physical line it starts on (the
 * header is line 1; a quoted cell with line breaks spans lines, the record keeps its first).
 * A byte-order mark is dropped, CRLF and LF both end records, blank lines are skipped.
 * `onProgress` hears the share of the text tokenised after each chunk, rising to 1.
 * Loaded only for an import (see training-csv.ts): papaparse stays out of the first load.
 */
export function csvRows(text: string, onProgress?: (share: number) => void): CsvTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  let header: string[] | undefined;
  const rows: CsvRow[] = [];
  // papaparse streams a string in chunks too (its types say files only), synchronously: the rows are all here when parse returns.
  const streamed: Papa.ParseConfig<string[]> & { chunkSize: number; chunk(results: Papa.ParseResult<string[]>): void } = {
    delimiter: headerDelimiter(body),
    chunkSize: CHUNK_CHARS,
    chunk({ data, meta }) {
      // papaparse's cursor is not where a record ends when it has quotes: count the line breaks inside cells instead.
      const lineBreak = meta.linebreak === '\r' ? '\r' : '\n';
      for (const cells of data) {
        const start = line;
        line += 1;
        for (const cell of cells) if (cell.includes(lineBreak)) line += cell.split(lineBreak).length - 1;
        if (cells.length === 1 && cells[0]?.trim() === '') continue;
        if (header) rows.push({ line: start, cells });
        else header = cells;
      }
      onProgress?.(body.length > 0 ? Math.min(1, meta.cursor / body.length) : 1);
    },
  };
  Papa.parse(body, streamed);
  return { header: header ?? [], rows };
}

const DELIMITERS = [',', ';', '\t'];

/**
 * The delimiter the header line uses most: `;` in Strong's Android and European exports, `,`
 * elsewhere. (papaparse's own guess wants the first rows to agree and fails on a short file
 * with a blank line.)
 */
function headerDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = end === -1 ? text : text.slice(0, end);
  const uses = (delimiter: string) => header.split(delimiter).length;
  return DELIMITERS.reduce((best, delimiter) => (uses(delimiter) > uses(best) ? delimiter : best));
}
