import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addProrated, prorated, roundProrated } from "../../src/core/prorated.js";

describe("prorated amounts: whole cents + 1/755 160 of a cent, exact", () => {
  test.for([
    { monthlyCents: 72_195, days: 7, length: 30, expected: { cents: 16_845, share: 377_580 }, source: "721,95 € × 7/30 = 168,455 € (a half cent: 377 580 = 755 160 / 2)" },
    { monthlyCents: 100, days: 1, length: 31, expected: { cents: 3, share: 170_520 }, source: "1 € / 31: 100 × 755 160 / 31 = 2 436 000 units = 3 ct + 170 520 units" },
    { monthlyCents: 100, days: 28, length: 28, expected: { cents: 100, share: 0 }, source: "a whole February" },
    { monthlyCents: 1_000_000_000, days: 30, length: 31, expected: { cents: 967_741_935, share: 365_400 }, source: "the largest amount (10 000 000 €) × 30/31: 10⁹ × 30 × 755 160 / 31 = 730 800 000 000 000 units (below 2^53)" },
  ])("prorated($monthlyCents, $days, $length) ($source)", (row) => {
    expect(prorated(row.monthlyCents, row.days, row.length)).toEqual(row.expected);
  });

  test.for([
    { a: { cents: 1, share: 500_000 }, b: { cents: 2, share: 300_000 }, expected: { cents: 4, share: 44_840 }, source: "the shares carry one cent" },
    { a: { cents: 1, share: 377_579 }, b: { cents: 2, share: 377_580 }, expected: { cents: 3, share: 755_159 }, source: "just below a cent: no carry" },
  ])("addProrated ($source)", (row) => {
    expect(addProrated(row.a, row.b)).toEqual(row.expected);
  });

  test.for([
    { amount: { cents: 89_040, share: 377_580 }, expected: 890.41, source: "890,405 €: half up" },
    { amount: { cents: 89_040, share: 377_579 }, expected: 890.4, source: "just below the half" },
    { amount: { cents: 0, share: 0 }, expected: 0, source: "nothing" },
  ])("roundProrated → $expected ($source)", (row) => {
    expect(roundProrated(row.amount)).toBe(row.expected);
  });

  test("prorated equals the BigInt quotient and remainder for every amount up to 10⁹ cents (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.constantFrom(28, 29, 30, 31), fc.nat(31), (monthlyCents, length, rawDays) => {
        const days = (rawDays % length) + 1;
        const numerator = BigInt(monthlyCents) * BigInt(days) * 755_160n;
        const units = numerator / BigInt(length);
        expect(prorated(monthlyCents, days, length)).toEqual({ cents: Number(units / 755_160n), share: Number(units % 755_160n) });
      }),
      { numRuns: 10_000 },
    );
  });
});
