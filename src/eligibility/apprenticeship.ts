/**
 * `checkApprenticeshipEligibility`: can this person be hired as an apprentice, given their age at the
 * start of the contract and the exceptions they claim? (C. trav. L6222-1, L6222-2, D6222-1.)
 */
import * as z from "zod/mini";
import { entryAt, valueAt } from "../core/dated.js";
import { addMonths, ageOn, type IsoDate } from "../core/dates.js";
import type { InputIssue } from "../core/errors.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { enumList, inputObject, isoDateFrom, isoDateSchema, localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { apprenticeshipExamFailureAgeWaiver, apprenticeshipExceptionMaximumAgeServicePublic } from "../parameters/eligibility-exceptions.js";
import { apprenticeshipAgeLimits, apprenticeshipExceptionDelayMonths, apprenticeshipExceptionMaximumAge } from "../parameters/eligibility.js";
import { APPRENTICESHIP_EXCEPTIONS, EXCEPTIONS_AFTER_PREVIOUS_CONTRACT, exceptionLabel, type ApprenticeshipException } from "./exceptions.js";
import {
  apprenticeshipAgeAtSignatureDiffers,
  apprenticeshipAgeAtStart,
  apprenticeshipAppliedException,
  apprenticeshipExamFailureWaiverNotInForce,
  apprenticeshipExceptionAgeAboveCap,
  apprenticeshipExceptionDelayExceeded,
  apprenticeshipExceptionRules,
  apprenticeshipMaximumAge,
  apprenticeshipMinimumAge,
  type ExceptionAgeReading,
  type ExceptionStepValues,
} from "./rules.js";

/** Input of {@link checkApprenticeshipEligibility}. */
export interface ApprenticeshipEligibilityInput {
  /** Date of birth, `YYYY-MM-DD`. */
  birthDate: IsoDate;
  /** First day of the contract (start of the apprenticeship), from 2019-01-01. */
  contractStart: IsoDate;
  /** Conclusion (signature) of the contract, from 2019-01-01; defaults to `contractStart`. */
  signatureDate?: IsoDate;
  /** Lower secondary school (collège, end of 3e) completed: the minimum age is then 15. */
  completedLowerSecondary?: boolean;
  /** Exceptions to the upper age limit the apprentice can claim (L6222-2, L6222-11). */
  exceptions?: ApprenticeshipException[];
  /** Last day of the previous apprenticeship contract; required by `"higher-diploma"` and `"previous-contract-broken"`. */
  previousContractEnd?: IsoDate;
  /**
   * Reading of D6222-1's « trente-cinq ans au plus » (UNCONFIRMED, docs/eligibility.md): `"text"` (default)
   * allows age 35 at the conclusion (until the day before the 36th birthday); `"service-public"`
   * allows 34 « révolus » (until the day before the 35th birthday).
   */
  exceptionAgeReading?: ExceptionAgeReading;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/** Result of {@link checkApprenticeshipEligibility}. */
export interface ApprenticeshipEligibilityResult {
  /** `true` when the age conditions are met (with an exception if one was needed). */
  eligible: boolean;
  /** Age in completed years on `contractStart`. */
  ageAtStart: number;
  /** Age in completed years on the conclusion date (`signatureDate`, or `contractStart`). */
  ageAtSignature: number;
  /** Minimum age at the start: 16, or 15 with `completedLowerSecondary`. */
  minimumAge: number;
  /**
   * Highest age allowed: 29 at the start, or the cap of the exception used, at the conclusion
   * (35, 34 with the service-public reading, 30 for contracts concluded before 2020-04-01);
   * `null`: no upper limit.
   */
  maximumAge: number | null;
  /** The exception that made the contract possible, or `null` when none was needed or none applies. */
  appliedException: ApprenticeshipException | null;
  /** Every unmet condition, with its article. */
  violations: Violation[];
  /** The rules applied, in order. */
  explanation: Step[];
  /** `AGE_DIFFERS_AT_SIGNATURE`, `AGE_WAIVER_NOT_IN_FORCE`, `PARAMETERS_NOT_VERIFIED`. */
  warnings: Violation[];
}

const schema = inputObject({
  birthDate: isoDateSchema(),
  contractStart: isoDateFrom(CONTRACT_SCOPE_START),
  signatureDate: z.optional(isoDateFrom(CONTRACT_SCOPE_START)),
  completedLowerSecondary: z.optional(z.boolean()),
  exceptions: z.optional(enumList(APPRENTICESHIP_EXCEPTIONS)),
  previousContractEnd: z.optional(isoDateSchema()),
  exceptionAgeReading: z.optional(z.enum(["text", "service-public"])),
});

/** Outcome of one claimed exception, before choosing the most favourable. */
interface ExceptionOutcome {
  values: ExceptionStepValues;
  /** Its violations, each written only when it is reported (when no exception applies). */
  violations: Array<() => Violation>;
}

/** Evaluates one claimed exception at the conclusion of the contract. */
function evaluateException(
  exception: ApprenticeshipException,
  context: {
    ageAtSignature: number;
    signatureDate: IsoDate;
    /** The input field holding the conclusion date: `signatureDate`, or `contractStart` when it was not given. */
    signatureField: "signatureDate" | "contractStart";
    previousContractEnd: IsoDate | undefined;
    reading: ExceptionAgeReading;
  },
  locale: Locale,
): ExceptionOutcome {
  const { ageAtSignature, signatureDate, reading } = context;
  const base = { exception, ageAtSignature, signatureDate, reading };
  if (!EXCEPTIONS_AFTER_PREVIOUS_CONTRACT.includes(exception)) {
    return { values: { ...base, applicable: true, maximumAge: null, latestSignature: null }, violations: [] };
  }
  // Checked before: both exceptions require previousContractEnd.
  const previousContractEnd = context.previousContractEnd as IsoDate;
  const capSeries = reading === "service-public" ? apprenticeshipExceptionMaximumAgeServicePublic : apprenticeshipExceptionMaximumAge;
  const maximumAge = valueAt(capSeries, signatureDate).value;
  const delayMonths = valueAt(apprenticeshipExceptionDelayMonths, signatureDate).value;
  const latestSignature = addMonths(previousContractEnd, delayMonths);
  const violations: Array<() => Violation> = [];
  if (ageAtSignature > maximumAge) {
    violations.push(() => violationOf(apprenticeshipExceptionAgeAboveCap, locale, { ...base, maximumAge }, "birthDate"));
  }
  if (signatureDate > latestSignature) {
    violations.push(() =>
      violationOf(
        apprenticeshipExceptionDelayExceeded,
        locale,
        { exception, previousContractEnd, latestSignature, signatureDate, delayMonths },
        context.signatureField,
      ),
    );
  }
  return { values: { ...base, applicable: violations.length === 0, maximumAge, latestSignature }, violations };
}

/** `a` is more favourable than `b`: no limit beats any cap, a higher cap beats a lower one. */
function moreFavourable(a: ExceptionStepValues, b: ExceptionStepValues): boolean {
  if (b.maximumAge === null) return false;
  return a.maximumAge === null || a.maximumAge > b.maximumAge;
}

/**
 * Checks the age conditions of an apprenticeship contract: 16 to 29 « révolus » at the start of the
 * apprenticeship (L6222-1), 15 for a young person who completed lower secondary school, and the
 * exceptions to the upper limit (L6222-2, D6222-1, L6222-11, D6222-1-2). No exception lowers the
 * minimum age.
 *
 * - The general window is checked at `contractStart` (the text: « au début de l'apprentissage »).
 *   When `signatureDate` gives a different answer on that window (the Ministry of Labour speaks of the
 *   conclusion date), the warning `AGE_DIFFERS_AT_SIGNATURE` says so.
 * - `"higher-diploma"` and `"previous-contract-broken"`: at most 35 at the conclusion (`signatureDate`,
 *   default `contractStart`) for contracts concluded from 2020-04-01, 30 before; the new contract must be
 *   concluded at the latest on the day 12 months after `previousContractEnd` (calendar months, clamped
 *   to the month end). « Trente-cinq ans au plus » is read literally by default (until the day before the
 *   36th birthday); `exceptionAgeReading: "service-public"` applies the stricter « 34 ans révolus »
 *   (UNCONFIRMED, docs/eligibility.md).
 * - `"disabled-worker"`, `"business-project"`, `"high-level-athlete"`, `"exam-failure-extension"`: no
 *   upper limit.
 * - With several exceptions, the most favourable one that applies is used (no limit first, then the
 *   highest cap; ties in the order of the Code).
 * - Ages are whole years; someone born on 29 February turns a year older on 1 March in common years.
 *
 * @param input - `{ birthDate, contractStart, signatureDate?, completedLowerSecondary?, exceptions?,
 *   previousContractEnd?, exceptionAgeReading?, locale?, explain? }`
 * @returns `{ eligible, ageAtStart, ageAtSignature, minimumAge, maximumAge, appliedException, violations,
 *   explanation, warnings }`; violations `AGE_BELOW_MINIMUM`, `AGE_ABOVE_MAXIMUM`,
 *   `EXCEPTION_AGE_ABOVE_MAXIMUM`, `EXCEPTION_DELAY_EXCEEDED`
 * @throws AlternanceInputError naming the field: missing or impossible date, unknown exception,
 *   birth after the start, `previousContractEnd` missing for an exception that needs it; `OUT_OF_SCOPE`
 *   for a contract date before 2019-01-01
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037385936 (C. trav. L6222-1)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037385933 (C. trav. L6222-2)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041770341 (C. trav. D6222-1)
 * @example
 * checkApprenticeshipEligibility({ birthDate: "2003-05-10", contractStart: "2025-09-01" });
 * //=> { eligible: true, ageAtStart: 22, ageAtSignature: 22, minimumAge: 16, maximumAge: 29, appliedException: null, violations: [], … }
 * checkApprenticeshipEligibility({
 *   birthDate: "1991-03-02", contractStart: "2025-09-01",
 *   exceptions: ["higher-diploma"], previousContractEnd: "2025-08-31",
 * });
 * //=> { eligible: true, ageAtStart: 34, maximumAge: 35, appliedException: "higher-diploma", … }
 */
export function checkApprenticeshipEligibility(input: ApprenticeshipEligibilityInput): ApprenticeshipEligibilityResult {
  const locale = localeOf(input);
  const parsed = parseInput(schema, input, locale);
  const { birthDate, contractStart } = parsed;
  const signatureDate = parsed.signatureDate ?? contractStart;
  const claimed = APPRENTICESHIP_EXCEPTIONS.filter((exception) => parsed.exceptions?.includes(exception));
  const reading = parsed.exceptionAgeReading ?? "text";

  const issues: InputIssue[] = [];
  const earliestContractDate = signatureDate < contractStart ? signatureDate : contractStart;
  if (birthDate > earliestContractDate) {
    issues.push(
      inputIssue(
        ["birthDate"],
        "BIRTH_AFTER_CONTRACT",
        { fr: `la date de naissance est postérieure au contrat (${earliestContractDate})`, en: `the birth date is after the contract (${earliestContractDate})` },
        locale,
      ),
    );
  }
  const needsPreviousContract = claimed.filter((exception) => EXCEPTIONS_AFTER_PREVIOUS_CONTRACT.includes(exception));
  if (needsPreviousContract.length > 0 && parsed.previousContractEnd === undefined) {
    issues.push(
      inputIssue(
        ["previousContractEnd"],
        "REQUIRED",
        {
          fr: `obligatoire avec la dérogation « ${needsPreviousContract.map((e) => exceptionLabel[e].fr).join(" », « ")} » (D6222-1)`,
          en: `required with the exception "${needsPreviousContract.map((e) => exceptionLabel[e].en).join('", "')}" (D6222-1)`,
        },
        locale,
      ),
    );
  }
  throwIfIssues(issues, locale);

  const limits = valueAt(apprenticeshipAgeLimits, signatureDate).value;
  const ageAtStart = ageOn(birthDate, contractStart);
  const ageAtSignature = ageOn(birthDate, signatureDate);
  const completedLowerSecondary = parsed.completedLowerSecondary ?? false;
  const minimumAge = completedLowerSecondary ? limits.minimumAgeAfterLowerSecondary : limits.minimumAge;
  const exceptionsClaimed = claimed.length > 0;

  const violations: Violation[] = [];
  const warnings: Violation[] = [];

  const minimumValues = {
    ageAtStart,
    minimumAge,
    completedLowerSecondary,
    minimumAgeAfterLowerSecondary: limits.minimumAgeAfterLowerSecondary,
    exceptionsClaimed,
    met: ageAtStart >= minimumAge,
  };
  if (!minimumValues.met) violations.push(violationOf(apprenticeshipMinimumAge, locale, minimumValues, "birthDate"));

  const withinGeneralMaximum = ageAtStart <= limits.maximumAge;
  const signatureField = parsed.signatureDate === undefined ? "contractStart" : "signatureDate";
  // The exceptions matter only above the general maximum.
  const outcomes = withinGeneralMaximum
    ? []
    : claimed.map((exception) =>
        evaluateException(
          exception,
          { ageAtSignature, signatureDate, signatureField, previousContractEnd: parsed.previousContractEnd, reading },
          locale,
        ),
      );
  let best: ExceptionStepValues | null = null;
  for (const outcome of outcomes) {
    if (outcome.values.applicable && (best === null || moreFavourable(outcome.values, best))) best = outcome.values;
  }
  const appliedException = best?.exception ?? null;
  const maximumAge = best === null ? limits.maximumAge : best.maximumAge;

  const maximumValues = { ageAtStart, maximumAge: limits.maximumAge, exceptionsClaimed, exceptionApplies: best !== null, met: withinGeneralMaximum };
  if (!withinGeneralMaximum && best === null) {
    violations.push(violationOf(apprenticeshipMaximumAge, locale, maximumValues, "birthDate"));
    for (const outcome of outcomes) violations.push(...outcome.violations.map((write) => write()));
  }

  if (appliedException === "exam-failure-extension" && entryAt(apprenticeshipExamFailureAgeWaiver, signatureDate) === undefined) {
    const since = apprenticeshipExamFailureAgeWaiver.entries[0]!.since;
    warnings.push(violationOf(apprenticeshipExamFailureWaiverNotInForce, locale, { signatureDate, since }, signatureField));
  }
  if (appliedException === null && signatureDate !== contractStart) {
    const withinAtStart = ageAtStart >= minimumAge && ageAtStart <= limits.maximumAge;
    const withinAtSignature = ageAtSignature >= minimumAge && ageAtSignature <= limits.maximumAge;
    if (withinAtStart !== withinAtSignature) {
      warnings.push(
        violationOf(
          apprenticeshipAgeAtSignatureDiffers,
          locale,
          { contractStart, ageAtStart, withinAtStart, signatureDate, ageAtSignature, withinAtSignature },
          "signatureDate",
        ),
      );
    }
  }
  warnings.push(...verificationWarnings([contractStart, signatureDate], locale));

  return {
    eligible: violations.length === 0,
    ageAtStart,
    ageAtSignature,
    minimumAge,
    maximumAge,
    appliedException,
    violations,
    explanation: explanationWhen(parsed.explain, () => [
      explainStep(apprenticeshipAgeAtStart, locale, { birthDate, contractStart, ageAtStart, signatureDate, ageAtSignature }),
      explainStep(apprenticeshipMinimumAge, locale, minimumValues),
      explainStep(apprenticeshipMaximumAge, locale, maximumValues),
      ...outcomes.map((outcome) => explainStep(apprenticeshipExceptionRules[outcome.values.exception], locale, outcome.values)),
      ...(exceptionsClaimed
        ? [explainStep(apprenticeshipAppliedException, locale, { appliedException, maximumAge, claimed, needed: !withinGeneralMaximum })]
        : []),
    ]),
    warnings,
  };
}

/** The input schema {@link checkApprenticeshipEligibility} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { schema as checkApprenticeshipEligibilitySchema };
