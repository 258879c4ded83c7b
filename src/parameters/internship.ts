/**
 * Internship (stage) parameters, Code de l'éducation and CSS, docs/internships.md. Data only.
 */
import type { DatedSeries } from "../core/dated.js";

/**
 * Minimum gratification as a percentage of the hourly social-security ceiling, for conventions signed
 * from 2015-09-01 (the library's internship scope; the transitional 13,75 % / 12,5 % rates of earlier
 * conventions are UNCONFIRMED and left out).
 *
 * @example
 * internshipMinimumRatePercent.entries[0].value; //=> 15
 */
export const internshipMinimumRatePercent: DatedSeries<number> = {
  id: "internship.gratification.minimum-rate",
  label: { fr: "Gratification minimale (% du plafond horaire de la sécurité sociale)", en: "Minimum gratification (% of the hourly social-security ceiling)" },
  unit: "%",
  entries: [{ since: "2015-09-01", value: 15, legalBasis: ["C. éduc. art. L124-6", "Décret n° 2014-1420 du 27 novembre 2014"] }],
};

/** How presence is counted (D124-6) and the limits that follow (L124-5, L124-6). */
export interface InternshipCounting {
  /** Hours of presence that make one day. */
  hoursPerDay: number;
  /** Days of presence that make one month. */
  daysPerMonth: number;
  /** Gratification is mandatory above this many hours (2 months = 2 × 22 × 7). */
  mandatoryAboveHours: number;
  /** Maximum presence at one host in one academic year (6 months = 6 × 22 × 7). */
  maximumHours: number;
}

/**
 * Presence counting: 7 h = 1 day, 22 days = 1 month (D124-6); mandatory above 2 months = 308 h
 * (L124-6), at most 6 months = 924 h per host and academic year (L124-5).
 *
 * @example
 * internshipCounting.entries[0].value.mandatoryAboveHours; //=> 308
 */
export const internshipCounting: DatedSeries<InternshipCounting> = {
  id: "internship.counting",
  label: { fr: "Décompte de la présence en stage", en: "Counting of internship presence" },
  unit: "h / jours",
  entries: [
    {
      since: "2015-09-01",
      value: { hoursPerDay: 7, daysPerMonth: 22, mandatoryAboveHours: 308, maximumHours: 924 },
      legalBasis: ["C. éduc. art. L124-5", "C. éduc. art. L124-6", "C. éduc. art. D124-6"],
      note: "D124-6 read through the Ministry of Labour's page, not in primary text (law.md §10 item 7).",
    },
  ],
};

/**
 * Part of the gratification exempt from contributions, as a percentage of the hourly ceiling times the
 * hours of the month (CSS L136-1-1 III 1° b, D136-1), valued at the convention's signature.
 *
 * @example
 * internshipExemptRatePercent.entries[0].value; //=> 15
 */
export const internshipExemptRatePercent: DatedSeries<number> = {
  id: "internship.gratification.exempt-rate",
  label: { fr: "Franchise de cotisations (% du plafond horaire × heures du mois)", en: "Contribution-free part (% of the hourly ceiling × hours of the month)" },
  unit: "%",
  entries: [{ since: "2015-09-01", value: 15, legalBasis: ["CSS art. L136-1-1", "CSS art. D136-1"] }],
};
