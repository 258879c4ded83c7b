/**
 * The OpenAPI 3.1 document of the HTTP API (`alternance serve`, `GET /openapi.json`), built from the
 * catalogue and the JSON Schemas: one `POST /v1/<route>` per operation with its input and output
 * schemas, a request example (the catalogue's) and a response example (the result of that request),
 * and the server's own routes.
 */
import type { JsonSchema } from "./json-schema.js";
import type { Operation } from "./operation.js";

/** Types of the answers of the server's own routes, whose schemas the document needs (src/catalogue/results.ts). */
export const HTTP_TYPES = ["Problem", "Health", "ParameterSeriesIndex", "ParameterSeries"] as const;

/** What {@link openApiDocument} is built from. */
export interface OpenApiSources {
  /** Version of the library. */
  version: string;
  /** The catalogue. */
  operations: readonly Operation[];
  /** Input JSON Schema of each operation, by operation name. */
  inputs: Readonly<Record<string, JsonSchema>>;
  /** Output JSON Schema of each result type and of {@link HTTP_TYPES}, by type name (shared parts under `$defs`). */
  outputs: Readonly<Record<string, JsonSchema>>;
  /** Ids of the parameter series (`GET /v1/parameters/{id}`). */
  parameterIds: readonly string[];
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Rewrites `#/$defs/X` references to `#/components/schemas/X`. */
function toComponents(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toComponents);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === "$ref" && typeof value === "string" ? value.replace("#/$defs/", "#/components/schemas/") : toComponents(value)]),
  );
}

/** Adds a schema and its `$defs` to the components; a name already there must hold the same schema. */
function addComponent(schemas: Record<string, unknown>, name: string, schema: JsonSchema): void {
  const { $schema: _dialect, $defs, title: _title, ...rest } = schema;
  const entries: Array<[string, unknown]> = [[name, rest], ...Object.entries(($defs as Record<string, unknown> | undefined) ?? {})];
  for (const [key, value] of entries) {
    const converted = toComponents(value);
    if (key in schemas && JSON.stringify(schemas[key]) !== JSON.stringify(converted)) throw new Error(`Two different schemas are named ${key}`);
    schemas[key] = converted;
  }
}

const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const json = (schema: unknown, description: string, example?: unknown) => ({
  description,
  content: { "application/json": { schema, ...(example === undefined ? {} : { example }) } },
});

/** The component name of an input schema: `apprenticeMinimumWage` → `ApprenticeMinimumWageInput`. */
const inputComponent = (name: string): string => `${name[0]!.toUpperCase()}${name.slice(1)}Input`;

/**
 * The OpenAPI 3.1 document of the HTTP API.
 *
 * @param sources - the catalogue, its schemas, the version and the parameter series ids
 * @returns the document, plain JSON data
 * @example
 * openApiDocument(sources).paths["/v1/smic-at"].post.operationId; //=> "smicAt"
 */
export function openApiDocument(sources: OpenApiSources): JsonSchema {
  const schemas: Record<string, unknown> = {};
  const paths: Record<string, unknown> = {};
  for (const type of Object.keys(sources.outputs)) addComponent(schemas, type, sources.outputs[type]!);
  for (const operation of sources.operations) {
    const input = inputComponent(operation.name);
    addComponent(schemas, input, sources.inputs[operation.name]!);
    paths[`/v1/${operation.route}`] = {
      post: {
        operationId: operation.name,
        summary: operation.summary.en,
        description: `${operation.summary.fr}.\n\n${operation.summary.en}. Calls \`${operation.name}\` of the library${
          operation.parameters ? ` (its arguments ${operation.parameters.map((name) => `\`${name}\``).join(", ")} as fields of one object${operation.parameters.includes("options") ? ", the fields of `options` among them" : ""})` : ""
        }.`,
        parameters: [{ $ref: "#/components/parameters/explain" }, { $ref: "#/components/parameters/acceptLanguage" }],
        requestBody: { required: true, content: { "application/json": { schema: ref(input), example: operation.example } } },
        responses: {
          "200": json(ref(operation.result), "The result.", operation.call(operation.example)),
          "400": { $ref: "#/components/responses/BadRequest" },
          "413": { $ref: "#/components/responses/ContentTooLarge" },
          "415": { $ref: "#/components/responses/UnsupportedMediaType" },
        },
      },
    };
  }
  paths["/v1/parameters"] = {
    get: {
      operationId: "listParameterSeries",
      summary: "Every dated legal parameter series",
      responses: { "200": json(ref("ParameterSeriesIndex"), "The series.") },
    },
  };
  paths["/v1/parameters/{id}"] = {
    get: {
      operationId: "getParameterSeries",
      summary: "One dated legal parameter series: every value, the day it applies from and the texts that set it",
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", enum: [...sources.parameterIds] } }],
      responses: { "200": json(ref("ParameterSeries"), "The series."), "404": problem("No series has this id.") },
    },
  };
  paths["/openapi.json"] = {
    get: { operationId: "openApi", summary: "This document", responses: { "200": json({ type: "object" }, "The OpenAPI 3.1 document.") } },
  };
  paths["/healthz"] = {
    get: { operationId: "health", summary: "Whether the server answers", responses: { "200": json(ref("Health"), "The server answers.") } },
  };
  return {
    openapi: "3.1.0",
    info: {
      title: "alternance",
      version: sources.version,
      summary: "French work-study rules (apprenticeship, professionalisation contracts, internships), exact and cited.",
      description:
        "Règles de l'alternance : chaque fonction de la bibliothèque `alternance` en `POST /v1/<fonction>`, corps et réponse en JSON. " +
        "Messages en français par défaut, en anglais avec `locale: \"en\"` ou `Accept-Language: en`. Erreurs : `application/problem+json` (RFC 9457).\n\n" +
        "Every function of the `alternance` library as `POST /v1/<function>`, JSON in and out. Messages in French by default, in English with " +
        "`locale: \"en\"` in the body or `Accept-Language: en`. Errors: `application/problem+json` (RFC 9457) with the library's `issues`.",
      license: { name: "MIT", identifier: "MIT" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths,
    components: {
      schemas,
      parameters: {
        explain: {
          name: "explain",
          in: "query",
          required: false,
          description: "`false`: the result's `explanation` is empty and no explanation text is built (the body's `explain` field wins).",
          schema: { type: "string", enum: ["true", "false"] },
        },
        acceptLanguage: {
          name: "Accept-Language",
          in: "header",
          required: false,
          description: "`en` for messages in English, French otherwise (the body's `locale` field wins).",
          schema: { type: "string" },
        },
      },
      responses: {
        BadRequest: problem("Bad input (`INVALID_INPUT`, `OUT_OF_SCOPE`, with every wrong field in `issues`) malformed JSON (`MALFORMED_JSON`) or a body nested too deep (`NESTING_TOO_DEEP`)."),
        ContentTooLarge: problem("The body is larger than the server's limit (`BODY_TOO_LARGE`)."),
        UnsupportedMediaType: problem("The body is not `application/json` (`UNSUPPORTED_MEDIA_TYPE`)."),
      },
    },
  };
}
