/**
 * The steps of `recommendArrangement`, declared once. A school's advice is its own rule, not the law's:
 * these steps cite the preset's `source` (e.g. the MIAGE guide) as their basis, except the warning on
 * the legal age exceptions (L6222-2).
 */
import type { IsoDate } from "../core/dates.js";
import { defineRule, type RuleDeclaration } from "../core/explain.js";
import { formatNumber } from "../core/format.js";
import type { LocalizedText } from "./preset.js";

const hours = (value: number | null, locale: "fr" | "en") => (value === null ? "?" : `${formatNumber(value, locale)} h`);

/** The programme and its hour volumes. */
export const programmeStep = /* @__PURE__ */ defineRule<{
  programme: string;
  name: LocalizedText;
  workStudy: "none" | "optional" | "mandatory";
  trainingHours: number | null;
  teachingHours: number | null;
  contractMonths: number | null;
}>({
  id: "programmes.programme",
  legalBasis: [],
  title: { fr: "Formation, volumes horaires et durée du contrat", en: "Programme, hour volumes and contract length" },
  message: {
    fr: (v) =>
      `${v.name.fr} : ${hours(v.trainingHours, "fr")} de formation dont ${hours(v.teachingHours, "fr")} d'enseignements ; alternance ` +
      { none: "non proposée", optional: "facultative", mandatory: "obligatoire" }[v.workStudy] +
      (v.contractMonths === null ? "" : ` ; contrat de ${v.contractMonths} mois`),
    en: (v) =>
      `${v.name.en}: ${hours(v.trainingHours, "en")} of training including ${hours(v.teachingHours, "en")} of teaching; work-study ` +
      { none: "not offered", optional: "optional", mandatory: "mandatory" }[v.workStudy] +
      (v.contractMonths === null ? "" : `; ${v.contractMonths}-month contract`),
  },
});

/** Age on the first day of the contract, as the advice uses it. */
export const ageAtStartStep = /* @__PURE__ */ defineRule<{ birthDate: IsoDate; contractStart: IsoDate; ageAtStart: number }>({
  id: "programmes.age-at-start",
  legalBasis: [],
  title: { fr: "Âge au jour de démarrage du contrat", en: "Age on the first day of the contract" },
  message: {
    fr: (v) => `Âge au jour de démarrage du contrat (${v.contractStart}) : ${v.ageAtStart} ans`,
    en: (v) => `Age on the first day of the contract (${v.contractStart}): ${v.ageAtStart}`,
  },
});

/** The advice that applies, and the arrangement it gives. */
export const adviceStep = /* @__PURE__ */ defineRule<{ advice: string; arrangement: string; reason: LocalizedText; alternatives: string[] }>({
  id: "programmes.advice",
  legalBasis: [],
  title: { fr: "Conseil de l'établissement : premier cas qui s'applique", en: "School's advice: the first case that applies" },
  message: {
    fr: (v) => `${v.reason.fr} → ${v.arrangement}${v.alternatives.length > 0 ? ` (ou ${v.alternatives.join(", ")})` : ""}`,
    en: (v) => `${v.reason.en} → ${v.arrangement}${v.alternatives.length > 0 ? ` (or ${v.alternatives.join(", ")})` : ""}`,
  },
});

/** An advice that applies but whose arrangement the programme does not accept: skipped. */
export const adviceNotOfferedStep = /* @__PURE__ */ defineRule<{ advice: string; arrangement: string; programme: string }>({
  id: "programmes.advice.not-offered",
  legalBasis: [],
  title: { fr: "Conseil écarté : couple non proposé par la formation", en: "Advice skipped: arrangement not offered by the programme" },
  message: {
    fr: (v) => `${v.arrangement} n'est pas proposé en ${v.programme} : conseil « ${v.advice} » écarté`,
    en: (v) => `${v.arrangement} is not offered in ${v.programme}: advice "${v.advice}" skipped`,
  },
});

/** No advice gives an arrangement the programme accepts. */
export const noArrangementOffered = /* @__PURE__ */ defineRule<{ programme: string; workStudy: boolean }>({
  id: "programmes.no-arrangement",
  code: "NO_ARRANGEMENT_OFFERED",
  legalBasis: [],
  title: {
    fr: "Aucun couple statut-contrat de la formation ne correspond à la situation",
    en: "No arrangement of the programme fits the situation",
  },
  message: {
    fr: (v) =>
      `Aucun couple statut-contrat proposé en ${v.programme} ne correspond à cette situation (${v.workStudy ? "en alternance" : "hors alternance"}) : dérogation à demander à l'établissement`,
    en: (v) =>
      `No arrangement offered in ${v.programme} fits this situation (${v.workStudy ? "work-study" : "not in work-study"}): ask the school for a derogation`,
  },
});

/** Warning: the advice went past an apprenticeship because of age, but the law has exceptions (L6222-2). */
export const ageExceptionsNotConsidered = /* @__PURE__ */ defineRule<{ ageAtStart: number; maximumAgeAtStart: number; skipped: string }>({
  id: "programmes.age-exceptions",
  code: "AGE_EXCEPTIONS_NOT_CONSIDERED",
  legalBasis: ["C. trav. art. L6222-1", "C. trav. art. L6222-2"],
  title: {
    fr: "Le conseil ne tient pas compte des dérogations à la limite d'âge de l'apprentissage",
    en: "The advice does not consider the exceptions to the apprenticeship age limit",
  },
  message: {
    fr: (v) =>
      `${v.ageAtStart} ans au démarrage (au-delà de ${v.maximumAgeAtStart}) : ${v.skipped} écarté ; un contrat d'apprentissage reste possible avec une dérogation de L6222-2 ` +
      "(travailleur handicapé, projet d'entreprise, sportif de haut niveau, diplôme supérieur…) : voir checkApprenticeshipEligibility",
    en: (v) =>
      `${v.ageAtStart} at the start (above ${v.maximumAgeAtStart}): ${v.skipped} skipped; an apprenticeship is still possible under an exception of L6222-2 ` +
      "(disabled worker, business project, high-level athlete, higher diploma…): see checkApprenticeshipEligibility",
  },
});

/**
 * Every rule of the programmes module, for the generated rules reference (docs/rules.md). Steps
 * with an empty `legalBasis` cite the preset's `source` at run time.
 *
 * @example
 * programmesRules.map((rule) => rule.code).includes("NO_ARRANGEMENT_OFFERED"); //=> true
 */
export const programmesRules: readonly RuleDeclaration<never>[] = /* @__PURE__ */ Object.freeze([
  programmeStep,
  ageAtStartStep,
  adviceStep,
  adviceNotOfferedStep,
  noArrangementOffered,
  ageExceptionsNotConsidered,
]);
