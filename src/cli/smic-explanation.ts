/**
 * The explanation of `alternance smic --explain`. `smicAt` returns no explanation (API.md §1 gives its
 * result no `explanation` field), so its steps are written here from its result and the dated series
 * it read: the hourly SMIC in force on the date, since when and by which text, then the monthly amount.
 */
import { valueAt } from "../core/dated.js";
import type { Locale, Step } from "../core/explain.js";
import { formatEuros } from "../core/format.js";
import type { SmicAtResult, Territory } from "../index.js";
import { legalWeeklyHours, smicHourlyMayotte, smicHourlyMetropole } from "../parameters/smic.js";

/**
 * The steps of a SMIC answer: `smic.hourly` (the hourly SMIC on the date, since when, its legal text)
 * and `smic.monthly` (hourly × 35 × 52 / 12, rounded to the cent). Dates are ISO, as in the library's
 * steps: the table writes them `JJ/MM/AAAA` in French.
 *
 * @param result - what `smicAt` returned
 * @param date - the date asked
 * @param territory - the territory asked (`metropole` by default)
 * @param locale - language of the messages
 * @returns the two steps
 * @example
 * smicSteps(smicAt("2026-03-15"), "2026-03-15", "metropole", "fr")[0].message;
 * //=> "SMIC horaire brut (métropole, DROM hors Mayotte) en vigueur le 2026-03-15 : 12,02 €, depuis le 2026-01-01"
 */
export function smicSteps(result: SmicAtResult, date: string, territory: Territory, locale: Locale): Step[] {
  const fr = locale === "fr";
  const series = territory === "mayotte" ? smicHourlyMayotte : smicHourlyMetropole;
  const weekly = valueAt(legalWeeklyHours, result.since);
  const [hourly, monthly] = [formatEuros(result.hourly, locale), formatEuros(result.monthly, locale)];
  return [
    {
      rule: "smic.hourly",
      message: fr
        ? `${series.label.fr} en vigueur le ${date} : ${hourly}, depuis le ${result.since}`
        : `${series.label.en} in force on ${date}: ${hourly}, since ${result.since}`,
      legalBasis: [...result.legalBasis],
      values: { date, territory, hourly: result.hourly, since: result.since },
    },
    {
      rule: "smic.monthly",
      message: fr
        ? `SMIC mensuel pour ${weekly.value} h par semaine : ${hourly} × ${weekly.value} × 52 / 12 = ${monthly} (arrondi au centime)`
        : `Monthly SMIC for ${weekly.value} hours a week: ${hourly} × ${weekly.value} × 52 / 12 = ${monthly} (rounded to the cent)`,
      legalBasis: [...weekly.legalBasis],
      values: { hourly: result.hourly, weeklyHours: weekly.value, monthly: result.monthly },
    },
  ];
}
