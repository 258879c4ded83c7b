/**
 * docs/http.md stays true: it names every route and every option of `alternance serve`, and each curl
 * example is sent to the server (over a socket on 127.0.0.1), its answer holding the JSON printed under it.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { operations } from "../../src/catalogue/operations.js";
import { send, startTestServer, type TestServer } from "../cli/serve/support.js";

const doc = readFileSync(new URL("../../docs/http.md", import.meta.url), "utf8");

interface Example {
  command: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
  expected: unknown;
}

/** The curl commands of the ```sh blocks, each with the ```json block that follows it. */
function curlExamples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => ({ language: match[1]!, text: match[2]! }));
  const examples: Example[] = [];
  blocks.forEach((block, index) => {
    if (block.language !== "sh" || !block.text.includes("curl ")) return;
    const command = block.text.replace(/\\\n\s*/g, " ").trim();
    const tokens = [...command.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]!);
    const headers: Record<string, string> = {};
    let method: string | undefined;
    let body: string | undefined;
    let url = "";
    for (let position = 1; position < tokens.length; position += 1) {
      const token = tokens[position]!;
      if (token === "-H") {
        const [name, ...value] = tokens[(position += 1)]!.split(":");
        headers[name!.trim()] = value.join(":").trim();
      } else if (token === "-d") body = tokens[(position += 1)];
      else if (token === "-X") method = tokens[(position += 1)];
      else if (token.startsWith("http")) url = token;
      else if (token !== "-s") throw new Error(`docs/http.md: curl option ${token} is not understood by the test`);
    }
    const next = blocks[index + 1];
    if (next?.language !== "json") throw new Error(`docs/http.md: no JSON block after ${command}`);
    examples.push({ command, method: method ?? (body === undefined ? "GET" : "POST"), path: url.replace("http://127.0.0.1:8080", ""), headers, body, expected: JSON.parse(next.text) });
  });
  return examples;
}

const examples = curlExamples(doc);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ log: undefined });
});
afterAll(async () => {
  await server.close();
});

describe("docs/http.md", () => {
  test("names every route, in the French table and in the route list", () => {
    for (const operation of operations) expect(doc, operation.route).toContain(`| \`/v1/${operation.route}\` | \`${operation.name}`);
    for (const route of ["GET /v1/parameters", "GET /v1/parameters/<id>", "GET /openapi.json", "GET /healthz"]) expect(doc).toContain(route);
  });

  test("documents every option of alternance serve", () => {
    for (const option of ["--port", "--host", "--cors", "--workers", "--body-limit", "--quiet"]) expect(doc).toContain(`\`${option}`);
  });

  test("has curl examples for a pay evaluation, a positional function, an error and a parameter series", () => {
    expect(examples.map((example) => example.path.split("?")[0])).toEqual([
      "/v1/apprentice-minimum-wage",
      "/v1/smic-at",
      "/v1/add-working-days",
      "/v1/check-contract-dates",
      "/v1/apprentice-minimum-wage",
      "/v1/parameters/smic.hourly.metropole",
    ]);
  });

  test.for(examples.map((example) => ({ ...example, name: example.command.slice(0, 90) })))("$name", async ({ method, path, headers, body, expected }) => {
    const answer = await send(server.url, path, { method, headers, ...(body === undefined ? {} : { body }) });
    expect(answer.json).toMatchObject(expected as object);
  });
});
