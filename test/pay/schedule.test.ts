import { describe, expect, test } from "vitest";
import {
  apprenticeMinimumWage,
  apprenticePaySchedule,
  professionalisationMinimumWage,
  professionalisationPaySchedule,
  type ApprenticePayScheduleInput,
  type MinimumPeriod,
  type PayPeriod,
  type ProfessionalisationPayScheduleInput,
} from "../../src/pay/index.js";
import { buildPeriods, periodStarts } from "../../src/pay/schedule.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, type Explained } from "../support/explained.js";
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
      (evaluation, from, to): MinimumPeriod => ({
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

describe("schedule explanations word for word, in French and English", () => {
  const apprentice: Array<{ name: string; input: ApprenticePayScheduleInput; source: string } & Explained> = [
    {
      name: "17 to 18 during a one-year contract, across a SMIC revaluation",
      input: { birthDate: "2008-02-10", contractStart: "2025-09-01", contractEnd: "2026-05-31" },
      explanation: [
        ["pay.apprenticeship.schedule", { contractStart: "2025-09-01", contractEnd: "2026-05-31", periods: 3 }, "Du 2025-09-01 au 2026-05-31 : 3 période(s), coupées à chaque anniversaire du contrat, changement de tranche d'âge et revalorisation du SMIC", "2025-09-01 to 2026-05-31: 3 period(s), split at every contract anniversary, age-band change and SMIC revaluation"],
        ["pay.apprenticeship.period", { from: "2025-09-01", to: "2025-12-31", contractYear: 1, ageBand: "under-18", ratePercent: 27, base: "SMIC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 486.49 }, "Du 2025-09-01 au 2025-12-31 : 1re année, tranche « moins de 18 ans », 27 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 486,49 € par mois", "2025-09-01 to 2025-12-31: year 1, band \"under 18\", 27% of the SMIC (SMIC €11.88 an hour since 2024-11-01) → €486.49 a month"],
        ["pay.apprenticeship.period", { from: "2026-01-01", to: "2026-02-28", contractYear: 1, ageBand: "under-18", ratePercent: 27, base: "SMIC", smicHourly: 12.02, smicSince: "2026-01-01", monthlyMinimum: 492.22 }, "Du 2026-01-01 au 2026-02-28 : 1re année, tranche « moins de 18 ans », 27 % du SMIC (SMIC 12,02 € de l'heure depuis le 2026-01-01) → 492,22 € par mois", "2026-01-01 to 2026-02-28: year 1, band \"under 18\", 27% of the SMIC (SMIC €12.02 an hour since 2026-01-01) → €492.22 a month"],
        ["pay.apprenticeship.period", { from: "2026-03-01", to: "2026-05-31", contractYear: 1, ageBand: "18-20", ratePercent: 43, base: "SMIC", smicHourly: 12.02, smicSince: "2026-01-01", monthlyMinimum: 783.9 }, "Du 2026-03-01 au 2026-05-31 : 1re année, tranche « 18 à 20 ans », 43 % du SMIC (SMIC 12,02 € de l'heure depuis le 2026-01-01) → 783,90 € par mois", "2026-03-01 to 2026-05-31: year 1, band \"18 to 20\", 43% of the SMIC (SMIC €12.02 an hour since 2026-01-01) → €783.90 a month"],
        ["pay.schedule.net", { contract: "apprenticeship", signatureDate: "2025-09-01", regime: "apprentice-from-2025-03" }, "Minimum net : net à payer avant impôt de chaque minimum mensuel (netPay), employeur privé, contrat conclu le 2025-09-01 (contrat conclu à partir du 2025-03-01 : exonération jusqu'à 50 % du SMIC, CSG/CRDS au-delà), sans mutuelle", "Net minimum: net pay before income tax of each monthly minimum (netPay), private employer, contract concluded on 2025-09-01 (contract concluded from 2025-03-01: exempt up to 50 % of the SMIC, CSG/CRDS above), no health insurance"],
        ["pay.schedule.totals", { gross: 5282.1, net: 5282.1, contractYears: 1 }, "Total du minimum sur 1 année(s) de contrat : 5 282,10 € brut, 5 282,10 € net ; un mois entamé compte au prorata des jours calendaires couverts (jours / jours du mois), somme exacte arrondie une fois", "Minimum paid over 1 contract year(s): €5,282.10 gross, €5,282.10 net; a partly covered month counts by calendar days covered (days / days in the month), summed exactly and rounded once"],
      ],
      source: "C. trav. R6222-4, D6222-26, D6222-31; law.md §4.2, §5; net column and totals: law-money.md §2.4, API.md §8",
    },
    {
      name: "1-year cycle across the anniversary, no SMIC change: same pay, a new contract year",
      input: { birthDate: "2005-06-01", contractStart: "2024-12-01", contractEnd: "2025-12-31", cycleYears: 1 },
      explanation: [
        ["pay.apprenticeship.schedule", { contractStart: "2024-12-01", contractEnd: "2025-12-31", periods: 2 }, "Du 2024-12-01 au 2025-12-31 : 2 période(s), coupées à chaque anniversaire du contrat, changement de tranche d'âge et revalorisation du SMIC", "2024-12-01 to 2025-12-31: 2 period(s), split at every contract anniversary, age-band change and SMIC revaluation"],
        ["pay.apprenticeship.period", { from: "2024-12-01", to: "2025-11-30", contractYear: 1, ageBand: "18-20", ratePercent: 43, base: "SMIC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 774.77 }, "Du 2024-12-01 au 2025-11-30 : 1re année, tranche « 18 à 20 ans », 43 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 774,77 € par mois", "2024-12-01 to 2025-11-30: year 1, band \"18 to 20\", 43% of the SMIC (SMIC €11.88 an hour since 2024-11-01) → €774.77 a month"],
        ["pay.apprenticeship.period", { from: "2025-12-01", to: "2025-12-31", contractYear: 2, ageBand: "18-20", ratePercent: 43, base: "SMIC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 774.77 }, "Du 2025-12-01 au 2025-12-31 : 2e année, tranche « 18 à 20 ans », 43 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 774,77 € par mois", "2025-12-01 to 2025-12-31: year 2, band \"18 to 20\", 43% of the SMIC (SMIC €11.88 an hour since 2024-11-01) → €774.77 a month"],
        ["pay.schedule.net", { contract: "apprenticeship", signatureDate: "2024-12-01", regime: "apprentice-before-2025-03" }, "Minimum net : net à payer avant impôt de chaque minimum mensuel (netPay), employeur privé, contrat conclu le 2024-12-01 (contrat conclu avant le 2025-03-01 : exonération jusqu'à 79 % du SMIC, sans CSG/CRDS), sans mutuelle", "Net minimum: net pay before income tax of each monthly minimum (netPay), private employer, contract concluded on 2024-12-01 (contract concluded before 2025-03-01: exempt up to 79 % of the SMIC, no CSG/CRDS), no health insurance"],
        ["pay.schedule.totals", { gross: 10072.01, net: 10072.01, contractYears: 2 }, "Total du minimum sur 2 année(s) de contrat : 10 072,01 € brut, 10 072,01 € net ; un mois entamé compte au prorata des jours calendaires couverts (jours / jours du mois), somme exacte arrondie une fois", "Minimum paid over 2 contract year(s): €10,072.01 gross, €10,072.01 net; a partly covered month counts by calendar days covered (days / days in the month), summed exactly and rounded once"],
      ],
      source: "C. trav. R6222-4, D6222-28-2; law.md §4.4; net column and totals: law-money.md §2.4, API.md §8",
    },
    {
      name: "23 on a SMC above the SMIC, across a SMIC revaluation: the SMIC changes, the pay does not",
      input: { birthDate: "2002-06-15", contractStart: "2025-09-01", contractEnd: "2026-03-31", conventionalMinimumMonthly: 2100 },
      explanation: [
        ["pay.apprenticeship.schedule", { contractStart: "2025-09-01", contractEnd: "2026-03-31", periods: 2 }, "Du 2025-09-01 au 2026-03-31 : 2 période(s), coupées à chaque anniversaire du contrat, changement de tranche d'âge et revalorisation du SMIC", "2025-09-01 to 2026-03-31: 2 period(s), split at every contract anniversary, age-band change and SMIC revaluation"],
        ["pay.apprenticeship.period", { from: "2025-09-01", to: "2025-12-31", contractYear: 1, ageBand: "21-25", ratePercent: 53, base: "SMC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 1113 }, "Du 2025-09-01 au 2025-12-31 : 1re année, tranche « 21 à 25 ans », 53 % du SMC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 1 113,00 € par mois", "2025-09-01 to 2025-12-31: year 1, band \"21 to 25\", 53% of the conventional minimum (SMIC €11.88 an hour since 2024-11-01) → €1,113.00 a month"],
        ["pay.apprenticeship.period", { from: "2026-01-01", to: "2026-03-31", contractYear: 1, ageBand: "21-25", ratePercent: 53, base: "SMC", smicHourly: 12.02, smicSince: "2026-01-01", monthlyMinimum: 1113 }, "Du 2026-01-01 au 2026-03-31 : 1re année, tranche « 21 à 25 ans », 53 % du SMC (SMIC 12,02 € de l'heure depuis le 2026-01-01) → 1 113,00 € par mois", "2026-01-01 to 2026-03-31: year 1, band \"21 to 25\", 53% of the conventional minimum (SMIC €12.02 an hour since 2026-01-01) → €1,113.00 a month"],
        ["pay.schedule.net", { contract: "apprenticeship", signatureDate: "2025-09-01", regime: "apprentice-from-2025-03" }, "Minimum net : net à payer avant impôt de chaque minimum mensuel (netPay), employeur privé, contrat conclu le 2025-09-01 (contrat conclu à partir du 2025-03-01 : exonération jusqu'à 50 % du SMIC, CSG/CRDS au-delà), sans mutuelle", "Net minimum: net pay before income tax of each monthly minimum (netPay), private employer, contract concluded on 2025-09-01 (contract concluded from 2025-03-01: exempt up to 50 % of the SMIC, CSG/CRDS above), no health insurance"],
        ["pay.schedule.totals", { gross: 7791, net: 7488.27, contractYears: 1 }, "Total du minimum sur 1 année(s) de contrat : 7 791,00 € brut, 7 488,27 € net ; un mois entamé compte au prorata des jours calendaires couverts (jours / jours du mois), somme exacte arrondie une fois", "Minimum paid over 1 contract year(s): €7,791.00 gross, €7,488.27 net; a partly covered month counts by calendar days covered (days / days in the month), summed exactly and rounded once"],
      ],
      source: "C. trav. D6222-26; law.md §4.1, §5; net column and totals: law-money.md §2.4, API.md §8",
    },
    {
      name: "previous contract at 100 % across the 21st birthday: the band changes, the pay does not",
      input: { birthDate: "2005-02-10", contractStart: "2025-09-01", contractEnd: "2026-05-31", previousContract: { lastYearRatePercent: 100, diplomaObtained: true } },
      explanation: [
        ["pay.apprenticeship.schedule", { contractStart: "2025-09-01", contractEnd: "2026-05-31", periods: 3 }, "Du 2025-09-01 au 2026-05-31 : 3 période(s), coupées à chaque anniversaire du contrat, changement de tranche d'âge et revalorisation du SMIC", "2025-09-01 to 2026-05-31: 3 period(s), split at every contract anniversary, age-band change and SMIC revaluation"],
        ["pay.apprenticeship.previous-contract", { lastYearRatePercent: 100, diplomaObtained: true, applied: true }, "Contrat précédent ayant conduit au diplôme : au moins 100 %, taux de sa dernière année, plus favorable que le taux selon l'âge", "Previous contract that led to the diploma: at least 100%, its last year's rate, more favourable than the age rate"],
        ["pay.apprenticeship.period", { from: "2025-09-01", to: "2025-12-31", contractYear: 1, ageBand: "18-20", ratePercent: 100, base: "SMIC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 1801.8 }, "Du 2025-09-01 au 2025-12-31 : 1re année, tranche « 18 à 20 ans », 100 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 1 801,80 € par mois", "2025-09-01 to 2025-12-31: year 1, band \"18 to 20\", 100% of the SMIC (SMIC €11.88 an hour since 2024-11-01) → €1,801.80 a month"],
        ["pay.apprenticeship.period", { from: "2026-01-01", to: "2026-02-28", contractYear: 1, ageBand: "18-20", ratePercent: 100, base: "SMIC", smicHourly: 12.02, smicSince: "2026-01-01", monthlyMinimum: 1823.03 }, "Du 2026-01-01 au 2026-02-28 : 1re année, tranche « 18 à 20 ans », 100 % du SMIC (SMIC 12,02 € de l'heure depuis le 2026-01-01) → 1 823,03 € par mois", "2026-01-01 to 2026-02-28: year 1, band \"18 to 20\", 100% of the SMIC (SMIC €12.02 an hour since 2026-01-01) → €1,823.03 a month"],
        ["pay.apprenticeship.period", { from: "2026-03-01", to: "2026-05-31", contractYear: 1, ageBand: "21-25", ratePercent: 100, base: "SMIC", smicHourly: 12.02, smicSince: "2026-01-01", monthlyMinimum: 1823.03 }, "Du 2026-03-01 au 2026-05-31 : 1re année, tranche « 21 à 25 ans », 100 % du SMIC (SMIC 12,02 € de l'heure depuis le 2026-01-01) → 1 823,03 € par mois", "2026-03-01 to 2026-05-31: year 1, band \"21 to 25\", 100% of the SMIC (SMIC €12.02 an hour since 2026-01-01) → €1,823.03 a month"],
        ["pay.schedule.net", { contract: "apprenticeship", signatureDate: "2025-09-01", regime: "apprentice-from-2025-03" }, "Minimum net : net à payer avant impôt de chaque minimum mensuel (netPay), employeur privé, contrat conclu le 2025-09-01 (contrat conclu à partir du 2025-03-01 : exonération jusqu'à 50 % du SMIC, CSG/CRDS au-delà), sans mutuelle", "Net minimum: net pay before income tax of each monthly minimum (netPay), private employer, contract concluded on 2025-09-01 (contract concluded from 2025-03-01: exempt up to 50 % of the SMIC, CSG/CRDS above), no health insurance"],
        ["pay.schedule.totals", { gross: 16322.35, net: 14621.55, contractYears: 1 }, "Total du minimum sur 1 année(s) de contrat : 16 322,35 € brut, 14 621,55 € net ; un mois entamé compte au prorata des jours calendaires couverts (jours / jours du mois), somme exacte arrondie une fois", "Minimum paid over 1 contract year(s): €16,322.35 gross, €14,621.55 net; a partly covered month counts by calendar days covered (days / days in the month), summed exactly and rounded once"],
      ],
      source: "C. trav. D6222-29, D6222-31; law.md §4.2-4.3; net column and totals: law-money.md §2.4, API.md §8",
    },
    {
      name: "disabled worker, 2-year cycle, 3-year contract, previous contract at 61 %: extension and cap in the 3rd year only",
      input: { birthDate: "2006-01-10", contractStart: "2023-09-01", contractEnd: "2026-05-31", cycleYears: 2, disabledWorkerExtension: true, sameLevelDiploma: true, publicSectorPoints: 20, previousContract: { lastYearRatePercent: 61, diplomaObtained: true } },
      explanation: [
        ["pay.apprenticeship.schedule", { contractStart: "2023-09-01", contractEnd: "2026-05-31", periods: 7 }, "Du 2023-09-01 au 2026-05-31 : 7 période(s), coupées à chaque anniversaire du contrat, changement de tranche d'âge et revalorisation du SMIC", "2023-09-01 to 2026-05-31: 7 period(s), split at every contract anniversary, age-band change and SMIC revaluation"],
        ["pay.apprenticeship.same-level-diploma", { points: 15 }, "Diplôme de même niveau déjà obtenu : +15 points", "Same-level diploma already obtained: +15 points"],
        ["pay.apprenticeship.public-sector", { points: 20 }, "Majoration de l'employeur public : +20 points", "Public employer's increase: +20 points"],
        ["pay.apprenticeship.disabled-worker-extension", { points: 15, contractYear: 3, lastYearRatePercent: 51 }, "Prolongation (3e année) d'un apprenti reconnu travailleur handicapé : 51 % de la dernière année + 15 points", "Extension (year 3) for an apprentice recognised as a disabled worker: last year's 51% + 15 points"],
        ["pay.apprenticeship.previous-contract", { lastYearRatePercent: 61, diplomaObtained: true, applied: false }, "Contrat précédent ayant conduit au diplôme : minimum de 61 %, déjà atteint", "Previous contract that led to the diploma: minimum of 61%, already reached"],
        ["pay.apprenticeship.increase-cap", { uncappedPercent: 101, ratePercent: 100, capPercent: 100, base: "SMIC" }, "Les majorations ne peuvent porter le minimum au-delà de 100 % du SMIC : 101 % ramenés à 100 %", "Increases cannot raise the minimum above 100% of the SMIC: 101% brought down to 100%"],
        ["pay.apprenticeship.period", { from: "2023-09-01", to: "2023-12-31", contractYear: 1, ageBand: "under-18", ratePercent: 62, base: "SMIC", smicHourly: 11.52, smicSince: "2023-05-01", monthlyMinimum: 1083.26 }, "Du 2023-09-01 au 2023-12-31 : 1re année, tranche « moins de 18 ans », 62 % du SMIC (SMIC 11,52 € de l'heure depuis le 2023-05-01) → 1 083,26 € par mois", "2023-09-01 to 2023-12-31: year 1, band \"under 18\", 62% of the SMIC (SMIC €11.52 an hour since 2023-05-01) → €1,083.26 a month"],
        ["pay.apprenticeship.period", { from: "2024-01-01", to: "2024-01-31", contractYear: 1, ageBand: "under-18", ratePercent: 62, base: "SMIC", smicHourly: 11.65, smicSince: "2024-01-01", monthlyMinimum: 1095.49 }, "Du 2024-01-01 au 2024-01-31 : 1re année, tranche « moins de 18 ans », 62 % du SMIC (SMIC 11,65 € de l'heure depuis le 2024-01-01) → 1 095,49 € par mois", "2024-01-01 to 2024-01-31: year 1, band \"under 18\", 62% of the SMIC (SMIC €11.65 an hour since 2024-01-01) → €1,095.49 a month"],
        ["pay.apprenticeship.period", { from: "2024-02-01", to: "2024-08-31", contractYear: 1, ageBand: "18-20", ratePercent: 78, base: "SMIC", smicHourly: 11.65, smicSince: "2024-01-01", monthlyMinimum: 1378.2 }, "Du 2024-02-01 au 2024-08-31 : 1re année, tranche « 18 à 20 ans », 78 % du SMIC (SMIC 11,65 € de l'heure depuis le 2024-01-01) → 1 378,20 € par mois", "2024-02-01 to 2024-08-31: year 1, band \"18 to 20\", 78% of the SMIC (SMIC €11.65 an hour since 2024-01-01) → €1,378.20 a month"],
        ["pay.apprenticeship.period", { from: "2024-09-01", to: "2024-10-31", contractYear: 2, ageBand: "18-20", ratePercent: 86, base: "SMIC", smicHourly: 11.65, smicSince: "2024-01-01", monthlyMinimum: 1519.55 }, "Du 2024-09-01 au 2024-10-31 : 2e année, tranche « 18 à 20 ans », 86 % du SMIC (SMIC 11,65 € de l'heure depuis le 2024-01-01) → 1 519,55 € par mois", "2024-09-01 to 2024-10-31: year 2, band \"18 to 20\", 86% of the SMIC (SMIC €11.65 an hour since 2024-01-01) → €1,519.55 a month"],
        ["pay.apprenticeship.period", { from: "2024-11-01", to: "2025-08-31", contractYear: 2, ageBand: "18-20", ratePercent: 86, base: "SMIC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 1549.55 }, "Du 2024-11-01 au 2025-08-31 : 2e année, tranche « 18 à 20 ans », 86 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 1 549,55 € par mois", "2024-11-01 to 2025-08-31: year 2, band \"18 to 20\", 86% of the SMIC (SMIC €11.88 an hour since 2024-11-01) → €1,549.55 a month"],
        ["pay.apprenticeship.period", { from: "2025-09-01", to: "2025-12-31", contractYear: 3, ageBand: "18-20", ratePercent: 100, base: "SMIC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 1801.8 }, "Du 2025-09-01 au 2025-12-31 : 3e année, tranche « 18 à 20 ans », 100 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 1 801,80 € par mois", "2025-09-01 to 2025-12-31: year 3, band \"18 to 20\", 100% of the SMIC (SMIC €11.88 an hour since 2024-11-01) → €1,801.80 a month"],
        ["pay.apprenticeship.period", { from: "2026-01-01", to: "2026-05-31", contractYear: 3, ageBand: "18-20", ratePercent: 100, base: "SMIC", smicHourly: 12.02, smicSince: "2026-01-01", monthlyMinimum: 1823.03 }, "Du 2026-01-01 au 2026-05-31 : 3e année, tranche « 18 à 20 ans », 100 % du SMIC (SMIC 12,02 € de l'heure depuis le 2026-01-01) → 1 823,03 € par mois", "2026-01-01 to 2026-05-31: year 3, band \"18 to 20\", 100% of the SMIC (SMIC €12.02 an hour since 2026-01-01) → €1,823.03 a month"],
        ["pay.schedule.net", { contract: "apprenticeship", signatureDate: "2023-09-01", regime: "apprentice-before-2025-03" }, "Minimum net : net à payer avant impôt de chaque minimum mensuel (netPay), employeur privé, contrat conclu le 2023-09-01 (contrat conclu avant le 2025-03-01 : exonération jusqu'à 79 % du SMIC, sans CSG/CRDS), sans mutuelle", "Net minimum: net pay before income tax of each monthly minimum (netPay), private employer, contract concluded on 2023-09-01 (contract concluded before 2025-03-01: exempt up to 79 % of the SMIC, no CSG/CRDS), no health insurance"],
        ["pay.schedule.totals", { gross: 49932.88, net: 49374.76, contractYears: 3 }, "Total du minimum sur 3 année(s) de contrat : 49 932,88 € brut, 49 374,76 € net ; un mois entamé compte au prorata des jours calendaires couverts (jours / jours du mois), somme exacte arrondie une fois", "Minimum paid over 3 contract year(s): €49,932.88 gross, €49,374.76 net; a partly covered month counts by calendar days covered (days / days in the month), summed exactly and rounded once"],
      ],
      warnings: [
        ["SAME_LEVEL_DIPLOMA_CONTRACT_OVER_ONE_YEAR", "sameLevelDiploma", "Le contrat du 2023-09-01 au 2026-05-31 dure plus d'un an : la majoration de l'article D6222-30 vise les contrats d'un an au plus (appliquée ici comme demandé, à vérifier)", "The contract from 2023-09-01 to 2026-05-31 lasts more than one year: the D6222-30 increase is for contracts of at most one year (applied here as requested; check it)"],
      ],
      source: "C. trav. R6222-4, D6222-28-2, R6222-48, D6222-29, D6222-30, D6272-2, D6222-31; law.md §4.3-4.5; net column and totals: law-money.md §2.4, API.md §8",
    },
    {
      name: "disabled worker, 2-year cycle, previous contract at 61 %: applied in the first two years, not in the 3rd (extension: 51 % + 15)",
      input: { birthDate: "2005-06-01", contractStart: "2023-09-01", contractEnd: "2025-10-31", cycleYears: 2, disabledWorkerExtension: true, previousContract: { lastYearRatePercent: 61, diplomaObtained: true } },
      explanation: [
        ["pay.apprenticeship.schedule", { contractStart: "2023-09-01", contractEnd: "2025-10-31", periods: 5 }, "Du 2023-09-01 au 2025-10-31 : 5 période(s), coupées à chaque anniversaire du contrat, changement de tranche d'âge et revalorisation du SMIC", "2023-09-01 to 2025-10-31: 5 period(s), split at every contract anniversary, age-band change and SMIC revaluation"],
        ["pay.apprenticeship.disabled-worker-extension", { points: 15, contractYear: 3, lastYearRatePercent: 51 }, "Prolongation (3e année) d'un apprenti reconnu travailleur handicapé : 51 % de la dernière année + 15 points", "Extension (year 3) for an apprentice recognised as a disabled worker: last year's 51% + 15 points"],
        ["pay.apprenticeship.previous-contract", { lastYearRatePercent: 61, diplomaObtained: true, applied: true }, "Contrat précédent ayant conduit au diplôme : au moins 61 %, taux de sa dernière année, plus favorable que le taux selon l'âge", "Previous contract that led to the diploma: at least 61%, its last year's rate, more favourable than the age rate"],
        ["pay.apprenticeship.period", { from: "2023-09-01", to: "2023-12-31", contractYear: 1, ageBand: "18-20", ratePercent: 61, base: "SMIC", smicHourly: 11.52, smicSince: "2023-05-01", monthlyMinimum: 1065.79 }, "Du 2023-09-01 au 2023-12-31 : 1re année, tranche « 18 à 20 ans », 61 % du SMIC (SMIC 11,52 € de l'heure depuis le 2023-05-01) → 1 065,79 € par mois", "2023-09-01 to 2023-12-31: year 1, band \"18 to 20\", 61% of the SMIC (SMIC €11.52 an hour since 2023-05-01) → €1,065.79 a month"],
        ["pay.apprenticeship.period", { from: "2024-01-01", to: "2024-08-31", contractYear: 1, ageBand: "18-20", ratePercent: 61, base: "SMIC", smicHourly: 11.65, smicSince: "2024-01-01", monthlyMinimum: 1077.82 }, "Du 2024-01-01 au 2024-08-31 : 1re année, tranche « 18 à 20 ans », 61 % du SMIC (SMIC 11,65 € de l'heure depuis le 2024-01-01) → 1 077,82 € par mois", "2024-01-01 to 2024-08-31: year 1, band \"18 to 20\", 61% of the SMIC (SMIC €11.65 an hour since 2024-01-01) → €1,077.82 a month"],
        ["pay.apprenticeship.period", { from: "2024-09-01", to: "2024-10-31", contractYear: 2, ageBand: "18-20", ratePercent: 61, base: "SMIC", smicHourly: 11.65, smicSince: "2024-01-01", monthlyMinimum: 1077.82 }, "Du 2024-09-01 au 2024-10-31 : 2e année, tranche « 18 à 20 ans », 61 % du SMIC (SMIC 11,65 € de l'heure depuis le 2024-01-01) → 1 077,82 € par mois", "2024-09-01 to 2024-10-31: year 2, band \"18 to 20\", 61% of the SMIC (SMIC €11.65 an hour since 2024-01-01) → €1,077.82 a month"],
        ["pay.apprenticeship.period", { from: "2024-11-01", to: "2025-08-31", contractYear: 2, ageBand: "18-20", ratePercent: 61, base: "SMIC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 1099.1 }, "Du 2024-11-01 au 2025-08-31 : 2e année, tranche « 18 à 20 ans », 61 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 1 099,10 € par mois", "2024-11-01 to 2025-08-31: year 2, band \"18 to 20\", 61% of the SMIC (SMIC €11.88 an hour since 2024-11-01) → €1,099.10 a month"],
        ["pay.apprenticeship.period", { from: "2025-09-01", to: "2025-10-31", contractYear: 3, ageBand: "18-20", ratePercent: 66, base: "SMIC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 1189.19 }, "Du 2025-09-01 au 2025-10-31 : 3e année, tranche « 18 à 20 ans », 66 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 1 189,19 € par mois", "2025-09-01 to 2025-10-31: year 3, band \"18 to 20\", 66% of the SMIC (SMIC €11.88 an hour since 2024-11-01) → €1,189.19 a month"],
        ["pay.schedule.net", { contract: "apprenticeship", signatureDate: "2023-09-01", regime: "apprentice-before-2025-03" }, "Minimum net : net à payer avant impôt de chaque minimum mensuel (netPay), employeur privé, contrat conclu le 2023-09-01 (contrat conclu avant le 2025-03-01 : exonération jusqu'à 79 % du SMIC, sans CSG/CRDS), sans mutuelle", "Net minimum: net pay before income tax of each monthly minimum (netPay), private employer, contract concluded on 2023-09-01 (contract concluded before 2025-03-01: exempt up to 79 % of the SMIC, no CSG/CRDS), no health insurance"],
        ["pay.schedule.totals", { gross: 28410.74, net: 28410.74, contractYears: 3 }, "Total du minimum sur 3 année(s) de contrat : 28 410,74 € brut, 28 410,74 € net ; un mois entamé compte au prorata des jours calendaires couverts (jours / jours du mois), somme exacte arrondie une fois", "Minimum paid over 3 contract year(s): €28,410.74 gross, €28,410.74 net; a partly covered month counts by calendar days covered (days / days in the month), summed exactly and rounded once"],
      ],
      source: "C. trav. D6222-28-2, R6222-48, D6222-29; law.md §4.3-4.4; net column and totals: law-money.md §2.4, API.md §8",
    },
    {
      name: "contract ending on the day of a SMIC revaluation: a one-day last period at the new SMIC",
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-01-01" },
      explanation: [
        ["pay.apprenticeship.schedule", { contractStart: "2025-09-01", contractEnd: "2026-01-01", periods: 2 }, "Du 2025-09-01 au 2026-01-01 : 2 période(s), coupées à chaque anniversaire du contrat, changement de tranche d'âge et revalorisation du SMIC", "2025-09-01 to 2026-01-01: 2 period(s), split at every contract anniversary, age-band change and SMIC revaluation"],
        ["pay.apprenticeship.period", { from: "2025-09-01", to: "2025-12-31", contractYear: 1, ageBand: "18-20", ratePercent: 43, base: "SMIC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 774.77 }, "Du 2025-09-01 au 2025-12-31 : 1re année, tranche « 18 à 20 ans », 43 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 774,77 € par mois", "2025-09-01 to 2025-12-31: year 1, band \"18 to 20\", 43% of the SMIC (SMIC €11.88 an hour since 2024-11-01) → €774.77 a month"],
        ["pay.apprenticeship.period", { from: "2026-01-01", to: "2026-01-01", contractYear: 1, ageBand: "18-20", ratePercent: 43, base: "SMIC", smicHourly: 12.02, smicSince: "2026-01-01", monthlyMinimum: 783.9 }, "Du 2026-01-01 au 2026-01-01 : 1re année, tranche « 18 à 20 ans », 43 % du SMIC (SMIC 12,02 € de l'heure depuis le 2026-01-01) → 783,90 € par mois", "2026-01-01 to 2026-01-01: year 1, band \"18 to 20\", 43% of the SMIC (SMIC €12.02 an hour since 2026-01-01) → €783.90 a month"],
        ["pay.schedule.net", { contract: "apprenticeship", signatureDate: "2025-09-01", regime: "apprentice-from-2025-03" }, "Minimum net : net à payer avant impôt de chaque minimum mensuel (netPay), employeur privé, contrat conclu le 2025-09-01 (contrat conclu à partir du 2025-03-01 : exonération jusqu'à 50 % du SMIC, CSG/CRDS au-delà), sans mutuelle", "Net minimum: net pay before income tax of each monthly minimum (netPay), private employer, contract concluded on 2025-09-01 (contract concluded from 2025-03-01: exempt up to 50 % of the SMIC, CSG/CRDS above), no health insurance"],
        ["pay.schedule.totals", { gross: 3124.37, net: 3124.37, contractYears: 1 }, "Total du minimum sur 1 année(s) de contrat : 3 124,37 € brut, 3 124,37 € net ; un mois entamé compte au prorata des jours calendaires couverts (jours / jours du mois), somme exacte arrondie une fois", "Minimum paid over 1 contract year(s): €3,124.37 gross, €3,124.37 net; a partly covered month counts by calendar days covered (days / days in the month), summed exactly and rounded once"],
      ],
      source: "C. trav. R6222-4, D6222-26; décret n° 2025-1228 (SMIC 2026-01-01); law.md §5; net column and totals: law-money.md §2.4, API.md §8",
    },
  ];
  test.for(apprentice)("$name", (row) => {
    expectExplained((locale) => apprenticePaySchedule({ ...row.input, locale }), row);
  });

  const professionalisation: Array<{ name: string; input: ProfessionalisationPayScheduleInput; source: string } & Explained> = [
    {
      name: "CPRO across the anniversary, then 21 with a SMIC revaluation the same day",
      input: { birthDate: "2004-12-10", contractStart: "2024-12-01", contractEnd: "2026-02-28", qualification: "bac-pro-or-higher" },
      explanation: [
        ["pay.professionalisation.schedule", { contractStart: "2024-12-01", contractEnd: "2026-02-28", periods: 3 }, "Du 2024-12-01 au 2026-02-28 : 3 période(s), coupées à chaque changement de tranche d'âge, revalorisation du SMIC et anniversaire du contrat", "2024-12-01 to 2026-02-28: 3 period(s), split at every age-band change, SMIC revaluation and contract anniversary"],
        ["pay.professionalisation.period", { from: "2024-12-01", to: "2025-11-30", contractYear: 1, ageBand: "under-21", ratePercent: 65, base: "SMIC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 1171.17 }, "Du 2024-12-01 au 2025-11-30 : 1re année, tranche « moins de 21 ans », 65 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 1 171,17 € par mois", "2024-12-01 to 2025-11-30: year 1, band \"under 21\", 65% of the SMIC (SMIC €11.88 an hour since 2024-11-01) → €1,171.17 a month"],
        ["pay.professionalisation.period", { from: "2025-12-01", to: "2025-12-31", contractYear: 2, ageBand: "under-21", ratePercent: 65, base: "SMIC", smicHourly: 11.88, smicSince: "2024-11-01", monthlyMinimum: 1171.17 }, "Du 2025-12-01 au 2025-12-31 : 2e année, tranche « moins de 21 ans », 65 % du SMIC (SMIC 11,88 € de l'heure depuis le 2024-11-01) → 1 171,17 € par mois", "2025-12-01 to 2025-12-31: year 2, band \"under 21\", 65% of the SMIC (SMIC €11.88 an hour since 2024-11-01) → €1,171.17 a month"],
        ["pay.professionalisation.period", { from: "2026-01-01", to: "2026-02-28", contractYear: 2, ageBand: "21-25", ratePercent: 80, base: "SMIC", smicHourly: 12.02, smicSince: "2026-01-01", monthlyMinimum: 1458.43 }, "Du 2026-01-01 au 2026-02-28 : 2e année, tranche « 21 à 25 ans », 80 % du SMIC (SMIC 12,02 € de l'heure depuis le 2026-01-01) → 1 458,43 € par mois", "2026-01-01 to 2026-02-28: year 2, band \"21 to 25\", 80% of the SMIC (SMIC €12.02 an hour since 2026-01-01) → €1,458.43 a month"],
        ["pay.schedule.net", { contract: "professionalisation", signatureDate: "2024-12-01", regime: "standard" }, "Minimum net : net à payer avant impôt de chaque minimum mensuel (netPay), employeur privé, contrat conclu le 2024-12-01 (régime de droit commun), sans mutuelle", "Net minimum: net pay before income tax of each monthly minimum (netPay), private employer, contract concluded on 2024-12-01 (standard regime), no health insurance"],
        ["pay.schedule.totals", { gross: 18142.07, net: 14361.3, contractYears: 2 }, "Total du minimum sur 2 année(s) de contrat : 18 142,07 € brut, 14 361,30 € net ; un mois entamé compte au prorata des jours calendaires couverts (jours / jours du mois), somme exacte arrondie une fois", "Minimum paid over 2 contract year(s): €18,142.07 gross, €14,361.30 net; a partly covered month counts by calendar days covered (days / days in the month), summed exactly and rounded once"],
      ],
      source: "C. trav. D6325-15, D6325-16; law.md §4.7, §5; net column and totals: law-money.md §2.4, API.md §8",
    },
  ];
  test.for(professionalisation)("$name", (row) => {
    expectExplained((locale) => professionalisationPaySchedule({ ...row.input, locale }), row);
  });
});
