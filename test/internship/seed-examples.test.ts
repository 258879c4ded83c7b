/**
 * Golden rows: the internship cases of test/cases/seed-examples.json (seeds 001 and 003, the Ministry of
 * Labour's 2026 example), run through the public API exactly as written there.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { internshipMinimumHourlyRate } from "../../src/legal-values/internship-rate.js";
import { internshipGratification, type InternshipGratificationInput } from "../../src/internship/index.js";

interface SeedCase {
  name: string;
  source: string;
  fn: string;
  input: unknown;
  expect: Record<string, unknown>;
}

const seeds = JSON.parse(readFileSync(new URL("../cases/seed-examples.json", import.meta.url), "utf8")) as { cases: SeedCase[] };
const internshipCases = seeds.cases.filter((row) => row.fn === "internshipGratification" || row.fn === "internshipMinimumHourlyRate");

/** Reads `monthly.0.amount` from a result; the empty path is the result itself. */
function pick(result: unknown, path: string): unknown {
  if (path === "") return result;
  return path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], result);
}

function run(row: SeedCase): unknown {
  if (row.fn === "internshipMinimumHourlyRate") return internshipMinimumHourlyRate(row.input as string);
  return internshipGratification(row.input as InternshipGratificationInput);
}

describe("seed examples (test/cases/seed-examples.json)", () => {
  test("there are four internship cases to check", () => {
    expect(internshipCases.map((row) => row.fn)).toEqual([
      "internshipGratification",
      "internshipGratification",
      "internshipMinimumHourlyRate",
      "internshipGratification",
    ]);
  });

  test.for(internshipCases)("$name ($source)", (row) => {
    const result = run(row);
    for (const [path, expected] of Object.entries(row.expect)) {
      expect(pick(result, path), path).toEqual(expected);
    }
  });
});
