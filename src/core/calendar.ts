/**
 * French public holidays (metropole) and working-day arithmetic: "jours ouvrables" (Monday to
 * Saturday) and "jours ouvrés" (Monday to Friday), both excluding public holidays.
 *
 * The 11 public holidays of C. trav. art. L3133-1 are counted as non-working. Alsace-Moselle's two
 * extra days (Good Friday, 26 December, C. trav. art. L3134-13) are not included.
 */
import * as z from "zod/mini";
import { addDays, dayOfWeek, isIsoDate, MAX_YEAR, MIN_YEAR, type IsoDate } from "./dates.js";
import type { Locale } from "./explain.js";
import { inputIssue } from "./issues.js";
import { inputObject, isoDateSchema, localeOf, parseArguments, throwIfIssues } from "./schema.js";

/**
 * "ouvrables": Monday to Saturday; "ouvres": Monday to Friday. Both exclude public holidays.
 *
 * @example
 * const kind: WorkingDayKind = "ouvrables";
 */
export type WorkingDayKind = "ouvrables" | "ouvres";

/** A public holiday of a given year. */
export interface PublicHoliday {
  /** The day, `YYYY-MM-DD`. */
  date: IsoDate;
  /** Its name, e.g. « Lundi de Pâques » / "Easter Monday". */
  name: {
    /** Name in French. */
    fr: string;
    /** Name in English. */
    en: string;
  };
}

/** Legal basis of the list of public holidays. */
export const PUBLIC_HOLIDAYS_LEGAL_BASIS = ["C. trav. art. L3133-1"] as const;

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 *
 * @example
 * easterSunday(2026); //=> "2026-04-05"
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Schemas of the arguments, built once. */
const yearSchema = z.number().check(z.int(), z.gte(MIN_YEAR), z.lte(MAX_YEAR));
const localeOptions = z.optional(inputObject({}));

/**
 * The 11 public holidays of metropolitan France in a year (C. trav. art. L3133-1), in date order.
 *
 * @param year - a whole year from 1900 to 2199
 * @param options - `{ locale?: "fr" | "en" }` for error messages
 * @returns the holidays with their French and English names
 * @throws AlternanceInputError when `year` is not a whole number from 1900 to 2199
 *
 * @example
 * frenchPublicHolidays(2026).map((h) => h.date);
 * //=> ["2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
 * //    "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"]
 */
export function frenchPublicHolidays(year: number, options?: { locale?: Locale }): PublicHoliday[] {
  const locale = localeOf(options);
  parseArguments(
    [
      [yearSchema, year, "year"],
      [localeOptions, options, "options"],
    ],
    locale,
  );
  return holidaysOf(year);
}

/** The holidays of a year already known to be valid. */
function holidaysOf(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (monthDay: string): IsoDate => `${year}-${monthDay}`;
  const list: PublicHoliday[] = [
    { date: fixed("01-01"), name: { fr: "Jour de l'an", en: "New Year's Day" } },
    { date: addDays(easter, 1), name: { fr: "Lundi de Pâques", en: "Easter Monday" } },
    { date: fixed("05-01"), name: { fr: "Fête du travail", en: "Labour Day" } },
    { date: fixed("05-08"), name: { fr: "Victoire 1945", en: "Victory in Europe Day" } },
    { date: addDays(easter, 39), name: { fr: "Ascension", en: "Ascension Day" } },
    { date: addDays(easter, 50), name: { fr: "Lundi de Pentecôte", en: "Whit Monday" } },
    { date: fixed("07-14"), name: { fr: "Fête nationale", en: "Bastille Day" } },
    { date: fixed("08-15"), name: { fr: "Assomption", en: "Assumption Day" } },
    { date: fixed("11-01"), name: { fr: "Toussaint", en: "All Saints' Day" } },
    { date: fixed("11-11"), name: { fr: "Armistice 1918", en: "Armistice Day" } },
    { date: fixed("12-25"), name: { fr: "Noël", en: "Christmas Day" } },
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : 1));
}

const holidayCache = new Map<number, ReadonlySet<IsoDate>>();

/**
 * Whether a date is a French public holiday (metropole).
 *
 * @example
 * isPublicHoliday("2026-05-14"); //=> true (Ascension)
 */
export function isPublicHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(holidaysOf(year).map((holiday) => holiday.date));
    holidayCache.set(year, set);
  }
  return set.has(date);
}

/**
 * Whether a date is a working day of the given kind: not a public holiday, not a Sunday, and for
 * "ouvres" not a Saturday either.
 *
 * @example
 * isWorkingDay("2026-01-03", "ouvrables"); //=> true (a Saturday)
 * isWorkingDay("2026-01-03", "ouvres"); //=> false
 */
export function isWorkingDay(date: IsoDate, kind: WorkingDayKind): boolean {
  const weekday = dayOfWeek(date);
  if (weekday === 0 || (kind === "ouvres" && weekday === 6)) return false;
  return !isPublicHoliday(date);
}

/** Largest |n| accepted by {@link addWorkingDays} (about 20 years of working days). */
const MAX_WORKING_DAYS = 6000;

const workingDayOptions = inputObject({ kind: z.enum(["ouvrables", "ouvres"]) });
const dateSchema = isoDateSchema();
const workingDayCountSchema = z.number().check(z.int(), z.gte(-MAX_WORKING_DAYS), z.lte(MAX_WORKING_DAYS));

/**
 * The `n`-th working day after `date` (`date` itself is not counted); with a negative `n`, the
 * |n|-th working day before it; with `n = 0`, `date` itself. Public holidays, Sundays, and for
 * "ouvres" Saturdays are skipped. This is how "within 5 jours ouvrables after the start" deadlines
 * are counted (e.g. C. trav. art. D6224-1).
 *
 * @param date - the starting date, `YYYY-MM-DD`
 * @param n - whole number of working days, −6000 to 6000
 * @param options - `{ kind: "ouvrables" | "ouvres", locale? }`
 * @returns the date reached
 * @throws AlternanceInputError for a malformed date, a non-integer `n` or an unknown kind
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033008036 (L3133-1, public holidays)
 * @example
 * addWorkingDays("2026-05-07", 2, { kind: "ouvrables" }); //=> "2026-05-11" (8 May is a holiday, 10 May a Sunday)
 * addWorkingDays("2026-05-07", 2, { kind: "ouvres" }); //=> "2026-05-12"
 */
export function addWorkingDays(date: IsoDate, n: number, options: { kind: WorkingDayKind; locale?: Locale }): IsoDate {
  const locale = localeOf(options);
  const [day, count, { kind }] = parseArguments(
    [
      [dateSchema, date, "date"],
      [workingDayCountSchema, n, "n"],
      [workingDayOptions, options, "options"],
    ],
    locale,
  ) as [IsoDate, number, { kind: WorkingDayKind }];
  const result = stepWorkingDays(day, count, kind);
  throwIfIssues(
    isIsoDate(result)
      ? []
      : [inputIssue(["n"], "OUT_OF_RANGE", { fr: "le résultat dépasse l'an 2199", en: "the result is past the year 2199" }, locale)],
    locale,
  );
  return result;
}

/** {@link addWorkingDays} without validation, for modules that already validated their input. */
export function stepWorkingDays(date: IsoDate, n: number, kind: WorkingDayKind): IsoDate {
  const direction = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, direction);
    if (isWorkingDay(current, kind)) remaining -= 1;
  }
  return current;
}

/**
 * Number of working days from `from` to `to`, both included.
 *
 * @param from - first day, `YYYY-MM-DD`
 * @param to - last day, on or after `from`
 * @param options - `{ kind: "ouvrables" | "ouvres", locale? }`
 * @returns the count (0 when no working day falls in the range)
 * @throws AlternanceInputError for malformed dates, `to` before `from`, or an unknown kind
 * @example
 * countWorkingDays("2026-05-01", "2026-05-31", { kind: "ouvres" }); //=> 17
 * countWorkingDays("2026-05-01", "2026-05-31", { kind: "ouvrables" }); //=> 22
 */
export function countWorkingDays(from: IsoDate, to: IsoDate, options: { kind: WorkingDayKind; locale?: Locale }): number {
  const locale = localeOf(options);
  const [first, last, { kind }] = parseArguments(
    [
      [dateSchema, from, "from"],
      [dateSchema, to, "to"],
      [workingDayOptions, options, "options"],
    ],
    locale,
  ) as [IsoDate, IsoDate, { kind: WorkingDayKind }];
  throwIfIssues(
    last < first
      ? [inputIssue(["to"], "END_BEFORE_START", { fr: `${last} précède ${first}`, en: `${last} is before ${first}` }, locale)]
      : [],
    locale,
  );
  let count = 0;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (isWorkingDay(day, kind)) count += 1;
  }
  return count;
}
