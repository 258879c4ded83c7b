/**
 * Invariants of internshipGratification (fast-check): only results or AlternanceInputError; amounts
 * finite, to the cent, adding up; the threshold and the counts follow D124-6; more hours never pay less.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AlternanceInputError } from "../../src/core/errors.js";
import { addDays } from "../../src/core/dates.js";
import { internshipGratification, type InternshipGratificationResult, type InternshipMonthHours } from "../../src/internship/index.js";

const cents = (value: number): number => Math.round(value * 100);
const hasAtMostTwoDecimals = (value: number): boolean => Number.isFinite(value) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;

/** A signature date from 2015-09-01 to 2027-12-31. */
const signedOn = fc.integer({ min: 0, max: 4504 }).map((offset) => addDays("2015-09-01", offset));
/** Hours in hundredths, 0 to 300 h a month. */
const monthHours = fc.integer({ min: 0, max: 30000 }).map((hundredths) => hundredths / 100);
/** 1 to 12 distinct consecutive-or-not months within one year from a start month. */
const months = fc
  .tuple(fc.integer({ min: 2015, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 12 }))
  .chain(([year, firstMonth, offsets]) =>
    fc.tuple(...offsets.map((offset) => monthHours.map((hours): InternshipMonthHours => {
      const index = year * 12 + firstMonth - 1 + offset;
      return { month: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`, hours };
    }))),
  );
const rate = fc.option(fc.integer({ min: 0, max: 2000 }).map((hundredths) => hundredths / 100), { nil: undefined });
const host = fc.option(fc.constantFrom("private" as const, "public" as const), { nil: undefined });

function checkAmounts(result: InternshipGratificationResult): void {
  for (const value of [result.total, result.exemptTotal, result.subjectTotal, result.totalHours, result.hourlyRate, result.minimumHourlyRate]) {
    expect(hasAtMostTwoDecimals(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(0);
  }
  if (result.smoothedMonthly !== null) expect(hasAtMostTwoDecimals(result.smoothedMonthly)).toBe(true);
  for (const month of result.monthly) {
    for (const value of [month.hours, month.amount, month.exemptAmount, month.subjectAmount]) {
      expect(hasAtMostTwoDecimals(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
    }
    expect(cents(month.exemptAmount) + cents(month.subjectAmount)).toBe(cents(month.amount));
  }
  expect(cents(result.exemptTotal) + cents(result.subjectTotal)).toBe(cents(result.total));
}

describe("internshipGratification properties", () => {
  test("hours per month: amounts are cents that add up, split into exempt + subject", () => {
    fc.assert(
      fc.property(months, signedOn, rate, host, (presenceHours, conventionSignedOn, hourlyRate, hostKind) => {
        const result = internshipGratification({ presenceHours, conventionSignedOn, hourlyRate, host: hostKind });
        checkAmounts(result);
        expect(result.monthly.map((month) => month.month)).toEqual([...presenceHours.map((row) => row.month)].sort());
        expect(cents(result.total)).toBe(result.monthly.reduce((sum, month) => sum + cents(month.amount), 0));
        expect(cents(result.totalHours)).toBe(presenceHours.reduce((sum, row) => sum + cents(row.hours), 0));
        const withPresence = result.monthly.filter((month) => month.hours > 0).length;
        expect(result.smoothedMonthly).toBe(withPresence === 0 ? null : Math.round((cents(result.total) / withPresence)) / 100);
      }),
      { numRuns: 300 },
    );
  });

  test("the threshold and the D124-6 counts follow the total hours", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200000 }).map((hundredths) => hundredths / 100), signedOn, (presenceHours, conventionSignedOn) => {
        const result = internshipGratification({ presenceHours, conventionSignedOn });
        checkAmounts(result);
        expect(result.mandatory).toBe(presenceHours > 308);
        expect(result.presenceDays).toBe(Math.floor(cents(presenceHours) / 700));
        expect(result.presenceMonths).toBe(Math.floor(result.presenceDays / 22));
        expect(result.mandatoryByDays).toBe(result.presenceDays > 44);
        if (result.mandatoryByDays) expect(result.mandatory).toBe(true);
        // Integer oracle: hundredths of an hour × cents per hour, rounded half-up to the cent.
        const exact = cents(presenceHours) * cents(result.minimumHourlyRate);
        expect(cents(result.total)).toBe(result.mandatory ? Math.floor((exact + 50) / 100) : 0);
        expect(result.violations.map((violation) => violation.code)).toEqual(presenceHours > 924 ? ["INTERNSHIP_TOO_LONG"] : []);
        expect(result.monthly).toEqual([]);
        expect(result.smoothedMonthly).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  test("more hours in a month never lower the total (same rate)", () => {
    fc.assert(
      fc.property(months, fc.nat({ max: 11 }), monthHours, signedOn, rate, (presenceHours, which, extra, conventionSignedOn, hourlyRate) => {
        const index = which % presenceHours.length;
        const more = presenceHours.map((row, i) => (i === index ? { ...row, hours: Math.round((row.hours + extra) * 100) / 100 } : row));
        const before = internshipGratification({ presenceHours, conventionSignedOn, hourlyRate });
        const after = internshipGratification({ presenceHours: more, conventionSignedOn, hourlyRate });
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        expect(after.exemptTotal).toBeGreaterThanOrEqual(before.exemptTotal);
      }),
      { numRuns: 200 },
    );
  });

  test("a total and the same hours by month agree within half a cent per month", () => {
    fc.assert(
      fc.property(months, signedOn, rate, (presenceHours, conventionSignedOn, hourlyRate) => {
        const byMonth = internshipGratification({ presenceHours, conventionSignedOn, hourlyRate });
        const total = internshipGratification({ presenceHours: byMonth.totalHours, conventionSignedOn, hourlyRate });
        expect(total.mandatory).toBe(byMonth.mandatory);
        expect(Math.abs(cents(total.total) - cents(byMonth.total))).toBeLessThanOrEqual(Math.ceil(presenceHours.length / 2));
      }),
      { numRuns: 200 },
    );
  });

  test("violations: below the minimum only when mandatory; above it only for a public host", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }).map((h) => h / 100), signedOn, rate, host, (presenceHours, conventionSignedOn, hourlyRate, hostKind) => {
        const result = internshipGratification({ presenceHours, conventionSignedOn, hourlyRate, host: hostKind });
        const found = result.violations.map((violation) => violation.code);
        expect(found.includes("RATE_BELOW_MINIMUM")).toBe(result.mandatory && hourlyRate !== undefined && hourlyRate < result.minimumHourlyRate);
        expect(found.includes("PUBLIC_HOST_ABOVE_MINIMUM")).toBe(hostKind === "public" && hourlyRate !== undefined && hourlyRate > result.minimumHourlyRate);
        for (const violation of result.violations) expect(violation.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  test("any input: a result or an AlternanceInputError, nothing else", () => {
    const anyValue = fc.oneof(fc.anything(), fc.double(), fc.string(), fc.constantFrom("2026-01", "2026-13", "2015-08-31", "2026-02-30", "public"));
    const anyMonth = fc.record({ month: anyValue, hours: anyValue }, { requiredKeys: [] });
    const anyInput = fc.oneof(
      fc.anything(),
      fc.record(
        {
          presenceHours: fc.oneof(anyValue, fc.array(anyMonth, { maxLength: 4 }), fc.double()),
          conventionSignedOn: fc.oneof(anyValue, signedOn),
          hourlyRate: fc.oneof(anyValue, fc.double()),
          host: anyValue,
          locale: fc.constantFrom("fr", "en", "de"),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(anyInput, (input) => {
        try {
          const result = internshipGratification(input as never);
          checkAmounts(result);
        } catch (error) {
          expect(error).toBeInstanceOf(AlternanceInputError);
          const inputError = error as AlternanceInputError;
          expect(inputError.issues.length).toBeGreaterThan(0);
          for (const issue of inputError.issues) {
            expect(Array.isArray(issue.path)).toBe(true);
            expect(typeof issue.message === "string" && issue.message.length > 0).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
