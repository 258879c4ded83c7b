/**
 * The HTTP API as a Hono application (Web-standard `Request` → `Response`, no socket): one
 * `POST /v1/<route>` per operation of the catalogue, the parameter series, the OpenAPI document, the
 * health check, static pages, and every error as problem details. `server.ts` puts it on a socket.
 */
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import type { Operation } from "../../catalogue/operation.js";
import type { Health, ParameterSeriesIndex } from "../../catalogue/results.js";
import { AlternanceInputError } from "../../core/errors.js";
import type { Locale } from "../../core/explain.js";
import { dataVerifiedUntil } from "../../parameters/verified.js";
import { parameterSeries } from "../../parameters/index.js";
import { acceptedLocale, problem, problemResponse, requestErrors } from "./problem.js";

/** Largest body accepted by default: 1 MiB (a whole cohort goes through `alternance batch`, not one request). */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * Deepest nesting of arrays and objects accepted in a body. The deepest input of the library (a school's
 * preset or date policy) nests 6 levels; a body nested thousands of levels deep is refused before any
 * code walks it.
 */
export const MAX_NESTING = 32;

/** A static page the server answers with `GET <path>` (e.g. the office page at `/`). */
export interface Page {
  /** `Content-Type` of the page. */
  readonly type: string;
  /** Its content. */
  readonly body: string;
}

/** What the application is built from. */
export interface AppOptions {
  /** The operations to serve (the catalogue). */
  readonly operations: readonly Operation[];
  /** Version of the library, for `/healthz`. */
  readonly version: string;
  /** The OpenAPI document, serialised (dist/schemas/openapi.json). */
  readonly openApi: string;
  /** Largest body accepted, bytes; default {@link DEFAULT_BODY_LIMIT}. */
  readonly bodyLimit?: number;
  /** Origins allowed to call the API from a browser (`"*"`: any); no CORS header when empty. */
  readonly corsOrigins?: readonly string[];
  /** Where to write one line per request; none when absent. */
  readonly log?: (line: string) => void;
  /** Where to write the details of an internal error (never sent to the client). */
  readonly logError?: (error: unknown) => void;
  /** Static pages by path. */
  readonly pages?: Readonly<Record<string, Page>>;
  /** `true` while the server shuts down: answers then ask the client to close the connection. */
  readonly draining?: () => boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a `Content-Type` is JSON in UTF-8: `application/json` or `application/<x>+json`, no other charset. */
function isJson(contentType: string | undefined): boolean {
  const [mediaType = "", ...parameters] = (contentType ?? "").toLowerCase().split(";").map((part) => part.trim());
  const json = mediaType === "application/json" || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
  const charset = parameters.find((parameter) => parameter.startsWith("charset="))?.slice("charset=".length).replace(/"/g, "");
  return json && (charset === undefined || charset === "utf-8" || charset === "utf8");
}

/** Whether a parsed JSON value nests arrays and objects deeper than `limit` (walked without recursion). */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (depth >= limit) return true;
    for (const inner of Object.values(current)) pending.push([inner, depth + 1]);
  }
  return false;
}

/** The path of a request as it was sent (percent-encoded, without the query), for the log. */
function rawPath(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const query = url.indexOf("?", start);
  return url.slice(start, query < 0 ? undefined : query).slice(0, 300);
}

const text = (locale: Locale, wording: { fr: string; en: string }): string => wording[locale];

/**
 * A 200 answer with its headers as a plain object: @hono/node-server then writes it without building
 * a Web `Response` (Hono's `c.json` goes through a `Headers` object).
 */
const answer = (content: string, type = "application/json; charset=UTF-8"): Response =>
  new Response(content, { status: 200, headers: { "Content-Type": type, "X-Content-Type-Options": "nosniff" } });

/**
 * Builds the HTTP API.
 *
 * @param options - the operations, the OpenAPI document, the limits, CORS, logging and pages
 * @returns the Hono application (`app.fetch(request)` answers a `Request`)
 * @example
 * const app = createApp({ operations, version: "1.1.0", openApi: "{}" });
 * const response = await app.request("/v1/smic-at", { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"date":"2026-03-15"}' });
 * (await response.json()).hourly; //=> 12.02
 */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const pages = options.pages ?? {};
  const { log, draining } = options;

  /** Methods of each path, for 405 and for the list of routes. */
  const methods = new Map<string, string[]>();
  const route = (method: string, path: string) => methods.set(path, [...(methods.get(path) ?? []), method]);

  if (log) {
    app.use(async (c, next) => {
      const start = performance.now();
      await next();
      log(`${new Date().toISOString()} ${c.req.method} ${rawPath(c.req.url)} ${c.res.status} ${(performance.now() - start).toFixed(1)}ms`);
    });
  }
  app.use(async (c, next) => {
    await next();
    // A header added to a finished answer makes Hono copy it through a Web stream: a cost paid only
    // while shutting down. Every answer is made with its headers (`answer`, `problemResponse`).
    if (draining?.()) c.header("Connection", "close");
  });
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    const origins = options.corsOrigins;
    app.use(
      cors({
        origin: origins.includes("*") ? "*" : [...origins],
        allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
        allowHeaders: ["Content-Type", "Accept-Language"],
        maxAge: 600,
      }),
    );
  }

  const tooLargeAnswer = (c: Context) =>
    problemResponse(problem(413, "BODY_TOO_LARGE", text(acceptedLocale(c.req.header("accept-language")), requestErrors.tooLarge(limit))));
  const streamedLimit = bodyLimit({ maxSize: limit, onError: tooLargeAnswer });
  /**
   * The body limit. A body with a Content-Length cannot be longer than it (Node's parser holds it to
   * it), so the header is enough, and the body is then read by @hono/node-server's fast path straight
   * from the socket; a chunked body goes through Hono's `bodyLimit`, which counts as it reads (it
   * turns the request into a Web stream, several times slower: it is only for bodies without a length).
   */
  const tooLarge: MiddlewareHandler = (c, next) => {
    const length = c.req.header("content-length");
    if (length === undefined || c.req.header("transfer-encoding") !== undefined) return streamedLimit(c, next);
    return Number(length) > limit ? Promise.resolve(tooLargeAnswer(c)) : next();
  };

  for (const operation of options.operations) {
    const path = `/v1/${operation.route}`;
    route("POST", path);
    app.post(path, tooLarge, async (c) => {
      const locale = acceptedLocale(c.req.header("accept-language"));
      const contentType = c.req.header("content-type");
      if (!isJson(contentType)) {
        return problemResponse(problem(415, "UNSUPPORTED_MEDIA_TYPE", text(locale, requestErrors.mediaType(contentType ?? ""))));
      }
      const explain = c.req.query("explain");
      if (explain !== undefined && explain !== "true" && explain !== "false") {
        const wording = text(locale, requestErrors.explainQuery(explain.slice(0, 50)));
        return problemResponse(problem(400, "INVALID_INPUT", wording, { issues: [{ path: ["explain"], code: "INVALID_VALUE", message: wording }] }));
      }
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch (error) {
        return problemResponse(problem(400, "MALFORMED_JSON", text(locale, requestErrors.malformedJson((error as Error).message.slice(0, 200)))));
      }
      if (nestedDeeperThan(body, MAX_NESTING)) return problemResponse(problem(400, "NESTING_TOO_DEEP", text(locale, requestErrors.tooDeep(MAX_NESTING))));
      // The body's own `locale` and `explain` win over the header and the URL parameter.
      if (isRecord(body)) {
        const added: Record<string, unknown> = {};
        if (locale === "en" && !Object.hasOwn(body, "locale")) added["locale"] = locale;
        if (explain !== undefined && !Object.hasOwn(body, "explain")) added["explain"] = explain === "true";
        if (Object.keys(added).length > 0) body = { ...body, ...added };
      }
      try {
        return answer(JSON.stringify(operation.call(body)));
      } catch (error) {
        if (!(error instanceof AlternanceInputError)) throw error;
        return problemResponse(problem(400, error.code, error.message, { issues: error.issues }));
      }
    });
  }

  const seriesIndex = JSON.stringify({ series: parameterSeries.map(({ id, label, unit }) => ({ id, label, unit })) } satisfies ParameterSeriesIndex);
  const seriesById = new Map(parameterSeries.map((series) => [series.id, JSON.stringify(series)]));
  const health = JSON.stringify({ status: "ok", version: options.version, dataVerifiedUntil } satisfies Health);
  route("GET", "/v1/parameters");
  app.get("/v1/parameters", () => answer(seriesIndex));
  route("GET", "/v1/parameters/{id}");
  app.get("/v1/parameters/:id", (c) => {
    const series = seriesById.get(c.req.param("id"));
    if (series !== undefined) return answer(series);
    const locale = acceptedLocale(c.req.header("accept-language"));
    return problemResponse(problem(404, "NOT_FOUND", text(locale, requestErrors.notFound("GET", rawPath(c.req.url))), { routes: [...seriesById.keys()].map((id) => `GET /v1/parameters/${id}`) }));
  });
  route("GET", "/openapi.json");
  app.get("/openapi.json", () => answer(options.openApi));
  route("GET", "/healthz");
  app.get("/healthz", () => answer(health));
  for (const [path, page] of Object.entries(pages)) {
    route("GET", path);
    app.get(path, () => answer(page.body, page.type));
  }

  const routes = [...methods].flatMap(([path, verbs]) => verbs.map((verb) => `${verb} ${path}`));
  /** Each path as a pattern (`{id}` matches one segment), with its methods. */
  const patterns = [...methods].map(([path, verbs]) => [new RegExp(`^${path.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`), verbs] as const);
  const allowedOn = (path: string): string[] => patterns.filter(([pattern]) => pattern.test(path)).flatMap(([, verbs]) => verbs);

  app.notFound((c) => {
    const locale = acceptedLocale(c.req.header("accept-language"));
    const path = rawPath(c.req.url);
    const allowed = allowedOn(c.req.path);
    if (allowed.length > 0) {
      const list = [...allowed, ...(allowed.includes("GET") ? ["HEAD"] : [])].join(", ");
      return problemResponse(problem(405, "METHOD_NOT_ALLOWED", text(locale, requestErrors.methodNotAllowed(c.req.method, path, list)), { routes }), { Allow: list });
    }
    return problemResponse(problem(404, "NOT_FOUND", text(locale, requestErrors.notFound(c.req.method, path)), { routes }));
  });
  app.onError((error, c) => {
    options.logError?.(error);
    return problemResponse(problem(500, "INTERNAL_ERROR", text(acceptedLocale(c.req.header("accept-language")), requestErrors.internal())));
  });
  return app;
}
