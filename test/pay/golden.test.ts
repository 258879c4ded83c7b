import { describe, expect, test } from "vitest";
import { apprenticeMinimumWage, professionalisationMinimumWage } from "../../src/pay/index.js";
import { seedCases as seeds } from "../support/seed-cases.js";

const functions: Record<string, (input: never) => object> = { apprenticeMinimumWage, professionalisationMinimumWage };

describe("seed examples (../cases/seed-examples.json) for the pay functions", () => {
  const rows = seeds.filter((seed) => seed.fn in functions).map((seed) => ({ name: seed.name, input: seed.input, expected: seed.expect, source: seed.source, fn: seed.fn }));

  test("the seed file has pay rows for both functions", () => {
    expect(new Set(rows.map((row) => row.fn))).toEqual(new Set(["apprenticeMinimumWage", "professionalisationMinimumWage"]));
  });

  test.for(rows)("$name ($source)", ({ fn, input, expected }) => {
    expect(functions[fn]!(input as never)).toMatchObject(expected);
  });
});
