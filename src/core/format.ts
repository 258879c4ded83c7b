/**
 * Number formatting for messages (not for results, which are plain numbers).
 */
import type { Locale } from "./explain.js";

/**
 * Formats a number for a message: French decimal comma and narrow spaces, or English.
 *
 * @example
 * formatNumber(1823.03, "fr"); //=> "1 823,03"
 * formatNumber(1823.03, "en"); //=> "1,823.03"
 */
export function formatNumber(value: number, locale: Locale): string {
  const [whole = "0", fraction] = Math.abs(value).toString().split(".");
  const separator = locale === "fr" ? "\u202f" : ",";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = value < 0 ? "-" : "";
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${locale === "fr" ? "," : "."}${fraction}`;
}

/**
 * Formats an amount in euros with two decimals.
 *
 * @example
 * formatEuros(774.77, "fr"); //=> "774,77 €"
 * formatEuros(774.77, "en"); //=> "€774.77"
 */
export function formatEuros(value: number, locale: Locale): string {
  const text = formatNumber(Number(value.toFixed(2)), locale);
  const [whole, fraction = ""] = text.split(locale === "fr" ? "," : ".");
  const cents = fraction.padEnd(2, "0");
  return locale === "fr" ? `${whole},${cents} €` : `€${whole}.${cents}`;
}
