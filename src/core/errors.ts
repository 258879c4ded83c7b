/**
 * `AlternanceInputError`: the one error the library throws, for input it cannot compute with.
 * A rule that is not met is never an error: it is a result with `violations`.
 */
import type { Locale } from "./explain.js";
import { formatNumber } from "./format.js";

/**
 * One wrong field of an input.
 *
 * @example
 * const issue: InputIssue = { path: ["birthDate"], code: "INVALID_DATE", message: "birthDate : …" };
 */
export interface InputIssue {
  /** Where the field is in the input, e.g. `["presenceHours", 2, "hours"]`. */
  path: (string | number)[];
  /** Stable code: `REQUIRED`, `INVALID_DATE`, `INVALID_VALUE`, `OUT_OF_SCOPE`, …; the module guides (docs/) list those of each function. */
  code: string;
  /** What is wrong, naming the field, in the requested language. */
  message: string;
}

/** `INVALID_INPUT` for wrong input; `OUT_OF_SCOPE` when every issue is a date before the library's scope. */
export type AlternanceInputErrorCode = "INVALID_INPUT" | "OUT_OF_SCOPE";

/**
 * Most issues an {@link AlternanceInputError} lists one by one; the rest are counted in one last
 * `TOO_MANY_ISSUES` issue. 100 names every wrong field of any sensible input, and keeps the error small
 * whatever the input (a list of 100 000 bad rows, an object with 100 000 unknown keys).
 */
export const MAX_ISSUES = 100;

/** Most issue messages repeated in `error.message` (all are in `error.issues`). */
export const MAX_ISSUES_IN_MESSAGE = 20;

/** Hidden-issue counts of the summary issues built by {@link tooManyIssues}, so that caps can be merged exactly. */
const hiddenCounts = new WeakMap<InputIssue, number>();

/**
 * The last issue of a capped list: `hidden` more issues were found and not listed.
 *
 * @param hidden - how many issues are not listed
 * @param locale - language of the message
 * @returns the `TOO_MANY_ISSUES` issue, path `[]`
 * @example
 * tooManyIssues(250, "en").message; //=> "input: 250 more issues not listed (only the first 100 are)"
 */
export function tooManyIssues(hidden: number, locale: Locale): InputIssue {
  const issue: InputIssue = {
    path: [],
    code: "TOO_MANY_ISSUES",
    message:
      locale === "fr"
        ? `input : ${formatNumber(hidden, "fr")} autres problèmes non détaillés (seuls les ${MAX_ISSUES} premiers le sont)`
        : `input: ${formatNumber(hidden, "en")} more issues not listed (only the first ${MAX_ISSUES} are)`,
  };
  hiddenCounts.set(issue, hidden);
  return issue;
}

/** How many issues one issue stands for: 1, or the count a summary issue holds. */
const weight = (issue: InputIssue): number => hiddenCounts.get(issue) ?? 1;

/**
 * Keeps the first {@link MAX_ISSUES} issues and counts the others in one `TOO_MANY_ISSUES` issue.
 *
 * @param issues - the issues found, in order
 * @param locale - language of the summary
 * @returns at most `MAX_ISSUES + 1` issues
 * @example
 * capIssues(new Array(150).fill(issue), "fr").length; //=> 101
 */
export function capIssues(issues: readonly InputIssue[], locale: Locale): InputIssue[] {
  const listed = issues.filter((issue) => !hiddenCounts.has(issue));
  const hiddenBefore = issues.reduce((sum, issue) => sum + (hiddenCounts.get(issue) ?? 0), 0);
  if (listed.length <= MAX_ISSUES && hiddenBefore === 0) return [...issues];
  const kept = listed.slice(0, MAX_ISSUES);
  const hidden = hiddenBefore + listed.slice(MAX_ISSUES).reduce((sum, issue) => sum + weight(issue), 0);
  return hidden > 0 ? [...kept, tooManyIssues(hidden, locale)] : kept;
}

/**
 * Thrown for input the library cannot compute with: a missing or malformed field, an impossible date,
 * an unknown value, or a date before the library's scope (`code === "OUT_OF_SCOPE"`).
 * `issues` names every wrong field (the first 100, then one `TOO_MANY_ISSUES` issue counting the
 * rest); `message` repeats the first 20. Each message echoes
 * a rejected value in a bounded way (see `echoValue`), so the error stays small whatever the input.
 *
 * @example
 * try {
 *   smicAt("2025-02-30");
 * } catch (error) {
 *   if (error instanceof AlternanceInputError) {
 *     error.code; //=> "INVALID_INPUT"
 *     error.issues[0].path; //=> ["date"]
 *   }
 * }
 */
export class AlternanceInputError extends Error {
  /** Always `"AlternanceInputError"`, so the error can be told apart without `instanceof`. */
  override readonly name = "AlternanceInputError";
  /** `INVALID_INPUT`, or `OUT_OF_SCOPE` when all issues are dates before the scope. */
  readonly code: AlternanceInputErrorCode;
  /** Every wrong field (at most 100, then a `TOO_MANY_ISSUES` summary). */
  readonly issues: InputIssue[];
  /** Language of the messages. */
  readonly locale: Locale;

  constructor(issues: InputIssue[], locale: Locale = "fr") {
    const heading = locale === "en" ? "Invalid input" : "Données invalides";
    const capped = capIssues(issues, locale);
    const shown = capped.slice(0, MAX_ISSUES_IN_MESSAGE).map((issue) => issue.message);
    if (capped.length > MAX_ISSUES_IN_MESSAGE) {
      shown.push(locale === "en" ? `… (${capped.length - MAX_ISSUES_IN_MESSAGE} more in error.issues)` : `… (${capped.length - MAX_ISSUES_IN_MESSAGE} autres dans error.issues)`);
    }
    super(`${heading}${locale === "en" ? ": " : " : "}${shown.join(" ; ")}`);
    this.issues = capped;
    this.locale = locale;
    this.code = issues.length > 0 && issues.every((issue) => issue.code === "OUT_OF_SCOPE") ? "OUT_OF_SCOPE" : "INVALID_INPUT";
  }
}
