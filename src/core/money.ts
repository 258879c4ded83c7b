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
