/**
 * JSON Schema (2020-12) of an operation's input, converted from the zod/mini schema the function
 * validates with (zod 4's `toJSONSchema`). Types, required and unknown fields, enums, bounds and array
 * lengths convert by themselves. A refinement (a check written as code: a real day, a month, cents, a
 * date in scope) has no JSON Schema form of its own: each one our schemas declare, by the issue code it
 * reports, is given its form once in {@link refinementForms} — the keywords that reject what JSON Schema
 * can express (`pattern`, `format`) and a description of the rest.
 */
import * as z from "zod/mini";
import type { InputSchema, Operation } from "./operation.js";

/** A JSON Schema, as plain JSON data. */
export type JsonSchema = { [keyword: string]: unknown };

/** The JSON Schema dialect of every schema: 2020-12. */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

/**
 * `YYYY-MM-DD` with a year from 1900 to 2199, a month 01–12 and a day 01–31: rejects every malformed
 * date; `format: "date"` rejects the impossible days left (`2025-02-30`) in validators that check formats.
 */
export const ISO_DATE_PATTERN = "^(19[0-9]{2}|2[01][0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

/** `YYYY-MM` with a year from 1900 to 2199 and a month 01–12. */
export const ISO_MONTH_PATTERN = "^(19[0-9]{2}|2[01][0-9]{2})-(0[1-9]|1[0-2])$";

/** The JSON Schema form of one refinement: keywords that check it (when JSON Schema can) and what it means. */
export interface RefinementForm {
  /** Keywords added to the field's schema. */
  readonly keywords?: JsonSchema;
  /** What the refinement requires, in words (the field's description). */
  readonly description: string;
}

/**
 * The JSON Schema form of every refinement our zod schemas declare with `params: { code }`, by code.
 * A refinement without a code (a cross-field `superRefine`, e.g. a date policy's `minimum ≤ maximum`)
 * stays a rule of the function: the JSON Schema does not check it (docs/http.md).
 *
 * @example
 * refinementForms["INVALID_MONTH"]!({}).keywords; //=> { pattern: "^(19[0-9]{2}|2[01][0-9]{2})-(0[1-9]|1[0-2])$" }
 */
export const refinementForms: Readonly<Record<string, (params: Record<string, unknown>) => RefinementForm>> = {
  INVALID_DATE: () => ({
    keywords: { format: "date", pattern: ISO_DATE_PATTERN },
    description: "A real calendar day, YYYY-MM-DD, years 1900 to 2199 (2025-02-30 is rejected: INVALID_DATE).",
  }),
  OUT_OF_SCOPE: (params) => ({
    description: `On or after ${String(params["since"])} (an earlier date is OUT_OF_SCOPE).`,
  }),
  INVALID_MONTH: () => ({
    keywords: { pattern: ISO_MONTH_PATTERN },
    description: "A month, YYYY-MM, years 1900 to 2199 (INVALID_MONTH).",
  }),
  NOT_MULTIPLE: (params) => ({
    description: `A multiple of ${String(params["step"])}: euros and cents, at most two decimals (NOT_MULTIPLE).`,
  }),
};

interface CheckDef {
  check?: string;
  params?: Record<string, unknown>;
}

/** Adds the declared forms of a zod schema's coded refinements to its JSON Schema. */
function addRefinementForms(zodSchema: z.core.$ZodType, jsonSchema: JsonSchema): void {
  const checks = (zodSchema._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? [];
  const descriptions: string[] = [];
  for (const check of checks) {
    const { check: kind, params } = check._zod.def as CheckDef;
    const code = params?.["code"];
    if (kind !== "custom" || typeof code !== "string") continue;
    const form = refinementForms[code];
    if (form === undefined) throw new Error(`No JSON Schema form is declared for the refinement ${code} (src/catalogue/json-schema.ts)`);
    const { keywords, description } = form(params!);
    Object.assign(jsonSchema, keywords);
    descriptions.push(description);
  }
  if (descriptions.length > 0) jsonSchema["description"] = descriptions.join(" ");
}

/**
 * The JSON Schema of one zod/mini schema (2020-12, as the input is written), with the forms of its
 * refinements.
 *
 * @param schema - a zod/mini schema
 * @returns its JSON Schema, without `$schema`
 * @example
 * zodJsonSchema(isoDateSchema()); //=> { type: "string", format: "date", pattern: "^(19…", description: "A real calendar day, …" }
 */
export function zodJsonSchema(schema: z.ZodMiniType): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    override: ({ zodSchema, jsonSchema }) => addRefinementForms(zodSchema, jsonSchema as JsonSchema),
  }) as JsonSchema;
  const { $schema: _dialect, ...rest } = converted;
  return rest;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * One JSON Schema for the variants a function chooses between: when they are objects that differ in
 * one field only (a `policy` given by name or as an object; `presenceHours` as a total or month by
 * month), one object whose differing field is `anyOf` its forms; otherwise `anyOf` the variants.
 */
function mergeVariants(schemas: readonly JsonSchema[]): JsonSchema {
  const [first, ...others] = schemas as [JsonSchema, ...JsonSchema[]];
  if (others.length === 0) return first;
  const properties = first["properties"] as Record<string, JsonSchema>;
  const keys = Object.keys(properties);
  const differing = keys.filter((key) => others.some((other) => !same((other["properties"] as Record<string, JsonSchema>)[key], properties[key])));
  const sameShape = others.every(
    (other) => same(Object.keys(other["properties"] as object), keys) && same(other["required"], first["required"]) && other["type"] === "object",
  );
  if (first["type"] !== "object" || !sameShape || differing.length !== 1) return { anyOf: schemas };
  const key = differing[0]!;
  const forms = schemas.map((schema) => (schema["properties"] as Record<string, JsonSchema>)[key]!);
  return { ...first, properties: { ...properties, [key]: { anyOf: forms.filter((form, index) => forms.findIndex((other) => same(other, form)) === index) } } };
}

/** Every variant of an input schema. */
function variantsOf(input: InputSchema): readonly z.ZodMiniType[] {
  return "variants" in input ? input.variants : [input as z.ZodMiniType];
}

/**
 * The JSON Schema (2020-12) of an operation's input: the body of `POST /v1/<route>` and the file
 * `alternance/schemas/<name>.input.json`.
 *
 * @param operation - an entry of the catalogue
 * @returns the schema, with `$schema`, `title` and `description`
 * @example
 * inputJsonSchema(operations.find((operation) => operation.name === "smicAt")!).required; //=> ["date"]
 */
export function inputJsonSchema(operation: Operation): JsonSchema {
  const schema = mergeVariants(variantsOf(operation.input).map(zodJsonSchema));
  const properties = schema["properties"] as Record<string, JsonSchema> | undefined;
  for (const [field, fieldSchema] of Object.entries(operation.fields ?? {})) {
    if (properties?.[field] === undefined) throw new Error(`${operation.name}: no field ${field} to describe`);
    properties[field] = zodJsonSchema(fieldSchema);
  }
  return { $schema: JSON_SCHEMA_DIALECT, title: `${operation.name} input`, description: operation.summary.en, ...schema };
}
