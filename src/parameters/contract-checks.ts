/**
 * Thresholds of the whole-contract checks (law.md §3.1, §9.1 to §9.3): the tutor, the working time
 * of minors and the start of the practical training. Data only.
 */
import type { DatedSeries } from "../core/dated.js";

/** Conditions on an apprenticeship tutor (maître d'apprentissage). */
export interface ApprenticeshipTutorRules {
  /** Age the tutor must have reached (« majeur »), L6223-8-1. */
  minimumAge: number;
  /** Years of professional activity related to the qualification prepared, without a diploma (R6223-22 b). */
  experienceYears: number;
  /** Years of activity that suffice with a diploma of the prepared level or above in the same field (R6223-22 a). */
  experienceYearsWithDiploma: number;
  /** Apprentices a tutor may supervise at once (R6223-6). */
  maximumSupervised: number;
  /** Extra apprentice allowed when that apprentice's training is prolonged after an exam failure (R6223-6). */
  extraSupervisedAfterExamFailure: number;
}

/**
 * Apprenticeship tutor: of age (18), 2 years of related activity or a diploma of the prepared level or
 * above plus 1 year, at most 2 apprentices plus 1 prolonged after an exam failure.
 *
 * @example
 * apprenticeshipTutorRules.entries[0].value.maximumSupervised; //=> 2
 */
export const apprenticeshipTutorRules: DatedSeries<ApprenticeshipTutorRules> = {
  id: "contract.apprenticeship.tutor",
  label: { fr: "Maître d'apprentissage : âge, expérience, apprentis encadrés", en: "Apprenticeship tutor: age, experience, apprentices supervised" },
  unit: "ans / apprentis",
  entries: [
    {
      since: "2019-01-01",
      value: { minimumAge: 18, experienceYears: 2, experienceYearsWithDiploma: 1, maximumSupervised: 2, extraSupervisedAfterExamFailure: 1 },
      legalBasis: ["C. trav. art. L6223-8-1", "C. trav. art. R6223-22", "C. trav. art. R6223-6"],
      note: "L6223-8-1 read in its version in force since 2019-08-23 (law.md §9.1); the same conditions are applied to contracts from 2019-01-01. A branch agreement may set other competence conditions (R6223-22), individual derogations to the number supervised exist (R6223-7, R6223-8): not modelled.",
    },
  ],
};

/** Conditions on a professionalisation-contract tutor. */
export interface ProfessionalisationTutorRules {
  /** Years of experience in a qualification related to the one prepared (D6325-6). */
  experienceYears: number;
  /** Beneficiaries (CPRO, apprentices, périodes de professionnalisation) a salaried tutor may supervise at once (D6325-9). */
  maximumSupervisedByEmployee: number;
  /** The same when the employer is the tutor (D6325-9). */
  maximumSupervisedByEmployer: number;
}

/**
 * CPRO tutor: 2 years of experience in a related qualification; at most 3 beneficiaries at once for an
 * employee, 2 for the employer acting as tutor.
 *
 * @example
 * professionalisationTutorRules.entries[0].value.maximumSupervisedByEmployer; //=> 2
 */
export const professionalisationTutorRules: DatedSeries<ProfessionalisationTutorRules> = {
  id: "contract.professionalisation.tutor",
  label: { fr: "Tuteur du contrat de professionnalisation : expérience, salariés encadrés", en: "Professionalisation tutor: experience, people supervised" },
  unit: "ans / salariés",
  entries: [
    {
      since: "2019-01-01",
      value: { experienceYears: 2, maximumSupervisedByEmployee: 3, maximumSupervisedByEmployer: 2 },
      legalBasis: ["C. trav. art. D6325-6", "C. trav. art. D6325-9"],
    },
  ],
};

/** Working-time limits of workers under 18. */
export interface MinorWorkingTime {
  /** Below this age a worker is a minor (« moins de dix-huit ans »). */
  majorityAge: number;
  /** Hours a day at most. */
  dailyHours: number;
  /** Hours a week at most. */
  weeklyHours: number;
  /** Extra hours a week the labour inspector may allow, after the occupational doctor's opinion. */
  inspectorExtraWeeklyHours: number;
}

/**
 * Minors (apprentices and CPRO under 18): at most 8 hours a day and 35 hours a week; the labour
 * inspector may allow up to 5 more hours a week (L3162-1).
 *
 * @example
 * minorWorkingTime.entries[0].value; //=> { majorityAge: 18, dailyHours: 8, weeklyHours: 35, inspectorExtraWeeklyHours: 5 }
 */
export const minorWorkingTime: DatedSeries<MinorWorkingTime> = {
  id: "contract.minor.working-time",
  label: { fr: "Durée du travail des mineurs (heures par jour, par semaine)", en: "Working time of minors (hours a day, a week)" },
  unit: "h",
  entries: [{ since: "2019-01-01", value: { majorityAge: 18, dailyHours: 8, weeklyHours: 35, inspectorExtraWeeklyHours: 5 }, legalBasis: ["C. trav. art. L3162-1"] }],
};

/**
 * Minors on building sites, public works and landscaping sites (R3162-1, contracts from 2019-01-01):
 * up to 10 hours a day and 40 hours a week.
 *
 * @example
 * minorSiteWorkingTime.entries[0].value; //=> { dailyHours: 10, weeklyHours: 40 }
 */
export const minorSiteWorkingTime: DatedSeries<{ readonly dailyHours: number; readonly weeklyHours: number }> = {
  id: "contract.minor.working-time.site-activity",
  label: { fr: "Durée du travail des mineurs sur les chantiers (dérogation)", en: "Working time of minors on building and landscaping sites (derogation)" },
  unit: "h",
  entries: [{ since: "2019-01-01", value: { dailyHours: 10, weeklyHours: 40 }, legalBasis: ["C. trav. art. R3162-1"] }],
};

/**
 * The practical training in the company starts at the latest 3 months after the start of execution of
 * an apprenticeship contract (L6222-12), calendar months clamped to the end of the month.
 *
 * @example
 * practicalTrainingStartMonths.entries[0].value; //=> 3
 */
export const practicalTrainingStartMonths: DatedSeries<number> = {
  id: "contract.apprenticeship.practical-training-start",
  label: { fr: "Début de la formation pratique chez l'employeur, au plus tard (mois après le début du contrat)", en: "Start of the practical training in the company, at the latest (months after the contract start)" },
  unit: "mois",
  entries: [{ since: "2019-01-01", value: 3, legalBasis: ["C. trav. art. L6222-12"] }],
};
