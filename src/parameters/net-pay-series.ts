/**
 * The dated series a month's net pay depends on besides the SMIC (which every pay schedule already
 * follows): the social-security ceiling, the private-sector employee rates and the CSG/CRDS. A pay
 * schedule checks for a change of any of them inside each period, so that its net column holds on
 * every day of the period. Data only.
 */
import type { DatedSeries } from "../core/dated.js";
import { crdsRate, csgBaseAbatement, csgDeductibleRate, csgNonDeductibleRate } from "./csg-crds.js";
import {
  generalBalanceEmployeeRates,
  oldAgeCappedEmployeeRate,
  oldAgeUncappedEmployeeRate,
  supplementaryPensionEmployeeRates,
  technicalBalanceEmployeeRate,
} from "./employee-contributions.js";
import { socialSecurityCeilingMonthly } from "./social-security-ceiling.js";

/**
 * Series read by month for the net of a private employer's apprentice or CPRO employee (SMIC aside).
 *
 * @example
 * netPayMonthlySeries.map((series) => series.id).includes("social-security-ceiling.monthly"); //=> true
 */
export const netPayMonthlySeries: readonly DatedSeries<unknown>[] = [
  socialSecurityCeilingMonthly,
  oldAgeCappedEmployeeRate,
  oldAgeUncappedEmployeeRate,
  supplementaryPensionEmployeeRates,
  generalBalanceEmployeeRates,
  technicalBalanceEmployeeRate,
  csgDeductibleRate,
  csgNonDeductibleRate,
  crdsRate,
  csgBaseAbatement,
];
