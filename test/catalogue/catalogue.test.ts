/**
 * The catalogue of operations (src/catalogue/): every public function is in it once, under its
 * kebab-case route; each example gives a result; a call through the catalogue is the function's call;
 * functions with positional arguments take one object whose fields are the arguments, and their errors
 * name those fields.
 */
import { describe, expect, test } from "vitest";
import { positionalOperation, routeOf } from "../../src/catalogue/operation.js";
import { operations } from "../../src/catalogue/operations.js";
import { smicDateSchema, smicOptionsSchema } from "../../src/legal-values/smic.js";
import * as api from "../../src/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { operationNamed } from "./support/schemas.js";

const publicFunctions = Object.entries(api)
  .filter(([, value]) => typeof value === "function" && !/^class\s/.test(Function.prototype.toString.call(value)))
  .map(([name]) => name)
  .sort();

describe("the catalogue", () => {
  test("has every public function of src/index.ts, once", () => {
    expect(operations.map((operation) => operation.name).sort()).toEqual(publicFunctions);
  });

  test.for([
    { name: "apprenticeMinimumWage", route: "apprentice-minimum-wage" },
    { name: "smicAt", route: "smic-at" },
    { name: "checkProfessionalisationEligibility", route: "check-professionalisation-eligibility" },
  ])("routeOf($name) is $route", ({ name, route }) => {
    expect(routeOf(name)).toBe(route);
  });

  test.for(operations.map((operation) => ({ name: operation.name, operation })))("$name: route in kebab case, summary in both languages", ({ operation }) => {
    expect(operation.route).toBe(routeOf(operation.name));
    expect(operation.route).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(operation.summary.fr.length).toBeGreaterThan(10);
    expect(operation.summary.en.length).toBeGreaterThan(10);
    expect(operation.summary.fr).not.toBe(operation.summary.en);
  });

  test.for(operations.filter((operation) => !operation.parameters).map((operation) => ({ name: operation.name, operation })))(
    "$name: a call through the catalogue is the function's call",
    ({ name, operation }) => {
      const fn = (api as unknown as Record<string, (input: unknown) => unknown>)[name]!;
      expect(operation.call(operation.example)).toEqual(fn(operation.example));
    },
  );

  test.for(operations.map((operation) => ({ name: operation.name, operation })))("$name: its example gives a result object", ({ operation }) => {
    const result = operation.call(operation.example);
    expect(result).toBeTypeOf("object");
    expect(result).not.toBeNull();
  });
});

describe("functions with positional arguments, called with one object", () => {
  test.for([
    { name: "smicAt", body: { date: "2026-03-15", territory: "mayotte" }, expected: api.smicAt("2026-03-15", { territory: "mayotte" }) },
    { name: "socialSecurityCeilingAt", body: { date: "2026-05-01" }, expected: api.socialSecurityCeilingAt("2026-05-01") },
    { name: "internshipMinimumHourlyRate", body: { date: "2020-06-15" }, expected: { minimumHourlyRate: 3.9 } },
    { name: "frenchPublicHolidays", body: { year: 2026, locale: "en" }, expected: { holidays: api.frenchPublicHolidays(2026) } },
    { name: "addWorkingDays", body: { date: "2026-05-07", n: 2, kind: "ouvres" }, expected: { date: "2026-05-12" } },
    { name: "countWorkingDays", body: { from: "2026-05-01", to: "2026-05-31", kind: "ouvrables" }, expected: { count: 22 } },
    { name: "defineArrangements", body: { data: api.arrangements.miageAixMarseille }, expected: api.arrangements.miageAixMarseille },
  ])("$name($body)", ({ name, body, expected }) => {
    expect(operationNamed(name).call(body)).toEqual(expected);
  });

  test.for([
    { name: "smicAt", body: { date: "2025-02-30" }, path: ["date"], code: "INVALID_DATE", source: "argument schema" },
    { name: "smicAt", body: { date: "2026-03-15", territory: "guyane" }, path: ["territory"], code: "INVALID_VALUE", source: "a field of options, spread" },
    { name: "smicAt", body: { date: "2026-03-15", options: {} }, path: ["options"], code: "UNKNOWN_FIELD", source: "options is not a field of the body" },
    { name: "smicAt", body: { date: "2020-06-01", territory: "mayotte" }, path: ["date"], code: "OUT_OF_SCOPE", source: "the function's own check (Mayotte from 2021)" },
    { name: "smicAt", body: {}, path: ["date"], code: "REQUIRED", source: "argument schema" },
    { name: "addWorkingDays", body: { date: "2026-05-07", n: 1.5, kind: "ouvres" }, path: ["n"], code: "NOT_INTEGER", source: "argument schema" },
    { name: "addWorkingDays", body: { date: "2199-12-20", n: 100, kind: "ouvres" }, path: ["n"], code: "OUT_OF_RANGE", source: "the function's own check" },
    { name: "countWorkingDays", body: { from: "2026-05-31", to: "2026-05-01", kind: "ouvres" }, path: ["to"], code: "END_BEFORE_START", source: "the function's own check" },
    { name: "frenchPublicHolidays", body: { year: 2200 }, path: ["year"], code: "TOO_BIG", source: "argument schema" },
  ])("$name($body): $code on $path ($source)", ({ name, body, path, code }) => {
    const error = catchInputError(() => operationNamed(name).call(body));
    expect(error.issues.map((issue) => [issue.path, issue.code])).toContainEqual([path, code]);
  });

  test("an issue the function finds inside its data argument is named under that argument, in the message too", () => {
    const preset = api.arrangements.miageAixMarseille;
    const data = { ...preset, programmes: [{ ...preset.programmes[0]!, arrangements: ["NOPE"] }, ...preset.programmes.slice(1)] };
    const error = catchInputError(() => operationNamed("defineArrangements").call({ data, locale: "en" }));
    expect(error.issues).toEqual([{ path: ["data", "programmes", 0, "arrangements", 0], code: "UNKNOWN_REFERENCE", message: 'data.programmes[0].arrangements[0]: unknown arrangement "NOPE"' }]);
    expect(error.locale).toBe("en");
  });

  test("an issue whose message does not start with its path keeps its message", () => {
    const operation = positionalOperation({
      name: "example",
      summary: { fr: "exemple", en: "example" },
      parameters: [["date", smicDateSchema]],
      run: () => {
        throw new api.AlternanceInputError([{ path: ["inner"], code: "X", message: "free text" }], "fr");
      },
      result: "SmicAtResult",
      example: {},
    });
    expect(catchInputError(() => operation.call({ date: "2026-01-01" })).issues).toEqual([{ path: ["date", "inner"], code: "X", message: "free text" }]);
  });

  test("an error that is not about the input goes through untouched", () => {
    const operation = positionalOperation({
      name: "example",
      summary: { fr: "exemple", en: "example" },
      parameters: [["options", smicOptionsSchema]],
      run: () => {
        throw new RangeError("boom");
      },
      result: "SmicAtResult",
      example: {},
    });
    expect(() => operation.call({})).toThrow(RangeError);
  });

  test("the body's fields: the arguments by name, the fields of options, locale and explain", () => {
    const fields = (name: string) => Object.keys((operationNamed(name).input as unknown as { _zod: { def: { shape: object } } })._zod.def.shape).sort();
    expect(fields("smicAt")).toEqual(["date", "explain", "locale", "territory"]);
    expect(fields("addWorkingDays")).toEqual(["date", "explain", "kind", "locale", "n"]);
    expect(fields("countWorkingDays")).toEqual(["explain", "from", "kind", "locale", "to"]);
    expect(fields("defineArrangements")).toEqual(["data", "explain", "locale"]);
  });
});
