/**
 * Contract dates (API.md §3): date policies and their presets, contract windows, date checks, the OPCO
 * registration deadline and the end of the apprenticeship's free-termination period.
 */
export type { ContractType, ExtendedDuration } from "./contract-type.js";
export { CONTRACT_TYPES, EXTENDED_DURATIONS } from "./contract-type.js";
export type { ContractDateRules, DatePolicy, DurationRule, EndWindowRule, PolicyName, StartWindowRule } from "./policy.js";
export { datePolicySchema, POLICY_NAMES } from "./policy.js";
export { policies } from "./policies/index.js";
export { contractWindows } from "./windows.js";
export type { ContractWindowsInput, ContractWindowsResult, DateWindow } from "./windows.js";
export { checkContractDates } from "./check.js";
export type { CheckContractDatesInput, CheckContractDatesResult } from "./check.js";
export { registrationDeadline } from "./deadlines.js";
export type { RegistrationDeadlineInput, RegistrationDeadlineResult } from "./deadlines.js";
export { COMPANY_WEEKDAYS, miageCompanyWeekdays, trialPeriodEnd } from "./trial-period.js";
export type { CompanyWeekday, TrialPeriodEndInput, TrialPeriodEndResult } from "./trial-period.js";
export { datesRules } from "./rules.js";
