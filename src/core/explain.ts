/**
 * Explanations: every result says which rules it applied (`Step`), which were not met
 * (`Violation`) and what to be careful about (`warnings`, same shape as violations).
 *
 * A rule is declared once with {@link defineRule}: a stable id, its legal basis and its French and
 * English wording. Results, generated docs and tests all read the same declaration.
 */
import { deepFreeze } from "./freeze.js";

/**
 * Language of messages: French by default, English on request.
 *
 * @example
 * const locale: Locale = "en";
 */
export type Locale = "fr" | "en";

/**
 * One step of an explanation: the rule applied, in words, with its legal basis and the values used.
 *
 * @example
 * const step: Step = { rule: "smic.hourly", message: "SMIC horaire : 12,02 €", legalBasis: ["Décret n° 2025-1228"] };
 */
export interface Step {
  /** Stable rule id, e.g. `"apprenticeship.age.maximum"`. */
  rule: string;
  /** What was applied, in the requested language. */
  message: string;
  /** Articles and texts, e.g. `"C. trav. art. L6222-1"`. */
  legalBasis: string[];
  /** The values the rule used or produced. */
  values?: Record<string, unknown>;
}

/**
 * A rule that is not met (or, in `warnings`, a point of attention). `code` is stable and documented.
 *
 * @example
 * const v: Violation = { code: "AGE_ABOVE_MAXIMUM", message: "…", legalBasis: ["C. trav. art. L6222-1"], field: "birthDate" };
 */
export interface Violation {
  /** Stable code, e.g. `"AGE_ABOVE_MAXIMUM"`. */
  code: string;
  /** Human explanation in the requested language. */
  message: string;
  /** Articles and texts that set the rule. */
  legalBasis: string[];
  /** The input field the violation is about, when there is one. */
  field?: string;
}

/** Text of a rule in both languages: fixed, or built from the values of a result. */
export interface RuleText<V> {
  /** French text, or a function of the values that builds it. */
  fr: string | ((values: V) => string);
  /** English text, or a function of the values that builds it. */
  en: string | ((values: V) => string);
}

/**
 * A rule declared once: stable id, legal basis, wording in French and English.
 * `code` is set on rules whose breach is reported as a `Violation` (or a warning).
 */
export interface RuleDeclaration<V = Record<string, unknown>> {
  /** Stable id, dotted, e.g. `"apprenticeship.age.maximum"`. */
  readonly id: string;
  /** Stable violation or warning code, for rules that can be broken. */
  readonly code?: string;
  /** Articles and texts. */
  readonly legalBasis: readonly string[];
  /** One-line statement of the rule, for the generated rules reference. */
  readonly title: {
    /** The statement in French. */
    readonly fr: string;
    /** The statement in English. */
    readonly en: string;
  };
  /** Message of a step or violation; defaults to the title. */
  readonly message?: RuleText<V>;
}

/**
 * Declares a rule once, so that results, docs and tests share its id, legal basis and wording.
 *
 * @param declaration - id, optional violation code, legal basis, title and message in FR and EN
 * @returns a copy of the declaration, frozen all the way down (title, message, legal basis)
 * @example
 * const maximumAge = defineRule<{ age: number }>({
 *   id: "apprenticeship.age.maximum",
 *   code: "AGE_ABOVE_MAXIMUM",
 *   legalBasis: ["C. trav. art. L6222-1"],
 *   title: { fr: "29 ans révolus au plus au début de l'apprentissage", en: "At most 29 at the start" },
 *   message: { fr: (v) => `${v.age} ans au début du contrat`, en: (v) => `${v.age} at the start` },
 * });
 */
export function defineRule<V = Record<string, unknown>>(declaration: RuleDeclaration<V>): RuleDeclaration<V> {
  return deepFreeze({ ...declaration, legalBasis: [...declaration.legalBasis] });
}

function render<V>(rule: RuleDeclaration<V>, locale: Locale, values: V): string {
  const text = rule.message?.[locale] ?? rule.title[locale];
  return typeof text === "function" ? text(values) : text;
}

/**
 * Builds an explanation step from a rule declaration.
 *
 * @example
 * explainStep(maximumAge, "fr", { age: 24 });
 * //=> { rule: "apprenticeship.age.maximum", message: "24 ans au début du contrat", legalBasis: ["C. trav. art. L6222-1"], values: { age: 24 } }
 */
export function explainStep<V extends Record<string, unknown>>(rule: RuleDeclaration<V>, locale: Locale, values: V): Step {
  return { rule: rule.id, message: render(rule, locale, values), legalBasis: [...rule.legalBasis], values };
}

/**
 * The explanation of a result, built only when asked: `explain: false` (API.md §7b) gives `[]`
 * without calling `build`, so no explanation text is written. `undefined` means `true`.
 *
 * @param explain - the input's `explain` option
 * @param build - builds the steps
 * @returns the steps, or `[]`
 * @example
 * explanationWhen(false, () => [explainStep(maximumAge, "fr", { age: 24 })]); //=> []
 * explanationWhen(undefined, () => [explainStep(maximumAge, "fr", { age: 24 })]).length; //=> 1
 */
export function explanationWhen(explain: boolean | undefined, build: () => Step[]): Step[] {
  return explain === false ? [] : build();
}

/**
 * Builds a violation (or a warning) from a rule declaration that has a `code`.
 *
 * @example
 * violationOf(maximumAge, "en", { age: 31 }, "birthDate");
 * //=> { code: "AGE_ABOVE_MAXIMUM", message: "31 at the start", legalBasis: ["C. trav. art. L6222-1"], field: "birthDate" }
 */
export function violationOf<V>(rule: RuleDeclaration<V>, locale: Locale, values: V, field?: string): Violation {
  const violation: Violation = {
    code: rule.code ?? rule.id,
    message: render(rule, locale, values),
    legalBasis: [...rule.legalBasis],
  };
  if (field !== undefined) violation.field = field;
  return violation;
}
