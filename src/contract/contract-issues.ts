/**
 * Input errors that need several fields of the nested input (the modules check their own): the agreed
 * pay periods within the contract, the practical training not before the start, a tutor born before it.
 */
import type { IsoDate } from "../core/dates.js";
import type { InputIssue } from "../core/errors.js";
import type { Locale } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { agreedPayIssues } from "./agreed-pay.js";
import type { AgreedMonthlyPay } from "./input.js";

/** The parts of a parsed contract input these checks read. */
interface ContractParts {
  tutor?: { birthDate: IsoDate } | undefined;
  contract: { contractStart: IsoDate; contractEnd: IsoDate; agreedMonthlyPay?: AgreedMonthlyPay[] | undefined; practicalTrainingStart?: IsoDate | undefined };
}

/**
 * The cross-field input errors of a whole-contract input, at their nested paths:
 * `contract.agreedMonthlyPay[i].from` (see `agreedPayIssues`), `contract.practicalTrainingStart` before
 * the contract start (`PRACTICAL_TRAINING_BEFORE_START`), `tutor.birthDate` not before the contract
 * start (`BIRTH_NOT_BEFORE_START`). The agreed pay is checked only when the contract's end is not before
 * its start (the pay functions report that one).
 *
 * @param parsed - the validated input
 * @param locale - language
 * @returns the issues (empty when all is well)
 * @example
 * contractIssues({ contract: { contractStart: "2025-09-01", contractEnd: "2026-08-31", practicalTrainingStart: "2025-08-31" } }, "en")[0].code;
 * //=> "PRACTICAL_TRAINING_BEFORE_START"
 */
export function contractIssues(parsed: ContractParts, locale: Locale): InputIssue[] {
  const { contractStart, contractEnd, agreedMonthlyPay, practicalTrainingStart } = parsed.contract;
  const issues: InputIssue[] = [];
  if (agreedMonthlyPay !== undefined && contractEnd >= contractStart) issues.push(...agreedPayIssues(agreedMonthlyPay, contractStart, contractEnd, locale));
  if (practicalTrainingStart !== undefined && practicalTrainingStart < contractStart) {
    issues.push(
      inputIssue(
        ["contract", "practicalTrainingStart"],
        "PRACTICAL_TRAINING_BEFORE_START",
        {
          fr: `la formation pratique ne peut pas commencer avant le début du contrat (${contractStart})`,
          en: `the practical training cannot start before the contract (${contractStart})`,
        },
        locale,
      ),
    );
  }
  if (parsed.tutor !== undefined && parsed.tutor.birthDate >= contractStart) {
    issues.push(
      inputIssue(
        ["tutor", "birthDate"],
        "BIRTH_NOT_BEFORE_START",
        { fr: `la date de naissance doit précéder le début du contrat (${contractStart})`, en: `the birth date must be before the contract start (${contractStart})` },
        locale,
      ),
    );
  }
  return issues;
}
