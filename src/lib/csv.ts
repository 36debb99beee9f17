export type CsvColumn<Row> = {
  /** Field read from each row when `value` is not given. */
  key: string;
  header: string;
  /** Derives the cell, e.g. a formatted date or a joined list. */
  value?: (row: Row) => unknown;
};

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): `=`, `+`, `-`, `@`, tab,
 * CR at the start, whatever follows (a multi-line value too).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** What makes a field need quotes (RFC 4180, plus edge spaces and a BOM spreadsheets would eat). */
const NEEDS_QUOTES = /[",\r\n\ufeff]|^ | $/;

/** One field as written: numbers as they are, strings quoted when they must be, formulas neutralised with `'`. */
function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const formula = FORMULA_START.test(value);
  const text = formula ? `'${value}` : value;
  return formula || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  // Yes/no in the page's words (docs/glossary.md "Lists and exports").
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map((item) => String(cell(item) ?? '')).join('; ');
  return JSON.stringify(value);
}

/**
 * RFC 4180 CSV (CRLF, quotes doubled) with a header row. Real numbers stay numbers (a `-5`
 * typed as a number is data, not a formula); every string, including "-5" typed as text,
 * that starts with a formula character is prefixed with `'`. Null and undefined are empty.
 */
export function toCsv<Row extends object>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const data = rows.map((row) =>
    columns.map((column) =>
      cell(column.value ? column.value(row) : (row as Record<string, unknown>)[column.key]),
    ),
  );
  const lines = [columns.map((column) => field(column.header)), ...data.map((row) => row.map(field))];
  return lines.map((line) => line.join(',')).join('\r\n');
}
