/**
 * The CSV the command line writes, `batch` and the one-off commands alike: cells quoted per RFC 4180
 * with spreadsheet formula injection neutralised; in French, for French Excel, `;` between cells,
 * decimal commas, `oui`/`non`, dates `JJ/MM/AAAA` and a UTF-8 byte order mark; in English, `,`,
 * points, `true`/`false` and ISO dates.
 */
import type { Locale, Violation } from "../core/explain.js";
import { displayDates } from "./display-date.js";

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

/**
 * The byte order mark that makes Excel read a CSV file as UTF-8.
 *
 * @example
 * `${UTF8_BOM}ligne;statut`.charCodeAt(0); //=> 0xfeff
 */
export const UTF8_BOM = "\ufeff";

/**
 * The separator of cells: `;` in French (French Excel), `,` in English.
 *
 * @example
 * csvSeparator("fr"); //=> ";"
 */
export function csvSeparator(locale: Locale): ";" | "," {
  return locale === "fr" ? ";" : ",";
}

/**
 * Whether CSV output starts with a UTF-8 byte order mark: in French (Excel needs it to read UTF-8),
 * unless `--no-bom` is given or the output is a terminal (where it would show).
 *
 * @param locale - language of the output
 * @param noBom - whether `--no-bom` was given
 * @param toTerminal - whether the CSV goes to a terminal
 * @returns `true` to start with {@link UTF8_BOM}
 * @example
 * csvBom("fr", false, false); //=> true
 * csvBom("en", false, false); //=> false
 */
export function csvBom(locale: Locale, noBom: boolean, toTerminal: boolean): boolean {
  return locale === "fr" && !noBom && !toTerminal;
}

/**
 * The first line of a CSV output, with the byte order mark when asked.
 *
 * @param header - the column names
 * @param locale - language (the separator)
 * @param bom - whether to start with {@link UTF8_BOM}
 * @returns the header line, ending with a line feed
 * @example
 * csvHeaderLine(["ligne", "statut"], "fr", true); //=> "\ufeffligne;statut\n"
 */
export function csvHeaderLine(header: readonly string[], locale: Locale, bom: boolean): string {
  return `${bom ? UTF8_BOM : ""}${csvLine(header, csvSeparator(locale))}\n`;
}

/**
 * A number as a CSV cell: a decimal comma in French; empty when there is none.
 *
 * @example
 * csvNumber(774.77, "fr"); //=> "774,77"
 * csvNumber(null, "en"); //=> ""
 */
export function csvNumber(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return "";
  return locale === "fr" ? String(value).replace(".", ",") : String(value);
}

/**
 * A yes-or-no as a CSV cell: `oui`/`non` in French, `true`/`false` in English; empty when there is none.
 *
 * @example
 * csvBoolean(true, "fr"); //=> "oui"
 */
export function csvBoolean(value: boolean | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return "";
  return locale === "fr" ? (value ? "oui" : "non") : String(value);
}

/**
 * A text as a CSV cell, its ISO dates written `JJ/MM/AAAA` in French; empty when there is none.
 *
 * @example
 * csvText("2025-09-01", "fr"); //=> "01/09/2025"
 */
export function csvText(value: string | null | undefined, locale: Locale): string {
  return value === null || value === undefined ? "" : displayDates(value, locale);
}

/**
 * Rules not met (or warnings) as one CSV cell: `CODE: message`, separated by ` | `.
 *
 * @example
 * csvViolations([{ code: "TOO_OLD", message: "30 ans le 2026-01-05", legalBasis: [] }], "fr"); //=> "TOO_OLD: 30 ans le 05/01/2026"
 */
export function csvViolations(list: readonly Violation[], locale: Locale): string {
  return list.map((item) => `${item.code}: ${displayDates(item.message, locale)}`).join(" | ");
}
