/**
 * Output of one-off commands: an aligned table with French (or English) labels, JSON (exactly the API
 * result), or CSV (the rows of the result's main table, or one row of its fields).
 */
import type { Locale, Step, Violation } from "../core/explain.js";
import { formatEuros, formatNumber } from "../core/format.js";
import { csvLine } from "./csv-cell.js";
import { isMoney, labelOf } from "./labels.js";

/** Output format of one-off commands. */
export type OutputFormat = "table" | "json" | "csv";

type Plain = string | number | boolean | null;

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
 * `—` for null.
 *
 * @example
 * cellText("monthlyMinimum", 774.77, "fr", true); //=> "774,77 €"
 */
export function cellText(field: string, value: unknown, locale: Locale, human: boolean): string {
  if (value === null || value === undefined) return human ? "—" : "";
  if (typeof value === "boolean") return locale === "fr" ? (value ? "oui" : "non") : value ? "yes" : "no";
  if (typeof value === "number") {
    if (!human) return locale === "fr" ? String(value).replace(".", ",") : String(value);
    return isMoney(field) ? formatEuros(value, locale) : formatNumber(value, locale);
  }
  if (Array.isArray(value)) return value.map((item) => cellText(field, item, locale, human)).join(human ? ", " : "|");
  return String(value);
}

function alignedTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd();
  return [line(header), widths.map((width) => "─".repeat(width)).join("  "), ...rows.map(line)];
}

/** Violations, warnings and explanations, at any depth (`windows.explanation` too): not the result's data table. */
function isCommentary(field: string): boolean {
  const last = field.split(".").at(-1) ?? field;
  return last === "violations" || last === "warnings" || last === "explanation";
}

function isRowArray(value: unknown): value is Array<Record<string, unknown>> {
  return Array.isArray(value) && value.length > 0 && value.every((item) => item !== null && typeof item === "object" && !Array.isArray(item));
}

function violationLines(title: string, marker: string, list: Violation[]): string[] {
  if (list.length === 0) return [];
  return ["", title, ...list.map((item) => `  ${marker} ${item.code} — ${item.message}${item.legalBasis.length > 0 ? ` (${item.legalBasis.join(", ")})` : ""}`)];
}

/**
 * Renders a result as an aligned, labelled table; `explain` adds the explanation steps.
 *
 * @example
 * renderTable({ eligible: true, ageAtStart: 19 }, "fr", false);
 */
export function renderTable(result: unknown, locale: Locale, explain: boolean): string {
  if (typeof result !== "object" || result === null) return `${cellText("", result, locale, true)}\n`;
  const record = result as Record<string, unknown>;
  const lines: string[] = [];
  const scalars: Array<[string, string]> = [];
  const tables: Array<[string, Array<Record<string, unknown>>]> = [];
  for (const [field, value] of flatten(record)) {
    if (isCommentary(field)) continue;
    if (isRowArray(value)) tables.push([field, value]);
    else scalars.push([labelOf(field, locale), cellText(field, value, locale, true)]);
  }
  const width = Math.max(0, ...scalars.map(([label]) => label.length));
  lines.push(...scalars.map(([label, text]) => `${label.padEnd(width)}  ${text}`));
  for (const [field, rows] of tables) {
    const keys = [...new Set(rows.flatMap((row) => flatten(row).map(([key]) => key)))];
    lines.push("", labelOf(field, locale));
    lines.push(
      ...alignedTable(
        keys.map((key) => labelOf(key, locale)),
        rows.map((row) => {
          const flat = new Map(flatten(row));
          return keys.map((key) => cellText(key, flat.get(key), locale, true));
        }),
      ),
    );
  }
  lines.push(...violationLines(labelOf("violations", locale), "✗", (record["violations"] as Violation[] | undefined) ?? []));
  lines.push(...violationLines(labelOf("warnings", locale), "!", (record["warnings"] as Violation[] | undefined) ?? []));
  if (explain) {
    const steps = (record["explanation"] as Step[] | undefined) ?? [];
    lines.push("", labelOf("explanation", locale), ...steps.map((step) => `  • ${step.message} [${step.rule}${step.legalBasis.length > 0 ? ` — ${step.legalBasis.join(", ")}` : ""}]`));
  }
  return `${lines.join("\n")}\n`;
}

/**
 * CSV of a result: the rows of its first table (periods, monthly, byMonth), or one row of its fields.
 * French output uses `;` and decimal commas (as French Excel reads them), English `,` and points.
 *
 * @example
 * renderCsv({ hours: 147, days: 21 }, "en"); //=> "hours,days\n147,21\n"
 */
export function renderCsv(result: unknown, locale: Locale): string {
  const separator = locale === "fr" ? ";" : ",";
  const record = (typeof result === "object" && result !== null ? result : { value: result }) as Record<string, unknown>;
  const table = flatten(record).find(([field, value]) => !isCommentary(field) && isRowArray(value));
  const rows: Array<Array<[string, unknown]>> = table
    ? (table[1] as Array<Record<string, unknown>>).map((row) => flatten(row))
    : [flatten(record).filter(([field]) => !field.endsWith("explanation"))];
  const keys = [...new Set(rows.flatMap((row) => row.map(([key]) => key)))];
  const body = rows.map((row) => {
    const flat = new Map(row);
    return csvLine(
      keys.map((key) => {
        const value = flat.get(key);
        if (Array.isArray(value) && value.some((item) => typeof item === "object" && item !== null)) {
          return (value as Violation[]).map((item) => item.code ?? JSON.stringify(item)).join("|");
        }
        return cellText(key, value as Plain, locale, false);
      }),
      separator,
    );
  });
  return `${[csvLine(keys, separator), ...body].join("\n")}\n`;
}

/**
 * Renders a result in the chosen format.
 *
 * @example
 * renderResult({ hours: 147 }, "json", "fr", false); //=> "{\n  \"hours\": 147\n}\n"
 */
export function renderResult(result: unknown, format: OutputFormat, locale: Locale, explain: boolean): string {
  if (format === "json") return `${JSON.stringify(result, null, 2)}\n`;
  if (format === "csv") return renderCsv(result, locale);
  return renderTable(result, locale, explain);
}
