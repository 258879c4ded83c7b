/**
 * `socialSecurityCeilingAt`: the monthly social-security ceiling and the hourly ceiling derived from it.
 */
import { perEntry, valueAt, type Dated } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import type { Locale, Violation } from "../core/explain.js";
import { Dec, roundHalfUp } from "../core/money.js";
import * as z from "zod/mini";
import { inputObject, isoDateFrom, localeOf, parseArguments } from "../core/schema.js";
import { annualReferenceHours } from "../parameters/smic.js";
import { socialSecurityCeilingMonthly } from "../parameters/social-security-ceiling.js";
import { verificationWarnings } from "./verification.js";

/** The ceiling in force on a date. */
export interface SocialSecurityCeilingResult {
  /** Monthly ceiling (PSS), euros. */
  monthly: number;
  /** Hourly ceiling: monthly × 12 / 1607 rounded to the nearest euro (CSS art. D242-19). */
  hourly: number;
  /** First day of the year the value applies to. */
  since: IsoDate;
  /** The texts: the annual order and CSS art. D242-19 for the hourly value. */
  legalBasis: string[];
  /** `PARAMETERS_NOT_VERIFIED` after `dataVerifiedUntil`. */
  warnings: Violation[];
}

/** First date of the ceiling series. */
export const CEILING_SCOPE_START: IsoDate = socialSecurityCeilingMonthly.entries[0]!.since;

/**
 * Hourly ceiling from the monthly one: × 12 / annual hours, rounded to the nearest euro (CSS D242-19;
 * the 2015 and 2016 orders fixed the same 24 € directly).
 *
 * @example
 * hourlyCeiling(4005); //=> 30
 */
function hourlyCeiling(monthly: number): number {
  const hours = valueAt(annualReferenceHours, CEILING_SCOPE_START).value;
  return roundHalfUp(new Dec(monthly).times(12).div(hours), 0);
}

/** Ceiling entry for an already validated date. Internal. */
export function ceilingEntryAt(date: IsoDate): Dated<number> {
  return valueAt(socialSecurityCeilingMonthly, date);
}

/**
 * Hourly ceiling of an entry of the series, computed once per entry on first use. Internal.
 *
 * @param entry - an entry of the ceiling series, from {@link ceilingEntryAt}
 * @returns euros an hour
 * @example
 * hourlyCeilingOf(ceilingEntryAt("2026-03-15")); //=> 30
 */
export const hourlyCeilingOf: (entry: Dated<number>) => number = /* @__PURE__ */ perEntry((entry: Dated<number>) => hourlyCeiling(entry.value));

const optionsSchema = z.optional(inputObject({}));
const dateSchema = isoDateFrom(CEILING_SCOPE_START);

/**
 * The social-security ceiling (plafond de la sécurité sociale) in force on a date: monthly value and
 * the hourly value derived by CSS art. D242-19 (monthly × 12 / 1607, rounded to the euro).
 *
 * @param date - `YYYY-MM-DD`, from 2015-01-01
 * @param options - `{ locale?: "fr" | "en" }`
 * @returns `{ monthly, hourly, since, legalBasis, warnings }`
 * @throws AlternanceInputError `INVALID_INPUT` for a malformed date, `OUT_OF_SCOPE` before 2015
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033516173 (CSS D242-19)
 * @example
 * socialSecurityCeilingAt("2026-05-01");
 * //=> { monthly: 4005, hourly: 30, since: "2026-01-01", legalBasis: ["CSS art. L241-3", "Arrêté du 22 décembre 2025", "CSS art. D242-19"], warnings: [] }
 */
export function socialSecurityCeilingAt(date: IsoDate, options?: { locale?: Locale }): SocialSecurityCeilingResult {
  const locale = localeOf(options);
  const [day] = parseArguments(
    [
      [dateSchema, date, "date"],
      [optionsSchema, options, "options"],
    ],
    locale,
  ) as [IsoDate];
  const entry = ceilingEntryAt(day);
  return {
    monthly: entry.value,
    hourly: hourlyCeilingOf(entry),
    since: entry.since,
    legalBasis: [...entry.legalBasis, "CSS art. D242-19"],
    warnings: verificationWarnings([day], locale),
  };
}

/** The argument schemas of {@link socialSecurityCeilingAt}, for the HTTP API's object body (src/catalogue/). Internal. */
export { dateSchema as socialSecurityCeilingDateSchema, optionsSchema as socialSecurityCeilingOptionsSchema };
