/**
 * The OpenAPI 3.1 document of the HTTP API: valid for a real OpenAPI validator
 * (@seriousme/openapi-schema-validator), one operation per function with its schemas, and every request
 * and response example valid against the schemas it documents.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeAll, describe, expect, test } from "vitest";
import { openApiDocument } from "../../src/catalogue/openapi.js";
import { operations } from "../../src/catalogue/operations.js";
import { parameterSeries } from "../../src/parameters/index.js";
import { schemaFiles } from "../../scripts/schemas.js";
import { validator } from "./support/schemas.js";

type Json = Record<string, unknown>;
const document = schemaFiles()["openapi.json"] as Json;
const paths = document["paths"] as Record<string, Record<string, Json>>;
const components = (document["components"] as Json)["schemas"] as Record<string, Json>;

/** Validates a value against `#/components/schemas/<name>` of the document. */
function validatesAgainst(name: string, value: unknown): [boolean, string] {
  const ajv = validator();
  ajv.addKeyword("components");
  const validate = ajv.compile({ $schema: "https://json-schema.org/draft/2020-12/schema", components: { schemas: components }, $ref: `#/components/schemas/${name}` });
  return [validate(value), JSON.stringify(validate.errors ?? null)];
}

const schemaName = (reference: unknown): string => String((reference as { $ref: string }).$ref).replace("#/components/schemas/", "");

describe("the OpenAPI document", () => {
  let verdict: { valid: boolean; errors?: unknown };
  beforeAll(async () => {
    verdict = await new Validator().validate(structuredClone(document));
  });

  test("the validator tells a broken document (a sanity check of the check)", async () => {
    const { info: _info, ...broken } = document;
    expect((await new Validator().validate(structuredClone(broken))).valid).toBe(false);
  });

  test("is valid OpenAPI 3.1", () => {
    expect(document["openapi"]).toBe("3.1.0");
    expect(verdict.errors ?? null).toBeNull();
    expect(verdict.valid).toBe(true);
  });

  test("has one POST per function, the parameter series, itself and the health check", () => {
    expect(Object.keys(paths)).toEqual([
      ...operations.map((operation) => `/v1/${operation.route}`),
      "/v1/parameters",
      "/v1/parameters/{id}",
      "/openapi.json",
      "/healthz",
    ]);
    for (const operation of operations) expect(paths[`/v1/${operation.route}`]!["post"]!["operationId"]).toBe(operation.name);
    const idParameter = (paths["/v1/parameters/{id}"]!["get"]!["parameters"] as Array<{ schema: { enum: string[] } }>)[0]!;
    expect(idParameter.schema.enum).toEqual(parameterSeries.map((series) => series.id));
  });

  test("component names are the ones OpenAPI allows", () => {
    for (const name of Object.keys(components)) expect(name).toMatch(/^[a-zA-Z0-9._-]+$/);
  });

  test.for(operations.map((operation) => ({ name: operation.name, route: operation.route })))("$name: the request and response examples validate against their schemas", ({ route }) => {
    const post = paths[`/v1/${route}`]!["post"]!;
    const request = ((post["requestBody"] as Json)["content"] as Record<string, Json>)["application/json"]!;
    const [requestValid, requestErrors] = validatesAgainst(schemaName(request["schema"]), request["example"]);
    expect(requestValid, requestErrors).toBe(true);
    const response = (((post["responses"] as Record<string, Json>)["200"]!)["content"] as Record<string, Json>)["application/json"]!;
    const [responseValid, responseErrors] = validatesAgainst(schemaName(response["schema"]), response["example"]);
    expect(responseValid, responseErrors).toBe(true);
    expect(Object.keys(post["responses"] as object)).toEqual(["200", "400", "413", "415"]);
  });

  test("two different schemas under one name stop the build (a shared definition is the same everywhere)", () => {
    const outputs = { A: { type: "object", $defs: { X: { type: "string" } } }, B: { type: "object", $defs: { X: { type: "number" } } } };
    expect(() => openApiDocument({ version: "0", operations: [], inputs: {}, outputs, parameterIds: [] })).toThrow("Two different schemas are named X");
  });
});
