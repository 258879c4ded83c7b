/**
 * The three work-study contract types the date rules know, and the flags that extend a contract's
 * maximum duration.
 */

/**
 * Type of work-study contract: apprenticeship (contrat d'apprentissage), professionalisation contract
 * (contrat de professionnalisation, CPRO) or work-study internship (stage en alternance, under a
 * convention de stage).
 *
 * @example
 * const contract: ContractType = "professionalisation";
 */
export type ContractType = "apprenticeship" | "professionalisation" | "work-study-internship";

/**
 * Every {@link ContractType}, in the order used by policies and docs.
 *
 * @example
 * CONTRACT_TYPES.includes("apprenticeship"); //=> true
 */
export const CONTRACT_TYPES = Object.freeze(["apprenticeship", "professionalisation", "work-study-internship"] as const);

/**
 * Situations that allow a longer contract: a recognised disabled worker or a high-level athlete
 * (apprenticeship up to 4 years, C. trav. R6222-46, R6222-60), a branch agreement (CPRO up to
 * 24 months, L6325-12) or a priority public of L6325-1-1 (CPRO up to 36 months, L6325-11).
 *
 * @example
 * const flag: ExtendedDuration = "disabled-worker";
 */
export type ExtendedDuration = "disabled-worker" | "high-level-athlete" | "branch-agreement-24" | "priority-public-36";

/**
 * Every {@link ExtendedDuration} flag.
 *
 * @example
 * EXTENDED_DURATIONS.length; //=> 4
 */
export const EXTENDED_DURATIONS = Object.freeze(["disabled-worker", "high-level-athlete", "branch-agreement-24", "priority-public-36"] as const);
