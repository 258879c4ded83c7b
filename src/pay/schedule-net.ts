/**
 * The net column and the totals of pay schedules (API.md §8): the net of every period's monthly
 * minimum through the public `netPay` (private employer, regime by the contract's signature date), and
 * the minimum paid by contract year and over the contract, gross and net, a partly covered month
 * counted by calendar days.
 */
import { addDays, dayOfMonth, daysInMonth, monthIndex, type IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { centsOf } from "../core/money.js";
import { addProrated, prorated, roundProrated, type ProratedAmount } from "../core/prorated.js";
import { throwIfIssues } from "../core/schema.js";
import type { Territory } from "../legal-values/smic.js";
import { netPay, type NetPayRegime } from "../net-pay/index.js";
import { netPayMonthlySeries } from "../parameters/net-pay-series.js";
import { netNotCovered, scheduleNetColumn, scheduleTotals } from "./rules.js";

/** What the net of a schedule's periods depends on. */
export interface NetTerms {
  contract: "apprenticeship" | "professionalisation";
  /** The day the contract was concluded (the input's `signatureDate`, else `contractStart`). */
  signatureDate: IsoDate;
  territory: Territory;
  contractStart: IsoDate;
  contractEnd: IsoDate;
  /** Language of the nets' warnings. */
  locale?: Locale;
}

/** The field the net column adds. */
interface WithNet {
  netMonthlyMinimum: number | null;
}

/**
 * Writes a period of the schedule with its dates and net. The caller writes every field out: in
 * Node 20 (V8 11), an object spread followed by other fields (`{ ...period, netMonthlyMinimum }`)
 * takes ≈ 1,6 µs, a literal ≈ 10 ns (docs/performance.md, "2026-12-05").
 *
 * @example
 * const writer: PeriodWithNet<GrossPeriod, GrossPeriod & { netMonthlyMinimum: number | null }> = (p, from, to, net) => ({ from, to, contractYear: p.contractYear, monthlyMinimum: p.monthlyMinimum, netMonthlyMinimum: net });
 */
export type PeriodWithNet<P, Q extends P & WithNet> = (period: P, from: IsoDate, to: IsoDate, net: number | null) => Q;

/** A period with its gross minimum, before its net is known. */
interface GrossPeriod {
  from: IsoDate;
  to: IsoDate;
  contractYear: number;
  monthlyMinimum: number;
}

/** The periods with their net, the index of the period each comes from, the regime (`null` for Mayotte) and the nets' warnings. */
export interface NetColumn<P> {
  periods: Array<P & WithNet>;
  /** For each output period, the index of the input period it is part of. */
  origin: number[];
  regime: NetPayRegime | null;
  /**
   * The warnings of the nets (e.g. `NET_PAY_ABOVE_CEILING_CONVENTION`), once per code; not
   * `PARAMETERS_NOT_VERIFIED`, which the schedule gives for its own dates.
   */
  warnings: Violation[];
}

/** Every day on which an entry of a series of the net starts, ascending: a contract's are those after its first day up to its last (what `changesBetween` gives). */
const NET_CHANGES: readonly IsoDate[] = [...new Set(netPayMonthlySeries.flatMap((series) => series.entries.map((entry) => entry.since)))].sort();

/**
 * Adds `netMonthlyMinimum` to every period: the net pay before income tax of its `monthlyMinimum`
 * for the month of its first day. A period is split where the social-security ceiling or a rate
 * changes the net (identical neighbours stay merged). Mayotte: `null` (its rates are not covered).
 *
 * @param periods - the schedule's periods, contiguous and in order
 * @param terms - contract type, signature date, territory and dates
 * @returns the periods with their net, and the regime
 * @example
 * withNetColumn([{ from: "2025-09-01", to: "2025-12-31", contractYear: 1, monthlyMinimum: 774.77 }], terms, (p, from, to, net) => ({ ...p, from, to, netMonthlyMinimum: net })).periods[0].netMonthlyMinimum; //=> 774.77
 */
export function withNetColumn<P extends GrossPeriod, Q extends P & WithNet>(periods: readonly P[], terms: NetTerms, withNet: PeriodWithNet<P, Q>): NetColumn<Q> {
  if (terms.territory === "mayotte") {
    return { periods: periods.map((period) => withNet(period, period.from, period.to, null)), origin: periods.map((_, index) => index), regime: null, warnings: [] };
  }
  const changes = NET_CHANGES.filter((date) => date > terms.contractStart && date <= terms.contractEnd);
  let regime: NetPayRegime = "standard";
  const warnings: Violation[] = [];
  const netOn = (gross: number, date: IsoDate): number => {
    const result = netPay({ contract: terms.contract, grossMonthly: gross, month: date.slice(0, 7), signatureDate: terms.signatureDate, locale: terms.locale, explain: false });
    regime = result.regime;
    for (const warning of result.warnings) {
      if (warning.code !== "PARAMETERS_NOT_VERIFIED" && !warnings.some((known) => known.code === warning.code)) warnings.push(warning);
    }
    return result.netBeforeIncomeTax;
  };
  const result: Q[] = [];
  const origin: number[] = [];
  for (let index = 0; index < periods.length; index += 1) {
    const period = periods[index]!;
    let from = period.from;
    let net = netOn(period.monthlyMinimum, from);
    for (const date of changes) {
      if (date <= period.from || date > period.to) continue;
      const next = netOn(period.monthlyMinimum, date);
      if (next === net) continue;
      result.push(withNet(period, from, addDays(date, -1), net));
      origin.push(index);
      from = date;
      net = next;
    }
    result.push(withNet(period, from, period.to, net));
    origin.push(index);
  }
  return { periods: result, origin, regime, warnings };
}

/**
 * The minimum paid in one contract year (within the contract).
 *
 * @example
 * const year: ContractYearTotal = { contractYear: 1, from: "2025-09-01", to: "2026-08-31", gross: 9427.04, net: 9427.04 };
 */
export interface ContractYearTotal {
  /** Contract year. */
  contractYear: number;
  /** Its first day within the contract. */
  from: IsoDate;
  /** Its last day within the contract. */
  to: IsoDate;
  /** Gross minimum paid in it, euros. */
  gross: number;
  /** Net minimum paid in it, euros (`null` for Mayotte). */
  net: number | null;
}

/**
 * Totals of a schedule (API.md §8): by contract year and over the whole contract.
 *
 * @example
 * const totals: ScheduleTotals = { byContractYear: [{ contractYear: 1, from: "2025-09-01", to: "2026-08-31", gross: 9533.53, net: 9533.53 }], gross: 9533.53, net: 9533.53 };
 */
export interface ScheduleTotals {
  /** One line per contract year, from its first to its last day within the contract. */
  byContractYear: ContractYearTotal[];
  /** The gross minimum over the contract. */
  gross: number;
  /** The net minimum over the contract (`null` for Mayotte). */
  net: number | null;
}

/**
 * The minimum paid over a period at a monthly amount: whole calendar months count the amount, a partly
 * covered month the amount × the calendar days covered / the days in that month, exactly (whole cents
 * and fractions of a cent, src/core/prorated.ts: a total exactly on a half cent, such as
 * 721,95 € × 7/30 = 168,455 €, stays on it and rounds up).
 *
 * @param from - first day
 * @param to - last day (inclusive)
 * @param monthly - the monthly amount, euros and cents
 * @returns the amount paid over the period (not rounded)
 * @example
 * amountOver("2025-09-15", "2025-10-31", 900); //=> { cents: 138_000, share: 0 } (1 380 €)
 */
export function amountOver(from: IsoDate, to: IsoDate, monthly: number): ProratedAmount {
  const monthlyCents = centsOf(monthly);
  const fromDay = dayOfMonth(from);
  const toDay = dayOfMonth(to);
  const toLength = daysInMonth(to);
  const between = monthIndex(to) - monthIndex(from) - 1;
  if (between < 0) return prorated(monthlyCents, toDay - fromDay + 1, toLength);
  // First month from `from`, last month up to `to`, every month between whole.
  const fromLength = daysInMonth(from);
  const edges = addProrated(prorated(monthlyCents, fromLength - fromDay + 1, fromLength), prorated(monthlyCents, toDay, toLength));
  return between === 0 ? edges : { cents: edges.cents + monthlyCents * between, share: edges.share };
}

const NOTHING: ProratedAmount = { cents: 0, share: 0 };

/** A contract year's totals while they are summed. */
interface YearSum {
  contractYear: number;
  from: IsoDate;
  to: IsoDate;
  gross: ProratedAmount;
  net: ProratedAmount | null;
}

/**
 * The minimum paid by contract year and over the contract, gross and net: each period's monthly
 * amounts over the days it covers ({@link amountOver}), summed exactly, each total rounded half-up
 * to the cent once (so the contract's total may differ from the sum of the rounded years by a cent
 * per year at most).
 *
 * @param periods - the schedule's periods with their net
 * @returns `{ byContractYear, gross, net }`
 * @example
 * scheduleTotalsOf([{ from: "2025-09-15", to: "2025-10-31", contractYear: 1, monthlyMinimum: 900, netMonthlyMinimum: 880 }]).gross; //=> 1380
 */
export function scheduleTotalsOf(periods: ReadonlyArray<GrossPeriod & { netMonthlyMinimum: number | null }>): ScheduleTotals {
  const years: YearSum[] = [];
  for (const period of periods) {
    const gross = amountOver(period.from, period.to, period.monthlyMinimum);
    const net = period.netMonthlyMinimum === null ? null : amountOver(period.from, period.to, period.netMonthlyMinimum);
    const year = years[years.length - 1];
    if (year !== undefined && year.contractYear === period.contractYear) {
      year.to = period.to;
      year.gross = addProrated(year.gross, gross);
      year.net = year.net === null || net === null ? null : addProrated(year.net, net);
    } else {
      years.push({ contractYear: period.contractYear, from: period.from, to: period.to, gross, net });
    }
  }
  const nets = years.map((year) => year.net);
  const net = nets.includes(null) ? null : (nets as ProratedAmount[]).reduce(addProrated, NOTHING);
  return {
    byContractYear: years.map((year) => ({
      contractYear: year.contractYear,
      from: year.from,
      to: year.to,
      gross: roundProrated(year.gross),
      net: year.net === null ? null : roundProrated(year.net),
    })),
    gross: roundProrated(years.map((year) => year.gross).reduce(addProrated, NOTHING)),
    net: net === null ? null : roundProrated(net),
  };
}

/** What {@link scheduleNet} adds to a schedule. */
export interface ScheduleNet<P> {
  /** The periods with their net. */
  periods: P[];
  /** For each period, the index of the minimum period it comes from. */
  origin: number[];
  totals: ScheduleTotals;
  /** The net-column and totals steps (none with `explain: false`). */
  steps: Step[];
  /** `NET_PAY_NOT_COVERED` for Mayotte; the nets' warnings (e.g. `NET_PAY_ABOVE_CEILING_CONVENTION`). */
  warnings: Violation[];
}

/**
 * The net column, totals, steps and warnings of a schedule, after checking the signature date: it may
 * not fall after the first month of the contract (the month's net needs the contract concluded).
 *
 * @param periods - the schedule's minimum periods
 * @param terms - contract type, signature date (`undefined`: the start), territory and dates
 * @param explain - the input's `explain` option
 * @param locale - language
 * @param withNet - writes a period with its dates and net
 * @returns periods with their net, origins, totals, steps and warnings
 * @throws AlternanceInputError `SIGNATURE_AFTER_FIRST_MONTH` naming `signatureDate`
 * @example
 * scheduleNet(periods, { contract: "apprenticeship", signatureDate: undefined, territory: "metropole", contractStart, contractEnd }, true, "fr", payPeriod).totals.gross;
 */
export function scheduleNet<P extends GrossPeriod, Q extends P & WithNet>(
  periods: readonly P[],
  terms: Omit<NetTerms, "signatureDate"> & { signatureDate: IsoDate | undefined },
  explain: boolean | undefined,
  locale: Locale,
  withNet: PeriodWithNet<P, Q>,
): ScheduleNet<Q> {
  const signatureDate = terms.signatureDate ?? terms.contractStart;
  const lastDay = `${terms.contractStart.slice(0, 7)}-${String(daysInMonth(terms.contractStart))}`;
  if (signatureDate > lastDay) {
    throwIfIssues(
      [
        inputIssue(
          ["signatureDate"],
          "SIGNATURE_AFTER_FIRST_MONTH",
          {
            fr: `le contrat doit être conclu au plus tard le dernier jour de son premier mois (${lastDay})`,
            en: `the contract must be concluded by the last day of its first month (${lastDay})`,
          },
          locale,
        ),
      ],
      locale,
    );
  }
  const column = withNetColumn(periods, { contract: terms.contract, signatureDate, territory: terms.territory, contractStart: terms.contractStart, contractEnd: terms.contractEnd, locale }, withNet);
  const totals = scheduleTotalsOf(column.periods);
  const regime = column.regime;
  return {
    periods: column.periods,
    origin: column.origin,
    totals,
    steps: explanationWhen(explain, () => [
      ...(regime === null ? [] : [explainStep(scheduleNetColumn, locale, { contract: terms.contract, signatureDate, regime })]),
      explainStep(scheduleTotals, locale, { gross: totals.gross, net: totals.net, contractYears: totals.byContractYear.length }),
    ]),
    warnings: regime === null ? [violationOf(netNotCovered, locale, {}, "territory")] : column.warnings,
  };
}
