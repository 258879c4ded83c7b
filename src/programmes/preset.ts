/**
 * How a school describes its work-study arrangements: student statuses, contracts and agreements, the
 * (status, agreement) pairs it accepts, its programmes with their hour volumes, and its advice on which
 * pair to choose. Plain data, validated with zod; `defineArrangements` checks it and freezes it.
 */
import * as z from "zod/mini";
import type { InputIssue } from "../core/errors.js";
import type { Locale } from "../core/explain.js";
import { echoValue } from "../core/echo.js";
import { deepFreeze } from "../core/freeze.js";
import { inputIssue } from "../core/issues.js";
import { collectIssues, boundedArray, wholeNumber, throwIfIssues, localeOf, inputObject, strictObject, MAX_CONTRACT_HOURS, nonNegativeNumber, parseInput } from "../core/schema.js";

/** A text in French and English. */
export interface LocalizedText {
  /** In French. */
  readonly fr: string;
  /** In English. */
  readonly en: string;
}

/**
 * What an agreement is, in the library's terms: a contract the other functions know
 * (`"apprenticeship"`, `"professionalisation"`, `"work-study-internship"`), a classic `"internship"`,
 * or `null` for no contract at all.
 *
 * @example
 * const contract: AgreementContract = "work-study-internship";
 */
export type AgreementContract = "apprenticeship" | "professionalisation" | "work-study-internship" | "internship";

/** A student status, e.g. FI (formation initiale) or FC (formation continue). */
export interface StudentStatus {
  /** Short code, e.g. `"FI"`. */
  readonly code: string;
  /** What the status means. */
  readonly label: LocalizedText;
}

/** A contract or agreement, e.g. CAPP (contrat d'apprentissage). */
export interface Agreement {
  /** Short code, e.g. `"CAPP"`. */
  readonly code: string;
  /** Its full name. */
  readonly label: LocalizedText;
  /** The contract it is, or `null` for "no contract nor agreement". */
  readonly contract: AgreementContract | null;
  /** `true` when it is a work-study arrangement (alternance). */
  readonly workStudy: boolean;
}

/** A (status, agreement) pair the school accepts, e.g. FI-CAPP. */
export interface Arrangement {
  /** Code of the pair, e.g. `"FI-CAPP"`. */
  readonly code: string;
  /** Code of a status. */
  readonly status: string;
  /** Code of an agreement. */
  readonly agreement: string;
  /** How the school sees it: the preferred option, a possible one, or an exception. */
  readonly usage: "preferred" | "possible" | "exceptional";
  /** Condition the school sets, if any. */
  readonly condition?: LocalizedText | undefined;
}

/** A programme (year of study) and its hour volumes. */
export interface Programme {
  /** Short id, e.g. `"M1"`. */
  readonly id: string;
  /** Its full name. */
  readonly name: LocalizedText;
  /** Whether the year can be (`"optional"`), must be (`"mandatory"`) or cannot be (`"none"`) done in work-study. */
  readonly workStudy: "none" | "optional" | "mandatory";
  /** Training hours: evaluation, support and teaching (the volume written in the contract), or `null` if unknown. */
  readonly trainingHours: number | null;
  /** Teaching hours (general, professional and technological teaching), part of `trainingHours`, or `null`. */
  readonly teachingHours: number | null;
  /** Length of the apprenticeship or professionalisation contract signed on entering the programme, in months. */
  readonly contractMonths: number | null;
  /** Codes of the arrangements the programme accepts. */
  readonly arrangements: readonly string[];
}

/** Conditions of an advice; a condition left out matches anything. */
export interface AdviceCondition {
  /** The student wants (or must do) the year in work-study. */
  readonly workStudy?: boolean | undefined;
  /** An apprenticeship or professionalisation contract can be signed at all. */
  readonly contractPossible?: boolean | undefined;
  /** The host organisation signs apprenticeship contracts. */
  readonly employerSignsApprenticeship?: boolean | undefined;
  /** Highest age, in completed years, on the first day of the contract. */
  readonly maximumAgeAtStart?: number | undefined;
  /** Code of the student's status. */
  readonly status?: string | undefined;
}

/** One piece of advice: when its conditions hold, choose `arrangement`. Advice is read in order. */
export interface Advice {
  /** Short id, e.g. `"apprenticeship"`. */
  readonly id: string;
  /** The conditions under which the advice applies. */
  readonly when: AdviceCondition;
  /** Code of the arrangement advised. */
  readonly arrangement: string;
  /** Codes of other arrangements that fit the same case. */
  readonly alternatives: readonly string[];
  /** Why, in the school's words. */
  readonly reason: LocalizedText;
}

/** A school's arrangements preset. */
export interface ArrangementsPreset {
  /** Stable id, e.g. `"miage-aix-marseille"`. */
  readonly id: string;
  /** The school's name. */
  readonly name: LocalizedText;
  /** The document the preset encodes: cited as the basis of every step it produces. */
  readonly source: string;
  /** Student statuses, e.g. FI and FC. */
  readonly statuses: readonly StudentStatus[];
  /** Contracts and agreements, e.g. CAPP, CPRO. */
  readonly agreements: readonly Agreement[];
  /** The (status, agreement) pairs the school accepts. */
  readonly arrangements: readonly Arrangement[];
  /** The programmes, with their hour volumes and accepted pairs. */
  readonly programmes: readonly Programme[];
  /** Advice in order: the first whose conditions hold and whose arrangement the programme accepts wins. */
  readonly advice: readonly Advice[];
}

/**
 * Most items in each list of a preset (statuses, agreements, arrangements, programmes, advice, and the
 * codes a programme or an advice lists): a sanity bound, not a legal value. A school's or a CFA's
 * catalogue has tens to a few hundred programmes; 1 000 leaves room and keeps the cross-reference
 * checks (every code looked up in its list) fast.
 */
export const MAX_PRESET_ITEMS = 1_000;

/** Longest contract a programme can set, in months: 4 years (C. trav. R6222-46, R6222-60). */
const MAX_CONTRACT_MONTHS = 48;

/** Oldest age an advice can name, in completed years: a sanity bound (nobody is older), not a legal value. */
const MAX_AGE = 120;

/** A list of a preset, at most {@link MAX_PRESET_ITEMS} items. */
const list = <Item extends z.ZodMiniType>(item: Item) => boundedArray(item, MAX_PRESET_ITEMS);
const code = () => z.string().check(z.minLength(1));
const text = () => strictObject({ fr: z.string(), en: z.string() });
const nullableHours = () => z.nullable(nonNegativeNumber().check(z.lte(MAX_CONTRACT_HOURS)));

/**
 * The zod/mini schema of an {@link ArrangementsPreset} (shape only; `defineArrangements` also checks
 * that every code it refers to exists).
 *
 * @example
 * arrangementsPresetSchema.safeParse(arrangements.miageAixMarseille).success; //=> true
 */
export const arrangementsPresetSchema: z.ZodMiniType<ArrangementsPreset> = strictObject({
  id: code(),
  name: text(),
  source: code(),
  statuses: list(strictObject({ code: code(), label: text() })),
  agreements: list(
    strictObject({
      code: code(),
      label: text(),
      contract: z.nullable(z.enum(["apprenticeship", "professionalisation", "work-study-internship", "internship"])),
      workStudy: z.boolean(),
    }),
  ),
  arrangements: list(
    strictObject({
      code: code(),
      status: code(),
      agreement: code(),
      usage: z.enum(["preferred", "possible", "exceptional"]),
      condition: z.optional(text()),
    }),
  ),
  programmes: list(
    strictObject({
      id: code(),
      name: text(),
      workStudy: z.enum(["none", "optional", "mandatory"]),
      trainingHours: nullableHours(),
      teachingHours: nullableHours(),
      contractMonths: z.nullable(wholeNumber().check(z.gt(0), z.lte(MAX_CONTRACT_MONTHS))),
      arrangements: list(code()),
    }),
  ),
  advice: list(
    strictObject({
      id: code(),
      when: strictObject({
        workStudy: z.optional(z.boolean()),
        contractPossible: z.optional(z.boolean()),
        employerSignsApprenticeship: z.optional(z.boolean()),
        maximumAgeAtStart: z.optional(wholeNumber().check(z.gte(0), z.lte(MAX_AGE))),
        status: z.optional(code()),
      }),
      arrangement: code(),
      alternatives: list(code()),
      reason: text(),
    }),
  ),
});

/** Cross-reference checks: unique codes, known references, teaching within training. */
function referenceIssues(preset: ArrangementsPreset, locale: Locale, prefix: (string | number)[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const duplicate = (keys: readonly string[], name: string, key: string) => {
    keys.forEach((value, index) => {
      if (keys.indexOf(value) < index) {
        issues.push(inputIssue([...prefix, name, index, key], "DUPLICATE_CODE", { fr: `${echoValue(value, "fr")} est déjà défini`, en: `${echoValue(value, "en")} is already defined` }, locale));
      }
    });
  };
  const unknown = (known: readonly string[], value: string, path: (string | number)[], what: { fr: string; en: string }) => {
    if (!known.includes(value)) {
      issues.push(
        inputIssue([...prefix, ...path], "UNKNOWN_REFERENCE", { fr: `${what.fr} inconnu ${echoValue(value, "fr")}`, en: `unknown ${what.en} ${echoValue(value, "en")}` }, locale),
      );
    }
  };
  const statuses = preset.statuses.map((status) => status.code);
  const agreements = preset.agreements.map((agreement) => agreement.code);
  const arrangements = preset.arrangements.map((arrangement) => arrangement.code);
  duplicate(statuses, "statuses", "code");
  duplicate(agreements, "agreements", "code");
  duplicate(arrangements, "arrangements", "code");
  duplicate(preset.programmes.map((programme) => programme.id), "programmes", "id");
  duplicate(preset.advice.map((advice) => advice.id), "advice", "id");
  const statusWord = { fr: "statut", en: "status" };
  const agreementWord = { fr: "contrat ou convention", en: "agreement" };
  const arrangementWord = { fr: "couple statut-contrat", en: "arrangement" };
  preset.arrangements.forEach((arrangement, index) => {
    unknown(statuses, arrangement.status, ["arrangements", index, "status"], statusWord);
    unknown(agreements, arrangement.agreement, ["arrangements", index, "agreement"], agreementWord);
  });
  preset.programmes.forEach((programme, index) => {
    programme.arrangements.forEach((code, position) => unknown(arrangements, code, ["programmes", index, "arrangements", position], arrangementWord));
    if (programme.trainingHours !== null && programme.teachingHours !== null && programme.teachingHours > programme.trainingHours) {
      issues.push(
        inputIssue(
          [...prefix, "programmes", index, "teachingHours"],
          "TEACHING_ABOVE_TRAINING",
          { fr: "les heures d'enseignement font partie des heures de formation : elles ne peuvent pas les dépasser", en: "teaching hours are part of the training hours: they cannot exceed them" },
          locale,
        ),
      );
    }
  });
  preset.advice.forEach((advice, index) => {
    unknown(arrangements, advice.arrangement, ["advice", index, "arrangement"], arrangementWord);
    advice.alternatives.forEach((code, position) => unknown(arrangements, code, ["advice", index, "alternatives", position], arrangementWord));
    if (advice.when.status !== undefined) unknown(statuses, advice.when.status, ["advice", index, "when", "status"], statusWord);
  });
  return issues;
}

/**
 * Validates a preset and returns a frozen copy; the `AlternanceInputError` names every wrong field,
 * with `pathPrefix` before the paths (an input field holding the preset). Internal.
 *
 * @param data - the preset to check
 * @param locale - language of the error messages
 * @param pathPrefix - path of the field holding the preset, e.g. `["preset"]`
 * @returns the validated, frozen copy
 * @example
 * validatePreset(arrangements.miageAixMarseille, "fr", ["preset"]).id; //=> "miage-aix-marseille"
 */
export function validatePreset(data: unknown, locale: Locale, pathPrefix: (string | number)[]): ArrangementsPreset {
  const preset = parseInput(arrangementsPresetSchema, data, locale, pathPrefix);
  throwIfIssues(referenceIssues(preset, locale, pathPrefix), locale);
  return deepFreeze(preset);
}

/** The options of {@link defineArrangements}: `{ locale? }`, validated like every function's options. */
const optionsSchema = z.optional(inputObject({}));

/**
 * Checks a school's arrangements preset (shape, unique codes, every code it refers to exists, teaching
 * hours within training hours) and returns a frozen copy, ready for `recommendArrangement`.
 *
 * @param data - the preset, plain data (see {@link ArrangementsPreset})
 * @param options - `{ locale?: "fr" | "en" }` for the error messages
 * @returns the validated, frozen preset
 * @throws AlternanceInputError naming every wrong field (e.g. `["programmes", 0, "arrangements", 2]` with
 *   code `UNKNOWN_REFERENCE`), and bad options (`["options", "locale"]` for `{ locale: "de" }`,
 *   `["options"]` for options that are not an object)
 * @example
 * const mySchool = defineArrangements({ ...arrangements.miageAixMarseille, id: "my-school", source: "My school's guide 2026" });
 * mySchool.programmes.map((programme) => programme.id); //=> ["L3I", "M1", "M2"]
 */
export function defineArrangements(data: ArrangementsPreset, options?: { locale?: Locale }): ArrangementsPreset {
  const locale = localeOf(options);
  const issues: InputIssue[] = [];
  collectIssues(issues, () => parseInput(optionsSchema, options, locale, ["options"]));
  const preset = collectIssues(issues, () => validatePreset(data, locale, []));
  throwIfIssues(issues, locale);
  return preset!;
}

/**
 * Freezes the library's own presets (already valid data, checked by the test suite). Internal.
 *
 * @param preset - a preset literal
 * @returns the same object, deeply frozen
 * @example
 * Object.isFrozen(frozenPreset(myLiteral)); //=> true
 */
export function frozenPreset(preset: ArrangementsPreset): ArrangementsPreset {
  return deepFreeze(preset);
}
