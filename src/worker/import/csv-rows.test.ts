import { describe, expect, it } from 'vitest';
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
});
