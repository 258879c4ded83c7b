/**
 * Test support for the JSON Schemas: a real JSON Schema 2020-12 validator (Ajv, strict, with the
 * `date` format checked), the input and output schemas of every operation compiled once, and the JSON
 * body of a call written with positional arguments.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type * as z from "zod/mini";
import { inputJsonSchema } from "../../../src/catalogue/json-schema.js";
import type { Operation } from "../../../src/catalogue/operation.js";
import { operations } from "../../../src/catalogue/operations.js";
import { typeJsonSchema } from "../../../scripts/schemas.js";

// ajv-formats is CommonJS with a default export; under ESM its function is on `default`.
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

/**
 * A strict 2020-12 validator. With `formats: true`, `format: "date"` is checked (as Ajv does with
 * ajv-formats); without, formats are annotations only (the 2020-12 default).
 */
export function validator(formats = true): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: formats });
  addFormats(ajv, ["date"]);
  return ajv;
}

const ajv = validator();
const ajvWithoutFormats = validator(false);
const inputs = new Map<string, ValidateFunction>();
const inputsWithoutFormats = new Map<string, ValidateFunction>();
const outputs = new Map<string, ValidateFunction>();

/** The operation named `name` (fails when there is none). */
export function operationNamed(name: string): Operation {
  const operation = operations.find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`no operation ${name}`);
  return operation;
}

/** The compiled input schema of an operation. */
export function inputValidator(operation: Operation, formats = true): ValidateFunction {
  const cache = formats ? inputs : inputsWithoutFormats;
  let validate = cache.get(operation.name);
  if (!validate) {
    validate = (formats ? ajv : ajvWithoutFormats).compile(inputJsonSchema(operation));
    cache.set(operation.name, validate);
  }
  return validate;
}

/** The compiled output schema of a result type. */
export function outputValidator(type: string): ValidateFunction {
  let validate = outputs.get(type);
  if (!validate) {
    validate = ajv.compile(typeJsonSchema(type));
    outputs.set(type, validate);
  }
  return validate;
}

/**
 * The JSON body of a call written with the function's arguments: the object itself, or for positional
 * arguments an object with one field per argument, the fields of `options` spread among them.
 *
 * @example
 * bodyOf(operationNamed("smicAt"), ["2026-03-15", { territory: "mayotte" }]); //=> { date: "2026-03-15", territory: "mayotte" }
 */
export function bodyOf(operation: Operation, args: readonly unknown[]): unknown {
  if (!operation.parameters) return args[0];
  const body: Record<string, unknown> = {};
  operation.parameters.forEach((name, index) => {
    const value = args[index];
    if (name === "options" && typeof value === "object" && value !== null) Object.assign(body, value);
    else if (name !== "options" && value !== undefined) body[name] = value;
  });
  return body;
}

/** The zod/mini schemas an operation validates its body with. */
export function zodVariants(operation: Operation): readonly z.ZodMiniType[] {
  return "variants" in operation.input ? operation.input.variants : [operation.input as z.ZodMiniType];
}

/**
 * Codes of the refinements the JSON Schema checks (by `pattern` and `format`); the others (`OUT_OF_SCOPE`,
 * `NOT_MULTIPLE`, the cross-field checks of a date policy) it only describes (docs/http.md).
 */
const CHECKED_REFINEMENTS = new Set(["INVALID_DATE", "INVALID_MONTH"]);

/**
 * What the function's own zod schema says of a body: accepted by one of its variants, rejected with at
 * least one issue JSON Schema can express in every variant, or rejected only for rules the JSON Schema
 * describes without checking.
 */
export function zodVerdict(operation: Operation, body: unknown): "accepted" | "rejected" | "rejected-by-described-rule" {
  let expressible = true;
  for (const schema of zodVariants(operation)) {
    const result = schema.safeParse(body);
    if (result.success) return "accepted";
    const issues = result.error.issues as Array<{ code: string; params?: { code?: unknown } }>;
    const checked = issues.some((issue) => issue.code !== "custom" || CHECKED_REFINEMENTS.has(String(issue.params?.code)));
    expressible &&= checked;
  }
  return expressible ? "rejected" : "rejected-by-described-rule";
}
