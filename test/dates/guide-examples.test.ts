/**
 * The MIAGE guide's worked examples (seed 003, after Tableau 5) checked with checkContractDates. The
 * contractWindows golden rows themselves are in test/cases/seed-examples.test.ts.
 */
import { describe, expect, test } from "vitest";
import { checkContractDates, type CheckContractDatesInput } from "../../src/dates/index.js";

describe("the guide's worked examples, checked (seed 003, after Tableau 5)", () => {
  const rows: Array<{ name: string; input: CheckContractDatesInput; expected: string[]; source: string }> = [
    {
      name: "Master MIAGE 2025/2027 apprenticeship of 2 years, 01/09/2025 to 03/09/2027",
      input: { contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03", contractStart: "2025-09-01", contractEnd: "2027-09-03", policy: "miageAixMarseille" },
      expected: [],
      source: "seed 003, first worked example (« La durée de son contrat d'apprentissage est de 2 ans »)",
    },
    {
      name: "L3I MIAGE 2025/2026 CPRO of 1 year, 01/09/2025 to 31/08/2026",
      input: { contract: "professionalisation", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", contractStart: "2025-09-01", contractEnd: "2026-08-31", policy: "miageAixMarseille" },
      expected: [],
      source: "seed 003, second worked example (« La durée de son contrat de professionnalisation est de 1 an »)",
    },
    {
      name: "L3I CPRO from the earliest start (01/07/2025) to DFF (03/07/2026): over the law's 12 months",
      input: { contract: "professionalisation", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", contractStart: "2025-07-01", contractEnd: "2026-07-03", policy: "miageAixMarseille" },
      expected: ["DURATION_TOO_LONG"],
      source: "seed 003 Tableau 5 with C. trav. L6325-11 (12 months)",
    },
    {
      name: "the same CPRO under a branch agreement (24 months)",
      input: {
        contract: "professionalisation",
        trainingStart: "2025-09-01",
        trainingEnd: "2026-07-03",
        contractStart: "2025-07-01",
        contractEnd: "2026-07-03",
        policy: "miageAixMarseille",
        extendedDuration: "branch-agreement-24",
      },
      expected: [],
      source: "C. trav. L6325-12",
    },
  ];

  test.for(rows)("$name", ({ input, expected }) => {
    expect(checkContractDates(input).violations.map((violation) => violation.code)).toEqual(expected);
  });
});
