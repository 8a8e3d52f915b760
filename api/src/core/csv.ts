// CSV files for Excel: UTF-8 with a byte-order mark (without it Excel on Windows reads Chinese as
// mojibake), CRLF rows, RFC 4180 quoting, and cells that a spreadsheet would take for a formula
// (= + - @ at the start) prefixed with an apostrophe.

const BOM = '\uFEFF';

export type CsvValue = string | number | null;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** The rows (the header first) as one CSV file. */
export function csvFile(rows: ReadonlyArray<readonly CsvValue[]>): string {
  return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
