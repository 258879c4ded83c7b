/**
 * `trainingHoursRequirement`: the minimum (and, for a CPRO, maximum) training time of a contract, from
 * its dates (C. trav. L6211-2, L6325-13, L6325-14).
 */
import * as z from "zod/mini";
import { valueAt } from "../core/dated.js";
import { monthsAndDaysBetween, type IsoDate } from "../core/dates.js";
import { endBeforeStartIssues } from "../core/contract-issues.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { Dec, roundHalfUp } from "../core/money.js";
import { inputObject, isoDateFrom, isoDateSchema, localeOf, MAX_CONTRACT_HOURS, parseInput, positiveNumber, throwIfIssues } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { apprenticeshipTrainingMinimumPercent, professionalisationTraining } from "../parameters/contracts.js";
import { annualReferenceHours } from "../parameters/smic.js";
import {
  apprenticeshipTrainingMinimum,
  contractDuration,
  contractWorkingHours,
  professionalisationFloorAboveMaximum,
  professionalisationTrainingMaximum,
  professionalisationTrainingMinimum,
} from "./rules.js";

/**
 * Contract whose training time is checked.
 *
 * @example
 * const contract: TrainingContract = "professionalisation";
 */
export type TrainingContract = "apprenticeship" | "professionalisation";

/** Input of {@link trainingHoursRequirement}. */
export interface TrainingHoursRequirementInput {
  /** `"apprenticeship"` (L6211-2) or `"professionalisation"` (L6325-13). */
  contract: TrainingContract;
  /** First day of the contract (or of the action de professionnalisation of a CDI), from 2019-01-01. */
  contractStart: IsoDate;
  /** Last day of the contract, inclusive; not before `contractStart`. */
  contractEnd: IsoDate;
  /** Working hours per 12 months; default 1 607 (L3121-41, OPCO practice: UNCONFIRMED as a legal basis). At most 8 784 (hours in a leap year). */
  annualHours?: number;
  /** Working time of the whole contract in hours, when known: replaces the computation from the dates. */
  contractHours?: number;
  /** CPRO only: a branch or cross-industry agreement allows training above 25 % (L6325-14): no maximum. */
  extendedAbove25?: boolean;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/** Result of {@link trainingHoursRequirement}. */
export interface TrainingHoursRequirementResult {
  /** Working time of the contract, hours (2 decimals, half-up). */
  contractHours: number;
  /** Least training time, hours (2 decimals, half-up). */
  minimumHours: number;
  /** Most training time, hours; `null`: no maximum (apprenticeship, or CPRO with `extendedAbove25`). */
  maximumHours: number | null;
  /** The rules applied, in order. */
  explanation: Step[];
  /** `FLOOR_ABOVE_MAXIMUM`, `PARAMETERS_NOT_VERIFIED`. */
  warnings: Violation[];
}

/** Hours in a leap year (366 × 24): a physical bound on `annualHours`, not a legal value. */
const HOURS_IN_A_LEAP_YEAR = 366 * 24;

/** Fields shared by `trainingHoursRequirement` and `checkTrainingHours`. Internal. */
export const requirementShape = {
  // A string first, so that a missing contract is REQUIRED and an unknown one lists the allowed values.
  contract: z.pipe(z.string(), z.enum(["apprenticeship", "professionalisation"])),
  contractStart: isoDateFrom(CONTRACT_SCOPE_START),
  contractEnd: isoDateSchema(),
  annualHours: z.optional(positiveNumber().check(z.lte(HOURS_IN_A_LEAP_YEAR))),
  contractHours: z.optional(positiveNumber().check(z.lte(MAX_CONTRACT_HOURS))),
  extendedAbove25: z.optional(z.boolean()),
};

const schema = inputObject(requirementShape);

/** The parsed fields of {@link requirementShape}. */
type RequirementFields = z.infer<z.ZodMiniObject<typeof requirementShape>>;

/** Exact bounds, their rounded values and the explanation. Internal. */
export interface Requirement {
  contractHours: number;
  minimumHours: number;
  maximumHours: number | null;
  /** Percentages used, for violation messages. */
  minimumPercent: number;
  maximumPercent: number | null;
  /** CPRO floor in hours (`null` for apprenticeship). */
  floorHours: number | null;
  explanation: Step[];
  warnings: Violation[];
}

/**
 * Rejects an end before the start with `END_BEFORE_START` on `contractEnd`. Internal.
 *
 * @param fields - the parsed contract dates
 * @param locale - language of the message
 * @returns nothing; throws `AlternanceInputError` when the end is before the start
 * @example
 * throwIfEndBeforeStart({ contractStart: "2025-09-01", contractEnd: "2025-08-31" }, "fr"); // throws
 */
export function throwIfEndBeforeStart(fields: { contractStart: IsoDate; contractEnd: IsoDate }, locale: Locale): void {
  throwIfIssues(endBeforeStartIssues(fields.contractStart, fields.contractEnd, locale), locale);
}

/**
 * Computes the training-time bounds of validated fields: exact decimals, rounded once to 2 decimals. Internal.
 *
 * @param fields - validated fields of `trainingHoursRequirement` (with `explain: false`, no explanation)
 * @param locale - language of the explanation
 * @returns the rounded bounds, the shares used, the explanation and the warnings
 * @example
 * computeRequirement({ contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31" }, "fr").minimumHours; //=> 401.75
 */
export function computeRequirement(fields: RequirementFields & { explain?: boolean | undefined }, locale: Locale): Requirement {
  const { contract, contractStart, contractEnd } = fields;
  const warnings: Violation[] = [];

  const duration = monthsAndDaysBetween(contractStart, contractEnd);
  let contractHoursExact: Dec;
  let annualHours: number | null = null;
  if (fields.contractHours === undefined) {
    annualHours = fields.annualHours ?? valueAt(annualReferenceHours, contractStart).value;
    const months = new Dec(duration.months).plus(new Dec(duration.days).div(duration.daysInPartialMonth));
    contractHoursExact = new Dec(annualHours).times(months).div(12);
  } else {
    contractHoursExact = new Dec(fields.contractHours);
  }
  const contractHours = roundHalfUp(contractHoursExact);
  const contractSteps = (): Step[] => [
    explainStep(contractDuration, locale, { contractStart, contractEnd, ...duration }),
    explainStep(contractWorkingHours, locale, { annualHours, contractHours, given: annualHours === null }),
  ];

  if (contract === "apprenticeship") {
    const percent = valueAt(apprenticeshipTrainingMinimumPercent, contractStart).value;
    const minimumHours = roundHalfUp(contractHoursExact.times(percent).div(100));
    const explanation = explanationWhen(fields.explain, () => [
      ...contractSteps(),
      explainStep(apprenticeshipTrainingMinimum, locale, { percent, contractHours, minimumHours }),
    ]);
    warnings.push(...verificationWarnings([contractStart], locale));
    return { contractHours, minimumHours, maximumHours: null, minimumPercent: percent, maximumPercent: null, floorHours: null, explanation, warnings };
  }

  const shares = valueAt(professionalisationTraining, contractStart).value;
  const minimumHours = roundHalfUp(Dec.max(contractHoursExact.times(shares.minimumPercent).div(100), shares.minimumHours));
  const maximumHours = fields.extendedAbove25 ? null : roundHalfUp(contractHoursExact.times(shares.maximumPercent).div(100));
  const explanation = explanationWhen(fields.explain, () => [
    ...contractSteps(),
    explainStep(professionalisationTrainingMinimum, locale, {
      percent: shares.minimumPercent,
      floorHours: shares.minimumHours,
      contractHours,
      minimumHours,
    }),
    explainStep(professionalisationTrainingMaximum, locale, { percent: shares.maximumPercent, contractHours, maximumHours }),
  ]);
  if (maximumHours !== null && shares.minimumHours > maximumHours) {
    warnings.push(
      violationOf(professionalisationFloorAboveMaximum, locale, {
        floorHours: shares.minimumHours,
        percent: shares.maximumPercent,
        maximumHours,
        contractHours,
      }),
    );
  }
  warnings.push(...verificationWarnings([contractStart], locale));
  return {
    contractHours,
    minimumHours,
    maximumHours,
    minimumPercent: shares.minimumPercent,
    maximumPercent: shares.maximumPercent,
    floorHours: shares.minimumHours,
    explanation,
    warnings,
  };
}

/**
 * The training time a contract requires: apprenticeship at least 25 % of the contract's working time
 * (L6211-2); professionalisation contract between 15 % (never less than 150 h) and 25 % (L6325-13), with
 * no maximum when `extendedAbove25` (agreement under L6325-14).
 *
 * The working time is `contractHours` when given, else `annualHours` (default 1 607 h, L3121-41) ×
 * duration in months / 12. The duration counts whole calendar months from `contractStart` (a contract
 * from the 1st to the day before the 1st n months later is exactly n months; 15 September to
 * 14 March is 6 months) and the remaining days as days / length of the month they fall in. The 1 607 h
 * basis is OPCO practice, not a text (UNCONFIRMED, docs/training-hours.md). Hours are computed exactly and rounded
 * half-up to 2 decimals at the output only. When the 150 h floor exceeds the 25 % maximum (CPRO under
 * 600 h), the warning `FLOOR_ABOVE_MAXIMUM` says no training time meets both.
 *
 * It is also the check a school makes before a new contract for a repeated year: the training hours
 * still to do must reach `minimumHours` (MIAGE guide §4.5).
 *
 * @param input - `{ contract, contractStart, contractEnd, annualHours?, contractHours?, extendedAbove25?, locale?, explain? }`
 * @returns `{ contractHours, minimumHours, maximumHours, explanation, warnings }`
 * @throws AlternanceInputError naming the field: unknown contract, missing or impossible date, end before
 *   start (`END_BEFORE_START` on `contractEnd`), hours not a positive finite number; `OUT_OF_SCOPE` for a
 *   start before 2019-01-01
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037386056 (C. trav. L6211-2)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033024376 (C. trav. L6325-13)
 * @example
 * trainingHoursRequirement({ contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31" });
 * //=> { contractHours: 1607, minimumHours: 401.75, maximumHours: null, explanation: [...], warnings: [] }
 * trainingHoursRequirement({ contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31" });
 * //=> { contractHours: 1607, minimumHours: 241.05, maximumHours: 401.75, explanation: [...], warnings: [] }
 */
export function trainingHoursRequirement(input: TrainingHoursRequirementInput): TrainingHoursRequirementResult {
  const locale = localeOf(input);
  const fields = parseInput(schema, input, locale);
  throwIfEndBeforeStart(fields, locale);
  const requirement = computeRequirement(fields, locale);
  return {
    contractHours: requirement.contractHours,
    minimumHours: requirement.minimumHours,
    maximumHours: requirement.maximumHours,
    explanation: requirement.explanation,
    warnings: requirement.warnings,
  };
}

/** The input schema {@link trainingHoursRequirement} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { schema as trainingHoursRequirementSchema };
