/**
 * Minimum amounts from a rate and a base, exact with `Dec`, rounded half-up to the cent once.
 */
import { Dec, roundHalfUp } from "../core/money.js";
import { legalWeeklyHours } from "../parameters/smic.js";

/** Weeks in a year and months in a year: monthly = hourly × weekly hours × 52 / 12. */
const WEEKS_PER_YEAR = 52;
const MONTHS_PER_YEAR = 12;

/** Monthly and hourly minimum. */
export interface MinimumAmounts {
  /** rate × base, for the weekly hours, euros a month, rounded half-up to the cent. */
  monthly: number;
  /** rate × hourly base, euros an hour, rounded half-up to the cent. */
  hourly: number;
}

/** 1 % as a decimal: dividing by 100 is an exact multiplication. */
const ONE_PERCENT = new Dec("0.01");

/** {@link yearlyHours} of every legal weekly hours (the default of the pay functions), computed once at load. */
const FULL_TIME_YEARLY_HOURS: ReadonlyMap<number, Dec> = new Map(legalWeeklyHours.entries.map((entry) => [entry.value, new Dec(entry.value).times(WEEKS_PER_YEAR)]));

/**
 * Weekly hours × 52, exact: the factor that turns an hourly amount into twelve monthly ones (the
 * legal weekly hours' is computed once, at load).
 *
 * @param weeklyHours - contractual weekly hours
 * @returns the decimal product
 * @example
 * yearlyHours(35).toNumber(); //=> 1820
 */
export function yearlyHours(weeklyHours: number): Dec {
  return FULL_TIME_YEARLY_HOURS.get(weeklyHours) ?? new Dec(weeklyHours).times(WEEKS_PER_YEAR);
}

/**
 * Minimum on the SMIC: monthly = rate × hourly SMIC × weekly hours × 52 / 12, hourly = rate × hourly
 * SMIC. The products are exact; each result is divided once and rounded once.
 *
 * @param ratePercent - percent of the SMIC
 * @param smicHourly - hourly SMIC, euros (a number or an exact decimal)
 * @param hoursPerYear - weekly hours × 52, from {@link yearlyHours}
 * @returns `{ monthly, hourly }`
 * @example
 * amountsOnSmic(43, 11.65, yearlyHours(35)); //=> { monthly: 759.77, hourly: 5.01 }
 */
export function amountsOnSmic(ratePercent: number, smicHourly: Dec | number, hoursPerYear: Dec): MinimumAmounts {
  const rateTimesHourly = new Dec(ratePercent).times(smicHourly).times(ONE_PERCENT);
  return {
    monthly: roundHalfUp(rateTimesHourly.times(hoursPerYear).div(MONTHS_PER_YEAR)),
    hourly: roundHalfUp(rateTimesHourly),
  };
}

/**
 * Minimum on a full-time monthly base (the conventional minimum, SMC): monthly = rate × SMC ×
 * weekly hours / full-time hours; hourly = rate × SMC × 12 / 52 / full-time hours.
 *
 * @param ratePercent - percent of the base
 * @param baseMonthly - full-time monthly base, euros
 * @param weeklyHours - contractual weekly hours
 * @param fullTimeHours - legal weekly hours the monthly base is for (35)
 * @returns `{ monthly, hourly }`
 * @example
 * amountsOnMonthlyBase(53, 2000, 35, 35); //=> { monthly: 1060, hourly: 6.99 }
 */
export function amountsOnMonthlyBase(ratePercent: number, baseMonthly: number, weeklyHours: number, fullTimeHours: number): MinimumAmounts {
  const rateTimesBase = new Dec(ratePercent).times(baseMonthly);
  return {
    monthly: roundHalfUp(rateTimesBase.times(weeklyHours).div(fullTimeHours * 100)),
    hourly: roundHalfUp(rateTimesBase.times(MONTHS_PER_YEAR).div(WEEKS_PER_YEAR * fullTimeHours * 100)),
  };
}
