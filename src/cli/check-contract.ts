/**
 * `alternance check-contract FILE.json`: a whole contract held as a JSON document (the nested input of
 * `checkApprenticeshipContract` or `checkProfessionalisationContract`), checked in one call. `-` reads
 * standard input. Exit codes: 0 valid, 1 a rule is not met, 2 bad usage or bad input (the nested path
 * of every wrong field is named).
 */
import { readFileSync } from "node:fs";
import { AlternanceInputError } from "../core/errors.js";
import type { Locale } from "../core/explain.js";
import { findChoice, trainingContractChoices } from "../core/french-words.js";
import { checkApprenticeshipContract, checkProfessionalisationContract } from "../index.js";
import { csvBom } from "./csv-cell.js";
import type { Io } from "./io.js";
import { renderResult, type OutputFormat } from "./render.js";
import { COMMON_FLAGS, outputWidth, parseOptions, UsageError } from "./usage.js";

function help(locale: Locale): string {
  const fr = locale === "fr";
  return [
    fr
      ? "alternance check-contract FICHIER.json [--contract apprenticeship|professionalisation] [--format json|table|csv] [--lang fr|en] [--explain]"
      : "alternance check-contract FILE.json [--contract apprenticeship|professionalisation] [--format json|table|csv] [--lang fr|en] [--explain]",
    "",
    fr
      ? "Le fichier contient l'entrée de checkApprenticeshipContract ({ apprentice, … }) ou de checkProfessionalisationContract ({ beneficiary, … }) ; - lit l'entrée standard."
      : "The file holds the input of checkApprenticeshipContract ({ apprentice, … }) or checkProfessionalisationContract ({ beneficiary, … }); - reads standard input.",
    fr ? "Sortie JSON par défaut (le résultat exact de la bibliothèque). Codes de sortie : 0 conforme, 1 règle non respectée, 2 usage ou donnée invalide."
       : "JSON output by default (the library's exact result). Exit codes: 0 valid, 1 a rule is not met, 2 bad usage or input.",
    "",
  ].join("\n");
}

/** The contract type of a document: `--contract`, else `apprentice` or `beneficiary` in it. */
function contractOf(document: Record<string, unknown>, flag: string | undefined): "apprenticeship" | "professionalisation" | null {
  if (flag !== undefined) return findChoice(flag, trainingContractChoices) ?? null;
  if ("apprentice" in document && !("beneficiary" in document)) return "apprenticeship";
  if ("beneficiary" in document && !("apprentice" in document)) return "professionalisation";
  return null;
}

/**
 * Runs `alternance check-contract` and returns the exit code.
 *
 * @param argv - the arguments after `check-contract`
 * @param io - output streams
 * @param locale - language of usage messages (`--lang`)
 * @param readStandardInput - reads standard input (for `-`)
 * @returns 0 valid, 1 violations, 2 bad usage or input
 * @example
 * await runCheckContract(["examples/contract-miage.json"], nodeIo(), "fr"); //=> 0
 */
export async function runCheckContract(argv: readonly string[], io: Io, locale: Locale, readStandardInput: () => string = () => readFileSync(0, "utf8")): Promise<number> {
  const usage = (text: string) => {
    io.stderr.write(`alternance check-contract : ${text}\n`);
    return 2;
  };
  let parsed;
  try {
    parsed = parseOptions(
      argv,
      { contract: { type: "string" }, ...COMMON_FLAGS },
      locale,
      true,
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usage(error.message);
  }
  const { positionals } = parsed;
  const values = parsed.values as { contract?: string; format?: string; lang?: string; explain?: boolean; "no-bom"?: boolean; help?: boolean };
  if (values.help) {
    io.stdout.write(help(locale));
    return 0;
  }
  const format = values.format ?? "json";
  if (!["json", "table", "csv"].includes(format)) return usage("--format json|table|csv");
  if (values.lang !== undefined && values.lang !== "fr" && values.lang !== "en") return usage("--lang fr|en");
  let width: number;
  try {
    width = outputWidth(argv, io.columns, locale);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usage(error.message);
  }
  if (positionals.length !== 1) return usage(locale === "fr" ? "un fichier JSON attendu (ou - pour l'entrée standard)" : "one JSON file expected (or - for standard input)");
  const file = positionals[0]!;
  let document: unknown;
  try {
    document = JSON.parse(file === "-" ? readStandardInput() : readFileSync(file, "utf8"));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT" || code === "EISDIR" || code === "EACCES") return usage(`${locale === "fr" ? "fichier illisible" : "cannot read the file"} « ${file} » (${String(code)})`);
    return usage(`${locale === "fr" ? "JSON invalide" : "invalid JSON"} (${(error as Error).message})`);
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) return usage(locale === "fr" ? "un objet JSON est attendu" : "a JSON object is expected");
  const record = document as Record<string, unknown>;
  const contract = contractOf(record, values.contract);
  if (contract === null) {
    return usage(
      locale === "fr"
        ? "type de contrat introuvable : « apprentice » (apprentissage) ou « beneficiary » (professionnalisation), ou --contract apprenticeship|professionalisation"
        : 'contract type not found: "apprentice" (apprenticeship) or "beneficiary" (professionalisation), or --contract apprenticeship|professionalisation',
    );
  }
  const input = {
    ...record,
    ...(values.lang === undefined ? {} : { locale: values.lang }),
    ...("explain" in record ? {} : { explain: values.explain === true }),
  };
  try {
    const result = contract === "apprenticeship" ? checkApprenticeshipContract(input as never) : checkProfessionalisationContract(input as never);
    const outputLocale: Locale = input.locale === "en" ? "en" : "fr";
    const bom = csvBom(outputLocale, values["no-bom"] === true, io.stdout.isTTY === true);
    io.stdout.write(renderResult(result, format as OutputFormat, outputLocale, values.explain === true, { width, colour: io.colour === true, bom }));
    return result.valid ? 0 : 1;
  } catch (error) {
    if (!(error instanceof AlternanceInputError)) throw error;
    io.stderr.write(`${error.issues.map((issue) => issue.message).join("\n")}\n`);
    return 2;
  }
}
