/**
 * `familyBenefitsIncomeCeiling`: the monthly pay above which a child no longer opens the right to
 * family benefits (CSS art. R512-2; docs/net-pay.md).
 */
import { entryAt, valueAt } from "../core/dated.js";
import { addDays, addMonths, type IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { Dec, roundHalfUp } from "../core/money.js";
import { inputObject, isoDateFrom, localeOf, parseInput } from "../core/schema.js";
import { smicScopeStart, smicSeries } from "../legal-values/smic.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { familyBenefitsCeilingRule, familyBenefitsPublishedCeilings, type FamilyCeilingRule } from "../parameters/family-benefits.js";
import { familyCeiling, familyCeilingHalfYear, familyCeilingNotPublished } from "./rules.js";

/**
 * Input of {@link familyBenefitsIncomeCeiling}.
 *
 * @example
 * const input: FamilyBenefitsIncomeCeilingInput = { date: "2025-10-15" };
 */
export interface FamilyBenefitsIncomeCeilingInput {
  /** A day of the month considered, from 2019-01-01. */
  date: IsoDate;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no text built. */
  explain?: boolean;
}

/**
 * Result of {@link familyBenefitsIncomeCeiling}.
 *
 * @example
 * const result: FamilyBenefitsIncomeCeilingResult = familyBenefitsIncomeCeiling({ date: "2025-10-15" });
 */
export interface FamilyBenefitsIncomeCeilingResult {
  /** 55 % × hourly SMIC × 169, rounded to the cent, euros a month. */
  monthlyCeiling: number;
  /** The hourly SMIC in force on `date`. */
  smicHourly: number;
  /** CSS art. R512-2 and L512-3. */
  legalBasis: string[];
  /** The computation. */
  explanation: Step[];
  /** `FAMILY_CEILING_NOT_PUBLISHED` (from 2026-04), `FAMILY_CEILING_HALF_YEAR_SMIC`, `PARAMETERS_NOT_VERIFIED`. */
  warnings: Violation[];
}

const familySchema = inputObject({ date: isoDateFrom(smicScopeStart("metropole")) });

function ceilingOf(rule: FamilyCeilingRule, hourly: number): number {
  return roundHalfUp(new Dec(hourly).times(rule.smicPercent).div(100).times(rule.hours));
}

/** First day of the CAF half-year (1 October or 1 April) that contains `date`. */
function halfYearStart(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 10) return `${year}-10-01`;
  if (month >= 4) return `${year}-04-01`;
  return `${year - 1}-10-01`;
}

/**
 * The pay ceiling of a dependent child for family benefits (CSS art. R512-2): a child under 20 opens
 * the right to family benefits while his pay for a month is at most 55 % of the hourly SMIC × 169
 * hours (not 151,67 h: about 61 % of the monthly SMIC, not the 55 % the seed guide says).
 *
 * - The hourly SMIC is the one in force on `date`, as API.md §9 states. The CAF compares the **average**
 *   pay of a young person in education over half-years (October–March, April–September) with the ceiling
 *   of the SMIC in force on 1 October or 1 April (service-public.fr F16947); when that SMIC differs from
 *   the one on `date`, the warning `FAMILY_CEILING_HALF_YEAR_SMIC` gives the half-year's amount. Whether
 *   this averaging applies to apprentices is not confirmed.
 * - 1 104,25 € from October 2025 to March 2026 (published); later amounts are computed (warning
 *   `FAMILY_CEILING_NOT_PUBLISHED`).
 *
 * @param input - `{ date }`
 * @returns `{ monthlyCeiling, smicHourly, legalBasis, explanation, warnings }`
 * @throws AlternanceInputError for a malformed date, `OUT_OF_SCOPE` before 2019-01-01
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006750602 (CSS art. R512-2)
 * @example
 * familyBenefitsIncomeCeiling({ date: "2025-10-15" });
 * //=> { monthlyCeiling: 1104.25, smicHourly: 11.88, legalBasis: ["CSS art. R512-2", "CSS art. L512-3"], explanation: [...], warnings: [] }
 */
export function familyBenefitsIncomeCeiling(input: FamilyBenefitsIncomeCeilingInput): FamilyBenefitsIncomeCeilingResult {
  const locale = localeOf(input);
  const { date, explain } = parseInput(familySchema, input, locale);
  const rule = valueAt(familyBenefitsCeilingRule, date).value;
  const smic = valueAt(smicSeries("metropole"), date);
  const monthlyCeiling = ceilingOf(rule, smic.value);
  const warnings = verificationWarnings([date], locale);
  if (entryAt(familyBenefitsPublishedCeilings, date)?.value === null) {
    warnings.push(violationOf(familyCeilingNotPublished, locale, { date, monthlyCeiling }, "date"));
  }
  const start = halfYearStart(date);
  const halfYearSmic = entryAt(smicSeries("metropole"), start);
  if (halfYearSmic !== undefined && halfYearSmic.value !== smic.value) {
    warnings.push(
      violationOf(
        familyCeilingHalfYear,
        locale,
        { date, halfYearStart: start, halfYearEnd: addDays(addMonths(start, 6), -1), smicHourly: halfYearSmic.value, monthlyCeiling: ceilingOf(rule, halfYearSmic.value) },
        "date",
      ),
    );
  }
  return {
    monthlyCeiling,
    smicHourly: smic.value,
    legalBasis: [...familyCeiling.legalBasis],
    explanation: explanationWhen(explain, () => [
      explainStep(familyCeiling, locale, { date, smicPercent: rule.smicPercent, smicHourly: smic.value, smicSince: smic.since, hours: rule.hours, monthlyCeiling }),
    ]),
    warnings,
  };
}

/** The input schema {@link familyBenefitsIncomeCeiling} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { familySchema as familyBenefitsIncomeCeilingSchema };
