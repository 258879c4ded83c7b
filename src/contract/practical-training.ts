/**
 * The start of the practical training in the company, at the latest 3 months after the start of an
 * apprenticeship contract (L6222-12).
 */
import { valueAt } from "../core/dated.js";
import { addMonths, type IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { practicalTrainingStartMonths } from "../parameters/contract-checks.js";
import { practicalTrainingStart, type PracticalTrainingValues } from "./rules.js";

/**
 * `sections.practicalTraining` of `checkApprenticeshipContract` (`null` for a CPRO).
 *
 * @example
 * const check: PracticalTrainingCheck = { valid: true, practicalTrainingStart: "2025-09-01", latestStart: "2025-12-01", violations: [], explanation: [], warnings: [] };
 */
export interface PracticalTrainingCheck {
  /** The practical training starts in time (or its start was not given). */
  valid: boolean;
  /** First day of the practical training, as given; `null` when not given (not checked). */
  practicalTrainingStart: IsoDate | null;
  /** Last day it may start: the contract start + 3 calendar months, clamped to the end of the month. */
  latestStart: IsoDate;
  /** `PRACTICAL_TRAINING_START_TOO_LATE`, field `contract.practicalTrainingStart`. */
  violations: Violation[];
  /** The rule applied. */
  explanation: Step[];
  /** None at present. */
  warnings: Violation[];
}

/**
 * Checks that the practical training in the company starts at the latest on the day 3 calendar months
 * after the contract start (`2025-11-30` → `2026-02-28`): that day is allowed, the next is not.
 *
 * @param contractStart - first day of execution of the contract
 * @param start - first day of the practical training, or `undefined`
 * @param locale - language
 * @param explain - the input's `explain`
 * @returns the section
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037385971 (C. trav. L6222-12)
 * @example
 * checkPracticalTraining("2025-11-30", "2026-03-01", "en", false).violations[0].code; //=> "PRACTICAL_TRAINING_START_TOO_LATE"
 */
export function checkPracticalTraining(contractStart: IsoDate, start: IsoDate | undefined, locale: Locale, explain: boolean | undefined): PracticalTrainingCheck {
  const months = valueAt(practicalTrainingStartMonths, contractStart).value;
  const latestStart = addMonths(contractStart, months);
  const values: PracticalTrainingValues = { contractStart, months, latestStart, practicalTrainingStart: start ?? null, met: start === undefined || start <= latestStart };
  const violations = values.met ? [] : [violationOf(practicalTrainingStart, locale, values, "contract.practicalTrainingStart")];
  return {
    valid: values.met,
    practicalTrainingStart: values.practicalTrainingStart,
    latestStart,
    violations,
    explanation: explanationWhen(explain, () => [explainStep(practicalTrainingStart, locale, values)]),
    warnings: [],
  };
}
