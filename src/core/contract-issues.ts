/**
 * Input issues about a contract's own dates, shared by the modules that take `contractStart` and
 * `contractEnd` (same code, same words everywhere).
 */
import type { IsoDate } from "./dates.js";
import type { InputIssue } from "./errors.js";
import type { Locale } from "./explain.js";
import { inputIssue } from "./issues.js";

/**
 * The `END_BEFORE_START` issue on `contractEnd`, or none when the end is not before the start.
 *
 * @param contractStart - first day of the contract
 * @param contractEnd - last day of the contract
 * @param locale - language of the message
 * @returns `[]`, or the one issue
 * @example
 * endBeforeStartIssues("2025-09-01", "2025-08-31", "en")[0].message;
 * //=> "contractEnd: the contract end (2025-08-31) is before its start (2025-09-01)"
 */
export function endBeforeStartIssues(contractStart: IsoDate, contractEnd: IsoDate, locale: Locale): InputIssue[] {
  if (contractEnd >= contractStart) return [];
  return [
    inputIssue(
      ["contractEnd"],
      "END_BEFORE_START",
      {
        fr: `la fin du contrat (${contractEnd}) précède son début (${contractStart})`,
        en: `the contract end (${contractEnd}) is before its start (${contractStart})`,
      },
      locale,
    ),
  ];
}
