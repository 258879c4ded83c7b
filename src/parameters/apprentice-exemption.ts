/**
 * The apprentice's employee-contribution regime, chosen by the date the contract was CONCLUDED
 * (signed), docs/net-pay.md. Data only.
 */
import type { DatedSeries } from "../core/dated.js";

/**
 * Regime of an apprentice's employee contributions.
 *
 * @example
 * const regime: ApprenticeRegimeId = "apprentice-from-2025-03";
 */
export type ApprenticeRegimeId = "apprentice-before-2025-03" | "apprentice-from-2025-03";

/** One regime: the exemption ceiling and where CSG/CRDS start, in percent of the month's SMIC. */
export interface ApprenticeRegime {
  /** Regime id (API.md §8). */
  readonly regime: ApprenticeRegimeId;
  /** Employee contributions are exempt on the pay up to this percent of the monthly SMIC (the ceiling T). */
  readonly exemptionCeilingPercent: number;
  /** CSG/CRDS are due on the part of the pay above this percent of the monthly SMIC; `null`: not due on the pay. */
  readonly csgCrdsAbovePercent: number | null;
}

/**
 * The regimes, in force for contracts concluded from their `since` date, for the whole life of the
 * contract (NOTA of L6243-2 and D6243-5: « contrats d'apprentissage conclus à compter du 1er mars 2025 »).
 *
 * @example
 * apprenticeContributionRegimes.entries.map((e) => e.value.exemptionCeilingPercent); //=> [79, 50]
 */
export const apprenticeContributionRegimes: DatedSeries<ApprenticeRegime> = {
  id: "apprenticeship.contribution-regime",
  label: {
    fr: "Apprenti : exonération des cotisations salariales et CSG/CRDS, selon la date de conclusion du contrat",
    en: "Apprentice: employee-contribution exemption and CSG/CRDS, by the date the contract was concluded",
  },
  unit: "% du SMIC",
  entries: [
    {
      since: "2019-01-01",
      value: { regime: "apprentice-before-2025-03", exemptionCeilingPercent: 79, csgCrdsAbovePercent: null },
      legalBasis: [
        "C. trav. art. L6243-2 (LEGIARTI000037947681)",
        "C. trav. art. D6243-5 (LEGIARTI000038027062, décret n° 2018-1357 art. 3)",
        "CSS art. L136-1-1",
      ],
      note: "Versions antérieures non stockées dans LEGI ; texte cité par legisocial.fr (law-money.md §2.1). CSG/CRDS non dues sur le salaire (ni, par tolérance, sur la part patronale de prévoyance).",
    },
    {
      since: "2025-03-01",
      value: { regime: "apprentice-from-2025-03", exemptionCeilingPercent: 50, csgCrdsAbovePercent: 50 },
      legalBasis: [
        "C. trav. art. L6243-2 (LEGIARTI000051284811, loi n° 2025-199 art. 23)",
        "C. trav. art. D6243-5 (LEGIARTI000051400212, décret n° 2025-290)",
        "CSS art. L136-1-1 II 7° (loi n° 2025-199 art. 22)",
      ],
      note: "Contrats CONCLUS à compter du 2025-03-01 (date de signature ; BOSS, mise à jour du 2025-07-03). D6243-5 en vigueur le 2025-03-31, applicable à ces contrats. Rédaction transitoire de l'art. 22 non lue (UNCONFIRMED, law-money.md §5 point 4).",
    },
  ],
};
