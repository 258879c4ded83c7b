import { describe, expect, test } from "vitest";
import { apprenticeMinimumWage, type ApprenticeMinimumWageInput } from "../../src/pay/index.js";
import {
  SMIC_HISTORY,
  expectedHourlyOnSmic,
  expectedMonthlyOnMonthlyBase,
  expectedMonthlyOnSmic,
  lastDayOfPeriod,
  plusMonths,
} from "./reference.js";
import { expectExplained, type Explained } from "../support/explained.js";

/** D6222-26 grid as printed in law.md §4.1 (percent of SMIC; from 21 of max(SMIC, SMC)). */
const GRID = {
  "under-18": [27, 39, 55],
  "18-20": [43, 51, 67],
  "21-25": [53, 61, 78],
  "26-plus": [100, 100, 100],
} as const;
type Band = keyof typeof GRID;

/** An age in the middle of each band (under 16 is paid as 16-17, D6222-27). */
const AGE_IN_BAND: Record<Band, number> = { "under-18": 16, "18-20": 19, "21-25": 23, "26-plus": 30 };

/** Input whose apprentice is in `band` on `date`, in contract year `year` (started one month into that year). */
function inputFor(band: Band, year: number, date: string): ApprenticeMinimumWageInput {
  return {
    birthDate: plusMonths(date, -(AGE_IN_BAND[band] * 12 + 6)),
    contractStart: plusMonths(date, -(12 * (year - 1) + 1)),
    date,
  };
}

describe("every cell of the D6222-26 grid, on the first and last day of every SMIC period since 2019", () => {
  const rows = SMIC_HISTORY.metropole.flatMap((period, index) =>
    [period.since, lastDayOfPeriod("metropole", index)].flatMap((date) =>
      (Object.keys(GRID) as Band[]).flatMap((band) =>
        [1, 2, 3]
          .map((year) => ({ band, year, date, input: inputFor(band, year, date) }))
          .filter((row) => row.input.contractStart >= "2019-01-01")
          .map(({ band, year, date, input }) => {
            const rate = GRID[band][year - 1]!;
            return {
              name: `${band}, year ${year}, ${date} (SMIC ${period.hourly})`,
              input,
              expected: {
                ratePercent: rate,
                ageBand: band,
                contractYear: year,
                base: "SMIC",
                monthlyMinimum: expectedMonthlyOnSmic(rate, period.hourly),
                hourlyMinimum: expectedHourlyOnSmic(rate, period.hourly),
                smic: { hourly: period.hourly, monthly: period.monthly, since: period.since },
              },
              source: "C. trav. D6222-26, D6222-27 (law.md §4.1); SMIC law.md §5; amount convention law.md §4.6",
            };
          }),
      ),
    ),
  );

  test("the table covers every cell and every SMIC period", () => {
    expect(rows.length).toBeGreaterThan(250);
    expect(new Set(rows.map((row) => `${row.expected.ageBand}/${row.expected.contractYear}`)).size).toBe(12);
    expect(new Set(rows.map((row) => row.expected.smic.since)).size).toBe(SMIC_HISTORY.metropole.length);
  });

  test.for(rows)("$name", ({ input, expected }) => {
    const result = apprenticeMinimumWage(input);
    expect(result).toMatchObject(expected);
    expect(result.baseMonthly).toBe(expected.smic.monthly);
  });
});

describe("law.md §4.6 table: full-time monthly minima at 12,02 € and 12,31 €", () => {
  const table: Array<[Band, number, number, number]> = [
    ["under-18", 1, 492.22, 504.09],
    ["under-18", 2, 710.98, 728.14],
    ["under-18", 3, 1002.67, 1026.86],
    ["18-20", 1, 783.9, 802.82],
    ["18-20", 2, 929.75, 952.18],
    ["18-20", 3, 1221.43, 1250.9],
    ["21-25", 1, 966.21, 989.52],
    ["21-25", 2, 1112.05, 1138.88],
    ["21-25", 3, 1421.97, 1456.27],
    ["26-plus", 1, 1823.03, 1867.02],
  ];
  const rows = table.flatMap(([band, year, janMay, june]) => [
    { name: `${band} year ${year} in March 2026`, input: inputFor(band, year, "2026-03-15"), expected: janMay, source: "law.md §4.6 (12,02 €/h)" },
    { name: `${band} year ${year} in July 2026`, input: inputFor(band, year, "2026-07-15"), expected: june, source: "law.md §4.6 (12,31 €/h)" },
  ]);
  test.for(rows)("$name → $expected", ({ input, expected }) => {
    expect(apprenticeMinimumWage(input).monthlyMinimum).toBe(expected);
  });

  test("43 % of the 2024 SMIC (11,65 €) is 759,77 €, not 759,78 € (rate × rounded monthly)", () => {
    const result = apprenticeMinimumWage(inputFor("18-20", 1, "2024-06-15"));
    expect(result.monthlyMinimum).toBe(759.77);
    expect(result.smic.monthly).toBe(1766.92);
  });
});

describe("age band: the day before and the day of every band change (D6222-31)", () => {
  const rows = [
    {
      name: "18th birthday on 18 May: 27 % until 31 May, 43 % from 1 June (not 39 %, the Ministry fiche's error)",
      cases: [
        { date: "2025-05-31", ratePercent: 27, ageBand: "under-18" },
        { date: "2025-06-01", ratePercent: 43, ageBand: "18-20" },
      ],
      input: { birthDate: "2007-05-18", contractStart: "2024-09-01" },
      source: "D6222-31; law.md §4.2 (known error of MT-fiche article374463)",
    },
    {
      name: "18th birthday on the 1st of a month switches on the 1st of the NEXT month",
      cases: [
        { date: "2025-06-01", ratePercent: 27, ageBand: "under-18" },
        { date: "2025-06-30", ratePercent: 27, ageBand: "under-18" },
        { date: "2025-07-01", ratePercent: 43, ageBand: "18-20" },
      ],
      input: { birthDate: "2007-06-01", contractStart: "2024-09-01" },
      source: "D6222-31 literal reading (law.md §4.2)",
    },
    {
      name: "18th birthday on the last day of a month switches the next day",
      cases: [
        { date: "2025-05-31", ratePercent: 27, ageBand: "under-18" },
        { date: "2025-06-01", ratePercent: 43, ageBand: "18-20" },
      ],
      input: { birthDate: "2007-05-31", contractStart: "2024-09-01" },
      source: "D6222-31",
    },
    {
      name: "born 29 February 2008: 18 on 1 March 2026 (common year), 18-20 band from 1 April 2026",
      cases: [
        { date: "2026-03-01", ratePercent: 39, ageBand: "under-18" },
        { date: "2026-03-31", ratePercent: 39, ageBand: "under-18" },
        { date: "2026-04-01", ratePercent: 51, ageBand: "18-20" },
      ],
      input: { birthDate: "2008-02-29", contractStart: "2025-01-15" },
      source: "D6222-31; API.md §0 (29 February birthday on 1 March)",
    },
    {
      name: "21st birthday on 10 April 2027, 2nd year: 51 % until 30 April, 61 % from 1 May",
      cases: [
        { date: "2027-04-30", ratePercent: 51, ageBand: "18-20" },
        { date: "2027-05-01", ratePercent: 61, ageBand: "21-25" },
      ],
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01" },
      source: "D6222-26, D6222-31",
    },
    {
      name: "born 29 February 2004: 21 on 1 March 2025, 21-25 band from 1 April 2025",
      cases: [
        { date: "2025-03-31", ratePercent: 43, ageBand: "18-20" },
        { date: "2025-04-01", ratePercent: 53, ageBand: "21-25" },
      ],
      input: { birthDate: "2004-02-29", contractStart: "2024-09-01" },
      source: "D6222-31",
    },
    {
      name: "26th birthday on 15 October 2025, 3rd year: 78 % until 31 October, 100 % from 1 November",
      cases: [
        { date: "2025-10-31", ratePercent: 78, ageBand: "21-25" },
        { date: "2025-11-01", ratePercent: 100, ageBand: "26-plus" },
      ],
      input: { birthDate: "1999-10-15", contractStart: "2023-09-01" },
      source: "D6222-26, D6222-31",
    },
    {
      name: "born 29 February 2000: 26 on 1 March 2026, 26+ band from 1 April 2026",
      cases: [
        { date: "2026-03-31", ratePercent: 53, ageBand: "21-25" },
        { date: "2026-04-01", ratePercent: 100, ageBand: "26-plus" },
      ],
      input: { birthDate: "2000-02-29", contractStart: "2025-09-01" },
      source: "D6222-31",
    },
    {
      name: "18 on the very day the contract starts: 18-20 band from the start (age reached at the start)",
      cases: [{ date: "2025-09-01", ratePercent: 43, ageBand: "18-20" }],
      input: { birthDate: "2007-09-01", contractStart: "2025-09-01" },
      source: "D6222-26 (band of the age at the start; D6222-31 governs changes during the contract)",
    },
    {
      name: "17 the day before the start, 18 during the first month: switch on the 1st of the next month",
      cases: [
        { date: "2025-09-01", ratePercent: 27, ageBand: "under-18" },
        { date: "2025-09-30", ratePercent: 27, ageBand: "under-18" },
        { date: "2025-10-01", ratePercent: 43, ageBand: "18-20" },
      ],
      input: { birthDate: "2007-09-02", contractStart: "2025-09-01" },
      source: "D6222-31",
    },
    {
      name: "aged 15 at the start (under 16): paid as 16-17",
      cases: [{ date: "2025-09-15", ratePercent: 27, ageBand: "under-18" }],
      input: { birthDate: "2010-06-15", contractStart: "2025-09-01" },
      source: "D6222-27",
    },
  ].flatMap(({ name, cases, input, source }) =>
    cases.map(({ date, ...expected }) => ({ name: `${name} — ${date}`, input: { ...input, date }, expected, source })),
  );
  test.for(rows)("$name", ({ input, expected }) => {
    expect(apprenticeMinimumWage(input)).toMatchObject(expected);
  });
});

describe("contract year by calendar anniversary: the day before and the day of every anniversary", () => {
  const rows = [
    { name: "start 2025-09-01, last day of year 1", birth: "2007-01-10", start: "2025-09-01", date: "2026-08-31", contractYear: 1, ratePercent: 43 },
    { name: "start 2025-09-01, first day of year 2", birth: "2007-01-10", start: "2025-09-01", date: "2026-09-01", contractYear: 2, ratePercent: 51 },
    { name: "start 2025-09-01, last day of year 2", birth: "2007-01-10", start: "2025-09-01", date: "2027-08-31", contractYear: 2, ratePercent: 51 },
    { name: "start 2025-09-01, first day of year 3", birth: "2007-01-10", start: "2025-09-01", date: "2027-09-01", contractYear: 3, ratePercent: 67 },
    { name: "start 2025-09-01, year 4 (21-25 since 2028-02-01): 3rd-year rate 78 %", birth: "2007-01-10", start: "2025-09-01", date: "2028-09-01", contractYear: 4, ratePercent: 78 },
    { name: "start 2024-02-29 (leap day): day before the first anniversary (2025-02-28)", birth: "2006-01-10", start: "2024-02-29", date: "2025-02-27", contractYear: 1, ratePercent: 43 },
    { name: "start 2024-02-29: year 2 from 2025-02-28 (C. proc. civ. 641)", birth: "2006-01-10", start: "2024-02-29", date: "2025-02-28", contractYear: 2, ratePercent: 51 },
    { name: "start 2024-02-29: 2026-02-27 still year 2", birth: "2006-01-10", start: "2024-02-29", date: "2026-02-27", contractYear: 2, ratePercent: 51 },
    { name: "start 2024-02-29: year 3 from 2026-02-28", birth: "2006-01-10", start: "2024-02-29", date: "2026-02-28", contractYear: 3, ratePercent: 67 },
    { name: "start 2024-02-29: 2028-02-28 is still year 4", birth: "2006-01-10", start: "2024-02-29", date: "2028-02-28", contractYear: 4, ratePercent: 78 },
    { name: "start 2024-02-29: year 5 on the leap anniversary 2028-02-29", birth: "2006-01-10", start: "2024-02-29", date: "2028-02-29", contractYear: 5, ratePercent: 78 },
    { name: "start on the 31st: 2026-01-30 still year 1", birth: "2006-01-10", start: "2025-01-31", date: "2026-01-30", contractYear: 1, ratePercent: 43 },
    { name: "start on the 31st: year 2 on 2026-01-31", birth: "2006-01-10", start: "2025-01-31", date: "2026-01-31", contractYear: 2, ratePercent: 51 },
  ].map(({ name, birth, start, date, contractYear, ratePercent }) => ({
    name,
    input: { birthDate: birth, contractStart: start, date },
    expected: { contractYear, ratePercent },
    source: "D6222-26 (année d'exécution), calendar anniversary clamped to the month end (API.md §4, C. proc. civ. art. 641)",
  }));
  test.for(rows)("$name", ({ input, expected }) => {
    expect(apprenticeMinimumWage(input)).toMatchObject(expected);
  });
});

describe("credited months (D6222-28-1): years counted as if the contract had started earlier", () => {
  const rows = [
    { name: "12 months credited: 2nd-year rate from the first day", creditedMonths: 12, date: "2025-09-01", contractYear: 2, ratePercent: 51 },
    { name: "12 months credited: still year 2 on 2026-08-31", creditedMonths: 12, date: "2026-08-31", contractYear: 2, ratePercent: 51 },
    { name: "12 months credited: year 3 on 2026-09-01", creditedMonths: 12, date: "2026-09-01", contractYear: 3, ratePercent: 67 },
    { name: "6 months credited: year 1 until 2026-02-28", creditedMonths: 6, date: "2026-02-28", contractYear: 1, ratePercent: 43 },
    { name: "6 months credited: year 2 from 2026-03-01", creditedMonths: 6, date: "2026-03-01", contractYear: 2, ratePercent: 51 },
    { name: "24 months credited: 3rd-year rate from the start", creditedMonths: 24, date: "2025-09-01", contractYear: 3, ratePercent: 67 },
    { name: "0 months credited: no shift", creditedMonths: 0, date: "2026-08-31", contractYear: 1, ratePercent: 43 },
  ].map(({ name, creditedMonths, date, contractYear, ratePercent }) => ({
    name,
    input: { birthDate: "2006-12-10", contractStart: "2025-09-01", date, creditedMonths },
    expected: { contractYear, ratePercent },
    source: "D6222-28-1 (law.md §4.2; DREETS Centre-VdL Q&A: contract covering only the 2nd year → 2nd-year rate)",
  }));
  test.for(rows)("$name", ({ input, expected }) => {
    expect(apprenticeMinimumWage(input)).toMatchObject(expected);
  });

  test("a start on the 31st credited 6 months is deemed to start on 28 February (clamped): year 2 on 2026-02-28", () => {
    const base = { birthDate: "2005-06-10", contractStart: "2025-08-31", creditedMonths: 6 };
    expect(apprenticeMinimumWage({ ...base, date: "2026-02-27" }).contractYear).toBe(1);
    expect(apprenticeMinimumWage({ ...base, date: "2026-02-28" }).contractYear).toBe(2);
  });
});

describe("base: from 21, the higher of SMIC and the conventional minimum (SMC)", () => {
  const smicMarch2026 = 12.02;
  const rows = [
    {
      name: "21-25, SMC 2 000 € above the SMIC: 53 % of the SMC",
      input: { ...inputFor("21-25", 1, "2026-03-15"), conventionalMinimumMonthly: 2000 },
      expected: { base: "SMC", baseMonthly: 2000, ratePercent: 53, monthlyMinimum: 1060, hourlyMinimum: 6.99 },
      source: "D6222-26 (« ou, s'il est supérieur, du salaire minimum conventionnel »)",
    },
    {
      name: "21-25, SMC 1 700 € below the SMIC: 53 % of the SMIC",
      input: { ...inputFor("21-25", 1, "2026-03-15"), conventionalMinimumMonthly: 1700 },
      expected: { base: "SMIC", baseMonthly: 1823.03, ratePercent: 53, monthlyMinimum: expectedMonthlyOnSmic(53, smicMarch2026) },
      source: "D6222-26",
    },
    {
      name: "26+, SMC equal to the monthly SMIC (1 823,03 €): SMIC base",
      input: { ...inputFor("26-plus", 1, "2026-03-15"), conventionalMinimumMonthly: 1823.03 },
      expected: { base: "SMIC", monthlyMinimum: 1823.03 },
      source: "D6222-26 (SMC counts only when higher)",
    },
    {
      name: "26+, SMC one cent above the monthly SMIC: SMC base, 100 % of it",
      input: { ...inputFor("26-plus", 1, "2026-03-15"), conventionalMinimumMonthly: 1823.04 },
      expected: { base: "SMC", baseMonthly: 1823.04, monthlyMinimum: 1823.04 },
      source: "D6222-26",
    },
    {
      name: "18-20 with a SMC above the SMIC: the SMC is not used before 21",
      input: { ...inputFor("18-20", 2, "2026-03-15"), conventionalMinimumMonthly: 3000 },
      expected: { base: "SMIC", ratePercent: 51, monthlyMinimum: expectedMonthlyOnSmic(51, smicMarch2026) },
      source: "D6222-26 (SMC only in the 21-25 and 26+ columns)",
    },
    {
      name: "21-25 year 3, SMC 2 500 €, 28 h a week: 78 % × 2 500 × 28 / 35",
      input: { ...inputFor("21-25", 3, "2026-03-15"), conventionalMinimumMonthly: 2500, weeklyHours: 28 },
      expected: { base: "SMC", monthlyMinimum: expectedMonthlyOnMonthlyBase(78, 2500, 28) },
      source: "D6222-26; prorating law.md §4.6",
    },
  ];
  test.for(rows)("$name", ({ input, expected }) => {
    expect(apprenticeMinimumWage(input)).toMatchObject(expected);
  });
});

describe("part-time: amounts prorated to the weekly hours", () => {
  const rows = [17.5, 20, 24, 28, 30.5, 34.99].map((weeklyHours) => ({
    name: `18-20 year 1, ${weeklyHours} h a week, March 2026`,
    input: { ...inputFor("18-20", 1, "2026-03-15"), weeklyHours },
    expected: { monthlyMinimum: expectedMonthlyOnSmic(43, 12.02, weeklyHours), hourlyMinimum: expectedHourlyOnSmic(43, 12.02) },
    source: "law.md §4.6 (« For part-time, prorate by hours »)",
  }));
  test.for(rows)("$name", ({ input, expected }) => {
    expect(apprenticeMinimumWage(input)).toMatchObject(expected);
  });

  test("more than 35 hours (e.g. 39 h) is prorated up too", () => {
    expect(apprenticeMinimumWage({ ...inputFor("18-20", 1, "2026-03-15"), weeklyHours: 39 }).monthlyMinimum).toBe(expectedMonthlyOnSmic(43, 12.02, 39));
  });
});

describe("majorations alone, combined, and the 100 %-of-SMIC cap (D6222-31 al. 2)", () => {
  const march = "2026-03-15";
  const rows = [
    { name: "same-level diploma: 43 + 15 = 58 %", input: { ...inputFor("18-20", 1, march), sameLevelDiploma: true }, ratePercent: 58, source: "D6222-30" },
    { name: "licence pro in year 1: 2nd-year rate 61 % (21-25)", input: { ...inputFor("21-25", 1, march), licencePro: true }, ratePercent: 61, contractYear: 1, source: "D6222-32" },
    { name: "licence pro in year 2: still the 2nd-year rate", input: { ...inputFor("21-25", 2, march), licencePro: true }, ratePercent: 61, contractYear: 2, source: "D6222-32" },
    { name: "licence pro in year 3 (prolongation): still the 2nd-year rate", input: { ...inputFor("21-25", 3, march), licencePro: true }, ratePercent: 61, contractYear: 3, source: "D6222-32, D6222-28" },
    {
      name: "previous contract with the diploma at 67 %: at least 67 % instead of 43 %",
      input: { ...inputFor("18-20", 1, march), previousContract: { lastYearRatePercent: 67, diplomaObtained: true } },
      ratePercent: 67,
      source: "D6222-29",
    },
    {
      name: "previous contract without the diploma: no floor (43 %)",
      input: { ...inputFor("18-20", 1, march), previousContract: { lastYearRatePercent: 67, diplomaObtained: false } },
      ratePercent: 43,
      source: "D6222-29 (condition: the diploma was obtained)",
    },
    {
      name: "previous contract at 40 %, age rate 43 % more favourable",
      input: { ...inputFor("18-20", 1, march), previousContract: { lastYearRatePercent: 40, diplomaObtained: true } },
      ratePercent: 43,
      source: "D6222-29 (« sauf si l'application des rémunérations prévues ... en fonction de son âge est plus favorable »)",
    },
    { name: "public employer +10 points: 53 %", input: { ...inputFor("18-20", 1, march), publicSectorPoints: 10 as const }, ratePercent: 53, source: "D6272-2" },
    { name: "public employer +20 points: 63 %", input: { ...inputFor("18-20", 1, march), publicSectorPoints: 20 as const }, ratePercent: 63, source: "D6272-2" },
    { name: "public employer 0 points: 43 %", input: { ...inputFor("18-20", 1, march), publicSectorPoints: 0 as const }, ratePercent: 43, source: "D6272-2" },
    {
      name: "disabled-worker extension, 18-20 in year 4: 67 + 15 = 82 %",
      input: { birthDate: "2004-12-01", contractStart: "2022-09-01", date: "2025-10-15", disabledWorkerExtension: true },
      ratePercent: 82,
      contractYear: 4,
      source: "R6222-48 (3rd-year rate + 15 points)",
    },
    {
      name: "disabled-worker extension does nothing in year 3",
      input: { ...inputFor("21-25", 3, march), disabledWorkerExtension: true },
      ratePercent: 78,
      source: "R6222-48 (only during the extension)",
    },
    {
      name: "2-year cycle, year 3 without extension: the 2nd year's 51 % (prolongation)",
      input: { ...inputFor("18-20", 3, march), cycleYears: 2 },
      ratePercent: 51,
      source: "D6222-28, D6222-28-2",
    },
    {
      name: "2-year cycle extended for a disabled worker: 51 + 15 = 66 % in year 3",
      input: { ...inputFor("18-20", 3, march), cycleYears: 2, disabledWorkerExtension: true },
      ratePercent: 66,
      source: "R6222-48 with D6222-28-2 (last year of the cycle + 15 points)",
    },
    {
      name: "combined: same level + public 20 on 21-25 year 3: 78 + 15 + 20 = 113 → capped at 100 %",
      input: { ...inputFor("21-25", 3, march), sameLevelDiploma: true, publicSectorPoints: 20 as const },
      ratePercent: 100,
      source: "D6222-31 al. 2",
    },
    {
      name: "combined: extension + same level on 21-25 year 4: 78 + 15 + 15 = 108 → 100 %",
      input: { birthDate: "2002-01-10", contractStart: "2022-09-01", date: "2026-03-15", disabledWorkerExtension: true, sameLevelDiploma: true },
      ratePercent: 100,
      contractYear: 4,
      source: "R6222-48, D6222-30, D6222-31 al. 2",
    },
    {
      name: "combined below the cap: same level + public 10 on 18-20 year 2: 51 + 15 + 10 = 76 %",
      input: { ...inputFor("18-20", 2, march), sameLevelDiploma: true, publicSectorPoints: 10 as const },
      ratePercent: 76,
      source: "D6222-30, D6272-2",
    },
    {
      name: "26+ (age rate alone 100 %): +15 points have no effect on the SMIC base",
      input: { ...inputFor("26-plus", 1, march), sameLevelDiploma: true },
      ratePercent: 100,
      source: "D6222-31 al. 2",
    },
    {
      name: "26+ with every increase: still 100 % of the SMIC",
      input: { ...inputFor("26-plus", 1, march), sameLevelDiploma: true, publicSectorPoints: 20 as const, previousContract: { lastYearRatePercent: 100, diplomaObtained: true } },
      ratePercent: 100,
      source: "D6222-31 al. 2",
    },
    {
      name: "previous contract floor above 100 % is capped too on the SMIC base",
      input: { ...inputFor("18-20", 1, march), previousContract: { lastYearRatePercent: 110, diplomaObtained: true } },
      ratePercent: 100,
      source: "D6222-29, D6222-31 al. 2",
    },
    {
      name: "SMC base: 78 + 15 + 20 = 113 % of the SMC stands (no cap)",
      input: { ...inputFor("21-25", 3, march), sameLevelDiploma: true, publicSectorPoints: 20 as const, conventionalMinimumMonthly: 2000 },
      ratePercent: 113,
      monthlyMinimum: 2260,
      source: "D6222-31 al. 2 (« sous réserve de dispositions ... conventionnelles plus favorables »)",
    },
    {
      name: "SMC base, 26+: 100 + 15 = 115 % of the SMC",
      input: { ...inputFor("26-plus", 1, march), sameLevelDiploma: true, conventionalMinimumMonthly: 2000 },
      ratePercent: 115,
      monthlyMinimum: 2300,
      source: "D6222-31 al. 2",
    },
  ].map(({ name, input, source, ...expected }) => ({ name, input, expected, source }));
  test.for(rows)("$name", ({ input, expected }) => {
    const result = apprenticeMinimumWage(input);
    expect(result).toMatchObject(expected);
    if (result.base === "SMIC") expect(result.monthlyMinimum).toBe(expectedMonthlyOnSmic(result.ratePercent, result.smic.hourly));
  });

  test("the cap is explained, with both rates", () => {
    const result = apprenticeMinimumWage({ ...inputFor("21-25", 3, march), sameLevelDiploma: true, publicSectorPoints: 20, locale: "en" });
    const cap = result.explanation.find((step) => step.rule === "pay.apprenticeship.increase-cap");
    expect(cap?.values).toMatchObject({ uncappedPercent: 113, ratePercent: 100, capPercent: 100, base: "SMIC" });
    expect(cap?.message).toContain("113%");
    expect(cap?.legalBasis).toEqual(["C. trav. art. D6222-31"]);
  });
});

describe("documented consequence of the cap reading: the SMIC overtaking a SMC with increases above 100 %", () => {
  test("26+ with +15 points: 115 % of a 1 824 € SMC in March 2026, then 100 % of the SMIC once it exceeds the SMC", () => {
    // docs/pay.md §« Plafond » : the percentage of the SMC stands (D6222-31 al. 2 reserves more favourable conventional
    // provisions) but on the SMIC base increases are capped at 100 %; the regulatory minimum therefore drops on
    // 2026-06-01 (an employer already paying 2 097,60 € cannot lower the contractual pay).
    const input = { birthDate: "1995-01-10", contractStart: "2025-09-01", sameLevelDiploma: true, conventionalMinimumMonthly: 1824 };
    expect(apprenticeMinimumWage({ ...input, date: "2026-03-15" })).toMatchObject({ base: "SMC", ratePercent: 115, monthlyMinimum: 2097.6 });
    expect(apprenticeMinimumWage({ ...input, date: "2026-06-01" })).toMatchObject({ base: "SMIC", ratePercent: 100, monthlyMinimum: 1867.02 });
  });
});

describe("Mayotte (its own SMIC since 2021-01-01)", () => {
  const rows = SMIC_HISTORY.mayotte.map((period) => ({
    name: `18-20 year 1 on ${period.since} (Mayotte SMIC ${period.hourly})`,
    input: { ...inputFor("18-20", 1, period.since), territory: "mayotte" as const },
    expected: { ratePercent: 43, monthlyMinimum: expectedMonthlyOnSmic(43, period.hourly), smic: { hourly: period.hourly, since: period.since } },
    source: "law.md §5 (Mayotte hourly SMIC); D6222-26",
  }));
  test.for(rows)("$name", ({ input, expected }) => {
    expect(apprenticeMinimumWage(input)).toMatchObject(expected);
  });

  test("monthly SMIC in Mayotte, January 2026: 1 415,05 € (law.md §5)", () => {
    expect(apprenticeMinimumWage({ ...inputFor("26-plus", 1, "2026-02-01"), territory: "mayotte" }).monthlyMinimum).toBe(1415.05);
  });

  test("a contract started in 2020 in Mayotte can be computed from 2021-01-01", () => {
    const input = { birthDate: "2001-05-10", contractStart: "2020-09-01", territory: "mayotte" as const };
    expect(apprenticeMinimumWage({ ...input, date: "2021-01-01" }).smic.hourly).toBe(7.74);
  });
});

describe("golden rows of the seed documents", () => {
  test("MIAGE guide Tableau 6: 18-20, first year, SMIC of 1 November 2024 → 43 %, 774,77 €", () => {
    expect(apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" })).toMatchObject({
      ratePercent: 43,
      ageBand: "18-20",
      contractYear: 1,
      base: "SMIC",
      monthlyMinimum: 774.77,
    });
  });

  test("MIAGE guide §4.2.1: disabled apprentice over 21, 4th year: 78 % + 15 = 93 %, 1 695,42 €", () => {
    expect(
      apprenticeMinimumWage({
        birthDate: "2001-03-01",
        contractStart: "2022-09-01",
        contractEnd: "2026-08-31",
        date: "2026-02-01",
        disabledWorkerExtension: true,
      }),
    ).toMatchObject({ ratePercent: 93, contractYear: 4, monthlyMinimum: 1695.42 });
  });
});

describe("explanation and warnings", () => {
  const input = { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2026-03-15" };

  test("each step names its rule and article; the SMIC step names its value, date and decree", () => {
    const { explanation } = apprenticeMinimumWage(input);
    expect(explanation.map((step) => step.rule)).toEqual([
      "pay.apprenticeship.contract-year",
      "pay.apprenticeship.age-band",
      "pay.apprenticeship.grid",
      "pay.smic",
      "pay.apprenticeship.base",
      "pay.amounts",
    ]);
    for (const step of explanation) expect(step.legalBasis.length).toBeGreaterThan(0);
    const smic = explanation.find((step) => step.rule === "pay.smic")!;
    expect(smic.legalBasis).toContain("Décret n° 2025-1228 du 17 décembre 2025");
    expect(smic.message).toBe(
      "SMIC en vigueur le 2026-03-15 (métropole et DROM hors Mayotte) : 12,02 € de l'heure depuis le 2026-01-01, soit 1\u202f823,03 € par mois pour 35 h par semaine",
    );
    expect(explanation[0]!.message).toBe("Le 2026-03-15 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)");
    expect(explanation[1]!.message).toContain("à partir du 2027-05-01");
  });

  test("English on request", () => {
    const { explanation } = apprenticeMinimumWage({ ...input, locale: "en" });
    expect(explanation.at(-1)!.message).toBe("43% × €12.02 an hour × 35 h × 52 / 12 = €783.90 a month (€5.17 an hour), exact, rounded to the cent");
  });

  test("a band reached during the contract is explained with its birthday", () => {
    const { explanation } = apprenticeMinimumWage({ ...input, date: "2027-06-01" });
    const band = explanation.find((step) => step.rule === "pay.apprenticeship.age-band")!;
    expect(band.values).toMatchObject({ ageBand: "21-25", since: "2027-05-01", birthday: "2027-04-10" });
  });

  test("every applied majoration has its step", () => {
    const { explanation } = apprenticeMinimumWage({
      birthDate: "2002-01-10",
      contractStart: "2022-09-01",
      date: "2026-03-15",
      creditedMonths: 0,
      disabledWorkerExtension: true,
      sameLevelDiploma: true,
      publicSectorPoints: 10,
      previousContract: { lastYearRatePercent: 50, diplomaObtained: true },
    });
    expect(explanation.map((step) => step.rule)).toEqual(
      expect.arrayContaining([
        "pay.apprenticeship.beyond-cycle",
        "pay.apprenticeship.disabled-worker-extension",
        "pay.apprenticeship.same-level-diploma",
        "pay.apprenticeship.public-sector",
        "pay.apprenticeship.previous-contract",
        "pay.apprenticeship.increase-cap",
      ]),
    );
  });

  test("no warning up to dataVerifiedUntil, PARAMETERS_NOT_VERIFIED after it", () => {
    expect(apprenticeMinimumWage({ ...input, date: "2026-07-16" }).warnings).toEqual([]);
    expect(apprenticeMinimumWage({ ...input, date: "2026-07-17" }).warnings.map((w) => w.code)).toEqual(["PARAMETERS_NOT_VERIFIED"]);
  });

  test("same-level increase on a contract longer than one year: warning, still applied", () => {
    const base = { birthDate: "2005-06-10", contractStart: "2025-09-01", date: "2025-10-01", sameLevelDiploma: true };
    expect(apprenticeMinimumWage({ ...base, contractEnd: "2026-08-31" }).warnings).toEqual([]);
    const result = apprenticeMinimumWage({ ...base, contractEnd: "2026-09-01" });
    expect(result.ratePercent).toBe(58);
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: "SAME_LEVEL_DIPLOMA_CONTRACT_OVER_ONE_YEAR", field: "sameLevelDiploma", legalBasis: ["C. trav. art. D6222-30"] }),
    ]);
  });

  test("the input is not mutated and the result is plain JSON data", () => {
    const frozen = Object.freeze({ ...input, previousContract: Object.freeze({ lastYearRatePercent: 50, diplomaObtained: true }) });
    const result = apprenticeMinimumWage(frozen);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: ApprenticeMinimumWageInput; source: string } & Explained> = [
    {
      name: "19, 1st year, no SMC: band raised at 21 later in the contract",
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2026-03-15" },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2026-03-15", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2026-03-15 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2026-03-15 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "18-20", ageAtStart: 19, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2027-05-01" }, "Tranche « 18 à 20 ans » : 19 ans au début du contrat (2025-09-01) ; tranche « 21 à 25 ans » à partir du 2027-05-01", "Band \"18 to 20\": aged 19 at the start of the contract (2025-09-01); band \"21 to 25\" from 2027-05-01"],
        ["pay.apprenticeship.grid", { ratePercent: 43, ageBand: "18-20", gridYear: 1 }, "Grille de l'article D6222-26 : 43 % pour la tranche « 18 à 20 ans » en 1re année", "D6222-26 grid: 43% for the band \"18 to 20\" in year 1"],
        ["pay.smic", { date: "2026-03-15", territory: "metropole", hourly: 12.02, monthly: 1823.03, since: "2026-01-01", weeklyHours: 35 }, "SMIC en vigueur le 2026-03-15 (métropole et DROM hors Mayotte) : 12,02 € de l'heure depuis le 2026-01-01, soit 1 823,03 € par mois pour 35 h par semaine", "SMIC in force on 2026-03-15 (metropolitan France and overseas except Mayotte): €12.02 an hour since 2026-01-01, i.e. €1,823.03 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: false, conventionalMinimumMonthly: null, smicMonthly: 1823.03 }, "Avant 21 ans, le pourcentage s'applique au SMIC", "Before 21, the percentage applies to the SMIC"],
        ["pay.amounts", { ratePercent: 43, base: "SMIC", baseHourly: 12.02, baseMonthly: 1823.03, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 783.9, hourlyMinimum: 5.17 }, "43 % × 12,02 € de l'heure × 35 h × 52 / 12 = 783,90 € par mois (5,17 € de l'heure), calcul exact arrondi au centime", "43% × €12.02 an hour × 35 h × 52 / 12 = €783.90 a month (€5.17 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-26, D6222-31; law.md §4.1-4.2, §4.6",
    },
    {
      name: "19 with a SMC: not used before 21",
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", conventionalMinimumMonthly: 2000 },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-10-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2025-10-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2025-10-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "18-20", ageAtStart: 19, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2027-05-01" }, "Tranche « 18 à 20 ans » : 19 ans au début du contrat (2025-09-01) ; tranche « 21 à 25 ans » à partir du 2027-05-01", "Band \"18 to 20\": aged 19 at the start of the contract (2025-09-01); band \"21 to 25\" from 2027-05-01"],
        ["pay.apprenticeship.grid", { ratePercent: 43, ageBand: "18-20", gridYear: 1 }, "Grille de l'article D6222-26 : 43 % pour la tranche « 18 à 20 ans » en 1re année", "D6222-26 grid: 43% for the band \"18 to 20\" in year 1"],
        ["pay.smic", { date: "2025-10-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-10-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-10-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: false, conventionalMinimumMonthly: 2000, smicMonthly: 1801.8 }, "Avant 21 ans, le pourcentage s'applique au SMIC : le salaire minimum conventionnel (2 000,00 €) n'est pas utilisé", "Before 21, the percentage applies to the SMIC: the conventional minimum (€2,000.00) is not used"],
        ["pay.amounts", { ratePercent: 43, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 774.77, hourlyMinimum: 5.11 }, "43 % × 11,88 € de l'heure × 35 h × 52 / 12 = 774,77 € par mois (5,11 € de l'heure), calcul exact arrondi au centime", "43% × €11.88 an hour × 35 h × 52 / 12 = €774.77 a month (€5.11 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-26 (SMC from 21); law.md §4.1",
    },
    {
      name: "23, SMC above the SMIC, 28 h a week: SMC base, prorated",
      input: { birthDate: "2002-06-15", contractStart: "2025-09-01", date: "2026-02-01", conventionalMinimumMonthly: 2100.5, weeklyHours: 28 },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2026-02-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2026-02-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2026-02-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "21-25", ageAtStart: 23, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "26-plus", nextChange: "2028-07-01" }, "Tranche « 21 à 25 ans » : 23 ans au début du contrat (2025-09-01) ; tranche « 26 ans et plus » à partir du 2028-07-01", "Band \"21 to 25\": aged 23 at the start of the contract (2025-09-01); band \"26 and over\" from 2028-07-01"],
        ["pay.apprenticeship.grid", { ratePercent: 53, ageBand: "21-25", gridYear: 1 }, "Grille de l'article D6222-26 : 53 % pour la tranche « 21 à 25 ans » en 1re année", "D6222-26 grid: 53% for the band \"21 to 25\" in year 1"],
        ["pay.smic", { date: "2026-02-01", territory: "metropole", hourly: 12.02, monthly: 1823.03, since: "2026-01-01", weeklyHours: 35 }, "SMIC en vigueur le 2026-02-01 (métropole et DROM hors Mayotte) : 12,02 € de l'heure depuis le 2026-01-01, soit 1 823,03 € par mois pour 35 h par semaine", "SMIC in force on 2026-02-01 (metropolitan France and overseas except Mayotte): €12.02 an hour since 2026-01-01, i.e. €1,823.03 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMC", conventionalMinimumCounts: true, conventionalMinimumMonthly: 2100.5, smicMonthly: 1823.03 }, "À partir de 21 ans, base = le plus élevé du SMIC et du salaire minimum conventionnel : SMC 2 100,50 € > SMIC 1 823,03 €, base SMC", "From 21, base = the higher of the SMIC and the conventional minimum: conventional minimum €2,100.50 > SMIC €1,823.03, conventional base"],
        ["pay.amounts", { ratePercent: 53, base: "SMC", baseHourly: 12.02, baseMonthly: 2100.5, weeklyHours: 28, fullTimeHours: 35, monthlyMinimum: 890.61, hourlyMinimum: 7.34 }, "53 % × SMC 2 100,50 € × 28 h / 35 h = 890,61 € par mois (7,34 € de l'heure), arrondi au centime", "53% × conventional minimum €2,100.50 × 28 h / 35 h = €890.61 a month (€7.34 an hour), rounded to the cent"],
      ],
      source: "C. trav. D6222-26 (max SMIC, SMC); law.md §4.1, §4.6 (part-time)",
    },
    {
      name: "23, SMC below the SMIC: SMIC base",
      input: { birthDate: "2002-06-15", contractStart: "2025-09-01", date: "2026-02-01", conventionalMinimumMonthly: 1700 },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2026-02-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2026-02-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2026-02-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "21-25", ageAtStart: 23, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "26-plus", nextChange: "2028-07-01" }, "Tranche « 21 à 25 ans » : 23 ans au début du contrat (2025-09-01) ; tranche « 26 ans et plus » à partir du 2028-07-01", "Band \"21 to 25\": aged 23 at the start of the contract (2025-09-01); band \"26 and over\" from 2028-07-01"],
        ["pay.apprenticeship.grid", { ratePercent: 53, ageBand: "21-25", gridYear: 1 }, "Grille de l'article D6222-26 : 53 % pour la tranche « 21 à 25 ans » en 1re année", "D6222-26 grid: 53% for the band \"21 to 25\" in year 1"],
        ["pay.smic", { date: "2026-02-01", territory: "metropole", hourly: 12.02, monthly: 1823.03, since: "2026-01-01", weeklyHours: 35 }, "SMIC en vigueur le 2026-02-01 (métropole et DROM hors Mayotte) : 12,02 € de l'heure depuis le 2026-01-01, soit 1 823,03 € par mois pour 35 h par semaine", "SMIC in force on 2026-02-01 (metropolitan France and overseas except Mayotte): €12.02 an hour since 2026-01-01, i.e. €1,823.03 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: true, conventionalMinimumMonthly: 1700, smicMonthly: 1823.03 }, "À partir de 21 ans, base = le plus élevé du SMIC et du salaire minimum conventionnel : SMC 1 700,00 € ≤ SMIC 1 823,03 €, base SMIC", "From 21, base = the higher of the SMIC and the conventional minimum: conventional minimum €1,700.00 ≤ SMIC €1,823.03, SMIC base"],
        ["pay.amounts", { ratePercent: 53, base: "SMIC", baseHourly: 12.02, baseMonthly: 1823.03, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 966.21, hourlyMinimum: 6.37 }, "53 % × 12,02 € de l'heure × 35 h × 52 / 12 = 966,21 € par mois (6,37 € de l'heure), calcul exact arrondi au centime", "53% × €12.02 an hour × 35 h × 52 / 12 = €966.21 a month (€6.37 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-26; law.md §4.1",
    },
    {
      name: "22, no SMC given: SMIC base, said so",
      input: { birthDate: "2003-06-15", contractStart: "2025-09-01", date: "2026-02-01" },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2026-02-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2026-02-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2026-02-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "21-25", ageAtStart: 22, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "26-plus", nextChange: "2029-07-01" }, "Tranche « 21 à 25 ans » : 22 ans au début du contrat (2025-09-01) ; tranche « 26 ans et plus » à partir du 2029-07-01", "Band \"21 to 25\": aged 22 at the start of the contract (2025-09-01); band \"26 and over\" from 2029-07-01"],
        ["pay.apprenticeship.grid", { ratePercent: 53, ageBand: "21-25", gridYear: 1 }, "Grille de l'article D6222-26 : 53 % pour la tranche « 21 à 25 ans » en 1re année", "D6222-26 grid: 53% for the band \"21 to 25\" in year 1"],
        ["pay.smic", { date: "2026-02-01", territory: "metropole", hourly: 12.02, monthly: 1823.03, since: "2026-01-01", weeklyHours: 35 }, "SMIC en vigueur le 2026-02-01 (métropole et DROM hors Mayotte) : 12,02 € de l'heure depuis le 2026-01-01, soit 1 823,03 € par mois pour 35 h par semaine", "SMIC in force on 2026-02-01 (metropolitan France and overseas except Mayotte): €12.02 an hour since 2026-01-01, i.e. €1,823.03 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: true, conventionalMinimumMonthly: null, smicMonthly: 1823.03 }, "À partir de 21 ans, le pourcentage s'applique au plus élevé du SMIC et du salaire minimum conventionnel ; aucun SMC indiqué : base SMIC", "From 21, the percentage applies to the higher of the SMIC and the conventional minimum; no conventional minimum given: SMIC base"],
        ["pay.amounts", { ratePercent: 53, base: "SMIC", baseHourly: 12.02, baseMonthly: 1823.03, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 966.21, hourlyMinimum: 6.37 }, "53 % × 12,02 € de l'heure × 35 h × 52 / 12 = 966,21 € par mois (6,37 € de l'heure), calcul exact arrondi au centime", "53% × €12.02 an hour × 35 h × 52 / 12 = €966.21 a month (€6.37 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-26; law.md §4.1",
    },
    {
      name: "licence pro, 12 credited months, public employer +10, contract ending before the 2nd anniversary",
      input: { birthDate: "2005-01-20", contractStart: "2025-09-01", contractEnd: "2026-06-30", date: "2025-12-01", creditedMonths: 12, licencePro: true, publicSectorPoints: 10 },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-12-01", contractYear: 2, from: "2025-09-01", to: "2026-06-30" }, "Le 2025-12-01 tombe dans la 2e année d'exécution du contrat (du 2025-09-01 au 2026-06-30)", "2025-12-01 falls in year 2 of the contract (2025-09-01 to 2026-06-30)"],
        ["pay.apprenticeship.age-band", { ageBand: "18-20", ageAtStart: 20, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2026-02-01" }, "Tranche « 18 à 20 ans » : 20 ans au début du contrat (2025-09-01) ; tranche « 21 à 25 ans » à partir du 2026-02-01", "Band \"18 to 20\": aged 20 at the start of the contract (2025-09-01); band \"21 to 25\" from 2026-02-01"],
        ["pay.apprenticeship.grid", { ratePercent: 51, ageBand: "18-20", gridYear: 2 }, "Grille de l'article D6222-26 : 51 % pour la tranche « 18 à 20 ans » en 2e année", "D6222-26 grid: 51% for the band \"18 to 20\" in year 2"],
        ["pay.apprenticeship.credited-months", { creditedMonths: 12, deemedStart: "2024-09-01" }, "12 mois du cycle réputés accomplis : les années sont comptées comme si le contrat avait commencé le 2024-09-01", "12 months of the cycle count as performed: years are counted as if the contract had started on 2024-09-01"],
        ["pay.apprenticeship.licence-pro", { gridYear: 2 }, "Licence professionnelle : taux de la 2e année d'exécution pendant tout le contrat", "Licence professionnelle: rate of year 2 for the whole contract"],
        ["pay.apprenticeship.public-sector", { points: 10 }, "Majoration de l'employeur public : +10 points", "Public employer's increase: +10 points"],
        ["pay.smic", { date: "2025-12-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-12-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-12-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: false, conventionalMinimumMonthly: null, smicMonthly: 1801.8 }, "Avant 21 ans, le pourcentage s'applique au SMIC", "Before 21, the percentage applies to the SMIC"],
        ["pay.amounts", { ratePercent: 61, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 1099.1, hourlyMinimum: 7.25 }, "61 % × 11,88 € de l'heure × 35 h × 52 / 12 = 1 099,10 € par mois (7,25 € de l'heure), calcul exact arrondi au centime", "61% × €11.88 an hour × 35 h × 52 / 12 = €1,099.10 a month (€7.25 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-28-1, D6222-32, D6272-2; law.md §4.3-4.4",
    },
    {
      name: "same-level diploma on a one-year contract: +15 points, no warning",
      input: { birthDate: "2004-03-01", contractStart: "2025-09-01", contractEnd: "2026-08-31", date: "2025-09-01", sameLevelDiploma: true },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-09-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2025-09-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2025-09-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "21-25", ageAtStart: 21, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "26-plus", nextChange: "2030-04-01" }, "Tranche « 21 à 25 ans » : 21 ans au début du contrat (2025-09-01) ; tranche « 26 ans et plus » à partir du 2030-04-01", "Band \"21 to 25\": aged 21 at the start of the contract (2025-09-01); band \"26 and over\" from 2030-04-01"],
        ["pay.apprenticeship.grid", { ratePercent: 53, ageBand: "21-25", gridYear: 1 }, "Grille de l'article D6222-26 : 53 % pour la tranche « 21 à 25 ans » en 1re année", "D6222-26 grid: 53% for the band \"21 to 25\" in year 1"],
        ["pay.apprenticeship.same-level-diploma", { points: 15 }, "Diplôme de même niveau déjà obtenu : +15 points", "Same-level diploma already obtained: +15 points"],
        ["pay.smic", { date: "2025-09-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-09-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-09-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: true, conventionalMinimumMonthly: null, smicMonthly: 1801.8 }, "À partir de 21 ans, le pourcentage s'applique au plus élevé du SMIC et du salaire minimum conventionnel ; aucun SMC indiqué : base SMIC", "From 21, the percentage applies to the higher of the SMIC and the conventional minimum; no conventional minimum given: SMIC base"],
        ["pay.amounts", { ratePercent: 68, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 1225.22, hourlyMinimum: 8.08 }, "68 % × 11,88 € de l'heure × 35 h × 52 / 12 = 1 225,22 € par mois (8,08 € de l'heure), calcul exact arrondi au centime", "68% × €11.88 an hour × 35 h × 52 / 12 = €1,225.22 a month (€8.08 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-30; law.md §4.3",
    },
    {
      name: "disabled worker, 2-year cycle, 3rd year: last year's rate + 15 points, capped at 100 % of the SMIC",
      input: { birthDate: "2001-01-10", contractStart: "2023-09-01", date: "2025-10-01", cycleYears: 2, disabledWorkerExtension: true, sameLevelDiploma: true, publicSectorPoints: 20 },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-10-01", contractYear: 3, from: "2025-09-01", to: "2026-08-31" }, "Le 2025-10-01 tombe dans la 3e année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2025-10-01 falls in year 3 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "21-25", ageAtStart: 22, contractStart: "2023-09-01", since: null, birthday: null, nextBand: "26-plus", nextChange: "2027-02-01" }, "Tranche « 21 à 25 ans » : 22 ans au début du contrat (2023-09-01) ; tranche « 26 ans et plus » à partir du 2027-02-01", "Band \"21 to 25\": aged 22 at the start of the contract (2023-09-01); band \"26 and over\" from 2027-02-01"],
        ["pay.apprenticeship.grid", { ratePercent: 61, ageBand: "21-25", gridYear: 2 }, "Grille de l'article D6222-26 : 61 % pour la tranche « 21 à 25 ans » en 2e année", "D6222-26 grid: 61% for the band \"21 to 25\" in year 2"],
        ["pay.apprenticeship.beyond-cycle", { contractYear: 3, cycleYears: 2 }, "3e année, au-delà d'un cycle de 2 ans : taux de la 2e année", "year 3, beyond a 2-year cycle: rate of year 2"],
        ["pay.apprenticeship.same-level-diploma", { points: 15 }, "Diplôme de même niveau déjà obtenu : +15 points", "Same-level diploma already obtained: +15 points"],
        ["pay.apprenticeship.public-sector", { points: 20 }, "Majoration de l'employeur public : +20 points", "Public employer's increase: +20 points"],
        ["pay.apprenticeship.disabled-worker-extension", { points: 15, contractYear: 3, lastYearRatePercent: 61 }, "Prolongation (3e année) d'un apprenti reconnu travailleur handicapé : 61 % de la dernière année + 15 points", "Extension (year 3) for an apprentice recognised as a disabled worker: last year's 61% + 15 points"],
        ["pay.apprenticeship.increase-cap", { uncappedPercent: 111, ratePercent: 100, capPercent: 100, base: "SMIC" }, "Les majorations ne peuvent porter le minimum au-delà de 100 % du SMIC : 111 % ramenés à 100 %", "Increases cannot raise the minimum above 100% of the SMIC: 111% brought down to 100%"],
        ["pay.smic", { date: "2025-10-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-10-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-10-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: true, conventionalMinimumMonthly: null, smicMonthly: 1801.8 }, "À partir de 21 ans, le pourcentage s'applique au plus élevé du SMIC et du salaire minimum conventionnel ; aucun SMC indiqué : base SMIC", "From 21, the percentage applies to the higher of the SMIC and the conventional minimum; no conventional minimum given: SMIC base"],
        ["pay.amounts", { ratePercent: 100, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 1801.8, hourlyMinimum: 11.88 }, "100 % × 11,88 € de l'heure × 35 h × 52 / 12 = 1 801,80 € par mois (11,88 € de l'heure), calcul exact arrondi au centime", "100% × €11.88 an hour × 35 h × 52 / 12 = €1,801.80 a month (€11.88 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-28-2, R6222-48, D6222-30, D6272-2, D6222-31 al. 2 (cap); law.md §4.3-4.5",
    },
    {
      name: "previous contract without the diploma: its rate is not a minimum",
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", previousContract: { lastYearRatePercent: 67, diplomaObtained: false } },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-10-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2025-10-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2025-10-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "18-20", ageAtStart: 19, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2027-05-01" }, "Tranche « 18 à 20 ans » : 19 ans au début du contrat (2025-09-01) ; tranche « 21 à 25 ans » à partir du 2027-05-01", "Band \"18 to 20\": aged 19 at the start of the contract (2025-09-01); band \"21 to 25\" from 2027-05-01"],
        ["pay.apprenticeship.grid", { ratePercent: 43, ageBand: "18-20", gridYear: 1 }, "Grille de l'article D6222-26 : 43 % pour la tranche « 18 à 20 ans » en 1re année", "D6222-26 grid: 43% for the band \"18 to 20\" in year 1"],
        ["pay.apprenticeship.previous-contract", { lastYearRatePercent: 67, diplomaObtained: false, applied: false }, "Contrat précédent sans obtention du diplôme : son taux (67 %) n'est pas un minimum", "Previous contract without the diploma: its rate (67%) is not a minimum"],
        ["pay.smic", { date: "2025-10-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-10-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-10-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: false, conventionalMinimumMonthly: null, smicMonthly: 1801.8 }, "Avant 21 ans, le pourcentage s'applique au SMIC", "Before 21, the percentage applies to the SMIC"],
        ["pay.amounts", { ratePercent: 43, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 774.77, hourlyMinimum: 5.11 }, "43 % × 11,88 € de l'heure × 35 h × 52 / 12 = 774,77 € par mois (5,11 € de l'heure), calcul exact arrondi au centime", "43% × €11.88 an hour × 35 h × 52 / 12 = €774.77 a month (€5.11 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-29; law.md §4.3",
    },
    {
      name: "previous contract that led to the diploma, rate above the age rate: applied",
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", previousContract: { lastYearRatePercent: 67, diplomaObtained: true } },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-10-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2025-10-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2025-10-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "18-20", ageAtStart: 19, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2027-05-01" }, "Tranche « 18 à 20 ans » : 19 ans au début du contrat (2025-09-01) ; tranche « 21 à 25 ans » à partir du 2027-05-01", "Band \"18 to 20\": aged 19 at the start of the contract (2025-09-01); band \"21 to 25\" from 2027-05-01"],
        ["pay.apprenticeship.grid", { ratePercent: 43, ageBand: "18-20", gridYear: 1 }, "Grille de l'article D6222-26 : 43 % pour la tranche « 18 à 20 ans » en 1re année", "D6222-26 grid: 43% for the band \"18 to 20\" in year 1"],
        ["pay.apprenticeship.previous-contract", { lastYearRatePercent: 67, diplomaObtained: true, applied: true }, "Contrat précédent ayant conduit au diplôme : au moins 67 %, taux de sa dernière année, plus favorable que le taux selon l'âge", "Previous contract that led to the diploma: at least 67%, its last year's rate, more favourable than the age rate"],
        ["pay.smic", { date: "2025-10-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-10-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-10-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: false, conventionalMinimumMonthly: null, smicMonthly: 1801.8 }, "Avant 21 ans, le pourcentage s'applique au SMIC", "Before 21, the percentage applies to the SMIC"],
        ["pay.amounts", { ratePercent: 67, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 1207.21, hourlyMinimum: 7.96 }, "67 % × 11,88 € de l'heure × 35 h × 52 / 12 = 1 207,21 € par mois (7,96 € de l'heure), calcul exact arrondi au centime", "67% × €11.88 an hour × 35 h × 52 / 12 = €1,207.21 a month (€7.96 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-29; law.md §4.3",
    },
    {
      name: "previous contract that led to the diploma, rate below the age rate: already reached",
      input: { birthDate: "2003-04-10", contractStart: "2025-09-01", date: "2025-10-01", previousContract: { lastYearRatePercent: 51, diplomaObtained: true } },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-10-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2025-10-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2025-10-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "21-25", ageAtStart: 22, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "26-plus", nextChange: "2029-05-01" }, "Tranche « 21 à 25 ans » : 22 ans au début du contrat (2025-09-01) ; tranche « 26 ans et plus » à partir du 2029-05-01", "Band \"21 to 25\": aged 22 at the start of the contract (2025-09-01); band \"26 and over\" from 2029-05-01"],
        ["pay.apprenticeship.grid", { ratePercent: 53, ageBand: "21-25", gridYear: 1 }, "Grille de l'article D6222-26 : 53 % pour la tranche « 21 à 25 ans » en 1re année", "D6222-26 grid: 53% for the band \"21 to 25\" in year 1"],
        ["pay.apprenticeship.previous-contract", { lastYearRatePercent: 51, diplomaObtained: true, applied: false }, "Contrat précédent ayant conduit au diplôme : minimum de 51 %, déjà atteint", "Previous contract that led to the diploma: minimum of 51%, already reached"],
        ["pay.smic", { date: "2025-10-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-10-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-10-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: true, conventionalMinimumMonthly: null, smicMonthly: 1801.8 }, "À partir de 21 ans, le pourcentage s'applique au plus élevé du SMIC et du salaire minimum conventionnel ; aucun SMC indiqué : base SMIC", "From 21, the percentage applies to the higher of the SMIC and the conventional minimum; no conventional minimum given: SMIC base"],
        ["pay.amounts", { ratePercent: 53, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 954.95, hourlyMinimum: 6.3 }, "53 % × 11,88 € de l'heure × 35 h × 52 / 12 = 954,95 € par mois (6,30 € de l'heure), calcul exact arrondi au centime", "53% × €11.88 an hour × 35 h × 52 / 12 = €954.95 a month (€6.30 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-29; law.md §4.3",
    },
    {
      name: "27, SMC base, public employer +20: 120 % of the SMC, the SMIC cap does not apply",
      input: { birthDate: "1998-05-05", contractStart: "2025-09-01", date: "2026-01-15", conventionalMinimumMonthly: 1900, publicSectorPoints: 20 },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2026-01-15", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2026-01-15 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2026-01-15 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "26-plus", ageAtStart: 27, contractStart: "2025-09-01", since: null, birthday: null, nextBand: null, nextChange: null }, "Tranche « 26 ans et plus » : 27 ans au début du contrat (2025-09-01)", "Band \"26 and over\": aged 27 at the start of the contract (2025-09-01)"],
        ["pay.apprenticeship.grid", { ratePercent: 100, ageBand: "26-plus", gridYear: 1 }, "Grille de l'article D6222-26 : 100 % pour la tranche « 26 ans et plus » en 1re année", "D6222-26 grid: 100% for the band \"26 and over\" in year 1"],
        ["pay.apprenticeship.public-sector", { points: 20 }, "Majoration de l'employeur public : +20 points", "Public employer's increase: +20 points"],
        ["pay.apprenticeship.increase-cap", { uncappedPercent: 120, ratePercent: 120, capPercent: 100, base: "SMC" }, "Base conventionnelle (SMC) : le plafond de 100 % du SMIC ne s'applique pas (dispositions conventionnelles plus favorables), 120 % du SMC retenus", "Conventional base: the 100%-of-SMIC cap does not apply (more favourable conventional provisions), 120% of the conventional minimum stands"],
        ["pay.smic", { date: "2026-01-15", territory: "metropole", hourly: 12.02, monthly: 1823.03, since: "2026-01-01", weeklyHours: 35 }, "SMIC en vigueur le 2026-01-15 (métropole et DROM hors Mayotte) : 12,02 € de l'heure depuis le 2026-01-01, soit 1 823,03 € par mois pour 35 h par semaine", "SMIC in force on 2026-01-15 (metropolitan France and overseas except Mayotte): €12.02 an hour since 2026-01-01, i.e. €1,823.03 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMC", conventionalMinimumCounts: true, conventionalMinimumMonthly: 1900, smicMonthly: 1823.03 }, "À partir de 21 ans, base = le plus élevé du SMIC et du salaire minimum conventionnel : SMC 1 900,00 € > SMIC 1 823,03 €, base SMC", "From 21, base = the higher of the SMIC and the conventional minimum: conventional minimum €1,900.00 > SMIC €1,823.03, conventional base"],
        ["pay.amounts", { ratePercent: 120, base: "SMC", baseHourly: 12.02, baseMonthly: 1900, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 2280, hourlyMinimum: 15.03 }, "120 % × SMC 1 900,00 € × 35 h / 35 h = 2 280,00 € par mois (15,03 € de l'heure), arrondi au centime", "120% × conventional minimum €1,900.00 × 35 h / 35 h = €2,280.00 a month (€15.03 an hour), rounded to the cent"],
      ],
      source: "C. trav. D6222-26, D6272-2, D6222-31 al. 2 (« sauf dispositions conventionnelles plus favorables »); law.md §4.5",
    },
    {
      name: "band reached during the contract: 18 on 10 April 2026, 18-20 band since 1 May 2026",
      input: { birthDate: "2008-04-10", contractStart: "2025-09-01", date: "2026-06-01", territory: "mayotte" },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2026-06-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2026-06-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2026-06-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "18-20", ageAtStart: 17, contractStart: "2025-09-01", since: "2026-05-01", birthday: "2026-04-10", nextBand: "21-25", nextChange: "2029-05-01" }, "Tranche « 18 à 20 ans » depuis le 2026-05-01, premier jour du mois qui suit l'anniversaire du 2026-04-10 ; tranche « 21 à 25 ans » à partir du 2029-05-01", "Band \"18 to 20\" since 2026-05-01, the first day of the month after the birthday on 2026-04-10; band \"21 to 25\" from 2029-05-01"],
        ["pay.apprenticeship.grid", { ratePercent: 43, ageBand: "18-20", gridYear: 1 }, "Grille de l'article D6222-26 : 43 % pour la tranche « 18 à 20 ans » en 1re année", "D6222-26 grid: 43% for the band \"18 to 20\" in year 1"],
        ["pay.smic", { date: "2026-06-01", territory: "mayotte", hourly: 9.56, monthly: 1449.93, since: "2026-06-01", weeklyHours: 35 }, "SMIC en vigueur le 2026-06-01 (Mayotte) : 9,56 € de l'heure depuis le 2026-06-01, soit 1 449,93 € par mois pour 35 h par semaine", "SMIC in force on 2026-06-01 (Mayotte): €9.56 an hour since 2026-06-01, i.e. €1,449.93 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: false, conventionalMinimumMonthly: null, smicMonthly: 1449.93 }, "Avant 21 ans, le pourcentage s'applique au SMIC", "Before 21, the percentage applies to the SMIC"],
        ["pay.amounts", { ratePercent: 43, base: "SMIC", baseHourly: 9.56, baseMonthly: 1449.93, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 623.47, hourlyMinimum: 4.11 }, "43 % × 9,56 € de l'heure × 35 h × 52 / 12 = 623,47 € par mois (4,11 € de l'heure), calcul exact arrondi au centime", "43% × €9.56 an hour × 35 h × 52 / 12 = €623.47 a month (€4.11 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-31; SMIC Mayotte (law.md §5)",
    },
    {
      name: "6 credited months: the 1st contract year began before the contract, its bounds are clipped to the contract",
      input: { birthDate: "2005-01-20", contractStart: "2025-09-01", date: "2025-12-01", creditedMonths: 6 },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-12-01", contractYear: 1, from: "2025-09-01", to: "2026-02-28" }, "Le 2025-12-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-02-28)", "2025-12-01 falls in year 1 of the contract (2025-09-01 to 2026-02-28)"],
        ["pay.apprenticeship.age-band", { ageBand: "18-20", ageAtStart: 20, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2026-02-01" }, "Tranche « 18 à 20 ans » : 20 ans au début du contrat (2025-09-01) ; tranche « 21 à 25 ans » à partir du 2026-02-01", "Band \"18 to 20\": aged 20 at the start of the contract (2025-09-01); band \"21 to 25\" from 2026-02-01"],
        ["pay.apprenticeship.grid", { ratePercent: 43, ageBand: "18-20", gridYear: 1 }, "Grille de l'article D6222-26 : 43 % pour la tranche « 18 à 20 ans » en 1re année", "D6222-26 grid: 43% for the band \"18 to 20\" in year 1"],
        ["pay.apprenticeship.credited-months", { creditedMonths: 6, deemedStart: "2025-03-01" }, "6 mois du cycle réputés accomplis : les années sont comptées comme si le contrat avait commencé le 2025-03-01", "6 months of the cycle count as performed: years are counted as if the contract had started on 2025-03-01"],
        ["pay.smic", { date: "2025-12-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-12-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-12-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: false, conventionalMinimumMonthly: null, smicMonthly: 1801.8 }, "Avant 21 ans, le pourcentage s'applique au SMIC", "Before 21, the percentage applies to the SMIC"],
        ["pay.amounts", { ratePercent: 43, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 774.77, hourlyMinimum: 5.11 }, "43 % × 11,88 € de l'heure × 35 h × 52 / 12 = 774,77 € par mois (5,11 € de l'heure), calcul exact arrondi au centime", "43% × €11.88 an hour × 35 h × 52 / 12 = €774.77 a month (€5.11 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-28-1; law.md §4.4",
    },
    {
      name: "previous contract at exactly the age rate: already reached",
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", previousContract: { lastYearRatePercent: 43, diplomaObtained: true } },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-10-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2025-10-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2025-10-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "18-20", ageAtStart: 19, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2027-05-01" }, "Tranche « 18 à 20 ans » : 19 ans au début du contrat (2025-09-01) ; tranche « 21 à 25 ans » à partir du 2027-05-01", "Band \"18 to 20\": aged 19 at the start of the contract (2025-09-01); band \"21 to 25\" from 2027-05-01"],
        ["pay.apprenticeship.grid", { ratePercent: 43, ageBand: "18-20", gridYear: 1 }, "Grille de l'article D6222-26 : 43 % pour la tranche « 18 à 20 ans » en 1re année", "D6222-26 grid: 43% for the band \"18 to 20\" in year 1"],
        ["pay.apprenticeship.previous-contract", { lastYearRatePercent: 43, diplomaObtained: true, applied: false }, "Contrat précédent ayant conduit au diplôme : minimum de 43 %, déjà atteint", "Previous contract that led to the diploma: minimum of 43%, already reached"],
        ["pay.smic", { date: "2025-10-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-10-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-10-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: false, conventionalMinimumMonthly: null, smicMonthly: 1801.8 }, "Avant 21 ans, le pourcentage s'applique au SMIC", "Before 21, the percentage applies to the SMIC"],
        ["pay.amounts", { ratePercent: 43, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 774.77, hourlyMinimum: 5.11 }, "43 % × 11,88 € de l'heure × 35 h × 52 / 12 = 774,77 € par mois (5,11 € de l'heure), calcul exact arrondi au centime", "43% × €11.88 an hour × 35 h × 52 / 12 = €774.77 a month (€5.11 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-29 (« au moins égale »); law.md §4.3",
    },
    {
      name: "previous contract at 100 %: exactly at the cap, nothing to bring down",
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", previousContract: { lastYearRatePercent: 100, diplomaObtained: true } },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-10-01", contractYear: 1, from: "2025-09-01", to: "2026-08-31" }, "Le 2025-10-01 tombe dans la 1re année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2025-10-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "18-20", ageAtStart: 19, contractStart: "2025-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2027-05-01" }, "Tranche « 18 à 20 ans » : 19 ans au début du contrat (2025-09-01) ; tranche « 21 à 25 ans » à partir du 2027-05-01", "Band \"18 to 20\": aged 19 at the start of the contract (2025-09-01); band \"21 to 25\" from 2027-05-01"],
        ["pay.apprenticeship.grid", { ratePercent: 43, ageBand: "18-20", gridYear: 1 }, "Grille de l'article D6222-26 : 43 % pour la tranche « 18 à 20 ans » en 1re année", "D6222-26 grid: 43% for the band \"18 to 20\" in year 1"],
        ["pay.apprenticeship.previous-contract", { lastYearRatePercent: 100, diplomaObtained: true, applied: true }, "Contrat précédent ayant conduit au diplôme : au moins 100 %, taux de sa dernière année, plus favorable que le taux selon l'âge", "Previous contract that led to the diploma: at least 100%, its last year's rate, more favourable than the age rate"],
        ["pay.smic", { date: "2025-10-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-10-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-10-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: false, conventionalMinimumMonthly: null, smicMonthly: 1801.8 }, "Avant 21 ans, le pourcentage s'applique au SMIC", "Before 21, the percentage applies to the SMIC"],
        ["pay.amounts", { ratePercent: 100, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 1801.8, hourlyMinimum: 11.88 }, "100 % × 11,88 € de l'heure × 35 h × 52 / 12 = 1 801,80 € par mois (11,88 € de l'heure), calcul exact arrondi au centime", "100% × €11.88 an hour × 35 h × 52 / 12 = €1,801.80 a month (€11.88 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-29, D6222-31 al. 2; law.md §4.3, §4.5",
    },
    {
      name: "1-year cycle, 2nd year, no disability: rate of year 1, no extension points",
      input: { birthDate: "2006-04-10", contractStart: "2024-09-01", date: "2025-09-01", cycleYears: 1 },
      explanation: [
        ["pay.apprenticeship.contract-year", { date: "2025-09-01", contractYear: 2, from: "2025-09-01", to: "2026-08-31" }, "Le 2025-09-01 tombe dans la 2e année d'exécution du contrat (du 2025-09-01 au 2026-08-31)", "2025-09-01 falls in year 2 of the contract (2025-09-01 to 2026-08-31)"],
        ["pay.apprenticeship.age-band", { ageBand: "18-20", ageAtStart: 18, contractStart: "2024-09-01", since: null, birthday: null, nextBand: "21-25", nextChange: "2027-05-01" }, "Tranche « 18 à 20 ans » : 18 ans au début du contrat (2024-09-01) ; tranche « 21 à 25 ans » à partir du 2027-05-01", "Band \"18 to 20\": aged 18 at the start of the contract (2024-09-01); band \"21 to 25\" from 2027-05-01"],
        ["pay.apprenticeship.grid", { ratePercent: 43, ageBand: "18-20", gridYear: 1 }, "Grille de l'article D6222-26 : 43 % pour la tranche « 18 à 20 ans » en 1re année", "D6222-26 grid: 43% for the band \"18 to 20\" in year 1"],
        ["pay.apprenticeship.beyond-cycle", { contractYear: 2, cycleYears: 1 }, "2e année, au-delà d'un cycle de 1 an : taux de la 1re année", "year 2, beyond a 1-year cycle: rate of year 1"],
        ["pay.smic", { date: "2025-09-01", territory: "metropole", hourly: 11.88, monthly: 1801.8, since: "2024-11-01", weeklyHours: 35 }, "SMIC en vigueur le 2025-09-01 (métropole et DROM hors Mayotte) : 11,88 € de l'heure depuis le 2024-11-01, soit 1 801,80 € par mois pour 35 h par semaine", "SMIC in force on 2025-09-01 (metropolitan France and overseas except Mayotte): €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month for 35 h a week"],
        ["pay.apprenticeship.base", { base: "SMIC", conventionalMinimumCounts: false, conventionalMinimumMonthly: null, smicMonthly: 1801.8 }, "Avant 21 ans, le pourcentage s'applique au SMIC", "Before 21, the percentage applies to the SMIC"],
        ["pay.amounts", { ratePercent: 43, base: "SMIC", baseHourly: 11.88, baseMonthly: 1801.8, weeklyHours: 35, fullTimeHours: 35, monthlyMinimum: 774.77, hourlyMinimum: 5.11 }, "43 % × 11,88 € de l'heure × 35 h × 52 / 12 = 774,77 € par mois (5,11 € de l'heure), calcul exact arrondi au centime", "43% × €11.88 an hour × 35 h × 52 / 12 = €774.77 a month (€5.11 an hour), exact, rounded to the cent"],
      ],
      source: "C. trav. D6222-28-2; law.md §4.4",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => apprenticeMinimumWage({ ...row.input, locale }), row);
  });
});
