/**
 * `professionalisationMinimumWage`: the regulatory minimum pay of a professionalisation-contract
 * (CPRO) employee on a date (C. trav. L6325-8, L6325-9, D6325-14 to D6325-18), and the
 * contract-level terms it shares with `professionalisationPaySchedule`.
 */
import * as z from "zod/mini";
import { valueAt, type Dated } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, type Locale, type Step, type Violation } from "../core/explain.js";
import { Dec } from "../core/money.js";
import { inputObject, isoDateFrom, isoDateSchema, localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import type { Territory } from "../legal-values/smic.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { smicAmounts, smicValuesOn } from "./smic-values.js";
import {
  professionalisationBandAges,
  professionalisationGrid,
  type ProfessionalisationGrid,
  type Qualification,
} from "../parameters/professionalisation-grid.js";
import { legalWeeklyHours } from "../parameters/smic.js";
import { amountsOnMonthlyBase, yearlyHours, type MinimumAmounts } from "./amounts.js";
import { bandOn, bandTimeline, type BandOnDate, type BandTimeline } from "./age-band.js";
import { contractYearOn } from "./contract-year.js";
import { contractDateIssues, conventionalMinimumSchema, territorySchema, weeklyHoursSchema } from "./input.js";
import type { ProfessionalisationAgeBand } from "./labels.js";
import { payAmounts, professionalisationAgeBand, professionalisationGridRate, professionalisationOlder, smicInForce } from "./rules.js";

export type { ProfessionalisationAgeBand } from "./labels.js";

/** CPRO age bands in ascending order. */
const PROFESSIONALISATION_BANDS: readonly ProfessionalisationAgeBand[] = ["under-21", "21-25", "26-plus"];

/**
 * What a CPRO minimum depends on, apart from the date.
 *
 * @example
 * const terms: ProfessionalisationContractTerms = { birthDate: "2006-01-15", contractStart: "2025-09-01", qualification: "bac-pro-or-higher" };
 */
export interface ProfessionalisationContractTerms {
  /** Birth date of the employee. */
  birthDate: IsoDate;
  /** First day of the contract (from 2019-01-01). */
  contractStart: IsoDate;
  /** Last day of the contract, when known; `date` must not be after it. */
  contractEnd?: IsoDate;
  /**
   * Qualification held (D6325-15): `"bac-pro-or-higher"` for at least a bac professionnel or a
   * professional title or diploma of the same level; a general bac alone is `"below-bac-pro"`.
   */
  qualification: Qualification;
  /** Conventional minimum of the job (SMC), full-time monthly, euros; counts from 26 (85 %, D6325-18). */
  conventionalMinimumMonthly?: number;
  /** Contractual weekly hours, default 35; amounts are prorated. */
  weeklyHours?: number;
  /** Territory whose SMIC applies, default `"metropole"`. */
  territory?: Territory;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/**
 * Input of {@link professionalisationMinimumWage}.
 *
 * @example
 * const input: ProfessionalisationMinimumWageInput = { birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01", qualification: "bac-pro-or-higher" };
 */
export interface ProfessionalisationMinimumWageInput extends ProfessionalisationContractTerms {
  /** The day the minimum is asked for, within the contract. */
  date: IsoDate;
}

/**
 * Result of {@link professionalisationMinimumWage}.
 *
 * @example
 * const result: ProfessionalisationMinimumWageResult = professionalisationMinimumWage({ birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01", qualification: "bac-pro-or-higher" });
 */
export interface ProfessionalisationMinimumWageResult {
  /** Percent of the base: of the SMIC, or 85 % of the SMC from 26 when that is higher. */
  ratePercent: number;
  /** Age band on the date. */
  ageBand: ProfessionalisationAgeBand;
  /** `"SMC"` from 26 when 85 % of the conventional minimum is higher than the monthly SMIC. */
  base: "SMIC" | "SMC";
  /** Minimum gross pay for the weekly hours, euros a month, rounded half-up to the cent once. */
  monthlyMinimum: number;
  /** Minimum gross pay per hour, rounded to the cent. */
  hourlyMinimum: number;
  /** Contract year on the date, for information: the CPRO minimum does not progress by year. */
  contractYear: number;
  /** Full-time monthly base: the monthly SMIC or the SMC. */
  baseMonthly: number;
  /** The SMIC in force on the date: hourly, monthly for 35 h, and the day it applies from. */
  smic: {
    /** Hourly SMIC, euros. */
    hourly: number;
    /** Monthly SMIC for 35 h a week (hourly × 35 × 52 / 12), rounded to the cent. */
    monthly: number;
    /** The day this SMIC applies from. */
    since: IsoDate;
  };
  /** The rules applied, in order. */
  explanation: Step[];
  /** `PARAMETERS_NOT_VERIFIED`. */
  warnings: Violation[];
}

/**
 * zod/mini fields shared by the CPRO single-date and schedule schemas. Internal.
 *
 * @example
 * inputObject({ ...professionalisationTermsShape, date: isoDateSchema() });
 */
export const professionalisationTermsShape = {
  birthDate: isoDateSchema(),
  contractStart: isoDateFrom(CONTRACT_SCOPE_START),
  // through z.string() first, so that a missing qualification is REQUIRED (a bare z.enum reports it as an unknown value)
  qualification: z.pipe(z.string(), z.enum(["below-bac-pro", "bac-pro-or-higher"])),
  conventionalMinimumMonthly: z.optional(conventionalMinimumSchema()),
  weeklyHours: z.optional(weeklyHoursSchema()),
  territory: z.optional(territorySchema()),
};

const professionalisationMinimumWageSchema = inputObject({
  ...professionalisationTermsShape,
  date: isoDateSchema(),
  contractEnd: z.optional(isoDateSchema()),
});

/**
 * CPRO contract terms as the schemas give them. Internal.
 *
 * @example
 * const parsed: ParsedProfessionalisationTerms = { birthDate: "2006-01-15", contractStart: "2025-09-01", qualification: "bac-pro-or-higher" };
 */
export type ParsedProfessionalisationTerms = z.infer<z.ZodMiniObject<typeof professionalisationTermsShape>> & { contractEnd?: IsoDate | undefined };

/**
 * CPRO contract-level values resolved once. Internal.
 *
 * @example
 * const terms: ProfessionalisationTerms = resolveProfessionalisationTerms(parsed, undefined, "fr");
 */
export interface ProfessionalisationTerms {
  contractStart: IsoDate;
  contractEnd: IsoDate | undefined;
  qualification: Qualification;
  grid: ProfessionalisationGrid;
  bands: BandTimeline<ProfessionalisationAgeBand>;
  conventionalMinimumMonthly: number | null;
  weeklyHours: number;
  /** weeklyHours × 52, exact. */
  hoursPerYear: Dec;
  fullTimeHours: number;
  territory: Territory;
}

/**
 * Validates the cross-field rules of CPRO terms (and of `date` when given) and resolves the
 * contract-level values. Internal.
 *
 * @param parsed - terms validated by the schema
 * @param date - the day asked for, or `undefined` for a schedule
 * @param locale - language of the messages
 * @returns the resolved terms
 * @throws AlternanceInputError naming every wrong field
 * @example
 * resolveProfessionalisationTerms({ birthDate: "2006-01-15", contractStart: "2025-09-01", qualification: "bac-pro-or-higher" }, "2025-11-01", "fr").weeklyHours; //=> 35
 */
export function resolveProfessionalisationTerms(parsed: ParsedProfessionalisationTerms, date: IsoDate | undefined, locale: Locale): ProfessionalisationTerms {
  throwIfIssues(contractDateIssues(parsed, date, locale), locale);
  const start = parsed.contractStart;
  const fullTimeHours = valueAt(legalWeeklyHours, start).value;
  const weeklyHours = parsed.weeklyHours ?? fullTimeHours;
  return {
    contractStart: start,
    contractEnd: parsed.contractEnd,
    qualification: parsed.qualification,
    grid: valueAt(professionalisationGrid, start).value,
    bands: bandTimeline(parsed.birthDate, start, PROFESSIONALISATION_BANDS, valueAt(professionalisationBandAges, start).value),
    conventionalMinimumMonthly: parsed.conventionalMinimumMonthly ?? null,
    weeklyHours,
    hoursPerYear: yearlyHours(weeklyHours),
    fullTimeHours,
    territory: parsed.territory ?? "metropole",
  };
}

/**
 * Everything the CPRO minimum on one date depends on, computed. Internal.
 *
 * @example
 * const evaluation: ProfessionalisationEvaluation = evaluateProfessionalisation(terms, "2025-11-01");
 */
export interface ProfessionalisationEvaluation {
  date: IsoDate;
  contractYear: number;
  band: BandOnDate<ProfessionalisationAgeBand>;
  ratePercent: number;
  base: "SMIC" | "SMC";
  /** 85 % of the SMC, from 26 when a SMC is given, else `null`. */
  conventionalShare: number | null;
  smic: Dated<number>;
  smicMonthly: number;
  amounts: MinimumAmounts;
}

/**
 * The CPRO minimum on `date`, from resolved terms. Internal: `date` must be within the contract and
 * the SMIC of the territory known on it.
 *
 * @param terms - from {@link resolveProfessionalisationTerms}
 * @param date - a day of the contract
 * @returns band, rate, base, SMIC and amounts
 * @example
 * evaluateProfessionalisation(terms, "2025-11-01").amounts; //=> { monthly: 1171.17, hourly: 7.72 }
 */
export function evaluateProfessionalisation(terms: ProfessionalisationTerms, date: IsoDate): ProfessionalisationEvaluation {
  const band = bandOn(terms.bands, date);
  const smicValues = smicValuesOn(date, terms.territory);
  const smic = smicValues.entry;
  const smicMonthlyAmount = smicValues.monthly;
  const contractYear = contractYearOn(terms.contractStart, date);
  if (band.band !== "26-plus") {
    const ratePercent = terms.grid[band.band][terms.qualification];
    return {
      date,
      contractYear,
      band,
      ratePercent,
      base: "SMIC",
      conventionalShare: null,
      smic,
      smicMonthly: smicMonthlyAmount,
      amounts: smicAmounts(smicValues, ratePercent, terms.weeklyHours, terms.fullTimeHours, terms.hoursPerYear),
    };
  }
  const { smicPercent, smcPercent } = terms.grid["26-plus"];
  const smc = terms.conventionalMinimumMonthly;
  const share = smc === null ? null : new Dec(smc).times(smcPercent).div(100);
  const onConventional = share !== null && smc !== null && share.greaterThan(new Dec(smicMonthlyAmount).times(smicPercent).div(100));
  return {
    date,
    contractYear,
    band,
    ratePercent: onConventional ? smcPercent : smicPercent,
    base: onConventional ? "SMC" : "SMIC",
    conventionalShare: share === null ? null : share.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toNumber(),
    smic,
    smicMonthly: smicMonthlyAmount,
    amounts: onConventional
      ? amountsOnMonthlyBase(smcPercent, smc, terms.weeklyHours, terms.fullTimeHours)
      : smicAmounts(smicValues, smicPercent, terms.weeklyHours, terms.fullTimeHours, terms.hoursPerYear),
  };
}

function baseMonthlyOf(terms: ProfessionalisationTerms, evaluation: ProfessionalisationEvaluation): number {
  return evaluation.base === "SMC" && terms.conventionalMinimumMonthly !== null ? terms.conventionalMinimumMonthly : evaluation.smicMonthly;
}

function explainProfessionalisation(terms: ProfessionalisationTerms, evaluation: ProfessionalisationEvaluation, locale: Locale): Step[] {
  const { band } = evaluation;
  const steps: Step[] = [
    explainStep(professionalisationAgeBand, locale, {
      ageBand: band.band,
      ageAtStart: terms.bands.ageAtStart,
      contractStart: terms.contractStart,
      since: band.reached?.from ?? null,
      birthday: band.reached?.birthday ?? null,
      nextBand: band.next?.band ?? null,
      nextChange: band.next?.from ?? null,
    }),
  ];
  if (band.band === "26-plus") {
    steps.push(
      explainStep(professionalisationOlder, locale, {
        base: evaluation.base,
        conventionalMinimumMonthly: terms.conventionalMinimumMonthly,
        smcPercent: terms.grid["26-plus"].smcPercent,
        conventionalShare: evaluation.conventionalShare,
        smicMonthly: evaluation.smicMonthly,
      }),
    );
  } else {
    steps.push(explainStep(professionalisationGridRate, locale, { ratePercent: evaluation.ratePercent, ageBand: band.band, qualification: terms.qualification }));
  }
  const smicStep = explainStep(smicInForce, locale, {
    date: evaluation.date,
    territory: terms.territory,
    hourly: evaluation.smic.value,
    monthly: evaluation.smicMonthly,
    since: evaluation.smic.since,
    weeklyHours: terms.fullTimeHours,
  });
  smicStep.legalBasis.push(...evaluation.smic.legalBasis);
  steps.push(
    smicStep,
    explainStep(payAmounts, locale, {
      ratePercent: evaluation.ratePercent,
      base: evaluation.base,
      baseHourly: evaluation.smic.value,
      baseMonthly: baseMonthlyOf(terms, evaluation),
      weeklyHours: terms.weeklyHours,
      fullTimeHours: terms.fullTimeHours,
      monthlyMinimum: evaluation.amounts.monthly,
      hourlyMinimum: evaluation.amounts.hourly,
    }),
  );
  return steps;
}

/**
 * The regulatory minimum gross pay of a professionalisation-contract employee on a date: under 21,
 * 55 % of the SMIC (65 % with at least a bac professionnel); from 21 to 25, 70 % (80 %); from 26, the
 * higher of the SMIC and 85 % of the conventional minimum (SMC). No progression by contract year.
 *
 * - Age band: the band of the age reached at `contractStart`, raised by the 21st or 26th birthday
 *   from the first day of the following month (D6325-16), even for a birthday on the 1st.
 * - The SMIC in force on `date` (every revaluation, mid-year ones included), metropole or Mayotte.
 * - `monthlyMinimum` = rate × hourly SMIC × weeklyHours × 52 / 12 (or 85 % × SMC × weeklyHours / 35),
 *   exact, rounded half-up to the cent once.
 *
 * @param input - see {@link ProfessionalisationMinimumWageInput}
 * @returns rate, band, base, amounts, contract year (for information), the SMIC used, explanation and warnings
 * @throws AlternanceInputError naming every wrong field (`OUT_OF_SCOPE` for a contract before
 * 2019-01-01 or Mayotte before 2021-01-01)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000018522997 (C. trav. art. D6325-15)
 * @example
 * professionalisationMinimumWage({ birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01", qualification: "bac-pro-or-higher" });
 * //=> { ratePercent: 65, ageBand: "under-21", base: "SMIC", monthlyMinimum: 1171.17, hourlyMinimum: 7.72, contractYear: 1, baseMonthly: 1801.8, smic: { hourly: 11.88, monthly: 1801.8, since: "2024-11-01" }, explanation: [...], warnings: [] }
 */
export function professionalisationMinimumWage(input: ProfessionalisationMinimumWageInput): ProfessionalisationMinimumWageResult {
  const locale = localeOf(input);
  const parsed = parseInput(professionalisationMinimumWageSchema, input, locale);
  const terms = resolveProfessionalisationTerms(parsed, parsed.date, locale);
  const evaluation = evaluateProfessionalisation(terms, parsed.date);
  return {
    ratePercent: evaluation.ratePercent,
    ageBand: evaluation.band.band,
    base: evaluation.base,
    monthlyMinimum: evaluation.amounts.monthly,
    hourlyMinimum: evaluation.amounts.hourly,
    contractYear: evaluation.contractYear,
    baseMonthly: baseMonthlyOf(terms, evaluation),
    smic: { hourly: evaluation.smic.value, monthly: evaluation.smicMonthly, since: evaluation.smic.since },
    explanation: explanationWhen(parsed.explain, () => explainProfessionalisation(terms, evaluation, locale)),
    warnings: verificationWarnings([parsed.date], locale),
  };
}

/** The input schema {@link professionalisationMinimumWage} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { professionalisationMinimumWageSchema };
