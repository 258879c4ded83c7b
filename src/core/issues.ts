/**
 * Turning zod results and cross-field checks into `InputIssue`s with our own French and English
 * messages (zod's messages are never shown).
 */
import { cutText, echoValue } from "./echo.js";
import type { Locale } from "./explain.js";
import { formatNumber } from "./format.js";
import { MAX_ISSUES, tooManyIssues, type InputIssue } from "./errors.js";

/** Wording of an issue in both languages. */
export interface IssueText {
  fr: string;
  en: string;
}

/**
 * Joins a path for display: `presenceHours[2].hours`. A key that came from the caller (an unknown
 * field) is cut like any echoed text, so the label stays short.
 *
 * @example
 * pathLabel(["presenceHours", 2, "hours"]); //=> "presenceHours[2].hours"
 */
export function pathLabel(path: readonly (string | number)[]): string {
  if (path.length === 0) return "input";
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : index === 0 ? cutText(part) : `.${cutText(part)}`)).join("");
}

/**
 * Longest message of one issue, in characters. Every message the library writes is far shorter (the
 * longest, a policy or preset field with its echoed value, is about 250); this is the guarantee.
 */
export const MAX_ISSUE_MESSAGE_LENGTH = 400;

/**
 * Builds one issue; the message starts with the field's name.
 *
 * @example
 * inputIssue(["contractEnd"], "END_BEFORE_START", { fr: "la fin précède le début", en: "the end is before the start" }, "fr");
 * //=> { path: ["contractEnd"], code: "END_BEFORE_START", message: "contractEnd : la fin précède le début" }
 */
export function inputIssue(path: (string | number)[], code: string, text: IssueText, locale: Locale): InputIssue {
  const separator = locale === "fr" ? " : " : ": ";
  const message = `${pathLabel(path)}${separator}${text[locale]}`;
  return { path, code, message: message.length > MAX_ISSUE_MESSAGE_LENGTH ? cutText(message, MAX_ISSUE_MESSAGE_LENGTH - 1) : message };
}


const TYPE_NAMES: Record<string, IssueText> = {
  string: { fr: "un texte", en: "a string" },
  number: { fr: "un nombre fini", en: "a finite number" },
  boolean: { fr: "vrai ou faux (booléen)", en: "true or false (boolean)" },
  object: { fr: "un objet", en: "an object" },
  array: { fr: "une liste", en: "an array" },
};

/** The parts of a zod issue we read (zod/mini, v4). */
export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  params?: Record<string, unknown>;
}

/** Messages of the custom checks declared with `params: { code }` in our schemas. */
function customText(params: Record<string, unknown> | undefined, input: unknown): [string, IssueText] {
  const code = typeof params?.["code"] === "string" ? params["code"] : "INVALID_VALUE";
  switch (code) {
    case "INVALID_DATE":
      return [
        code,
        {
          fr: `date invalide ${echoValue(input, "fr")} : une date réelle au format AAAA-MM-JJ est attendue (années 1900 à 2199)`,
          en: `invalid date ${echoValue(input, "en")}: a real date written YYYY-MM-DD is expected (years 1900 to 2199)`,
        },
      ];
    case "INVALID_MONTH":
      return [
        code,
        {
          fr: `mois invalide ${echoValue(input, "fr")} : un mois au format AAAA-MM est attendu`,
          en: `invalid month ${echoValue(input, "en")}: a month written YYYY-MM is expected`,
        },
      ];
    case "OUT_OF_SCOPE": {
      const since = String(params?.["since"]);
      return [
        code,
        {
          fr: `${echoValue(input, "fr")} est antérieur au ${since}, premier jour couvert par la bibliothèque pour cette donnée`,
          en: `${echoValue(input, "en")} is before ${since}, the first day the library covers for this value`,
        },
      ];
    }
    case "NOT_MULTIPLE": {
      const step = Number(params?.["step"]);
      return [code, { fr: `doit être un multiple de ${formatNumber(step, "fr")}`, en: `must be a multiple of ${step}` }];
    }
    default:
      return [code, { fr: `valeur invalide ${echoValue(input, "fr")}`, en: `invalid value ${echoValue(input, "en")}` }];
  }
}

/** Message of a `too_small` or `too_big` issue: a number, the length of a list or of a text. */
function boundText(issue: ZodIssueLike): IssueText {
  const small = issue.code === "too_small";
  const bound = Number(small ? issue.minimum : issue.maximum);
  const strict = issue.inclusive === false;
  const fr = `${small ? (strict ? "supérieur à" : "au moins") : strict ? "inférieur à" : "au plus"} ${formatNumber(bound, "fr")}`;
  const en = `${small ? (strict ? "greater than" : "at least") : strict ? "less than" : "at most"} ${formatNumber(bound, "en")}`;
  if (issue.origin === "array") {
    // A list too long says how long it was (130 000 entries give this one issue, not 130 000).
    const got = small ? { fr: "", en: "" } : { fr: `, reçu ${echoValue(issue.input, "fr")}`, en: `, got ${echoValue(issue.input, "en")}` };
    return { fr: `doit contenir ${fr} élément(s)${got.fr}`, en: `must have ${en} item(s)${got.en}` };
  }
  if (issue.origin === "string") return { fr: `doit contenir ${fr} caractère(s)`, en: `must have ${en} character(s)` };
  return { fr: `doit être ${fr}, reçu ${echoValue(issue.input, "fr")}`, en: `must be ${en}, got ${echoValue(issue.input, "en")}` };
}

/**
 * Converts zod issues to ours, with our codes and FR/EN messages.
 * A missing field gives `REQUIRED`; an unknown field gives one `UNKNOWN_FIELD` per key. The first
 * `MAX_ISSUES` are converted; the others are counted in one `TOO_MANY_ISSUES` issue.
 */
export function fromZodIssues(issues: readonly ZodIssueLike[], locale: Locale): InputIssue[] {
  const result: InputIssue[] = [];
  let hidden = 0;
  for (const issue of issues) {
    if (result.length >= MAX_ISSUES) {
      // Counted, not written: a pathological input does not make thousands of messages.
      hidden += issue.code === "unrecognized_keys" ? (issue.keys?.length ?? 0) : 1;
      continue;
    }
    const path = issue.path.map((part) => (typeof part === "number" ? part : String(part)));
    switch (issue.code) {
      case "invalid_type": {
        if (issue.expected === "int" && typeof issue.input === "number" && Number.isFinite(issue.input)) {
          result.push(inputIssue(path, "NOT_INTEGER", { fr: "doit être un nombre entier", en: "must be a whole number" }, locale));
        } else if (issue.input === undefined) {
          result.push(inputIssue(path, "REQUIRED", { fr: "champ obligatoire manquant", en: "required field is missing" }, locale));
        } else {
          const expected = TYPE_NAMES[issue.expected ?? ""] ?? { fr: String(issue.expected), en: String(issue.expected) };
          result.push(
            inputIssue(
              path,
              "INVALID_TYPE",
              { fr: `${expected.fr} est attendu, reçu ${echoValue(issue.input, "fr")}`, en: `${expected.en} is expected, got ${echoValue(issue.input, "en")}` },
              locale,
            ),
          );
        }
        break;
      }
      case "invalid_value": {
        if (issue.input === undefined) {
          result.push(inputIssue(path, "REQUIRED", { fr: "champ obligatoire manquant", en: "required field is missing" }, locale));
          break;
        }
        const allowed = (issue.values ?? []).map((value) => String(value)).join(", ");
        result.push(
          inputIssue(
            path,
            "INVALID_VALUE",
            {
              fr: `valeur inconnue ${echoValue(issue.input, "fr")} ; valeurs admises : ${allowed}`,
              en: `unknown value ${echoValue(issue.input, "en")}; allowed values: ${allowed}`,
            },
            locale,
          ),
        );
        break;
      }
      case "unrecognized_keys":
        for (const key of issue.keys ?? []) {
          if (result.length >= MAX_ISSUES) {
            hidden += 1;
            continue;
          }
          result.push(inputIssue([...path, key], "UNKNOWN_FIELD", { fr: "champ inconnu (faute de frappe ?)", en: "unknown field (a typo?)" }, locale));
        }
        break;
      case "too_small":
      case "too_big":
        result.push(inputIssue(path, issue.code === "too_small" ? "TOO_SMALL" : "TOO_BIG", boundText(issue), locale));
        break;
      case "custom": {
        const [code, text] = customText(issue.params, issue.input);
        result.push(inputIssue(path, code, text, locale));
        break;
      }
      default:
        result.push(inputIssue(path, "INVALID_VALUE", { fr: `valeur invalide ${echoValue(issue.input, "fr")}`, en: `invalid value ${echoValue(issue.input, "en")}` }, locale));
    }
  }
  return hidden > 0 ? [...result, tooManyIssues(hidden, locale)] : result;
}
