import Papa from 'papaparse';

/** Rows as CSV text, cells quoted where they need it, CRLF between records (RFC 4180). Loaded only for an export. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(rows.map((row) => [...row]));
}
