/**
 * The agreed pay against the minimum: every agreed period compared with the minimum of every period
 * of the minimum schedule it overlaps.
 */
import { addDays, type IsoDate } from "../core/dates.js";
import type { InputIssue } from "../core/errors.js";
import { explainStep, explanationWhen, violationOf, type Locale, type RuleDeclaration, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { Dec, roundHalfUp } from "../core/money.js";
import type { PaySchedule } from "../pay/index.js";
import type { AgreedMonthlyPay } from "./input.js";
import type { AgreedPayValues } from "./rules.js";

/**
 * One agreed period against one period of the minimum schedule it overlaps.
 *
 * @example
 * const row: PayComparison = { agreedIndex: 0, agreedFrom: "2025-09-01", agreedTo: "2026-08-31", amount: 800, from: "2026-01-01", to: "2026-05-31", monthlyMinimum: 783.9, shortfall: 0, met: true };
 */
export interface PayComparison {
  /** Index of the agreed period in the input's `agreedMonthlyPay`. */
  agreedIndex: number;
  /** First day of the agreed period. */
  agreedFrom: IsoDate;
  /** Last day of the agreed period (the day before the next `from`, or the contract end). */
  agreedTo: IsoDate;
  /** Agreed monthly amount, euros. */
  amount: number;
  /** First day of the overlap with the minimum's period. */
  from: IsoDate;
  /** Last day of the overlap. */
  to: IsoDate;
  /** The minimum monthly pay over the overlap (for the contract's weekly hours), euros. */
  monthlyMinimum: number;
  /** How much the agreed amount falls short of the minimum, euros (0 when it does not). */
  shortfall: number;
  /** The agreed amount is at least the minimum. */
  met: boolean;
}

/**
 * `sections.pay` of a whole-contract check: the minimum schedule (the pay module's own result) and,
 * when `agreedMonthlyPay` is given, its comparison with the agreed pay.
 *
 * @example
 * const pay: AgreedPayCheck = { valid: true, schedule, comparisons: null, violations: [], explanation: [], warnings: [] };
 */
export interface AgreedPayCheck {
  /** No agreed period is below the minimum (`true` when no agreed pay is given). */
  valid: boolean;
  /** `apprenticePaySchedule` / `professionalisationPaySchedule` of the contract, as the module returns it. */
  schedule: PaySchedule;
  /** Every overlap of an agreed period and a minimum period, in order; `null` without `agreedMonthlyPay`. */
  comparisons: PayComparison[] | null;
  /** `PAY_BELOW_MINIMUM`, one per overlap below the minimum, field `contract.agreedMonthlyPay[i].amount`. */
  violations: Violation[];
  /** One step per overlap. */
  explanation: Step[];
  /** None here (the schedule's warnings are in `schedule.warnings`). */
  warnings: Violation[];
}

const FIELD = ["contract", "agreedMonthlyPay"] as const;

/**
 * Input issues of `agreedMonthlyPay`: a `from` before the contract start (`AGREED_PAY_BEFORE_START`) or
 * after its end (`AGREED_PAY_AFTER_END`), the same `from` twice (`AGREED_PAY_DUPLICATE_FROM`), no period
 * starting on the contract start (`AGREED_PAY_NOT_FROM_START`: the first days would have no agreed pay).
 * The order of the periods does not matter.
 *
 * @param agreed - the periods, validated field by field
 * @param contractStart - first day of the contract
 * @param contractEnd - last day of the contract
 * @param locale - language
 * @returns the issues (empty when all is well)
 * @example
 * agreedPayIssues([{ from: "2025-08-31", amount: 900 }], "2025-09-01", "2026-08-31", "en")[0].code; //=> "AGREED_PAY_BEFORE_START"
 */
export function agreedPayIssues(agreed: readonly AgreedMonthlyPay[], contractStart: IsoDate, contractEnd: IsoDate, locale: Locale): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Map<IsoDate, number>();
  agreed.forEach(({ from }, index) => {
    const path = [...FIELD, index, "from"];
    if (from < contractStart) {
      issues.push(inputIssue(path, "AGREED_PAY_BEFORE_START", { fr: `le ${from} précède le début du contrat (${contractStart})`, en: `${from} is before the contract start (${contractStart})` }, locale));
    } else if (from > contractEnd) {
      issues.push(inputIssue(path, "AGREED_PAY_AFTER_END", { fr: `le ${from} suit la fin du contrat (${contractEnd})`, en: `${from} is after the contract end (${contractEnd})` }, locale));
    }
    const first = seen.get(from);
    if (first === undefined) seen.set(from, index);
    else {
      issues.push(
        inputIssue(path, "AGREED_PAY_DUPLICATE_FROM", { fr: `le ${from} est déjà le début de la période n° ${first + 1}`, en: `${from} already starts period no. ${first + 1}` }, locale),
      );
    }
  });
  if (!seen.has(contractStart) && issues.length === 0) {
    issues.push(
      inputIssue(
        [...FIELD],
        "AGREED_PAY_NOT_FROM_START",
        {
          fr: `aucune période ne commence le premier jour du contrat (${contractStart}) : la rémunération des premiers jours n'est pas convenue`,
          en: `no period starts on the first day of the contract (${contractStart}): the pay of the first days is not agreed`,
        },
        locale,
      ),
    );
  }
  return issues;
}

/**
 * Compares every agreed period with the minimum of every schedule period it overlaps. The agreed
 * periods (checked by {@link agreedPayIssues}) are read in date order, each until the day before the
 * next `from` or the contract end. Amounts are monthly rates for the same weekly hours, so they are
 * compared as they are, whatever the length of the overlap.
 *
 * @param agreed - the agreed periods, or `undefined`
 * @param schedule - the minimum schedule of the contract
 * @param contractEnd - last day of the contract
 * @param rule - the apprenticeship or CPRO rule
 * @param locale - language
 * @param explain - the input's `explain`
 * @returns the pay section
 * @example
 * compareAgreedPay([{ from: "2025-09-01", amount: 774.76 }], schedule, "2026-08-31", apprenticeshipAgreedPay, "en", false).violations[0].code;
 * //=> "PAY_BELOW_MINIMUM"
 */
export function compareAgreedPay(
  agreed: readonly AgreedMonthlyPay[] | undefined,
  schedule: PaySchedule,
  contractEnd: IsoDate,
  rule: RuleDeclaration<AgreedPayValues>,
  locale: Locale,
  explain: boolean | undefined,
): AgreedPayCheck {
  if (agreed === undefined) return { valid: true, schedule, comparisons: null, violations: [], explanation: [], warnings: [] };
  const order = agreed.map((period, index) => ({ from: period.from, amount: period.amount, index })).sort((a, b) => (a.from < b.from ? -1 : 1));
  const comparisons: PayComparison[] = [];
  order.forEach((period, position) => {
    const next = order[position + 1];
    const agreedTo = next === undefined ? contractEnd : addDays(next.from, -1);
    for (const minimum of schedule.periods) {
      if (minimum.to < period.from || minimum.from > agreedTo) continue;
      const shortfall = roundHalfUp(Dec.max(new Dec(minimum.monthlyMinimum).minus(period.amount), 0));
      comparisons.push({
        agreedIndex: period.index,
        agreedFrom: period.from,
        agreedTo,
        amount: period.amount,
        from: minimum.from > period.from ? minimum.from : period.from,
        to: minimum.to < agreedTo ? minimum.to : agreedTo,
        monthlyMinimum: minimum.monthlyMinimum,
        shortfall,
        met: shortfall === 0,
      });
    }
  });
  const values = (row: PayComparison): AgreedPayValues => ({
    agreedIndex: row.agreedIndex,
    agreedFrom: row.agreedFrom,
    agreedTo: row.agreedTo,
    amount: row.amount,
    from: row.from,
    to: row.to,
    monthlyMinimum: row.monthlyMinimum,
    met: row.met,
  });
  const violations = comparisons
    .filter((row) => !row.met)
    .map((row) => violationOf(rule, locale, values(row), `contract.agreedMonthlyPay[${row.agreedIndex}].amount`));
  return {
    valid: violations.length === 0,
    schedule,
    comparisons,
    violations,
    explanation: explanationWhen(explain, () => comparisons.map((row) => explainStep(rule, locale, values(row)))),
    warnings: [],
  };
}
