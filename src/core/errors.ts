/**
 * `AlternanceInputError`: the one error the library throws, for input it cannot compute with.
 * A rule that is not met is never an error: it is a result with `violations`.
 */
import type { Locale } from "./explain.js";

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
 * Thrown for input the library cannot compute with: a missing or malformed field, an impossible date,
 * an unknown value, or a date before the library's scope (`code === "OUT_OF_SCOPE"`).
 * `issues` names every wrong field.
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
  /** Every wrong field. */
  readonly issues: InputIssue[];
  /** Language of the messages. */
  readonly locale: Locale;

  constructor(issues: InputIssue[], locale: Locale = "fr") {
    const heading = locale === "en" ? "Invalid input" : "Données invalides";
    super(`${heading}${locale === "en" ? ": " : " : "}${issues.map((issue) => issue.message).join(" ; ")}`);
    this.issues = issues;
    this.locale = locale;
    this.code = issues.length > 0 && issues.every((issue) => issue.code === "OUT_OF_SCOPE") ? "OUT_OF_SCOPE" : "INVALID_INPUT";
  }
}
