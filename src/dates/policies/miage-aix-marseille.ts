/**
 * `policies.miageAixMarseille`: the date rules of the MIAGE of Aix-Marseille Université for 2025/2026
 * (work-study guide, seed `003_1b58e6cf34c82c9d.txt`, Tableau 5 and §3.3). School data, not law.
 */
import type { DatePolicy } from "../policy.js";
import { deepFreeze } from "../../core/freeze.js";

const TABLEAU_5 = "Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5";
const SECTION_3_3 = "Guide de l'alternance MIAGE Aix-Marseille 2025/2026, §3.3";

/** End of an apprenticeship or CPRO: from the training end (DFF) to DFF + 2 months. */
const contractEnd = { monthsBefore: 0, monthsAfter: 2, legalBasis: [TABLEAU_5] };
/** Contracts and conventions: start ≥ 1 week after the mission's validation, request ≥ 10 jours ouvrables before the start. */
const timing = { minimumDaysAfterValidation: 7, minimumWorkingDaysBeforeStart: 10 };

/**
 * MIAGE Aix-Marseille 2025/2026, Tableau 5 of its work-study guide (DDF = training start, DFF = training end,
 * DDC/DFC = contract start/end):
 * - apprenticeship: DDF − 3 months ≤ DDC ≤ DDF + 3 months; DFF ≤ DFC ≤ DFF + 2 months;
 * - professionalisation: DDF − 2 months ≤ DDC ≤ DDF + 3 months; DFF ≤ DFC ≤ DFF + 2 months;
 * - work-study internship: DDF ≤ DDC ≤ DDF + 3 months; DFC ≤ DFF; 6 months to 1 year "de date à date"
 *   (footnote 22);
 * - all three (§3.3 and Tableau 5): the contract starts at least 1 week (7 days) after the mission is
 *   validated by the MIAGE's work-study manager, and the validation is requested at least 10 jours
 *   ouvrables before the start.
 *
 * The guide's apprenticeship and CPRO durations (1 or 2 years) are the length of each programme, not a
 * bound, so `durationMonths` is left open (`null`) and the law's durations apply (every function
 * combines a school policy with `policies.legal`: a school cannot allow what the law forbids).
 * Not encoded, because they need dates the functions do not take: "before the end of the validation
 * process", "after the 2024/2025 juries", "before the next year's training start".
 * Frozen.
 *
 * @example
 * miageAixMarseillePolicy.professionalisation?.start; //=> { monthsBefore: 2, monthsAfter: 3, legalBasis: ["Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5"] }
 * miageAixMarseillePolicy["work-study-internship"]?.end; //=> { notAfterTrainingEnd: true, legalBasis: ["Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5"] }
 */
export const miageAixMarseillePolicy: DatePolicy = deepFreeze({
  name: "MIAGE Aix-Marseille 2025/2026",
  legalBasis: [TABLEAU_5, SECTION_3_3],
  apprenticeship: {
    start: { monthsBefore: 3, monthsAfter: 3, legalBasis: [TABLEAU_5] },
    end: contractEnd,
    durationMonths: { minimum: null, maximum: null },
    ...timing,
  },
  professionalisation: {
    start: { monthsBefore: 2, monthsAfter: 3, legalBasis: [TABLEAU_5] },
    end: contractEnd,
    durationMonths: { minimum: null, maximum: null },
    ...timing,
  },
  "work-study-internship": {
    start: { monthsBefore: 0, monthsAfter: 3, legalBasis: [TABLEAU_5] },
    end: { notAfterTrainingEnd: true, legalBasis: [TABLEAU_5] },
    durationMonths: { minimum: 6, maximum: 12, legalBasis: [TABLEAU_5] },
    ...timing,
  },
});
