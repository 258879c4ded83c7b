/**
 * The part of an internship gratification exempt from social contributions (CSS art. L136-1-1 III 1° b,
 * D136-1): per calendar month, 15 % of the hourly social-security ceiling × the hours of the month,
 * valued when the convention is signed. Only the excess is subject.
 */
import { valueAt } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import { Dec } from "../core/money.js";
import { ceilingEntryAt, hourlyCeilingOf } from "../legal-values/social-security-ceiling.js";
import { internshipExemptRatePercent } from "../parameters/internship.js";

/**
 * Exempt amount per hour of presence for a convention signed on `signedOn` (already validated, from
 * 2015-09-01): 15 % × the hourly ceiling in force that day, exact.
 *
 * @param signedOn - the convention's signature date
 * @returns euros per hour, exact
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043565221 (CSS D136-1)
 * @example
 * exemptHourlyAmountOn("2026-01-02").toNumber(); //=> 4.5
 */
export function exemptHourlyAmountOn(signedOn: IsoDate): Dec {
  const percent = valueAt(internshipExemptRatePercent, signedOn).value;
  return new Dec(hourlyCeilingOf(ceilingEntryAt(signedOn))).times(percent).div(100);
}

/**
 * How a month's gratification splits between the exempt part and the part subject to contributions.
 *
 * @example
 * const split: ExemptSplit = { exempt: new Dec(693), subject: new Dec(77) }; // 770 € for 154 h at 4,50 € exempt per hour
 */
export interface ExemptSplit {
  /** Exempt part, rounded to the cent, never above the amount paid. */
  exempt: Dec;
  /** Amount paid minus the exempt part. */
  subject: Dec;
}

/**
 * Splits an amount paid for `hours` of presence into its exempt and subject parts: exempt = the lesser
 * of the amount and (exempt hourly amount × hours, rounded half-up to the cent).
 *
 * @param amount - the amount paid for the month, already rounded to the cent
 * @param hours - hours of presence in that month
 * @param exemptHourly - from {@link exemptHourlyAmountOn}
 * @returns `{ exempt, subject }`, both in cents
 * @example
 * const { exempt, subject } = splitExempt(new Dec(770), new Dec(154), new Dec(4.5));
 * [exempt.toNumber(), subject.toNumber()]; //=> [693, 77]
 */
export function splitExempt(amount: Dec, hours: Dec, exemptHourly: Dec): ExemptSplit {
  const limit = exemptHourly.times(hours).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  const exempt = Dec.min(amount, limit);
  return { exempt, subject: amount.minus(exempt) };
}
