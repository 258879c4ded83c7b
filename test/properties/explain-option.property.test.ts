/**
 * The `explain` option (API.md §7b), function by function: with `explain: false` a result is the
 * result of `explain: true` (and of no option) with every `explanation` — nested ones too, such as
 * `checkContractDates().windows.explanation` — replaced by `[]`; same shape, same answers, same
 * violations and warnings word for word; a bad input gives the same AlternanceInputError. Rows: the
 * generators of support/api-arbitraries.ts (the API property test's) and the seed examples. That no
 * explanation text is built is test/core/explain-rendering.test.ts.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { publicFunctionNames } from "../../scripts/rules-doc.js";
import * as api from "../../src/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { pickPath, seedCases } from "../support/seed-cases.js";
import { apiArguments } from "./support/api-arbitraries.js";
import {
  INPUT_OBJECT_FUNCTIONS,
  POSITIONAL_FUNCTIONS,
  callApi,
  explanationCount,
  outcome,
  withExplain,
  withoutExplanationText,
} from "./support/explain-option.js";

test("every public function is classified: input object (takes `explain`) or positional (unchanged)", () => {
  expect([...INPUT_OBJECT_FUNCTIONS, ...POSITIONAL_FUNCTIONS].sort()).toEqual(publicFunctionNames());
});

describe.each([...INPUT_OBJECT_FUNCTIONS])("%s", (fn) => {
  test("explain: false gives the explain: true result with every explanation [] (nested ones too); explain: true is the default", () => {
    let results = 0;
    let steps = 0;
    fc.assert(
      fc.property(apiArguments[fn]!, (args) => {
        const byDefault = outcome(fn, args);
        const explained = outcome(fn, withExplain(args, true));
        const silent = outcome(fn, withExplain(args, false));
        if ("error" in byDefault) {
          expect("error" in explained && explained.error.issues).toEqual(byDefault.error.issues);
          expect("error" in silent && silent.error.issues).toEqual(byDefault.error.issues);
          return;
        }
        results += 1;
        expect("result" in explained && explained.result).toStrictEqual(byDefault.result);
        expect("result" in silent && silent.result).toStrictEqual(withoutExplanationText(byDefault.result));
        const count = explanationCount(byDefault.result);
        expect(count.arrays).toBeGreaterThan(0);
        steps += count.steps;
      }),
      { numRuns: 200 },
    );
    // Most generated calls get through validation, and their explanations had steps to remove.
    expect(results).toBeGreaterThan(50);
    expect(steps).toBeGreaterThanOrEqual(results);
  });
});

const seedRows = seedCases
  .filter((seed) => (INPUT_OBJECT_FUNCTIONS as readonly string[]).includes(seed.fn))
  .map((seed) => ({ name: seed.name, fn: seed.fn, input: seed.input, expected: seed.expect, source: seed.source }));

describe("seed examples (../cases/seed-examples.json) with explain: false", () => {
  test("there are seed rows for several functions", () => {
    expect(new Set(seedRows.map((row) => row.fn)).size).toBeGreaterThanOrEqual(4);
  });

  test.for(seedRows)("$fn: $name ($source)", ({ fn, input, expected }) => {
    const silent = callApi(fn, [{ ...input, explain: false }]);
    for (const [path, value] of Object.entries(expected)) expect(pickPath(silent, path), path).toEqual(value);
    expect(silent).toStrictEqual(withoutExplanationText(callApi(fn, [input])));
    expect(explanationCount(silent).steps).toBe(0);
  });
});

describe("positional functions: `explain` in their options changes nothing (they have no explanation)", () => {
  // Their options are input objects (core/schema.ts inputObject), so they accept the field at run time;
  // their TypeScript types do not offer it.
  const option = (explain?: boolean) => (explain === undefined ? {} : ({ explain } as never));
  const rows = [
    { name: "smicAt", source: "law-money.md §1.1 (SMIC of 2026-01-01)", call: (explain?: boolean) => api.smicAt("2026-03-01", option(explain)) },
    {
      name: "socialSecurityCeilingAt",
      source: "law-money.md §1.2 (PSS 2026)",
      call: (explain?: boolean) => api.socialSecurityCeilingAt("2026-03-01", option(explain)),
    },
    {
      name: "internshipMinimumHourlyRate",
      source: "C. éduc. D124-8 (15 % of the hourly ceiling)",
      call: (explain?: boolean) => api.internshipMinimumHourlyRate("2026-03-01", option(explain)),
    },
    {
      name: "addWorkingDays",
      source: "C. trav. L3133-1 (8 May 2026 is a holiday)",
      call: (explain?: boolean) => api.addWorkingDays("2026-05-07", 2, { kind: "ouvrables", ...option(explain) }),
    },
  ];
  test.for(rows)("$name ($source)", ({ call }) => {
    expect(call(false)).toStrictEqual(call());
    expect(call(true)).toStrictEqual(call());
  });
});

describe("explain must be a boolean", () => {
  const rows = [
    { name: "a string", value: "no" },
    { name: "a number", value: 0 },
    { name: "null", value: null },
  ];
  test.for(rows)("$name is an INVALID_TYPE issue on explain, in FR and EN", ({ value }) => {
    const input = { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", explain: value };
    const fr = catchInputError(() => api.apprenticeMinimumWage(input as never));
    expect(fr.issues).toEqual([{ path: ["explain"], code: "INVALID_TYPE", message: expect.stringMatching(/^explain : /) as unknown }]);
    const en = catchInputError(() => api.apprenticeMinimumWage({ ...input, locale: "en" } as never));
    expect(en.issues[0]?.message).toMatch(/^explain: .*true or false \(boolean\)/);
  });
});
