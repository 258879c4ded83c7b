import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { centsOf, Dec, monthlyFromHourly, roundedQuotient, roundHalfUp } from "../../src/core/money.js";

describe("roundHalfUp: half-up to the cent (API.md §0)", () => {
  test.for([
    { value: "759.765", places: 2, expected: 759.77, source: "law.md §4.6: 43 % of 11,65 € × 35 × 52 / 12 = 759,7658… → 759,77" },
    { value: "0.005", places: 2, expected: 0.01, source: "half goes up" },
    { value: "0.0049999", places: 2, expected: 0, source: "below half goes down" },
    { value: "2.675", places: 2, expected: 2.68, source: "a float would give 2.67 (2.675 is 2.67499… in binary)" },
    { value: "23.5", places: 0, expected: 24, source: "to the euro (CSS D242-19)" },
    { value: "29.309", places: 0, expected: 29, source: "law.md §6.2: 2025 PSS × 12 / 1607 = 29,31 → 29 €" },
  ])("$value → $expected ($source)", (row) => {
    expect(roundHalfUp(new Dec(row.value), row.places)).toBe(row.expected);
  });
});

describe("monthlyFromHourly: hourly × weekly hours × 52 / 12, exact", () => {
  test.for([
    { hourly: 12.02, weekly: 35, expected: "1823.03", source: "law.md §5: official monthly SMIC 2026" },
    { hourly: 11.88, weekly: 35, expected: "1801.80", source: "law.md §5: official monthly SMIC 2024-11" },
    { hourly: 12.31, weekly: 35, expected: "1867.02", source: "law.md §5: official monthly SMIC 2026-06" },
    { hourly: 12.02, weekly: 17.5, expected: "911.52", source: "half time (1 823,03 / 2 = 911,515 → 911,52)" },
  ])("$hourly €/h × $weekly h → $expected", (row) => {
    expect(monthlyFromHourly(row.hourly, row.weekly).toFixed(2, Dec.ROUND_HALF_UP)).toBe(row.expected);
  });

  test("exact: no float accumulation (0.1 × 3 = 0.3)", () => {
    expect(new Dec(0.1).times(3).toNumber()).toBe(0.3);
  });
});

test("the private clone leaves the global decimal.js configuration untouched", () => {
  expect(Decimal.precision).toBe(20);
  expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
  expect(Dec.precision).toBe(40);
  expect(Dec).not.toBe(Decimal);
});

describe("roundedQuotient: integer quotient rounded half-up, exact (net-pay lines in cents × millionths)", () => {
  test.for([
    { numerator: 3865, denominator: 1000, expected: 4, source: "3,865 → 4 (above half)" },
    { numerator: 75_000, denominator: 10_000, expected: 8, source: "7,5 → 8 (half goes up)" },
    { numerator: 74_999, denominator: 10_000, expected: 7, source: "7,4999 → 7 (below half)" },
    { numerator: 0, denominator: 1_000_000, expected: 0, source: "a zero base" },
    { numerator: 5_601 * 69_000, denominator: 1_000_000, expected: 386, source: "56,01 € × 6,90 % = 3,86469 € → 3,86 € (net-pay JSDoc line)" },
    { numerator: 999_999_999 * 500_000, denominator: 1_000_000, expected: 500_000_000, source: "the largest base (10 000 000 € − 1 ct) × 50 % = 4 999 999,995 € → 5 000 000,00 €: a half at the top of the range" },
  ])("$numerator / $denominator → $expected ($source)", (row) => {
    expect(roundedQuotient(row.numerator, row.denominator)).toBe(row.expected);
  });

  test("equals the exact BigInt quotient rounded half-up for every safe product of a base ≤ 10⁹ cents by a rate ≤ 10⁶ millionths", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (base, perMillion) => {
        const numerator = BigInt(base) * BigInt(perMillion);
        const expected = (2n * numerator + 1_000_000n) / 2_000_000n;
        expect(roundedQuotient(base * perMillion, 1_000_000)).toBe(Number(expected));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("centsOf: euros with two decimals as whole cents", () => {
  test.for([
    { euros: 774.77, cents: 77_477, source: "law.md §4.6: 43 % of the SMIC, 2025-09" },
    { euros: 0.57, cents: 57, source: "0.57 × 100 is 56.99999999999999 as a double: rounded, not truncated" },
    { euros: 0.07, cents: 7, source: "0.07 × 100 is 7.000000000000001 as a double" },
    { euros: 10_000_000, cents: 1_000_000_000, source: "MAX_GROSS_MONTHLY (src/net-pay/input.ts)" },
  ])("$euros € → $cents ct ($source)", (row) => {
    expect(centsOf(row.euros)).toBe(row.cents);
  });
});
