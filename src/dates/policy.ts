/**
 * `DatePolicy`: the date rules of a school or of the law, as plain data a school can write in JSON,
 * and its zod/mini schema.
 *
 * Month offsets are calendar months counted from the training dates and clamped to the end of the
 * month (`2025-11-30` + 3 months = `2026-02-28`). `null` means "no bound on that side".
 */
import * as z from "zod/mini";
import { boundedArray, strictObject, wholeNumber } from "../core/schema.js";
import { EXTENDED_DURATIONS, type ExtendedDuration } from "./contract-type.js";

/** Largest month offset or duration a policy may state (10 years). */
export const MAX_POLICY_MONTHS = 120;
/** Largest number of days a policy's timing rules may state (1 year of calendar days). */
export const MAX_POLICY_DAYS = 366;

/**
 * Where the contract may start, around the training start (DDF): from `monthsBefore` months before
 * it to `monthsAfter` months after it, both included. `null` = no bound on that side.
 *
 * @example
 * const start: StartWindowRule = { monthsBefore: 3, monthsAfter: 3 }; // [DDF − 3 months, DDF + 3 months]
 */
export interface StartWindowRule {
  /** Earliest start = training start − this many months; `null` = no earliest start. */
  monthsBefore: number | null;
  /** Latest start = training start + this many months; `null` = no latest start. */
  monthsAfter: number | null;
  /** Texts or documents that set this window (cited in violations). */
  legalBasis?: string[];
}

/**
 * Where the contract may end, around the training end (DFF): either from `monthsBefore` months before
 * it (default 0: not before the training end; `null`: no earliest end) to `monthsAfter` months after it
 * (`null`: no latest end), or `{ notAfterTrainingEnd: true }` (no earliest end, latest end = DFF).
 *
 * @example
 * const end: EndWindowRule = { monthsAfter: 2 }; // [DFF, DFF + 2 months]
 * const internshipEnd: EndWindowRule = { notAfterTrainingEnd: true }; // end ≤ DFF
 */
export type EndWindowRule =
  | {
      /** Earliest end = training end − this many months; omitted = 0 (not before the training end); `null` = none. */
      monthsBefore?: number | null;
      /** Latest end = training end + this many months; `null` = no latest end. */
      monthsAfter: number | null;
      /** Texts or documents that set this window. */
      legalBasis?: string[];
    }
  | {
      /** The contract ends on the training end at the latest; no earliest end. */
      notAfterTrainingEnd: true;
      /** Texts or documents that set this rule. */
      legalBasis?: string[];
    };

/**
 * Duration bounds of the contract, in months, start and end included. A contract lasts exactly N
 * months when it ends the day before the same day N months after its start (docs/dates.md, UNCONFIRMED).
 *
 * @example
 * const duration: DurationRule = { minimum: 6, maximum: 36, extendedMaximum: { "disabled-worker": 48 } };
 */
export interface DurationRule {
  /** Shortest contract, in months; `null` = no minimum. */
  minimum: number | null;
  /** Longest contract, in months; `null` = no maximum. */
  maximum: number | null;
  /** Longest contract when the matching `extendedDuration` flag is given (replaces `maximum`). */
  extendedMaximum?: Partial<Record<ExtendedDuration, number>>;
  /** Texts or documents that set these bounds. */
  legalBasis?: string[];
}

/**
 * The date rules of one contract type.
 *
 * @example
 * const rules: ContractDateRules = {
 *   start: { monthsBefore: 0, monthsAfter: 3 },
 *   end: { notAfterTrainingEnd: true },
 *   durationMonths: { minimum: 6, maximum: 12 },
 *   minimumDaysAfterValidation: 7,
 * };
 */
export interface ContractDateRules {
  /** Start window around the training start. */
  start: StartWindowRule;
  /** End window around the training end. */
  end: EndWindowRule;
  /** Duration bounds in months. */
  durationMonths: DurationRule;
  /** The contract starts at least this many calendar days after the mission was validated (`missionValidatedOn`). */
  minimumDaysAfterValidation?: number;
  /**
   * The mission's validation was requested at least this many jours ouvrables before the contract start
   * (`validationRequestedOn`).
   */
  minimumWorkingDaysBeforeStart?: number;
}

/**
 * Date rules for work-study contracts, per contract type: plain data that a school can write in JSON
 * and pass as `policy` (validated; a malformed field is reported with its path). A contract type left
 * out is governed by the law alone (`policies.legal`). A school policy can only narrow the law:
 * every function applies the school's bounds and the law's together.
 *
 * @example
 * const policy: DatePolicy = {
 *   name: "École X",
 *   "work-study-internship": {
 *     start: { monthsBefore: 0, monthsAfter: 3 },
 *     end: { notAfterTrainingEnd: true },
 *     durationMonths: { minimum: 6, maximum: 12 },
 *   },
 * };
 */
export interface DatePolicy {
  /** Display name, used in messages. */
  name?: string;
  /**
   * Documents that set the policy, cited when a rule of the policy has no `legalBasis` of its own
   * (without any, violations cite the policy's `name`, or `"DatePolicy"`).
   */
  legalBasis?: string[];
  /** Rules for apprenticeship contracts. */
  apprenticeship?: ContractDateRules;
  /** Rules for professionalisation contracts. */
  professionalisation?: ContractDateRules;
  /** Rules for work-study internships. */
  "work-study-internship"?: ContractDateRules;
}

/**
 * Names of the exported presets, accepted wherever a policy is.
 *
 * @example
 * const name: PolicyName = "miageAixMarseille";
 */
export type PolicyName = "legal" | "miageAixMarseille";

/**
 * Every {@link PolicyName}.
 *
 * @example
 * POLICY_NAMES; //=> ["legal", "miageAixMarseille"]
 */
export const POLICY_NAMES = Object.freeze(["legal", "miageAixMarseille"] as const);

const months = () => wholeNumber().check(z.gte(0), z.lte(MAX_POLICY_MONTHS));
const days = () => wholeNumber().check(z.gte(0), z.lte(MAX_POLICY_DAYS));
const legalBasisSchema = () => z.optional(boundedArray(z.string().check(z.minLength(1), z.maxLength(300)), 20));

const startSchema = strictObject({
  /** Earliest start = training start − this many months; `null` = no earliest start. */
  monthsBefore: z.nullable(months()),
  /** Latest start = training start + this many months; `null` = no latest start. */
  monthsAfter: z.nullable(months()),
  /** Texts or documents that set this window (cited in violations). */
  legalBasis: legalBasisSchema(),
});

const endSchema = z
  .strictObject({
    /** Earliest end = training end − this many months; omitted = 0 (not before the training end); `null` = none. */
    monthsBefore: z.optional(z.nullable(months())),
    /** Latest end = training end + this many months; `null` = no latest end. */
    monthsAfter: z.optional(z.nullable(months())),
    /** The contract ends on the training end at the latest; no earliest end (excludes the month offsets). */
    notAfterTrainingEnd: z.optional(z.literal(true)),
    /** Texts or documents that set this window. */
    legalBasis: legalBasisSchema(),
  })
  .check(
    z.superRefine((end, ctx) => {
      if (end.notAfterTrainingEnd === true) {
        for (const key of ["monthsBefore", "monthsAfter"] as const) {
          if (end[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], input: end[key], params: { code: "CONFLICTING_FIELDS" } });
        }
      } else if (end.monthsAfter === undefined) {
        ctx.addIssue({ code: "invalid_type", expected: "number", input: undefined, path: ["monthsAfter"] });
      }
    }),
  );

/** A valid month count (the cross-field checks skip values the field checks already reject). */
const isMonths = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_POLICY_MONTHS;

const durationSchema = z
  .strictObject({
    /** Shortest contract, in months; `null` = no minimum. */
    minimum: z.nullable(months()),
    /** Longest contract, in months; `null` = no maximum. */
    maximum: z.nullable(months()),
    /** Longest contract when the matching `extendedDuration` flag is given (replaces `maximum`). */
    extendedMaximum: z.optional(z.partialRecord(z.enum(EXTENDED_DURATIONS), months())),
    /** Texts or documents that set these bounds. */
    legalBasis: legalBasisSchema(),
  })
  .check(
    z.superRefine((duration, ctx) => {
      const { minimum, maximum } = duration;
      if (isMonths(minimum) && isMonths(maximum) && minimum > maximum) {
        ctx.addIssue({ code: "too_big", origin: "number", maximum, inclusive: true, input: minimum, path: ["minimum"] });
      }
      const floor = isMonths(maximum) ? maximum : isMonths(minimum) ? minimum : 0;
      for (const [flag, value] of Object.entries(duration.extendedMaximum ?? {})) {
        if (isMonths(value) && value < floor) {
          ctx.addIssue({ code: "too_small", origin: "number", minimum: floor, inclusive: true, input: value, path: ["extendedMaximum", flag] });
        }
      }
    }),
  );

const contractRulesSchema = strictObject({
  /** Start window around the training start. */
  start: startSchema,
  /** End window around the training end. */
  end: endSchema,
  /** Duration bounds in months. */
  durationMonths: durationSchema,
  /** The contract starts at least this many calendar days after the mission was validated (`missionValidatedOn`). */
  minimumDaysAfterValidation: z.optional(days()),
  /** The mission's validation was requested at least this many jours ouvrables before the contract start (`validationRequestedOn`). */
  minimumWorkingDaysBeforeStart: z.optional(days()),
});

/**
 * zod/mini schema of {@link DatePolicy}: strict objects (an unknown or misspelt field is rejected),
 * whole months 0 to 120, whole days 0 to 366, `minimum ≤ maximum ≤ extendedMaximum`, and either
 * month offsets or `notAfterTrainingEnd` for the end window. The functions of this module run it on
 * any `policy` object they receive and report each bad field by its path, e.g.
 * `["policy", "apprenticeship", "start", "monthsBefore"]`.
 *
 * @example
 * datePolicySchema.safeParse({ apprenticeship: { start: { monthsBefore: -1, monthsAfter: 3 } } }).success; //=> false
 */
export const datePolicySchema = strictObject({
  /** Display name, used in messages. */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** Documents that set the policy, cited when a rule of the policy has no `legalBasis` of its own. */
  legalBasis: legalBasisSchema(),
  /** Rules for apprenticeship contracts. */
  apprenticeship: z.optional(contractRulesSchema),
  /** Rules for professionalisation contracts. */
  professionalisation: z.optional(contractRulesSchema),
  /** Rules for work-study internships. */
  "work-study-internship": z.optional(contractRulesSchema),
});
