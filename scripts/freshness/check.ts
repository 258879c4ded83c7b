/**
 * Runs the comparisons month by month and writes the report: every difference between the library
 * and the model, and every value the model knows after our `dataVerifiedUntil`.
 */
import type { IsoDate } from "../../src/core/dates.js";
import type { Locale } from "../../src/core/explain.js";
import { formatNumber } from "../../src/core/format.js";
import type { Comparison } from "./comparisons.js";
import { shiftMonths } from "./comparisons.js";
import { datedMonths, type ModelEngine, type ModelRules } from "./model.js";

/** Months `from` to `to` (`YYYY-MM`), both included. */
export function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = shiftMonths(`${month}-01`, 1).slice(0, 7)) months.push(month);
  return months;
}

/** A run of consecutive compared months with the same pair of values. */
export interface Run {
  from: IsoDate;
  to: IsoDate;
  ours: number | null;
  model: number | null;
}

/** What one comparison found. */
export interface ComparisonResult {
  comparison: Comparison;
  /** Months where both sides have a value. */
  compared: number;
  /** Where the values differ by more than the tolerance. */
  differences: Run[];
  /** Where the model's value after `dataVerifiedUntil` is not its value on that day: a value it knows and we have not checked. */
  beyondVerified: Run[];
}

/** The whole check. */
export interface FreshnessReport {
  from: string;
  to: string;
  verifiedUntil: IsoDate;
  results: ComparisonResult[];
}

const differ = (a: number | null, b: number | null, tolerance: number): boolean => (a === null || b === null ? a !== b : Math.abs(a - b) > tolerance);

/** Appends `date` to the last run when it continues it with the same values, or starts a new run. */
function extend(runs: Run[], date: IsoDate, ours: number | null, model: number | null): void {
  const last = runs[runs.length - 1];
  if (last !== undefined && last.ours === ours && last.model === model && shiftMonths(last.to, 1) === date) last.to = date;
  else runs.push({ from: date, to: date, ours, model });
}

/**
 * The last month to compare: the latest month in which one of the compared rules of the model changes
 * value, or `months` months after `verifiedUntil` when that is later.
 *
 * @param rules - the model's rules
 * @param list - the comparisons
 * @param verifiedUntil - our `dataVerifiedUntil`
 * @param months - how far past `verifiedUntil` to look at least
 * @returns `YYYY-MM`
 */
export function horizon(rules: ModelRules, list: readonly Comparison[], verifiedUntil: IsoDate, months = 6): string {
  const dated = datedMonths(rules, [...new Set(list.flatMap((comparison) => comparison.modelRules))]);
  const past = shiftMonths(verifiedUntil, months).slice(0, 7);
  const last = dated[dated.length - 1];
  return last !== undefined && last > past ? last : past;
}

/**
 * Compares every series month by month, `from` to `to` (`YYYY-MM`).
 *
 * @param engine - the model's engine
 * @param list - the comparisons
 * @param options - the months and our `dataVerifiedUntil`
 * @returns the differences and the values the model knows past `verifiedUntil`
 */
export function runChecks(engine: ModelEngine, list: readonly Comparison[], options: { from: string; to: string; verifiedUntil: IsoDate }): FreshnessReport {
  const months = monthsFrom(options.from, options.to);
  const results = list.map((comparison): ComparisonResult => {
    const result: ComparisonResult = { comparison, compared: 0, differences: [], beyondVerified: [] };
    const reference = comparison.model(engine, options.verifiedUntil);
    for (const month of months) {
      const date: IsoDate = `${month}-${comparison.day === 1 ? "01" : "15"}`;
      if (comparison.where !== undefined && !comparison.where(date)) continue;
      const ours = comparison.ours(date);
      const model = comparison.model(engine, date);
      if (ours !== null && model !== null) result.compared += 1;
      if (ours !== null && differ(ours, model, comparison.tolerance)) extend(result.differences, date, ours, model);
      if (date > options.verifiedUntil && differ(model, reference, comparison.tolerance)) extend(result.beyondVerified, date, ours, model);
    }
    return result;
  });
  return { from: options.from, to: options.to, verifiedUntil: options.verifiedUntil, results };
}

/** How many differences and values past `dataVerifiedUntil` a report has (the exit code is 1 when any). */
export function findings(report: FreshnessReport): { differences: number; beyondVerified: number } {
  return {
    differences: report.results.reduce((sum, result) => sum + result.differences.length, 0),
    beyondVerified: report.results.reduce((sum, result) => sum + result.beyondVerified.length, 0),
  };
}

/** A run's months: `2026-10` or `2026-10 → 2026-12`. */
const monthsOf = (run: Run): string => (run.from === run.to ? run.from.slice(0, 7) : `${run.from.slice(0, 7)} → ${run.to.slice(0, 7)}`);

const TEXT = {
  fr: {
    separator: " : ",
    period: (r: FreshnessReport) => `Comparaison mois par mois de ${r.from} à ${r.to} (dataVerifiedUntil : ${r.verifiedUntil})`,
    same: (n: number) => `${n} mois, identiques`,
    differs: (n: number, d: number) => `${n} mois, ${d} écart(s)`,
    beyond: "valeurs connues du modèle après dataVerifiedUntil",
    summary: (d: number, b: number) =>
      d + b === 0
        ? "À jour : aucun écart, aucune valeur du modèle au-delà de dataVerifiedUntil."
        : `${d} écart(s), ${b} valeur(s) du modèle au-delà de dataVerifiedUntil : voir docs/maintenance.md.`,
  },
  en: {
    separator: ": ",
    period: (r: FreshnessReport) => `Month by month from ${r.from} to ${r.to} (dataVerifiedUntil: ${r.verifiedUntil})`,
    same: (n: number) => `${n} months, identical`,
    differs: (n: number, d: number) => `${n} months, ${d} difference(s)`,
    beyond: "values the model knows after dataVerifiedUntil",
    summary: (d: number, b: number) =>
      d + b === 0
        ? "Up to date: no difference, no value of the model past dataVerifiedUntil."
        : `${d} difference(s), ${b} value(s) of the model past dataVerifiedUntil: see docs/maintenance.md.`,
  },
} as const;

/**
 * The report as text: one line per comparison, then every difference and every value past
 * `dataVerifiedUntil`, as runs of months, then the summary.
 *
 * @param report - from {@link runChecks}
 * @param locale - language
 * @returns the lines
 */
export function formatReport(report: FreshnessReport, locale: Locale): string[] {
  const text = TEXT[locale];
  const value = (number: number | null, unit: string) => (number === null ? "—" : `${formatNumber(number, locale)} ${unit}`);
  const values = (run: Run, unit: string) => `alternance ${value(run.ours, unit)}, modele-social ${value(run.model, unit)}`;
  const lines = [text.period(report), ""];
  for (const { comparison, compared, differences, beyondVerified } of report.results) {
    const ok = differences.length === 0 && beyondVerified.length === 0;
    lines.push(`${ok ? "✓" : "✗"} ${comparison.label[locale]} — ${differences.length === 0 ? text.same(compared) : text.differs(compared, differences.length)}`);
    for (const run of differences) lines.push(`    ${monthsOf(run)}${text.separator}${values(run, comparison.unit)}`);
    if (beyondVerified.length > 0) {
      lines.push(`    ${text.beyond}${text.separator.trimEnd()}`);
      for (const run of beyondVerified) lines.push(`    ! ${monthsOf(run)}${text.separator}${values(run, comparison.unit)}`);
    }
  }
  const count = findings(report);
  lines.push("", text.summary(count.differences, count.beyondVerified));
  return lines;
}
