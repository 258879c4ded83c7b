/**
 * `smicAt`: the SMIC in force on a date, hourly and monthly, with its legal basis.
 */
import * as z from "zod/mini";
import { perEntry, valueAt, type Dated } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import type { Locale, Violation } from "../core/explain.js";
import { monthlyFromHourly, roundHalfUp } from "../core/money.js";
import { inputObject, isoDateFrom, localeOf, parseArguments, rawField } from "../core/schema.js";
import { legalWeeklyHours, smicHourlyMayotte, smicHourlyMetropole } from "../parameters/smic.js";
import { verificationWarnings } from "./verification.js";

/**
 * Territory whose SMIC applies: metropolitan France and the DROM other than Mayotte, or Mayotte.
 *
 * @example
 * const territory: Territory = "mayotte";
 */
export type Territory = "metropole" | "mayotte";

/** The SMIC in force on a date. */
export interface SmicAtResult {
  /** Hourly gross SMIC, euros. */
  hourly: number;
  /** Monthly gross SMIC for 35 h a week: hourly × 35 × 52 / 12, rounded half-up to the cent. */
  monthly: number;
  /** Date from which this value applies. */
  since: IsoDate;
  /** Decree or order that set it. */
  legalBasis: string[];
  /** `PARAMETERS_NOT_VERIFIED` after `dataVerifiedUntil`. */
  warnings: Violation[];
}

/** The SMIC series of a territory. Internal. */
export function smicSeries(territory: Territory) {
  return territory === "mayotte" ? smicHourlyMayotte : smicHourlyMetropole;
}

/** First date with a SMIC value for a territory: 2019-01-01 (metropole), 2021-01-01 (Mayotte). */
export function smicScopeStart(territory: Territory): IsoDate {
  return smicSeries(territory).entries[0]!.since;
}

/** SMIC entry and its exact monthly value, for modules that already validated their dates. Internal. */
export function smicEntryAt(date: IsoDate, territory: Territory): Dated<number> {
  return valueAt(smicSeries(territory), date);
}

/**
 * Monthly SMIC for 35 h (hourly × 35 × 52 / 12), rounded half-up to the cent.
 *
 * @example
 * smicMonthly(12.02); //=> 1823.03
 */
function smicMonthly(hourly: number): number {
  return roundHalfUp(monthlyFromHourly(hourly, valueAt(legalWeeklyHours, "2019-01-01").value));
}

/** The territory asked for, read before validation to choose the scope of the date (metropole otherwise). */
const territoryOf = (options: unknown): Territory => (rawField(options, "territory") === "mayotte" ? "mayotte" : "metropole");

/**
 * Monthly SMIC of an entry of the series, computed once per entry on first use. Internal.
 *
 * @param entry - an entry of `smicSeries(territory)`
 * @returns its monthly amount for 35 h, rounded to the cent
 * @example
 * smicMonthlyOf(smicEntryAt("2026-03-15", "metropole")); //=> 1823.03
 */
export const smicMonthlyOf: (entry: Dated<number>) => number = /* @__PURE__ */ perEntry((entry: Dated<number>) => smicMonthly(entry.value));

const metropoleDateSchema = isoDateFrom(smicScopeStart("metropole"));
const mayotteDateSchema = isoDateFrom(smicScopeStart("mayotte"));
const optionsSchema = z.optional(inputObject({ territory: z.optional(z.enum(["metropole", "mayotte"])) }));

/**
 * The SMIC (minimum wage) in force on a date: hourly gross amount, monthly amount for 35 hours a week
 * (hourly × 35 × 52 / 12 rounded to the cent, not × 151,67), the date it applies from and the text
 * that set it. Every revaluation since 2019 is known, mid-year ones included.
 *
 * @param date - `YYYY-MM-DD`, from 2019-01-01 (Mayotte: from 2021-01-01)
 * @param options - `{ territory?: "metropole" | "mayotte", locale?: "fr" | "en" }`
 * @returns `{ hourly, monthly, since, legalBasis, warnings }`
 * @throws AlternanceInputError `INVALID_INPUT` for a malformed date, `OUT_OF_SCOPE` before the series
 * @see https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072050/LEGISCTA000006189736 (C. trav. L3231-1 s.)
 * @example
 * smicAt("2026-03-15");
 * //=> { hourly: 12.02, monthly: 1823.03, since: "2026-01-01", legalBasis: ["Décret n° 2025-1228 du 17 décembre 2025"], warnings: [] }
 * smicAt("2026-03-15", { territory: "mayotte" }).monthly; //=> 1415.05
 */
export function smicAt(date: IsoDate, options?: { territory?: Territory; locale?: Locale }): SmicAtResult {
  const locale = localeOf(options);
  const territory = territoryOf(options);
  const [day] = parseArguments(
    [
      [territory === "mayotte" ? mayotteDateSchema : metropoleDateSchema, date, "date"],
      [optionsSchema, options, "options"],
    ],
    locale,
  ) as [IsoDate];
  const entry = valueAt(smicSeries(territory), day);
  return {
    hourly: entry.value,
    monthly: smicMonthlyOf(entry),
    since: entry.since,
    legalBasis: [...entry.legalBasis],
    warnings: verificationWarnings([day], locale),
  };
}

/** The argument schemas of {@link smicAt} (date in metropole, options), for the HTTP API's object body (src/catalogue/). Internal. */
export { metropoleDateSchema as smicDateSchema, optionsSchema as smicOptionsSchema };
