/**
 * Eligibility: apprenticeship age conditions (L6222-1, L6222-2, D6222-1) and the publics and employers
 * of the professionalisation contract (L6325-1).
 */
export { checkApprenticeshipEligibility } from "./apprenticeship.js";
export type { ApprenticeshipEligibilityInput, ApprenticeshipEligibilityResult } from "./apprenticeship.js";
export { checkProfessionalisationEligibility } from "./professionalisation.js";
export type {
  ProfessionalisationEligibilityInput,
  ProfessionalisationEligibilityResult,
  ProfessionalisationPublic,
} from "./professionalisation.js";
export { APPRENTICESHIP_EXCEPTIONS } from "./exceptions.js";
export type { ApprenticeshipException } from "./exceptions.js";
export { EMPLOYER_KINDS } from "./employers.js";
export type { EmployerKind } from "./employers.js";
export { eligibilityRules } from "./rules.js";
export type { Benefit, ExceptionAgeReading } from "./rules.js";
