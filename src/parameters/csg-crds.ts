/**
 * CSG and CRDS on pay (CSS art. L136-1-1, L136-2, L136-8; ordonnance n° 96-50), law-money.md §2.3.
 * Data only. Same history note as the employee contributions: law-money.md checks 2025-2026, the
 * entries start on 2019-01-01 with the values in force since 2018 (CSG) and 2012 (abatement),
 * per OpenFisca-France.
 */
import type { DatedSeries } from "../core/dated.js";

const HISTORY_NOTE = "2019 → 2024 : même valeur selon OpenFisca-France (law-money.md §2.3 ne vérifie que 2025-2026).";

/** The professional-expenses abatement of the CSG/CRDS base. */
export interface CsgAbatement {
  /** Percent deducted from the pay. */
  readonly rate: number;
  /** On the pay up to this many PSS; the rest is taken in full. */
  readonly upToCeilings: number;
}

/**
 * CSG on pay, deductible from taxable income, %.
 *
 * @example
 * csgDeductibleRate.entries[0].value; //=> 6.8
 */
export const csgDeductibleRate: DatedSeries<number> = {
  id: "csg.deductible",
  label: { fr: "CSG déductible sur les revenus d'activité", en: "CSG on pay, deductible from taxable income" },
  unit: "%",
  entries: [{ since: "2019-01-01", value: 6.8, legalBasis: ["CSS art. L136-8 I 1°", "CGI art. 154 quinquies"], note: HISTORY_NOTE }],
};

/**
 * CSG on pay, not deductible from taxable income, %.
 *
 * @example
 * csgNonDeductibleRate.entries[0].value; //=> 2.4
 */
export const csgNonDeductibleRate: DatedSeries<number> = {
  id: "csg.non-deductible",
  label: { fr: "CSG non déductible sur les revenus d'activité", en: "CSG on pay, not deductible from taxable income" },
  unit: "%",
  entries: [{ since: "2019-01-01", value: 2.4, legalBasis: ["CSS art. L136-8 I 1°", "CGI art. 154 quinquies"], note: HISTORY_NOTE }],
};

/**
 * CRDS on pay (same base as the CSG), %.
 *
 * @example
 * crdsRate.entries[0].value; //=> 0.5
 */
export const crdsRate: DatedSeries<number> = {
  id: "crds",
  label: { fr: "CRDS sur les revenus d'activité", en: "CRDS on pay" },
  unit: "%",
  entries: [
    {
      since: "2019-01-01",
      value: 0.5,
      legalBasis: ["Ordonnance n° 96-50 du 24 janvier 1996, art. 14 et 19"],
      note: "Texte non lu (law-money.md §2.1 : valeur de modele-social). " + HISTORY_NOTE,
    },
  ],
};

/**
 * Abatement for professional expenses of the CSG/CRDS base on pay: 1,75 % of the pay up to 4 PSS.
 *
 * @example
 * csgBaseAbatement.entries[0].value; //=> { rate: 1.75, upToCeilings: 4 }
 */
export const csgBaseAbatement: DatedSeries<CsgAbatement> = {
  id: "csg.base-abatement",
  label: { fr: "Abattement pour frais professionnels de l'assiette CSG/CRDS", en: "Professional-expenses abatement of the CSG/CRDS base" },
  unit: "% / PSS",
  entries: [{ since: "2019-01-01", value: { rate: 1.75, upToCeilings: 4 }, legalBasis: ["CSS art. L136-2 I"], note: HISTORY_NOTE }],
};
