/**
 * The one-off subcommands, each declared once: its flags (named after the API fields, in kebab case)
 * and the API function it calls. The parser, the help and the error messages all read these specs.
 * The functions are not imported here: each `run` loads the library when it is called (`import()`,
 * a chunk of dist/cli/), so that the help and a usage error do not evaluate it, and `smic` loads its
 * own module only. Why the other commands load the whole library rather than their function's module:
 * docs/performance.md, "CLI cold start".
 */
import { AlternanceInputError } from "../core/errors.js";
import type { Step } from "../core/explain.js";
import {
  aidEmployerChoices,
  apprenticeshipExceptionChoices,
  benefitChoices,
  contractTypeChoices,
  employerChoices,
  examLeaveStatusChoices,
  extendedDurationChoices,
  internshipHostChoices,
  netPayEmployerChoices,
  policyChoices,
  qualificationChoices,
  territoryChoices,
  trainingContractChoices,
  weekdayChoices,
  workingDayKindChoices,
  type Choice,
} from "../core/french-words.js";
import { inputIssue } from "../core/issues.js";
import type { SmicAtResult } from "../index.js";
import { smicSteps } from "./smic-explanation.js";

/** How a flag's text becomes an API value. */
export type FlagKind = "date" | "number" | "string" | "boolean" | "list" | "dates" | "monthly-hours" | "policy";

/** One flag of a subcommand. */
export interface FlagSpec {
  /** Flag name without the dashes, e.g. `birth-date`. */
  flag: string;
  /** API input field it fills, e.g. `birthDate`. */
  field: string;
  kind: FlagKind;
  /** Whether the flag may be repeated (values are collected in a list). */
  multiple?: boolean;
  /** The accepted words, French or English (each item of a list). */
  choices?: readonly Choice[];
  help: { fr: string; en: string };
}

/** A subcommand. */
export interface CommandSpec {
  /** Words after `alternance`, e.g. `["pay", "apprenticeship"]`. */
  words: string[];
  /** The French alias, e.g. `["salaire", "apprentissage"]` (accents and case ignored when typed). */
  fr: string[];
  summary: { fr: string; en: string };
  flags: FlagSpec[];
  /** Loads the API and calls it with the input built from the flags. */
  run: (input: Record<string, unknown>) => Promise<unknown>;
  /** The steps `--explain` shows, for a function whose result has no `explanation` (smic). */
  explain?: (result: unknown, input: Record<string, unknown>) => Step[];
}

/** The library, loaded when a command runs. */
const library = () => import("../index.js");

const f = (flag: string, field: string, kind: FlagKind, fr: string, en: string, multiple = false): FlagSpec => ({
  flag,
  field,
  kind,
  help: { fr, en },
  ...(multiple ? { multiple } : {}),
});

/** A flag whose values are words of `choices` (French or English). */
const c = (flag: string, field: string, choices: readonly Choice[], fr: string, en: string, multiple = false): FlagSpec => ({ ...f(flag, field, "string", fr, en, multiple), choices });

/** A comma-separated list of words of `choices`. */
const listOf = (flag: string, field: string, choices: readonly Choice[], fr: string, en: string): FlagSpec => ({ ...f(flag, field, "list", fr, en), choices });

const birthDate = f("birth-date", "birthDate", "date", "date de naissance", "birth date");
const contractStart = f("contract-start", "contractStart", "date", "début du contrat", "contract start");
const contractEnd = f("contract-end", "contractEnd", "date", "fin du contrat", "contract end");
const trainingStart = f("training-start", "trainingStart", "date", "début de la formation (DDF)", "training start");
const trainingEnd = f("training-end", "trainingEnd", "date", "fin de la formation (DFF)", "training end");
const policy = { ...f("policy", "policy", "policy", "politique de dates : legale, miage (miage-aix-marseille) ou fichier .json", "date policy: legal, miageAixMarseille or a .json file"), choices: policyChoices };
const contractType = c("contract", "contract", contractTypeChoices, "apprentissage, professionnalisation ou stage-alternance", "apprenticeship, professionalisation or work-study-internship");
const trainingContract = c("contract", "contract", trainingContractChoices, "apprentissage ou professionnalisation", "apprenticeship or professionalisation");
const smc = f("smc", "conventionalMinimumMonthly", "number", "salaire minimum conventionnel mensuel (temps plein)", "conventional minimum monthly pay (full time)");
const smcLong = f("conventional-minimum-monthly", "conventionalMinimumMonthly", "number", "comme --smc", "same as --smc");
const weeklyHours = f("weekly-hours", "weeklyHours", "number", "heures hebdomadaires (35 par défaut)", "weekly hours (default 35)");
const territory = c("territory", "territory", territoryChoices, "metropole ou mayotte", "metropole or mayotte");

const scheduleFlag = f("schedule", "schedule", "boolean", "échéancier jusqu'à --contract-end, avec le minimum net et les totaux (par défaut sans --date)", "schedule up to --contract-end, with the net minimum and the totals (the default without --date)");
const scheduleSignature = f("signature-date", "signatureDate", "date", "date de conclusion du contrat, pour le minimum net (début par défaut)", "date the contract was concluded, for the net minimum (default: the start)");

const apprenticePayFlags = [
  birthDate,
  contractStart,
  f("date", "date", "date", "date du calcul (sinon : échéancier jusqu'à --contract-end)", "date of the computation (else: schedule up to --contract-end)"),
  contractEnd,
  scheduleFlag,
  scheduleSignature,
  f("credited-months", "creditedMonths", "number", "mois du cycle déjà accomplis (D6222-28-1)", "months of the cycle counted as done (D6222-28-1)"),
  smc,
  smcLong,
  weeklyHours,
  f("public-sector-points", "publicSectorPoints", "number", "majoration d'un employeur public : 0, 10 ou 20", "public employer increase: 0, 10 or 20"),
  f("same-level-diploma", "sameLevelDiploma", "boolean", "diplôme de même niveau déjà obtenu (+15 points)", "same-level diploma already held (+15 points)"),
  f("licence-pro", "licencePro", "boolean", "licence professionnelle (taux de 2e année)", "licence professionnelle (2nd-year rate)"),
  f("previous-last-year-rate", "previousContract.lastYearRatePercent", "number", "taux de la dernière année du contrat précédent", "last year's rate of the previous contract"),
  f("previous-diploma-obtained", "previousContract.diplomaObtained", "boolean", "diplôme obtenu au contrat précédent", "diploma obtained under the previous contract"),
  f("disabled-worker-extension", "disabledWorkerExtension", "boolean", "prolongation travailleur handicapé (+15 points)", "disabled-worker extension (+15 points)"),
  territory,
];

const cproPayFlags = [
  birthDate,
  contractStart,
  apprenticePayFlags[2]!,
  contractEnd,
  scheduleFlag,
  scheduleSignature,
  c("qualification", "qualification", qualificationChoices, "inferieur-bac-pro ou bac-pro-ou-plus", "below-bac-pro or bac-pro-or-higher"),
  smc,
  smcLong,
  weeklyHours,
  territory,
];

/**
 * Runs a pay command: the schedule with `--schedule` or without `--date`, the minimum on a date otherwise.
 * `--schedule` with `--date` is refused (an AlternanceInputError naming `--schedule`).
 */
function payCommand(input: Record<string, unknown>, onDate: (input: never) => unknown, schedule: (input: never) => unknown): unknown {
  const { schedule: asked, ...rest } = input;
  if (asked === true && "date" in rest) {
    const locale = rest["locale"] === "en" ? "en" : "fr";
    throw new AlternanceInputError(
      [inputIssue(["schedule"], "CONFLICTING_OPTIONS", { fr: "un échéancier couvre tout le contrat : donner --contract-end, pas --date", en: "a schedule covers the whole contract: give --contract-end, not --date" }, locale)],
      locale,
    );
  }
  return asked !== true && "date" in rest ? onDate(rest as never) : schedule(rest as never);
}

const trainingFlags = [
  trainingContract,
  contractStart,
  contractEnd,
  f("training-hours", "trainingHours", "number", "heures de formation prévues (sinon : le minimum et le maximum)", "planned training hours (else: the minimum and maximum)"),
  f("annual-hours", "annualHours", "number", "heures annuelles (1607 par défaut)", "annual hours (default 1607)"),
  f("contract-hours", "contractHours", "number", "heures du contrat, données directement", "contract hours, given directly"),
  f("extended-above-25", "extendedAbove25", "boolean", "accord autorisant plus de 25 % (L6325-14)", "agreement allowing more than 25 % (L6325-14)"),
];

const signatureDate = f("signature-date", "signatureDate", "date", "date de conclusion (signature) du contrat", "conclusion (signature) date of the contract");
const diplomaLevel = f("diploma-level", "diplomaLevel", "number", "niveau du diplôme ou titre préparé : 3 (CAP) à 8 (doctorat)", "level of the diploma or title prepared: 3 (CAP) to 8 (doctorate)");
const employerKind = c("employer", "employer", aidEmployerChoices, "prive (par défaut) ou public (secteur public non industriel et commercial)", "private (default) or public (non-industrial, non-commercial public sector)");

const hiringAidFlags = [
  signatureDate,
  contractStart,
  contractEnd,
  diplomaLevel,
  f("company-headcount", "companyHeadcount", "number", "effectif de l'entreprise (salariés)", "company headcount (employees)"),
  employerKind,
  f("disabled-worker", "disabledWorker", "boolean", "apprenti reconnu travailleur handicapé (RQTH)", "apprentice recognised as a disabled worker (RQTH)"),
  f("overseas", "overseas", "boolean", "employeur en Guadeloupe, Guyane, Martinique, Mayotte, à La Réunion, Saint-Barthélemy, Saint-Martin ou Saint-Pierre-et-Miquelon", "employer in an overseas territory of L6522-4"),
  f("large-company-commitment", "largeCompanyCommitment", "boolean", "250 salariés ou plus : engagement alternance du décret", "250 employees or more: the alternance commitment of the décret"),
  f("birth-date", "birthDate", "date", "date de naissance (requise pour les contrats conclus du 2020-07-01 au 2022-12-31)", "birth date (required for contracts concluded 2020-07-01 to 2022-12-31)"),
];

const trainingContributionFlags = [
  signatureDate,
  diplomaLevel,
  f("after-rupture", "afterRupture", "boolean", "nouveau contrat avec un autre employeur après une rupture (L6222-18-2)", "new contract with another employer after a rupture (L6222-18-2)"),
  f("funding-level", "trialPeriodRupture.fundingLevel", "number", "rupture pendant les 45 jours : niveau de prise en charge annuel (NPEC), euros", "rupture during the 45 days: yearly funding level (NPEC), euros"),
  f("days-performed", "trialPeriodRupture.daysPerformed", "number", "rupture pendant les 45 jours : jours effectués dans le contrat", "rupture during the 45 days: days performed under the contract"),
  employerKind,
];

/** Every one-off subcommand. */
export const commands: readonly CommandSpec[] = [
  {
    words: ["eligibility", "apprenticeship"],
    fr: ["eligibilite", "apprentissage"],
    summary: { fr: "Peut-il signer un contrat d'apprentissage ?", en: "May this person sign an apprenticeship?" },
    flags: [
      birthDate,
      contractStart,
      f("signature-date", "signatureDate", "date", "date de conclusion (début par défaut)", "signature date (default: the start)"),
      c("exception", "exceptions", apprenticeshipExceptionChoices, "dérogation : diplome-superieur, contrat-rompu, travailleur-handicape (rqth), creation-reprise-entreprise, sportif-haut-niveau, echec-examen", "exception: higher-diploma, previous-contract-broken, disabled-worker, business-project, high-level-athlete, exam-failure-extension", true),
      f("previous-contract-end", "previousContractEnd", "date", "fin du contrat précédent", "end of the previous contract"),
      f("completed-lower-secondary", "completedLowerSecondary", "boolean", "scolarité du collège achevée (15 ans)", "lower secondary school completed (age 15)"),
    ],
    run: async (input) => (await library()).checkApprenticeshipEligibility(input as never),
  },
  {
    words: ["eligibility", "professionalisation"],
    fr: ["eligibilite", "professionnalisation"],
    summary: { fr: "Peut-il signer un contrat de professionnalisation ?", en: "May this person sign a professionalisation contract?" },
    flags: [
      birthDate,
      contractStart,
      c("employer", "employer", employerChoices, "prive, interim, epic, etat, collectivite, epa ou particulier", "private, temporary-work-agency, public-industrial-commercial, state, local-authority, public-administrative or private-individual"),
      f("job-seeker", "jobSeeker", "boolean", "demandeur d'emploi", "job seeker"),
      c("benefit", "benefits", benefitChoices, "minimum social : rsa, ass, aah, ancien-cui", "benefit: rsa, ass, aah, former-cui", true),
    ],
    run: async (input) => (await library()).checkProfessionalisationEligibility(input as never),
  },
  {
    words: ["windows"],
    fr: ["fenetres"],
    summary: { fr: "Dates de début et de fin possibles", en: "Possible start and end dates" },
    flags: [contractType, trainingStart, trainingEnd, policy],
    run: async (input) => (await library()).contractWindows(input as never),
  },
  {
    words: ["check-dates"],
    fr: ["verifier-dates"],
    summary: { fr: "Vérifie les dates d'un contrat", en: "Checks a contract's dates" },
    flags: [
      contractType,
      trainingStart,
      trainingEnd,
      contractStart,
      contractEnd,
      f("signature-date", "signatureDate", "date", "date de signature", "signature date"),
      policy,
      c("extended-duration", "extendedDuration", extendedDurationChoices, "travailleur-handicape (rqth), sportif-haut-niveau, accord-branche-24 ou public-prioritaire-36", "longer duration allowed by: disabled-worker, high-level-athlete, branch-agreement-24 or priority-public-36"),
      f("mission-validated-on", "missionValidatedOn", "date", "date de validation de la mission", "mission validation date"),
      f("validation-requested-on", "validationRequestedOn", "date", "date de la demande de validation", "validation request date"),
    ],
    run: async (input) => (await library()).checkContractDates(input as never),
  },
  {
    words: ["pay", "apprenticeship"],
    fr: ["salaire", "apprentissage"],
    summary: { fr: "Salaire minimum de l'apprenti (à une date, ou l'échéancier)", en: "Apprentice minimum pay (on a date, or the schedule)" },
    flags: apprenticePayFlags,
    run: async (input) => {
      const { apprenticeMinimumWage, apprenticePaySchedule } = await library();
      return payCommand(input, apprenticeMinimumWage, apprenticePaySchedule);
    },
  },
  {
    words: ["pay", "professionalisation"],
    fr: ["salaire", "professionnalisation"],
    summary: { fr: "Salaire minimum en contrat de professionnalisation", en: "Professionalisation contract minimum pay" },
    flags: cproPayFlags,
    run: async (input) => {
      const { professionalisationMinimumWage, professionalisationPaySchedule } = await library();
      return payCommand(input, professionalisationMinimumWage, professionalisationPaySchedule);
    },
  },
  {
    words: ["net-pay"],
    fr: ["salaire-net"],
    summary: { fr: "Salaire net d'un mois (apprenti ou contrat de professionnalisation), ligne par ligne", en: "Net pay of a month (apprentice or CPRO), line by line" },
    flags: [
      trainingContract,
      f("gross-monthly", "grossMonthly", "number", "salaire brut du mois soumis à cotisations", "gross pay of the month subject to contributions"),
      f("gross", "grossMonthly", "number", "comme --gross-monthly", "same as --gross-monthly"),
      f("month", "month", "string", "mois payé, AAAA-MM", "month paid, YYYY-MM"),
      f("signature-date", "signatureDate", "date", "date de conclusion du contrat (régime de l'apprenti)", "date the contract was concluded (apprentice regime)"),
      c("employer", "employer", netPayEmployerChoices, "prive (par défaut) ou public (IRCANTEC)", "private (default) or public (IRCANTEC)"),
      f("alsace-moselle", "alsaceMoselle", "boolean", "régime local d'Alsace-Moselle (1,30 %)", "Alsace-Moselle local regime (1.30 %)"),
      f("health-employee-monthly", "healthEmployeeMonthly", "number", "part salariale de mutuelle et prévoyance", "employee share of health insurance and prévoyance"),
      f("health-employer-monthly", "healthEmployerMonthly", "number", "part patronale de mutuelle et prévoyance", "employer share of health insurance and prévoyance"),
    ],
    run: async (input) => (await library()).netPay(input as never),
  },
  {
    words: ["income-tax"],
    fr: ["impot-revenu"],
    summary: { fr: "Exonération d'impôt sur le revenu des salaires d'apprenti (CGI 81 bis)", en: "Income-tax exemption of apprentice salaries (CGI art. 81 bis)" },
    flags: [
      f("year", "year", "number", "année des revenus", "income year"),
      f("taxable-income", "taxableIncome", "number", "salaire imposable de l'année (sinon : la limite seule)", "taxable salary of the year (else: the limit only)"),
    ],
    run: async (input) => (await library()).incomeTaxExemption(input as never),
  },
  {
    words: ["exam-leave"],
    fr: ["conge-examen"],
    summary: { fr: "Congé pour préparer les examens (apprenti ou étudiant salarié)", en: "Leave to prepare exams (apprentice or student employee)" },
    flags: [
      c("status", "status", examLeaveStatusChoices, "apprenti ou etudiant-salarie", "apprentice or student-employee"),
      f("first-exam-date", "firstExamDate", "date", "date de la première épreuve", "date of the first exam"),
      f("planned-working-days", "plannedWorkingDays", "number", "jours ouvrables de travail prévus au contrat (étudiant salarié)", "jours ouvrables of work planned by the contract (student employee)"),
    ],
    run: async (input) => (await library()).examLeave(input as never),
  },
  {
    words: ["gratification"],
    fr: ["gratification"],
    summary: { fr: "Gratification de stage : obligatoire ? combien ?", en: "Internship gratification: mandatory? how much?" },
    flags: [
      f("hours", "presenceHours", "number", "heures de présence au total", "total presence hours"),
      f("monthly-hours", "presenceHours", "monthly-hours", "heures par mois : 2026-01=154,2026-02=140", "hours per month: 2026-01=154,2026-02=140"),
      f("signed-on", "conventionSignedOn", "date", "date de signature de la convention", "convention signature date"),
      f("rate", "hourlyRate", "number", "taux horaire convenu", "agreed hourly rate"),
      c("host", "host", internshipHostChoices, "prive ou public", "private or public"),
    ],
    run: async (input) => (await library()).internshipGratification(input as never),
  },
  {
    words: ["presence"],
    fr: ["presence"],
    summary: { fr: "Heures et jours de présence d'un stage", en: "Internship presence hours and days" },
    flags: [
      f("start", "start", "date", "premier jour", "first day"),
      f("end", "end", "date", "dernier jour", "last day"),
      f("hours-per-day", "hoursPerDay", "number", "heures par jour (7 par défaut)", "hours per day (default 7)"),
      listOf("weekdays", "weekdays", weekdayChoices, "jours de présence : lun,mar,mer,jeu,ven", "days of presence: mon,tue,wed,thu,fri"),
      f("absences", "absences", "dates", "jours d'absence, séparés par des virgules", "absence days, comma-separated"),
    ],
    run: async (input) => (await library()).internshipPresence(input as never),
  },
  {
    words: ["training-hours"],
    fr: ["heures-formation"],
    summary: { fr: "Heures de formation minimales et maximales", en: "Minimum and maximum training hours" },
    flags: trainingFlags,
    run: async (input) => {
      const { checkTrainingHours, trainingHoursRequirement } = await library();
      return "trainingHours" in input ? checkTrainingHours(input as never) : trainingHoursRequirement(input as never);
    },
  },
  {
    words: ["registration-deadline"],
    fr: ["date-limite-depot"],
    summary: { fr: "Date limite de transmission du contrat à l'OPCO", en: "Deadline to send the contract to the OPCO" },
    flags: [trainingContract, contractStart],
    run: async (input) => (await library()).registrationDeadline(input as never),
  },
  {
    words: ["trial-period-end"],
    fr: ["fin-rupture-libre"],
    summary: { fr: "Fin des 45 jours de rupture libre (apprentissage)", en: "End of the 45-day free-termination period" },
    flags: [
      contractStart,
      listOf("company-weekdays", "companyWeekdays", weekdayChoices, "jours en entreprise : lun,mar,mer", "company days: mon,tue,wed"),
      f("training-dates", "trainingDates", "dates", "jours de formation, séparés par des virgules", "training days, comma-separated"),
      f("absences", "absences", "dates", "jours d'absence", "absence days"),
    ],
    run: async (input) => (await library()).trialPeriodEnd(input as never),
  },
  {
    words: ["working-days", "add"],
    fr: ["jours-ouvrables", "ajouter"],
    summary: { fr: "Ajoute des jours ouvrables ou ouvrés", en: "Adds working days" },
    flags: [
      f("date", "date", "date", "date de départ", "start date"),
      f("n", "n", "number", "nombre de jours", "number of days"),
      c("kind", "kind", workingDayKindChoices, "ouvrables ou ouvres", "ouvrables or ouvres"),
    ],
    run: async (input) => ({ date: (await library()).addWorkingDays(input["date"] as string, input["n"] as number, { kind: input["kind"] as never, locale: input["locale"] as never }) }),
  },
  {
    words: ["working-days", "count"],
    fr: ["jours-ouvrables", "compter"],
    summary: { fr: "Compte les jours ouvrables ou ouvrés", en: "Counts working days" },
    flags: [
      f("from", "from", "date", "premier jour", "first day"),
      f("to", "to", "date", "dernier jour", "last day"),
      c("kind", "kind", workingDayKindChoices, "ouvrables ou ouvres", "ouvrables or ouvres"),
    ],
    run: async (input) => ({ count: (await library()).countWorkingDays(input["from"] as string, input["to"] as string, { kind: input["kind"] as never, locale: input["locale"] as never }) }),
  },
  {
    words: ["hiring-aid"],
    fr: ["aide-embauche"],
    summary: { fr: "Aide à l'embauche d'un apprenti (première année), mois par mois", en: "Apprenticeship hiring aid (first year), month by month" },
    flags: hiringAidFlags,
    run: async (input) => (await library()).apprenticeshipHiringAid(input as never),
  },
  {
    words: ["training-contribution"],
    fr: ["participation-formation"],
    summary: { fr: "Participation de l'employeur à la formation (750 €, 200 €)", en: "Employer's training participation (€750, €200)" },
    flags: trainingContributionFlags,
    run: async (input) => (await library()).employerTrainingContribution(input as never),
  },
  {
    words: ["smic"],
    fr: ["smic"],
    summary: { fr: "SMIC en vigueur à une date (aujourd'hui par défaut)", en: "SMIC in force on a date (default: today)" },
    flags: [f("date", "date", "date", "date (aujourd'hui par défaut)", "date (default: today)"), territory],
    // Its own module, not the library: `alternance smic` evaluates zod, decimal.js and the SMIC only.
    run: async (input) => {
      const { smicAt } = await import("../legal-values/smic.js");
      const options: Record<string, unknown> = { locale: input["locale"] };
      if (input["territory"] !== undefined) options["territory"] = input["territory"];
      return smicAt(input["date"] as string, options as never);
    },
    explain: (result, input) =>
      smicSteps(result as SmicAtResult, input["date"] as string, input["territory"] === "mayotte" ? "mayotte" : "metropole", input["locale"] === "en" ? "en" : "fr"),
  },
];
