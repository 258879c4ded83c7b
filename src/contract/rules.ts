/**
 * The rules of the whole-contract checks (the checks the official forms make on top of the modules),
 * each declared once: results, the generated docs/rules.md and the tests read these declarations.
 */
import type { IsoDate } from "../core/dates.js";
import { defineRule, type RuleDeclaration } from "../core/explain.js";
import { formatEuros, formatNumber } from "../core/format.js";

const yearsFr = (value: number) => `${formatNumber(value, "fr")} an${value >= 2 ? "s" : ""}`;
const yearsEn = (value: number) => `${value} year${value === 1 ? "" : "s"}`;
const hoursFr = (value: number) => `${formatNumber(value, "fr")} h`;
const hoursEn = (value: number) => `${value} h`;

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------

/** Values of a section's summary step. */
export type SectionValues = {
  section: string;
  checked: boolean;
  valid: boolean;
  codes: string[];
};

const SECTION_LABELS: Readonly<Record<string, { fr: string; en: string }>> = {
  eligibility: { fr: "Éligibilité", en: "Eligibility" },
  dates: { fr: "Dates du contrat", en: "Contract dates" },
  registration: { fr: "Transmission du contrat", en: "Registration of the contract" },
  pay: { fr: "Rémunération convenue", en: "Agreed pay" },
  trainingHours: { fr: "Heures de formation", en: "Training hours" },
  tutor: { fr: "Tuteur", en: "Tutor" },
  workingTime: { fr: "Durée du travail", en: "Working time" },
  legalRepresentative: { fr: "Représentant légal", en: "Legal representative" },
  practicalTraining: { fr: "Formation pratique", en: "Practical training" },
};

const sectionLabel = (section: string, locale: "fr" | "en") => SECTION_LABELS[section]?.[locale] ?? section;

/**
 * One line per section of a whole-contract check: met, not met (with the codes), or not checked.
 *
 * @example
 * contractSection.id; //=> "contract.section"
 */
export const contractSection = /* @__PURE__ */ defineRule<SectionValues>({
  id: "contract.section",
  legalBasis: [],
  title: { fr: "Résumé d'une partie du contrat", en: "Summary of one part of the contract" },
  message: {
    fr: (v) =>
      `${sectionLabel(v.section, "fr")} : ${!v.checked ? "non vérifié (données non fournies)" : v.valid ? "conforme" : `non conforme (${v.codes.join(", ")})`}`,
    en: (v) => `${sectionLabel(v.section, "en")}: ${!v.checked ? "not checked (no data given)" : v.valid ? "met" : `not met (${v.codes.join(", ")})`}`,
  },
});

/**
 * The registration section of the summary: the last day to send the contract (D6224-1, D6325-1).
 *
 * @example
 * contractRegistration.id; //=> "contract.registration"
 */
export const contractRegistration = /* @__PURE__ */ defineRule<{ deadline: IsoDate }>({
  id: "contract.registration",
  legalBasis: ["C. trav. art. D6224-1", "C. trav. art. D6325-1"],
  title: { fr: "Date limite de transmission du contrat", en: "Deadline to send the contract" },
  message: {
    fr: (v) => `Transmission du contrat : au plus tard le ${v.deadline}`,
    en: (v) => `Registration of the contract: by ${v.deadline} at the latest`,
  },
});

// ---------------------------------------------------------------------------------------------
// Tutor
// ---------------------------------------------------------------------------------------------

/** Values of the tutor-age rule. */
export type TutorAgeValues = { birthDate: IsoDate; contractStart: IsoDate; ageAtStart: number; minimumAge: number; met: boolean };

/**
 * The maître d'apprentissage is of age (18) on the first day of the contract.
 *
 * @example
 * apprenticeshipTutorAge.code; //=> "TUTOR_BELOW_MINIMUM_AGE"
 */
export const apprenticeshipTutorAge = /* @__PURE__ */ defineRule<TutorAgeValues>({
  id: "contract.apprenticeship.tutor.age",
  code: "TUTOR_BELOW_MINIMUM_AGE",
  legalBasis: ["C. trav. art. L6223-8-1"],
  title: { fr: "Le maître d'apprentissage est majeur (18 ans au moins) au début du contrat", en: "The apprenticeship tutor is of age (at least 18) at the start of the contract" },
  message: {
    fr: (v) =>
      v.met
        ? `Maître d'apprentissage : ${yearsFr(v.ageAtStart)} au début du contrat (${v.contractStart}), au moins ${v.minimumAge} exigés : condition remplie`
        : `Le maître d'apprentissage a ${yearsFr(v.ageAtStart)} au début du contrat (${v.contractStart}) : il doit être majeur (${v.minimumAge} ans au moins)`,
    en: (v) =>
      v.met
        ? `Apprenticeship tutor: ${v.ageAtStart} at the start of the contract (${v.contractStart}), at least ${v.minimumAge} required: met`
        : `The apprenticeship tutor is ${v.ageAtStart} at the start of the contract (${v.contractStart}): a tutor must be of age (at least ${v.minimumAge})`,
  },
});

/** Values of the tutor-experience rules. */
export type TutorExperienceValues = {
  experienceYears: number;
  requiredYears: number;
  /** Apprenticeship: the tutor's diploma level, when given; `null` otherwise. */
  tutorDiplomaLevel: number | null;
  /** Apprenticeship: the level prepared; `null` for a CPRO. */
  preparedLevel: number | null;
  /** Apprenticeship: whether the tutor's diploma is of the prepared level or above (so 1 year suffices). */
  diplomaCounts: boolean;
  met: boolean;
};

/**
 * Apprenticeship tutor's competence: 2 years of related activity, or a diploma in the same field of the
 * prepared level or above plus 1 year (internships and apprenticeship periods do not count).
 *
 * @example
 * apprenticeshipTutorExperience.legalBasis; //=> ["C. trav. art. R6223-22"]
 */
export const apprenticeshipTutorExperience = /* @__PURE__ */ defineRule<TutorExperienceValues>({
  id: "contract.apprenticeship.tutor.experience",
  code: "TUTOR_EXPERIENCE_INSUFFICIENT",
  legalBasis: ["C. trav. art. R6223-22"],
  title: {
    fr: "Maître d'apprentissage : 2 ans d'activité en rapport avec la qualification, ou 1 an avec un diplôme du même domaine de niveau au moins égal",
    en: "Apprenticeship tutor: 2 years of related activity, or 1 year with a diploma in the same field of at least the prepared level",
  },
  message: {
    fr: (v) => {
      const diploma =
        v.tutorDiplomaLevel === null
          ? "sans diplôme déclaré"
          : `diplôme de niveau ${v.tutorDiplomaLevel} ${v.diplomaCounts ? "au moins égal" : "inférieur"} au niveau ${v.preparedLevel} préparé`;
      return v.met
        ? `Maître d'apprentissage : ${yearsFr(v.experienceYears)} d'expérience, ${diploma} ; ${yearsFr(v.requiredYears)} exigé${v.requiredYears >= 2 ? "s" : ""} : condition remplie`
        : `Le maître d'apprentissage justifie de ${yearsFr(v.experienceYears)} d'expérience (${diploma}) : il en faut ${yearsFr(v.requiredYears)}`;
    },
    en: (v) => {
      const diploma =
        v.tutorDiplomaLevel === null
          ? "no diploma declared"
          : `a level-${v.tutorDiplomaLevel} diploma, ${v.diplomaCounts ? "at least" : "below"} the prepared level ${v.preparedLevel}`;
      return v.met
        ? `Apprenticeship tutor: ${yearsEn(v.experienceYears)} of experience, ${diploma}; ${yearsEn(v.requiredYears)} required: met`
        : `The apprenticeship tutor has ${yearsEn(v.experienceYears)} of experience (${diploma}): ${yearsEn(v.requiredYears)} are required`;
    },
  },
});

/**
 * CPRO tutor: at least 2 years of experience in a qualification related to the one prepared.
 *
 * @example
 * professionalisationTutorExperience.legalBasis; //=> ["C. trav. art. D6325-6"]
 */
export const professionalisationTutorExperience = /* @__PURE__ */ defineRule<TutorExperienceValues>({
  id: "contract.professionalisation.tutor.experience",
  code: "TUTOR_EXPERIENCE_INSUFFICIENT",
  legalBasis: ["C. trav. art. D6325-6"],
  title: {
    fr: "Tuteur : 2 ans d'expérience professionnelle au moins dans une qualification en rapport avec celle visée",
    en: "Tutor: at least 2 years of experience in a qualification related to the one prepared",
  },
  message: {
    fr: (v) =>
      v.met
        ? `Tuteur : ${yearsFr(v.experienceYears)} d'expérience, ${yearsFr(v.requiredYears)} exigés : condition remplie`
        : `Le tuteur justifie de ${yearsFr(v.experienceYears)} d'expérience : il en faut ${yearsFr(v.requiredYears)} au moins`,
    en: (v) =>
      v.met
        ? `Tutor: ${yearsEn(v.experienceYears)} of experience, ${yearsEn(v.requiredYears)} required: met`
        : `The tutor has ${yearsEn(v.experienceYears)} of experience: at least ${yearsEn(v.requiredYears)} are required`,
  },
});

/** Values of the supervised-count rules. */
export type TutorSupervisedValues = {
  supervised: number;
  maximum: number;
  /** Apprenticeship: the extra apprentice after an exam failure is counted in `maximum`. */
  examFailureExtension: boolean;
  /** CPRO: the employer is the tutor. */
  isEmployer: boolean;
  met: boolean;
};

/**
 * At most 2 apprentices per maître d'apprentissage at once, plus 1 whose training is prolonged after an
 * exam failure.
 *
 * @example
 * apprenticeshipTutorSupervised.code; //=> "TUTOR_TOO_MANY_SUPERVISED"
 */
export const apprenticeshipTutorSupervised = /* @__PURE__ */ defineRule<TutorSupervisedValues>({
  id: "contract.apprenticeship.tutor.supervised",
  code: "TUTOR_TOO_MANY_SUPERVISED",
  legalBasis: ["C. trav. art. R6223-6"],
  title: {
    fr: "Deux apprentis au plus par maître d'apprentissage, plus un apprenti dont la formation est prolongée après un échec à l'examen",
    en: "At most two apprentices per tutor, plus one whose training is prolonged after an exam failure",
  },
  message: {
    fr: (v) =>
      `${v.met ? "Maître d'apprentissage" : "Le maître d'apprentissage"} : ${v.supervised} apprenti${v.supervised > 1 ? "s" : ""} encadré${v.supervised > 1 ? "s" : ""} (ce contrat compris), ${v.maximum} au plus${v.examFailureExtension ? " (dont un apprenti prolongé après un échec à l'examen)" : ""}${v.met ? " : condition remplie" : ""}`,
    en: (v) =>
      `${v.met ? "Apprenticeship tutor" : "The apprenticeship tutor"}: ${v.supervised} apprentice${v.supervised > 1 ? "s" : ""} supervised (this contract included), at most ${v.maximum}${v.examFailureExtension ? " (one of them prolonged after an exam failure)" : ""}${v.met ? ": met" : ""}`,
  },
});

/**
 * A salaried CPRO tutor supervises at most 3 people at once (CPRO, apprentices, périodes de
 * professionnalisation), the employer acting as tutor at most 2.
 *
 * @example
 * professionalisationTutorSupervised.legalBasis; //=> ["C. trav. art. D6325-9"]
 */
export const professionalisationTutorSupervised = /* @__PURE__ */ defineRule<TutorSupervisedValues>({
  id: "contract.professionalisation.tutor.supervised",
  code: "TUTOR_TOO_MANY_SUPERVISED",
  legalBasis: ["C. trav. art. D6325-9"],
  title: {
    fr: "Trois salariés au plus encadrés à la fois par un tuteur salarié, deux par l'employeur tuteur",
    en: "At most three people supervised at once by a salaried tutor, two by an employer acting as tutor",
  },
  message: {
    fr: (v) =>
      `${v.met ? "Tuteur" : "Le tuteur"} (${v.isEmployer ? "l'employeur" : "salarié"}) : ${v.supervised} personne${v.supervised > 1 ? "s" : ""} encadrée${v.supervised > 1 ? "s" : ""} (ce contrat compris), ${v.maximum} au plus${v.met ? " : condition remplie" : ""}`,
    en: (v) =>
      `${v.met ? "Tutor" : "The tutor"} (${v.isEmployer ? "the employer" : "an employee"}): ${v.supervised} ${v.supervised > 1 ? "people" : "person"} supervised (this contract included), at most ${v.maximum}${v.met ? ": met" : ""}`,
  },
});

// ---------------------------------------------------------------------------------------------
// Minors
// ---------------------------------------------------------------------------------------------

/** Values of the legal-representative rules. */
export type LegalRepresentativeValues = { signatureDate: IsoDate; ageAtSignature: number; majorityAge: number; minor: boolean; given: boolean };

const representativeFr = (v: LegalRepresentativeValues) =>
  !v.minor
    ? `${yearsFr(v.ageAtSignature)} à la conclusion du contrat (${v.signatureDate}) : majeur, pas de représentant légal`
    : v.given
      ? `Mineur (${yearsFr(v.ageAtSignature)}) à la conclusion du contrat (${v.signatureDate}) : le représentant légal signe le contrat`
      : `Mineur (${yearsFr(v.ageAtSignature)}) à la conclusion du contrat (${v.signatureDate}) : le contrat doit être signé aussi par son représentant légal (mineur non émancipé)`;
const representativeEn = (v: LegalRepresentativeValues) =>
  !v.minor
    ? `${v.ageAtSignature} at the conclusion of the contract (${v.signatureDate}): of age, no legal representative`
    : v.given
      ? `A minor (${v.ageAtSignature}) at the conclusion of the contract (${v.signatureDate}): the legal representative signs the contract`
      : `A minor (${v.ageAtSignature}) at the conclusion of the contract (${v.signatureDate}): the legal representative must sign the contract too (unemancipated minor)`;

/**
 * An apprentice under 18 at the conclusion of the contract signs it with the legal representative.
 *
 * @example
 * apprenticeshipLegalRepresentative.code; //=> "LEGAL_REPRESENTATIVE_MISSING"
 */
export const apprenticeshipLegalRepresentative = /* @__PURE__ */ defineRule<LegalRepresentativeValues>({
  id: "contract.apprenticeship.legal-representative",
  code: "LEGAL_REPRESENTATIVE_MISSING",
  legalBasis: ["C. trav. art. R6222-2", "C. civ. art. 1146"],
  title: {
    fr: "Apprenti mineur non émancipé : le contrat est signé aussi par son représentant légal",
    en: "Unemancipated minor apprentice: the legal representative signs the contract too",
  },
  message: { fr: representativeFr, en: representativeEn },
});

/**
 * A CPRO employee under 18 at the conclusion of the contract cannot contract alone: the legal
 * representative signs.
 *
 * @example
 * professionalisationLegalRepresentative.legalBasis; //=> ["C. civ. art. 1146"]
 */
export const professionalisationLegalRepresentative = /* @__PURE__ */ defineRule<LegalRepresentativeValues>({
  id: "contract.professionalisation.legal-representative",
  code: "LEGAL_REPRESENTATIVE_MISSING",
  legalBasis: ["C. civ. art. 1146"],
  title: {
    fr: "Salarié mineur non émancipé : le contrat est signé aussi par son représentant légal",
    en: "Unemancipated minor employee: the legal representative signs the contract too",
  },
  message: { fr: representativeFr, en: representativeEn },
});

/** Values of the working-time rules of minors. */
export type MinorHoursValues = {
  hours: number;
  maximum: number;
  minorUntil: IsoDate;
  derogation: "site-activity" | "labour-inspector" | null;
  met: boolean;
};

const derogationFr = (derogation: MinorHoursValues["derogation"]) =>
  derogation === "site-activity" ? " (dérogation des chantiers, R3162-1)" : derogation === "labour-inspector" ? " (dérogation de l'inspecteur du travail)" : "";
const derogationEn = (derogation: MinorHoursValues["derogation"]) =>
  derogation === "site-activity" ? " (building-site derogation, R3162-1)" : derogation === "labour-inspector" ? " (labour inspector's derogation)" : "";

/**
 * A worker under 18 works at most 8 hours a day (10 on building and landscaping sites, R3162-1).
 *
 * @example
 * minorDailyHours.code; //=> "MINOR_DAILY_HOURS_ABOVE_MAXIMUM"
 */
export const minorDailyHours = /* @__PURE__ */ defineRule<MinorHoursValues>({
  id: "contract.minor.daily-hours",
  code: "MINOR_DAILY_HOURS_ABOVE_MAXIMUM",
  legalBasis: ["C. trav. art. L3162-1"],
  title: { fr: "Travailleur de moins de 18 ans : 8 heures par jour au plus", en: "Worker under 18: at most 8 hours a day" },
  message: {
    fr: (v) =>
      v.met
        ? `Durée quotidienne : ${hoursFr(v.hours)}, ${hoursFr(v.maximum)} au plus tant que le salarié est mineur (jusqu'au ${v.minorUntil})${derogationFr(v.derogation)} : conforme`
        : `${hoursFr(v.hours)} par jour : un salarié mineur (jusqu'au ${v.minorUntil}) travaille ${hoursFr(v.maximum)} par jour au plus${derogationFr(v.derogation)}`,
    en: (v) =>
      v.met
        ? `Daily hours: ${hoursEn(v.hours)}, at most ${hoursEn(v.maximum)} while the employee is a minor (until ${v.minorUntil})${derogationEn(v.derogation)}: met`
        : `${hoursEn(v.hours)} a day: a minor (until ${v.minorUntil}) works at most ${hoursEn(v.maximum)} a day${derogationEn(v.derogation)}`,
  },
});

/**
 * A worker under 18 works at most 35 hours a week (40 on building and landscaping sites, R3162-1, or
 * with the labour inspector's derogation of at most 5 hours).
 *
 * @example
 * minorWeeklyHours.code; //=> "MINOR_WEEKLY_HOURS_ABOVE_MAXIMUM"
 */
export const minorWeeklyHours = /* @__PURE__ */ defineRule<MinorHoursValues>({
  id: "contract.minor.weekly-hours",
  code: "MINOR_WEEKLY_HOURS_ABOVE_MAXIMUM",
  legalBasis: ["C. trav. art. L3162-1"],
  title: { fr: "Travailleur de moins de 18 ans : 35 heures par semaine au plus", en: "Worker under 18: at most 35 hours a week" },
  message: {
    fr: (v) =>
      v.met
        ? `Durée hebdomadaire : ${hoursFr(v.hours)}, ${hoursFr(v.maximum)} au plus tant que le salarié est mineur (jusqu'au ${v.minorUntil})${derogationFr(v.derogation)} : conforme`
        : `${hoursFr(v.hours)} par semaine : un salarié mineur (jusqu'au ${v.minorUntil}) travaille ${hoursFr(v.maximum)} par semaine au plus${derogationFr(v.derogation)}`,
    en: (v) =>
      v.met
        ? `Weekly hours: ${hoursEn(v.hours)}, at most ${hoursEn(v.maximum)} while the employee is a minor (until ${v.minorUntil})${derogationEn(v.derogation)}: met`
        : `${hoursEn(v.hours)} a week: a minor (until ${v.minorUntil}) works at most ${hoursEn(v.maximum)} a week${derogationEn(v.derogation)}`,
  },
});

/**
 * An adult at the start of the contract: the working-time limits of minors do not apply.
 *
 * @example
 * minorNotApplicable.id; //=> "contract.minor.not-applicable"
 */
export const minorNotApplicable = /* @__PURE__ */ defineRule<{ ageAtStart: number; majorityAge: number }>({
  id: "contract.minor.not-applicable",
  legalBasis: ["C. trav. art. L3162-1"],
  title: { fr: "Les limites de durée du travail des mineurs ne s'appliquent qu'avant 18 ans", en: "The working-time limits of minors apply only before 18" },
  message: {
    fr: (v) => `${yearsFr(v.ageAtStart)} au début du contrat : les limites de durée du travail des mineurs ne s'appliquent pas`,
    en: (v) => `${v.ageAtStart} at the start of the contract: the working-time limits of minors do not apply`,
  },
});

// ---------------------------------------------------------------------------------------------
// Practical training
// ---------------------------------------------------------------------------------------------

/** Values of the practical-training rule. */
export type PracticalTrainingValues = { contractStart: IsoDate; months: number; latestStart: IsoDate; practicalTrainingStart: IsoDate | null; met: boolean };

/**
 * The practical training in the company starts at the latest 3 months after the start of execution of
 * the contract (the day 3 calendar months later is allowed, clamped to the end of the month).
 *
 * @example
 * practicalTrainingStart.code; //=> "PRACTICAL_TRAINING_START_TOO_LATE"
 */
export const practicalTrainingStart = /* @__PURE__ */ defineRule<PracticalTrainingValues>({
  id: "contract.apprenticeship.practical-training-start",
  code: "PRACTICAL_TRAINING_START_TOO_LATE",
  legalBasis: ["C. trav. art. L6222-12"],
  title: {
    fr: "La formation pratique chez l'employeur commence au plus tard 3 mois après le début d'exécution du contrat",
    en: "The practical training in the company starts at the latest 3 months after the start of the contract",
  },
  message: {
    fr: (v) =>
      v.practicalTrainingStart === null
        ? `Formation pratique chez l'employeur : à commencer le ${v.latestStart} au plus tard (${v.months} mois après le début du contrat, ${v.contractStart}) ; date non fournie`
        : v.met
          ? `Formation pratique chez l'employeur à partir du ${v.practicalTrainingStart}, au plus tard le ${v.latestStart} : conforme`
          : `La formation pratique chez l'employeur commence le ${v.practicalTrainingStart}, après le ${v.latestStart} (${v.months} mois après le début du contrat, ${v.contractStart})`,
    en: (v) =>
      v.practicalTrainingStart === null
        ? `Practical training in the company: to start on ${v.latestStart} at the latest (${v.months} months after the contract start, ${v.contractStart}); date not given`
        : v.met
          ? `Practical training in the company from ${v.practicalTrainingStart}, at the latest ${v.latestStart}: met`
          : `The practical training in the company starts on ${v.practicalTrainingStart}, after ${v.latestStart} (${v.months} months after the contract start, ${v.contractStart})`,
  },
});

// ---------------------------------------------------------------------------------------------
// Agreed pay
// ---------------------------------------------------------------------------------------------

/** Values of the agreed-pay rules: one agreed period against one period of the minimum schedule. */
export type AgreedPayValues = {
  agreedIndex: number;
  agreedFrom: IsoDate;
  agreedTo: IsoDate;
  amount: number;
  from: IsoDate;
  to: IsoDate;
  monthlyMinimum: number;
  met: boolean;
};

const agreedPayFr = (v: AgreedPayValues) =>
  v.met
    ? `Rémunération convenue n° ${v.agreedIndex + 1} (du ${v.agreedFrom} au ${v.agreedTo}) : ${formatEuros(v.amount, "fr")} par mois ; minimum du ${v.from} au ${v.to} : ${formatEuros(v.monthlyMinimum, "fr")} : conforme`
    : `Rémunération convenue n° ${v.agreedIndex + 1} (du ${v.agreedFrom} au ${v.agreedTo}) : ${formatEuros(v.amount, "fr")} par mois, inférieure au minimum de ${formatEuros(v.monthlyMinimum, "fr")} dû du ${v.from} au ${v.to}`;
const agreedPayEn = (v: AgreedPayValues) =>
  v.met
    ? `Agreed pay no. ${v.agreedIndex + 1} (${v.agreedFrom} to ${v.agreedTo}): ${formatEuros(v.amount, "en")} a month; minimum from ${v.from} to ${v.to}: ${formatEuros(v.monthlyMinimum, "en")}: met`
    : `Agreed pay no. ${v.agreedIndex + 1} (${v.agreedFrom} to ${v.agreedTo}): ${formatEuros(v.amount, "en")} a month, below the minimum of ${formatEuros(v.monthlyMinimum, "en")} due from ${v.from} to ${v.to}`;

/**
 * The pay the apprenticeship contract fixes is at least the regulatory minimum, period by period.
 *
 * @example
 * apprenticeshipAgreedPay.code; //=> "PAY_BELOW_MINIMUM"
 */
export const apprenticeshipAgreedPay = /* @__PURE__ */ defineRule<AgreedPayValues>({
  id: "contract.apprenticeship.pay.agreed",
  code: "PAY_BELOW_MINIMUM",
  legalBasis: ["C. trav. art. R6222-4", "C. trav. art. D6222-26"],
  title: {
    fr: "Le salaire fixé par le contrat d'apprentissage n'est pas inférieur au minimum, période par période",
    en: "The pay fixed by the apprenticeship contract is not below the minimum, period by period",
  },
  message: { fr: agreedPayFr, en: agreedPayEn },
});

/**
 * The pay of a CPRO employee is at least the regulatory minimum, period by period.
 *
 * @example
 * professionalisationAgreedPay.code; //=> "PAY_BELOW_MINIMUM"
 */
export const professionalisationAgreedPay = /* @__PURE__ */ defineRule<AgreedPayValues>({
  id: "contract.professionalisation.pay.agreed",
  code: "PAY_BELOW_MINIMUM",
  legalBasis: ["C. trav. art. L6325-8", "C. trav. art. L6325-9", "C. trav. art. D6325-15", "C. trav. art. D6325-18"],
  title: {
    fr: "Le salaire du contrat de professionnalisation n'est pas inférieur au minimum, période par période",
    en: "The pay of the professionalisation contract is not below the minimum, period by period",
  },
  message: { fr: agreedPayFr, en: agreedPayEn },
});

/**
 * Every rule of the whole-contract checks, for the generated rules reference (docs/rules.md).
 *
 * @example
 * contractRules.map((rule) => rule.code).includes("PAY_BELOW_MINIMUM"); //=> true
 */
export const contractRules: readonly RuleDeclaration<never>[] = /* @__PURE__ */ Object.freeze([
  contractSection,
  contractRegistration,
  apprenticeshipTutorAge,
  apprenticeshipTutorExperience,
  apprenticeshipTutorSupervised,
  professionalisationTutorExperience,
  professionalisationTutorSupervised,
  apprenticeshipLegalRepresentative,
  professionalisationLegalRepresentative,
  minorDailyHours,
  minorWeeklyHours,
  minorNotApplicable,
  practicalTrainingStart,
  apprenticeshipAgreedPay,
  professionalisationAgreedPay,
]);
