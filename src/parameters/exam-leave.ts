/**
 * Exam-revision leave (law.md §8, law-money.md §3.5). Data only.
 */
import type { DatedSeries } from "../core/dated.js";

/** An exam leave: how many jours ouvrables, per how many planned working days (`null`: once), paid or not. */
export interface ExamLeaveRule {
  /** Jours ouvrables of leave (per block, when there is one). */
  readonly days: number;
  /** Size of a block of jours ouvrables worked as planned by the contract; `null` when the leave is not per block. */
  readonly perWorkingDays: number | null;
  /** Whether the salary is maintained. */
  readonly paid: boolean;
}

/**
 * Apprentices: 5 jours ouvrables, paid, in the month before the exams (L6222-35).
 *
 * @example
 * apprenticeExamLeave.entries[0].value; //=> { days: 5, perWorkingDays: null, paid: true }
 */
export const apprenticeExamLeave: DatedSeries<ExamLeaveRule> = {
  id: "exam-leave.apprentice",
  label: { fr: "Congé pour examen de l'apprenti", en: "Apprentice's exam leave" },
  unit: "jours ouvrables",
  entries: [{ since: "2009-11-26", value: { days: 5, perWorkingDays: null, paid: true }, legalBasis: ["C. trav. art. L6222-35 (LEGIARTI000021342274)"] }],
};

/**
 * Student employees (any contract, CPRO included): 5 jours ouvrables per block of 60 jours ouvrables
 * worked as planned by the contract, unpaid (loi n° 2015-990 art. 296, not codified).
 *
 * @example
 * studentEmployeeExamLeave.entries[0].value; //=> { days: 5, perWorkingDays: 60, paid: false }
 */
export const studentEmployeeExamLeave: DatedSeries<ExamLeaveRule> = {
  id: "exam-leave.student-employee",
  label: { fr: "Congé pour examen de l'étudiant salarié", en: "Student employee's exam leave" },
  unit: "jours ouvrables",
  entries: [
    {
      since: "2015-08-08",
      value: { days: 5, perWorkingDays: 60, paid: false },
      legalBasis: ["Loi n° 2015-990 du 6 août 2015, art. 296"],
      note: "Texte primaire non lu et numéro d'article UNCONFIRMED (296 selon le guide et plusieurs sources, 286 selon une seule) ; entrée en vigueur le lendemain de la publication au JO du 7 août 2015.",
    },
  ],
};
