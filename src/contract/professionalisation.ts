/**
 * `checkProfessionalisationContract`: a whole professionalisation contract (CPRO), as the CERFA EJ20
 * carries it, checked in one call.
 */
import type { InputIssue } from "../core/errors.js";
import { localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { checkProfessionalisationEligibility, type ProfessionalisationEligibilityResult } from "../eligibility/index.js";
import { professionalisationPaySchedule } from "../pay/index.js";
import { checkTrainingHours } from "../training-hours/index.js";
import { compareAgreedPay } from "./agreed-pay.js";
import { composeResult, type ContractCheckResult, type SectionMaps } from "./compose.js";
import { contractIssues } from "./contract-issues.js";
import { professionalisationContractSchema, type ProfessionalisationContractInput } from "./input.js";
import { checkLegalRepresentative, checkWorkingTime } from "./minors.js";
import { attempt, fields, withOptions } from "./paths.js";
import { sharedSections } from "./shared-calls.js";
import { professionalisationAgreedPay, professionalisationLegalRepresentative } from "./rules.js";
import { checkProfessionalisationTutor } from "./tutor.js";

/**
 * Result of {@link checkProfessionalisationContract} (`sections.practicalTraining` is `null`).
 *
 * @example
 * const result: ProfessionalisationContractResult = checkProfessionalisationContract(input);
 */
export type ProfessionalisationContractResult = ContractCheckResult<ProfessionalisationEligibilityResult>;

const MAPS: SectionMaps = {
  eligibility: { ...fields("beneficiary", "birthDate", "jobSeeker", "benefits"), ...fields("contract", "contractStart"), employer: ["employer", "kind"] },
  dates: { ...fields("training", "trainingStart", "trainingEnd", "policy"), ...fields("contract", "contractStart", "contractEnd", "signatureDate", "extendedDuration") },
  registration: fields("contract", "contractStart"),
  pay: {
    ...fields("beneficiary", "birthDate"),
    ...fields("training", "qualification"),
    ...fields("contract", "contractStart", "contractEnd", "conventionalMinimumMonthly", "weeklyHours", "territory"),
  },
  trainingHours: { ...fields("training", "trainingHours", "extendedAbove25"), ...fields("contract", "contractStart", "contractEnd") },
};

/**
 * Checks a whole professionalisation contract in one call, with the same sections as
 * `checkApprenticeshipContract`:
 *
 * - `sections.eligibility`: `checkProfessionalisationEligibility` (publics of L6325-1, `employer.kind`);
 * - `sections.dates`, `sections.registration` (5 calendar days after the start, D6325-1): as for an
 *   apprenticeship, with the CPRO rules;
 * - `sections.pay`: `professionalisationPaySchedule` (`training.qualification`) and the agreed pay against it
 *   (`PAY_BELOW_MINIMUM`, L6325-8, L6325-9, D6325-15, D6325-18);
 * - `sections.trainingHours`: `checkTrainingHours` (15 % or 150 h to 25 %, `training.extendedAbove25`);
 * - `sections.tutor`: 2 years of experience (D6325-6; the texts set no age), at most 3 people supervised
 *   by a salaried tutor, 2 by the employer (`tutor.isEmployer`, D6325-9);
 * - `sections.workingTime`, `sections.legalRepresentative`: as for an apprenticeship (L3162-1;
 *   C. civ. 1146);
 * - `sections.practicalTraining`: `null` (L6222-12 is an apprenticeship rule).
 *
 * @param input - `{ beneficiary, employer, tutor?, training, contract, locale?, explain? }` (API.md §11)
 * @returns `{ valid, violations, warnings, sections, explanation }`
 * @throws AlternanceInputError naming every wrong field by its nested path, in French by default
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031088014 (C. trav. L6325-1)
 * @example
 * const result = checkProfessionalisationContract({
 *   beneficiary: { birthDate: "2002-08-30" },
 *   employer: { kind: "local-authority" },
 *   training: { qualification: "bac-pro-or-higher", trainingStart: "2025-09-04", trainingEnd: "2026-09-04" },
 *   contract: { contractStart: "2025-09-05", contractEnd: "2026-09-04" },
 * });
 * result.violations.map((v) => [v.code, v.field]); //=> [["EMPLOYER_NOT_ALLOWED", "employer.kind"]]
 */
export function checkProfessionalisationContract(input: ProfessionalisationContractInput): ProfessionalisationContractResult {
  const locale = localeOf(input);
  const parsed = parseInput(professionalisationContractSchema(input), input, locale) as ProfessionalisationContractInput;
  const { beneficiary: person, training, contract, explain } = parsed;
  const { contractStart, contractEnd } = contract;
  const issues: InputIssue[] = contractIssues(parsed, false, locale);
  const run = <T>(call: () => T, map: SectionMaps[keyof SectionMaps]) => attempt(call, map, issues, locale);

  const eligibility = run(
    () =>
      checkProfessionalisationEligibility(
        withOptions({ birthDate: person.birthDate, contractStart, jobSeeker: person.jobSeeker, benefits: person.benefits, employer: parsed.employer.kind }, locale, explain),
      ),
    MAPS.eligibility,
  );
  const { dates, registration } = sharedSections("professionalisation", parsed, run, MAPS, locale, explain);
  const schedule = run(
    () =>
      professionalisationPaySchedule(
        withOptions(
          {
            birthDate: person.birthDate,
            contractStart,
            contractEnd,
            qualification: training.qualification,
            conventionalMinimumMonthly: contract.conventionalMinimumMonthly,
            weeklyHours: contract.weeklyHours,
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
          () =>
            checkTrainingHours(
              withOptions(
                { contract: "professionalisation" as const, contractStart, contractEnd, trainingHours: plannedHours, extendedAbove25: training.extendedAbove25 },
                locale,
                explain,
              ),
            ),
          MAPS.trainingHours,
        );
  throwIfIssues(issues, locale);

  const signatureDate = contract.signatureDate ?? contractStart;
  return composeResult(
    {
      eligibility: eligibility!,
      dates: dates ?? null,
      registration: registration!,
      pay: compareAgreedPay(contract.agreedMonthlyPay, schedule!, contractEnd, professionalisationAgreedPay, locale, explain),
      trainingHours: trainingHours ?? null,
      tutor: parsed.tutor === undefined ? null : checkProfessionalisationTutor(parsed.tutor, { contractStart, locale, explain }),
      workingTime: checkWorkingTime(
        { birthDate: person.birthDate, contractStart, weeklyHours: contract.weeklyHours, dailyHours: contract.dailyHours, derogation: contract.workingTimeDerogation },
        locale,
        explain,
      ),
      legalRepresentative: checkLegalRepresentative(
        { birthDate: person.birthDate, signatureDate, given: person.legalRepresentative === true, field: "beneficiary.legalRepresentative" },
        professionalisationLegalRepresentative,
        locale,
        explain,
      ),
      practicalTraining: null,
    },
    MAPS,
    [contractStart, contractEnd, signatureDate],
    locale,
    explain,
  );
}
