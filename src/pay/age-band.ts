/**
 * Age bands of the minimum-pay grids: the band of the age reached at the contract start, raised by
 * each threshold birthday from the first day of the following month (D6222-31, D6325-16).
 */
import { ageOn, type IsoDate } from "../core/dates.js";
import { birthdayOfAge, firstDayOfNextMonth } from "../core/dates.js";

/** A band reached during the contract. */
export interface BandChange<Band extends string> {
  /** The new band. */
  band: Band;
  /** First day it applies: the first day of the month after `birthday`. */
  from: IsoDate;
  /** The birthday that raises the band (1 March for a 29 February birth in a common year). */
  birthday: IsoDate;
}

/** The bands of one contract: the band at the start and the later changes, ascending. */
export interface BandTimeline<Band extends string> {
  /** Age at the contract start, in whole years. */
  ageAtStart: number;
  /** Band at the contract start. */
  initial: Band;
  /** Later bands, each from the first day of the month after its threshold birthday. */
  changes: BandChange<Band>[];
}

/**
 * The bands of a contract. `bands` lists every band in ascending order, the first one having no
 * threshold; `thresholds` gives the age that opens each other band.
 *
 * @param birthDate - the employee's birth date
 * @param contractStart - the contract start
 * @param bands - bands in ascending order
 * @param thresholds - age opening each band but the first
 * @returns the timeline
 * @example
 * bandTimeline("2006-04-10", "2025-09-01", ["under-18", "18-20", "21-25", "26-plus"], { "18-20": 18, "21-25": 21, "26-plus": 26 });
 * //=> { ageAtStart: 19, initial: "18-20", changes: [{ band: "21-25", from: "2027-05-01", birthday: "2027-04-10" }, { band: "26-plus", from: "2032-05-01", birthday: "2032-04-10" }] }
 */
export function bandTimeline<Band extends string>(
  birthDate: IsoDate,
  contractStart: IsoDate,
  bands: readonly Band[],
  thresholds: Readonly<Partial<Record<Band, number>>>,
): BandTimeline<Band> {
  const ageAtStart = ageOn(birthDate, contractStart);
  let initial = bands[0]!;
  const changes: BandChange<Band>[] = [];
  for (const band of bands) {
    const age = thresholds[band];
    if (age === undefined || age <= ageAtStart) {
      if (changes.length === 0) initial = band;
      continue;
    }
    const birthday = birthdayOfAge(birthDate, age);
    changes.push({ band, from: firstDayOfNextMonth(birthday), birthday });
  }
  return { ageAtStart, initial, changes };
}

/** The band on a date, the change that opened it (if during the contract) and the next change. */
export interface BandOnDate<Band extends string> {
  band: Band;
  /** The change that opened `band`, or `null` when it is the band at the start. */
  reached: BandChange<Band> | null;
  /** The next change after the date, or `null`. */
  next: BandChange<Band> | null;
}

/**
 * The band on `date`.
 *
 * @param timeline - from {@link bandTimeline}
 * @param date - a date on or after the contract start
 * @returns the band, how it was reached and the next change
 * @example
 * bandOn(timeline, "2027-05-01").band; //=> "21-25"
 */
export function bandOn<Band extends string>(timeline: BandTimeline<Band>, date: IsoDate): BandOnDate<Band> {
  let reached: BandChange<Band> | null = null;
  for (const change of timeline.changes) {
    if (change.from > date) return { band: reached?.band ?? timeline.initial, reached, next: change };
    reached = change;
  }
  return { band: reached?.band ?? timeline.initial, reached, next: null };
}
