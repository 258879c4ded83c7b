/**
 * `apprenticeshipHiringAid`: the State's aid to an employer who hires an apprentice, for the first year
 * of execution, by conclusion date, company size, diploma level, overseas, disability and employer kind
 * (L6243-1, D6243-1, D6243-2, L6522-4, L6227-12 and the décrets of the aide exceptionnelle; docs/employer.md).
 */
import * as z from "zod/mini";
import { valueAt } from "../core/dated.js";
import { ageOn, birthdayOfAge, firstDayOfNextMonth, type IsoDate } from "../core/dates.js";
import { endBeforeStartIssues } from "../core/contract-issues.js";
import type { InputIssue } from "../core/errors.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { inputObject, isoDateFrom, isoDateSchema, localeOf, parseInput, throwIfIssues, wholeNumber } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { verificationWarnings } from "../legal-values/verification.js";
import {
  apprenticeshipHiringAidSchemes,
  type DiplomaLevel,
  type HiringAidAmount,
  type HiringAidScheme,
  type HiringAidSchemeName,
} from "../parameters/hiring-aid.js";
import { spreadHiringAid, type AidMonth } from "./monthly-payments.js";
import {
  companyTooLarge,
  diplomaLevelAboveMaximum,
  exceptionalAidEnded,
  hiringAidAge,
  hiringAidFirstYear,
  hiringAidMonthly,
  hiringAidNone,
  hiringAidScheme,
  hiringAidWindow,
  largeCompanyCommitmentMissing,
  publicEmployerAidUnconfirmed,
  publicEmployerExceptionalAid,
  publicEmployerNoAideUnique,
  type AidAgeValues,
} from "./rules.js";

/**
 * Employer kind for the aid: `"public"` is the non-industrial, non-commercial public sector of L6227-1
 * (State, local authorities, public hospitals, EPA); an EPIC or a private company is `"private"`.
 *
 * @example
 * const employer: AidEmployer = "public";
 */
export type AidEmployer = "private" | "public";

/** Input of {@link apprenticeshipHiringAid}. */
export interface ApprenticeshipHiringAidInput {
  /** Conclusion (signature) of the contract, from 2019-01-01: it selects the window of aids. */
  signatureDate: IsoDate;
  /** Start of execution of the contract; not before `signatureDate`. */
  contractStart: IsoDate;
  /** Last day of the contract, inclusive; not before `contractStart`. */
  contractEnd: IsoDate;
  /** Level of the diploma or title prepared: 3 (CAP) to 8 (doctorate). */
  diplomaLevel: DiplomaLevel;
  /** Employees of the company (CSS L130-1 I, L6243-1-1): a whole number, 0 or more. */
  companyHeadcount: number;
  /** `"private"` (default) or `"public"` (non-industrial, non-commercial public sector). */
  employer?: AidEmployer;
  /** The apprentice is recognised as a disabled worker (RQTH). */
  disabledWorker?: boolean;
  /** The employer is in Guadeloupe, Guyane, Martinique, Mayotte, La Réunion, Saint-Barthélemy, Saint-Martin or Saint-Pierre-et-Miquelon (L6522-4). */
  overseas?: boolean;
  /** A company of 250 or more makes the alternance commitment the décret of the aide exceptionnelle requires. */
  largeCompanyCommitment?: boolean;
  /** The apprentice's birth date: required only for contracts concluded 2020-07-01 → 2022-12-31 (5 000 € under 18, 8 000 € from 18). */
  birthDate?: IsoDate;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: no explanation is built (`explanation: []`). */
  explain?: boolean;
}

/** Result of {@link apprenticeshipHiringAid}. */
export interface ApprenticeshipHiringAidResult {
  /** Whether the contract opens a right to an aid. */
  eligible: boolean;
  /** The aid granted, or `null`. */
  scheme: HiringAidSchemeName | null;
  /** Aid for the first year of execution, euros (prorated where the décret n° 2025-1031 applies); 0 when not eligible. */
  amount: number;
  /** The aid month by month over the first year; the amounts add up to `amount`. Empty when not eligible. */
  monthly: AidMonth[];
  /** Conditions not met (when not eligible), one per unmet condition of each scheme of the window. */
  violations: Violation[];
  /** The rules applied, in order. */
  explanation: Step[];
  /** `PUBLIC_EMPLOYER_AID_UNCONFIRMED`, `PARAMETERS_NOT_VERIFIED`. */
  warnings: Violation[];
}

/** More employees than any employer in France has: a bound of plausibility, not a legal value. */
const MAX_HEADCOUNT = 5_000_000;
/** Companies of this size or more are « large » for every aid (L6243-1, the décrets). */
const LARGE_COMPANY = 250;

const schema = inputObject({
  signatureDate: isoDateFrom(CONTRACT_SCOPE_START),
  contractStart: isoDateFrom(CONTRACT_SCOPE_START),
  contractEnd: isoDateSchema(),
  diplomaLevel: z.literal([3, 4, 5, 6, 7, 8]),
  companyHeadcount: wholeNumber().check(z.gte(0), z.lte(MAX_HEADCOUNT)),
  employer: z.optional(z.enum(["private", "public"])),
  disabledWorker: z.optional(z.boolean()),
  overseas: z.optional(z.boolean()),
  largeCompanyCommitment: z.optional(z.boolean()),
  birthDate: z.optional(isoDateSchema()),
});

type Fields = z.infer<typeof schema>;

/** Cross-field checks: end before start, signature after start, birth after start. */
function crossFieldIssues(fields: Fields, locale: Locale): InputIssue[] {
  const issues = endBeforeStartIssues(fields.contractStart, fields.contractEnd, locale);
  if (fields.signatureDate > fields.contractStart) {
    issues.push(
      inputIssue(
        ["signatureDate"],
        "SIGNATURE_AFTER_START",
        {
          fr: `le contrat est conclu (${fields.signatureDate}) après le début de son exécution (${fields.contractStart}) : les aides dépendent des deux dates, corrigez-les`,
          en: `the contract is concluded (${fields.signatureDate}) after its execution starts (${fields.contractStart}): the aids depend on both dates, correct them`,
        },
        locale,
      ),
    );
  }
  if (fields.birthDate !== undefined && fields.birthDate > fields.contractStart) {
    issues.push(
      inputIssue(
        ["birthDate"],
        "BIRTH_AFTER_CONTRACT",
        { fr: `la date de naissance est postérieure au début du contrat (${fields.contractStart})`, en: `the birth date is after the contract start (${fields.contractStart})` },
        locale,
      ),
    );
  }
  return issues;
}

/** The contract's facts the conditions read. */
interface Facts {
  fields: Fields;
  locale: Locale;
  publicEmployer: boolean;
  overseas: boolean;
  large: boolean;
}

/** A violation whose legal basis is the scheme's texts (the décret of an aide exceptionnelle, or the aide unique's articles). */
const forScheme = (violation: Violation, scheme: HiringAidScheme): Violation => ({ ...violation, legalBasis: [...scheme.legalBasis] });

/**
 * The conditions of a scheme the contract does not meet (empty: the scheme applies), each as the function
 * that writes its violation: a scheme tried before the granted one leaves no text to write.
 */
function unmetConditions(scheme: HiringAidScheme, facts: Facts): (() => Violation)[] {
  const { fields, locale } = facts;
  // A public employer is excluded from every scheme (by L6227-12, or by the reading taken): its other conditions are moot.
  if (facts.publicEmployer) {
    return [
      scheme.publicEmployers === "excluded"
        ? () => violationOf(publicEmployerNoAideUnique, locale, {}, "employer")
        : () => forScheme(violationOf(publicEmployerExceptionalAid, locale, {}, "employer"), scheme),
    ];
  }
  const found: (() => Violation)[] = [];
  if (facts.large && scheme.from250 === undefined) {
    found.push(() => violationOf(companyTooLarge, locale, { companyHeadcount: fields.companyHeadcount }, "companyHeadcount"));
  } else if (facts.large && fields.largeCompanyCommitment !== true) {
    const values = { companyHeadcount: fields.companyHeadcount, commitmentBy: scheme.commitmentBy ?? null };
    found.push(() => forScheme(violationOf(largeCompanyCommitmentMissing, locale, values, "largeCompanyCommitment"), scheme));
  }
  const maximumLevel = facts.overseas ? scheme.overseasMaximumLevel : scheme.maximumLevel;
  if (fields.diplomaLevel > maximumLevel) {
    const values = { scheme: scheme.scheme, diplomaLevel: fields.diplomaLevel, maximumLevel, overseas: facts.overseas };
    found.push(() => forScheme(violationOf(diplomaLevelAboveMaximum, locale, values, "diplomaLevel"), scheme));
  }
  const executionStartBefore = scheme.executionStartBefore;
  if (executionStartBefore !== undefined && fields.contractStart >= executionStartBefore) {
    found.push(() => violationOf(exceptionalAidEnded, locale, { contractStart: fields.contractStart, executionStartBefore }, "contractStart"));
  }
  return found;
}

/** Yearly amount of the first year: one amount, or one under 18 and one from 18 (2020–2022). */
type YearlyAmount = number | { under18: number; from18: number };

/** The yearly amount of a granted scheme for the contract, and whether it is the disabled worker's amount. */
function yearlyAmountOf(scheme: HiringAidScheme, facts: Facts): { yearly: YearlyAmount; disabledWorkerAmount: boolean } {
  if (facts.fields.disabledWorker === true && scheme.disabledWorker !== undefined) return { yearly: scheme.disabledWorker, disabledWorkerAmount: true };
  // A granted scheme covers the company's size (unmetConditions) and its level (every level up to the maximum has an amount).
  const amount: HiringAidAmount = facts.large ? scheme.from250! : scheme.below250;
  if (typeof amount === "number") return { yearly: amount, disabledWorkerAmount: false };
  if ("byLevel" in amount) return { yearly: amount.byLevel[facts.fields.diplomaLevel]!, disabledWorkerAmount: false };
  return { yearly: { ...amount.byAge }, disabledWorkerAmount: false };
}

/** The yearly amount month by month: by age in 2020–2022 (needs `birthDate`), else the same every month. */
function monthlyRule(yearly: YearlyAmount, fields: Fields, locale: Locale): { yearlyAmount: (monthStart: IsoDate) => number; age?: AidAgeValues } {
  if (typeof yearly === "number") return { yearlyAmount: () => yearly };
  const birthDate = fields.birthDate;
  if (birthDate === undefined) {
    throwIfIssues(
      [
        inputIssue(
          ["birthDate"],
          "REQUIRED",
          {
            fr: "la date de naissance de l'apprenti est nécessaire pour les contrats conclus du 2020-07-01 au 2022-12-31 (aide de 5 000 € avant 18 ans, 8 000 € à partir de 18 ans)",
            en: "the apprentice's birth date is needed for contracts concluded from 2020-07-01 to 2022-12-31 (aid of €5,000 under 18, €8,000 from 18)",
          },
          locale,
        ),
      ],
      locale,
    );
  }
  const known = birthDate as IsoDate;
  const ageAtStart = ageOn(known, fields.contractStart);
  const eighteenOn = birthdayOfAge(known, 18);
  const from18Since = ageAtStart >= 18 ? fields.contractStart : firstDayOfNextMonth(eighteenOn);
  return {
    yearlyAmount: (monthStart) => (ageAtStart >= 18 || monthStart >= from18Since ? yearly.from18 : yearly.under18),
    age: { birthDate: known, contractStart: fields.contractStart, ageAtStart, eighteenOn, from18Since },
  };
}

/**
 * The aid an employer gets for hiring an apprentice, for the first year of execution of the contract,
 * with its monthly payments.
 *
 * **Window.** The conclusion date (`signatureDate`) selects the window of aids
 * (`apprenticeshipHiringAidSchemes`, docs/employer.md): 2019 aide unique (4 125 €), 2020-07-01 → 2022-12-31
 * aide exceptionnelle (5 000 € under 18, 8 000 € from 18), 2023–2024 (6 000 €), 2025-01-01 → 2025-02-23
 * (aide unique 6 000 €), 2025-02-24 → 2025-12-31 (décret n° 2025-174), 2026-01-01 → 2026-03-07 (aide
 * unique only), from 2026-03-08 (décret n° 2026-168, for contracts whose execution starts before
 * 2027-01-01), and from 2027 the aide unique alone (5 000 €, 6 000 € for a disabled worker).
 *
 * **Scheme.** The schemes of the window are tried in order (aide unique first): the first whose conditions
 * hold is granted. Conditions: company under 250 for the aide unique, or the alternance commitment
 * (`largeCompanyCommitment: true`) for a company of 250 or more under the aide exceptionnelle; diploma
 * level at most the scheme's maximum (aide unique: level 4, level 5 overseas from 2020-01-01; aide
 * exceptionnelle: level 7 — a doctorate, level 8, never gets an aid); execution starting before
 * 2027-01-01 for the aide exceptionnelle of 2026; a private employer. When none holds, `eligible` is
 * `false`, `amount` 0 and `violations` lists every unmet condition of every scheme of the window, with a
 * stable code (`PUBLIC_EMPLOYER_NO_AIDE_UNIQUE`, `PUBLIC_EMPLOYER_EXCEPTIONAL_AID`, `COMPANY_TOO_LARGE`,
 * `LARGE_COMPANY_COMMITMENT_MISSING`, `DIPLOMA_LEVEL_ABOVE_MAXIMUM`, `EXCEPTIONAL_AID_ENDED`); for a
 * public employer, only its exclusion from each scheme (the other conditions are then moot).
 *
 * **Public employers (reading taken, UNCONFIRMED).** L6227-12 excludes the aide unique from the public
 * sector. Whether a public employer may get the aide exceptionnelle is not settled by the texts read
 * (docs/employer.md, readings taken): the Ministry of Labour's page says « Tous les employeurs », but the décrets
 * grant the aid to « entreprises » by their headcount, a separate aid was created for local authorities
 * hiring apprentices in 2020–2021 (décret n° 2020-1622, per the ASP's page), and an OPCO's guidance refuses
 * the aide exceptionnelle for an apprentice placed with a local authority. The stricter reading is taken: no aid, with the
 * violation `PUBLIC_EMPLOYER_EXCEPTIONAL_AID` and the warning `PUBLIC_EMPLOYER_AID_UNCONFIRMED`. Under
 * this reading the library never promises an aid that may be refused.
 *
 * **Large companies.** The commitment conditions the aid of a company of 250 or more, an apprentice
 * recognised as a disabled worker included (the RQTH amount of 6 000 € raises the amount, « quelle que
 * soit la taille », not the conditions). modele-social grants 6 000 € to such a company without the
 * commitment (docs/employer.md).
 *
 * **Amount and months.** `amount` is the aid for the first year of execution (from `contractStart` to
 * the day before its first anniversary), paid as 1/12 of the yearly amount per calendar month the
 * contract covers in that year, at most twelve months. From 2025-11-01 (décret n° 2025-1031, contracts in
 * progress too) the first and last months of a contract shorter than a year are due pro rata of the days
 * it covers in them (days covered / days of the month); the first month of a contract concluded before
 * 2025-11-01 stays due in full. Before 2025-11-01, every month covered is due in full. `monthly` lists
 * the months; its amounts are the differences of the running total rounded half-up to the cent, so they
 * add up to `amount` exactly. Not modelled: months of suspension without pay (not due, D6243-2 IV), an
 * early rupture (give the real `contractEnd`), the conditions of transmission to the OPCO within six
 * months and of no previous aid for the same apprentice and certification (D6243-2 I).
 *
 * **2020-07-01 → 2022-12-31.** 5 000 € a year under 18, 8 000 € from 18: an apprentice of 18 or more at
 * the start gets the adult amount from the first month; otherwise it applies from the first day of the
 * month after the 18th birthday. `birthDate` is required then (only then: an input error names it).
 *
 * @param input - `{ signatureDate, contractStart, contractEnd, diplomaLevel, companyHeadcount, employer?,
 *   disabledWorker?, overseas?, largeCompanyCommitment?, birthDate?, locale?, explain? }`
 * @returns `{ eligible, scheme, amount, monthly, violations, explanation, warnings }`
 * @throws AlternanceInputError naming the field: a level other than 3 to 8, a headcount that is negative,
 *   not whole or above 5 000 000, an impossible date, an end before the start (`END_BEFORE_START`), a
 *   signature after the start (`SIGNATURE_AFTER_START`), a birth after the start, `birthDate` missing
 *   where the window needs it (`REQUIRED`), an unknown field; `OUT_OF_SCOPE` for a date before 2019-01-01
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037386341 (C. trav. L6243-1)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000052476041 (C. trav. D6243-2)
 * @see https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000053634608 (décret n° 2026-168, art. 1)
 * @example
 * apprenticeshipHiringAid({ signatureDate: "2026-08-20", contractStart: "2026-09-01", contractEnd: "2028-08-31", diplomaLevel: 7, companyHeadcount: 40 });
 * //=> { eligible: true, scheme: "aide-exceptionnelle", amount: 2000, monthly: [{ month: "2026-09", amount: 166.67 }, …], violations: [], … }
 * apprenticeshipHiringAid({ signatureDate: "2026-01-15", contractStart: "2026-02-01", contractEnd: "2027-01-31", diplomaLevel: 6, companyHeadcount: 40 }).violations[0].code;
 * //=> "DIPLOMA_LEVEL_ABOVE_MAXIMUM"
 */
export function apprenticeshipHiringAid(input: ApprenticeshipHiringAidInput): ApprenticeshipHiringAidResult {
  const locale = localeOf(input);
  const fields = parseInput(schema, input, locale);
  throwIfIssues(crossFieldIssues(fields, locale), locale);
  const window = valueAt(apprenticeshipHiringAidSchemes, fields.signatureDate);
  const facts: Facts = {
    fields,
    locale,
    publicEmployer: fields.employer === "public",
    overseas: fields.overseas === true,
    large: fields.companyHeadcount >= LARGE_COMPANY,
  };
  const warnings: Violation[] = [];
  if (facts.publicEmployer && window.value.some((scheme) => scheme.publicEmployers === "unconfirmed")) {
    warnings.push(violationOf(publicEmployerAidUnconfirmed, locale, {}, "employer"));
  }
  warnings.push(...verificationWarnings([fields.signatureDate, fields.contractStart], locale));
  const windowStep = () =>
    explainStep(hiringAidWindow, locale, { signatureDate: fields.signatureDate, since: window.since, schemes: window.value.map((scheme) => scheme.scheme) });

  const unmet: (() => Violation)[] = [];
  const granted = window.value.find((scheme) => {
    const conditions = unmetConditions(scheme, facts);
    unmet.push(...conditions);
    return conditions.length === 0;
  });
  if (granted === undefined) {
    const violations = unmet.map((write) => write());
    return {
      eligible: false,
      scheme: null,
      amount: 0,
      monthly: [],
      violations,
      explanation: explanationWhen(fields.explain, () => [windowStep(), explainStep(hiringAidNone, locale, { signatureDate: fields.signatureDate })]),
      warnings,
    };
  }

  const { yearly, disabledWorkerAmount } = yearlyAmountOf(granted, facts);
  const { yearlyAmount, age } = monthlyRule(yearly, fields, locale);
  const spreading = spreadHiringAid({ signatureDate: fields.signatureDate, contractStart: fields.contractStart, contractEnd: fields.contractEnd, yearlyAmount });

  return {
    eligible: true,
    scheme: granted.scheme,
    amount: spreading.amount,
    monthly: spreading.monthly,
    violations: [],
    explanation: explanationWhen(fields.explain, () => [
      windowStep(),
      explainStep(hiringAidScheme, locale, {
        scheme: granted.scheme,
        companyHeadcount: fields.companyHeadcount,
        diplomaLevel: fields.diplomaLevel,
        overseas: facts.overseas,
        disabledWorkerAmount,
        annualAmount: yearly,
        commitmentBy: facts.large ? (granted.commitmentBy ?? null) : null,
      }),
      ...(age === undefined ? [] : [explainStep(hiringAidAge, locale, age)]),
      explainStep(hiringAidFirstYear, locale, {
        contractStart: fields.contractStart,
        contractEnd: fields.contractEnd,
        firstYearEnd: spreading.firstYearEnd,
        shorterThanAYear: spreading.shorterThanAYear,
      }),
      explainStep(hiringAidMonthly, locale, spreading.values),
    ]),
    warnings,
  };
}

/** The input schema {@link apprenticeshipHiringAid} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { schema as apprenticeshipHiringAidSchema };
