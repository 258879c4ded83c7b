/**
 * The tutor's checks: age (apprenticeship), experience and number of people supervised, for the
 * apprenticeship (L6223-8-1, R6223-22, R6223-6) and the professionalisation contract (D6325-6, D6325-9).
 */
import { valueAt } from "../core/dated.js";
import { ageOn, type IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { apprenticeshipTutorRules, professionalisationTutorRules } from "../parameters/contract-checks.js";
import type { ApprenticeshipTutor, ContractTutor } from "./input.js";
import {
  apprenticeshipTutorAge,
  apprenticeshipTutorExperience,
  apprenticeshipTutorSupervised,
  professionalisationTutorExperience,
  professionalisationTutorSupervised,
  type TutorAgeValues,
  type TutorExperienceValues,
  type TutorSupervisedValues,
} from "./rules.js";

/**
 * `sections.tutor` of a whole-contract check. Violation fields are nested paths (`tutor.birthDate`).
 *
 * @example
 * const tutor: TutorCheck = { valid: true, ageAtStart: 40, minimumAge: 18, experienceYears: 6, requiredExperienceYears: 2, supervised: 1, maximumSupervised: 2, violations: [], explanation: [], warnings: [] };
 */
export interface TutorCheck {
  /** Every condition on the tutor is met. */
  valid: boolean;
  /** Age of the tutor on the first day of the contract. */
  ageAtStart: number;
  /** Age the tutor must have (18 for an apprenticeship); `null` for a CPRO, whose texts set none. */
  minimumAge: number | null;
  /** The tutor's years of related experience, as given. */
  experienceYears: number;
  /** Years required: 2, or 1 with a diploma of the prepared level or above (apprenticeship). */
  requiredExperienceYears: number;
  /** People supervised at once, this contract included (default 1). */
  supervised: number;
  /** Most people the tutor may supervise at once. */
  maximumSupervised: number;
  /** `TUTOR_BELOW_MINIMUM_AGE`, `TUTOR_EXPERIENCE_INSUFFICIENT`, `TUTOR_TOO_MANY_SUPERVISED`. */
  violations: Violation[];
  /** The conditions applied. */
  explanation: Step[];
  /** None at present (kept for the shape every section shares). */
  warnings: Violation[];
}

/** The facts of the contract the tutor's checks need. */
export interface TutorContext {
  contractStart: IsoDate;
  /** Level prepared (apprenticeship), `null` when not given (a tutor's diploma then cannot count). */
  preparedLevel: number | null;
  /** The apprentice claims the `"exam-failure-extension"` exception. */
  apprenticeExtended: boolean;
  locale: Locale;
  explain: boolean | undefined;
}

/** Builds the section from the evaluated conditions (the steps are written only when explained). */
function tutorSection(
  base: Pick<TutorCheck, "ageAtStart" | "minimumAge" | "experienceYears" | "requiredExperienceYears" | "supervised" | "maximumSupervised">,
  violations: Violation[],
  explain: boolean | undefined,
  steps: () => Step[],
): TutorCheck {
  return { valid: violations.length === 0, ...base, violations, explanation: explanationWhen(explain, steps), warnings: [] };
}

/**
 * Checks a maître d'apprentissage: 18 or more on the first day of the contract (L6223-8-1); 2 years of
 * activity related to the qualification, or 1 year with a diploma of the prepared level or above in the
 * same field (R6223-22; `tutor.diplomaLevel` is read as such a diploma); at most 2 apprentices at once,
 * 3 when one of them is prolonged after an exam failure (R6223-6: `tutor.examFailureExtension`, or this
 * apprentice's `"exam-failure-extension"` exception).
 *
 * @param tutor - the tutor, validated
 * @param context - contract start, level prepared, exam-failure extension, locale, explain
 * @returns the tutor section
 * @see https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050 (Code du travail: L6223-8-1, R6223-22, R6223-6)
 * @example
 * checkApprenticeshipTutor({ birthDate: "1985-04-02", experienceYears: 1, diplomaLevel: 7 }, { contractStart: "2025-09-01", preparedLevel: 7, apprenticeExtended: false, locale: "en", explain: false }).valid; //=> true
 */
export function checkApprenticeshipTutor(tutor: ApprenticeshipTutor, context: TutorContext): TutorCheck {
  const { contractStart, preparedLevel, locale } = context;
  const rules = valueAt(apprenticeshipTutorRules, contractStart).value;
  const ageAtStart = ageOn(tutor.birthDate, contractStart);
  const age: TutorAgeValues = { birthDate: tutor.birthDate, contractStart, ageAtStart, minimumAge: rules.minimumAge, met: ageAtStart >= rules.minimumAge };

  const tutorDiplomaLevel = tutor.diplomaLevel ?? null;
  const diplomaCounts = tutorDiplomaLevel !== null && preparedLevel !== null && tutorDiplomaLevel >= preparedLevel;
  const requiredYears = diplomaCounts ? rules.experienceYearsWithDiploma : rules.experienceYears;
  const experience: TutorExperienceValues = {
    experienceYears: tutor.experienceYears,
    requiredYears,
    tutorDiplomaLevel,
    preparedLevel,
    diplomaCounts,
    met: tutor.experienceYears >= requiredYears,
  };

  const examFailureExtension = tutor.examFailureExtension === true || context.apprenticeExtended;
  const maximum = rules.maximumSupervised + (examFailureExtension ? rules.extraSupervisedAfterExamFailure : 0);
  const supervised = tutor.apprenticesSupervised ?? 1;
  const count: TutorSupervisedValues = { supervised, maximum, examFailureExtension, isEmployer: tutor.isEmployer === true, met: supervised <= maximum };

  const violations: Violation[] = [];
  if (!age.met) violations.push(violationOf(apprenticeshipTutorAge, locale, age, "tutor.birthDate"));
  if (!experience.met) violations.push(violationOf(apprenticeshipTutorExperience, locale, experience, "tutor.experienceYears"));
  if (!count.met) violations.push(violationOf(apprenticeshipTutorSupervised, locale, count, "tutor.apprenticesSupervised"));
  return tutorSection(
    { ageAtStart, minimumAge: rules.minimumAge, experienceYears: tutor.experienceYears, requiredExperienceYears: requiredYears, supervised, maximumSupervised: maximum },
    violations,
    context.explain,
    () => [
      explainStep(apprenticeshipTutorAge, locale, age),
      explainStep(apprenticeshipTutorExperience, locale, experience),
      explainStep(apprenticeshipTutorSupervised, locale, count),
    ],
  );
}

/**
 * Checks a CPRO tutor: 2 years of experience in a related qualification (D6325-6; a diploma does not
 * replace it, and the texts set no age); at most 3 people supervised at once by a salaried tutor, 2 by
 * the employer acting as tutor (`tutor.isEmployer`, D6325-9).
 *
 * @param tutor - the tutor, validated
 * @param context - contract start, locale, explain
 * @returns the tutor section (`minimumAge: null`)
 * @see https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050 (Code du travail: D6325-6, D6325-9)
 * @example
 * checkProfessionalisationTutor({ birthDate: "1990-01-01", experienceYears: 2, isEmployer: true, apprenticesSupervised: 3 }, { contractStart: "2025-09-01", locale: "en", explain: false }).violations[0].code;
 * //=> "TUTOR_TOO_MANY_SUPERVISED"
 */
export function checkProfessionalisationTutor(tutor: ContractTutor, context: Pick<TutorContext, "contractStart" | "locale" | "explain">): TutorCheck {
  const { contractStart, locale } = context;
  const rules = valueAt(professionalisationTutorRules, contractStart).value;
  const experience: TutorExperienceValues = {
    experienceYears: tutor.experienceYears,
    requiredYears: rules.experienceYears,
    tutorDiplomaLevel: null,
    preparedLevel: null,
    diplomaCounts: false,
    met: tutor.experienceYears >= rules.experienceYears,
  };
  const isEmployer = tutor.isEmployer === true;
  const maximum = isEmployer ? rules.maximumSupervisedByEmployer : rules.maximumSupervisedByEmployee;
  const supervised = tutor.apprenticesSupervised ?? 1;
  const count: TutorSupervisedValues = { supervised, maximum, examFailureExtension: false, isEmployer, met: supervised <= maximum };

  const violations: Violation[] = [];
  if (!experience.met) violations.push(violationOf(professionalisationTutorExperience, locale, experience, "tutor.experienceYears"));
  if (!count.met) violations.push(violationOf(professionalisationTutorSupervised, locale, count, "tutor.apprenticesSupervised"));
  return tutorSection(
    {
      ageAtStart: ageOn(tutor.birthDate, contractStart),
      minimumAge: null,
      experienceYears: tutor.experienceYears,
      requiredExperienceYears: rules.experienceYears,
      supervised,
      maximumSupervised: maximum,
    },
    violations,
    context.explain,
    () => [explainStep(professionalisationTutorExperience, locale, experience), explainStep(professionalisationTutorSupervised, locale, count)],
  );
}
