/**
 * The text of an input issue without the field name it starts with, for outputs that name the field
 * themselves (a flag, a CSV column).
 */
import type { InputIssue } from "../core/errors.js";
import type { Locale } from "../core/explain.js";
import { pathLabel } from "../core/issues.js";

/**
 * `"birthDate : date invalide …"` → `"date invalide …"`.
 *
 * @example
 * issueText({ path: ["birthDate"], code: "INVALID_DATE", message: "birthDate : date invalide" }, "fr"); //=> "date invalide"
 */
export function issueText(issue: InputIssue, locale: Locale): string {
  const prefix = `${pathLabel(issue.path)}${locale === "fr" ? " : " : ": "}`;
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
}
