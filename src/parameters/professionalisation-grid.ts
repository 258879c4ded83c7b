/**
 * Professionalisation-contract (CPRO) minimum pay, docs/pay.md. Data only.
 */
import type { DatedSeries } from "../core/dated.js";

/**
 * Qualification held before the contract (D6325-15): below the bac professionnel, or at least a bac
 * professionnel or a professional title or diploma of the same level (a general bac alone is "below").
 *
 * @example
 * const q: Qualification = "bac-pro-or-higher";
 */
export type Qualification = "below-bac-pro" | "bac-pro-or-higher";

/** The CPRO grid: under 26, percent of SMIC by qualification; from 26, SMIC and a share of the SMC. */
export interface ProfessionalisationGrid {
  readonly "under-21": Readonly<Record<Qualification, number>>;
  readonly "21-25": Readonly<Record<Qualification, number>>;
  /** From 26: at least this percent of SMIC and at least `smcPercent` of the conventional minimum. */
  readonly "26-plus": { readonly smicPercent: number; readonly smcPercent: number };
}

/**
 * CPRO grid of D6325-15 and D6325-18. In force before 2019; the series starts at the library's scope.
 *
 * @example
 * professionalisationGrid.entries[0].value["under-21"]["bac-pro-or-higher"]; //=> 65
 */
export const professionalisationGrid: DatedSeries<ProfessionalisationGrid> = {
  id: "professionalisation.pay.grid",
  label: { fr: "Rémunération minimale en contrat de professionnalisation", en: "Professionalisation contract minimum pay" },
  unit: "%",
  entries: [
    {
      since: "2019-01-01",
      value: {
        "under-21": { "below-bac-pro": 55, "bac-pro-or-higher": 65 },
        "21-25": { "below-bac-pro": 70, "bac-pro-or-higher": 80 },
        "26-plus": { smicPercent: 100, smcPercent: 85 },
      },
      legalBasis: ["C. trav. art. L6325-8", "C. trav. art. L6325-9", "C. trav. art. D6325-15", "C. trav. art. D6325-18"],
    },
  ],
};

/**
 * Ages at which the CPRO band rises, from the first day of the following month (D6325-16).
 *
 * @example
 * professionalisationBandAges.entries[0].value; //=> { "21-25": 21, "26-plus": 26 }
 */
export const professionalisationBandAges: DatedSeries<{ readonly "21-25": number; readonly "26-plus": number }> = {
  id: "professionalisation.pay.band-ages",
  label: { fr: "Âges de changement de tranche (professionnalisation)", en: "Ages that raise the CPRO band" },
  unit: "ans",
  entries: [{ since: "2019-01-01", value: { "21-25": 21, "26-plus": 26 }, legalBasis: ["C. trav. art. D6325-15", "C. trav. art. D6325-16"] }],
};
