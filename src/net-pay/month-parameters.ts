/**
 * Everything the net of a month depends on, as exact decimals, in a table built once at load from
 * the dated series (one row per interval in which none of them changes): `netPay` then does one
 * lookup instead of a dozen series reads and decimal conversions. A constant table derived from
 * constant data, not a cache. Metropolitan France (the SMIC of the other DROM is the same).
 */
import { entryAt, valueAt, type Dated, type DatedSeries } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import { Dec } from "../core/money.js";
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

/** A rate: its percent (for the result) and its exact fraction (percent / 100, for the products). */
export interface Rate {
  readonly percent: number;
  readonly fraction: Dec;
}

/** The parameters in force on a first day of a month. */
export interface MonthParameters {
  readonly smic: Dated<number>;
  /** Official monthly SMIC, rounded to the cent. */
  readonly smicMonthly: Dec;
  /** Monthly social-security ceiling (PSS). */
  readonly ceiling: Dec;
  readonly oldAgeCapped: Rate;
  readonly oldAgeUncapped: Rate;
  readonly pension: { readonly tranche1: Rate; readonly tranche2: Rate; readonly upTo: Dec };
  readonly balance: { readonly tranche1: Rate; readonly tranche2: Rate };
  readonly technical: { readonly rate: Rate; readonly above: Dec; readonly upTo: Dec };
  readonly ircantec: { readonly tranche1: Rate; readonly tranche2: Rate; readonly upTo: Dec };
  readonly alsaceMoselle: Dated<number>;
  readonly alsaceMoselleRate: Rate;
  readonly csgDeductible: Rate;
  readonly csgNonDeductible: Rate;
  readonly crds: Rate;
  /** Share of the pay kept in the CSG/CRDS base (100 % − 1,75 %), as a fraction. */
  readonly csgKept: Dec;
  readonly csgAbatementPercent: number;
  /** Bound of the abated part (4 PSS). */
  readonly csgAbatedUpTo: Dec;
  /**
   * The apprentice's thresholds in euros: percent of the monthly SMIC (79, 50) → that share of the
   * monthly SMIC rounded to the cent, for every percent of the regimes' series.
   */
  readonly smicShares: ReadonlyMap<number, Dec>;
}

const HUNDRED = new Dec(100);
const rate = (percent: number): Rate => ({ percent, fraction: new Dec(percent).div(HUNDRED) });

const SERIES: readonly DatedSeries<unknown>[] = [smicSeries("metropole"), ircantecEmployeeRates, alsaceMoselleHealthEmployeeRate, ...netPayMonthlySeries];

/** Every percent of the SMIC the apprentice regimes use (exemption ceilings and CSG thresholds). */
const SMIC_PERCENTS: readonly number[] = [
  ...new Set(
    apprenticeContributionRegimes.entries.flatMap((entry) => [entry.value.exemptionCeilingPercent, entry.value.csgCrdsAbovePercent]).filter((percent) => percent !== null),
  ),
];

function parametersOn(date: IsoDate): MonthParameters {
  const smic = valueAt(smicSeries("metropole"), date);
  const smicMonthlyAmount = new Dec(smicMonthlyOf(smic));
  const ceiling = new Dec(valueAt(socialSecurityCeilingMonthly, date).value);
  const pension = valueAt(supplementaryPensionEmployeeRates, date).value;
  const balance = valueAt(generalBalanceEmployeeRates, date).value;
  const technical = valueAt(technicalBalanceEmployeeRate, date).value;
  const ircantec = valueAt(ircantecEmployeeRates, date).value;
  const alsaceMoselle = valueAt(alsaceMoselleHealthEmployeeRate, date);
  const abatement = valueAt(csgBaseAbatement, date).value;
  return {
    smic,
    smicMonthly: smicMonthlyAmount,
    ceiling,
    oldAgeCapped: rate(valueAt(oldAgeCappedEmployeeRate, date).value),
    oldAgeUncapped: rate(valueAt(oldAgeUncappedEmployeeRate, date).value),
    pension: { tranche1: rate(pension.tranche1), tranche2: rate(pension.tranche2), upTo: ceiling.times(pension.upToCeilings) },
    balance: { tranche1: rate(balance.tranche1), tranche2: rate(balance.tranche2) },
    technical: { rate: rate(technical.rate), above: ceiling.times(technical.aboveCeilings), upTo: ceiling.times(technical.upToCeilings) },
    ircantec: { tranche1: rate(ircantec.tranche1), tranche2: rate(ircantec.tranche2), upTo: ceiling.times(ircantec.upToCeilings) },
    alsaceMoselle,
    alsaceMoselleRate: rate(alsaceMoselle.value),
    csgDeductible: rate(valueAt(csgDeductibleRate, date).value),
    csgNonDeductible: rate(valueAt(csgNonDeductibleRate, date).value),
    crds: rate(valueAt(crdsRate, date).value),
    csgKept: HUNDRED.minus(abatement.rate).div(HUNDRED),
    csgAbatementPercent: abatement.rate,
    csgAbatedUpTo: ceiling.times(abatement.upToCeilings),
    smicShares: new Map(SMIC_PERCENTS.map((percent) => [percent, smicMonthlyAmount.times(percent).div(HUNDRED).toDecimalPlaces(2, Dec.ROUND_HALF_UP)])),
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
 * @returns SMIC, ceiling and rates as exact decimals
 * @example
 * monthParameters("2026-07-01").smicMonthly.toNumber(); //=> 1867.02
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
