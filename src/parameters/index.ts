/**
 * Every dated legal parameter series, in the order of docs/parameters.md.
 */
import type { DatedSeries } from "../core/dated.js";
import { deepFreeze } from "../core/freeze.js";
import {
  apprenticeshipBandAges,
  apprenticeshipGrid,
  apprenticeshipIncreaseCapPercent,
  disabledWorkerExtensionPoints,
  publicSectorOptionalPoints,
  sameLevelDiplomaPoints,
} from "./apprenticeship-grid.js";
import {
  apprenticeshipDurations,
  apprenticeshipRegistrationWorkingDays,
  apprenticeshipStartWindowMonths,
  apprenticeshipTrainingMinimumPercent,
  apprenticeshipTrialCompanyDays,
  professionalisationDurations,
  professionalisationRegistrationDays,
  professionalisationTraining,
} from "./contracts.js";
import {
  apprenticeshipAgeLimits,
  apprenticeshipExceptionDelayMonths,
  apprenticeshipExceptionMaximumAge,
  professionalisationAgeLimits,
} from "./eligibility.js";
import { apprenticeshipExamFailureAgeWaiver, apprenticeshipExceptionMaximumAgeServicePublic } from "./eligibility-exceptions.js";
import {
  apprenticeshipTutorRules,
  minorSiteWorkingTime,
  minorWorkingTime,
  practicalTrainingStartMonths,
  professionalisationTutorRules,
} from "./contract-checks.js";
import { apprenticeshipHiringAidSchemes, hiringAidDailyProration } from "./hiring-aid.js";
import { internshipCounting, internshipExemptRatePercent, internshipMinimumRatePercent } from "./internship.js";
import { licenceProRateYear, sameLevelDiplomaMaximumMonths, shortenedCycleCredit } from "./pay-apprenticeship-rules.js";
import { professionalisationBandAges, professionalisationGrid } from "./professionalisation-grid.js";
import { annualReferenceHours, legalWeeklyHours, smicHourlyMayotte, smicHourlyMetropole } from "./smic.js";
import { socialSecurityCeilingMonthly } from "./social-security-ceiling.js";
import { employerTrainingParticipation } from "./training-contribution.js";
import { apprenticeContributionRegimes } from "./apprentice-exemption.js";
import { apprenticeshipBenefitsInKindLimits, professionalisationBenefitsInKindLimits } from "./benefits-in-kind.js";
import { crdsRate, csgBaseAbatement, csgDeductibleRate, csgNonDeductibleRate } from "./csg-crds.js";
import {
  alsaceMoselleHealthEmployeeRate,
  generalBalanceEmployeeRates,
  ircantecEmployeeRates,
  oldAgeCappedEmployeeRate,
  oldAgeUncappedEmployeeRate,
  supplementaryPensionEmployeeRates,
  technicalBalanceEmployeeRate,
} from "./employee-contributions.js";
import { apprenticeExamLeave, studentEmployeeExamLeave } from "./exam-leave.js";
import { familyBenefitsCeilingRule, familyBenefitsPublishedCeilings } from "./family-benefits.js";
import { apprenticeIncomeTaxPublishedLimits } from "./income-tax.js";

/**
 * All parameter series, grouped by topic, for the generated reference (docs/parameters.md). Deeply
 * frozen, with every series in it (the very objects the functions compute with): pushing an entry, or
 * changing a value, throws in strict mode and never changes a result. A series added to this list is
 * frozen with it.
 *
 * @example
 * parameterSeries.map((s) => s.id).includes("smic.hourly.metropole"); //=> true
 */
export const parameterSeries: readonly DatedSeries<unknown>[] = /* @__PURE__ */ deepFreeze([
  smicHourlyMetropole,
  smicHourlyMayotte,
  legalWeeklyHours,
  annualReferenceHours,
  socialSecurityCeilingMonthly,
  apprenticeshipAgeLimits,
  apprenticeshipExceptionMaximumAge,
  apprenticeshipExceptionMaximumAgeServicePublic,
  apprenticeshipExceptionDelayMonths,
  apprenticeshipExamFailureAgeWaiver,
  professionalisationAgeLimits,
  apprenticeshipDurations,
  professionalisationDurations,
  apprenticeshipStartWindowMonths,
  apprenticeshipRegistrationWorkingDays,
  professionalisationRegistrationDays,
  apprenticeshipTrialCompanyDays,
  apprenticeshipGrid,
  apprenticeshipBandAges,
  sameLevelDiplomaPoints,
  sameLevelDiplomaMaximumMonths,
  licenceProRateYear,
  shortenedCycleCredit,
  disabledWorkerExtensionPoints,
  publicSectorOptionalPoints,
  apprenticeshipIncreaseCapPercent,
  professionalisationGrid,
  professionalisationBandAges,
  internshipMinimumRatePercent,
  internshipCounting,
  internshipExemptRatePercent,
  apprenticeshipTrainingMinimumPercent,
  professionalisationTraining,
  practicalTrainingStartMonths,
  apprenticeshipTutorRules,
  professionalisationTutorRules,
  minorWorkingTime,
  minorSiteWorkingTime,
  apprenticeshipHiringAidSchemes,
  hiringAidDailyProration,
  employerTrainingParticipation,
  apprenticeContributionRegimes,
  oldAgeCappedEmployeeRate,
  oldAgeUncappedEmployeeRate,
  supplementaryPensionEmployeeRates,
  generalBalanceEmployeeRates,
  technicalBalanceEmployeeRate,
  alsaceMoselleHealthEmployeeRate,
  ircantecEmployeeRates,
  csgDeductibleRate,
  csgNonDeductibleRate,
  crdsRate,
  csgBaseAbatement,
  apprenticeIncomeTaxPublishedLimits,
  familyBenefitsCeilingRule,
  familyBenefitsPublishedCeilings,
  apprenticeshipBenefitsInKindLimits,
  professionalisationBenefitsInKindLimits,
  apprenticeExamLeave,
  studentEmployeeExamLeave,
]);
