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
import { rowViolations } from "./cohort-row.js";
import type { Io } from "./io.js";

/** The shipped cohort, next to the built CLI (dist/) or the sources (src/cli/). */
function cohortPath(): string {
  for (const relative of ["../examples/cohort.csv", "../../examples/cohort.csv"]) {
    const candidate = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  throw new Error("examples/cohort.csv not found");
}

const STATUS = {
  fr: { ok: "conforme", violations: "à revoir", invalid: "invalide" },
  en: { ok: "ok", violations: "violations", invalid: "invalid" },
} as const;

function detail(record: BatchRecord): string {
  if (record.errors.length > 0) return `${record.errors[0]!.field} : ${record.errors[0]!.message}`;
  const violation = rowViolations(record)[0];
  return violation ? `${violation.code} — ${violation.message}` : "";
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

/**
 * Runs the demo and returns the exit code (0: the demo ran, whatever the statuses of its rows).
 *
 * @example
 * await runDemo([], nodeIo(), "fr");
 */
export async function runDemo(_argv: readonly string[], io: Io, locale: Locale): Promise<number> {
  const file = cohortPath();
  const records: BatchRecord[] = [];
  const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const summary = await processCohort(createReadStream(file), sink, { format: "ndjson", locale, onRecord: (record) => records.push(record) });
  const fr = locale === "fr";
  const header = fr ? ["ligne", "id", "contrat", "statut", "âge", "1er mois", "détail"] : ["line", "id", "contract", "status", "age", "1st month", "detail"];
  const rows = records.map((record) => [
    String(record.line),
    record.id ?? "",
    record.contract ?? "",
    STATUS[locale][record.status],
    record.eligibility ? String(record.eligibility.ageAtStart) : "",
    record.pay?.periods[0] ? formatEuros(record.pay.periods[0].monthlyMinimum, locale) : "",
    detail(record).slice(0, 90),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd();
  io.stdout.write(
    [
      fr ? "alternance — démonstration" : "alternance — demo",
      "",
      ...parameterLines(io.today(), locale),
      "",
      fr ? `Cohorte ${file} :` : `Cohort ${file}:`,
      "",
      line(header),
      widths.map((width) => "─".repeat(width)).join("  "),
      ...rows.map(line),
      "",
      fr
        ? `${summary.rows} contrats : ${summary.ok} conformes, ${summary.violations} à revoir, ${summary.invalid} invalides.`
        : `${summary.rows} contracts: ${summary.ok} ok, ${summary.violations} with violations, ${summary.invalid} invalid.`,
      fr ? "Détail ligne par ligne : alternance batch examples/cohort.csv --format csv" : "Row by row: alternance batch examples/cohort.csv --format csv",
      "",
    ].join("\n"),
  );
  return 0;
}
