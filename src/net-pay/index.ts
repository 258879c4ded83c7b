/**
 * Net pay and the apprentice's other money rules (API.md §8–§9): the monthly net of an apprentice or a
 * CPRO employee, the income-tax exemption (CGI art. 81 bis), the family-benefits pay ceiling
 * (CSS art. R512-2), the deduction of benefits in kind (C. trav. art. D6222-33, D6325-17) and exam
 * leave (C. trav. art. L6222-35; loi n° 2015-990 art. 296). See docs/net-pay.md.
 */
export { netPay } from "./net-pay.js";
export type { ContributionLine, NetPayInput, NetPayRegime, NetPayResult } from "./net-pay.js";
export type { ContributionId } from "./rules.js";
export type { ApprenticeRegimeId } from "../parameters/apprentice-exemption.js";
export { netPayRules } from "./rules.js";
export { incomeTaxExemption } from "./income-tax.js";
export type { IncomeTaxExemptionInput, IncomeTaxExemptionResult } from "./income-tax.js";
export { familyBenefitsIncomeCeiling } from "./family-benefits.js";
export type { FamilyBenefitsIncomeCeilingInput, FamilyBenefitsIncomeCeilingResult } from "./family-benefits.js";
export { benefitsInKindDeduction } from "./benefits-in-kind.js";
export type { BenefitInKind, BenefitInKindLimit, BenefitsInKindDeductionInput, BenefitsInKindDeductionResult } from "./benefits-in-kind.js";
export { examLeave } from "./exam-leave.js";
export type { ExamLeaveInput, ExamLeaveResult } from "./exam-leave.js";
