import { describe, expect, test } from "vitest";
import {
  apprenticeMinimumWage,
  apprenticePaySchedule,
  professionalisationMinimumWage,
  professionalisationPaySchedule,
  type PayPeriod,
} from "../../src/pay/index.js";
import { buildPeriods, periodStarts } from "../../src/pay/schedule.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectedMonthlyOnSmic, plusDays } from "./reference.js";

/** Periods are contiguous and cover start..end exactly. */
function expectContiguous(periods: readonly PayPeriod[], start: string, end: string): void {
  expect(periods[0]!.from).toBe(start);
  expect(periods.at(-1)!.to).toBe(end);
  for (let index = 1; index < periods.length; index += 1) expect(periods[index]!.from).toBe(plusDays(periods[index - 1]!.to, 1));
  for (const period of periods) expect(period.from <= period.to).toBe(true);
}

describe("apprentice schedule over a 3-year contract (seed apprentice, MIAGE Tableau 6)", () => {
  const input = { birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2028-08-31" };
  const expected = [
    { from: "2025-09-01", to: "2025-12-31", contractYear: 1, ageBand: "18-20", ratePercent: 43, smicHourly: 11.88, monthlyMinimum: 774.77 },
    { from: "2026-01-01", to: "2026-05-31", contractYear: 1, ageBand: "18-20", ratePercent: 43, smicHourly: 12.02, monthlyMinimum: 783.9 },
    { from: "2026-06-01", to: "2026-08-31", contractYear: 1, ageBand: "18-20", ratePercent: 43, smicHourly: 12.31, monthlyMinimum: 802.82 },
    { from: "2026-09-01", to: "2027-04-30", contractYear: 2, ageBand: "18-20", ratePercent: 51, smicHourly: 12.31, monthlyMinimum: 952.18 },
    { from: "2027-05-01", to: "2027-08-31", contractYear: 2, ageBand: "21-25", ratePercent: 61, smicHourly: 12.31, monthlyMinimum: 1138.88 },
    { from: "2027-09-01", to: "2028-08-31", contractYear: 3, ageBand: "21-25", ratePercent: 78, smicHourly: 12.31, monthlyMinimum: 1456.27 },
  ];

  test("split at the SMIC changes of 2026-01-01 and 2026-06-01, the anniversaries and the 21st birthday (month after)", () => {
    // source: seed golden row (774,77 €), law.md §4.6 table for 12,02 € and 12,31 €, D6222-26, D6222-31
    const { periods } = apprenticePaySchedule(input);
    expect(periods).toMatchObject(expected);
    expectContiguous(periods, input.contractStart, input.contractEnd);
  });

  test("every period equals the single-date function on its first and last day", () => {
    for (const period of apprenticePaySchedule(input).periods) {
      for (const date of [period.from, period.to]) {
        const point = apprenticeMinimumWage({ ...input, date });
        expect({ ...point, from: period.from, to: period.to }).toMatchObject({
          from: period.from,
          contractYear: period.contractYear,
          ageBand: period.ageBand,
          ratePercent: period.ratePercent,
          monthlyMinimum: period.monthlyMinimum,
          hourlyMinimum: period.hourlyMinimum,
          base: period.base,
          smic: { hourly: period.smicHourly },
        });
      }
    }
  });

  test("explanation: the splitting rule, then one step per period; warnings after dataVerifiedUntil", () => {
    const result = apprenticePaySchedule(input);
    expect(result.explanation[0]!.rule).toBe("pay.apprenticeship.schedule");
    expect(result.explanation[0]!.legalBasis).toContain("C. trav. art. R6222-4");
    const periodSteps = result.explanation.filter((step) => step.rule === "pay.apprenticeship.period");
    expect(periodSteps).toHaveLength(expected.length);
    expect(periodSteps[0]!.message).toBe(
      "Du 2025-09-01 au 2025-12-31 : 1re année, tranche « 18 à 20 ans », 43 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 774,77 € par mois",
    );
    expect(result.warnings.map((w) => w.code)).toEqual(["PARAMETERS_NOT_VERIFIED"]);
    expect(apprenticePaySchedule({ ...input, contractEnd: "2026-06-30" }).warnings).toEqual([]);
  });
});

describe("apprentice schedules: edge cases", () => {
  test("band change, SMIC change and anniversary on the same day give a single split", () => {
    // born 2004-12-10: 21 on 2025-12-10 → 21-25 from 2026-01-01 (D6222-31); SMIC 12,02 € from 2026-01-01; anniversary 2026-01-01
    const { periods } = apprenticePaySchedule({ birthDate: "2004-12-10", contractStart: "2025-01-01", contractEnd: "2026-12-31" });
    expect(periods.map((p) => [p.from, p.to, p.contractYear, p.ageBand, p.ratePercent, p.smicHourly])).toEqual([
      ["2025-01-01", "2025-12-31", 1, "18-20", 43, 11.88],
      ["2026-01-01", "2026-05-31", 2, "21-25", 61, 12.02],
      ["2026-06-01", "2026-12-31", 2, "21-25", 61, 12.31],
    ]);
  });

  test("contract started on 29 February: years change on 28 February", () => {
    const { periods } = apprenticePaySchedule({ birthDate: "2006-01-10", contractStart: "2024-02-29", contractEnd: "2026-03-31" });
    expect(periods.filter((p, i) => i === 0 || p.contractYear !== periods[i - 1]!.contractYear).map((p) => [p.from, p.contractYear])).toEqual([
      ["2024-02-29", 1],
      ["2025-02-28", 2],
      ["2026-02-28", 3],
    ]);
    expectContiguous(periods, "2024-02-29", "2026-03-31");
  });

  test("12 credited months: the contract is paid as 2nd year, then 3rd year from its first anniversary", () => {
    const { periods } = apprenticePaySchedule({ birthDate: "2006-12-10", contractStart: "2025-09-01", contractEnd: "2026-12-31", creditedMonths: 12 });
    expect(periods.map((p) => [p.from, p.contractYear, p.ratePercent])).toEqual([
      ["2025-09-01", 2, 51],
      ["2026-01-01", 2, 51],
      ["2026-06-01", 2, 51],
      ["2026-09-01", 3, 67],
    ]);
  });

  test("disabled worker, 4-year contract: the 4th year at 78 % + 15 = 93 % (seed)", () => {
    const { periods, explanation } = apprenticePaySchedule({
      birthDate: "2001-03-01",
      contractStart: "2022-09-01",
      contractEnd: "2026-08-31",
      disabledWorkerExtension: true,
    });
    const fourth = periods.filter((p) => p.contractYear === 4);
    expect(fourth.map((p) => [p.from, p.to, p.ratePercent, p.monthlyMinimum])).toEqual([
      ["2025-09-01", "2025-12-31", 93, expectedMonthlyOnSmic(93, 11.88)],
      ["2026-01-01", "2026-05-31", 93, 1695.42],
      ["2026-06-01", "2026-08-31", 93, expectedMonthlyOnSmic(93, 12.31)],
    ]);
    expect(explanation.map((s) => s.rule)).toContain("pay.apprenticeship.disabled-worker-extension");
  });

  test("SMC above the SMIC from 21: SMC-based periods", () => {
    const { periods } = apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2028-08-31", conventionalMinimumMonthly: 2000 });
    expect(periods.slice(-2).map((p) => [p.from, p.base, p.ratePercent, p.monthlyMinimum])).toEqual([
      ["2027-05-01", "SMC", 61, 1220],
      ["2027-09-01", "SMC", 78, 1560],
    ]);
  });

  test("one-day contract: one period", () => {
    const { periods } = apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2026-01-01", contractEnd: "2026-01-01" });
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({ from: "2026-01-01", to: "2026-01-01", monthlyMinimum: 783.9 });
  });

  test("Mayotte: a schedule needs the SMIC from the start (2021-01-01)", () => {
    const error = catchInputError(() =>
      apprenticePaySchedule({ birthDate: "2002-01-10", contractStart: "2020-09-01", contractEnd: "2022-08-31", territory: "mayotte" }),
    );
    expect(error.code).toBe("OUT_OF_SCOPE");
    expect(error.issues.map((issue) => issue.path)).toEqual([["contractStart"]]);
    const { periods } = apprenticePaySchedule({ birthDate: "2002-01-10", contractStart: "2021-01-01", contractEnd: "2021-12-31", territory: "mayotte" });
    expect(periods.map((p) => p.smicHourly)).toEqual([7.74, 7.91]);
  });

  test("the same-level warning uses the schedule's contract end", () => {
    const result = apprenticePaySchedule({ birthDate: "2005-06-10", contractStart: "2025-09-01", contractEnd: "2026-09-30", sameLevelDiploma: true });
    expect(result.warnings.map((w) => w.code)).toContain("SAME_LEVEL_DIPLOMA_CONTRACT_OVER_ONE_YEAR");
  });
});

describe("CPRO schedule", () => {
  test("24-month contract: SMIC changes, an anniversary (contract year for information) and the 21st birthday", () => {
    // born 2005-12-15: 21 on 2026-12-15 → 21-25 from 2027-01-01 (D6325-16)
    const input = { birthDate: "2005-12-15", contractStart: "2025-09-01", contractEnd: "2027-08-31", qualification: "bac-pro-or-higher" as const };
    const { periods, explanation } = professionalisationPaySchedule(input);
    expect(periods.map((p) => [p.from, p.to, p.contractYear, p.ageBand, p.ratePercent, p.monthlyMinimum])).toEqual([
      ["2025-09-01", "2025-12-31", 1, "under-21", 65, 1171.17],
      ["2026-01-01", "2026-05-31", 1, "under-21", 65, 1184.97],
      ["2026-06-01", "2026-08-31", 1, "under-21", 65, 1213.56],
      ["2026-09-01", "2026-12-31", 2, "under-21", 65, 1213.56],
      ["2027-01-01", "2027-08-31", 2, "21-25", 80, 1493.61],
    ]);
    expectContiguous(periods, input.contractStart, input.contractEnd);
    for (const period of periods) {
      expect(professionalisationMinimumWage({ ...input, date: period.to }).monthlyMinimum).toBe(period.monthlyMinimum);
    }
    expect(explanation.filter((step) => step.rule === "pay.professionalisation.period")).toHaveLength(periods.length);
  });

  test("seed CPRO (65 %) over 12 months", () => {
    const { periods } = professionalisationPaySchedule({
      birthDate: "2006-01-15",
      contractStart: "2025-09-01",
      contractEnd: "2026-08-31",
      qualification: "bac-pro-or-higher",
    });
    expect(periods.map((p) => [p.from, p.to, p.monthlyMinimum])).toEqual([
      ["2025-09-01", "2025-12-31", 1171.17],
      ["2026-01-01", "2026-05-31", 1184.97],
      ["2026-06-01", "2026-08-31", 1213.56],
    ]);
  });

  test("26+ with a SMC: 85 % of the SMC as long as it is above the SMIC", () => {
    const { periods } = professionalisationPaySchedule({
      birthDate: "1990-05-05",
      contractStart: "2025-09-01",
      contractEnd: "2026-08-31",
      qualification: "below-bac-pro",
      conventionalMinimumMonthly: 2160,
    });
    // 85 % × 2 160 = 1 836 €: above 1 801,80 and 1 823,03, below 1 867,02 (June 2026)
    expect(periods.map((p) => [p.from, p.base, p.monthlyMinimum])).toEqual([
      ["2025-09-01", "SMC", 1836],
      ["2026-01-01", "SMC", 1836],
      ["2026-06-01", "SMIC", 1867.02],
    ]);
  });
});

describe("period building (internal)", () => {
  test("periodStarts keeps the start, then changes inside the contract, sorted and unique", () => {
    expect(periodStarts("2025-09-01", "2026-08-31", ["2026-06-01", "2025-09-01", "2026-01-01", "2026-01-01", "2026-09-01"])).toEqual([
      "2025-09-01",
      "2026-01-01",
      "2026-06-01",
    ]);
  });

  test("identical neighbours are merged (a change date that changes nothing)", () => {
    const value = (ratePercent: number) => ({ ratePercent });
    const evaluations: Record<string, { ratePercent: number }> = { "2025-09-01": value(43), "2026-01-01": value(43), "2026-06-01": value(51) };
    const { periods, evaluations: kept } = buildPeriods(
      ["2025-09-01", "2026-01-01", "2026-06-01"],
      "2026-08-31",
      (date) => evaluations[date]!,
      (evaluation, from, to): PayPeriod => ({
        from,
        to,
        contractYear: 1,
        ageBand: "18-20",
        ratePercent: evaluation.ratePercent,
        smicHourly: 12.02,
        monthlyMinimum: evaluation.ratePercent * 10,
        base: "SMIC",
        hourlyMinimum: 1,
      }),
    );
    expect(periods.map((p) => [p.from, p.to, p.ratePercent])).toEqual([
      ["2025-09-01", "2026-05-31", 43],
      ["2026-06-01", "2026-08-31", 51],
    ]);
    expect(kept).toHaveLength(2);
  });
});
