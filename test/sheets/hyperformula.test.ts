/**
 * Every spreadsheet function typed as a formula in a cell of a real formula engine (HyperFormula,
 * configured like a French spreadsheet), compared with the value the law gives and with the library
 * function it wraps.
 */
import { DetailedCellError } from "hyperformula";
import { describe, expect, test } from "vitest";
import * as library from "../../src/index.js";
import {
  apprenticePaySchedule,
  apprenticeshipHiringAid,
  checkApprenticeshipEligibility,
  checkProfessionalisationEligibility,
  contractWindows,
  dataVerifiedUntil,
  employerTrainingContribution,
  familyBenefitsIncomeCeiling,
  incomeTaxExemption,
  internshipGratification,
  internshipMinimumHourlyRate,
  netPay,
  professionalisationMinimumWage,
  apprenticeMinimumWage,
  smicAt,
  trainingHoursRequirement,
} from "../../src/index.js";
import { ageBandLabel, serialFromIsoDate, sheetFunctions } from "../../src/sheets/index.js";
import seeds from "../cases/seed-examples.json" with { type: "json" };
import { evaluateFormula, frenchWorkbook, SCHEDULE_CAPACITY } from "./support/hyperformula-engine.js";

/** A library value as the spreadsheet shows it: dates as serial numbers, "no value" as an empty cell. */
const host = (value: unknown): unknown =>
  value === null || value === undefined ? null : typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? serialFromIsoDate(value) : value;

interface Row {
  name: string;
  input: string;
  expected: unknown;
  library: () => unknown;
  source: string;
}

const rows: Row[] = [
  // ALT_SMIC
  { name: "SMIC horaire 2026", input: "=ALT_SMIC(DATE(2026;3;15))", expected: 12.02, library: () => smicAt("2026-03-15").hourly, source: "law.md §5, Décret 2025-1228" },
  { name: "SMIC mensuel 2026", input: "=ALT_SMIC(DATE(2026;3;15);VRAI())", expected: 1823.03, library: () => smicAt("2026-03-15").monthly, source: "law.md §5" },
  { name: "SMIC, day before the June 2026 revaluation", input: '=ALT_SMIC("31/05/2026")', expected: 12.02, library: () => smicAt("2026-05-31").hourly, source: "law.md §5" },
  { name: "SMIC mensuel, day of the June 2026 revaluation", input: '=ALT_SMIC("2026-06-01";"oui")', expected: 1867.02, library: () => smicAt("2026-06-01").monthly, source: "law.md §5 (12,31 €)" },
  { name: "SMIC mensuel Nov. 2024", input: "=ALT_SMIC(DATE(2024;11;1);1)", expected: 1801.8, library: () => smicAt("2024-11-01").monthly, source: "law.md §5, Décret 2024-951" },
  // ALT_APPRENTI_ELIGIBLE
  {
    name: "apprentice aged 19",
    input: "=ALT_APPRENTI_ELIGIBLE(DATE(2006;4;10);DATE(2025;9;1))",
    expected: true,
    library: () => checkApprenticeshipEligibility({ birthDate: "2006-04-10", contractStart: "2025-09-01" }).eligible,
    source: "law.md §1.1, C. trav. L6222-1",
  },
  {
    name: "apprentice the day before the 30th birthday (29 révolus)",
    input: "=ALT_APPRENTI_ELIGIBLE(DATE(1995;9;2);DATE(2025;9;1))",
    expected: true,
    library: () => checkApprenticeshipEligibility({ birthDate: "1995-09-02", contractStart: "2025-09-01" }).eligible,
    source: "law.md §1.1 (start before the 30th birthday)",
  },
  {
    name: "apprentice on the 30th birthday",
    input: "=ALT_APPRENTI_ELIGIBLE(DATE(1995;9;1);DATE(2025;9;1))",
    expected: false,
    library: () => checkApprenticeshipEligibility({ birthDate: "1995-09-01", contractStart: "2025-09-01" }).eligible,
    source: "law.md §1.1",
  },
  {
    name: "apprentice aged 14",
    input: "=ALT_APPRENTI_ELIGIBLE(DATE(2010;9;2);DATE(2025;9;1))",
    expected: false,
    library: () => checkApprenticeshipEligibility({ birthDate: "2010-09-02", contractStart: "2025-09-01" }).eligible,
    source: "law.md §1.1 (15 at least, with collège completed)",
  },
  {
    name: "35-year-old recognised disabled worker (French word)",
    input: '=ALT_APPRENTI_ELIGIBLE(DATE(1990;4;10);DATE(2025;9;1);"travailleur-handicapé")',
    expected: true,
    library: () => checkApprenticeshipEligibility({ birthDate: "1990-04-10", contractStart: "2025-09-01", exceptions: ["disabled-worker"] }).eligible,
    source: "law.md §1.2, L6222-2 3° (no upper limit)",
  },
  {
    name: "35-year-old recognised disabled worker (English word)",
    input: '=ALT_APPRENTI_ELIGIBLE(DATE(1990;4;10);DATE(2025;9;1);"disabled-worker")',
    expected: true,
    library: () => checkApprenticeshipEligibility({ birthDate: "1990-04-10", contractStart: "2025-09-01", exceptions: ["disabled-worker"] }).eligible,
    source: "law.md §1.2, L6222-2 3°",
  },
  {
    name: "35-year-old without exception",
    input: "=ALT_APPRENTI_ELIGIBLE(DATE(1990;4;10);DATE(2025;9;1))",
    expected: false,
    library: () => checkApprenticeshipEligibility({ birthDate: "1990-04-10", contractStart: "2025-09-01" }).eligible,
    source: "law.md §1.1",
  },
  {
    name: "33-year-old, higher diploma within a year of the previous contract",
    input: '=ALT_APPRENTI_ELIGIBLE(DATE(1992;1;1);DATE(2025;9;1);"diplome-superieur";DATE(2025;6;30))',
    expected: true,
    library: () =>
      checkApprenticeshipEligibility({ birthDate: "1992-01-01", contractStart: "2025-09-01", exceptions: ["higher-diploma"], previousContractEnd: "2025-06-30" })
        .eligible,
    source: "law.md §1.2, L6222-2 1° and D6222-1 (35 at most, within one year)",
  },
  // ALT_APPRENTI_TAUX
  {
    name: "18-20, first year (seed)",
    input: "=ALT_APPRENTI_TAUX(DATE(2006;4;10);DATE(2025;9;1);DATE(2025;10;1))",
    expected: 43,
    library: () => apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" }).ratePercent,
    source: "seed 003 Tableau 6; D6222-26",
  },
  {
    name: "second year, last day before the 21-25 band",
    input: "=ALT_APPRENTI_TAUX(DATE(2006;4;10);DATE(2025;9;1);DATE(2027;4;30))",
    expected: 51,
    library: () => apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2027-04-30" }).ratePercent,
    source: "D6222-26, D6222-31 (first day of the month after the 21st birthday)",
  },
  {
    name: "second year, first day of the 21-25 band",
    input: "=ALT_APPRENTI_TAUX(DATE(2006;4;10);DATE(2025;9;1);DATE(2027;5;1))",
    expected: 61,
    library: () => apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2027-05-01" }).ratePercent,
    source: "D6222-26, D6222-31",
  },
  {
    name: "21-25 with an SMC: the rate is unchanged",
    input: "=ALT_APPRENTI_TAUX(DATE(2000;1;15);DATE(2025;9;1);DATE(2025;10;1);2000)",
    expected: 53,
    library: () => apprenticeMinimumWage({ birthDate: "2000-01-15", contractStart: "2025-09-01", date: "2025-10-01", conventionalMinimumMonthly: 2000 }).ratePercent,
    source: "law.md §4.1",
  },
  // ALT_APPRENTI_SALAIRE
  {
    name: "18-20, first year (seed)",
    input: '=ALT_APPRENTI_SALAIRE("10/04/2006";DATE(2025;9;1);DATE(2025;10;1))',
    expected: 774.77,
    library: () => apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" }).monthlyMinimum,
    source: "seed 003 Tableau 6 (43 % of 1 801,80 €)",
  },
  {
    name: "part time, 17,5 h a week",
    input: "=ALT_APPRENTI_SALAIRE(DATE(2006;4;10);DATE(2025;9;1);DATE(2025;10;1);;17,5)",
    expected: 387.39,
    library: () => apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", weeklyHours: 17.5 }).monthlyMinimum,
    source: "law.md §4.6 (prorate by hours): 43 % × 11,88 × 17,5 × 52 / 12 = 387,387",
  },
  {
    name: "21-25 with an SMC above the SMIC",
    input: "=ALT_APPRENTI_SALAIRE(DATE(2000;1;15);DATE(2025;9;1);DATE(2025;10;1);2000)",
    expected: 1060,
    library: () => apprenticeMinimumWage({ birthDate: "2000-01-15", contractStart: "2025-09-01", date: "2025-10-01", conventionalMinimumMonthly: 2000 }).monthlyMinimum,
    source: "law.md §4.1: 53 % × max(SMIC, SMC) = 53 % × 2 000 €",
  },
  // ALT_CPRO_ELIGIBLE
  {
    name: "19-year-old, private employer (French word)",
    input: '=ALT_CPRO_ELIGIBLE(DATE(2006;1;15);DATE(2025;9;1);"privé")',
    expected: true,
    library: () => checkProfessionalisationEligibility({ birthDate: "2006-01-15", contractStart: "2025-09-01", employer: "private" }).eligible,
    source: "law.md §2.1 1°, L6325-1",
  },
  {
    name: "19-year-old, local authority",
    input: '=ALT_CPRO_ELIGIBLE(DATE(2006;1;15);DATE(2025;9;1);"collectivité")',
    expected: false,
    library: () => checkProfessionalisationEligibility({ birthDate: "2006-01-15", contractStart: "2025-09-01", employer: "local-authority" }).eligible,
    source: "law.md §2.2 (État, collectivités, EPA excluded)",
  },
  {
    name: "19-year-old, temporary-work agency (English word)",
    input: '=ALT_CPRO_ELIGIBLE(DATE(2006;1;15);DATE(2025;9;1);"temporary-work-agency")',
    expected: true,
    library: () => checkProfessionalisationEligibility({ birthDate: "2006-01-15", contractStart: "2025-09-01", employer: "temporary-work-agency" }).eligible,
    source: "law.md §2.2, L6325-23",
  },
  {
    name: "day before the 26th birthday",
    input: '=ALT_CPRO_ELIGIBLE(DATE(1999;9;2);DATE(2025;9;1);"prive")',
    expected: true,
    library: () => checkProfessionalisationEligibility({ birthDate: "1999-09-02", contractStart: "2025-09-01", employer: "private" }).eligible,
    source: "law.md §2.1 (16 to 25 révolus)",
  },
  {
    name: "on the 26th birthday, not a job seeker",
    input: '=ALT_CPRO_ELIGIBLE(DATE(1999;9;1);DATE(2025;9;1);"prive")',
    expected: false,
    library: () => checkProfessionalisationEligibility({ birthDate: "1999-09-01", contractStart: "2025-09-01", employer: "private" }).eligible,
    source: "law.md §2.1",
  },
  {
    name: "35-year-old job seeker",
    input: '=ALT_CPRO_ELIGIBLE(DATE(1990;1;15);DATE(2025;9;1);"epic";VRAI())',
    expected: true,
    library: () =>
      checkProfessionalisationEligibility({ birthDate: "1990-01-15", contractStart: "2025-09-01", employer: "public-industrial-commercial", jobSeeker: true }).eligible,
    source: "law.md §2.1 2° and §2.2 (EPIC allowed)",
  },
  // ALT_CPRO_SALAIRE
  {
    name: "under 21, at least bac pro (seed)",
    input: '=ALT_CPRO_SALAIRE(DATE(2006;1;15);DATE(2025;9;1);DATE(2025;11;1);"bac-pro-ou-plus")',
    expected: 1171.17,
    library: () =>
      professionalisationMinimumWage({ birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01", qualification: "bac-pro-or-higher" }).monthlyMinimum,
    source: "seed 003 Tableau 7; D6325-15 (65 %)",
  },
  {
    name: "under 21, below bac pro (French word)",
    input: '=ALT_CPRO_SALAIRE(DATE(2006;1;15);DATE(2025;9;1);DATE(2025;11;1);"inférieur-bac-pro")',
    expected: 990.99,
    library: () =>
      professionalisationMinimumWage({ birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01", qualification: "below-bac-pro" }).monthlyMinimum,
    source: "law.md §4.5 (55 % × 1 801,80 €)",
  },
  {
    name: "under 21, below bac pro (English word)",
    input: '=ALT_CPRO_SALAIRE(DATE(2006;1;15);DATE(2025;9;1);DATE(2025;11;1);"below-bac-pro")',
    expected: 990.99,
    library: () =>
      professionalisationMinimumWage({ birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01", qualification: "below-bac-pro" }).monthlyMinimum,
    source: "law.md §4.5",
  },
  {
    name: "26 and over: max(SMIC, 85 % of the SMC)",
    input: '=ALT_CPRO_SALAIRE(DATE(1990;1;15);DATE(2025;9;1);DATE(2025;11;1);"bac-pro-ou-plus";2500)',
    expected: 2125,
    library: () =>
      professionalisationMinimumWage({
        birthDate: "1990-01-15",
        contractStart: "2025-09-01",
        date: "2025-11-01",
        qualification: "bac-pro-or-higher",
        conventionalMinimumMonthly: 2500,
      }).monthlyMinimum,
    source: "law.md §4.5, D6325-18",
  },
  // Contract windows
  ...(
    [
      ["ALT_DEBUT_AU_PLUS_TOT", "start", "earliest", "2025-06-01"],
      ["ALT_DEBUT_AU_PLUS_TARD", "start", "latest", "2025-12-01"],
      ["ALT_FIN_AU_PLUS_TOT", "end", "earliest", "2027-09-03"],
      ["ALT_FIN_AU_PLUS_TARD", "end", "latest", "2027-11-03"],
    ] as const
  ).map(
    ([fn, side, bound, date]): Row => ({
      name: `MIAGE Master in apprenticeship: ${side}.${bound}`,
      input: `=${fn}("apprentissage";DATE(2025;9;1);DATE(2027;9;3);"miage-aix-marseille")`,
      expected: serialFromIsoDate(date),
      library: () =>
        contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03", policy: "miageAixMarseille" })[side][bound],
      source: "seed 003 Tableau 5 and its worked example",
    }),
  ),
  {
    name: "legal policy (default): start at the earliest 3 months before the training",
    input: '=ALT_DEBUT_AU_PLUS_TOT("apprentissage";DATE(2025;9;1);DATE(2027;9;3))',
    expected: serialFromIsoDate("2025-06-01"),
    library: () => contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03" }).start.earliest,
    source: "API.md §3 policies.legal; C. trav. L6222-12",
  },
  {
    name: "legal policy (French word): start at the latest 3 months after the training",
    input: '=ALT_DEBUT_AU_PLUS_TARD("apprentissage";DATE(2025;9;1);DATE(2027;9;3);"légale")',
    expected: serialFromIsoDate("2025-12-01"),
    library: () => contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03", policy: "legal" }).start.latest,
    source: "API.md §3 policies.legal; C. trav. L6222-12-1",
  },
  {
    name: "MIAGE L3 CPRO (English words): end at the latest",
    input: '=ALT_FIN_AU_PLUS_TARD("professionalisation";DATE(2025;9;1);DATE(2026;7;3);"miageAixMarseille")',
    expected: serialFromIsoDate("2026-09-03"),
    library: () =>
      contractWindows({ contract: "professionalisation", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", policy: "miageAixMarseille" }).end.latest,
    source: "seed 003 Tableau 5, second worked example",
  },
  {
    name: "MIAGE work-study internship: no earliest end (empty cell)",
    input: '=ALT_FIN_AU_PLUS_TOT("stage-alternance";DATE(2025;9;4);DATE(2026;9;4);"miage")',
    expected: null,
    library: () =>
      contractWindows({ contract: "work-study-internship", trainingStart: "2025-09-04", trainingEnd: "2026-09-04", policy: "miageAixMarseille" }).end.earliest,
    source: "seed 003 Tableau 5",
  },
  // Internships
  {
    name: "308 h: not mandatory",
    input: "=ALT_STAGE_GRATIFICATION_OBLIGATOIRE(308)",
    expected: false,
    library: () => internshipGratification({ presenceHours: 308, conventionSignedOn: dataVerifiedUntil }).mandatory,
    source: "seed 001; C. éduc. L124-6, D124-6 (44 days of 7 h)",
  },
  {
    name: "309 h: mandatory",
    input: "=ALT_STAGE_GRATIFICATION_OBLIGATOIRE(309;DATE(2025;3;3))",
    expected: true,
    library: () => internshipGratification({ presenceHours: 309, conventionSignedOn: "2025-03-03" }).mandatory,
    source: "seed 001 ('à partir de la 309e heure')",
  },
  {
    name: "309 h at 4,35 €: due from the first hour",
    input: "=ALT_STAGE_GRATIFICATION_MIN(309;DATE(2025;3;3))",
    expected: 1344.15,
    library: () => internshipGratification({ presenceHours: 309, conventionSignedOn: "2025-03-03" }).total,
    source: "seed 001; D124-8",
  },
  {
    name: "308 h: no minimum due",
    input: '=ALT_STAGE_GRATIFICATION_MIN(308;"03/03/2025")',
    expected: 0,
    library: () => internshipGratification({ presenceHours: 308, conventionSignedOn: "2025-03-03" }).total,
    source: "API.md §5 (total 0 when not mandatory)",
  },
  {
    name: "Ministry example: 441 h at 4,50 €",
    input: "=ALT_STAGE_GRATIFICATION_MIN(154+140+147;DATE(2026;1;2))",
    expected: 1984.5,
    library: () => internshipGratification({ presenceHours: 441, conventionSignedOn: "2026-01-02" }).total,
    source: "travail-emploi.gouv.fr 2026 example (law.md §6.3)",
  },
  {
    name: "hourly rate 2020",
    input: "=ALT_STAGE_TAUX_HORAIRE(DATE(2020;6;15))",
    expected: 3.9,
    library: () => internshipMinimumHourlyRate("2020-06-15"),
    source: "seed 001 (26 € × 0,15)",
  },
  {
    name: "hourly rate 2026",
    input: "=ALT_STAGE_TAUX_HORAIRE(DATE(2026;1;2))",
    expected: 4.5,
    library: () => internshipMinimumHourlyRate("2026-01-02"),
    source: "law.md §6.2 (30 € × 0,15)",
  },
  {
    name: "hourly rate, first day of the 15 % rate",
    input: '=ALT_STAGE_TAUX_HORAIRE("01/09/2015")',
    expected: 3.6,
    library: () => internshipMinimumHourlyRate("2015-09-01"),
    source: "law.md §6.2 (24 € × 0,15)",
  },
  // Training hours
  {
    name: "12-month apprenticeship: at least 401,75 h",
    input: '=ALT_HEURES_FORMATION_MIN("apprentissage";DATE(2025;9;1);DATE(2026;8;31))',
    expected: 401.75,
    library: () => trainingHoursRequirement({ contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31" }).minimumHours,
    source: "seed 003 §4.5; L6211-2",
  },
  {
    name: "12-month apprenticeship: no maximum (empty cell)",
    input: '=ALT_HEURES_FORMATION_MAX("apprentissage";DATE(2025;9;1);DATE(2026;8;31))',
    expected: null,
    library: () => trainingHoursRequirement({ contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31" }).maximumHours,
    source: "API.md §6",
  },
  {
    name: "12-month CPRO: at least 241,05 h",
    input: '=ALT_HEURES_FORMATION_MIN("professionnalisation";DATE(2025;9;1);DATE(2026;8;31))',
    expected: 241.05,
    library: () => trainingHoursRequirement({ contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31" }).minimumHours,
    source: "seed 003 §4.5; L6325-13",
  },
  {
    name: "12-month CPRO: at most 401,75 h",
    input: '=ALT_HEURES_FORMATION_MAX("professionalisation";DATE(2025;9;1);DATE(2026;8;31))',
    expected: 401.75,
    library: () => trainingHoursRequirement({ contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31" }).maximumHours,
    source: "seed 003 §4.5; L6325-13",
  },
  // Employer side
  {
    name: "hiring aid, MIAGE master, company of 40, concluded 2025-08-20: 5 000 €",
    input: "=ALT_AIDE_EMBAUCHE(DATE(2025;8;20);DATE(2025;9;1);DATE(2027;8;31);7;40)",
    expected: 5000,
    library: () => apprenticeshipHiringAid({ signatureDate: "2025-08-20", contractStart: "2025-09-01", contractEnd: "2027-08-31", diplomaLevel: 7, companyHeadcount: 40 }).amount,
    source: "law-money.md §4.1 (décret n° 2025-174: 5 000 € under 250, up to level 7)",
  },
  {
    name: "hiring aid, 2026-168, 300 employees with the commitment, master: 750 €",
    input: '=ALT_AIDE_EMBAUCHE("15/06/2026";"01/07/2026";"30/06/2028";7;300;"prive";FAUX();FAUX();VRAI())',
    expected: 750,
    library: () =>
      apprenticeshipHiringAid({ signatureDate: "2026-06-15", contractStart: "2026-07-01", contractEnd: "2028-06-30", diplomaLevel: 7, companyHeadcount: 300, employer: "private", disabledWorker: false, overseas: false, largeCompanyCommitment: true }).amount,
    source: "law-money.md §4.1 (décret n° 2026-168 grid)",
  },
  {
    name: "hiring aid, public employer: 0 (L6227-12; reading taken)",
    input: '=ALT_AIDE_EMBAUCHE(DATE(2026;6;15);DATE(2026;7;1);DATE(2028;6;30);7;3000;"public")',
    expected: 0,
    library: () => apprenticeshipHiringAid({ signatureDate: "2026-06-15", contractStart: "2026-07-01", contractEnd: "2028-06-30", diplomaLevel: 7, companyHeadcount: 3000, employer: "public" }).amount,
    source: "L6227-12; law-money.md §5 item 7",
  },
  {
    name: "hiring aid, 2021, 17 at the start (born 29/02/2004): 6 250 €",
    input: '=ALT_AIDE_EMBAUCHE(DATE(2021;8;1);DATE(2021;9;1);DATE(2023;8;31);4;1;;;;;"29/02/2004")',
    expected: 6250,
    library: () => apprenticeshipHiringAid({ signatureDate: "2021-08-01", contractStart: "2021-09-01", contractEnd: "2023-08-31", diplomaLevel: 4, companyHeadcount: 1, birthDate: "2004-02-29" }).amount,
    source: "décret n° 2020-1085 (8 000 € from the month after the 18th birthday)",
  },
  {
    name: "hiring aid, RQTH overseas, level 5, company of 10, ten months from the 15th (2026): pro rata",
    input: "=ALT_AIDE_EMBAUCHE(DATE(2026;9;1);DATE(2026;9;15);DATE(2027;6;30);5;10;;VRAI();VRAI())",
    expected: 4766.67,
    library: () =>
      apprenticeshipHiringAid({ signatureDate: "2026-09-01", contractStart: "2026-09-15", contractEnd: "2027-06-30", diplomaLevel: 5, companyHeadcount: 10, disabledWorker: true, overseas: true }).amount,
    source: "D6243-2 II–III: 6 000 € / 12 × (16/30 + 9)",
  },
  {
    name: "participation, master: 750 €",
    input: "=ALT_PARTICIPATION_EMPLOYEUR(DATE(2025;9;1);7)",
    expected: 750,
    library: () => employerTrainingContribution({ signatureDate: "2025-09-01", diplomaLevel: 7 }).amount,
    source: "R6332-25-1 al. 1",
  },
  {
    name: "participation, the day before 2025-07-01: 0",
    input: '=ALT_PARTICIPATION_EMPLOYEUR("30/06/2025";7)',
    expected: 0,
    library: () => employerTrainingContribution({ signatureDate: "2025-06-30", diplomaLevel: 7 }).amount,
    source: "décret n° 2025-585 art. 2",
  },
  {
    name: "participation after a rupture: 200 €",
    input: "=ALT_PARTICIPATION_EMPLOYEUR(DATE(2026;1;10);6;VRAI();\"privé\")",
    expected: 200,
    library: () => employerTrainingContribution({ signatureDate: "2026-01-10", diplomaLevel: 6, afterRupture: true, employer: "private" }).amount,
    source: "R6332-25-1 al. 3",
  },
  {
    name: "participation, rupture in the 45 days, 8 231 € for 30 days",
    input: "=ALT_PARTICIPATION_EMPLOYEUR(DATE(2025;9;1);7;;;8231;30)",
    expected: 338.26,
    library: () => employerTrainingContribution({ signatureDate: "2025-09-01", diplomaLevel: 7, trialPeriodRupture: { fundingLevel: 8231, daysPerformed: 30 } }).amount,
    source: "R6332-25-1 al. 2 (365 days: reading taken, UNCONFIRMED)",
  },
  // Data date
  // ALT_SALAIRE_NET
  {
    name: "law-money.md §2.5 case 6: 21-25, 53 %, concluded 2025-09-01",
    input: '=ALT_SALAIRE_NET("apprentissage";989,52;DATE(2026;7;15);DATE(2025;9;1))',
    expected: 977.86,
    library: () => netPay({ contract: "apprenticeship", grossMonthly: 989.52, month: "2026-07", signatureDate: "2025-09-01" }).netBeforeIncomeTax,
    source: "law-money.md §2.5 case 6 (modele-social 977,85 €: end-of-computation rounding)",
  },
  {
    name: "law-money.md §2.5 case 4: concluded 2024-09-01, the 79 % regime in 2026",
    input: '=ALT_SALAIRE_NET("apprentissage";1867,02;"01/07/2026";"01/09/2024")',
    expected: 1822.68,
    library: () => netPay({ contract: "apprenticeship", grossMonthly: 1867.02, month: "2026-07", signatureDate: "2024-09-01" }).netBeforeIncomeTax,
    source: "law-money.md §2.5 case 4 (L6243-2 by signature date)",
  },
  {
    name: "law-money.md §2.5 case 10: health insurance 20 € + 20 €",
    input: '=ALT_SALAIRE_NET("apprentissage";1000;DATE(2026;7;1);DATE(2025;9;1);;;20;20)',
    expected: 964.2,
    library: () =>
      netPay({ contract: "apprenticeship", grossMonthly: 1000, month: "2026-07", signatureDate: "2025-09-01", healthEmployeeMonthly: 20, healthEmployerMonthly: 20 }).netBeforeIncomeTax,
    source: "law-money.md §2.5 case 10",
  },
  {
    name: "public employer (IRCANTEC): case 6, English word",
    input: '=ALT_SALAIRE_NET("apprenticeship";989,52;DATE(2026;7;1);DATE(2025;9;1);"public")',
    expected: 978.53,
    library: () => netPay({ contract: "apprenticeship", grossMonthly: 989.52, month: "2026-07", signatureDate: "2025-09-01", employer: "public" }).netBeforeIncomeTax,
    source: "law-money.md §2.5 public variant (978,52 € rounded at the end)",
  },
  {
    name: "CPRO in Alsace-Moselle",
    input: '=ALT_SALAIRE_NET("professionnalisation";1213,56;DATE(2026;7;1);DATE(2025;9;1);"prive";VRAI())',
    expected: 944.86,
    library: () => netPay({ contract: "professionalisation", grossMonthly: 1213.56, month: "2026-07", signatureDate: "2025-09-01", alsaceMoselle: true }).netBeforeIncomeTax,
    source: "law-money.md §2.3 (standard regime, Alsace-Moselle 1,30 %)",
  },
  // ALT_PLAFOND_IMPOT_APPRENTI
  {
    name: "2024 limit as published",
    input: "=ALT_PLAFOND_IMPOT_APPRENTI(2024)",
    expected: 21273,
    library: () => incomeTaxExemption({ year: 2024 }).limit,
    source: "law-money.md §3.1 (DGFiP: 21 273 €)",
  },
  {
    name: "2021 limit as published (two SMIC values)",
    input: '=ALT_PLAFOND_IMPOT_APPRENTI("2021")',
    expected: 18760,
    library: () => incomeTaxExemption({ year: 2021 }).limit,
    source: "law-money.md §3.1 (DGFiP: 18 760 €)",
  },
  // ALT_PLAFOND_ALLOCATIONS_FAMILIALES
  {
    name: "October 2025 as published",
    input: "=ALT_PLAFOND_ALLOCATIONS_FAMILIALES(DATE(2025;10;15))",
    expected: 1104.25,
    library: () => familyBenefitsIncomeCeiling({ date: "2025-10-15" }).monthlyCeiling,
    source: "law-money.md §3.2 (service-public.fr F16947: 1 104,25 €)",
  },
  {
    name: "June 2026 (computed)",
    input: '=ALT_PLAFOND_ALLOCATIONS_FAMILIALES("2026-06-15")',
    expected: 1144.21,
    library: () => familyBenefitsIncomeCeiling({ date: "2026-06-15" }).monthlyCeiling,
    source: "R512-2: 0,55 × 12,31 × 169 (law-money.md §3.2)",
  },
  {
    name: "date up to which the parameters were checked",
    input: "=ALT_DONNEES_VERIFIEES_AU()",
    expected: serialFromIsoDate("2026-07-16"),
    library: () => dataVerifiedUntil,
    source: "src/parameters/verified.ts",
  },
];

describe("formulas in cells (HyperFormula, French settings)", () => {
  test.for(rows)("$input → $expected ($name)", ({ input, expected, library: wrapped }) => {
    const value = evaluateFormula(input);
    expect(value).toEqual(expected);
    expect(value).toEqual(host(wrapped()));
  });

  test("every spreadsheet function is evaluated from a formula above", () => {
    const used = new Set(rows.map((row) => /^=([A-Z_]+)\(/.exec(row.input)?.[1]));
    expect(sheetFunctions.filter((fn) => !used.has(fn.name)).map((fn) => fn.name)).toEqual(["ALT_APPRENTI_ECHEANCIER"]);
  });

  test("date results are real dates of the host (HyperFormula date type)", () => {
    const { hf, sheet } = frenchWorkbook([["=ALT_DONNEES_VERIFIEES_AU()", '=ALT_DEBUT_AU_PLUS_TOT("apprentissage";DATE(2025;9;1);DATE(2027;9;3))']]);
    expect(hf.getCellValueDetailedType({ sheet, row: 0, col: 0 })).toBe("NUMBER_DATE");
    expect(hf.getCellValueDetailedType({ sheet, row: 0, col: 1 })).toBe("NUMBER_DATE");
  });
});

describe("spilled schedule: ALT_APPRENTI_ECHEANCIER", () => {
  const d = serialFromIsoDate;
  // Born 2006-04-10, contract 2025-09-01 → 2028-08-31: 21 on 2027-04-10, so 21-25 from 2027-05-01 (D6222-31);
  // SMIC 11,88 → 12,02 (2026-01-01) → 12,31 (2026-06-01) (law.md §5); amounts law.md §4.6.
  const expected = [
    ["du", "au", "année", "tranche", "taux", "montant"],
    [d("2025-09-01"), d("2025-12-31"), 1, "18-20 ans", 43, 774.77],
    [d("2026-01-01"), d("2026-05-31"), 1, "18-20 ans", 43, 783.9],
    [d("2026-06-01"), d("2026-08-31"), 1, "18-20 ans", 43, 802.82],
    [d("2026-09-01"), d("2027-04-30"), 2, "18-20 ans", 51, 952.18],
    [d("2027-05-01"), d("2027-08-31"), 2, "21-25 ans", 61, 1138.88],
    [d("2027-09-01"), d("2028-08-31"), 3, "21-25 ans", 78, 1456.27],
  ];

  test("from constant arguments, the table spills with its header row", () => {
    const { hf, sheet } = frenchWorkbook([["=ALT_APPRENTI_ECHEANCIER(DATE(2006;4;10);DATE(2025;9;1);DATE(2028;8;31))"]]);
    expect(hf.getSheetValues(sheet)).toEqual(expected);
    expect(hf.getCellValueDetailedType({ sheet, row: 1, col: 0 })).toBe("NUMBER_RAW");
  });

  test("it agrees with apprenticePaySchedule row by row", () => {
    const { periods } = apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2028-08-31" });
    const { hf, sheet } = frenchWorkbook([['=ALT_APPRENTI_ECHEANCIER("10/04/2006";"01/09/2025";"31/08/2028")']]);
    const table = hf.getSheetValues(sheet);
    expect(table.slice(1)).toEqual(
      periods.map((period) => [d(period.from), d(period.to), period.contractYear, ageBandLabel[period.ageBand], period.ratePercent, period.monthlyMinimum]),
    );
  });

  test("from cell references, the table fills its reserved rows and leaves the rest empty", () => {
    const { hf, sheet } = frenchWorkbook([["10/04/2006", "01/09/2025", "31/08/2028", "=ALT_APPRENTI_ECHEANCIER(A1;B1;C1)"]]);
    const table = hf.getSheetValues(sheet).map((row) => row.slice(3));
    expect(table).toEqual(expected);
    const lastReserved = { sheet, row: SCHEDULE_CAPACITY, col: 3 };
    expect(hf.isCellPartOfArray(lastReserved)).toBe(true);
    expect(hf.getCellValue(lastReserved)).toBeNull();
    expect(hf.isCellPartOfArray({ ...lastReserved, row: SCHEDULE_CAPACITY + 1 })).toBe(false);
  });

  test("an SMC raises the 21-25 rows only", () => {
    const { hf, sheet } = frenchWorkbook([["=ALT_APPRENTI_ECHEANCIER(DATE(2006;4;10);DATE(2025;9;1);DATE(2028;8;31);2000)"]]);
    const amounts = hf.getSheetValues(sheet).slice(1).map((row) => row[5]);
    // law.md §4.1: 61 % and 78 % of max(SMIC, SMC) = of 2 000 €; 18-20 rows stay on the SMIC.
    expect(amounts).toEqual([774.77, 783.9, 802.82, 952.18, 1220, 1560]);
  });
});

describe("a column filled from ranges", () => {
  test("one formula gives one result per row; a blank row stays blank; a wrong row shows its own error", () => {
    const { hf, sheet } = frenchWorkbook([
      ["nom", "naissance", "debut", "date", "salaire"],
      ["Ana", "10/04/2006", "01/09/2025", "01/10/2025", "=ALT_APPRENTI_SALAIRE(B2:B6;C2:C6;D2:D6)"],
      ["Bob", "15/01/2000", "01/09/2025", "01/10/2025"],
      [null, null, null, null],
      ["Chloé", "31/02/2007", "01/09/2025", "01/10/2025"],
      ["Dan", "2008-06-30", "2025-09-01", "2026-07-01"],
    ]);
    const column = [1, 2, 3, 4, 5].map((row) => hf.getCellValue({ sheet, row, col: 4 }));
    expect(column.slice(0, 3)).toEqual([
      774.77, // 18-20, 1st year, 43 % (seed 003)
      954.95, // 21-25, 1st year, 53 % × 1 801,80 € (law.md §4.1)
      null,
    ]);
    expect(column[3]).toBeInstanceOf(DetailedCellError);
    expect((column[3] as DetailedCellError).message).toMatch(/^Données invalides : naissance : date invalide « 31\/02\/2007 »/);
    // 18 on 2026-06-30 → 18-20 from 2026-07-01 (D6222-31): 43 % × 1 867,02 € (law.md §4.6)
    expect(column[4]).toBe(802.82);
  });

  test("French employer words down a column", () => {
    const { hf, sheet } = frenchWorkbook([
      ["15/01/2006", "01/09/2025", "prive", "=ALT_CPRO_ELIGIBLE(A1:A4;B1:B4;C1:C4)"],
      ["15/01/2006", "01/09/2025", "État"],
      ["15/01/2006", "01/09/2025", "EPA"],
      ["15/01/2006", "01/09/2025", "intérim"],
    ]);
    expect([0, 1, 2, 3].map((row) => hf.getCellValue({ sheet, row, col: 3 }))).toEqual([true, false, false, true]); // law.md §2.2
  });
});

describe("error cells carry the French message", () => {
  const errors = [
    {
      name: "impossible date",
      input: '=ALT_APPRENTI_SALAIRE("31/02/2006";DATE(2025;9;1);DATE(2025;10;1))',
      message:
        "Données invalides : naissance : date invalide « 31/02/2006 » : une date du tableur, un texte AAAA-MM-JJ ou JJ/MM/AAAA est attendu (années 1900 à 2199)",
      source: "API.md §0 bad input",
    },
    {
      name: "date before the scope",
      input: "=ALT_SMIC(DATE(2018;12;31))",
      message: "Données invalides : date : « 2018-12-31 » est antérieur au 2019-01-01, premier jour couvert par la bibliothèque pour cette donnée",
      source: "API.md §0 scope",
    },
    {
      name: "unknown employer word",
      input: '=ALT_CPRO_ELIGIBLE(DATE(2006;1;15);DATE(2025;9;1);"association")',
      message: expect.stringMatching(/^Données invalides : employeur : valeur inconnue « association » ; valeurs admises : prive, interim, epic/),
      source: "issue 8 (enumerated values)",
    },
    {
      name: "a diploma level of 9",
      input: "=ALT_AIDE_EMBAUCHE(DATE(2025;8;20);DATE(2025;9;1);DATE(2027;8;31);9;40)",
      message: "Données invalides : niveau : valeur inconnue « 9 » ; valeurs admises : 3, 4, 5, 6, 7, 8",
      source: "API.md §10 (levels 3 to 8)",
    },
    {
      name: "a negative headcount",
      input: "=ALT_AIDE_EMBAUCHE(DATE(2025;8;20);DATE(2025;9;1);DATE(2027;8;31);6;-1)",
      message: "Données invalides : effectif : doit être au moins 0, reçu « -1 »",
      source: "API.md §10",
    },
    {
      name: "the funding level without the days",
      input: "=ALT_PARTICIPATION_EMPLOYEUR(DATE(2025;9;1);7;;;8231)",
      message: "Données invalides : trialPeriodRupture.daysPerformed : champ obligatoire manquant",
      source: "R6332-25-1 al. 2",
    },
    {
      name: "stage-alternance has no training-hour rule",
      input: '=ALT_HEURES_FORMATION_MIN("stage-alternance";DATE(2025;9;1);DATE(2026;8;31))',
      message: expect.stringMatching(/^Données invalides : type : valeur inconnue « stage-alternance » ; valeurs admises : apprentissage, professionnalisation/),
      source: "API.md §6 (apprenticeship or professionalisation)",
    },
  ];
  test.for(errors)("$name", ({ input, message }) => {
    const value = evaluateFormula(input);
    expect(value).toBeInstanceOf(DetailedCellError);
    expect(value).toMatchObject({ type: "VALUE", value: "#VALEUR!", message });
  });

  test("a rule of the library (date before the contract start) names the spreadsheet parameter", () => {
    const formula = "=ALT_APPRENTI_SALAIRE(DATE(2006;4;10);DATE(2025;9;1);DATE(2025;8;31))";
    let libraryMessage = "";
    try {
      apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-08-31" });
    } catch (error) {
      libraryMessage = (error as Error).message;
    }
    expect(libraryMessage).toMatch(/^Données invalides : date : /);
    expect(evaluateFormula(formula)).toMatchObject({ type: "VALUE", message: libraryMessage });
  });
});

describe("agreement with the library on the seed examples", () => {
  type Seed = (typeof seeds.cases)[number];
  const dateOrText = (value: unknown): string =>
    typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `DATE(${value.slice(0, 4)};${Number(value.slice(5, 7))};${Number(value.slice(8))})`
      : typeof value === "number"
        ? String(value).replace(".", ",")
        : typeof value === "string"
          ? `"${value}"`
          : "";
  const formula = (name: string, args: unknown[]) => `=${name}(${args.map(dateOrText).join(";")})`;
  const onlyKeys = (input: object, allowed: string[]) => Object.keys(input).every((key) => allowed.includes(key));
  const hoursOf = (presence: unknown) =>
    typeof presence === "number" ? presence : (presence as { hours: number }[]).reduce((sum, month) => sum + month.hours, 0);

  /** The spreadsheet formulas that compute a seed's expected fields, by field. */
  function sheetFormulas(seed: Seed): Record<string, string> {
    const input = seed.input as Record<string, unknown>;
    switch (seed.fn) {
      case "contractWindows": {
        const args = [input["contract"], input["trainingStart"], input["trainingEnd"], input["policy"]];
        return {
          "start.earliest": formula("ALT_DEBUT_AU_PLUS_TOT", args),
          "start.latest": formula("ALT_DEBUT_AU_PLUS_TARD", args),
          "end.earliest": formula("ALT_FIN_AU_PLUS_TOT", args),
          "end.latest": formula("ALT_FIN_AU_PLUS_TARD", args),
        };
      }
      case "trainingHoursRequirement": {
        const args = [input["contract"], input["contractStart"], input["contractEnd"]];
        return { minimumHours: formula("ALT_HEURES_FORMATION_MIN", args), maximumHours: formula("ALT_HEURES_FORMATION_MAX", args) };
      }
      case "apprenticeMinimumWage": {
        if (!onlyKeys(input, ["birthDate", "contractStart", "date", "conventionalMinimumMonthly"])) return {};
        const args = [input["birthDate"], input["contractStart"], input["date"], input["conventionalMinimumMonthly"]];
        return { ratePercent: formula("ALT_APPRENTI_TAUX", args), monthlyMinimum: formula("ALT_APPRENTI_SALAIRE", args) };
      }
      case "professionalisationMinimumWage": {
        const args = [input["birthDate"], input["contractStart"], input["date"], input["qualification"], input["conventionalMinimumMonthly"]];
        return { monthlyMinimum: formula("ALT_CPRO_SALAIRE", args) };
      }
      case "internshipGratification": {
        const args = [hoursOf(input["presenceHours"]), input["conventionSignedOn"]];
        return {
          mandatory: formula("ALT_STAGE_GRATIFICATION_OBLIGATOIRE", args),
          total: formula("ALT_STAGE_GRATIFICATION_MIN", args),
          minimumHourlyRate: formula("ALT_STAGE_TAUX_HORAIRE", [input["conventionSignedOn"]]),
        };
      }
      case "internshipMinimumHourlyRate":
        return { "": formula("ALT_STAGE_TAUX_HORAIRE", [seed.input]) };
      default:
        return {};
    }
  }

  /** Seeds no spreadsheet function can express, and why. */
  const notExpressible: Record<string, string> = {
    "Apprentice with a recognised disability, extra 4th year after 21: 78 % + 15 points = 93 %":
      "ALT_APPRENTI_TAUX/SALAIRE take no contractEnd nor disabledWorkerExtension argument (issue 8 signature)",
  };

  const fieldOf = (result: unknown, key: string): unknown =>
    key === "" ? result : key.split(".").reduce<unknown>((value, part) => (value as Record<string, unknown>)[part], result);

  const cases = seeds.cases.flatMap((seed) =>
    Object.entries(sheetFormulas(seed)).map(([key, input]) => ({ name: `${seed.name} — ${key || "value"}`, seed, key, input, source: seed.source })),
  );

  test.for(cases)("$name: $input", ({ seed, key, input }) => {
    const call = (library as unknown as Record<string, (arg: unknown) => unknown>)[seed.fn]!;
    const libraryValue = fieldOf(call(seed.input), key);
    const value = evaluateFormula(input);
    expect(value).toEqual(host(libraryValue));
    const expectations = seed.expect as Record<string, unknown>;
    if (key in expectations) expect(value).toEqual(host(expectations[key]));
  });

  test("every seed is checked through at least one spreadsheet function, or listed with the reason it cannot be", () => {
    const unchecked = seeds.cases.filter((seed) => Object.keys(sheetFormulas(seed)).length === 0).map((seed) => seed.name);
    expect(unchecked).toEqual(Object.keys(notExpressible));
  });

  test("every seed field a spreadsheet function returns is compared with the seed's value", () => {
    const compared = cases.filter(({ seed, key }) => key in (seed.expect as object)).length;
    expect(compared).toBe(27);
  });
});
