/**
 * Contract durations, training-time shares and deadlines, docs/dates.md and docs/training-hours.md. Data only.
 */
import type { DatedSeries } from "../core/dated.js";

/** Duration bounds of an apprenticeship contract, in months (L6222-7-1, R6222-46, R6222-60). */
export interface ApprenticeshipDurations {
  minimumMonths: number;
  maximumMonths: number;
  /** Maximum for a recognised disabled worker or a high-level athlete. */
  extendedMaximumMonths: number;
}

/**
 * Apprenticeship duration: 6 months to 3 years; 4 years for a disabled worker (R6222-46) or a
 * high-level athlete (R6222-60).
 *
 * @example
 * apprenticeshipDurations.entries[0].value; //=> { minimumMonths: 6, maximumMonths: 36, extendedMaximumMonths: 48 }
 */
export const apprenticeshipDurations: DatedSeries<ApprenticeshipDurations> = {
  id: "apprenticeship.duration",
  label: { fr: "Durée du contrat d'apprentissage (mois)", en: "Apprenticeship contract duration (months)" },
  unit: "mois",
  entries: [
    {
      since: "2019-01-01",
      value: { minimumMonths: 6, maximumMonths: 36, extendedMaximumMonths: 48 },
      legalBasis: ["C. trav. art. L6222-7-1", "C. trav. art. R6222-46", "C. trav. art. R6222-60"],
    },
  ],
};

/** Duration bounds of the action de professionnalisation, in months (L6325-11, L6325-12). */
export interface ProfessionalisationDurations {
  minimumMonths: number;
  maximumMonths: number;
  /** Maximum under a branch agreement (L6325-12). */
  branchAgreementMaximumMonths: number;
  /** Maximum for the priority publics of L6325-1-1 (L6325-11). */
  priorityPublicMaximumMonths: number;
}

/**
 * CPRO duration: 6 to 12 months; 24 by branch agreement; 36 for priority publics.
 *
 * @example
 * professionalisationDurations.entries[0].value.priorityPublicMaximumMonths; //=> 36
 */
export const professionalisationDurations: DatedSeries<ProfessionalisationDurations> = {
  id: "professionalisation.duration",
  label: { fr: "Durée de l'action de professionnalisation (mois)", en: "Professionalisation action duration (months)" },
  unit: "mois",
  entries: [
    {
      since: "2019-01-01",
      value: { minimumMonths: 6, maximumMonths: 12, branchAgreementMaximumMonths: 24, priorityPublicMaximumMonths: 36 },
      legalBasis: ["C. trav. art. L6325-11", "C. trav. art. L6325-12"],
    },
  ],
};

/**
 * Apprenticeship start window: the training in the CFA and in the company must start within 3 months
 * of the start of the contract (L6222-12); a CFA cycle may start up to 3 months before the contract
 * (L6222-12-1).
 *
 * @example
 * apprenticeshipStartWindowMonths.entries[0].value; //=> { before: 3, after: 3 }
 */
export const apprenticeshipStartWindowMonths: DatedSeries<{ readonly before: number; readonly after: number }> = {
  id: "apprenticeship.start-window",
  label: { fr: "Début du contrat autour du début de la formation (mois)", en: "Contract start around the training start (months)" },
  unit: "mois",
  entries: [{ since: "2019-01-01", value: { before: 3, after: 3 }, legalBasis: ["C. trav. art. L6222-12", "C. trav. art. L6222-12-1"] }],
};

/**
 * Minimum share of training in an apprenticeship: 25 % of the contract's total duration (L6211-2).
 *
 * @example
 * apprenticeshipTrainingMinimumPercent.entries[0].value; //=> 25
 */
export const apprenticeshipTrainingMinimumPercent: DatedSeries<number> = {
  id: "apprenticeship.training.minimum-share",
  label: { fr: "Part minimale de formation (apprentissage)", en: "Minimum training share (apprenticeship)" },
  unit: "%",
  entries: [{ since: "2019-01-01", value: 25, legalBasis: ["C. trav. art. L6211-2"] }],
};

/** CPRO training share (L6325-13). */
export interface ProfessionalisationTraining {
  minimumPercent: number;
  /** The minimum is never below this many hours. */
  minimumHours: number;
  /** Maximum share, unless an agreement allows more (L6325-14). */
  maximumPercent: number;
}

/**
 * CPRO training: between 15 % (at least 150 h) and 25 % of the contract's total duration (L6325-13).
 *
 * @example
 * professionalisationTraining.entries[0].value; //=> { minimumPercent: 15, minimumHours: 150, maximumPercent: 25 }
 */
export const professionalisationTraining: DatedSeries<ProfessionalisationTraining> = {
  id: "professionalisation.training.share",
  label: { fr: "Part de formation (professionnalisation)", en: "Training share (professionalisation)" },
  unit: "% / h",
  entries: [
    {
      since: "2019-01-01",
      value: { minimumPercent: 15, minimumHours: 150, maximumPercent: 25 },
      legalBasis: ["C. trav. art. L6325-13", "C. trav. art. L6325-14"],
      note: "L6325-13 in force since 2016-08-10; the series starts at the library's scope.",
    },
  ],
};

/**
 * Deadline to send an apprenticeship contract to the OPCO: 5 jours ouvrables after the start (D6224-1).
 *
 * @example
 * apprenticeshipRegistrationWorkingDays.entries[0].value; //=> 5
 */
export const apprenticeshipRegistrationWorkingDays: DatedSeries<number> = {
  id: "apprenticeship.registration.deadline",
  label: { fr: "Transmission à l'OPCO (jours ouvrables après le début)", en: "Sending to the OPCO (jours ouvrables after the start)" },
  unit: "jours ouvrables",
  entries: [{ since: "2020-01-01", value: 5, legalBasis: ["C. trav. art. D6224-1"] }],
};

/**
 * Deadline to send a CPRO to the OPCO: 5 calendar days after the start (D6325-1).
 *
 * @example
 * professionalisationRegistrationDays.entries[0].value; //=> 5
 */
export const professionalisationRegistrationDays: DatedSeries<number> = {
  id: "professionalisation.registration.deadline",
  label: { fr: "Transmission à l'OPCO (jours après le début)", en: "Sending to the OPCO (days after the start)" },
  unit: "jours",
  entries: [{ since: "2024-08-01", value: 5, legalBasis: ["C. trav. art. D6325-1"] }],
};

/**
 * Days of practical training in the company during which either party may break an apprenticeship
 * freely (L6222-18, contracts from 2019-01-01).
 *
 * @example
 * apprenticeshipTrialCompanyDays.entries[0].value; //=> 45
 */
export const apprenticeshipTrialCompanyDays: DatedSeries<number> = {
  id: "apprenticeship.trial-period",
  label: { fr: "Période de rupture libre (jours de formation pratique en entreprise)", en: "Free-termination period (days of practical training in the company)" },
  unit: "jours",
  entries: [{ since: "2019-01-01", value: 45, legalBasis: ["C. trav. art. L6222-18"] }],
};
