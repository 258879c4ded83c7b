/**
 * Inputs of the whole-contract checks (API.md §11): the contract as the official forms carry it, in
 * nested parts, and the one zod/mini schema per contract type that validates all of it, so that every
 * missing or malformed field is named by its full path (`tutor.birthDate`,
 * `contract.agreedMonthlyPay[2].amount`).
 */
import * as z from "zod/mini";
import type { IsoDate } from "../core/dates.js";
import type { Locale } from "../core/explain.js";
import { Dec } from "../core/money.js";
import { inputObject, finiteNumber, isoDateSchema, isoDateFrom, strictObject, nonNegativeNumber, rawField, wholeNumber } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { datePolicySchema, EXTENDED_DURATIONS, POLICY_NAMES, type DatePolicy, type ExtendedDuration, type PolicyName } from "../dates/index.js";
import { APPRENTICESHIP_EXCEPTIONS, EMPLOYER_KINDS, type ApprenticeshipException, type Benefit, type EmployerKind } from "../eligibility/index.js";
import type { Territory } from "../legal-values/smic.js";
import type { Qualification } from "../pay/index.js";

import type { DiplomaLevel } from "../parameters/diploma-level.js";

/** A working-time derogation for a minor: building and landscaping sites (R3162-1) or the labour inspector's (L3162-1). */
export type MinorWorkingTimeDerogation = "site-activity" | "labour-inspector";

/** Largest number of agreed pay periods: more than one a day over the longest contract (4 years). */
export const MAX_AGREED_PAY_PERIODS = 1500;
/** Sanity bound of an agreed monthly amount, euros (not a legal value: a guard against typing errors). */
export const MAX_AGREED_MONTHLY_AMOUNT = 1_000_000;
/** Sanity bound of a tutor's years of experience (a working life). */
export const MAX_EXPERIENCE_YEARS = 80;
/** Sanity bound of the number of people a tutor supervises (the law allows 3 at most; larger numbers are typing errors). */
export const MAX_SUPERVISED = 100;
/** Sanity bound of an employer's headcount. */
export const MAX_HEADCOUNT = 10_000_000;
/** Hours in a week (7 × 24): the upper bound of `weeklyHours`, as in the pay functions. */
export const HOURS_IN_A_WEEK = 168;
/** Hours in a day: the upper bound of `dailyHours`. */
export const HOURS_IN_A_DAY = 24;

/**
 * One agreed monthly pay, from `from` until the day before the next period's `from` (or the contract
 * end). Periods may be given in any order; each `from` is unique, within the contract, and one of them
 * is the contract start.
 *
 * @example
 * const pay: AgreedMonthlyPay = { from: "2025-09-01", amount: 1100 };
 */
export interface AgreedMonthlyPay {
  /** First day of the period. */
  from: IsoDate;
  /** Gross monthly pay agreed for the contract's weekly hours, euros (at most 2 decimals). */
  amount: number;
}

/**
 * The tutor (maître d'apprentissage, CPRO tutor), as the form describes them.
 *
 * @example
 * const tutor: ContractTutor = { birthDate: "1985-04-02", experienceYears: 6, diplomaLevel: 7, apprenticesSupervised: 1 };
 */
export interface ContractTutor {
  /** Birth date of the tutor. */
  birthDate: IsoDate;
  /** Years of professional activity related to the qualification prepared (internships and apprenticeships excluded); may be fractional. */
  experienceYears: number;
  /** Level (3 to 8) of the tutor's highest diploma in the same professional field as the one prepared. */
  diplomaLevel?: number;
  /** People the tutor supervises at once, this contract included (CPRO: CPRO, apprentices and périodes de professionnalisation). Default 1. */
  apprenticesSupervised?: number;
  /** The employer is the tutor (CPRO: at most 2 supervised instead of 3, D6325-9). */
  isEmployer?: boolean;
}

/**
 * The apprenticeship tutor: {@link ContractTutor} and the extra apprentice of R6223-6.
 *
 * @example
 * const tutor: ApprenticeshipTutor = { birthDate: "1985-04-02", experienceYears: 6, apprenticesSupervised: 3, examFailureExtension: true };
 */
export interface ApprenticeshipTutor extends ContractTutor {
  /**
   * One of the apprentices counted in `apprenticesSupervised` is an apprentice whose training is
   * prolonged after an exam failure (L6222-11), which allows one more (R6223-6). Also assumed when this
   * apprentice claims the `"exam-failure-extension"` exception.
   */
  examFailureExtension?: boolean;
}

/** Dates and terms of the contract shared by both contract types. */
export interface ContractTermsCommon {
  /** Conclusion (signature) of the contract; default `contractStart`. */
  signatureDate?: IsoDate;
  /** First day of execution of the contract, from 2019-01-01. */
  contractStart: IsoDate;
  /** Last day of the contract, not before `contractStart`. */
  contractEnd: IsoDate;
  /** Contractual weekly hours, default 35 (the minimum pay is prorated to them). */
  weeklyHours?: number;
  /** Longest working day, hours; checked for minors only (not checked when absent). */
  dailyHours?: number;
  /** The agreed gross monthly pay, period by period, for the weekly hours. Not checked when absent. */
  agreedMonthlyPay?: AgreedMonthlyPay[];
  /** Conventional minimum of the job (SMC), full-time monthly, euros. */
  conventionalMinimumMonthly?: number;
  /** A minor's working-time derogation: `"site-activity"` 10 h a day and 40 h a week (R3162-1), `"labour-inspector"` 5 more hours a week (L3162-1). */
  workingTimeDerogation?: MinorWorkingTimeDerogation;
  /** A situation that allows a longer contract (see `checkContractDates`). */
  extendedDuration?: ExtendedDuration;
  /** Territory whose SMIC applies, default `"metropole"`. */
  territory?: Territory;
}

/**
 * The apprenticeship contract's dates and terms.
 *
 * @example
 * const contract: ApprenticeshipContractTerms = { contractStart: "2025-09-01", contractEnd: "2027-08-31", agreedMonthlyPay: [{ from: "2025-09-01", amount: 1100 }] };
 */
export interface ApprenticeshipContractTerms extends ContractTermsCommon {
  /** First day of the practical training in the company (box of the CERFA FA13); not checked when absent. */
  practicalTrainingStart?: IsoDate;
  /** Months of the cycle counted as done (D6222-28-1). */
  creditedMonths?: number;
  /** Licence professionnelle: 2nd-year rate for the whole contract (D6222-32). */
  licencePro?: boolean;
  /** Same-level diploma already held, contract of at most one year: +15 points (D6222-30). */
  sameLevelDiploma?: boolean;
  /** The previous apprenticeship contract (D6222-29). */
  previousContract?: {
    /** Percent paid in the last year of the previous contract (D6222-29). */
    lastYearRatePercent: number;
    /** Whether that contract led to the diploma or title. */
    diplomaObtained: boolean;
  };
}

/** The apprentice, as in `checkApprenticeshipEligibility`, and whether a legal representative signs. */
export interface ContractApprentice {
  /** Birth date. */
  birthDate: IsoDate;
  /** Lower secondary school completed (minimum age 15). */
  completedLowerSecondary?: boolean;
  /** Exceptions to the upper age limit. */
  exceptions?: ApprenticeshipException[];
  /** End of the previous apprenticeship contract (required by some exceptions). */
  previousContractEnd?: IsoDate;
  /** A legal representative signs the contract (required for a minor at the conclusion). */
  legalRepresentative?: boolean;
}

/**
 * The training of an apprenticeship contract. The form always carries the training dates and the
 * level; the library also accepts a contract without them (a cohort file may not have them): without
 * the training dates `sections.dates` is `null`, and without the level a tutor's diploma cannot count
 * (R6223-22 a), so `training.diplomaLevel` is required with `tutor.diplomaLevel`.
 */
export interface ApprenticeshipTraining {
  /** Level of the diploma or title prepared, 3 to 8. */
  diplomaLevel?: DiplomaLevel;
  /** First day of the training (DDF); required with `trainingEnd` or `policy`. */
  trainingStart?: IsoDate;
  /** Last day of the training (DFF); required with `trainingStart` or `policy`. */
  trainingEnd?: IsoDate;
  /** Training hours planned; `sections.trainingHours` is `null` without them. */
  trainingHours?: number;
  /** Date policy: a `DatePolicy` or a preset name; default `"legal"`. */
  policy?: DatePolicy | PolicyName;
}

/**
 * Input of `checkApprenticeshipContract`.
 *
 * @example
 * const input: ApprenticeshipContractInput = {
 *   apprentice: { birthDate: "2004-03-10" },
 *   training: { diplomaLevel: 7, trainingStart: "2025-09-01", trainingEnd: "2027-09-03" },
 *   contract: { contractStart: "2025-09-04", contractEnd: "2027-09-03" },
 * };
 */
export interface ApprenticeshipContractInput {
  /** The apprentice. */
  apprentice: ContractApprentice;
  /** The employer: private or public sector, headcount (shown, not checked here). */
  employer?: {
    /** Private or public sector (L6227-1). */
    sector?: "private" | "public";
    /** Headcount of the employer. */
    headcount?: number;
  };
  /** The maître d'apprentissage; `sections.tutor` is `null` without one. */
  tutor?: ApprenticeshipTutor;
  /** The training. */
  training: ApprenticeshipTraining;
  /** Dates and terms of the contract. */
  contract: ApprenticeshipContractTerms;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []` everywhere (passed to every module). */
  explain?: boolean;
}

/** The CPRO employee, as in `checkProfessionalisationEligibility`, and whether a legal representative signs. */
export interface ContractBeneficiary {
  /** Birth date. */
  birthDate: IsoDate;
  /** Registered job seeker. */
  jobSeeker?: boolean;
  /** RSA, ASS, AAH or former CUI. */
  benefits?: Benefit[];
  /** A legal representative signs the contract (required for a minor at the conclusion). */
  legalRepresentative?: boolean;
}

/** The training of a professionalisation contract. */
export interface ProfessionalisationTraining {
  /** Qualification held before the contract (sets the minimum pay, D6325-15). */
  qualification: Qualification;
  /** Level of the qualification prepared, when it has one (shown, not checked: D6325-6 counts experience only). */
  diplomaLevel?: DiplomaLevel;
  /** First day of the training (DDF); required with `trainingEnd` or `policy`; without the dates `sections.dates` is `null`. */
  trainingStart?: IsoDate;
  /** Last day of the training (DFF); required with `trainingStart` or `policy`. */
  trainingEnd?: IsoDate;
  /** Training hours planned; `sections.trainingHours` is `null` without them. */
  trainingHours?: number;
  /** An agreement allows more than 25 % of training (L6325-14). */
  extendedAbove25?: boolean;
  /** Date policy: a `DatePolicy` or a preset name; default `"legal"`. */
  policy?: DatePolicy | PolicyName;
}

/**
 * Input of `checkProfessionalisationContract`: the shape of {@link ApprenticeshipContractInput} with
 * `beneficiary` for `apprentice`, `employer.kind` and `training.qualification`. The apprenticeship-only
 * fields (`practicalTrainingStart`, `creditedMonths`, `licencePro`, `sameLevelDiploma`,
 * `previousContract`, `tutor.examFailureExtension`) are rejected as unknown fields.
 *
 * @example
 * const input: ProfessionalisationContractInput = {
 *   beneficiary: { birthDate: "2002-08-30" },
 *   employer: { kind: "private" },
 *   training: { qualification: "bac-pro-or-higher", trainingStart: "2025-09-04", trainingEnd: "2026-09-04" },
 *   contract: { contractStart: "2025-09-05", contractEnd: "2026-09-04" },
 * };
 */
export interface ProfessionalisationContractInput {
  /** The employee. */
  beneficiary: ContractBeneficiary;
  /** The employer: its kind (who may sign a CPRO) and headcount (shown, not checked here). */
  employer: {
    /** Who the employer is, as in `checkProfessionalisationEligibility` (L6325-1, excluded employers). */
    kind: EmployerKind;
    /** Headcount of the employer. */
    headcount?: number;
  };
  /** The tutor; `sections.tutor` is `null` without one. */
  tutor?: ContractTutor;
  /** The training. */
  training: ProfessionalisationTraining;
  /** Dates and terms of the contract. */
  contract: ContractTermsCommon;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []` everywhere (passed to every module). */
  explain?: boolean;
}

const BENEFITS = ["rsa", "ass", "aah", "former-cui"] as const satisfies readonly Benefit[];
const TERRITORIES = ["metropole", "mayotte"] as const satisfies readonly Territory[];
const QUALIFICATIONS = ["below-bac-pro", "bac-pro-or-higher"] as const satisfies readonly Qualification[];

const diplomaLevel = () => wholeNumber().check(z.gte(3), z.lte(8));
const optionalBoolean = () => z.optional(z.boolean());
/** A value from a list, through a string first so that a missing value is `REQUIRED`. */
const oneOf = <const Values extends readonly string[]>(values: Values) => z.pipe(z.string(), z.enum(values));

const amountSchema = z
  .number()
  .check(
    z.gte(0),
    z.lte(MAX_AGREED_MONTHLY_AMOUNT),
    z.refine((value: number) => new Dec(value).decimalPlaces() <= 2, { params: { code: "NOT_MULTIPLE", step: 0.01 } }),
  );

const tutorShape = {
  birthDate: isoDateSchema(),
  experienceYears: finiteNumber().check(z.gte(0), z.lte(MAX_EXPERIENCE_YEARS)),
  diplomaLevel: z.optional(diplomaLevel()),
  apprenticesSupervised: z.optional(wholeNumber().check(z.gte(1), z.lte(MAX_SUPERVISED))),
  isEmployer: optionalBoolean(),
};

const contractShape = {
  signatureDate: z.optional(isoDateFrom(CONTRACT_SCOPE_START)),
  contractStart: isoDateFrom(CONTRACT_SCOPE_START),
  contractEnd: isoDateSchema(),
  weeklyHours: z.optional(finiteNumber().check(z.gt(0), z.lte(HOURS_IN_A_WEEK))),
  dailyHours: z.optional(finiteNumber().check(z.gt(0), z.lte(HOURS_IN_A_DAY))),
  agreedMonthlyPay: z.optional(
    z.array(strictObject({ from: isoDateSchema(), amount: amountSchema })).check(z.minLength(1), z.maxLength(MAX_AGREED_PAY_PERIODS)),
  ),
  // Pass-through terms: their bounds are checked by the pay functions, and reported at their full path.
  conventionalMinimumMonthly: z.optional(finiteNumber()),
  workingTimeDerogation: z.optional(oneOf(["site-activity", "labour-inspector"])),
  extendedDuration: z.optional(oneOf(EXTENDED_DURATIONS)),
  territory: z.optional(oneOf(TERRITORIES)),
};

// The training dates are optional (both or neither): without them `sections.dates` is `null`.
const trainingShape = {
  trainingStart: z.optional(isoDateSchema()),
  trainingEnd: z.optional(isoDateSchema()),
  trainingHours: z.optional(nonNegativeNumber()),
};

const headcount = () => z.optional(wholeNumber().check(z.gte(0), z.lte(MAX_HEADCOUNT)));

/** The `policy` field: a preset name, or a school's policy object (chosen by the raw input). */
type PolicyField = z.ZodMiniOptional<z.ZodMiniEnum<{ [K in PolicyName]: K }>> | z.ZodMiniOptional<typeof datePolicySchema>;

function apprenticeshipSchema(policy: PolicyField) {
  return inputObject({
    apprentice: strictObject({
      birthDate: isoDateSchema(),
      completedLowerSecondary: optionalBoolean(),
      exceptions: z.optional(z.array(oneOf(APPRENTICESHIP_EXCEPTIONS)).check(z.maxLength(20))),
      previousContractEnd: z.optional(isoDateSchema()),
      legalRepresentative: optionalBoolean(),
    }),
    employer: z.optional(strictObject({ sector: z.optional(oneOf(["private", "public"])), headcount: headcount() })),
    tutor: z.optional(strictObject({ ...tutorShape, examFailureExtension: optionalBoolean() })),
    training: strictObject({ diplomaLevel: z.optional(diplomaLevel()), ...trainingShape, policy }),
    contract: strictObject({
      ...contractShape,
      practicalTrainingStart: z.optional(isoDateSchema()),
      creditedMonths: z.optional(wholeNumber().check(z.gte(0))),
      licencePro: optionalBoolean(),
      sameLevelDiploma: optionalBoolean(),
      previousContract: z.optional(strictObject({ lastYearRatePercent: finiteNumber(), diplomaObtained: z.boolean() })),
    }),
  });
}

function professionalisationSchema(policy: PolicyField) {
  return inputObject({
    beneficiary: strictObject({
      birthDate: isoDateSchema(),
      jobSeeker: optionalBoolean(),
      benefits: z.optional(z.array(oneOf(BENEFITS)).check(z.maxLength(20))),
      legalRepresentative: optionalBoolean(),
    }),
    employer: strictObject({ kind: oneOf(EMPLOYER_KINDS), headcount: headcount() }),
    tutor: z.optional(strictObject(tutorShape)),
    training: strictObject({
      qualification: oneOf(QUALIFICATIONS),
      diplomaLevel: z.optional(diplomaLevel()),
      ...trainingShape,
      extendedAbove25: optionalBoolean(),
      policy,
    }),
    contract: strictObject(contractShape),
  });
}

const policyByName = z.optional(z.enum(POLICY_NAMES));
const policyObject = z.optional(datePolicySchema);

/**
 * Picks the variant of a schema built twice (`training.policy` as a preset name, or as an object) by the
 * raw input; `variants` holds both, for the JSON Schema of the input (their union, src/catalogue/).
 */
function byPolicy<Schema>(build: (policy: PolicyField) => Schema): ((input: unknown) => Schema) & { readonly variants: readonly [Schema, Schema] } {
  const byName = build(policyByName);
  const byObject = build(policyObject);
  const choose = (input: unknown): Schema => {
    return typeof rawField(rawField(input, "training"), "policy") === "string" ? byName : byObject;
  };
  return Object.assign(choose, { variants: [byName, byObject] as const });
}

/**
 * The schema of `checkApprenticeshipContract` for a raw input (both variants built once, at load).
 *
 * @example
 * apprenticeshipContractSchema({ training: { policy: "legal" } }).safeParse({}).success; //=> false
 */
export const apprenticeshipContractSchema = byPolicy(apprenticeshipSchema);

/**
 * The schema of `checkProfessionalisationContract` for a raw input (both variants built once, at load).
 *
 * @example
 * professionalisationContractSchema({}).safeParse({}).success; //=> false
 */
export const professionalisationContractSchema = byPolicy(professionalisationSchema);
