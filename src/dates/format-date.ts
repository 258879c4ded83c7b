/**
 * Dates in messages: `01/06/2025` in French, `2025-06-01` in English.
 */
import type { IsoDate } from "../core/dates.js";
import type { Locale } from "../core/explain.js";

/**
 * Writes a date for a message: `JJ/MM/AAAA` in French, ISO `YYYY-MM-DD` in English.
 *
 * @param date - a valid ISO date
 * @param locale - `"fr"` or `"en"`
 * @returns the date as text
 * @example
 * formatDate("2025-06-01", "fr"); //=> "01/06/2025"
 * formatDate("2025-06-01", "en"); //=> "2025-06-01"
 */
export function formatDate(date: IsoDate, locale: Locale): string {
  return locale === "fr" ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;
}
