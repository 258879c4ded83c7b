/**
 * Training-time rules of apprenticeship (L6211-2) and of the professionalisation contract (L6325-13,
 * L6325-14), each declared once: results, docs and tests read them here.
 */
import type { IsoDate } from "../core/dates.js";
import { defineRule, type RuleDeclaration } from "../core/explain.js";
import { formatNumber } from "../core/format.js";

const hoursFr = (hours: number) => `${formatNumber(hours, "fr")} h`;
const hoursEn = (hours: number) => `${formatNumber(hours, "en")} h`;

/** Duration of the contract in months: whole calendar months plus a remainder of days. */
export const contractDuration = /* @__PURE__ */ defineRule<{
  contractStart: IsoDate;
  contractEnd: IsoDate;
  months: number;
  days: number;
  daysInPartialMonth: number;
}>({
  id: "training-hours.duration",
  legalBasis: ["C. trav. art. L6211-2", "C. trav. art. L6325-13"],
  title: {
    fr: "Durée totale du contrat en mois : mois civils entiers, plus les jours restants en fraction du mois où ils tombent",
    en: "Total duration of the contract in months: whole calendar months, plus the remaining days as a fraction of their month",
  },
  message: {
    fr: (v) =>
      `Durée du contrat du ${v.contractStart} au ${v.contractEnd} inclus : ${v.months} mois` +
      (v.days === 0 ? "" : ` et ${v.days} jour${v.days > 1 ? "s" : ""} (${v.days}/${v.daysInPartialMonth} de mois)`),
    en: (v) =>
      `Contract from ${v.contractStart} to ${v.contractEnd} inclusive: ${v.months} month${v.months === 1 ? "" : "s"}` +
      (v.days === 0 ? "" : ` and ${v.days} day${v.days === 1 ? "" : "s"} (${v.days}/${v.daysInPartialMonth} of a month)`),
  },
});

/** Working time of the contract in hours: 1 607 h per 12 months (OPCO practice, UNCONFIRMED), or given. */
export const contractWorkingHours = /* @__PURE__ */ defineRule<{ annualHours: number | null; contractHours: number; given: boolean }>({
  id: "training-hours.contract-hours",
  legalBasis: ["C. trav. art. L3121-41"],
  title: {
    fr: "Durée du travail du contrat : 1 607 h par an, proratisée sur la durée (pratique des OPCO, base non confirmée par un texte), ou durée fournie",
    en: "Working time of the contract: 1,607 h a year, prorated to the duration (OPCO practice, basis not confirmed by a text), or as given",
  },
  message: {
    fr: (v) =>
      v.given
        ? `Durée du travail du contrat fournie : ${hoursFr(v.contractHours)}`
        : `Durée du travail du contrat : ${hoursFr(v.annualHours ?? 0)} par an × durée en mois / 12 = ${hoursFr(v.contractHours)} (base annuelle : pratique des OPCO, non confirmée)`,
    en: (v) =>
      v.given
        ? `Working time of the contract as given: ${hoursEn(v.contractHours)}`
        : `Working time of the contract: ${hoursEn(v.annualHours ?? 0)} a year × months / 12 = ${hoursEn(v.contractHours)} (annual basis: OPCO practice, unconfirmed)`,
  },
});

/** Apprenticeship: at least 25 % of the contract's total duration in training (L6211-2). */
export const apprenticeshipTrainingMinimum = /* @__PURE__ */ defineRule<{ percent: number; contractHours: number; minimumHours: number; trainingHours?: number }>({
  id: "training-hours.apprenticeship.minimum",
  code: "TRAINING_BELOW_MINIMUM",
  legalBasis: ["C. trav. art. L6211-2"],
  title: {
    fr: "Apprentissage : formation d'au moins 25 % de la durée totale du contrat",
    en: "Apprenticeship: training of at least 25 % of the contract's total duration",
  },
  message: {
    fr: (v) =>
      v.trainingHours === undefined
        ? `Minimum de formation : ${v.percent} % × ${hoursFr(v.contractHours)} = ${hoursFr(v.minimumHours)}`
        : `Formation de ${hoursFr(v.trainingHours)}, inférieure au minimum de ${hoursFr(v.minimumHours)} (${v.percent} % de ${hoursFr(v.contractHours)})`,
    en: (v) =>
      v.trainingHours === undefined
        ? `Minimum training: ${v.percent} % × ${hoursEn(v.contractHours)} = ${hoursEn(v.minimumHours)}`
        : `Training of ${hoursEn(v.trainingHours)}, below the minimum of ${hoursEn(v.minimumHours)} (${v.percent} % of ${hoursEn(v.contractHours)})`,
  },
});

/** CPRO: at least 15 % of the total duration, and never less than 150 h (L6325-13). */
export const professionalisationTrainingMinimum = /* @__PURE__ */ defineRule<{
  percent: number;
  floorHours: number;
  contractHours: number;
  minimumHours: number;
  trainingHours?: number;
}>({
  id: "training-hours.professionalisation.minimum",
  code: "TRAINING_BELOW_MINIMUM",
  legalBasis: ["C. trav. art. L6325-13"],
  title: {
    fr: "Contrat de professionnalisation : formation d'au moins 15 % de la durée totale, sans être inférieure à 150 heures",
    en: "Professionalisation contract: training of at least 15 % of the total duration, and not less than 150 hours",
  },
  message: {
    fr: (v) =>
      v.trainingHours === undefined
        ? `Minimum de formation : le plus grand de ${v.percent} % × ${hoursFr(v.contractHours)} et ${hoursFr(v.floorHours)} = ${hoursFr(v.minimumHours)}`
        : `Formation de ${hoursFr(v.trainingHours)}, inférieure au minimum de ${hoursFr(v.minimumHours)} (${v.percent} % de ${hoursFr(v.contractHours)}, au moins ${hoursFr(v.floorHours)})`,
    en: (v) =>
      v.trainingHours === undefined
        ? `Minimum training: the larger of ${v.percent} % × ${hoursEn(v.contractHours)} and ${hoursEn(v.floorHours)} = ${hoursEn(v.minimumHours)}`
        : `Training of ${hoursEn(v.trainingHours)}, below the minimum of ${hoursEn(v.minimumHours)} (${v.percent} % of ${hoursEn(v.contractHours)}, at least ${hoursEn(v.floorHours)})`,
  },
});

/** CPRO: at most 25 % of the total duration, unless an agreement allows more (L6325-13, L6325-14). */
export const professionalisationTrainingMaximum = /* @__PURE__ */ defineRule<{
  percent: number;
  contractHours: number;
  maximumHours: number | null;
  trainingHours?: number;
}>({
  id: "training-hours.professionalisation.maximum",
  code: "TRAINING_ABOVE_MAXIMUM",
  legalBasis: ["C. trav. art. L6325-13", "C. trav. art. L6325-14"],
  title: {
    fr: "Contrat de professionnalisation : formation d'au plus 25 % de la durée totale, sauf accord de branche ou interprofessionnel (L6325-14)",
    en: "Professionalisation contract: training of at most 25 % of the total duration, unless a branch or cross-industry agreement allows more (L6325-14)",
  },
  message: {
    fr: (v) =>
      v.maximumHours === null
        ? `Pas de maximum : au-delà de ${v.percent} % permis par accord (L6325-14)`
        : v.trainingHours === undefined
          ? `Maximum de formation : ${v.percent} % × ${hoursFr(v.contractHours)} = ${hoursFr(v.maximumHours)} (davantage seulement par accord, L6325-14)`
          : `Formation de ${hoursFr(v.trainingHours)}, supérieure au maximum de ${hoursFr(v.maximumHours)} (${v.percent} % de ${hoursFr(v.contractHours)}) ; davantage n'est possible que par accord (L6325-14)`,
    en: (v) =>
      v.maximumHours === null
        ? `No maximum: more than ${v.percent} % allowed by agreement (L6325-14)`
        : v.trainingHours === undefined
          ? `Maximum training: ${v.percent} % × ${hoursEn(v.contractHours)} = ${hoursEn(v.maximumHours)} (more only by agreement, L6325-14)`
          : `Training of ${hoursEn(v.trainingHours)}, above the maximum of ${hoursEn(v.maximumHours)} (${v.percent} % of ${hoursEn(v.contractHours)}); more needs an agreement (L6325-14)`,
  },
});

/** Warning: on a very short CPRO the 150 h floor exceeds the 25 % maximum, so no training time fits both. */
export const professionalisationFloorAboveMaximum = /* @__PURE__ */ defineRule<{ floorHours: number; percent: number; maximumHours: number; contractHours: number }>({
  id: "training-hours.professionalisation.floor-above-maximum",
  code: "FLOOR_ABOVE_MAXIMUM",
  legalBasis: ["C. trav. art. L6325-13", "C. trav. art. L6325-14"],
  title: {
    fr: "Le plancher de 150 heures dépasse le maximum de 25 % (contrat très court)",
    en: "The 150-hour floor exceeds the 25 % maximum (very short contract)",
  },
  message: {
    fr: (v) =>
      `Le plancher de ${hoursFr(v.floorHours)} dépasse le maximum de ${hoursFr(v.maximumHours)} (${v.percent} % de ${hoursFr(v.contractHours)}) : ` +
      `aucune durée de formation ne respecte les deux sans accord permettant de dépasser ${v.percent} % (L6325-14)`,
    en: (v) =>
      `The ${hoursEn(v.floorHours)} floor exceeds the ${hoursEn(v.maximumHours)} maximum (${v.percent} % of ${hoursEn(v.contractHours)}): ` +
      `no training time meets both unless an agreement allows more than ${v.percent} % (L6325-14)`,
  },
});

/** Values of the step that compares the planned training time with the bounds. */
export interface PlannedTrainingValues extends Record<string, unknown> {
  trainingHours: number;
  minimumHours: number;
  maximumHours: number | null;
  valid: boolean;
}

function plannedMessage(locale: "fr" | "en") {
  return (v: PlannedTrainingValues): string => {
    const hours = locale === "fr" ? hoursFr : hoursEn;
    const range =
      v.maximumHours === null
        ? `${locale === "fr" ? "au moins" : "at least"} ${hours(v.minimumHours)}`
        : `${locale === "fr" ? "entre" : "between"} ${hours(v.minimumHours)} ${locale === "fr" ? "et" : "and"} ${hours(v.maximumHours)}`;
    return locale === "fr"
      ? `Formation prévue : ${hours(v.trainingHours)} ; exigé : ${range} : ${v.valid ? "conforme" : "non conforme"}`
      : `Planned training: ${hours(v.trainingHours)}; required: ${range}: ${v.valid ? "compliant" : "not compliant"}`;
  };
}

/** Apprenticeship: the planned training time against the minimum (L6211-2). */
export const apprenticeshipPlannedTraining = /* @__PURE__ */ defineRule<PlannedTrainingValues>({
  id: "training-hours.apprenticeship.planned",
  legalBasis: ["C. trav. art. L6211-2"],
  title: { fr: "Apprentissage : formation prévue comparée au minimum", en: "Apprenticeship: planned training against the minimum" },
  message: { fr: plannedMessage("fr"), en: plannedMessage("en") },
});

/** CPRO: the planned training time against the minimum and maximum (L6325-13, L6325-14). */
export const professionalisationPlannedTraining = /* @__PURE__ */ defineRule<PlannedTrainingValues>({
  id: "training-hours.professionalisation.planned",
  legalBasis: ["C. trav. art. L6325-13", "C. trav. art. L6325-14"],
  title: {
    fr: "Contrat de professionnalisation : formation prévue comparée au minimum et au maximum",
    en: "Professionalisation contract: planned training against the minimum and maximum",
  },
  message: { fr: plannedMessage("fr"), en: plannedMessage("en") },
});

/**
 * Every training-hours rule, for the generated rules reference (docs/rules.md).
 *
 * @example
 * trainingHoursRules.map((rule) => rule.code).includes("TRAINING_BELOW_MINIMUM"); //=> true
 */
export const trainingHoursRules: readonly RuleDeclaration<never>[] = /* @__PURE__ */ Object.freeze([
  contractDuration,
  contractWorkingHours,
  apprenticeshipTrainingMinimum,
  professionalisationTrainingMinimum,
  professionalisationTrainingMaximum,
  professionalisationFloorAboveMaximum,
  apprenticeshipPlannedTraining,
  professionalisationPlannedTraining,
]);
