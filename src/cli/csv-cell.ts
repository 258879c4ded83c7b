/**
 * Writing CSV cells safely: quoting per RFC 4180 and neutralising spreadsheet formula injection.
 */

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * prefixed with `'` so that no spreadsheet runs it; cells with the separator, a quote or a line break
 * are quoted.
 *
 * @example
 * csvCell("=HYPERLINK(\"x\")", ";"); //=> "\"'=HYPERLINK(\"\"x\"\")\""
 * csvCell("-12.5", ";"); //=> "'-12.5"
 */
export function csvCell(value: string, separator: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * One CSV line from cells.
 *
 * @example
 * csvLine(["a", "b;c"], ";"); //=> "a;\"b;c\""
 */
export function csvLine(cells: readonly string[], separator: string): string {
  return cells.map((cell) => csvCell(cell, separator)).join(separator);
}
