/**
 * Rows for branches the other tables leave open (mutation survivors): the contract-year bounds of a
 * contract with a known end, a cycle of one year evaluated in its own year, a licence professionnelle
 * past its one-year cycle, a previous-contract rate with a decimal, a contract ending on an
 * anniversary, the CPRO schedule's verification warning, and the internal period building.
 */
import { describe, expect, test } from "vitest";
import {
  apprenticeMinimumWage,
  apprenticePaySchedule,
  professionalisationPaySchedule,
  type ApprenticeMinimumWageInput,
  type MinimumPeriod,
} from "../../src/pay/index.js";
import { buildPeriods, periodStarts } from "../../src/pay/schedule.js";
import { expectExplained, type Explained, type StepRow } from "../support/explained.js";

const smicOctober2025: StepRow = [
  "pay.smic",
  { date: "2025-10-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 },
  "SMIC en vigueur le 2025-10-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine",
  "SMIC in force on 2025-10-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week",
];
const baseUnder21: StepRow = [
  "pay.apprenticeship.base",
  { base: "SMIC", conventionalMinimumCounts: false, conventionalMinimumMonthly: null, smicMonthly: 1801.8 },
  "Avant 21 ans, le pourcentage s'applique au SMIC",
  "Before 21, the percentage applies to the SMIC",
];
const yearOne: StepRow = [
  "pay.apprenticeship.contract-year",
  { date: "2025-10-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" },
  "Le 2025-10-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)",
  "2025-10-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)",
];
const band19: StepRow = [
  "pay.apprenticeship.age-band",
  { ageBand: "18-20", ageAtStart: 19, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2027-05-01" },
  "Tranche « 18 à 20 ans » : 19 ans au début du contrat (2025-09-01) ; tranche « 21 à 25 ans » à partir du 2027-05-01",
  'Band "18 to 20": aged 19 at the start of the contract (2025-09-01); band "21 to 25" from 2027-05-01',
];
const grid43: StepRow = ["pay.apprenticeship.grid", { ratePercent: 43, ageBand: "18-20", gridYear: 1 }, "Grille de l'article D6222-26 : 43 % pour la tranche « 18 à 20 ans » en 1re année", 'D6222-26 grid: 43% for the band "18 to 20" in year 1'];
const amounts43: StepRow = [
  "pay.amounts",
  { ratePercent: 43, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 774.77, hourlyMinimum: 5.11 },
  "43 % × 11,88 € de l'heure × 35 h × 52 / 12 = 774,77 € par mois (5,11 € de l'heure), calcul exact arrondi au centime",
  "43% × €11.88 an hour × 35 h × 52 / 12 = €774.77 a month (€5.11 an hour), exact, rounded to the cent",
];

describe("apprenticeMinimumWage: explanations word for word (branches left open elsewhere)", () => {
  const rows: Array<{ name: string; input: ApprenticeMinimumWageInput; source: string } & Explained> = [
    {
      name: "two-year contract with its end given: year 1 still ends on the day before the 1st anniversary",
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", contractEnd: "2027-08-31" },
      explanation: [yearOne, band19, grid43, smicOctober2025, baseUnder21, amounts43],
      source: "C. trav. D6222-26 (année d'exécution du contrat, by anniversary); law.md §4.1, §4.6",
    },
    {
      name: "one-year cycle, evaluated in year 1: within the cycle, no beyond-cycle step",
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", cycleYears: 1 },
      explanation: [yearOne, band19, grid43, smicOctober2025, baseUnder21, amounts43],
      source: "C. trav. D6222-26, D6222-28-2 (the last year's rate applies only beyond the cycle); law.md §4.4",
    },
    {
      name: "licence professionnelle, one-year cycle, evaluated in year 2: the year-2 rate, no beyond-cycle step",
      input: { birthDate: "2006-04-10", contractStart: "2024-09-01", date: "2025-10-01", cycleYears: 1, licencePro: true },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-10-01", contractYear: 2, from: "2025-09-01", to: "2026-08-31" }, "Le 2025-10-01 tombe dans la 2e année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2025-10-01 falls in year 2 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "18-20", ageAtStart: 18, contractStart: "2024-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2027-05-01" }, "Tranche « 18 à 20 ans » : 18 ans au début du contrat (2024-09-01) ; tranche « 21 à 25 ans » à partir du 2027-05-01", 'Band "18 to 20": aged 18 at the start of the contract (2024-09-01); band "21 to 25" from 2027-05-01'],
        ["pay.apprenticeship.grid", { ratePercent: 51, ageBand: "18-20", gridYear: 2 }, "Grille de l'article D6222-26 : 51 % pour la tranche « 18 à 20 ans » en 2e année", 'D6222-26 grid: 51% for the band "18 to 20" in year 2'],
        ["pay.apprenticeship.licence-pro", { gridYear: 2 }, "Licence professionnelle : taux de la 2e année d'exécution pendant tout le contrat", "Licence professionnelle: rate of year 2 for the whole contract"],
        smicOctober2025,
        baseUnder21,
        ["pay.amounts", { ratePercent: 51, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 918.92, hourlyMinimum: 6.06 }, "51 % × 11,88 € de l'heure × 35 h × 52 / 12 = 918,92 € par mois (6,06 € de l'heure), calcul exact arrondi au centime", "51% × €11.88 an hour × 35 h × 52 / 12 = €918.92 a month (€6.06 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-32 (licence professionnelle: rate of the 2nd year); D6222-26 (18-20, year 2: 51 %); law.md §4.3",
    },
    {
      name: "previous contract at 55,5 % with the diploma: applied, the decimal written the French way",
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", previousContract: { lastYearRatePercent: 55.5, diplomaObtained: true } },
      explanation: [
        yearOne,
        band19,
        grid43,
        ["pay.apprenticeship.previous-contract", { lastYearRatePercent: 55.5, diplomaObtained: true, applied: true }, "Contrat précédent ayant conduit au diplôme : au moins 55,5 %, taux de sa dernière année, plus favorable que le taux selon l'âge", "Previous contract that led to the diploma: at least 55.5%, its last year's rate, more favourable than the age rate"],
        smicOctober2025,
        baseUnder21,
        ["pay.amounts", { ratePercent: 55.5, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 1000, hourlyMinimum: 6.59 }, "55,5 % × 11,88 € de l'heure × 35 h × 52 / 12 = 1 000,00 € par mois (6,59 € de l'heure), calcul exact arrondi au centime", "55.5% × €11.88 an hour × 35 h × 52 / 12 = €1,000.00 a month (€6.59 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-29 (at least the last year's rate of the previous contract); law.md §4.3 (55,5 % × 1 801,80 € = 999,999 → 1 000,00 €)",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => apprenticeMinimumWage({ ...row.input, locale }), row);
  });
});

describe("schedules: a contract ending on an anniversary, and the verification warning of the CPRO schedule", () => {
  test("apprentice contract 2025-09-01 to 2026-09-01: the last day is a one-day period of year 2", () => {
    // 18-20 (born 2006-04-10): 43 % in year 1, 51 % in year 2 (D6222-26); SMIC 11,88 → 12,02 (2026-01-01) → 12,31 (2026-06-01), law.md §4.6
    const { periods } = apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-09-01" });
    expect(periods.map((p) => [p.from, p.to, p.contractYear, p.ratePercent, p.monthlyMinimum])).toEqual([
      ["2025-09-01", "2025-12-31", 1, 43, 774.77],
      ["2026-01-01", "2026-05-31", 1, 43, 783.9],
      ["2026-06-01", "2026-08-31", 1, 43, 802.82],
      ["2026-09-01", "2026-09-01", 2, 51, 952.18],
    ]);
  });

  const rows = [
    { name: "CPRO ending 2026-07-16 (dataVerifiedUntil): no warning", contractEnd: "2026-07-16", warnings: [] },
    { name: "CPRO ending 2026-07-17 (the day after): PARAMETERS_NOT_VERIFIED", contractEnd: "2026-07-17", warnings: ["PARAMETERS_NOT_VERIFIED"] },
  ].map((row) => ({ ...row, source: "ARCHITECTURE.md (warnings: PARAMETERS_NOT_VERIFIED after dataVerifiedUntil, 2026-07-16)" }));
  test.for(rows)("$name", (row) => {
    const { warnings } = professionalisationPaySchedule({ birthDate: "2006-01-15", contractStart: "2025-09-01", contractEnd: row.contractEnd, qualification: "bac-pro-or-higher" });
    expect(warnings.map((warning) => warning.code)).toEqual(row.warnings);
  });
});

describe("period building (internal): only identical neighbours merge", () => {
  test("periodStarts ignores changes before the start", () => {
    expect(periodStarts("2025-09-01", "2026-08-31", ["2025-06-01", "2026-01-01", "2024-11-01"])).toEqual(["2025-09-01", "2026-01-01"]);
  });

  const base: Omit<MinimumPeriod, "from" | "to"> = { contractYear: 1, ageBand: "21-25", ratePercent: 53, smicHourly: 12.02, monthlyMinimum: 966.33, base: "SMIC", hourlyMinimum: 6.37 };
  const rows: { name: string; change: Partial<MinimumPeriod>; source: string }[] = [
    { name: "rate only", change: { ratePercent: 61 }, source: "schedule.ts buildPeriods: neighbours merge only when every value is identical" },
    { name: "monthly minimum only", change: { monthlyMinimum: 1000 }, source: "schedule.ts buildPeriods: neighbours merge only when every value is identical" },
    { name: "base only", change: { base: "SMC" }, source: "schedule.ts buildPeriods: neighbours merge only when every value is identical" },
    { name: "hourly minimum only", change: { hourlyMinimum: 7 }, source: "schedule.ts buildPeriods: neighbours merge only when every value is identical" },
  ];
  test.for(rows)("neighbours that differ by the $name stay apart", (row) => {
    const values: Record<string, Omit<MinimumPeriod, "from" | "to">> = { "2025-09-01": base, "2026-01-01": { ...base, ...row.change } };
    const { periods } = buildPeriods(["2025-09-01", "2026-01-01"], "2026-08-31", (date) => values[date]!, (value, from, to): MinimumPeriod => ({ from, to, ...value }));
    expect(periods).toEqual([
      { from: "2025-09-01", to: "2025-12-31", ...base },
      { from: "2026-01-01", to: "2026-08-31", ...base, ...row.change },
    ]);
  });
});
