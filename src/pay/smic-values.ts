/**
 * The SMIC entries with their monthly amounts, computed once per entry from the data, on first use:
 * the pay functions read the monthly SMIC of every evaluation, and computing it each time with `Dec`
 * cost about 1.6 µs (docs/performance.md); computing every entry at load cost the command line's
 * start. The full-time minimum amounts of each whole rate are kept with them (see {@link smicAmounts}).
 */
import { perEntry, type Dated } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import { Dec } from "../core/money.js";
import { smicEntryAt, smicMonthlyOf, type Territory } from "../legal-values/smic.js";
import { amountsOnSmic, type MinimumAmounts } from "./amounts.js";

/** A SMIC entry, its monthly amount for 35 h and its hourly value as a decimal. */
export interface SmicValues {
  /** The dated entry (value, since, legal basis). */
  entry: Dated<number>;
  /** Monthly SMIC for 35 h a week, rounded to the cent (as `smicAt`). */
  monthly: number;
  /** Hourly SMIC as a decimal, for exact products. */
  hourly: Dec;
  /** Minimum amounts at full time by `"weekly hours/rate"`, written on first use by {@link smicAmounts}. */
  fullTime: Map<string, Readonly<MinimumAmounts>>;
}

const valuesOf = /* @__PURE__ */ perEntry(
  (entry: Dated<number>): SmicValues => ({ entry, monthly: smicMonthlyOf(entry), hourly: new Dec(entry.value), fullTime: new Map() }),
);

/**
 * The SMIC in force on `date` in `territory`, with its monthly amount. The date must be within the
 * territory's series (callers validate it first).
 *
 * @param date - a date from 2019-01-01 (Mayotte: 2021-01-01)
 * @param territory - `"metropole"` or `"mayotte"`
 * @returns the entry, its monthly amount and its hourly decimal
 * @example
 * smicValuesOn("2025-10-01", "metropole").monthly; //=> 1801.8
 */
export function smicValuesOn(date: IsoDate, territory: Territory): SmicValues {
  return valuesOf(smicEntryAt(date, territory));
}

/**
 * The monthly and hourly minimum of `ratePercent` % of this SMIC for `weeklyHours` a week
 * ({@link amountsOnSmic}, exact, rounded once). At full time (`weeklyHours` = the legal weekly hours)
 * and a whole rate — every rate of the grids and their increases — the amounts depend on the SMIC
 * value and the rate only: they are computed once, on first use, and kept with the SMIC value. The
 * table stays bounded whatever the inputs: a rate on the SMIC is at most 200 %
 * (`MAX_PREVIOUS_RATE_PERCENT`), so at most 201 whole rates per SMIC value and legal weekly hours.
 * Other rates (a previous contract's 53.5 %) and part-time hours are computed on each call. Rounding
 * the two amounts is most of an evaluation's cost (≈ 1.8 µs with decimal.js, docs/performance.md).
 *
 * @param smic - the SMIC values of the date
 * @param ratePercent - the rate, in percent of the SMIC
 * @param weeklyHours - hours a week of the contract
 * @param fullTimeHours - legal weekly hours at the contract start
 * @param hoursPerYear - `weeklyHours` × 52, exact
 * @returns `{ monthly, hourly }`, rounded half-up to the cent
 * @example
 * smicAmounts(smicValuesOn("2025-10-01", "metropole"), 43, 35, 35, yearlyHours(35)); //=> { monthly: 774.77, hourly: 5.11 }
 */
export function smicAmounts(smic: SmicValues, ratePercent: number, weeklyHours: number, fullTimeHours: number, hoursPerYear: Dec): Readonly<MinimumAmounts> {
  if (weeklyHours !== fullTimeHours || !Number.isInteger(ratePercent)) {
    return amountsOnSmic(ratePercent, smic.hourly, hoursPerYear);
  }
  const key = `${fullTimeHours}/${ratePercent}`;
  let amounts = smic.fullTime.get(key);
  if (amounts === undefined) {
    amounts = Object.freeze(amountsOnSmic(ratePercent, smic.hourly, hoursPerYear));
    smic.fullTime.set(key, amounts);
  }
  return amounts;
}
