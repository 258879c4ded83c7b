import { describe, expect, test } from "vitest";
import { addWorkingDays, countWorkingDays, frenchPublicHolidays } from "../../src/index.js";
import { easterSunday, isPublicHoliday, isWorkingDay } from "../../src/core/calendar.js";
import { addDays } from "../../src/core/dates.js";
import { catchInputError } from "../support/catch-input-error.js";

// Easter Sundays 2019-2032: published Gregorian Easter dates (e.g. the Paris Observatory's table).
const easter = [
  ["2019", "2019-04-21"], ["2020", "2020-04-12"], ["2021", "2021-04-04"], ["2022", "2022-04-17"],
  ["2023", "2023-04-09"], ["2024", "2024-03-31"], ["2025", "2025-04-20"], ["2026", "2026-04-05"],
  ["2027", "2027-03-28"], ["2028", "2028-04-16"], ["2029", "2029-04-01"], ["2030", "2030-04-21"],
  ["2031", "2031-04-13"], ["2032", "2032-03-28"],
].map(([year, date]) => ({ year: Number(year), date: date!, source: "published Gregorian Easter dates" }));

describe("French public holidays, metropole (C. trav. art. L3133-1)", () => {
  test.for(easter)("Easter $year is $date", (row) => {
    expect(easterSunday(row.year)).toBe(row.date);
  });

  test.for(easter)("$year: the 11 holidays, Easter Monday (+1), Ascension (+39), Whit Monday (+50)", (row) => {
    const holidays = frenchPublicHolidays(row.year).map((holiday) => holiday.date);
    const y = row.year;
    expect(holidays).toHaveLength(11);
    expect([...holidays].sort()).toEqual(
      [
        `${y}-01-01`, addDays(row.date, 1), `${y}-05-01`, `${y}-05-08`, addDays(row.date, 39), addDays(row.date, 50),
        `${y}-07-14`, `${y}-08-15`, `${y}-11-01`, `${y}-11-11`, `${y}-12-25`,
      ].sort(),
    );
    expect(holidays).toEqual([...holidays].sort());
    for (const date of holidays) {
      expect(isPublicHoliday(date)).toBe(true);
      expect(isWorkingDay(date, "ouvrables")).toBe(false);
    }
  });

  test("2026 holidays by name (service-public 2026 calendar)", () => {
    expect(frenchPublicHolidays(2026).map((holiday) => [holiday.date, holiday.name.fr])).toEqual([
      ["2026-01-01", "Jour de l'an"],
      ["2026-04-06", "Lundi de Pâques"],
      ["2026-05-01", "Fête du travail"],
      ["2026-05-08", "Victoire 1945"],
      ["2026-05-14", "Ascension"],
      ["2026-05-25", "Lundi de Pentecôte"],
      ["2026-07-14", "Fête nationale"],
      ["2026-08-15", "Assomption"],
      ["2026-11-01", "Toussaint"],
      ["2026-11-11", "Armistice 1918"],
      ["2026-12-25", "Noël"],
    ]);
  });

  test.for([
    { date: "2026-04-05", source: "Easter Sunday itself is a Sunday, not listed as a holiday" },
    { date: "2026-04-03", source: "Good Friday: Alsace-Moselle only (L3134-13), not included" },
    { date: "2026-12-26", source: "26 December: Alsace-Moselle only, not included" },
    { date: "2026-05-15", source: "the day after Ascension" },
  ])("$date is not a metropolitan public holiday ($source)", (row) => {
    expect(isPublicHoliday(row.date)).toBe(false);
  });
});

describe("isWorkingDay", () => {
  test.for([
    { date: "2026-01-05", kind: "ouvrables", expected: true, source: "a Monday" },
    { date: "2026-01-03", kind: "ouvrables", expected: true, source: "Saturday is a jour ouvrable" },
    { date: "2026-01-03", kind: "ouvres", expected: false, source: "Saturday is not a jour ouvré" },
    { date: "2026-01-04", kind: "ouvrables", expected: false, source: "Sunday, weekly rest" },
    { date: "2026-01-04", kind: "ouvres", expected: false, source: "Sunday" },
    { date: "2026-08-15", kind: "ouvrables", expected: false, source: "15 August on a Saturday" },
    { date: "2026-07-14", kind: "ouvres", expected: false, source: "14 July on a Tuesday" },
  ] as const)("$date $kind → $expected ($source)", (row) => {
    expect(isWorkingDay(row.date, row.kind)).toBe(row.expected);
  });
});

describe("addWorkingDays (the n-th working day after the date, the date excluded)", () => {
  const rows = [
    { date: "2026-05-07", n: 2, kind: "ouvrables", expected: "2026-05-11", source: "Thu; 8 May holiday; Sat 9 counts; Sun 10 skipped" },
    { date: "2026-05-07", n: 2, kind: "ouvres", expected: "2026-05-12", source: "8 May, weekend skipped" },
    { date: "2026-04-30", n: 5, kind: "ouvrables", expected: "2026-05-07", source: "1 May (Fri) skipped, Sat 2 counts, Sun 3 skipped" },
    { date: "2026-05-13", n: 1, kind: "ouvres", expected: "2026-05-15", source: "Ascension Thursday 14 May skipped" },
    { date: "2026-05-22", n: 1, kind: "ouvres", expected: "2026-05-26", source: "weekend and Whit Monday 25 May skipped" },
    { date: "2026-07-13", n: 1, kind: "ouvrables", expected: "2026-07-15", source: "14 July skipped" },
    { date: "2026-08-14", n: 1, kind: "ouvrables", expected: "2026-08-17", source: "15 August (Sat) and Sunday 16 skipped" },
    { date: "2026-12-24", n: 1, kind: "ouvres", expected: "2026-12-28", source: "Christmas Friday and weekend skipped" },
    { date: "2026-12-31", n: 1, kind: "ouvrables", expected: "2027-01-02", source: "1 January skipped, Saturday counts" },
    { date: "2026-01-03", n: 0, kind: "ouvres", expected: "2026-01-03", source: "n = 0 returns the date itself" },
    { date: "2026-05-11", n: -2, kind: "ouvrables", expected: "2026-05-07", source: "backwards: Sat 9 counts, 8 May and Sun 10 skipped" },
    { date: "2026-01-05", n: -1, kind: "ouvres", expected: "2026-01-02", source: "backwards over a weekend" },
  ] as const;
  test.for(rows)("$date + $n $kind = $expected ($source)", (row) => {
    expect(addWorkingDays(row.date, row.n, { kind: row.kind })).toBe(row.expected);
  });
});

describe("countWorkingDays (both ends included)", () => {
  const rows = [
    { from: "2026-05-01", to: "2026-05-31", kind: "ouvres", expected: 17, source: "21 weekdays − 1, 8, 14, 25 May" },
    { from: "2026-05-01", to: "2026-05-31", kind: "ouvrables", expected: 22, source: "26 Mon–Sat days − 4 holidays" },
    { from: "2026-01-01", to: "2026-12-31", kind: "ouvres", expected: 252, source: "261 weekdays − 9 weekday holidays in 2026 (15 Aug Sat, 1 Nov Sun)" },
    { from: "2026-01-01", to: "2026-12-31", kind: "ouvrables", expected: 303, source: "313 Mon–Sat − 10 holidays not on a Sunday (1 Nov 2026 is a Sunday)" },
    { from: "2026-01-04", to: "2026-01-04", kind: "ouvrables", expected: 0, source: "a single Sunday" },
    { from: "2026-01-05", to: "2026-01-05", kind: "ouvres", expected: 1, source: "a single Monday" },
  ] as const;
  test.for(rows)("$from to $to $kind = $expected ($source)", (row) => {
    expect(countWorkingDays(row.from, row.to, { kind: row.kind })).toBe(row.expected);
  });
});

describe("working days: bad input", () => {
  test.for([
    { name: "impossible date", call: () => addWorkingDays("2026-02-30", 1, { kind: "ouvres" }), paths: [["date"]], codes: ["INVALID_DATE"] },
    { name: "fractional n", call: () => addWorkingDays("2026-02-03", 1.5, { kind: "ouvres" }), paths: [["n"]], codes: ["NOT_INTEGER"] },
    { name: "NaN n", call: () => addWorkingDays("2026-02-03", Number.NaN, { kind: "ouvres" }), paths: [["n"]], codes: ["INVALID_TYPE"] },
    { name: "huge n", call: () => addWorkingDays("2026-02-03", 1e9, { kind: "ouvres" }), paths: [["n"]], codes: ["TOO_BIG"] },
    { name: "unknown kind", call: () => addWorkingDays("2026-02-03", 1, { kind: "ouvre" as "ouvres" }), paths: [["options", "kind"]], codes: ["INVALID_VALUE"] },
    { name: "missing options", call: () => countWorkingDays("2026-02-03", "2026-02-04", undefined as unknown as { kind: "ouvres" }), paths: [["options"]], codes: ["REQUIRED"] },
    { name: "to before from", call: () => countWorkingDays("2026-02-03", "2026-02-02", { kind: "ouvres" }), paths: [["to"]], codes: ["END_BEFORE_START"] },
    { name: "both dates wrong", call: () => countWorkingDays("x", "2026-02-30", { kind: "ouvres" }), paths: [["from"], ["to"]], codes: ["INVALID_DATE", "INVALID_DATE"] },
    { name: "past 2199", call: () => addWorkingDays("2199-12-30", 5, { kind: "ouvres" }), paths: [["n"]], codes: ["OUT_OF_RANGE"] },
    { name: "holidays of year 0", call: () => frenchPublicHolidays(0), paths: [["year"]], codes: ["TOO_SMALL"] },
    { name: "holidays of a fractional year", call: () => frenchPublicHolidays(2026.5), paths: [["year"]], codes: ["NOT_INTEGER"] },
    { name: "holidays of NaN", call: () => frenchPublicHolidays(Number.NaN), paths: [["year"]], codes: ["INVALID_TYPE"] },
    { name: "holidays of 2200", call: () => frenchPublicHolidays(2200), paths: [["year"]], codes: ["TOO_BIG"] },
  ])("$name", (row) => {
    const error = catchInputError(row.call);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual(row.paths);
    expect(error.issues.map((issue) => issue.code)).toEqual(row.codes);
  });

  test("English messages on request", () => {
    const error = catchInputError(() => addWorkingDays("2026-02-03", 1, { kind: "x" as "ouvres", locale: "en" }));
    expect(error.message).toBe('Invalid input: options.kind: unknown value "x"; allowed values: ouvrables, ouvres');
  });
});
