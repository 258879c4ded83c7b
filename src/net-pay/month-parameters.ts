/**
 * Everything the net of a month depends on, in a table built once at load from the dated series (one
 * row per interval in which none of them changes): `netPay` then does one lookup instead of a dozen
 * series reads. Amounts are integers of cents and rates integers of millionths, so that `netPay`
 * computes every line exactly with integer arithmetic (no decimal object per line): a product of a
 * base (at most `MAX_GROSS_MONTHLY` = 10⁹ cents) by a rate (at most 10⁶ millionths) stays below
 * 2^53. A constant table derived from constant data, not a cache. Metropolitan France (the SMIC of
 * the other DROM is the same).
 */
import { entryAt, valueAt, type Dated, type DatedSeries } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import { centsOf, Dec } from "../core/money.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { smicMonthlyOf, smicSeries } from "../legal-values/smic.js";
import { apprenticeContributionRegimes } from "../parameters/apprentice-exemption.js";
import { crdsRate, csgBaseAbatement, csgDeductibleRate, csgNonDeductibleRate } from "../parameters/csg-crds.js";
import {
  alsaceMoselleHealthEmployeeRate,
  generalBalanceEmployeeRates,
  ircantecEmployeeRates,
  oldAgeCappedEmployeeRate,
  oldAgeUncappedEmployeeRate,
  supplementaryPensionEmployeeRates,
  technicalBalanceEmployeeRate,
} from "../parameters/employee-contributions.js";
import { netPayMonthlySeries } from "../parameters/net-pay-series.js";
import { socialSecurityCeilingMonthly } from "../parameters/social-security-ceiling.js";

/**
 * Denominator of a rate's {@link Rate.perMillion}.
 *
 * @example
 * rateOf(6.9).perMillion / MILLION; //=> 0.069
 */
export const MILLION = 1_000_000;

/** A rate: its percent (for the result) and its value in millionths (percent × 10 000, an integer: every rate of the series has at most four decimals in percent, which a test checks). */
export interface Rate {
  readonly percent: number;
  readonly perMillion: number;
}

/** The parameters in force on a first day of a month; amounts in cents. */
export interface MonthParameters {
  readonly smic: Dated<number>;
  /** Official monthly SMIC, cents. */
  readonly smicMonthly: number;
  /** Monthly social-security ceiling (PSS), cents. */
  readonly ceiling: number;
  readonly oldAgeCapped: Rate;
  readonly oldAgeUncapped: Rate;
  readonly pension: { readonly tranche1: Rate; readonly tranche2: Rate; readonly upTo: number };
  readonly balance: { readonly tranche1: Rate; readonly tranche2: Rate };
  readonly technical: { readonly rate: Rate; readonly above: number; readonly upTo: number };
  readonly ircantec: { readonly tranche1: Rate; readonly tranche2: Rate; readonly upTo: number };
  readonly alsaceMoselle: Dated<number>;
  readonly alsaceMoselleRate: Rate;
  readonly csgDeductible: Rate;
  readonly csgNonDeductible: Rate;
  readonly crds: Rate;
  /** Share of the pay kept in the CSG/CRDS base (100 % − 1,75 %). */
  readonly csgKept: Rate;
  readonly csgAbatementPercent: number;
  /** Bound of the abated part (4 PSS), cents. */
  readonly csgAbatedUpTo: number;
  /**
   * The apprentice's thresholds in cents: percent of the monthly SMIC (79, 50) → that share of the
   * monthly SMIC rounded half-up to the cent, for every percent of the regimes' series.
   */
  readonly smicShares: ReadonlyMap<number, number>;
}

/**
 * A rate of the series as a {@link Rate}.
 *
 * @param percent - the rate in percent, at most four decimals
 * @returns the percent and its millionths
 * @example
 * rateOf(6.9); //=> { percent: 6.9, perMillion: 69000 }
 */
export function rateOf(percent: number): Rate {
  return { percent, perMillion: new Dec(percent).times(MILLION / 100).toNumber() };
}

/** Euros of the series or of an exact computation (at most two decimals) in cents. */
const toCents = (euros: number | Dec): number => centsOf(typeof euros === "number" ? euros : euros.toNumber());

const SERIES: readonly DatedSeries<unknown>[] = [smicSeries("metropole"), ircantecEmployeeRates, alsaceMoselleHealthEmployeeRate, ...netPayMonthlySeries];

/** Every percent of the SMIC the apprentice regimes use (exemption ceilings and CSG thresholds). */
const SMIC_PERCENTS: readonly number[] = [
  ...new Set(
    apprenticeContributionRegimes.entries.flatMap((entry) => [entry.value.exemptionCeilingPercent, entry.value.csgCrdsAbovePercent]).filter((percent) => percent !== null),
  ),
];

function parametersOn(date: IsoDate): MonthParameters {
  const smic = valueAt(smicSeries("metropole"), date);
  const smicMonthly = new Dec(smicMonthlyOf(smic));
  const ceiling = toCents(valueAt(socialSecurityCeilingMonthly, date).value);
  const pension = valueAt(supplementaryPensionEmployeeRates, date).value;
  const balance = valueAt(generalBalanceEmployeeRates, date).value;
  const technical = valueAt(technicalBalanceEmployeeRate, date).value;
  const ircantec = valueAt(ircantecEmployeeRates, date).value;
  const alsaceMoselle = valueAt(alsaceMoselleHealthEmployeeRate, date);
  const abatement = valueAt(csgBaseAbatement, date).value;
  return {
    smic,
    smicMonthly: toCents(smicMonthly),
    ceiling,
    oldAgeCapped: rateOf(valueAt(oldAgeCappedEmployeeRate, date).value),
    oldAgeUncapped: rateOf(valueAt(oldAgeUncappedEmployeeRate, date).value),
    pension: { tranche1: rateOf(pension.tranche1), tranche2: rateOf(pension.tranche2), upTo: ceiling * pension.upToCeilings },
    balance: { tranche1: rateOf(balance.tranche1), tranche2: rateOf(balance.tranche2) },
    technical: { rate: rateOf(technical.rate), above: ceiling * technical.aboveCeilings, upTo: ceiling * technical.upToCeilings },
    ircantec: { tranche1: rateOf(ircantec.tranche1), tranche2: rateOf(ircantec.tranche2), upTo: ceiling * ircantec.upToCeilings },
    alsaceMoselle,
    alsaceMoselleRate: rateOf(alsaceMoselle.value),
    csgDeductible: rateOf(valueAt(csgDeductibleRate, date).value),
    csgNonDeductible: rateOf(valueAt(csgNonDeductibleRate, date).value),
    crds: rateOf(valueAt(crdsRate, date).value),
    csgKept: rateOf(new Dec(100).minus(abatement.rate).toNumber()),
    csgAbatementPercent: abatement.rate,
    csgAbatedUpTo: ceiling * abatement.upToCeilings,
    smicShares: new Map(SMIC_PERCENTS.map((percent) => [percent, toCents(smicMonthly.times(percent).div(100).toDecimalPlaces(2, Dec.ROUND_HALF_UP))])),
  };
}

/** Every day from which the parameters may differ (from the scope's start), ascending. */
const BOUNDARIES: readonly IsoDate[] = [
  ...new Set([CONTRACT_SCOPE_START, ...SERIES.flatMap((series) => series.entries.map((entry) => entry.since)).filter((since) => since > CONTRACT_SCOPE_START)]),
].sort();

const TABLE: readonly MonthParameters[] = BOUNDARIES.map(parametersOn);

/**
 * The parameters in force on `date` (a first day of a month, from 2019-01-01).
 *
 * @param date - the first day of the month paid
 * @returns SMIC, ceiling (cents) and rates (millionths)
 * @example
 * monthParameters("2026-07-01").smicMonthly; //=> 186702 (cents)
 */
export function monthParameters(date: IsoDate): MonthParameters {
  let index = BOUNDARIES.length - 1;
  while (BOUNDARIES[index]! > date) index -= 1;
  return TABLE[index]!;
}

/**
 * Whether the Alsace-Moselle rate in force on `date` is the first entry of its series, modele-social's
 * value that law-money.md does not confirm.
 *
 * @param parameters - from {@link monthParameters}
 * @returns `true` before April 2022
 * @example
 * isAlsaceMoselleRateUnconfirmed(monthParameters("2021-06-01")); //=> true
 */
export function isAlsaceMoselleRateUnconfirmed(parameters: MonthParameters): boolean {
  return parameters.alsaceMoselle === entryAt(alsaceMoselleHealthEmployeeRate, CONTRACT_SCOPE_START);
}
