/**
 * How the hiring aid of the first year is paid, month by month (D6243-2 III–IV, D6243-4). Internal.
 *
 * Counting, exactly:
 * - The first year of execution runs from `contractStart` to the day before its first anniversary
 *   (`2025-09-15` → `2026-09-14`; a 29 February start has its anniversary on 28 February). A contract is
 *   « shorter than a year » when `contractEnd` is before that last day.
 * - The aid is paid per **calendar month** the contract covers within that year: 1/12 of the yearly
 *   amount of the month (the yearly amount may change with the apprentice's age in 2020–2022).
 * - Until 2025-10-31 every calendar month covered is due in full, whatever the day the contract starts
 *   or ends in it (« l'aide n'est pas due à compter du mois suivant la date de fin du contrat »).
 * - From 2025-11-01 (décret n° 2025-1031), when the contract is shorter than a year, its first and its
 *   last month are due pro rata temporis: days of the month the contract covers / days of that month
 *   (a contract ending on 4 December is due 4/31 of a month). The first month of a contract concluded
 *   before 2025-11-01 is not prorated (NOTA of D6243-2). Whether a month follows the new rule is read on
 *   its first day.
 * - At most twelve monthly amounts: the yearly maximum caps the total (a full year starting on the 15th
 *   covers thirteen calendar months; the thirteenth is not paid).
 *
 * Exactness: every month's amount is an exact fraction with denominator 12 × lcm(28, 29, 30, 31)
 * (12 × 377 580), summed as whole numbers; the running total is rounded half-up to the cent and each
 * month gets the difference of two rounded running totals, so the months add up to the rounded total
 * to the cent.
 */
import { entryAt, valueAt } from "../core/dated.js";
import { addDays, anniversary, daysBetween, daysInMonth, firstDayOfNextMonth, type IsoDate } from "../core/dates.js";
import { Dec } from "../core/money.js";
import { hiringAidDailyProration } from "../parameters/hiring-aid.js";
import type { AidMonthlyValues, ProratedMonth } from "./rules.js";

/** One month of the aid: `"YYYY-MM"` and the amount due for it, in euros. */
export interface AidMonth {
  /** Calendar month, `YYYY-MM`. */
  month: string;
  /** Amount due for that month, euros (the months add up to the result's `amount`). */
  amount: number;
}

/** The spreading of the first year's aid. Internal. */
export interface AidSpreading {
  /** Last day of the first year of execution (the day before the first anniversary). */
  firstYearEnd: IsoDate;
  /** Whether the contract ends before `firstYearEnd`. */
  shorterThanAYear: boolean;
  /** The months paid, in order. */
  monthly: AidMonth[];
  /** The total, rounded half-up to the cent; equal to the sum of `monthly`. */
  amount: number;
  /** Values of the monthly explanation step. */
  values: AidMonthlyValues;
}

/** lcm(28, 29, 30, 31): any month's day fraction is a whole multiple of 1 / this. */
const DAYS_LCM = 377_580;
/** Denominator of every amount: twelfths of a year, in day fractions of a month. */
const DENOMINATOR = 12 * DAYS_LCM;

const firstOfMonth = (date: IsoDate): IsoDate => `${date.slice(0, 8)}01`;

/**
 * Spreads the aid of the first year over its calendar months, as described in this file's header.
 *
 * @param terms - contract dates, conclusion date, and the yearly amount that applies to a month (given its first day)
 * @returns the months, the total, the first year and the values of the explanation step
 * @example
 * spreadHiringAid({ signatureDate: "2025-08-20", contractStart: "2025-09-01", contractEnd: "2027-08-31", yearlyAmount: () => 5000 }).amount; //=> 5000
 */
export function spreadHiringAid(terms: {
  signatureDate: IsoDate;
  contractStart: IsoDate;
  contractEnd: IsoDate;
  yearlyAmount: (monthStart: IsoDate) => number;
}): AidSpreading {
  const { signatureDate, contractStart, contractEnd, yearlyAmount } = terms;
  const firstYearEnd = addDays(anniversary(contractStart, 1), -1);
  const shorterThanAYear = contractEnd < firstYearEnd;
  const coveredEnd = shorterThanAYear ? contractEnd : firstYearEnd;
  // Concluded before the décret n° 2025-1031: its first month is never prorated.
  const concludedUnderDailyRule = entryAt(hiringAidDailyProration, signatureDate)?.value === true;

  let cap = 0;
  for (let month = firstOfMonth(contractStart), index = 0; index < 12; index += 1, month = firstDayOfNextMonth(month)) {
    cap += yearlyAmount(month) * DAYS_LCM;
  }

  const paid: Array<{ month: string; total: number }> = [];
  const prorated: ProratedMonth[] = [];
  let firstMonthNotProrated = false;
  let capped = false;
  let total = 0;
  for (let month = firstOfMonth(contractStart), index = 0; month <= coveredEnd; index += 1, month = firstDayOfNextMonth(month)) {
    const from = index === 0 ? contractStart : month;
    const lastDay = addDays(firstDayOfNextMonth(month), -1);
    const to = coveredEnd < lastDay ? coveredEnd : lastDay;
    const days = daysBetween(from, to) + 1;
    const length = daysInMonth(month);
    const partialOfShortContract = shorterThanAYear && days < length && valueAt(hiringAidDailyProration, month).value;
    const exempt = partialOfShortContract && index === 0 && !concludedUnderDailyRule;
    if (exempt) firstMonthNotProrated = true;
    const prorate = partialOfShortContract && !exempt;
    const due = yearlyAmount(month) * (prorate ? days * (DAYS_LCM / length) : DAYS_LCM);
    const granted = Math.min(due, cap - total);
    if (granted < due) capped = true;
    if (granted <= 0) continue;
    if (prorate) prorated.push({ month: month.slice(0, 7), days, daysInMonth: length });
    total += granted;
    paid.push({ month: month.slice(0, 7), total });
  }

  // Running totals rounded to the cent, each once; a month gets the difference of two of them.
  const runningCents = paid.map((entry) => new Dec(entry.total).div(DENOMINATOR).toDecimalPlaces(2, Dec.ROUND_HALF_UP));
  const monthly = paid.map((entry, index) => ({
    month: entry.month,
    amount: (index === 0 ? runningCents[0]! : runningCents[index]!.minus(runningCents[index - 1]!)).toNumber(),
  }));
  const amount = runningCents.at(-1)!.toNumber();
  return {
    firstYearEnd,
    shorterThanAYear,
    monthly,
    amount,
    values: {
      firstMonth: paid[0]!.month,
      lastMonth: paid.at(-1)!.month,
      months: paid.length,
      prorated,
      firstMonthNotProrated,
      cappedAtTwelveMonths: capped,
      amount,
    },
  };
}
