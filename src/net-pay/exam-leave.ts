/**
 * `examLeave`: the leave to prepare exams of an apprentice (C. trav. art. L6222-35) or of a student
 * employee (loi n° 2015-990 art. 296), docs/net-pay.md.
 */
import * as z from "zod/mini";
import { valueAt } from "../core/dated.js";
import { addDays, addMonths, type IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { finiteNumber, inputObject, isoDateFrom, localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { apprenticeExamLeave, studentEmployeeExamLeave } from "../parameters/exam-leave.js";
import { apprenticeExamLeaveRule, examLeavePartialBlock, studentExamLeaveRule } from "./rules.js";

/**
 * Input of {@link examLeave}.
 *
 * @example
 * const input: ExamLeaveInput = { status: "student-employee", firstExamDate: "2026-06-15", plannedWorkingDays: 250 };
 */
export interface ExamLeaveInput {
  /** An apprentice, or a student employee (any other contract, a CPRO included). */
  status: "apprentice" | "student-employee";
  /** The first exam, from 2019-01-01. */
  firstExamDate: IsoDate;
  /** Student employee: the jours ouvrables the contract plans to be worked (required for that status; not used for an apprentice). */
  plannedWorkingDays?: number;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no text built. */
  explain?: boolean;
}

/**
 * Result of {@link examLeave}.
 *
 * @example
 * const result: ExamLeaveResult = examLeave({ status: "apprentice", firstExamDate: "2026-06-15" });
 */
export interface ExamLeaveResult {
  /** Jours ouvrables of leave. */
  days: number;
  /** Whether the salary is maintained during the leave. */
  paid: boolean;
  /** First day of the month before the first exam (`firstExamDate` − 1 month, clamped to the month's end). */
  from: IsoDate;
  /** The day before the first exam. */
  to: IsoDate;
  /** L6222-35, or loi n° 2015-990 art. 296. */
  legalBasis: string[];
  /** The rule applied. */
  explanation: Step[];
  /** `EXAM_LEAVE_PARTIAL_BLOCK` when the planned days leave a remainder below 60. */
  warnings: Violation[];
}

/** Sanity bound of `plannedWorkingDays`: six years of jours ouvrables (a contract lasts at most three). */
export const MAX_PLANNED_WORKING_DAYS = 6 * 313;

const examLeaveSchema = inputObject({
  status: z.enum(["apprentice", "student-employee"]),
  firstExamDate: isoDateFrom(CONTRACT_SCOPE_START),
  plannedWorkingDays: z.optional(finiteNumber().check(z.gte(0), z.lte(MAX_PLANNED_WORKING_DAYS))),
});

/**
 * The exam-preparation leave, to be taken in the month before the first exam (`firstExamDate` − 1
 * month to the day before it).
 *
 * - **Apprentice** (L6222-35): 5 jours ouvrables, salary maintained, on top of paid leave and CFA time.
 *   The apprentice must follow the CFA's revision teaching when the CFA organises it; when it does not,
 *   the leave is still due (the text makes the teaching an obligation, not a condition).
 * - **Student employee** (loi n° 2015-990 art. 296, not codified; a CPRO in higher education included):
 *   5 unpaid jours ouvrables per full block of 60 jours ouvrables worked as planned by the contract;
 *   a remainder below 60 opens nothing (reading taken, the text does not say: warning
 *   `EXAM_LEAVE_PARTIAL_BLOCK`).
 *
 * @param input - `{ status, firstExamDate, plannedWorkingDays? }`
 * @returns `{ days, paid, from, to, legalBasis, explanation, warnings }`
 * @throws AlternanceInputError naming every wrong field; `REQUIRED` `plannedWorkingDays` for a student employee
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000021342274 (C. trav. art. L6222-35)
 * @example
 * examLeave({ status: "student-employee", firstExamDate: "2026-06-15", plannedWorkingDays: 250 });
 * //=> { days: 20, paid: false, from: "2026-05-15", to: "2026-06-14", legalBasis: ["Loi n° 2015-990 du 6 août 2015, art. 296"], explanation: [...], warnings: [EXAM_LEAVE_PARTIAL_BLOCK] }
 */
export function examLeave(input: ExamLeaveInput): ExamLeaveResult {
  const locale = localeOf(input);
  const parsed = parseInput(examLeaveSchema, input, locale);
  const student = parsed.status === "student-employee";
  if (student && parsed.plannedWorkingDays === undefined) {
    throwIfIssues(
      [
        inputIssue(
          ["plannedWorkingDays"],
          "REQUIRED",
          { fr: "champ obligatoire pour un étudiant salarié (jours ouvrables de travail prévus au contrat)", en: "required for a student employee (jours ouvrables of work planned by the contract)" },
          locale,
        ),
      ],
      locale,
    );
  }
  const rule = valueAt(student ? studentEmployeeExamLeave : apprenticeExamLeave, parsed.firstExamDate).value;
  // Per block (student employee): the planned days count; once (apprentice): they do not.
  const planned = rule.perWorkingDays === null ? null : parsed.plannedWorkingDays!; // required above for a student employee
  const blocks = planned === null ? null : Math.floor(planned / rule.perWorkingDays!);
  const remainder = blocks === null ? 0 : planned! - blocks * rule.perWorkingDays!;
  const days = blocks === null ? rule.days : blocks * rule.days;
  const from = addMonths(parsed.firstExamDate, -1);
  const to = addDays(parsed.firstExamDate, -1);
  const declaration = student ? studentExamLeaveRule : apprenticeExamLeaveRule;
  const warnings = verificationWarnings([parsed.firstExamDate], locale);
  if (remainder > 0) warnings.push(violationOf(examLeavePartialBlock, locale, { remainder }, "plannedWorkingDays"));
  return {
    days,
    paid: rule.paid,
    from,
    to,
    legalBasis: [...declaration.legalBasis],
    explanation: explanationWhen(parsed.explain, () => [explainStep(declaration, locale, { days, paid: rule.paid, from, to, plannedWorkingDays: planned, blocks })]),
    warnings,
  };
}

/** The input schema {@link examLeave} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { examLeaveSchema };
