/**
 * Calendar dates as `"YYYY-MM-DD"` strings, and the calendar arithmetic every module shares.
 *
 * All arithmetic is integer arithmetic on the proleptic Gregorian calendar (days counted from
 * 1970-01-01 with Howard Hinnant's `days_from_civil` algorithm), so no result can depend on the
 * machine's time zone and no `Date` object is ever built. Month arithmetic is clamped to the end of
 * the month (`2025-11-30` + 3 months = `2026-02-28`), which is also how French law counts periods
 * expressed in months or years (Code de procédure civile art. 641: « à défaut d'un quantième
 * identique, le délai expire le dernier jour du mois »).
 *
 * Why not date-fns at run time: through a UTC `Date` adapter it cost 3–6 µs per operation, 16 % of a
 * cohort batch and most of a pay schedule (docs/performance.md); these functions cost about 0.05 µs.
 * date-fns stays in the test suite as the independent reference they are checked against
 * (the property tests of the core).
 */

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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const DIGIT_POSITIONS = [0, 1, 2, 3, 5, 6, 8, 9] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function monthLength(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

const digitAt = (value: string, index: number): number => value.charCodeAt(index) - 48;
const yearOf = (date: IsoDate): number => digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
const monthOf = (date: IsoDate): number => digitAt(date, 5) * 10 + digitAt(date, 6);
const dayOf = (date: IsoDate): number => digitAt(date, 8) * 10 + digitAt(date, 9);
const pad2 = (value: number): string => (value < 10 ? `0${value}` : `${value}`);

/** Formats year, month, day (years of four digits; earlier or later years keep their digits). */
function format(year: number, month: number, day: number): IsoDate {
  return `${year < 1000 ? String(year).padStart(4, "0") : year}-${pad2(month)}-${pad2(day)}`;
}

/** Days since 1970-01-01 of a civil date (H. Hinnant, `days_from_civil`). */
function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of a day number (H. Hinnant, `civil_from_days`). */
function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return format(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

const dayNumberOf = (date: IsoDate): number => toDayNumber(yearOf(date), monthOf(date), dayOf(date));

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD` (years 1900 to 2199).
 *
 * @param value - anything
 * @returns `true` for `"2024-02-29"`, `false` for `"2025-02-29"`, `"2025-2-1"` or `20250201`
 * @example
 * isIsoDate("2025-02-30"); //=> false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string" || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  for (const index of DIGIT_POSITIONS) {
    const digit = digitAt(value, index);
    if (digit < 0 || digit > 9) return false;
  }
  const year = yearOf(value);
  const month = monthOf(value);
  const day = dayOf(value);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= monthLength(year, month);
}

/**
 * Adds (or subtracts) calendar days.
 *
 * @example
 * addDays("2024-02-28", 1); //=> "2024-02-29"
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const day = dayOf(date);
  if (days === 1 && day < 28) return format(yearOf(date), monthOf(date), day + 1);
  if (days === -1 && day > 1) return format(yearOf(date), monthOf(date), day - 1);
  return fromDayNumber(dayNumberOf(date) + days);
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
  const index = yearOf(date) * 12 + monthOf(date) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(dayOf(date), monthLength(year, month)));
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
  return dayNumberOf(to) - dayNumberOf(from);
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
  const years = yearOf(date) - yearOf(birthDate);
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The day a person reaches `age`: the birthday, or 1 March for a 29 February birth in a common year.
 *
 * @example
 * birthdayOfAge("2008-02-29", 18); //=> "2026-03-01"
 */
export function birthdayOfAge(birthDate: IsoDate, age: number): IsoDate {
  const year = yearOf(birthDate) + age;
  const month = monthOf(birthDate);
  const day = dayOf(birthDate);
  return day <= monthLength(year, month) ? format(year, month, day) : format(year, month + 1, 1);
}

/**
 * The first day of the month after the month of `date` (a date on the 1st still moves to the next month).
 *
 * @example
 * firstDayOfNextMonth("2025-05-01"); //=> "2025-06-01"
 * firstDayOfNextMonth("2025-12-18"); //=> "2026-01-01"
 */
export function firstDayOfNextMonth(date: IsoDate): IsoDate {
  const month = monthOf(date);
  return month === 12 ? format(yearOf(date) + 1, 1, 1) : format(yearOf(date), month + 1, 1);
}

/**
 * Number of days in the month of `date`.
 *
 * @example
 * daysInMonth("2024-02-10"); //=> 29
 */
export function daysInMonth(date: IsoDate): number {
  return monthLength(yearOf(date), monthOf(date));
}

/**
 * Day of the month of `date`, read from its digits.
 *
 * @example
 * dayOfMonth("2025-09-15"); //=> 15
 */
export function dayOfMonth(date: IsoDate): number {
  return dayOf(date);
}

/**
 * Calendar months from January of year 0 to the month of `date`: the difference of two dates' indexes
 * is the number of month changes between them.
 *
 * @example
 * monthIndex("2026-02-01") - monthIndex("2025-09-30"); //=> 5
 */
export function monthIndex(date: IsoDate): number {
  return yearOf(date) * 12 + monthOf(date) - 1;
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @example
 * dayOfWeek("2026-01-01"); //=> 4 (a Thursday)
 */
export function dayOfWeek(date: IsoDate): number {
  return (((dayNumberOf(date) + 4) % 7) + 7) % 7;
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
  let months = (yearOf(endExclusive) - yearOf(start)) * 12 + (monthOf(endExclusive) - monthOf(start));
  while (months > 0 && addMonths(start, months) > endExclusive) months -= 1;
  const monthStart = addMonths(start, months);
  return {
    months,
    days: daysBetween(monthStart, endExclusive),
    daysInPartialMonth: daysBetween(monthStart, addMonths(start, months + 1)),
  };
}
