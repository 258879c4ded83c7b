/**
 * Input schemas and cross-field checks shared by the pay functions.
 */
import * as z from "zod/mini";
import type { IsoDate } from "../core/dates.js";
import type { InputIssue } from "../core/errors.js";
import type { Locale } from "../core/explain.js";
import { formatNumber } from "../core/format.js";
import { inputIssue } from "../core/issues.js";
import { Dec } from "../core/money.js";
import { smicScopeStart, type Territory } from "../legal-values/smic.js";
import { finiteNumber } from "../core/schema.js";

/**
 * Hours in a week (7 × 24): the only upper bound put on `weeklyHours`. The legal maximum working
 * week is not in the library's legal reference, so it is not enforced here.
 */
export const HOURS_IN_A_WEEK = 168;

/**
 * Sanity bound of `conventionalMinimumMonthly`, euros a month: not a legal value, a guard against
 * typing errors that also keeps every amount exact to the cent in a JavaScript number.
 */
export const MAX_CONVENTIONAL_MINIMUM_MONTHLY = 1_000_000;

/**
 * Sanity bound of `previousContract.lastYearRatePercent`: no combination of the grid and its
 * increases reaches it (the highest is 100 % + 15 + 15 + 20 points); a guard against typing errors.
 */
export const MAX_PREVIOUS_RATE_PERCENT = 200;

/**
 * Weekly working hours: more than 0, at most the hours of a week.
 *
 * @example
 * weeklyHoursSchema().safeParse(0).success; //=> false
 */
export function weeklyHoursSchema() {
  return finiteNumber().check(z.gt(0), z.lte(HOURS_IN_A_WEEK));
}

/**
 * A monthly amount in euros and cents (at most two decimals), more than 0.
 *
 * @example
 * conventionalMinimumSchema().safeParse(1900.005).success; //=> false
 */
export function conventionalMinimumSchema() {
  return finiteNumber().check(
      z.gt(0),
      z.lte(MAX_CONVENTIONAL_MINIMUM_MONTHLY),
      z.refine((value: number) => new Dec(value).decimalPlaces() <= 2, { params: { code: "NOT_MULTIPLE", step: 0.01 } }),
    );
}

/**
 * Territory whose SMIC applies.
 *
 * @example
 * territorySchema().safeParse("guyane").success; //=> false
 */
export function territorySchema() {
  return z.enum(["metropole", "mayotte"]);
}

/** Dates of a contract, as parsed. */
export interface ContractDates {
  birthDate: IsoDate;
  contractStart: IsoDate;
  contractEnd?: IsoDate | undefined;
  territory?: Territory | undefined;
}

/**
 * Cross-field checks of the dates: birth before the start, end not before the start, `date` within
 * the contract, SMIC known for the territory on the dates that need it.
 *
 * @param dates - parsed input
 * @param date - the day asked for, or `undefined` for a schedule (the SMIC is then needed from the start)
 * @param locale - language of the messages
 * @returns the issues found (empty when all is well)
 * @example
 * contractDateIssues({ birthDate: "2006-04-10", contractStart: "2025-09-01" }, "2025-08-31", "en")[0].code;
 * //=> "DATE_BEFORE_CONTRACT_START"
 */
export function contractDateIssues(dates: ContractDates, date: IsoDate | undefined, locale: Locale): InputIssue[] {
  const issues: InputIssue[] = [];
  const { birthDate, contractStart, contractEnd } = dates;
  if (birthDate >= contractStart) {
    issues.push(
      inputIssue(
        ["birthDate"],
        "BIRTH_NOT_BEFORE_START",
        { fr: `la date de naissance doit précéder le début du contrat (${contractStart})`, en: `the birth date must be before the contract start (${contractStart})` },
        locale,
      ),
    );
  }
  if (contractEnd !== undefined && contractEnd < contractStart) {
    issues.push(
      inputIssue(
        ["contractEnd"],
        "END_BEFORE_START",
        { fr: `la fin du contrat précède son début (${contractStart})`, en: `the contract end is before its start (${contractStart})` },
        locale,
      ),
    );
  }
  if (date !== undefined && date < contractStart) {
    issues.push(
      inputIssue(
        ["date"],
        "DATE_BEFORE_CONTRACT_START",
        { fr: `la date précède le début du contrat (${contractStart})`, en: `the date is before the contract start (${contractStart})` },
        locale,
      ),
    );
  } else if (date !== undefined && contractEnd !== undefined && contractEnd >= contractStart && date > contractEnd) {
    issues.push(
      inputIssue(
        ["date"],
        "DATE_AFTER_CONTRACT_END",
        { fr: `la date est postérieure à la fin du contrat (${contractEnd})`, en: `the date is after the contract end (${contractEnd})` },
        locale,
      ),
    );
  }
  const territory = dates.territory ?? "metropole";
  const smicSince = smicScopeStart(territory);
  const [field, needed] = date === undefined ? (["contractStart", contractStart] as const) : (["date", date] as const);
  if (needed < smicSince) {
    issues.push(
      inputIssue(
        [field],
        "OUT_OF_SCOPE",
        {
          fr: `« ${needed} » est antérieur au ${smicSince}, premier jour où la bibliothèque connaît le SMIC de ce territoire (${territory})`,
          en: `"${needed}" is before ${smicSince}, the first day the library knows the SMIC of this territory (${territory})`,
        },
        locale,
      ),
    );
  }
  return issues;
}

/**
 * An issue for an input that applies a rule read only in its version in force since `since`, on a
 * contract concluded earlier (`OUT_OF_SCOPE`).
 *
 * @param field - the input field
 * @param since - first contract date covered for this rule
 * @param article - the article, e.g. `"D6222-30"`
 * @param locale - language
 * @returns the issue
 * @example
 * ruleNotCoveredIssue("licencePro", "2020-04-01", "D6222-32", "en").code; //=> "OUT_OF_SCOPE"
 */
export function ruleNotCoveredIssue(field: string, since: IsoDate, article: string, locale: Locale): InputIssue {
  return inputIssue(
    [field],
    "OUT_OF_SCOPE",
    {
      fr: `l'article ${article} n'est couvert que pour les contrats conclus depuis le ${since} (version antérieure non vérifiée)`,
      en: `article ${article} is covered only for contracts concluded from ${since} (the earlier wording was not checked)`,
    },
    locale,
  );
}

/**
 * An issue for a whole number above its maximum (`TOO_BIG`).
 *
 * @param field - the input field path
 * @param maximum - the largest value allowed
 * @param reason - why, in both languages
 * @param locale - language
 * @returns the issue
 * @example
 * tooBigIssue(["creditedMonths"], 36, { fr: "cycle de 3 ans au plus", en: "cycle of at most 3 years" }, "en").code; //=> "TOO_BIG"
 */
export function tooBigIssue(field: (string | number)[], maximum: number, reason: { fr: string; en: string }, locale: Locale): InputIssue {
  return inputIssue(
    field,
    "TOO_BIG",
    { fr: `doit être au plus ${formatNumber(maximum, "fr")} (${reason.fr})`, en: `must be at most ${maximum} (${reason.en})` },
    locale,
  );
}
