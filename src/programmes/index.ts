/**
 * Programmes: a school's work-study arrangements (statuses, contracts, programmes and hour volumes) as
 * plain, validated data, with the MIAGE d'Aix-Marseille guide as the shipped preset, and the school's
 * advice on which status and contract to choose.
 */
export { arrangements, recommendArrangement } from "./recommend.js";
export type { ArrangementRecommendation, ArrangementsPresetName, RecommendArrangementInput } from "./recommend.js";
export { arrangementsPresetSchema, defineArrangements } from "./preset.js";
export type {
  Advice,
  AdviceCondition,
  Agreement,
  AgreementContract,
  Arrangement,
  ArrangementsPreset,
  LocalizedText,
  Programme,
  StudentStatus,
} from "./preset.js";
export { programmesRules } from "./rules.js";
