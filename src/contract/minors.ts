/**
 * The checks that concern a minor: the legal representative who signs the contract, and the working
 * time of workers under 18 (L3162-1, R3162-1).
 */
import { valueAt } from "../core/dated.js";
import { addDays, ageOn, birthdayOfAge, type IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type RuleDeclaration, type Step, type Violation } from "../core/explain.js";
import { minorSiteWorkingTime, minorWorkingTime } from "../parameters/contract-checks.js";
import type { MinorWorkingTimeDerogation } from "./input.js";
import { minorDailyHours, minorNotApplicable, minorWeeklyHours, type LegalRepresentativeValues, type MinorHoursValues } from "./rules.js";

/** Default weekly hours when the contract states none (the legal working week, as in the pay functions). */
const DEFAULT_WEEKLY_HOURS = 35;

/**
 * `sections.legalRepresentative` of a whole-contract check.
 *
 * @example
 * const check: LegalRepresentativeCheck = { valid: true, required: false, given: false, ageAtSignature: 22, violations: [], explanation: [], warnings: [] };
 */
export interface LegalRepresentativeCheck {
  /** No representative is missing. */
  valid: boolean;
  /** The apprentice (or CPRO employee) is under 18 at the conclusion of the contract. */
  required: boolean;
  /** The input says a legal representative signs (`legalRepresentative: true`). */
  given: boolean;
  /** Age at the conclusion (`signatureDate`, default `contractStart`). */
  ageAtSignature: number;
  /** `LEGAL_REPRESENTATIVE_MISSING`, field `apprentice.legalRepresentative` (CPRO: `beneficiary.…`). */
  violations: Violation[];
  /** The rule applied. */
  explanation: Step[];
  /** None at present. */
  warnings: Violation[];
}

/**
 * Checks that a minor at the conclusion of the contract (under 18 on `signatureDate`) has a legal
 * representative who signs it. An emancipated minor contracts alone: pass `legalRepresentative: true`
 * for one (documented reading; emancipation is not an input).
 *
 * @param facts - birth date, conclusion date, whether a representative signs, the field to name
 * @param rule - the apprenticeship or CPRO rule
 * @param locale - language
 * @param explain - the input's `explain`
 * @returns the section
 * @example
 * checkLegalRepresentative({ birthDate: "2009-02-01", signatureDate: "2025-09-01", given: false, field: "apprentice.legalRepresentative" }, apprenticeshipLegalRepresentative, "en", false).violations[0].code;
 * //=> "LEGAL_REPRESENTATIVE_MISSING"
 */
export function checkLegalRepresentative(
  facts: { birthDate: IsoDate; signatureDate: IsoDate; given: boolean; field: string },
  rule: RuleDeclaration<LegalRepresentativeValues>,
  locale: Locale,
  explain: boolean | undefined,
): LegalRepresentativeCheck {
  const { majorityAge } = valueAt(minorWorkingTime, facts.signatureDate).value;
  const ageAtSignature = ageOn(facts.birthDate, facts.signatureDate);
  const values: LegalRepresentativeValues = { signatureDate: facts.signatureDate, ageAtSignature, majorityAge, minor: ageAtSignature < majorityAge, given: facts.given };
  const violations = values.minor && !values.given ? [violationOf(rule, locale, values, facts.field)] : [];
  return {
    valid: violations.length === 0,
    required: values.minor,
    given: facts.given,
    ageAtSignature,
    violations,
    explanation: explanationWhen(explain, () => [explainStep(rule, locale, values)]),
    warnings: [],
  };
}

/**
 * `sections.workingTime` of a whole-contract check.
 *
 * @example
 * const check: WorkingTimeCheck = { valid: true, minor: false, ageAtStart: 22, minorUntil: null, weeklyHours: 35, dailyHours: null, maximumWeeklyHours: null, maximumDailyHours: null, derogation: null, violations: [], explanation: [], warnings: [] };
 */
export interface WorkingTimeCheck {
  /** No limit of the working time of minors is exceeded. */
  valid: boolean;
  /** Under 18 on the first day of the contract. */
  minor: boolean;
  /** Age on the first day of the contract. */
  ageAtStart: number;
  /** Last day as a minor (the day before the 18th birthday); `null` for an adult at the start. */
  minorUntil: IsoDate | null;
  /** Contractual weekly hours (35 when not given). */
  weeklyHours: number;
  /** Longest working day, as given; `null` when not given (not checked). */
  dailyHours: number | null;
  /** Most hours a week while a minor; `null` for an adult. */
  maximumWeeklyHours: number | null;
  /** Most hours a day while a minor; `null` for an adult. */
  maximumDailyHours: number | null;
  /** The derogation applied (minors only); `null` without one. */
  derogation: MinorWorkingTimeDerogation | null;
  /** `MINOR_DAILY_HOURS_ABOVE_MAXIMUM` (`contract.dailyHours`), `MINOR_WEEKLY_HOURS_ABOVE_MAXIMUM` (`contract.weeklyHours`). */
  violations: Violation[];
  /** The limits applied. */
  explanation: Step[];
  /** None at present. */
  warnings: Violation[];
}

/**
 * Checks the working time of a worker under 18 on the first day of the contract (L3162-1): at most
 * 8 hours a day and 35 hours a week, while a minor (until the day before the 18th birthday). With
 * `workingTimeDerogation: "site-activity"` (building sites, public works, landscaping sites, R3162-1):
 * 10 hours a day, 40 a week; with `"labour-inspector"` (L3162-1, after the occupational doctor's
 * opinion): 5 more hours a week, the day unchanged. The derogation is taken on the input's word. An
 * adult at the start has no limit here (`maximum…: null`).
 *
 * @param facts - birth date, contract start, weekly and daily hours, derogation
 * @param locale - language
 * @param explain - the input's `explain`
 * @returns the section
 * @see https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050 (Code du travail: L3162-1, R3162-1)
 * @example
 * checkWorkingTime({ birthDate: "2009-02-01", contractStart: "2025-09-01", weeklyHours: 35.5 }, "en", false).violations[0].code;
 * //=> "MINOR_WEEKLY_HOURS_ABOVE_MAXIMUM"
 */
export function checkWorkingTime(
  facts: { birthDate: IsoDate; contractStart: IsoDate; weeklyHours?: number | undefined; dailyHours?: number | undefined; derogation?: MinorWorkingTimeDerogation | undefined },
  locale: Locale,
  explain: boolean | undefined,
): WorkingTimeCheck {
  const limits = valueAt(minorWorkingTime, facts.contractStart).value;
  const ageAtStart = ageOn(facts.birthDate, facts.contractStart);
  const weeklyHours = facts.weeklyHours ?? DEFAULT_WEEKLY_HOURS;
  const dailyHours = facts.dailyHours ?? null;
  const base = { ageAtStart, weeklyHours, dailyHours };
  if (ageAtStart >= limits.majorityAge) {
    return {
      valid: true,
      minor: false,
      ...base,
      minorUntil: null,
      maximumWeeklyHours: null,
      maximumDailyHours: null,
      derogation: null,
      violations: [],
      explanation: explanationWhen(explain, () => [explainStep(minorNotApplicable, locale, { ageAtStart, majorityAge: limits.majorityAge })]),
      warnings: [],
    };
  }
  const derogation = facts.derogation ?? null;
  const site = valueAt(minorSiteWorkingTime, facts.contractStart);
  const maximumDailyHours = derogation === "site-activity" ? site.value.dailyHours : limits.dailyHours;
  const maximumWeeklyHours =
    derogation === "site-activity" ? site.value.weeklyHours : limits.weeklyHours + (derogation === "labour-inspector" ? limits.inspectorExtraWeeklyHours : 0);
  const legalBasis = derogation === "site-activity" ? [...minorWeeklyHours.legalBasis, ...site.legalBasis] : [...minorWeeklyHours.legalBasis];
  const minorUntil = addDays(birthdayOfAge(facts.birthDate, limits.majorityAge), -1);

  const weekly: MinorHoursValues = { hours: weeklyHours, maximum: maximumWeeklyHours, minorUntil, derogation, met: weeklyHours <= maximumWeeklyHours };
  const daily: MinorHoursValues | null = dailyHours === null ? null : { hours: dailyHours, maximum: maximumDailyHours, minorUntil, derogation, met: dailyHours <= maximumDailyHours };
  const violations: Violation[] = [];
  if (daily !== null && !daily.met) violations.push({ ...violationOf(minorDailyHours, locale, daily, "contract.dailyHours"), legalBasis });
  if (!weekly.met) violations.push({ ...violationOf(minorWeeklyHours, locale, weekly, "contract.weeklyHours"), legalBasis });
  return {
    valid: violations.length === 0,
    minor: true,
    ...base,
    minorUntil,
    maximumWeeklyHours,
    maximumDailyHours,
    derogation,
    violations,
    explanation: explanationWhen(explain, () => [
      ...(daily === null ? [] : [{ ...explainStep(minorDailyHours, locale, daily), legalBasis }]),
      { ...explainStep(minorWeeklyHours, locale, weekly), legalBasis },
    ]),
    warnings: [],
  };
}
