/**
 * examLeave: the apprentice's 5 paid jours ouvrables (C. trav. L6222-35), the student employee's 5
 * unpaid jours ouvrables per block of 60 planned (loi 2015-990 art. 296), the window of the month
 * before the first exam, bad input.
 */
import { describe, expect, test } from "vitest";
import { examLeave } from "../../src/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, expectIssues } from "../support/explained.js";

describe("apprentice (L6222-35)", () => {
  test.for([
    { firstExamDate: "2026-06-15", from: "2026-05-15", to: "2026-06-14" },
    { firstExamDate: "2026-03-31", from: "2026-02-28", to: "2026-03-30" },
    { firstExamDate: "2024-03-31", from: "2024-02-29", to: "2024-03-30" },
    { firstExamDate: "2026-01-01", from: "2025-12-01", to: "2025-12-31" },
    { firstExamDate: "2019-01-01", from: "2018-12-01", to: "2018-12-31" },
  ])("first exam $firstExamDate: 5 paid days between $from and $to", ({ firstExamDate, from, to }) => {
    expect(examLeave({ status: "apprentice", firstExamDate })).toEqual(
      expect.objectContaining({ days: 5, paid: true, from, to, legalBasis: ["C. trav. art. L6222-35"], warnings: [] }),
    );
  });

  test("plannedWorkingDays does not change an apprentice's leave", () => {
    expect(examLeave({ status: "apprentice", firstExamDate: "2026-06-15", plannedWorkingDays: 30 }).days).toBe(5);
  });
});

describe("student employee, CPRO included (loi 2015-990 art. 296)", () => {
  test.for([
    { plannedWorkingDays: 0, days: 0, warnings: [] },
    { plannedWorkingDays: 59, days: 0, warnings: ["EXAM_LEAVE_PARTIAL_BLOCK"] },
    { plannedWorkingDays: 60, days: 5, warnings: [] },
    { plannedWorkingDays: 119, days: 5, warnings: ["EXAM_LEAVE_PARTIAL_BLOCK"] },
    { plannedWorkingDays: 120, days: 10, warnings: [] },
    { plannedWorkingDays: 250, days: 20, warnings: ["EXAM_LEAVE_PARTIAL_BLOCK"] },
    { plannedWorkingDays: 313, days: 25, warnings: ["EXAM_LEAVE_PARTIAL_BLOCK"] },
    { plannedWorkingDays: 120.5, days: 10, warnings: ["EXAM_LEAVE_PARTIAL_BLOCK"] },
  ])("$plannedWorkingDays planned jours ouvrables: $days unpaid days", ({ plannedWorkingDays, days, warnings }) => {
    const result = examLeave({ status: "student-employee", firstExamDate: "2026-06-15", plannedWorkingDays });
    expect(result).toMatchObject({ days, paid: false, from: "2026-05-15", to: "2026-06-14", legalBasis: ["Loi n° 2015-990 du 6 août 2015, art. 296"] });
    expect(result.warnings.map((warning) => warning.code)).toEqual(warnings);
  });
});

test("explanations and warning word for word", () => {
  expectExplained((locale) => examLeave({ status: "student-employee", firstExamDate: "2026-03-31", plannedWorkingDays: 250, locale }), {
    explanation: [
      [
        "exam-leave.student-employee",
        { days: 20, paid: false, from: "2026-02-28", to: "2026-03-30", plannedWorkingDays: 250, blocks: 4 },
        "Étudiant salarié : 250 jours ouvrables prévus = 4 tranche(s) complète(s) de 60 → 20 jours ouvrables de congé non rémunéré, à prendre du 2026-02-28 au 2026-03-30",
        "Student employee: 250 planned jours ouvrables = 4 full block(s) of 60 → 20 unpaid jours ouvrables, to be taken from 2026-02-28 to 2026-03-30",
      ],
    ],
    warnings: [
      [
        "EXAM_LEAVE_PARTIAL_BLOCK",
        "plannedWorkingDays",
        "10 jour(s) ouvrable(s) au-delà de la dernière tranche complète de 60 : aucune journée de congé retenue pour ce reste (le texte ne le précise pas ; law-money.md §5, point 12).",
        "10 jours ouvrables beyond the last full block of 60: no day of leave counted for them (the text does not say; law-money.md §5, item 12).",
      ],
    ],
  });
  expectExplained((locale) => examLeave({ status: "apprentice", firstExamDate: "2026-06-15", locale }), {
    explanation: [
      [
        "exam-leave.apprentice",
        { days: 5, paid: true, from: "2026-05-15", to: "2026-06-14", plannedWorkingDays: null, blocks: null },
        "Apprenti : 5 jours ouvrables de congé payé pour préparer les épreuves, à prendre du 2026-05-15 au 2026-06-14 (mois qui précède la première épreuve), en plus des congés payés et du temps en CFA",
        "Apprentice: 5 jours ouvrables of paid leave to prepare the exams, to be taken from 2026-05-15 to 2026-06-14 (the month before the first exam), on top of paid leave and CFA time",
      ],
    ],
  });
});

test("explain: false; a date after dataVerifiedUntil carries the warning", () => {
  expect(examLeave({ status: "apprentice", firstExamDate: "2026-06-15", explain: false }).explanation).toEqual([]);
  expect(examLeave({ status: "apprentice", firstExamDate: "2027-06-15" }).warnings.map((warning) => warning.code)).toEqual(["PARAMETERS_NOT_VERIFIED"]);
});

describe("bad input names the field", () => {
  test("a student employee needs plannedWorkingDays", () => {
    expectIssues((locale) => examLeave({ status: "student-employee", firstExamDate: "2026-06-15", locale }), [
      [
        ["plannedWorkingDays"],
        "REQUIRED",
        "plannedWorkingDays : champ obligatoire pour un étudiant salarié (jours ouvrables de travail prévus au contrat)",
        "plannedWorkingDays: required for a student employee (jours ouvrables of work planned by the contract)",
      ],
    ]);
  });

  test.for([
    { input: { status: "cpro", firstExamDate: "2026-06-15" }, issues: [[["status"], "INVALID_VALUE"]] },
    { input: { status: "apprentice", firstExamDate: "2018-06-15" }, issues: [[["firstExamDate"], "OUT_OF_SCOPE"]] },
    { input: { status: "apprentice", firstExamDate: "15/06/2026" }, issues: [[["firstExamDate"], "INVALID_DATE"]] },
    { input: { status: "student-employee", firstExamDate: "2026-06-15", plannedWorkingDays: -1 }, issues: [[["plannedWorkingDays"], "TOO_SMALL"]] },
    { input: { status: "student-employee", firstExamDate: "2026-06-15", plannedWorkingDays: 1879 }, issues: [[["plannedWorkingDays"], "TOO_BIG"]] },
  ])("$issues.0.0", ({ input, issues }) => {
    expect(catchInputError(() => examLeave(input as never)).issues.map((issue) => [issue.path, issue.code])).toEqual(issues);
  });
});
