/**
 * Pay schedules: the minimum for every period of a contract, split at every contract anniversary,
 * age-band change and SMIC change, identical neighbours merged — the table an employer copies into
 * the contract and the payroll.
 */
import { changesBetween } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import * as z from "zod/mini";
import { explainStep, explanationWhen, type Locale, type RuleDeclaration, type Step, type Violation } from "../core/explain.js";
import { inputObject, isoDateFrom, isoDateSchema, localeOf, parseInput } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { smicSeries, type Territory } from "../legal-values/smic.js";
import { verificationWarnings } from "../legal-values/verification.js";
import type { ApprenticeAgeBand } from "../parameters/apprenticeship-grid.js";
import {
  apprenticeTermWarnings,
  apprenticeTermsShape,
  contractLevelSteps,
  evaluateApprentice,
  resolveApprenticeTerms,
  type ApprenticeContractTerms,
  type ApprenticeEvaluation,
  type ApprenticeTerms,
} from "./apprenticeship.js";
import { anniversariesWithin } from "./contract-year.js";
import { addDays } from "../core/dates.js";
import type { PayAgeBand, ProfessionalisationAgeBand } from "./labels.js";
import {
  evaluateProfessionalisation,
  professionalisationTermsShape,
  resolveProfessionalisationTerms,
  type ProfessionalisationContractTerms,
} from "./professionalisation.js";
import {
  apprenticeshipDisabledWorkerExtension,
  apprenticeshipIncreaseCap,
  apprenticeshipPeriod,
  apprenticeshipPreviousContract,
  apprenticeshipSchedule,
  professionalisationPeriod,
  professionalisationSchedule,
  type PeriodValues,
  type ScheduleValues,
} from "./rules.js";
import { scheduleNet, type ScheduleTotals } from "./schedule-net.js";

/**
 * One period of a pay schedule before its net: the same minimum from `from` to `to` inclusive.
 *
 * @example
 * const period: MinimumPeriod<"18-20"> = { from: "2025-09-01", to: "2025-12-31", contractYear: 1, ageBand: "18-20", ratePercent: 43, smicHourly: 11.88, monthlyMinimum: 774.77, base: "SMIC", hourlyMinimum: 5.11 };
 */
export interface MinimumPeriod<Band extends PayAgeBand = PayAgeBand> {
  /** First day of the period. */
  from: IsoDate;
  /** Last day of the period (inclusive). */
  to: IsoDate;
  /** Contract year (for a CPRO, for information only: its minimum does not progress by year). */
  contractYear: number;
  /** Age band. */
  ageBand: Band;
  /** Percent of the base. */
  ratePercent: number;
  /** Hourly SMIC in force during the period. */
  smicHourly: number;
  /** Minimum gross pay for the weekly hours, euros a month. */
  monthlyMinimum: number;
  /** Base of the percentage. */
  base: "SMIC" | "SMC";
  /** Minimum gross pay per hour. */
  hourlyMinimum: number;
}

/**
 * One period of a pay schedule: the same minimum, gross and net, from `from` to `to` inclusive.
 *
 * @example
 * const period: PayPeriod<"18-20"> = { from: "2025-09-01", to: "2025-12-31", contractYear: 1, ageBand: "18-20", ratePercent: 43, smicHourly: 11.88, monthlyMinimum: 774.77, base: "SMIC", hourlyMinimum: 5.11, netMonthlyMinimum: 774.77 };
 */
export interface PayPeriod<Band extends PayAgeBand = PayAgeBand> extends MinimumPeriod<Band> {
  /**
   * Net pay before income tax of `monthlyMinimum` (`netPay`, private employer, no health insurance,
   * regime by the input's `signatureDate`); `null` in Mayotte, whose rates are not covered.
   */
  netMonthlyMinimum: number | null;
}

/**
 * A pay schedule: contiguous periods covering the contract, with the explanation and warnings.
 *
 * @example
 * const schedule: PaySchedule<ApprenticeAgeBand> = apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-08-31" });
 */
export interface PaySchedule<Band extends PayAgeBand = PayAgeBand> {
  /** Periods in order, from `contractStart` to `contractEnd` with no gap or overlap. */
  periods: PayPeriod<Band>[];
  /** The minimum paid by contract year and over the contract, gross and net (a partly covered month by calendar days). */
  totals: ScheduleTotals;
  /** The splitting rule, the contract-level rules, then one step per period. */
  explanation: Step[];
  /** `PARAMETERS_NOT_VERIFIED` (when the contract ends after `dataVerifiedUntil`), `SAME_LEVEL_DIPLOMA_CONTRACT_OVER_ONE_YEAR`, `NET_PAY_NOT_COVERED` (Mayotte). */
  warnings: Violation[];
}

/**
 * Input of {@link apprenticePaySchedule}: the terms of {@link apprenticeMinimumWage} without `date`,
 * with a required `contractEnd`.
 *
 * @example
 * const input: ApprenticePayScheduleInput = { birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2027-08-31" };
 */
export interface ApprenticePayScheduleInput extends ApprenticeContractTerms {
  /** Last day of the contract. */
  contractEnd: IsoDate;
  /** The day the contract was concluded, for the net column's regime (default `contractStart`); not after the first month. */
  signatureDate?: IsoDate;
  /** `false`: `explanation: []` (API.md §7b). */
  explain?: boolean;
}

/**
 * Input of {@link professionalisationPaySchedule}: the terms of
 * {@link professionalisationMinimumWage} without `date`, with a required `contractEnd`.
 *
 * @example
 * const input: ProfessionalisationPayScheduleInput = { birthDate: "2006-01-15", contractStart: "2025-09-01", contractEnd: "2026-08-31", qualification: "bac-pro-or-higher" };
 */
export interface ProfessionalisationPayScheduleInput extends ProfessionalisationContractTerms {
  /** Last day of the contract. */
  contractEnd: IsoDate;
  /** The day the contract was concluded (default `contractStart`); not after the first month. */
  signatureDate?: IsoDate;
  /** `false`: `explanation: []` (API.md §7b). */
  explain?: boolean;
}

const apprenticePayScheduleSchema = inputObject({ ...apprenticeTermsShape, contractEnd: isoDateSchema(), signatureDate: z.optional(isoDateFrom(CONTRACT_SCOPE_START)) });
const professionalisationPayScheduleSchema = inputObject({
  ...professionalisationTermsShape,
  contractEnd: isoDateSchema(),
  signatureDate: z.optional(isoDateFrom(CONTRACT_SCOPE_START)),
});

/**
 * The first day of every period: the start, then each change date within the contract, ascending,
 * unique. Internal (exported for tests).
 *
 * @example
 * periodStarts("2025-09-01", "2026-08-31", ["2026-01-01", "2025-09-01", "2026-01-01", "2027-01-01"]); //=> ["2025-09-01", "2026-01-01"]
 */
export function periodStarts(contractStart: IsoDate, contractEnd: IsoDate, changes: readonly IsoDate[]): IsoDate[] {
  const inside = changes.filter((date) => date > contractStart && date <= contractEnd).sort();
  const starts = [contractStart];
  for (const date of inside) if (date !== starts[starts.length - 1]) starts.push(date);
  return starts;
}

function samePay(a: MinimumPeriod, b: MinimumPeriod): boolean {
  return (
    a.contractYear === b.contractYear &&
    a.ageBand === b.ageBand &&
    a.ratePercent === b.ratePercent &&
    a.smicHourly === b.smicHourly &&
    a.monthlyMinimum === b.monthlyMinimum &&
    a.base === b.base &&
    a.hourlyMinimum === b.hourlyMinimum
  );
}

/**
 * Evaluates each period at its first day and merges neighbours whose values are identical (a
 * change date that changes nothing, e.g. a SMIC entry repeating the previous value). Internal
 * (exported for tests).
 *
 * @example
 * buildPeriods(["2025-09-01", "2026-01-01"], "2026-08-31", evaluate, toPeriod).periods.length; //=> 1 when both evaluations are equal
 */
export function buildPeriods<Band extends PayAgeBand, E>(
  starts: readonly IsoDate[],
  contractEnd: IsoDate,
  evaluate: (date: IsoDate) => E,
  toPeriod: (evaluation: E, from: IsoDate, to: IsoDate) => MinimumPeriod<Band>,
): { periods: MinimumPeriod<Band>[]; evaluations: E[] } {
  const periods: MinimumPeriod<Band>[] = [];
  const evaluations: E[] = [];
  for (let index = 0; index < starts.length; index += 1) {
    const from = starts[index]!;
    const next = starts[index + 1];
    const evaluation = evaluate(from);
    const period = toPeriod(evaluation, from, next === undefined ? contractEnd : addDays(next, -1));
    const previous = periods[periods.length - 1];
    if (previous !== undefined && samePay(previous, period)) {
      previous.to = period.to;
    } else {
      periods.push(period);
      evaluations.push(evaluation);
    }
  }
  return { periods, evaluations };
}

function periodSteps<Band extends PayAgeBand>(
  rule: RuleDeclaration<PeriodValues>,
  periods: readonly PayPeriod<Band>[],
  smicSince: readonly IsoDate[],
  locale: Locale,
): Step[] {
  return periods.map((period, index) =>
    explainStep(rule, locale, {
      from: period.from,
      to: period.to,
      contractYear: period.contractYear,
      ageBand: period.ageBand,
      ratePercent: period.ratePercent,
      base: period.base,
      smicHourly: period.smicHourly,
      smicSince: smicSince[index]!,
      monthlyMinimum: period.monthlyMinimum,
    }),
  );
}

function scheduleStep(rule: RuleDeclaration<ScheduleValues>, contractStart: IsoDate, contractEnd: IsoDate, periods: number, locale: Locale): Step {
  return explainStep(rule, locale, { contractStart, contractEnd, periods });
}

function smicChanges(territory: Territory, contractStart: IsoDate, contractEnd: IsoDate): IsoDate[] {
  return changesBetween(smicSeries(territory), contractStart, contractEnd);
}

/** Steps for the rules that apply in some periods only (extension, previous contract, cap), once each. */
function occasionalSteps(terms: ApprenticeTerms, evaluations: readonly ApprenticeEvaluation[], locale: Locale): Step[] {
  const steps: Step[] = [];
  const extended = evaluations.find((evaluation) => evaluation.extensionApplied);
  if (extended !== undefined) {
    steps.push(
      explainStep(apprenticeshipDisabledWorkerExtension, locale, {
        points: terms.extensionPoints,
        contractYear: extended.contractYear,
        lastYearRatePercent: extended.ageRate,
      }),
    );
  }
  if (terms.previousContract !== null) {
    const applied = evaluations.some((evaluation) => evaluation.previousApplied);
    steps.push(explainStep(apprenticeshipPreviousContract, locale, { ...terms.previousContract, applied }));
  }
  const capped = evaluations.find((evaluation) => evaluation.uncappedPercent > terms.capPercent && evaluation.uncappedPercent > evaluation.ageRate);
  if (capped !== undefined) {
    steps.push(
      explainStep(apprenticeshipIncreaseCap, locale, {
        uncappedPercent: capped.uncappedPercent,
        ratePercent: capped.ratePercent,
        capPercent: terms.capPercent,
        base: capped.base,
      }),
    );
  }
  return steps;
}

/** What a period needs from an evaluation (apprentice or CPRO). */
interface PeriodEvaluation<Band extends PayAgeBand> {
  contractYear: number;
  band: { band: Band };
  ratePercent: number;
  smic: { value: number };
  base: "SMIC" | "SMC";
  amounts: { monthly: number; hourly: number };
}

/**
 * A period of the schedule with its dates and net, every field written out (an object spread with
 * added fields costs ≈ 1,6 µs in Node 20, a literal ≈ 10 ns: docs/performance.md).
 */
function payPeriod<Band extends PayAgeBand>(period: MinimumPeriod<Band>, from: IsoDate, to: IsoDate, net: number | null): PayPeriod<Band> {
  return {
    from,
    to,
    contractYear: period.contractYear,
    ageBand: period.ageBand,
    ratePercent: period.ratePercent,
    smicHourly: period.smicHourly,
    monthlyMinimum: period.monthlyMinimum,
    base: period.base,
    hourlyMinimum: period.hourlyMinimum,
    netMonthlyMinimum: net,
  };
}

/** One schedule period from the evaluation of its first day. */
function toPayPeriod<Band extends PayAgeBand>(evaluation: PeriodEvaluation<Band>, from: IsoDate, to: IsoDate): MinimumPeriod<Band> {
  return {
    from,
    to,
    contractYear: evaluation.contractYear,
    ageBand: evaluation.band.band,
    ratePercent: evaluation.ratePercent,
    smicHourly: evaluation.smic.value,
    monthlyMinimum: evaluation.amounts.monthly,
    base: evaluation.base,
    hourlyMinimum: evaluation.amounts.hourly,
  };
}

/**
 * The apprentice's minimum pay over the whole contract, as contiguous periods from `contractStart`
 * to `contractEnd` inclusive, split at every contract anniversary (shifted by `creditedMonths`),
 * every age-band change (first day of the month after the 18th, 21st, 26th birthday) and every SMIC
 * revaluation; adjacent periods with identical values are merged. Each period carries what
 * {@link apprenticeMinimumWage} gives on any of its days, and `netMonthlyMinimum`, the net of its
 * minimum by {@link netPay} (private employer, no health insurance, regime by `signatureDate`, default
 * `contractStart`; a period is also split where the social-security ceiling or a rate changes that
 * net). `totals` gives the minimum paid by contract year and over the contract, gross and net, a partly
 * covered month counted by calendar days covered / days in the month, summed exactly and rounded once
 * (the entry or exit month's net is the full month's net prorated the same way: the proration of the
 * exemption ceiling in such a month is not modelled).
 *
 * @param input - the terms of {@link apprenticeMinimumWage} without `date`, with `contractEnd` and an optional `signatureDate`
 * @returns `{ periods, totals, explanation, warnings }`
 * @throws AlternanceInputError naming every wrong field (see {@link apprenticeMinimumWage})
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038033238 (C. trav. art. D6222-26)
 * @example
 * apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-08-31" }).periods;
 * //=> [
 * //   { from: "2025-09-01", to: "2025-12-31", contractYear: 1, ageBand: "18-20", ratePercent: 43, smicHourly: 11.88, monthlyMinimum: 774.77, base: "SMIC", hourlyMinimum: 5.11, netMonthlyMinimum: 774.77 },
 * //   { from: "2026-01-01", to: "2026-05-31", contractYear: 1, ageBand: "18-20", ratePercent: 43, smicHourly: 12.02, monthlyMinimum: 783.9, base: "SMIC", hourlyMinimum: 5.17, netMonthlyMinimum: 783.9 },
 * //   { from: "2026-06-01", to: "2026-08-31", contractYear: 1, ageBand: "18-20", ratePercent: 43, smicHourly: 12.31, monthlyMinimum: 802.82, base: "SMIC", hourlyMinimum: 5.29, netMonthlyMinimum: 802.82 },
 * // ]
 * apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-08-31" }).totals;
 * //=> { byContractYear: [{ contractYear: 1, from: "2025-09-01", to: "2026-08-31", gross: 9427.04, net: 9427.04 }], gross: 9427.04, net: 9427.04 }
 */
export function apprenticePaySchedule(input: ApprenticePayScheduleInput): PaySchedule<ApprenticeAgeBand> {
  const locale = localeOf(input);
  const parsed = parseInput(apprenticePayScheduleSchema, input, locale);
  const terms = resolveApprenticeTerms(parsed, undefined, locale);
  const { contractStart } = terms;
  const contractEnd = parsed.contractEnd;
  const starts = periodStarts(contractStart, contractEnd, [
    ...anniversariesWithin(terms.deemedStart, contractStart, contractEnd),
    ...terms.bands.changes.map((change) => change.from),
    ...smicChanges(terms.territory, contractStart, contractEnd),
  ]);
  const minimum = buildPeriods<ApprenticeAgeBand, ApprenticeEvaluation>(
    starts,
    contractEnd,
    (date) => evaluateApprentice(terms, date),
    toPayPeriod,
  );
  const net = scheduleNet(minimum.periods, { contract: "apprenticeship", signatureDate: parsed.signatureDate, territory: terms.territory, contractStart, contractEnd }, parsed.explain, locale, payPeriod);
  const { periods } = net;
  const evaluations = net.origin.map((index) => minimum.evaluations[index]!);
  return {
    periods,
    totals: net.totals,
    explanation: explanationWhen(parsed.explain, () => [
      scheduleStep(apprenticeshipSchedule, contractStart, contractEnd, periods.length, locale),
      ...contractLevelSteps(terms, locale),
      ...occasionalSteps(terms, evaluations, locale),
      ...periodSteps(
        apprenticeshipPeriod,
        periods,
        evaluations.map((evaluation) => evaluation.smic.since),
        locale,
      ),
      ...net.steps,
    ]),
    warnings: [...verificationWarnings([contractEnd], locale), ...apprenticeTermWarnings(terms, locale), ...net.warnings],
  };
}

/**
 * The CPRO employee's minimum pay over the whole contract, as contiguous periods from
 * `contractStart` to `contractEnd` inclusive, split at every age-band change (first day of the month
 * after the 21st and 26th birthday), every SMIC revaluation and — for the `contractYear` field,
 * given for information — every contract anniversary; adjacent periods with identical values are
 * merged. Same shape as {@link apprenticePaySchedule}, with the net column and the totals (the net
 * of a CPRO employee is computed on the standard regime: every contribution on the whole gross).
 *
 * @param input - the terms of {@link professionalisationMinimumWage} without `date`, with `contractEnd` and an optional `signatureDate`
 * @returns `{ periods, totals, explanation, warnings }`
 * @throws AlternanceInputError naming every wrong field (see {@link professionalisationMinimumWage})
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000018522997 (C. trav. art. D6325-15)
 * @example
 * professionalisationPaySchedule({ birthDate: "2006-01-15", contractStart: "2025-09-01", contractEnd: "2026-08-31", qualification: "bac-pro-or-higher" }).periods.map((p) => [p.from, p.to, p.monthlyMinimum]);
 * //=> [["2025-09-01", "2025-12-31", 1171.17], ["2026-01-01", "2026-05-31", 1184.97], ["2026-06-01", "2026-08-31", 1213.56]]
 */
export function professionalisationPaySchedule(input: ProfessionalisationPayScheduleInput): PaySchedule<ProfessionalisationAgeBand> {
  const locale = localeOf(input);
  const parsed = parseInput(professionalisationPayScheduleSchema, input, locale);
  const terms = resolveProfessionalisationTerms(parsed, undefined, locale);
  const { contractStart } = terms;
  const contractEnd = parsed.contractEnd;
  const starts = periodStarts(contractStart, contractEnd, [
    ...anniversariesWithin(contractStart, contractStart, contractEnd),
    ...terms.bands.changes.map((change) => change.from),
    ...smicChanges(terms.territory, contractStart, contractEnd),
  ]);
  const minimum = buildPeriods(
    starts,
    contractEnd,
    (date) => evaluateProfessionalisation(terms, date),
    toPayPeriod,
  );
  const net = scheduleNet(minimum.periods, { contract: "professionalisation", signatureDate: parsed.signatureDate, territory: terms.territory, contractStart, contractEnd }, parsed.explain, locale, payPeriod);
  const { periods } = net;
  const evaluations = net.origin.map((index) => minimum.evaluations[index]!);
  return {
    periods,
    totals: net.totals,
    explanation: explanationWhen(parsed.explain, () => [
      scheduleStep(professionalisationSchedule, contractStart, contractEnd, periods.length, locale),
      ...periodSteps(
        professionalisationPeriod,
        periods,
        evaluations.map((evaluation) => evaluation.smic.since),
        locale,
      ),
      ...net.steps,
    ]),
    warnings: [...verificationWarnings([contractEnd], locale), ...net.warnings],
  };
}

/** The input schemas the two schedules validate with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { apprenticePayScheduleSchema, professionalisationPayScheduleSchema };
