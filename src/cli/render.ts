/**
 * Output of one-off commands: an aligned table with French (or English) labels, JSON (exactly the API
 * result), or CSV (the rows of the result's main table, or one row of its fields).
 */
import type { Locale, Step, Violation } from "../core/explain.js";
import { formatEuros, formatNumber } from "../core/format.js";
import { ageBandLabel } from "../core/french-words.js";
import { paint, statusTone, type Tone } from "./colour.js";
import { csvBoolean, csvHeaderLine, csvLine, csvNumber, csvSeparator, csvViolations } from "./csv-cell.js";
import { displayDates } from "./display-date.js";
import { csvHeaderOf, isMoney, labelOf } from "./labels.js";
import { DEFAULT_WIDTH, wrapWords } from "./layout.js";
import { fitTable, type TableColumn } from "./table.js";

/**
 * How a table is drawn: its width (80 by default) and whether to colour it (titles bold, rules not met
 * red, warnings yellow, a valid status green and an invalid one red); CSV: whether to start with a BOM.
 */
export interface RenderOptions {
  width?: number;
  colour?: boolean;
  bom?: boolean;
}

/**
 * Columns of a schedule left out first when the table is too wide (the first one first): the hourly
 * minimum, the base and the hourly SMIC can be read from the monthly amounts.
 */
const DROP_FIRST = ["hourlyMinimum", "base", "smicHourly", "legalBasis", "exemptHourlyRate", "hourlyRate"];

/** Output format of one-off commands. */
export type OutputFormat = "table" | "json" | "csv";

/** Flattens nested objects into dotted keys; arrays stay as they are. */
export function flatten(value: Record<string, unknown>, prefix = ""): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> = [];
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix === "" ? key : `${prefix}.${key}`;
    if (inner !== null && typeof inner === "object" && !Array.isArray(inner)) entries.push(...flatten(inner as Record<string, unknown>, name));
    else entries.push([name, inner]);
  }
  return entries;
}

/**
 * A value as text for a table or CSV cell: euros for amounts in tables, French or English booleans,
 * `—` for null in tables; CSV cells as `batch` writes them (decimal commas, `oui`/`non` in French,
 * `true`/`false` in English, rules not met as `CODE: message`).
 *
 * @example
 * cellText("monthlyMinimum", 774.77, "fr", true); //=> "774,77 €"
 * cellText("monthlyMinimum", 774.77, "fr", false); //=> "774,77"
 */
export function cellText(field: string, value: unknown, locale: Locale, human: boolean): string {
  if (value === null || value === undefined) return human ? "—" : "";
  if (typeof value === "boolean") {
    if (!human) return csvBoolean(value, locale);
    return locale === "fr" ? (value ? "oui" : "non") : value ? "yes" : "no";
  }
  if (typeof value === "number") {
    if (!human) return csvNumber(value, locale);
    return isMoney(field) ? formatEuros(value, locale) : formatNumber(value, locale);
  }
  if (Array.isArray(value)) {
    if (!human && value.length > 0 && value.every(isViolation)) return csvViolations(value, locale);
    return value.map((item) => (typeof item === "object" && item !== null ? JSON.stringify(item) : cellText(field, item, locale, human))).join(human ? ", " : "|");
  }
  if (locale === "fr" && field.split(".").at(-1) === "ageBand") return ageBandLabel[String(value)] ?? String(value);
  return displayDates(String(value), locale);
}

/** Whether an item of a list is a rule not met or a warning (`{ code, message }`). */
function isViolation(item: unknown): item is Violation {
  return typeof item === "object" && item !== null && "code" in item && "message" in item;
}

/** Fields that say whether something holds: green when `true`, red when `false`. */
const STATUS_FIELDS = new Set(["valid", "eligible", "met"]);

/** The tone of a field's value: a status in green or red, nothing for other fields. */
function toneOf(field: string, value: unknown): Tone | undefined {
  return STATUS_FIELDS.has(field.split(".").at(-1) ?? field) ? statusTone(value) : undefined;
}

/** A table of rows fitted to the width: numbers right-aligned, text wrapped, the least useful columns dropped first. */
function fittedTable(keys: readonly string[], rows: ReadonlyArray<ReadonlyMap<string, unknown>>, locale: Locale, options: RenderOptions): string[] {
  const columns = keys.map((key, index): TableColumn => {
    const values = rows.map((row) => row.get(key)).filter((value) => value !== null && value !== undefined);
    const numeric = values.length > 0 && values.every((value) => typeof value === "number");
    const last = key.split(".").at(-1)!;
    const early = DROP_FIRST.indexOf(last);
    return {
      title: labelOf(key, locale),
      align: numeric ? "right" : "left",
      // The first column is never dropped; then the DROP_FIRST ones, then from the right.
      drop: index === 0 ? 0 : early >= 0 ? 1000 - early : index,
      wrap: !numeric && values.some((value) => typeof value === "string" && String(value).includes(" ")),
      ...(STATUS_FIELDS.has(last) ? { tone: (row: number) => toneOf(key, rows[row]!.get(key)) } : {}),
    };
  });
  const cells = rows.map((row) => keys.map((key) => cellText(key, row.get(key), locale, true)));
  return fitTable(columns, cells, { width: options.width ?? DEFAULT_WIDTH, locale, colour: options.colour === true });
}

/** A line wrapped to the width, its continuation lines indented by `indent` spaces. */
function hanging(line: string, indent: number, width: number): string[] {
  const lead = /^ */.exec(line)![0];
  return wrapWords(line, width - lead.length - indent).map((part, index) => `${index === 0 ? lead : " ".repeat(lead.length + indent)}${part}`);
}

/** Violations, warnings and explanations, at any depth (`windows.explanation` too): not the result's data table. */
function isCommentary(field: string): boolean {
  const last = field.split(".").at(-1) ?? field;
  return last === "violations" || last === "warnings" || last === "explanation";
}

function isRowArray(value: unknown): value is Array<Record<string, unknown>> {
  return Array.isArray(value) && value.length > 0 && value.every((item) => item !== null && typeof item === "object" && !Array.isArray(item));
}

function violationLines(title: string, marker: string, list: Violation[], locale: Locale, options: { width: number; colour: boolean; tone: Tone }): string[] {
  if (list.length === 0) return [];
  return [
    "",
    paint(title, "title", options.colour),
    ...list
      .flatMap((item) => hanging(displayDates(`  ${marker} ${item.code} — ${item.message}${item.legalBasis.length > 0 ? ` (${item.legalBasis.join(", ")})` : ""}`, locale), 2, options.width))
      .map((line) => paint(line, options.tone, options.colour)),
  ];
}

/**
 * Renders a result as an aligned, labelled table within the width (80 by default); `explain` adds the
 * explanation steps. In French, dates are written `JJ/MM/AAAA`, in the cells and in the messages.
 *
 * @example
 * renderTable({ eligible: true, ageAtStart: 19 }, "fr", false);
 */
export function renderTable(result: unknown, locale: Locale, explain: boolean, options: RenderOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const colour = options.colour === true;
  if (typeof result !== "object" || result === null) return `${cellText("", result, locale, true)}\n`;
  const record = result as Record<string, unknown>;
  const lines: string[] = [];
  const scalars: Array<[string, string, Tone | undefined]> = [];
  const tables: Array<[string, Array<Record<string, unknown>>]> = [];
  for (const [field, value] of flatten(record)) {
    if (isCommentary(field)) continue;
    if (isRowArray(value)) tables.push([field, value]);
    else scalars.push([labelOf(field, locale), cellText(field, value, locale, true), toneOf(field, value)]);
  }
  const labelWidth = Math.max(0, ...scalars.map(([label]) => label.length));
  lines.push(
    ...scalars.flatMap(([label, text, tone]) =>
      wrapWords(text, Math.max(20, width - labelWidth - 2)).map((part, index) => `${(index === 0 ? label : "").padEnd(labelWidth)}  ${paint(part, tone, colour)}`.trimEnd()),
    ),
  );
  for (const [field, rows] of tables) {
    const keys = [...new Set(rows.flatMap((row) => flatten(row).map(([key]) => key)))];
    lines.push("", paint(labelOf(field, locale), "title", colour));
    lines.push(...fittedTable(keys, rows.map((row) => new Map(flatten(row))), locale, options));
  }
  lines.push(...violationLines(labelOf("violations", locale), "✗", (record["violations"] as Violation[] | undefined) ?? [], locale, { width, colour, tone: "error" }));
  lines.push(...violationLines(labelOf("warnings", locale), "!", (record["warnings"] as Violation[] | undefined) ?? [], locale, { width, colour, tone: "warning" }));
  if (explain) {
    const steps = (record["explanation"] as Step[] | undefined) ?? [];
    lines.push(
      "",
      paint(labelOf("explanation", locale), "title", colour),
      ...steps.flatMap((step) => hanging(displayDates(`  • ${step.message} [${step.rule}${step.legalBasis.length > 0 ? ` — ${step.legalBasis.join(", ")}` : ""}]`, locale), 2, width)),
    );
    // A calculation without steps (working days) says so rather than printing a title over nothing.
    if (steps.length === 0) lines.push(locale === "fr" ? "  (ce calcul n'a pas d'étape à expliquer)" : "  (this calculation has no step to explain)");
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The CSV header of the fields: French names under `fr` ({@link csvHeaderOf}), the API's names under
 * `en`; a French name that would come twice is left as the API's name.
 */
function csvHeaders(keys: readonly string[], locale: Locale): string[] {
  const names = keys.map((key) => csvHeaderOf(key, locale));
  return names.map((name, index) => (names.indexOf(name) === index ? name : keys[index]!));
}

/**
 * CSV of a result: the rows of its first table (periods, monthly, byMonth), or one row of its fields.
 * Written as `batch` writes its CSV: in French, French headers, `;`, decimal commas, dates
 * `JJ/MM/AAAA` and, with `bom`, a UTF-8 byte order mark for Excel; in English, the API's names, `,`,
 * points and ISO dates.
 *
 * @param result - the API result
 * @param locale - language of the output
 * @param bom - whether to start with a UTF-8 byte order mark (French output for Excel)
 * @returns the CSV text
 * @example
 * renderCsv({ hours: 147, days: 21 }, "en"); //=> "hours,days\n147,21\n"
 * renderCsv({ hours: 147, days: 21 }, "fr"); //=> "heures;jours\n147;21\n"
 */
export function renderCsv(result: unknown, locale: Locale, bom = false): string {
  const record = (typeof result === "object" && result !== null ? result : { value: result }) as Record<string, unknown>;
  const table = flatten(record).find(([field, value]) => !isCommentary(field) && isRowArray(value));
  const rows: Array<Array<[string, unknown]>> = table
    ? (table[1] as Array<Record<string, unknown>>).map((row) => flatten(row))
    : [flatten(record).filter(([field]) => !field.endsWith("explanation"))];
  const keys = [...new Set(rows.flatMap((row) => row.map(([key]) => key)))];
  const body = rows.map((row) => {
    const flat = new Map(row);
    return `${csvLine(
      keys.map((key) => cellText(key, flat.get(key), locale, false)),
      csvSeparator(locale),
    )}\n`;
  });
  return `${csvHeaderLine(csvHeaders(keys, locale), locale, bom)}${body.join("")}`;
}

/**
 * Renders a result in the chosen format.
 *
 * @example
 * renderResult({ hours: 147 }, "json", "fr", false); //=> "{\n  \"hours\": 147\n}\n"
 */
export function renderResult(result: unknown, format: OutputFormat, locale: Locale, explain: boolean, options: RenderOptions = {}): string {
  if (format === "json") return `${JSON.stringify(result, null, 2)}\n`;
  if (format === "csv") return renderCsv(result, locale, options.bom === true);
  return renderTable(result, locale, explain, options);
}
