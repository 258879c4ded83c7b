/**
 * Test support for the pay module: the SMIC history and the amount convention of law.md, written
 * independently of `src/` (integer arithmetic on cents with BigInt, no decimal.js).
 */

/** SMIC periods, law.md §5 (hourly gross, metropole and Mayotte). */
export const SMIC_HISTORY = {
  metropole: [
    { since: "2019-01-01", hourly: 10.03, monthly: 1521.22 },
    { since: "2020-01-01", hourly: 10.15, monthly: 1539.42 },
    { since: "2021-01-01", hourly: 10.25, monthly: 1554.58 },
    { since: "2021-10-01", hourly: 10.48, monthly: 1589.47 },
    { since: "2022-01-01", hourly: 10.57, monthly: 1603.12 },
    { since: "2022-05-01", hourly: 10.85, monthly: 1645.58 },
    { since: "2022-08-01", hourly: 11.07, monthly: 1678.95 },
    { since: "2023-01-01", hourly: 11.27, monthly: 1709.28 },
    { since: "2023-05-01", hourly: 11.52, monthly: 1747.2 },
    { since: "2024-01-01", hourly: 11.65, monthly: 1766.92 },
    { since: "2024-11-01", hourly: 11.88, monthly: 1801.8 },
    { since: "2026-01-01", hourly: 12.02, monthly: 1823.03 },
    { since: "2026-06-01", hourly: 12.31, monthly: 1867.02 },
  ],
  mayotte: [
    { since: "2021-01-01", hourly: 7.74 },
    { since: "2021-10-01", hourly: 7.91 },
    { since: "2022-01-01", hourly: 7.98 },
    { since: "2022-05-01", hourly: 8.19 },
    { since: "2022-08-01", hourly: 8.35 },
    { since: "2023-01-01", hourly: 8.51 },
    { since: "2023-05-01", hourly: 8.7 },
    { since: "2024-01-01", hourly: 8.8 },
    { since: "2024-11-01", hourly: 8.98 },
    { since: "2026-01-01", hourly: 9.33 },
    { since: "2026-06-01", hourly: 9.56 },
  ],
} as const;

/** The last day of each SMIC period (the day before the next one; the open period: its 3rd month). */
export function lastDayOfPeriod(territory: keyof typeof SMIC_HISTORY, index: number): string {
  const periods = SMIC_HISTORY[territory];
  const next = periods[index + 1];
  if (next === undefined) return "2026-08-31";
  const date = new Date(`${next.since}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Scales a decimal number to an integer count of 1/10^places (exact for the inputs used in tests). */
function scaled(value: number, places: number): bigint {
  const [whole, fraction = ""] = String(value).split(".");
  if (fraction.length > places) throw new Error(`reference: ${value} has more than ${places} decimals`);
  return BigInt(`${whole}${fraction.padEnd(places, "0")}`);
}

/** Half-up division of non-negative integers, giving cents as a number of euros. */
function centsToEuros(numerator: bigint, denominator: bigint): number {
  const cents = (2n * numerator + denominator) / (2n * denominator);
  return Number(cents) / 100;
}

/**
 * law.md §4.6 convention: rate × hourly SMIC × weekly hours × 52 / 12, exact, half-up to the cent.
 * `ratePercent` and `weeklyHours` may have up to 2 decimals.
 */
export function expectedMonthlyOnSmic(ratePercent: number, hourly: number, weeklyHours = 35): number {
  // (rate × 100) × (hourly in cents) × (hours × 100) × 52 = 12 × 10^6 × the amount in cents.
  const numerator = scaled(ratePercent, 2) * scaled(hourly, 2) * scaled(weeklyHours, 2) * 52n;
  return centsToEuros(numerator, 12_000_000n);
}

/** rate × hourly SMIC, half-up to the cent. */
export function expectedHourlyOnSmic(ratePercent: number, hourly: number): number {
  return centsToEuros(scaled(ratePercent, 2) * scaled(hourly, 2), 100n * 100n);
}

/** rate × full-time monthly base × weekly hours / 35, half-up to the cent. */
export function expectedMonthlyOnMonthlyBase(ratePercent: number, monthlyBase: number, weeklyHours = 35): number {
  const numerator = scaled(ratePercent, 2) * scaled(monthlyBase, 2) * scaled(weeklyHours, 2);
  return centsToEuros(numerator, 100n * 100n * 100n * 35n);
}

/** Adds whole months to an ISO date with plain UTC arithmetic, clamped to the month end. */
export function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/** Adds days to an ISO date with plain UTC arithmetic. */
export function plusDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Number of decimals of a finite number as JavaScript prints it. */
export function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes("e")) return Number.POSITIVE_INFINITY;
  return text.includes(".") ? text.split(".")[1]!.length : 0;
}
