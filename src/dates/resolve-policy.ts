/**
 * Turns the `policy` input (a preset name, a policy object or nothing) into the rules that apply to one
 * contract type: the school's and the law's.
 */
import type { ContractType } from "./contract-type.js";
import { policies } from "./policies/index.js";
import type { ContractDateRules, DatePolicy, PolicyName } from "./policy.js";

/** The rules that apply to one contract type. */
export interface ResolvedPolicy {
  /** The chosen policy's rules for the contract type; `undefined` when it is the law or sets none. */
  rules: ContractDateRules | undefined;
  /** The law's rules for the contract type ({@link policies}.legal), always applied. */
  law: ContractDateRules | undefined;
  /**
   * Documents cited for a rule of the chosen policy that has no `legalBasis` of its own: the policy's
   * `legalBasis`, else its `name`, else `"DatePolicy"` (a violation always cites something).
   */
  policyBasis: string[];
  /** Display name of the chosen policy. */
  name: string | undefined;
  /** `false` when the chosen policy is the law itself (`"legal"` or no policy). */
  combinedWithLaw: boolean;
}

/**
 * Resolves an already validated `policy` input for a contract type. Without a policy, or with
 * `"legal"`, only the law applies; any other policy applies together with the law.
 *
 * @param policy - a preset name, a validated policy object, or `undefined`
 * @param contract - the contract type
 * @returns the school's and the law's rules for that contract type
 * @example
 * resolvePolicy("miageAixMarseille", "professionalisation").rules?.start; //=> { monthsBefore: 2, monthsAfter: 3, legalBasis: [...] }
 */
export function resolvePolicy(policy: PolicyName | DatePolicy | undefined, contract: ContractType): ResolvedPolicy {
  const law = policies.legal[contract];
  if (policy === undefined || policy === "legal") {
    return { rules: undefined, law, policyBasis: [], name: policies.legal.name, combinedWithLaw: false };
  }
  const chosen = typeof policy === "string" ? policies[policy] : policy;
  const policyBasis = chosen.legalBasis !== undefined && chosen.legalBasis.length > 0 ? [...chosen.legalBasis] : [chosen.name ?? "DatePolicy"];
  return { rules: chosen[contract], law, policyBasis, name: chosen.name, combinedWithLaw: true };
}
