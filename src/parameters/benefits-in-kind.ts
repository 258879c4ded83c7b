/**
 * Deduction of benefits in kind (food, lodging) from an apprentice's or a CPRO employee's pay
 * (C. trav. art. D6222-33, D6325-17), law-money.md §3.3. Data only.
 */
import type { DatedSeries } from "../core/dated.js";

/** The two limits of the deduction. */
export interface BenefitsInKindLimits {
  /** Each benefit: at most this percent of the deduction allowed for other workers (its social-security valuation). */
  readonly itemPercent: number;
  /** Every month: the deductions at most this percent of the pay. */
  readonly payPercent: number;
}

/**
 * Apprentices, by the date the contract was concluded. D6222-33 in its 2020 version applies to
 * contracts concluded from 2020-04-01; its previous version was abrogated on 2019-01-01, so no text is
 * in force for contracts concluded 2019-01-01 → 2020-03-31: the same limits are applied to them
 * (UNCONFIRMED, law-money.md §5 point 10) and the result says so.
 *
 * @example
 * apprenticeshipBenefitsInKindLimits.entries.at(-1)?.value; //=> { itemPercent: 75, payPercent: 75 }
 */
export const apprenticeshipBenefitsInKindLimits: DatedSeries<BenefitsInKindLimits> = {
  id: "benefits-in-kind.apprenticeship",
  label: { fr: "Apprenti : déduction des avantages en nature", en: "Apprentice: deduction of benefits in kind" },
  unit: "%",
  entries: [
    {
      since: "2019-01-01",
      value: { itemPercent: 75, payPercent: 75 },
      legalBasis: ["C. trav. art. D6222-33 (LEGIARTI000041770368), appliqué par défaut de texte"],
      note: "UNCONFIRMED : aucun texte en vigueur pour les contrats conclus du 2019-01-01 au 2020-03-31 (ancien D6222-33 abrogé le 2019-01-01) ; les limites du texte de 2020 sont appliquées.",
    },
    { since: "2020-04-01", value: { itemPercent: 75, payPercent: 75 }, legalBasis: ["C. trav. art. D6222-33 (LEGIARTI000041770368, décret n° 2020-373 art. 3)", "C. trav. art. R6222-4"] },
  ],
};

/**
 * CPRO employees (D6325-17, in force since 2008-05-01).
 *
 * @example
 * professionalisationBenefitsInKindLimits.entries[0].value; //=> { itemPercent: 75, payPercent: 75 }
 */
export const professionalisationBenefitsInKindLimits: DatedSeries<BenefitsInKindLimits> = {
  id: "benefits-in-kind.professionalisation",
  label: { fr: "Contrat de professionnalisation : déduction des avantages en nature", en: "Professionalisation contract: deduction of benefits in kind" },
  unit: "%",
  entries: [{ since: "2008-05-01", value: { itemPercent: 75, payPercent: 75 }, legalBasis: ["C. trav. art. D6325-17 (LEGIARTI000018522993)"] }],
};
