/**
 * benefitsInKindDeduction (C. trav. D6222-33, D6325-17): 75 % of each benefit's valuation, three
 * quarters of the pay per month, the 2019-2020 gap of D6222-33, bad input.
 */
import { describe, expect, test } from "vitest";
import { benefitsInKindDeduction, type BenefitsInKindDeductionInput } from "../../src/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained } from "../support/explained.js";

const meals = (quantity: number, value = 5.5) => ({ label: "repas", socialSecurityValue: value, quantity });

describe("the two limits", () => {
  const rows: Array<{ name: string; input: BenefitsInKindDeductionInput; expected: { maximumDeduction: number; items: Array<{ label?: string; maximumDeduction: number }>; cappedByPay: boolean }; source: string }> = [
    {
      name: "20 meals at 5,50 € (2026): 75 % = 4,125 € a meal, 82,50 €",
      input: { contract: "apprenticeship", grossMonthly: 802.82, items: [meals(20)] },
      expected: { maximumDeduction: 82.5, items: [{ label: "repas", maximumDeduction: 82.5 }], cappedByPay: false },
      source: "D6222-33; meal valuation 5,50 € in 2026 (law-money.md §3.3, modele-social)",
    },
    {
      name: "one meal at 5,45 € (2025): 4,0875 € rounded half-up to 4,09 €",
      input: { contract: "apprenticeship", grossMonthly: 774.77, items: [{ socialSecurityValue: 5.45 }] },
      expected: { maximumDeduction: 4.09, items: [{ maximumDeduction: 4.09 }], cappedByPay: false },
      source: "law-money.md §3.3 (4,0875 € a meal)",
    },
    {
      name: "lodging and meals above three quarters of a small pay: capped by the pay",
      input: { contract: "apprenticeship", grossMonthly: 486.49, items: [{ label: "logement", socialSecurityValue: 500 }, meals(40)] },
      expected: { maximumDeduction: 364.87, items: [{ label: "logement", maximumDeduction: 375 }, { label: "repas", maximumDeduction: 165 }], cappedByPay: true },
      source: "D6222-33 al. 2: at most three quarters of the pay (75 % × 486,49 = 364,8675 → 364,87)",
    },
    {
      name: "exactly at three quarters: not capped",
      input: { contract: "professionalisation", grossMonthly: 1000, items: [{ socialSecurityValue: 1000 }] },
      expected: { maximumDeduction: 750, items: [{ maximumDeduction: 750 }], cappedByPay: false },
      source: "D6325-17",
    },
    {
      name: "one cent above three quarters: capped",
      input: { contract: "professionalisation", grossMonthly: 1000, items: [{ socialSecurityValue: 1000.02 }] },
      expected: { maximumDeduction: 750, items: [{ maximumDeduction: 750.02 }], cappedByPay: true },
      source: "D6325-17",
    },
    {
      name: "no benefit: nothing to deduct",
      input: { contract: "professionalisation", grossMonthly: 1000, items: [] },
      expected: { maximumDeduction: 0, items: [], cappedByPay: false },
      source: "D6325-17",
    },
    {
      name: "quantity 0 and a fractional quantity (half a month of lodging)",
      input: { contract: "apprenticeship", grossMonthly: 1000, items: [meals(0), { label: "logement", socialSecurityValue: 80, quantity: 0.5 }] },
      expected: { maximumDeduction: 30, items: [{ label: "repas", maximumDeduction: 0 }, { label: "logement", maximumDeduction: 30 }], cappedByPay: false },
      source: "D6222-33",
    },
  ];
  test.for(rows)("$name", ({ input, expected }) => {
    expect(benefitsInKindDeduction(input)).toMatchObject({ ...expected, warnings: [] });
  });

  test("legal basis by contract", () => {
    expect(benefitsInKindDeduction({ contract: "apprenticeship", grossMonthly: 1000, items: [] }).legalBasis).toEqual(["C. trav. art. D6222-33"]);
    expect(benefitsInKindDeduction({ contract: "professionalisation", grossMonthly: 1000, items: [] }).legalBasis).toEqual(["C. trav. art. D6325-17"]);
  });
});

describe("apprenticeships concluded 2019-01-01 → 2020-03-31: no D6222-33 in force (law-money.md §5, point 10)", () => {
  test.for([
    { signatureDate: "2019-01-01", warnings: ["BENEFITS_IN_KIND_RULE_GAP"] },
    { signatureDate: "2020-03-31", warnings: ["BENEFITS_IN_KIND_RULE_GAP"] },
    { signatureDate: "2020-04-01", warnings: [] },
  ])("concluded on $signatureDate", ({ signatureDate, warnings }) => {
    const result = benefitsInKindDeduction({ contract: "apprenticeship", grossMonthly: 1000, items: [meals(20)], signatureDate });
    expect(result.maximumDeduction).toBe(82.5);
    expect(result.warnings.map((warning) => warning.code)).toEqual(warnings);
  });

  test("a CPRO concluded in 2019 has D6325-17 (in force since 2008): no warning", () => {
    expect(benefitsInKindDeduction({ contract: "professionalisation", grossMonthly: 1000, items: [meals(20)], signatureDate: "2019-06-01" }).warnings).toEqual([]);
  });
});

test("explanation and warning word for word", () => {
  expectExplained(
    (locale) => benefitsInKindDeduction({ contract: "apprenticeship", grossMonthly: 100, items: [meals(20), { socialSecurityValue: 5.45 }], signatureDate: "2019-06-01", locale }),
    {
      explanation: [
        [
          "benefits-in-kind.apprenticeship.item",
          { label: "repas", socialSecurityValue: 5.5, quantity: 20, itemPercent: 75, maximumDeduction: 82.5 },
          "repas : 75 % × 5,50 € × 20 = 82,50 € au plus",
          "repas: 75% × €5.50 × 20 = at most €82.50",
        ],
        [
          "benefits-in-kind.apprenticeship.item",
          { label: null, socialSecurityValue: 5.45, quantity: 1, itemPercent: 75, maximumDeduction: 4.09 },
          "avantage : 75 % × 5,45 € × 1 = 4,09 € au plus",
          "benefit: 75% × €5.45 × 1 = at most €4.09",
        ],
        [
          "benefits-in-kind.apprenticeship.monthly-cap",
          { grossMonthly: 100, payPercent: 75, cap: 75, itemsTotal: 86.59, maximumDeduction: 75, cappedByPay: true },
          "Plafond du mois : 75 % × 100,00 € = 75,00 € < total des avantages 86,59 € : déduction limitée à 75,00 €",
          "Monthly cap: 75% × €100.00 = €75.00 < benefits total €86.59: deduction limited to €75.00",
        ],
      ],
      warnings: [
        [
          "BENEFITS_IN_KIND_RULE_GAP",
          "signatureDate",
          "Contrat conclu le 2019-06-01 : l'ancien article D6222-33 a été abrogé le 2019-01-01 et le nouveau ne vise que les contrats conclus à partir du 2020-04-01 ; les mêmes limites (75 % et trois quarts du salaire) sont appliquées, à confirmer (law-money.md §5, point 10).",
          "Contract concluded on 2019-06-01: the former art. D6222-33 was abrogated on 2019-01-01 and the new one covers contracts concluded from 2020-04-01 only; the same limits (75 % and three quarters of the pay) are applied, to be confirmed (law-money.md §5, item 10).",
        ],
      ],
    },
  );
});

test("the uncapped cap step, in English", () => {
  const result = benefitsInKindDeduction({ contract: "professionalisation", grossMonthly: 1200, items: [meals(10)], locale: "en" });
  expect(result.explanation.at(-1)).toMatchObject({ rule: "benefits-in-kind.professionalisation.monthly-cap", message: "Monthly cap: 75% × €1,200.00 = €900.00 ≥ benefits total €41.25: deduction of at most €41.25" });
  expect(benefitsInKindDeduction({ contract: "professionalisation", grossMonthly: 1200, items: [meals(10)] }).explanation.at(-1)!.message).toBe(
    "Plafond du mois : 75 % × 1\u202f200,00 € = 900,00 € ≥ total des avantages 41,25 € : déduction de 41,25 € au plus",
  );
  expect(benefitsInKindDeduction({ contract: "professionalisation", grossMonthly: 1200, items: [meals(10)], explain: false }).explanation).toEqual([]);
});

describe("bad input names the field", () => {
  const valid = { contract: "apprenticeship", grossMonthly: 1000, items: [meals(1)] };
  test.for([
    { input: { ...valid, grossMonthly: -1 }, issues: [[["grossMonthly"], "TOO_SMALL"]] },
    { input: { ...valid, items: [{ socialSecurityValue: -5.5 }] }, issues: [[["items", 0, "socialSecurityValue"], "TOO_SMALL"]] },
    { input: { ...valid, items: [{ socialSecurityValue: 5.555 }] }, issues: [[["items", 0, "socialSecurityValue"], "NOT_MULTIPLE"]] },
    { input: { ...valid, items: [meals(1), { socialSecurityValue: 5, quantity: 1001 }] }, issues: [[["items", 1, "quantity"], "TOO_BIG"]] },
    { input: { ...valid, items: [{ socialSecurityValue: 5, unit: "repas" }] }, issues: [[["items", 0, "unit"], "UNKNOWN_FIELD"]] },
    { input: { ...valid, items: Array.from({ length: 101 }, () => meals(1)) }, issues: [[["items"], "TOO_BIG"]] },
    { input: { ...valid, items: "repas" }, issues: [[["items"], "INVALID_TYPE"]] },
    { input: { ...valid, contract: "stage" }, issues: [[["contract"], "INVALID_VALUE"]] },
    { input: { ...valid, signatureDate: "2018-12-31" }, issues: [[["signatureDate"], "OUT_OF_SCOPE"]] },
  ])("$issues.0.0", ({ input, issues }) => {
    expect(catchInputError(() => benefitsInKindDeduction(input as never)).issues.map((issue) => [issue.path, issue.code])).toEqual(issues);
  });
});
