/**
 * Words used in pay explanations: age bands, contract years, territories, qualifications, in French
 * and English. Internal.
 */
import type { Locale } from "../core/explain.js";
import { formatNumber } from "../core/format.js";
import type { Territory } from "../legal-values/smic.js";
import type { ApprenticeAgeBand } from "../parameters/apprenticeship-grid.js";
import type { Qualification } from "../parameters/professionalisation-grid.js";

/**
 * Age band of a CPRO minimum (D6325-15, D6325-18).
 *
 * @example
 * const band: ProfessionalisationAgeBand = "21-25";
 */
export type ProfessionalisationAgeBand = "under-21" | "21-25" | "26-plus";

/**
 * Any pay age band (apprenticeship or CPRO).
 *
 * @example
 * const band: PayAgeBand = "under-21";
 */
export type PayAgeBand = ApprenticeAgeBand | ProfessionalisationAgeBand;

const BAND_LABELS: Record<PayAgeBand, Record<Locale, string>> = {
  "under-18": { fr: "moins de 18 ans", en: "under 18" },
  "under-21": { fr: "moins de 21 ans", en: "under 21" },
  "18-20": { fr: "18 à 20 ans", en: "18 to 20" },
  "21-25": { fr: "21 à 25 ans", en: "21 to 25" },
  "26-plus": { fr: "26 ans et plus", en: "26 and over" },
};

/**
 * The words of an age band.
 *
 * @param band - an apprentice or CPRO band
 * @param locale - language
 * @returns the label
 * @example
 * bandLabel("26-plus", "fr"); //=> "26 ans et plus"
 */
export function bandLabel(band: PayAgeBand, locale: Locale): string {
  return BAND_LABELS[band][locale];
}

/**
 * "1re année" / "year 1".
 *
 * @param year - contract year
 * @param locale - language
 * @returns the label
 * @example
 * contractYearLabel(2, "fr"); //=> "2e année"
 */
export function contractYearLabel(year: number, locale: Locale): string {
  if (locale === "en") return `year ${year}`;
  return year === 1 ? "1re année" : `${year}e année`;
}

/**
 * The words of a territory.
 *
 * @param territory - `"metropole"` or `"mayotte"`
 * @param locale - language
 * @returns the label
 * @example
 * territoryLabel("mayotte", "en"); //=> "Mayotte"
 */
export function territoryLabel(territory: Territory, locale: Locale): string {
  if (territory === "mayotte") return "Mayotte";
  return locale === "fr" ? "métropole et DROM hors Mayotte" : "metropolitan France and overseas except Mayotte";
}

/**
 * The words of a CPRO qualification level (D6325-15).
 *
 * @param qualification - the level held
 * @param locale - language
 * @returns the label
 * @example
 * qualificationLabel("bac-pro-or-higher", "en"); //=> "at least a bac professionnel"
 */
export function qualificationLabel(qualification: Qualification, locale: Locale): string {
  if (qualification === "bac-pro-or-higher") return locale === "fr" ? "au moins égale au bac professionnel" : "at least a bac professionnel";
  return locale === "fr" ? "inférieure au bac professionnel" : "below the bac professionnel";
}

/**
 * A percentage for a message: "43 %" / "43%".
 *
 * @param value - percent points
 * @param locale - language
 * @returns the text
 * @example
 * percentLabel(93, "fr"); //=> "93 %"
 */
export function percentLabel(value: number, locale: Locale): string {
  return locale === "fr" ? `${formatNumber(value, "fr")} %` : `${formatNumber(value, "en")}%`;
}
