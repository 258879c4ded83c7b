/**
 * Bad usage of the command line (an unknown command or option, a missing value) in the user's
 * language, with « vouliez-vous dire … ? » when a known name is near. Node's `parseArgs` says it in
 * English only: its errors are read by their code and said again here.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { cutText } from "../core/echo.js";
import type { Locale } from "../core/explain.js";
import { nearestWord } from "../core/suggest.js";
import { DEFAULT_WIDTH, MAX_WIDTH, MIN_WIDTH } from "./layout.js";

/**
 * The options every one-off command and `check-contract` accept: `--format`, `--lang`, `--explain`,
 * `--width`, `--no-bom` (CSV), `--help`.
 *
 * @example
 * parseOptions(["--lang", "en"], COMMON_FLAGS, "fr").values.lang; //=> "en"
 */
export const COMMON_FLAGS = {
  format: { type: "string" },
  lang: { type: "string" },
  explain: { type: "boolean" },
  width: { type: "string" },
  "no-bom": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

/** Bad usage: an unknown command or flag, a missing value. The message is in the user's language. */
export class UsageError extends Error {}

/** `« text »` in French, `"text"` in English, cut like any echoed text. */
export const quote = (text: string, locale: Locale): string => (locale === "fr" ? `« ${cutText(text)} »` : `"${cutText(text)}"`);

/**
 * `; vouliez-vous dire « x » ?` (`; did you mean "x"?`) when a candidate is near `word`, else nothing.
 *
 * @example
 * didYouMean("--brith-date", ["--birth-date"], "fr"); //=> " ; vouliez-vous dire « --birth-date » ?"
 */
export function didYouMean(word: string, candidates: readonly string[], locale: Locale): string {
  const near = nearestWord(word, candidates);
  if (near === undefined) return "";
  return locale === "fr" ? ` ; vouliez-vous dire ${quote(near, locale)} ?` : `; did you mean ${quote(near, locale)}?`;
}

/** The option named in one of Node's parseArgs messages (`Unknown option '--x'`). */
function optionIn(message: string): string {
  return /'(-[^' ]*)/.exec(message)?.[1] ?? "";
}

/**
 * The message of a parseArgs error in the user's language.
 *
 * @param error - what parseArgs threw
 * @param options - the options it was given (for the suggestion)
 * @param locale - language
 * @returns e.g. `option inconnue « --birth-dat » ; vouliez-vous dire « --birth-date » ?`
 * @example
 * parseArgsMessage(Object.assign(new TypeError("Unknown option '--dat'"), { code: "ERR_PARSE_ARGS_UNKNOWN_OPTION" }), { date: { type: "string" } }, "fr"); //=> "option inconnue « --dat » ; vouliez-vous dire « --date » ?"
 */
export function parseArgsMessage(error: Error & { code?: string }, options: NonNullable<ParseArgsConfig["options"]>, locale: Locale): string {
  const fr = locale === "fr";
  const option = optionIn(error.message);
  const flags = Object.keys(options).map((name) => `--${name}`);
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `${fr ? "option inconnue" : "unknown option"} ${quote(option, locale)}${didYouMean(option.replace(/=.*$/, ""), flags, locale)}`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL": {
      const argument = /'([^']*)'/.exec(error.message)?.[1] ?? "";
      return `${fr ? "argument inattendu" : "unexpected argument"} ${quote(argument, locale)}${fr ? " (les valeurs suivent leur option : --birth-date 2006-04-10)" : " (values follow their option: --birth-date 2006-04-10)"}`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (error.message.includes("does not take an argument")) return fr ? `${option} ne prend pas de valeur` : `${option} takes no value`;
      if (error.message.includes("ambiguous")) {
        return fr
          ? `${option} : valeur manquante (une valeur qui commence par un tiret s'écrit ${option}=-…)`
          : `${option}: value missing (a value starting with a dash is written ${option}=-…)`;
      }
      return fr ? `${option} : valeur manquante` : `${option}: value missing`;
    default:
      return error.message;
  }
}

/**
 * `parseArgs` (strict) whose errors are {@link UsageError}s in the user's language.
 *
 * @param args - the arguments
 * @param options - the options accepted
 * @param locale - language of the messages
 * @param allowPositionals - whether bare arguments (a file) are accepted
 * @returns parseArgs' values and positionals
 * @throws UsageError for an unknown option, a missing value, an unexpected argument
 * @example
 * parseOptions(["--date", "2026-01-01"], { date: { type: "string" } }, "fr").values.date; //=> "2026-01-01"
 */
export function parseOptions(
  args: readonly string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  locale: Locale,
  allowPositionals = false,
): { values: Record<string, string | boolean | Array<string | boolean> | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError(parseArgsMessage(error as Error & { code?: string }, options, locale));
  }
}

/**
 * Agreement in number: `1 invalide`, `2 invalides`, `0 invalide` (in French, zero and one take the
 * singular; in English one only).
 *
 * @param count - how many
 * @param singular - the word for one
 * @param plural - the word for several
 * @param locale - language (the rule for zero differs)
 * @returns the count and the agreeing word
 * @example
 * counted(2, "invalide", "invalides", "fr"); //=> "2 invalides"
 * counted(0, "ligne", "lignes", "fr"); //=> "0 ligne"
 */
export function counted(count: number, singular: string, plural: string, locale: Locale): string {
  const one = locale === "fr" ? count < 2 : count === 1;
  return `${count} ${one ? singular : plural}`;
}

/**
 * The value of an option read before the arguments are parsed (`--lang en`, `--lang=en`), so that
 * even a usage error speaks the asked language.
 *
 * @param argv - the arguments
 * @param name - the option without its dashes
 * @returns its value, or `undefined` when it is not given
 * @example
 * optionValue(["smic", "--lang=en"], "lang"); //=> "en"
 */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  return argv[index]!.includes("=") ? argv[index]!.slice(argv[index]!.indexOf("=") + 1) : argv[index + 1];
}

/**
 * The width of tables and help: `--width N` (40 to 1000), else the terminal's, else 80.
 *
 * @param argv - the arguments (read for `--width`)
 * @param columns - the terminal's width, when standard output is one
 * @param locale - language of the error
 * @returns the width
 * @throws UsageError for a `--width` that is not a whole number from 40 to 1000
 * @example
 * outputWidth(["--width", "120"], undefined, "fr"); //=> 120
 * outputWidth([], undefined, "fr"); //=> 80
 */
export function outputWidth(argv: readonly string[], columns: number | undefined, locale: Locale): number {
  const text = optionValue(argv, "width");
  if (text === undefined) return columns ?? DEFAULT_WIDTH;
  const width = /^\d{1,4}$/.test(text) ? Number(text) : Number.NaN;
  if (width >= MIN_WIDTH && width <= MAX_WIDTH) return width;
  throw new UsageError(
    locale === "fr"
      ? `--width : nombre entier de ${MIN_WIDTH} à ${MAX_WIDTH} attendu, reçu ${quote(text ?? "", locale)}`
      : `--width: a whole number from ${MIN_WIDTH} to ${MAX_WIDTH} is expected, got ${quote(text ?? "", locale)}`,
  );
}
