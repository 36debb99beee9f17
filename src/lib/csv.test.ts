import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvColumn } from './csv';

type Row = { id: string; value: unknown };
const columns: CsvColumn<Row>[] = [
  { key: 'id', header: 'ID' },
  { key: 'value', header: 'Value' },
];
const line = (value: unknown) => toCsv([{ id: 'x', value }], columns).split('\r\n')[1];

describe('toCsv', () => {
  it('writes a header row and CRLF-separated records', () => {
    expect(
      toCsv(
        [
          { id: 'a', value: 1 },
          { id: 'b', value: 2 },
        ],
        columns,
      ),
    ).toBe('ID,Value\r\na,1\r\nb,2');
  });

  it.each([
    ['=1+2', `x,"'=1+2"`],
    ['+1', `x,"'+1"`],
    ['-1', `x,"'-1"`],
    ['-5', `x,"'-5"`],
    ['@SUM(A1)', `x,"'@SUM(A1)"`],
    ['\tcmd', `x,"'\tcmd"`],
    ['\rcmd', `x,"'\rcmd"`],
    ['=HYPERLINK("http://evil","x")', `x,"'=HYPERLINK(""http://evil"",""x"")"`],
  ])('neutralises the formula %j', (value, expected) => {
    expect(line(value)).toBe(expected);
  });

  it('neutralises formulas that span lines (papaparse escapeFormulae=true misses these)', () => {
    const csv = toCsv([{ id: 'x', value: '=1+2\nhello' }], columns);
    expect(csv).toBe(`ID,Value\r\nx,"'=1+2\nhello"`);
    expect(Papa.unparse([['=1+2\nhello']], { escapeFormulae: true })).toBe('"=1+2\nhello"');
  });

  it('keeps real numbers as numbers, including negative ones', () => {
    expect(line(-5)).toBe('x,-5');
    expect(line(0)).toBe('x,0');
    expect(line(1234.5)).toBe('x,1234.5');
  });

  it('does not touch harmless text', () => {
    expect(line('a-b')).toBe('x,a-b');
    expect(line('e=mc2')).toBe('x,e=mc2');
  });

  it('quotes commas, quotes and newlines', () => {
    expect(line('a, b')).toBe('x,"a, b"');
    expect(line('say "hi"')).toBe('x,"say ""hi"""');
    expect(line('two\nlines')).toBe('x,"two\nlines"');
  });

  it('keeps unicode as is', () => {
    expect(line('Zoë — 日本語 🚀')).toBe('x,Zoë — 日本語 🚀');
  });

  it('writes null, undefined and NaN as empty cells', () => {
    expect(line(null)).toBe('x,');
    expect(line(undefined)).toBe('x,');
    expect(line(Number.NaN)).toBe('x,');
  });

  it('writes booleans, dates, arrays and objects readably', () => {
    expect(line(true)).toBe('x,yes');
    expect(line(false)).toBe('x,no');
    expect(line(new Date('2026-11-26T14:05:00Z'))).toBe('x,2026-11-26T14:05:00.000Z');
    expect(line(['a', 'b'])).toBe('x,a; b');
    expect(line({ a: 1 })).toBe('x,"{""a"":1}"');
  });

  it('uses a column value function when given', () => {
    const csv = toCsv(
      [{ id: 'a', value: 2 }],
      [{ key: 'double', header: 'Double', value: (row: Row) => Number(row.value) * 2 }],
    );
    expect(csv).toBe('Double\r\n4');
  });

  it('round-trips through a CSV parser', () => {
    const rows = [{ id: 'a,b', value: 'line1\nline2 "q"' }];
    const parsed = Papa.parse<string[]>(toCsv(rows, columns)).data;
    expect(parsed).toEqual([
      ['ID', 'Value'],
      ['a,b', 'line1\nline2 "q"'],
    ]);
  });
});
