/**
 * `alternance batch FILE.csv`: a cohort of contracts, one per row, streamed. Every row gives one output
 * line (NDJSON) or one CSV row, in input order, with its `line`, `id` and `status`; a bad row never
 * stops the batch and is never dropped. A summary goes to stderr; with `--out` the file is written
 * atomically (a temporary file, then a rename).
 */
import { createReadStream, createWriteStream, readFileSync, renameSync, rmSync, statSync, type ReadStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { Readable, type Writable } from "node:stream";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { parse, type CsvError } from "csv-parse";
import type { Locale, Violation } from "../core/explain.js";
import { formatEuros } from "../core/format.js";
import { COHORT_COLUMNS, evaluateRow, rowViolations, rowWarnings, type CohortColumn, type RowOutcome } from "./cohort-row.js";
import { csvLine } from "./csv-cell.js";
import { CsvDecoder } from "./encoding.js";
import type { Io } from "./io.js";

/** Counts of a batch run. */
export interface BatchSummary {
  rows: number;
  ok: number;
  violations: number;
  invalid: number;
}

/** One output record of the batch. */
export interface BatchRecord extends RowOutcome {
  line: number;
  id: string | null;
}

const CSV_OUTPUT_COLUMNS = [
  "line",
  "id",
  "status",
  "contract",
  "eligible",
  "ageAtStart",
  "datesValid",
  "startEarliest",
  "startLatest",
  "endEarliest",
  "endLatest",
  "firstMonthlyMinimum",
  "schedule",
  "trainingHoursValid",
  "minimumTrainingHours",
  "maximumTrainingHours",
  "violations",
  "warnings",
  "errors",
];

function describeViolations(list: Violation[]): string {
  return list.map((item) => `${item.code}: ${item.message}`).join(" | ");
}

/** The flat CSV cells of one record (French numbers with a decimal comma under `fr`). */
export function csvCells(record: BatchRecord, locale: Locale): string[] {
  const number = (value: number | null | undefined) => (value === null || value === undefined ? "" : locale === "fr" ? String(value).replace(".", ",") : String(value));
  const bool = (value: boolean | undefined) => (value === undefined ? "" : String(value));
  const periods = record.pay?.periods ?? [];
  const windows = record.dates?.windows;
  return [
    String(record.line),
    record.id ?? "",
    record.status,
    record.contract ?? "",
    bool(record.eligibility?.eligible),
    number(record.eligibility?.ageAtStart),
    bool(record.dates?.valid),
    windows?.start.earliest ?? "",
    windows?.start.latest ?? "",
    windows?.end.earliest ?? "",
    windows?.end.latest ?? "",
    number(periods[0]?.monthlyMinimum),
    periods.map((period) => `${period.from}..${period.to} ${number(period.ratePercent)}% ${formatEuros(period.monthlyMinimum, locale)}`).join(" | "),
    bool(record.trainingHours?.valid),
    number(record.trainingHours?.minimumHours),
    number(record.trainingHours?.maximumHours),
    describeViolations(rowViolations(record)),
    describeViolations(rowWarnings(record)),
    record.errors.map((error) => `${error.field}: ${error.message}`).join(" | "),
  ];
}

/** Removes `explanation` arrays (kept with `--explain`), to keep NDJSON lines short. */
function withoutExplanations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExplanations);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "explanation").map(([key, inner]) => [key, withoutExplanations(inner)]));
}

/** Chooses `;` or `,` from the header line (whichever appears more; `;` on a tie, as French Excel). */
export function detectSeparator(headerLine: string): ";" | "," {
  const count = (character: string) => headerLine.split(character).length - 1;
  return count(",") > count(";") ? "," : ";";
}

function batchHelp(locale: Locale): string {
  const fr = locale === "fr";
  return [
    fr ? "alternance batch FICHIER.csv [--out FICHIER] [--format ndjson|csv] [--policy NOM|fichier.json] [--explain]" : "alternance batch FILE.csv [--out FILE] [--format ndjson|csv] [--policy NAME|file.json] [--explain]",
    "",
    fr ? "Une ligne par contrat, en-tête obligatoire ; séparateur ; ou , ; UTF-8 (avec ou sans BOM) ou Windows-1252." : "One contract per row, header required; ; or , separated; UTF-8 (with or without BOM) or Windows-1252.",
    `${fr ? "Colonnes (noms des champs de l'API, dans n'importe quel ordre)" : "Columns (API field names, any order)"} : ${COHORT_COLUMNS.join(";")}`,
    fr ? "Listes (exceptions, benefits) séparées par | ou ,. Dates AAAA-MM-JJ ou JJ/MM/AAAA." : "Lists (exceptions, benefits) separated by | or ,. Dates YYYY-MM-DD or DD/MM/YYYY.",
    fr ? "Statut par ligne : ok, violations, invalid. Code de sortie 1 si une ligne n'est pas ok." : "Status per row: ok, violations, invalid. Exit code 1 when any row is not ok.",
    "",
  ].join("\n");
}

/** Writes text to a stream, waiting when its buffer is full. */
async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, "drain");
}

function progress(io: Io, rows: number, input: ReadStream | undefined, size: number, locale: Locale): void {
  const share = size > 0 && input ? Math.min(1, input.bytesRead / size) : 0;
  const bar = "#".repeat(Math.round(share * 20)).padEnd(20, ".");
  io.stderr.write(`\r[${bar}] ${Math.round(share * 100)} % ${rows} ${locale === "fr" ? "lignes" : "rows"}`);
}

/**
 * Streams the rows of a cohort file through {@link evaluateRow} to `output`.
 *
 * @example
 * await processCohort(createReadStream("examples/cohort.csv"), process.stdout, { format: "ndjson", locale: "fr" });
 */
export async function processCohort(
  source: Readable,
  output: Writable,
  options: { format: "ndjson" | "csv"; locale: Locale; explain?: boolean; policy?: unknown; onRow?: (summary: BatchSummary) => void; onWarning?: (text: string) => void; onRecord?: (record: BatchRecord) => void },
): Promise<BatchSummary> {
  const { format, locale } = options;
  const summary: BatchSummary = { rows: 0, ok: 0, violations: 0, invalid: 0 };
  const decoded = source.pipe(new CsvDecoder());
  const chunks = decoded[Symbol.asyncIterator]();
  let head = "";
  while (!/\r?\n/.test(head)) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value as string;
  }
  const headerLine = head.split(/\r?\n/)[0] ?? "";
  const separator = detectSeparator(headerLine);
  const text = Readable.from(
    (async function* () {
      yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value as string;
    })(),
  );
  const skipped: Array<{ line: number; message: string }> = [];
  // The parser runs ahead of the (asynchronous) loop below, so the lines of unreadable records are
  // tracked where parsing happens: `on_record` sees every good record as it is parsed. Cells are not
  // trimmed by the parser (its `trim` turns `"B"x` into an error that stops it); they are trimmed when read.
  let parsedLine = 0;
  const parser = text.pipe(
    parse({
      delimiter: separator,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      skip_records_with_error: true,
      on_record: (record, context) => {
        parsedLine = context.lines;
        return record;
      },
    }),
  );
  parser.on("skip", (error: CsvError) => {
    const endLine = Number(error.lines);
    skipped.push({ line: Math.min(parsedLine + 1, endLine), message: csvErrorMessage(error, parsedLine + 1, endLine, locale) });
    parsedLine = endLine;
  });

  const outSeparator = locale === "fr" ? ";" : ",";
  let columns: Array<CohortColumn | null> | null = null;
  const emit = async (record: BatchRecord) => {
    summary.rows += 1;
    summary[record.status === "ok" ? "ok" : record.status === "violations" ? "violations" : "invalid"] += 1;
    options.onRecord?.(record);
    if (format === "csv") await write(output, `${csvLine(csvCells(record, locale), outSeparator)}\n`);
    else await write(output, `${JSON.stringify(options.explain ? record : withoutExplanations(record))}\n`);
    options.onRow?.(summary);
  };
  /** Emits the records the parser could not read, one per line (several errors of a line are merged). */
  const flushSkipped = async (beforeLine: number) => {
    while (skipped.length > 0 && skipped[0]!.line <= beforeLine) {
      const line = skipped[0]!.line;
      const errors: Array<{ field: string; message: string }> = [];
      while (skipped.length > 0 && skipped[0]!.line === line) errors.push({ field: "csv", message: skipped.shift()!.message });
      await emit({ line, id: null, status: "invalid", contract: null, errors });
    }
  };

  if (format === "csv") await write(output, `${csvLine(CSV_OUTPUT_COLUMNS, outSeparator)}\n`);
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (columns === null) {
      columns = record.map((name) => COHORT_COLUMNS.find((known) => known.toLowerCase() === name.trim().toLowerCase()) ?? null);
      if (!columns.includes("contract") && !columns.includes("birthDate")) {
        throw new HeaderError(
          locale === "fr"
            ? `en-tête manquant ou sans colonne connue (attendu : ${COHORT_COLUMNS.join(";")})`
            : `missing header, or no known column (expected: ${COHORT_COLUMNS.join(";")})`,
        );
      }
      const unknown = record.filter((_, index) => columns![index] === null && record[index]!.trim() !== "");
      if (unknown.length > 0) {
        options.onWarning?.(
          locale === "fr" ? `colonnes inconnues ignorées : ${unknown.join(", ")}` : `unknown columns ignored: ${unknown.join(", ")}`,
        );
      }
      continue;
    }
    await flushSkipped(info.lines);
    const cells: Partial<Record<CohortColumn, string>> = {};
    columns.forEach((column, index) => {
      if (column !== null && record[index] !== undefined) cells[column] = record[index];
    });
    // Explanations are written only with --explain: otherwise none is built.
    const outcome = evaluateRow(cells, locale, options.policy, options.explain === true);
    if (record.length > columns.length) {
      outcome.errors.push({ field: "csv", message: locale === "fr" ? `${record.length} cellules pour ${columns.length} colonnes` : `${record.length} cells for ${columns.length} columns` });
      outcome.status = "invalid";
    }
    await emit({ line: info.lines, id: cells.id?.trim() || null, ...outcome });
  }
  await flushSkipped(Number.POSITIVE_INFINITY);
  if (columns === null) throw new HeaderError(locale === "fr" ? "fichier vide : en-tête obligatoire" : "empty file: a header is required");
  return summary;
}

/** A CSV syntax error in the user's language, with the lines the unreadable record spans. */
function csvErrorMessage(error: CsvError, firstLine: number, lastLine: number, locale: Locale): string {
  const lines = firstLine < lastLine ? (locale === "fr" ? `lignes ${firstLine} à ${lastLine}` : `lines ${firstLine} to ${lastLine}`) : locale === "fr" ? `ligne ${lastLine}` : `line ${lastLine}`;
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    return locale === "fr"
      ? `guillemet ouvert jamais fermé : les ${lines} ont été lues comme un seul enregistrement illisible`
      : `a quote is never closed: ${lines} were read as one unreadable record`;
  }
  return locale === "fr" ? `CSV illisible (${lines}) : ${error.message}` : `unreadable CSV (${lines}): ${error.message}`;
}

/** The file has no usable header. */
export class HeaderError extends Error {}

/**
 * Runs `alternance batch` and returns the exit code.
 *
 * @example
 * await runBatch(["examples/cohort.csv", "--format", "csv"], nodeIo(), "fr");
 */
export async function runBatch(argv: readonly string[], io: Io, locale: Locale): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { out: { type: "string" }, format: { type: "string" }, lang: { type: "string" }, policy: { type: "string" }, explain: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr.write(`alternance batch : ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(batchHelp(locale));
    return 0;
  }
  const format = values.format ?? "ndjson";
  if (format !== "ndjson" && format !== "csv") {
    io.stderr.write("alternance batch : --format ndjson|csv\n");
    return 2;
  }
  if (positionals.length !== 1) {
    io.stderr.write(`alternance batch : ${locale === "fr" ? "un fichier CSV attendu (ou - pour l'entrée standard)" : "one CSV file expected (or - for standard input)"}\n`);
    return 2;
  }
  const file = positionals[0]!;
  let policy: unknown;
  try {
    policy = values.policy === undefined ? undefined : values.policy.endsWith(".json") ? JSON.parse(readFileSync(values.policy, "utf8")) : values.policy;
  } catch (error) {
    io.stderr.write(`alternance batch : --policy : ${(error as Error).message}\n`);
    return 2;
  }
  let input: ReadStream | undefined;
  let size = 0;
  if (file !== "-") {
    try {
      size = statSync(file).size;
    } catch {
      io.stderr.write(`alternance batch : ${locale === "fr" ? "fichier introuvable" : "file not found"} « ${file} »\n`);
      return 2;
    }
    input = createReadStream(file);
  }
  const source: Readable = input ?? process.stdin;
  const temporary = values.out === undefined ? undefined : join(dirname(values.out), `.${basename(values.out)}.${process.pid}.tmp`);
  const output: Writable = temporary === undefined ? (io.stdout as Writable) : createWriteStream(temporary);
  const showProgress = io.stderr.isTTY === true;
  try {
    const summary = await processCohort(source, output, {
      format,
      locale,
      explain: values.explain === true,
      policy,
      onWarning: (text) => io.stderr.write(`alternance batch : ${text}\n`),
      ...(showProgress ? { onRow: (current: BatchSummary) => current.rows % 500 === 0 && progress(io, current.rows, input, size, locale) } : {}),
    });
    if (temporary !== undefined) {
      output.end();
      await once(output, "finish");
      renameSync(temporary, values.out!);
    }
    if (showProgress) io.stderr.write("\r\u001b[K");
    io.stderr.write(
      locale === "fr"
        ? `${summary.rows} lignes : ${summary.ok} conformes, ${summary.violations} avec règles non respectées, ${summary.invalid} invalides\n`
        : `${summary.rows} rows: ${summary.ok} ok, ${summary.violations} with violations, ${summary.invalid} invalid\n`,
    );
    return summary.ok === summary.rows ? 0 : 1;
  } catch (error) {
    if (temporary !== undefined) rmSync(temporary, { force: true });
    if (error instanceof HeaderError) {
      io.stderr.write(`alternance batch : ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
