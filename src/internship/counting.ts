/**
 * Presence counting of C. éduc. art. D124-6, shared by the gratification and the presence calendar:
 * 7 hours of presence make a day, 22 days make a month; above two months (308 h) the gratification is
 * mandatory (L124-6); at most six months (924 h) per host and academic year (L124-5).
 */
import type { Dec } from "../core/money.js";
import type { InternshipCounting } from "../parameters/internship.js";

/**
 * The D124-6 counts of an amount of presence.
 *
 * @example
 * const counts: PresenceCounts = { presenceDays: 44, presenceMonths: 2, mandatory: false, mandatoryByDays: false, aboveMaximum: false }; // 308 h
 */
export interface PresenceCounts {
  /** Whole days: every full period of 7 h counts as one day (D124-6); the remainder is not a day. */
  presenceDays: number;
  /** Whole months: every full period of 22 days counts as one month (D124-6). */
  presenceMonths: number;
  /** Mandatory under the hour reading retained: presence above 308 h, i.e. from the 309th hour. */
  mandatory: boolean;
  /** Mandatory under the day reading: more than 44 whole days of 7 h (i.e. from 315 h). */
  mandatoryByDays: boolean;
  /** Presence above the six-month maximum of 924 h. */
  aboveMaximum: boolean;
}

/**
 * Counts presence hours the D124-6 way and applies the thresholds.
 *
 * The hour reading decides `mandatory` (docs/internships.md, UNCONFIRMED: service-public counts « à partir
 * de la 309e heure »); `mandatoryByDays` is the day reading, where only whole days of 7 h count, so
 * 308 h 30 is still 44 days. The two differ only between 308 h and 315 h (exclusive).
 *
 * @param totalHours - exact presence hours
 * @param counting - the D124-6 parameters in force (`internshipCounting`)
 * @returns the whole days and months, and the thresholds reached
 * @example
 * presenceCounts(new Dec(308.5), { hoursPerDay: 7, daysPerMonth: 22, mandatoryAboveHours: 308, maximumHours: 924 });
 * //=> { presenceDays: 44, presenceMonths: 2, mandatory: true, mandatoryByDays: false, aboveMaximum: false }
 */
export function presenceCounts(totalHours: Dec, counting: InternshipCounting): PresenceCounts {
  const presenceDays = totalHours.div(counting.hoursPerDay).floor().toNumber();
  const thresholdDays = counting.mandatoryAboveHours / counting.hoursPerDay;
  return {
    presenceDays,
    presenceMonths: Math.floor(presenceDays / counting.daysPerMonth),
    mandatory: totalHours.gt(counting.mandatoryAboveHours),
    mandatoryByDays: presenceDays > thresholdDays,
    aboveMaximum: totalHours.gt(counting.maximumHours),
  };
}
