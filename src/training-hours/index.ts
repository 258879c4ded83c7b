/**
 * Training-time minimums: apprenticeship (L6211-2) and professionalisation contract (L6325-13, L6325-14).
 */
export { trainingHoursRequirement } from "./requirement.js";
export type { TrainingContract, TrainingHoursRequirementInput, TrainingHoursRequirementResult } from "./requirement.js";
export { checkTrainingHours } from "./check.js";
export type { CheckTrainingHoursInput, CheckTrainingHoursResult } from "./check.js";
export { trainingHoursRules } from "./rules.js";
