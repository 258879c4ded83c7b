/**
 * incomeTaxExemption (CGI art. 81 bis): the published limits of 2019 to 2024 reproduced, the computed
 * ones of 2025 and 2026 with their warning, no proration, the split of a taxable income, bad input.
 */
import { describe, expect, test } from "vitest";
import { incomeTaxExemption } from "../../src/index.js";
import { apprenticeIncomeTaxPublishedLimits } from "../../src/parameters/income-tax.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained } from "../support/explained.js";

describe("the annual limit", () => {
  const published = [
    { year: 2019, limit: 18255, source: "DGFiP (law-money.md §3.1): 12 × 10,03 € × 35 × 52 / 12" },
    { year: 2020, limit: 18473, source: "DGFiP (law-money.md §3.1)" },
    { year: 2021, limit: 18760, source: "DGFiP (law-money.md §3.1): 9 × 10,25 € + 3 × 10,48 €" },
    { year: 2022, limit: 19744, source: "DGFiP (law-money.md §3.1): three SMIC values in the year" },
    { year: 2023, limit: 20815, source: "DGFiP; service-public.fr F11249 (law-money.md §3.1)" },
    { year: 2024, limit: 21273, source: "DGFiP; cfa.ac-orleans-tours.fr (law-money.md §3.1): 10 × 11,65 € + 2 × 11,88 €" },
  ];
  test.for(published)("$year: $limit € as published, no warning", ({ year, limit }) => {
    const result = incomeTaxExemption({ year });
    expect(result.limit).toBe(limit);
    expect(result.warnings).toEqual([]);
    expect(result.exempt).toBeNull();
    expect(result.taxable).toBeNull();
    expect(result.legalBasis).toEqual(["CGI art. 81 bis", "CE, 22 décembre 2017, n° 413238"]);
  });

  test("the published series holds exactly these amounts (the rule reproduces every one)", () => {
    const withValue = apprenticeIncomeTaxPublishedLimits.entries.filter((entry) => entry.value !== null);
    expect(withValue.map((entry) => [Number(entry.since.slice(0, 4)), entry.value])).toEqual(published.map((row) => [row.year, row.limit]));
  });

  test.for([
    { year: 2025, limit: 21622, warnings: ["INCOME_TAX_LIMIT_NOT_PUBLISHED"], source: "computed, law-money.md §3.1: 11,88 × 1 820 = 21 621,60" },
    { year: 2026, limit: 22184, warnings: ["PARAMETERS_NOT_VERIFIED", "INCOME_TAX_LIMIT_NOT_PUBLISHED"], source: "computed, law-money.md §3.1: 5 × 1 823,03 + 7 × 1 867,02 = 22 184,29" },
    { year: 2027, limit: 22404, warnings: ["PARAMETERS_NOT_VERIFIED", "INCOME_TAX_LIMIT_NOT_PUBLISHED"], source: "last known SMIC (12,31 €) × 1 820 = 22 404,20" },
  ])("$year: $limit € computed, with the warnings $warnings", ({ year, limit, warnings }) => {
    const result = incomeTaxExemption({ year });
    expect(result.limit).toBe(limit);
    expect(result.warnings.map((warning) => warning.code)).toEqual(warnings);
  });
});

describe("exempt and taxable parts (only the excess is declared)", () => {
  test.for([
    { taxableIncome: 0, exempt: 0, taxable: 0 },
    { taxableIncome: 12000.5, exempt: 12000.5, taxable: 0 },
    { taxableIncome: 21273, exempt: 21273, taxable: 0 },
    { taxableIncome: 21273.01, exempt: 21273, taxable: 0.01 },
    { taxableIncome: 25000, exempt: 21273, taxable: 3727 },
  ])("2024, income $taxableIncome €: exempt $exempt €, taxable $taxable €", ({ taxableIncome, exempt, taxable }) => {
    expect(incomeTaxExemption({ year: 2024, taxableIncome })).toMatchObject({ limit: 21273, exempt, taxable });
  });

  test("an apprenticeship over part of the year keeps the whole limit (Conseil d'État 2017): the result has no date input to prorate", () => {
    // The seed guide's « au prorata de la période travaillée » is obsolete: 4 months of 2024 still get 21 273 €.
    expect(incomeTaxExemption({ year: 2024, taxableIncome: 21000 }).taxable).toBe(0);
  });
});

test("explanation word for word, French and English", () => {
  expectExplained((locale) => incomeTaxExemption({ year: 2025, taxableIncome: 23000.5, locale }), {
    explanation: [
      [
        "income-tax.apprentice.limit",
        { year: 2025, smicMonths: [{ months: 12, smicHourly: 11.88 }], annualSmic: 21621.6, limit: 21622 },
        "Limite 2025 : (12 × 11,88 €) × 35 h × 52 / 12 = 21\u202f621,60 €, arrondi à 21\u202f622,00 € ; limite entière même si l'apprentissage ne couvre qu'une partie de l'année",
        "2025 limit: (12 × €11.88) × 35 h × 52 / 12 = €21,621.60, rounded to €21,622.00; the full limit even when the apprenticeship covers part of the year only",
      ],
      [
        "income-tax.apprentice.split",
        { taxableIncome: 23000.5, limit: 21622, exempt: 21622, taxable: 1378.5 },
        "Salaire imposable 23\u202f000,50 € : exonéré 21\u202f622,00 €, imposable 1\u202f378,50 € (limite 21\u202f622,00 €)",
        "Taxable salary €23,000.50: exempt €21,622.00, taxable €1,378.50 (limit €21,622.00)",
      ],
    ],
    warnings: [
      [
        "INCOME_TAX_LIMIT_NOT_PUBLISHED",
        "year",
        "Limite 2025 (21\u202f622,00 €) calculée, non publiée dans les sources consultées ; la règle reproduit chaque montant publié de 2019 à 2024 (à confirmer avec le barème de la DGFiP).",
        "2025 limit (€21,622.00) computed, not found published; the rule reproduces every amount published for 2019 to 2024 (to be confirmed with the tax administration's figure).",
      ],
    ],
  });
});

test("a year of three SMIC values is explained by its three parts (2022)", () => {
  expect(incomeTaxExemption({ year: 2022, locale: "en" }).explanation[0]!.message).toBe(
    "2022 limit: (4 × €10.57 + 3 × €10.85 + 5 × €11.07) × 35 h × 52 / 12 = €19,743.97, rounded to €19,744.00; the full limit even when the apprenticeship covers part of the year only",
  );
});

test("explain: false", () => {
  const result = incomeTaxExemption({ year: 2024, taxableIncome: 100, explain: false });
  expect(result).toEqual({ ...incomeTaxExemption({ year: 2024, taxableIncome: 100 }), explanation: [] });
});

describe("bad input names the field", () => {
  test.for([
    { input: { year: 2018 }, issues: [[["year"], "TOO_SMALL"]] },
    { input: { year: 2200 }, issues: [[["year"], "TOO_BIG"]] },
    { input: { year: 2024.5 }, issues: [[["year"], "NOT_INTEGER"]] },
    { input: { year: "2024" }, issues: [[["year"], "INVALID_TYPE"]] },
    { input: { year: 2024, taxableIncome: -1 }, issues: [[["taxableIncome"], "TOO_SMALL"]] },
    { input: { year: 2024, taxableIncome: Number.NaN }, issues: [[["taxableIncome"], "INVALID_TYPE"]] },
    { input: { year: 2024, taxableIncome: 100_000_000.01 }, issues: [[["taxableIncome"], "TOO_BIG"]] },
    { input: { year: 2024, taxableIncome: 1.001 }, issues: [[["taxableIncome"], "NOT_MULTIPLE"]] },
    { input: { year: 2024, contract: "professionalisation" }, issues: [[["contract"], "UNKNOWN_FIELD"]] },
  ])("$input", ({ input, issues }) => {
    expect(catchInputError(() => incomeTaxExemption(input as never)).issues.map((issue) => [issue.path, issue.code])).toEqual(issues);
  });
});
