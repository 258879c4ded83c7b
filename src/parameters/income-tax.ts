/**
 * The income-tax exemption of apprentices' salaries (CGI art. 81 bis), law-money.md §3.1. Data only.
 * The limit is computed from the SMIC series (sum of the 12 monthly SMIC amounts of the year); the
 * amounts the tax administration published are kept here so that the computation is checked against
 * them and so that a year without a published amount says so.
 */
import type { DatedSeries } from "../core/dated.js";

const DGFIP = "Montant publié par la DGFiP (law-money.md §3.1)";

/**
 * Annual limit of CGI 81 bis as published for each income year, euros; `null` from the first year
 * whose amount was not found (computed, UNCONFIRMED).
 *
 * @example
 * apprenticeIncomeTaxPublishedLimits.entries.find((e) => e.since === "2024-01-01")?.value; //=> 21273
 */
export const apprenticeIncomeTaxPublishedLimits: DatedSeries<number | null> = {
  id: "income-tax.apprentice-limit.published",
  label: {
    fr: "Limite d'exonération d'impôt sur le revenu des salaires d'apprentis (montant publié)",
    en: "Income-tax exemption limit of apprentices' salaries (published amount)",
  },
  unit: "€/an",
  entries: [
    { since: "2019-01-01", value: 18255, legalBasis: ["CGI art. 81 bis"], note: `${DGFIP} (toutsurmesfinances.com).` },
    { since: "2020-01-01", value: 18473, legalBasis: ["CGI art. 81 bis"], note: `${DGFIP}.` },
    { since: "2021-01-01", value: 18760, legalBasis: ["CGI art. 81 bis"], note: `${DGFIP} : 9 × 10,25 € + 3 × 10,48 €.` },
    { since: "2022-01-01", value: 19744, legalBasis: ["CGI art. 81 bis"], note: `${DGFIP}.` },
    { since: "2023-01-01", value: 20815, legalBasis: ["CGI art. 81 bis"], note: `${DGFIP} ; service-public.fr F11249.` },
    { since: "2024-01-01", value: 21273, legalBasis: ["CGI art. 81 bis"], note: `${DGFIP} : 10 × 11,65 € + 2 × 11,88 € ; cfa.ac-orleans-tours.fr.` },
    {
      since: "2025-01-01",
      value: null,
      legalBasis: ["CGI art. 81 bis"],
      note: "Non publié dans les sources consultées : calculé (2025 : 21 622 € ; 2026 : 22 184 €, sans revalorisation après le 2026-06-01), UNCONFIRMED.",
    },
  ],
};
