/**
 * The rules of the employer module — hiring aid (L6243-1, D6243-1, D6243-2 and the décrets of the
 * aide exceptionnelle) and the employer's training participation (L6332-14, R6332-25-1) — each declared
 * once. Results, the generated docs/rules.md and the tests read these declarations.
 */
import type { IsoDate } from "../core/dates.js";
import { defineRule, type RuleDeclaration } from "../core/explain.js";
import { formatEuros, formatNumber } from "../core/format.js";
import type { DiplomaLevel, HiringAidSchemeName } from "../parameters/hiring-aid.js";
import { employeesLabel, schemeLabel } from "./labels.js";

const AID_BASIS = ["C. trav. art. L6243-1", "C. trav. art. D6243-1", "C. trav. art. D6243-2"];
const PARTICIPATION_BASIS = ["C. trav. art. L6332-14", "C. trav. art. R6332-25-1"];

// ---------------------------------------------------------------------------------------------
// Hiring aid: steps
// ---------------------------------------------------------------------------------------------

/** Values of the window step. */
export type AidWindowValues = { signatureDate: IsoDate; since: IsoDate; schemes: HiringAidSchemeName[] };

/** The aids of a contract are those of its conclusion date (every décret speaks of « contrats conclus » from a date). */
export const hiringAidWindow = /* @__PURE__ */ defineRule<AidWindowValues>({
  id: "employer.hiring-aid.window",
  legalBasis: AID_BASIS,
  title: {
    fr: "Les aides d'un contrat sont celles de sa date de conclusion (signature)",
    en: "A contract's aids are those of its conclusion (signature) date",
  },
  message: {
    fr: (v) =>
      `Contrat conclu le ${v.signatureDate} : aides des contrats conclus à partir du ${v.since} (${v.schemes.map((s) => schemeLabel(s, "fr").toLowerCase()).join(", ")})`,
    en: (v) => `Contract concluded on ${v.signatureDate}: aids of contracts concluded from ${v.since} (${v.schemes.map((s) => schemeLabel(s, "en").toLowerCase()).join(", ")})`,
  },
});

/** Values of the first-year step. */
export type FirstYearValues = { contractStart: IsoDate; contractEnd: IsoDate; firstYearEnd: IsoDate; shorterThanAYear: boolean };

/** The aid is for the first year of execution: from the start to the day before its first anniversary. */
export const hiringAidFirstYear = /* @__PURE__ */ defineRule<FirstYearValues>({
  id: "employer.hiring-aid.first-year",
  legalBasis: ["C. trav. art. D6243-2"],
  title: {
    fr: "L'aide porte sur la première année d'exécution du contrat : du début à la veille de son premier anniversaire",
    en: "The aid is for the first year of execution: from the start to the day before its first anniversary",
  },
  message: {
    fr: (v) =>
      `Première année d'exécution : du ${v.contractStart} au ${v.firstYearEnd} ; ` +
      (v.shorterThanAYear ? `le contrat finit avant, le ${v.contractEnd} (contrat de moins d'un an)` : "le contrat la couvre en entier"),
    en: (v) =>
      `First year of execution: ${v.contractStart} to ${v.firstYearEnd}; ` +
      (v.shorterThanAYear ? `the contract ends before, on ${v.contractEnd} (a contract shorter than a year)` : "the contract covers all of it"),
  },
});

/** Values of the scheme step. */
export type AidSchemeValues = {
  scheme: HiringAidSchemeName;
  companyHeadcount: number;
  diplomaLevel: DiplomaLevel;
  overseas: boolean;
  /** `true` when the amount is the one of an apprentice recognised as a disabled worker. */
  disabledWorkerAmount: boolean;
  /** Maximum for the first year; by age for the aide exceptionnelle of 2020–2022. */
  annualAmount: number | { under18: number; from18: number };
  commitmentBy: IsoDate | null;
};

function sizeText(v: AidSchemeValues, locale: "fr" | "en"): string {
  const employees = employeesLabel(v.companyHeadcount, locale);
  if (v.companyHeadcount < 250) return locale === "fr" ? `entreprise de ${employees} (moins de 250)` : `company of ${employees} (under 250)`;
  const by = v.commitmentBy === null ? "" : locale === "fr" ? ` à tenir au ${v.commitmentBy}` : ` to be met by ${v.commitmentBy}`;
  return locale === "fr" ? `entreprise de ${employees} (250 ou plus, avec l'engagement alternance${by})` : `company of ${employees} (250 or more, with the alternance commitment${by})`;
}

function amountText(v: AidSchemeValues, locale: "fr" | "en"): string {
  if (typeof v.annualAmount === "number") {
    return locale === "fr"
      ? `${formatEuros(v.annualAmount, "fr")} au plus pour la première année`
      : `at most ${formatEuros(v.annualAmount, "en")} for the first year`;
  }
  const { under18, from18 } = v.annualAmount;
  return locale === "fr"
    ? `${formatEuros(under18, "fr")} par an au plus avant 18 ans, ${formatEuros(from18, "fr")} à partir de 18 ans, pour la première année`
    : `at most ${formatEuros(under18, "en")} a year under 18 and ${formatEuros(from18, "en")} from 18, for the first year`;
}

/** The scheme the contract qualifies for, and its maximum for the first year. */
export const hiringAidScheme = /* @__PURE__ */ defineRule<AidSchemeValues>({
  id: "employer.hiring-aid.scheme",
  legalBasis: AID_BASIS,
  title: {
    fr: "Aide retenue : le premier régime de la période dont le contrat remplit les conditions (taille, niveau, employeur, début d'exécution), et son montant maximal",
    en: "Aid granted: the first scheme of the window whose conditions the contract meets (size, level, employer, start of execution), and its maximum",
  },
  message: {
    fr: (v) =>
      `${schemeLabel(v.scheme, "fr")} : ${sizeText(v, "fr")}, diplôme de niveau ${v.diplomaLevel}${v.overseas ? " (outre-mer)" : ""}` +
      `${v.disabledWorkerAmount ? ", apprenti reconnu travailleur handicapé" : ""} : ${amountText(v, "fr")}`,
    en: (v) =>
      `${schemeLabel(v.scheme, "en")}: ${sizeText(v, "en")}, diploma of level ${v.diplomaLevel}${v.overseas ? " (overseas)" : ""}` +
      `${v.disabledWorkerAmount ? ", apprentice recognised as a disabled worker" : ""}: ${amountText(v, "en")}`,
  },
});

/** Values of the age step (aide exceptionnelle of 2020–2022). */
export type AidAgeValues = { birthDate: IsoDate; contractStart: IsoDate; ageAtStart: number; eighteenOn: IsoDate; from18Since: IsoDate };

/** 2020-07-01 → 2022-12-31: the adult amount from the first day of the month after the 18th birthday. */
export const hiringAidAge = /* @__PURE__ */ defineRule<AidAgeValues>({
  id: "employer.hiring-aid.age",
  legalBasis: ["Décret n° 2020-1085 du 24 août 2020"],
  title: {
    fr: "Aide exceptionnelle 2020–2022 : montant des 18 ans et plus dès le début pour un apprenti majeur, sinon à partir du premier jour du mois suivant ses 18 ans",
    en: "Aide exceptionnelle 2020–2022: the amount for 18 and over from the start for an adult apprentice, else from the first day of the month after the 18th birthday",
  },
  message: {
    fr: (v) =>
      v.ageAtStart >= 18
        ? `${v.ageAtStart} ans au début du contrat (${v.contractStart}) : montant des 18 ans et plus dès le premier mois`
        : `${v.ageAtStart} ans au début du contrat ; 18 ans le ${v.eighteenOn} : montant des 18 ans et plus à partir du ${v.from18Since}`,
    en: (v) =>
      v.ageAtStart >= 18
        ? `${v.ageAtStart} at the start of the contract (${v.contractStart}): the amount for 18 and over from the first month`
        : `${v.ageAtStart} at the start of the contract; 18 on ${v.eighteenOn}: the amount for 18 and over from ${v.from18Since}`,
  },
});

/** One month paid pro rata of its days. */
export type ProratedMonth = { month: string; days: number; daysInMonth: number };

/** Values of the monthly step. */
export type AidMonthlyValues = {
  firstMonth: string;
  lastMonth: string;
  months: number;
  prorated: ProratedMonth[];
  firstMonthNotProrated: boolean;
  cappedAtTwelveMonths: boolean;
  amount: number;
};

function proratedText(list: ProratedMonth[], locale: "fr" | "en"): string {
  return list.map((p) => `${p.month} (${p.days}/${p.daysInMonth})`).join(locale === "fr" ? " et " : " and ");
}

/**
 * The aid is paid month by month: 1/12 of the yearly maximum per calendar month the contract covers in
 * its first year; from 2025-11-01 the first and last months of a contract shorter than a year pro rata
 * of the days covered (décret n° 2025-1031); at most twelve full months.
 */
export const hiringAidMonthly = /* @__PURE__ */ defineRule<AidMonthlyValues>({
  id: "employer.hiring-aid.monthly",
  legalBasis: ["C. trav. art. D6243-2 III et IV", "C. trav. art. D6243-4"],
  title: {
    fr: "Versement mensuel : 1/12 du montant annuel par mois civil couvert la première année ; à partir du 2025-11-01, premier et dernier mois d'un contrat de moins d'un an au prorata des jours couverts",
    en: "Monthly payment: 1/12 of the yearly amount per calendar month covered in the first year; from 2025-11-01, first and last months of a contract shorter than a year pro rata of the days covered",
  },
  message: {
    fr: (v) =>
      `Versement de 1/12 du montant annuel par mois civil, de ${v.firstMonth} à ${v.lastMonth} (${v.months} mois)` +
      (v.prorated.length > 0 ? `, au prorata des jours couverts pour ${proratedText(v.prorated, "fr")} (contrat de moins d'un an, décret n° 2025-1031)` : "") +
      (v.firstMonthNotProrated ? ", premier mois dû en entier (contrat conclu avant le 2025-11-01)" : "") +
      (v.cappedAtTwelveMonths ? ", douze mensualités au plus" : "") +
      ` : ${formatEuros(v.amount, "fr")} au total`,
    en: (v) =>
      `1/12 of the yearly amount per calendar month, ${v.firstMonth} to ${v.lastMonth} (${v.months} month${v.months === 1 ? "" : "s"})` +
      (v.prorated.length > 0 ? `, pro rata of the days covered for ${proratedText(v.prorated, "en")} (contract shorter than a year, décret n° 2025-1031)` : "") +
      (v.firstMonthNotProrated ? ", first month due in full (contract concluded before 2025-11-01)" : "") +
      (v.cappedAtTwelveMonths ? ", twelve monthly payments at most" : "") +
      `: ${formatEuros(v.amount, "en")} in all`,
  },
});

/** No aid: no scheme of the window is met (the violations say why). */
export const hiringAidNone = /* @__PURE__ */ defineRule<{ signatureDate: IsoDate }>({
  id: "employer.hiring-aid.none",
  legalBasis: AID_BASIS,
  title: {
    fr: "Pas d'aide quand le contrat ne remplit les conditions d'aucun régime de sa période",
    en: "No aid when the contract meets the conditions of no scheme of its window",
  },
  message: {
    fr: (v) => `Aucune aide pour ce contrat conclu le ${v.signatureDate} : voir les conditions non remplies`,
    en: (v) => `No aid for this contract concluded on ${v.signatureDate}: see the conditions not met`,
  },
});

// ---------------------------------------------------------------------------------------------
// Hiring aid: conditions (violations) and warnings
// ---------------------------------------------------------------------------------------------

/** The aide unique is not for public employers (L6227-12 excludes L6243-1 from the public sector). */
export const publicEmployerNoAideUnique = /* @__PURE__ */ defineRule<Record<string, never>>({
  id: "employer.hiring-aid.public-employer.aide-unique",
  code: "PUBLIC_EMPLOYER_NO_AIDE_UNIQUE",
  legalBasis: ["C. trav. art. L6227-12", "C. trav. art. L6243-1"],
  title: {
    fr: "Aide unique : les employeurs publics (secteur public non industriel et commercial) en sont exclus",
    en: "Aide unique: public employers (non-industrial, non-commercial public sector) are excluded",
  },
});

/** Reading taken: a public employer gets no aide exceptionnelle (the décrets do not say; docs/employer.md). */
export const publicEmployerExceptionalAid = /* @__PURE__ */ defineRule<Record<string, never>>({
  id: "employer.hiring-aid.public-employer.aide-exceptionnelle",
  code: "PUBLIC_EMPLOYER_EXCEPTIONAL_AID",
  legalBasis: ["Décrets de l'aide exceptionnelle (n° 2020-1085, 2022-1714, 2025-174, 2026-168)"],
  title: {
    fr: "Aide exceptionnelle : lecture retenue, un employeur public n'y a pas droit (non confirmé)",
    en: "Aide exceptionnelle: reading taken, a public employer is not entitled to it (unconfirmed)",
  },
  message: {
    fr: "Aide exceptionnelle : lecture retenue, un employeur public n'y a pas droit (voir l'avertissement PUBLIC_EMPLOYER_AID_UNCONFIRMED)",
    en: "Aide exceptionnelle: reading taken, a public employer is not entitled to it (see the warning PUBLIC_EMPLOYER_AID_UNCONFIRMED)",
  },
});

/** The aide unique is for companies of fewer than 250 employees (headcount of CSS L130-1 I, L6243-1-1). */
export const companyTooLarge = /* @__PURE__ */ defineRule<{ companyHeadcount: number }>({
  id: "employer.hiring-aid.company-size",
  code: "COMPANY_TOO_LARGE",
  legalBasis: ["C. trav. art. L6243-1", "C. trav. art. L6243-1-1", "C. trav. art. D6243-1"],
  title: {
    fr: "Aide unique : entreprises de moins de 250 salariés (effectif de l'art. L130-1 du code de la sécurité sociale)",
    en: "Aide unique: companies of fewer than 250 employees (headcount of CSS art. L130-1)",
  },
  message: {
    fr: (v) => `Aide unique : réservée aux entreprises de moins de 250 salariés ; effectif : ${formatNumber(v.companyHeadcount, "fr")}`,
    en: (v) => `Aide unique: only for companies of fewer than 250 employees; headcount: ${formatNumber(v.companyHeadcount, "en")}`,
  },
});

/** The aide exceptionnelle of a company of 250 or more needs its alternance commitment. */
export const largeCompanyCommitmentMissing = /* @__PURE__ */ defineRule<{ companyHeadcount: number; commitmentBy: IsoDate | null }>({
  id: "employer.hiring-aid.large-company-commitment",
  code: "LARGE_COMPANY_COMMITMENT_MISSING",
  legalBasis: ["Décrets de l'aide exceptionnelle (n° 2020-1085, 2022-1714, 2025-174, 2026-168)"],
  title: {
    fr: "Aide exceptionnelle : une entreprise de 250 salariés ou plus doit s'engager sur une part d'alternants dans son effectif",
    en: "Aide exceptionnelle: a company of 250 or more must commit to a share of work-study employees in its workforce",
  },
  message: {
    fr: (v) =>
      `Aide exceptionnelle : une entreprise de ${employeesLabel(v.companyHeadcount, "fr")} doit s'engager à atteindre une part d'alternants dans son effectif` +
      `${v.commitmentBy === null ? "" : ` au ${v.commitmentBy}`} ; engagement non déclaré (largeCompanyCommitment)`,
    en: (v) =>
      `Aide exceptionnelle: a company of ${employeesLabel(v.companyHeadcount, "en")} must commit to a share of work-study employees in its workforce` +
      `${v.commitmentBy === null ? "" : ` by ${v.commitmentBy}`}; no commitment declared (largeCompanyCommitment)`,
  },
});

/** The diploma prepared is above the highest level the scheme covers. */
export const diplomaLevelAboveMaximum = /* @__PURE__ */ defineRule<{
  scheme: HiringAidSchemeName;
  diplomaLevel: DiplomaLevel;
  maximumLevel: DiplomaLevel;
  overseas: boolean;
}>({
  id: "employer.hiring-aid.diploma-level",
  code: "DIPLOMA_LEVEL_ABOVE_MAXIMUM",
  legalBasis: ["C. trav. art. L6243-1", "C. trav. art. L6522-4"],
  title: {
    fr: "Le diplôme préparé ne dépasse pas le niveau le plus élevé couvert par l'aide (aide unique : bac, niveau 5 outre-mer ; aide exceptionnelle : niveau 7)",
    en: "The diploma prepared is not above the highest level the aid covers (aide unique: bac, level 5 overseas; aide exceptionnelle: level 7)",
  },
  message: {
    fr: (v) =>
      `${schemeLabel(v.scheme, "fr")} : diplôme de niveau ${v.diplomaLevel}, au-delà du niveau ${v.maximumLevel}${v.overseas ? " (outre-mer)" : ""}, le plus élevé couvert`,
    en: (v) =>
      `${schemeLabel(v.scheme, "en")}: diploma of level ${v.diplomaLevel}, above level ${v.maximumLevel}${v.overseas ? " (overseas)" : ""}, the highest covered`,
  },
});

/** Décret n° 2026-168: the aide exceptionnelle is for contracts whose execution starts before 2027-01-01. */
export const exceptionalAidEnded = /* @__PURE__ */ defineRule<{ contractStart: IsoDate; executionStartBefore: IsoDate }>({
  id: "employer.hiring-aid.execution-start",
  code: "EXCEPTIONAL_AID_ENDED",
  legalBasis: ["Décret n° 2026-168 du 6 mars 2026"],
  title: {
    fr: "Aide exceptionnelle 2026 : contrats dont l'exécution débute avant le 2027-01-01",
    en: "Aide exceptionnelle 2026: contracts whose execution starts before 2027-01-01",
  },
  message: {
    fr: (v) =>
      `Aide exceptionnelle : réservée aux contrats dont l'exécution débute avant le ${v.executionStartBefore} ; début le ${v.contractStart} (aucun décret pour la suite connu)`,
    en: (v) =>
      `Aide exceptionnelle: only for contracts whose execution starts before ${v.executionStartBefore}; starts on ${v.contractStart} (no later décret known)`,
  },
});

/** Warning: whether a public employer may get the aide exceptionnelle is not settled; the stricter reading is taken. */
export const publicEmployerAidUnconfirmed = /* @__PURE__ */ defineRule<Record<string, never>>({
  id: "employer.hiring-aid.public-employer.unconfirmed",
  code: "PUBLIC_EMPLOYER_AID_UNCONFIRMED",
  legalBasis: ["C. trav. art. L6227-12"],
  title: {
    fr: "Employeur public et aide exceptionnelle : non tranché par les textes lus ; lecture retenue : pas d'aide",
    en: "Public employer and aide exceptionnelle: not settled by the texts read; reading taken: no aid",
  },
  message: {
    fr:
      "Employeur public : les décrets de l'aide exceptionnelle ne disent pas s'il y a droit. Lecture retenue : non (l'aide unique lui est fermée par L6227-12, " +
      "les décrets visent des « entreprises » et leur effectif, et des aides distinctes ont été créées pour les collectivités) ; " +
      "la page du ministère du Travail indique « Tous les employeurs » : à vérifier auprès de l'ASP",
    en:
      "Public employer: the décrets of the aide exceptionnelle do not say whether it is entitled. Reading taken: no (L6227-12 closes the aide unique to it, " +
      "the décrets speak of « entreprises » and their headcount, and separate aids were created for local authorities); " +
      "the Ministry of Labour's page says « Tous les employeurs »: check with the ASP",
  },
});

// ---------------------------------------------------------------------------------------------
// Training participation
// ---------------------------------------------------------------------------------------------

/** No participation for contracts concluded before 2025-07-01 (décret n° 2025-585). */
export const participationNotInForce = /* @__PURE__ */ defineRule<{ signatureDate: IsoDate; since: IsoDate }>({
  id: "employer.training-contribution.not-in-force",
  legalBasis: ["C. trav. art. R6332-25-1", "Décret n° 2025-585 du 27 juin 2025, art. 2"],
  title: {
    fr: "Pas de participation de l'employeur pour un contrat conclu avant le 2025-07-01",
    en: "No employer participation for a contract concluded before 2025-07-01",
  },
  message: {
    fr: (v) => `Contrat conclu le ${v.signatureDate}, avant le ${v.since} : pas de participation de l'employeur`,
    en: (v) => `Contract concluded on ${v.signatureDate}, before ${v.since}: no employer participation`,
  },
});

/** The employer participates only for a diploma or title of level 6 or above (L6332-14 I 1°). */
export const participationLevel = /* @__PURE__ */ defineRule<{ diplomaLevel: DiplomaLevel; minimumLevel: DiplomaLevel }>({
  id: "employer.training-contribution.level",
  legalBasis: ["C. trav. art. L6332-14 I 1°", "C. trav. art. R6332-25-1"],
  title: {
    fr: "Participation seulement pour un diplôme ou titre équivalant au moins au niveau 6",
    en: "Participation only for a diploma or title of at least level 6",
  },
  message: {
    fr: (v) => `Diplôme de niveau ${v.diplomaLevel}, en dessous du niveau ${v.minimumLevel} : pas de participation de l'employeur`,
    en: (v) => `Diploma of level ${v.diplomaLevel}, below level ${v.minimumLevel}: no employer participation`,
  },
});

/** 750 € per contract for a diploma of level 6 or above, whatever its duration (R6332-25-1 al. 1). */
export const participationFlat = /* @__PURE__ */ defineRule<{ diplomaLevel: DiplomaLevel; amount: number }>({
  id: "employer.training-contribution.flat",
  legalBasis: PARTICIPATION_BASIS,
  title: {
    fr: "Diplôme de niveau 6 ou plus : participation forfaitaire de 750 € par contrat, quelle que soit sa durée",
    en: "Diploma of level 6 or above: flat participation of €750 per contract, whatever its duration",
  },
  message: {
    fr: (v) => `Diplôme de niveau ${v.diplomaLevel} (au moins 6) : participation forfaitaire de ${formatEuros(v.amount, "fr")} pour le contrat, quelle que soit sa durée`,
    en: (v) => `Diploma of level ${v.diplomaLevel} (6 or above): flat participation of ${formatEuros(v.amount, "en")} for the contract, whatever its duration`,
  },
});

/** 200 € for a new contract with another employer after a rupture, under L6222-18-2 (R6332-25-1 al. 3). */
export const participationAfterRupture = /* @__PURE__ */ defineRule<{ amount: number }>({
  id: "employer.training-contribution.after-rupture",
  legalBasis: [...PARTICIPATION_BASIS, "C. trav. art. L6222-18-2"],
  title: {
    fr: "Nouveau contrat avec un autre employeur après une rupture (L6222-18-2) : participation de 200 €",
    en: "New contract with another employer after a rupture (L6222-18-2): participation of €200",
  },
  message: {
    fr: (v) => `Nouveau contrat conclu avec un autre employeur après une rupture (L6222-18-2) : participation de ${formatEuros(v.amount, "fr")}`,
    en: (v) => `New contract with another employer after a rupture (L6222-18-2): participation of ${formatEuros(v.amount, "en")}`,
  },
});

/** Values of the trial-period rupture step. */
export type TrialRuptureValues = { percent: number; fundingLevel: number; daysPerformed: number; daysPerYear: number; cap: number; amount: number };

/** Rupture during the 45 days of L6222-18: 50 % of the funding level pro rata of the days performed, at most 750 €. */
export const participationTrialPeriodRupture = /* @__PURE__ */ defineRule<TrialRuptureValues>({
  id: "employer.training-contribution.trial-period-rupture",
  legalBasis: [...PARTICIPATION_BASIS, "C. trav. art. L6222-18"],
  title: {
    fr: "Rupture pendant les 45 premiers jours (L6222-18) : 50 % du niveau de prise en charge au prorata des jours effectués, au plus 750 €",
    en: "Rupture during the first 45 days (L6222-18): 50 % of the funding level pro rata of the days performed, at most €750",
  },
  message: {
    fr: (v) =>
      `Rupture pendant la période des 45 jours : ${v.percent} % × ${formatEuros(v.fundingLevel, "fr")} × ${v.daysPerformed} / ${v.daysPerYear} jours, ` +
      `au plus ${formatEuros(v.cap, "fr")} = ${formatEuros(v.amount, "fr")}`,
    en: (v) =>
      `Rupture during the 45-day period: ${v.percent} % × ${formatEuros(v.fundingLevel, "en")} × ${v.daysPerformed} / ${v.daysPerYear} days, ` +
      `at most ${formatEuros(v.cap, "en")} = ${formatEuros(v.amount, "en")}`,
  },
});

/** Warning: R6332-25-1 al. 2 gives no denominator for its pro rata; 365 days is the reading taken. */
export const participationProrataUnconfirmed = /* @__PURE__ */ defineRule<{ daysPerYear: number }>({
  id: "employer.training-contribution.prorata-unconfirmed",
  code: "PARTICIPATION_PRORATA_UNCONFIRMED",
  legalBasis: ["C. trav. art. R6332-25-1"],
  title: {
    fr: "Rupture pendant les 45 jours : le texte ne dit pas sur combien de jours se fait le prorata ; 365 retenu (non confirmé)",
    en: "Rupture during the 45 days: the text does not say over how many days the pro rata runs; 365 taken (unconfirmed)",
  },
  message: {
    fr: (v) =>
      `Le texte retient le niveau de prise en charge « au prorata temporis du nombre de jours effectués » sans dire de quelle durée : ` +
      `lecture retenue, le niveau annuel divisé par ${v.daysPerYear} jours (non confirmé)`,
    en: (v) =>
      `The text takes the funding level « au prorata temporis du nombre de jours effectués » without saying of which period: ` +
      `reading taken, the annual level divided by ${v.daysPerYear} days (unconfirmed)`,
  },
});

/** Public employers: not funded by an OPCO, so the participation of L6332-14 is not applied (reading taken, unconfirmed). */
export const participationPublicEmployer = /* @__PURE__ */ defineRule<Record<string, never>>({
  id: "employer.training-contribution.public-employer",
  code: "PUBLIC_EMPLOYER_PARTICIPATION_UNCONFIRMED",
  legalBasis: ["C. trav. art. L6332-14", "C. trav. art. L6227-12"],
  title: {
    fr: "Employeur public : la participation, minoration de la prise en charge par l'OPCO, n'est pas appliquée (lecture retenue, non confirmée)",
    en: "Public employer: the participation, a reduction of the OPCO's funding, is not applied (reading taken, unconfirmed)",
  },
  message: {
    fr:
      "Employeur public : la participation de R6332-25-1 minore la prise en charge du contrat par l'OPCO (L6332-14), qui ne finance pas les apprentis " +
      "du secteur public (fonds propres, CNFPT pour les collectivités) ; lecture retenue : 0 € (non confirmé)",
    en:
      "Public employer: the participation of R6332-25-1 reduces the OPCO's funding of the contract (L6332-14), and OPCOs do not fund public-sector " +
      "apprentices (own funds, CNFPT for local authorities); reading taken: €0 (unconfirmed)",
  },
});

/**
 * Every rule of the employer module, for the generated rules reference (docs/rules.md).
 *
 * @example
 * employerRules.map((rule) => rule.code).includes("DIPLOMA_LEVEL_ABOVE_MAXIMUM"); //=> true
 */
export const employerRules: readonly RuleDeclaration<never>[] = /* @__PURE__ */ Object.freeze([
  hiringAidWindow,
  hiringAidFirstYear,
  hiringAidScheme,
  hiringAidAge,
  hiringAidMonthly,
  hiringAidNone,
  publicEmployerNoAideUnique,
  publicEmployerExceptionalAid,
  companyTooLarge,
  largeCompanyCommitmentMissing,
  diplomaLevelAboveMaximum,
  exceptionalAidEnded,
  publicEmployerAidUnconfirmed,
  participationNotInForce,
  participationLevel,
  participationFlat,
  participationAfterRupture,
  participationTrialPeriodRupture,
  participationProrataUnconfirmed,
  participationPublicEmployer,
]);
