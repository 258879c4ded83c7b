/**
 * `internshipPresence`: the hours and days of presence of an internship from its calendar (period,
 * weekly pattern, hours per day, public holidays, training days and absences), per month, and the date
 * on which the 309th hour is worked (C. éduc. art. L124-6, L124-18, D124-6).
 */
import * as z from "zod/mini";
import { isPublicHoliday } from "../core/calendar.js";
import { valueAt } from "../core/dated.js";
import { dayOfWeek, daysInMonth, type IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { Dec, roundHalfUp } from "../core/money.js";
import { boundedArray, enumList, inputObject, isoDateFrom, isoDateSchema, localeOf, MAX_CONTRACT_DAYS, parseInput, positiveNumber, throwIfIssues } from "../core/schema.js";
import { INTERNSHIP_SCOPE_START } from "../legal-values/internship-rate.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { internshipCounting } from "../parameters/internship.js";
import { presenceCounts } from "./counting.js";
import type { InternshipMonthHours } from "./gratification.js";
import { dateOutsidePeriod, internshipTooLong, presenceCounting, presenceDays as presenceDaysRule, thresholdDate } from "./rules.js";

/**
 * A day of the week, as in the API: `"mon"` to `"sun"`.
 *
 * @example
 * const companyDays: InternshipWeekday[] = ["mon", "tue", "wed"];
 */
export type InternshipWeekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/**
 * Input of {@link internshipPresence}.
 *
 * @example
 * const input: InternshipPresenceInput = { start: "2026-01-05", end: "2026-06-30", weekdays: ["mon", "tue", "wed"], absences: ["2026-02-10"] };
 */
export interface InternshipPresenceInput {
  /** First day of the internship, from 2015-09-01. */
  start: IsoDate;
  /** Last day of the internship, included; not before `start`. */
  end: IsoDate;
  /** Hours of presence on each day of presence, more than 0 and at most 24; default 7. */
  hoursPerDay?: number;
  /** Days of the week spent at the host; default Monday to Friday. */
  weekdays?: readonly InternshipWeekday[];
  /** Leave out French public holidays (metropole, C. trav. art. L3133-1); default `true`. */
  excludePublicHolidays?: boolean;
  /** Days of absence, left out. */
  absences?: readonly IsoDate[];
  /** Days at school in a work-study internship, left out like absences (only days at the host count). */
  trainingDates?: readonly IsoDate[];
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/**
 * Result of {@link internshipPresence}.
 *
 * @example
 * const { hours, thresholdReachedOn }: InternshipPresenceResult = internshipPresence({ start: "2026-01-05", end: "2026-03-06" });
 * [hours, thresholdReachedOn]; //=> [315, "2026-03-06"]
 */
export interface InternshipPresenceResult {
  /** Hours of presence: days × hoursPerDay (at most 2 decimals). */
  hours: number;
  /** Calendar days of presence (a day of 3,5 h is one day here; see `presenceDays` for the D124-6 count). */
  days: number;
  /** Hours per calendar month, for every month of the period (0 when no presence), in month order. */
  byMonth: InternshipMonthHours[];
  /** The day on which the 309th hour is worked (cumulative presence above 308 h); `null` if never. */
  thresholdReachedOn: IsoDate | null;
  /** The day on which presence goes above 924 h (six months, L124-5); `null` if never. */
  maximumExceededOn: IsoDate | null;
  /** Whole days of 7 h of presence (D124-6): floor(hours ÷ 7). */
  presenceDays: number;
  /** Whole months of 22 such days (D124-6). */
  presenceMonths: number;
  /** The rules applied, with their legal basis. */
  explanation: Step[];
  /** `INTERNSHIP_TOO_LONG`, `DATE_OUTSIDE_PERIOD`, `PARAMETERS_NOT_VERIFIED`. */
  warnings: Violation[];
}

const WEEKDAYS: readonly InternshipWeekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const DEFAULT_WEEKDAYS: readonly InternshipWeekday[] = ["mon", "tue", "wed", "thu", "fri"];
/** A day has at most 24 hours (calendar bound, not a legal value). */
const HOURS_PER_CALENDAR_DAY = 24;

const inputSchema = inputObject({
  start: isoDateFrom(INTERNSHIP_SCOPE_START),
  end: isoDateSchema(),
  hoursPerDay: z.optional(positiveNumber().check(z.lte(HOURS_PER_CALENDAR_DAY))),
  weekdays: z.optional(enumList(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])),
  excludePublicHolidays: z.optional(z.boolean()),
  absences: z.optional(boundedArray(isoDateSchema(), MAX_CONTRACT_DAYS)),
  trainingDates: z.optional(boundedArray(isoDateSchema(), MAX_CONTRACT_DAYS)),
});

const pad = (value: number): string => String(value).padStart(2, "0");

/** Every date from `start` to `end` (both valid, `start` ≤ `end`) with its weekday, 0 = Sunday. */
function* calendarDays(start: IsoDate, end: IsoDate): Generator<[IsoDate, number]> {
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  let day = Number(start.slice(8, 10));
  let monthLength = daysInMonth(start);
  let weekday = dayOfWeek(start);
  for (let date = start; date <= end; date = `${year}-${pad(month)}-${pad(day)}`) {
    yield [date, weekday];
    weekday = (weekday + 1) % 7;
    day += 1;
    if (day > monthLength) {
      day = 1;
      month = month === 12 ? 1 : month + 1;
      if (month === 1) year += 1;
      const first = `${year}-${pad(month)}-01`;
      if (first > end) return;
      monthLength = daysInMonth(first);
    }
  }
}

/**
 * The number of days of presence after which cumulative presence is above `limit` hours: the least n with
 * n × perDay > limit. Exact: with 40 significant digits, limit ÷ perDay never rounds across an integer
 * for hours given as JavaScript numbers.
 */
function daysToExceed(limit: number, perDay: Dec): number {
  return new Dec(limit).div(perDay).floor().toNumber() + 1;
}

/** The given dates outside `start`..`end`, sorted and without repeats. */
function outside(dates: readonly IsoDate[], start: IsoDate, end: IsoDate): IsoDate[] {
  return [...new Set(dates.filter((date) => date < start || date > end))].sort();
}

/**
 * Hours and days of presence of an internship from its calendar, per month, with the date on which the
 * 309th hour is worked (the day the gratification becomes mandatory, for every hour since the first).
 *
 * A day from `start` to `end` (both included) is a day of presence when its weekday is in `weekdays`
 * (default Monday to Friday), it is not a public holiday (when `excludePublicHolidays`, default `true`;
 * the 11 holidays of metropolitan France, C. trav. art. L3133-1, without Alsace-Moselle's two extra days),
 * and it is neither in `trainingDates` nor in `absences`. Each day of presence counts `hoursPerDay` hours
 * (default 7). Duration is effective presence (C. éduc. art. L124-18).
 *
 * For a **work-study internship**, only the days at the host count (seed 003 §4.2.3: a six-month
 * convention spent half in training counts as three months): give the company days as `weekdays`
 * (e.g. `["mon", "tue"]`), or list the school days in `trainingDates` for alternating weeks.
 *
 * `presenceDays` and `presenceMonths` are the D124-6 counts of `hours` (each 7 h is a day, each 22 days a
 * month), which differ from `days` when days are not 7 h long. Absence or training dates outside the
 * period are ignored, with a `DATE_OUTSIDE_PERIOD` warning. The thresholds use exact hours; hour outputs
 * are rounded to 2 decimals. `byMonth` can be passed as is to `internshipGratification`.
 *
 * @param input - `{ start, end, hoursPerDay?, weekdays?, excludePublicHolidays?, absences?, trainingDates?, locale?, explain? }`
 * @returns hours, days, hours per month, the dates of the 309th hour and of the 925th, D124-6 counts,
 *   explanation and warnings
 * @throws AlternanceInputError `OUT_OF_SCOPE` for a start before 2015-09-01; `INVALID_INPUT` for a
 *   malformed date, `end` before `start` (`END_BEFORE_START` on `end`), hours per day not in ]0, 24] or an
 *   unknown weekday
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029234400 (C. éduc. L124-6)
 * @example
 * const presence = internshipPresence({ start: "2026-01-05", end: "2026-03-31" });
 * presence.days; //=> 62
 * presence.byMonth; //=> [{ month: "2026-01", hours: 140 }, { month: "2026-02", hours: 140 }, { month: "2026-03", hours: 154 }]
 * presence.thresholdReachedOn; //=> "2026-03-06" (the 45th day of 7 h: 315 h > 308 h)
 */
export function internshipPresence(input: InternshipPresenceInput): InternshipPresenceResult {
  const locale = localeOf(input);
  const parsed = parseInput(inputSchema, input, locale);
  const { start, end } = parsed;
  throwIfIssues(
    end < start
      ? [inputIssue(["end"], "END_BEFORE_START", { fr: `${end} précède le début du stage (${start})`, en: `${end} is before the start of the internship (${start})` }, locale)]
      : [],
    locale,
  );

  const counting = valueAt(internshipCounting, start).value;
  const hoursPerDay = parsed.hoursPerDay ?? counting.hoursPerDay;
  const weekdays = parsed.weekdays ?? DEFAULT_WEEKDAYS;
  const companyWeekdays = new Set(weekdays.map((weekday) => WEEKDAYS.indexOf(weekday)));
  const excludeHolidays = parsed.excludePublicHolidays ?? true;
  const absences = new Set(parsed.absences ?? []);
  const training = new Set(parsed.trainingDates ?? []);

  const perDay = new Dec(hoursPerDay);
  const thresholdDays = daysToExceed(counting.mandatoryAboveHours, perDay);
  const maximumDays = daysToExceed(counting.maximumHours, perDay);
  const daysByMonth = new Map<string, number>();
  const holidaysLeftOut: IsoDate[] = [];
  let trainingDays = 0;
  let absenceDays = 0;
  let days = 0;
  let thresholdReachedOn: IsoDate | null = null;
  let maximumExceededOn: IsoDate | null = null;
  for (const [day, weekday] of calendarDays(start, end)) {
    const month = day.slice(0, 7);
    if (!daysByMonth.has(month)) daysByMonth.set(month, 0);
    if (!companyWeekdays.has(weekday)) continue;
    if (excludeHolidays && isPublicHoliday(day)) {
      holidaysLeftOut.push(day);
      continue;
    }
    if (training.has(day)) {
      trainingDays += 1;
      continue;
    }
    if (absences.has(day)) {
      absenceDays += 1;
      continue;
    }
    days += 1;
    daysByMonth.set(month, daysByMonth.get(month)! + 1);
    if (days === thresholdDays) thresholdReachedOn = day;
    if (days === maximumDays) maximumExceededOn = day;
  }

  const totalHours = perDay.times(days);
  const hours = roundHalfUp(totalHours);
  const counts = presenceCounts(totalHours, counting);
  const explanation = explanationWhen(parsed.explain, () => [
    explainStep(presenceDaysRule, locale, {
      start,
      end,
      weekdays: [...weekdays],
      days,
      hoursPerDay,
      hours,
      publicHolidays: excludeHolidays ? holidaysLeftOut : null,
      trainingDays,
      absenceDays,
    }),
    explainStep(presenceCounting, locale, {
      totalHours: hours,
      hoursPerDay: counting.hoursPerDay,
      daysPerMonth: counting.daysPerMonth,
      presenceDays: counts.presenceDays,
      presenceMonths: counts.presenceMonths,
    }),
    explainStep(thresholdDate, locale, { thresholdHours: counting.mandatoryAboveHours, thresholdReachedOn }),
  ]);

  const warnings: Violation[] = [...verificationWarnings([start], locale)];
  if (counts.aboveMaximum) {
    warnings.push(violationOf(internshipTooLong, locale, { totalHours: hours, maximumHours: counting.maximumHours }, "end"));
  }
  for (const [field, dates] of [
    ["trainingDates", parsed.trainingDates ?? []],
    ["absences", parsed.absences ?? []],
  ] as const) {
    const stray = outside(dates, start, end);
    if (stray.length > 0) warnings.push(violationOf(dateOutsidePeriod, locale, { dates: stray, start, end }, field));
  }

  return {
    hours,
    days,
    byMonth: [...daysByMonth].map(([month, count]) => ({ month, hours: roundHalfUp(perDay.times(count)) })),
    thresholdReachedOn,
    maximumExceededOn,
    presenceDays: counts.presenceDays,
    presenceMonths: counts.presenceMonths,
    explanation,
    warnings,
  };
}

/** The input schema {@link internshipPresence} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { inputSchema as internshipPresenceSchema };
