/**
 * checkTrainingHours: planned (or remaining) training hours against the bounds, on each side of every
 * bound; the MIAGE repeated-year rule (seed 003 §4.5) and the MIAGE programme volumes (§2.3).
 */
import { describe, expect, test } from "vitest";
import { checkTrainingHours } from "../../src/training-hours/index.js";
import type { CheckTrainingHoursInput } from "../../src/training-hours/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, type Explained } from "../support/explained.js";

interface Row {
  name: string;
  input: CheckTrainingHoursInput;
  expected: { valid: boolean; violations: string[] };
  source: string;
}

const year = { contractStart: "2025-09-01", contractEnd: "2026-08-31" };
const apprenticeship = { contract: "apprenticeship" as const, ...year };
const professionalisation = { contract: "professionalisation" as const, ...year };

describe("each side of every bound (12-month contracts, 1607 h)", () => {
  const rows: Row[] = [
    { name: "apprenticeship 401.74 h: below 401.75", input: { ...apprenticeship, trainingHours: 401.74 }, expected: { valid: false, violations: ["TRAINING_BELOW_MINIMUM"] }, source: "C. trav. L6211-2" },
    { name: "apprenticeship 401.75 h: the minimum", input: { ...apprenticeship, trainingHours: 401.75 }, expected: { valid: true, violations: [] }, source: "C. trav. L6211-2; seed 003 §4.5" },
    { name: "apprenticeship 402 h: the guide's rounded figure", input: { ...apprenticeship, trainingHours: 402 }, expected: { valid: true, violations: [] }, source: "seed 003 §4.5 (« 402 heures »)" },
    { name: "apprenticeship 1607 h: no maximum", input: { ...apprenticeship, trainingHours: 1607 }, expected: { valid: true, violations: [] }, source: "C. trav. L6211-2 (a minimum only)" },
    { name: "apprenticeship 0 h", input: { ...apprenticeship, trainingHours: 0 }, expected: { valid: false, violations: ["TRAINING_BELOW_MINIMUM"] }, source: "C. trav. L6211-2" },
    { name: "CPRO 241.04 h: below 241.05", input: { ...professionalisation, trainingHours: 241.04 }, expected: { valid: false, violations: ["TRAINING_BELOW_MINIMUM"] }, source: "C. trav. L6325-13" },
    { name: "CPRO 241.05 h: the minimum", input: { ...professionalisation, trainingHours: 241.05 }, expected: { valid: true, violations: [] }, source: "C. trav. L6325-13" },
    { name: "CPRO 401.75 h: the maximum", input: { ...professionalisation, trainingHours: 401.75 }, expected: { valid: true, violations: [] }, source: "C. trav. L6325-13" },
    { name: "CPRO 401.76 h: above the maximum", input: { ...professionalisation, trainingHours: 401.76 }, expected: { valid: false, violations: ["TRAINING_ABOVE_MAXIMUM"] }, source: "C. trav. L6325-13" },
    {
      name: "CPRO 401.76 h with extendedAbove25: allowed",
      input: { ...professionalisation, trainingHours: 401.76, extendedAbove25: true },
      expected: { valid: true, violations: [] },
      source: "C. trav. L6325-14",
    },
    {
      name: "CPRO 6 months, 149.99 h: below the 150 h floor",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-02-28", trainingHours: 149.99 },
      expected: { valid: false, violations: ["TRAINING_BELOW_MINIMUM"] },
      source: "C. trav. L6325-13 (150 h floor; 15 % would be 120.53 h)",
    },
    {
      name: "CPRO 6 months, 150 h: the floor",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-02-28", trainingHours: 150 },
      expected: { valid: true, violations: [] },
      source: "C. trav. L6325-13",
    },
    {
      name: "CPRO 4 months, 150 h: the floor is above the 133.92 h maximum",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2025-12-31", trainingHours: 150 },
      expected: { valid: false, violations: ["TRAINING_ABOVE_MAXIMUM"] },
      source: "C. trav. L6325-13 (floor above the 25 % maximum)",
    },
    {
      name: "CPRO 4 months, 140 h: below the floor and above the maximum",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2025-12-31", trainingHours: 140 },
      expected: { valid: false, violations: ["TRAINING_BELOW_MINIMUM", "TRAINING_ABOVE_MAXIMUM"] },
      source: "C. trav. L6325-13",
    },
  ];
  test.for(rows)("$name", (row) => {
    const result = checkTrainingHours(row.input);
    expect(result.valid).toBe(row.expected.valid);
    expect(result.violations.map((violation) => violation.code)).toEqual(row.expected.violations);
    for (const violation of result.violations) expect(violation.field).toBe("trainingHours");
  });

  test("the result carries the bounds and a closing step", () => {
    const result = checkTrainingHours({ ...professionalisation, trainingHours: 300 });
    expect(result).toMatchObject({ valid: true, contractHours: 1607, minimumHours: 241.05, maximumHours: 401.75, warnings: [] });
    expect(result.explanation.at(-1)).toEqual({
      rule: "training-hours.professionalisation.planned",
      message: "Formation prévue : 300 h ; exigé : entre 241,05 h et 401,75 h : conforme",
      legalBasis: ["C. trav. art. L6325-13", "C. trav. art. L6325-14"],
      values: { trainingHours: 300, minimumHours: 241.05, maximumHours: 401.75, valid: true },
    });
  });

  test("violation messages cite the figures", () => {
    const below = checkTrainingHours({ ...apprenticeship, trainingHours: 300, locale: "en" });
    expect(below.violations).toEqual([
      {
        code: "TRAINING_BELOW_MINIMUM",
        message: "Training of 300 h, below the minimum of 401.75 h (25 % of 1,607 h)",
        legalBasis: ["C. trav. art. L6211-2"],
        field: "trainingHours",
      },
    ]);
    const above = checkTrainingHours({ ...professionalisation, trainingHours: 500 });
    expect(above.violations[0]?.message).toBe(
      "Formation de 500 h, supérieure au maximum de 401,75 h (25 % de 1\u202f607 h) ; davantage n'est possible que par accord (L6325-14)",
    );
    expect(above.violations[0]?.legalBasis).toEqual(["C. trav. art. L6325-13", "C. trav. art. L6325-14"]);
  });

  test("the floor warning is kept next to the violations", () => {
    const result = checkTrainingHours({ contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2025-12-31", trainingHours: 150 });
    expect(result.warnings.map((warning) => warning.code)).toEqual(["FLOOR_ABOVE_MAXIMUM"]);
  });
});

describe("MIAGE guide: repeated year (seed 003 §4.5) and programme volumes (§2.3)", () => {
  const rows: Row[] = [
    {
      name: "repeating the M1, new 12-month apprenticeship, 300 h still to do: no new contract",
      input: { ...apprenticeship, trainingHours: 300 },
      expected: { valid: false, violations: ["TRAINING_BELOW_MINIMUM"] },
      source: "seed 003 §4.5 (« volume horaire de formation restant à valider ≥ minimum légal »)",
    },
    {
      name: "repeating the L3I, new 12-month apprenticeship, 590 h to do: possible",
      input: { ...apprenticeship, trainingHours: 590 },
      expected: { valid: true, violations: [] },
      source: "seed 003 §4.5 and §2.3 (L3I: 590 h)",
    },
    {
      name: "repeating, new 12-month CPRO, 200 h still to do: below 241.05 h",
      input: { ...professionalisation, trainingHours: 200 },
      expected: { valid: false, violations: ["TRAINING_BELOW_MINIMUM"] },
      source: "seed 003 §4.5 (« entre 15 % et 25 % … minimum de 150 heures »)",
    },
    {
      name: "M1 + M2 in a 24-month apprenticeship: 544 + 512 = 1056 h ≥ 803.5 h",
      input: { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2027-08-31", trainingHours: 1056 },
      expected: { valid: true, violations: [] },
      source: "seed 003 §2.3 (M1 544 h, M2 512 h), Figure 2 (2-year contract from M1)",
    },
    {
      name: "L3I in a 12-month CPRO: 590 h is above 25 % (401.75 h) without an agreement",
      input: { ...professionalisation, trainingHours: 590 },
      expected: { valid: false, violations: ["TRAINING_ABOVE_MAXIMUM"] },
      source: "seed 003 §2.3 (590 h); C. trav. L6325-13",
    },
    {
      name: "L3I in a 12-month CPRO with a diploma-course agreement (L6325-14): valid",
      input: { ...professionalisation, trainingHours: 590, extendedAbove25: true },
      expected: { valid: true, violations: [] },
      source: "C. trav. L6325-14 (above 25 % for diploma courses by agreement)",
    },
  ];
  test.for(rows)("$name", (row) => {
    const result = checkTrainingHours(row.input);
    expect(result.valid).toBe(row.expected.valid);
    expect(result.violations.map((violation) => violation.code)).toEqual(row.expected.violations);
  });
});

describe("bad input throws AlternanceInputError naming the field", () => {
  const rows = [
    { name: "missing trainingHours", input: { ...apprenticeship }, issues: [[["trainingHours"], "REQUIRED"]] },
    { name: "negative trainingHours", input: { ...apprenticeship, trainingHours: -0.5 }, issues: [[["trainingHours"], "TOO_SMALL"]] },
    { name: "trainingHours NaN", input: { ...apprenticeship, trainingHours: Number.NaN }, issues: [[["trainingHours"], "INVALID_TYPE"]] },
    { name: "end before start", input: { ...apprenticeship, contractEnd: "2025-01-01", trainingHours: 10 }, issues: [[["contractEnd"], "END_BEFORE_START"]] },
    {
      name: "every wrong field at once",
      input: { contract: "cdi", contractStart: "2025-13-01", contractEnd: "2026-08-31", trainingHours: "400" },
      issues: [
        [["contract"], "INVALID_VALUE"],
        [["contractStart"], "INVALID_DATE"],
        [["trainingHours"], "INVALID_TYPE"],
      ],
    },
  ].map((row) => ({ ...row, source: "API.md §0 (bad input)" }));

  test.for(rows)("$name", (row) => {
    const error = catchInputError(() => checkTrainingHours(row.input as unknown as CheckTrainingHoursInput));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual(row.issues);
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: CheckTrainingHoursInput; source: string } & Explained> = [
    {
      name: "apprenticeship, 400 h planned on two years: below the minimum",
      input: { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2027-08-31", trainingHours: 400 },
      explanation: [
        ["training-hours.duration", { contractStart: "2025-09-01", contractEnd: "2027-08-31", months: 24, days: 0, daysInPartialMonth: 30 }, "Durée du contrat du 2025-09-01 au 2027-08-31 inclus : 24 mois", "Contract from 2025-09-01 to 2027-08-31 inclusive: 24 months"],
        ["training-hours.contract-hours", { annualHours: 1607, contractHours: 3214, given: false }, "Durée du travail du contrat : 1 607 h par an × durée en mois / 12 = 3 214 h (base annuelle : pratique des OPCO, non confirmée)", "Working time of the contract: 1,607 h a year × months / 12 = 3,214 h (annual basis: OPCO practice, unconfirmed)"],
        ["training-hours.apprenticeship.minimum", { percent: 25, contractHours: 3214, minimumHours: 803.5 }, "Minimum de formation : 25 % × 3 214 h = 803,5 h", "Minimum training: 25 % × 3,214 h = 803.5 h"],
        ["training-hours.apprenticeship.planned", { trainingHours: 400, minimumHours: 803.5, maximumHours: null, valid: false }, "Formation prévue : 400 h ; exigé : au moins 803,5 h : non conforme", "Planned training: 400 h; required: at least 803.5 h: not compliant"],
      ],
      violations: [
        ["TRAINING_BELOW_MINIMUM", "trainingHours", "Formation de 400 h, inférieure au minimum de 803,5 h (25 % de 3 214 h)", "Training of 400 h, below the minimum of 803.5 h (25 % of 3,214 h)"],
      ],
      source: "C. trav. L6211-2; law.md §7",
    },
    {
      name: "apprenticeship, 900 h planned on two years: compliant",
      input: { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2027-08-31", trainingHours: 900 },
      explanation: [
        ["training-hours.duration", { contractStart: "2025-09-01", contractEnd: "2027-08-31", months: 24, days: 0, daysInPartialMonth: 30 }, "Durée du contrat du 2025-09-01 au 2027-08-31 inclus : 24 mois", "Contract from 2025-09-01 to 2027-08-31 inclusive: 24 months"],
        ["training-hours.contract-hours", { annualHours: 1607, contractHours: 3214, given: false }, "Durée du travail du contrat : 1 607 h par an × durée en mois / 12 = 3 214 h (base annuelle : pratique des OPCO, non confirmée)", "Working time of the contract: 1,607 h a year × months / 12 = 3,214 h (annual basis: OPCO practice, unconfirmed)"],
        ["training-hours.apprenticeship.minimum", { percent: 25, contractHours: 3214, minimumHours: 803.5 }, "Minimum de formation : 25 % × 3 214 h = 803,5 h", "Minimum training: 25 % × 3,214 h = 803.5 h"],
        ["training-hours.apprenticeship.planned", { trainingHours: 900, minimumHours: 803.5, maximumHours: null, valid: true }, "Formation prévue : 900 h ; exigé : au moins 803,5 h : conforme", "Planned training: 900 h; required: at least 803.5 h: compliant"],
      ],
      source: "C. trav. L6211-2; law.md §7",
    },
    {
      name: "CPRO, 450 h planned on one year: above the maximum",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: 450 },
      explanation: [
        ["training-hours.duration", { contractStart: "2025-09-01", contractEnd: "2026-08-31", months: 12, days: 0, daysInPartialMonth: 30 }, "Durée du contrat du 2025-09-01 au 2026-08-31 inclus : 12 mois", "Contract from 2025-09-01 to 2026-08-31 inclusive: 12 months"],
        ["training-hours.contract-hours", { annualHours: 1607, contractHours: 1607, given: false }, "Durée du travail du contrat : 1 607 h par an × durée en mois / 12 = 1 607 h (base annuelle : pratique des OPCO, non confirmée)", "Working time of the contract: 1,607 h a year × months / 12 = 1,607 h (annual basis: OPCO practice, unconfirmed)"],
        ["training-hours.professionalisation.minimum", { percent: 15, floorHours: 150, contractHours: 1607, minimumHours: 241.05 }, "Minimum de formation : le plus grand de 15 % × 1 607 h et 150 h = 241,05 h", "Minimum training: the larger of 15 % × 1,607 h and 150 h = 241.05 h"],
        ["training-hours.professionalisation.maximum", { percent: 25, contractHours: 1607, maximumHours: 401.75 }, "Maximum de formation : 25 % × 1 607 h = 401,75 h (davantage seulement par accord, L6325-14)", "Maximum training: 25 % × 1,607 h = 401.75 h (more only by agreement, L6325-14)"],
        ["training-hours.professionalisation.planned", { trainingHours: 450, minimumHours: 241.05, maximumHours: 401.75, valid: false }, "Formation prévue : 450 h ; exigé : entre 241,05 h et 401,75 h : non conforme", "Planned training: 450 h; required: between 241.05 h and 401.75 h: not compliant"],
      ],
      violations: [
        ["TRAINING_ABOVE_MAXIMUM", "trainingHours", "Formation de 450 h, supérieure au maximum de 401,75 h (25 % de 1 607 h) ; davantage n'est possible que par accord (L6325-14)", "Training of 450 h, above the maximum of 401.75 h (25 % of 1,607 h); more needs an agreement (L6325-14)"],
      ],
      source: "C. trav. L6325-13, L6325-14; law.md §7",
    },
    {
      name: "CPRO, 100 h planned on one year: below the minimum",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: 100 },
      explanation: [
        ["training-hours.duration", { contractStart: "2025-09-01", contractEnd: "2026-08-31", months: 12, days: 0, daysInPartialMonth: 30 }, "Durée du contrat du 2025-09-01 au 2026-08-31 inclus : 12 mois", "Contract from 2025-09-01 to 2026-08-31 inclusive: 12 months"],
        ["training-hours.contract-hours", { annualHours: 1607, contractHours: 1607, given: false }, "Durée du travail du contrat : 1 607 h par an × durée en mois / 12 = 1 607 h (base annuelle : pratique des OPCO, non confirmée)", "Working time of the contract: 1,607 h a year × months / 12 = 1,607 h (annual basis: OPCO practice, unconfirmed)"],
        ["training-hours.professionalisation.minimum", { percent: 15, floorHours: 150, contractHours: 1607, minimumHours: 241.05 }, "Minimum de formation : le plus grand de 15 % × 1 607 h et 150 h = 241,05 h", "Minimum training: the larger of 15 % × 1,607 h and 150 h = 241.05 h"],
        ["training-hours.professionalisation.maximum", { percent: 25, contractHours: 1607, maximumHours: 401.75 }, "Maximum de formation : 25 % × 1 607 h = 401,75 h (davantage seulement par accord, L6325-14)", "Maximum training: 25 % × 1,607 h = 401.75 h (more only by agreement, L6325-14)"],
        ["training-hours.professionalisation.planned", { trainingHours: 100, minimumHours: 241.05, maximumHours: 401.75, valid: false }, "Formation prévue : 100 h ; exigé : entre 241,05 h et 401,75 h : non conforme", "Planned training: 100 h; required: between 241.05 h and 401.75 h: not compliant"],
      ],
      violations: [
        ["TRAINING_BELOW_MINIMUM", "trainingHours", "Formation de 100 h, inférieure au minimum de 241,05 h (15 % de 1 607 h, au moins 150 h)", "Training of 100 h, below the minimum of 241.05 h (15 % of 1,607 h, at least 150 h)"],
      ],
      source: "C. trav. L6325-13; law.md §7",
    },
    {
      name: "CPRO, 300 h planned on one year: between the minimum and the maximum",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: 300 },
      explanation: [
        ["training-hours.duration", { contractStart: "2025-09-01", contractEnd: "2026-08-31", months: 12, days: 0, daysInPartialMonth: 30 }, "Durée du contrat du 2025-09-01 au 2026-08-31 inclus : 12 mois", "Contract from 2025-09-01 to 2026-08-31 inclusive: 12 months"],
        ["training-hours.contract-hours", { annualHours: 1607, contractHours: 1607, given: false }, "Durée du travail du contrat : 1 607 h par an × durée en mois / 12 = 1 607 h (base annuelle : pratique des OPCO, non confirmée)", "Working time of the contract: 1,607 h a year × months / 12 = 1,607 h (annual basis: OPCO practice, unconfirmed)"],
        ["training-hours.professionalisation.minimum", { percent: 15, floorHours: 150, contractHours: 1607, minimumHours: 241.05 }, "Minimum de formation : le plus grand de 15 % × 1 607 h et 150 h = 241,05 h", "Minimum training: the larger of 15 % × 1,607 h and 150 h = 241.05 h"],
        ["training-hours.professionalisation.maximum", { percent: 25, contractHours: 1607, maximumHours: 401.75 }, "Maximum de formation : 25 % × 1 607 h = 401,75 h (davantage seulement par accord, L6325-14)", "Maximum training: 25 % × 1,607 h = 401.75 h (more only by agreement, L6325-14)"],
        ["training-hours.professionalisation.planned", { trainingHours: 300, minimumHours: 241.05, maximumHours: 401.75, valid: true }, "Formation prévue : 300 h ; exigé : entre 241,05 h et 401,75 h : conforme", "Planned training: 300 h; required: between 241.05 h and 401.75 h: compliant"],
      ],
      source: "C. trav. L6325-13, L6325-14; law.md §7",
    },
    {
      name: "CPRO with an agreement above 25 %, 600 h planned: at least the minimum",
      input: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: 600, extendedAbove25: true },
      explanation: [
        ["training-hours.duration", { contractStart: "2025-09-01", contractEnd: "2026-08-31", months: 12, days: 0, daysInPartialMonth: 30 }, "Durée du contrat du 2025-09-01 au 2026-08-31 inclus : 12 mois", "Contract from 2025-09-01 to 2026-08-31 inclusive: 12 months"],
        ["training-hours.contract-hours", { annualHours: 1607, contractHours: 1607, given: false }, "Durée du travail du contrat : 1 607 h par an × durée en mois / 12 = 1 607 h (base annuelle : pratique des OPCO, non confirmée)", "Working time of the contract: 1,607 h a year × months / 12 = 1,607 h (annual basis: OPCO practice, unconfirmed)"],
        ["training-hours.professionalisation.minimum", { percent: 15, floorHours: 150, contractHours: 1607, minimumHours: 241.05 }, "Minimum de formation : le plus grand de 15 % × 1 607 h et 150 h = 241,05 h", "Minimum training: the larger of 15 % × 1,607 h and 150 h = 241.05 h"],
        ["training-hours.professionalisation.maximum", { percent: 25, contractHours: 1607, maximumHours: null }, "Pas de maximum : au-delà de 25 % permis par accord (L6325-14)", "No maximum: more than 25 % allowed by agreement (L6325-14)"],
        ["training-hours.professionalisation.planned", { trainingHours: 600, minimumHours: 241.05, maximumHours: null, valid: true }, "Formation prévue : 600 h ; exigé : au moins 241,05 h : conforme", "Planned training: 600 h; required: at least 241.05 h: compliant"],
      ],
      source: "C. trav. L6325-14; law.md §7",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => checkTrainingHours({ ...row.input, locale }), row);
  });
});
