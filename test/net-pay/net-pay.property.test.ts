/**
 * Invariants of netPay (fast-check): the lines sum to the totals exactly, net ≤ gross, net rises with
 * the gross (up to the payslip rounding of each line, and except the CET's step at the social-security
 * ceiling, which the law makes), the regime depends on the signature date only, `explain: false` changes
 * nothing else.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Dec } from "../../src/core/money.js";
import { netPay, socialSecurityCeilingAt, type NetPayInput } from "../../src/index.js";
import { plusDays } from "../pay/reference.js";

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((value) => value / 100);
const month = fc.integer({ min: 0, max: 12 * 8 - 1 }).map((index) => `${2019 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);

/** A valid input: any month 2019-2026, a signature from 2019 up to the end of that month. */
const input: fc.Arbitrary<NetPayInput> = fc
  .record({
    contract: fc.constantFrom("apprenticeship" as const, "professionalisation" as const),
    grossMonthly: fc.oneof(cents(2_500), cents(50_000)),
    month,
    signatureBack: fc.integer({ min: 0, max: 3 * 366 }),
    employer: fc.constantFrom("private" as const, "public" as const),
    alsaceMoselle: fc.boolean(),
    healthEmployeeMonthly: fc.oneof(fc.constant(0), cents(80)),
    healthEmployerMonthly: fc.oneof(fc.constant(0), cents(80)),
  })
  .map(({ signatureBack, month: paid, ...rest }) => {
    const signed = plusDays(`${paid}-28`, -signatureBack);
    return { ...rest, month: paid, signatureDate: signed < "2019-01-01" ? "2019-01-01" : signed };
  });

const sum = (values: readonly number[]): Dec => values.reduce((total, value) => total.plus(value), new Dec(0));
const isCsg = (id: string): boolean => id === "csg-deductible" || id === "csg-non-deductible" || id === "crds";

describe("netPay invariants", () => {
  test("every line is base × rate rounded half-up to the cent, and the lines sum to the totals exactly", () => {
    fc.assert(
      fc.property(input, (value) => {
        const result = netPay({ ...value, explain: false });
        for (const line of result.contributions) {
          expect(new Dec(line.base).decimalPlaces()).toBeLessThanOrEqual(2);
          expect(line.base).toBeGreaterThan(0);
          expect(line.amount).toBe(new Dec(line.base).times(line.ratePercent).div(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toNumber());
        }
        const social = result.contributions.filter((line) => !isCsg(line.id));
        const csg = result.contributions.filter((line) => isCsg(line.id));
        expect(sum(social.map((line) => line.amount)).toNumber()).toBe(result.employeeContributions);
        expect(sum(csg.map((line) => line.amount)).toNumber()).toBe(result.csgCrds);
        const net = new Dec(value.grossMonthly).minus(result.employeeContributions).minus(result.csgCrds).minus(value.healthEmployeeMonthly ?? 0);
        expect(net.toNumber()).toBe(result.netBeforeIncomeTax);
        const nonDeductible = sum(csg.filter((line) => line.id !== "csg-deductible").map((line) => line.amount));
        expect(net.plus(nonDeductible).plus(value.healthEmployerMonthly ?? 0).toNumber()).toBe(result.taxableNet);
      }),
      { numRuns: 400 },
    );
  });

  test("net ≤ gross − the employee's health share; taxable net ≥ net", () => {
    fc.assert(
      fc.property(input, (value) => {
        const result = netPay({ ...value, explain: false });
        expect(result.netBeforeIncomeTax).toBeLessThanOrEqual(new Dec(value.grossMonthly).minus(value.healthEmployeeMonthly ?? 0).toNumber());
        expect(result.taxableNet).toBeGreaterThanOrEqual(result.netBeforeIncomeTax);
      }),
      { numRuns: 400 },
    );
  });

  // Rounding each line to the cent can make a cent more of gross give a cent or two less of net
  // (several lines rounding up at once): the exact net rises, the payslip's may lag by at most half a
  // cent per line on each side. Crossing the social-security ceiling, the CET (0,14 % of the pay,
  // due only above it) makes the net drop: a step the law makes (law-money.md §2.3).
  test("net rises with the gross, up to half a cent per line, on each side of the social-security ceiling", () => {
    fc.assert(
      fc.property(input, cents(3_000), (value, more) => {
        const higher = { ...value, grossMonthly: new Dec(value.grossMonthly).plus(more).toNumber() };
        const ceiling = socialSecurityCeilingAt(`${value.month}-01`).monthly;
        fc.pre(value.employer === "public" || (value.grossMonthly > ceiling) === (higher.grossMonthly > ceiling));
        const low = netPay({ ...value, explain: false });
        const high = netPay({ ...higher, explain: false });
        const slack = new Dec(0.005).times(low.contributions.length + high.contributions.length).plus(0.005);
        expect(new Dec(high.netBeforeIncomeTax).minus(low.netBeforeIncomeTax).plus(slack).toNumber()).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  test("5 cents more of gross never lower the net on the same side of the ceiling (every 97th cent from 900 € to 4 500 €)", () => {
    let checked = 0;
    for (const value of [
      { contract: "apprenticeship" as const, month: "2026-07", signatureDate: "2025-09-01" },
      { contract: "apprenticeship" as const, month: "2026-07", signatureDate: "2024-09-01" },
      { contract: "professionalisation" as const, month: "2026-07", signatureDate: "2025-09-01" },
    ]) {
      for (let cent = 90_000; cent <= 450_000; cent += 97) {
        if (cent > 400_500 && cent - 5 <= 400_500) continue;
        const now = netPay({ ...value, grossMonthly: cent / 100, explain: false }).netBeforeIncomeTax;
        const before = netPay({ ...value, grossMonthly: (cent - 5) / 100, explain: false }).netBeforeIncomeTax;
        expect(now, `${value.contract} ${value.signatureDate} ${cent / 100} €`).toBeGreaterThanOrEqual(before);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  test("the CET step at the ceiling: one cent above 4 005 € costs 0,14 % of the excess", () => {
    const at = netPay({ contract: "apprenticeship", grossMonthly: 4005, month: "2026-07", signatureDate: "2025-09-01" });
    const above = netPay({ contract: "apprenticeship", grossMonthly: 4005.01, month: "2026-07", signatureDate: "2025-09-01" });
    expect(above.contributions.find((line) => line.id === "cet")).toMatchObject({ base: 3071.5, amount: 4.3 });
    expect(new Dec(at.netBeforeIncomeTax).minus(above.netBeforeIncomeTax).toNumber()).toBe(4.29);
  });

  test("the regime depends on the signature date only; the CPRO is always standard", () => {
    fc.assert(
      fc.property(input, (value) => {
        const result = netPay({ ...value, explain: false });
        if (value.contract === "professionalisation") expect(result.regime).toBe("standard");
        else expect(result.regime).toBe(value.signatureDate < "2025-03-01" ? "apprentice-before-2025-03" : "apprentice-from-2025-03");
        expect(result.exemptionCeiling === null).toBe(value.contract === "professionalisation");
      }),
      { numRuns: 200 },
    );
  });

  test("explain: false changes nothing but the explanation", () => {
    fc.assert(
      fc.property(input, fc.constantFrom("fr" as const, "en" as const), (value, locale) => {
        const full = netPay({ ...value, locale });
        expect(netPay({ ...value, locale, explain: false })).toEqual({ ...full, explanation: [] });
        expect(full.explanation.filter((step) => step.rule.startsWith("net-pay.line.")).length).toBe(full.contributions.length);
      }),
      { numRuns: 150 },
    );
  });
});
