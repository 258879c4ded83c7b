import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addWorkingDays, countWorkingDays, smicAt, socialSecurityCeilingAt, internshipMinimumHourlyRate, AlternanceInputError } from "../../src/index.js";
import { addDays as addDaysFns, addMonths as addMonthsFns, differenceInCalendarDays, getDay, getDaysInMonth, isValid } from "date-fns";
import { addDays, addMonths, ageOn, dayOfWeek, daysBetween, daysInMonth, isIsoDate, monthsAndDaysBetween } from "../../src/core/dates.js";
import { UtcDate } from "../support/utc-date.js";

/** Any calendar date 1900–2199, built from a day offset (so it is valid by construction). */
const isoDate = (from = "1900-01-01", days = 109_572) =>
  fc.integer({ min: 0, max: days }).map((offset) => new Date(Date.parse(`${from}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10));

/** A second reference for month arithmetic, with plain UTC Date methods. */
function referenceAddMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/** A date of the kernel as a date-fns date (UTC midnight, through the UTC adapter). */
const fns = (date: string) => new UtcDate(Date.parse(`${date}T00:00:00Z`));
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe("the kernel's integer calendar gives date-fns' answers (date-fns on UTC dates is the reference)", () => {
  test("addMonths = date-fns addMonths (clamped to the month end)", () => {
    fc.assert(
      fc.property(isoDate("1950-01-01", 80_000), fc.integer({ min: -240, max: 240 }), (date, months) => {
        expect(addMonths(date, months)).toBe(iso(addMonthsFns(fns(date), months)));
        expect(addMonths(date, months)).toBe(referenceAddMonths(date, months));
      }),
    );
  });

  test("addDays and daysBetween = date-fns addDays and differenceInCalendarDays", () => {
    fc.assert(
      fc.property(isoDate("1950-01-01", 60_000), fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        const result = addDays(date, days);
        expect(result).toBe(iso(addDaysFns(fns(date), days)));
        expect(daysBetween(date, result)).toBe(days);
        expect(differenceInCalendarDays(fns(result), fns(date))).toBe(days);
      }),
    );
  });

  test("dayOfWeek and daysInMonth = date-fns getDay and getDaysInMonth", () => {
    fc.assert(
      fc.property(isoDate(), (date) => {
        expect(dayOfWeek(date)).toBe(getDay(fns(date)));
        expect(daysInMonth(date)).toBe(getDaysInMonth(fns(date)));
      }),
    );
  });

  test("isIsoDate accepts exactly the real dates (compared with date-fns isValid on a rebuilt date)", () => {
    const text = fc.tuple(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }));
    fc.assert(
      fc.property(text, ([year, month, day]) => {
        const value = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        const rebuilt = new UtcDate(Date.UTC(year, month - 1, day));
        const real = month >= 1 && month <= 12 && day >= 1 && isValid(rebuilt) && rebuilt.getDate() === day && rebuilt.getMonth() === month - 1;
        expect(isIsoDate(value)).toBe(real && year >= 1900 && year <= 2199);
      }),
    );
  });
});

describe("dates invariants", () => {
  test("age never decreases and rises by one exactly on birthdays", () => {
    fc.assert(
      fc.property(isoDate("1960-01-01", 20_000), fc.integer({ min: 0, max: 30_000 }), (birth, offset) => {
        const date = addDays(birth, offset);
        const next = addDays(date, 1);
        const delta = ageOn(birth, next) - ageOn(birth, date);
        expect(delta === 0 || delta === 1).toBe(true);
        expect(ageOn(birth, date)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test("monthsAndDaysBetween rebuilds the period: start + months + days = end + 1", () => {
    fc.assert(
      fc.property(isoDate("2019-01-01", 4000), fc.integer({ min: 0, max: 2000 }), (start, length) => {
        const end = addDays(start, length);
        const { months, days, daysInPartialMonth } = monthsAndDaysBetween(start, end);
        expect(addDays(addMonths(start, months), days)).toBe(addDays(end, 1));
        expect(days).toBeGreaterThanOrEqual(0);
        expect(days).toBeLessThan(daysInPartialMonth);
        expect(daysInPartialMonth).toBeGreaterThanOrEqual(28);
        expect(daysInPartialMonth).toBeLessThanOrEqual(31);
      }),
    );
  });
});

describe("working days invariants", () => {
  const kind = fc.constantFrom("ouvrables" as const, "ouvres" as const);
  test("counting from the next day to the n-th working day gives n", () => {
    fc.assert(
      fc.property(isoDate("2019-01-01", 4000), fc.integer({ min: 1, max: 60 }), kind, (date, n, k) => {
        const reached = addWorkingDays(date, n, { kind: k });
        expect(countWorkingDays(addDays(date, 1), reached, { kind: k })).toBe(n);
        expect(addWorkingDays(reached, -n, { kind: k }) <= date).toBe(true);
      }),
    );
  });
});

describe("public parameter functions: a result or an AlternanceInputError, never anything else", () => {
  const anything = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(undefined), fc.constant(null), isoDate(), fc.object());
  test("any input", () => {
    fc.assert(
      fc.property(anything, anything, (date, options) => {
        for (const call of [
          () => smicAt(date as string, options as object),
          () => socialSecurityCeilingAt(date as string, options as object),
          () => internshipMinimumHourlyRate(date as string, options as object),
          () => addWorkingDays(date as string, options as number, { kind: "ouvres" }),
        ]) {
          try {
            const result = call();
            const values = typeof result === "number" ? [result] : typeof result === "string" ? [] : [result.hourly, result.monthly];
            for (const value of values) {
              expect(Number.isFinite(value)).toBe(true);
              expect(Math.round(value * 100) / 100).toBe(value);
            }
            if (typeof result === "string") expect(isIsoDate(result)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(AlternanceInputError);
          }
        }
      }),
    );
  });
});
