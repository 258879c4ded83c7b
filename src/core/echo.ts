/**
 * Echoing a rejected value in an error message, safely: a total, bounded formatter that never throws,
 * never serialises user data (`JSON.stringify` throws on a `BigInt` or a cycle and recurses without
 * limit) and never makes a long message out of a long input.
 */
import type { Locale } from "./explain.js";
import { formatNumber } from "./format.js";

/**
 * Longest echo of a text, in characters (code points): longer texts are cut and end with `…`.
 * 60 characters show a date, a month, a word or a short sentence whole, and keep a message on one line.
 */
export const MAX_ECHO_LENGTH = 60;

/** Control characters (C0, DEL, C1) and the line and paragraph separators, shown as `\n`, `\u001b`… */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * A user's text cut to `max` characters (code points, so that no emoji is split) with `…` after it,
 * control characters shown as escapes (a message never carries a line break or a terminal escape
 * sequence from the input).
 *
 * @param text - any string, of any length
 * @param max - most characters kept (default {@link MAX_ECHO_LENGTH})
 * @returns at most `max` characters of `text` (plus `…` when cut), escapes excepted
 * @example
 * cutText("x".repeat(100), 5); //=> "xxxxx…"
 * cutText("a\nb"); //=> "a\\nb"
 */
export function cutText(text: string, max: number = MAX_ECHO_LENGTH): string {
  // Looks at no more than 2 × max UTF-16 units: a 1 MB text costs no more than a short one.
  const head = Array.from(text.length > 2 * max + 2 ? text.slice(0, 2 * max + 2) : text);
  const kept = head.length > max ? `${head.slice(0, max).join("")}…` : head.join("");
  return kept.replace(CONTROL, (character) => ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** How a value that is not written literally is named. */
const NAMES = {
  fr: { function: "une fonction", symbol: "un symbole", object: "un objet", unreadable: "une valeur illisible", invalidDate: "une date JavaScript invalide" },
  en: { function: "a function", symbol: "a symbol", object: "an object", unreadable: "an unreadable value", invalidDate: "an invalid JavaScript Date" },
} as const;

/** The value, for a message; throws only if the value's own machinery throws (caught by {@link echoValue}). */
function describe(value: unknown, locale: Locale): string {
  const names = NAMES[locale];
  const quoted = (text: string) => (locale === "fr" ? `« ${cutText(text)} »` : `"${cutText(text)}"`);
  switch (typeof value) {
    case "string":
      return quoted(value);
    case "number":
      // "as written": -0 keeps its sign (String(-0) is "0"), NaN and Infinity are named.
      return quoted(Object.is(value, -0) ? "-0" : String(value));
    case "bigint":
      return quoted(`${value}n`);
    case "boolean":
    case "undefined":
      return quoted(String(value));
    case "symbol":
      return names.symbol;
    case "function":
      return names.function;
    default:
      break;
  }
  if (value === null) return quoted("null");
  // Array.isArray sees through proxies (and throws on a revoked one: caught by echoValue).
  if (Array.isArray(value)) {
    const length = formatNumber((value as unknown[]).length, locale);
    return locale === "fr" ? `une liste de ${length} élément(s)` : `an array of ${length} item(s)`;
  }
  if (value instanceof Date) {
    // Date.prototype.getTime reads the internal slot: no getter or proxy trap of the caller runs.
    const time = Date.prototype.getTime.call(value);
    if (Number.isNaN(time)) return names.invalidDate;
    const iso = Date.prototype.toISOString.call(value);
    return locale === "fr" ? `une date JavaScript (${iso})` : `a JavaScript Date (${iso})`;
  }
  return names.object;
}

/**
 * A rejected value as an error message shows it: a text, number, bigint, boolean, `null` or
 * `undefined` written between quotes (« … » in French, "…" in English) and cut to
 * {@link MAX_ECHO_LENGTH} characters; `-0`, `NaN`, `Infinity` as written; a function, symbol, array
 * (with its length), `Date` (with its ISO text when valid) or other object named by its kind, never
 * serialised. Total: a proxy or getter that throws gives "une valeur illisible". At most about 80
 * characters, whatever the value.
 *
 * @param value - anything a caller passed
 * @param locale - language of the message
 * @returns the echo, ready to put in a message
 * @example
 * echoValue("2025-02-30", "fr"); //=> "« 2025-02-30 »"
 * echoValue(10n, "en"); //=> "\"10n\""
 * echoValue([1, 2], "fr"); //=> "une liste de 2 élément(s)"
 * echoValue(new Date(Date.UTC(2026, 0, 5)), "en"); //=> "a JavaScript Date (2026-01-05T00:00:00.000Z)"
 */
export function echoValue(value: unknown, locale: Locale): string {
  try {
    return describe(value, locale);
  } catch {
    return NAMES[locale].unreadable;
  }
}
