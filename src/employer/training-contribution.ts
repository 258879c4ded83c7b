/**
 * `employerTrainingContribution`: what the employer pays towards the training cost of an apprentice
 * preparing a diploma of level 6 or above (L6332-14 I 1°, R6332-25-1; docs/employer.md).
 */
import * as z from "zod/mini";
import { entryAt } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { Dec, roundHalfUp } from "../core/money.js";
import { inputObject, finiteNumber, localeOf, isoDateFrom, strictObject, parseInput, throwIfIssues, wholeNumber } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { verificationWarnings } from "../legal-values/verification.js";
import type { DiplomaLevel } from "../parameters/hiring-aid.js";
import { employerTrainingParticipation } from "../parameters/training-contribution.js";
import type { AidEmployer } from "./hiring-aid.js";
import {
  participationAfterRupture,
  participationFlat,
  participationLevel,
  participationNotInForce,
  participationProrataUnconfirmed,
  participationPublicEmployer,
  participationTrialPeriodRupture,
} from "./rules.js";

/** A rupture during the 45-day period of L6222-18 (R6332-25-1 al. 2). */
export interface TrialPeriodRupture {
  /** The contract's funding level (niveau de prise en charge, NPEC) set for the diploma, euros a year. */
  fundingLevel: number;
  /** Days performed under the contract until the rupture (calendar days, the first and the last included). */
  daysPerformed: number;
}

/**
 * Which paragraph of R6332-25-1 gave the amount.
 *
 * @example
 * const which: TrainingContributionCase = "flat";
 */
export type TrainingContributionCase = "none" | "flat" | "after-rupture" | "trial-period-rupture";

/** Input of {@link employerTrainingContribution}. */
export interface EmployerTrainingContributionInput {
  /** Conclusion (signature) of the contract, from 2019-01-01; the participation applies from 2025-07-01. */
  signatureDate: IsoDate;
  /** Level of the diploma or title prepared: 3 (CAP) to 8 (doctorate). */
  diplomaLevel: DiplomaLevel;
  /** A new contract with another employer after a rupture, under L6222-18-2: 200 €. */
  afterRupture?: boolean;
  /** The contract was broken during the 45-day period of L6222-18 (R6332-25-1 al. 2). */
  trialPeriodRupture?: TrialPeriodRupture;
  /** `"private"` (default) or `"public"` (non-industrial, non-commercial public sector). */
  employer?: AidEmployer;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: no explanation is built (`explanation: []`). */
  explain?: boolean;
}

/** Result of {@link employerTrainingContribution}. */
export interface EmployerTrainingContributionResult {
  /** What the employer pays for the contract, euros (once, whatever the contract's duration). */
  amount: number;
  /** Which paragraph of R6332-25-1 applied (`"none"`: no participation). */
  case: TrainingContributionCase;
  /** Texts applied. */
  legalBasis: string[];
  /** The rules applied. */
  explanation: Step[];
  /** `PARTICIPATION_PRORATA_UNCONFIRMED`, `PUBLIC_EMPLOYER_PARTICIPATION_UNCONFIRMED`, `PARAMETERS_NOT_VERIFIED`. */
  warnings: Violation[];
}

/** A contract lasts at most 4 years (R6222-46, R6222-60): 1 461 days. */
const MAX_DAYS_PERFORMED = 4 * 365 + 1;
/** A bound of plausibility on a yearly funding level, so that a misplaced decimal point is caught; not a legal value. */
const MAX_FUNDING_LEVEL = 100_000;

const schema = inputObject({
  signatureDate: isoDateFrom(CONTRACT_SCOPE_START),
  diplomaLevel: z.literal([3, 4, 5, 6, 7, 8]),
  afterRupture: z.optional(z.boolean()),
  trialPeriodRupture: z.optional(
    strictObject({
      fundingLevel: finiteNumber().check(z.gt(0), z.lte(MAX_FUNDING_LEVEL)),
      daysPerformed: wholeNumber().check(z.gte(1), z.lte(MAX_DAYS_PERFORMED)),
    }),
  ),
  employer: z.optional(z.enum(["private", "public"])),
});

/**
 * What the employer pays towards the training of an apprentice (R6332-25-1), for contracts concluded
 * from 2025-07-01 (décret n° 2025-585): a flat **750 €** per contract whatever its duration when the
 * diploma or title prepared is of level 6 or above — levels 6, 7 **and 8** (« équivalant au moins au
 * niveau 6 ») —, **200 €** for a new contract concluded with another employer after a rupture, under
 * L6222-18-2 (`afterRupture: true`), and **0** otherwise (diploma below level 6, contract concluded
 * earlier). The participation exists only for level 6 and above (L6332-14 I 1°), so the 200 € case too.
 *
 * **Rupture during the 45 days of L6222-18** (`trialPeriodRupture`): « dans la limite de 750 euros, à
 * 50 % du montant de prise en charge … retenu au prorata temporis du nombre de jours effectués ». The text
 * gives no period for the pro rata; the yearly funding level is divided by **365** days (reading taken,
 * UNCONFIRMED, docs/employer.md; warning `PARTICIPATION_PRORATA_UNCONFIRMED`):
 * `min(750, 50 % × fundingLevel × daysPerformed / 365)`, rounded half-up to the cent. Giving both
 * `afterRupture` and `trialPeriodRupture` is an input error: the text does not say how they combine.
 *
 * **Public employers** (`employer: "public"`, reading taken, UNCONFIRMED): the participation reduces the
 * OPCO's funding of the contract, and OPCOs do not fund public-sector apprentices (own funds, CNFPT for
 * local authorities): 0 €, with the warning `PUBLIC_EMPLOYER_PARTICIPATION_UNCONFIRMED`.
 *
 * @param input - `{ signatureDate, diplomaLevel, afterRupture?, trialPeriodRupture?, employer?, locale?, explain? }`
 * @returns `{ amount, case, legalBasis, explanation, warnings }`
 * @throws AlternanceInputError naming the field: a level other than 3 to 8, an impossible date, a funding
 *   level not above 0 or above 100 000 €, days performed not a whole number from 1 to 1 461, both rupture
 *   cases at once (`CONFLICTING_FIELDS`), an unknown field; `OUT_OF_SCOPE` for a date before 2019-01-01
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051818943 (C. trav. R6332-25-1)
 * @example
 * employerTrainingContribution({ signatureDate: "2025-08-20", diplomaLevel: 7 }).amount; //=> 750
 * employerTrainingContribution({ signatureDate: "2025-08-20", diplomaLevel: 5 }).amount; //=> 0
 * employerTrainingContribution({ signatureDate: "2025-08-20", diplomaLevel: 6, afterRupture: true }).amount; //=> 200
 */
export function employerTrainingContribution(input: EmployerTrainingContributionInput): EmployerTrainingContributionResult {
  const locale = localeOf(input);
  const fields = parseInput(schema, input, locale);
  if (fields.afterRupture === true && fields.trialPeriodRupture !== undefined) {
    throwIfIssues(
      [
        inputIssue(
          ["trialPeriodRupture"],
          "CONFLICTING_FIELDS",
          {
            fr: "ne se combine pas avec afterRupture : R6332-25-1 ne dit pas quelle participation s'applique à un nouveau contrat lui-même rompu pendant les 45 jours",
            en: "cannot be combined with afterRupture: R6332-25-1 does not say which participation applies to a new contract itself broken during the 45 days",
          },
          locale,
        ),
      ],
      locale,
    );
  }
  const warnings = verificationWarnings([fields.signatureDate], locale);
  const entry = entryAt(employerTrainingParticipation, fields.signatureDate);
  const result = (amount: number, which: TrainingContributionCase, legalBasis: readonly string[], steps: () => Step[], extra: Violation[] = []) => ({
    amount,
    case: which,
    legalBasis: [...legalBasis],
    explanation: explanationWhen(fields.explain, steps),
    warnings: [...extra, ...warnings],
  });

  if (entry === undefined) {
    const since = employerTrainingParticipation.entries[0]!.since;
    return result(0, "none", participationNotInForce.legalBasis, () => [explainStep(participationNotInForce, locale, { signatureDate: fields.signatureDate, since })]);
  }
  const terms = entry.value;
  if (fields.diplomaLevel < terms.minimumLevel) {
    return result(0, "none", participationLevel.legalBasis, () => [
      explainStep(participationLevel, locale, { diplomaLevel: fields.diplomaLevel, minimumLevel: terms.minimumLevel }),
    ]);
  }
  if (fields.employer === "public") {
    return result(0, "none", participationPublicEmployer.legalBasis, () => [explainStep(participationPublicEmployer, locale, {})], [
      violationOf(participationPublicEmployer, locale, {}, "employer"),
    ]);
  }
  if (fields.afterRupture === true) {
    return result(terms.afterRuptureAmount, "after-rupture", participationAfterRupture.legalBasis, () => [
      explainStep(participationAfterRupture, locale, { amount: terms.afterRuptureAmount }),
    ]);
  }
  const rupture = fields.trialPeriodRupture;
  if (rupture !== undefined) {
    const exact = new Dec(rupture.fundingLevel).times(terms.trialPeriodRupturePercent).div(100).times(rupture.daysPerformed).div(terms.trialPeriodRuptureDaysPerYear);
    const amount = roundHalfUp(Dec.min(exact, terms.flatAmount));
    const values = {
      percent: terms.trialPeriodRupturePercent,
      fundingLevel: rupture.fundingLevel,
      daysPerformed: rupture.daysPerformed,
      daysPerYear: terms.trialPeriodRuptureDaysPerYear,
      cap: terms.flatAmount,
      amount,
    };
    return result(amount, "trial-period-rupture", participationTrialPeriodRupture.legalBasis, () => [explainStep(participationTrialPeriodRupture, locale, values)], [
      violationOf(participationProrataUnconfirmed, locale, { daysPerYear: terms.trialPeriodRuptureDaysPerYear }, "trialPeriodRupture"),
    ]);
  }
  return result(terms.flatAmount, "flat", participationFlat.legalBasis, () => [
    explainStep(participationFlat, locale, { diplomaLevel: fields.diplomaLevel, amount: terms.flatAmount }),
  ]);
}

/** The input schema {@link employerTrainingContribution} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { schema as employerTrainingContributionSchema };
