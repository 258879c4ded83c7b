/**
 * `trialPeriodEnd`: the last day of the 45 days of practical training in the company during which
 * either party may break an apprenticeship freely (C. trav. L6222-18), and the guide's weekly rhythms.
 */
import * as z from "zod/mini";
import { isPublicHoliday } from "../core/calendar.js";
import { valueAt } from "../core/dated.js";
import { addDays, dayOfWeek, MAX_YEAR, type IsoDate } from "../core/dates.js";
import { AlternanceInputError } from "../core/errors.js";
import { explainStep, explanationWhen, type Locale, type Step, type Violation } from "../core/explain.js";
import { boundedArray, enumList, inputObject, isoDateFrom, isoDateSchema, localeOf, MAX_CONTRACT_DAYS, parseInput } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { apprenticeshipTrialCompanyDays } from "../parameters/contracts.js";
import { outOfRangeIssue } from "./input.js";
import { trialPeriod } from "./rules.js";

/**
 * A weekday on which the apprentice may be in the company (Sunday is the weekly rest day).
 *
 * @example
 * const day: CompanyWeekday = "wed";
 */
export type CompanyWeekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat";

/**
 * Every {@link CompanyWeekday}, Monday first.
 *
 * @example
 * COMPANY_WEEKDAYS.length; //=> 6
 */
export const COMPANY_WEEKDAYS = Object.freeze(["mon", "tue", "wed", "thu", "fri", "sat"] as const);

/** Index of `dayOfWeek` (0 = Sunday) to weekday name. */
const WEEKDAY_BY_INDEX = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/**
 * The usual weeks of the MIAGE Aix-Marseille programmes 2025/2026 (work-study guide, seed
 * `003_1b58e6cf34c82c9d.txt`, §2.2, "rythme général d'alternance"): L3I in the company Monday to
 * Wednesday ("beaucoup de mercredis"), M1 Wednesday to Friday, M2 Monday to Wednesday. The guide warns
 * that only each programme's work-study calendar is authoritative: weeks fully in training (start of
 * semester) go in `trainingDates`, and holidays spent wholly in the company are not covered by a weekly
 * rhythm. Frozen.
 *
 * @example
 * trialPeriodEnd({ contractStart: "2025-09-01", companyWeekdays: [...miageCompanyWeekdays.m2] }).lastDay; //=> "2025-12-15"
 */
export const miageCompanyWeekdays: Readonly<Record<"l3i" | "m1" | "m2", readonly CompanyWeekday[]>> = Object.freeze({
  l3i: Object.freeze(["mon", "tue", "wed"] as const),
  m1: Object.freeze(["wed", "thu", "fri"] as const),
  m2: Object.freeze(["mon", "tue", "wed"] as const),
});

/** Input of {@link trialPeriodEnd}. */
export interface TrialPeriodEndInput {
  /** First day of the apprenticeship contract, from 2019-01-01. */
  contractStart: IsoDate;
  /** Weekdays the apprentice spends in the company (at least one). */
  companyWeekdays: CompanyWeekday[];
  /** Days spent in training instead (CFA, university), not counted. */
  trainingDates?: IsoDate[];
  /** Days of absence from the company (illness, leave…), not counted. */
  absences?: IsoDate[];
  /** Language of messages and errors; French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/** Result of {@link trialPeriodEnd}. */
export interface TrialPeriodEndResult {
  /** The 45th day of practical training in the company: the last day of free termination. */
  lastDay: IsoDate;
  /** Company days counted: 45 (L6222-18). */
  companyDaysCounted: number;
  /** How the days were counted. */
  explanation: Step[];
  /** `PARAMETERS_NOT_VERIFIED` after `dataVerifiedUntil`. */
  warnings: Violation[];
}

const schema = inputObject({
  contractStart: isoDateFrom(CONTRACT_SCOPE_START),
  companyWeekdays: enumList(COMPANY_WEEKDAYS, 1),
  trainingDates: z.optional(boundedArray(isoDateSchema(), MAX_CONTRACT_DAYS)),
  absences: z.optional(boundedArray(isoDateSchema(), MAX_CONTRACT_DAYS)),
});

/** Last day the library computes. */
const LAST_DAY: IsoDate = `${MAX_YEAR}-12-31`;

/**
 * The last day of an apprenticeship's free-termination period: "les quarante-cinq premiers jours,
 * consécutifs ou non, de formation pratique en entreprise effectuée par l'apprenti" (C. trav. L6222-18).
 * Walks from `contractStart` (included) and counts the days that are in `companyWeekdays`, are not public
 * holidays (C. trav. L3133-1, metropole), and are neither in `trainingDates` nor in `absences`; the 45th
 * such day is `lastDay`. Each company day counts once, whatever its hours.
 *
 * @param input - `{ contractStart, companyWeekdays, trainingDates?, absences?, locale?, explain? }`
 * @returns `{ lastDay, companyDaysCounted: 45, explanation, warnings }`
 * @throws AlternanceInputError `INVALID_INPUT` for a malformed field or an empty `companyWeekdays`,
 *   `OUT_OF_SCOPE` for a start before 2019-01-01 (the former rule, 2 months, is not encoded)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037386025 (C. trav. L6222-18)
 * @example
 * trialPeriodEnd({ contractStart: "2025-09-01", companyWeekdays: ["mon", "tue", "wed"] }).lastDay; //=> "2025-12-15"
 * // 15 weeks of 3 days from Monday 1 September 2025 would end on Wednesday 10 December, but Tuesday
 * // 11 November is a public holiday: the 45th company day is Monday 15 December
 */
export function trialPeriodEnd(input: TrialPeriodEndInput): TrialPeriodEndResult {
  const locale = localeOf(input);
  const parsed = parseInput(schema, input, locale);
  const days = valueAt(apprenticeshipTrialCompanyDays, parsed.contractStart);
  const weekdays = new Set<string>(parsed.companyWeekdays);
  const training = new Set(parsed.trainingDates ?? []);
  const absences = new Set(parsed.absences ?? []);
  const skipped = { publicHolidays: 0, trainingDates: 0, absences: 0 };
  let counted = 0;
  let day = parsed.contractStart;
  for (;;) {
    if (weekdays.has(WEEKDAY_BY_INDEX[dayOfWeek(day)]!)) {
      if (isPublicHoliday(day)) skipped.publicHolidays += 1;
      else if (training.has(day)) skipped.trainingDates += 1;
      else if (absences.has(day)) skipped.absences += 1;
      else counted += 1;
    }
    if (counted === days.value) break;
    if (day >= LAST_DAY) throw new AlternanceInputError([outOfRangeIssue("contractStart", locale)], locale);
    day = addDays(day, 1);
  }
  const companyWeekdays = COMPANY_WEEKDAYS.filter((weekday) => weekdays.has(weekday));
  return {
    lastDay: day,
    companyDaysCounted: counted,
    explanation: explanationWhen(parsed.explain, () => [
      {
        ...explainStep(trialPeriod, locale, { contractStart: parsed.contractStart, days: days.value, lastDay: day, companyWeekdays, skipped }),
        legalBasis: [...days.legalBasis],
      },
    ]),
    warnings: verificationWarnings([parsed.contractStart], locale),
  };
}

/** The input schema {@link trialPeriodEnd} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { schema as trialPeriodEndSchema };
