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
  tutor?: { birthDate: IsoDate; diplomaLevel?: number | undefined } | undefined;
  training: { trainingStart?: IsoDate | undefined; trainingEnd?: IsoDate | undefined; policy?: unknown; diplomaLevel?: number | undefined };
  contract: { contractStart: IsoDate; contractEnd: IsoDate; agreedMonthlyPay?: AgreedMonthlyPay[] | undefined; practicalTrainingStart?: IsoDate | undefined };
}

/**
 * The cross-field input errors of a whole-contract input, at their nested paths:
 * `contract.agreedMonthlyPay[i].from` (see `agreedPayIssues`), `contract.practicalTrainingStart` before
 * the contract start (`PRACTICAL_TRAINING_BEFORE_START`), `tutor.birthDate` not before the contract
 * start (`BIRTH_NOT_BEFORE_START`), a training date or a policy without both training dates and a
 * apprenticeship tutor's diploma without the level prepared (`REQUIRED`). The agreed pay is checked only when the
 * contract's end is not before its start (the pay functions report that one).
 *
 * @param parsed - the validated input
 * @param apprenticeship - an apprenticeship (the tutor's diploma then needs the level prepared)
 * @param locale - language
 * @returns the issues (empty when all is well)
 * @example
 * contractIssues({ training: {}, contract: { contractStart: "2025-09-01", contractEnd: "2026-08-31", practicalTrainingStart: "2025-08-31" } }, true, "en")[0].code;
 * //=> "PRACTICAL_TRAINING_BEFORE_START"
 */
export function contractIssues(parsed: ContractParts, apprenticeship: boolean, locale: Locale): InputIssue[] {
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
  issues.push(...trainingIssues(parsed, apprenticeship, locale));
  return issues;
}

/** Both training dates or neither (a policy needs them); the level prepared when the tutor's diploma is given. */
function trainingIssues(parsed: ContractParts, apprenticeship: boolean, locale: Locale): InputIssue[] {
  const { training } = parsed;
  const issues: InputIssue[] = [];
  const given = training.trainingStart !== undefined || training.trainingEnd !== undefined || training.policy !== undefined;
  for (const field of ["trainingStart", "trainingEnd"] as const) {
    if (given && training[field] === undefined) {
      issues.push(
        inputIssue(
          ["training", field],
          "REQUIRED",
          {
            fr: "obligatoire avec l'autre date de la formation ou une politique de dates (training.policy)",
            en: "required with the other training date or a date policy (training.policy)",
          },
          locale,
        ),
      );
    }
  }
  if (apprenticeship && parsed.tutor?.diplomaLevel !== undefined && training.diplomaLevel === undefined) {
    issues.push(
      inputIssue(
        ["training", "diplomaLevel"],
        "REQUIRED",
        { fr: "obligatoire avec tutor.diplomaLevel : le diplôme du tuteur se compare au niveau préparé (R6223-22)", en: "required with tutor.diplomaLevel: the tutor's diploma is compared with the level prepared (R6223-22)" },
        locale,
      ),
    );
  }
  return issues;
}
