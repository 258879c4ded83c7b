/**
 * Exact decimal arithmetic for amounts, rates and hours.
 *
 * A private clone of decimal.js (never `Decimal.set` on the shared constructor, which would change
 * the arithmetic of any other library using decimal.js in the same program). Amounts are computed
 * exactly and rounded half-up to the cent once, at the output.
 */
import { Decimal } from "decimal.js";

/**
 * The library's own decimal constructor: 40 significant digits, half-up rounding.
 *
 * @example
 * new Dec(12.02).times(35).times(52).div(12).toFixed(2); //=> "1823.03"
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
/** A decimal value of {@link Dec}. */
export type Dec = Decimal;

/**
 * Rounds half-up to `places` decimals and returns a plain number (euros by default: 2 places).
 *
 * @example
 * roundHalfUp(new Dec("759.765")); //=> 759.77
 * roundHalfUp(new Dec("23.5"), 0); //=> 24
 */
export function roundHalfUp(value: Dec, places = 2): number {
  return value.toDecimalPlaces(places, Dec.ROUND_HALF_UP).toNumber();
}

/**
 * Monthly amount for a weekly working time: `hourly × weeklyHours × 52 / 12`, exact (not × 151,67).
 *
 * @example
 * monthlyFromHourly(new Dec(12.02), 35).toFixed(2); //=> "1823.03"
 */
export function monthlyFromHourly(hourly: Decimal.Value, weeklyHours: Decimal.Value): Dec {
  return new Dec(hourly).times(weeklyHours).times(52).div(12);
}

/**
 * An amount in euros with at most two decimals (validated before) as whole cents: the double nearest to
 * n / 100 times 100 rounds back to n exactly below 2^53 / 100.
 *
 * @param euros - euros and cents
 * @returns the amount in cents
 * @example
 * centsOf(774.77); //=> 77477
 */
export function centsOf(euros: number): number {
  return Math.round(euros * 100);
}

/**
 * Euclidean division of safe integers, exact: the floating quotient is only a first guess, which the
 * remainder, computed exactly in integers, corrects (so no double rounding can creep in).
 *
 * @param numerator - a non-negative safe integer
 * @param denominator - a positive safe integer
 * @returns `[quotient, remainder]` with `0 ≤ remainder < denominator`
 * @example
 * divide(3865, 1000); //=> [3, 865]
 */
export function divide(numerator: number, denominator: number): [quotient: number, remainder: number] {
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  if (remainder < 0) return [quotient - 1, remainder + denominator];
  if (remainder >= denominator) return [quotient + 1, remainder - denominator];
  return [quotient, remainder];
}

/**
 * `numerator / denominator` rounded half-up to an integer, exactly, for non-negative integers whose
 * values stay below 2^53 (amounts in cents times a rate's numerator, see `perMillion` in
 * src/net-pay/month-parameters.ts).
 *
 * @param numerator - a non-negative safe integer
 * @param denominator - a positive safe integer
 * @returns the nearest integer, halves rounded up
 * @example
 * roundedQuotient(3865, 1000); //=> 4 (3,865 → 4)
 * roundedQuotient(75_000, 10_000); //=> 8 (7,5 → 8)
 */
export function roundedQuotient(numerator: number, denominator: number): number {
  const [quotient, remainder] = divide(numerator, denominator);
  return 2 * remainder >= denominator ? quotient + 1 : quotient;
}
