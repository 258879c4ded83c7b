/**
 * URSSAF's model (`modele-social`, publicodes) driven for the employer side, pinned release of the
 * project (test/employer/modele-social.test.ts): build one engine with {@link createModeleSocialEngine}
 * (about 3 s) and evaluate situations with `modeleSocialEmployerSide` (scripts/freshness/employer-model.ts,
 * shared with the freshness check).
 */
import Engine from "publicodes";
import rules from "modele-social";

export { modeleSocialDiploma, modeleSocialEmployerSide, type Level, type ModeleSocialAidSituation, type ModeleSocialEmployerSide } from "../../scripts/freshness/employer-model.js";

/**
 * Builds the model's engine once (silent logger).
 *
 * @returns a publicodes engine over modele-social's rules
 */
export function createModeleSocialEngine(): Engine {
  return new Engine(rules, { logger: { log() {}, warn() {}, error() {} } });
}

