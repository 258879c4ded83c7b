/**
 * Plafond mensuel de la sécurité sociale (PSS), docs/parameters.md. Data only. The hourly ceiling is
 * derived where it is used (monthly × 12 / 1607, rounded to the euro, CSS art. D242-19).
 */
import type { DatedSeries } from "../core/dated.js";

/**
 * Monthly social-security ceiling (PSS), 2015 to 2026, one entry per year (the 2020 value was kept in
 * 2021 and 2022; each year has its own arrêté).
 *
 * @example
 * socialSecurityCeilingMonthly.entries.at(-1); //=> { since: "2026-01-01", value: 4005, … }
 */
export const socialSecurityCeilingMonthly: DatedSeries<number> = {
  id: "social-security-ceiling.monthly",
  label: { fr: "Plafond mensuel de la sécurité sociale", en: "Monthly social-security ceiling" },
  unit: "€",
  entries: [
    { since: "2015-01-01", value: 3170, legalBasis: ["CSS art. L241-3", "Arrêté fixant le plafond de la sécurité sociale pour 2015"] },
    { since: "2016-01-01", value: 3218, legalBasis: ["CSS art. L241-3", "Arrêté fixant le plafond de la sécurité sociale pour 2016"] },
    { since: "2017-01-01", value: 3269, legalBasis: ["CSS art. L241-3", "Arrêté fixant le plafond de la sécurité sociale pour 2017"] },
    { since: "2018-01-01", value: 3311, legalBasis: ["CSS art. L241-3", "Arrêté fixant le plafond de la sécurité sociale pour 2018"] },
    { since: "2019-01-01", value: 3377, legalBasis: ["CSS art. L241-3", "Arrêté fixant le plafond de la sécurité sociale pour 2019"] },
    { since: "2020-01-01", value: 3428, legalBasis: ["CSS art. L241-3", "Arrêté fixant le plafond de la sécurité sociale pour 2020"] },
    { since: "2021-01-01", value: 3428, legalBasis: ["CSS art. L241-3", "Arrêté fixant le plafond de la sécurité sociale pour 2021"] },
    { since: "2022-01-01", value: 3428, legalBasis: ["CSS art. L241-3", "Arrêté fixant le plafond de la sécurité sociale pour 2022"] },
    { since: "2023-01-01", value: 3666, legalBasis: ["CSS art. L241-3", "Arrêté fixant le plafond de la sécurité sociale pour 2023"] },
    { since: "2024-01-01", value: 3864, legalBasis: ["CSS art. L241-3", "Arrêté fixant le plafond de la sécurité sociale pour 2024"] },
    { since: "2025-01-01", value: 3925, legalBasis: ["CSS art. L241-3", "Arrêté du 19 décembre 2024"] },
    { since: "2026-01-01", value: 4005, legalBasis: ["CSS art. L241-3", "Arrêté du 22 décembre 2025"] },
  ],
};
