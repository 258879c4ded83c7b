/**
 * `checkContractDates`: checks a contract's dates against the law and a school's date policy, and
 * reports every rule that is not met.
 */
import * as z from "zod/mini";
import { stepWorkingDays } from "../core/calendar.js";
import { addDays, isIsoDate, monthsAndDaysBetween, type IsoDate } from "../core/dates.js";
import { AlternanceInputError, type InputIssue } from "../core/errors.js";
import { explainStep, explanationWhen, violationOf, type Locale, type RuleDeclaration, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { inputObject, isoDateSchema, localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { durationLimits, timingRule, type Bound, type DurationLimit, type WindowBounds } from "./bounds.js";
import { EXTENDED_DURATIONS, type ContractType, type ExtendedDuration } from "./contract-type.js";
import { formatDate } from "./format-date.js";
import { contractTypeSchema, outOfRangeIssue, policyInputSchemas, scopeIssues, scopeStartOf } from "./input.js";
import { lastDayOfMonths } from "./month-arithmetic.js";
import type { DatePolicy, PolicyName } from "./policy.js";
import { resolvePolicy, type ResolvedPolicy } from "./resolve-policy.js";
import {
  durationBounds,
  durationTooLong,
  durationTooShort,
  endAfterLatest,
  endBeforeEarliest,
  endBeforeStart,
  extendedDurationNotApplicable,
  signatureAfterStart,
  startAfterLatest,
  startBeforeEarliest,
  startTooSoonAfterValidation,
  timingRuleNotSet,
  validationRequestedTooLate,
  validationTimingMet,
  type DurationValues,
  type PositionValues,
} from "./rules.js";
import { buildWindows, trainingIssues, type ContractWindowsResult } from "./windows.js";

/** Input of {@link checkContractDates}. */
export interface CheckContractDatesInput {
  /** Type of contract. */
  contract: ContractType;
  /** First day of the training (DDF), from 2019-01-01 (internships: 2015-09-01). */
  trainingStart: IsoDate;
  /** Last day of the training (DFF), on or after `trainingStart`. */
  trainingEnd: IsoDate;
  /** First day of the contract, from 2019-01-01 (internships: 2015-09-01). */
  contractStart: IsoDate;
  /** Last day of the contract (included). A date before `contractStart` is a violation, not an error. */
  contractEnd: IsoDate;
  /** Signature (conclusion) of the contract or convention; not checked when absent. */
  signatureDate?: IsoDate;
  /** A {@link DatePolicy} or a preset name; default `"legal"`. A school policy is applied together with the law. */
  policy?: DatePolicy | PolicyName;
  /** A situation that allows a longer contract (disabled worker, high-level athlete, CPRO branch agreement, priority public). */
  extendedDuration?: ExtendedDuration;
  /** Day the school validated the mission; checked against the policy's `minimumDaysAfterValidation`. */
  missionValidatedOn?: IsoDate;
  /** Day the mission's validation was requested; checked against the policy's `minimumWorkingDaysBeforeStart`. */
  validationRequestedOn?: IsoDate;
  /** Language of messages and errors; French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/** Result of {@link checkContractDates}. */
export interface CheckContractDatesResult {
  /** `true` when no rule is broken. */
  valid: boolean;
  /** Every rule not met (not just the first), with its stable code, basis and field. */
  violations: Violation[];
  /** The windows the dates were checked against (same as `contractWindows`). */
  windows: ContractWindowsResult;
  /** Whole months and remaining days from start to end, both included; `null` when the end is before the start. */
  duration: {
    /** Whole calendar months. */
    months: number;
    /** Days left after the whole months. */
    days: number;
  } | null;
  /** Every rule applied, with its values and basis. */
  explanation: Step[];
  /** Points of attention that do not invalidate the dates. */
  warnings: Violation[];
}

/** Input issues that need several fields: scopes, training end before start, validation before its request. */
function crossFieldIssues(parsed: CheckContractDatesInput, locale: Locale): InputIssue[] {
  const issues = trainingIssues(parsed, locale);
  issues.push(
    ...scopeIssues(
      [
        ["contractStart", parsed.contractStart],
        ["contractEnd", parsed.contractEnd],
        ["signatureDate", parsed.signatureDate],
      ],
      scopeStartOf(parsed.contract),
      locale,
    ),
  );
  const { missionValidatedOn: validated, validationRequestedOn: requested } = parsed;
  if (validated !== undefined && requested !== undefined && validated < requested) {
    issues.push(
      inputIssue(
        ["missionValidatedOn"],
        "VALIDATION_BEFORE_REQUEST",
        {
          fr: `la mission ne peut pas être validée (${formatDate(validated, "fr")}) avant que la validation soit demandée (${formatDate(requested, "fr")})`,
          en: `the mission cannot be validated (${validated}) before its validation is requested (${requested})`,
        },
        locale,
      ),
    );
  }
  return issues;
}

/** A violation of a position rule, citing the bound's own basis. */
function positionViolation(rule: RuleDeclaration<PositionValues>, date: IsoDate, bound: Bound, policy: string | undefined, field: string, locale: Locale): Violation {
  return { ...violationOf(rule, locale, { date, bound: { date: bound.date, months: bound.months, anchor: bound.anchor, source: bound.source }, policy }, field), legalBasis: [...bound.legalBasis] };
}

/** Checks start and end against the windows. */
function windowViolations(
  bounds: WindowBounds,
  parsed: CheckContractDatesInput,
  policy: string | undefined,
  locale: Locale,
): Violation[] {
  const violations: Violation[] = [];
  const { earliest: startEarliest, latest: startLatest } = bounds.start;
  const { earliest: endEarliest, latest: endLatest } = bounds.end;
  if (startEarliest && parsed.contractStart < startEarliest.date) violations.push(positionViolation(startBeforeEarliest, parsed.contractStart, startEarliest, policy, "contractStart", locale));
  if (startLatest && parsed.contractStart > startLatest.date) violations.push(positionViolation(startAfterLatest, parsed.contractStart, startLatest, policy, "contractStart", locale));
  if (endEarliest && parsed.contractEnd < endEarliest.date) violations.push(positionViolation(endBeforeEarliest, parsed.contractEnd, endEarliest, policy, "contractEnd", locale));
  if (endLatest && parsed.contractEnd > endLatest.date) violations.push(positionViolation(endAfterLatest, parsed.contractEnd, endLatest, policy, "contractEnd", locale));
  return violations;
}

/** The last day a contract of `limit` months may (or must) reach; `OUT_OF_RANGE` on `contractStart` past 2199. */
function limitEnd(start: IsoDate, limit: DurationLimit, locale: Locale): IsoDate {
  const end = lastDayOfMonths(start, limit.months);
  if (end === null) throw new AlternanceInputError([outOfRangeIssue("contractStart", locale)], locale);
  return end;
}

/** Duration step and violations; skipped (no step values for the duration) when the end is before the start. */
function durationCheck(
  parsed: CheckContractDatesInput,
  resolved: ResolvedPolicy,
  locale: Locale,
): { steps: Step[]; violations: Violation[]; warnings: Violation[]; duration: { months: number; days: number } | null } {
  const limits = durationLimits(resolved, parsed.extendedDuration);
  const warnings: Violation[] = [];
  if (parsed.extendedDuration !== undefined && !limits.flagApplies) {
    warnings.push(violationOf(extendedDurationNotApplicable, locale, { flag: parsed.extendedDuration, contract: parsed.contract }, "extendedDuration"));
  }
  const ordered = parsed.contractEnd >= parsed.contractStart;
  const length = ordered ? monthsAndDaysBetween(parsed.contractStart, parsed.contractEnd) : null;
  const duration = length ? { months: length.months, days: length.days } : null;
  const earliestEnd = limits.minimum ? limitEnd(parsed.contractStart, limits.minimum, locale) : null;
  const latestEnd = limits.maximum ? limitEnd(parsed.contractStart, limits.maximum, locale) : null;
  const values: DurationValues = {
    duration,
    minimum: limits.minimum && earliestEnd ? { months: limits.minimum.months, source: limits.minimum.source, earliestEnd } : null,
    maximum:
      limits.maximum && latestEnd
        ? { months: limits.maximum.months, source: limits.maximum.source, latestEnd, extendedBy: limits.maximum.extendedBy }
        : null,
    policy: resolved.name,
  };
  const steps = explanationWhen(parsed.explain, () => [
    {
      ...explainStep(durationBounds, locale, values),
      legalBasis: [...new Set([...(limits.minimum?.legalBasis ?? []), ...(limits.maximum?.legalBasis ?? [])])],
    },
  ]);
  const violations: Violation[] = [];
  if (ordered && limits.minimum && earliestEnd && parsed.contractEnd < earliestEnd) {
    violations.push({
      ...violationOf(durationTooShort, locale, { months: limits.minimum.months, contractEnd: parsed.contractEnd, limitEnd: earliestEnd }, "contractEnd"),
      legalBasis: [...limits.minimum.legalBasis],
    });
  }
  if (ordered && limits.maximum && latestEnd && parsed.contractEnd > latestEnd) {
    violations.push({
      ...violationOf(durationTooLong, locale, { months: limits.maximum.months, contractEnd: parsed.contractEnd, limitEnd: latestEnd }, "contractEnd"),
      legalBasis: [...limits.maximum.legalBasis],
    });
  }
  return { steps, violations, warnings, duration };
}

/** The school's validation-timing rules (§3.3 of the MIAGE guide): steps, violations and warnings. */
function timingCheck(
  parsed: CheckContractDatesInput,
  resolved: ResolvedPolicy,
  locale: Locale,
): { steps: Step[]; violations: Violation[]; warnings: Violation[] } {
  const steps: Step[] = [];
  const violations: Violation[] = [];
  const warnings: Violation[] = [];
  const afterValidation = timingRule(resolved, "minimumDaysAfterValidation");
  if (parsed.missionValidatedOn !== undefined) {
    if (afterValidation === null) {
      warnings.push(violationOf(timingRuleNotSet, locale, { field: "missionValidatedOn" }, "missionValidatedOn"));
    } else {
      const limit = addDays(parsed.missionValidatedOn, afterValidation.value);
      if (!isIsoDate(limit)) throw new AlternanceInputError([outOfRangeIssue("missionValidatedOn", locale)], locale);
      const values = { days: afterValidation.value, date: parsed.missionValidatedOn, limit, contractStart: parsed.contractStart };
      if (parsed.contractStart < limit) {
        violations.push({ ...violationOf(startTooSoonAfterValidation, locale, values, "contractStart"), legalBasis: afterValidation.legalBasis });
      } else {
        steps.push(
          ...explanationWhen(parsed.explain, () => [
            { ...explainStep(validationTimingMet, locale, { rule: "days-after-validation", days: values.days, limit }), legalBasis: afterValidation.legalBasis },
          ]),
        );
      }
    }
  }
  const beforeStart = timingRule(resolved, "minimumWorkingDaysBeforeStart");
  if (parsed.validationRequestedOn !== undefined) {
    if (beforeStart === null) {
      warnings.push(violationOf(timingRuleNotSet, locale, { field: "validationRequestedOn" }, "validationRequestedOn"));
    } else {
      const limit = stepWorkingDays(parsed.contractStart, -beforeStart.value, "ouvrables");
      const values = { days: beforeStart.value, date: parsed.validationRequestedOn, limit, contractStart: parsed.contractStart };
      if (parsed.validationRequestedOn > limit) {
        violations.push({ ...violationOf(validationRequestedTooLate, locale, values, "validationRequestedOn"), legalBasis: beforeStart.legalBasis });
      } else {
        steps.push(
          ...explanationWhen(parsed.explain, () => [
            { ...explainStep(validationTimingMet, locale, { rule: "working-days-before-start", days: values.days, limit }), legalBasis: beforeStart.legalBasis },
          ]),
        );
      }
    }
  }
  return { steps, violations, warnings };
}

const SIGNATURE_BASIS: Record<ContractType, string> = {
  apprenticeship: "C. trav. art. L6222-7",
  professionalisation: "C. trav. art. L6325-5",
  "work-study-internship": "C. éduc. art. L124-1",
};

const checkSchemaFor = policyInputSchemas((policy) =>
  inputObject({
    contract: contractTypeSchema(),
    trainingStart: isoDateSchema(),
    trainingEnd: isoDateSchema(),
    contractStart: isoDateSchema(),
    contractEnd: isoDateSchema(),
    signatureDate: z.optional(isoDateSchema()),
    policy,
    extendedDuration: z.optional(z.enum(EXTENDED_DURATIONS)),
    missionValidatedOn: z.optional(isoDateSchema()),
    validationRequestedOn: z.optional(isoDateSchema()),
  }),
);

/**
 * Checks a work-study contract's dates and reports EVERY rule not met (not just the first): end before
 * start (`END_BEFORE_START`), signature after start (`SIGNATURE_AFTER_START`), duration out of bounds
 * (`DURATION_TOO_SHORT`, `DURATION_TOO_LONG`), start or end outside its window (`START_BEFORE_EARLIEST`,
 * `START_AFTER_LATEST`, `END_BEFORE_EARLIEST`, `END_AFTER_LATEST`) and, when the policy sets them, the
 * school's validation timing (`START_TOO_SOON_AFTER_VALIDATION`, `VALIDATION_REQUESTED_TOO_LATE`).
 *
 * A contract lasts exactly N months when it ends on the day before the same day N months after its start
 * (docs/dates.md, UNCONFIRMED: the texts give no day-count convention); so the minimum is met when
 * `contractEnd ≥ addMonths(contractStart, N) − 1 day` and the maximum when `contractEnd ≤ addMonths(contractStart, N) − 1 day`.
 * When the end is before the start, only `END_BEFORE_START` is reported for the duration.
 * The law always applies; a school policy (preset name or object) narrows it (the stricter bound wins).
 * `extendedDuration` replaces the maximum by the matching extended maximum (apprenticeship 48 months with
 * `disabled-worker` or `high-level-athlete`; CPRO 24 with `branch-agreement-24`, 36 with `priority-public-36`);
 * a flag that does not apply to the contract type gives the warning `EXTENDED_DURATION_NOT_APPLICABLE`.
 *
 * School timing (MIAGE guide §3.3 and Tableau 5, our reading): the contract starts at least
 * `minimumDaysAfterValidation` calendar days after `missionValidatedOn` (MIAGE: 7, "1 semaine au moins
 * APRÈS la validation"), and the validation was requested on or before the `minimumWorkingDaysBeforeStart`-th
 * jour ouvrable before the start (MIAGE: 10, "faire la demande de validation de la mission au moins 10 jours
 * (ouvrables) avant la date souhaitée de début").
 *
 * @param input - `{ contract, trainingStart, trainingEnd, contractStart, contractEnd, signatureDate?, policy?,
 *   extendedDuration?, missionValidatedOn?, validationRequestedOn?, locale?, explain? }`
 * @returns `{ valid, violations, windows, duration, explanation, warnings }`
 * @throws AlternanceInputError `INVALID_INPUT` for a malformed field, a training end before its start, a
 *   validation before its request, or a date computed past 2199; `OUT_OF_SCOPE` for contract dates before
 *   2019-01-01 (internship conventions: 2015-09-01) or a training start before then
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038951821 (C. trav. L6222-7-1)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037386541 (C. trav. L6325-11)
 * @example
 * const result = checkContractDates({
 *   contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03",
 *   contractStart: "2025-05-31", contractEnd: "2027-11-04", policy: "miageAixMarseille",
 * });
 * result.valid; //=> false
 * result.violations.map((v) => v.code); //=> ["START_BEFORE_EARLIEST", "END_AFTER_LATEST"]
 */
export function checkContractDates(input: CheckContractDatesInput): CheckContractDatesResult {
  const locale = localeOf(input);
  const parsed = parseInput(checkSchemaFor(input), input, locale) as CheckContractDatesInput;
  throwIfIssues(crossFieldIssues(parsed, locale), locale);
  const resolved = resolvePolicy(parsed.policy, parsed.contract);
  const built = buildWindows(parsed, resolved, locale);
  const windows: ContractWindowsResult = {
    start: built.start,
    end: built.end,
    explanation: built.explanation,
    warnings: verificationWarnings([parsed.trainingStart], locale),
  };

  const violations: Violation[] = [];
  if (parsed.contractEnd < parsed.contractStart) {
    violations.push(violationOf(endBeforeStart, locale, { contractStart: parsed.contractStart, contractEnd: parsed.contractEnd }, "contractEnd"));
  }
  if (parsed.signatureDate !== undefined && parsed.signatureDate > parsed.contractStart) {
    violations.push({
      ...violationOf(signatureAfterStart, locale, { signatureDate: parsed.signatureDate, contractStart: parsed.contractStart }, "signatureDate"),
      legalBasis: [SIGNATURE_BASIS[parsed.contract]],
    });
  }
  const duration = durationCheck(parsed, resolved, locale);
  violations.push(...duration.violations);
  violations.push(...windowViolations(built.bounds, parsed, resolved.name, locale));
  const timing = timingCheck(parsed, resolved, locale);
  violations.push(...timing.violations);

  const checkedDates = [parsed.trainingStart, parsed.contractStart, ...(parsed.signatureDate === undefined ? [] : [parsed.signatureDate])];
  return {
    valid: violations.length === 0,
    violations,
    windows,
    duration: duration.duration,
    explanation: [...built.explanation, ...duration.steps, ...timing.steps],
    warnings: [...duration.warnings, ...timing.warnings, ...verificationWarnings(checkedDates, locale)],
  };
}

/** The input schemas {@link checkContractDates} chooses between (`variants`), for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { checkSchemaFor as checkContractDatesSchemas };
