/**
 * The employer's side of an apprenticeship: the State's hiring aid and the employer's participation in
 * the training cost (API.md §10).
 */
export { apprenticeshipHiringAid } from "./hiring-aid.js";
export type { AidEmployer, ApprenticeshipHiringAidInput, ApprenticeshipHiringAidResult } from "./hiring-aid.js";
export type { AidMonth } from "./monthly-payments.js";
export { employerTrainingContribution } from "./training-contribution.js";
export type {
  EmployerTrainingContributionInput,
  EmployerTrainingContributionResult,
  TrainingContributionCase,
  TrialPeriodRupture,
} from "./training-contribution.js";
export type { DiplomaLevel, HiringAidAmount, HiringAidScheme, HiringAidSchemeName } from "../parameters/hiring-aid.js";
export type { TrainingParticipationTerms } from "../parameters/training-contribution.js";
export { employerRules } from "./rules.js";
