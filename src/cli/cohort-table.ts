/**
 * The cohort as a table (the demo, `batch --format table`): one line per contract, fitted to the
 * width; the detail (the first error or violation) wraps instead of being cut. With colour, the status
 * is green when the row is valid, red otherwise, and the detail red.
 */
import type { Locale } from "../core/explain.js";
import { formatEuros } from "../core/format.js";
import { contractTypeChoices } from "../core/french-words.js";
import type { BatchRecord } from "./batch.js";
import type { Tone } from "./colour.js";
import { rowViolations } from "./cohort-row.js";
import { displayDates } from "./display-date.js";
import { fitTable, type TableColumn } from "./table.js";

const STATUS = {
  fr: { ok: "conforme", violations: "à revoir", invalid: "invalide" },
  en: { ok: "ok", violations: "violations", invalid: "invalid" },
} as const;

/** The first error or violation of a row, its dates written as the locale writes them. */
function detail(record: BatchRecord, locale: Locale): string {
  if (record.errors.length > 0) return displayDates(`${record.errors[0]!.field} : ${record.errors[0]!.message}`, locale);
  const violation = rowViolations(record)[0];
  return violation ? displayDates(`${violation.code} — ${violation.message}`, locale) : "";
}

/**
 * The cohort's table: line, id, contract, status, age, first month's minimum, detail.
 *
 * @param records - the batch records
 * @param locale - language of titles and words
 * @param width - the width to fit
 * @param colour - bold titles, statuses in green or red, details in red
 * @returns the lines
 * @example
 * cohortTable(records, "fr", 80, false)[0]; //=> "ligne  id  contrat  statut  âge  1er mois  détail"
 */
export function cohortTable(records: readonly BatchRecord[], locale: Locale, width: number, colour: boolean): string[] {
  const fr = locale === "fr";
  const column = (title: string, align: "left" | "right", drop: number, wrap = false, tone?: (row: number) => Tone): TableColumn => ({ title, align, drop, wrap, ...(tone ? { tone } : {}) });
  const status = (row: number): Tone => (records[row]!.status === "ok" ? "ok" : "error");
  const columns = [
    column(fr ? "ligne" : "line", "right", 0),
    column("id", "left", 0),
    column(fr ? "contrat" : "contract", "left", 2),
    column(fr ? "statut" : "status", "left", 0, false, status),
    column(fr ? "âge" : "age", "right", 3),
    column(fr ? "1er mois" : "1st month", "right", 1),
    column(fr ? "détail" : "detail", "left", 0, true, () => "error"),
  ];
  const rows = records.map((record) => [
    String(record.line),
    record.id ?? "",
    (fr ? contractTypeChoices.find((choice) => choice.value === record.contract)?.fr : undefined) ?? record.contract ?? "",
    STATUS[locale][record.status],
    record.eligibility ? String(record.eligibility.ageAtStart) : "",
    record.pay?.periods[0] ? formatEuros(record.pay.periods[0].monthlyMinimum, locale) : "",
    detail(record, locale),
  ]);
  return fitTable(columns, rows, { width, locale, colour });
}
