/**
 * Golden rows: every worked example of the seed documents (test/cases/seed-examples.json, a copy of
 * shared/cases/seed-examples.json), called through the public API by its function name, every expected
 * field compared exactly (amounts to the cent).
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as api from "../../src/index.js";
import { pickPath, seedCases, seedFile } from "../support/seed-cases.js";

describe("seed examples through the public API", () => {
  test.for(seedCases)("$fn: $name ($source)", (row) => {
    const fn = (api as unknown as Record<string, (input: unknown) => unknown>)[row.fn];
    expect(fn, `${row.fn} is exported`).toBeTypeOf("function");
    const result = fn!(row.input);
    for (const [path, expected] of Object.entries(row.expect)) {
      expect(pickPath(result, path), path || row.fn).toEqual(expected);
    }
  });

  test("the in-repo copy matches shared/cases/seed-examples.json when it is beside the repo", () => {
    const shared = new URL("../../../shared/cases/seed-examples.json", import.meta.url);
    if (!existsSync(shared)) return;
    expect(readFileSync(seedFile, "utf8")).toBe(readFileSync(shared, "utf8"));
  });
});
