/**
 * Dated legal parameters (after OpenFisca's parameters): an ascending series of entries, each value
 * in force from its `since` date until the next entry.
 */
import type { IsoDate } from "./dates.js";

/**
 * One value of a legal parameter, in force from `since` until the next entry of its series.
 *
 * @example
 * const entry: Dated<number> = { since: "2026-01-01", value: 12.02, legalBasis: ["Décret n° 2025-1228 du 17 décembre 2025"] };
 */
export interface Dated<T> {
  /** First day the value applies. */
  readonly since: IsoDate;
  /** The value. */
  readonly value: T;
  /** Texts that set it. */
  readonly legalBasis: readonly string[];
  /** Caveat on the source, e.g. an UNCONFIRMED reading. */
  readonly note?: string;
}

/**
 * A named, documented series of dated values, in ascending `since` order.
 *
 * @example
 * const series: DatedSeries<number> = { id: "smic.hourly.metropole", label: { fr: "SMIC horaire", en: "Hourly SMIC" }, unit: "€/h", entries: [] };
 */
export interface DatedSeries<T> {
  /** Stable id, e.g. `"smic.hourly.metropole"`. */
  readonly id: string;
  /** What it is, in French and English. */
  readonly label: {
    /** Label in French. */
    readonly fr: string;
    /** Label in English. */
    readonly en: string;
  };
  /** Unit for display, e.g. `"€/h"`, `"%"`, `"h"`, `"months"`. */
  readonly unit: string;
  /** Entries in ascending `since` order. */
  readonly entries: readonly Dated<T>[];
}

/**
 * The entry in force on `date`, or `undefined` before the first entry.
 *
 * @example
 * entryAt(smicHourlyMetropole, "2025-06-15")?.value; //=> 11.88
 */
export function entryAt<T>(series: DatedSeries<T>, date: IsoDate): Dated<T> | undefined {
  let found: Dated<T> | undefined;
  for (const entry of series.entries) {
    if (entry.since > date) break;
    found = entry;
  }
  return found;
}

/**
 * The entry in force on `date`, for a series whose first entry is known to precede `date`
 * (callers validate the scope first). Throws a `RangeError` otherwise: that is a bug, not bad input.
 *
 * @example
 * valueAt(apprenticeshipGrid, "2026-01-01").value["18-20"][0]; //=> 43
 */
export function valueAt<T>(series: DatedSeries<T>, date: IsoDate): Dated<T> {
  const entry = entryAt(series, date);
  if (!entry) throw new RangeError(`${series.id}: no value before ${series.entries[0]?.since ?? "?"} (asked for ${date})`);
  return entry;
}

/**
 * Dates within `from`..`to` (exclusive of `from`, inclusive of `to`) on which a new entry starts.
 * Used to split schedules at every change (e.g. SMIC revaluations).
 *
 * @example
 * changesBetween(smicHourlyMetropole, "2025-09-01", "2026-08-31"); //=> ["2026-01-01", "2026-06-01"]
 */
export function changesBetween<T>(series: DatedSeries<T>, from: IsoDate, to: IsoDate): IsoDate[] {
  return series.entries.filter((entry) => entry.since > from && entry.since <= to).map((entry) => entry.since);
}

/**
 * A value derived from the entries of parameter series (a monthly amount, an hourly ceiling…),
 * computed once per entry, on first use: not on every call (exact decimals cost microseconds), and not
 * at load either (a command that needs one entry does not pay for all of them). At most one value per
 * entry of the series it is given: the callers pass entries of the library's series only.
 *
 * @param compute - derives the value of one entry
 * @returns the lookup: the value of an entry, computed the first time it is asked for
 * @example
 * const monthlyOf = perEntry((entry: Dated<number>) => entry.value * 151.67);
 * monthlyOf(smicHourlyMetropole.entries[0]); // computed now, then kept
 */
export function perEntry<T, R>(compute: (entry: Dated<T>) => R): (entry: Dated<T>) => R {
  const values = new Map<Dated<T>, R>();
  return (entry) => {
    let value = values.get(entry);
    if (value === undefined) {
      value = compute(entry);
      values.set(entry, value);
    }
    return value;
  };
}
