/**
 * Words used in the employer module's explanations, in French and English. Internal.
 */
import type { Locale } from "../core/explain.js";
import { formatNumber } from "../core/format.js";
import type { HiringAidSchemeName } from "../parameters/hiring-aid.js";

const SCHEME_LABELS: Record<HiringAidSchemeName, Record<Locale, string>> = {
  "aide-unique": { fr: "Aide unique", en: "Aide unique" },
  "aide-exceptionnelle": { fr: "Aide exceptionnelle", en: "Aide exceptionnelle" },
};

/**
 * Name of a hiring-aid scheme (the French names are kept in English: they are the names employers see).
 *
 * @param scheme - the scheme
 * @param locale - language
 * @returns the label, capitalised
 * @example
 * schemeLabel("aide-unique", "fr"); //=> "Aide unique"
 */
export function schemeLabel(scheme: HiringAidSchemeName, locale: Locale): string {
  return SCHEME_LABELS[scheme][locale];
}

/**
 * "20 salariés" / "20 employees" (singular for 0 and 1 in French, for 1 in English).
 *
 * @param headcount - number of employees
 * @param locale - language
 * @returns the count with its noun
 * @example
 * employeesLabel(1, "en"); //=> "1 employee"
 */
export function employeesLabel(headcount: number, locale: Locale): string {
  const count = formatNumber(headcount, locale);
  if (locale === "fr") return `${count} salarié${headcount > 1 ? "s" : ""}`;
  return `${count} employee${headcount === 1 ? "" : "s"}`;
}
