/**
 * Dates between a spreadsheet and the library, whatever the time zones.
 *
 * Google Sheets hands a custom function a date cell as a `Date` at midnight **in the spreadsheet's
 * time zone** (File > Settings), and shows a returned `Date` in that zone too. The script has a zone
 * of its own (appsscript.json), and `getDate()` reads the script's: with a spreadsheet in La Réunion
 * (UTC+4) and a script in Paris (UTC+2), 01/09/2025 arrives as 2025-08-31T20:00Z, which is 31/08 at
 * 22:00 in Paris — the day before. So a `Date` cell is read, and a result written, in the
 * spreadsheet's zone, never the script's or the machine's.
 *
 * The zone and the two conversions are given by the host: in Apps Script, the generated Code.gs
 * passes `SpreadsheetApp.getActive().getSpreadsheetTimeZone()` with `Utilities.formatDate` and
 * `Utilities.parseDate` (Google's own zone rules, those of the sheet). Without them, `Intl` does the
 * same (`toIsoDate` of the kernel), which is how the tests emulate Apps Script. Excel and other
 * engines pass serial numbers (days since 1899-12-30, no zone at all): see `isoDateFromSerial`.
 */
import { isIsoDate, type IsoDate } from "../core/dates.js";
import { toIsoDate } from "../core/to-iso-date.js";

/**
 * How a host's `Date` cells map to calendar days and back.
 *
 * @example
 * const dates: SheetDates = zonedSheetDates({ timeZone: "Indian/Reunion" });
 */
export interface SheetDates {
  /** The calendar day a `Date` cell shows, `YYYY-MM-DD`, or `null` when it has none in 1900–2199. */
  read(date: Date): IsoDate | null;
  /** The `Date` the host shows as that day (its first instant). */
  write(date: IsoDate): Date;
}

/**
 * What Google Sheets tells about a spreadsheet: its time zone and, in Apps Script, Google's date
 * functions (`Utilities.formatDate`, `Utilities.parseDate`), with the same parameters.
 *
 * @example
 * const host: GoogleSheetsHost = {
 *   timeZone: SpreadsheetApp.getActive().getSpreadsheetTimeZone(),
 *   formatDate: (date, timeZone, pattern) => Utilities.formatDate(date, timeZone, pattern),
 *   parseDate: (text, timeZone, pattern) => Utilities.parseDate(text, timeZone, pattern),
 * };
 */
export interface GoogleSheetsHost {
  /** The spreadsheet's IANA time zone, e.g. `"Indian/Reunion"`. */
  readonly timeZone: string;
  /** Formats a `Date` in a zone; called with the pattern `"yyyy-MM-dd"`. Default: `Intl`. */
  readonly formatDate?: (date: Date, timeZone: string, pattern: string) => string;
  /** Parses a text in a zone; called with `"yyyy-MM-dd"`, must give that day's midnight there. Default: `Intl`. */
  readonly parseDate?: (text: string, timeZone: string, pattern: string) => Date;
}

const PATTERN = "yyyy-MM-dd";
const pad = (value: number, length: number): string => String(value).padStart(length, "0");
const partsOf = (date: IsoDate): [number, number, number] => date.split("-").map(Number) as [number, number, number];

/**
 * The calendar day of a `Date` in the zone of the machine (or of the Apps Script project): only right
 * when the spreadsheet has the same zone. Kept for hosts that give no zone.
 *
 * @example
 * localSheetDates.read(new Date(2025, 8, 1)); //=> "2025-09-01"
 */
export const localSheetDates: SheetDates = {
  read: (date) => {
    const text = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
    return isIsoDate(text) ? text : null;
  },
  write: (date) => {
    const [year, month, day] = partsOf(date);
    return new Date(year, month - 1, day);
  },
};

/** Wall-clock time of an instant in a zone, as milliseconds of the same wall clock in UTC. */
function wallClock(instant: number, formatter: Intl.DateTimeFormat): number {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) parts[part.type] = Number(part.value);
  return Date.UTC(parts["year"]!, parts["month"]! - 1, parts["day"]!, parts["hour"]! % 24, parts["minute"]!, parts["second"]!);
}

/**
 * The first instant of a calendar day in a zone (its midnight; when a clock change skips midnight,
 * as in Santiago de Chile in September, the first instant after the gap; for a day skipped whole, the
 * first instant after it), with `Intl`.
 *
 * @param date - `YYYY-MM-DD`
 * @param timeZone - an IANA zone `Intl` knows
 * @returns that instant
 * @example
 * startOfDayIn("2025-09-01", "Indian/Reunion").toISOString(); //=> "2025-08-31T20:00:00.000Z"
 */
export function startOfDayIn(date: IsoDate, timeZone: string): Date {
  const formatter = new Intl.DateTimeFormat("en-US", {
    timeZone,
    calendar: "gregory",
    numberingSystem: "latn",
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const [year, month, day] = partsOf(date);
  const target = Date.UTC(year, month - 1, day);
  // Newton-like steps: move by the difference between the wall clock reached and the one wanted.
  const candidates: number[] = [];
  let instant = target;
  for (let step = 0; step < 4; step += 1) {
    const next = instant + (target - wallClock(instant, formatter));
    candidates.push(next);
    if (next === instant) break;
    instant = next;
  }
  // Midnight skipped by a clock change: the steps alternate on both sides of the gap; the day starts at
  // the earliest candidate whose wall clock is that day or later (a day skipped whole, as 30/12/2011 in
  // Samoa, gives the first instant after it).
  return new Date(Math.min(...candidates.filter((candidate) => wallClock(candidate, formatter) >= target)));
}

/**
 * Dates read and written in a spreadsheet's time zone, with the host's functions when it has them
 * (Apps Script's `Utilities`), `Intl` otherwise.
 *
 * @param host - the spreadsheet's zone, and optionally Google's `formatDate` / `parseDate`
 * @returns the conversions
 * @example
 * const reunion = zonedSheetDates({ timeZone: "Indian/Reunion" });
 * reunion.read(new Date("2025-08-31T20:00:00Z")); //=> "2025-09-01" (01/09/2025 typed in a sheet in La Réunion)
 * reunion.write("2025-09-01").toISOString(); //=> "2025-08-31T20:00:00.000Z"
 */
export function zonedSheetDates(host: GoogleSheetsHost): SheetDates {
  const { timeZone, formatDate, parseDate } = host;
  return {
    read: (date) => {
      if (formatDate) {
        const text = formatDate(date, timeZone, PATTERN);
        return isIsoDate(text) ? text : null;
      }
      try {
        return toIsoDate(date, { timeZone });
      } catch {
        return null;
      }
    },
    write: (date) => (parseDate ? parseDate(date, timeZone, PATTERN) : startOfDayIn(date, timeZone)),
  };
}
