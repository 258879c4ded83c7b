/**
 * `alternance demo` (and `npm start`): runs the batch on the cohort shipped in examples/cohort.csv and
 * prints a readable summary table.
 */
import { createReadStream, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Writable } from "node:stream";
import { dataVerifiedUntil, internshipMinimumHourlyRate, smicAt, socialSecurityCeilingAt } from "../index.js";
import type { Locale } from "../core/explain.js";
import { formatEuros } from "../core/format.js";
import { processCohort, type BatchRecord } from "./batch.js";
import { cohortTable } from "./cohort-table.js";
import { displayDates } from "./display-date.js";
import type { Io } from "./io.js";
import { wrapWords } from "./layout.js";
import { counted, outputWidth, parseOptions } from "./usage.js";

/** The shipped cohort, two folders up from this module: built, a chunk of dist/cli/ (tsup.config.ts); else src/cli/. */
function cohortPath(): string {
  const path = fileURLToPath(new URL("../../examples/cohort.csv", import.meta.url));
  if (existsSync(path)) return path;
  throw new Error("examples/cohort.csv not found");
}

/** Today's legal parameters, as the demo's header. */
function parameterLines(today: string, locale: Locale): string[] {
  const smic = smicAt(today, { locale });
  const ceiling = socialSecurityCeilingAt(today, { locale });
  const rate = internshipMinimumHourlyRate(today, { locale });
  const euros = (value: number) => formatEuros(value, locale);
  return locale === "fr"
    ? [
        `Paramètres légaux au ${today} (vérifiés jusqu'au ${dataVerifiedUntil}) :`,
        `  SMIC ${euros(smic.hourly)} / heure, ${euros(smic.monthly)} / mois pour 35 h (depuis le ${smic.since}, ${smic.legalBasis.join(", ")})`,
        `  plafond de la sécurité sociale ${euros(ceiling.monthly)} / mois, ${euros(ceiling.hourly)} / heure ; gratification de stage minimale ${euros(rate)} / heure`,
        ...smic.warnings.map((warning) => `  ! ${warning.message}`),
      ]
    : [
        `Legal parameters on ${today} (checked up to ${dataVerifiedUntil}):`,
        `  SMIC ${euros(smic.hourly)} an hour, ${euros(smic.monthly)} a month for 35 h (since ${smic.since}, ${smic.legalBasis.join(", ")})`,
        `  social-security ceiling ${euros(ceiling.monthly)} a month, ${euros(ceiling.hourly)} an hour; minimum internship gratification ${euros(rate)} an hour`,
        ...smic.warnings.map((warning) => `  ! ${warning.message}`),
      ];
}

function demoHelp(locale: Locale, width: number): string {
  return `${wrapWords(
    locale === "fr"
      ? "alternance demo [--lang fr|en] [--width N] — vérifie la cohorte fournie (examples/cohort.csv) avec le traitement par lot et affiche un tableau de synthèse, après les paramètres légaux du jour. Code de sortie 0 quels que soient les statuts des lignes."
      : "alternance demo [--lang fr|en] [--width N] — checks the shipped cohort (examples/cohort.csv) with the batch and prints a summary table, after today's legal parameters. Exit code 0 whatever the statuses of the rows.",
    width,
  ).join("\n")}\n`;
}

/**
 * Runs the demo and returns the exit code (0: the demo ran, whatever the statuses of its rows).
 *
 * @example
 * await runDemo([], nodeIo(), "fr");
 */
export async function runDemo(argv: readonly string[], io: Io, locale: Locale): Promise<number> {
  const parsed = parseOptions(argv, { lang: { type: "string" }, width: { type: "string" }, help: { type: "boolean", short: "h" } }, locale);
  const width = outputWidth(argv, io.columns, locale);
  if (parsed.values["help"] === true) {
    io.stdout.write(demoHelp(locale, width));
    return 0;
  }
  const file = cohortPath();
  const records: BatchRecord[] = [];
  const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const summary = await processCohort(createReadStream(file), sink, { format: "ndjson", locale, onRecord: (record) => records.push(record) });
  const fr = locale === "fr";
  // The hint names the shipped file by its absolute path: it works from any folder.
  const hint = `alternance ${fr ? "lot" : "batch"} ${quotedPath(file)} --format csv`;
  io.stdout.write(
    [
      fr ? "alternance — démonstration" : "alternance — demo",
      "",
      ...parameterLines(io.today(), locale).flatMap((line) => wrapIndented(displayDates(line, locale), width)),
      "",
      fr ? `Cohorte ${file} :` : `Cohort ${file}:`,
      "",
      ...cohortTable(records, locale, width, io.colour === true),
      "",
      ...wrapWords(
        fr
          ? `${counted(summary.rows, "contrat", "contrats", locale)} : ${counted(summary.ok, "conforme", "conformes", locale)}, ${summary.violations} à revoir, ${counted(summary.invalid, "invalide", "invalides", locale)}.`
          : `${counted(summary.rows, "contract", "contracts", locale)}: ${summary.ok} ok, ${summary.violations} with violations, ${summary.invalid} invalid.`,
        width,
      ),
      fr ? "Détail ligne par ligne :" : "Row by row:",
      `  ${hint}`,
      "",
    ].join("\n"),
  );
  return 0;
}

/** A path as a shell reads it: quoted when it holds a space or a character the shell would read. */
function quotedPath(path: string): string {
  return /^[\w./:\\-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

/** A line wrapped to the width, its continuation lines indented like its first one. */
function wrapIndented(line: string, width: number): string[] {
  const indent = /^ */.exec(line)![0];
  return wrapWords(line, width - indent.length).map((part) => `${indent}${part}`);
}
