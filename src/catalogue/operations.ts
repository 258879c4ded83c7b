/**
 * Every public function of the library, described once for the hosts that call it with JSON: the HTTP
 * API (`alternance serve`: `POST /v1/<route>`), the JSON Schemas shipped in `alternance/schemas/` and
 * the OpenAPI document. Adding a function to these hosts is adding its entry here.
 */
import * as z from "zod/mini";
import { calendarDateSchema, holidaysOptions, workingDayCountSchema, workingDayOptions, yearSchema } from "../core/calendar.js";
import { addWorkingDays, countWorkingDays, frenchPublicHolidays } from "../core/calendar.js";
import type { IsoDate } from "../core/dates.js";
import { strictObject } from "../core/schema.js";
import { checkContractDatesSchemas, checkContractDates } from "../dates/check.js";
import { registrationDeadlineSchema, registrationDeadline } from "../dates/deadlines.js";
import { trialPeriodEndSchema, trialPeriodEnd } from "../dates/trial-period.js";
import { contractWindowsSchemas, contractWindows } from "../dates/windows.js";
import { checkApprenticeshipEligibilitySchema, checkApprenticeshipEligibility } from "../eligibility/apprenticeship.js";
import { checkProfessionalisationEligibilitySchema, checkProfessionalisationEligibility } from "../eligibility/professionalisation.js";
import { internshipGratificationMonthlySchema, internshipGratificationTotalSchema, internshipGratification } from "../internship/gratification.js";
import { internshipPresenceSchema, internshipPresence } from "../internship/presence.js";
import { internshipMinimumHourlyRate, internshipRateDateSchema, internshipRateOptionsSchema } from "../legal-values/internship-rate.js";
import { smicAt, smicDateSchema, smicOptionsSchema } from "../legal-values/smic.js";
import {
  socialSecurityCeilingAt,
  socialSecurityCeilingDateSchema,
  socialSecurityCeilingOptionsSchema,
} from "../legal-values/social-security-ceiling.js";
import { apprenticeMinimumWageSchema, apprenticeMinimumWage } from "../pay/apprenticeship.js";
import { professionalisationMinimumWageSchema, professionalisationMinimumWage } from "../pay/professionalisation.js";
import { apprenticePayScheduleSchema, apprenticePaySchedule, professionalisationPayScheduleSchema, professionalisationPaySchedule } from "../pay/schedule.js";
import { arrangementsPresetSchema, defineArrangements, type ArrangementsPreset } from "../programmes/preset.js";
import { arrangements, recommendArrangementSchema, recommendArrangement } from "../programmes/recommend.js";
import { checkTrainingHoursSchema, checkTrainingHours } from "../training-hours/check.js";
import { trainingHoursRequirementSchema, trainingHoursRequirement } from "../training-hours/requirement.js";
import { toIsoDate } from "../core/to-iso-date.js";
import { netPaySchema, netPay } from "../net-pay/net-pay.js";
import { incomeTaxExemptionSchema, incomeTaxExemption } from "../net-pay/income-tax.js";
import { familyBenefitsIncomeCeilingSchema, familyBenefitsIncomeCeiling } from "../net-pay/family-benefits.js";
import { benefitsInKindDeductionSchema, benefitsInKindDeduction } from "../net-pay/benefits-in-kind.js";
import { examLeaveSchema, examLeave } from "../net-pay/exam-leave.js";
import { apprenticeshipHiringAidSchema, apprenticeshipHiringAid } from "../employer/hiring-aid.js";
import { employerTrainingContributionSchema, employerTrainingContribution } from "../employer/training-contribution.js";
import { checkApprenticeshipContract } from "../contract/apprenticeship.js";
import { checkProfessionalisationContract } from "../contract/professionalisation.js";
import { apprenticeshipContractSchema, professionalisationContractSchema } from "../contract/input.js";
import { defineOperation, positionalOperation, type Operation } from "./operation.js";
import type {
  AddWorkingDaysResult,
  CountWorkingDaysResult,
  FrenchPublicHolidaysResult,
  InternshipMinimumHourlyRateResult,
  ToIsoDateResult,
} from "./results.js";

type Options = { locale?: "fr" | "en" };

/**
 * The operations, in the order of the API reference (API.md): parameters, dates, eligibility, contract
 * dates, pay, internships, training hours, programmes, employer side, whole contract.
 *
 * @example
 * operations.map((operation) => operation.route).slice(0, 2); //=> ["smic-at", "social-security-ceiling-at"]
 */
export const operations: readonly Operation[] = Object.freeze([
  positionalOperation({
    name: "smicAt",
    summary: { fr: "SMIC en vigueur à une date (horaire, mensuel pour 35 h)", en: "SMIC in force on a date (hourly, monthly for 35 h)" },
    parameters: [
      ["date", smicDateSchema],
      ["options", smicOptionsSchema],
    ],
    run: ({ date, ...options }) => smicAt(date as IsoDate, options),
    result: "SmicAtResult",
    example: { date: "2026-03-15" },
  }),
  positionalOperation({
    name: "socialSecurityCeilingAt",
    summary: { fr: "Plafond de la sécurité sociale en vigueur à une date", en: "Social-security ceiling in force on a date" },
    parameters: [
      ["date", socialSecurityCeilingDateSchema],
      ["options", socialSecurityCeilingOptionsSchema],
    ],
    run: ({ date, ...options }) => socialSecurityCeilingAt(date as IsoDate, options as Options),
    result: "SocialSecurityCeilingResult",
    example: { date: "2026-05-01" },
  }),
  positionalOperation({
    name: "internshipMinimumHourlyRate",
    summary: { fr: "Gratification horaire minimale d'un stage signé à une date", en: "Minimum hourly internship gratification for a convention signed on a date" },
    parameters: [
      ["date", internshipRateDateSchema],
      ["options", internshipRateOptionsSchema],
    ],
    run: ({ date, ...options }): InternshipMinimumHourlyRateResult => ({
      minimumHourlyRate: internshipMinimumHourlyRate(date as IsoDate, options as Options),
    }),
    result: "InternshipMinimumHourlyRateResult",
    example: { date: "2026-01-02" },
  }),
  positionalOperation({
    name: "frenchPublicHolidays",
    summary: { fr: "Les 11 jours fériés d'une année (métropole)", en: "The 11 public holidays of a year (metropolitan France)" },
    parameters: [
      ["year", yearSchema],
      ["options", holidaysOptions],
    ],
    run: ({ year, ...options }): FrenchPublicHolidaysResult => ({ holidays: frenchPublicHolidays(year as number, options as Options) }),
    result: "FrenchPublicHolidaysResult",
    example: { year: 2026 },
  }),
  positionalOperation({
    name: "addWorkingDays",
    summary: { fr: "Ajoute des jours ouvrables ou ouvrés à une date", en: "Adds working days (ouvrables or ouvrés) to a date" },
    parameters: [
      ["date", calendarDateSchema],
      ["n", workingDayCountSchema],
      ["options", workingDayOptions],
    ],
    run: ({ date, n, ...options }): AddWorkingDaysResult => ({ date: addWorkingDays(date as IsoDate, n as number, options as never) }),
    result: "AddWorkingDaysResult",
    example: { date: "2026-05-07", n: 2, kind: "ouvrables" },
  }),
  positionalOperation({
    name: "countWorkingDays",
    summary: { fr: "Compte les jours ouvrables ou ouvrés entre deux dates incluses", en: "Counts working days between two dates, both included" },
    parameters: [
      ["from", calendarDateSchema],
      ["to", calendarDateSchema],
      ["options", workingDayOptions],
    ],
    run: ({ from, to, ...options }): CountWorkingDaysResult => ({ count: countWorkingDays(from as IsoDate, to as IsoDate, options as never) }),
    result: "CountWorkingDaysResult",
    example: { from: "2026-05-01", to: "2026-05-31", kind: "ouvres" },
  }),
  positionalOperation({
    name: "toIsoDate",
    summary: { fr: "Date JJ/MM/AAAA ou AAAA-MM-JJ vérifiée, rendue en AAAA-MM-JJ", en: "A DD/MM/YYYY or YYYY-MM-DD date, checked, as YYYY-MM-DD" },
    parameters: [
      ["value", z.string()],
      ["options", z.optional(strictObject({ timeZone: z.optional(z.string()) }))],
    ],
    run: ({ value, ...options }): ToIsoDateResult => ({ date: toIsoDate(value as string, options as Options) }),
    result: "ToIsoDateResult",
    example: { value: "01/09/2025" },
  }),
  defineOperation({
    name: "checkApprenticeshipEligibility",
    summary: { fr: "Peut-il signer un contrat d'apprentissage (âge, dérogations) ?", en: "May this person sign an apprenticeship contract (age, exceptions)?" },
    input: checkApprenticeshipEligibilitySchema,
    run: checkApprenticeshipEligibility,
    result: "ApprenticeshipEligibilityResult",
    example: { birthDate: "2004-03-12", contractStart: "2025-09-01" },
  }),
  defineOperation({
    name: "checkProfessionalisationEligibility",
    summary: { fr: "Peut-il signer un contrat de professionnalisation (public, employeur) ?", en: "May this person sign a professionalisation contract (public, employer)?" },
    input: checkProfessionalisationEligibilitySchema,
    run: checkProfessionalisationEligibility,
    result: "ProfessionalisationEligibilityResult",
    example: { birthDate: "1996-05-10", contractStart: "2025-09-01", employer: "private", jobSeeker: true },
  }),
  defineOperation({
    name: "contractWindows",
    summary: { fr: "Dates de début et de fin de contrat possibles", en: "Possible contract start and end dates" },
    input: contractWindowsSchemas,
    run: contractWindows,
    result: "ContractWindowsResult",
    example: { contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03", policy: "miageAixMarseille" },
  }),
  defineOperation({
    name: "checkContractDates",
    summary: { fr: "Vérifie les dates d'un contrat (fenêtres, durée, signature)", en: "Checks a contract's dates (windows, duration, signature)" },
    input: checkContractDatesSchemas,
    run: checkContractDates,
    result: "CheckContractDatesResult",
    example: {
      contract: "apprenticeship",
      trainingStart: "2025-09-01",
      trainingEnd: "2027-09-03",
      contractStart: "2025-09-01",
      contractEnd: "2027-09-30",
      signatureDate: "2025-08-20",
      policy: "miageAixMarseille",
    },
  }),
  defineOperation({
    name: "registrationDeadline",
    summary: { fr: "Date limite de transmission du contrat à l'OPCO", en: "Deadline to send the contract to the OPCO" },
    input: registrationDeadlineSchema,
    run: registrationDeadline,
    result: "RegistrationDeadlineResult",
    example: { contract: "apprenticeship", contractStart: "2025-09-01" },
  }),
  defineOperation({
    name: "trialPeriodEnd",
    summary: { fr: "Fin des 45 jours de formation pratique en entreprise (rupture libre)", en: "End of the 45 days of practical training in the company (free termination)" },
    input: trialPeriodEndSchema,
    run: trialPeriodEnd,
    result: "TrialPeriodEndResult",
    example: { contractStart: "2025-09-01", companyWeekdays: ["mon", "tue", "wed"] },
  }),
  defineOperation({
    name: "apprenticeMinimumWage",
    summary: { fr: "Salaire minimum d'un apprenti à une date", en: "Apprentice minimum pay on a date" },
    input: apprenticeMinimumWageSchema,
    run: apprenticeMinimumWage,
    result: "ApprenticeMinimumWageResult",
    example: { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" },
  }),
  defineOperation({
    name: "apprenticePaySchedule",
    summary: { fr: "Échéancier du salaire minimum d'un apprenti sur tout le contrat", en: "Apprentice minimum pay schedule over the whole contract" },
    input: apprenticePayScheduleSchema,
    run: apprenticePaySchedule,
    result: "ApprenticePayScheduleResult",
    example: { birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2027-08-31" },
  }),
  defineOperation({
    name: "professionalisationMinimumWage",
    summary: { fr: "Salaire minimum en contrat de professionnalisation à une date", en: "Professionalisation contract minimum pay on a date" },
    input: professionalisationMinimumWageSchema,
    run: professionalisationMinimumWage,
    result: "ProfessionalisationMinimumWageResult",
    example: { birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01", qualification: "bac-pro-or-higher" },
  }),
  defineOperation({
    name: "professionalisationPaySchedule",
    summary: { fr: "Échéancier du salaire minimum en contrat de professionnalisation", en: "Professionalisation contract minimum pay schedule" },
    input: professionalisationPayScheduleSchema,
    run: professionalisationPaySchedule,
    result: "ProfessionalisationPayScheduleResult",
    example: { birthDate: "2006-01-15", contractStart: "2025-09-01", contractEnd: "2026-08-31", qualification: "bac-pro-or-higher" },
  }),
  defineOperation({
    name: "netPay",
    summary: { fr: "Salaire net d'un mois, ligne par ligne comme un bulletin de paie", en: "Net pay of a month, line by line as on a payslip" },
    input: netPaySchema,
    run: netPay,
    result: "NetPayResult",
    example: { contract: "apprenticeship", grossMonthly: 1000, month: "2026-07", signatureDate: "2025-09-01" },
  }),
  defineOperation({
    name: "incomeTaxExemption",
    summary: { fr: "Limite d'exonération d'impôt des salaires d'apprenti (CGI 81 bis)", en: "Income-tax exemption limit of apprentice salaries (CGI 81 bis)" },
    input: incomeTaxExemptionSchema,
    run: incomeTaxExemption,
    result: "IncomeTaxExemptionResult",
    example: { year: 2024, taxableIncome: 22000 },
  }),
  defineOperation({
    name: "familyBenefitsIncomeCeiling",
    summary: { fr: "Plafond de rémunération d'un enfant pour les prestations familiales", en: "Pay ceiling of a dependent child for family benefits" },
    input: familyBenefitsIncomeCeilingSchema,
    run: familyBenefitsIncomeCeiling,
    result: "FamilyBenefitsIncomeCeilingResult",
    example: { date: "2025-10-15" },
  }),
  defineOperation({
    name: "benefitsInKindDeduction",
    summary: { fr: "Déduction maximale des avantages en nature (repas, logement)", en: "Maximum deduction for benefits in kind (meals, lodging)" },
    input: benefitsInKindDeductionSchema,
    run: benefitsInKindDeduction,
    result: "BenefitsInKindDeductionResult",
    example: { contract: "apprenticeship", grossMonthly: 900, items: [{ label: "repas", socialSecurityValue: 5.5, quantity: 20 }] },
  }),
  defineOperation({
    name: "examLeave",
    summary: { fr: "Congé pour préparer les examens (jours, payé, période)", en: "Exam preparation leave (days, paid, period)" },
    input: examLeaveSchema,
    run: examLeave,
    result: "ExamLeaveResult",
    example: { status: "apprentice", firstExamDate: "2026-06-15" },
  }),
  defineOperation({
    name: "internshipGratification",
    summary: { fr: "Gratification de stage : obligatoire ? combien, mois par mois ?", en: "Internship gratification: mandatory? how much, month by month?" },
    input: { variants: [internshipGratificationTotalSchema, internshipGratificationMonthlySchema] },
    run: internshipGratification,
    result: "InternshipGratificationResult",
    example: {
      presenceHours: [
        { month: "2026-01", hours: 154 },
        { month: "2026-02", hours: 140 },
        { month: "2026-03", hours: 147 },
      ],
      conventionSignedOn: "2026-01-02",
    },
  }),
  defineOperation({
    name: "internshipPresence",
    summary: { fr: "Heures et jours de présence d'un stage, mois par mois", en: "Internship presence hours and days, month by month" },
    input: internshipPresenceSchema,
    run: internshipPresence,
    result: "InternshipPresenceResult",
    example: { start: "2026-02-02", end: "2026-07-31" },
  }),
  defineOperation({
    name: "trainingHoursRequirement",
    summary: { fr: "Heures de formation minimales et maximales d'un contrat", en: "Minimum and maximum training hours of a contract" },
    input: trainingHoursRequirementSchema,
    run: trainingHoursRequirement,
    result: "TrainingHoursRequirementResult",
    example: { contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31" },
  }),
  defineOperation({
    name: "checkTrainingHours",
    summary: { fr: "Vérifie les heures de formation prévues", en: "Checks the planned training hours" },
    input: checkTrainingHoursSchema,
    run: checkTrainingHours,
    result: "CheckTrainingHoursResult",
    example: { contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: 300 },
  }),
  defineOperation({
    name: "recommendArrangement",
    summary: { fr: "Statut et contrat conseillés par l'école pour un étudiant", en: "Status and contract the school advises for a student" },
    input: recommendArrangementSchema,
    fields: { preset: z.union([z.enum(Object.keys(arrangements) as [string, ...string[]]), arrangementsPresetSchema]) },
    run: recommendArrangement,
    result: "ArrangementRecommendation",
    example: { programme: "M1", birthDate: "2003-05-10", contractStart: "2025-09-01" },
  }),
  positionalOperation({
    name: "defineArrangements",
    summary: { fr: "Vérifie le préréglage d'une école (statuts, contrats, formations)", en: "Checks a school's arrangements preset (statuses, contracts, programmes)" },
    parameters: [["data", arrangementsPresetSchema]],
    run: ({ data, locale }): ArrangementsPreset => defineArrangements(data as ArrangementsPreset, { locale } as Options),
    result: "ArrangementsPreset",
    example: { data: arrangements.miageAixMarseille },
  }),
  defineOperation({
    name: "apprenticeshipHiringAid",
    summary: { fr: "Aide à l'embauche d'un apprenti, première année, mois par mois", en: "Apprenticeship hiring aid for the first year, month by month" },
    input: apprenticeshipHiringAidSchema,
    run: apprenticeshipHiringAid,
    result: "ApprenticeshipHiringAidResult",
    example: { signatureDate: "2026-08-20", contractStart: "2026-09-01", contractEnd: "2028-08-31", diplomaLevel: 7, companyHeadcount: 40 },
  }),
  defineOperation({
    name: "employerTrainingContribution",
    summary: { fr: "Participation de l'employeur au coût de la formation (750 € / 200 €)", en: "Employer's contribution to the training cost (€750 / €200)" },
    input: employerTrainingContributionSchema,
    run: employerTrainingContribution,
    result: "EmployerTrainingContributionResult",
    example: { signatureDate: "2025-09-01", diplomaLevel: 7 },
  }),
  defineOperation({
    name: "checkApprenticeshipContract",
    summary: { fr: "Vérifie un contrat d'apprentissage entier, comme le CERFA FA13", en: "Checks a whole apprenticeship contract, as the CERFA FA13 form carries it" },
    input: apprenticeshipContractSchema,
    run: checkApprenticeshipContract,
    result: "ApprenticeshipContractResult",
    example: {
      apprentice: { birthDate: "2003-05-10" },
      employer: { sector: "private", headcount: 40 },
      tutor: { birthDate: "1985-02-01", experienceYears: 5 },
      training: { diplomaLevel: 7, trainingStart: "2025-09-01", trainingEnd: "2027-09-03", policy: "miageAixMarseille" },
      contract: { signatureDate: "2025-08-25", contractStart: "2025-09-01", contractEnd: "2027-08-31" },
    },
  }),
  defineOperation({
    name: "checkProfessionalisationContract",
    summary: { fr: "Vérifie un contrat de professionnalisation entier", en: "Checks a whole professionalisation contract" },
    input: professionalisationContractSchema,
    run: checkProfessionalisationContract,
    result: "ProfessionalisationContractResult",
    example: {
      beneficiary: { birthDate: "2004-01-15" },
      employer: { kind: "private" },
      training: { qualification: "bac-pro-or-higher", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", policy: "miageAixMarseille" },
      contract: { signatureDate: "2025-08-25", contractStart: "2025-09-01", contractEnd: "2026-08-31" },
    },
  }),
]);
