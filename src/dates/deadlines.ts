/**
 * `registrationDeadline`: the last day to send an apprenticeship or professionalisation contract to the
 * OPCO (the "dépôt" of the contract).
 */
import * as z from "zod/mini";
import { stepWorkingDays } from "../core/calendar.js";
import { entryAt } from "../core/dated.js";
import { addDays, isIsoDate, type IsoDate } from "../core/dates.js";
import { AlternanceInputError } from "../core/errors.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputObject, isoDateFrom, localeOf, parseInput } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { apprenticeshipRegistrationWorkingDays, professionalisationRegistrationDays } from "../parameters/contracts.js";
import { outOfRangeIssue } from "./input.js";
import { apprenticeshipRegistration, deadlineTextNotRead, professionalisationRegistration } from "./rules.js";

/** Input of {@link registrationDeadline}. */
export interface RegistrationDeadlineInput {
  /** Apprenticeship or professionalisation contract (internship conventions are not sent to an OPCO). */
  contract: "apprenticeship" | "professionalisation";
  /** First day of execution of the contract, from 2019-01-01. */
  contractStart: IsoDate;
  /** Language of messages and errors; French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/** Result of {@link registrationDeadline}. */
export interface RegistrationDeadlineResult {
  /** Last day to send the contract to the OPCO. */
  deadline: IsoDate;
  /** The article that sets the deadline. */
  legalBasis: string[];
  /** How the deadline was counted. */
  explanation: Step[];
  /** `DEADLINE_TEXT_NOT_READ` for starts before the version of the text that was read; `PARAMETERS_NOT_VERIFIED`. */
  warnings: Violation[];
}

const schema = inputObject({
  contract: z.enum(["apprenticeship", "professionalisation"]),
  contractStart: isoDateFrom(CONTRACT_SCOPE_START),
});

/**
 * Last day to send a contract to the OPCO after it starts:
 * - apprenticeship: "au plus tard dans les cinq jours ouvrables qui suivent le début de l'exécution du
 *   contrat" (C. trav. D6224-1): the 5th jour ouvrable after the start, the start itself not counted;
 *   jours ouvrables are Monday to Saturday, public holidays excluded (1 May, Ascension, 14 July, …);
 * - professionalisation: "dans les cinq jours qui suivent le début du contrat" (D6325-1): start + 5
 *   calendar days, not moved when it falls on a Sunday or a public holiday (the text gives no such rule).
 *
 * The texts read are D6224-1 in force since 2020-01-01 and D6325-1 in force since 2024-08-01; for an
 * earlier start the same deadline is computed and the warning `DEADLINE_TEXT_NOT_READ` says that the
 * earlier version of the text was not read. (Seed 001 says "dans les 5 jours qui suivent sa signature" for
 * the CPRO; the decree counts from the start of the contract, which is used here.)
 *
 * @param input - `{ contract: "apprenticeship" | "professionalisation", contractStart, locale?, explain? }`
 * @returns `{ deadline, legalBasis, explanation, warnings }`
 * @throws AlternanceInputError `INVALID_INPUT` for a malformed field, `OUT_OF_SCOPE` before 2019-01-01
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000039789635 (C. trav. D6224-1)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049854565 (C. trav. D6325-1)
 * @example
 * registrationDeadline({ contract: "apprenticeship", contractStart: "2026-05-04" }).deadline;
 * //=> "2026-05-11" (8 May is a public holiday, 10 May a Sunday)
 * registrationDeadline({ contract: "professionalisation", contractStart: "2026-05-04" }).deadline; //=> "2026-05-09"
 */
export function registrationDeadline(input: RegistrationDeadlineInput): RegistrationDeadlineResult {
  const locale = localeOf(input);
  const { contract, contractStart, explain } = parseInput(schema, input, locale);
  const apprenticeship = contract === "apprenticeship";
  const series = apprenticeship ? apprenticeshipRegistrationWorkingDays : professionalisationRegistrationDays;
  const firstEntry = series.entries[0]!;
  const entry = entryAt(series, contractStart) ?? firstEntry;
  const days = entry.value;
  const deadline = apprenticeship ? stepWorkingDays(contractStart, days, "ouvrables") : addDays(contractStart, days);
  if (!isIsoDate(deadline)) throw new AlternanceInputError([outOfRangeIssue("contractStart", locale)], locale);
  const rule = apprenticeship ? apprenticeshipRegistration : professionalisationRegistration;
  const warnings: Violation[] = [];
  if (contractStart < firstEntry.since) {
    warnings.push(violationOf(deadlineTextNotRead, locale, { contractStart, since: firstEntry.since }, "contractStart"));
  }
  warnings.push(...verificationWarnings([contractStart], locale));
  return {
    deadline,
    legalBasis: [...entry.legalBasis],
    explanation: explanationWhen(explain, () => [{ ...explainStep(rule, locale, { contractStart, days, deadline }), legalBasis: [...entry.legalBasis] }]),
    warnings,
  };
}

/** The input schema {@link registrationDeadline} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { schema as registrationDeadlineSchema };
