/**
 * alternance: the rules of French work-study (apprenticeship, professionalisation contracts,
 * internships), exact and cited.
 *
 * @packageDocumentation
 */
export type { IsoDate } from "./core/dates.js";
export type { Step, Violation, Locale, RuleDeclaration, RuleText } from "./core/explain.js";
export { AlternanceInputError } from "./core/errors.js";
export type { InputIssue, AlternanceInputErrorCode } from "./core/errors.js";
export { toIsoDate } from "./core/to-iso-date.js";
export type { ToIsoDateOptions } from "./core/to-iso-date.js";
export { addWorkingDays, countWorkingDays, frenchPublicHolidays } from "./core/calendar.js";
export type { WorkingDayKind, PublicHoliday } from "./core/calendar.js";
export type { Dated, DatedSeries } from "./core/dated.js";
export { dataVerifiedUntil } from "./parameters/verified.js";
export { parameterSeries } from "./parameters/index.js";
export { smicAt } from "./legal-values/smic.js";
export type { SmicAtResult, Territory } from "./legal-values/smic.js";
export { socialSecurityCeilingAt } from "./legal-values/social-security-ceiling.js";
export type { SocialSecurityCeilingResult } from "./legal-values/social-security-ceiling.js";
export { internshipMinimumHourlyRate } from "./legal-values/internship-rate.js";
export * from "./internship/index.js";
export * from "./eligibility/index.js";
export * from "./training-hours/index.js";
export * from "./programmes/index.js";
export * from "./dates/index.js";
export * from "./pay/index.js";
export * from "./contract/index.js";
export * from "./employer/index.js";
export * from "./net-pay/index.js";
