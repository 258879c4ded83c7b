/**
 * Dates as the command line shows them: `JJ/MM/AAAA` in French (tables, explanations, messages, CSV
 * for Excel), `YYYY-MM-DD` in English. JSON and NDJSON keep the library's ISO dates.
 */
import type { Locale } from "../core/explain.js";

/** A whole ISO date inside a text (not a part of a longer number). */
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g;

/**
 * Every ISO date of a text written `JJ/MM/AAAA` in French; the text as it is in English.
 *
 * @param text - a value, a message, an explanation step
 * @param locale - language of the output
 * @returns the text with its dates as the locale writes them
 * @example
 * displayDates("Du 2025-09-01 au 2026-08-31", "fr"); //=> "Du 01/09/2025 au 31/08/2026"
 * displayDates("2025-09-01", "en"); //=> "2025-09-01"
 */
export function displayDates(text: string, locale: Locale): string {
  return locale === "fr" ? text.replace(ISO_DATE, "$3/$2/$1") : text;
}
