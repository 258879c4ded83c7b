/**
 * `policies.legal`: the date rules the law itself sets (docs/dates.md), built from the dated parameters.
 */
import { valueAt } from "../../core/dated.js";
import { CONTRACT_SCOPE_START } from "../../core/scope.js";
import { apprenticeshipDurations, apprenticeshipStartWindowMonths, professionalisationDurations } from "../../parameters/contracts.js";
import type { DatePolicy } from "../policy.js";
import { deepFreeze } from "../../core/freeze.js";

const startWindow = valueAt(apprenticeshipStartWindowMonths, CONTRACT_SCOPE_START);
const apprenticeship = valueAt(apprenticeshipDurations, CONTRACT_SCOPE_START);
const professionalisation = valueAt(professionalisationDurations, CONTRACT_SCOPE_START);

/**
 * The law only (docs/dates.md), for contracts from 2019-01-01:
 * - apprenticeship: start from 3 months before to 3 months after the training start (the CFA training
 *   starts at most 3 months after the contract, C. trav. L6222-12; a CFA cycle may run up to 3 months
 *   before a contract is found, L6222-12-1); no end window; 6 months to 3 years (L6222-7-1), 4 years for a
 *   recognised disabled worker (R6222-46) or a high-level athlete (R6222-60);
 * - professionalisation: no start or end window in the law; 6 to 12 months (L6325-11), 24 with a branch
 *   agreement (L6325-12), 36 for the priority publics of L6325-1-1 (L6325-11);
 * - work-study internship: the law sets no date window and no date-to-date duration. Its only duration
 *   limit, 6 months per host and academic year (C. éduc. L124-5), is counted in days of presence
 *   (924 hours, D124-6), not from date to date, so it is not a bound here: `internshipGratification`
 *   checks it on the hours.
 *
 * Built from the parameter series of `src/parameters/contracts.ts` (each has one entry, in force since
 * 2019-01-01; a new entry in those series would need a dated policy, and a test guards this).
 * Frozen.
 *
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037385971 (C. trav. L6222-12)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038951821 (C. trav. L6222-7-1)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037386541 (C. trav. L6325-11)
 * @example
 * legalPolicy.apprenticeship?.start; //=> { monthsBefore: 3, monthsAfter: 3, legalBasis: ["C. trav. art. L6222-12", "C. trav. art. L6222-12-1"] }
 * legalPolicy.professionalisation?.durationMonths.extendedMaximum; //=> { "branch-agreement-24": 24, "priority-public-36": 36 }
 */
export const legalPolicy: DatePolicy = deepFreeze({
  name: "loi / law",
  legalBasis: ["C. trav. art. L6222-7-1", "C. trav. art. L6222-12", "C. trav. art. L6325-11"],
  apprenticeship: {
    start: { monthsBefore: startWindow.value.before, monthsAfter: startWindow.value.after, legalBasis: [...startWindow.legalBasis] },
    end: { monthsBefore: null, monthsAfter: null },
    durationMonths: {
      minimum: apprenticeship.value.minimumMonths,
      maximum: apprenticeship.value.maximumMonths,
      extendedMaximum: {
        "disabled-worker": apprenticeship.value.extendedMaximumMonths,
        "high-level-athlete": apprenticeship.value.extendedMaximumMonths,
      },
      legalBasis: [...apprenticeship.legalBasis],
    },
  },
  professionalisation: {
    start: { monthsBefore: null, monthsAfter: null },
    end: { monthsBefore: null, monthsAfter: null },
    durationMonths: {
      minimum: professionalisation.value.minimumMonths,
      maximum: professionalisation.value.maximumMonths,
      extendedMaximum: {
        "branch-agreement-24": professionalisation.value.branchAgreementMaximumMonths,
        "priority-public-36": professionalisation.value.priorityPublicMaximumMonths,
      },
      legalBasis: [...professionalisation.legalBasis],
    },
  },
  "work-study-internship": {
    start: { monthsBefore: null, monthsAfter: null },
    end: { monthsBefore: null, monthsAfter: null },
    durationMonths: { minimum: null, maximum: null },
  },
});
