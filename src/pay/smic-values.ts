/**
 * The SMIC entries with their monthly amounts computed once, at load, from the data: the pay
 * functions read the monthly SMIC of every evaluation, and computing it each time with `Dec` cost
 * about 1.6 µs (docs/performance.md). A constant table derived from constant data, not a cache.
 */
import type { Dated } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import { Dec } from "../core/money.js";
import { smicEntryAt, smicMonthly, smicSeries, type Territory } from "../legal-values/smic.js";

/** A SMIC entry, its monthly amount for 35 h and its hourly value as a decimal. */
export interface SmicValues {
  /** The dated entry (value, since, legal basis). */
  entry: Dated<number>;
  /** Monthly SMIC for 35 h a week, rounded to the cent (as `smicAt`). */
  monthly: number;
  /** Hourly SMIC as a decimal, for exact products. */
  hourly: Dec;
}

function tableOf(territory: Territory): ReadonlyMap<Dated<number>, SmicValues> {
  return new Map(smicSeries(territory).entries.map((entry) => [entry, { entry, monthly: smicMonthly(entry.value), hourly: new Dec(entry.value) }]));
}

const TABLES: Readonly<Record<Territory, ReadonlyMap<Dated<number>, SmicValues>>> = {
  metropole: tableOf("metropole"),
  mayotte: tableOf("mayotte"),
};

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
  return TABLES[territory].get(smicEntryAt(date, territory))!;
}
