/**
 * The `explain` option (API.md §7b) across the public API: which functions take an input object (and
 * so the option), which take positional arguments (and are left as they are), and the helpers the
 * tests of the option share (test/properties/explain-option.property.test.ts and
 * test/core/explain-rendering.test.ts).
 */
import * as api from "../../../src/index.js";

/** Public functions whose first argument is an input object: they accept `explain` and return an `explanation`. */
export const INPUT_OBJECT_FUNCTIONS = [
  "apprenticeMinimumWage",
  "apprenticePaySchedule",
  "apprenticeshipHiringAid",
  "benefitsInKindDeduction",
  "checkApprenticeshipContract",
  "checkApprenticeshipEligibility",
  "checkContractDates",
  "checkProfessionalisationContract",
  "checkProfessionalisationEligibility",
  "checkTrainingHours",
  "contractWindows",
  "employerTrainingContribution",
  "examLeave",
  "familyBenefitsIncomeCeiling",
  "incomeTaxExemption",
  "internshipGratification",
  "internshipPresence",
  "netPay",
  "professionalisationMinimumWage",
  "professionalisationPaySchedule",
  "recommendArrangement",
  "registrationDeadline",
  "trainingHoursRequirement",
  "trialPeriodEnd",
] as const;

/** Public functions with positional arguments and no explanation (`smicAt(date, options)`…): unchanged. */
export const POSITIONAL_FUNCTIONS = [
  "addWorkingDays",
  "countWorkingDays",
  "defineArrangements",
  "frenchPublicHolidays",
  "internshipMinimumHourlyRate",
  "smicAt",
  "socialSecurityCeilingAt",
  "toIsoDate",
] as const;

/** Calls a public function by name. */
export const callApi = (fn: string, args: readonly unknown[]): unknown => (api as unknown as Record<string, (...values: unknown[]) => unknown>)[fn]!(...args);

/** The result of a call, or the input error it threw (any other exception fails the test). */
export function outcome(fn: string, args: readonly unknown[]): { result: unknown } | { error: api.AlternanceInputError } {
  try {
    return { result: callApi(fn, args) };
  } catch (error) {
    if (error instanceof api.AlternanceInputError) return { error };
    throw error;
  }
}

/** The first argument with `explain` set (the other arguments unchanged). */
export const withExplain = (args: readonly unknown[], explain: boolean): unknown[] => [{ ...(args[0] as object), explain }, ...args.slice(1)];

/** A copy of a result with every `explanation`, at any depth (`windows.explanation` too), replaced by `[]`. */
export function withoutExplanationText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExplanationText);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === "explanation" ? [] : withoutExplanationText(inner)]));
}

/** How many `explanation` arrays a result holds, and how many steps in all. */
export function explanationCount(value: unknown): { arrays: number; steps: number } {
  const count = { arrays: 0, steps: 0 };
  const walk = (inner: unknown, key: string): void => {
    if (Array.isArray(inner)) {
      if (key === "explanation") {
        count.arrays += 1;
        count.steps += inner.length;
      }
      inner.forEach((item) => walk(item, ""));
    } else if (inner !== null && typeof inner === "object") {
      for (const [name, child] of Object.entries(inner)) walk(child, name);
    }
  };
  walk(value, "");
  return count;
}

/** Codes of every violation and warning of a result, at any depth. */
export function violationCodes(value: unknown): string[] {
  const codes: string[] = [];
  const walk = (inner: unknown, key: string): void => {
    if (Array.isArray(inner)) {
      for (const item of inner) {
        if ((key === "violations" || key === "warnings") && item !== null && typeof item === "object" && typeof (item as { code?: unknown }).code === "string") {
          codes.push((item as { code: string }).code);
        }
        walk(item, "");
      }
    } else if (inner !== null && typeof inner === "object") {
      for (const [name, child] of Object.entries(inner)) walk(child, name);
    }
  };
  walk(value, "");
  return codes;
}
