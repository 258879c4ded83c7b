/**
 * Every rule of the contract-dates module, declared once: ids, stable codes, legal bases and wording.
 * Violations built from a policy bound carry the bound's own `legalBasis` (an article of law for
 * `policies.legal`, the school's document for a school policy); the bases below are the typical ones,
 * for the generated rules reference.
 */
import type { IsoDate } from "../core/dates.js";
import { defineRule, type Locale, type RuleDeclaration, type RuleText } from "../core/explain.js";
import { formatDate } from "./format-date.js";

/** A window bound as shown in steps and violations. */
export interface BoundValues {
  /** The bound's date. */
  date: IsoDate;
  /** Months from the anchor: negative before it, positive after it. */
  months: number;
  /** The training date the bound is counted from. */
  anchor: "trainingStart" | "trainingEnd";
  /** Whether the law or the school policy sets this bound (the stricter one wins; the law on a tie). */
  source: "law" | "policy";
}

const ANCHOR = { trainingStart: { fr: "DDF", en: "training start" }, trainingEnd: { fr: "DFF", en: "training end" } } as const;

/** `01/06/2025 (DDF − 3 mois, loi)` / `2025-06-01 (training start − 3 months, law)`. */
function describeBound(bound: BoundValues, policyName: string, locale: Locale): string {
  const anchor = ANCHOR[bound.anchor][locale];
  const sign = bound.months < 0 ? " − " : " + ";
  const unit = locale === "fr" ? "mois" : Math.abs(bound.months) === 1 ? "month" : "months";
  const offset = bound.months === 0 ? anchor : `${anchor}${sign}${Math.abs(bound.months)} ${unit}`;
  const source = bound.source === "law" ? (locale === "fr" ? "loi" : "law") : policyName;
  return `${formatDate(bound.date, locale)} (${offset}, ${source})`;
}

/** `loi` / `the law`, or the policy's name. */
function policyLabel(name: string | undefined, locale: Locale): string {
  return name ?? (locale === "fr" ? "politique fournie" : "given policy");
}

/** Values of a window step. */
export interface WindowValues extends Record<string, unknown> {
  earliest: BoundValues | null;
  latest: BoundValues | null;
  policy: string | undefined;
}

function windowMessage(what: { fr: string; en: string }): RuleText<WindowValues> {
  const render = (v: WindowValues, locale: Locale): string => {
    const name = policyLabel(v.policy, locale);
    const side = (bound: BoundValues | null, which: "earliest" | "latest"): string => {
      if (locale === "fr") {
        const word = which === "earliest" ? "au plus tôt" : "au plus tard";
        return bound ? `${word} le ${describeBound(bound, name, "fr")}` : `pas de date ${word}`;
      }
      return bound ? `${which} ${describeBound(bound, name, "en")}` : `no ${which} date`;
    };
    return locale === "fr"
      ? `${what.fr} : ${side(v.earliest, "earliest")} ; ${side(v.latest, "latest")}`
      : `${what.en}: ${side(v.earliest, "earliest")}; ${side(v.latest, "latest")}`;
  };
  return { fr: (v) => render(v, "fr"), en: (v) => render(v, "en") };
}

/** Step: which policy applies, and that the law applies with it. */
export const policyApplied = /* @__PURE__ */ defineRule<{ policy: string | undefined; combinedWithLaw: boolean }>({
  id: "dates.policy",
  legalBasis: ["C. trav. art. L6222-7-1", "C. trav. art. L6222-12", "C. trav. art. L6325-11"],
  title: {
    fr: "Les règles de dates d'une école s'appliquent en plus de la loi (la plus stricte l'emporte)",
    en: "A school's date rules apply on top of the law (the stricter one wins)",
  },
  message: {
    fr: (v) =>
      v.combinedWithLaw
        ? `Politique « ${policyLabel(v.policy, "fr")} », appliquée avec les règles légales : pour chaque borne, la plus stricte s'applique`
        : "Règles légales seules (policies.legal)",
    en: (v) =>
      v.combinedWithLaw
        ? `Policy "${policyLabel(v.policy, "en")}", applied together with the legal rules: for each bound, the stricter one applies`
        : "Legal rules only (policies.legal)",
  },
});

/** Step: the start window. */
export const startWindow = /* @__PURE__ */ defineRule<WindowValues>({
  id: "dates.start.window",
  legalBasis: ["C. trav. art. L6222-12", "C. trav. art. L6222-12-1"],
  title: {
    fr: "Début du contrat dans la fenêtre autour du début de formation (DDF)",
    en: "Contract start within the window around the training start",
  },
  message: windowMessage({ fr: "Début du contrat", en: "Contract start" }),
});

/** Step: the end window. */
export const endWindow = /* @__PURE__ */ defineRule<WindowValues>({
  id: "dates.end.window",
  legalBasis: ["Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5"],
  title: {
    fr: "Fin du contrat dans la fenêtre autour de la fin de formation (DFF), si la politique en fixe une (la loi n'en fixe pas)",
    en: "Contract end within the window around the training end, when the policy sets one (the law sets none)",
  },
  message: windowMessage({ fr: "Fin du contrat", en: "Contract end" }),
});

/** Values of a start or end position violation. */
export interface PositionValues {
  date: IsoDate;
  bound: BoundValues;
  policy: string | undefined;
}

/** Violation: the contract starts before the earliest start. */
export const startBeforeEarliest = /* @__PURE__ */ defineRule<PositionValues>({
  id: "dates.start.earliest",
  code: "START_BEFORE_EARLIEST",
  legalBasis: ["C. trav. art. L6222-12", "C. trav. art. L6222-12-1"],
  title: { fr: "Le contrat ne commence pas avant le début au plus tôt", en: "The contract does not start before the earliest start" },
  message: {
    fr: (v) => `Le contrat commence le ${formatDate(v.date, "fr")}, avant le début au plus tôt : ${describeBound(v.bound, policyLabel(v.policy, "fr"), "fr")}`,
    en: (v) => `The contract starts on ${v.date}, before the earliest start: ${describeBound(v.bound, policyLabel(v.policy, "en"), "en")}`,
  },
});

/** Violation: the contract starts after the latest start. */
export const startAfterLatest = /* @__PURE__ */ defineRule<PositionValues>({
  id: "dates.start.latest",
  code: "START_AFTER_LATEST",
  legalBasis: ["C. trav. art. L6222-12", "C. trav. art. L6222-12-1"],
  title: { fr: "Le contrat ne commence pas après le début au plus tard", en: "The contract does not start after the latest start" },
  message: {
    fr: (v) => `Le contrat commence le ${formatDate(v.date, "fr")}, après le début au plus tard : ${describeBound(v.bound, policyLabel(v.policy, "fr"), "fr")}`,
    en: (v) => `The contract starts on ${v.date}, after the latest start: ${describeBound(v.bound, policyLabel(v.policy, "en"), "en")}`,
  },
});

/** Violation: the contract ends before the earliest end. */
export const endBeforeEarliest = /* @__PURE__ */ defineRule<PositionValues>({
  id: "dates.end.earliest",
  code: "END_BEFORE_EARLIEST",
  legalBasis: ["Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5"],
  title: { fr: "Le contrat ne finit pas avant la fin au plus tôt", en: "The contract does not end before the earliest end" },
  message: {
    fr: (v) => `Le contrat finit le ${formatDate(v.date, "fr")}, avant la fin au plus tôt : ${describeBound(v.bound, policyLabel(v.policy, "fr"), "fr")}`,
    en: (v) => `The contract ends on ${v.date}, before the earliest end: ${describeBound(v.bound, policyLabel(v.policy, "en"), "en")}`,
  },
});

/** Violation: the contract ends after the latest end. */
export const endAfterLatest = /* @__PURE__ */ defineRule<PositionValues>({
  id: "dates.end.latest",
  code: "END_AFTER_LATEST",
  legalBasis: ["Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5"],
  title: { fr: "Le contrat ne finit pas après la fin au plus tard", en: "The contract does not end after the latest end" },
  message: {
    fr: (v) => `Le contrat finit le ${formatDate(v.date, "fr")}, après la fin au plus tard : ${describeBound(v.bound, policyLabel(v.policy, "fr"), "fr")}`,
    en: (v) => `The contract ends on ${v.date}, after the latest end: ${describeBound(v.bound, policyLabel(v.policy, "en"), "en")}`,
  },
});

/** Violation: the contract ends before it starts. */
export const endBeforeStart = /* @__PURE__ */ defineRule<{ contractStart: IsoDate; contractEnd: IsoDate }>({
  id: "dates.end.after-start",
  code: "END_BEFORE_START",
  legalBasis: ["C. trav. art. L6222-7-1", "C. trav. art. L6325-11"],
  title: { fr: "La fin du contrat n'est pas avant son début", en: "The contract does not end before it starts" },
  message: {
    fr: (v) => `Le contrat finit le ${formatDate(v.contractEnd, "fr")}, avant son début le ${formatDate(v.contractStart, "fr")}`,
    en: (v) => `The contract ends on ${v.contractEnd}, before it starts on ${v.contractStart}`,
  },
});

/** Violation: the contract is signed after it starts. */
export const signatureAfterStart = /* @__PURE__ */ defineRule<{ signatureDate: IsoDate; contractStart: IsoDate }>({
  id: "dates.signature.before-start",
  code: "SIGNATURE_AFTER_START",
  legalBasis: ["C. trav. art. L6222-7", "C. trav. art. L6325-5", "C. éduc. art. L124-1"],
  title: {
    fr: "Le contrat écrit (ou la convention de stage) est signé au plus tard le jour de son début",
    en: "The written contract (or internship convention) is signed no later than the day it starts",
  },
  message: {
    fr: (v) => `Signé le ${formatDate(v.signatureDate, "fr")}, après le début du contrat le ${formatDate(v.contractStart, "fr")}`,
    en: (v) => `Signed on ${v.signatureDate}, after the contract starts on ${v.contractStart}`,
  },
});

/** Values of the duration step. */
export interface DurationValues extends Record<string, unknown> {
  /** Whole months and remaining days from start to end, both included. */
  duration: { months: number; days: number } | null;
  minimum: { months: number; source: "law" | "policy"; earliestEnd: IsoDate } | null;
  maximum: { months: number; source: "law" | "policy"; latestEnd: IsoDate; extendedBy: string | null } | null;
  policy: string | undefined;
}

function durationText(locale: Locale) {
  return (v: DurationValues): string => {
    const name = policyLabel(v.policy, locale);
    const src = (source: "law" | "policy") => (source === "law" ? (locale === "fr" ? "loi" : "law") : name);
    const none = locale === "fr" ? "sans limite" : "no limit";
    const minimum = v.minimum
      ? locale === "fr"
        ? `${v.minimum.months} mois, soit une fin au plus tôt le ${formatDate(v.minimum.earliestEnd, "fr")} (${src(v.minimum.source)})`
        : `${v.minimum.months} months, i.e. ending on ${v.minimum.earliestEnd} at the earliest (${src(v.minimum.source)})`
      : none;
    const maximum = v.maximum
      ? locale === "fr"
        ? `${v.maximum.months} mois${v.maximum.extendedBy ? ` (${v.maximum.extendedBy})` : ""}, soit une fin au plus tard le ${formatDate(v.maximum.latestEnd, "fr")} (${src(v.maximum.source)})`
        : `${v.maximum.months} months${v.maximum.extendedBy ? ` (${v.maximum.extendedBy})` : ""}, i.e. ending on ${v.maximum.latestEnd} at the latest (${src(v.maximum.source)})`
      : none;
    const length = v.duration
      ? locale === "fr"
        ? `${v.duration.months} mois et ${v.duration.days} jour(s)`
        : `${v.duration.months} months and ${v.duration.days} day(s)`
      : "—";
    return locale === "fr"
      ? `Durée du contrat : ${length} ; minimum ${minimum} ; maximum ${maximum} (N mois = jusqu'à la veille du même jour N mois plus tard)`
      : `Contract duration: ${length}; minimum ${minimum}; maximum ${maximum} (N months = up to the day before the same day N months later)`;
  };
}

/** Step: the duration bounds. */
export const durationBounds = /* @__PURE__ */ defineRule<DurationValues>({
  id: "dates.duration",
  legalBasis: ["C. trav. art. L6222-7-1", "C. trav. art. R6222-46", "C. trav. art. R6222-60", "C. trav. art. L6325-11", "C. trav. art. L6325-12"],
  title: {
    fr: "Durée du contrat dans les limites de la loi et de la politique (apprentissage 6 mois à 3 ans, 4 ans par exception ; CPRO 6 à 12 mois, 24 ou 36 par exception)",
    en: "Contract duration within the limits of the law and the policy (apprenticeship 6 months to 3 years, 4 by exception; CPRO 6 to 12 months, 24 or 36 by exception)",
  },
  message: { fr: durationText("fr"), en: durationText("en") },
});

/** Values of a duration violation. */
export interface DurationViolationValues {
  months: number;
  contractEnd: IsoDate;
  limitEnd: IsoDate;
}

/** Violation: the contract is shorter than the minimum. */
export const durationTooShort = /* @__PURE__ */ defineRule<DurationViolationValues>({
  id: "dates.duration.minimum",
  code: "DURATION_TOO_SHORT",
  legalBasis: ["C. trav. art. L6222-7-1", "C. trav. art. L6325-11"],
  title: { fr: "Le contrat dure au moins la durée minimale", en: "The contract lasts at least the minimum duration" },
  message: {
    fr: (v) => `Le contrat finit le ${formatDate(v.contractEnd, "fr")} : il dure moins de ${v.months} mois (fin au plus tôt le ${formatDate(v.limitEnd, "fr")})`,
    en: (v) => `The contract ends on ${v.contractEnd}: it lasts less than ${v.months} months (earliest end ${v.limitEnd})`,
  },
});

/** Violation: the contract is longer than the maximum. */
export const durationTooLong = /* @__PURE__ */ defineRule<DurationViolationValues>({
  id: "dates.duration.maximum",
  code: "DURATION_TOO_LONG",
  legalBasis: ["C. trav. art. L6222-7-1", "C. trav. art. R6222-46", "C. trav. art. R6222-60", "C. trav. art. L6325-11", "C. trav. art. L6325-12"],
  title: { fr: "Le contrat ne dépasse pas la durée maximale", en: "The contract does not exceed the maximum duration" },
  message: {
    fr: (v) => `Le contrat finit le ${formatDate(v.contractEnd, "fr")} : il dure plus de ${v.months} mois (fin au plus tard le ${formatDate(v.limitEnd, "fr")})`,
    en: (v) => `The contract ends on ${v.contractEnd}: it lasts more than ${v.months} months (latest end ${v.limitEnd})`,
  },
});

/** Warning: the `extendedDuration` flag does not apply to this contract type. */
export const extendedDurationNotApplicable = /* @__PURE__ */ defineRule<{ flag: string; contract: string }>({
  id: "dates.duration.extension-not-applicable",
  code: "EXTENDED_DURATION_NOT_APPLICABLE",
  legalBasis: ["C. trav. art. R6222-46", "C. trav. art. R6222-60", "C. trav. art. L6325-11", "C. trav. art. L6325-12"],
  title: {
    fr: "L'allongement de durée demandé ne vaut pas pour ce type de contrat",
    en: "The requested duration extension does not apply to this contract type",
  },
  message: {
    fr: (v) => `« ${v.flag} » n'allonge pas la durée maximale d'un contrat « ${v.contract} » : la durée maximale ordinaire est vérifiée`,
    en: (v) => `"${v.flag}" does not extend the maximum duration of a "${v.contract}" contract: the ordinary maximum is checked`,
  },
});

/** Values of the validation-timing rules. */
export interface TimingValues extends Record<string, unknown> {
  days: number;
  date: IsoDate;
  limit: IsoDate;
  contractStart: IsoDate;
}

/** Violation: the contract starts too soon after the mission's validation. */
export const startTooSoonAfterValidation = /* @__PURE__ */ defineRule<TimingValues>({
  id: "dates.validation.days-before-start",
  code: "START_TOO_SOON_AFTER_VALIDATION",
  legalBasis: ["Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5"],
  title: {
    fr: "Le contrat commence au moins N jours (calendaires) après la validation de la mission (politique de l'école)",
    en: "The contract starts at least N calendar days after the mission is validated (school policy)",
  },
  message: {
    fr: (v) =>
      `Mission validée le ${formatDate(v.date, "fr")} : le contrat peut commencer le ${formatDate(v.limit, "fr")} au plus tôt (${v.days} jours après), pas le ${formatDate(v.contractStart, "fr")}`,
    en: (v) => `Mission validated on ${v.date}: the contract may start on ${v.limit} at the earliest (${v.days} days later), not on ${v.contractStart}`,
  },
});

/** Violation: the mission's validation was requested too late before the start. */
export const validationRequestedTooLate = /* @__PURE__ */ defineRule<TimingValues>({
  id: "dates.validation.request-working-days",
  code: "VALIDATION_REQUESTED_TOO_LATE",
  legalBasis: ["Guide de l'alternance MIAGE Aix-Marseille 2025/2026, §3.3"],
  title: {
    fr: "La validation de la mission est demandée au moins N jours ouvrables avant le début du contrat (politique de l'école)",
    en: "The mission's validation is requested at least N jours ouvrables before the contract starts (school policy)",
  },
  message: {
    fr: (v) =>
      `Validation demandée le ${formatDate(v.date, "fr")} : pour un début le ${formatDate(v.contractStart, "fr")}, il fallait la demander au plus tard le ${formatDate(v.limit, "fr")} (${v.days} jours ouvrables avant)`,
    en: (v) => `Validation requested on ${v.date}: for a start on ${v.contractStart}, it had to be requested by ${v.limit} (${v.days} jours ouvrables before)`,
  },
});

/** Step: a validation-timing rule was checked and is met. */
export const validationTimingMet = /* @__PURE__ */ defineRule<{ rule: "days-after-validation" | "working-days-before-start"; days: number; limit: IsoDate }>({
  id: "dates.validation.timing",
  legalBasis: ["Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5 et §3.3"],
  title: { fr: "Délais de validation de la mission (politique de l'école)", en: "Mission validation timing (school policy)" },
  message: {
    fr: (v) =>
      v.rule === "days-after-validation"
        ? `Début au moins ${v.days} jours après la validation : au plus tôt le ${formatDate(v.limit, "fr")}, respecté`
        : `Demande de validation au moins ${v.days} jours ouvrables avant le début : au plus tard le ${formatDate(v.limit, "fr")}, respecté`,
    en: (v) =>
      v.rule === "days-after-validation"
        ? `Start at least ${v.days} days after validation: ${v.limit} at the earliest, met`
        : `Validation requested at least ${v.days} jours ouvrables before the start: by ${v.limit}, met`,
  },
});

/** Warning: a validation date was given but the policy sets no rule for it. */
export const timingRuleNotSet = /* @__PURE__ */ defineRule<{ field: string }>({
  id: "dates.validation.not-set",
  code: "TIMING_RULE_NOT_SET",
  legalBasis: [],
  title: {
    fr: "Date de validation fournie, mais la politique ne fixe aucun délai : non vérifiée",
    en: "Validation date given, but the policy sets no timing rule: not checked",
  },
  message: {
    fr: (v) => `${v.field} n'est pas vérifié : la politique ne fixe pas de délai correspondant (la loi n'en fixe pas)`,
    en: (v) => `${v.field} is not checked: the policy sets no matching timing rule (the law sets none)`,
  },
});

/** Step and rule: the apprenticeship contract is sent to the OPCO within 5 jours ouvrables after its start. */
export const apprenticeshipRegistration = /* @__PURE__ */ defineRule<{ contractStart: IsoDate; days: number; deadline: IsoDate }>({
  id: "dates.registration.apprenticeship",
  legalBasis: ["C. trav. art. D6224-1"],
  title: {
    fr: "Contrat d'apprentissage transmis à l'OPCO au plus tard dans les 5 jours ouvrables qui suivent le début de son exécution",
    en: "Apprenticeship contract sent to the OPCO within 5 jours ouvrables (Monday to Saturday, public holidays excluded) after it starts",
  },
  message: {
    fr: (v) =>
      `Début le ${formatDate(v.contractStart, "fr")} : transmission à l'OPCO au plus tard le ${formatDate(v.deadline, "fr")} (${v.days} jours ouvrables, dimanches et jours fériés exclus)`,
    en: (v) => `Start on ${v.contractStart}: send to the OPCO by ${v.deadline} (${v.days} jours ouvrables, Sundays and public holidays excluded)`,
  },
});

/** Step and rule: the CPRO is sent to the OPCO within 5 days after its start. */
export const professionalisationRegistration = /* @__PURE__ */ defineRule<{ contractStart: IsoDate; days: number; deadline: IsoDate }>({
  id: "dates.registration.professionalisation",
  legalBasis: ["C. trav. art. D6325-1"],
  title: {
    fr: "Contrat de professionnalisation transmis à l'OPCO au plus tard dans les 5 jours (calendaires) qui suivent son début",
    en: "Professionalisation contract sent to the OPCO within 5 (calendar) days after it starts",
  },
  message: {
    fr: (v) => `Début le ${formatDate(v.contractStart, "fr")} : transmission à l'OPCO au plus tard le ${formatDate(v.deadline, "fr")} (${v.days} jours calendaires)`,
    en: (v) => `Start on ${v.contractStart}: send to the OPCO by ${v.deadline} (${v.days} calendar days)`,
  },
});

/** Warning: the deadline's text in force at the contract start was not read; today's rule is applied. */
export const deadlineTextNotRead = /* @__PURE__ */ defineRule<{ contractStart: IsoDate; since: IsoDate }>({
  id: "dates.registration.text-not-read",
  code: "DEADLINE_TEXT_NOT_READ",
  legalBasis: ["C. trav. art. D6224-1", "C. trav. art. D6325-1"],
  title: {
    fr: "Délai de transmission calculé avec le texte actuel : la version en vigueur au début du contrat n'a pas été lue",
    en: "Sending deadline computed with the current text: the version in force at the contract start was not read",
  },
  message: {
    fr: (v) =>
      `Début le ${formatDate(v.contractStart, "fr")}, avant le ${formatDate(v.since, "fr")} (date de la version lue du texte) : le délai actuel est appliqué, sans garantie qu'il était le même`,
    en: (v) => `Start on ${v.contractStart}, before ${v.since} (date of the version of the text that was read): the current deadline is applied, with no guarantee it was the same`,
  },
});

/** Step and rule: the end of the 45-day free-termination period of an apprenticeship. */
export const trialPeriod = /* @__PURE__ */ defineRule<{
  contractStart: IsoDate;
  days: number;
  lastDay: IsoDate;
  companyWeekdays: string[];
  skipped: { publicHolidays: number; trainingDates: number; absences: number };
}>({
  id: "dates.trial-period.apprenticeship",
  legalBasis: ["C. trav. art. L6222-18"],
  title: {
    fr: "Rupture libre pendant les 45 premiers jours, consécutifs ou non, de formation pratique en entreprise",
    en: "Free termination during the first 45 days, consecutive or not, of practical training in the company",
  },
  message: {
    fr: (v) =>
      `Début le ${formatDate(v.contractStart, "fr")}, jours en entreprise ${v.companyWeekdays.join(", ")} : le ${v.days}e jour en entreprise est le ${formatDate(v.lastDay, "fr")} (non comptés : ${v.skipped.publicHolidays} jour(s) férié(s), ${v.skipped.trainingDates} jour(s) de formation, ${v.skipped.absences} absence(s))`,
    en: (v) =>
      `Start on ${v.contractStart}, company days ${v.companyWeekdays.join(", ")}: the ${v.days}th day in the company is ${v.lastDay} (not counted: ${v.skipped.publicHolidays} public holiday(s), ${v.skipped.trainingDates} training day(s), ${v.skipped.absences} absence(s))`,
  },
});

/**
 * Every rule of the contract-dates module, for the generated rules reference (docs/rules.md).
 *
 * @example
 * datesRules.map((rule) => rule.code).filter(Boolean).includes("START_BEFORE_EARLIEST"); //=> true
 */
export const datesRules: readonly RuleDeclaration<never>[] = /* @__PURE__ */ Object.freeze([
  policyApplied,
  startWindow,
  endWindow,
  startBeforeEarliest,
  startAfterLatest,
  endBeforeEarliest,
  endAfterLatest,
  endBeforeStart,
  signatureAfterStart,
  durationBounds,
  durationTooShort,
  durationTooLong,
  extendedDurationNotApplicable,
  startTooSoonAfterValidation,
  validationRequestedTooLate,
  validationTimingMet,
  timingRuleNotSet,
  apprenticeshipRegistration,
  professionalisationRegistration,
  deadlineTextNotRead,
  trialPeriod,
]);
