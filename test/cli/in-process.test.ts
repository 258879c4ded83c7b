/**
 * The command line run in-process (`run(argv, io)` of src/cli/main.ts with captured streams), so that
 * coverage sees it: commands.test.ts and batch.test.ts run the built CLI as a child process, as users
 * do, which v8 coverage of the test process cannot follow. Every subcommand in every output format and
 * both languages; the JSON output is the library's own result (the reference); tables and CSV show its
 * values with French or English labels and numbers; usage errors name the flag; the batch and the demo
 * on real files.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, test } from "vitest";
import {
  addWorkingDays,
  apprenticeMinimumWage,
  apprenticeshipHiringAid,
  apprenticePaySchedule,
  checkApprenticeshipEligibility,
  checkContractDates,
  checkProfessionalisationEligibility,
  checkTrainingHours,
  contractWindows,
  countWorkingDays,
  employerTrainingContribution,
  examLeave,
  incomeTaxExemption,
  internshipGratification,
  internshipPresence,
  netPay,
  professionalisationMinimumWage,
  professionalisationPaySchedule,
  registrationDeadline,
  smicAt,
  trainingHoursRequirement,
  trialPeriodEnd,
} from "../../src/index.js";
import { processCohort, csvCells, type BatchRecord } from "../../src/cli/batch.js";
import { evaluateRow, rowViolations, rowWarnings } from "../../src/cli/cohort-row.js";
import { CsvDecoder } from "../../src/cli/encoding.js";
import { nodeIo } from "../../src/cli/io.js";
import { EXIT, run } from "../../src/cli/main.js";
import { renderCsv, renderTable } from "../../src/cli/render.js";
import { flagOf, toBoolean, toMonthlyHours, toNumber } from "../../src/cli/values.js";

/** Runs the CLI in-process; `today` is the CLI's default date (`smic`, the demo's header). */
async function cli(args: string[], options: { today?: string; tty?: boolean } = {}) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true), isTTY: options.tty === true },
    today: () => options.today ?? "2026-03-15",
  });
  return { code, stdout, stderr };
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A pattern with its ISO dates written as the French table writes them (JJ/MM/AAAA). */
const frenchDates = (pattern: RegExp): RegExp => new RegExp(pattern.source.replace(/\\d\{4\}-\\d\{2\}-\\d\{2\}/g, "\\d{2}\\/\\d{2}\\/\\d{4}").replace(/(\d{4})-(\d{2})-(\d{2})/g, "$3\\/$2\\/$1"), pattern.flags);

/**
 * One row per subcommand: the arguments, the library call they stand for (the reference for
 * `--format json`), the exit code, and what the French and English tables show.
 */
const commandRows = [
  {
    name: "eligibility apprenticeship (21 at the start, L6222-1)",
    args: ["eligibility", "apprenticeship", "--birth-date", "2004-03-10", "--contract-start", "2025-09-01", "--signature-date", "20/08/2025"],
    api: () => checkApprenticeshipEligibility({ birthDate: "2004-03-10", contractStart: "2025-09-01", signatureDate: "2025-08-20", locale: "fr" }),
    code: EXIT.ok,
    fr: [/Éligible\s+oui/, /Âge au début du contrat\s+21/],
    en: [/Eligible\s+yes/, /Age at the start\s+21/],
  },
  {
    name: "eligibility apprenticeship, two exceptions (L6222-2 3°) and a previous contract",
    args: ["eligibility", "apprenticeship", "--birth-date", "1988-04-04", "--contract-start", "2025-09-01", "--exception", "disabled-worker", "--exception", "higher-diploma", "--previous-contract-end", "2025-06-30", "--completed-lower-secondary"],
    api: () =>
      checkApprenticeshipEligibility({ birthDate: "1988-04-04", contractStart: "2025-09-01", exceptions: ["disabled-worker", "higher-diploma"], previousContractEnd: "2025-06-30", completedLowerSecondary: true, locale: "fr" }),
    code: EXIT.ok,
    fr: [/Dérogation appliquée\s+disabled-worker/],
    en: [/Exception applied\s+disabled-worker/],
  },
  {
    name: "eligibility apprenticeship at 31 without exception: not eligible (L6222-1)",
    args: ["eligibility", "apprenticeship", "--birth-date", "1994-02-11", "--contract-start", "2025-09-01"],
    api: () => checkApprenticeshipEligibility({ birthDate: "1994-02-11", contractStart: "2025-09-01", locale: "fr" }),
    code: EXIT.ruleNotMet,
    fr: [/Éligible\s+non/, /✗ AGE_ABOVE_MAXIMUM/],
    en: [/Eligible\s+no/, /Rules not met/],
  },
  {
    name: "eligibility professionalisation, job seeker on the RSA and the AAH (L6325-1 2° and 3°)",
    args: ["eligibility", "professionalisation", "--birth-date", "1998-05-10", "--contract-start", "2025-10-01", "--employer", "private", "--job-seeker", "--benefit", "rsa,aah"],
    api: () => checkProfessionalisationEligibility({ birthDate: "1998-05-10", contractStart: "2025-10-01", employer: "private", jobSeeker: true, benefits: ["rsa", "aah"], locale: "fr" }),
    code: EXIT.ok,
    fr: [/Publics\s+job-seeker, benefit-recipient/, /Employeur autorisé\s+oui/],
    en: [/Employer allowed\s+yes/],
  },
  {
    name: "windows, MIAGE L3I in CPRO (seed 003 Tableau 5)",
    args: ["windows", "--contract", "professionalisation", "--training-start", "2025-09-01", "--training-end", "2026-07-03", "--policy", "miageAixMarseille"],
    api: () => contractWindows({ contract: "professionalisation", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", policy: "miageAixMarseille", locale: "fr" }),
    code: EXIT.ok,
    fr: [/Début au plus tôt\s+2025-07-01/, /Fin au plus tard\s+2026-09-03/],
    en: [/Earliest start\s+2025-07-01/, /Latest end\s+2026-09-03/],
  },
  {
    name: "check-dates, a start after DDF + 3 months (L6222-12)",
    args: ["check-dates", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2026-07-03", "--contract-start", "2026-01-05", "--contract-end", "2026-08-31", "--policy", "miageAixMarseille", "--signature-date", "2025-12-20", "--mission-validated-on", "2025-12-01", "--validation-requested-on", "2025-11-20"],
    api: () =>
      checkContractDates({
        contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", contractStart: "2026-01-05", contractEnd: "2026-08-31",
        policy: "miageAixMarseille", signatureDate: "2025-12-20", missionValidatedOn: "2025-12-01", validationRequestedOn: "2025-11-20", locale: "fr",
      }),
    code: EXIT.ruleNotMet,
    fr: [/Conforme\s+non/, /✗ START_AFTER_LATEST/, /Début au plus tard\s+2025-12-01/],
    en: [/Valid\s+no/, /Latest start\s+2025-12-01/],
  },
  {
    name: "check-dates, a 3-year contract for a disabled worker (R6222-46)",
    args: ["check-dates", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2028-07-03", "--contract-start", "2025-09-01", "--contract-end", "2029-08-31", "--extended-duration", "disabled-worker"],
    api: () =>
      checkContractDates({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2028-07-03", contractStart: "2025-09-01", contractEnd: "2029-08-31", extendedDuration: "disabled-worker", locale: "fr" }),
    code: EXIT.ok,
    fr: [/Conforme\s+oui/],
    en: [/Valid\s+yes/],
  },
  {
    name: "pay apprenticeship on a date (seed 003 Tableau 6: 774,77 €)",
    args: ["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "01/09/2025", "--date", "2025-10-01", "--weekly-hours", "35", "--territory", "metropole"],
    api: () => apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", weeklyHours: 35, territory: "metropole", locale: "fr" }),
    code: EXIT.ok,
    fr: [/Minimum mensuel\s+774,77 €/, /Taux \(%\)\s+43/],
    en: [/Monthly minimum\s+€774\.77/],
  },
  {
    name: "pay apprenticeship with a previous contract, a same-level diploma and an SMC (D6222-29, D6222-30, D6222-27)",
    args: ["pay", "apprenticeship", "--birth-date", "2004-04-10", "--contract-start", "2025-09-01", "--date", "2025-10-01", "--previous-last-year-rate", "53", "--previous-diploma-obtained", "--same-level-diploma", "--smc", "1 900,50", "--public-sector-points", "10", "--credited-months", "0"],
    api: () =>
      apprenticeMinimumWage({
        birthDate: "2004-04-10", contractStart: "2025-09-01", date: "2025-10-01", previousContract: { lastYearRatePercent: 53, diplomaObtained: true },
        sameLevelDiploma: true, conventionalMinimumMonthly: 1900.5, publicSectorPoints: 10, creditedMonths: 0, locale: "fr",
      }),
    code: EXIT.ok,
    fr: [/Assiette\s+SMC/],
    en: [/Base\s+SMC/],
  },
  {
    name: "pay apprenticeship schedule over two years (seed 003; law.md §4.6)",
    args: ["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--contract-end", "2027-08-31", "--licence-pro", "--disabled-worker-extension"],
    api: () => apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2027-08-31", licencePro: true, disabledWorkerExtension: true, locale: "fr" }),
    code: EXIT.ok,
    fr: [/Du\s+Au/, /2025-09-01\s+2025-12-31/],
    en: [/From\s+To/],
  },
  {
    name: "pay professionalisation on a date (seed: 1 171,17 €, D6325-15)",
    args: ["pay", "professionalisation", "--birth-date", "2006-01-15", "--contract-start", "2025-09-01", "--date", "2025-11-01", "--qualification", "bac-pro-or-higher"],
    api: () => professionalisationMinimumWage({ birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01", qualification: "bac-pro-or-higher", locale: "fr" }),
    code: EXIT.ok,
    fr: [/Minimum mensuel\s+1\u202f171,17 €/],
    en: [/Monthly minimum\s+€1,171\.17/],
  },
  {
    name: "pay professionalisation schedule, part time (D6325-15)",
    args: ["pay", "professionalisation", "--birth-date", "2006-01-15", "--contract-start", "2025-09-01", "--contract-end", "2026-08-31", "--qualification", "below-bac-pro", "--weekly-hours", "28", "--conventional-minimum-monthly", "1850"],
    api: () =>
      professionalisationPaySchedule({ birthDate: "2006-01-15", contractStart: "2025-09-01", contractEnd: "2026-08-31", qualification: "below-bac-pro", weeklyHours: 28, conventionalMinimumMonthly: 1850, locale: "fr" }),
    code: EXIT.ok,
    fr: [/Minimum mensuel/],
    en: [/Monthly minimum/],
  },
  {
    name: "pay apprenticeship --schedule with a signature date: the net column and the totals (API.md §8)",
    args: ["pay", "apprenticeship", "--birth-date", "2003-05-10", "--contract-start", "2025-09-01", "--contract-end", "2027-08-31", "--schedule", "--signature-date", "2025-08-20"],
    api: () => apprenticePaySchedule({ birthDate: "2003-05-10", contractStart: "2025-09-01", contractEnd: "2027-08-31", signatureDate: "2025-08-20", locale: "fr" }),
    code: EXIT.ok,
    fr: [/Minimum net/, /2026-09-01\s+2027-08-31.*1\u202f138,88 €.*1\u202f096,08 €/, /Total net du contrat\s+24\u202f635,40 €/, /Totaux par année de contrat/],
    en: [/Net minimum/, /Contract total, gross\s+€25,285\.97/, /Totals by contract year/],
  },
  {
    name: "pay professionalisation --schedule (standard regime)",
    args: ["pay", "professionalisation", "--birth-date", "2006-01-15", "--contract-start", "2025-09-01", "--contract-end", "2026-08-31", "--qualification", "bac-pro-or-higher", "--schedule"],
    api: () => professionalisationPaySchedule({ birthDate: "2006-01-15", contractStart: "2025-09-01", contractEnd: "2026-08-31", qualification: "bac-pro-or-higher", locale: "fr" }),
    code: EXIT.ok,
    fr: [/1\u202f213,56 €.*960,64 €/],
    en: [/€1,213\.56.*€960\.64/],
  },
  {
    name: "net-pay, law-money.md §2.5 case 6 (977,86 €)",
    args: ["net-pay", "--contract", "apprenticeship", "--gross", "989,52", "--month", "2026-07", "--signature-date", "01/09/2025"],
    api: () => netPay({ contract: "apprenticeship", grossMonthly: 989.52, month: "2026-07", signatureDate: "2025-09-01", locale: "fr" }),
    code: EXIT.ok,
    fr: [/Net à payer avant impôt\s+977,86 €/, /Plafond d'exonération\s+933,51 €/, /csg-deductible\s+CSG déductible de l'impôt sur le revenu\s+55,03 €\s+6,8\s+3,74 €/],
    en: [/Net pay before income tax\s+€977\.86/, /CSG deductible from income tax/],
  },
  {
    name: "net-pay, public employer in Alsace-Moselle with health insurance (IRCANTEC warning)",
    args: ["net-pay", "--contract", "apprenticeship", "--gross-monthly", "1000", "--month", "2026-07", "--signature-date", "2025-09-01", "--employer", "public", "--alsace-moselle", "--health-employee-monthly", "20", "--health-employer-monthly", "20"],
    api: () =>
      netPay({ contract: "apprenticeship", grossMonthly: 1000, month: "2026-07", signatureDate: "2025-09-01", employer: "public", alsaceMoselle: true, healthEmployeeMonthly: 20, healthEmployerMonthly: 20, locale: "fr" }),
    code: EXIT.ok,
    fr: [/! NET_PAY_PUBLIC_EMPLOYER_IRCANTEC/, /ircantec-a/],
    en: [/IRCANTEC complementary pension, tranche A/],
  },
  {
    name: "income-tax 2024 (CGI 81 bis: 21 273 €)",
    args: ["income-tax", "--year", "2024", "--taxable-income", "22000"],
    api: () => incomeTaxExemption({ year: 2024, taxableIncome: 22000, locale: "fr" }),
    code: EXIT.ok,
    fr: [/Limite d'exonération\s+21\u202f273,00 €/, /Imposable\s+727,00 €/],
    en: [/Exemption limit\s+€21,273\.00/, /Taxable\s+€727\.00/],
  },
  {
    name: "exam-leave, student employee (loi 2015-990 art. 296)",
    args: ["exam-leave", "--status", "student-employee", "--first-exam-date", "15/06/2026", "--planned-working-days", "250"],
    api: () => examLeave({ status: "student-employee", firstExamDate: "2026-06-15", plannedWorkingDays: 250, locale: "fr" }),
    code: EXIT.ok,
    fr: [/Jours\s+20/, /Rémunéré\s+non/, /Du\s+2026-05-15/],
    en: [/Days\s+20/, /Paid\s+no/],
  },
  {
    name: "gratification by month (Ministry of Labour example: 154, 140, 147 h), public host above the rate (D124-8)",
    args: ["gratification", "--monthly-hours", "2026-01=154,2026-02=140,2026-03=147", "--signed-on", "2026-01-02", "--host", "public", "--rate", "5"],
    api: () =>
      internshipGratification({
        presenceHours: [{ month: "2026-01", hours: 154 }, { month: "2026-02", hours: 140 }, { month: "2026-03", hours: 147 }], conventionSignedOn: "2026-01-02", host: "public", hourlyRate: 5, locale: "fr",
      }),
    code: EXIT.ruleNotMet,
    fr: [/Total\s+2\u202f205,00 €/, /✗ PUBLIC_HOST_ABOVE_MINIMUM/, /2026-02\s+140\s+700,00 €/],
    en: [/Total\s+€2,205\.00/, /Monthly/],
  },
  {
    name: "gratification over 309 h (seed: 1 344,15 €, L124-6)",
    args: ["gratification", "--hours", "309", "--signed-on", "2025-03-03"],
    api: () => internshipGratification({ presenceHours: 309, conventionSignedOn: "2025-03-03", locale: "fr" }),
    code: EXIT.ok,
    fr: [/Total\s+1\u202f344,15 €/, /Gratification obligatoire\s+oui/],
    en: [/Gratification mandatory\s+yes/],
  },
  {
    name: "presence four days a week with two absences (D124-6)",
    args: ["presence", "--start", "2026-01-05", "--end", "2026-03-27", "--weekdays", "mon,tue,wed,thu", "--absences", "2026-01-06,06/01/2026,2026-01-07", "--hours-per-day", "7"],
    api: () =>
      internshipPresence({ start: "2026-01-05", end: "2026-03-27", weekdays: ["mon", "tue", "wed", "thu"], absences: ["2026-01-06", "2026-01-06", "2026-01-07"], hoursPerDay: 7, locale: "fr" }),
    code: EXIT.ok,
    fr: [/Heures\s+322/, /309e heure effectuée le\s+2026-03-25/],
    en: [/Hours\s+322/, /309th hour worked on\s+2026-03-25/],
  },
  {
    name: "training-hours requirement, apprenticeship (L6211-2: 25 % of 1 607 h)",
    args: ["training-hours", "--contract", "apprenticeship", "--contract-start", "2025-09-01", "--contract-end", "2026-08-31"],
    api: () => trainingHoursRequirement({ contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31", locale: "fr" }),
    code: EXIT.ok,
    fr: [/Heures minimales\s+401,75/],
    en: [/Minimum hours\s+401\.75/],
  },
  {
    name: "training-hours check, CPRO below 15 % (L6325-13)",
    args: ["training-hours", "--contract", "professionalisation", "--contract-start", "2025-09-01", "--contract-end", "2026-08-31", "--training-hours", "100", "--annual-hours", "1607", "--extended-above-25"],
    api: () =>
      checkTrainingHours({ contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: 100, annualHours: 1607, extendedAbove25: true, locale: "fr" }),
    code: EXIT.ruleNotMet,
    fr: [/Conforme\s+non/, /✗ TRAINING_BELOW_MINIMUM/],
    en: [/Valid\s+no/],
  },
  {
    name: "training-hours with the contract hours given",
    args: ["training-hours", "--contract", "apprenticeship", "--contract-start", "2025-09-01", "--contract-end", "2026-08-31", "--contract-hours", "1500"],
    api: () => trainingHoursRequirement({ contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31", contractHours: 1500, locale: "fr" }),
    code: EXIT.ok,
    fr: [/Heures minimales\s+375/],
    en: [/Minimum hours\s+375/],
  },
  {
    name: "registration deadline, apprenticeship (D6224-1: 5 jours ouvrables)",
    args: ["registration-deadline", "--contract", "apprenticeship", "--contract-start", "2026-05-07"],
    api: () => registrationDeadline({ contract: "apprenticeship", contractStart: "2026-05-07", locale: "fr" }),
    code: EXIT.ok,
    fr: [/Date limite\s+2026-05-15/],
    en: [/Deadline\s+2026-05-15/],
  },
  {
    name: "trial-period end with training days and an absence (L6222-18)",
    args: ["trial-period-end", "--contract-start", "2025-09-01", "--company-weekdays", "mon,tue,wed", "--training-dates", "2025-09-03", "--absences", "2025-09-08"],
    api: () => trialPeriodEnd({ contractStart: "2025-09-01", companyWeekdays: ["mon", "tue", "wed"], trainingDates: ["2025-09-03"], absences: ["2025-09-08"], locale: "fr" }),
    code: EXIT.ok,
    fr: [/Dernier jour\s+\d{4}-\d{2}-\d{2}/, /Jours en entreprise comptés\s+45/],
    en: [/Last day\s+\d{4}-\d{2}-\d{2}/],
  },
  {
    name: "working-days add (L3133-1: Ascension 2026-05-14)",
    args: ["working-days", "add", "--date", "2026-05-07", "--n", "2", "--kind", "ouvres"],
    api: () => ({ date: addWorkingDays("2026-05-07", 2, { kind: "ouvres", locale: "fr" }) }),
    code: EXIT.ok,
    fr: [/2026-05-12/],
    en: [/2026-05-12/],
  },
  {
    name: "working-days count in May 2026",
    args: ["working-days", "count", "--from", "2026-05-01", "--to", "2026-05-31", "--kind", "ouvrables"],
    api: () => ({ count: countWorkingDays("2026-05-01", "2026-05-31", { kind: "ouvrables", locale: "fr" }) }),
    code: EXIT.ok,
    fr: [/\d+/],
    en: [/\d+/],
  },
  {
    name: "hiring aid, MIAGE master in a company of 40, ten months from 2026-09-15 (décret n° 2026-168, D6243-2 III)",
    args: ["hiring-aid", "--signature-date", "20/08/2026", "--contract-start", "2026-09-15", "--contract-end", "2027-06-30", "--diploma-level", "7", "--company-headcount", "40"],
    api: () => apprenticeshipHiringAid({ signatureDate: "2026-08-20", contractStart: "2026-09-15", contractEnd: "2027-06-30", diplomaLevel: 7, companyHeadcount: 40, locale: "fr" }),
    code: EXIT.ok,
    fr: [/Aide\s+aide-exceptionnelle/, /Montant\s+1\u202f588,89 €/, /2026-09\s+88,89 €/],
    en: [/Scheme\s+aide-exceptionnelle/, /Amount\s+€1,588\.89/],
  },
  {
    name: "hiring aid, every flag: 2021, 300 employees with the commitment, RQTH, overseas, 17 at the start (décret n° 2020-1085)",
    args: [
      "hiring-aid", "--signature-date", "2021-08-01", "--contract-start", "2021-09-01", "--contract-end", "2023-08-31", "--diploma-level", "5", "--company-headcount", "300",
      "--employer", "private", "--disabled-worker", "--overseas", "--large-company-commitment", "--birth-date", "2004-02-29",
    ],
    api: () =>
      apprenticeshipHiringAid({
        signatureDate: "2021-08-01", contractStart: "2021-09-01", contractEnd: "2023-08-31", diplomaLevel: 5, companyHeadcount: 300,
        employer: "private", disabledWorker: true, overseas: true, largeCompanyCommitment: true, birthDate: "2004-02-29", locale: "fr",
      }),
    code: EXIT.ok,
    fr: [/Montant\s+6\u202f250,00 €/],
    en: [/Amount\s+€6,250\.00/],
  },
  {
    name: "hiring aid refused to a public employer (L6227-12; reading taken for the aide exceptionnelle)",
    args: ["hiring-aid", "--signature-date", "2026-06-15", "--contract-start", "2026-07-01", "--contract-end", "2028-06-30", "--diploma-level", "7", "--company-headcount", "3000", "--employer", "public"],
    api: () => apprenticeshipHiringAid({ signatureDate: "2026-06-15", contractStart: "2026-07-01", contractEnd: "2028-06-30", diplomaLevel: 7, companyHeadcount: 3000, employer: "public", locale: "fr" }),
    code: EXIT.ruleNotMet,
    fr: [/Éligible\s+non/, /✗ PUBLIC_EMPLOYER_NO_AIDE_UNIQUE/, /! PUBLIC_EMPLOYER_AID_UNCONFIRMED/],
    en: [/Eligible\s+no/, /Rules not met/],
  },
  {
    name: "training contribution, master (R6332-25-1: 750 €)",
    args: ["training-contribution", "--signature-date", "2025-09-01", "--diploma-level", "7"],
    api: () => employerTrainingContribution({ signatureDate: "2025-09-01", diplomaLevel: 7, locale: "fr" }),
    code: EXIT.ok,
    fr: [/Montant\s+750,00 €/, /Cas\s+flat/],
    en: [/Amount\s+€750\.00/, /Case\s+flat/],
  },
  {
    name: "training contribution, rupture in the 45 days (R6332-25-1 al. 2, 365 days UNCONFIRMED)",
    args: ["training-contribution", "--signature-date", "2025-09-01", "--diploma-level", "7", "--funding-level", "8231", "--days-performed", "30", "--employer", "private"],
    api: () => employerTrainingContribution({ signatureDate: "2025-09-01", diplomaLevel: 7, trialPeriodRupture: { fundingLevel: 8231, daysPerformed: 30 }, employer: "private", locale: "fr" }),
    code: EXIT.ok,
    fr: [/Montant\s+338,26 €/, /! PARTICIPATION_PRORATA_UNCONFIRMED/],
    en: [/Amount\s+€338\.26/],
  },
  {
    name: "training contribution after a rupture (L6222-18-2: 200 €)",
    args: ["training-contribution", "--signature-date", "2026-01-10", "--diploma-level", "6", "--after-rupture"],
    api: () => employerTrainingContribution({ signatureDate: "2026-01-10", diplomaLevel: 6, afterRupture: true, locale: "fr" }),
    code: EXIT.ok,
    fr: [/Montant\s+200,00 €/],
    en: [/Amount\s+€200\.00/],
  },
  {
    name: "smic in Mayotte on a date (Décret n° 2025-1228)",
    args: ["smic", "--date", "2026-06-01", "--territory", "mayotte"],
    api: () => smicAt("2026-06-01", { territory: "mayotte", locale: "fr" }),
    code: EXIT.ok,
    fr: [/9,56 €/],
    en: [/€9\.56/],
  },
];

describe("every subcommand, in-process", () => {
  test.for(commandRows)("$name: --format json is the library's result", async (row) => {
    const { code, stdout, stderr } = await cli([...row.args, "--format", "json"]);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual(json(row.api()));
    expect(code).toBe(row.code);
  });

  test.for(commandRows)("$name: French table, with the explanation", async (row) => {
    // Wide enough for one line per row; in French, dates are written JJ/MM/AAAA.
    const { code, stdout } = await cli([...row.args, "--explain", "--width", "1000"]);
    for (const pattern of row.fr) expect(stdout).toMatch(frenchDates(pattern));
    expect(stdout).toContain("Explication");
    const explanation = (row.api() as { explanation?: Array<{ rule: string }> }).explanation ?? [];
    for (const step of explanation) expect(stdout).toContain(`[${step.rule}`);
    expect(code).toBe(row.code);
  });

  test.for(commandRows)("$name: English table", async (row) => {
    const { code, stdout } = await cli([...row.args, "--lang", "en", "--explain", "--width", "1000"]);
    for (const pattern of row.en) expect(stdout).toMatch(pattern);
    expect(stdout).toContain("Explanation");
    expect(code).toBe(row.code);
  });

  // As batch writes it (docs/cli.md): French headers, `;`, decimal commas and a BOM in French; the API's
  // names, `,` and points in English.
  test.for(commandRows)("$name: CSV, French headers, `;` and decimal commas in French, `,` in English", async (row) => {
    const french = await cli([...row.args, "--format", "csv"]);
    const english = await cli([...row.args, "--format", "csv", "--lang", "en"]);
    expect(french.stdout.startsWith("\ufeff")).toBe(true);
    expect(english.stdout.startsWith("\ufeff")).toBe(false);
    const [frHeader, ...frRows] = french.stdout.slice(1).trim().split("\n");
    const [enHeader, ...enRows] = english.stdout.trim().split("\n");
    const [frNames, enNames] = [frHeader!.split(";"), enHeader!.split(",")];
    expect(frNames).toHaveLength(enNames.length);
    // Each French name is the French label as one word (minimum_mensuel), or the API name when there is none.
    frNames.forEach((name, index) => expect(name === enNames[index] || /^[a-z0-9]+(_[a-z0-9]+)*$/.test(name)).toBe(true));
    const result = row.api() as Record<string, unknown>;
    const table = ["periods", "monthly", "byMonth", "contributions"].find((key) => Array.isArray(result[key]) && (result[key] as unknown[]).length > 0);
    expect(frRows).toHaveLength(table ? (result[table] as unknown[]).length : 1);
    expect(enRows).toHaveLength(frRows.length);
    expect(enHeader).not.toContain(";");
    expect(frRows.join("\n")).not.toMatch(/\d\.\d/);
    expect(french.code).toBe(row.code);
  });
});

describe("help", () => {
  test.for([
    { args: ["--help"], code: EXIT.ok, expected: ["Usage : alternance <commande> [options]", "lot FICHIER.csv", "(batch)", "130 interrompu"] },
    { args: ["help", "--lang", "en"], code: EXIT.ok, expected: ["Usage: alternance <command> [options]", "Exit codes"] },
    { args: ["-h"], code: EXIT.ok, expected: ["Commandes (en français"] },
    { args: [], code: EXIT.usage, expected: ["Usage : alternance"] },
    { args: ["eligibility", "apprenticeship", "--help"], code: EXIT.ok, expected: ["--exception", "(répétable)", "--birth-date"] },
    { args: ["eligibility", "professionalisation", "--help", "--lang=en"], code: EXIT.ok, expected: ["--benefit", "(repeatable)"] },
    { args: ["batch", "--help"], code: EXIT.ok, expected: ["Colonnes dans n'importe quel ordre", "debut_contrat", "contractStart ; aussi"] },
    { args: ["batch", "-h", "--lang", "en"], code: EXIT.ok, expected: ["Columns in any order", "contractStart; also debut"] },
  ])("alternance $args → exit $code", async ({ args, code, expected }) => {
    const result = await cli(args);
    for (const text of expected) expect(result.stdout).toContain(text);
    expect(result.code).toBe(code);
  });

  test("smic without --date uses today (the CLI reads the clock; the library never does)", async () => {
    const { stdout } = await cli(["smic", "--format", "json"], { today: "2026-03-15" });
    expect(JSON.parse(stdout)).toEqual(json(smicAt("2026-03-15")));
  });

  test("nodeIo gives today as YYYY-MM-DD and the process streams", () => {
    const io = nodeIo();
    expect(io.today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(io.stdout).toBe(process.stdout);
    expect(io.stderr).toBe(process.stderr);
  });
});

describe("bad usage and bad input: exit 2, the message names the flag", () => {
  const directory = mkdtempSync(join(tmpdir(), "alternance-cli-"));
  const badJson = join(directory, "bad.json");
  writeFileSync(badJson, "{ not json");
  const school = join(directory, "school.json");
  writeFileSync(school, JSON.stringify({ name: "École X", apprenticeship: { start: { monthsBefore: 1, monthsAfter: 1 }, end: { notAfterTrainingEnd: true }, durationMonths: { minimum: 6, maximum: 24 } } }));
  const wrongPolicy = join(directory, "wrong.json");
  writeFileSync(wrongPolicy, JSON.stringify({ apprenticeship: { start: { monthsBefore: -1, monthsAfter: 1 } } }));

  test.for([
    { name: "unknown command", args: ["salaire"], message: /^alternance : commande inconnue « salaire »/ },
    { name: "unknown command, English", args: ["salary", "now", "--lang", "en"], message: /^alternance : unknown command "salary now"/ },
    { name: "unknown flag", args: ["smic", "--dat", "2026-01-01"], message: /--dat/ },
    { name: "bad format", args: ["smic", "--format", "xml"], message: /^alternance : --format : table, json ou csv/ },
    { name: "bad format, English", args: ["smic", "--format", "xml", "--lang", "en"], message: /--format : table, json or csv/ },
    { name: "bad language", args: ["smic", "--lang", "de"], message: /--lang : fr \| en/ },
    { name: "not a number in a flag", args: ["working-days", "add", "--date", "2026-05-07", "--n", "deux", "--kind", "ouvres"], message: /^alternance : --n : nombre attendu, reçu « deux »/ },
    { name: "not a number, English", args: ["working-days", "add", "--date", "2026-05-07", "--n", "two", "--kind", "ouvres", "--lang", "en"], message: /--n : a number is expected, got "two"/ },
    { name: "bad monthly hours", args: ["gratification", "--monthly-hours", "2026-01", "--signed-on", "2026-01-02"], message: /^alternance : --monthly-hours : « 2026-01 » : AAAA-MM=heures attendu/ },
    { name: "policy file with invalid JSON", args: ["windows", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2026-07-03", "--policy", badJson], message: /^alternance : --policy : JSON invalide/ },
    { name: "policy file with invalid JSON, English", args: ["windows", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2026-07-03", "--policy", badJson, "--lang", "en"], message: /--policy : invalid JSON/ },
    { name: "policy file not found, English", args: ["windows", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2026-07-03", "--policy", join(directory, "absent.json"), "--lang", "en"], message: /--policy : file not found/ },
    { name: "a wrong field of a policy file is named by its path", args: ["windows", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2026-07-03", "--policy", wrongPolicy], message: /^--policy/m },
    { name: "impossible date, English", args: ["pay", "apprenticeship", "--birth-date", "2006-02-30", "--contract-start", "2025-09-01", "--date", "2025-10-01", "--lang", "en"], message: /^--birth-date: invalid date "2006-02-30"/m },
    { name: "a nested field is named by its flag", args: ["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--date", "2025-10-01", "--previous-last-year-rate=-5", "--previous-diploma-obtained"], message: /^--previous-last-year-rate : doit être supérieur à 0, reçu « -5 »/m },
    { name: "a wrong item of a list is named with its index", args: ["presence", "--start", "2026-01-05", "--end", "2026-01-30", "--absences", "2026-01-06,2026-02-30"], message: /^--absences\[1\]/m },
    { name: "an unknown company weekday", args: ["trial-period-end", "--contract-start", "2025-09-01", "--company-weekdays", "mon,dim"], message: /^--company-weekdays\[1\]/m },
    { name: "an option of a positional API call (options.kind)", args: ["working-days", "add", "--date", "2026-05-07", "--n", "2", "--kind", "bad"], message: /^alternance : --kind : valeur inconnue « bad » ; valeurs admises : ouvrables, ouvres$/m },
    { name: "a fractional number of working days", args: ["working-days", "add", "--date", "2026-05-07", "--n", "2.5", "--kind", "ouvres"], message: /^--n : doit être un nombre entier$/m },
    { name: "an end before the start", args: ["working-days", "count", "--from", "2026-05-07", "--to", "2026-05-01", "--kind", "ouvres", "--lang", "en"], message: /^--to: / },
    { name: "an unknown territory (options.territory)", args: ["smic", "--date", "2026-05-07", "--territory", "mars"], message: /^alternance : --territory : valeur inconnue « mars » ; valeurs admises : metropole, mayotte$/m },
    { name: "a missing contract end for a schedule", args: ["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01"], message: /^--contract-end : champ obligatoire manquant$/m },
    {
      name: "hiring aid: a level 9 and a negative headcount, both named",
      args: ["hiring-aid", "--signature-date", "2026-06-15", "--contract-start", "2026-07-01", "--contract-end", "2028-06-30", "--diploma-level", "9", "--company-headcount=-2"],
      message: /^--diploma-level : valeur inconnue « 9 » ; valeurs admises : 3, 4, 5, 6, 7, 8\n--company-headcount : doit être au moins 0, reçu « -2 »$/m,
    },
    {
      name: "hiring aid in 2021 without the birth date",
      args: ["hiring-aid", "--signature-date", "2021-08-01", "--contract-start", "2021-09-01", "--contract-end", "2023-08-31", "--diploma-level", "4", "--company-headcount", "3", "--lang", "en"],
      message: /^--birth-date: the apprentice's birth date is needed for contracts concluded from 2020-07-01 to 2022-12-31/m,
    },
    {
      name: "training contribution: days performed without the funding level",
      args: ["training-contribution", "--signature-date", "2025-09-01", "--diploma-level", "7", "--days-performed", "30"],
      message: /^--funding-level : champ obligatoire manquant$/m,
    },
    { name: "--schedule with --date", args: ["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--date", "2025-10-01", "--schedule"], message: /^--schedule : un échéancier couvre tout le contrat : donner --contract-end, pas --date$/m },
    { name: "--schedule with --date, English", args: ["pay", "professionalisation", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--date", "2025-10-01", "--qualification", "below-bac-pro", "--schedule", "--lang", "en"], message: /^--schedule: a schedule covers the whole contract: give --contract-end, not --date$/m },
    { name: "a signature after the first month of a schedule", args: ["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--contract-end", "2026-08-31", "--signature-date", "2025-10-01"], message: /^--signature-date : le contrat doit être conclu/m },
    { name: "net-pay: month 2026-13", args: ["net-pay", "--contract", "apprenticeship", "--gross", "1000", "--month", "2026-13", "--signature-date", "2025-09-01"], message: /^--month : mois invalide « 2026-13 »/m },
    { name: "net-pay: a signature after the month", args: ["net-pay", "--contract", "apprenticeship", "--gross", "1000", "--month", "2026-07", "--signature-date", "2026-08-01"], message: /^--signature-date : le contrat est conclu après le mois payé/m },
    { name: "net-pay: a negative gross", args: ["net-pay", "--contract", "apprenticeship", "--gross=-1", "--month", "2026-07", "--signature-date", "2026-07-01"], message: /^--gross : doit être au moins 0/m },
    { name: "net-pay: an unknown contract", args: ["net-pay", "--contract", "stage", "--gross", "1000", "--month", "2026-07", "--signature-date", "2026-07-01"], message: /^alternance : --contract : valeur inconnue « stage » ; valeurs admises : apprentissage, professionnalisation \(ou en anglais : apprenticeship, professionalisation\)$/m },
    { name: "exam-leave: a student employee without planned days", args: ["exam-leave", "--status", "student-employee", "--first-exam-date", "2026-06-15"], message: /^--planned-working-days : champ obligatoire pour un étudiant salarié/m },
  ])("$name", async ({ args, message }) => {
    const { code, stdout, stderr } = await cli(args);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(code).toBe(EXIT.usage);
  });

  test("a school's policy file is read and applied with the law", async () => {
    const { code, stdout } = await cli(["windows", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2026-07-03", "--policy", school, "--format", "json"]);
    const policy = JSON.parse(readFileSync(school, "utf8"));
    expect(JSON.parse(stdout)).toEqual(json(contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", policy, locale: "fr" })));
    expect(code).toBe(EXIT.ok);
  });
});

describe("values and rendering helpers", () => {
  test.for([
    { text: "1 823,03", expected: 1823.03 },
    { text: "1\u202f823,03", expected: 1823.03 },
    { text: "12.5", expected: 12.5 },
  ])("toNumber($text) = $expected", ({ text, expected }) => {
    expect(toNumber(text)).toBe(expected);
  });

  test.for(["", " ", "abc", "1,2,3", "Infinity"])("toNumber(%j) throws a ValueError in both languages", (text) => {
    expect(() => toNumber(text)).toThrow(/a number is expected/);
  });

  test.for([
    { text: "oui", expected: true },
    { text: "X", expected: true },
    { text: "Faux", expected: false },
    { text: "", expected: false },
  ])("toBoolean($text) = $expected", ({ text, expected }) => {
    expect(toBoolean(text)).toBe(expected);
  });

  test("toBoolean rejects other words; toMonthlyHours reads `:` and `;`, and rejects a third part", () => {
    expect(() => toBoolean("peut-être")).toThrow(/yes or no is expected/);
    expect(toMonthlyHours("2026-01:154; 2026-02=140.5|")).toEqual([
      { month: "2026-01", hours: 154 },
      { month: "2026-02", hours: 140.5 },
    ]);
    expect(() => toMonthlyHours("2026-01=1=2")).toThrow(/YYYY-MM=hours is expected/);
    expect(flagOf("conventionalMinimumMonthly")).toBe("--conventional-minimum-monthly");
  });

  test("a scalar result renders as one cell or one CSV column", () => {
    expect(renderTable(null, "fr", false)).toBe("—\n");
    expect(renderTable(true, "en", false)).toBe("yes\n");
    expect(renderCsv(1823.03, "fr")).toBe("value\n1823,03\n");
    expect(renderCsv({ list: [1, 2], none: null }, "en")).toBe("list,none\n1|2,\n");
  });
});

// ---------------------------------------------------------------------------------------------
// alternance batch and demo
// ---------------------------------------------------------------------------------------------

const directory = mkdtempSync(join(tmpdir(), "alternance-batch-in-process-"));
const file = (name: string, content: string | Buffer) => {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
};
const ndjson = (stdout: string) => stdout.trim().split("\n").map((line) => JSON.parse(line) as BatchRecord);
const HEADER = "id;contract;birthDate;contractStart;contractEnd";

// Statuses of examples/cohort.csv with their reasons: see test/cli/batch.test.ts.
const COHORT = ["ok", "ok", "ok", "ok", "violations", "violations", "ok", "ok", "ok", "ok", "invalid", "ok"];

describe("alternance batch, in-process", () => {
  test("the shipped cohort: NDJSON in order, French summary, exit 1", async () => {
    const { code, stdout, stderr } = await cli(["batch", "examples/cohort.csv"]);
    expect(ndjson(stdout).map((record) => record.status)).toEqual(COHORT);
    expect(stdout).not.toContain('"explanation"');
    expect(stderr).toBe("12 lignes : 9 conformes, 2 avec règles non respectées, 1 invalide\n");
    expect(code).toBe(1);
  });

  test("--explain keeps the explanations; --policy by name; English summary", async () => {
    const { stdout, stderr } = await cli(["batch", "examples/cohort.csv", "--explain", "--policy", "miageAixMarseille", "--lang", "en"]);
    expect(stdout).toContain('"explanation"');
    expect(stderr).toMatch(/^12 rows: \d+ ok, \d+ with violations, 1 invalid\n$/);
  });

  test("CSV: French cells use decimal commas and € amounts; English ones points", async () => {
    const french = await cli(["batch", "examples/cohort.csv", "--format", "csv"]);
    const english = await cli(["batch", "examples/cohort.csv", "--format", "csv", "--lang", "en"]);
    const [frHeader, frFirst] = french.stdout.split("\n");
    const [enHeader, enFirst] = english.stdout.split("\n");
    // Not a terminal: the French CSV starts with the BOM that French Excel needs to read UTF-8.
    expect(frHeader).toBe(
      "\ufeffligne;id;statut;contrat;eligible;age_debut;dates_conformes;debut_au_plus_tot;debut_au_plus_tard;fin_au_plus_tot;fin_au_plus_tard;premier_minimum_mensuel;echeancier;heures_formation_conformes;heures_formation_min;heures_formation_max;aide_embauche;aide_embauche_dispositif;participation_employeur;regles_non_respectees;avertissements;erreurs",
    );
    expect(enHeader).toBe("line,id,status,contract,eligible,ageAtStart,datesValid,startEarliest,startLatest,endEarliest,endLatest,firstMonthlyMinimum,schedule,trainingHoursValid,minimumTrainingHours,maximumTrainingHours,hiringAid,hiringAidScheme,trainingContribution,violations,warnings,errors");
    expect(frFirst).toMatch(/^2;L3I-01;ok;apprentissage;oui;20;/);
    expect(frFirst).toMatch(/;01\/09\/2025\.\.\d\d\/\d\d\/\d{4} /);
    expect(enFirst).toMatch(/,2025-09-01\.\.\d{4}-\d\d-\d\d /);
    expect(frFirst).toMatch(/\d+,\d{2} €/);
    expect(enFirst).toMatch(/€\d[\d,]*\.\d{2}/);
  });

  test("--out writes the file atomically, nothing on stdout, no temporary file left", async () => {
    const out = join(directory, "result.ndjson");
    const { code, stdout } = await cli(["batch", "examples/cohort.csv", "--out", out]);
    expect(stdout).toBe("");
    expect(ndjson(readFileSync(out, "utf8")).map((record) => record.status)).toEqual(COHORT);
    expect(readdirSync(directory).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(code).toBe(1);
  });

  test("a policy file (.json) applies to every row without a policy cell", async () => {
    const policy = file("policy.json", JSON.stringify({ name: "Stricte", apprenticeship: { start: { monthsBefore: 0, monthsAfter: 0 }, end: { notAfterTrainingEnd: true }, durationMonths: { minimum: null, maximum: null } } }));
    const cohort = file("policy-rows.csv", `${HEADER};trainingStart;trainingEnd;policy\nA;apprenticeship;2004-03-10;2025-09-02;2026-07-03;2025-09-01;2026-07-03;\nB;apprenticeship;2004-03-10;2025-09-02;2026-07-03;2025-09-01;2026-07-03;legal\n`);
    const { stdout } = await cli(["batch", cohort, "--policy", policy]);
    const [withFile, withLaw] = ndjson(stdout);
    expect(rowViolations(withFile!).map((violation) => violation.code)).toEqual(["START_AFTER_LATEST"]);
    expect(withLaw!.status).toBe("ok");
  });

  test("progress on a terminal: a bar every 500 rows, cleared at the end", async () => {
    const rows = Array.from({ length: 1000 }, (_, index) => `R${index};apprenticeship;2004-03-10;2025-09-01;2026-08-31`);
    const path = file("thousand.csv", `${HEADER}\n${rows.join("\n")}\n`);
    const { stderr } = await cli(["batch", path, "--out", join(directory, "thousand.ndjson"), "--lang", "en"], { tty: true });
    expect(stderr).toMatch(/\r\[#+\.*\] \d+ % 500 rows/);
    expect(stderr).toContain("\r\u001b[K1000 rows: 1000 ok");
  });

  test.for([
    { name: "unknown flag", args: ["batch", "examples/cohort.csv", "--bogus"], message: /^alternance batch : option inconnue « --bogus »$/m },
    { name: "bad format", args: ["batch", "examples/cohort.csv", "--format", "xml"], message: /--format ndjson\|csv/ },
    { name: "no file", args: ["batch"], message: /un fichier CSV attendu \(ou - pour l'entrée standard\)/ },
    { name: "two files, English", args: ["batch", "a.csv", "b.csv", "--lang", "en"], message: /one CSV file expected \(or - for standard input\)/ },
    { name: "policy file not found", args: ["batch", "examples/cohort.csv", "--policy", "absent-policy.json"], message: /^alternance batch : --policy : ENOENT/ },
    { name: "policy file with invalid JSON", args: ["batch", "examples/cohort.csv", "--policy", file("bad-policy.json", "{ nope")], message: /^alternance batch : --policy : .*JSON/ },
    { name: "missing file, English", args: ["batch", "absent.csv", "--lang", "en"], message: /file not found "absent\.csv"/ },
  ])("$name: exit 2", async ({ args, message }) => {
    const { code, stderr } = await cli(args);
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
  });

  test.for([
    { name: "no header", content: "2006-04-10;2025-09-01\n", lang: "fr", message: "en-tête manquant ou sans colonne connue" },
    { name: "no header, English", content: "2006-04-10;2025-09-01\n", lang: "en", message: "missing header, or no known column" },
    { name: "empty file", content: "", lang: "fr", message: "fichier vide : en-tête obligatoire" },
    { name: "empty file, English", content: "", lang: "en", message: "empty file: a header is required" },
  ])("$name: exit 2, and --out leaves no file behind", async ({ name, content, lang, message }) => {
    const out = join(directory, `${name.replace(/\W/g, "-")}.out`);
    const { code, stderr } = await cli(["batch", file(`${name.replace(/\W/g, "-")}.csv`, content), "--lang", lang, "--out", out]);
    expect(stderr).toContain(message);
    expect(code).toBe(2);
    expect(readdirSync(directory).filter((entry) => entry.startsWith(`${name.replace(/\W/g, "-")}.out`) || entry.endsWith(".tmp"))).toEqual([]);
  });

  test("unknown columns, a short row, a long row and an unclosed quote, in English", async () => {
    const path = file(
      "messy.csv",
      ["id,contract,birthDate,contractStart,contractEnd,Comment", "A,apprenticeship,2006-04-10,2025-09-01,2026-08-31,x", "B,apprenticeship,2006-04-10", "C,apprenticeship,2006-04-10,2025-09-01,2026-08-31,x,extra", 'D,apprenticeship,"2006-04-10,2025-09-01,2026-08-31'].join("\n"),
    );
    const { stdout, stderr } = await cli(["batch", path, "--lang", "en"]);
    const records = ndjson(stdout);
    expect(stderr).toContain("alternance batch : unknown columns ignored: \"Comment\"");
    expect(records.map((record) => [record.line, record.id, record.status])).toEqual([
      [2, "A", "ok"],
      [3, "B", "invalid"],
      [4, "C", "invalid"],
      [5, null, "invalid"],
    ]);
    expect(records[2]!.errors).toEqual([{ field: "csv", message: "7 cells for 6 columns" }]);
    expect(records[3]!.errors).toEqual([{ field: "csv", message: "a quote is never closed: line 5 was read as an unreadable record" }]);
  });

  // Not tested: a cell with text after its closing quote ("B"x). csv-parse then stops reading, so
  // the rows after it are dropped and the error is reported at line 1: reported to the lead.
  test("French messages: unknown columns, a quote open over two lines; CSV output of such a row", async () => {
    const path = file(
      "messy-fr.csv",
      [`${HEADER};Remarque`, "A;apprenticeship;2006-04-10;2025-09-01;2026-08-31;x", 'C;apprenticeship;"2006-04-10;2025-09-01;2026-08-31', "D;apprenticeship;2006-04-10;2025-09-01;2026-08-31"].join("\n"),
    );
    const { stdout, stderr } = await cli(["batch", path]);
    const records = ndjson(stdout);
    expect(stderr).toContain("alternance batch : colonnes inconnues ignorées : « Remarque »");
    // Issue 13: every line the open quote swallowed is an invalid row of its own, and is counted.
    expect(records.map((record) => [record.line, record.id, record.status])).toEqual([
      [2, "A", "ok"],
      [3, null, "invalid"],
      [4, null, "invalid"],
    ]);
    expect(records[1]!.errors).toEqual([{ field: "csv", message: "guillemet ouvert jamais fermé : les lignes 3 à 4 ont été lues comme un seul enregistrement illisible" }]);
    expect(records[2]!.errors).toEqual([{ field: "csv", message: "ligne illisible : avalée par le guillemet ouvert ligne 3 et jamais fermé" }]);
    expect(stderr).toContain("alternance batch : guillemet ouvert ligne 3 jamais fermé : 2 lignes illisibles (3, 4), chacune sortie comme invalide");
    expect(stderr).toContain("3 lignes : 1 conforme, 0 avec règles non respectées, 2 invalides");
    const english = await cli(["batch", path, "--format", "csv", "--lang", "en"]);
    const csv = english.stdout.trim().split("\n");
    expect(csv[2]).toBe("3,,invalid,,,,,,,,,,,,,,,,,,,csv: a quote is never closed: lines 3 to 4 were read as one unreadable record");
    expect(csv[3]).toBe("4,,invalid,,,,,,,,,,,,,,,,,,,csv: unreadable line: swallowed by the quote opened on line 3 and never closed");
    expect(english.stderr).toContain("alternance batch : a quote opened on line 3 is never closed: 2 unreadable lines (3, 4), each output as invalid");
  });

  test("the demo prints today's parameters and the cohort, in French and English", async () => {
    const french = await cli(["demo"], { today: "2026-03-15" });
    expect(french.stdout).toContain("Paramètres légaux au 15/03/2026 (vérifiés jusqu'au 16/07/2026) :");
    expect(french.stdout).toContain("12 contrats : 9 conformes, 2 à revoir, 1 invalide.");
    expect(french.stdout).toMatch(/M2-05\s+apprentissage\s+invalide\s+birthDate : /);
    const english = await cli(["demo", "--lang", "en", "--width", "120"], { today: "2026-09-01" });
    expect(english.stdout).toContain("Legal parameters on 2026-09-01 (checked up to 2026-07-16):");
    expect(english.stdout).toContain("  ! 2026-09-01 is after 2026-07-16");
    expect(english.stdout).toMatch(/M1-02\s+apprenticeship\s+violations\s+31\s+€1,801\.80\s+AGE_ABOVE_MAXIMUM/);
    expect(english.code).toBe(0);
  });
});

describe("cohort rows (evaluateRow)", () => {
  test.for([
    { name: "French alias « apprentissage », dates JJ/MM/AAAA", cells: { contract: "Apprentissage", birthDate: "10/04/2006", contractStart: "01/09/2025", contractEnd: "31/08/2026" }, status: "ok", contract: "apprenticeship" },
    { name: "alias « cpro », job seeker with benefits, employer", cells: { contract: "CPRO", birthDate: "1998-05-10", contractStart: "2025-10-01", contractEnd: "2026-09-30", employer: "private", jobSeeker: "oui", benefits: "rsa|aah", qualification: "bac-pro-or-higher" }, status: "ok", contract: "professionalisation" },
    { name: "alias « CSTAGEALT » with training dates: windows only", cells: { contract: "cstagealt", contractStart: "2025-09-01", contractEnd: "2026-03-31", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", trainingHours: "300" }, status: "ok", contract: "work-study-internship" },
    { name: "training hours below 25 % (L6211-2)", cells: { contract: "apprenticeship", birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: "100" }, status: "violations", contract: "apprenticeship" },
    { name: "a CPRO employer the law excludes (state)", cells: { contract: "professionalisation", birthDate: "2002-08-30", contractStart: "2025-10-01", contractEnd: "2026-09-30", employer: "state", qualification: "below-bac-pro" }, status: "violations", contract: "professionalisation" },
    { name: "an unreadable number and an unreadable yes/no", cells: { contract: "professionalisation", birthDate: "2002-08-30", contractStart: "2025-10-01", contractEnd: "2026-09-30", employer: "private", jobSeeker: "peut-être", weeklyHours: "trente", qualification: "below-bac-pro" }, status: "invalid", contract: "professionalisation" },
    { name: "an unknown contract type", cells: { contract: "stage", birthDate: "2002-08-30" }, status: "invalid", contract: "stage" },
    { name: "an unknown CPRO employer: the eligibility check fails on it", cells: { contract: "professionalisation", birthDate: "2002-08-30", contractStart: "2025-10-01", contractEnd: "2026-09-30", employer: "mairie", qualification: "below-bac-pro" }, status: "invalid", contract: "professionalisation" },
    { name: "a training end before its start: the date check fails on it", cells: { contract: "apprenticeship", birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingStart: "2025-09-01", trainingEnd: "2025-08-01" }, status: "invalid", contract: "apprenticeship" },
    { name: "negative training hours: the training-hour check fails on them", cells: { contract: "apprenticeship", birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: "-5" }, status: "invalid", contract: "apprenticeship" },
  ] as const)("$name → $status", ({ cells, status, contract }) => {
    const outcome = evaluateRow(cells, "fr", undefined);
    expect(outcome.status).toBe(status);
    expect(outcome.contract).toBe(contract);
    if (status === "invalid") expect(outcome.errors.length).toBeGreaterThan(0);
    else expect(outcome.errors).toEqual([]);
  });

  test.for([
    { locale: "fr", cells: { birthDate: "2002-08-30" }, message: "type de contrat manquant : apprentissage, professionnalisation ou stage-alternance (ou en anglais : apprenticeship, professionalisation, work-study-internship)" },
    { locale: "en", cells: { contract: "stage", birthDate: "2002-08-30" }, message: 'unknown "stage" contract type: apprenticeship, professionalisation or work-study-internship (in French: apprentissage, professionnalisation, stage-alternance)' },
  ] as const)("a missing or unknown contract type ($locale)", ({ locale, cells, message }) => {
    expect(evaluateRow(cells, locale, undefined).errors).toEqual([{ field: "contract", message }]);
  });

  test("row errors name the column, in the row's language", () => {
    const outcome = evaluateRow({ contract: "professionalisation", birthDate: "2002-08-30", contractStart: "2025-10-01", employer: "private", jobSeeker: "peut-être", weeklyHours: "trente", qualification: "below-bac-pro" }, "en", undefined);
    expect(outcome.errors).toEqual(
      expect.arrayContaining([
        { field: "jobSeeker", message: 'yes or no is expected, got "peut-être"' },
        { field: "weeklyHours", message: 'a number is expected, got "trente"' },
      ]),
    );
    expect(evaluateRow({ birthDate: "2002-08-30" }, "en", undefined).errors).toEqual([
      { field: "contract", message: "missing contract type: apprenticeship, professionalisation or work-study-internship (in French: apprentissage, professionnalisation, stage-alternance)" },
    ]);
  });

  test("warnings are merged without duplicates across the row's results", () => {
    const outcome = evaluateRow({ contract: "apprenticeship", birthDate: "2006-04-10", contractStart: "2026-09-01", contractEnd: "2027-08-31", trainingStart: "2026-09-01", trainingEnd: "2027-07-03", trainingHours: "500" }, "fr", undefined);
    const warnings = rowWarnings(outcome);
    expect(warnings.filter((warning) => warning.code === "PARAMETERS_NOT_VERIFIED").length).toBeGreaterThan(0);
    expect(new Set(warnings.map((warning) => `${warning.code} ${warning.message}`)).size).toBe(warnings.length);
    const cells = csvCells({ line: 2, id: "W", ...outcome }, "fr");
    expect(cells[20]).toContain("PARAMETERS_NOT_VERIFIED: ");
  });
});

describe("CSV decoding while streaming (CsvDecoder)", () => {
  const collect = async (chunks: Buffer[]) => {
    const records: BatchRecord[] = [];
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    const summary = await processCohort(Readable.from(chunks), sink, { format: "ndjson", locale: "fr", onRecord: (record) => records.push(record) });
    return { records, summary };
  };
  const row = "Élève;apprenticeship;2006-04-10;2025-09-01;2026-08-31\n";

  test("a UTF-8 « É » split across two chunks is decoded whole", async () => {
    const bytes = Buffer.from(`${HEADER}\n${row}`, "utf8");
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of « É »
    const { records } = await collect([bytes.subarray(0, cut), bytes.subarray(cut)]);
    expect(records.map((record) => [record.id, record.status])).toEqual([["Élève", "ok"]]);
  });

  test("a file that turns out to be Windows-1252 after a UTF-8-looking start is decoded as Windows-1252", async () => {
    const ascii = Buffer.from(`${HEADER}\nA;apprenticeship;2006-04-10;2025-09-01;2026-08-31\n`, "latin1");
    const accented = Buffer.from(Array.from(row, (character) => character.charCodeAt(0)));
    const { records } = await collect([ascii, accented]);
    expect(records.map((record) => record.id)).toEqual(["A", "Élève"]);
    const decoder = new CsvDecoder();
    let text = "";
    for await (const chunk of Readable.from([ascii, accented]).pipe(decoder)) text += chunk as string;
    expect(decoder.encoding).toBe("windows-1252");
    expect(text.endsWith(row)).toBe(true);
  });

  test.for([
    { name: "« € » (3 bytes) cut after its first byte", text: "€", cut: 1 },
    { name: "« € » (3 bytes) cut after its second byte", text: "€", cut: 2 },
    { name: "an emoji (4 bytes) cut after its third byte", text: "🎓", cut: 3 },
  ])("UTF-8 with a BOM, $name, is decoded whole", async ({ text, cut }) => {
    const head = Buffer.from(`\uFEFF${HEADER}\nA${text};apprenticeship;2006-04-10;2025-09-01;2026-08-31\n`, "utf8");
    const at = head.indexOf(Buffer.from(text, "utf8")) + cut;
    const { records } = await collect([head.subarray(0, at), head.subarray(at)]);
    expect(records.map((record) => [record.id, record.status])).toEqual([[`A${text}`, "ok"]]);
  });

  test("a file that ends inside a UTF-8 sequence is read as Windows-1252 from there", async () => {
    const decoder = new CsvDecoder();
    let text = "";
    for await (const chunk of Readable.from([Buffer.from("id;contract\nA;", "utf8"), Buffer.from([0xe2, 0x82])]).pipe(decoder)) text += chunk as string;
    expect(text).toBe("id;contract\nA;â‚");
    expect(decoder.encoding).toBe("windows-1252");
  });

  test("a UTF-8 file cut just before its last, incomplete character is completed at the end", async () => {
    const bytes = Buffer.from(`${HEADER}\nA;apprenticeship;2006-04-10;2025-09-01;2026-08-31;é`, "utf8");
    const { records } = await collect([bytes.subarray(0, bytes.length - 1), bytes.subarray(bytes.length - 1)]);
    expect(records[0]!.errors).toEqual([{ field: "csv", message: "6 cellules pour 5 colonnes" }]);
  });
});
