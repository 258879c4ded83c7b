/**
 * Pay: apprentice and professionalisation-contract minimum wages, on a date and as a schedule over
 * the contract (API.md §4).
 */
export { apprenticeMinimumWage } from "./apprenticeship.js";
export type {
  ApprenticeContractTerms,
  ApprenticeMinimumWageInput,
  ApprenticeMinimumWageResult,
  PreviousContract,
} from "./apprenticeship.js";
export { professionalisationMinimumWage } from "./professionalisation.js";
export type {
  ProfessionalisationAgeBand,
  ProfessionalisationContractTerms,
  ProfessionalisationMinimumWageInput,
  ProfessionalisationMinimumWageResult,
} from "./professionalisation.js";
export { apprenticePaySchedule, professionalisationPaySchedule } from "./schedule.js";
export type { ApprenticePayScheduleInput, MinimumPeriod, PayPeriod, PaySchedule, ProfessionalisationPayScheduleInput } from "./schedule.js";
export type { ContractYearTotal, ScheduleTotals } from "./schedule-net.js";
export type { ApprenticeAgeBand } from "../parameters/apprenticeship-grid.js";
export type { Qualification } from "../parameters/professionalisation-grid.js";
export type { PayAgeBand } from "./labels.js";
export { payRules } from "./rules.js";
