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
  if (Number.isInteger(value) && value >= 0 && value < 1000) return `${value}`;
  const [whole = "0", fraction] = Math.abs(value).toString().split(".");
  const sign = value < 0 ? "-" : "";
  const grouped = groupThousands(whole, locale === "fr" ? "\u202f" : ",");
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}${locale === "fr" ? "," : "."}${fraction}`;
}

/** Inserts a separator every three digits from the right (no regular expression: this is on hot paths). */
function groupThousands(digits: string, separator: string): string {
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let index = grouped.length; index < digits.length; index += 3) grouped += separator + digits.slice(index, index + 3);
  return grouped;
}

/**
 * Formats an amount in euros with two decimals.
 *
 * @example
 * formatEuros(774.77, "fr"); //=> "774,77 €"
 * formatEuros(774.77, "en"); //=> "€774.77"
 */
export function formatEuros(value: number, locale: Locale): string {
  const fixed = value.toFixed(2);
  const negative = fixed.charCodeAt(0) === 45 && Number(fixed) !== 0;
  const digits = fixed.charCodeAt(0) === 45 ? fixed.slice(1) : fixed;
  const grouped = groupThousands(digits.slice(0, -3), locale === "fr" ? "\u202f" : ",");
  const cents = digits.slice(-2);
  const sign = negative ? "-" : "";
  return locale === "fr" ? `${sign}${grouped},${cents} €` : `€${sign}${grouped}.${cents}`;
}
