/**
 * The pay ceiling above which a child no longer opens the right to family benefits (CSS art. L512-3 2°,
 * R512-2), law-money.md §3.2. Data only.
 */
import type { DatedSeries } from "../core/dated.js";

/** How the monthly ceiling is computed from the hourly SMIC. */
export interface FamilyCeilingRule {
  /** Percent of the hourly SMIC. */
  readonly smicPercent: number;
  /** Hours in the month (169, not 151,67). */
  readonly hours: number;
}

/**
 * R512-2: 55 % of the hourly SMIC × 169 hours, for a month.
 *
 * @example
 * familyBenefitsCeilingRule.entries[0].value; //=> { smicPercent: 55, hours: 169 }
 */
export const familyBenefitsCeilingRule: DatedSeries<FamilyCeilingRule> = {
  id: "family-benefits.child-pay-ceiling",
  label: { fr: "Plafond de rémunération de l'enfant à charge (prestations familiales)", en: "Pay ceiling of a dependent child (family benefits)" },
  unit: "% SMIC horaire × h",
  entries: [{ since: "2000-01-29", value: { smicPercent: 55, hours: 169 }, legalBasis: ["CSS art. R512-2 (LEGIARTI000006750602)", "CSS art. L512-3 2°"] }],
};

/**
 * The monthly ceiling as published for a half-year of the family benefits offices (CAF), euros;
 * `null` from the first half-year whose amount was not found (computed, UNCONFIRMED).
 *
 * @example
 * familyBenefitsPublishedCeilings.entries[0]; //=> { since: "2025-10-01", value: 1104.25, … }
 */
export const familyBenefitsPublishedCeilings: DatedSeries<number | null> = {
  id: "family-benefits.child-pay-ceiling.published",
  label: { fr: "Plafond de rémunération de l'enfant à charge (montant publié)", en: "Pay ceiling of a dependent child (published amount)" },
  unit: "€/mois",
  entries: [
    { since: "2025-10-01", value: 1104.25, legalBasis: ["CSS art. R512-2", "service-public.fr F16947 (période 10/2025 – 03/2026)"] },
    {
      since: "2026-04-01",
      value: null,
      legalBasis: ["CSS art. R512-2"],
      note: "Non publié dans les sources consultées : calculé (04/2026 – 09/2026 : 1 117,26 € au SMIC du 1er avril ; 10/2026 – 03/2027 : 1 144,21 €), UNCONFIRMED.",
    },
  ],
};
