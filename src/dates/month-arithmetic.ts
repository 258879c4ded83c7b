/**
 * Month arithmetic for windows and durations, clamped to the end of the month, returning `null` when the
 * result falls outside the library's years (1900 to 2199) instead of an invalid date.
 */
import { addDays, addMonths, isIsoDate, type IsoDate } from "../core/dates.js";

/**
 * `date` shifted by `months` calendar months (negative: earlier), clamped to the month end, or `null`
 * past the year 2199.
 *
 * @param date - a valid ISO date
 * @param months - whole months
 * @returns the shifted date, or `null`
 * @example
 * shiftMonths("2025-11-30", 3); //=> "2026-02-28"
 * shiftMonths("2025-08-31", -3); //=> "2025-05-31"
 * shiftMonths("2199-12-01", 1); //=> null
 */
export function shiftMonths(date: IsoDate, months: number): IsoDate | null {
  const shifted = addMonths(date, months);
  return isIsoDate(shifted) ? shifted : null;
}

/**
 * Last day of a contract of exactly `months` months starting on `start`: the day before
 * `addMonths(start, months)` (docs/dates.md, UNCONFIRMED reading: "N months" = from `start` to the day
 * before the same day N months later, clamped to the month end). `null` past the year 2199.
 *
 * @param start - first day of the contract
 * @param months - whole months, ≥ 0
 * @returns the last day, or `null`
 * @example
 * lastDayOfMonths("2025-09-01", 6); //=> "2026-02-28"
 * lastDayOfMonths("2025-08-31", 6); //=> "2026-02-27" (31 August + 6 months is clamped to 28 February)
 */
export function lastDayOfMonths(start: IsoDate, months: number): IsoDate | null {
  const last = addDays(addMonths(start, months), -1);
  return isIsoDate(last) ? last : null;
}
