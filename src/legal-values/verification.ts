/**
 * The `PARAMETERS_NOT_VERIFIED` warning: a date later than `dataVerifiedUntil` is computed with the
 * last known values, and the result says so.
 */
import type { IsoDate } from "../core/dates.js";
import { defineRule, violationOf, type Locale, type Violation } from "../core/explain.js";
import { dataVerifiedUntil } from "../parameters/verified.js";

/** Rule declaration of the warning. */
export const parametersNotVerified = /* @__PURE__ */ defineRule<{ date: IsoDate; verifiedUntil: IsoDate }>({
  id: "parameters.not-verified",
  code: "PARAMETERS_NOT_VERIFIED",
  legalBasis: [],
  title: {
    fr: "Date postérieure à la dernière vérification des paramètres légaux",
    en: "Date later than the last check of the legal parameters",
  },
  message: {
    fr: (v) =>
      `Le ${v.date} est postérieur au ${v.verifiedUntil}, date jusqu'à laquelle les paramètres légaux (SMIC, plafond…) ont été vérifiés : les dernières valeurs connues sont utilisées.`,
    en: (v) =>
      `${v.date} is after ${v.verifiedUntil}, the date up to which the legal parameters (SMIC, ceiling…) were checked: the last known values are used.`,
  },
});

/**
 * `[PARAMETERS_NOT_VERIFIED]` when any of `dates` is after `dataVerifiedUntil`, else `[]`.
 * The latest such date is named in the message.
 *
 * @example
 * verificationWarnings(["2025-01-01"], "fr"); //=> []
 * verificationWarnings(["2031-01-01"], "en")[0].code; //=> "PARAMETERS_NOT_VERIFIED"
 */
export function verificationWarnings(dates: readonly IsoDate[], locale: Locale): Violation[] {
  const latest = dates.reduce<IsoDate | undefined>((max, date) => (max === undefined || date > max ? date : max), undefined);
  if (latest === undefined || latest <= dataVerifiedUntil) return [];
  return [violationOf(parametersNotVerified, locale, { date: latest, verifiedUntil: dataVerifiedUntil })];
}
