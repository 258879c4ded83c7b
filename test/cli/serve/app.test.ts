/**
 * The HTTP API over real sockets on 127.0.0.1 (the application on a free port in the test process):
 * every route, every error status as problem details, the language, `explain`, CORS off and on,
 * prototype-pollution keys, nothing leaking between requests, 1 000 concurrent connections, the body
 * limit (10 MB sent with a length, chunked, or announced with `Expect: 100-continue`), an internal
 * error without its stack, one log line per request, and the graceful shutdown.
 */
import { Agent } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { operations } from "../../../src/catalogue/operations.js";
import { defineOperation } from "../../../src/catalogue/operation.js";
import { acceptedLocale } from "../../../src/cli/serve/problem.js";
import { MAX_NESTING } from "../../../src/cli/serve/app.js";
import { dataVerifiedUntil, parameterSeries } from "../../../src/index.js";
import { connections, failingOperation, OPENAPI_STUB, post, rawExchange, send, startTestServer, waitFor, type TestServer } from "./support.js";

const TEN_MB = 10 * 1024 * 1024;
const json = (answer: { headers: Record<string, unknown> }) => String(answer.headers["content-type"]);
const pay = operations.find((operation) => operation.name === "apprenticeMinimumWage")!;
const payPath = "/v1/apprentice-minimum-wage";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("every route answers", () => {
  test.for(operations.map((operation) => ({ route: operation.route, operation })))("POST /v1/$route with the catalogue's example", async ({ route, operation }) => {
    const answer = await post(server.url, `/v1/${route}`, operation.example);
    expect(answer.status).toBe(200);
    expect(json(answer)).toMatch(/^application\/json/);
    expect(answer.json).toEqual(JSON.parse(JSON.stringify(operation.call(operation.example))));
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
  });

  test("GET /v1/parameters lists every series", async () => {
    const answer = await send(server.url, "/v1/parameters");
    expect(answer.status).toBe(200);
    expect((answer.json["series"] as Array<{ id: string }>).map((series) => series.id)).toEqual(parameterSeries.map((series) => series.id));
  });

  test.for(parameterSeries.map((series) => ({ id: series.id, series })))("GET /v1/parameters/$id", async ({ id, series }) => {
    const answer = await send(server.url, `/v1/parameters/${id}`);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(JSON.parse(JSON.stringify(series)));
  });

  test("GET /openapi.json, GET /healthz, HEAD /healthz", async () => {
    const openApi = await send(server.url, "/openapi.json");
    expect([openApi.status, openApi.text, json(openApi)]).toEqual([200, OPENAPI_STUB, "application/json; charset=UTF-8"]);
    const health = await send(server.url, "/healthz");
    expect([health.status, health.json]).toEqual([200, { status: "ok", version: "test", dataVerifiedUntil }]);
    const head = await send(server.url, "/healthz", { method: "HEAD" });
    expect([head.status, head.text]).toEqual([200, ""]);
  });

  test("a static page is one entry (the office page will be served at /)", async () => {
    const withPage = await startTestServer({ pages: { "/": { type: "text/html; charset=utf-8", body: "<!doctype html><title>alternance</title>" } } });
    try {
      const page = await send(withPage.url, "/");
      expect([page.status, page.headers["content-type"], page.text]).toEqual([200, "text/html; charset=utf-8", "<!doctype html><title>alternance</title>"]);
      expect((await post(withPage.url, "/", {})).headers["allow"]).toBe("GET, HEAD");
    } finally {
      await withPage.close();
    }
    expect((await send(server.url, "/")).status).toBe(404);
  });
});

describe("errors are problem details, with a stable code and never a stack", () => {
  test("400 for bad input: the library's issues, every wrong field", async () => {
    const answer = await post(server.url, payPath, { birthDate: "2006-02-30", date: "2025-10-01", contractStrat: "2025-09-01" });
    expect(answer.status).toBe(400);
    expect(json(answer)).toBe("application/problem+json");
    expect(answer.json).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400, code: "INVALID_INPUT" });
    expect((answer.json["issues"] as Array<{ path: string[]; code: string }>).map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["birthDate", "INVALID_DATE"],
      ["contractStart", "REQUIRED"],
      ["contractStrat", "UNKNOWN_FIELD"],
    ]);
    expect(answer.json["detail"]).toMatch(/^Données invalides : birthDate : date invalide « 2006-02-30 »/);
  });

  test("400 OUT_OF_SCOPE for a date before the library's scope", async () => {
    const answer = await post(server.url, "/v1/smic-at", { date: "2018-12-31" });
    expect([answer.status, answer.json["code"]]).toEqual([400, "OUT_OF_SCOPE"]);
  });

  test.for([
    { name: "malformed JSON", body: '{"birthDate": "2006-04-10",' },
    { name: "an empty body", body: "" },
    { name: "not JSON at all", body: "birthDate=2006-04-10" },
    { name: "a lone surrogate escape is fine JSON but no date", body: '{"birthDate": "\\ud800"}', status: 400, code: "INVALID_INPUT" },
  ])("400 for $name", async ({ body, status, code }) => {
    const answer = await post(server.url, payPath, body);
    expect([answer.status, answer.json["code"], json(answer)]).toEqual([status ?? 400, code ?? "MALFORMED_JSON", "application/problem+json"]);
  });

  test.for([
    { name: "a JSON array", body: "[]" },
    { name: "null", body: "null" },
    { name: "a number", body: "12" },
  ])("400 INVALID_INPUT for $name instead of an object", async ({ body }) => {
    const answer = await post(server.url, payPath, body);
    expect([answer.status, answer.json["code"]]).toEqual([400, "INVALID_INPUT"]);
  });

  test(`400 NESTING_TOO_DEEP beyond ${MAX_NESTING} levels (a body nested 100 000 deep is refused before anything walks it)`, async () => {
    const deep = await post(server.url, payPath, `{"birthDate": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
    expect([deep.status, deep.json["code"]]).toEqual([400, "NESTING_TOO_DEEP"]);
    const within = `{"a":`.repeat(MAX_NESTING - 1) + "1" + "}".repeat(MAX_NESTING - 1);
    expect((await post(server.url, payPath, within)).json["code"]).toBe("INVALID_INPUT");
  });

  test.for([
    { name: "text/plain", type: "text/plain" },
    { name: "a form", type: "application/x-www-form-urlencoded" },
    { name: "JSON in Latin-1", type: "application/json; charset=iso-8859-1" },
    { name: "no content type", type: undefined },
  ])("415 for $name", async ({ type }) => {
    const headers: Record<string, string> = type === undefined ? {} : { "Content-Type": type };
    const answer = await send(server.url, payPath, { method: "POST", headers, body: JSON.stringify(pay.example) });
    expect([answer.status, answer.json["code"], answer.json["title"]]).toEqual([415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type"]);
  });

  test.for([{ type: "application/json; charset=utf-8" }, { type: 'application/json; charset="UTF-8"' }, { type: "application/problem+json" }])(
    "200 for $type",
    async ({ type }) => {
      expect((await post(server.url, payPath, pay.example, { "Content-Type": type })).status).toBe(200);
    },
  );

  test("404 for an unknown route, with every route", async () => {
    const answer = await post(server.url, "/v1/apprentice-minimum-wages", pay.example);
    expect([answer.status, answer.json["code"]]).toEqual([404, "NOT_FOUND"]);
    const routes = answer.json["routes"] as string[];
    expect(routes).toContain("POST /v1/apprentice-minimum-wage");
    expect(routes).toContain("GET /v1/parameters/{id}");
    expect(routes).toContain("GET /healthz");
    expect(routes.filter((route) => route.startsWith("POST /v1/"))).toHaveLength(operations.length);
    expect((await send(server.url, "/v1/apprentice-minimum-wage/")).status).toBe(404);
  });

  test("404 for an unknown parameter series, with the series", async () => {
    const answer = await send(server.url, "/v1/parameters/smic.hourly.guyane");
    expect([answer.status, answer.json["code"]]).toEqual([404, "NOT_FOUND"]);
    expect(answer.json["routes"]).toContain("GET /v1/parameters/smic.hourly.metropole");
  });

  test.for([
    { method: "GET", path: payPath, allow: "POST" },
    { method: "PUT", path: payPath, allow: "POST" },
    { method: "DELETE", path: "/healthz", allow: "GET, HEAD" },
    { method: "POST", path: "/v1/parameters/smic.hourly.metropole", allow: "GET, HEAD" },
    { method: "OPTIONS", path: payPath, allow: "POST" },
  ])("405 for $method $path, with Allow: $allow", async ({ method, path, allow }) => {
    const answer = await send(server.url, path, { method });
    expect([answer.status, answer.json["code"], answer.headers["allow"]]).toEqual([405, "METHOD_NOT_ALLOWED", allow]);
    expect(answer.json["routes"]).toContain("POST /v1/smic-at");
  });

  test("500 for an internal error: a generic message, the details only in the server's log, and the server still answers", async () => {
    const failing = failingOperation("secret detail at /home/app/src/file.ts:12");
    const broken = await startTestServer({ operations: [failing, pay] });
    try {
      const answer = await post(broken.url, "/v1/failing", {}, { "Accept-Language": "en" });
      expect(answer.status).toBe(500);
      expect(answer.json).toEqual({ type: "about:blank", title: "Internal Server Error", status: 500, detail: "internal server error", code: "INTERNAL_ERROR" });
      expect(answer.text).not.toMatch(/secret|\.ts|at /);
      expect(broken.errors).toHaveLength(1);
      expect((await post(broken.url, payPath, pay.example)).status).toBe(200);
    } finally {
      await broken.close();
    }
  });
});

describe("the body limit (1 MiB by default)", () => {
  const big = Buffer.alloc(TEN_MB, "a");

  test("413 for 10 MB sent with its length, and the server answers the next request", async () => {
    const answer = await send(server.url, payPath, { method: "POST", headers: { "Content-Type": "application/json", "Content-Length": big.length }, body: big });
    expect([answer.status, answer.json["code"], answer.json["title"]]).toEqual([413, "BODY_TOO_LARGE", "Content Too Large"]);
    expect((await post(server.url, payPath, pay.example)).status).toBe(200);
  });

  test("413 for 10 MB sent in chunks without a length, answered as soon as the limit is passed", async () => {
    const chunk = Buffer.alloc(256 * 1024, "a");
    const chunks = Array.from({ length: 40 }, () => Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]));
    const head = `POST ${payPath} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`;
    const reply = await rawExchange(server.address.port, head, chunks, (received) => received.includes("BODY_TOO_LARGE"));
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply).toContain('"code":"BODY_TOO_LARGE"');
  });

  test("413 at once for 10 MB announced with Expect: 100-continue: the body is never asked for", async () => {
    const head = `POST ${payPath} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${TEN_MB}\r\nExpect: 100-continue\r\n\r\n`;
    const reply = await rawExchange(server.address.port, head, [], (received) => received.includes("BODY_TOO_LARGE"));
    expect(reply).toMatch(/^HTTP\/1\.1 413 /);
    expect(reply).not.toMatch(/100 Continue/);
  });

  test("a chunked body announced with Expect: 100-continue (no length) is asked for, and counted as it comes", async () => {
    const body = JSON.stringify(pay.example);
    const head = `POST ${payPath} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`;
    const chunk = Buffer.from(`${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`);
    const reply = await rawExchange(server.address.port, head, [chunk], (received) => received.includes("774.77"), 50);
    expect(reply).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
  });

  test("a body within the limit announced with Expect: 100-continue is asked for and answered", async () => {
    const body = JSON.stringify(pay.example);
    const answer = await send(server.url, payPath, { method: "POST", headers: { "Content-Type": "application/json", Expect: "100-continue", "Content-Length": Buffer.byteLength(body) }, body });
    expect(answer.status).toBe(200);
  });

  test("a smaller limit is honoured", async () => {
    const small = await startTestServer({ bodyLimit: 100 });
    try {
      expect((await post(small.url, payPath, { ...pay.example, note: "x".repeat(200) })).status).toBe(413);
      expect((await post(small.url, payPath, pay.example)).status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe("language and explanations", () => {
  test("Accept-Language: en switches the messages to English", async () => {
    const answer = await post(server.url, payPath, { ...pay.example, birthDate: "2006-02-30" }, { "Accept-Language": "en-GB,en;q=0.9" });
    expect(answer.json["detail"]).toMatch(/^Invalid input: birthDate: invalid date "2006-02-30"/);
    const result = await post(server.url, payPath, pay.example, { "Accept-Language": "en" });
    expect((result.json["explanation"] as Array<{ message: string }>)[0]!.message).toBe("2025-10-01 falls in year 1 of the contract (2025-09-01 to 2026-08-31)");
  });

  test("the body's locale wins over the header", async () => {
    const answer = await post(server.url, payPath, { ...pay.example, birthDate: "2006-02-30", locale: "fr" }, { "Accept-Language": "en" });
    expect(answer.json["detail"]).toMatch(/^Données invalides/);
  });

  test("request errors follow Accept-Language too", async () => {
    const answer = await send(server.url, "/nowhere", { headers: { "Accept-Language": "en" } });
    expect(answer.json["detail"]).toBe('no route GET /nowhere; the routes are in "routes" and /openapi.json');
  });

  test.for([
    { header: undefined, locale: "fr" },
    { header: "en", locale: "en" },
    { header: "en-US,en;q=0.9,fr;q=0.8", locale: "en" },
    { header: "fr-FR,fr;q=0.9,en;q=0.8", locale: "fr" },
    { header: "de-DE,de;q=0.9,en;q=0.5", locale: "en" },
    { header: "de, fr;q=0.3, en;q=0.2", locale: "fr" },
    { header: "en;q=0", locale: "fr" },
    { header: "en;q=abc", locale: "fr" },
    { header: "*", locale: "fr" },
    { header: "EN", locale: "en" },
  ])("Accept-Language $header → $locale", ({ header, locale }) => {
    expect(acceptedLocale(header)).toBe(locale);
  });

  test("?explain=true|false reaches the function as the body's explain, unless the body sets it", async () => {
    const received: unknown[] = [];
    const spy = defineOperation({
      name: "spy",
      summary: { fr: "espion", en: "spy" },
      input: pay.input,
      result: "Health",
      run: (input: unknown) => {
        received.push(input);
        return {};
      },
      example: {},
    });
    const spied = await startTestServer({ operations: [spy] });
    try {
      await post(spied.url, "/v1/spy?explain=false", { a: 1 });
      await post(spied.url, "/v1/spy?explain=true", { a: 1 });
      await post(spied.url, "/v1/spy?explain=false", { a: 1, explain: true });
      await post(spied.url, "/v1/spy", { a: 1 }, { "Accept-Language": "en" });
      await post(spied.url, "/v1/spy", { a: 1, locale: "fr" }, { "Accept-Language": "en" });
      await post(spied.url, "/v1/spy", { a: 1 });
      await post(spied.url, "/v1/spy?explain=false", [1]);
      expect(received).toEqual([{ a: 1, explain: false }, { a: 1, explain: true }, { a: 1, explain: true }, { a: 1, locale: "en" }, { a: 1, locale: "fr" }, { a: 1 }, [1]]);
    } finally {
      await spied.close();
    }
  });

  test("?explain=maybe is a 400 naming the parameter", async () => {
    const answer = await post(server.url, `${payPath}?explain=maybe`, pay.example, { "Accept-Language": "en" });
    expect([answer.status, answer.json["code"], answer.json["detail"]]).toEqual([400, "INVALID_INPUT", 'explain (URL parameter): true or false is expected, got "maybe"']);
  });
});

describe("CORS", () => {
  const origin = "https://office.example.fr";

  test("off by default: no CORS header, a preflight is refused", async () => {
    const answer = await post(server.url, payPath, pay.example, { Origin: origin });
    expect(answer.headers["access-control-allow-origin"]).toBeUndefined();
    const preflight = await send(server.url, payPath, { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": "POST" } });
    expect(preflight.status).toBe(405);
  });

  test("--cors ORIGIN: that origin only, preflight answered", async () => {
    const withCors = await startTestServer({ corsOrigins: [origin] });
    try {
      const answer = await post(withCors.url, payPath, pay.example, { Origin: origin });
      expect([answer.headers["access-control-allow-origin"], answer.headers["vary"]]).toEqual([origin, "Origin"]);
      const other = await post(withCors.url, payPath, pay.example, { Origin: "https://elsewhere.example" });
      expect(other.headers["access-control-allow-origin"]).toBeUndefined();
      const preflight = await send(withCors.url, payPath, {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers["access-control-allow-methods"]).toBe("GET,HEAD,POST,OPTIONS");
      expect(preflight.headers["access-control-allow-headers"]).toBe("Content-Type,Accept-Language");
      expect(preflight.headers["access-control-max-age"]).toBe("600");
      const error = await post(withCors.url, "/v1/nowhere", {}, { Origin: origin });
      expect([error.status, error.headers["access-control-allow-origin"]]).toEqual([404, origin]);
    } finally {
      await withCors.close();
    }
  });

  test("--cors '*': any origin", async () => {
    const anyOrigin = await startTestServer({ corsOrigins: ["*"] });
    try {
      expect((await post(anyOrigin.url, payPath, pay.example, { Origin: origin })).headers["access-control-allow-origin"]).toBe("*");
    } finally {
      await anyOrigin.close();
    }
  });
});

describe("hostile bodies: refused or inert, and nothing leaks between requests", () => {
  test.for([
    { name: "__proto__ at the top", body: `{"__proto__": {"polluted": true}, ${JSON.stringify(pay.example).slice(1)}`, path: "__proto__" },
    { name: "constructor at the top", body: JSON.stringify({ ...pay.example, constructor: { prototype: { polluted: true } } }), path: "constructor" },
    { name: "prototype at the top", body: JSON.stringify({ ...pay.example, prototype: { polluted: true } }), path: "prototype" },
    {
      name: "__proto__ in a nested object",
      body: JSON.stringify({ ...pay.example, previousContract: { lastYearRatePercent: 53, diplomaObtained: true } }).replace('"diplomaObtained"', '"__proto__":{"polluted":true},"diplomaObtained"'),
      path: "previousContract.__proto__",
    },
  ])("$name is an unknown field, and Object.prototype stays clean", async ({ body, path }) => {
    const answer = await post(server.url, payPath, body);
    expect(answer.status).toBe(400);
    expect((answer.json["issues"] as Array<{ path: string[]; code: string }>).map((issue) => [issue.path.join("."), issue.code])).toContainEqual([path, "UNKNOWN_FIELD"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("__proto__ inside a school's preset is refused too", async () => {
    const preset = JSON.stringify(operations.find((operation) => operation.name === "defineArrangements")!.example["data"]);
    const body = `{"programme": "M1", "preset": {"__proto__": {"polluted": true}, ${preset.slice(1)}}`;
    const answer = await post(server.url, "/v1/recommend-arrangement", body);
    expect(answer.status).toBe(400);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  test("after hostile and failing requests, the same request gives the same answer", async () => {
    const before = await post(server.url, payPath, pay.example);
    await post(server.url, payPath, `{"__proto__": {"monthlyMinimum": 0, "locale": "en"}}`);
    await post(server.url, payPath, { ...pay.example, locale: "en", explain: false });
    await post(server.url, payPath, "{");
    const after = await post(server.url, payPath, pay.example);
    expect(after.text).toBe(before.text);
  });

  test("200 requests at once, in both languages and on different dates: each answer is its own request's", async () => {
    const requests = Array.from({ length: 200 }, (_, index) => ({
      ...pay.example,
      date: `2026-${String((index % 12) + 1).padStart(2, "0")}-15`,
      locale: index % 2 === 0 ? "fr" : "en",
    }));
    const answers = await Promise.all(requests.map((body) => post(server.url, payPath, body)));
    answers.forEach((answer, index) => expect(answer.json).toEqual(JSON.parse(JSON.stringify(pay.call(requests[index])))));
  });

  test("1 000 concurrent connections are all served", async () => {
    const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
    try {
      const body = JSON.stringify({ ...pay.example, explain: false });
      const answers = await Promise.all(
        Array.from({ length: 1000 }, () => send(server.url, payPath, { method: "POST", headers: { "Content-Type": "application/json" }, body, agent })),
      );
      expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1000);
      expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    } finally {
      agent.destroy();
    }
  }, 60_000);
});

describe("logging and shutdown", () => {
  test("one line per request: time, method, path, status, duration", async () => {
    const logged = await startTestServer();
    try {
      await post(logged.url, `${payPath}?explain=false`, pay.example);
      await send(logged.url, "/nowhere%0Ainjected");
      expect(logged.lines).toHaveLength(2);
      expect(logged.lines[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z POST \/v1\/apprentice-minimum-wage 200 \d+\.\dms$/);
      expect(logged.lines[1]).toMatch(/^\S+ GET \/nowhere%0Ainjected 404 \d+\.\dms$/);
    } finally {
      await logged.close();
    }
  });

  test("without a log function, nothing is logged and requests are answered", async () => {
    const quiet = await startTestServer({ log: undefined });
    try {
      expect((await send(quiet.url, "/healthz")).status).toBe(200);
    } finally {
      await quiet.close();
    }
  });

  test("closing lets a request under way finish (answered with Connection: close), refuses new connections, closes idle ones", async () => {
    const closing = await startTestServer();
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    await send(closing.url, "/healthz", { agent: keepAlive });
    expect(await connections(closing.server)).toBe(1);
    const body = JSON.stringify(pay.example);
    let closed: Promise<void> | undefined;
    const upload = send(closing.url, payPath, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
      chunks: [body.slice(0, 20), body.slice(20)],
      pauseMs: 500,
      afterFirstChunk: () => {
        // Close once the server holds the upload's connection, half of its body received.
        void waitFor(async () => (await connections(closing.server)) === 2).then(() => {
          closed = closing.close();
        });
      },
    });
    const answer = await upload;
    expect([answer.status, answer.headers["connection"], answer.json["monthlyMinimum"]]).toEqual([200, "close", 774.77]);
    expect(closing.draining()).toBe(true);
    await closed;
    expect(await connections(closing.server)).toBe(0);
    await expect(send(closing.url, "/healthz")).rejects.toThrow(/ECONNREFUSED/);
    keepAlive.destroy();
  });

  test("a connection still open after the grace delay is closed", async () => {
    const stuck = await startTestServer();
    const socket = connect(stuck.address.port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    socket.write(`POST ${payPath} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
    const ended = new Promise((resolve) => socket.once("close", resolve));
    await stuck.close(200);
    await ended;
    expect(socket.destroyed).toBe(true);
  });
});
