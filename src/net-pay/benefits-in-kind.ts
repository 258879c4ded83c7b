/**
 * `benefitsInKindDeduction`: how much an employer may deduct from an apprentice's or a CPRO employee's
 * pay for benefits in kind (C. trav. art. D6222-33, D6325-17; docs/net-pay.md).
 */
import * as z from "zod/mini";
import { entryAt, valueAt, type DatedSeries } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { Dec } from "../core/money.js";
import { inputObject, finiteNumber, localeOf, isoDateFrom, strictObject, parseInput } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import {
  apprenticeshipBenefitsInKindLimits,
  professionalisationBenefitsInKindLimits,
  type BenefitsInKindLimits,
} from "../parameters/benefits-in-kind.js";
import { cents, centsSchema, MAX_GROSS_MONTHLY, MAX_MONTHLY_SHARE } from "./input.js";
import {
  apprenticeInKindCap,
  apprenticeInKindItem,
  inKindRuleGap,
  professionalisationInKindCap,
  professionalisationInKindItem,
} from "./rules.js";

/**
 * One benefit in kind of the month.
 *
 * @example
 * const meals: BenefitInKind = { label: "repas", socialSecurityValue: 5.5, quantity: 20 };
 */
export interface BenefitInKind {
  /** What it is, shown in the result and the explanation. */
  label?: string;
  /** Its valuation for social security (the deduction allowed for other workers), euros per unit. */
  socialSecurityValue: number;
  /** Units in the month (meals, months of lodging), default 1. */
  quantity?: number;
}

/**
 * Input of {@link benefitsInKindDeduction}.
 *
 * @example
 * const input: BenefitsInKindDeductionInput = { contract: "apprenticeship", grossMonthly: 802.82, items: [{ label: "repas", socialSecurityValue: 5.5, quantity: 20 }] };
 */
export interface BenefitsInKindDeductionInput {
  /** Apprenticeship or professionalisation contract. */
  contract: "apprenticeship" | "professionalisation";
  /** The month's gross pay, euros. */
  grossMonthly: number;
  /** The benefits of the month (at most 100). */
  items: BenefitInKind[];
  /** Optional: the day the contract was concluded (an apprenticeship concluded before 2020-04-01 gets a warning). */
  signatureDate?: IsoDate;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no text built. */
  explain?: boolean;
}

/**
 * The limit of one benefit of the month.
 *
 * @example
 * const limit: BenefitInKindLimit = { label: "repas", maximumDeduction: 82.5 };
 */
export interface BenefitInKindLimit {
  /** The benefit's label, when the input gave one. */
  label?: string;
  /** At most 75 % of its valuation × quantity, rounded half-up to the cent. */
  maximumDeduction: number;
}

/**
 * Result of {@link benefitsInKindDeduction}.
 *
 * @example
 * const result: BenefitsInKindDeductionResult = benefitsInKindDeduction({ contract: "apprenticeship", grossMonthly: 802.82, items: [{ socialSecurityValue: 5.5, quantity: 20 }] });
 */
export interface BenefitsInKindDeductionResult {
  /** The most the employer may deduct this month, euros. */
  maximumDeduction: number;
  /** Each benefit's own limit (75 % of its valuation × quantity), in input order. */
  items: BenefitInKindLimit[];
  /** `true` when the three-quarters-of-the-pay cap is below the benefits' total. */
  cappedByPay: boolean;
  /** D6222-33 (apprenticeship) or D6325-17 (CPRO). */
  legalBasis: string[];
  /** One step per benefit, then the monthly cap. */
  explanation: Step[];
  /** `BENEFITS_IN_KIND_RULE_GAP` for an apprenticeship concluded 2019-01-01 → 2020-03-31. */
  warnings: Violation[];
}

/** Most benefits accepted in one call (a month's payslip never has that many). */
export const MAX_BENEFIT_ITEMS = 100;
/** Most units of one benefit in a month (sanity bound: 3 meals a day is 93). */
export const MAX_BENEFIT_QUANTITY = 1000;

const itemSchema = strictObject({
  label: z.optional(z.string().check(z.maxLength(200))),
  socialSecurityValue: centsSchema(MAX_MONTHLY_SHARE),
  quantity: z.optional(finiteNumber().check(z.gte(0), z.lte(MAX_BENEFIT_QUANTITY))),
});

const inKindSchema = inputObject({
  contract: z.enum(["apprenticeship", "professionalisation"]),
  grossMonthly: centsSchema(MAX_GROSS_MONTHLY),
  items: z.array(itemSchema).check(z.maxLength(MAX_BENEFIT_ITEMS)),
  signatureDate: z.optional(isoDateFrom(CONTRACT_SCOPE_START)),
});

const RULES = {
  apprenticeship: { series: apprenticeshipBenefitsInKindLimits, item: apprenticeInKindItem, cap: apprenticeInKindCap },
  professionalisation: { series: professionalisationBenefitsInKindLimits, item: professionalisationInKindItem, cap: professionalisationInKindCap },
} as const;

function limitsFor(series: DatedSeries<BenefitsInKindLimits>, signatureDate: IsoDate | undefined): BenefitsInKindLimits {
  return signatureDate === undefined ? series.entries[series.entries.length - 1]!.value : valueAt(series, signatureDate).value;
}

/**
 * The most an employer may deduct from an apprentice's or a CPRO employee's monthly pay for benefits
 * in kind (meals, lodging): each benefit at most 75 % of its social-security valuation × quantity, and
 * the month's total at most three quarters of the gross pay (D6222-33 for apprentices, D6325-17 for
 * CPRO). The contract must state the deduction (R6222-4 for apprentices). The seed guide's « dans la
 * limite de 75 % de son salaire » leaves out the first limit.
 *
 * Each benefit's limit is rounded half-up to the cent; the total is the lesser of their sum and
 * three quarters of the gross (rounded to the cent). Without `signatureDate` the limits in force today
 * apply; an apprenticeship concluded from 2019-01-01 to 2020-03-31, when no version of D6222-33 was in
 * force, gets the same limits and the warning `BENEFITS_IN_KIND_RULE_GAP`.
 *
 * @param input - `{ contract, grossMonthly, items, signatureDate? }`
 * @returns `{ maximumDeduction, items, cappedByPay, legalBasis, explanation, warnings }`
 * @throws AlternanceInputError naming every wrong field (negative or non-cent amounts, more than 100 items)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000041770368 (C. trav. art. D6222-33)
 * @example
 * benefitsInKindDeduction({ contract: "apprenticeship", grossMonthly: 802.82, items: [{ label: "repas", socialSecurityValue: 5.5, quantity: 20 }] });
 * //=> { maximumDeduction: 82.5, items: [{ label: "repas", maximumDeduction: 82.5 }], cappedByPay: false, legalBasis: ["C. trav. art. D6222-33"], explanation: [...], warnings: [] }
 */
export function benefitsInKindDeduction(input: BenefitsInKindDeductionInput): BenefitsInKindDeductionResult {
  const locale = localeOf(input);
  const parsed = parseInput(inKindSchema, input, locale);
  const rules = RULES[parsed.contract];
  const limits = limitsFor(rules.series, parsed.signatureDate);
  const items = parsed.items.map((item) => {
    const quantity = item.quantity ?? 1;
    const maximum = cents(new Dec(item.socialSecurityValue).times(quantity).times(limits.itemPercent).div(100));
    return { label: item.label ?? null, socialSecurityValue: item.socialSecurityValue, quantity, maximum };
  });
  const itemsTotal = items.reduce((total, item) => total.plus(item.maximum), new Dec(0));
  const cap = cents(new Dec(parsed.grossMonthly).times(limits.payPercent).div(100));
  const cappedByPay = itemsTotal.gt(cap);
  const maximumDeduction = Dec.min(itemsTotal, cap);
  const warnings: Violation[] = [];
  const firstCovered = apprenticeshipBenefitsInKindLimits.entries[1]!.since;
  if (parsed.contract === "apprenticeship" && parsed.signatureDate !== undefined && entryAt(apprenticeshipBenefitsInKindLimits, parsed.signatureDate)!.since < firstCovered) {
    warnings.push(violationOf(inKindRuleGap, locale, { signatureDate: parsed.signatureDate }, "signatureDate"));
  }
  return {
    maximumDeduction: maximumDeduction.toNumber(),
    items: items.map((item) => (item.label === null ? { maximumDeduction: item.maximum.toNumber() } : { label: item.label, maximumDeduction: item.maximum.toNumber() })),
    cappedByPay,
    legalBasis: [...rules.item.legalBasis],
    explanation: explanationWhen(parsed.explain, () => [
      ...items.map((item) =>
        explainStep(rules.item, locale, {
          label: item.label,
          socialSecurityValue: item.socialSecurityValue,
          quantity: item.quantity,
          itemPercent: limits.itemPercent,
          maximumDeduction: item.maximum.toNumber(),
        }),
      ),
      explainStep(rules.cap, locale, {
        grossMonthly: parsed.grossMonthly,
        payPercent: limits.payPercent,
        cap: cap.toNumber(),
        itemsTotal: itemsTotal.toNumber(),
        maximumDeduction: maximumDeduction.toNumber(),
        cappedByPay,
      }),
    ]),
    warnings,
  };
}

/** The input schema {@link benefitsInKindDeduction} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { inKindSchema as benefitsInKindDeductionSchema };
