/**
 * The answer of a whole-contract check, put together from its sections: one `valid`, every violation
 * and warning at its nested path, and an explanation that summarises the sections.
 */
import type { IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, type Locale, type Step, type Violation } from "../core/explain.js";
import type { CheckContractDatesResult, RegistrationDeadlineResult } from "../dates/index.js";
import { verificationWarnings } from "../legal-values/verification.js";
import type { CheckTrainingHoursResult } from "../training-hours/index.js";
import type { AgreedPayCheck } from "./agreed-pay.js";
import type { LegalRepresentativeCheck, WorkingTimeCheck } from "./minors.js";
import { nestedViolations, type FieldMap } from "./paths.js";
import type { PracticalTrainingCheck } from "./practical-training.js";
import { contractRegistration, contractSection } from "./rules.js";
import type { TutorCheck } from "./tutor.js";

/**
 * The sections of a whole-contract check. The module results (`eligibility`, `dates`, `registration`,
 * `pay.schedule`, `trainingHours`) are exactly what those functions return for this contract (their
 * `field`s name the function's own inputs); the other sections are the whole-contract checks, whose
 * `field`s are paths in the nested input.
 *
 * @example
 * const sections: ContractSections<ApprenticeshipEligibilityResult> = result.sections;
 */
export interface ContractSections<Eligibility> {
  /** `checkApprenticeshipEligibility` / `checkProfessionalisationEligibility`. */
  eligibility: Eligibility;
  /** `checkContractDates` with `training.policy`; `null` without the training dates. */
  dates: CheckContractDatesResult | null;
  /** `registrationDeadline`: the last day to send the contract (information, never a violation). */
  registration: RegistrationDeadlineResult;
  /** The minimum schedule and the agreed pay against it. */
  pay: AgreedPayCheck;
  /** `checkTrainingHours`; `null` without `training.trainingHours`. */
  trainingHours: CheckTrainingHoursResult | null;
  /** The tutor's conditions; `null` without `tutor`. */
  tutor: TutorCheck | null;
  /** Working time of a minor. */
  workingTime: WorkingTimeCheck;
  /** The legal representative of a minor. */
  legalRepresentative: LegalRepresentativeCheck;
  /** Start of the practical training (apprenticeship); `null` for a professionalisation contract. */
  practicalTraining: PracticalTrainingCheck | null;
}

/**
 * Result of `checkApprenticeshipContract` and `checkProfessionalisationContract`.
 *
 * @example
 * const result: ContractCheckResult<ApprenticeshipEligibilityResult> = checkApprenticeshipContract(input);
 */
export interface ContractCheckResult<Eligibility> {
  /** No violation in any section. */
  valid: boolean;
  /** Every violation of every section, in the order of the sections, `field` as a path in the nested input. */
  violations: Violation[];
  /** Every warning, deduplicated; one `PARAMETERS_NOT_VERIFIED` for the contract. */
  warnings: Violation[];
  /** Each module's own result and the whole-contract checks. */
  sections: ContractSections<Eligibility>;
  /** One step per section: met, not met (with the codes), or not checked. */
  explanation: Step[];
}

/** Where the module results' fields live in the nested input. */
export interface SectionMaps {
  eligibility: FieldMap;
  dates: FieldMap;
  registration: FieldMap;
  pay: FieldMap;
  trainingHours: FieldMap;
}

/** A section's violations and warnings, validity, and the map of its fields. */
interface Part {
  name: string;
  checked: boolean;
  valid: boolean;
  violations: readonly Violation[];
  warnings: readonly Violation[];
  map: FieldMap;
}

const NESTED: FieldMap = {};

/**
 * Puts the answer together: `valid` when no section has a violation; violations in section order;
 * warnings deduplicated (same code, field and message), the modules' `PARAMETERS_NOT_VERIFIED`
 * replaced by one for the contract's dates; one summary step per section.
 *
 * @param sections - the sections
 * @param maps - where the module results' fields live in the nested input
 * @param contractDates - the contract's dates, for `PARAMETERS_NOT_VERIFIED`
 * @param locale - language
 * @param explain - the input's `explain`
 * @returns the result
 * @example
 * composeResult(sections, maps, ["2025-09-01", "2027-08-31"], "fr", true).valid; //=> true
 */
export function composeResult<Eligibility extends { eligible: boolean; violations: Violation[]; warnings: Violation[] }>(
  sections: ContractSections<Eligibility>,
  maps: SectionMaps,
  contractDates: readonly IsoDate[],
  locale: Locale,
  explain: boolean | undefined,
): ContractCheckResult<Eligibility> {
  const own = (name: string, section: { valid: boolean; violations: Violation[]; warnings: Violation[] } | null, map = NESTED): Part =>
    section === null
      ? { name, checked: false, valid: true, violations: [], warnings: [], map }
      : { name, checked: true, valid: section.valid, violations: section.violations, warnings: section.warnings, map };
  const { eligibility, pay } = sections;
  const parts: Part[] = [
    { name: "eligibility", checked: true, valid: eligibility.eligible, violations: eligibility.violations, warnings: eligibility.warnings, map: maps.eligibility },
    own("dates", sections.dates, maps.dates),
    { name: "registration", checked: true, valid: true, violations: [], warnings: sections.registration.warnings, map: maps.registration },
    { name: "pay", checked: pay.comparisons !== null, valid: pay.valid, violations: pay.violations, warnings: pay.schedule.warnings, map: maps.pay },
    own("trainingHours", sections.trainingHours, maps.trainingHours),
    own("tutor", sections.tutor),
    own("workingTime", sections.workingTime),
    own("legalRepresentative", sections.legalRepresentative),
    ...(sections.practicalTraining === null ? [] : [own("practicalTraining", sections.practicalTraining)]),
  ];
  // The pay section's own violations carry nested paths already; only the schedule's warnings are mapped.
  const violations = parts.flatMap((part) => (part.name === "pay" ? [...part.violations] : nestedViolations(part.violations, part.map)));
  const warnings: Violation[] = [];
  for (const warning of parts.flatMap((part) => nestedViolations(part.warnings, part.map))) {
    if (warning.code === "PARAMETERS_NOT_VERIFIED") continue;
    if (!warnings.some((known) => known.code === warning.code && known.field === warning.field && known.message === warning.message)) warnings.push(warning);
  }
  warnings.push(...verificationWarnings(contractDates, locale));
  return {
    valid: violations.length === 0,
    violations,
    warnings,
    sections,
    explanation: explanationWhen(explain, () =>
      parts.map((part) =>
        part.name === "registration"
          ? { ...explainStep(contractRegistration, locale, { deadline: sections.registration.deadline }), legalBasis: [...sections.registration.legalBasis] }
          : explainStep(contractSection, locale, { section: part.name, checked: part.checked, valid: part.valid, codes: [...new Set(part.violations.map((v) => v.code))] }),
      ),
    ),
  };
}
