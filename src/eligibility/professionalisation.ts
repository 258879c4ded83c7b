/**
 * `checkProfessionalisationEligibility`: does this person belong to a public of the professionalisation
 * contract (C. trav. L6325-1), and may this employer conclude one?
 */
import * as z from "zod/mini";
import { valueAt } from "../core/dated.js";
import { ageOn, type IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type RuleDeclaration, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { enumList, inputObject, isoDateFrom, isoDateSchema, localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { professionalisationAgeLimits } from "../parameters/eligibility.js";
import { EMPLOYER_KINDS, type EmployerKind } from "./employers.js";
import {
  benefitLabel,
  professionalisationAgeAtStart,
  professionalisationBenefitRecipient,
  professionalisationEmployerAllowed,
  professionalisationJobSeeker,
  professionalisationMinimumAge,
  professionalisationNoPublic,
  professionalisationPrivateIndividualExcluded,
  professionalisationPublicEmployerExcluded,
  professionalisationTemporaryWorkAgency,
  professionalisationYoungPerson,
  type Benefit,
} from "./rules.js";

/**
 * A public of L6325-1: `"young-person"` (16 to 25 inclusive), `"job-seeker"` (26 and over),
 * `"benefit-recipient"` (RSA, ASS, AAH, former CUI holder).
 *
 * @example
 * const publicKind: ProfessionalisationPublic = "job-seeker";
 */
export type ProfessionalisationPublic = "young-person" | "job-seeker" | "benefit-recipient";

/** Input of {@link checkProfessionalisationEligibility}. */
export interface ProfessionalisationEligibilityInput {
  /** Date of birth, `YYYY-MM-DD`. */
  birthDate: IsoDate;
  /** First day of the contract, from 2019-01-01; the age is taken on this day. */
  contractStart: IsoDate;
  /** Registered job seeker (demandeur d'emploi). */
  jobSeeker?: boolean;
  /** Benefits received: RSA, ASS, AAH, or a former CUI contract. */
  benefits?: Benefit[];
  /** Kind of employer. */
  employer: EmployerKind;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no explanation text is built (API.md §7b); `true` by default. */
  explain?: boolean;
}

/** Result of {@link checkProfessionalisationEligibility}. */
export interface ProfessionalisationEligibilityResult {
  /** At least one public applies and the employer may conclude a CPRO. */
  eligible: boolean;
  /** Age in completed years on `contractStart`. */
  ageAtStart: number;
  /** Every public of L6325-1 the person belongs to, in the order of the article. */
  publics: ProfessionalisationPublic[];
  /** `false` for the State, local authorities, public administrative bodies and private individuals. */
  employerAllowed: boolean;
  /** `AGE_BELOW_MINIMUM`, `NOT_IN_ELIGIBLE_PUBLIC`, `EMPLOYER_NOT_ALLOWED`. */
  violations: Violation[];
  /** The rules applied, in order. */
  explanation: Step[];
  /** `PARAMETERS_NOT_VERIFIED`. */
  warnings: Violation[];
}

const BENEFITS = Object.keys(benefitLabel) as [Benefit, ...Benefit[]];

const schema = inputObject({
  birthDate: isoDateSchema(),
  contractStart: isoDateFrom(CONTRACT_SCOPE_START),
  jobSeeker: z.optional(z.boolean()),
  benefits: z.optional(enumList(BENEFITS)),
  // A string first, so that a missing employer is REQUIRED and an unknown one lists the allowed values.
  employer: z.pipe(z.string(), z.enum(EMPLOYER_KINDS)),
});

const EXCLUDED_PUBLIC_EMPLOYERS: readonly EmployerKind[] = ["state", "local-authority", "public-administrative"];

/** The rule of the employer (for the explanation step), and the violation if any. */
function employerOutcome(employer: EmployerKind, locale: Locale): { rule: RuleDeclaration<{ employer: EmployerKind }>; violation: Violation | null } {
  const values = { employer };
  if (EXCLUDED_PUBLIC_EMPLOYERS.includes(employer)) {
    return {
      rule: professionalisationPublicEmployerExcluded,
      violation: violationOf(professionalisationPublicEmployerExcluded, locale, values, "employer"),
    };
  }
  if (employer === "private-individual") {
    return {
      rule: professionalisationPrivateIndividualExcluded,
      violation: violationOf(professionalisationPrivateIndividualExcluded, locale, values, "employer"),
    };
  }
  const rule = employer === "temporary-work-agency" ? professionalisationTemporaryWorkAgency : professionalisationEmployerAllowed;
  return { rule, violation: null };
}

/**
 * Checks who may be hired under a professionalisation contract (CPRO) and by whom. The publics of
 * L6325-1: young people aged 16 to 25 « révolus » (before the 26th birthday), job seekers aged 26 and
 * over, recipients of RSA, ASS or AAH and former CUI holders. Nobody under 16. Employers: private-law
 * employers, temporary-work agencies (L6325-23) and EPIC may; the State, local authorities, their public
 * administrative bodies and private individual employers may not (Ministry of Labour's page and
 * service-public.fr: the article of the Code that excludes public employers is UNCONFIRMED, docs/eligibility.md).
 *
 * L6325-1 does not say on which date the age is assessed (UNCONFIRMED, docs/eligibility.md): the library takes
 * the start of the contract.
 *
 * @param input - `{ birthDate, contractStart, jobSeeker?, benefits?, employer, locale?, explain? }`
 * @returns `{ eligible, ageAtStart, publics, employerAllowed, violations, explanation, warnings }`;
 *   violations `AGE_BELOW_MINIMUM`, `NOT_IN_ELIGIBLE_PUBLIC`, `EMPLOYER_NOT_ALLOWED`
 * @throws AlternanceInputError naming the field: missing or impossible date, unknown employer or
 *   benefit, birth after the start; `OUT_OF_SCOPE` for a start before 2019-01-01
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031088014 (C. trav. L6325-1)
 * @example
 * checkProfessionalisationEligibility({ birthDate: "1990-06-15", contractStart: "2025-09-01", jobSeeker: true, employer: "private" });
 * //=> { eligible: true, ageAtStart: 35, publics: ["job-seeker"], employerAllowed: true, violations: [], … }
 * checkProfessionalisationEligibility({ birthDate: "2004-01-20", contractStart: "2025-09-01", employer: "local-authority" }).violations[0].code;
 * //=> "EMPLOYER_NOT_ALLOWED"
 */
export function checkProfessionalisationEligibility(input: ProfessionalisationEligibilityInput): ProfessionalisationEligibilityResult {
  const locale = localeOf(input);
  const parsed = parseInput(schema, input, locale);
  const { birthDate, contractStart, employer } = parsed;
  if (birthDate > contractStart) {
    throwIfIssues(
      [
        inputIssue(
          ["birthDate"],
          "BIRTH_AFTER_CONTRACT",
          { fr: `la date de naissance est postérieure au début du contrat (${contractStart})`, en: `the birth date is after the contract start (${contractStart})` },
          locale,
        ),
      ],
      locale,
    );
  }
  const jobSeeker = parsed.jobSeeker ?? false;
  const benefits = BENEFITS.filter((benefit) => parsed.benefits?.includes(benefit));
  const limits = valueAt(professionalisationAgeLimits, contractStart).value;
  const ageAtStart = ageOn(birthDate, contractStart);

  const violations: Violation[] = [];
  const publics: ProfessionalisationPublic[] = [];
  const young = ageAtStart <= limits.youngMaximumAge;
  const seeker = jobSeeker && ageAtStart >= limits.jobSeekerMinimumAge;
  const recipient = benefits.length > 0;
  const belowMinimum = ageAtStart < limits.youngMinimumAge;

  if (belowMinimum) {
    violations.push(violationOf(professionalisationMinimumAge, locale, { ageAtStart, minimumAge: limits.youngMinimumAge }, "birthDate"));
  } else {
    if (young) publics.push("young-person");
    if (seeker) publics.push("job-seeker");
    if (recipient) publics.push("benefit-recipient");
    if (publics.length === 0) violations.push(violationOf(professionalisationNoPublic, locale, { ageAtStart }));
  }

  const employerCheck = employerOutcome(employer, locale);
  if (employerCheck.violation) violations.push(employerCheck.violation);

  return {
    eligible: violations.length === 0,
    ageAtStart,
    publics,
    employerAllowed: employerCheck.violation === null,
    violations,
    explanation: explanationWhen(parsed.explain, () => [
      explainStep(professionalisationAgeAtStart, locale, { contractStart, ageAtStart }),
      ...(belowMinimum
        ? [explainStep(professionalisationMinimumAge, locale, { ageAtStart, minimumAge: limits.youngMinimumAge })]
        : [
            explainStep(professionalisationYoungPerson, locale, { ageAtStart, minimumAge: limits.youngMinimumAge, maximumAge: limits.youngMaximumAge, met: young }),
            explainStep(professionalisationJobSeeker, locale, { ageAtStart, minimumAge: limits.jobSeekerMinimumAge, jobSeeker, met: seeker }),
            explainStep(professionalisationBenefitRecipient, locale, { benefits, met: recipient }),
          ]),
      explainStep(employerCheck.rule, locale, { employer }),
    ]),
    warnings: verificationWarnings([contractStart], locale),
  };
}

/** The input schema {@link checkProfessionalisationEligibility} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { schema as checkProfessionalisationEligibilitySchema };
