/**
 * `checkApprenticeshipContract`: a whole apprenticeship contract, as the CERFA FA13 carries it,
 * checked in one call.
 */
import type { IsoDate } from "../core/dates.js";
import type { InputIssue } from "../core/errors.js";
import { localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { checkApprenticeshipEligibility, type ApprenticeshipEligibilityResult } from "../eligibility/index.js";
import { apprenticePaySchedule } from "../pay/index.js";
import { checkTrainingHours } from "../training-hours/index.js";
import { compareAgreedPay } from "./agreed-pay.js";
import { composeResult, type ContractCheckResult, type SectionMaps } from "./compose.js";
import { contractIssues } from "./contract-issues.js";
import { apprenticeshipContractSchema, type ApprenticeshipContractInput } from "./input.js";
import { checkLegalRepresentative, checkWorkingTime } from "./minors.js";
import { attempt, fields, withOptions } from "./paths.js";
import { sharedSections } from "./shared-calls.js";
import { checkPracticalTraining } from "./practical-training.js";
import { apprenticeshipAgreedPay, apprenticeshipLegalRepresentative } from "./rules.js";
import { checkApprenticeshipTutor } from "./tutor.js";

/**
 * Result of {@link checkApprenticeshipContract}.
 *
 * @example
 * const result: ApprenticeshipContractResult = checkApprenticeshipContract(input);
 */
export type ApprenticeshipContractResult = ContractCheckResult<ApprenticeshipEligibilityResult>;

const MAPS: SectionMaps = {
  eligibility: {
    ...fields("apprentice", "birthDate", "completedLowerSecondary", "exceptions", "previousContractEnd"),
    ...fields("contract", "contractStart", "signatureDate"),
  },
  dates: { ...fields("training", "trainingStart", "trainingEnd", "policy"), ...fields("contract", "contractStart", "contractEnd", "signatureDate", "extendedDuration") },
  registration: fields("contract", "contractStart"),
  pay: {
    ...fields("apprentice", "birthDate"),
    ...fields("contract", "contractStart", "contractEnd", "creditedMonths", "conventionalMinimumMonthly", "weeklyHours", "licencePro", "sameLevelDiploma", "previousContract", "territory"),
  },
  trainingHours: { ...fields("training", "trainingHours"), ...fields("contract", "contractStart", "contractEnd") },
};

/**
 * Checks a whole apprenticeship contract in one call, as the CERFA FA13 carries it: every module on
 * the same contract, and the checks the form makes on top of them.
 *
 * - `sections.eligibility`: `checkApprenticeshipEligibility` (age, exceptions);
 * - `sections.dates`: `checkContractDates` against `training.policy` (default the law);
 * - `sections.registration`: `registrationDeadline` (5 jours ouvrables after the start, D6224-1):
 *   information, never a violation;
 * - `sections.pay`: `apprenticePaySchedule` and, with `contract.agreedMonthlyPay`, every agreed period
 *   against the minimum of every schedule period it overlaps (`PAY_BELOW_MINIMUM`, R6222-4, D6222-26):
 *   a birthday or a SMIC revaluation inside an agreed period is caught on its own dates;
 * - `sections.trainingHours`: `checkTrainingHours` when `training.trainingHours` is given, else `null`;
 * - `sections.tutor`: age 18 on the start (L6223-8-1), experience (R6223-22), apprentices supervised
 *   (R6223-6); `null` without `tutor`;
 * - `sections.workingTime`: a minor at the start works at most 8 h a day and 35 h a week (L3162-1;
 *   `contract.workingTimeDerogation` for R3162-1 sites or the labour inspector);
 * - `sections.legalRepresentative`: a minor at the conclusion needs `apprentice.legalRepresentative`
 *   (R6222-2, C. civ. 1146);
 * - `sections.practicalTraining`: the practical training starts at the latest 3 months after the
 *   start (L6222-12; that day allowed).
 *
 * `valid` is `true` when no section has a violation. `violations` and `warnings` gather every
 * section's, with `field` as a path in the nested input (`apprentice.birthDate`, `tutor.birthDate`,
 * `contract.agreedMonthlyPay[1].amount`). Bad input is reported at once, every field by its full path:
 * the nested input is validated by one schema, then the modules' cross-field checks (birth after the
 * start, training end before its start, scope, …) are reported at the nested path too.
 *
 * @param input - `{ apprentice, employer?, tutor?, training, contract, locale?, explain? }` (API.md §11)
 * @returns `{ valid, violations, warnings, sections, explanation }`
 * @throws AlternanceInputError naming every wrong field by its nested path, in French by default
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037385971 (C. trav. L6222-12)
 * @example
 * const result = checkApprenticeshipContract({
 *   apprentice: { birthDate: "2004-03-10" },
 *   tutor: { birthDate: "1985-04-02", experienceYears: 6 },
 *   training: { diplomaLevel: 7, trainingStart: "2025-09-01", trainingEnd: "2027-09-03", trainingHours: 1056, policy: "miageAixMarseille" },
 *   contract: { contractStart: "2025-09-04", contractEnd: "2027-09-03", agreedMonthlyPay: [{ from: "2025-09-04", amount: 1300 }] },
 * });
 * result.valid; //=> true
 * result.sections.pay.comparisons?.length; //=> 4 (one per period of the minimum schedule)
 */
export function checkApprenticeshipContract(input: ApprenticeshipContractInput): ApprenticeshipContractResult {
  const locale = localeOf(input);
  const parsed = parseInput(apprenticeshipContractSchema(input), input, locale) as ApprenticeshipContractInput;
  const { apprentice, training, contract, explain } = parsed;
  const { contractStart, contractEnd } = contract;
  const issues: InputIssue[] = contractIssues(parsed, true, locale);
  const run = <T>(call: () => T, map: SectionMaps[keyof SectionMaps]) => attempt(call, map, issues, locale);

  const eligibility = run(
    () =>
      checkApprenticeshipEligibility(
        withOptions(
          {
            birthDate: apprentice.birthDate,
            contractStart,
            signatureDate: contract.signatureDate,
            completedLowerSecondary: apprentice.completedLowerSecondary,
            exceptions: apprentice.exceptions,
            previousContractEnd: apprentice.previousContractEnd,
          },
          locale,
          explain,
        ),
      ),
    MAPS.eligibility,
  );
  const { dates, registration } = sharedSections("apprenticeship", parsed, run, MAPS, locale, explain);
  const schedule = run(
    () =>
      apprenticePaySchedule(
        withOptions(
          {
            birthDate: apprentice.birthDate,
            contractStart,
            contractEnd,
            creditedMonths: contract.creditedMonths,
            conventionalMinimumMonthly: contract.conventionalMinimumMonthly,
            weeklyHours: contract.weeklyHours,
            licencePro: contract.licencePro,
            sameLevelDiploma: contract.sameLevelDiploma,
            previousContract: contract.previousContract,
            territory: contract.territory,
          },
          locale,
          explain,
        ),
      ),
    MAPS.pay,
  );
  const plannedHours = training.trainingHours;
  const trainingHours =
    plannedHours === undefined
      ? null
      : run(
          () => checkTrainingHours(withOptions({ contract: "apprenticeship" as const, contractStart, contractEnd, trainingHours: plannedHours }, locale, explain)),
          MAPS.trainingHours,
        );
  throwIfIssues(issues, locale);

  const signatureDate: IsoDate = contract.signatureDate ?? contractStart;
  return composeResult(
    {
      eligibility: eligibility!,
      dates: dates ?? null,
      registration: registration!,
      pay: compareAgreedPay(contract.agreedMonthlyPay, schedule!, contractEnd, apprenticeshipAgreedPay, locale, explain),
      trainingHours: trainingHours ?? null,
      tutor:
        parsed.tutor === undefined
          ? null
          : checkApprenticeshipTutor(parsed.tutor, {
              contractStart,
              preparedLevel: training.diplomaLevel ?? null,
              apprenticeExtended: apprentice.exceptions?.includes("exam-failure-extension") === true,
              locale,
              explain,
            }),
      workingTime: checkWorkingTime(
        { birthDate: apprentice.birthDate, contractStart, weeklyHours: contract.weeklyHours, dailyHours: contract.dailyHours, derogation: contract.workingTimeDerogation },
        locale,
        explain,
      ),
      legalRepresentative: checkLegalRepresentative(
        { birthDate: apprentice.birthDate, signatureDate, given: apprentice.legalRepresentative === true, field: "apprentice.legalRepresentative" },
        apprenticeshipLegalRepresentative,
        locale,
        explain,
      ),
      practicalTraining: checkPracticalTraining(contractStart, contract.practicalTrainingStart, locale, explain),
    },
    MAPS,
    [contractStart, contractEnd, signatureDate],
    locale,
    explain,
  );
}
