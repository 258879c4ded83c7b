/**
 * Exact sums of monthly amounts paid over calendar days (the totals of the pay schedules): a partly
 * covered month counts the amount × the days covered / the days in that month, a fraction whose
 * denominator is 28, 29, 30 or 31. Every such fraction of a cent is a whole number of
 * 1 / 755 160 of a cent (755 160 = the least common multiple of 28, 29, 30 and 31), so a sum is
 * kept as whole cents plus a whole number of those units below one cent: integers only, exact, and
 * every product stays below 2^53 (at most 10⁹ cents × 31 days × 26 970 units).
 */
import { divide } from "./money.js";

/** 1 / 755 160 of a cent is the unit of {@link ProratedAmount.share}: lcm(28, 29, 30, 31). */
const UNITS_PER_CENT = 755_160;

/**
 * An exact amount: `cents` + `share` / 755 160 of a cent.
 *
 * @example
 * const amount: ProratedAmount = { cents: 16_800, share: 0 }; // 168,00 €
 */
export interface ProratedAmount {
  /** Whole cents. */
  readonly cents: number;
  /** The fraction of a cent, in 1 / 755 160 of a cent, from 0 to 755 159. */
  readonly share: number;
}

/**
 * `monthlyCents` × `days` / `length`, exactly.
 *
 * @param monthlyCents - a monthly amount in cents (a safe integer up to 10⁹)
 * @param days - days covered in the month
 * @param length - days in the month (28 to 31)
 * @returns the amount for those days
 * @example
 * prorated(72_195, 7, 30); //=> { cents: 16_845, share: 377_580 } (168,455 €)
 */
export function prorated(monthlyCents: number, days: number, length: number): ProratedAmount {
  if (days === length) return { cents: monthlyCents, share: 0 };
  const [cents, share] = divide(monthlyCents * days * (UNITS_PER_CENT / length), UNITS_PER_CENT);
  return { cents, share };
}

/**
 * The sum of two amounts, exactly.
 *
 * @example
 * addProrated({ cents: 1, share: 500_000 }, { cents: 2, share: 300_000 }); //=> { cents: 4, share: 44_840 }
 */
export function addProrated(a: ProratedAmount, b: ProratedAmount): ProratedAmount {
  const share = a.share + b.share;
  return share >= UNITS_PER_CENT ? { cents: a.cents + b.cents + 1, share: share - UNITS_PER_CENT } : { cents: a.cents + b.cents, share };
}

/**
 * The amount rounded half-up to the cent, in euros.
 *
 * @example
 * roundProrated({ cents: 89_040, share: 377_580 }); //=> 890.41 (890,405 € exactly: half up)
 */
export function roundProrated(amount: ProratedAmount): number {
  return (2 * amount.share >= UNITS_PER_CENT ? amount.cents + 1 : amount.cents) / 100;
}
