/**
 * Spreadsheet dates across time zones, in-process (bundles.test.ts runs the built files in child
 * processes under other TZ): a date cell of Google Sheets is a `Date` at midnight in the spreadsheet's
 * zone, and must be read, and written back, as that day whatever the zone of this process. Google's
 * Utilities are emulated with Intl and a plain search (support/google-utilities.ts). Offsets: tzdata.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cellToIsoDate, googleSheetsCall, localSheetDates, startOfDayIn, zonedSheetDates } from "../../src/sheets/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { dateCell, formatDate, parseDate } from "./support/google-utilities.js";

const zones = ["Europe/Paris", "Indian/Reunion", "Pacific/Auckland", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Santiago", "UTC"];

describe("startOfDayIn: the first instant of a day in a zone", () => {
  test.for([
    { date: "2025-09-01", timeZone: "Europe/Paris", expected: "2025-08-31T22:00:00.000Z", source: "tzdata: CEST UTC+2" },
    { date: "2025-12-01", timeZone: "Europe/Paris", expected: "2025-11-30T23:00:00.000Z", source: "tzdata: CET UTC+1" },
    { date: "2025-03-30", timeZone: "Europe/Paris", expected: "2025-03-29T23:00:00.000Z", source: "tzdata: spring forward at 02:00, after midnight" },
    { date: "2025-10-26", timeZone: "Europe/Paris", expected: "2025-10-25T22:00:00.000Z", source: "tzdata: fall back at 03:00, after midnight" },
    { date: "2025-09-01", timeZone: "Indian/Reunion", expected: "2025-08-31T20:00:00.000Z", source: "tzdata: UTC+4" },
    { date: "2026-01-01", timeZone: "Pacific/Auckland", expected: "2025-12-31T11:00:00.000Z", source: "tzdata: NZDT UTC+13" },
    { date: "2025-09-01", timeZone: "America/Los_Angeles", expected: "2025-09-01T07:00:00.000Z", source: "tzdata: PDT UTC−7" },
    { date: "2025-09-01", timeZone: "Pacific/Kiritimati", expected: "2025-08-31T10:00:00.000Z", source: "tzdata: UTC+14" },
    { date: "2024-09-08", timeZone: "America/Santiago", expected: "2024-09-08T04:00:00.000Z", source: "tzdata: 00:00 skipped to 01:00 (UTC−4 → UTC−3)" },
    { date: "2011-12-30", timeZone: "Pacific/Apia", expected: "2011-12-30T10:00:00.000Z", source: "tzdata: Samoa skipped 30/12/2011 (UTC−10 → UTC+14): the first instant after it, 31/12 00:00" },
    { date: "2025-04-06", timeZone: "America/Santiago", expected: "2025-04-06T04:00:00.000Z", source: "tzdata: at 00:00 (UTC−3) clocks go back to 23:00 on the 5th (UTC−4)" },
  ])("$date in $timeZone starts at $expected ($source)", ({ date, timeZone, expected }) => {
    expect(startOfDayIn(date, timeZone).toISOString()).toBe(expected);
    if (timeZone !== "Pacific/Apia") expect(startOfDayIn(date, timeZone).toISOString()).toBe(parseDate(date, timeZone, "yyyy-MM-dd").toISOString());
  });

  // From 1996: Kiritimati was UTC−10:40 until 1979, off the emulation's 15-minute grid.
  test("for any day 1996–2100 and zone, it is Google's parseDate (emulated) and reads back as that day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 9_496, max: 47_482 }), fc.constantFrom(...zones), (days, timeZone) => {
        const date = new Date(days * 86_400_000).toISOString().slice(0, 10);
        const start = startOfDayIn(date, timeZone);
        expect(start.toISOString()).toBe(parseDate(date, timeZone, "yyyy-MM-dd").toISOString());
        expect(zonedSheetDates({ timeZone }).read(start)).toBe(date);
      }),
      { numRuns: 300 },
    );
  });
});

describe("zonedSheetDates: read and write in the spreadsheet's zone", () => {
  test.for(zones)("a spreadsheet in %s: a typed day is read as that day, and a result shown as its day (Intl)", (timeZone) => {
    const dates = zonedSheetDates({ timeZone });
    for (const typed of ["01/09/2025", "01/01/2026", "29/02/2024", "30/03/2025", "26/10/2025", "10/04/2006"]) {
      const [day, month, year] = typed.split("/");
      const iso = `${year}-${month}-${day}`;
      expect(dates.read(dateCell(typed, timeZone)), typed).toBe(iso);
      expect(formatDate(dates.write(iso), timeZone, "yyyy-MM-dd")).toBe(iso);
    }
  });

  test("Google's own functions are used when given (Apps Script's Utilities), with the pattern yyyy-MM-dd", () => {
    const calls: string[] = [];
    const dates = zonedSheetDates({
      timeZone: "Indian/Reunion",
      formatDate: (date, timeZone, pattern) => (calls.push(`format ${timeZone} ${pattern}`), formatDate(date, timeZone, pattern)),
      parseDate: (text, timeZone, pattern) => (calls.push(`parse ${text} ${timeZone} ${pattern}`), parseDate(text, timeZone, pattern)),
    });
    expect(dates.read(new Date("2025-08-31T20:00:00Z"))).toBe("2025-09-01");
    expect(dates.write("2025-09-01").toISOString()).toBe("2025-08-31T20:00:00.000Z");
    expect(calls).toEqual(["format Indian/Reunion yyyy-MM-dd", "parse 2025-09-01 Indian/Reunion yyyy-MM-dd"]);
  });

  test("a Date outside 1900–2199 in that zone has no day (read gives null): an INVALID_DATE cell", () => {
    const paris = zonedSheetDates({ timeZone: "Europe/Paris" });
    expect(paris.read(new Date("1899-12-31T12:00:00Z"))).toBeNull();
    expect(zonedSheetDates({ timeZone: "UTC", formatDate: () => "1899-12-31" }).read(new Date())).toBeNull();
    expect(localSheetDates.read(new Date(1899, 11, 31))).toBeNull();
    const error = catchInputError(() => cellToIsoDate(new Date("1899-12-31T12:00:00Z"), "naissance", paris));
    expect(error.issues).toEqual([expect.objectContaining({ path: ["naissance"], code: "INVALID_DATE" })]);
  });

  test("the bug it fixes: read in the script's zone, a Réunion cell of 01/09/2025 is 31/08 for a script west of it", () => {
    const cell = dateCell("01/09/2025", "Indian/Reunion"); // 2025-08-31T20:00Z
    const scriptZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(localSheetDates.read(cell)).toBe(formatDate(cell, scriptZone, "yyyy-MM-dd")); // whatever this process's zone gives
    expect(zonedSheetDates({ timeZone: "Indian/Reunion" }).read(cell)).toBe("2025-09-01"); // always the typed day
  });
});

describe("googleSheetsCall with the spreadsheet's zone (what Code.gs passes)", () => {
  test.for(zones)("a spreadsheet in %s: seed 003 Tableau 6 and 5, a schedule, a column", (timeZone) => {
    const day = (typed: string) => dateCell(typed, timeZone);
    const host = { timeZone };
    expect(googleSheetsCall("ALT_APPRENTI_SALAIRE", [day("10/04/2006"), day("01/09/2025"), day("01/10/2025")], host)).toBe(774.77);
    expect(googleSheetsCall("ALT_SMIC", [day("01/01/2026")], host)).toBe(12.02); // law.md §5 (11,88 € on 31/12/2025)
    expect(googleSheetsCall("ALT_APPRENTI_ELIGIBLE", [day("01/09/1995"), day("01/09/2025")], host)).toBe(false); // L6222-1: 30 that day
    const earliest = googleSheetsCall("ALT_DEBUT_AU_PLUS_TOT", ["apprentissage", day("01/09/2025"), day("03/09/2027"), "miage"], host) as Date;
    expect(formatDate(earliest, timeZone, "yyyy-MM-dd")).toBe("2025-06-01");
    const table = googleSheetsCall("ALT_APPRENTI_ECHEANCIER", [day("10/04/2006"), day("01/09/2025"), day("31/08/2028")], host) as unknown[][];
    expect(table[1]!.map((cell) => (cell instanceof Date ? formatDate(cell, timeZone, "yyyy-MM-dd") : cell))).toEqual(["2025-09-01", "2025-12-31", 1, "18-20 ans", 43, 774.77]);
    expect(googleSheetsCall("ALT_APPRENTI_SALAIRE", [[[day("10/04/2006")], [""]], day("01/09/2025"), day("01/10/2025")], host)).toEqual([[774.77], [""]]);
  });
});
