/**
 * Base contracts for the whole-contract tests: an adult apprentice (21 at the start, level 6 prepared)
 * and a CPRO employee, one-year contracts from 2025-09-01, the law as date policy.
 */
import type { ApprenticeshipContractInput, ProfessionalisationContractInput } from "../../src/index.js";

/** A valid apprenticeship contract with no optional part. */
export const apprenticeship = (): ApprenticeshipContractInput => ({
  apprentice: { birthDate: "2004-03-10" },
  training: { diplomaLevel: 6, trainingStart: "2025-09-01", trainingEnd: "2026-07-03" },
  contract: { contractStart: "2025-09-01", contractEnd: "2026-08-31" },
});

/** A valid professionalisation contract with no optional part. */
export const professionalisation = (): ProfessionalisationContractInput => ({
  beneficiary: { birthDate: "2004-03-10" },
  employer: { kind: "private" },
  training: { qualification: "bac-pro-or-higher", trainingStart: "2025-09-01", trainingEnd: "2026-07-03" },
  contract: { contractStart: "2025-09-01", contractEnd: "2026-08-31" },
});

/** A tutor who meets every condition. */
export const goodTutor = { birthDate: "1980-06-15", experienceYears: 5 };
