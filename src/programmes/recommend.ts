/**
 * `recommendArrangement`: which status and contract a school advises for a student, from its preset.
 */
import * as z from "zod/mini";
import { ageOn, type IsoDate } from "../core/dates.js";
import { echoValue } from "../core/echo.js";
import { AlternanceInputError, type InputIssue } from "../core/errors.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { collectIssues, inputObject, isoDateSchema, localeOf, parseInput, rawField, throwIfIssues } from "../core/schema.js";
import { miageAixMarseille } from "./miage-aix-marseille.js";
import { validatePreset, type Advice, type AgreementContract, type Arrangement, type ArrangementsPreset, type Programme } from "./preset.js";
import { adviceNotOfferedStep, adviceStep, ageAtStartStep, ageExceptionsNotConsidered, noArrangementOffered, programmeStep } from "./rules.js";

/**
 * The presets shipped with the library, by name; `recommendArrangement` accepts the name or the data.
 *
 * @example
 * arrangements.miageAixMarseille.programmes.map((programme) => programme.id); //=> ["L3I", "M1", "M2"]
 */
export const arrangements: {
  /** The MIAGE d'Aix-Marseille work-study guide 2025/2026. */
  readonly miageAixMarseille: ArrangementsPreset;
} = Object.freeze({ miageAixMarseille });

/**
 * Name of a preset shipped with the library.
 *
 * @example
 * const name: ArrangementsPresetName = "miageAixMarseille";
 */
export type ArrangementsPresetName = keyof typeof arrangements;

/** Input of {@link recommendArrangement}. */
export interface RecommendArrangementInput {
  /** Id of a programme of the preset, e.g. `"M1"`. */
  programme: string;
  /** A preset name (default `"miageAixMarseille"`) or a school's own preset. */
  preset?: ArrangementsPresetName | ArrangementsPreset;
  /** The year is done in work-study; default: `true` unless the programme offers no work-study. */
  workStudy?: boolean;
  /** An apprenticeship or professionalisation contract can be signed at all; default `true`. */
  contractPossible?: boolean;
  /** The host organisation signs apprenticeship contracts; default `true`. */
  employerSignsApprenticeship?: boolean;
  /** Date of birth; needed when the advice depends on the age. */
  birthDate?: IsoDate;
  /** First day of the contract; needed when the advice depends on the age. */
  contractStart?: IsoDate;
  /** Code of the student's status (e.g. `"FI"`, `"FC"`); needed when the advice depends on it. */
  status?: string;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/** Result of {@link recommendArrangement}. */
export interface ArrangementRecommendation {
  /** Code of the advised arrangement, e.g. `"FI-CAPP"`, or `null` when none fits. */
  arrangement: string | null;
  /** Code of its status. */
  status: string | null;
  /** Code of its contract or agreement. */
  agreement: string | null;
  /** The contract in the library's terms, ready for `contractWindows`, `trainingHoursRequirement`… */
  contract: AgreementContract | null;
  /** How the school sees the advised arrangement. */
  usage: Arrangement["usage"] | null;
  /** Other arrangements the programme accepts for the same case. */
  alternatives: string[];
  /** The programme, with its hour volumes. */
  programme: Programme;
  /** Length of the apprenticeship or professionalisation contract for this programme, months, or `null`. */
  contractMonths: number | null;
  /** Age on `contractStart`, when both dates were given. */
  ageAtStart: number | null;
  /** `NO_ARRANGEMENT_OFFERED`. */
  violations: Violation[];
  /** The steps of the advice, citing the preset's source. */
  explanation: Step[];
  /** `AGE_EXCEPTIONS_NOT_CONSIDERED`. */
  warnings: Violation[];
}

const schema = inputObject({
  programme: z.string(),
  preset: z.optional(z.unknown()),
  workStudy: z.optional(z.boolean()),
  contractPossible: z.optional(z.boolean()),
  employerSignsApprenticeship: z.optional(z.boolean()),
  birthDate: z.optional(isoDateSchema()),
  contractStart: z.optional(isoDateSchema()),
  status: z.optional(z.string()),
});

/** Resolves the `preset` field: a name, or data validated under the path `["preset", …]`. */
function resolvePreset(value: unknown, locale: Locale): ArrangementsPreset {
  if (value === undefined) return arrangements.miageAixMarseille;
  if (typeof value === "string") {
    if (Object.hasOwn(arrangements, value)) return arrangements[value as ArrangementsPresetName];
    throw new AlternanceInputError(
      [
        inputIssue(
          ["preset"],
          "INVALID_VALUE",
          { fr: `préréglage inconnu ${echoValue(value, "fr")} ; valeurs admises : ${Object.keys(arrangements).join(", ")}`, en: `unknown preset ${echoValue(value, "en")}; allowed values: ${Object.keys(arrangements).join(", ")}` },
          locale,
        ),
      ],
      locale,
    );
  }
  return validatePreset(value, locale, ["preset"]);
}

const required = (field: string, why: { fr: string; en: string }, locale: Locale) =>
  inputIssue([field], "REQUIRED", { fr: `obligatoire ici : ${why.fr}`, en: `required here: ${why.en}` }, locale);

/**
 * The status and contract a school advises for a student, read from its preset (by default the MIAGE
 * d'Aix-Marseille guide, `arrangements.miageAixMarseille`): the first advice whose conditions hold and
 * whose arrangement the programme accepts. For the MIAGE: apprenticeship (FI-CAPP) when under 30 on the
 * first day of the contract and the host signs apprenticeships, professionalisation contract (FC-CPRO)
 * otherwise, work-study internship (CSTAGEALT) when neither is possible, classic internship (CSTAGE) for a
 * year not done in work-study (L3I and M1 only; the M2 is always in work-study).
 *
 * This is the school's advice, not the law: use `checkApprenticeshipEligibility` and
 * `checkProfessionalisationEligibility` for the legal conditions. When the advice passes over an
 * apprenticeship because of age, the warning `AGE_EXCEPTIONS_NOT_CONSIDERED` recalls the exceptions of
 * L6222-2. `birthDate` and `contractStart` are required only when an advice that depends on the age is
 * reached; `status` only when an advice depends on the status.
 *
 * @param input - `{ programme, preset?, workStudy?, contractPossible?, employerSignsApprenticeship?, birthDate?, contractStart?, status?, locale?, explain? }`
 * @returns `{ arrangement, status, agreement, contract, usage, alternatives, programme, contractMonths, ageAtStart, violations, explanation, warnings }`
 * @throws AlternanceInputError naming the field: unknown programme, preset or status, invalid preset
 *   data (paths under `preset`), impossible date, a date or the status missing where the advice needs it
 * @example
 * recommendArrangement({ programme: "M1", birthDate: "2003-05-10", contractStart: "2025-09-01" });
 * //=> { arrangement: "FI-CAPP", status: "FI", agreement: "CAPP", contract: "apprenticeship", contractMonths: 24, … }
 * recommendArrangement({ programme: "M2", birthDate: "1994-05-10", contractStart: "2025-09-01" }).arrangement;
 * //=> "FC-CPRO"
 */
export function recommendArrangement(input: RecommendArrangementInput): ArrangementRecommendation {
  const locale = localeOf(input);
  const issues: InputIssue[] = [];
  const parsed = collectIssues(issues, () => parseInput(schema, input, locale));
  const rawPreset = rawField(input, "preset");
  const preset = collectIssues(issues, () => resolvePreset(rawPreset, locale));
  if (parsed === undefined || preset === undefined) throw new AlternanceInputError(issues, locale);

  const programme = preset.programmes.find((candidate) => candidate.id === parsed.programme);
  if (programme === undefined) {
    const ids = preset.programmes.map((candidate) => candidate.id).join(", ");
    issues.push(
      inputIssue(["programme"], "INVALID_VALUE", { fr: `formation inconnue ${echoValue(parsed.programme, "fr")} ; valeurs admises : ${ids}`, en: `unknown programme ${echoValue(parsed.programme, "en")}; allowed values: ${ids}` }, locale),
    );
  }
  const statuses = preset.statuses.map((status) => status.code);
  if (parsed.status !== undefined && !statuses.includes(parsed.status)) {
    issues.push(
      inputIssue(["status"], "INVALID_VALUE", { fr: `statut inconnu ${echoValue(parsed.status, "fr")} ; valeurs admises : ${statuses.join(", ")}`, en: `unknown status ${echoValue(parsed.status, "en")}; allowed values: ${statuses.join(", ")}` }, locale),
    );
  }
  const { birthDate, contractStart } = parsed;
  if (birthDate !== undefined && contractStart !== undefined && birthDate > contractStart) {
    issues.push(
      inputIssue(["birthDate"], "BIRTH_AFTER_CONTRACT", { fr: `la date de naissance est postérieure au début du contrat (${contractStart})`, en: `the birth date is after the contract start (${contractStart})` }, locale),
    );
  }
  if (programme === undefined || issues.length > 0) throw new AlternanceInputError(issues, locale);

  const workStudy = parsed.workStudy ?? programme.workStudy !== "none";
  const contractPossible = parsed.contractPossible ?? true;
  const employerSignsApprenticeship = parsed.employerSignsApprenticeship ?? true;
  const ageAtStart = birthDate !== undefined && contractStart !== undefined ? ageOn(birthDate, contractStart) : null;
  const cite = (step: Step): Step => ({ ...step, legalBasis: [preset.source] });

  /** Advice skipped because the programme does not offer its arrangement (a step each). */
  const notOffered: Advice[] = [];
  const warnings: Violation[] = [];

  let chosen: Advice | undefined;
  for (const advice of preset.advice) {
    const when = advice.when;
    if (when.workStudy !== undefined && when.workStudy !== workStudy) continue;
    if (when.contractPossible !== undefined && when.contractPossible !== contractPossible) continue;
    if (when.employerSignsApprenticeship !== undefined && when.employerSignsApprenticeship !== employerSignsApprenticeship) continue;
    if (when.status !== undefined) {
      if (parsed.status === undefined) {
        throwIfIssues([required("status", { fr: `le conseil « ${advice.id} » dépend du statut (${statuses.join(", ")})`, en: `advice "${advice.id}" depends on the status (${statuses.join(", ")})` }, locale)], locale);
      }
      if (when.status !== parsed.status) continue;
    }
    if (when.maximumAgeAtStart !== undefined) {
      if (ageAtStart === null) {
        const why = { fr: `le conseil « ${advice.id} » dépend de l'âge au démarrage du contrat`, en: `advice "${advice.id}" depends on the age at the contract start` };
        const missing = [birthDate === undefined ? "birthDate" : null, contractStart === undefined ? "contractStart" : null].filter((field) => field !== null);
        throwIfIssues(missing.map((field) => required(field, why, locale)), locale);
      }
      if (ageAtStart !== null && ageAtStart > when.maximumAgeAtStart) {
        const skipped = preset.arrangements.find((arrangement) => arrangement.code === advice.arrangement);
        const skippedContract = preset.agreements.find((agreement) => agreement.code === skipped?.agreement)?.contract;
        if (skippedContract === "apprenticeship") {
          warnings.push(violationOf(ageExceptionsNotConsidered, locale, { ageAtStart, maximumAgeAtStart: when.maximumAgeAtStart, skipped: advice.arrangement }));
        }
        continue;
      }
    }
    if (!programme.arrangements.includes(advice.arrangement)) {
      notOffered.push(advice);
      continue;
    }
    chosen = advice;
    break;
  }

  const alternatives = chosen === undefined ? [] : chosen.alternatives.filter((code) => programme.arrangements.includes(code));
  const explanation = explanationWhen(parsed.explain, () => [
    cite(
      explainStep(programmeStep, locale, {
        programme: programme.id,
        name: programme.name,
        workStudy: programme.workStudy,
        trainingHours: programme.trainingHours,
        teachingHours: programme.teachingHours,
        contractMonths: programme.contractMonths,
      }),
    ),
    ...(ageAtStart !== null && birthDate !== undefined && contractStart !== undefined
      ? [cite(explainStep(ageAtStartStep, locale, { birthDate, contractStart, ageAtStart }))]
      : []),
    ...notOffered.map((advice) => cite(explainStep(adviceNotOfferedStep, locale, { advice: advice.id, arrangement: advice.arrangement, programme: programme.id }))),
    ...(chosen === undefined
      ? []
      : [cite(explainStep(adviceStep, locale, { advice: chosen.id, arrangement: chosen.arrangement, reason: chosen.reason, alternatives }))]),
  ]);
  const base = { programme, ageAtStart, explanation, warnings };
  if (chosen === undefined) {
    const violation = { ...violationOf(noArrangementOffered, locale, { programme: programme.id, workStudy }), legalBasis: [preset.source] };
    return { ...base, arrangement: null, status: null, agreement: null, contract: null, usage: null, alternatives: [], contractMonths: null, violations: [violation] };
  }
  // validatePreset guarantees that every code refers to an existing arrangement and agreement.
  const arrangement = preset.arrangements.find((candidate) => candidate.code === chosen.arrangement)!;
  const agreement = preset.agreements.find((candidate) => candidate.code === arrangement.agreement)!;
  const contractMonths = agreement.contract === "apprenticeship" || agreement.contract === "professionalisation" ? programme.contractMonths : null;
  return {
    ...base,
    arrangement: arrangement.code,
    status: arrangement.status,
    agreement: agreement.code,
    contract: agreement.contract,
    usage: arrangement.usage,
    alternatives,
    contractMonths,
    violations: [],
  };
}

/** The input schema {@link recommendArrangement} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { schema as recommendArrangementSchema };
