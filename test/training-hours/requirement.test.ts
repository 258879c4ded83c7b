/**
 * trainingHoursRequirement: contract hours from the dates (1 607 h per 12 months, calendar months plus a
 * day remainder), the 25 % apprenticeship minimum, the CPRO 15 % / 150 h / 25 % bounds, the seed rows.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { trainingHoursRequirement, trainingHoursRules } from "../../src/training-hours/index.js";
import type { TrainingHoursRequirementInput } from "../../src/training-hours/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, expectIssues, type Explained, type IssueRow } from "../support/explained.js";

interface Expected {
  contractHours: number;
  minimumHours: number;
  maximumHours: number | null;
  warnings?: string[];
}

interface Row {
  name: string;
  input: TrainingHoursRequirementInput;
  expected: Expected;
  source: string;
}

function expectRequirement(row: Row) {
  const result = trainingHoursRequirement(row.input);
  expect({ contractHours: result.contractHours, minimumHours: result.minimumHours, maximumHours: result.maximumHours }).toEqual({
    contractHours: row.expected.contractHours,
    minimumHours: row.expected.minimumHours,
    maximumHours: row.expected.maximumHours,
  });
  expect(result.warnings.map((warning) => warning.code)).toEqual(row.expected.warnings ?? []);
  return result;
}

interface SeedCase {
  name: string;
  source: string;
  fn: string;
  input: TrainingHoursRequirementInput;
  expect: Expected;
}

const seed = JSON.parse(readFileSync(new URL("../cases/seed-examples.json", import.meta.url), "utf8")) as { cases: SeedCase[] };
const seedRows: Row[] = seed.cases
  .filter((entry) => entry.fn === "trainingHoursRequirement")
  .map((entry) => ({ name: entry.name, input: entry.input, expected: entry.expect, source: entry.source }));

describe("seed golden rows (cases/seed-examples.json)", () => {
  test("there are seed rows for this function", () => {
    expect(seedRows.length).toBeGreaterThanOrEqual(2);
  });
  test.for(seedRows)("$name", (row) => {
    expectRequirement(row);
  });
});

describe("6-, 12-, 18-, 24- and 36-month contracts starting on the 1st", () => {
  const months: { months: number; end: string; contractHours: number; apprenticeship: number; cproMinimum: number; cproMaximum: number }[] = [
    // 1607 × n / 12; 25 % and max(15 %, 150 h), half-up to 2 decimals.
    { months: 6, end: "2026-02-28", contractHours: 803.5, apprenticeship: 200.88, cproMinimum: 150, cproMaximum: 200.88 },
    { months: 12, end: "2026-08-31", contractHours: 1607, apprenticeship: 401.75, cproMinimum: 241.05, cproMaximum: 401.75 },
    { months: 18, end: "2027-02-28", contractHours: 2410.5, apprenticeship: 602.63, cproMinimum: 361.58, cproMaximum: 602.63 },
    { months: 24, end: "2027-08-31", contractHours: 3214, apprenticeship: 803.5, cproMinimum: 482.1, cproMaximum: 803.5 },
    { months: 36, end: "2028-08-31", contractHours: 4821, apprenticeship: 1205.25, cproMinimum: 723.15, cproMaximum: 1205.25 },
  ];
  const rows: Row[] = months.flatMap((m) => [
      {
        name: `apprenticeship, ${m.months} months: ${m.contractHours} h, minimum ${m.apprenticeship} h`,
        input: { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: m.end },
        expected: { contractHours: m.contractHours, minimumHours: m.apprenticeship, maximumHours: null },
        source: "C. trav. L6211-2; law.md §7.1 (1 year 401,75 h; 6 months 200,88 h; 2 years 803,5 h)",
      },
      {
        name: `professionalisation, ${m.months} months: ${m.contractHours} h, ${m.cproMinimum}–${m.cproMaximum} h`,
        input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: m.end },
        expected: { contractHours: m.contractHours, minimumHours: m.cproMinimum, maximumHours: m.cproMaximum },
        source: "C. trav. L6325-13; law.md §7.2",
      },
  ]);
  test.for(rows)("$name", (row) => {
    expectRequirement(row);
  });
});

describe("contracts starting mid-month, and day remainders", () => {
  const rows: Row[] = [
    {
      name: "15 September to 14 March: exactly 6 months",
      input: { contract: "apprenticeship", contractStart: "2025-09-15", contractEnd: "2026-03-14" },
      expected: { contractHours: 803.5, minimumHours: 200.88, maximumHours: null },
      source: "API.md §6 (from a day to the day before the same day n months later = n months)",
    },
    {
      name: "15 September to 14 September: exactly 12 months",
      input: { contract: "professionalisation", contractStart: "2025-09-15", contractEnd: "2026-09-14" },
      expected: { contractHours: 1607, minimumHours: 241.05, maximumHours: 401.75 },
      source: "API.md §6",
    },
    {
      name: "16 October to 15 October: exactly 12 months",
      input: { contract: "apprenticeship", contractStart: "2025-10-16", contractEnd: "2026-10-15" },
      expected: { contractHours: 1607, minimumHours: 401.75, maximumHours: null, warnings: [] },
      source: "API.md §6",
    },
    {
      name: "15 September to 10 March: 5 months and 24 days of February (28): 784.37 h",
      input: { contract: "apprenticeship", contractStart: "2025-09-15", contractEnd: "2026-03-10" },
      // 1607 × (5 + 24/28) / 12 = 784.369047…; 25 % = 196.092261…
      expected: { contractHours: 784.37, minimumHours: 196.09, maximumHours: null },
      source: "API.md §6 (remainder of days / days in that month)",
    },
    {
      name: "same dates, professionalisation: the 150 h floor, maximum 196.09 h",
      input: { contract: "professionalisation", contractStart: "2025-09-15", contractEnd: "2026-03-10" },
      // 15 % = 117.655… < 150
      expected: { contractHours: 784.37, minimumHours: 150, maximumHours: 196.09 },
      source: "C. trav. L6325-13",
    },
    {
      name: "15 September 2025 to 30 September 2027: 24 months and 16/30 days",
      input: { contract: "apprenticeship", contractStart: "2025-09-15", contractEnd: "2027-09-30" },
      // 1607 × (24 + 16/30) / 12 = 3285.4222…; 25 % = 821.3555…
      expected: { contractHours: 3285.42, minimumHours: 821.36, maximumHours: null },
      source: "API.md §6",
    },
    {
      name: "1 September 2025 to 27 August 2027: 23 months and 27/31 days",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2027-08-27" },
      // 1607 × (23 + 27/31) / 12 = 3196.7204…; 15 % = 479.5080…; 25 % = 799.1801…
      expected: { contractHours: 3196.72, minimumHours: 479.51, maximumHours: 799.18 },
      source: "API.md §6; C. trav. L6325-13",
    },
    {
      name: "31 January to 27 February: one month (month-end clamp)",
      input: { contract: "apprenticeship", contractStart: "2025-01-31", contractEnd: "2025-02-27" },
      // 1607 / 12 = 133.9166…; 25 % = 33.479…
      expected: { contractHours: 133.92, minimumHours: 33.48, maximumHours: null },
      source: "API.md §3 / §6 (calendar months clamped to the month end)",
    },
    {
      name: "a one-day contract: 1/30 of a month",
      input: { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2025-09-01" },
      // 1607 / 12 / 30 = 4.4638…; 25 % = 1.1159…
      expected: { contractHours: 4.46, minimumHours: 1.12, maximumHours: null },
      source: "API.md §6",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectRequirement(row);
  });

  test("the explanation shows months and days", () => {
    const result = trainingHoursRequirement(rows[3]!.input);
    expect(result.explanation[0]).toEqual({
      rule: "training-hours.duration",
      message: "Durée du contrat du 2025-09-15 au 2026-03-10 inclus : 5 mois et 24 jours (24/28 de mois)",
      legalBasis: ["C. trav. art. L6211-2", "C. trav. art. L6325-13"],
      values: { contractStart: "2025-09-15", contractEnd: "2026-03-10", months: 5, days: 24, daysInPartialMonth: 28 },
    });
    expect(result.explanation[1]?.message).toBe(
      "Durée du travail du contrat : 1\u202f607 h par an × durée en mois / 12 = 784,37 h (base annuelle : pratique des OPCO, non confirmée)",
    );
  });
});

describe("CPRO: the 150 h floor and the 25 % ceiling", () => {
  const cpro = { contract: "professionalisation" as const, contractStart: "2025-09-01", contractEnd: "2026-08-31" };
  const rows: Row[] = [
    {
      name: "999 h: 15 % = 149.85 h, the floor of 150 h applies",
      input: { ...cpro, contractHours: 999 },
      expected: { contractHours: 999, minimumHours: 150, maximumHours: 249.75 },
      source: "C. trav. L6325-13 (« sans être inférieure à cent cinquante heures »)",
    },
    {
      name: "1000 h: 15 % = 150 h exactly",
      input: { ...cpro, contractHours: 1000 },
      expected: { contractHours: 1000, minimumHours: 150, maximumHours: 250 },
      source: "C. trav. L6325-13",
    },
    {
      name: "1001 h: 15 % = 150.15 h, above the floor",
      input: { ...cpro, contractHours: 1001 },
      expected: { contractHours: 1001, minimumHours: 150.15, maximumHours: 250.25 },
      source: "C. trav. L6325-13",
    },
    {
      name: "600 h: floor 150 h = 25 % maximum: no warning",
      input: { ...cpro, contractHours: 600 },
      expected: { contractHours: 600, minimumHours: 150, maximumHours: 150 },
      source: "C. trav. L6325-13",
    },
    {
      name: "599.9 h: 25 % = 149.98 h, below the 150 h floor: FLOOR_ABOVE_MAXIMUM",
      input: { ...cpro, contractHours: 599.9 },
      expected: { contractHours: 599.9, minimumHours: 150, maximumHours: 149.98, warnings: ["FLOOR_ABOVE_MAXIMUM"] },
      source: "C. trav. L6325-13 (brief: report when the floor exceeds the maximum)",
    },
    {
      name: "a 4-month CPRO (535.67 h): maximum 133.92 h < 150 h: FLOOR_ABOVE_MAXIMUM",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2025-12-31" },
      expected: { contractHours: 535.67, minimumHours: 150, maximumHours: 133.92, warnings: ["FLOOR_ABOVE_MAXIMUM"] },
      source: "C. trav. L6325-13",
    },
    {
      name: "the same with extendedAbove25: no maximum, no warning",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2025-12-31", extendedAbove25: true },
      expected: { contractHours: 535.67, minimumHours: 150, maximumHours: null },
      source: "C. trav. L6325-14",
    },
    {
      name: "12 months with extendedAbove25: no maximum",
      input: { ...cpro, extendedAbove25: true },
      expected: { contractHours: 1607, minimumHours: 241.05, maximumHours: null },
      source: "C. trav. L6325-14",
    },
    {
      name: "extendedAbove25 has no effect on an apprenticeship (never a maximum)",
      input: { ...cpro, contract: "apprenticeship", extendedAbove25: true },
      expected: { contractHours: 1607, minimumHours: 401.75, maximumHours: null },
      source: "C. trav. L6211-2",
    },
    {
      name: "an apprenticeship has no 150 h floor: 400 h → 100 h",
      input: { ...cpro, contract: "apprenticeship", contractHours: 400 },
      expected: { contractHours: 400, minimumHours: 100, maximumHours: null },
      source: "C. trav. L6211-2",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectRequirement(row);
  });

  test("FLOOR_ABOVE_MAXIMUM explains itself", () => {
    const result = trainingHoursRequirement({ ...cpro, contractHours: 400, locale: "en" });
    expect(result.warnings).toEqual([
      {
        code: "FLOOR_ABOVE_MAXIMUM",
        message: "The 150 h floor exceeds the 100 h maximum (25 % of 400 h): no training time meets both unless an agreement allows more than 25 % (L6325-14)",
        legalBasis: ["C. trav. art. L6325-13", "C. trav. art. L6325-14"],
      },
    ]);
  });
});

describe("annualHours and contractHours options", () => {
  const rows: Row[] = [
    {
      name: "annualHours 1600 over 12 months",
      input: { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31", annualHours: 1600 },
      expected: { contractHours: 1600, minimumHours: 400, maximumHours: null },
      source: "API.md §6 (annualHours, default 1607)",
    },
    {
      name: "annualHours 1600 over 6 months",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-02-28", annualHours: 1600 },
      expected: { contractHours: 800, minimumHours: 150, maximumHours: 200 },
      source: "API.md §6",
    },
    {
      name: "contractHours replaces the computation from the dates",
      input: { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-02-28", contractHours: 1607 },
      expected: { contractHours: 1607, minimumHours: 401.75, maximumHours: null },
      source: "API.md §6 (contractHours may be given directly)",
    },
    {
      name: "contractHours wins over annualHours",
      input: { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31", annualHours: 1000, contractHours: 1234.567 },
      expected: { contractHours: 1234.57, minimumHours: 308.64, maximumHours: null },
      source: "API.md §6; 1234.567 × 25 % = 308.64175",
    },
    {
      name: "contract starting after dataVerifiedUntil: PARAMETERS_NOT_VERIFIED",
      input: { contract: "apprenticeship", contractStart: "2026-09-01", contractEnd: "2027-08-31" },
      expected: { contractHours: 1607, minimumHours: 401.75, maximumHours: null, warnings: ["PARAMETERS_NOT_VERIFIED"] },
      source: "ARCHITECTURE.md (dataVerifiedUntil)",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectRequirement(row);
  });

  test("the explanation says when contract hours were given", () => {
    const result = trainingHoursRequirement(rows[2]!.input);
    expect(result.explanation[1]?.message).toBe("Durée du travail du contrat fournie : 1\u202f607 h");
  });

  test("the explanation of the 1607 h basis says it is OPCO practice (UNCONFIRMED, law.md §7.1)", () => {
    const result = trainingHoursRequirement({ contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31", locale: "en" });
    expect(result.explanation.map((step) => step.rule)).toEqual(["training-hours.duration", "training-hours.contract-hours", "training-hours.apprenticeship.minimum"]);
    expect(result.explanation[1]?.message).toContain("OPCO practice, unconfirmed");
    expect(result.explanation[1]?.legalBasis).toEqual(["C. trav. art. L3121-41"]);
  });

  test("every rule id is unique and cites an article", () => {
    const ids = trainingHoursRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of trainingHoursRules) expect(rule.legalBasis.length).toBeGreaterThan(0);
  });
});

describe("bad input throws AlternanceInputError naming the field", () => {
  const base = { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31" };
  const rows = [
    { name: "end before start", input: { ...base, contractEnd: "2025-08-31" }, code: "INVALID_INPUT", issues: [[["contractEnd"], "END_BEFORE_START"]] },
    { name: "missing end", input: { contract: "apprenticeship", contractStart: "2025-09-01" }, code: "INVALID_INPUT", issues: [[["contractEnd"], "REQUIRED"]] },
    { name: "missing contract", input: { contractStart: "2025-09-01", contractEnd: "2026-08-31" }, code: "INVALID_INPUT", issues: [[["contract"], "REQUIRED"]] },
    { name: "unknown contract", input: { ...base, contract: "internship" }, code: "INVALID_INPUT", issues: [[["contract"], "INVALID_VALUE"]] },
    { name: "impossible end date", input: { ...base, contractEnd: "2026-02-29" }, code: "INVALID_INPUT", issues: [[["contractEnd"], "INVALID_DATE"]] },
    { name: "start before 2019", input: { ...base, contractStart: "2018-12-31" }, code: "OUT_OF_SCOPE", issues: [[["contractStart"], "OUT_OF_SCOPE"]] },
    { name: "annualHours 0", input: { ...base, annualHours: 0 }, code: "INVALID_INPUT", issues: [[["annualHours"], "TOO_SMALL"]] },
    { name: "annualHours above the hours of a leap year", input: { ...base, annualHours: 8785 }, code: "INVALID_INPUT", issues: [[["annualHours"], "TOO_BIG"]] },
    { name: "negative contractHours", input: { ...base, contractHours: -1 }, code: "INVALID_INPUT", issues: [[["contractHours"], "TOO_SMALL"]] },
    { name: "contractHours NaN", input: { ...base, contractHours: Number.NaN }, code: "INVALID_INPUT", issues: [[["contractHours"], "INVALID_TYPE"]] },
    { name: "contractHours Infinity", input: { ...base, contractHours: Number.POSITIVE_INFINITY }, code: "INVALID_INPUT", issues: [[["contractHours"], "INVALID_TYPE"]] },
    { name: "hours as a string", input: { ...base, annualHours: "1607" }, code: "INVALID_INPUT", issues: [[["annualHours"], "INVALID_TYPE"]] },
    { name: "unknown field", input: { ...base, trainingHours: 400 }, code: "INVALID_INPUT", issues: [[["trainingHours"], "UNKNOWN_FIELD"]] },
  ].map((row) => ({ ...row, source: "API.md §0 (bad input)" }));

  test.for(rows)("$name", (row) => {
    const error = catchInputError(() => trainingHoursRequirement(row.input as unknown as TrainingHoursRequirementInput));
    expect(error.code).toBe(row.code);
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual(row.issues);
  });

  test("END_BEFORE_START message in both languages", () => {
    const input = { ...base, contractEnd: "2025-08-31" } as TrainingHoursRequirementInput;
    expect(catchInputError(() => trainingHoursRequirement(input)).issues[0]?.message).toBe(
      "contractEnd : la fin du contrat (2025-08-31) précède son début (2025-09-01)",
    );
    expect(catchInputError(() => trainingHoursRequirement({ ...input, locale: "en" })).issues[0]?.message).toBe(
      "contractEnd: the contract end (2025-08-31) is before its start (2025-09-01)",
    );
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: TrainingHoursRequirementInput; source: string } & Explained> = [
    {
      name: "apprenticeship, two years exactly: 25 % of 3 214 h",
      input: { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2027-08-31" },
      explanation: [
        ["training-hours.duration", { contractStart: "2025-09-01", contractEnd: "2027-08-31", months: 24, days: 0, daysInPartialMonth: 30 }, "Durée du contrat du 2025-09-01 au 2027-08-31 inclus : 24 mois", "Contract from 2025-09-01 to 2027-08-31 inclusive: 24 months"],
        ["training-hours.contract-hours", { annualHours: 1607, contractHours: 3214, given: false }, "Durée du travail du contrat : 1 607 h par an × durée en mois / 12 = 3 214 h (base annuelle : pratique des OPCO, non confirmée)", "Working time of the contract: 1,607 h a year × months / 12 = 3,214 h (annual basis: OPCO practice, unconfirmed)"],
        ["training-hours.apprenticeship.minimum", { percent: 25, contractHours: 3214, minimumHours: 803.5 }, "Minimum de formation : 25 % × 3 214 h = 803,5 h", "Minimum training: 25 % × 3,214 h = 803.5 h"],
      ],
      source: "C. trav. L6211-2, L3121-41 (1 607 h, OPCO practice); law.md §7",
    },
    {
      name: "CPRO of 1 month and 1 day: floor above the maximum",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2025-10-01" },
      explanation: [
        ["training-hours.duration", { contractStart: "2025-09-01", contractEnd: "2025-10-01", months: 1, days: 1, daysInPartialMonth: 31 }, "Durée du contrat du 2025-09-01 au 2025-10-01 inclus : 1 mois et 1 jour (1/31 de mois)", "Contract from 2025-09-01 to 2025-10-01 inclusive: 1 month and 1 day (1/31 of a month)"],
        ["training-hours.contract-hours", { annualHours: 1607, contractHours: 138.24, given: false }, "Durée du travail du contrat : 1 607 h par an × durée en mois / 12 = 138,24 h (base annuelle : pratique des OPCO, non confirmée)", "Working time of the contract: 1,607 h a year × months / 12 = 138.24 h (annual basis: OPCO practice, unconfirmed)"],
        ["training-hours.professionalisation.minimum", { percent: 15, floorHours: 150, contractHours: 138.24, minimumHours: 150 }, "Minimum de formation : le plus grand de 15 % × 138,24 h et 150 h = 150 h", "Minimum training: the larger of 15 % × 138.24 h and 150 h = 150 h"],
        ["training-hours.professionalisation.maximum", { percent: 25, contractHours: 138.24, maximumHours: 34.56 }, "Maximum de formation : 25 % × 138,24 h = 34,56 h (davantage seulement par accord, L6325-14)", "Maximum training: 25 % × 138.24 h = 34.56 h (more only by agreement, L6325-14)"],
      ],
      warnings: [
        ["FLOOR_ABOVE_MAXIMUM", undefined, "Le plancher de 150 h dépasse le maximum de 34,56 h (25 % de 138,24 h) : aucune durée de formation ne respecte les deux sans accord permettant de dépasser 25 % (L6325-14)", "The 150 h floor exceeds the 34.56 h maximum (25 % of 138.24 h): no training time meets both unless an agreement allows more than 25 % (L6325-14)"],
      ],
      source: "C. trav. L6325-13, L6325-14; law.md §7",
    },
    {
      name: "CPRO of 12 months and 2 days, 1 500 h a year, with an agreement above 25 %",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-09-02", annualHours: 1500, extendedAbove25: true },
      explanation: [
        ["training-hours.duration", { contractStart: "2025-09-01", contractEnd: "2026-09-02", months: 12, days: 2, daysInPartialMonth: 30 }, "Durée du contrat du 2025-09-01 au 2026-09-02 inclus : 12 mois et 2 jours (2/30 de mois)", "Contract from 2025-09-01 to 2026-09-02 inclusive: 12 months and 2 days (2/30 of a month)"],
        ["training-hours.contract-hours", { annualHours: 1500, contractHours: 1508.33, given: false }, "Durée du travail du contrat : 1 500 h par an × durée en mois / 12 = 1 508,33 h (base annuelle : pratique des OPCO, non confirmée)", "Working time of the contract: 1,500 h a year × months / 12 = 1,508.33 h (annual basis: OPCO practice, unconfirmed)"],
        ["training-hours.professionalisation.minimum", { percent: 15, floorHours: 150, contractHours: 1508.33, minimumHours: 226.25 }, "Minimum de formation : le plus grand de 15 % × 1 508,33 h et 150 h = 226,25 h", "Minimum training: the larger of 15 % × 1,508.33 h and 150 h = 226.25 h"],
        ["training-hours.professionalisation.maximum", { percent: 25, contractHours: 1508.33, maximumHours: null }, "Pas de maximum : au-delà de 25 % permis par accord (L6325-14)", "No maximum: more than 25 % allowed by agreement (L6325-14)"],
      ],
      source: "C. trav. L6325-13, L6325-14; law.md §7",
    },
    {
      name: "CPRO with its working time given",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31", contractHours: 1400 },
      explanation: [
        ["training-hours.duration", { contractStart: "2025-09-01", contractEnd: "2026-08-31", months: 12, days: 0, daysInPartialMonth: 30 }, "Durée du contrat du 2025-09-01 au 2026-08-31 inclus : 12 mois", "Contract from 2025-09-01 to 2026-08-31 inclusive: 12 months"],
        ["training-hours.contract-hours", { annualHours: null, contractHours: 1400, given: true }, "Durée du travail du contrat fournie : 1 400 h", "Working time of the contract as given: 1,400 h"],
        ["training-hours.professionalisation.minimum", { percent: 15, floorHours: 150, contractHours: 1400, minimumHours: 210 }, "Minimum de formation : le plus grand de 15 % × 1 400 h et 150 h = 210 h", "Minimum training: the larger of 15 % × 1,400 h and 150 h = 210 h"],
        ["training-hours.professionalisation.maximum", { percent: 25, contractHours: 1400, maximumHours: 350 }, "Maximum de formation : 25 % × 1 400 h = 350 h (davantage seulement par accord, L6325-14)", "Maximum training: 25 % × 1,400 h = 350 h (more only by agreement, L6325-14)"],
      ],
      source: "C. trav. L6325-13; law.md §7",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => trainingHoursRequirement({ ...row.input, locale }), row);
  });

  const errors: Array<{ name: string; input: TrainingHoursRequirementInput; issues: IssueRow[]; source: string }> = [
    {
      name: "end before the start",
      input: { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2025-08-31" },
      issues: [
        [["contractEnd"], "END_BEFORE_START", "contractEnd : la fin du contrat (2025-08-31) précède son début (2025-09-01)", "contractEnd: the contract end (2025-08-31) is before its start (2025-09-01)"],
      ],
      source: "API.md §0 (bad input)",
    },
  ];
  test.for(errors)("$name", (row) => {
    expectIssues((locale) => trainingHoursRequirement({ ...row.input, locale }), row.issues);
  });
});
