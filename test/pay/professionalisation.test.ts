import { describe, expect, test } from "vitest";
import { professionalisationMinimumWage, type ProfessionalisationMinimumWageInput } from "../../src/pay/index.js";
import {
  SMIC_HISTORY,
  expectedHourlyOnSmic,
  expectedMonthlyOnMonthlyBase,
  expectedMonthlyOnSmic,
  lastDayOfPeriod,
  plusMonths,
} from "./reference.js";
import { expectExplained, type Explained } from "../support/explained.js";

/** D6325-15 grid as printed in law.md §4.5 (percent of SMIC), under 26. */
const GRID = {
  "under-21": { "below-bac-pro": 55, "bac-pro-or-higher": 65 },
  "21-25": { "below-bac-pro": 70, "bac-pro-or-higher": 80 },
} as const;
type YoungBand = keyof typeof GRID;
type Qualification = "below-bac-pro" | "bac-pro-or-higher";
const QUALIFICATIONS: Qualification[] = ["below-bac-pro", "bac-pro-or-higher"];
const AGE_IN_BAND = { "under-21": 19, "21-25": 23, "26-plus": 30 } as const;

function inputFor(band: keyof typeof AGE_IN_BAND, qualification: Qualification, date: string): ProfessionalisationMinimumWageInput {
  return { birthDate: plusMonths(date, -(AGE_IN_BAND[band] * 12 + 6)), contractStart: plusMonths(date, -1), date, qualification };
}

describe("every cell of the CPRO grid on the first and last day of every SMIC period since 2019", () => {
  const rows = SMIC_HISTORY.metropole.flatMap((period, index) =>
    [period.since, lastDayOfPeriod("metropole", index)]
      .filter((date) => plusMonths(date, -1) >= "2019-01-01")
      .flatMap((date) => [
        ...(Object.keys(GRID) as YoungBand[]).flatMap((band) =>
          QUALIFICATIONS.map((qualification) => {
            const rate = GRID[band][qualification];
            return {
              period: period.since,
              name: `${band}, ${qualification}, ${date} (SMIC ${period.hourly})`,
              input: inputFor(band, qualification, date),
              expected: {
                ratePercent: rate,
                ageBand: band,
                base: "SMIC",
                monthlyMinimum: expectedMonthlyOnSmic(rate, period.hourly),
                hourlyMinimum: expectedHourlyOnSmic(rate, period.hourly),
              },
              source: "C. trav. D6325-15 (law.md §4.5); SMIC law.md §5; amount convention law.md §4.6",
            };
          }),
        ),
        ...QUALIFICATIONS.map((qualification) => ({
          period: period.since,
          name: `26-plus, ${qualification}, no SMC, ${date} (SMIC ${period.hourly})`,
          input: inputFor("26-plus", qualification, date),
          expected: {
            ratePercent: 100,
            ageBand: "26-plus",
            base: "SMIC",
            monthlyMinimum: period.monthly,
            hourlyMinimum: period.hourly,
          },
          source: "C. trav. D6325-18, L6325-9 (law.md §4.5)",
        })),
      ]),
  );

  test("the table covers every cell and every SMIC period", () => {
    expect(new Set(rows.map((row) => `${row.expected.ageBand}/${row.input.qualification}`)).size).toBe(6);
    expect(new Set(rows.map((row) => row.period)).size).toBe(SMIC_HISTORY.metropole.length);
  });

  test.for(rows)("$name", ({ input, expected }) => {
    expect(professionalisationMinimumWage(input)).toMatchObject(expected);
  });
});

describe("law.md §4.6 table: CPRO rates at 12,02 € and 12,31 €", () => {
  const table: Array<[keyof typeof AGE_IN_BAND, Qualification, number, number]> = [
    ["under-21", "below-bac-pro", 1002.67, 1026.86],
    ["under-21", "bac-pro-or-higher", 1184.97, 1213.56],
    ["21-25", "below-bac-pro", 1276.12, 1306.91],
    ["21-25", "bac-pro-or-higher", 1458.43, 1493.61],
    ["26-plus", "below-bac-pro", 1823.03, 1867.02],
  ];
  const rows = table.flatMap(([band, qualification, janMay, june]) => [
    { name: `${band} ${qualification} in April 2026`, input: inputFor(band, qualification, "2026-04-10"), expected: janMay, source: "law.md §4.6 (12,02 €/h)" },
    { name: `${band} ${qualification} in August 2026`, input: inputFor(band, qualification, "2026-08-10"), expected: june, source: "law.md §4.6 (12,31 €/h)" },
  ]);
  test.for(rows)("$name → $expected", ({ input, expected }) => {
    expect(professionalisationMinimumWage(input).monthlyMinimum).toBe(expected);
  });
});

describe("from 26: the higher of the SMIC and 85 % of the conventional minimum (D6325-18)", () => {
  const date = "2026-03-15";
  const rows = [
    {
      name: "SMC 2 500 €: 85 % = 2 125 € > SMIC 1 823,03 €",
      input: { ...inputFor("26-plus", "below-bac-pro", date), conventionalMinimumMonthly: 2500 },
      expected: { base: "SMC", ratePercent: 85, baseMonthly: 2500, monthlyMinimum: 2125 },
    },
    {
      name: "SMC 2 000 €: 85 % = 1 700 € < SMIC: the SMIC",
      input: { ...inputFor("26-plus", "below-bac-pro", date), conventionalMinimumMonthly: 2000 },
      expected: { base: "SMIC", ratePercent: 100, baseMonthly: 1823.03, monthlyMinimum: 1823.03 },
    },
    {
      name: "SMC 2 144,74 €: 85 % = 1 823,029 € — not above the SMIC",
      input: { ...inputFor("26-plus", "below-bac-pro", date), conventionalMinimumMonthly: 2144.74 },
      expected: { base: "SMIC", monthlyMinimum: 1823.03 },
    },
    {
      name: "SMC 2 144,76 €: 85 % = 1 823,046 € — above the SMIC",
      input: { ...inputFor("26-plus", "below-bac-pro", date), conventionalMinimumMonthly: 2144.76 },
      expected: { base: "SMC", monthlyMinimum: 1823.05 },
    },
    {
      name: "SMC 2 500 €, 24 h a week: 85 % × 2 500 × 24 / 35",
      input: { ...inputFor("26-plus", "bac-pro-or-higher", date), conventionalMinimumMonthly: 2500, weeklyHours: 24 },
      expected: { base: "SMC", monthlyMinimum: expectedMonthlyOnMonthlyBase(85, 2500, 24) },
    },
    {
      name: "under 26 the SMC is not used",
      input: { ...inputFor("21-25", "bac-pro-or-higher", date), conventionalMinimumMonthly: 5000 },
      expected: { base: "SMIC", ratePercent: 80, monthlyMinimum: 1458.43 },
    },
  ].map((row) => ({ ...row, source: "C. trav. L6325-9, D6325-18 (law.md §4.5)" }));
  test.for(rows)("$name", ({ input, expected }) => {
    expect(professionalisationMinimumWage(input)).toMatchObject(expected);
  });
});

describe("band changes on the first day of the month after the birthday (D6325-16)", () => {
  const rows = [
    { name: "21 on 15 October 2025: 65 % until 31 October", birth: "2004-10-15", date: "2025-10-31", ratePercent: 65, ageBand: "under-21" },
    { name: "21 on 15 October 2025: 80 % from 1 November", birth: "2004-10-15", date: "2025-11-01", ratePercent: 80, ageBand: "21-25" },
    { name: "21 on 1 November 2025 (the 1st): still 65 % on 30 November", birth: "2004-11-01", date: "2025-11-30", ratePercent: 65, ageBand: "under-21" },
    { name: "21 on 1 November 2025 (the 1st): 80 % from 1 December", birth: "2004-11-01", date: "2025-12-01", ratePercent: 80, ageBand: "21-25" },
    { name: "26 on 20 January 2026: 80 % until 31 January", birth: "2000-01-20", date: "2026-01-31", ratePercent: 80, ageBand: "21-25" },
    { name: "26 on 20 January 2026: SMIC from 1 February", birth: "2000-01-20", date: "2026-02-01", ratePercent: 100, ageBand: "26-plus" },
    { name: "born 29 February 2004: 21 on 1 March 2025, still under 21 on 31 March", birth: "2004-02-29", date: "2025-03-31", ratePercent: 65, ageBand: "under-21" },
    { name: "born 29 February 2004: 21-25 from 1 April 2025", birth: "2004-02-29", date: "2025-04-01", ratePercent: 80, ageBand: "21-25" },
    { name: "born 29 February 2000: 26 on 1 March 2026, 26+ from 1 April 2026", birth: "2000-02-29", date: "2026-04-01", ratePercent: 100, ageBand: "26-plus" },
  ].map(({ name, birth, date, ratePercent, ageBand }) => ({
    name,
    input: { birthDate: birth, contractStart: "2025-01-06", date, qualification: "bac-pro-or-higher" as const },
    expected: { ratePercent, ageBand },
    source: "C. trav. D6325-16 (law.md §4.5)",
  }));
  test.for(rows)("$name", ({ input, expected }) => {
    expect(professionalisationMinimumWage(input)).toMatchObject(expected);
  });
});

describe("no progression by contract year; contract year given for information", () => {
  test("same rate in the 1st and 2nd year of a 24-month contract", () => {
    const base = { birthDate: "2006-06-10", contractStart: "2025-09-01", qualification: "below-bac-pro" as const };
    const first = professionalisationMinimumWage({ ...base, date: "2026-08-31" });
    const second = professionalisationMinimumWage({ ...base, date: "2026-09-01" });
    expect([first.contractYear, second.contractYear]).toEqual([1, 2]);
    expect([first.ratePercent, second.ratePercent]).toEqual([55, 55]);
    expect(second.monthlyMinimum).toBe(first.monthlyMinimum);
  });
});

describe("part-time and Mayotte", () => {
  test.for([20, 24, 28.5, 30].map((weeklyHours) => ({ name: `65 % at ${weeklyHours} h in March 2026`, weeklyHours, source: "law.md §4.6 prorating" })))(
    "$name",
    ({ weeklyHours }) => {
      expect(professionalisationMinimumWage({ ...inputFor("under-21", "bac-pro-or-higher", "2026-03-15"), weeklyHours }).monthlyMinimum).toBe(
        expectedMonthlyOnSmic(65, 12.02, weeklyHours),
      );
    },
  );

  test.for(
    SMIC_HISTORY.mayotte.map((period) => ({
      name: `Mayotte, 70 % on ${period.since}`,
      input: { ...inputFor("21-25", "below-bac-pro", period.since), territory: "mayotte" as const },
      expected: expectedMonthlyOnSmic(70, period.hourly),
      source: "law.md §5 (Mayotte SMIC)",
    })),
  )("$name", ({ input, expected }) => {
    expect(professionalisationMinimumWage(input).monthlyMinimum).toBe(expected);
  });
});

describe("golden row and explanation", () => {
  test("MIAGE guide Tableau 7: under 21, at least a bac pro → 65 %, 1 171,17 €", () => {
    expect(
      professionalisationMinimumWage({ birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01", qualification: "bac-pro-or-higher" }),
    ).toMatchObject({ ratePercent: 65, ageBand: "under-21", monthlyMinimum: 1171.17 });
  });

  test("steps: band, grid, SMIC (with its decree), amounts; English on request", () => {
    const result = professionalisationMinimumWage({
      birthDate: "2006-01-15",
      contractStart: "2025-09-01",
      date: "2026-03-02",
      qualification: "below-bac-pro",
      locale: "en",
    });
    expect(result.explanation.map((step) => step.rule)).toEqual(["pay.professionalisation.age-band", "pay.professionalisation.grid", "pay.smic", "pay.amounts"]);
    expect(result.explanation[1]!.message).toBe('D6325-15: 55% of the SMIC for the band "under 21", qualification below the bac professionnel');
    expect(result.explanation[1]!.legalBasis).toContain("C. trav. art. D6325-15");
    expect(result.explanation[2]!.legalBasis).toContain("Décret n° 2025-1228 du 17 décembre 2025");
  });

  test("26+ step explains the comparison with 85 % of the SMC", () => {
    const result = professionalisationMinimumWage({ ...inputFor("26-plus", "below-bac-pro", "2026-03-15"), conventionalMinimumMonthly: 2500 });
    const step = result.explanation.find((s) => s.rule === "pay.professionalisation.26-plus")!;
    expect(step.values).toMatchObject({ base: "SMC", conventionalShare: 2125, smicMonthly: 1823.03 });
    expect(step.message).toBe("À partir de 26 ans : 85 % × SMC 2\u202f500,00 € = 2\u202f125,00 € > SMIC 1\u202f823,03 € : 85 % du SMC");
  });

  test("PARAMETERS_NOT_VERIFIED after dataVerifiedUntil", () => {
    const result = professionalisationMinimumWage(inputFor("under-21", "below-bac-pro", "2026-07-17"));
    expect(result.warnings.map((w) => w.code)).toEqual(["PARAMETERS_NOT_VERIFIED"]);
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: ProfessionalisationMinimumWageInput; source: string } & Explained> = [
    {
      name: "19, below bac pro: 55 % of the SMIC, 21-25 band ahead",
      input: { birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01", qualification: "below-bac-pro" },
      explanation: [
        ["pay.professionalisation.age-band", { ageBand: "under-21", ageAtStart: 19, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2027-02-01" }, "Tranche « moins de 21 ans » : 19 ans au début du contrat (2025-09-01) ; tranche « 21 à 25 ans » à partir du 2027-02-01", "Band \"under 21\": aged 19 at the start of the contract (2025-09-01); band \"21 to 25\" from 2027-02-01"],
        ["pay.professionalisation.grid", { ratePercent: 55, ageBand: "under-21", qualification: "below-bac-pro" }, "Article D6325-15 : 55 % du SMIC pour la tranche « moins de 21 ans », qualification inférieure au bac professionnel", "D6325-15: 55% of the SMIC for the band \"under 21\", qualification below the bac professionnel"],
        ["pay.smic", { date: "2025-11-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-11-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-11-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.amounts", { ratePercent: 55, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 990.99, hourlyMinimum: 6.53 }, "55 % × 11,88 € de l'heure × 35 h × 52 / 12 = 990,99 € par mois (6,53 € de l'heure), calcul exact arrondi au centime", "55% × €11.88 an hour × 35 h × 52 / 12 = €990.99 a month (€6.53 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6325-15; law.md §4.7",
    },
    {
      name: "21 on 10 October 2025, bac pro or higher: 80 % since 1 November",
      input: { birthDate: "2004-10-10", contractStart: "2025-09-01", date: "2025-11-01", qualification: "bac-pro-or-higher" },
      explanation: [
        ["pay.professionalisation.age-band", { ageBand: "21-25", ageAtStart: 20, contractStart: "2025-09-01", since: "2025-11-01", birthday: "2025-10-10", nextBand: "26-plus", nextChange: "2030-11-01" }, "Tranche « 21 à 25 ans » depuis le 2025-11-01, premier jour du mois qui suit l'anniversaire du 2025-10-10 ; tranche « 26 ans et plus » à partir du 2030-11-01", "Band \"21 to 25\" since 2025-11-01, the first day of the month after the birthday on 2025-10-10; band \"26 and over\" from 2030-11-01"],
        ["pay.professionalisation.grid", { ratePercent: 80, ageBand: "21-25", qualification: "bac-pro-or-higher" }, "Article D6325-15 : 80 % du SMIC pour la tranche « 21 à 25 ans », qualification au moins égale au bac professionnel", "D6325-15: 80% of the SMIC for the band \"21 to 25\", qualification at least a bac professionnel"],
        ["pay.smic", { date: "2025-11-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-11-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-11-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.amounts", { ratePercent: 80, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 1441.44, hourlyMinimum: 9.5 }, "80 % × 11,88 € de l'heure × 35 h × 52 / 12 = 1 441,44 € par mois (9,50 € de l'heure), calcul exact arrondi au centime", "80% × €11.88 an hour × 35 h × 52 / 12 = €1,441.44 a month (€9.50 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6325-15, D6325-16; law.md §4.7",
    },
    {
      name: "30, no SMC given: the SMIC",
      input: { birthDate: "1995-01-15", contractStart: "2025-09-01", date: "2026-02-01", qualification: "below-bac-pro" },
      explanation: [
        ["pay.professionalisation.age-band", { ageBand: "26-plus", ageAtStart: 30, contractStart: "2025-09-01", since: null, birthday: null, nextBand: null, nextChange: null }, "Tranche « 26 ans et plus » : 30 ans au début du contrat (2025-09-01)", "Band \"26 and over\": aged 30 at the start of the contract (2025-09-01)"],
        ["pay.professionalisation.26-plus", { base: "SMIC", conventionalMinimumMonthly: null, smcPercent: 85, conventionalShare: null, smicMonthly: 1823.03 }, "À partir de 26 ans : au moins le SMIC et 85 % du salaire minimum conventionnel ; aucun SMC indiqué : SMIC (1 823,03 €)", "From 26: at least the SMIC and 85% of the conventional minimum; none given: SMIC (€1,823.03)"],
        ["pay.smic", { date: "2026-02-01", territory: "metropole", hourly: 12.02, monthly: 1823.03, since: "2026-01-01", weeklyHours: 35 }, "SMIC en vigueur le 2026-02-01 (métropole et DROM hors Mayotte) : 12,02 € de l'heure depuis le 2026-01-01, soit 1 823,03 € par mois pour 35 h par semaine", "SMIC in force on 2026-02-01 (metropolitan France and overseas except Mayotte): €12.02 an hour since 2026-01-01, i.e. €1,823.03 a month for 35 h a week"],
        ["pay.amounts", { ratePercent: 100, base: "SMIC", baseHourly: 12.02, baseMonthly: 1823.03, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 1823.03, hourlyMinimum: 12.02 }, "100 % × 12,02 € de l'heure × 35 h × 52 / 12 = 1 823,03 € par mois (12,02 € de l'heure), calcul exact arrondi au centime", "100% × €12.02 an hour × 35 h × 52 / 12 = €1,823.03 a month (€12.02 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. L6325-9, D6325-18; law.md §4.7",
    },
    {
      name: "30, 85 % of the SMC above the SMIC, 24 h a week: 85 % of the SMC, prorated",
      input: { birthDate: "1995-01-15", contractStart: "2025-09-01", date: "2026-02-01", qualification: "below-bac-pro", conventionalMinimumMonthly: 2400, weeklyHours: 24 },
      explanation: [
        ["pay.professionalisation.age-band", { ageBand: "26-plus", ageAtStart: 30, contractStart: "2025-09-01", since: null, birthday: null, nextBand: null, nextChange: null }, "Tranche « 26 ans et plus » : 30 ans au début du contrat (2025-09-01)", "Band \"26 and over\": aged 30 at the start of the contract (2025-09-01)"],
        ["pay.professionalisation.26-plus", { base: "SMC", conventionalMinimumMonthly: 2400, smcPercent: 85, conventionalShare: 2040, smicMonthly: 1823.03 }, "À partir de 26 ans : 85 % × SMC 2 400,00 € = 2 040,00 € > SMIC 1 823,03 € : 85 % du SMC", "From 26: 85% × conventional minimum €2,400.00 = €2,040.00 > SMIC €1,823.03: 85% of the conventional minimum"],
        ["pay.smic", { date: "2026-02-01", territory: "metropole", hourly: 12.02, monthly: 1823.03, since: "2026-01-01", weeklyHours: 35 }, "SMIC en vigueur le 2026-02-01 (métropole et DROM hors Mayotte) : 12,02 € de l'heure depuis le 2026-01-01, soit 1 823,03 € par mois pour 35 h par semaine", "SMIC in force on 2026-02-01 (metropolitan France and overseas except Mayotte): €12.02 an hour since 2026-01-01, i.e. €1,823.03 a month for 35 h a week"],
        ["pay.amounts", { ratePercent: 85, base: "SMC", baseHourly: 12.02, baseMonthly: 2400, weeklyHours: 24, fullTimeHours: 35, monthlyMinimum: 1398.86, hourlyMinimum: 13.45 }, "85 % × SMC 2 400,00 € × 24 h / 35 h = 1 398,86 € par mois (13,45 € de l'heure), arrondi au centime", "85% × conventional minimum €2,400.00 × 24 h / 35 h = €1,398.86 a month (€13.45 an hour), rounded to the cent"],
      ],
      source: "C. trav. L6325-9, D6325-18; law.md §4.7 (part-time)",
    },
    {
      name: "30, 85 % of the SMC below the SMIC: the SMIC",
      input: { birthDate: "1995-01-15", contractStart: "2025-09-01", date: "2026-02-01", qualification: "bac-pro-or-higher", conventionalMinimumMonthly: 2000 },
      explanation: [
        ["pay.professionalisation.age-band", { ageBand: "26-plus", ageAtStart: 30, contractStart: "2025-09-01", since: null, birthday: null, nextBand: null, nextChange: null }, "Tranche « 26 ans et plus » : 30 ans au début du contrat (2025-09-01)", "Band \"26 and over\": aged 30 at the start of the contract (2025-09-01)"],
        ["pay.professionalisation.26-plus", { base: "SMIC", conventionalMinimumMonthly: 2000, smcPercent: 85, conventionalShare: 1700, smicMonthly: 1823.03 }, "À partir de 26 ans : 85 % × SMC 2 000,00 € = 1 700,00 € ≤ SMIC 1 823,03 € : le SMIC", "From 26: 85% × conventional minimum €2,000.00 = €1,700.00 ≤ SMIC €1,823.03: the SMIC"],
        ["pay.smic", { date: "2026-02-01", territory: "metropole", hourly: 12.02, monthly: 1823.03, since: "2026-01-01", weeklyHours: 35 }, "SMIC en vigueur le 2026-02-01 (métropole et DROM hors Mayotte) : 12,02 € de l'heure depuis le 2026-01-01, soit 1 823,03 € par mois pour 35 h par semaine", "SMIC in force on 2026-02-01 (metropolitan France and overseas except Mayotte): €12.02 an hour since 2026-01-01, i.e. €1,823.03 a month for 35 h a week"],
        ["pay.amounts", { ratePercent: 100, base: "SMIC", baseHourly: 12.02, baseMonthly: 1823.03, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 1823.03, hourlyMinimum: 12.02 }, "100 % × 12,02 € de l'heure × 35 h × 52 / 12 = 1 823,03 € par mois (12,02 € de l'heure), calcul exact arrondi au centime", "100% × €12.02 an hour × 35 h × 52 / 12 = €1,823.03 a month (€12.02 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. L6325-9, D6325-18; law.md §4.7",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => professionalisationMinimumWage({ ...row.input, locale }), row);
  });
});
