/**
 * familyBenefitsIncomeCeiling (CSS art. R512-2): 55 % × hourly SMIC × 169, the published amount of
 * October 2025 reproduced, every SMIC change, the CAF half-year warning, the computed periods.
 */
import { describe, expect, test } from "vitest";
import { familyBenefitsIncomeCeiling } from "../../src/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained } from "../support/explained.js";

describe("the monthly ceiling", () => {
  test.for([
    { date: "2025-10-01", monthlyCeiling: 1104.25, smicHourly: 11.88, warnings: [], source: "service-public.fr F16947 (10/2025 – 03/2026), law-money.md §3.2" },
    { date: "2025-10-15", monthlyCeiling: 1104.25, smicHourly: 11.88, warnings: [], source: "idem" },
    { date: "2025-12-31", monthlyCeiling: 1104.25, smicHourly: 11.88, warnings: [], source: "idem" },
    { date: "2026-01-01", monthlyCeiling: 1117.26, smicHourly: 12.02, warnings: ["FAMILY_CEILING_HALF_YEAR_SMIC"], source: "R512-2: 0,55 × 12,02 × 169 = 1 117,259" },
    { date: "2026-03-31", monthlyCeiling: 1117.26, smicHourly: 12.02, warnings: ["FAMILY_CEILING_HALF_YEAR_SMIC"], source: "R512-2" },
    { date: "2026-04-01", monthlyCeiling: 1117.26, smicHourly: 12.02, warnings: ["FAMILY_CEILING_NOT_PUBLISHED"], source: "law-money.md §3.2: 1 117,26 € computed (UNCONFIRMED)" },
    { date: "2026-05-31", monthlyCeiling: 1117.26, smicHourly: 12.02, warnings: ["FAMILY_CEILING_NOT_PUBLISHED"], source: "idem" },
    { date: "2026-06-01", monthlyCeiling: 1144.21, smicHourly: 12.31, warnings: ["FAMILY_CEILING_NOT_PUBLISHED", "FAMILY_CEILING_HALF_YEAR_SMIC"], source: "R512-2: 0,55 × 12,31 × 169 = 1 144,2145" },
    { date: "2026-10-01", monthlyCeiling: 1144.21, smicHourly: 12.31, warnings: ["PARAMETERS_NOT_VERIFIED", "FAMILY_CEILING_NOT_PUBLISHED"], source: "law-money.md §3.2: 1 144,21 € (10/2026 – 03/2027, computed)" },
    { date: "2019-01-01", monthlyCeiling: 932.29, smicHourly: 10.03, warnings: [], source: "R512-2: 0,55 × 10,03 × 169 = 932,2885; the half-year's SMIC (2018-10-01) is not in the library" },
    { date: "2019-04-01", monthlyCeiling: 932.29, smicHourly: 10.03, warnings: [], source: "R512-2" },
    { date: "2024-10-31", monthlyCeiling: 1082.87, smicHourly: 11.65, warnings: [], source: "R512-2: 0,55 × 11,65 × 169 = 1 082,8675" },
    { date: "2024-11-01", monthlyCeiling: 1104.25, smicHourly: 11.88, warnings: ["FAMILY_CEILING_HALF_YEAR_SMIC"], source: "R512-2; half-year from 2024-10-01 at 11,65 €" },
  ])("$date: $monthlyCeiling € ($source)", ({ date, monthlyCeiling, smicHourly, warnings }) => {
    const result = familyBenefitsIncomeCeiling({ date });
    expect(result).toMatchObject({ monthlyCeiling, smicHourly, legalBasis: ["CSS art. R512-2", "CSS art. L512-3"] });
    expect(result.warnings.map((warning) => warning.code)).toEqual(warnings);
  });

  test("it is about 61 % of the monthly SMIC, not the 55 % the seed guide says (169 h, not 151,67 h)", () => {
    expect(Math.round((familyBenefitsIncomeCeiling({ date: "2025-10-15" }).monthlyCeiling / 1801.8) * 1000) / 10).toBe(61.3);
  });
});

test("explanation and warnings word for word", () => {
  expectExplained((locale) => familyBenefitsIncomeCeiling({ date: "2026-06-15", locale }), {
    explanation: [
      [
        "family-benefits.child-pay-ceiling",
        { date: "2026-06-15", smicPercent: 55, smicHourly: 12.31, smicSince: "2026-06-01", hours: 169, monthlyCeiling: 1144.21 },
        "Plafond au 2026-06-15 : 55 % × 12,31 € (SMIC horaire depuis le 2026-06-01) × 169 h = 1\u202f144,21 € par mois",
        "Ceiling on 2026-06-15: 55% × €12.31 (hourly SMIC since 2026-06-01) × 169 h = €1,144.21 a month",
      ],
    ],
    warnings: [
      [
        "FAMILY_CEILING_NOT_PUBLISHED",
        "date",
        "Plafond au 2026-06-15 (1\u202f144,21 €) calculé par la formule de l'article R512-2, non trouvé publié par la CAF ou service-public.fr.",
        "Ceiling on 2026-06-15 (€1,144.21) computed with the formula of art. R512-2, not found published by the CAF or service-public.fr.",
      ],
      [
        "FAMILY_CEILING_HALF_YEAR_SMIC",
        "date",
        "Pratique de la CAF (service-public.fr F16947) : pour le semestre du 2026-04-01 au 2026-09-30, rémunération moyenne comparée au plafond calculé avec le SMIC du 2026-04-01 (12,02 €), soit 1\u202f117,26 € ; son application aux apprentis n'est pas confirmée.",
        "CAF practice (service-public.fr F16947): for the half-year 2026-04-01 to 2026-09-30, the average pay is compared with the ceiling computed with the SMIC of 2026-04-01 (€12.02), i.e. €1,117.26; whether it applies to apprentices is not confirmed.",
      ],
    ],
  });
});

test("explain: false", () => {
  expect(familyBenefitsIncomeCeiling({ date: "2025-10-15", explain: false })).toEqual({ ...familyBenefitsIncomeCeiling({ date: "2025-10-15" }), explanation: [] });
});

test.for([
  { input: { date: "2018-12-31" }, issues: [[["date"], "OUT_OF_SCOPE"]] },
  { input: { date: "2025-02-30" }, issues: [[["date"], "INVALID_DATE"]] },
  { input: {}, issues: [[["date"], "REQUIRED"]] },
  { input: { date: "2025-10-01", territory: "mayotte" }, issues: [[["territory"], "UNKNOWN_FIELD"]] },
])("bad input: $input", ({ input, issues }) => {
  expect(catchInputError(() => familyBenefitsIncomeCeiling(input as never)).issues.map((issue) => [issue.path, issue.code])).toEqual(issues);
});
