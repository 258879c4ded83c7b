/**
 * The `alternance` command line: one-off answers (`eligibility`, `windows`, `pay`, …), CSV cohorts
 * (`batch`) and the demo. Exit codes: 0 every rule holds; 1 a rule is not met; 2 bad usage or bad
 * input (the message names the flag or field); 3 internal error; 130 (143) a batch interrupted by
 * Ctrl-C (SIGTERM).
 */
import { readFileSync } from "node:fs";
import type { ParseArgsConfig } from "node:util";
import { cutText } from "../core/echo.js";
import { AlternanceInputError } from "../core/errors.js";
import type { Locale } from "../core/explain.js";
import { findChoice, normalizeWord, unknownChoiceText } from "../core/french-words.js";
import { commands, type CommandSpec, type FlagSpec } from "./commands.js";
import { csvBom } from "./csv-cell.js";
import { renderResult, type OutputFormat } from "./render.js";
import type { Io } from "./io.js";
import { issueText } from "./issue-text.js";
import { DEFAULT_WIDTH, twoColumns, wrapWords } from "./layout.js";
import { COMMON_FLAGS, didYouMean, optionValue, outputWidth, parseOptions, quote, UsageError } from "./usage.js";
import { toIsoDate, toList, toMonthlyHours, toNumber, ValueError } from "./values.js";

/** Exit codes of the command line. */
export const EXIT = { ok: 0, ruleNotMet: 1, usage: 2, internal: 3 } as const;

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return manifest.version;
}

function localeFrom(argv: readonly string[]): Locale {
  return optionValue(argv, "lang") === "en" ? "en" : "fr";
}

/** The commands that read their own arguments (a file, a server), with their French alias. */
const OWN_COMMANDS = [
  { words: ["batch"], fr: ["lot"] },
  { words: ["check-contract"], fr: ["verifier-contrat"] },
  { words: ["demo"], fr: ["demo"] },
  { words: ["serve"], fr: ["serveur"] },
] as const;

/** Whether the first words of `argv` are `words` (accents, case, spaces and underscores ignored). */
function startsWith(argv: readonly string[], words: readonly string[]): boolean {
  return words.every((word, index) => argv[index] !== undefined && normalizeWord(argv[index]!) === word);
}

/** The one-off command `argv` starts with, in English or French, and how many words it took. */
function findCommand(argv: readonly string[]): [CommandSpec | undefined, number] {
  for (const command of [...commands].sort((a, b) => b.words.length - a.words.length)) {
    for (const words of [command.words, command.fr]) if (startsWith(argv, words)) return [command, words.length];
  }
  return [undefined, 0];
}

/** The command of `batch`, `check-contract`, `demo`, `serve` (or their French alias) `argv` starts with. */
function ownCommand(argv: readonly string[]): (typeof OWN_COMMANDS)[number]["words"][0] | undefined {
  return OWN_COMMANDS.find((command) => startsWith(argv, command.words) || startsWith(argv, command.fr))?.words[0];
}

/** `salaire apprentissage (pay apprenticeship)` in French, `pay apprenticeship (salaire apprentissage)` in English. */
function commandName(command: { words: readonly string[]; fr: readonly string[] }, locale: Locale): string {
  return commandNameLines(command, locale, "").join(" ");
}

/** The command's name in the locale's language, then the other in parentheses on its own line (once when they are the same). */
function commandNameLines(command: { words: readonly string[]; fr: readonly string[] }, locale: Locale, argument: string): string[] {
  const [first, second] = locale === "fr" ? [command.fr.join(" "), command.words.join(" ")] : [command.words.join(" "), command.fr.join(" ")];
  return first === second ? [`${first}${argument}`] : [`${first}${argument}`, `  (${second})`];
}

/** Every command name, English and French, for « vouliez-vous dire … ». */
function commandNames(): string[] {
  return [...commands, ...OWN_COMMANDS].flatMap((command) => [command.words.join(" "), command.fr.join(" ")]);
}

function mainHelp(locale: Locale, width: number): string {
  const fr = locale === "fr";
  const own = (words: string, argument: string) => commandNameLines(OWN_COMMANDS.find((candidate) => candidate.words[0] === words)!, locale, argument);
  const rows: Array<readonly [readonly string[], string]> = [
    ...commands.map((command) => [commandNameLines(command, locale, ""), command.summary[locale]] as const),
    [own("batch", fr ? " FICHIER.csv" : " FILE.csv"), fr ? "une cohorte de contrats en CSV (voir alternance lot --help)" : "a CSV cohort of contracts (see alternance batch --help)"],
    [own("check-contract", fr ? " FICHIER.json" : " FILE.json"), fr ? "un contrat entier en JSON (voir alternance verifier-contrat --help)" : "a whole contract as JSON (see alternance check-contract --help)"],
    [own("demo", ""), fr ? "démonstration sur examples/cohort.csv (voir alternance demo --help)" : "demo on examples/cohort.csv (see alternance demo --help)"],
    [own("serve", ""), fr ? "l'API HTTP (JSON) de toutes les fonctions et la page du bureau (voir alternance serveur --help)" : "the HTTP (JSON) API of every function and the office page (see alternance serve --help)"],
  ];
  const options: Array<readonly [readonly string[], string]> = [
    [["--format table|json|csv"], fr ? "sortie (table par défaut ; json = le résultat exact de l'API)" : "output (table by default; json = the exact API result)"],
    [["--lang fr|en"], fr ? "langue des libellés et messages (français par défaut)" : "language of labels and messages (French by default)"],
    [["--explain"], fr ? "affiche l'explication pas à pas" : "shows the step-by-step explanation"],
    [["--width N"], fr ? `largeur des tableaux (par défaut : COLUMNS, sinon celle du terminal, ${DEFAULT_WIDTH} hors terminal)` : `width of tables (default: COLUMNS, else the terminal's, ${DEFAULT_WIDTH} outside a terminal)`],
    [["--no-bom"], fr ? "CSV sans BOM UTF-8 (mis par défaut en français, pour Excel)" : "CSV without the UTF-8 BOM (written by default in French, for Excel)"],
    [["--help, --version"], ""],
  ];
  return [
    fr ? "alternance — règles de l'alternance (apprentissage, professionnalisation, stages)" : "alternance — French work-study rules",
    "",
    fr ? "Usage : alternance <commande> [options]" : "Usage: alternance <command> [options]",
    "",
    fr ? "Commandes (en français ou, entre parenthèses, en anglais) :" : "Commands (in English or, in parentheses, in French):",
    ...twoColumns(rows, width, 2),
    "",
    fr ? "Options communes :" : "Common options:",
    ...twoColumns(options, width, 2),
    "",
    ...wrapWords(
      fr
        ? "Dates : AAAA-MM-JJ ou JJ/MM/AAAA. Valeurs en français ou en anglais (apprentissage, prive, rqth…), sans égard aux majuscules ni aux accents. Codes de sortie : 0 conforme, 1 règle non respectée, 2 usage ou donnée invalide, 3 erreur interne, 130 interrompu."
        : "Dates: YYYY-MM-DD or DD/MM/YYYY. Values in English or French (apprenticeship, private, disabled-worker…), case and accents ignored. Exit codes: 0 all rules hold, 1 a rule is not met, 2 bad usage or input, 3 internal error, 130 interrupted.",
      width,
    ),
    "",
  ].join("\n");
}

function commandHelp(command: CommandSpec, locale: Locale, width: number): string {
  const fr = locale === "fr";
  return [
    ...wrapWords(`alternance ${commandName(command, locale)} — ${command.summary[locale]}`, width),
    "",
    ...twoColumns(
      command.flags.map((flag) => [[`--${flag.flag}`], `${flag.help[locale]}${flag.multiple ? (fr ? " (répétable)" : " (repeatable)") : ""}`] as const),
      width,
      2,
    ),
    "",
    `  --format table|json|csv, --lang fr|en, --explain, --width N, --no-bom`,
    ...(command.flags.some((flag) => flag.choices !== undefined) ? ["", ...wrapWords(fr ? "Les valeurs s'écrivent en français ou en anglais, sans égard aux majuscules ni aux accents." : "Values are written in English or French, case and accents ignored.", width)] : []),
    "",
  ].join("\n");
}

function setField(input: Record<string, unknown>, field: string, value: unknown): void {
  const [head, ...rest] = field.split(".");
  if (rest.length === 0) {
    input[head!] = value;
    return;
  }
  const inner = (input[head!] ?? {}) as Record<string, unknown>;
  input[head!] = inner;
  setField(inner, rest.join("."), value);
}

/** A word of the flag's choices as the library's value; an unknown word is a usage error naming the French words. */
function chosen(flag: FlagSpec, word: string, locale: Locale): string {
  if (flag.choices === undefined) return word;
  const value = findChoice(word, flag.choices);
  if (value === undefined) throw new UsageError(`--${flag.flag}${locale === "fr" ? " : " : ": "}${unknownChoiceText(cutText(word), flag.choices, locale)}`);
  return value;
}

function convert(flag: FlagSpec, text: string, locale: Locale): unknown {
  switch (flag.kind) {
    case "date":
      return toIsoDate(text);
    case "number":
      return toNumber(text);
    case "list":
      return toList(text).map((item) => chosen(flag, item, locale));
    case "dates":
      return toList(text).map(toIsoDate);
    case "monthly-hours":
      return toMonthlyHours(text);
    case "policy":
      return text.endsWith(".json") ? (JSON.parse(readFileSync(text, "utf8")) as unknown) : chosen(flag, text, locale);
    default:
      return chosen(flag, text, locale);
  }
}

/**
 * Builds the API input from the parsed flags: dates, numbers, lists, and the French or English words
 * of a flag with choices turned into the library's values; `today` fills `smic`'s default date.
 *
 * @param command - the subcommand
 * @param values - the parsed flags
 * @param locale - language of the input (and of errors)
 * @param today - today's date
 * @returns the API input
 * @throws UsageError for a value that cannot be read (the message names the flag)
 * @example
 * buildInput(commands.find((c) => c.words[0] === "smic")!, { territory: "Métropole" }, "fr", "2026-03-15"); //=> { locale: "fr", territory: "metropole", date: "2026-03-15" }
 */
export function buildInput(command: CommandSpec, values: Record<string, unknown>, locale: Locale, today: string): Record<string, unknown> {
  const input: Record<string, unknown> = { locale };
  for (const flag of command.flags) {
    const raw = values[flag.flag];
    if (raw === undefined) continue;
    try {
      if (flag.kind === "boolean") setField(input, flag.field, raw === true);
      else if (flag.multiple) setField(input, flag.field, (raw as string[]).flatMap((text) => toList(text)).map((item) => chosen(flag, item, locale)));
      else setField(input, flag.field, convert(flag, raw as string, locale));
    } catch (error) {
      if (error instanceof ValueError) throw new UsageError(`--${flag.flag} : ${error.text[locale]}`);
      if (error instanceof SyntaxError) throw new UsageError(`--${flag.flag} : ${locale === "fr" ? "JSON invalide" : "invalid JSON"} (${error.message})`);
      if (error instanceof Error && "code" in error && error.code === "ENOENT") {
        throw new UsageError(`--${flag.flag} : ${locale === "fr" ? "fichier introuvable" : "file not found"} ${quote(raw as string, locale)}`);
      }
      throw error;
    }
  }
  if (command.words[0] === "smic" && input["date"] === undefined) input["date"] = today;
  return input;
}

/**
 * Names the flag of an API issue path: `["birthDate"]` → `--birth-date`, `["options","kind"]` → `--kind`.
 * When several flags fill the same field (`--hours` and `--monthly-hours`), the one given wins.
 */
function flagForPath(command: CommandSpec, path: readonly (string | number)[], given: ReadonlySet<string>): string {
  const parts = path[0] === "options" ? path.slice(1) : path;
  const field = parts.filter((part) => typeof part === "string").join(".");
  const candidates = [...command.flags].sort((a, b) => Number(given.has(b.flag)) - Number(given.has(a.flag)));
  const flag =
    candidates.find((candidate) => candidate.field === field) ??
    candidates.find((candidate) => candidate.field === String(parts[0] ?? "") || candidate.field.startsWith(`${String(parts[0] ?? "")}.`));
  const rest = parts.slice(1).map((part) => (typeof part === "number" ? `[${part}]` : `.${part}`)).join("");
  return flag ? `--${flag.flag}${flag.field.includes(".") ? "" : rest}` : parts.join(".");
}

function describeInputError(error: AlternanceInputError, command: CommandSpec | undefined, given: ReadonlySet<string>): string {
  return error.issues
    .map((issue) => {
      if (!command) return issue.message;
      return `${flagForPath(command, issue.path, given)}${error.locale === "fr" ? " : " : ": "}${issueText(issue, error.locale)}`;
    })
    .join("\n");
}

/** Whether a result says a rule is not met (exit code 1). */
function ruleNotMet(result: unknown): boolean {
  if (typeof result !== "object" || result === null) return false;
  const record = result as { eligible?: unknown; valid?: unknown; violations?: unknown };
  return record.eligible === false || record.valid === false || (Array.isArray(record.violations) && record.violations.length > 0);
}

/**
 * Runs the command line with arguments (without `node` and the script) and returns the exit code.
 *
 * @example
 * await run(["smic", "--date", "2026-03-01", "--format", "json"], nodeIo());
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const locale = localeFrom(argv);
  let command: CommandSpec | undefined;
  let given: ReadonlySet<string> = new Set();
  try {
    if (argv[0] === "--version" || argv[0] === "-v") {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
      io.stdout.write(mainHelp(locale, outputWidth(argv, io.columns, locale)));
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    // Each command is loaded when it runs (`import()`, chunks of dist/cli/): the help, a usage error
    // and `smic` load neither csv-parse, nor the HTTP server, nor the library's other modules.
    const own = ownCommand(argv);
    if (own === "batch") return await (await import("./batch.js")).runBatch(argv.slice(1), io, locale);
    if (own === "check-contract") return await (await import("./check-contract.js")).runCheckContract(argv.slice(1), io, locale);
    if (own === "demo") return await (await import("./demo.js")).runDemo(argv.slice(1), io, locale);
    if (own === "serve") {
      const { runServe } = await import("./serve/command.js");
      const { readWebPages } = await import("./serve/pages.js");
      const openApi = () => readFileSync(new URL("./schemas/openapi.json", import.meta.url), "utf8");
      const pages = () => readWebPages(new URL("./web/", import.meta.url));
      return await runServe(argv.slice(1), io, locale, { version: version(), openApi, pages });
    }
    const [found, consumed] = findCommand(argv);
    command = found;
    if (!command) {
      const typed = argv.slice(0, 2).filter((word) => !word.startsWith("-"));
      const near = typed.length === 2 ? didYouMean(typed.map(normalizeWord).join(" "), commandNames(), locale) : "";
      const suggestion = near || didYouMean(normalizeWord(typed[0] ?? argv[0]!), commandNames(), locale);
      throw new UsageError(
        locale === "fr"
          ? `commande inconnue ${quote(typed.join(" ") || argv[0]!, locale)}${suggestion} (alternance --help)`
          : `unknown command ${quote(typed.join(" ") || argv[0]!, locale)}${suggestion} (alternance --help)`,
      );
    }
    const options: NonNullable<ParseArgsConfig["options"]> = { ...COMMON_FLAGS };
    for (const flag of command.flags) options[flag.flag] = { type: flag.kind === "boolean" ? "boolean" : "string", ...(flag.multiple ? { multiple: true } : {}) };
    const parsed = parseOptions(argv.slice(consumed), options, locale);
    const values = parsed.values as Record<string, unknown>;
    given = new Set(Object.keys(values));
    if (values["help"] === true) {
      io.stdout.write(commandHelp(command, locale, outputWidth(argv, io.columns, locale)));
      return EXIT.ok;
    }
    const format = (values["format"] ?? "table") as string;
    if (!["table", "json", "csv"].includes(format)) throw new UsageError(`--format : table, json ${locale === "fr" ? "ou" : "or"} csv`);
    if (values["lang"] !== undefined && !["fr", "en"].includes(values["lang"] as string)) throw new UsageError("--lang : fr | en");
    const input = buildInput(command, values, locale, io.today());
    const result = await command.run(input);
    const explain = values["explain"] === true;
    // JSON stays the API's exact result; the table shows the steps the CLI writes for it (smic).
    const shown = explain && format === "table" && command.explain ? { ...(result as object), explanation: command.explain(result, input) } : result;
    const bom = csvBom(locale, values["no-bom"] === true, io.stdout.isTTY === true);
    io.stdout.write(renderResult(shown, format as OutputFormat, locale, explain, { width: outputWidth(argv, io.columns, locale), colour: io.colour === true, bom }));
    return ruleNotMet(result) ? EXIT.ruleNotMet : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`alternance : ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof AlternanceInputError) {
      io.stderr.write(`${describeInputError(error, command, given)}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`alternance : ${locale === "fr" ? "erreur interne" : "internal error"} : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
}
