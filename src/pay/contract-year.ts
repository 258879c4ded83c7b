/**
 * Contract years of an apprenticeship, counted by calendar anniversary of the start (D6222-26), with
 * the credit of a shortened cycle (D6222-28-1).
 */
import type { IsoDate } from "../core/dates.js";
import { addDays, addMonths } from "../core/dates.js";

/**
 * The date the contract is deemed to have started for counting its years: `creditedMonths` before
 * the real start (D6222-28-1), clamped to the month end.
 *
 * @param contractStart - first day of the contract
 * @param creditedMonths - months of the cycle counted as already performed
 * @returns the deemed start
 * @example
 * deemedContractStart("2025-09-01", 12); //=> "2024-09-01"
 */
export function deemedContractStart(contractStart: IsoDate, creditedMonths: number): IsoDate {
  return creditedMonths === 0 ? contractStart : addMonths(contractStart, -creditedMonths);
}

/**
 * The contract year that contains `date`: year n runs from the (n−1)th calendar anniversary of
 * `deemedStart` to the day before the nth (anniversaries clamped to the month end, so a contract
 * started on 29 February has its anniversaries on 28 February in common years).
 *
 * @param deemedStart - the (deemed) start of the contract
 * @param date - a date on or after `deemedStart`
 * @returns 1, 2, 3, …
 * @example
 * contractYearOn("2025-09-01", "2026-08-31"); //=> 1
 * contractYearOn("2025-09-01", "2026-09-01"); //=> 2
 */
export function contractYearOn(deemedStart: IsoDate, date: IsoDate): number {
  const years = Number(date.slice(0, 4)) - Number(deemedStart.slice(0, 4));
  return addMonths(deemedStart, 12 * years) <= date ? years + 1 : years;
}

/**
 * First and last day of a contract year, within the contract.
 *
 * @param deemedStart - the (deemed) start of the contract
 * @param contractStart - the real start (year 1 never begins before it)
 * @param contractEnd - the last day of the contract, if known
 * @param year - the contract year
 * @returns `{ from, to }`
 * @example
 * contractYearBounds("2024-09-01", "2025-09-01", undefined, 2); //=> { from: "2025-09-01", to: "2026-08-31" }
 */
export function contractYearBounds(deemedStart: IsoDate, contractStart: IsoDate, contractEnd: IsoDate | undefined, year: number): { from: IsoDate; to: IsoDate } {
  const from = addMonths(deemedStart, 12 * (year - 1));
  const to = addDays(addMonths(deemedStart, 12 * year), -1);
  return { from: from < contractStart ? contractStart : from, to: contractEnd !== undefined && contractEnd < to ? contractEnd : to };
}

/**
 * The anniversaries of `deemedStart` that fall after `contractStart` and on or before `contractEnd`:
 * the days on which a new contract year begins during the contract.
 *
 * @param deemedStart - the (deemed) start of the contract
 * @param contractStart - the real start
 * @param contractEnd - the last day of the contract
 * @returns the dates, ascending
 * @example
 * anniversariesWithin("2025-09-01", "2025-09-01", "2028-08-31"); //=> ["2026-09-01", "2027-09-01"]
 */
export function anniversariesWithin(deemedStart: IsoDate, contractStart: IsoDate, contractEnd: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let years = contractYearOn(deemedStart, contractStart); ; years += 1) {
    const next = addMonths(deemedStart, 12 * years);
    if (next > contractEnd) return dates;
    dates.push(next);
  }
}
