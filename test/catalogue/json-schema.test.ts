/**
 * The JSON Schemas of every operation, checked with a real JSON Schema 2020-12 validator (Ajv, strict,
 * `format: "date"` checked as ajv-formats does):
 *   - every golden row's input (test/cases/seed-examples.json) and every catalogue example validates,
 *     and its result validates against the output schema;
 *   - on generated calls of every public function (test/properties/support/api-arbitraries.ts), the JSON
 *     Schema accepts every body the function's zod schema accepts (it is never stricter), rejects every
 *     body the zod schema rejects for a rule JSON Schema can express, and every result validates;
 *   - bad inputs made from each example (a field missing, of the wrong type, unknown, a malformed date,
 *     `__proto__`…) are rejected by the function and by the JSON Schema;
 *   - the rules the JSON Schema only describes (a date before the scope, cents) are rows of their own.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import * as z from "zod/mini";
import { inputJsonSchema, ISO_DATE_PATTERN, refinementForms, zodJsonSchema } from "../../src/catalogue/json-schema.js";
import { defineOperation } from "../../src/catalogue/operation.js";
import { operations } from "../../src/catalogue/operations.js";
import { HTTP_TYPES } from "../../src/catalogue/openapi.js";
import { AlternanceInputError } from "../../src/core/errors.js";
import { schemaFiles, typeJsonSchema } from "../../scripts/schemas.js";
import { apiArguments } from "../properties/support/api-arbitraries.js";
import { catchInputError } from "../support/catch-input-error.js";
import { bodyOf, inputValidator, operationNamed, outputValidator, validator, zodVerdict } from "./support/schemas.js";

interface SeedCase {
  name: string;
  source: string;
  fn: string;
  input: unknown;
}
const seeds = (JSON.parse(readFileSync(new URL("../cases/seed-examples.json", import.meta.url), "utf8")) as { cases: SeedCase[] }).cases;

const errorsOf = (validate: { errors?: unknown }) => JSON.stringify(validate.errors ?? null);

/** Runs an operation; the result, or the AlternanceInputError. */
function outcome(name: string, body: unknown): { result: unknown } | { error: AlternanceInputError } {
  try {
    return { result: operationNamed(name).call(body) };
  } catch (error) {
    if (error instanceof AlternanceInputError) return { error };
    throw error;
  }
}

describe("every operation's schemas", () => {
  test.for(operations.map((operation) => ({ name: operation.name, operation })))("$name: the example validates, and so does its result", ({ operation }) => {
    const input = inputValidator(operation);
    expect(input(operation.example), errorsOf(input)).toBe(true);
    const output = outputValidator(operation.result);
    expect(output(operation.call(operation.example)), errorsOf(output)).toBe(true);
  });

  test.for(HTTP_TYPES.map((type) => ({ type })))("$type (an answer of the server's own routes) compiles", ({ type }) => {
    expect(() => validator().compile(typeJsonSchema(type))).not.toThrow();
  });

  test("dates in results are real days: `format: date` and the pattern, on the shared IsoDate definition", () => {
    const schema = typeJsonSchema("SmicAtResult");
    expect((schema["$defs"] as Record<string, unknown>)["IsoDate"]).toMatchObject({ type: "string", format: "date", pattern: ISO_DATE_PATTERN });
    expect(outputValidator("SmicAtResult")({ ...operationNamed("smicAt").call({ date: "2026-03-15" }) as object, since: "2026-02-30" })).toBe(false);
  });

  test("a result with a field renamed or missing does not validate (objects are closed)", () => {
    const result = operationNamed("apprenticeMinimumWage").call(operationNamed("apprenticeMinimumWage").example) as Record<string, unknown>;
    const validate = outputValidator("ApprenticeMinimumWageResult");
    const { monthlyMinimum, ...rest } = result;
    expect(validate(rest)).toBe(false);
    expect(validate({ ...rest, monthlyMinimun: monthlyMinimum })).toBe(false);
  });

  test("output schemas use safe definition names and plain descriptions", () => {
    for (const operation of operations) {
      const text = JSON.stringify(typeJsonSchema(operation.result));
      expect(text, operation.result).not.toMatch(/\{@link/);
      for (const name of Object.keys((typeJsonSchema(operation.result)["$defs"] as object | undefined) ?? {})) expect(name).toMatch(/^[A-Za-z0-9_.-]+$/);
    }
    expect(Object.keys(typeJsonSchema("ApprenticePayScheduleResult")["properties"] as object)).toEqual(["periods", "totals", "explanation", "warnings"]);
  });
});

describe("golden rows (test/cases/seed-examples.json)", () => {
  test.for(seeds.map((seed) => ({ ...seed, label: `${seed.fn}: ${seed.name}` })))("$label ($source)", ({ fn, input }) => {
    const operation = operationNamed(fn);
    const body = bodyOf(operation, [input]);
    const validate = inputValidator(operation);
    expect(validate(body), errorsOf(validate)).toBe(true);
    const output = outputValidator(operation.result);
    expect(output(operation.call(body)), errorsOf(output)).toBe(true);
  });
});

describe("generated calls of every public function: the JSON Schema agrees with the function's zod schema", () => {
  const SAMPLES = 150;
  const rows = Object.entries(apiArguments).map(([name, arbitrary]) => ({ name, arbitrary }));

  test("there is a generator for every operation", () => {
    expect(rows.map((row) => row.name).sort()).toEqual(operations.map((operation) => operation.name).sort());
  });

  test.for(rows)("$name", ({ name, arbitrary }) => {
    const operation = operationNamed(name);
    const validateInput = inputValidator(operation);
    const validateOutput = outputValidator(operation.result);
    const tally = { accepted: 0, rejected: 0, described: 0, results: 0 };
    for (const args of fc.sample(arbitrary, { numRuns: SAMPLES, seed: 18 })) {
      const body = bodyOf(operation, args);
      const verdict = zodVerdict(operation, body);
      const valid = validateInput(body);
      if (verdict === "accepted") expect(valid, `${JSON.stringify(body)} accepted by zod: ${errorsOf(validateInput)}`).toBe(true);
      if (verdict === "rejected") expect(valid, `${JSON.stringify(body)} rejected by zod`).toBe(false);
      tally[verdict === "rejected-by-described-rule" ? "described" : verdict] += 1;
      const called = outcome(name, body);
      if (verdict !== "accepted") expect("error" in called, `${JSON.stringify(body)}: the function rejects it too`).toBe(true);
      if ("result" in called) {
        tally.results += 1;
        expect(validateOutput(called.result), `${JSON.stringify(body)}: ${errorsOf(validateOutput)}`).toBe(true);
      }
    }
    // The samples reach results (not only errors).
    expect(tally.results).toBeGreaterThan(SAMPLES / 10);
  });
});

/** Bad bodies made from an example: each one breaks one rule JSON Schema can express. */
function badBodies(example: Readonly<Record<string, unknown>>, required: readonly string[]): Array<{ label: string; body: unknown }> {
  const rows: Array<{ label: string; body: unknown }> = [
    { label: "unknown field", body: { ...example, unknownField: 1 } },
    { label: "__proto__ key", body: JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(example).slice(1)}`) as unknown },
    { label: "constructor key", body: { ...example, constructor: { prototype: { polluted: true } } } },
    { label: "locale de", body: { ...example, locale: "de" } },
    { label: "explain as text", body: { ...example, explain: "no" } },
    { label: "an array instead of the object", body: [example] },
    { label: "null", body: null },
  ];
  for (const field of required) {
    const { [field]: _removed, ...rest } = example;
    rows.push({ label: `${field} missing`, body: rest });
  }
  for (const [field, value] of Object.entries(example)) {
    const wrong = typeof value === "string" ? 42 : typeof value === "number" ? String(value) : typeof value === "boolean" ? "yes" : Array.isArray(value) ? { list: value } : "text";
    rows.push({ label: `${field} of the wrong type`, body: { ...example, [field]: wrong } });
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      for (const date of ["31/12/2025", "2025-2-3", "2025-13-01", "", "2025-01-01T00:00:00Z"]) rows.push({ label: `${field} = "${date}"`, body: { ...example, [field]: date } });
    }
  }
  return rows;
}

describe("bad inputs made from each example are rejected by the function and by the JSON Schema", () => {
  const rows = operations.flatMap((operation) => {
    const required = (inputJsonSchema(operation)["required"] as string[] | undefined) ?? [];
    return badBodies(operation.example, required).map(({ label, body }) => ({ name: `${operation.name}: ${label}`, operation, body }));
  });

  test("every operation has bad rows for its required fields", () => {
    expect(rows.length).toBeGreaterThan(operations.length * 10);
  });

  test.for(rows)("$name", ({ operation, body }) => {
    expect(zodVerdict(operation, body)).toBe("rejected");
    catchInputError(() => operation.call(body));
    expect(inputValidator(operation)(body)).toBe(false);
    expect(inputValidator(operation, false)(body)).toBe(false);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("rules that need a validator's date format, and rules the JSON Schema only describes", () => {
  test("an impossible day (2025-02-30) is rejected through `format: date`, which 2020-12 leaves to the validator", () => {
    const operation = operationNamed("smicAt");
    expect(catchInputError(() => operation.call({ date: "2025-02-30" })).issues[0]!.code).toBe("INVALID_DATE");
    expect(inputValidator(operation)({ date: "2025-02-30" })).toBe(false);
    expect(inputValidator(operation, false)({ date: "2025-02-30" })).toBe(true);
  });

  test.for([
    { name: "smicAt", body: { date: "2018-12-31" }, code: "OUT_OF_SCOPE", field: "date", described: "On or after 2019-01-01" },
    { name: "internshipGratification", body: { presenceHours: 400, conventionSignedOn: "2015-08-31" }, code: "OUT_OF_SCOPE", field: "conventionSignedOn", described: "On or after 2015-09-01" },
    {
      name: "apprenticeMinimumWage",
      body: { birthDate: "2000-01-01", contractStart: "2022-09-01", date: "2023-01-01", conventionalMinimumMonthly: 1900.005 },
      code: "NOT_MULTIPLE",
      field: "conventionalMinimumMonthly",
      described: "at most two decimals",
    },
  ])("$name: $code on $field is described ($described), not checked", ({ name, body, code, field, described }) => {
    const operation = operationNamed(name);
    expect(catchInputError(() => operation.call(body)).issues.map((issue) => issue.code)).toContain(code);
    expect(zodVerdict(operation, body)).toBe("rejected-by-described-rule");
    expect(inputValidator(operation)(body)).toBe(true);
    expect(JSON.stringify((inputJsonSchema(operation)["properties"] as Record<string, unknown>)[field])).toContain(described);
  });

  test("cross-field rules stay the function's: a contract that ends before it starts validates, and the function rejects it", () => {
    const operation = operationNamed("trainingHoursRequirement");
    const body = { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2025-08-01" };
    expect(inputValidator(operation)(body)).toBe(true);
    expect(catchInputError(() => operation.call(body)).issues[0]!.code).toBe("END_BEFORE_START");
  });
});

describe("the conversion of zod schemas", () => {
  test("a refinement whose code has no declared JSON Schema form stops the build", () => {
    const schema = z.string().check(z.refine(() => true, { params: { code: "SOME_NEW_RULE" } }));
    expect(() => zodJsonSchema(schema)).toThrow(/SOME_NEW_RULE/);
  });

  test("a refinement without a code (a cross-field check) converts without a form", () => {
    const schema = z.strictObject({ a: z.number() }).check(z.superRefine(() => undefined));
    expect(zodJsonSchema(schema)).toEqual({ type: "object", properties: { a: { type: "number" } }, required: ["a"], additionalProperties: false });
  });

  test.for(Object.keys(refinementForms).map((code) => ({ code })))("$code has a description", ({ code }) => {
    expect(refinementForms[code]!({ since: "2019-01-01", step: 0.01 }).description.length).toBeGreaterThan(10);
  });

  test("variants that differ in one field become one object whose field is anyOf its forms", () => {
    const windows = inputJsonSchema(operationNamed("contractWindows"));
    expect(windows["type"]).toBe("object");
    const policy = (windows["properties"] as Record<string, { anyOf: Array<Record<string, unknown>> }>)["policy"]!;
    expect(policy.anyOf.map((form) => form["type"])).toEqual(["string", "object"]);
    const hours = (inputJsonSchema(operationNamed("internshipGratification"))["properties"] as Record<string, { anyOf: Array<Record<string, unknown>> }>)["presenceHours"]!;
    expect(hours.anyOf.map((form) => form["type"])).toEqual(["number", "array"]);
  });

  test("variants that differ in more than one field stay anyOf the variants", () => {
    const a = z.strictObject({ x: z.string(), y: z.string() });
    const b = z.strictObject({ x: z.number(), y: z.number() });
    const operation = defineOperation({ name: "twoWays", summary: { fr: "deux", en: "two" }, input: { variants: [a, b] }, result: "Health", run: (input: unknown) => input, example: {} });
    const schema = inputJsonSchema(operation);
    expect((schema["anyOf"] as unknown[]).length).toBe(2);
    expect(validator().compile(schema)({ x: "1", y: 2 })).toBe(false);
  });

  test("a field described by hand must exist", () => {
    const operation = defineOperation({
      name: "described",
      summary: { fr: "décrit", en: "described" },
      input: z.strictObject({ a: z.unknown() }),
      fields: { b: z.string() },
      result: "Health",
      run: (input: unknown) => input,
      example: {},
    });
    expect(() => inputJsonSchema(operation)).toThrow(/no field b/);
  });

  test("recommendArrangement's preset, checked by hand, is described as a preset name or a preset", () => {
    const validate = inputValidator(operationNamed("recommendArrangement"));
    expect(validate({ programme: "M1", preset: "miageAixMarseille" })).toBe(true);
    expect(validate({ programme: "M1", preset: operationNamed("defineArrangements").example["data"] })).toBe(true);
    expect(validate({ programme: "M1", preset: "otherSchool" })).toBe(false);
    expect(validate({ programme: "M1", preset: { id: "x" } })).toBe(false);
  });
});

describe("the files of dist/schemas/", () => {
  const files = schemaFiles();

  test("an input and an output schema per function, the index and the OpenAPI document", () => {
    expect(Object.keys(files).sort()).toEqual(
      [...operations.flatMap((operation) => [`${operation.name}.input.json`, `${operation.name}.output.json`]), "index.json", "openapi.json"].sort(),
    );
  });

  test("the index lists every function with its route and files", () => {
    const index = files["index.json"] as { dialect: string; functions: Array<{ name: string; route: string; input: string; output: string }> };
    expect(index.dialect).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(index.functions.map((entry) => entry.route)).toEqual(operations.map((operation) => `/v1/${operation.route}`));
    for (const entry of index.functions) expect(files[entry.input] && files[entry.output]).toBeTruthy();
  });

  test("every schema declares the 2020-12 dialect and compiles on its own", { timeout: 60_000 }, () => {
    const ajv = validator();
    for (const [name, content] of Object.entries(files)) {
      if (name === "index.json" || name === "openapi.json") continue;
      expect((content as Record<string, unknown>)["$schema"], name).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(() => ajv.compile(content as object), name).not.toThrow();
    }
  });
});
