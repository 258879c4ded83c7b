/**
 * The exceptions to the apprenticeship age limit (L6222-2, L6222-11, D6222-1, D6222-1-2), by name.
 */

/**
 * Every exception a caller may claim, in the order of the Code du travail (L6222-2 1° to 5°, then the
 * extension after an exam failure of L6222-11). Ties between equally favourable exceptions are broken
 * in this order.
 *
 * @example
 * APPRENTICESHIP_EXCEPTIONS[0]; //=> "higher-diploma"
 */
export const APPRENTICESHIP_EXCEPTIONS = Object.freeze([
  "higher-diploma",
  "previous-contract-broken",
  "disabled-worker",
  "business-project",
  "high-level-athlete",
  "exam-failure-extension",
] as const);

/**
 * An exception to the apprenticeship age limit:
 * - `"higher-diploma"`: new contract, after a previous apprenticeship, for a higher diploma (L6222-2 1°);
 * - `"previous-contract-broken"`: previous contract broken for reasons beyond the apprentice's control,
 *   or temporary physical unfitness (L6222-2 2°);
 * - `"disabled-worker"`: recognised disabled worker, RQTH (L6222-2 3°);
 * - `"business-project"`: business creation or takeover project needing the diploma (L6222-2 4°);
 * - `"high-level-athlete"`: on the list of art. L221-2 code du sport (L6222-2 5°);
 * - `"exam-failure-extension"`: new contract extending the apprenticeship after an exam failure
 *   (L6222-11 2°, D6222-1-2).
 *
 * @example
 * const exception: ApprenticeshipException = "disabled-worker";
 */
export type ApprenticeshipException = (typeof APPRENTICESHIP_EXCEPTIONS)[number];

/**
 * The two exceptions capped at an age at the conclusion of the contract and bound to the end of a
 * previous contract (D6222-1): they need `previousContractEnd`.
 *
 * @example
 * EXCEPTIONS_AFTER_PREVIOUS_CONTRACT.includes("higher-diploma"); //=> true
 */
export const EXCEPTIONS_AFTER_PREVIOUS_CONTRACT: readonly ApprenticeshipException[] = ["higher-diploma", "previous-contract-broken"];

/**
 * Short name of each exception, in French and English, for messages.
 *
 * @example
 * exceptionLabel["disabled-worker"].en; //=> "recognised disabled worker (L6222-2 3°)"
 */
export const exceptionLabel: Readonly<Record<ApprenticeshipException, { readonly fr: string; readonly en: string }>> = {
  "higher-diploma": {
    fr: "nouveau contrat pour un diplôme de niveau supérieur (L6222-2 1°)",
    en: "new contract for a higher-level diploma (L6222-2 1°)",
  },
  "previous-contract-broken": {
    fr: "précédent contrat rompu pour des causes indépendantes de la volonté de l'apprenti ou inaptitude temporaire (L6222-2 2°)",
    en: "previous contract broken for reasons beyond the apprentice's control, or temporary unfitness (L6222-2 2°)",
  },
  "disabled-worker": { fr: "travailleur handicapé reconnu (L6222-2 3°)", en: "recognised disabled worker (L6222-2 3°)" },
  "business-project": {
    fr: "projet de création ou de reprise d'entreprise (L6222-2 4°)",
    en: "business creation or takeover project (L6222-2 4°)",
  },
  "high-level-athlete": { fr: "sportif de haut niveau (L6222-2 5°)", en: "high-level athlete (L6222-2 5°)" },
  "exam-failure-extension": {
    fr: "prolongation après échec à l'examen (L6222-11, D6222-1-2)",
    en: "extension after an exam failure (L6222-11, D6222-1-2)",
  },
};
