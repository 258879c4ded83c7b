/**
 * Internships (stages): when the gratification is due, how much, the part free of contributions, and
 * the presence that counts (C. éduc. art. L124-5, L124-6, L124-18, D124-6, D124-8; CSS art. L136-1-1,
 * D136-1). See docs/internships.md.
 */
export { internshipGratification } from "./gratification.js";
export type {
  InternshipGratificationInput,
  InternshipGratificationResult,
  InternshipHost,
  InternshipMonthHours,
  InternshipMonthlyGratification,
} from "./gratification.js";
export { internshipPresence } from "./presence.js";
export type { InternshipPresenceInput, InternshipPresenceResult, InternshipWeekday } from "./presence.js";
export { internshipRules } from "./rules.js";
