/**
 * Combining a school policy with the law: for each window bound and each duration limit, the stricter
 * of the two applies (the law's on a tie), and the result remembers who set it and on what basis.
 */
import type { IsoDate } from "../core/dates.js";
import type { ExtendedDuration } from "./contract-type.js";
import { shiftMonths } from "./month-arithmetic.js";
import type { ContractDateRules, EndWindowRule } from "./policy.js";
import type { ResolvedPolicy } from "./resolve-policy.js";
import type { BoundValues } from "./rules.js";

/** A window bound with the texts that set it. */
export interface Bound extends BoundValues {
  /** Articles (law) or documents (school policy) that set it. */
  legalBasis: string[];
}

/** The four window bounds; `null` = no bound on that side. */
export interface WindowBounds {
  start: { earliest: Bound | null; latest: Bound | null };
  end: { earliest: Bound | null; latest: Bound | null };
}

/** One side of the rules (law or policy) and the basis cited for its rules without their own. */
interface Side {
  rules: ContractDateRules;
  source: "law" | "policy";
  fallbackBasis: string[];
}

/** The law first, so that it wins ties. */
function sides(resolved: ResolvedPolicy): Side[] {
  const list: Side[] = [];
  if (resolved.law) list.push({ rules: resolved.law, source: "law", fallbackBasis: [] });
  if (resolved.rules) list.push({ rules: resolved.rules, source: "policy", fallbackBasis: resolved.policyBasis });
  return list;
}

type Offset = { months: number; legalBasis: string[] };

const basisOf = (own: string[] | undefined, side: Side): string[] => [...(own !== undefined && own.length > 0 ? own : side.fallbackBasis)];

function startOffset(side: Side, key: "monthsBefore" | "monthsAfter"): Offset | null {
  const value = side.rules.start[key];
  if (value === null) return null;
  // 0 - value, not -value: an offset of 0 months must not become -0 (issue 13: no -0 in any result).
  return { months: key === "monthsBefore" ? 0 - value : value, legalBasis: basisOf(side.rules.start.legalBasis, side) };
}

/** Whether an end rule is the `{ notAfterTrainingEnd: true }` form. */
const isNotAfterTrainingEnd = (end: EndWindowRule): end is Extract<EndWindowRule, { notAfterTrainingEnd: true }> =>
  (end as { notAfterTrainingEnd?: unknown }).notAfterTrainingEnd === true;

function endOffset(side: Side, key: "earliest" | "latest"): Offset | null {
  const end = side.rules.end;
  const legalBasis = basisOf(end.legalBasis, side);
  if (isNotAfterTrainingEnd(end)) return key === "latest" ? { months: 0, legalBasis } : null;
  const value = key === "earliest" ? (end.monthsBefore === undefined ? 0 : end.monthsBefore) : end.monthsAfter;
  if (value === null) return null;
  return { months: key === "earliest" ? 0 - value : value, legalBasis };
}

/**
 * The stricter bound of the sides: the latest date for an earliest bound, the earliest date for a latest
 * bound. Returns `"out-of-range"` when a bound falls past 2199.
 */
function strictest(
  anchorDate: IsoDate,
  anchor: BoundValues["anchor"],
  list: Side[],
  read: (side: Side) => Offset | null,
  kind: "earliest" | "latest",
): Bound | null | "out-of-range" {
  let best: Bound | null = null;
  for (const side of list) {
    const offset = read(side);
    if (offset === null) continue;
    const date = shiftMonths(anchorDate, offset.months);
    if (date === null) return "out-of-range";
    const stricter = best === null || (kind === "earliest" ? date > best.date : date < best.date);
    if (stricter) best = { date, months: offset.months, anchor, source: side.source, legalBasis: offset.legalBasis };
  }
  return best;
}

/**
 * The window bounds for a contract type under a resolved policy, or the list of anchor fields whose
 * bounds fall past 2199.
 *
 * @param resolved - the school's and the law's rules
 * @param trainingStart - DDF
 * @param trainingEnd - DFF
 * @returns the bounds, or `{ outOfRange: [...] }`
 * @example
 * windowBounds(resolvePolicy("legal", "apprenticeship"), "2025-09-01", "2026-07-03").start.latest?.date; //=> "2025-12-01"
 */
export function windowBounds(
  resolved: ResolvedPolicy,
  trainingStart: IsoDate,
  trainingEnd: IsoDate,
): WindowBounds | { outOfRange: Array<"trainingStart" | "trainingEnd"> } {
  const list = sides(resolved);
  const startEarliest = strictest(trainingStart, "trainingStart", list, (side) => startOffset(side, "monthsBefore"), "earliest");
  const startLatest = strictest(trainingStart, "trainingStart", list, (side) => startOffset(side, "monthsAfter"), "latest");
  const endEarliest = strictest(trainingEnd, "trainingEnd", list, (side) => endOffset(side, "earliest"), "earliest");
  const endLatest = strictest(trainingEnd, "trainingEnd", list, (side) => endOffset(side, "latest"), "latest");
  const startOut = startEarliest === "out-of-range" || startLatest === "out-of-range";
  const endOut = endEarliest === "out-of-range" || endLatest === "out-of-range";
  if (startOut || endOut) {
    return { outOfRange: [...(startOut ? (["trainingStart"] as const) : []), ...(endOut ? (["trainingEnd"] as const) : [])] };
  }
  return { start: { earliest: startEarliest, latest: startLatest }, end: { earliest: endEarliest, latest: endLatest } };
}

/** A duration limit with who set it. */
export interface DurationLimit {
  /** Months. */
  months: number;
  /** Whether the law or the school policy sets it. */
  source: "law" | "policy";
  /** Articles or documents. */
  legalBasis: string[];
  /** The `extendedDuration` flag that raised this maximum, if any. */
  extendedBy: ExtendedDuration | null;
}

/** Duration limits of a contract type under a resolved policy. */
export interface DurationLimits {
  minimum: DurationLimit | null;
  maximum: DurationLimit | null;
  /** Whether the `extendedDuration` flag given is known to the law or the policy for this contract type. */
  flagApplies: boolean;
}

/**
 * The duration limits (the longest minimum, the shortest maximum; the law's on a tie), with the
 * `extendedDuration` flag replacing a side's maximum where that side defines it.
 *
 * @param resolved - the school's and the law's rules
 * @param flag - the `extendedDuration` input, if any
 * @returns the minimum and maximum in months, with their sources
 * @example
 * durationLimits(resolvePolicy("legal", "apprenticeship"), "disabled-worker").maximum?.months; //=> 48
 */
export function durationLimits(resolved: ResolvedPolicy, flag: ExtendedDuration | undefined): DurationLimits {
  let minimum: DurationLimit | null = null;
  let maximum: DurationLimit | null = null;
  let flagApplies = false;
  for (const side of sides(resolved)) {
    const duration = side.rules.durationMonths;
    const legalBasis = basisOf(duration.legalBasis, side);
    if (duration.minimum !== null && (minimum === null || duration.minimum > minimum.months)) {
      minimum = { months: duration.minimum, source: side.source, legalBasis, extendedBy: null };
    }
    const extended = flag === undefined ? undefined : duration.extendedMaximum?.[flag];
    if (extended !== undefined) flagApplies = true;
    const months = extended ?? duration.maximum;
    if (months !== null && (maximum === null || months < maximum.months)) {
      maximum = { months, source: side.source, legalBasis, extendedBy: extended === undefined ? null : (flag ?? null) };
    }
  }
  return { minimum, maximum, flagApplies };
}

/**
 * The larger of the law's and the policy's value of a timing rule, with who set it; `null` when neither
 * sets it.
 *
 * @example
 * timingRule(resolvePolicy("miageAixMarseille", "apprenticeship"), "minimumDaysAfterValidation")?.value; //=> 7
 */
export function timingRule(
  resolved: ResolvedPolicy,
  key: "minimumDaysAfterValidation" | "minimumWorkingDaysBeforeStart",
): { value: number; legalBasis: string[] } | null {
  let best: { value: number; legalBasis: string[] } | null = null;
  for (const side of sides(resolved)) {
    const value = side.rules[key];
    if (value !== undefined && (best === null || value > best.value)) best = { value, legalBasis: [...side.fallbackBasis] };
  }
  return best;
}
