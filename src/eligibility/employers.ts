/**
 * Kinds of employer, for the professionalisation contract's employer rule (docs/eligibility.md).
 */

/**
 * Every employer kind `checkProfessionalisationEligibility` knows, allowed ones first.
 *
 * @example
 * EMPLOYER_KINDS.length; //=> 7
 */
export const EMPLOYER_KINDS = Object.freeze([
  "private",
  "temporary-work-agency",
  "public-industrial-commercial",
  "state",
  "local-authority",
  "public-administrative",
  "private-individual",
] as const);

/**
 * An employer kind:
 * - `"private"`: private-law employer (company, association…);
 * - `"temporary-work-agency"`: temporary-work firm (L6325-23);
 * - `"public-industrial-commercial"`: EPIC (RATP, SNCF, ONF…);
 * - `"state"`, `"local-authority"` (collectivité territoriale), `"public-administrative"` (EPA): public
 *   employers that may not sign a CPRO;
 * - `"private-individual"`: particulier employeur, who may not sign a CPRO either.
 *
 * @example
 * const employer: EmployerKind = "local-authority";
 */
export type EmployerKind = (typeof EMPLOYER_KINDS)[number];

/**
 * Name of each employer kind in French and English, for messages.
 *
 * @example
 * employerLabel["public-administrative"].fr; //=> "établissement public à caractère administratif"
 */
export const employerLabel: Readonly<Record<EmployerKind, { readonly fr: string; readonly en: string }>> = {
  private: { fr: "employeur de droit privé", en: "private-law employer" },
  "temporary-work-agency": { fr: "entreprise de travail temporaire", en: "temporary-work agency" },
  "public-industrial-commercial": {
    fr: "établissement public à caractère industriel et commercial",
    en: "public industrial and commercial body (EPIC)",
  },
  state: { fr: "État", en: "the State" },
  "local-authority": { fr: "collectivité territoriale", en: "local authority" },
  "public-administrative": { fr: "établissement public à caractère administratif", en: "public administrative body (EPA)" },
  "private-individual": { fr: "particulier employeur", en: "private individual employer" },
};
