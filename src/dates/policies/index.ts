/**
 * The exported date-policy presets.
 */
import type { DatePolicy, PolicyName } from "../policy.js";
import { legalPolicy } from "./legal.js";
import { miageAixMarseillePolicy } from "./miage-aix-marseille.js";

/**
 * Preset date policies: `legal` (the law only, the default) and `miageAixMarseille` (Tableau 5 of the
 * MIAGE Aix-Marseille work-study guide 2025/2026). Wherever a `policy` is accepted, the preset's name
 * (`"legal"`, `"miageAixMarseille"`) is accepted too. Frozen.
 *
 * @example
 * policies.miageAixMarseille.apprenticeship?.start.monthsBefore; //=> 3
 * contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03", policy: "miageAixMarseille" }).end;
 * //=> { earliest: "2027-09-03", latest: "2027-11-03" }
 */
export const policies: Readonly<Record<PolicyName, DatePolicy>> = Object.freeze({
  legal: legalPolicy,
  miageAixMarseille: miageAixMarseillePolicy,
});
