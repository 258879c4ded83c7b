import { describe, expect, test } from "vitest";
import {
  addDays,
  addMonths,
  ageOn,
  anniversary,
  birthdayOfAge,
  dayOfMonth,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  firstDayOfNextMonth,
  isIsoDate,
  monthIndex,
  monthsAndDaysBetween,
} from "../../src/core/dates.js";

describe("isIsoDate: strict calendar dates (API.md §0)", () => {
  const rows = [
    { value: "2024-02-29", expected: true, source: "2024 is a leap year" },
    { value: "2025-02-28", expected: true, source: "last day of February in a common year" },
    { value: "2025-02-29", expected: false, source: "2025 is not a leap year" },
    { value: "2025-02-30", expected: false, source: "API.md §0 example" },
    { value: "2100-02-29", expected: false, source: "Gregorian rule: 2100 is not a leap year" },
    { value: "2000-02-29", expected: true, source: "Gregorian rule: 2000 is a leap year" },
    { value: "2025-04-31", expected: false, source: "April has 30 days" },
    { value: "2025-12-31", expected: true, source: "last day of the year" },
    { value: "2025-13-01", expected: false, source: "no 13th month" },
    { value: "2025-00-10", expected: false, source: "no month 0" },
    { value: "2025-01-00", expected: false, source: "no day 0" },
    { value: "2025-1-01", expected: false, source: "month must have two digits" },
    { value: "25-01-01", expected: false, source: "year must have four digits" },
    { value: "2025-01-01T00:00", expected: false, source: "no time of day" },
    { value: " 2025-01-01", expected: false, source: "no padding" },
    { value: "01/01/2025", expected: false, source: "French format is not ISO" },
    { value: "1899-12-31", expected: false, source: "before the supported range (1900)" },
    { value: "1900-01-01", expected: true, source: "first supported day" },
    { value: "2199-12-31", expected: true, source: "last supported day" },
    { value: "2200-01-01", expected: false, source: "after the supported range" },
    { value: 20250101, expected: false, source: "numbers are not dates" },
    { value: null, expected: false, source: "null" },
    { value: "2025/01/01", expected: false, source: "API.md §0: the separators are hyphens (the digits alone would read as 2025-01-01)" },
    { value: "2025-01/01", expected: false, source: "API.md §0: the second separator is a hyphen too" },
    { value: "2025/01-01", expected: false, source: "API.md §0: the first separator is a hyphen too" },
    { value: "2025-0:-01", expected: false, source: "API.md §0: digits only (':' follows '9' in ASCII: read as a digit it would make month 10)" },
    { value: "2025-1/-01", expected: false, source: "API.md §0: digits only ('/' precedes '0' in ASCII: read as a digit it would make month 9)" },
  ];
  test.for(rows)("$value → $expected ($source)", (row) => {
    expect(isIsoDate(row.value)).toBe(row.expected);
  });
});

describe("addMonths: calendar months clamped to the month end (API.md §3, C. proc. civ. art. 641)", () => {
  const rows = [
    { date: "2025-11-30", months: 3, expected: "2026-02-28", source: "API.md §3 example" },
    { date: "2023-11-30", months: 3, expected: "2024-02-29", source: "clamped to a leap day" },
    { date: "2025-08-31", months: -3, expected: "2025-05-31", source: "issue 4: 31 August − 3 months" },
    { date: "2025-05-31", months: -3, expected: "2025-02-28", source: "31 May − 3 months clamps to February" },
    { date: "2024-05-31", months: -3, expected: "2024-02-29", source: "leap February" },
    { date: "2025-01-31", months: 1, expected: "2025-02-28", source: "31 January + 1 month" },
    { date: "2025-03-31", months: 1, expected: "2025-04-30", source: "31 March + 1 month" },
    { date: "2025-09-01", months: -3, expected: "2025-06-01", source: "seed Tableau 5 example (DDF − 3 months)" },
    { date: "2025-09-01", months: 3, expected: "2025-12-01", source: "seed Tableau 5 example (DDF + 3 months)" },
    { date: "2027-09-03", months: 2, expected: "2027-11-03", source: "seed Tableau 5 example (DFF + 2 months)" },
    { date: "2025-12-15", months: 1, expected: "2026-01-15", source: "year change" },
    { date: "2025-01-15", months: -1, expected: "2024-12-15", source: "year change backwards" },
    { date: "2024-02-29", months: 12, expected: "2025-02-28", source: "one year after a leap day" },
    { date: "2024-02-29", months: 48, expected: "2028-02-29", source: "four years after a leap day" },
    { date: "2025-06-10", months: 0, expected: "2025-06-10", source: "zero months" },
  ];
  test.for(rows)("$date + $months months = $expected ($source)", (row) => {
    expect(addMonths(row.date, row.months)).toBe(row.expected);
  });
});

describe("addDays and daysBetween", () => {
  const rows = [
    { date: "2024-02-28", days: 1, expected: "2024-02-29" },
    { date: "2024-02-29", days: 1, expected: "2024-03-01" },
    { date: "2025-02-28", days: 1, expected: "2025-03-01" },
    { date: "2025-12-31", days: 1, expected: "2026-01-01" },
    { date: "2026-03-29", days: 1, expected: "2026-03-30" },
    { date: "2026-10-25", days: 1, expected: "2026-10-26" },
    { date: "2026-01-01", days: -1, expected: "2025-12-31" },
    { date: "2025-01-01", days: 365, expected: "2026-01-01" },
    { date: "2000-02-28", days: 1, expected: "2000-02-29" },
    { date: "2000-03-01", days: -1, expected: "2000-02-29" },
    { date: "1900-02-28", days: 1, expected: "1900-03-01" },
    { date: "2100-03-01", days: -1, expected: "2100-02-28" },
    { date: "1900-01-01", days: 109572, expected: "2199-12-31" },
  ].map((row) => ({
    ...row,
    source:
      "Gregorian calendar: 2000 is a leap year (divisible by 400: the last day of a 400-year cycle), 1900 and 2100 are not; " +
      "DST-change days (2026-03-29, 2026-10-25) are 24 h days here",
  }));
  test.for(rows)("$date + $days days = $expected", (row) => {
    expect(addDays(row.date, row.days)).toBe(row.expected);
    expect(daysBetween(row.date, row.expected)).toBe(row.days);
  });
});

describe("ageOn: whole years as a person states them (API.md §0)", () => {
  const rows = [
    { birth: "2007-05-18", date: "2025-05-17", expected: 17, source: "day before the 18th birthday" },
    { birth: "2007-05-18", date: "2025-05-18", expected: 18, source: "the 18th birthday" },
    { birth: "2008-02-29", date: "2026-02-28", expected: 17, source: "29 Feb birth, common year: not yet 18 on 28 Feb" },
    { birth: "2008-02-29", date: "2026-03-01", expected: 18, source: "29 Feb birth counts on 1 March (API.md §0)" },
    { birth: "2008-02-29", date: "2028-02-29", expected: 20, source: "29 Feb birth in a leap year" },
    { birth: "2008-02-29", date: "2028-02-28", expected: 19, source: "day before a leap-year birthday" },
    { birth: "1996-12-31", date: "2026-12-30", expected: 29, source: "day before the 30th birthday" },
    { birth: "1996-12-31", date: "2026-12-31", expected: 30, source: "the 30th birthday" },
    { birth: "2000-01-01", date: "2000-01-01", expected: 0, source: "day of birth" },
  ];
  test.for(rows)("born $birth, on $date: $expected", (row) => {
    expect(ageOn(row.birth, row.date)).toBe(row.expected);
  });
});

describe("birthdayOfAge, anniversary, firstDayOfNextMonth", () => {
  test.for([
    { birth: "2007-05-18", age: 18, expected: "2025-05-18", source: "ordinary birthday" },
    { birth: "2008-02-29", age: 18, expected: "2026-03-01", source: "29 Feb birth, common year (API.md §0)" },
    { birth: "2008-02-29", age: 20, expected: "2028-02-29", source: "29 Feb birth, leap year" },
  ])("birthdayOfAge($birth, $age) = $expected", (row) => {
    expect(birthdayOfAge(row.birth, row.age)).toBe(row.expected);
    expect(ageOn(row.birth, row.expected)).toBe(row.age);
    expect(ageOn(row.birth, addDays(row.expected, -1))).toBe(row.age - 1);
  });

  test.for([
    { start: "2025-09-01", years: 1, expected: "2026-09-01", source: "calendar anniversary, not 365 days" },
    { start: "2023-09-01", years: 1, expected: "2024-09-01", source: "a leap year in between: still the same day" },
    { start: "2024-02-29", years: 1, expected: "2025-02-28", source: "clamped to the month end (C. proc. civ. art. 641)" },
    { start: "2024-02-29", years: 4, expected: "2028-02-29", source: "leap year again" },
    { start: "2025-09-01", years: 3, expected: "2028-09-01", source: "third anniversary" },
  ])("anniversary($start, $years) = $expected ($source)", (row) => {
    expect(anniversary(row.start, row.years)).toBe(row.expected);
  });

  test.for([
    { date: "2025-05-18", expected: "2025-06-01", source: "D6222-31: first day of the following month" },
    { date: "2025-05-01", expected: "2025-06-01", source: "a birthday on the 1st switches on the 1st of the next month (API.md §4)" },
    { date: "2025-05-31", expected: "2025-06-01", source: "last day of a month" },
    { date: "2025-12-18", expected: "2026-01-01", source: "year change" },
    { date: "2024-02-29", expected: "2024-03-01", source: "leap day" },
  ])("firstDayOfNextMonth($date) = $expected", (row) => {
    expect(firstDayOfNextMonth(row.date)).toBe(row.expected);
  });
});

describe("daysInMonth and dayOfWeek", () => {
  test.for([
    { date: "2024-02-10", expected: 29 },
    { date: "2025-02-10", expected: 28 },
    { date: "2025-04-30", expected: 30 },
    { date: "2025-12-01", expected: 31 },
  ])("daysInMonth($date) = $expected", (row) => {
    expect(daysInMonth(row.date)).toBe(row.expected);
  });

  test.for([
    { date: "2026-01-01", expected: 4, source: "1 January 2026 is a Thursday" },
    { date: "2026-05-03", expected: 0, source: "a Sunday" },
    { date: "2026-05-02", expected: 6, source: "a Saturday" },
    { date: "1994-12-31", expected: 6, source: "a Saturday (a day Pacific/Kiritimati skipped)" },
  ])("dayOfWeek($date) = $expected", (row) => {
    expect(dayOfWeek(row.date)).toBe(row.expected);
  });
});

describe("dayOfMonth and monthIndex (read from the digits: the schedule totals, src/pay/schedule-net.ts)", () => {
  test.for([
    { date: "2025-09-01", day: 1, index: 2025 * 12 + 8, source: "first day; September is month 8 counted from 0" },
    { date: "2024-02-29", day: 29, index: 2024 * 12 + 1, source: "a leap day" },
    { date: "1900-01-31", day: 31, index: 1900 * 12, source: "the earliest year accepted, January" },
    { date: "2199-12-31", day: 31, index: 2199 * 12 + 11, source: "the latest day accepted" },
  ])("$date: day $day, month index $index ($source)", (row) => {
    expect([dayOfMonth(row.date), monthIndex(row.date)]).toEqual([row.day, row.index]);
  });

  test.for([
    { from: "2025-09-30", to: "2026-02-01", months: 5, source: "across a year end" },
    { from: "2025-09-01", to: "2025-09-30", months: 0, source: "the same month" },
    { from: "2024-12-31", to: "2025-01-01", months: 1, source: "consecutive days, two months" },
  ])("monthIndex($to) − monthIndex($from) = $months ($source)", (row) => {
    expect(monthIndex(row.to) - monthIndex(row.from)).toBe(row.months);
  });
});

describe("monthsAndDaysBetween: whole months plus a remainder (API.md §6)", () => {
  const rows = [
    { start: "2025-09-01", end: "2026-08-31", expected: { months: 12, days: 0, daysInPartialMonth: 30 }, source: "API.md §6: 1st to the day before the 1st = n months" },
    { start: "2025-09-01", end: "2026-02-28", expected: { months: 6, days: 0, daysInPartialMonth: 31 }, source: "law.md §3.3: start + 6 months − 1 day = 6 months" },
    { start: "2025-09-01", end: "2026-02-27", expected: { months: 5, days: 27, daysInPartialMonth: 28 }, source: "one day short of 6 months" },
    { start: "2025-09-15", end: "2026-03-10", expected: { months: 5, days: 24, daysInPartialMonth: 28 }, source: "mid-month start: remainder in a 28-day month" },
    { start: "2025-09-15", end: "2026-09-14", expected: { months: 12, days: 0, daysInPartialMonth: 30 }, source: "mid-month, exactly a year" },
    { start: "2025-01-31", end: "2025-02-27", expected: { months: 1, days: 0, daysInPartialMonth: 31 }, source: "31 Jan + 1 month clamps to 28 Feb" },
    { start: "2025-09-01", end: "2025-09-01", expected: { months: 0, days: 1, daysInPartialMonth: 30 }, source: "one day" },
    { start: "2024-02-29", end: "2025-02-27", expected: { months: 12, days: 0, daysInPartialMonth: 29 }, source: "leap-day start: 12 months end the day before 28 Feb; the 13th month runs to 29 March" },
    { start: "2025-09-01", end: "2028-08-31", expected: { months: 36, days: 0, daysInPartialMonth: 30 }, source: "3 years" },
  ];
  test.for(rows)("$start to $end ($source)", (row) => {
    expect(monthsAndDaysBetween(row.start, row.end)).toEqual(row.expected);
  });
});
