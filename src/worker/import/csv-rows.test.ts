import { describe, expect, it } from 'vitest';
import { trainingCsvSample } from '../../testing/training-csv-sample';
import { csvRows } from './csv-rows';

describe('CSV text as a header and records with their lines', () => {
  it('reads quotes, doubled quotes and delimiters inside quotes', () => {
    expect(csvRows('a,b,c\n"x, y","say ""hi""",3\n')).toEqual({
      header: ['a', 'b', 'c'],
      rows: [{ line: 2, cells: ['x, y', 'say "hi"', '3'] }],
    });
  });

  it('keeps the line a record starts on when a quoted cell spans lines', () => {
    const { rows } = csvRows('a,b\n1,"two\nlines\nhere"\n2,x\n\n3,"a\r\nb"\n4,y');
    expect(rows).toEqual([
      { line: 2, cells: ['1', 'two\nlines\nhere'] },
      { line: 5, cells: ['2', 'x'] },
      { line: 7, cells: ['3', 'a\r\nb'] },
      { line: 9, cells: ['4', 'y'] },
    ]);
  });

  it('reads semicolon files, with decimal commas', () => {
    expect(csvRows('"Weight (kg)";"Reps"\n62,5;"8"\n"60,0";10\n')).toEqual({
      header: ['Weight (kg)', 'Reps'],
      rows: [
        { line: 2, cells: ['62,5', '8'] },
        { line: 3, cells: ['60,0', '10'] },
      ],
    });
  });

  it('drops a byte-order mark and reads CRLF line ends', () => {
    expect(csvRows('\ufeff"Date";"Reps"\r\n"2025-02-08";"12"\r\n\r\n"2025-02-09";"10"\r\n')).toEqual({
      header: ['Date', 'Reps'],
      rows: [
        { line: 2, cells: ['2025-02-08', '12'] },
        { line: 4, cells: ['2025-02-09', '10'] },
      ],
    });
  });

  it('keeps a record with the wrong number of cells for the reader to report', () => {
    expect(csvRows('a,b,c\n1,2\n').rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });

  it('reads an empty file as no header and no records', () => {
    expect(csvRows('')).toEqual({ header: [], rows: [] });
  });

  it('reports the share of a large text read, chunk by chunk up to 1, and reads it as in one piece', () => {
    const { text } = trainingCsvSample({ app: 'strong', workouts: 1500 });
    const shares: number[] = [];
    const table = csvRows(text, (share) => shares.push(share));
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(shares.length).toBeGreaterThan(4);
    expect(shares.length).toBeLessThan(text.length / 500_000);
    expect(shares.every((share, i) => i === 0 || share > (shares[i - 1] ?? 1))).toBe(true);
    expect(shares.at(-1)).toBe(1);
    const lines = text.split('\n');
    expect(table.header).toEqual(lines[0]?.split(','));
    expect(table.rows).toHaveLength(lines.filter((line) => line !== '').length - 1);
    expect(table.rows.at(-1)?.line).toBe(lines.filter((line) => line !== '').length);
  });

  it('keeps lines and cells across chunk ends, inside quoted cells too', () => {
    const count = 200_000;
    const text = `a,b\n${Array.from({ length: count }, (_, i) => `${i},"two\nlines"\n`).join('')}`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const { rows } = csvRows(text);
    expect(rows).toHaveLength(count);
    expect(rows.every(({ line, cells }, i) => line === 2 + 2 * i && cells[0] === String(i) && cells[1] === 'two\nlines')).toBe(true);
  });

  it('reports a whole empty text read', () => {
    const shares: number[] = [];
    csvRows('', (share) => shares.push(share));
    expect(shares).toEqual([1]);
  });
});
