/**
 * Input schemas and bounds shared by the net-pay functions. Internal.
 */
import * as z from "zod/mini";
import { isIsoDate } from "../core/dates.js";
import { centsOf, Dec } from "../core/money.js";
import { finiteNumber } from "../core/schema.js";

/**
 * Sanity bound of a monthly gross pay, euros: not a legal value, a guard against typing errors that
 * keeps every amount exact in a JavaScript number. It lies above any minimum the pay schedules can
 * produce (conventional minimum ≤ 1 000 000 € × 150 % × 168 h / 35 h), so that every period of a
 * schedule has its net.
 */
export const MAX_GROSS_MONTHLY = 10_000_000;

/**
 * Sanity bound of a monthly health or prévoyance share, or of a benefit's valuation, euros.
 */
export const MAX_MONTHLY_SHARE = 1_000_000;

/**
 * Sanity bound of an annual taxable income, euros.
 */
export const MAX_ANNUAL_INCOME = 100_000_000;

/**
 * Whether a finite number has at most two decimals (as written: `12.34`, not `12.345`). Exact for
 * amounts below 2^53 / 100: a number with two decimals is the double nearest to n / 100, which
 * `Math.round(value × 100) / 100` gives back, and a number with more decimals is not (no decimal.js
 * conversion on this hot path).
 *
 * @param value - a finite number
 * @returns `true` for `1234.5`, `false` for `1234.567`
 * @example
 * hasCents(0.07); //=> true
 */
export function hasCents(value: number): boolean {
  return centsOf(value) / 100 === value;
}

/**
 * An amount in euros and cents (at most two decimals), from 0 to `maximum`.
 *
 * @param maximum - the largest amount accepted
 * @returns the schema
 * @example
 * centsSchema(100).safeParse(12.345).success; //=> false
 */
export function centsSchema(maximum: number) {
  return finiteNumber().check(z.gte(0), z.lte(maximum), z.refine(hasCents, { params: { code: "NOT_MULTIPLE", step: 0.01 } }));
}

/**
 * A month `YYYY-MM` from the month of `since` on; earlier months are `OUT_OF_SCOPE`.
 *
 * @param since - first day covered, `YYYY-MM-01`
 * @returns the schema
 * @example
 * monthFrom("2019-01-01").safeParse("2018-12").success; //=> false
 */
export function monthFrom(since: string) {
  const first = since.slice(0, 7);
  return z
    .string()
    .check(
      z.refine((value: string) => value.length === 7 && isIsoDate(`${value}-01`), { params: { code: "INVALID_MONTH" }, abort: true }),
      z.refine((value: string) => value >= first, { params: { code: "OUT_OF_SCOPE", since } }),
    );
}

/**
 * Rounds half-up to the cent, keeping a decimal.
 *
 * @param value - exact amount
 * @returns the amount in cents
 * @example
 * cents(new Dec("3.8647")).toString(); //=> "3.86"
 */
export function cents(value: Dec): Dec {
  return value.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}
