/**
 * `alternance batch FILE.csv`: a cohort of contracts, one per row, streamed. Every row gives one output
 * line (NDJSON) or one CSV row, in input order, with its `line`, `id` and `status`; a bad row never
 * stops the batch and is never dropped. A summary goes to stderr; with `--out` the file is written
 * atomically (a temporary file, then a rename).
 */
import { readFileSync, type ReadStream } from "node:fs";
import { addAbortSignal, Readable, Writable } from "node:stream";
import { once } from "node:events";
import { parse, type CsvError } from "csv-parse";
import { cutText } from "../core/echo.js";
import { contractTypeChoices, findChoice, policyChoices } from "../core/french-words.js";
import type { Locale } from "../core/explain.js";
import { formatEuros } from "../core/format.js";
import { FRENCH_HEADERS, HeaderError, readHeader } from "./cohort-headers.js";
import { displayDate, displayDates } from "./display-date.js";
import { evaluateRow, rowViolations, rowWarnings, type CohortColumn, type RowOutcome } from "./cohort-row.js";
import { FileProblem, fileProblem, hasCode, openInput, openOutput, type OutputFile } from "./batch-files.js";
import { csvBoolean, csvBom, csvHeaderLine, csvLine, csvNumber, csvSeparator, csvViolations } from "./csv-cell.js";
import { CsvDecoder } from "./encoding.js";
import type { InterruptSignal, Io } from "./io.js";
import { twoColumns, wrapWords } from "./layout.js";
import { counted, didYouMean, outputWidth, parseOptions, UsageError } from "./usage.js";
import { cohortTable } from "./cohort-table.js";

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

/** The columns of the CSV output: the English (API) name, and the French one written under `--lang fr`. */
const CSV_OUTPUT_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["line", "ligne"],
  ["id", "id"],
  ["status", "statut"],
  ["contract", "contrat"],
  ["eligible", "eligible"],
  ["ageAtStart", "age_debut"],
  ["datesValid", "dates_conformes"],
  ["startEarliest", "debut_au_plus_tot"],
  ["startLatest", "debut_au_plus_tard"],
  ["endEarliest", "fin_au_plus_tot"],
  ["endLatest", "fin_au_plus_tard"],
  ["firstMonthlyMinimum", "premier_minimum_mensuel"],
  ["schedule", "echeancier"],
  ["trainingHoursValid", "heures_formation_conformes"],
  ["minimumTrainingHours", "heures_formation_min"],
  ["maximumTrainingHours", "heures_formation_max"],
  ["hiringAid", "aide_embauche"],
  ["hiringAidScheme", "aide_embauche_dispositif"],
  ["trainingContribution", "participation_employeur"],
  ["violations", "regles_non_respectees"],
  ["warnings", "avertissements"],
  ["errors", "erreurs"],
];

/**
 * The header line of the CSV output: French names under `fr`, the API's English names under `en`.
 *
 * @example
 * csvHeader("fr").slice(0, 3); //=> ["ligne", "id", "statut"]
 */
export function csvHeader(locale: Locale): string[] {
  return CSV_OUTPUT_COLUMNS.map(([english, french]) => (locale === "fr" ? french : english));
}

/**
 * The flat CSV cells of one record. French cells are written for French Excel: decimal commas,
 * `oui`/`non`, dates `JJ/MM/AAAA` (in messages too), the contract type in French.
 *
 * @example
 * csvCells(record, "fr")[3]; //=> "apprentissage"
 */
export function csvCells(record: BatchRecord, locale: Locale): string[] {
  const fr = locale === "fr";
  const number = (value: number | null | undefined) => csvNumber(value, locale);
  const bool = (value: boolean | undefined) => csvBoolean(value, locale);
  const date = (value: string | null | undefined) => (value === null || value === undefined ? "" : displayDate(value, locale));
  const periods = record.pay?.periods ?? [];
  const windows = record.dates?.windows;
  const contract = fr ? (contractTypeChoices.find((choice) => choice.value === record.contract)?.fr ?? record.contract) : record.contract;
  return [
    String(record.line),
    record.id ?? "",
    record.status,
    contract ?? "",
    bool(record.eligibility?.eligible),
    number(record.eligibility?.ageAtStart),
    bool(record.dates?.valid),
    date(windows?.start.earliest),
    date(windows?.start.latest),
    date(windows?.end.earliest),
    date(windows?.end.latest),
    number(periods[0]?.monthlyMinimum),
    periods.map((period) => `${date(period.from)}..${date(period.to)} ${number(period.ratePercent)}% ${formatEuros(period.monthlyMinimum, locale)}`).join(" | "),
    bool(record.trainingHours?.valid),
    number(record.trainingHours?.minimumHours),
    number(record.trainingHours?.maximumHours),
    number(record.hiringAid?.amount),
    record.hiringAid?.scheme ?? "",
    number(record.trainingContribution?.amount),
    csvViolations(rowViolations(record), locale),
    csvViolations(rowWarnings(record), locale),
    record.errors.map((error) => `${error.field}: ${displayDates(error.message, locale)}`).join(" | "),
  ];
}

/** A `JSON.stringify` replacer that leaves out `explanation` arrays (kept with `--explain`), to keep NDJSON lines short. */
function withoutExplanations(key: string, value: unknown): unknown {
  return key === "explanation" ? undefined : value;
}

/** Chooses `;` or `,` from the header line (whichever appears more; `;` on a tie, as French Excel). */
export function detectSeparator(headerLine: string): ";" | "," {
  const count = (character: string) => headerLine.split(character).length - 1;
  return count(",") > count(";") ? "," : ";";
}

function batchHelp(locale: Locale, width: number): string {
  const fr = locale === "fr";
  const columns = (Object.entries(FRENCH_HEADERS) as Array<[string, readonly string[]]>).map(
    ([column, names]) => [[names[0]!], fr ? `${column}${names.length > 1 ? ` ; aussi ${names.slice(1).join(", ")}` : ""}` : `${column}${names.length > 1 ? `; also ${names.slice(1).join(", ")}` : ""}`] as const,
  );
  const text = (frText: string, enText: string) => wrapWords(fr ? frText : enText, width);
  return [
    ...text(
      "alternance lot (batch) FICHIER.csv [--out FICHIER] [--format ndjson|csv|table] [--policy NOM|fichier.json] [--explain] [--no-bom] [--lang fr|en] [--width N]",
      "alternance batch FILE.csv [--out FILE] [--format ndjson|csv|table] [--policy NAME|file.json] [--explain] [--no-bom] [--lang fr|en] [--width N]",
    ),
    "",
    ...text(
      "Une ligne par contrat, en-tête obligatoire ; séparateur ; ou , ; UTF-8 (avec ou sans BOM) ou Windows-1252. Colonnes dans n'importe quel ordre, en français ou sous le nom du champ de l'API, sans égard aux majuscules, aux accents, aux espaces ni aux _ ; une colonne nommée deux fois est une erreur :",
      "One contract per row, header required; ; or , separated; UTF-8 (with or without BOM) or Windows-1252. Columns in any order, in French or as the API field name, case, accents, spaces and _ ignored; a column named twice is an error:",
    ),
    ...twoColumns(columns, width, 2),
    "",
    ...text(
      "Valeurs en français ou en anglais (apprentissage, prive, rqth…). Listes (derogations, minima_sociaux) séparées par | ou ,. Dates AAAA-MM-JJ ou JJ/MM/AAAA. Statut par ligne : ok, violations, invalid. Code de sortie 1 si une ligne n'est pas ok. --format csv : en-têtes français, séparateur ;, dates JJ/MM/AAAA et BOM UTF-8 pour Excel (--no-bom pour l'enlever ; --lang en : en-têtes de l'API, séparateur ,).",
      "Values in English or French (apprenticeship, private, disabled-worker…). Lists (exceptions, benefits) separated by | or ,. Dates YYYY-MM-DD or DD/MM/YYYY. Status per row: ok, violations, invalid. Exit code 1 when any row is not ok. --format csv with --lang en: the API names as headers, , separated, no BOM.",
    ),
    "",
  ].join("\n");
}

/** Output gathered before it is written: one write of about this many characters, not one per row. */
const WRITE_SIZE = 64 * 1024;

/**
 * Where the output goes, guarded and gathered: rows are written by blocks of {@link WRITE_SIZE} (one
 * stream write per row cost more than building the row), and what is gathered is written at the next
 * turn of the event loop anyway, so that rows still come out as they are read from a slow input. A
 * stream error (a closed pipe, a full disk) is kept and thrown by the next write instead of escaping as
 * an unhandled 'error' event; a write waiting for the buffer to drain gives up when the batch is
 * interrupted.
 */
class Sink {
  private readonly failed: Promise<never>;
  private pending: string[] = [];
  private size = 0;
  private scheduled = false;
  /** The last block given to the stream, settled when the stream has written it (or failed to). */
  private written: Promise<void> = Promise.resolve();

  constructor(
    private readonly stream: Writable,
    private readonly signal: AbortSignal | undefined,
  ) {
    this.failed = new Promise<never>((_, reject) => {
      // `io.stdout` of the tests is a bare { write }: no events to listen to.
      if (typeof stream.on === "function") stream.on("error", (error: Error) => reject(new OutputError(error)));
    });
    this.failed.catch(() => undefined);
  }

  /** Adds text; writes the block once it is full, waiting when the stream's buffer is full; rejects once the stream has failed. */
  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.size += text.length;
    if (this.size >= WRITE_SIZE) return this.flush();
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        // An error is kept by `failed` (and by `written`) and thrown by the next write or by end().
        this.flush().catch(() => undefined);
      });
    }
  }

  /** Writes what is gathered, waiting when the stream's buffer is full. */
  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.size = 0;
    // A failed stream refuses the write (false): the race below then rejects with its error.
    if (this.give(text)) return;
    await Promise.race([once(this.stream, "drain", this.signal ? { signal: this.signal } : {}), this.failed]);
  }

  /** Hands a block to the stream; `written` settles when the stream is done with it (a bare { write } never says). */
  private give(text: string): boolean {
    if (typeof this.stream.on !== "function") return this.stream.write(text);
    let accepted = true;
    this.written = new Promise<void>((resolve, reject) => {
      accepted = this.stream.write(text, (error) => (error ? reject(new OutputError(error)) : resolve()));
    });
    this.written.catch(() => undefined);
    return accepted;
  }

  /** Writes the rest and waits until the stream has written it: rejects when the stream failed. */
  async end(): Promise<void> {
    await this.flush();
    await Promise.race([this.written, this.failed]);
  }

  /** A batch that stops (interrupted, unreadable input): what is gathered is written as the rows before it were, without waiting. */
  abandon(): void {
    if (this.pending.length > 0) this.give(this.pending.join(""));
    this.pending = [];
  }
}

/** An error of the output stream (closed pipe, full disk…), told apart from the input's. */
export class OutputError extends Error {
  constructor(override readonly cause: Error) {
    super(cause.message);
  }
}

/** An error of the input stream, told apart from the output's. */
export class InputError extends Error {
  constructor(override readonly cause: Error) {
    super(cause.message);
  }
}

function progress(io: Io, rows: number, input: ReadStream | undefined, size: number, locale: Locale): void {
  const share = size > 0 && input ? Math.min(1, input.bytesRead / size) : 0;
  const bar = "#".repeat(Math.round(share * 20)).padEnd(20, ".");
  io.stderr.write(`\r[${bar}] ${Math.round(share * 100)} % ${locale === "fr" ? counted(rows, "ligne", "lignes", locale) : counted(rows, "row", "rows", locale)}`);
}

/**
 * Line numbers of the blank lines of a text that arrives in chunks (a blank line is not a row, even
 * inside an unclosed quote).
 */
class BlankLines {
  readonly lines = new Set<number>();
  private line = 1;
  private content = false;

  /** Reads one more chunk. */
  see(chunk: string): void {
    let from = 0;
    for (let end = chunk.indexOf("\n"); end >= 0; end = chunk.indexOf("\n", from)) {
      if (!this.content && !/\S/.test(chunk.slice(from, end))) this.lines.add(this.line);
      this.line += 1;
      this.content = false;
      from = end + 1;
    }
    if (/\S/.test(chunk.slice(from))) this.content = true;
  }

  /** The end of the text: a last line without content is blank too. */
  end(): void {
    if (!this.content) this.lines.add(this.line);
  }
}

/** Options of {@link processCohort}. */
export interface ProcessOptions {
  format: "ndjson" | "csv";
  locale: Locale;
  /** Starts CSV output with a UTF-8 byte order mark (for Excel). */
  bom?: boolean;
  explain?: boolean;
  policy?: unknown;
  /** Stops the batch: the source is destroyed and pending writes give up. */
  signal?: AbortSignal;
  onRow?: (summary: BatchSummary) => void;
  onWarning?: (text: string) => void;
  onRecord?: (record: BatchRecord) => void;
}

/**
 * Streams the rows of a cohort file through {@link evaluateRow} to `output`. An error of the source
 * rejects with {@link InputError}, of the output with {@link OutputError}; `signal` stops it.
 *
 * @example
 * await processCohort(createReadStream("examples/cohort.csv"), process.stdout, { format: "ndjson", locale: "fr" });
 */
export async function processCohort(source: Readable, output: Writable, options: ProcessOptions): Promise<BatchSummary> {
  const { format, locale } = options;
  const summary: BatchSummary = { rows: 0, ok: 0, violations: 0, invalid: 0 };
  const sink = new Sink(output, options.signal);
  const decoder = new CsvDecoder();
  // pipe() forwards no error: a source that fails (a folder, a disk error, an interruption) destroys
  // the decoder with it, and the loop below rejects.
  source.once("error", (error: Error) => decoder.destroy(error.name === "AbortError" ? error : new InputError(error)));
  if (options.signal) addAbortSignal(options.signal, source);
  const chunks = source.pipe(decoder)[Symbol.asyncIterator]();
  let head = "";
  while (!/\r?\n/.test(head)) {
    const next = await chunks.next();
    if (next.done) break;
    head += next.value as string;
  }
  const headerLine = head.split(/\r?\n/)[0] ?? "";
  const separator = detectSeparator(headerLine);
  const blank = new BlankLines();
  const text = Readable.from(
    (async function* () {
      blank.see(head);
      yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        blank.see(next.value as string);
        yield next.value as string;
      }
      blank.end();
    })(),
  );
  const skipped: Array<{ line: number; message: string }> = [];
  // The parser runs ahead of the (asynchronous) loop below, so the lines of unreadable records are
  // tracked where parsing happens: `on_record` sees every good record as it is parsed. Cells are not
  // trimmed by the parser (its `trim` turns `"B"x` into an error that stops it); they are trimmed when read.
  let parsedLine = 0;
  const parser = parse({
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
  });
  text.once("error", (error: Error) => parser.destroy(error));
  text.pipe(parser);
  // The parser holds records read ahead: stop it too, so that an interruption is not delayed by them.
  if (options.signal) addAbortSignal(options.signal, parser);
  parser.on("skip", (error: CsvError) => {
    const firstLine = parsedLine + 1;
    const endLine = Number(error.lines);
    if (error.code === "CSV_QUOTE_NOT_CLOSED") {
      // Every line the open quote swallowed is a row that could not be read: one invalid record each,
      // so that the count is honest (a 10-row file gives 10 rows) and each line number is reported.
      const lines = Array.from({ length: endLine - firstLine + 1 }, (_, index) => firstLine + index).filter((line) => !blank.lines.has(line));
      const opened = lines[0] ?? firstLine;
      for (const line of lines) {
        skipped.push({ line, message: line === opened ? csvErrorMessage(error, opened, lines.at(-1) ?? endLine, locale) : swallowedMessage(opened, locale) });
      }
      options.onWarning?.(unclosedQuoteWarning(opened, lines, locale));
    } else {
      skipped.push({ line: Math.min(firstLine, endLine), message: csvErrorMessage(error, firstLine, endLine, locale) });
    }
    parsedLine = endLine;
  });

  const outSeparator = csvSeparator(locale);
  let columns: Array<CohortColumn | null> | null = null;
  let headers: ReadonlyMap<string, string> = new Map();
  const emit = async (record: BatchRecord) => {
    summary.rows += 1;
    summary[record.status === "ok" ? "ok" : record.status === "violations" ? "violations" : "invalid"] += 1;
    options.onRecord?.(record);
    if (format === "csv") await sink.write(`${csvLine(csvCells(record, locale), outSeparator)}\n`);
    else await sink.write(`${JSON.stringify(record, options.explain ? undefined : withoutExplanations)}\n`);
    options.onRow?.(summary);
    // Records read ahead are handled without a turn of the event loop, where signals are delivered:
    // give it one every 100 rows, so that Ctrl-C stops a batch at once.
    if (options.signal && summary.rows % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
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

  try {
    if (format === "csv") await sink.write(csvHeaderLine(csvHeader(locale), locale, options.bom === true));
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (columns === null) {
        columns = readHeader(record, locale, (text) => options.onWarning?.(text));
        headers = headerNames(record, columns);
        continue;
      }
      await flushSkipped(info.lines);
      const cells: Partial<Record<CohortColumn, string>> = {};
      for (let index = 0; index < columns.length; index += 1) {
        const column = columns[index];
        if (column !== null && column !== undefined && record[index] !== undefined) cells[column] = record[index];
      }
      // Explanations are written only with --explain: otherwise none is built.
      const outcome = evaluateRow(cells, locale, options.policy, options.explain === true);
      if (record.length > columns.length) {
        outcome.errors.push({ field: "csv", message: locale === "fr" ? `${record.length} cellules pour ${columns.length} colonnes` : `${record.length} cells for ${columns.length} columns` });
        outcome.status = "invalid";
      }
      if (headers.size > 0) outcome.errors = outcome.errors.map((error) => ({ ...error, field: asTyped(error.field, headers) }));
      await emit({ line: info.lines, id: cells.id?.trim() || null, ...outcome });
    }
    await flushSkipped(Number.POSITIVE_INFINITY);
    if (columns === null) throw new HeaderError(locale === "fr" ? "fichier vide : en-tête obligatoire" : "empty file: a header is required");
    await sink.end();
  } catch (error) {
    // The rows handled before the stop are written, as they were when each row was written at once.
    if (!(error instanceof OutputError)) sink.abandon();
    throw error;
  }
  const mixed = decoder.mixedEncoding();
  if (mixed !== null) options.onWarning?.(mixedEncodingWarning(mixed, locale));
  return summary;
}

/** The header cell of each column whose name was typed differently (`naissance` for birthDate). */
function headerNames(cells: readonly string[], columns: ReadonlyArray<CohortColumn | null>): Map<string, string> {
  const names = new Map<string, string>();
  columns.forEach((column, index) => {
    const typed = cells[index]!.trim();
    if (column !== null && typed !== column) names.set(column, typed);
  });
  return names;
}

/** A row error's field named by the header as typed (`naissance`, `Début contrat`), its path kept (`salaire_convenu[1].from`). */
function asTyped(field: string, headers: ReadonlyMap<string, string>): string {
  for (const [column, typed] of headers) {
    if (field === column || field.startsWith(`${column}[`) || field.startsWith(`${column}.`)) return `${typed}${field.slice(column.length)}`;
  }
  return field;
}

/** Lines written as « 4 à 11 » or « 4, 7 et 9 ». */
function lineList(lines: readonly number[], locale: Locale): string {
  const fr = locale === "fr";
  const contiguous = lines.every((line, index) => index === 0 || line === lines[index - 1]! + 1);
  if (lines.length > 2 && contiguous) return fr ? `${lines[0]} à ${lines.at(-1)}` : `${lines[0]} to ${lines.at(-1)}`;
  const shown = lines.slice(0, 10);
  const more = lines.length > shown.length ? (fr ? ` et ${lines.length - shown.length} autres` : ` and ${lines.length - shown.length} more`) : "";
  return `${shown.join(", ")}${more}`;
}

/** The stderr warning for an unclosed quote: which lines it swallowed, counted as invalid rows. */
function unclosedQuoteWarning(opened: number, lines: readonly number[], locale: Locale): string {
  return locale === "fr"
    ? `guillemet ouvert ligne ${opened} jamais fermé : ${counted(lines.length, "ligne illisible", "lignes illisibles", locale)} (${lineList(lines, locale)}), chacune sortie comme invalide`
    : `a quote opened on line ${opened} is never closed: ${counted(lines.length, "unreadable line", "unreadable lines", locale)} (${lineList(lines, locale)}), each output as invalid`;
}

/** The error of a line swallowed by a quote opened on an earlier line. */
function swallowedMessage(opened: number, locale: Locale): string {
  return locale === "fr"
    ? `ligne illisible : avalée par le guillemet ouvert ligne ${opened} et jamais fermé`
    : `unreadable line: swallowed by the quote opened on line ${opened} and never closed`;
}

/** The stderr warning for a file that mixes UTF-8 and Windows-1252: where each starts, which lines are misread. */
function mixedEncodingWarning(mixed: { switchedAtLine: number; utf8Before: number | null; utf8After: number[] }, locale: Locale): string {
  const fr = locale === "fr";
  const utf8 = [...(mixed.utf8Before === null ? [] : [mixed.utf8Before]), ...mixed.utf8After];
  const head = fr
    ? `le fichier mélange deux encodages : UTF-8 (ligne ${utf8[0]}) et Windows-1252 (ligne ${mixed.switchedAtLine}, premier octet qui n'est pas de l'UTF-8) ; il est lu en UTF-8 jusque-là, en Windows-1252 ensuite`
    : `the file mixes two encodings: UTF-8 (line ${utf8[0]}) and Windows-1252 (line ${mixed.switchedAtLine}, first byte that is not UTF-8); it is read as UTF-8 up to there, as Windows-1252 after`;
  const misread =
    mixed.utf8After.length > 0
      ? fr
        ? ` : les accents ${mixed.utf8After.length === 1 ? "de la ligne" : "des lignes"} ${lineList(mixed.utf8After, locale)} sont mal lus`
        : `: accents on ${mixed.utf8After.length === 1 ? "line" : "lines"} ${lineList(mixed.utf8After, locale)} are misread`
      : fr
        ? " : vérifiez les accents"
        : ": check the accents";
  return `${head}${misread}${fr ? " ; enregistrez le fichier en UTF-8" : "; save the file as UTF-8"}`;
}

/** A CSV syntax error in the user's language, with the lines the unreadable record spans. */
function csvErrorMessage(error: CsvError, firstLine: number, lastLine: number, locale: Locale): string {
  const lines = firstLine < lastLine ? (locale === "fr" ? `lignes ${firstLine} à ${lastLine}` : `lines ${firstLine} to ${lastLine}`) : locale === "fr" ? `ligne ${lastLine}` : `line ${lastLine}`;
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    if (firstLine >= lastLine) {
      return locale === "fr"
        ? `guillemet ouvert jamais fermé : la ${lines} a été lue comme un enregistrement illisible`
        : `a quote is never closed: ${lines} was read as an unreadable record`;
    }
    return locale === "fr"
      ? `guillemet ouvert jamais fermé : les ${lines} ont été lues comme un seul enregistrement illisible`
      : `a quote is never closed: ${lines} were read as one unreadable record`;
  }
  return locale === "fr" ? `CSV illisible (${lines}) : ${error.message}` : `unreadable CSV (${lines}): ${error.message}`;
}

/**
 * Runs `alternance batch` and returns the exit code.
 *
 * @example
 * await runBatch(["examples/cohort.csv", "--format", "csv"], nodeIo(), "fr");
 */
export async function runBatch(argv: readonly string[], io: Io, locale: Locale): Promise<number> {
  let parsed;
  try {
    parsed = parseOptions(
      argv,
      {
        out: { type: "string" },
        format: { type: "string" },
        lang: { type: "string" },
        policy: { type: "string" },
        explain: { type: "boolean" },
        "no-bom": { type: "boolean" },
        width: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      locale,
      true,
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`alternance batch : ${error.message}\n`);
    return 2;
  }
  const { positionals } = parsed;
  const values = parsed.values as { out?: string; format?: string; lang?: string; policy?: string; explain?: boolean; "no-bom"?: boolean; help?: boolean };
  if (values.help) {
    io.stdout.write(batchHelp(locale, outputWidth(argv, io.columns, locale)));
    return 0;
  }
  const format = values.format ?? "ndjson";
  if (format !== "ndjson" && format !== "csv" && format !== "table") {
    io.stderr.write(`alternance batch : --format ndjson|csv|table${didYouMean(format, ["ndjson", "csv", "table"], locale)}\n`);
    return 2;
  }
  let width: number;
  try {
    width = outputWidth(argv, io.columns, locale);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`alternance batch : ${error.message}\n`);
    return 2;
  }
  if (positionals.length !== 1) {
    io.stderr.write(`alternance batch : ${locale === "fr" ? "un fichier CSV attendu (ou - pour l'entrée standard)" : "one CSV file expected (or - for standard input)"}\n`);
    return 2;
  }
  const file = positionals[0]!;
  let policy: unknown;
  try {
    policy = values.policy === undefined ? undefined : values.policy.endsWith(".json") ? JSON.parse(readFileSync(values.policy, "utf8")) : (findChoice(values.policy, policyChoices) ?? values.policy);
  } catch (error) {
    io.stderr.write(`alternance batch : --policy : ${(error as Error).message}\n`);
    return 2;
  }
  // Both files are opened before any row is read: a folder, a missing folder, a read-only place is a
  // usage error (exit 2) with a message, never an unhandled stream error.
  let input: { stream: ReadStream; size: number } | undefined;
  let out: OutputFile | undefined;
  try {
    input = file === "-" ? undefined : openInput(file, locale);
    out = values.out === undefined ? undefined : openOutput(values.out, locale);
  } catch (error) {
    input?.stream.destroy();
    if (!(error instanceof FileProblem)) throw error;
    io.stderr.write(`alternance batch : ${error.message}\n`);
    return 2;
  }
  const source: Readable = input?.stream ?? process.stdin;
  // A table needs every row to size its columns: the records are kept and the table written at the end.
  const tableRecords: BatchRecord[] = [];
  const output: Writable = format === "table" ? new Writable({ write: (_chunk, _encoding, callback) => callback() }) : (out?.stream ?? (io.stdout as Writable));
  const showProgress = io.stderr.isTTY === true;
  const clearProgress = () => showProgress && io.stderr.write("\r\u001b[K");
  // Ctrl-C or SIGTERM: the batch stops, the temporary --out file is removed, « interrompu » is said.
  const interruption = new AbortController();
  const stopListening = io.onInterrupt?.((signal) => interruption.abort(signal));
  let rows = 0;
  try {
    const summary = await processCohort(source, output, {
      format: format === "table" ? "ndjson" : format,
      ...(format === "table" ? { onRecord: (record: BatchRecord) => tableRecords.push(record) } : {}),
      locale,
      // French CSV is for French Excel, which needs the BOM to read UTF-8; not on a terminal, where it shows.
      bom: format === "csv" && csvBom(locale, values["no-bom"] === true, out === undefined && io.stdout.isTTY === true),
      explain: values.explain === true,
      policy,
      signal: interruption.signal,
      onWarning: (text) => io.stderr.write(`alternance batch : ${text}\n`),
      onRow: (current: BatchSummary) => {
        rows = current.rows;
        if (showProgress && current.rows % 500 === 0) progress(io, current.rows, input?.stream, input?.size ?? 0, locale);
      },
    });
    if (format === "table") {
      const table = `${cohortTable(tableRecords, locale, width, out === undefined && io.colour === true).join("\n")}\n`;
      if (out === undefined) io.stdout.write(table);
      else out.stream.write(table);
    }
    await out?.commit();
    clearProgress();
    io.stderr.write(`${summaryLine(summary, locale)}\n`);
    return summary.ok === summary.rows ? 0 : 1;
  } catch (error) {
    out?.discard();
    source.destroy();
    clearProgress();
    return batchFailure(error, { io, locale, file, out: values.out, rows, interrupted: interruption.signal.aborted ? (interruption.signal.reason as InterruptSignal) : null });
  } finally {
    stopListening?.();
  }
}

/**
 * The batch's summary, every word agreeing with its number (« 1 invalide », « 2 invalides »).
 *
 * @example
 * summaryLine({ rows: 12, ok: 9, violations: 2, invalid: 1 }, "fr"); //=> "12 lignes : 9 conformes, 2 avec règles non respectées, 1 invalide"
 */
export function summaryLine(summary: BatchSummary, locale: Locale): string {
  return locale === "fr"
    ? `${counted(summary.rows, "ligne", "lignes", locale)} : ${counted(summary.ok, "conforme", "conformes", locale)}, ${summary.violations} avec règles non respectées, ${counted(summary.invalid, "invalide", "invalides", locale)}`
    : `${counted(summary.rows, "row", "rows", locale)}: ${summary.ok} ok, ${summary.violations} with violations, ${summary.invalid} invalid`;
}

/** Exit code of an interrupted batch: 128 + the signal's number, as shells report it. */
const INTERRUPTED_EXIT: Readonly<Record<InterruptSignal, number>> = { SIGINT: 130, SIGTERM: 143 };

/** What a batch that did not finish says, and its exit code. */
function batchFailure(
  error: unknown,
  context: { io: Io; locale: Locale; file: string; out: string | undefined; rows: number; interrupted: InterruptSignal | null },
): number {
  const { io, locale, file, out, rows, interrupted } = context;
  const fr = locale === "fr";
  if (interrupted !== null) {
    const kept = out === undefined ? "" : fr ? ` ; ${cutText(out)} n'a pas été écrit` : `; ${cutText(out)} was not written`;
    io.stderr.write(`alternance batch : ${fr ? `interrompu (${interrupted}) après ${counted(rows, "ligne", "lignes", locale)}` : `interrupted (${interrupted}) after ${counted(rows, "row", "rows", locale)}`}${kept}\n`);
    return INTERRUPTED_EXIT[interrupted];
  }
  // The reader of standard output went away (`| head -1`): a normal end, without a word.
  if (error instanceof OutputError && out === undefined && hasCode(error.cause, "EPIPE", "ERR_STREAM_DESTROYED")) return 0;
  if (error instanceof HeaderError) {
    io.stderr.write(`alternance batch : ${error.message}\n`);
    return 2;
  }
  if (error instanceof InputError) {
    io.stderr.write(`alternance batch : ${fileProblem("read", file === "-" ? (fr ? "l'entrée standard" : "standard input") : file, error.cause, locale)}\n`);
    return 2;
  }
  if (error instanceof OutputError || (out !== undefined && error instanceof Error && "code" in error)) {
    const cause = error instanceof OutputError ? error.cause : error;
    io.stderr.write(`alternance batch : ${fileProblem("write", out ?? (fr ? "la sortie standard" : "standard output"), cause, locale)}\n`);
    return 2;
  }
  throw error;
}
