/**
 * Explanations word for word: a row states every step of a result (rule, values, French and English
 * message) and every violation and warning (code, field, French and English message), and
 * {@link expectExplained} runs the function in both languages and compares them all, in order.
 *
 * The explanation is what a careful engineer reads to see why an answer is right: these rows pin it
 * down, so that a changed value, a dropped clause or a wrong branch in a message fails a test.
 */
import { expect } from "vitest";
import type { Locale, Step, Violation } from "../../src/index.js";
import { catchInputError } from "./catch-input-error.js";

/** One step: rule id, its values, the French message, the English message. */
export type StepRow = readonly [rule: string, values: Record<string, unknown> | undefined, fr: string, en: string];
/** One violation or warning: code, field (or undefined), the French message, the English message. */
export type ViolationRow = readonly [code: string, field: string | undefined, fr: string, en: string];

/** Every step, violation and warning a result must carry. */
export interface Explained {
  explanation: readonly StepRow[];
  violations?: readonly ViolationRow[];
  warnings?: readonly ViolationRow[];
}

/** The parts of a result that explain it. */
interface ExplainedResult {
  explanation: Step[];
  violations?: Violation[];
  warnings?: Violation[];
}

const index = { fr: 2, en: 3 } as const;

const json = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/**
 * Runs `run` in French and in English and compares the explanation, violations and warnings with
 * the row, in order (values are locale-independent, messages are not).
 */
export function expectExplained(run: (locale: Locale) => ExplainedResult, expected: Explained): void {
  for (const locale of ["fr", "en"] as const) {
    const result = run(locale);
    const i = index[locale];
    // Values are compared as the JSON they serialise to (results are plain JSON data: −0 is 0).
    expect(
      result.explanation.map((step) => [step.rule, json(step.values), step.message]),
      `explanation (${locale})`,
    ).toEqual(expected.explanation.map((row) => [row[0], json(row[1]), row[i]]));
    const issues = (list: Violation[] | undefined) => (list ?? []).map((v) => [v.code, v.field, v.message]);
    const rows = (list: readonly ViolationRow[] | undefined) => (list ?? []).map((row) => [row[0], row[1], row[i]]);
    expect(issues(result.violations), `violations (${locale})`).toEqual(rows(expected.violations));
    expect(issues(result.warnings), `warnings (${locale})`).toEqual(rows(expected.warnings));
  }
}

/** One input issue: path, code, the French message, the English message. */
export type IssueRow = readonly [path: readonly (string | number)[], code: string, fr: string, en: string];

/**
 * Runs `run` in French and in English, expects an AlternanceInputError, and compares its issues
 * (path, code and message) with the rows, in order.
 */
export function expectIssues(run: (locale: Locale) => unknown, expected: readonly IssueRow[]): void {
  for (const locale of ["fr", "en"] as const) {
    const error = catchInputError(() => run(locale));
    expect(
      error.issues.map((issue) => [issue.path, issue.code, issue.message]),
      `issues (${locale})`,
    ).toEqual(expected.map((row) => [row[0], row[1], row[index[locale]]]));
  }
}
