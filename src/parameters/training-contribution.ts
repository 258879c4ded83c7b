/**
 * The employer's participation in the training cost of an apprenticeship (L6332-14 I 1°, R6332-25-1;
 * docs/employer.md). Data only.
 */
import type { DatedSeries } from "../core/dated.js";
import type { DiplomaLevel } from "./hiring-aid.js";

/** Amounts of the participation of R6332-25-1. */
export interface TrainingParticipationTerms {
  /** Lowest diploma level for which the employer participates (« au moins au niveau 6 »). */
  readonly minimumLevel: DiplomaLevel;
  /** Flat amount per contract, whatever its duration (al. 1). */
  readonly flatAmount: number;
  /** Flat amount for a new contract with another employer after a rupture, under L6222-18-2 (al. 3). */
  readonly afterRuptureAmount: number;
  /** Rupture during the 45-day period of L6222-18: percentage of the funding level (NPEC) (al. 2). */
  readonly trialPeriodRupturePercent: number;
  /** Days the annual funding level is divided by for the pro rata of al. 2 (UNCONFIRMED: the text gives none). */
  readonly trialPeriodRuptureDaysPerYear: number;
}

/**
 * The participation, for contracts concluded from 2025-07-01 (décret n° 2025-585); none before.
 *
 * @example
 * employerTrainingParticipation.entries[0].value.flatAmount; //=> 750
 */
export const employerTrainingParticipation: DatedSeries<TrainingParticipationTerms> = {
  id: "employer.training-participation",
  label: {
    fr: "Participation de l'employeur au financement de l'apprentissage (diplômes de niveau 6 et plus)",
    en: "Employer's participation in apprenticeship funding (diplomas of level 6 and above)",
  },
  unit: "€",
  entries: [
    {
      since: "2025-07-01",
      value: { minimumLevel: 6, flatAmount: 750, afterRuptureAmount: 200, trialPeriodRupturePercent: 50, trialPeriodRuptureDaysPerYear: 365 },
      legalBasis: ["C. trav. art. L6332-14 I 1°", "C. trav. art. R6332-25-1 (décret n° 2025-585, LEGIARTI000051818943)"],
      note: "Rupture pendant les 45 jours : prorata « du nombre de jours effectués » sans dénominateur dans le texte ; 365 est la lecture retenue (NON CONFIRMÉ, law-money.md §4.2).",
    },
  ],
};
