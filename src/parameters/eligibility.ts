/**
 * Age limits of apprenticeship and CPRO, docs/eligibility.md. Data only.
 */
import type { DatedSeries } from "../core/dated.js";

/** Apprenticeship age window at the start of the apprenticeship (L6222-1). */
export interface ApprenticeshipAgeLimits {
  /** Minimum age. */
  minimumAge: number;
  /** Minimum age for a young person who completed lower secondary school (collège). */
  minimumAgeAfterLowerSecondary: number;
  /** Maximum age ("29 ans révolus": up to the day before the 30th birthday). */
  maximumAge: number;
}

/**
 * Apprenticeship age limits for contracts concluded from 2019-01-01 (L6222-1).
 *
 * @example
 * apprenticeshipAgeLimits.entries[0].value.maximumAge; //=> 29
 */
export const apprenticeshipAgeLimits: DatedSeries<ApprenticeshipAgeLimits> = {
  id: "apprenticeship.eligibility.age",
  label: { fr: "Âges de l'apprenti au début de l'apprentissage", en: "Apprentice age limits at the start" },
  unit: "ans",
  entries: [
    {
      since: "2019-01-01",
      value: { minimumAge: 16, minimumAgeAfterLowerSecondary: 15, maximumAge: 29 },
      legalBasis: ["C. trav. art. L6222-1"],
    },
  ],
};

/**
 * Maximum age at the conclusion of the contract for the exceptions "higher diploma" and "previous
 * contract broken" (L6222-2 1° and 2°, D6222-1 1°). The text reads « trente-cinq ans au plus » (age
 * 35 allowed, i.e. until the day before the 36th birthday); service-public reads "34 ans révolus"
 * (UNCONFIRMED, docs/eligibility.md). Before décret 2020-373 (contracts concluded before 2020-04-01): 30.
 *
 * @example
 * apprenticeshipExceptionMaximumAge.entries.at(-1).value; //=> 35
 */
export const apprenticeshipExceptionMaximumAge: DatedSeries<number> = {
  id: "apprenticeship.eligibility.exception-maximum-age",
  label: { fr: "Âge maximal (dérogations L6222-2 1° et 2°)", en: "Maximum age (exceptions L6222-2 1° and 2°)" },
  unit: "ans",
  entries: [
    { since: "2019-01-01", value: 30, legalBasis: ["C. trav. art. D6222-1 (rédaction antérieure au décret n° 2020-373)"] },
    {
      since: "2020-04-01",
      value: 35,
      legalBasis: ["C. trav. art. D6222-1", "Décret n° 2020-373 du 30 mars 2020"],
      note: "UNCONFIRMED reading: « trente-cinq ans au plus » taken literally (35 allowed); service-public reads 34 ans révolus.",
    },
  ],
};

/**
 * Longest gap, in months, between the end of the previous contract and the new one for the exceptions
 * "higher diploma" and "previous contract broken" (D6222-1 2°: « dans un délai maximum d'un an »).
 *
 * @example
 * apprenticeshipExceptionDelayMonths.entries[0].value; //=> 12
 */
export const apprenticeshipExceptionDelayMonths: DatedSeries<number> = {
  id: "apprenticeship.eligibility.exception-delay",
  label: { fr: "Délai maximal après le précédent contrat (mois)", en: "Longest gap after the previous contract (months)" },
  unit: "mois",
  entries: [{ since: "2019-01-01", value: 12, legalBasis: ["C. trav. art. D6222-1"] }],
};

/** CPRO public ages (L6325-1). */
export interface ProfessionalisationAgeLimits {
  /** Youngest age of the "16 to 25" public. */
  youngMinimumAge: number;
  /** Oldest age of the "16 to 25 révolus" public (before the 26th birthday). */
  youngMaximumAge: number;
  /** Job seekers from this age (no upper limit). */
  jobSeekerMinimumAge: number;
}

/**
 * CPRO publics by age (L6325-1, in force since 2016-01-01).
 *
 * @example
 * professionalisationAgeLimits.entries[0].value.youngMaximumAge; //=> 25
 */
export const professionalisationAgeLimits: DatedSeries<ProfessionalisationAgeLimits> = {
  id: "professionalisation.eligibility.age",
  label: { fr: "Âges des publics du contrat de professionnalisation", en: "Age limits of the CPRO publics" },
  unit: "ans",
  entries: [
    {
      since: "2019-01-01",
      value: { youngMinimumAge: 16, youngMaximumAge: 25, jobSeekerMinimumAge: 26 },
      legalBasis: ["C. trav. art. L6325-1"],
      note: "In force since 2016-01-01; the series starts at the library's scope.",
    },
  ],
};
