/**
 * Google's date functions as Apps Script has them, written for the tests with `Intl` and a plain
 * search, independently of the library's own conversions (src/sheets/time-zone.ts), and a Google
 * Sheets context for node:vm: `SpreadsheetApp` (the spreadsheet's zone), `Session` and `Utilities`.
 */

/**
 * `Utilities.formatDate(date, timeZone, "yyyy-MM-dd")`: the day of an instant in a zone.
 *
 * @example
 * formatDate(new Date("2025-08-31T20:00:00Z"), "Indian/Reunion", "yyyy-MM-dd"); //=> "2025-09-01"
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (pattern !== "yyyy-MM-dd") throw new Error(`pattern ${pattern} is not emulated`);
  let formatter = formatters.get(timeZone);
  if (!formatter) formatters.set(timeZone, (formatter = new Intl.DateTimeFormat("sv-SE", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })));
  return formatter.format(date);
}
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * `Utilities.parseDate(text, timeZone, "yyyy-MM-dd")`: the first instant of that day in the zone,
 * searched on a 15-minute grid (every zone offset since 1970 is a multiple of 15 minutes).
 *
 * @example
 * parseDate("2025-09-01", "Indian/Reunion", "yyyy-MM-dd").toISOString(); //=> "2025-08-31T20:00:00.000Z"
 */
export function parseDate(text: string, timeZone: string, pattern: string): Date {
  if (pattern !== "yyyy-MM-dd") throw new Error(`pattern ${pattern} is not emulated`);
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, day);
  for (let instant = utcMidnight - 15 * 3_600_000; instant < utcMidnight + 15 * 3_600_000; instant += 900_000) {
    if (formatDate(new Date(instant), timeZone, pattern) === text) return new Date(instant);
  }
  throw new Error(`no ${text} in ${timeZone}`);
}

/** The date cell a spreadsheet in `timeZone` hands a custom function for a date typed `JJ/MM/AAAA`. */
export const dateCell = (typed: string, timeZone: string): Date => {
  const [day, month, year] = typed.split("/");
  return parseDate(`${year}-${month}-${day}`, timeZone, "yyyy-MM-dd");
};

/** Globals of Apps Script for a spreadsheet set to `timeZone`, to create a node:vm context with. */
export const appsScriptGlobals = (timeZone: string) => ({
  SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => timeZone }) },
  Session: { getScriptTimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone },
  Utilities: { formatDate, parseDate },
});
