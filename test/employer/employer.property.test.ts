/**
 * Invariants of the employer side (fast-check), over contracts concluded 2019–2028 of any length, size,
 * level and kind:
 *   - the amount is ≥ 0, in cents, at most the yearly maximum of the scheme; 0 exactly when not eligible;
 *   - the months are consecutive calendar months from the month of the start, twelve at most, each
 *     amount > 0 and in cents, and they add up to the amount to the cent;
 *   - a complete first year gets the yearly maximum whatever the day it starts;
 *   - a longer contract never gets less; a disabled apprentice never less than another; a company's
 *     commitment never lowers the aid; a public employer never gets more than a private one;
 *   - the participation is 0, 200, 750 or a pro rata below 750.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { apprenticeshipHiringAid, employerTrainingContribution, type ApprenticeshipHiringAidInput, type DiplomaLevel } from "../../src/index.js";

const DAY = 86_400_000;
const isoDate = (from: string, to: string) =>
  fc.integer({ min: Date.parse(`${from}T00:00:00Z`) / DAY, max: Date.parse(`${to}T00:00:00Z`) / DAY }).map((days) => new Date(days * DAY).toISOString().slice(0, 10));
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const nextMonth = (month: string) => {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
};
const cents = (value: number) => Math.round(value * 100);

const contract = isoDate("2019-01-01", "2028-12-31").chain((contractStart) =>
  fc.record({
    signatureDate: fc.integer({ min: 0, max: 120 }).map((days) => plusDays(contractStart, -days)).filter((date) => date >= "2019-01-01"),
    contractStart: fc.constant(contractStart),
    contractEnd: fc.integer({ min: 0, max: 3 * 366 }).map((days) => plusDays(contractStart, days)),
    diplomaLevel: fc.constantFrom<DiplomaLevel>(3, 4, 5, 6, 7, 8),
    companyHeadcount: fc.oneof(fc.integer({ min: 0, max: 260 }), fc.integer({ min: 0, max: 100_000 })),
    employer: fc.constantFrom("private" as const, "public" as const),
    disabledWorker: fc.boolean(),
    overseas: fc.boolean(),
    largeCompanyCommitment: fc.boolean(),
    birthDate: fc.integer({ min: 15 * 365, max: 30 * 365 }).map((days) => plusDays(contractStart, -days)),
  }),
) satisfies fc.Arbitrary<ApprenticeshipHiringAidInput>;

/** The most any scheme grants for a first year (8 000 € from 18 in 2020–2022). */
const LARGEST_YEARLY_AID = 8000;

describe("apprenticeshipHiringAid", () => {
  test("amounts and months are consistent", () => {
    fc.assert(
      fc.property(contract, (input) => {
        const result = apprenticeshipHiringAid(input);
        expect(result.amount).toBeGreaterThanOrEqual(0);
        expect(result.amount).toBeLessThanOrEqual(LARGEST_YEARLY_AID);
        expect(cents(result.amount) / 100).toBe(result.amount);
        expect(result.eligible).toBe(result.amount > 0);
        expect(result.scheme === null).toBe(!result.eligible);
        expect(result.violations.length > 0).toBe(!result.eligible);
        if (!result.eligible) {
          expect(result.monthly).toEqual([]);
          return;
        }
        expect(result.monthly.length).toBeGreaterThan(0);
        expect(result.monthly.length).toBeLessThanOrEqual(13);
        expect(result.monthly[0]!.month).toBe(input.contractStart.slice(0, 7));
        result.monthly.forEach((month, index) => {
          expect(month.amount).toBeGreaterThan(0);
          expect(cents(month.amount) / 100).toBe(month.amount);
          if (index > 0) expect(month.month).toBe(nextMonth(result.monthly[index - 1]!.month));
          expect(month.month <= input.contractEnd.slice(0, 7)).toBe(true);
        });
        expect(result.monthly.reduce((sum, month) => sum + cents(month.amount), 0)).toBe(cents(result.amount));
      }),
      { numRuns: 400 },
    );
  });

  test("a complete first year gets the yearly maximum, whatever the day it starts", () => {
    fc.assert(
      fc.property(contract, fc.integer({ min: 0, max: 400 }), (input, extra) => {
        const yearLater = `${Number(input.contractStart.slice(0, 4)) + 1}${input.contractStart.slice(4)}`;
        const contractEnd = plusDays(yearLater === `${yearLater.slice(0, 4)}-02-29` ? `${yearLater.slice(0, 4)}-02-28` : yearLater, extra - 1);
        const full = apprenticeshipHiringAid({ ...input, contractEnd });
        if (!full.eligible) return;
        const step = full.explanation.find((s) => s.rule === "employer.hiring-aid.scheme")!.values as { annualAmount: number | object };
        if (typeof step.annualAmount === "number") expect(full.amount).toBe(step.annualAmount);
        expect(full.monthly).toHaveLength(12);
      }),
      { numRuns: 300 },
    );
  });

  test("monotone: a longer contract, a disabled apprentice, a commitment never get less; a public employer never more", () => {
    fc.assert(
      fc.property(contract, fc.integer({ min: 1, max: 400 }), (input, longer) => {
        const base = apprenticeshipHiringAid(input).amount;
        expect(apprenticeshipHiringAid({ ...input, contractEnd: plusDays(input.contractEnd, longer) }).amount).toBeGreaterThanOrEqual(base);
        expect(apprenticeshipHiringAid({ ...input, disabledWorker: true }).amount).toBeGreaterThanOrEqual(apprenticeshipHiringAid({ ...input, disabledWorker: false }).amount);
        expect(apprenticeshipHiringAid({ ...input, largeCompanyCommitment: true }).amount).toBeGreaterThanOrEqual(
          apprenticeshipHiringAid({ ...input, largeCompanyCommitment: false }).amount,
        );
        expect(apprenticeshipHiringAid({ ...input, employer: "public" }).amount).toBeLessThanOrEqual(apprenticeshipHiringAid({ ...input, employer: "private" }).amount);
      }),
      { numRuns: 300 },
    );
  });
});

describe("employerTrainingContribution", () => {
  test("0, 200, 750 or a pro rata of at most 750, in cents", () => {
    fc.assert(
      fc.property(
        isoDate("2019-01-01", "2028-12-31"),
        fc.constantFrom<DiplomaLevel>(3, 4, 5, 6, 7, 8),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.record({ fundingLevel: fc.integer({ min: 1, max: 10_000_000 }).map((c) => c / 100), daysPerformed: fc.integer({ min: 1, max: 1461 }) }), { nil: undefined }),
        fc.constantFrom("private" as const, "public" as const),
        (signatureDate, diplomaLevel, afterRupture, trialPeriodRupture, employer) => {
          fc.pre(!(afterRupture === true && trialPeriodRupture !== undefined));
          const result = employerTrainingContribution({
            signatureDate,
            diplomaLevel,
            employer,
            ...(afterRupture === undefined ? {} : { afterRupture }),
            ...(trialPeriodRupture === undefined ? {} : { trialPeriodRupture }),
          });
          expect(cents(result.amount) / 100).toBe(result.amount);
          if (result.case === "trial-period-rupture") {
            expect(result.amount).toBeGreaterThanOrEqual(0);
            expect(result.amount).toBeLessThanOrEqual(750);
          } else {
            expect(result.amount).toBe({ none: 0, flat: 750, "after-rupture": 200 }[result.case]);
          }
          if (diplomaLevel < 6 || signatureDate < "2025-07-01" || employer === "public") expect(result.amount).toBe(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});
