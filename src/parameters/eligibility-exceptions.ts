/**
 * Apprenticeship age exceptions: the values the foundation's `eligibility.ts` does not carry,
 * docs/eligibility.md. Data only.
 */
import type { DatedSeries } from "../core/dated.js";

/**
 * Maximum age at the conclusion of the contract for the exceptions "higher diploma" and "previous
 * contract broken" (L6222-2 1° and 2°, D6222-1 1°) as service-public.fr reads it (fiche F2918, 2020):
 * « 31 ans (30 ans révolus) » for contracts concluded from 2019-01-01 to 2020-03-31, « 35 ans (34 ans
 * révolus) » from 2020-04-01, i.e. at most 30, then at most 34. This is the stricter reading; the text
 * « trente-cinq ans au plus » taken literally allows 35 (series `apprenticeshipExceptionMaximumAge`).
 * UNCONFIRMED (docs/eligibility.md): used only with `exceptionAgeReading: "service-public"`.
 *
 * @example
 * apprenticeshipExceptionMaximumAgeServicePublic.entries.at(-1)?.value; //=> 34
 */
export const apprenticeshipExceptionMaximumAgeServicePublic: DatedSeries<number> = {
  id: "apprenticeship.eligibility.exception-maximum-age.service-public",
  label: {
    fr: "Âge maximal (dérogations L6222-2 1° et 2°), lecture de service-public.fr",
    en: "Maximum age (exceptions L6222-2 1° and 2°), service-public.fr reading",
  },
  unit: "ans",
  entries: [
    {
      since: "2019-01-01",
      value: 30,
      legalBasis: ["C. trav. art. D6222-1 (rédaction antérieure au décret n° 2020-373)", "service-public.fr, fiche F2918 (2020)"],
      note: "« 31 ans (30 ans révolus) »: same bound as the text of the time.",
    },
    {
      since: "2020-04-01",
      value: 34,
      legalBasis: ["C. trav. art. D6222-1", "Décret n° 2020-373 du 30 mars 2020", "service-public.fr, fiche F2918 (2020)"],
      note: "UNCONFIRMED reading: « 35 ans (34 ans révolus) », stricter than « trente-cinq ans au plus ».",
    },
  ],
};

/**
 * The age of the apprentice is no obstacle to a new contract with another employer that extends the
 * apprenticeship by up to one year after an exam failure (L6222-11 2°, D6222-1-2, in force since
 * 2020-04-01). No entry before that date: no text was read for earlier contracts, and the library
 * then applies the same rule with a warning.
 *
 * @example
 * apprenticeshipExamFailureAgeWaiver.entries[0]?.since; //=> "2020-04-01"
 */
export const apprenticeshipExamFailureAgeWaiver: DatedSeries<boolean> = {
  id: "apprenticeship.eligibility.exam-failure-age-waiver",
  label: {
    fr: "Pas de limite d'âge pour la prolongation après échec à l'examen",
    en: "No age limit for the extension after an exam failure",
  },
  unit: "",
  entries: [{ since: "2020-04-01", value: true, legalBasis: ["C. trav. art. L6222-11", "C. trav. art. D6222-1-2"] }],
};
