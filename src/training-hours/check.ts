/**
 * `checkTrainingHours`: does a planned training time fit the contract's minimum (and CPRO maximum)?
 */
import { explainStep, explanationWhen, violationOf, type Step, type Violation } from "../core/explain.js";
import * as z from "zod/mini";
import { inputObject, localeOf, MAX_CONTRACT_HOURS, nonNegativeNumber, parseInput } from "../core/schema.js";
import {
  computeRequirement,
  requirementShape,
  throwIfEndBeforeStart,
  type TrainingHoursRequirementInput,
} from "./requirement.js";
import {
  apprenticeshipPlannedTraining,
  apprenticeshipTrainingMinimum,
  professionalisationPlannedTraining,
  professionalisationTrainingMaximum,
  professionalisationTrainingMinimum,
} from "./rules.js";

/** Input of {@link checkTrainingHours}: the contract, as for `trainingHoursRequirement`, and the planned training. */
export interface CheckTrainingHoursInput extends TrainingHoursRequirementInput {
  /** Training time planned (or, for a repeated year, still to do), hours. */
  trainingHours: number;
}

/** Result of {@link checkTrainingHours}. */
export interface CheckTrainingHoursResult {
  /** `true` when `trainingHours` is between the minimum and the maximum (inclusive). */
  valid: boolean;
  /** `TRAINING_BELOW_MINIMUM`, `TRAINING_ABOVE_MAXIMUM`. */
  violations: Violation[];
  /** Working time of the contract, hours (2 decimals). */
  contractHours: number;
  /** Least training time, hours (2 decimals). */
  minimumHours: number;
  /** Most training time, hours; `null`: no maximum. */
  maximumHours: number | null;
  /** The rules applied, in order. */
  explanation: Step[];
  /** `FLOOR_ABOVE_MAXIMUM`, `PARAMETERS_NOT_VERIFIED`. */
  warnings: Violation[];
}

// Training is part of the contract's working time: at most MAX_CONTRACT_HOURS (4 years of 24-hour days).
const schema = inputObject({ ...requirementShape, trainingHours: nonNegativeNumber().check(z.lte(MAX_CONTRACT_HOURS)) });

/**
 * Checks a training time against the contract's requirement (see `trainingHoursRequirement`):
 * apprenticeship at least 25 % of the working time (L6211-2); professionalisation contract between
 * max(15 %, 150 h) and 25 % (L6325-13), no maximum with `extendedAbove25` (L6325-14). The comparison is
 * made with the bounds the result shows (rounded to 2 decimals), both inclusive, so the answer can be
 * verified from the result itself.
 *
 * For a repeated year, pass the training hours still to do: a new contract is possible only if they
 * reach the minimum (MIAGE guide §4.5).
 *
 * @param input - `{ contract, contractStart, contractEnd, trainingHours, annualHours?, contractHours?, extendedAbove25?, locale?, explain? }`
 * @returns `{ valid, violations, contractHours, minimumHours, maximumHours, explanation, warnings }`
 * @throws AlternanceInputError naming the field (as `trainingHoursRequirement`; `trainingHours` must be a
 *   finite number ≥ 0)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037386056 (C. trav. L6211-2)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033024376 (C. trav. L6325-13)
 * @example
 * checkTrainingHours({ contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: 402 });
 * //=> { valid: true, violations: [], contractHours: 1607, minimumHours: 401.75, maximumHours: null, … }
 * checkTrainingHours({ contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: 590 }).violations[0].code;
 * //=> "TRAINING_ABOVE_MAXIMUM"
 */
export function checkTrainingHours(input: CheckTrainingHoursInput): CheckTrainingHoursResult {
  const locale = localeOf(input);
  const fields = parseInput(schema, input, locale);
  throwIfEndBeforeStart(fields, locale);
  const requirement = computeRequirement(fields, locale);
  const { trainingHours } = fields;
  const { contractHours, minimumHours, maximumHours } = requirement;
  const violations: Violation[] = [];

  if (trainingHours < minimumHours) {
    const violation =
      requirement.floorHours === null
        ? violationOf(apprenticeshipTrainingMinimum, locale, { percent: requirement.minimumPercent, contractHours, minimumHours, trainingHours }, "trainingHours")
        : violationOf(
            professionalisationTrainingMinimum,
            locale,
            { percent: requirement.minimumPercent, floorHours: requirement.floorHours, contractHours, minimumHours, trainingHours },
            "trainingHours",
          );
    violations.push(violation);
  }
  if (maximumHours !== null && requirement.maximumPercent !== null && trainingHours > maximumHours) {
    const values = { percent: requirement.maximumPercent, contractHours, maximumHours, trainingHours };
    violations.push(violationOf(professionalisationTrainingMaximum, locale, values, "trainingHours"));
  }
  const valid = violations.length === 0;
  const planned = fields.contract === "apprenticeship" ? apprenticeshipPlannedTraining : professionalisationPlannedTraining;
  const explanation = explanationWhen(fields.explain, () => [...requirement.explanation, explainStep(planned, locale, { trainingHours, minimumHours, maximumHours, valid })]);
  return { valid, violations, contractHours, minimumHours, maximumHours, explanation, warnings: requirement.warnings };
}

/** The input schema {@link checkTrainingHours} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { schema as checkTrainingHoursSchema };
