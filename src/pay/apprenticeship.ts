/**
 * `apprenticeMinimumWage`: the regulatory minimum pay of an apprentice on a date (C. trav.
 * D6222-26 to D6222-32, R6222-48, D6272-2), and the contract-level terms it shares with
 * `apprenticePaySchedule`.
 */
import * as z from "zod/mini";
import { entryAt, valueAt, type Dated } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import { echoValue } from "../core/echo.js";
import type { InputIssue } from "../core/errors.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import type { Dec } from "../core/money.js";
import { inputObject, finiteNumber, wholeNumber, isoDateSchema, isoDateFrom, strictObject, localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import type { Territory } from "../legal-values/smic.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { smicAmounts, smicValuesOn } from "./smic-values.js";
import {
  apprenticeshipBandAges,
  apprenticeshipGrid,
  apprenticeshipIncreaseCapPercent,
  disabledWorkerExtensionPoints,
  publicSectorOptionalPoints,
  sameLevelDiplomaPoints,
  type ApprenticeAgeBand,
  type ApprenticeshipGrid,
} from "../parameters/apprenticeship-grid.js";
import { apprenticeshipDurations } from "../parameters/contracts.js";
import { licenceProRateYear, sameLevelDiplomaMaximumMonths, shortenedCycleCredit } from "../parameters/pay-apprenticeship-rules.js";
import { legalWeeklyHours } from "../parameters/smic.js";
import { amountsOnMonthlyBase, yearlyHours, type MinimumAmounts } from "./amounts.js";
import { bandOn, bandTimeline, type BandOnDate, type BandTimeline } from "./age-band.js";
import { contractYearBounds, contractYearOn, deemedContractStart } from "./contract-year.js";
import { addMonths } from "../core/dates.js";
import {
  MAX_PREVIOUS_RATE_PERCENT,
  contractDateIssues,
  conventionalMinimumSchema,
  ruleNotCoveredIssue,
  territorySchema,
  tooBigIssue,
  weeklyHoursSchema,
} from "./input.js";
import {
  apprenticeshipAgeBand,
  apprenticeshipBase,
  apprenticeshipBeyondCycle,
  apprenticeshipContractYear,
  apprenticeshipCreditedMonths,
  apprenticeshipDisabledWorkerExtension,
  apprenticeshipGridRate,
  apprenticeshipIncreaseCap,
  apprenticeshipLicencePro,
  apprenticeshipPreviousContract,
  apprenticeshipPublicSector,
  apprenticeshipSameLevelDiploma,
  payAmounts,
  sameLevelDiplomaContractOverOneYear,
  smicInForce,
} from "./rules.js";

/** Apprentice age bands in ascending order. */
const APPRENTICE_BANDS: readonly ApprenticeAgeBand[] = ["under-18", "18-20", "21-25", "26-plus"];
/** From this band on, the percentage applies to the higher of the SMIC and the SMC (D6222-26). */
const FIRST_CONVENTIONAL_BAND_INDEX = APPRENTICE_BANDS.indexOf("21-25");

/**
 * The last contract of the apprentice (D6222-29): the rate of its last year, and whether it led to
 * the diploma or title.
 *
 * @example
 * const previous: PreviousContract = { lastYearRatePercent: 67, diplomaObtained: true };
 */
export interface PreviousContract {
  /** Percent paid in the last year of the previous contract (its regulatory minimum). */
  lastYearRatePercent: number;
  /** Whether that contract led to obtaining the diploma or title. */
  diplomaObtained: boolean;
}

/**
 * What an apprentice's minimum depends on, apart from the date.
 *
 * @example
 * const terms: ApprenticeContractTerms = { birthDate: "2006-04-10", contractStart: "2025-09-01" };
 */
export interface ApprenticeContractTerms {
  /** Birth date of the apprentice. */
  birthDate: IsoDate;
  /** First day of the contract (from 2019-01-01). */
  contractStart: IsoDate;
  /** Last day of the contract, when known; `date` must not be after it. */
  contractEnd?: IsoDate;
  /**
   * Whole months of the training cycle counted as already performed when the contract is shorter
   * than the cycle (D6222-28-1, contracts from 2020-04-01): years are counted as if the contract had
   * started that many months earlier. 0 to 36. Default 0.
   */
  creditedMonths?: number;
  /**
   * Length of the training cycle in years, 1 to 3 (default 3). Years beyond it keep the rate of its
   * last year (prolongation after an exam failure D6222-28, contract longer than the cycle D6222-28-2).
   */
  cycleYears?: number;
  /** Conventional minimum of the job (SMC), full-time monthly, euros; counts from 21 (D6222-26). */
  conventionalMinimumMonthly?: number;
  /** Contractual weekly hours, default 35 (the legal weekly time); amounts are prorated. */
  weeklyHours?: number;
  /** Optional increase granted by a public employer, 10 or 20 points (D6272-2, contracts from 2020-04-27). */
  publicSectorPoints?: 0 | 10 | 20;
  /** Contract of at most one year preparing a diploma of the same level as one held: +15 points (D6222-30). */
  sameLevelDiploma?: boolean;
  /** Contract preparing a licence professionnelle: 2nd-year rate for the whole contract (D6222-32). */
  licencePro?: boolean;
  /** The previous apprenticeship contract (D6222-29). */
  previousContract?: PreviousContract;
  /** Disabled worker (RQTH) whose contract is extended: years beyond the cycle at the last year's rate + 15 points (R6222-48). */
  disabledWorkerExtension?: boolean;
  /** Territory whose SMIC applies, default `"metropole"`. */
  territory?: Territory;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/**
 * Input of {@link apprenticeMinimumWage}.
 *
 * @example
 * const input: ApprenticeMinimumWageInput = { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" };
 */
export interface ApprenticeMinimumWageInput extends ApprenticeContractTerms {
  /** The day the minimum is asked for, within the contract. */
  date: IsoDate;
}

/**
 * Result of {@link apprenticeMinimumWage}.
 *
 * @example
 * const result: ApprenticeMinimumWageResult = apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" });
 */
export interface ApprenticeMinimumWageResult {
  /** Percent of the base (after increases and the 100 %-of-SMIC cap). */
  ratePercent: number;
  /** Age band on the date. */
  ageBand: ApprenticeAgeBand;
  /** Contract year on the date (counted from the deemed start when months are credited). */
  contractYear: number;
  /** `"SMC"` when the conventional minimum counts (from 21) and is higher than the monthly SMIC. */
  base: "SMIC" | "SMC";
  /** Full-time monthly base: the monthly SMIC or the SMC. */
  baseMonthly: number;
  /** Minimum gross pay for the weekly hours, euros a month, rounded half-up to the cent once. */
  monthlyMinimum: number;
  /** Minimum gross pay per hour, rounded to the cent. */
  hourlyMinimum: number;
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
  /** `PARAMETERS_NOT_VERIFIED`, `SAME_LEVEL_DIPLOMA_CONTRACT_OVER_ONE_YEAR`. */
  warnings: Violation[];
}

/**
 * zod/mini fields shared by the apprentice single-date and schedule schemas. Internal.
 *
 * @example
 * inputObject({ ...apprenticeTermsShape, date: isoDateSchema() });
 */
export const apprenticeTermsShape = {
  birthDate: isoDateSchema(),
  contractStart: isoDateFrom(CONTRACT_SCOPE_START),
  creditedMonths: z.optional(wholeNumber().check(z.gte(0))),
  cycleYears: z.optional(wholeNumber().check(z.gte(1))),
  conventionalMinimumMonthly: z.optional(conventionalMinimumSchema()),
  weeklyHours: z.optional(weeklyHoursSchema()),
  publicSectorPoints: z.optional(finiteNumber()),
  sameLevelDiploma: z.optional(z.boolean()),
  licencePro: z.optional(z.boolean()),
  previousContract: z.optional(
    strictObject({ lastYearRatePercent: finiteNumber().check(z.gt(0), z.lte(MAX_PREVIOUS_RATE_PERCENT)), diplomaObtained: z.boolean() }),
  ),
  disabledWorkerExtension: z.optional(z.boolean()),
  territory: z.optional(territorySchema()),
};

const apprenticeMinimumWageSchema = inputObject({
  ...apprenticeTermsShape,
  date: isoDateSchema(),
  contractEnd: z.optional(isoDateSchema()),
});

/**
 * Apprentice contract terms as the schemas give them. Internal.
 *
 * @example
 * const parsed: ParsedApprenticeTerms = { birthDate: "2006-04-10", contractStart: "2025-09-01" };
 */
export type ParsedApprenticeTerms = z.infer<z.ZodMiniObject<typeof apprenticeTermsShape>> & { contractEnd?: IsoDate | undefined };

/**
 * Contract-level values resolved once: grid, bands, increases, base and hours. Internal.
 *
 * @example
 * const terms: ApprenticeTerms = resolveApprenticeTerms(parsed, undefined, "fr");
 */
export interface ApprenticeTerms {
  birthDate: IsoDate;
  contractStart: IsoDate;
  contractEnd: IsoDate | undefined;
  creditedMonths: number;
  deemedStart: IsoDate;
  cycleYears: number;
  grid: ApprenticeshipGrid;
  bands: BandTimeline<ApprenticeAgeBand>;
  /** Year whose rate applies throughout (licence professionnelle), else `null`. */
  licenceProYear: number | null;
  sameLevelPoints: number;
  /** Points added in years beyond the cycle (disabled worker), else 0. */
  extensionPoints: number;
  publicSectorPoints: number;
  previousContract: PreviousContract | null;
  capPercent: number;
  conventionalMinimumMonthly: number | null;
  weeklyHours: number;
  /** weeklyHours × 52, exact. */
  hoursPerYear: Dec;
  fullTimeHours: number;
  territory: Territory;
}

/**
 * Cross-field checks of the apprentice terms (rules covered only for recent contracts, bounds that
 * depend on the contract date).
 */
function apprenticeTermIssues(parsed: ParsedApprenticeTerms, locale: Locale): InputIssue[] {
  const issues: InputIssue[] = [];
  const start = parsed.contractStart;
  const credited = parsed.creditedMonths ?? 0;
  if (credited > 0) {
    if (entryAt(shortenedCycleCredit, start) === undefined) {
      issues.push(ruleNotCoveredIssue("creditedMonths", shortenedCycleCredit.entries[0]!.since, "D6222-28-1", locale));
    }
    const maximum = valueAt(apprenticeshipDurations, start).value.maximumMonths;
    if (credited > maximum) {
      issues.push(tooBigIssue(["creditedMonths"], maximum, { fr: "un cycle dure 3 ans au plus, L6222-7-1", en: "a cycle lasts at most 3 years, L6222-7-1" }, locale));
    }
  }
  const gridYears = valueAt(apprenticeshipGrid, start).value["under-18"].length;
  if (parsed.cycleYears !== undefined && parsed.cycleYears > gridYears) {
    issues.push(tooBigIssue(["cycleYears"], gridYears, { fr: "la grille D6222-26 compte 3 années", en: "the D6222-26 grid has 3 years" }, locale));
  }
  if (parsed.sameLevelDiploma === true && entryAt(sameLevelDiplomaPoints, start) === undefined) {
    issues.push(ruleNotCoveredIssue("sameLevelDiploma", sameLevelDiplomaPoints.entries[0]!.since, "D6222-30", locale));
  }
  if (parsed.licencePro === true && entryAt(licenceProRateYear, start) === undefined) {
    issues.push(ruleNotCoveredIssue("licencePro", licenceProRateYear.entries[0]!.since, "D6222-32", locale));
  }
  const points = parsed.publicSectorPoints ?? 0;
  if (points !== 0) {
    const allowed = entryAt(publicSectorOptionalPoints, start);
    if (allowed === undefined) {
      issues.push(ruleNotCoveredIssue("publicSectorPoints", publicSectorOptionalPoints.entries[0]!.since, "D6272-2", locale));
    } else if (!allowed.value.includes(points)) {
      const values = [0, ...allowed.value].join(", ");
      issues.push(
        inputIssue(
          ["publicSectorPoints"],
          "INVALID_VALUE",
          { fr: `valeur inconnue ${echoValue(points, "fr")} ; valeurs admises : ${values} (D6272-2)`, en: `unknown value ${echoValue(points, "en")}; allowed values: ${values} (D6272-2)` },
          locale,
        ),
      );
    }
  }
  return issues;
}

/**
 * Validates the cross-field rules of apprentice terms (and of `date` when given) and resolves the
 * contract-level values. Internal.
 *
 * @param parsed - terms validated by the schema
 * @param date - the day asked for, or `undefined` for a schedule
 * @param locale - language of the messages
 * @returns the resolved terms
 * @throws AlternanceInputError naming every wrong field
 * @example
 * resolveApprenticeTerms({ birthDate: "2006-04-10", contractStart: "2025-09-01" }, "2025-10-01", "fr").cycleYears; //=> 3
 */
export function resolveApprenticeTerms(parsed: ParsedApprenticeTerms, date: IsoDate | undefined, locale: Locale): ApprenticeTerms {
  throwIfIssues([...contractDateIssues(parsed, date, locale), ...apprenticeTermIssues(parsed, locale)], locale);
  const start = parsed.contractStart;
  const creditedMonths = parsed.creditedMonths ?? 0;
  const grid = valueAt(apprenticeshipGrid, start).value;
  const fullTimeHours = valueAt(legalWeeklyHours, start).value;
  const weeklyHours = parsed.weeklyHours ?? fullTimeHours;
  return {
    birthDate: parsed.birthDate,
    contractStart: start,
    contractEnd: parsed.contractEnd,
    creditedMonths,
    deemedStart: deemedContractStart(start, creditedMonths),
    cycleYears: parsed.cycleYears ?? grid["under-18"].length,
    grid,
    bands: bandTimeline(parsed.birthDate, start, APPRENTICE_BANDS, valueAt(apprenticeshipBandAges, start).value),
    licenceProYear: parsed.licencePro === true ? valueAt(licenceProRateYear, start).value : null,
    sameLevelPoints: parsed.sameLevelDiploma === true ? valueAt(sameLevelDiplomaPoints, start).value : 0,
    extensionPoints: parsed.disabledWorkerExtension === true ? valueAt(disabledWorkerExtensionPoints, start).value : 0,
    publicSectorPoints: parsed.publicSectorPoints ?? 0,
    previousContract: parsed.previousContract ?? null,
    capPercent: valueAt(apprenticeshipIncreaseCapPercent, start).value,
    conventionalMinimumMonthly: parsed.conventionalMinimumMonthly ?? null,
    weeklyHours,
    hoursPerYear: yearlyHours(weeklyHours),
    fullTimeHours,
    territory: parsed.territory ?? "metropole",
  };
}

/**
 * Everything the minimum on one date depends on, computed. Internal.
 *
 * @example
 * const evaluation: ApprenticeEvaluation = evaluateApprentice(terms, "2025-10-01");
 */
export interface ApprenticeEvaluation {
  date: IsoDate;
  contractYear: number;
  /** Year of the grid whose rate applies (licence professionnelle, beyond the cycle). */
  gridYear: number;
  band: BandOnDate<ApprenticeAgeBand>;
  /** Rate of the grid for the band and `gridYear`. */
  ageRate: number;
  extensionApplied: boolean;
  previousApplied: boolean;
  /** Rate after increases, before the cap. */
  uncappedPercent: number;
  ratePercent: number;
  conventionalMinimumCounts: boolean;
  base: "SMIC" | "SMC";
  smic: Dated<number>;
  /** Monthly SMIC for 35 h, rounded to the cent. */
  smicMonthly: number;
  amounts: MinimumAmounts;
}

/**
 * The apprentice's minimum on `date`, from resolved terms. Internal: `date` must be within the
 * contract and the SMIC of the territory known on it.
 *
 * @param terms - from {@link resolveApprenticeTerms}
 * @param date - a day of the contract
 * @returns year, band, rates, base, SMIC and amounts
 * @example
 * evaluateApprentice(terms, "2025-10-01").amounts; //=> { monthly: 774.77, hourly: 5.11 }
 */
export function evaluateApprentice(terms: ApprenticeTerms, date: IsoDate): ApprenticeEvaluation {
  const contractYear = contractYearOn(terms.deemedStart, date);
  const gridYear = terms.licenceProYear ?? Math.min(contractYear, terms.cycleYears);
  const band = bandOn(terms.bands, date);
  const ageRate = terms.grid[band.band][gridYear - 1]!;
  const extensionApplied = terms.extensionPoints > 0 && contractYear > terms.cycleYears;
  let percent = ageRate + (extensionApplied ? terms.extensionPoints : 0) + terms.sameLevelPoints + terms.publicSectorPoints;
  const previous = terms.previousContract;
  const previousApplied = previous !== null && previous.diplomaObtained && previous.lastYearRatePercent > percent;
  if (previousApplied) percent = previous.lastYearRatePercent;
  const smicValues = smicValuesOn(date, terms.territory);
  const smic = smicValues.entry;
  const smicMonthlyAmount = smicValues.monthly;
  const conventionalMinimumCounts = APPRENTICE_BANDS.indexOf(band.band) >= FIRST_CONVENTIONAL_BAND_INDEX;
  const smc = terms.conventionalMinimumMonthly;
  const base = conventionalMinimumCounts && smc !== null && smc > smicMonthlyAmount ? "SMC" : "SMIC";
  const ratePercent = base === "SMIC" ? Math.min(percent, Math.max(terms.capPercent, ageRate)) : percent;
  const amounts =
    base === "SMC" && smc !== null
      ? amountsOnMonthlyBase(ratePercent, smc, terms.weeklyHours, terms.fullTimeHours)
      : smicAmounts(smicValues, ratePercent, terms.weeklyHours, terms.fullTimeHours, terms.hoursPerYear);
  return {
    date,
    contractYear,
    gridYear,
    band,
    ageRate,
    extensionApplied,
    previousApplied,
    uncappedPercent: percent,
    ratePercent,
    conventionalMinimumCounts,
    base,
    smic,
    smicMonthly: smicMonthlyAmount,
    amounts,
  };
}

/**
 * Steps that hold for the whole contract: credited months, licence professionnelle, same-level and
 * public-employer increases. Internal.
 *
 * @param terms - resolved terms
 * @param locale - language
 * @returns the steps (empty when none applies)
 * @example
 * contractLevelSteps(terms, "fr").map((step) => step.rule); //=> ["pay.apprenticeship.same-level-diploma"]
 */
export function contractLevelSteps(terms: ApprenticeTerms, locale: Locale): Step[] {
  const steps: Step[] = [];
  if (terms.creditedMonths > 0) {
    steps.push(explainStep(apprenticeshipCreditedMonths, locale, { creditedMonths: terms.creditedMonths, deemedStart: terms.deemedStart }));
  }
  if (terms.licenceProYear !== null) steps.push(explainStep(apprenticeshipLicencePro, locale, { gridYear: terms.licenceProYear }));
  if (terms.sameLevelPoints > 0) steps.push(explainStep(apprenticeshipSameLevelDiploma, locale, { points: terms.sameLevelPoints }));
  if (terms.publicSectorPoints > 0) steps.push(explainStep(apprenticeshipPublicSector, locale, { points: terms.publicSectorPoints }));
  return steps;
}

/** The explanation of one evaluation, in reading order. */
function explainApprentice(terms: ApprenticeTerms, evaluation: ApprenticeEvaluation, locale: Locale): Step[] {
  const { band, contractYear } = evaluation;
  const steps: Step[] = [
    explainStep(apprenticeshipContractYear, locale, {
      date: evaluation.date,
      contractYear,
      ...contractYearBounds(terms.deemedStart, terms.contractStart, terms.contractEnd, contractYear),
    }),
    explainStep(apprenticeshipAgeBand, locale, {
      ageBand: band.band,
      ageAtStart: terms.bands.ageAtStart,
      contractStart: terms.contractStart,
      since: band.reached?.from ?? null,
      birthday: band.reached?.birthday ?? null,
      nextBand: band.next?.band ?? null,
      nextChange: band.next?.from ?? null,
    }),
    explainStep(apprenticeshipGridRate, locale, { ratePercent: evaluation.ageRate, ageBand: band.band, gridYear: evaluation.gridYear }),
  ];
  if (terms.licenceProYear === null && contractYear > terms.cycleYears) {
    steps.push(explainStep(apprenticeshipBeyondCycle, locale, { contractYear, cycleYears: terms.cycleYears }));
  }
  steps.push(...contractLevelSteps(terms, locale));
  if (evaluation.extensionApplied) {
    steps.push(
      explainStep(apprenticeshipDisabledWorkerExtension, locale, { points: terms.extensionPoints, contractYear, lastYearRatePercent: evaluation.ageRate }),
    );
  }
  if (terms.previousContract !== null) {
    steps.push(explainStep(apprenticeshipPreviousContract, locale, { ...terms.previousContract, applied: evaluation.previousApplied }));
  }
  if (evaluation.uncappedPercent > terms.capPercent && evaluation.uncappedPercent > evaluation.ageRate) {
    steps.push(
      explainStep(apprenticeshipIncreaseCap, locale, {
        uncappedPercent: evaluation.uncappedPercent,
        ratePercent: evaluation.ratePercent,
        capPercent: terms.capPercent,
        base: evaluation.base,
      }),
    );
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
    explainStep(apprenticeshipBase, locale, {
      base: evaluation.base,
      conventionalMinimumCounts: evaluation.conventionalMinimumCounts,
      conventionalMinimumMonthly: terms.conventionalMinimumMonthly,
      smicMonthly: evaluation.smicMonthly,
    }),
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

function baseMonthlyOf(terms: ApprenticeTerms, evaluation: ApprenticeEvaluation): number {
  return evaluation.base === "SMC" && terms.conventionalMinimumMonthly !== null ? terms.conventionalMinimumMonthly : evaluation.smicMonthly;
}

/**
 * Warnings that depend on the contract terms: the same-level-diploma increase on a contract longer
 * than one year. Internal.
 *
 * @param terms - resolved terms
 * @param locale - language
 * @returns `[SAME_LEVEL_DIPLOMA_CONTRACT_OVER_ONE_YEAR]` or `[]`
 * @example
 * apprenticeTermWarnings(terms, "en").map((w) => w.code); //=> []
 */
export function apprenticeTermWarnings(terms: ApprenticeTerms, locale: Locale): Violation[] {
  if (terms.sameLevelPoints === 0 || terms.contractEnd === undefined) return [];
  const maximumMonths = valueAt(sameLevelDiplomaMaximumMonths, terms.contractStart).value;
  if (terms.contractEnd < addMonths(terms.contractStart, maximumMonths)) return [];
  return [violationOf(sameLevelDiplomaContractOverOneYear, locale, { contractStart: terms.contractStart, contractEnd: terms.contractEnd }, "sameLevelDiploma")];
}

/**
 * The regulatory minimum gross pay of an apprentice on a date: the percentage of the D6222-26 grid
 * for the age band and the contract year, with the increases of D6222-29, D6222-30, D6222-32,
 * R6222-48 and D6272-2, applied to the SMIC in force on that date (from 21, to the higher of the
 * SMIC and the conventional minimum), prorated to the weekly hours.
 *
 * - Contract year n runs from the (n−1)th calendar anniversary of `contractStart` to the day before
 *   the nth (not 365-day steps; anniversaries clamped to the month end, so a contract started on
 *   29 February has its anniversary on 28 February in common years, C. proc. civ. art. 641).
 *   `creditedMonths` counts as if the contract had started that many months earlier (D6222-28-1).
 *   Years beyond the cycle (3 years, or `cycleYears`) keep the rate of its last year (D6222-28,
 *   D6222-28-2); with `disabledWorkerExtension`, that rate + 15 points (R6222-48).
 * - Age band: the band of the age reached at `contractStart`, raised by the 18th, 21st or 26th
 *   birthday from the first day of the following month (D6222-31), even for a birthday on the 1st.
 *   Under 16 is paid as 16–17 (D6222-27).
 * - Increases never raise the minimum above 100 % of the SMIC (D6222-31 al. 2), except when the base
 *   is the conventional minimum (its percentage stands). From 26 the age rate alone is 100 %, so on
 *   the SMIC base the increases add nothing.
 * - `monthlyMinimum` = rate × hourly SMIC × weeklyHours × 52 / 12 (or rate × SMC × weeklyHours / 35),
 *   exact, rounded half-up to the cent once; `hourlyMinimum` = rate × hourly base, rounded to the cent.
 *
 * @param input - see {@link ApprenticeMinimumWageInput}
 * @returns rate, band, contract year, base, amounts, the SMIC used, explanation and warnings
 * @throws AlternanceInputError naming every wrong field (`OUT_OF_SCOPE` for a contract before
 * 2019-01-01, Mayotte before 2021-01-01, or a rule covered only from a later date)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038033238 (C. trav. art. D6222-26)
 * @example
 * apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" });
 * //=> { ratePercent: 43, ageBand: "18-20", contractYear: 1, base: "SMIC", baseMonthly: 1801.8, monthlyMinimum: 774.77, hourlyMinimum: 5.11, smic: { hourly: 11.88, monthly: 1801.8, since: "2024-11-01" }, explanation: [...], warnings: [] }
 */
export function apprenticeMinimumWage(input: ApprenticeMinimumWageInput): ApprenticeMinimumWageResult {
  const locale = localeOf(input);
  const parsed = parseInput(apprenticeMinimumWageSchema, input, locale);
  const terms = resolveApprenticeTerms(parsed, parsed.date, locale);
  const evaluation = evaluateApprentice(terms, parsed.date);
  return {
    ratePercent: evaluation.ratePercent,
    ageBand: evaluation.band.band,
    contractYear: evaluation.contractYear,
    base: evaluation.base,
    baseMonthly: baseMonthlyOf(terms, evaluation),
    monthlyMinimum: evaluation.amounts.monthly,
    hourlyMinimum: evaluation.amounts.hourly,
    smic: { hourly: evaluation.smic.value, monthly: evaluation.smicMonthly, since: evaluation.smic.since },
    explanation: explanationWhen(parsed.explain, () => explainApprentice(terms, evaluation, locale)),
    warnings: [...verificationWarnings([parsed.date], locale), ...apprenticeTermWarnings(terms, locale)],
  };
}

/** The input schema {@link apprenticeMinimumWage} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { apprenticeMinimumWageSchema };
