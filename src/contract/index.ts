/**
 * The whole contract in one call (API.md §11): every module on one apprenticeship or professionalisation
 * contract, and the checks the official forms make on top of them (tutor, minors, practical training,
 * agreed pay).
 */
export { checkApprenticeshipContract } from "./apprenticeship.js";
export type { ApprenticeshipContractResult } from "./apprenticeship.js";
export { checkProfessionalisationContract } from "./professionalisation.js";
export type { ProfessionalisationContractResult } from "./professionalisation.js";
export type { ContractCheckResult, ContractSections } from "./compose.js";
export type {
  AgreedMonthlyPay,
  ApprenticeshipContractInput,
  ApprenticeshipContractTerms,
  ApprenticeshipTraining,
  ApprenticeshipTutor,
  ContractApprentice,
  ContractBeneficiary,
  ContractTermsCommon,
  ContractTutor,
  MinorWorkingTimeDerogation,
  ProfessionalisationContractInput,
  ProfessionalisationTraining,
} from "./input.js";
export type { AgreedPayCheck, PayComparison } from "./agreed-pay.js";
export type { TutorCheck } from "./tutor.js";
export type { LegalRepresentativeCheck, WorkingTimeCheck } from "./minors.js";
export type { PracticalTrainingCheck } from "./practical-training.js";
export { contractRules } from "./rules.js";
