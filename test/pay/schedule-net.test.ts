/**
 * The net column and the totals of pay schedules (API.md §8): netMonthlyMinimum by the public netPay
 * (regime by the signature date), periods split where the ceiling changes the net, every SMIC change,
 * Mayotte, the signature-date checks, totals by contract year with partial months by calendar days,
 * and the invariants (totals = sum of the parts counted day by day, the net holds on every day).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, daysBetween, daysInMonth, firstDayOfNextMonth } from "../../src/core/dates.js";
import { Dec } from "../../src/core/money.js";
import { apprenticePaySchedule, netPay, professionalisationPaySchedule, type ApprenticePayScheduleInput, type PaySchedule } from "../../src/index.js";
import { roundProrated, type ProratedAmount } from "../../src/core/prorated.js";
import { amountOver } from "../../src/pay/schedule-net.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectIssues } from "../support/explained.js";
import { plusDays, plusMonths } from "./reference.js";

const summary = (schedule: PaySchedule) => schedule.periods.map((period) => [period.from, period.to, period.monthlyMinimum, period.netMonthlyMinimum]);

describe("netMonthlyMinimum", () => {
  test("below 50 % of the SMIC, the net is the gross (contract concluded from 2025-03-01)", () => {
    expect(summary(apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-08-31" }))).toEqual([
      ["2025-09-01", "2025-12-31", 774.77, 774.77],
      ["2026-01-01", "2026-05-31", 783.9, 783.9],
      ["2026-06-01", "2026-08-31", 802.82, 802.82],
    ]);
  });

  // 21–25, concluded 2025-09-01: 53 % then 61 %; every SMIC change inside the schedule changes the net.
  test("every SMIC change inside a schedule: the net of each period is netPay of its month", () => {
    const schedule = apprenticePaySchedule({ birthDate: "2003-05-10", contractStart: "2025-09-01", contractEnd: "2027-08-31" });
    expect(summary(schedule)).toEqual([
      ["2025-09-01", "2025-12-31", 954.95, 943.69],
      ["2026-01-01", "2026-05-31", 966.21, 954.82],
      ["2026-06-01", "2026-08-31", 989.52, 977.86],
      ["2026-09-01", "2027-08-31", 1138.88, 1096.08],
    ]);
    for (const period of schedule.periods) {
      expect(period.netMonthlyMinimum).toBe(netPay({ contract: "apprenticeship", grossMonthly: period.monthlyMinimum, month: period.from.slice(0, 7), signatureDate: "2025-09-01" }).netBeforeIncomeTax);
    }
  });

  test("the regime follows the signature date, not the start: signed 2025-02-20, started 2025-03-03", () => {
    const input = { birthDate: "2003-05-10", contractStart: "2025-03-03", contractEnd: "2026-03-02" };
    const signedBefore = apprenticePaySchedule({ ...input, signatureDate: "2025-02-20" });
    const signedOnStart = apprenticePaySchedule(input);
    expect(signedBefore.periods.map((period) => period.netMonthlyMinimum)).toEqual([954.95, 966.21]);
    expect(signedOnStart.periods.map((period) => period.netMonthlyMinimum)).toEqual([943.69, 954.82]);
    expect(signedBefore.explanation.find((step) => step.rule === "pay.schedule.net")?.message).toBe(
      "Minimum net : net à payer avant impôt de chaque minimum mensuel (netPay), employeur privé, contrat conclu le 2025-02-20 (contrat conclu avant le 2025-03-01 : exonération jusqu'à 79 % du SMIC, sans CSG/CRDS), sans mutuelle",
    );
  });

  test("a period is split where the social-security ceiling changes the net (SMC of 6 000 €, 2025-01-01)", () => {
    const schedule = apprenticePaySchedule({ birthDate: "1996-01-15", contractStart: "2024-09-01", contractEnd: "2025-08-31", conventionalMinimumMonthly: 6000 });
    expect(summary(schedule)).toEqual([
      ["2024-09-01", "2024-10-31", 6000, 5481.62],
      ["2024-11-01", "2024-12-31", 6000, 5484.44],
      ["2025-01-01", "2025-08-31", 6000, 5483.71],
    ]);
    // The period steps follow the periods (the SMIC since which each applies).
    expect(schedule.explanation.filter((step) => step.rule === "pay.apprenticeship.period").map((step) => step.values?.["smicSince"])).toEqual(["2024-01-01", "2024-11-01", "2024-11-01"]);
    expect(schedule.explanation[0]!.values).toEqual({ contractStart: "2024-09-01", contractEnd: "2025-08-31", periods: 3 });
  });

  test("CPRO: the standard regime, whatever the signature date", () => {
    const input = { birthDate: "2006-01-15", contractStart: "2025-09-01", contractEnd: "2026-08-31", qualification: "bac-pro-or-higher" as const };
    const schedule = professionalisationPaySchedule(input);
    expect(summary(schedule)).toEqual([
      ["2025-09-01", "2025-12-31", 1171.17, 927.1],
      ["2026-01-01", "2026-05-31", 1184.97, 938.02],
      ["2026-06-01", "2026-08-31", 1213.56, 960.64],
    ]);
    expect(summary(professionalisationPaySchedule({ ...input, signatureDate: "2025-08-01" }))).toEqual(summary(schedule));
  });

  test("Mayotte: no net (its rates are not covered), a warning, null totals", () => {
    const schedule = apprenticePaySchedule({ birthDate: "2002-01-10", contractStart: "2025-09-01", contractEnd: "2026-01-31", territory: "mayotte" });
    expect(schedule.periods.map((period) => period.netMonthlyMinimum)).toEqual([null, null]);
    expect(schedule.totals.net).toBeNull();
    expect(schedule.totals.byContractYear.map((year) => year.net)).toEqual([null]);
    expect(schedule.warnings.map((warning) => [warning.code, warning.field])).toEqual([["NET_PAY_NOT_COVERED", "territory"]]);
    expect(schedule.explanation.some((step) => step.rule === "pay.schedule.net")).toBe(false);
    expect(schedule.explanation.at(-1)!.message).toBe(
      "Total du minimum sur 1 année(s) de contrat : 3\u202f637,34 € brut, non calculé net ; un mois entamé compte au prorata des jours calendaires couverts (jours / jours du mois), somme exacte arrondie une fois",
    );
  });
});

describe("signatureDate input", () => {
  const input = { birthDate: "2006-04-10", contractStart: "2025-09-15", contractEnd: "2026-08-31" };
  test.for([
    { signatureDate: "2025-09-30", ok: true },
    { signatureDate: "2025-06-01", ok: true },
    { signatureDate: "2019-01-01", ok: true },
  ])("$signatureDate is accepted", ({ signatureDate }) => {
    expect(apprenticePaySchedule({ ...input, signatureDate }).periods.length).toBeGreaterThan(0);
  });

  test("a signature after the first month is refused, naming the field", () => {
    expectIssues((locale) => apprenticePaySchedule({ ...input, signatureDate: "2025-10-01", locale }), [
      [
        ["signatureDate"],
        "SIGNATURE_AFTER_FIRST_MONTH",
        "signatureDate : le contrat doit être conclu au plus tard le dernier jour de son premier mois (2025-09-30)",
        "signatureDate: the contract must be concluded by the last day of its first month (2025-09-30)",
      ],
    ]);
    expect(catchInputError(() => professionalisationPaySchedule({ ...input, qualification: "below-bac-pro", signatureDate: "2025-11-01" })).issues[0]!.code).toBe(
      "SIGNATURE_AFTER_FIRST_MONTH",
    );
  });

  test("a signature before 2019 is out of scope; a malformed one is invalid", () => {
    expect(catchInputError(() => apprenticePaySchedule({ ...input, signatureDate: "2018-12-31" })).issues.map((issue) => [issue.path, issue.code])).toEqual([[["signatureDate"], "OUT_OF_SCOPE"]]);
    expect(catchInputError(() => apprenticePaySchedule({ ...input, signatureDate: "2025-02-30" })).issues.map((issue) => [issue.path, issue.code])).toEqual([[["signatureDate"], "INVALID_DATE"]]);
  });
});

describe("totals", () => {
  /** An exact amount as a decimal, in euros: cents + share / 755 160 of a cent. */
  const asDecimal = (amount: ProratedAmount): Dec => new Dec(amount.share).div(755_160).plus(amount.cents).div(100);

  test.for([
    { from: "2025-09-01", to: "2026-08-31", monthly: 1, expected: new Dec(12), source: "12 whole months" },
    { from: "2025-09-15", to: "2025-09-30", monthly: 1, expected: new Dec(16).div(30), source: "16 days of a 30-day month" },
    { from: "2024-02-10", to: "2024-03-31", monthly: 1, expected: new Dec(20).div(29).plus(1), source: "20 days of a leap February, then March" },
    { from: "2026-01-01", to: "2026-01-01", monthly: 1, expected: new Dec(1).div(31), source: "one day of January" },
    { from: "2025-09-15", to: "2026-03-10", monthly: 1, expected: new Dec(16).div(30).plus(5).plus(new Dec(10).div(31)), source: "16/30 + 5 months + 10/31" },
    { from: "2025-09-15", to: "2025-10-31", monthly: 900, expected: new Dec(1380), source: "900 × 16/30 + 900" },
    // On a half cent exactly (721,95 € × 7/30 + 721,95 € = 890,405 €): kept exact, so the total rounds up to 890,41 €
    // (found by the property below under TZ=Pacific/Kiritimati's seed when the product was divided first).
    { from: "2022-11-24", to: "2022-12-31", monthly: 721.95, expected: new Dec("890.405"), source: "a half cent" },
  ])("amountOver $from → $to at $monthly € ($source)", (row) => {
    expect(asDecimal(amountOver(row.from, row.to, row.monthly)).toString()).toBe(row.expected.toString());
  });

  test("roundProrated rounds a half cent up: 890,405 € → 890,41 €", () => {
    expect(roundProrated(amountOver("2022-11-24", "2022-12-31", 721.95))).toBe(890.41);
  });

  test("amountOver equals the month-by-month sum (each month: amount × days covered / days in it) for any period from 2019 to 2199 (property)", () => {
    /** The definition, month by month. */
    const oracle = (from: string, to: string, monthly: number): Dec => {
      let total = new Dec(0);
      for (let start = from; start <= to; start = firstDayOfNextMonth(start)) {
        const monthEnd = addDays(firstDayOfNextMonth(start), -1);
        const end = monthEnd < to ? monthEnd : to;
        total = total.plus(new Dec(monthly).times(daysBetween(start, end) + 1).div(daysInMonth(start)));
      }
      return total;
    };
    const day = fc.integer({ min: 0, max: 66_000 }).map((offset) => addDays("2019-01-01", offset));
    const monthly = fc.integer({ min: 1, max: 1_000_000_000 }).map((cents) => cents / 100);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 1_500 }), monthly, (from, length, amount) => {
        const to = addDays(from, length);
        const exact = amountOver(from, to, amount);
        expect(exact.share).toBeGreaterThanOrEqual(0);
        expect(exact.share).toBeLessThan(755_160);
        // Equal to 20 decimals: a quotient like 20/31 holds 40 significant digits (decimal.js), so with amounts up to 10⁷ €
        // the oracle's last digits move with the order of its additions; one unit of `share` is 1.3 × 10⁻⁸ €.
        expect(asDecimal(exact).toDecimalPlaces(20).toString()).toBe(oracle(from, to, amount).toDecimalPlaces(20).toString());
        expect(roundProrated(exact)).toBe(oracle(from, to, amount).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toNumber());
      }),
      { numRuns: 2_000 },
    );
  });

  test("a contract starting and ending mid-month: partial months by calendar days, one rounding", () => {
    // 16/30 + 3 months at 774,77 €, 2 months + 10/31 at 783,90 € (law.md §4.6; independent recomputation: 4 558,19 €).
    const schedule = apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-15", contractEnd: "2026-03-10" });
    expect(schedule.totals).toEqual({
      byContractYear: [{ contractYear: 1, from: "2025-09-15", to: "2026-03-10", gross: 4558.19, net: 4558.19 }],
      gross: 4558.19,
      net: 4558.19,
    });
  });

  test("by contract year, across an anniversary in mid-month", () => {
    const schedule = apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-15", contractEnd: "2027-01-31" });
    expect(schedule.totals.byContractYear.map((year) => [year.contractYear, year.from, year.to])).toEqual([
      [1, "2025-09-15", "2026-09-14"],
      [2, "2026-09-15", "2027-01-31"],
    ]);
  });

  test("the step gives the totals, in English too", () => {
    const schedule = apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-08-31", locale: "en" });
    expect(schedule.explanation.at(-1)).toEqual({
      rule: "pay.schedule.totals",
      message:
        "Minimum paid over 1 contract year(s): €9,427.04 gross, €9,427.04 net; a partly covered month counts by calendar days covered (days / days in the month), summed exactly and rounded once",
      legalBasis: ["C. trav. art. D6222-26", "C. trav. art. D6325-15"],
      values: { gross: 9427.04, net: 9427.04, contractYears: 1 },
    });
    expect(apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-08-31", explain: false }).totals.gross).toBe(9427.04);
  });
});

/**
 * The amount of a period counted day by day, exactly: each day is 1 / (days in its month) of a month.
 * Kept as a whole number of 1 / (100 × LCM(28, 29, 30, 31)) euros, so that a total falling exactly on a
 * half cent is rounded half-up as the library does (a decimal division per day would not be exact).
 */
const DAYS_LCM = 377_580n; // LCM(28, 29, 30, 31)
function dayByDay(from: string, to: string, monthly: number): bigint {
  const cents = BigInt(Math.round(monthly * 100));
  let total = 0n;
  for (let day = from; day <= to; day = plusDays(day, 1)) {
    const [year, month] = day.split("-").map(Number) as [number, number];
    total += (cents * DAYS_LCM) / BigInt(new Date(Date.UTC(year, month, 0)).getUTCDate());
  }
  return total;
}

/** A {@link dayByDay} sum in euros, rounded half-up to the cent. */
const euros = (exact: bigint): number => Number((2n * exact + DAYS_LCM) / (2n * DAYS_LCM)) / 100;

describe("invariants", () => {
  const contract: fc.Arbitrary<ApprenticePayScheduleInput> = fc
    .record({
      start: fc.integer({ min: 0, max: 7 * 365 }),
      age: fc.integer({ min: 16, max: 30 }),
      length: fc.integer({ min: 0, max: 3 * 366 }),
      smc: fc.option(fc.integer({ min: 150_000, max: 1_000_000 }).map((cents) => cents / 100), { nil: undefined, freq: 3 }),
      signedBefore: fc.integer({ min: 0, max: 60 }),
    })
    .map(({ start, age, length, smc, signedBefore }) => {
      const contractStart = plusDays("2019-03-01", start);
      return {
        birthDate: plusMonths(contractStart, -(age * 12 + 5)),
        contractStart,
        contractEnd: plusDays(contractStart, length),
        signatureDate: plusDays(contractStart, -signedBefore) < "2019-01-01" ? "2019-01-01" : plusDays(contractStart, -signedBefore),
        ...(smc === undefined ? {} : { conventionalMinimumMonthly: smc }),
      };
    });

  test.for([
    // 23 667,625 € exactly: half-up gives ,63 (a decimal division per day gave ,62499… and ,62)
    { birthDate: "2007-01-24", contractStart: "2025-06-24", contractEnd: "2027-09-02", signatureDate: "2025-06-24", gross: 23667.63, source: "exact sum by fractions (days / days in the month), API.md §8" },
  ])("a total on an exact half cent is rounded up: $gross", ({ gross, source: _source, ...input }) => {
    expect(apprenticePaySchedule({ ...input, explain: false }).totals.gross).toBe(gross);
  });

  test("totals equal the periods counted day by day, rounded once; years add up to the total within half a cent each", () => {
    fc.assert(
      fc.property(contract, (input) => {
        const { periods, totals } = apprenticePaySchedule({ ...input, explain: false });
        const gross = periods.reduce((total, period) => total + dayByDay(period.from, period.to, period.monthlyMinimum), 0n);
        const net = periods.reduce((total, period) => total + dayByDay(period.from, period.to, period.netMonthlyMinimum!), 0n);
        expect(totals.gross).toBe(euros(gross));
        expect(totals.net).toBe(euros(net));
        const years = totals.byContractYear;
        expect(years[0]!.from).toBe(input.contractStart);
        expect(years.at(-1)!.to).toBe(input.contractEnd);
        years.forEach((year, index) => index > 0 && expect(year.from).toBe(plusDays(years[index - 1]!.to, 1)));
        const slack = 0.005 * years.length + 1e-9;
        expect(Math.abs(years.reduce((total, year) => total + year.gross, 0) - totals.gross)).toBeLessThanOrEqual(slack);
        expect(Math.abs(years.reduce((total, year) => total + year.net!, 0) - totals.net!)).toBeLessThanOrEqual(slack);
      }),
      { numRuns: 60 },
    );
  });

  test("each period's net holds on its first and last day, and neighbours differ", () => {
    fc.assert(
      fc.property(contract, (input) => {
        const { periods } = apprenticePaySchedule({ ...input, explain: false });
        for (const period of periods) {
          for (const day of [period.from, period.to]) {
            const net = netPay({ contract: "apprenticeship", grossMonthly: period.monthlyMinimum, month: day.slice(0, 7), signatureDate: input.signatureDate!, explain: false });
            expect(period.netMonthlyMinimum).toBe(net.netBeforeIncomeTax);
          }
          expect(period.netMonthlyMinimum).toBeLessThanOrEqual(period.monthlyMinimum);
        }
        periods.forEach((period, index) => {
          if (index === 0) return;
          const { from, to, ...previous } = periods[index - 1]!;
          const { from: nextFrom, to: nextTo, ...current } = period;
          expect(current).not.toEqual(previous);
          expect(nextFrom).toBe(plusDays(to, 1));
          expect(from <= nextTo).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });
});
