/**
 * The `alternance` command line: one-off answers (`eligibility`, `windows`, `pay`, …), CSV cohorts
 * (`batch`) and the demo. Exit codes: 0 every rule holds; 1 a rule is not met; 2 bad usage or bad
 * input (the message names the flag or field); 3 internal error; 130 (143) a batch interrupted by
 * Ctrl-C (SIGTERM).
 */
import { readFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { AlternanceInputError } from "../core/errors.js";
import type { Locale } from "../core/explain.js";
import { runBatch } from "./batch.js";
import { runCheckContract } from "./check-contract.js";
import { commands, type CommandSpec, type FlagSpec } from "./commands.js";
import { runDemo } from "./demo.js";
import { renderResult, type OutputFormat } from "./render.js";
import type { Io } from "./io.js";
import { issueText } from "./issue-text.js";
import { toIsoDate, toList, toMonthlyHours, toNumber, ValueError } from "./values.js";

/** Exit codes of the command line. */
export const EXIT = { ok: 0, ruleNotMet: 1, usage: 2, internal: 3 } as const;

/** Bad usage: an unknown command or flag, a missing value. */
class UsageError extends Error {}

const GLOBAL_FLAGS = {
  format: { type: "string" },
  lang: { type: "string" },
  explain: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return manifest.version;
}

function localeFrom(argv: readonly string[]): Locale {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (index < 0) return "fr";
  const value = argv[index]!.includes("=") ? argv[index]!.split("=")[1] : argv[index + 1];
  return value === "en" ? "en" : "fr";
}

function findCommand(argv: readonly string[]): [CommandSpec | undefined, number] {
  for (const command of [...commands].sort((a, b) => b.words.length - a.words.length)) {
    if (command.words.every((word, index) => argv[index] === word)) return [command, command.words.length];
  }
  return [undefined, 0];
}

function mainHelp(locale: Locale): string {
  const fr = locale === "fr";
  const width = Math.max(...commands.map((command) => command.words.join(" ").length), "batch FICHIER.csv".length);
  return [
    fr ? "alternance — règles de l'alternance (apprentissage, professionnalisation, stages)" : "alternance — French work-study rules",
    "",
    fr ? "Usage : alternance <commande> [options]" : "Usage: alternance <command> [options]",
    "",
    fr ? "Commandes :" : "Commands:",
    ...commands.map((command) => `  ${command.words.join(" ").padEnd(width)}  ${command.summary[locale]}`),
    `  ${"batch FICHIER.csv".padEnd(width)}  ${fr ? "une cohorte de contrats en CSV (voir alternance batch --help)" : "a CSV cohort of contracts (see alternance batch --help)"}`,
    `  ${"check-contract F.json".padEnd(width)}  ${fr ? "un contrat entier en JSON (voir alternance check-contract --help)" : "a whole contract as JSON (see alternance check-contract --help)"}`,
    `  ${"demo".padEnd(width)}  ${fr ? "démonstration sur examples/cohort.csv" : "demo on examples/cohort.csv"}`,
    `  ${"serve".padEnd(width)}  ${fr ? "l'API HTTP (JSON) de toutes les fonctions et la page du bureau (voir alternance serve --help)" : "the HTTP (JSON) API of every function and the office page (see alternance serve --help)"}`,
    "",
    fr ? "Options communes :" : "Common options:",
    `  --format table|json|csv   ${fr ? "sortie (table par défaut ; json = le résultat exact de l'API)" : "output (table by default; json = the exact API result)"}`,
    `  --lang fr|en              ${fr ? "langue des libellés et messages" : "language of labels and messages"}`,
    `  --explain                 ${fr ? "affiche l'explication pas à pas" : "shows the step-by-step explanation"}`,
    `  --help, --version`,
    "",
    fr ? "Dates : AAAA-MM-JJ ou JJ/MM/AAAA. Codes de sortie : 0 conforme, 1 règle non respectée, 2 usage ou donnée invalide, 3 erreur interne, 130 interrompu."
       : "Dates: YYYY-MM-DD or DD/MM/YYYY. Exit codes: 0 all rules hold, 1 a rule is not met, 2 bad usage or input, 3 internal error, 130 interrupted.",
    "",
  ].join("\n");
}

function commandHelp(command: CommandSpec, locale: Locale): string {
  const width = Math.max(...command.flags.map((flag) => flag.flag.length)) + 2;
  return [
    `alternance ${command.words.join(" ")} — ${command.summary[locale]}`,
    "",
    ...command.flags.map((flag) => `  --${flag.flag.padEnd(width)}${flag.help[locale]}${flag.multiple ? (locale === "fr" ? " (répétable)" : " (repeatable)") : ""}`),
    "",
    `  --format table|json|csv, --lang fr|en, --explain`,
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

function convert(flag: FlagSpec, text: string): unknown {
  switch (flag.kind) {
    case "date":
      return toIsoDate(text);
    case "number":
      return toNumber(text);
    case "list":
      return toList(text);
    case "dates":
      return toList(text).map(toIsoDate);
    case "monthly-hours":
      return toMonthlyHours(text);
    case "policy":
      return text.endsWith(".json") ? (JSON.parse(readFileSync(text, "utf8")) as unknown) : text;
    default:
      return text;
  }
}

/** Builds the API input from the parsed flags; `today` fills `smic`'s default date. */
function buildInput(command: CommandSpec, values: Record<string, unknown>, locale: Locale, today: string): Record<string, unknown> {
  const input: Record<string, unknown> = { locale };
  for (const flag of command.flags) {
    const raw = values[flag.flag];
    if (raw === undefined) continue;
    try {
      if (flag.kind === "boolean") setField(input, flag.field, raw === true);
      else if (flag.multiple) setField(input, flag.field, (raw as string[]).flatMap((text) => toList(text)));
      else setField(input, flag.field, convert(flag, raw as string));
    } catch (error) {
      if (error instanceof ValueError) throw new UsageError(`--${flag.flag} : ${error.text[locale]}`);
      if (error instanceof SyntaxError) throw new UsageError(`--${flag.flag} : ${locale === "fr" ? "JSON invalide" : "invalid JSON"} (${error.message})`);
      if (error instanceof Error && "code" in error && error.code === "ENOENT") {
        throw new UsageError(`--${flag.flag} : ${locale === "fr" ? "fichier introuvable" : "file not found"} « ${raw as string} »`);
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
      io.stdout.write(mainHelp(locale));
      return argv.length === 0 ? EXIT.usage : EXIT.ok;
    }
    if (argv[0] === "batch") return await runBatch(argv.slice(1), io, locale);
    if (argv[0] === "check-contract") return await runCheckContract(argv.slice(1), io, locale);
    if (argv[0] === "demo") return await runDemo(argv.slice(1), io, locale);
    if (argv[0] === "serve") {
      // Loaded on demand: the other commands do not pay for the HTTP server.
      const { runServe } = await import("./serve/command.js");
      const { readWebPages } = await import("./serve/pages.js");
      const openApi = () => readFileSync(new URL("./schemas/openapi.json", import.meta.url), "utf8");
      const pages = () => readWebPages(new URL("./web/", import.meta.url));
      return await runServe(argv.slice(1), io, locale, { version: version(), openApi, pages });
    }
    const [found, consumed] = findCommand(argv);
    command = found;
    if (!command) {
      throw new UsageError(
        locale === "fr" ? `commande inconnue « ${argv.slice(0, 2).join(" ")} » (alternance --help)` : `unknown command "${argv.slice(0, 2).join(" ")}" (alternance --help)`,
      );
    }
    const options: NonNullable<ParseArgsConfig["options"]> = { ...GLOBAL_FLAGS };
    for (const flag of command.flags) options[flag.flag] = { type: flag.kind === "boolean" ? "boolean" : "string", ...(flag.multiple ? { multiple: true } : {}) };
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: argv.slice(consumed), options, strict: true, allowPositionals: false });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const values = parsed.values as Record<string, unknown>;
    given = new Set(Object.keys(values));
    if (values["help"] === true) {
      io.stdout.write(commandHelp(command, locale));
      return EXIT.ok;
    }
    const format = (values["format"] ?? "table") as string;
    if (!["table", "json", "csv"].includes(format)) throw new UsageError(`--format : table, json ${locale === "fr" ? "ou" : "or"} csv`);
    if (values["lang"] !== undefined && !["fr", "en"].includes(values["lang"] as string)) throw new UsageError("--lang : fr | en");
    const result = command.run(buildInput(command, values, locale, io.today()));
    io.stdout.write(renderResult(result, format as OutputFormat, locale, values["explain"] === true));
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
