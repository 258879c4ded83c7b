/**
 * Calendar dates as `"YYYY-MM-DD"` strings, and the calendar arithmetic every module shares.
 *
 * All arithmetic runs on {@link UtcDate} through date-fns, so no result depends on the machine's
 * time zone. Month arithmetic is clamped to the end of the month (`2025-11-30` + 3 months =
 * `2026-02-28`), which is also how French law counts periods expressed in months or years
 * (Code de procédure civile art. 641: « à défaut d'un quantième identique, le délai expire le
 * dernier jour du mois »).
 */
import {
  addDays as addDaysFns,
  addMonths as addMonthsFns,
  differenceInCalendarDays,
  getDaysInMonth,
} from "date-fns";
import { UtcDate } from "./utc-date.js";

/**
 * An ISO 8601 calendar date, `"YYYY-MM-DD"`, with no time of day and no time zone.
 *
 * @example
 * const start: IsoDate = "2025-09-01";
 */
export type IsoDate = string;

/** Earliest year this library accepts in a date (birth dates included). */
export const MIN_YEAR = 1900;
/** Latest year this library accepts in a date. */
export const MAX_YEAR = 2199;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a well-formed ISO date into numbers, or `null` when it is not a real calendar date (any year). */
function splitIsoDate(value: string): [number, number, number] | null {
  const match = ISO_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  if (day > getDaysInMonth(new UtcDate(Date.UTC(year, month - 1, 1)))) return null;
  return [year, month, day];
}

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD` (years 1900 to 2199).
 *
 * @param value - anything
 * @returns `true` for `"2024-02-29"`, `false` for `"2025-02-29"`, `"2025-2-1"` or `20250201`
 * @example
 * isIsoDate("2025-02-30"); //=> false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const parts = splitIsoDate(value);
  return parts !== null && parts[0] >= MIN_YEAR && parts[0] <= MAX_YEAR;
}

/** Converts a valid ISO date to a UTC-midnight date for date-fns. Internal. */
export function toUtcDate(date: IsoDate): UtcDate {
  const parts = splitIsoDate(date);
  if (!parts) throw new RangeError(`not an ISO date: ${date}`);
  return new UtcDate(Date.UTC(parts[0], parts[1] - 1, parts[2]));
}

/** Formats a UTC-midnight date as `YYYY-MM-DD`. Internal. */
export function fromUtcDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/**
 * Adds (or subtracts) calendar days.
 *
 * @example
 * addDays("2024-02-28", 1); //=> "2024-02-29"
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcDate(addDaysFns(toUtcDate(date), days));
}

/**
 * Adds (or subtracts) calendar months, clamping to the last day of the month when the day does
 * not exist there (C. proc. civ. art. 641).
 *
 * @example
 * addMonths("2025-11-30", 3); //=> "2026-02-28"
 * addMonths("2025-08-31", -3); //=> "2025-05-31"
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return fromUtcDate(addMonthsFns(toUtcDate(date), months));
}

/**
 * The `years`-th anniversary of a date, counted in calendar years and clamped to the month end
 * (a 29 February start has its anniversaries on 28 February in common years, C. proc. civ. art. 641).
 * Used for contract anniversaries; ages use {@link ageOn}.
 *
 * @example
 * anniversary("2024-02-29", 1); //=> "2025-02-28"
 */
export function anniversary(date: IsoDate, years: number): IsoDate {
  return addMonths(date, 12 * years);
}

/**
 * Number of calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween("2025-01-01", "2025-03-01"); //=> 59
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
}

/**
 * Whole-year age on a date, as a person states it: `17` until the day before the 18th birthday.
 * Someone born on 29 February turns a year older on 1 March in common years.
 *
 * @example
 * ageOn("2007-02-28", "2025-02-27"); //=> 17
 * ageOn("2008-02-29", "2026-02-28"); //=> 17
 * ageOn("2008-02-29", "2026-03-01"); //=> 18
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The day a person reaches `age`: the birthday, or 1 March for a 29 February birth in a common year.
 *
 * @example
 * birthdayOfAge("2008-02-29", 18); //=> "2026-03-01"
 */
export function birthdayOfAge(birthDate: IsoDate, age: number): IsoDate {
  const sameDay = anniversary(birthDate, age);
  return sameDay.slice(5) === birthDate.slice(5) ? sameDay : addDays(sameDay, 1);
}

/**
 * The first day of the month after the month of `date` (a date on the 1st still moves to the next month).
 *
 * @example
 * firstDayOfNextMonth("2025-05-01"); //=> "2025-06-01"
 * firstDayOfNextMonth("2025-12-18"); //=> "2026-01-01"
 */
export function firstDayOfNextMonth(date: IsoDate): IsoDate {
  return addMonths(`${date.slice(0, 7)}-01`, 1);
}

/**
 * Number of days in the month of `date`.
 *
 * @example
 * daysInMonth("2024-02-10"); //=> 29
 */
export function daysInMonth(date: IsoDate): number {
  return getDaysInMonth(toUtcDate(date));
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @example
 * dayOfWeek("2026-01-01"); //=> 4 (a Thursday)
 */
export function dayOfWeek(date: IsoDate): number {
  return toUtcDate(date).getDay();
}

/** The duration between two dates as whole months plus a remainder of days. */
export interface MonthsAndDays {
  /** Whole months: `start` to the day before the same day n months later. */
  months: number;
  /** Days left after the whole months. */
  days: number;
  /** Length in days of the month in which the remainder falls (the divisor of `days`). */
  daysInPartialMonth: number;
}

/**
 * Duration of the period `start`..`endInclusive` as whole months and a remainder of days.
 * A period from the 1st to the day before the 1st n months later is exactly n months; months are
 * counted from `start` (not step by step), clamped to month ends. The remainder falls in the
 * (n+1)-th month of the period, whose length is `daysInPartialMonth`.
 *
 * @example
 * monthsAndDaysBetween("2025-09-01", "2026-08-31"); //=> { months: 12, days: 0, daysInPartialMonth: 30 }
 * monthsAndDaysBetween("2025-09-15", "2026-03-10"); //=> { months: 5, days: 24, daysInPartialMonth: 28 }
 */
export function monthsAndDaysBetween(start: IsoDate, endInclusive: IsoDate): MonthsAndDays {
  const endExclusive = addDays(endInclusive, 1);
  let months =
    (Number(endExclusive.slice(0, 4)) - Number(start.slice(0, 4))) * 12 +
    (Number(endExclusive.slice(5, 7)) - Number(start.slice(5, 7)));
  while (months > 0 && addMonths(start, months) > endExclusive) months -= 1;
  const monthStart = addMonths(start, months);
  return {
    months,
    days: daysBetween(monthStart, endExclusive),
    daysInPartialMonth: daysBetween(monthStart, addMonths(start, months + 1)),
  };
}
