/**
 * Builds the JSON Schemas of every operation of the catalogue (src/catalogue/) and the OpenAPI document
 * of the HTTP API, into dist/schemas/ (`npm run build:schemas`, part of `npm run build`):
 *   - `<function>.input.json`: from the zod/mini schema the function validates with (src/catalogue/json-schema.ts);
 *   - `<function>.output.json`: from the TypeScript type of its result, with ts-json-schema-generator
 *     (the result interfaces, with their JSDoc, are the one declaration of what a function returns);
 *   - `index.json`: the list; `openapi.json`: the OpenAPI 3.1 document `alternance serve` answers.
 * Every schema is JSON Schema 2020-12 and stands alone (its shared parts under `$defs`).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createGenerator, type Config } from "ts-json-schema-generator";
import { inputJsonSchema, ISO_DATE_PATTERN, JSON_SCHEMA_DIALECT, type JsonSchema } from "../src/catalogue/json-schema.js";
import { openApiDocument, HTTP_TYPES } from "../src/catalogue/openapi.js";
import { operations } from "../src/catalogue/operations.js";
import type { Operation } from "../src/catalogue/operation.js";
import { parameterSeries } from "../src/parameters/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));

/** A definition name usable in a JSON pointer and as an OpenAPI component: `PaySchedule<ApprenticeAgeBand>` → `PaySchedule_ApprenticeAgeBand`. */
const safeName = (name: string): string => decodeURIComponent(name).replace(/[^A-Za-z0-9_.-]+/g, "_").replace(/_+$/, "");

/** `{@link name}` (TSDoc) → `name`, in descriptions. */
const plainText = (text: string): string => text.replace(/\{@link\s+([^}\s]+)\s*\}/g, "$1").replace(/\s+\./g, ".");

/** Rewrites a generated draft-07 tree for 2020-12: `$defs`, safe names, plain descriptions, dates with their format. */
function normalise(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(normalise);
  if (node === null || typeof node !== "object") return node;
  const result: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") result[key] = `#/$defs/${safeName(value.replace("#/definitions/", ""))}`;
    else if (key === "description" && typeof value === "string") result[key] = plainText(value);
    else if (key === "definitions" || key === "$defs") {
      result["$defs"] = Object.fromEntries(Object.entries(value as object).map(([name, definition]) => [safeName(name), normalise(definition)]));
    } else result[key] = normalise(value);
  }
  return result;
}

/** Keywords added to named types the TypeScript declarations cannot carry. */
const TYPE_FORMS: Readonly<Record<string, JsonSchema>> = {
  IsoDate: { format: "date", pattern: ISO_DATE_PATTERN },
};

let generator: ReturnType<typeof createGenerator> | undefined;

/**
 * The JSON Schema (2020-12) of a TypeScript type declared in src/ (outside the command line and the
 * spreadsheet wrapper): the root is the type itself, the types it uses are under `$defs`.
 *
 * @param type - the type's name, e.g. `"ApprenticeMinimumWageResult"`
 * @returns the schema, with `$schema`
 * @example
 * typeJsonSchema("SmicAtResult").required; //=> ["hourly", "monthly", "since", "legalBasis", "warnings"]
 */
export function typeJsonSchema(type: string): JsonSchema {
  const config: Config = {
    path: `${root}src/!(cli|sheets)/**/*.ts`,
    tsconfig: `${root}tsconfig.json`,
    skipTypeCheck: true,
    expose: "export",
    topRef: true,
    jsDoc: "extended",
    additionalProperties: false,
    sortProps: false,
  };
  generator ??= createGenerator(config);
  const generated = normalise(generator.createSchema(type)) as JsonSchema;
  const defs = { ...(generated["$defs"] as Record<string, JsonSchema>) };
  for (const [name, keywords] of Object.entries(TYPE_FORMS)) if (defs[name]) defs[name] = { ...defs[name], ...keywords };
  // The root type inline, the others under $defs (the root may be an alias of another definition).
  let rootName = safeName(type);
  let rootSchema = defs[rootName]!;
  while (Object.keys(rootSchema).every((key) => key === "$ref" || key === "description") && typeof rootSchema["$ref"] === "string") {
    const target = (rootSchema["$ref"] as string).replace("#/$defs/", "");
    rootSchema = { ...defs[target]!, ...(rootSchema["description"] ? { description: rootSchema["description"] } : {}) };
    delete defs[rootName];
    rootName = target;
  }
  delete defs[rootName];
  const { $schema: _dialect, ...rest } = rootSchema;
  const referenced = JSON.stringify(rest) + JSON.stringify(defs);
  const used = Object.fromEntries(Object.entries(defs).filter(([name]) => referenced.includes(`"#/$defs/${name}"`)));
  return { $schema: JSON_SCHEMA_DIALECT, title: type, ...rest, ...(Object.keys(used).length > 0 ? { $defs: used } : {}) };
}

/**
 * The output JSON Schema of an operation: the schema of its result type.
 *
 * @param operation - an entry of the catalogue
 * @returns the schema
 * @example
 * outputJsonSchema(operations[0]!).title; //=> "SmicAtResult"
 */
export function outputJsonSchema(operation: Operation): JsonSchema {
  return typeJsonSchema(operation.result);
}

/** Version of the package (package.json). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string }).version;
}

/**
 * Every file of dist/schemas/, by file name: the input and output schema of each operation, the
 * index and the OpenAPI document.
 *
 * @returns the files' JSON content
 * @example
 * Object.keys(schemaFiles()).includes("apprenticeMinimumWage.input.json"); //=> true
 */
export function schemaFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const inputs: Record<string, JsonSchema> = {};
  const outputs: Record<string, JsonSchema> = {};
  for (const operation of operations) {
    inputs[operation.name] = inputJsonSchema(operation);
    outputs[operation.result] = outputJsonSchema(operation);
    files[`${operation.name}.input.json`] = inputs[operation.name];
    files[`${operation.name}.output.json`] = outputs[operation.result];
  }
  for (const type of HTTP_TYPES) outputs[type] = typeJsonSchema(type);
  files["index.json"] = {
    $comment: "Generated by scripts/schemas.ts. JSON Schema 2020-12 of the input and the result of every function of alternance.",
    dialect: JSON_SCHEMA_DIALECT,
    functions: operations.map((operation) => ({
      name: operation.name,
      route: `/v1/${operation.route}`,
      summary: operation.summary,
      input: `${operation.name}.input.json`,
      output: `${operation.name}.output.json`,
      ...(operation.parameters ? { parameters: operation.parameters } : {}),
    })),
  };
  files["openapi.json"] = openApiDocument({
    version: packageVersion(),
    operations,
    inputs,
    outputs,
    parameterIds: parameterSeries.map((series) => series.id),
  });
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = `${root}dist/schemas`;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  const files = schemaFiles();
  for (const [name, content] of Object.entries(files)) writeFileSync(`${target}/${name}`, `${JSON.stringify(content, null, 2)}\n`);
  process.stdout.write(`wrote ${Object.keys(files).length} files to dist/schemas/\n`);
}
