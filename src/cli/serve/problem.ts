/**
 * Error answers of the HTTP API: RFC 9457 problem details (`application/problem+json`) with a stable
 * `code`, the library's `issues` for bad input and the list of routes for an unknown route. The text is
 * in the request's language; nothing internal (no stack trace, no exception message) is ever sent.
 */
import type { Locale } from "../../core/explain.js";
import type { InputIssue } from "../../core/errors.js";
import type { Problem, ProblemCode } from "../../catalogue/results.js";

/** A status the API answers with. */
export type ProblemStatus = 400 | 404 | 405 | 413 | 415 | 500;

/** The phrase of each status the API answers with (RFC 9110). */
const TITLES: Readonly<Record<ProblemStatus, string>> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  500: "Internal Server Error",
};

/**
 * A problem answer's content.
 *
 * @param status - HTTP status
 * @param code - stable code
 * @param detail - what went wrong, in the request's language
 * @param extra - `issues` or `routes`
 * @returns the problem
 * @example
 * problem(404, "NOT_FOUND", "aucune route GET /x").title; //=> "Not Found"
 */
export function problem(status: ProblemStatus, code: ProblemCode, detail: string, extra: { issues?: InputIssue[]; routes?: string[] } = {}): Problem {
  return { type: "about:blank", title: TITLES[status], status, detail, code, ...extra };
}

/**
 * The HTTP response of a problem.
 *
 * @param content - the problem
 * @param headers - more headers (`Allow`, `Connection`)
 * @returns a `Response` with `Content-Type: application/problem+json`
 * @example
 * problemResponse(problem(415, "UNSUPPORTED_MEDIA_TYPE", "…")).status; //=> 415
 */
export function problemResponse(content: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(content), {
    status: content.status,
    headers: { "Content-Type": "application/problem+json", "X-Content-Type-Options": "nosniff", ...headers },
  });
}

/**
 * The language a request asks for in `Accept-Language`: English when `en` is preferred to `fr`
 * (by weight, then by order), French otherwise.
 *
 * @param header - the header's value, if any
 * @returns `"en"` or `"fr"`
 * @example
 * acceptedLocale("en-GB,en;q=0.9,fr;q=0.5"); //=> "en"
 * acceptedLocale("de, fr;q=0.3, en;q=0.2"); //=> "fr"
 */
export function acceptedLocale(header: string | undefined): Locale {
  let best: { locale: Locale; weight: number } = { locale: "fr", weight: 0 };
  for (const part of (header ?? "").split(",").slice(0, 50)) {
    const [range = "", ...parameters] = part.trim().toLowerCase().split(";");
    const language = range.split("-")[0];
    if (language !== "en" && language !== "fr") continue;
    const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (Number.isFinite(weight) && weight > best.weight) best = { locale: language, weight };
  }
  return best.locale;
}

/** The wording of the request errors, in French and English. */
export const requestErrors = {
  malformedJson: (reason: string) => ({
    fr: `le corps n'est pas du JSON valide (${reason})`,
    en: `the body is not valid JSON (${reason})`,
  }),
  tooDeep: (limit: number) => ({
    fr: `le corps imbrique tableaux et objets sur plus de ${limit} niveaux`,
    en: `the body nests arrays and objects more than ${limit} levels deep`,
  }),
  tooLarge: (limit: number) => ({
    fr: `le corps dépasse la limite de ${limit} octets`,
    en: `the body is larger than the limit of ${limit} bytes`,
  }),
  mediaType: (received: string) => ({
    fr: `le corps doit être du JSON en UTF-8 (Content-Type: application/json), reçu « ${received} »`,
    en: `the body must be JSON in UTF-8 (Content-Type: application/json), got "${received}"`,
  }),
  notFound: (method: string, path: string) => ({
    fr: `aucune route ${method} ${path} ; les routes sont dans « routes » et /openapi.json`,
    en: `no route ${method} ${path}; the routes are in "routes" and /openapi.json`,
  }),
  methodNotAllowed: (method: string, path: string, allowed: string) => ({
    fr: `${method} n'est pas accepté sur ${path} ; méthodes acceptées : ${allowed}`,
    en: `${method} is not accepted on ${path}; accepted methods: ${allowed}`,
  }),
  explainQuery: (value: string) => ({
    fr: `explain (paramètre de l'URL) : true ou false est attendu, reçu « ${value} »`,
    en: `explain (URL parameter): true or false is expected, got "${value}"`,
  }),
  internal: () => ({ fr: "erreur interne du serveur", en: "internal server error" }),
} as const;
