/**
 * Golden rows: every worked example of the seed documents (test/cases/seed-examples.json, a copy of
 * shared/cases/seed-examples.json), called through the public API by its function name, every expected
 * field compared exactly (amounts to the cent).
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as api from "../../src/index.js";

interface SeedCase {
  name: string;
  source: string;
  fn: string;
  input: unknown;
  expect: Record<string, unknown>;
}

const file = new URL("./seed-examples.json", import.meta.url);
const seeds = JSON.parse(readFileSync(file, "utf8")) as { cases: SeedCase[] };

/** Reads a dotted path (`monthly.0.amount`); the empty path is the result itself. */
function pick(result: unknown, path: string): unknown {
  if (path === "") return result;
  return path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], result);
}

describe("seed examples through the public API", () => {
  test.for(seeds.cases)("$fn: $name ($source)", (row) => {
    const fn = (api as unknown as Record<string, (input: unknown) => unknown>)[row.fn];
    expect(fn, `${row.fn} is exported`).toBeTypeOf("function");
    const result = fn!(row.input);
    for (const [path, expected] of Object.entries(row.expect)) {
      expect(pick(result, path), path || row.fn).toEqual(expected);
    }
  });

  test("the in-repo copy matches shared/cases/seed-examples.json when it is beside the repo", () => {
    const shared = new URL("../../../shared/cases/seed-examples.json", import.meta.url);
    if (!existsSync(shared)) return;
    expect(readFileSync(file, "utf8")).toBe(readFileSync(shared, "utf8"));
  });
});
