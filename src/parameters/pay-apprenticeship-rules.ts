/**
 * Apprentice pay rules whose values or dates of application the foundation's grid file does not
 * carry: the licence professionnelle rate year, the credit of a shortened cycle and the duration
 * limit of the same-level-diploma increase (docs/pay.md). Data only.
 *
 * Each series starts on the date from which the text was read (2020-04-01, décret n° 2020-373):
 * for contracts concluded earlier, the earlier wording was not read, so the pay module treats the
 * corresponding input as out of scope.
 */
import type { DatedSeries } from "../core/dated.js";

/**
 * Contract year whose rate a licence professionnelle contract receives throughout (D6222-32, text in
 * force since 2020-04-01).
 *
 * @example
 * licenceProRateYear.entries[0].value; //=> 2
 */
export const licenceProRateYear: DatedSeries<number> = {
  id: "apprenticeship.pay.licence-pro-rate-year",
  label: { fr: "Licence professionnelle : année d'exécution dont le taux s'applique", en: "Licence professionnelle: contract year whose rate applies" },
  unit: "année",
  entries: [{ since: "2020-04-01", value: 2, legalBasis: ["C. trav. art. D6222-32"] }],
};

/**
 * Whether the reduced part of a training cycle counts as performed for pay (D6222-28-1, contracts
 * concluded from 2020-04-01).
 *
 * @example
 * shortenedCycleCredit.entries[0].value; //=> true
 */
export const shortenedCycleCredit: DatedSeries<boolean> = {
  id: "apprenticeship.pay.shortened-cycle-credit",
  label: {
    fr: "Contrat plus court que le cycle : durée réduite réputée accomplie pour la rémunération",
    en: "Contract shorter than the cycle: reduced part counts as performed for pay",
  },
  unit: "",
  entries: [{ since: "2020-04-01", value: true, legalBasis: ["C. trav. art. D6222-28-1"] }],
};

/**
 * Longest contract, in months, that the same-level-diploma increase is for (D6222-30: a contract of
 * at most one year, docs/pay.md).
 *
 * @example
 * sameLevelDiplomaMaximumMonths.entries[0].value; //=> 12
 */
export const sameLevelDiplomaMaximumMonths: DatedSeries<number> = {
  id: "apprenticeship.pay.same-level-diploma-maximum-duration",
  label: { fr: "Majoration diplôme de même niveau : durée maximale du contrat", en: "Same-level diploma increase: longest contract" },
  unit: "mois",
  entries: [{ since: "2020-04-01", value: 12, legalBasis: ["C. trav. art. D6222-30"] }],
};
