/**
 * `contractWindows`: when a work-study contract may start and end, given the training dates and a
 * date policy (the law by default, or a school's policy applied together with the law).
 */
import type { IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputObject, isoDateSchema, localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { AlternanceInputError, type InputIssue } from "../core/errors.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { windowBounds, type Bound, type WindowBounds } from "./bounds.js";
import type { ContractType } from "./contract-type.js";
import { contractTypeSchema, endBeforeStartIssue, outOfRangeIssue, policyInputSchemas, scopeIssues, scopeStartOf } from "./input.js";
import type { DatePolicy, PolicyName } from "./policy.js";
import { resolvePolicy, type ResolvedPolicy } from "./resolve-policy.js";
import { endWindow, policyApplied, startWindow, type BoundValues } from "./rules.js";

/** Input of {@link contractWindows}. */
export interface ContractWindowsInput {
  /** Type of contract. */
  contract: ContractType;
  /** First day of the training (DDF), from 2019-01-01 (internships: from 2015-09-01). */
  trainingStart: IsoDate;
  /** Last day of the training (DFF), on or after `trainingStart`. */
  trainingEnd: IsoDate;
  /** A {@link DatePolicy} or a preset name; default `"legal"`. A school policy is applied together with the law. */
  policy?: DatePolicy | PolicyName;
  /** Language of messages and errors; French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/** Earliest and latest allowed dates; `null` = no bound on that side. */
export interface DateWindow {
  /** First allowed date (included), or `null` when nothing bounds the window on that side. */
  earliest: IsoDate | null;
  /** Last allowed date (included), or `null` when nothing bounds the window on that side. */
  latest: IsoDate | null;
}

/** Result of {@link contractWindows}. */
export interface ContractWindowsResult {
  /** Allowed contract start dates, both bounds included. */
  start: DateWindow;
  /** Allowed contract end dates, both bounds included. */
  end: DateWindow;
  /** The policy applied and how each bound was computed, with its basis. */
  explanation: Step[];
  /** `PARAMETERS_NOT_VERIFIED` when the training starts after `dataVerifiedUntil`. */
  warnings: Violation[];
}

/** The validated fields {@link buildWindows} needs. */
export interface WindowsRequest {
  contract: ContractType;
  trainingStart: IsoDate;
  trainingEnd: IsoDate;
  /** `false`: no explanation (API.md §7b). */
  explain?: boolean | undefined;
}

/**
 * Input issues common to every function that takes training dates: a training start before the scope of
 * the contract type (`OUT_OF_SCOPE`), a training end before its start (`END_BEFORE_START`). Internal.
 *
 * @param request - contract type and training dates, already validated as ISO dates
 * @param locale - language of messages
 * @returns the issues, empty when the training dates are usable
 * @example
 * trainingIssues({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2025-08-31" }, "en")[0]?.code; //=> "END_BEFORE_START"
 */
export function trainingIssues(request: WindowsRequest, locale: Locale): InputIssue[] {
  const issues = scopeIssues([["trainingStart", request.trainingStart]], scopeStartOf(request.contract), locale);
  if (request.trainingEnd < request.trainingStart) issues.push(endBeforeStartIssue("trainingEnd", request.trainingStart, request.trainingEnd, locale));
  return issues;
}

const stepBound = (bound: Bound | null): BoundValues | null =>
  bound === null ? null : { date: bound.date, months: bound.months, anchor: bound.anchor, source: bound.source };

const basisOf = (...bounds: Array<Bound | null>): string[] => [...new Set(bounds.flatMap((bound) => bound?.legalBasis ?? []))];

/**
 * The windows for validated training dates and a resolved policy, with their bounds (sources and bases)
 * and explanation. Throws `OUT_OF_RANGE` when a bound falls past 2199. Internal.
 *
 * @param request - contract type and training dates, validated
 * @param resolved - the policy's and the law's rules for the contract type
 * @param locale - language of messages
 * @returns the windows, the bounds with their sources and the explanation
 * @example
 * buildWindows({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03" }, resolvePolicy("legal", "apprenticeship"), "fr").start;
 * //=> { earliest: "2025-06-01", latest: "2025-12-01" }
 */
export function buildWindows(
  request: WindowsRequest,
  resolved: ResolvedPolicy,
  locale: Locale,
): { start: DateWindow; end: DateWindow; explanation: Step[]; bounds: WindowBounds } {
  const bounds = windowBounds(resolved, request.trainingStart, request.trainingEnd);
  if ("outOfRange" in bounds) {
    throw new AlternanceInputError(
      bounds.outOfRange.map((field) => outOfRangeIssue(field, locale)),
      locale,
    );
  }
  const { start, end } = bounds;
  const explanation = explanationWhen(request.explain, () => [
    explainStep(policyApplied, locale, { policy: resolved.name, combinedWithLaw: resolved.combinedWithLaw }),
    {
      ...explainStep(startWindow, locale, { earliest: stepBound(start.earliest), latest: stepBound(start.latest), policy: resolved.name }),
      legalBasis: basisOf(start.earliest, start.latest),
    },
    {
      ...explainStep(endWindow, locale, { earliest: stepBound(end.earliest), latest: stepBound(end.latest), policy: resolved.name }),
      legalBasis: basisOf(end.earliest, end.latest),
    },
  ]);
  return {
    start: { earliest: start.earliest?.date ?? null, latest: start.latest?.date ?? null },
    end: { earliest: end.earliest?.date ?? null, latest: end.latest?.date ?? null },
    explanation,
    bounds,
  };
}

const windowsSchemaFor = policyInputSchemas((policy) =>
  inputObject({ contract: contractTypeSchema(), trainingStart: isoDateSchema(), trainingEnd: isoDateSchema(), policy }),
);

/**
 * When a work-study contract may start and end: the start window around the training start (DDF) and
 * the end window around the training end (DFF), under a date policy. Month offsets are calendar months
 * clamped to the end of the month (`2025-11-30` + 3 months = `2026-02-28`; `2025-08-31` − 3 months =
 * `2025-05-31`). Without a policy the law applies (`policies.legal`: apprenticeship start within 3 months
 * either side of the training start, L6222-12 and L6222-12-1; no other window). A school policy (a
 * preset name or a {@link DatePolicy} object) is applied together with the law: each bound is the
 * stricter of the two. `null` means no bound on that side.
 *
 * @param input - `{ contract, trainingStart, trainingEnd, policy?, locale?, explain? }`
 * @returns `{ start: { earliest, latest }, end: { earliest, latest }, explanation, warnings }`
 * @throws AlternanceInputError `INVALID_INPUT` for a malformed field (a policy's bad field is named by its
 *   path, e.g. `["policy", "apprenticeship", "start", "monthsBefore"]`), a training end before its start or
 *   a bound past 2199; `OUT_OF_SCOPE` for a training start before 2019-01-01 (internships: 2015-09-01)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037385971 (C. trav. L6222-12)
 * @example
 * contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03", policy: "miageAixMarseille" });
 * //=> { start: { earliest: "2025-06-01", latest: "2025-12-01" }, end: { earliest: "2027-09-03", latest: "2027-11-03" }, explanation: [...], warnings: [] }
 * contractWindows({ contract: "professionalisation", trainingStart: "2025-09-01", trainingEnd: "2026-07-03" }).start;
 * //=> { earliest: null, latest: null }
 */
export function contractWindows(input: ContractWindowsInput): ContractWindowsResult {
  const locale = localeOf(input);
  const parsed = parseInput(windowsSchemaFor(input), input, locale) as ContractWindowsInput;
  throwIfIssues(trainingIssues(parsed, locale), locale);
  const { start, end, explanation } = buildWindows(parsed, resolvePolicy(parsed.policy, parsed.contract), locale);
  return { start, end, explanation, warnings: verificationWarnings([parsed.trainingStart], locale) };
}

/** The input schemas {@link contractWindows} chooses between (`variants`), for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { windowsSchemaFor as contractWindowsSchemas };
