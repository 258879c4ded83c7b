/**
 * French and English labels of result fields for table output, and which fields are amounts in euros.
 */
import type { Locale } from "../core/explain.js";
import { normalizeWord } from "../core/french-words.js";

const LABELS: Record<string, { fr: string; en: string }> = {
  eligible: { fr: "Éligible", en: "Eligible" },
  ageAtStart: { fr: "Âge au début du contrat", en: "Age at the start" },
  minimumAge: { fr: "Âge minimal", en: "Minimum age" },
  maximumAge: { fr: "Âge maximal", en: "Maximum age" },
  appliedException: { fr: "Dérogation appliquée", en: "Exception applied" },
  publics: { fr: "Publics", en: "Publics" },
  employerAllowed: { fr: "Employeur autorisé", en: "Employer allowed" },
  valid: { fr: "Conforme", en: "Valid" },
  "start.earliest": { fr: "Début au plus tôt", en: "Earliest start" },
  "start.latest": { fr: "Début au plus tard", en: "Latest start" },
  "end.earliest": { fr: "Fin au plus tôt", en: "Earliest end" },
  "end.latest": { fr: "Fin au plus tard", en: "Latest end" },
  "windows.start.earliest": { fr: "Début au plus tôt", en: "Earliest start" },
  "windows.start.latest": { fr: "Début au plus tard", en: "Latest start" },
  "windows.end.earliest": { fr: "Fin au plus tôt", en: "Earliest end" },
  "windows.end.latest": { fr: "Fin au plus tard", en: "Latest end" },
  deadline: { fr: "Date limite", en: "Deadline" },
  lastDay: { fr: "Dernier jour", en: "Last day" },
  companyDaysCounted: { fr: "Jours en entreprise comptés", en: "Company days counted" },
  ratePercent: { fr: "Taux (%)", en: "Rate (%)" },
  ageBand: { fr: "Tranche d'âge", en: "Age band" },
  contractYear: { fr: "Année du contrat", en: "Contract year" },
  base: { fr: "Assiette", en: "Base" },
  baseMonthly: { fr: "Assiette mensuelle", en: "Monthly base" },
  monthlyMinimum: { fr: "Minimum mensuel", en: "Monthly minimum" },
  hourlyMinimum: { fr: "Minimum horaire", en: "Hourly minimum" },
  "smic.hourly": { fr: "SMIC horaire", en: "Hourly SMIC" },
  "smic.monthly": { fr: "SMIC mensuel", en: "Monthly SMIC" },
  from: { fr: "Du", en: "From" },
  to: { fr: "Au", en: "To" },
  smicHourly: { fr: "SMIC horaire", en: "Hourly SMIC" },
  mandatory: { fr: "Gratification obligatoire", en: "Gratification mandatory" },
  totalHours: { fr: "Heures de présence", en: "Presence hours" },
  presenceDays: { fr: "Jours de présence", en: "Presence days" },
  presenceMonths: { fr: "Mois de présence", en: "Presence months" },
  thresholdHours: { fr: "Seuil (heures)", en: "Threshold (hours)" },
  minimumHourlyRate: { fr: "Taux horaire minimal", en: "Minimum hourly rate" },
  hourlyRate: { fr: "Taux horaire", en: "Hourly rate" },
  total: { fr: "Total", en: "Total" },
  month: { fr: "Mois", en: "Month" },
  amount: { fr: "Montant", en: "Amount" },
  smoothedMonthly: { fr: "Mensualité lissée", en: "Smoothed monthly amount" },
  hours: { fr: "Heures", en: "Hours" },
  days: { fr: "Jours", en: "Days" },
  thresholdReachedOn: { fr: "309e heure effectuée le", en: "309th hour worked on" },
  contractHours: { fr: "Heures du contrat", en: "Contract hours" },
  minimumHours: { fr: "Heures minimales", en: "Minimum hours" },
  maximumHours: { fr: "Heures maximales", en: "Maximum hours" },
  mandatoryByDays: { fr: "Obligatoire en jours (D124-6)", en: "Mandatory counted in days (D124-6)" },
  exemptHourlyRate: { fr: "Franchise horaire", en: "Exempt hourly amount" },
  exemptTotal: { fr: "Part exonérée", en: "Exempt part" },
  subjectTotal: { fr: "Part soumise à cotisations", en: "Part subject to contributions" },
  exemptAmount: { fr: "Exonéré", en: "Exempt" },
  subjectAmount: { fr: "Soumis", en: "Subject" },
  maximumExceededOn: { fr: "924e heure dépassée le", en: "924th hour exceeded on" },
  ageAtSignature: { fr: "Âge à la signature", en: "Age at signature" },
  "duration.months": { fr: "Durée (mois)", en: "Duration (months)" },
  "duration.days": { fr: "Durée (jours en plus)", en: "Duration (extra days)" },
  "smic.since": { fr: "SMIC en vigueur depuis le", en: "SMIC in force since" },
  hourly: { fr: "Horaire", en: "Hourly" },
  monthly: { fr: "Mensuel", en: "Monthly" },
  since: { fr: "Depuis le", en: "Since" },
  legalBasis: { fr: "Base légale", en: "Legal basis" },
  periods: { fr: "Périodes", en: "Periods" },
  byMonth: { fr: "Par mois", en: "By month" },
  violations: { fr: "Règles non respectées", en: "Rules not met" },
  warnings: { fr: "Avertissements", en: "Warnings" },
  explanation: { fr: "Explication", en: "Explanation" },
  date: { fr: "Date", en: "Date" },
  scheme: { fr: "Aide", en: "Scheme" },
  case: { fr: "Cas", en: "Case" },
  count: { fr: "Nombre", en: "Count" },
  netMonthlyMinimum: { fr: "Minimum net", en: "Net minimum" },
  "totals.gross": { fr: "Total brut du contrat", en: "Contract total, gross" },
  "totals.net": { fr: "Total net du contrat", en: "Contract total, net" },
  "totals.byContractYear": { fr: "Totaux par année de contrat", en: "Totals by contract year" },
  gross: { fr: "Brut", en: "Gross" },
  net: { fr: "Net", en: "Net" },
  regime: { fr: "Régime", en: "Regime" },
  exemptionCeiling: { fr: "Plafond d'exonération", en: "Exemption ceiling" },
  contributions: { fr: "Cotisations et contributions salariales", en: "Employee contributions" },
  id: { fr: "Ligne", en: "Line" },
  label: { fr: "Libellé", en: "Label" },
  employeeContributions: { fr: "Cotisations salariales", en: "Employee contributions" },
  csgCrds: { fr: "CSG et CRDS", en: "CSG and CRDS" },
  netBeforeIncomeTax: { fr: "Net à payer avant impôt", en: "Net pay before income tax" },
  taxableNet: { fr: "Net imposable", en: "Taxable net" },
  limit: { fr: "Limite d'exonération", en: "Exemption limit" },
  exempt: { fr: "Exonéré", en: "Exempt" },
  taxable: { fr: "Imposable", en: "Taxable" },
  paid: { fr: "Rémunéré", en: "Paid" },
  monthlyCeiling: { fr: "Plafond mensuel", en: "Monthly ceiling" },
  maximumDeduction: { fr: "Déduction maximale", en: "Maximum deduction" },
  cappedByPay: { fr: "Limitée par le salaire", en: "Capped by the pay" },
  // The sections of check-contract (matched by the end of their path: sections.tutor.valid).
  "dates.valid": { fr: "Dates conformes", en: "Dates valid" },
  "pay.valid": { fr: "Salaire conforme", en: "Pay valid" },
  comparisons: { fr: "Salaire convenu et minimum", en: "Agreed pay and minimum" },
  agreedIndex: { fr: "Salaire convenu n°", en: "Agreed pay no." },
  agreedFrom: { fr: "Convenu du", en: "Agreed from" },
  agreedTo: { fr: "Convenu au", en: "Agreed to" },
  shortfall: { fr: "Manque", en: "Shortfall" },
  met: { fr: "Respecté", en: "Met" },
  "trainingHours.valid": { fr: "Heures de formation conformes", en: "Training hours valid" },
  "tutor.valid": { fr: "Tuteur conforme", en: "Tutor valid" },
  "tutor.ageAtStart": { fr: "Âge du tuteur au début du contrat", en: "Tutor's age at the start" },
  "tutor.minimumAge": { fr: "Âge minimal du tuteur", en: "Tutor's minimum age" },
  experienceYears: { fr: "Expérience (années)", en: "Experience (years)" },
  requiredExperienceYears: { fr: "Expérience requise (années)", en: "Experience required (years)" },
  supervised: { fr: "Apprentis suivis", en: "Apprentices supervised" },
  maximumSupervised: { fr: "Apprentis suivis au plus", en: "Most apprentices supervised" },
  "workingTime.valid": { fr: "Durée du travail conforme", en: "Working time valid" },
  minor: { fr: "Mineur", en: "Minor" },
  minorUntil: { fr: "Mineur jusqu'au", en: "Minor until" },
  weeklyHours: { fr: "Heures par semaine", en: "Weekly hours" },
  dailyHours: { fr: "Heures par jour", en: "Daily hours" },
  maximumWeeklyHours: { fr: "Heures par semaine au plus", en: "Most weekly hours" },
  maximumDailyHours: { fr: "Heures par jour au plus", en: "Most daily hours" },
  derogation: { fr: "Dérogation", en: "Derogation" },
  "legalRepresentative.valid": { fr: "Représentant légal conforme", en: "Legal representative valid" },
  "legalRepresentative.required": { fr: "Représentant légal requis", en: "Legal representative required" },
  "legalRepresentative.given": { fr: "Représentant légal donné", en: "Legal representative given" },
  "practicalTraining.valid": { fr: "Formation pratique conforme", en: "Practical training valid" },
  practicalTrainingStart: { fr: "Début de la formation pratique", en: "Practical training start" },
  latestStart: { fr: "Début au plus tard", en: "Latest start" },
};

/** Fields whose numbers are euros. */
const MONEY = new Set([
  "baseMonthly",
  "monthlyMinimum",
  "hourlyMinimum",
  "smic.hourly",
  "smic.monthly",
  "smicHourly",
  "minimumHourlyRate",
  "hourlyRate",
  "total",
  "amount",
  "smoothedMonthly",
  "hourly",
  "monthly",
  "exemptAmount",
  "subjectAmount",
  "exemptHourlyRate",
  "exemptTotal",
  "subjectTotal",
  "netMonthlyMinimum",
  "totals.gross",
  "totals.net",
  "gross",
  "net",
  "exemptionCeiling",
  "base",
  "employeeContributions",
  "csgCrds",
  "netBeforeIncomeTax",
  "taxableNet",
  "limit",
  "exempt",
  "taxable",
  "monthlyCeiling",
  "maximumDeduction",
  "shortfall",
]);

/**
 * Label of a (dotted) field in the requested language: the label of the longest end of its path that
 * has one (`sections.dates.windows.start.earliest` → `windows.start.earliest`); unknown fields keep
 * their name.
 *
 * @example
 * labelOf("monthlyMinimum", "fr"); //=> "Minimum mensuel"
 * labelOf("sections.tutor.valid", "fr"); //=> "Tuteur conforme"
 */
export function labelOf(field: string, locale: Locale): string {
  const parts = field.split(".");
  for (let start = 0; start < parts.length; start += 1) {
    const label = LABELS[parts.slice(start).join(".")];
    if (label !== undefined) return label[locale];
  }
  return field;
}

/**
 * Whether a (dotted) field holds an amount in euros.
 *
 * @example
 * isMoney("periods.monthlyMinimum"); //=> true
 */
export function isMoney(field: string): boolean {
  return MONEY.has(field) || MONEY.has(field.split(".").at(-1) ?? "");
}

/**
 * The CSV header of a (dotted) field: in French, its French label as one lower-case word without
 * accents, as `batch` names its columns (`debut_au_plus_tot`); in English, and for fields without a
 * French label, the API's name.
 *
 * @example
 * csvHeaderOf("monthlyMinimum", "fr"); //=> "minimum_mensuel"
 * csvHeaderOf("windows.start.earliest", "fr"); //=> "debut_au_plus_tot"
 * csvHeaderOf("monthlyMinimum", "en"); //=> "monthlyMinimum"
 */
export function csvHeaderOf(field: string, locale: Locale): string {
  const label = locale === "fr" ? labelOf(field, "fr") : field;
  if (label === field) return field;
  return normalizeWord(label)
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}
