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

/** A text that is one ISO date and nothing else. */
const ONE_ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * One date as {@link displayDates} writes it, without searching a text for dates (the date cells of a
 * CSV batch, a million rows).
 *
 * @param date - an ISO date (any other text is written as {@link displayDates} writes it)
 * @param locale - language of the output
 * @returns `JJ/MM/AAAA` in French, the date as it is in English
 * @example
 * displayDate("2025-09-01", "fr"); //=> "01/09/2025"
 */
export function displayDate(date: string, locale: Locale): string {
  if (locale !== "fr") return date;
  return ONE_ISO_DATE.test(date) ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : displayDates(date, locale);
}
