/**
 * `internshipMinimumHourlyRate`: 15 % of the hourly social-security ceiling.
 */
import { valueAt } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import type { Locale } from "../core/explain.js";
import { Dec, roundHalfUp } from "../core/money.js";
import * as z from "zod/mini";
import { inputObject, isoDateFrom, localeOf, parseArguments } from "../core/schema.js";
import { internshipMinimumRatePercent } from "../parameters/internship.js";
import { ceilingEntryAt, hourlyCeilingOf } from "./social-security-ceiling.js";

/** First signature date in scope for internship conventions (the 15 % rate). */
export const INTERNSHIP_SCOPE_START: IsoDate = internshipMinimumRatePercent.entries[0]!.since;

/** Minimum hourly gratification for an already validated date. Internal. */
export function minimumHourlyRateOn(date: IsoDate): number {
  const percent = valueAt(internshipMinimumRatePercent, date).value;
  const hourly = hourlyCeilingOf(ceilingEntryAt(date));
  return roundHalfUp(new Dec(hourly).times(percent).div(100));
}

const optionsSchema = z.optional(inputObject({}));
const dateSchema = isoDateFrom(INTERNSHIP_SCOPE_START);

/**
 * Minimum hourly internship gratification for a convention signed on `date`: 15 % of the hourly
 * social-security ceiling in force that day (C. éduc. art. L124-6; CSS art. D242-19).
 * 3,60 € (2015–2017), 3,75 € (2018–2019), 3,90 € (2020–2022), 4,05 € (2023), 4,35 € (2024–2025), 4,50 € (2026).
 *
 * @param date - the convention's signature date, `YYYY-MM-DD`, from 2015-09-01
 * @param options - `{ locale?: "fr" | "en" }`
 * @returns euros per hour of presence
 * @throws AlternanceInputError `INVALID_INPUT` for a malformed date, `OUT_OF_SCOPE` before 2015-09-01
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029234400 (C. éduc. L124-6)
 * @example
 * internshipMinimumHourlyRate("2026-01-02"); //=> 4.5
 * internshipMinimumHourlyRate("2020-06-15"); //=> 3.9
 */
export function internshipMinimumHourlyRate(date: IsoDate, options?: { locale?: Locale }): number {
  const locale = localeOf(options);
  const [day] = parseArguments(
    [
      [dateSchema, date, "date"],
      [optionsSchema, options, "options"],
    ],
    locale,
  ) as [IsoDate];
  return minimumHourlyRateOn(day);
}

/** The argument schemas of {@link internshipMinimumHourlyRate}, for the HTTP API's object body (src/catalogue/). Internal. */
export { dateSchema as internshipRateDateSchema, optionsSchema as internshipRateOptionsSchema };
