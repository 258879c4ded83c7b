/**
 * Golden rows: the contract-date cases of test/cases/seed-examples.json (MIAGE guide, seed 003, Tableau 5
 * and its worked examples), run through the public API exactly as written there.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { checkContractDates, contractWindows, type CheckContractDatesInput, type ContractWindowsInput } from "../../src/dates/index.js";

interface SeedCase {
  name: string;
  source: string;
  fn: string;
  input: unknown;
  expect: Record<string, unknown>;
}

const seeds = JSON.parse(readFileSync(new URL("../cases/seed-examples.json", import.meta.url), "utf8")) as { cases: SeedCase[] };
const windowCases = seeds.cases.filter((row) => row.fn === "contractWindows");

/** Reads `start.earliest` from a result. */
function pick(result: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], result);
}

describe("seed examples (test/cases/seed-examples.json)", () => {
  test("the three contractWindows cases are all there", () => {
    expect(windowCases.map((row) => (row.input as ContractWindowsInput).contract)).toEqual([
      "apprenticeship",
      "professionalisation",
      "work-study-internship",
    ]);
  });

  test.for(windowCases)("$name ($source)", (row) => {
    const result = contractWindows(row.input as ContractWindowsInput);
    for (const [path, expected] of Object.entries(row.expect)) {
      expect(pick(result, path), path).toEqual(expected);
    }
    expect(result.warnings).toEqual([]);
  });
});

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
