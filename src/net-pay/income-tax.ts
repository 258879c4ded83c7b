/**
 * `incomeTaxExemption`: the apprentice's income-tax exemption of CGI art. 81 bis (docs/net-pay.md).
 */
import * as z from "zod/mini";
import { entryAt, valueAt } from "../core/dated.js";
import { MAX_YEAR } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { Dec, monthlyFromHourly, roundHalfUp } from "../core/money.js";
import { inputObject, localeOf, parseInput, wholeNumber } from "../core/schema.js";
import { smicScopeStart, smicSeries } from "../legal-values/smic.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { apprenticeIncomeTaxPublishedLimits } from "../parameters/income-tax.js";
import { legalWeeklyHours } from "../parameters/smic.js";
import { centsSchema, MAX_ANNUAL_INCOME } from "./input.js";
import { incomeTaxLimit, incomeTaxLimitNotPublished, incomeTaxSplit, type IncomeTaxLimitValues } from "./rules.js";

/**
 * Input of {@link incomeTaxExemption}.
 *
 * @example
 * const input: IncomeTaxExemptionInput = { year: 2025, taxableIncome: 23000 };
 */
export interface IncomeTaxExemptionInput {
  /** Income year, from 2019. */
  year: number;
  /** The apprentice's taxable salary of the year (net imposable, before the 10 % deduction), euros. */
  taxableIncome?: number;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no text built. */
  explain?: boolean;
}

/**
 * Result of {@link incomeTaxExemption}.
 *
 * @example
 * const result: IncomeTaxExemptionResult = incomeTaxExemption({ year: 2024 });
 */
export interface IncomeTaxExemptionResult {
  /** The annual limit, euros (whole euros). */
  limit: number;
  /** With `taxableIncome`: the exempt part, min(income, limit); else `null`. */
  exempt: number | null;
  /** With `taxableIncome`: the part to declare, the excess over the limit; else `null`. */
  taxable: number | null;
  /** CGI art. 81 bis and the Conseil d'État decision on proration. */
  legalBasis: string[];
  /** The limit's computation, then the split. */
  explanation: Step[];
  /** `INCOME_TAX_LIMIT_NOT_PUBLISHED` (from 2025), `PARAMETERS_NOT_VERIFIED`. */
  warnings: Violation[];
}

const FIRST_YEAR = Number(smicScopeStart("metropole").slice(0, 4));

const incomeTaxSchema = inputObject({
  year: wholeNumber().check(z.gte(FIRST_YEAR), z.lte(MAX_YEAR)),
  taxableIncome: z.optional(centsSchema(MAX_ANNUAL_INCOME)),
});

/** The 12 months of a year grouped by hourly SMIC, and their exact sum for 35 h a week. */
function annualSmic(year: number): { parts: IncomeTaxLimitValues["smicMonths"]; exact: Dec } {
  const parts: IncomeTaxLimitValues["smicMonths"] = [];
  let exact = new Dec(0);
  for (let month = 1; month <= 12; month += 1) {
    const date = `${year}-${month < 10 ? "0" : ""}${month}-01`;
    const hourly = valueAt(smicSeries("metropole"), date).value;
    exact = exact.plus(monthlyFromHourly(hourly, valueAt(legalWeeklyHours, date).value));
    const last = parts[parts.length - 1];
    if (last !== undefined && last.smicHourly === hourly) last.months += 1;
    else parts.push({ months: 1, smicHourly: hourly });
  }
  return { parts, exact };
}

/**
 * The income-tax exemption of an apprentice's salaries (CGI art. 81 bis): the salaries are exempt up
 * to the annual SMIC, and only the excess is declared.
 *
 * - The limit is the sum of the 12 monthly SMIC amounts of the year (hourly SMIC in force on the 1st
 *   of each month × 35 × 52 / 12), exact, rounded to the euro. This reproduces every amount the tax
 *   administration published for 2019 to 2024 (18 255, 18 473, 18 760, 19 744, 20 815, 21 273 €); from
 *   2025 the amount is computed, not found published (warning `INCOME_TAX_LIMIT_NOT_PUBLISHED`).
 * - It is **not prorated** for an apprenticeship covering part of the year (Conseil d'État,
 *   22 December 2017, n° 413238, which annulled the administration's proration).
 * - Apprentices only (private and public employers); not professionalisation contracts.
 * - With `taxableIncome` (the year's net imposable, before the 10 % deduction for expenses):
 *   `exempt` = min(income, limit), `taxable` = the excess.
 *
 * @param input - `{ year, taxableIncome? }`
 * @returns `{ limit, exempt, taxable, legalBasis, explanation, warnings }`
 * @throws AlternanceInputError for a year before 2019 or after 2199, a negative or non-cent income
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000029236245 (CGI art. 81 bis)
 * @example
 * incomeTaxExemption({ year: 2024, taxableIncome: 22000 });
 * //=> { limit: 21273, exempt: 21273, taxable: 727, legalBasis: ["CGI art. 81 bis", "CE, 22 décembre 2017, n° 413238"], explanation: [...], warnings: [] }
 */
export function incomeTaxExemption(input: IncomeTaxExemptionInput): IncomeTaxExemptionResult {
  const locale = localeOf(input);
  const parsed = parseInput(incomeTaxSchema, input, locale);
  const { year } = parsed;
  const { parts, exact } = annualSmic(year);
  const limit = roundHalfUp(exact, 0);
  const income = parsed.taxableIncome === undefined ? null : new Dec(parsed.taxableIncome);
  const exempt = income === null ? null : Dec.min(income, limit);
  const taxable = income === null || exempt === null ? null : income.minus(exempt);
  const warnings = verificationWarnings([`${year}-12-01`], locale);
  if (entryAt(apprenticeIncomeTaxPublishedLimits, `${year}-01-01`)?.value === null) {
    warnings.push(violationOf(incomeTaxLimitNotPublished, locale, { year, limit }, "year"));
  }
  return {
    limit,
    exempt: exempt === null ? null : exempt.toNumber(),
    taxable: taxable === null ? null : taxable.toNumber(),
    legalBasis: [...incomeTaxLimit.legalBasis],
    explanation: explanationWhen(parsed.explain, () => {
      const steps: Step[] = [explainStep(incomeTaxLimit, locale, { year, smicMonths: parts, annualSmic: roundHalfUp(exact), limit })];
      if (income !== null && exempt !== null && taxable !== null) {
        steps.push(explainStep(incomeTaxSplit, locale, { taxableIncome: income.toNumber(), limit, exempt: exempt.toNumber(), taxable: taxable.toNumber() }));
      }
      return steps;
    }),
    warnings,
  };
}

/** The input schema {@link incomeTaxExemption} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { incomeTaxSchema as incomeTaxExemptionSchema };
