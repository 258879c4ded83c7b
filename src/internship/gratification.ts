/**
 * `internshipGratification`: whether an internship gratification is mandatory, its minimum hourly rate,
 * the amount of each month, the total, the smoothed monthly amount and the part free of contributions
 * (C. éduc. art. L124-5, L124-6, D124-6, D124-8; CSS art. L136-1-1, D136-1).
 */
import * as z from "zod/mini";
import { changesBetween, valueAt } from "../core/dated.js";
import { daysInMonth, type IsoDate } from "../core/dates.js";
import type { InputIssue } from "../core/errors.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { Dec, roundHalfUp } from "../core/money.js";
import { throwIfIssues, inputObject, boundedArray, rawField, parseInput, isoDateFrom, isList, strictObject, isoMonthSchema, localeOf, nonNegativeNumber } from "../core/schema.js";
import { INTERNSHIP_SCOPE_START, minimumHourlyRateOn } from "../legal-values/internship-rate.js";
import { ceilingEntryAt, hourlyCeilingOf } from "../legal-values/social-security-ceiling.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { internshipCounting, internshipMinimumRatePercent } from "../parameters/internship.js";
import { socialSecurityCeilingMonthly } from "../parameters/social-security-ceiling.js";
import { presenceCounts } from "./counting.js";
import { exemptHourlyAmountOn, splitExempt, type ExemptSplit } from "./exemption.js";
import {
  contributionExemptPart,
  gratificationAmount,
  gratificationMandatory,
  gratificationSmoothing,
  internshipTooLong,
  minimumHourlyRate as minimumHourlyRateRule,
  minimumRateChanged,
  presenceCounting,
  publicHostAboveMinimum,
  rateBelowMinimum,
} from "./rules.js";

/**
 * Kind of host: a private-law organisation, or an administration, public institution or other
 * public-law body (whose gratification cannot exceed the legal rate, D124-8 al. 4).
 *
 * @example
 * const host: InternshipHost = "public";
 */
export type InternshipHost = "private" | "public";

/**
 * Hours of presence in one calendar month.
 *
 * @example
 * const january: InternshipMonthHours = { month: "2026-01", hours: 154 };
 */
export interface InternshipMonthHours {
  /** Calendar month, `"YYYY-MM"`. */
  month: string;
  /** Hours of presence at the host in that month (may be fractional). */
  hours: number;
}

/**
 * Input of {@link internshipGratification}.
 *
 * @example
 * const input: InternshipGratificationInput = { presenceHours: [{ month: "2026-01", hours: 154 }], conventionSignedOn: "2026-01-02", hourlyRate: 5 };
 */
export interface InternshipGratificationInput {
  /**
   * Presence at one host in one academic year: a total number of hours, or hours per calendar month
   * (at most one row per month, spanning at most 12 months; rows may come in any order).
   */
  presenceHours: number | readonly InternshipMonthHours[];
  /** Signature date of the convention, from 2015-09-01: it sets the minimum hourly rate. */
  conventionSignedOn: IsoDate;
  /** Agreed hourly rate in euros (0 to 10 000); defaults to the minimum. */
  hourlyRate?: number;
  /** `"private"` (default) or `"public"`. */
  host?: InternshipHost;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/**
 * One month of gratification.
 *
 * @example
 * const january: InternshipMonthlyGratification = { month: "2026-01", hours: 154, amount: 770, exemptAmount: 693, subjectAmount: 77 };
 */
export interface InternshipMonthlyGratification {
  /** Calendar month, `"YYYY-MM"`. */
  month: string;
  /** Hours of presence in the month (at most 2 decimals). */
  hours: number;
  /** Gratification of the month: hourly rate × hours, rounded half-up to the cent. */
  amount: number;
  /** Part free of contributions: min(amount, 15 % of the hourly ceiling × hours), to the cent. */
  exemptAmount: number;
  /** Part subject to contributions: amount − exemptAmount. */
  subjectAmount: number;
}

/**
 * Result of {@link internshipGratification}.
 *
 * @example
 * const { mandatory, total, smoothedMonthly }: InternshipGratificationResult = internshipGratification({ presenceHours: 441, conventionSignedOn: "2026-01-02" });
 * [mandatory, total, smoothedMonthly]; //=> [true, 1984.5, null]
 */
export interface InternshipGratificationResult {
  /** Presence above 308 h (two months): the gratification is due, from the first hour. */
  mandatory: boolean;
  /** Day reading of the threshold: more than 44 whole days of 7 h (docs/internships.md, UNCONFIRMED). */
  mandatoryByDays: boolean;
  /** Total hours of presence (at most 2 decimals). */
  totalHours: number;
  /** Whole days of presence: each full 7 h counts as a day (D124-6). */
  presenceDays: number;
  /** Whole months of presence: each full 22 days counts as a month (D124-6). */
  presenceMonths: number;
  /** Hours above which the gratification is mandatory: 308. */
  thresholdHours: number;
  /** Most hours at one host in one academic year: 924 (six months, L124-5). */
  maximumHours: number;
  /** Minimum hourly gratification at the convention's signature. */
  minimumHourlyRate: number;
  /** Rate applied: the agreed rate, or the minimum when none is agreed. */
  hourlyRate: number;
  /** Sum of the monthly amounts (each rounded to the cent); 0 when not mandatory and no rate is agreed. */
  total: number;
  /** One row per month given, in month order; empty when `presenceHours` is a single total. */
  monthly: InternshipMonthlyGratification[];
  /** Total ÷ number of months with presence, to the cent; `null` when months are not given (or none has presence). */
  smoothedMonthly: number | null;
  /** Exempt amount per hour: 15 % of the hourly ceiling at the signature (CSS D136-1). */
  exemptHourlyRate: number;
  /** Sum of the exempt parts. */
  exemptTotal: number;
  /** Sum of the parts subject to contributions. */
  subjectTotal: number;
  /** `INTERNSHIP_TOO_LONG`, `RATE_BELOW_MINIMUM`, `PUBLIC_HOST_ABOVE_MINIMUM`. */
  violations: Violation[];
  /** The rules applied, in order, with their legal basis. */
  explanation: Step[];
  /** `PARAMETERS_NOT_VERIFIED`, `MINIMUM_RATE_CHANGED_DURING_INTERNSHIP`. */
  warnings: Violation[];
}

/** An hour count cannot exceed 24 hours a day (calendar bound, not a legal value). */
const HOURS_PER_CALENDAR_DAY = 24;
/** An academic year spans at most 12 calendar months and 366 days (calendar bounds). */
const MONTHS_PER_YEAR = 12;
const DAYS_PER_LEAP_YEAR = 366;
/** Sanity bound on an agreed rate, far above any gratification, so that every amount stays exact to the cent. */
const MAXIMUM_AGREED_HOURLY_RATE = 10_000;

const commonFields = {
  conventionSignedOn: isoDateFrom(INTERNSHIP_SCOPE_START),
  hourlyRate: z.optional(nonNegativeNumber().check(z.lte(MAXIMUM_AGREED_HOURLY_RATE))),
  host: z.optional(z.enum(["private", "public"])),
};
const totalInputSchema = inputObject({
  presenceHours: nonNegativeNumber().check(z.lte(HOURS_PER_CALENDAR_DAY * DAYS_PER_LEAP_YEAR)),
  ...commonFields,
});
const monthlyInputSchema = inputObject({
  // One academic year: 12 distinct months at most (duplicates and a wider span are rejected below).
  presenceHours: boundedArray(strictObject({ month: isoMonthSchema(), hours: nonNegativeNumber() }), MONTHS_PER_YEAR),
  ...commonFields,
});

/** Months between two `YYYY-MM` months (positive when `to` is later). */
function monthsApart(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * MONTHS_PER_YEAR + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** Cross-field checks on hours per month: duplicates, more hours than the month has, more than a year. */
function monthlyIssues(rows: readonly InternshipMonthHours[], locale: Locale): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const first = seen.get(row.month);
    if (first === undefined) seen.set(row.month, index);
    else {
      issues.push(
        inputIssue(
          ["presenceHours", index, "month"],
          "DUPLICATE_MONTH",
          { fr: `le mois ${row.month} figure déjà en position ${first}`, en: `month ${row.month} is already given at index ${first}` },
          locale,
        ),
      );
    }
    const most = HOURS_PER_CALENDAR_DAY * daysInMonth(`${row.month}-01`);
    if (row.hours > most) {
      issues.push(
        inputIssue(
          ["presenceHours", index, "hours"],
          "TOO_BIG",
          { fr: `au plus ${most} h en ${row.month} (24 h par jour), reçu ${row.hours}`, en: `at most ${most} h in ${row.month} (24 h a day), got ${row.hours}` },
          locale,
        ),
      );
    }
  });
  const months = [...seen.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  if (first !== undefined && last !== undefined && monthsApart(first, last) >= MONTHS_PER_YEAR) {
    issues.push(
      inputIssue(
        ["presenceHours"],
        "SPAN_ABOVE_ONE_YEAR",
        {
          fr: `les mois vont de ${first} à ${last} : la présence d'une seule année d'enseignement (12 mois au plus) est attendue`,
          en: `months run from ${first} to ${last}: the presence of one academic year (12 months at most) is expected`,
        },
        locale,
      ),
    );
  }
  return issues;
}

/** Last day of a `YYYY-MM` month. */
function lastDayOfMonth(month: string): IsoDate {
  const first = `${month}-01`;
  return `${month}-${String(daysInMonth(first)).padStart(2, "0")}`;
}

/**
 * `MINIMUM_RATE_CHANGED_DURING_INTERNSHIP` for each rise of 15 % of the hourly ceiling after the signature,
 * up to the last month with presence, that takes the minimum above the rate applied.
 */
function rateChangeWarnings(signedOn: IsoDate, rows: readonly { month: string; hours: Dec }[], rate: number, locale: Locale): Violation[] {
  const last = rows.filter((row) => row.hours.gt(0)).at(-1);
  if (last === undefined) return [];
  let highest = rate;
  const warnings: Violation[] = [];
  for (const since of changesBetween(socialSecurityCeilingMonthly, signedOn, lastDayOfMonth(last.month))) {
    const minimum = minimumHourlyRateOn(since);
    if (minimum <= highest) continue;
    highest = minimum;
    warnings.push(violationOf(minimumRateChanged, locale, { since, minimumHourlyRate: minimum, hourlyRate: rate }, "conventionSignedOn"));
  }
  return warnings;
}

/**
 * Internship gratification at one host for one academic year: whether it is mandatory, the minimum
 * hourly rate, each month's amount, the total, the smoothed monthly amount and the part free of
 * contributions.
 *
 * - **Mandatory** iff presence is above 308 h (two months of 22 days of 7 h, C. éduc. art. L124-6 and
 *   D124-6), i.e. from the 309th hour; it is then due for every hour from the first (D124-8). This is the
 *   hour reading docs/internships.md recommends (UNCONFIRMED); `mandatoryByDays` gives the day reading
 *   (more than 44 whole days of 7 h), which differs only between 308 h and 315 h.
 * - **Minimum rate**: 15 % of the hourly social-security ceiling in force on `conventionSignedOn`
 *   (3,60 € 2015–2017, 3,75 € 2018–2019, 3,90 € 2020–2022, 4,05 € 2023, 4,35 € 2024–2025, 4,50 € 2026).
 *   It stays the rate of the signature date for the whole internship (docs/internships.md: how a 1 January change
 *   applies during an internship is UNCONFIRMED); when the ceiling rises during months with presence
 *   above the rate applied, the warning `MINIMUM_RATE_CHANGED_DURING_INTERNSHIP` says so, since a
 *   convention may provide a revaluation.
 * - **Amounts**: each month is rate × hours of that month, exact, rounded half-up to the cent (the
 *   gratification is paid monthly, D124-8); `total` is the sum of the rounded monthly amounts. With a
 *   single total of hours, `monthly` is empty, `total` is rate × hours rounded to the cent, and
 *   `smoothedMonthly` is `null` (the months are unknown). When not mandatory and no `hourlyRate` is given,
 *   every amount is 0; with an `hourlyRate`, a voluntary gratification is computed with it.
 * - **Smoothed** monthly amount: total ÷ number of months with presence, rounded half-up to the cent.
 * - **Exempt part** (CSS L136-1-1 III 1° b, D136-1): per month, min(amount, 15 % of the hourly ceiling at
 *   the signature × hours of the month, to the cent); the rest is subject to contributions.
 * - **Violations**: `INTERNSHIP_TOO_LONG` above 924 h (six months, L124-5); `RATE_BELOW_MINIMUM` when the
 *   gratification is mandatory and the agreed rate is below the minimum (L124-6); `PUBLIC_HOST_ABOVE_MINIMUM`
 *   when a public host agrees a rate above the minimum (D124-8 al. 4). Amounts are still computed with the
 *   agreed rate.
 *
 * Decisions about the threshold and the counts use the exact hours given; hours in the output are
 * rounded to 2 decimals.
 *
 * @param input - `{ presenceHours, conventionSignedOn, hourlyRate?, host?, locale?, explain? }`
 * @returns mandatory, counts, rates, amounts per month, total, smoothed amount, exempt and subject parts,
 *   violations, explanation and warnings
 * @throws AlternanceInputError `OUT_OF_SCOPE` for a convention signed before 2015-09-01; `INVALID_INPUT`
 *   for negative or non-numeric hours, a malformed month (`"2026-13"`, `"2026-1"`), a month given twice,
 *   more hours than a month has, months spanning more than 12 months, or a bad rate or host
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029234400 (C. éduc. L124-6)
 * @see https://lexbase.fr/texte-de-loi/code-de-leducationd1248/L9449I4Q.html (C. éduc. D124-8)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000043565221 (CSS D136-1)
 * @example
 * const result = internshipGratification({
 *   presenceHours: [{ month: "2026-01", hours: 154 }, { month: "2026-02", hours: 140 }, { month: "2026-03", hours: 147 }],
 *   conventionSignedOn: "2026-01-02",
 * });
 * result.mandatory; //=> true
 * result.monthly.map((m) => m.amount); //=> [693, 630, 661.5]
 * [result.total, result.smoothedMonthly]; //=> [1984.5, 661.5]
 * internshipGratification({ presenceHours: 308, conventionSignedOn: "2025-03-03" }).total; //=> 0
 * internshipGratification({ presenceHours: 309, conventionSignedOn: "2025-03-03" }).total; //=> 1344.15
 */
export function internshipGratification(input: InternshipGratificationInput): InternshipGratificationResult {
  const locale = localeOf(input);
  const raw = rawField(input, "presenceHours");
  const parsed = isList(raw) ? parseInput(monthlyInputSchema, input, locale) : parseInput(totalInputSchema, input, locale);
  const presence = parsed.presenceHours;
  throwIfIssues(typeof presence === "number" ? [] : monthlyIssues(presence, locale), locale);

  const signedOn = parsed.conventionSignedOn;
  const agreedRate = parsed.hourlyRate;
  const host = parsed.host ?? "private";
  const counting = valueAt(internshipCounting, signedOn).value;

  const rows =
    typeof presence === "number"
      ? []
      : presence.map((row) => ({ month: row.month, hours: new Dec(row.hours) })).sort((a, b) => (a.month < b.month ? -1 : 1));
  const totalHours = typeof presence === "number" ? new Dec(presence) : rows.reduce((sum, row) => sum.plus(row.hours), new Dec(0));
  const counts = presenceCounts(totalHours, counting);

  const ceiling = ceilingEntryAt(signedOn);
  const ratePercent = valueAt(internshipMinimumRatePercent, signedOn).value;
  const minimum = minimumHourlyRateOn(signedOn);
  const rate = agreedRate ?? minimum;
  const paid = counts.mandatory || agreedRate !== undefined;
  const exemptHourly = exemptHourlyAmountOn(signedOn);

  /** Amount for some hours (rate × hours to the cent, or 0 when nothing is due) and its exempt split. */
  const pay = (hours: Dec): { amount: Dec } & ExemptSplit => {
    const amount = paid ? new Dec(rate).times(hours).toDecimalPlaces(2, Dec.ROUND_HALF_UP) : new Dec(0);
    return { amount, ...splitExempt(amount, hours, exemptHourly) };
  };
  const monthly = rows.map((row) => ({ month: row.month, hours: row.hours, ...pay(row.hours) }));
  const overall =
    typeof presence === "number"
      ? pay(totalHours)
      : monthly.reduce(
          (sum, month) => ({ amount: sum.amount.plus(month.amount), exempt: sum.exempt.plus(month.exempt), subject: sum.subject.plus(month.subject) }),
          { amount: new Dec(0), exempt: new Dec(0), subject: new Dec(0) },
        );
  const monthsWithPresence = rows.filter((row) => row.hours.gt(0)).length;
  const smoothedMonthly = monthsWithPresence === 0 ? null : roundHalfUp(overall.amount.div(monthsWithPresence));

  const total = roundHalfUp(overall.amount);
  const totalHoursOut = roundHalfUp(totalHours);
  const exemptTotal = roundHalfUp(overall.exempt);
  const subjectTotal = roundHalfUp(overall.subject);
  const explanation = explanationWhen(parsed.explain, () => [
    explainStep(presenceCounting, locale, {
      totalHours: totalHoursOut,
      hoursPerDay: counting.hoursPerDay,
      daysPerMonth: counting.daysPerMonth,
      presenceDays: counts.presenceDays,
      presenceMonths: counts.presenceMonths,
    }),
    explainStep(gratificationMandatory, locale, {
      totalHours: totalHoursOut,
      thresholdHours: counting.mandatoryAboveHours,
      mandatory: counts.mandatory,
      mandatoryByDays: counts.mandatoryByDays,
      presenceDays: counts.presenceDays,
      thresholdDays: counting.mandatoryAboveHours / counting.hoursPerDay,
    }),
    explainStep(minimumHourlyRateRule, locale, {
      conventionSignedOn: signedOn,
      ceilingSince: ceiling.since,
      ceilingMonthly: ceiling.value,
      ceilingHourly: hourlyCeilingOf(ceiling),
      ratePercent,
      minimumHourlyRate: minimum,
    }),
    explainStep(gratificationAmount, locale, {
      hourlyRate: rate,
      agreed: agreedRate !== undefined,
      paid,
      totalHours: totalHoursOut,
      total,
      months: typeof presence === "number" ? null : rows.length,
    }),
    ...(smoothedMonthly !== null ? [explainStep(gratificationSmoothing, locale, { total, months: monthsWithPresence, smoothedMonthly })] : []),
    explainStep(contributionExemptPart, locale, { exemptHourlyRate: exemptHourly.toNumber(), exemptTotal, subjectTotal }),
  ]);

  const violations: Violation[] = [];
  if (counts.aboveMaximum) {
    violations.push(violationOf(internshipTooLong, locale, { totalHours: totalHoursOut, maximumHours: counting.maximumHours }, "presenceHours"));
  }
  if (counts.mandatory && agreedRate !== undefined && agreedRate < minimum) {
    violations.push(violationOf(rateBelowMinimum, locale, { hourlyRate: agreedRate, minimumHourlyRate: minimum }, "hourlyRate"));
  }
  if (host === "public" && agreedRate !== undefined && agreedRate > minimum) {
    violations.push(violationOf(publicHostAboveMinimum, locale, { hourlyRate: agreedRate, minimumHourlyRate: minimum }, "hourlyRate"));
  }

  return {
    mandatory: counts.mandatory,
    mandatoryByDays: counts.mandatoryByDays,
    totalHours: totalHoursOut,
    presenceDays: counts.presenceDays,
    presenceMonths: counts.presenceMonths,
    thresholdHours: counting.mandatoryAboveHours,
    maximumHours: counting.maximumHours,
    minimumHourlyRate: minimum,
    hourlyRate: rate,
    total,
    monthly: monthly.map((month) => ({
      month: month.month,
      hours: roundHalfUp(month.hours),
      amount: month.amount.toNumber(),
      exemptAmount: month.exempt.toNumber(),
      subjectAmount: month.subject.toNumber(),
    })),
    smoothedMonthly,
    exemptHourlyRate: roundHalfUp(exemptHourly),
    exemptTotal,
    subjectTotal,
    violations,
    explanation,
    warnings: [...verificationWarnings([signedOn], locale), ...(paid ? rateChangeWarnings(signedOn, rows, rate, locale) : [])],
  };
}

/**
 * The two input schemas {@link internshipGratification} chooses between (total hours, or hours month by
 * month), for the JSON Schemas and the HTTP API (src/catalogue/). Internal.
 */
export { totalInputSchema as internshipGratificationTotalSchema, monthlyInputSchema as internshipGratificationMonthlySchema };
