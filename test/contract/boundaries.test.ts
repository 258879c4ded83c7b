/**
 * One table row per violation code of the whole-contract checks, on each side of its boundary (the day
 * before, the day of, the day after; one cent, half an hour), and the module codes carried over to
 * their nested field.
 */
import { describe, expect, test } from "vitest";
import { checkApprenticeshipContract, checkProfessionalisationContract } from "../../src/index.js";
import type { ApprenticeshipContractInput, ProfessionalisationContractInput } from "../../src/index.js";
import { apprenticeship, goodTutor, professionalisation } from "./fixtures.js";

type Input =
  | { kind: "apprenticeship"; input: ApprenticeshipContractInput }
  | { kind: "professionalisation"; input: ProfessionalisationContractInput };

interface Row {
  name: string;
  contract: Input;
  expected: { valid: boolean; violations: Array<[code: string, field: string]> };
  source: string;
}

const run = (contract: Input) => (contract.kind === "apprenticeship" ? checkApprenticeshipContract(contract.input) : checkProfessionalisationContract(contract.input));

/** An apprenticeship: the base contract with parts replaced. */
const app = (change: (input: ApprenticeshipContractInput) => void): Input => {
  const input = apprenticeship();
  change(input);
  return { kind: "apprenticeship", input };
};
/** A professionalisation contract: the base contract with parts replaced. */
const cpro = (change: (input: ProfessionalisationContractInput) => void): Input => {
  const input = professionalisation();
  change(input);
  return { kind: "professionalisation", input };
};
const ok = { valid: true, violations: [] };
const not = (...violations: Array<[string, string]>) => ({ valid: false, violations });

/** A minor apprentice (16 at the start) whose legal representative signs. */
const minor = (contract: Partial<ApprenticeshipContractInput["contract"]>) =>
  app((input) => {
    input.apprentice = { birthDate: "2009-03-10", legalRepresentative: true };
    Object.assign(input.contract, contract);
  });

const rows: Row[] = [
  // Tutor's age (L6223-8-1): 18 on the first day of the contract.
  { name: "tutor 18 the day before the start", contract: app((i) => (i.tutor = { ...goodTutor, birthDate: "2007-08-31" })), expected: ok, source: "C. trav. L6223-8-1 (majeur)" },
  { name: "tutor 18 on the start day", contract: app((i) => (i.tutor = { ...goodTutor, birthDate: "2007-09-01" })), expected: ok, source: "C. trav. L6223-8-1" },
  {
    name: "tutor 18 the day after the start",
    contract: app((i) => (i.tutor = { ...goodTutor, birthDate: "2007-09-02" })),
    expected: not(["TUTOR_BELOW_MINIMUM_AGE", "tutor.birthDate"]),
    source: "C. trav. L6223-8-1",
  },
  // Tutor's experience (R6223-22): 2 years, or 1 year with a diploma of the prepared level (6) or above.
  { name: "tutor 2 years, no diploma", contract: app((i) => (i.tutor = { ...goodTutor, experienceYears: 2 })), expected: ok, source: "C. trav. R6223-22 b" },
  {
    name: "tutor 1.99 years, no diploma",
    contract: app((i) => (i.tutor = { ...goodTutor, experienceYears: 1.99 })),
    expected: not(["TUTOR_EXPERIENCE_INSUFFICIENT", "tutor.experienceYears"]),
    source: "C. trav. R6223-22 b",
  },
  { name: "tutor 1 year with a level-6 diploma (the level prepared)", contract: app((i) => (i.tutor = { ...goodTutor, experienceYears: 1, diplomaLevel: 6 })), expected: ok, source: "C. trav. R6223-22 a" },
  {
    name: "tutor 0.99 year with a level-7 diploma",
    contract: app((i) => (i.tutor = { ...goodTutor, experienceYears: 0.99, diplomaLevel: 7 })),
    expected: not(["TUTOR_EXPERIENCE_INSUFFICIENT", "tutor.experienceYears"]),
    source: "C. trav. R6223-22 a",
  },
  {
    name: "tutor 1 year with a level-5 diploma (below the level prepared)",
    contract: app((i) => (i.tutor = { ...goodTutor, experienceYears: 1, diplomaLevel: 5 })),
    expected: not(["TUTOR_EXPERIENCE_INSUFFICIENT", "tutor.experienceYears"]),
    source: "C. trav. R6223-22 (a needs a diploma of at least the level prepared; b 2 years)",
  },
  // Apprentices supervised (R6223-6): 2, +1 prolonged after an exam failure.
  { name: "tutor with 2 apprentices", contract: app((i) => (i.tutor = { ...goodTutor, apprenticesSupervised: 2 })), expected: ok, source: "C. trav. R6223-6" },
  {
    name: "tutor with 3 apprentices",
    contract: app((i) => (i.tutor = { ...goodTutor, apprenticesSupervised: 3 })),
    expected: not(["TUTOR_TOO_MANY_SUPERVISED", "tutor.apprenticesSupervised"]),
    source: "C. trav. R6223-6",
  },
  {
    name: "tutor with 3 apprentices, one prolonged after an exam failure",
    contract: app((i) => (i.tutor = { ...goodTutor, apprenticesSupervised: 3, examFailureExtension: true })),
    expected: ok,
    source: "C. trav. R6223-6 (+1)",
  },
  {
    name: "tutor with 3 apprentices, this one prolonged after an exam failure (its exception)",
    contract: app((i) => {
      i.tutor = { ...goodTutor, apprenticesSupervised: 3 };
      i.apprentice.exceptions = ["exam-failure-extension"];
    }),
    expected: ok,
    source: "C. trav. R6223-6, L6222-11",
  },
  {
    name: "tutor with 4 apprentices, one prolonged",
    contract: app((i) => (i.tutor = { ...goodTutor, apprenticesSupervised: 4, examFailureExtension: true })),
    expected: not(["TUTOR_TOO_MANY_SUPERVISED", "tutor.apprenticesSupervised"]),
    source: "C. trav. R6223-6",
  },
  // CPRO tutor (D6325-6, D6325-9).
  { name: "CPRO tutor 2 years", contract: cpro((i) => (i.tutor = { ...goodTutor, experienceYears: 2 })), expected: ok, source: "C. trav. D6325-6" },
  {
    name: "CPRO tutor 1.5 years with a level-7 diploma",
    contract: cpro((i) => (i.tutor = { ...goodTutor, experienceYears: 1.5, diplomaLevel: 7 })),
    expected: not(["TUTOR_EXPERIENCE_INSUFFICIENT", "tutor.experienceYears"]),
    source: "C. trav. D6325-6 (no diploma route)",
  },
  { name: "CPRO tutor 17 years old: no age condition", contract: cpro((i) => (i.tutor = { ...goodTutor, birthDate: "2008-01-01" })), expected: ok, source: "C. trav. D6325-6 (sets no age)" },
  { name: "CPRO salaried tutor with 3", contract: cpro((i) => (i.tutor = { ...goodTutor, apprenticesSupervised: 3 })), expected: ok, source: "C. trav. D6325-9" },
  {
    name: "CPRO salaried tutor with 4",
    contract: cpro((i) => (i.tutor = { ...goodTutor, apprenticesSupervised: 4 })),
    expected: not(["TUTOR_TOO_MANY_SUPERVISED", "tutor.apprenticesSupervised"]),
    source: "C. trav. D6325-9",
  },
  { name: "CPRO employer-tutor with 2", contract: cpro((i) => (i.tutor = { ...goodTutor, apprenticesSupervised: 2, isEmployer: true })), expected: ok, source: "C. trav. D6325-9" },
  {
    name: "CPRO employer-tutor with 3",
    contract: cpro((i) => (i.tutor = { ...goodTutor, apprenticesSupervised: 3, isEmployer: true })),
    expected: not(["TUTOR_TOO_MANY_SUPERVISED", "tutor.apprenticesSupervised"]),
    source: "C. trav. D6325-9",
  },
  // Working time of minors (L3162-1, R3162-1).
  { name: "minor 35 h a week", contract: minor({ weeklyHours: 35 }), expected: ok, source: "C. trav. L3162-1" },
  { name: "minor 35.5 h a week", contract: minor({ weeklyHours: 35.5 }), expected: not(["MINOR_WEEKLY_HOURS_ABOVE_MAXIMUM", "contract.weeklyHours"]), source: "C. trav. L3162-1" },
  { name: "minor 8 h a day", contract: minor({ dailyHours: 8 }), expected: ok, source: "C. trav. L3162-1" },
  { name: "minor 8.5 h a day", contract: minor({ dailyHours: 8.5 }), expected: not(["MINOR_DAILY_HOURS_ABOVE_MAXIMUM", "contract.dailyHours"]), source: "C. trav. L3162-1" },
  { name: "minor on a building site, 10 h a day and 40 h a week", contract: minor({ dailyHours: 10, weeklyHours: 40, workingTimeDerogation: "site-activity" }), expected: ok, source: "C. trav. R3162-1" },
  {
    name: "minor on a building site, 10.5 h a day and 40.5 h a week",
    contract: minor({ dailyHours: 10.5, weeklyHours: 40.5, workingTimeDerogation: "site-activity" }),
    expected: not(["MINOR_DAILY_HOURS_ABOVE_MAXIMUM", "contract.dailyHours"], ["MINOR_WEEKLY_HOURS_ABOVE_MAXIMUM", "contract.weeklyHours"]),
    source: "C. trav. R3162-1",
  },
  { name: "minor with the labour inspector's derogation, 40 h a week", contract: minor({ weeklyHours: 40, workingTimeDerogation: "labour-inspector" }), expected: ok, source: "C. trav. L3162-1 (+5 h)" },
  {
    name: "minor with the labour inspector's derogation, 40.5 h a week and 8.5 h a day",
    contract: minor({ weeklyHours: 40.5, dailyHours: 8.5, workingTimeDerogation: "labour-inspector" }),
    expected: not(["MINOR_DAILY_HOURS_ABOVE_MAXIMUM", "contract.dailyHours"], ["MINOR_WEEKLY_HOURS_ABOVE_MAXIMUM", "contract.weeklyHours"]),
    source: "C. trav. L3162-1 (the day is not extended)",
  },
  { name: "adult: 45 h a week, 10 h a day are not checked here", contract: app((i) => Object.assign(i.contract, { weeklyHours: 45, dailyHours: 10 })), expected: ok, source: "C. trav. L3162-1 (under 18 only)" },
  {
    name: "18 on the start day: not a minor",
    contract: app((i) => {
      i.apprentice.birthDate = "2007-09-01";
      i.contract.weeklyHours = 36;
    }),
    expected: ok,
    source: "C. trav. L3162-1",
  },
  {
    name: "18 the day after the start: a minor",
    contract: app((i) => {
      i.apprentice = { birthDate: "2007-09-02", legalRepresentative: true };
      i.contract.weeklyHours = 36;
    }),
    expected: not(["MINOR_WEEKLY_HOURS_ABOVE_MAXIMUM", "contract.weeklyHours"]),
    source: "C. trav. L3162-1",
  },
  {
    name: "CPRO minor 35.5 h a week",
    contract: cpro((i) => {
      i.beneficiary = { birthDate: "2009-03-10", legalRepresentative: true };
      i.contract.weeklyHours = 35.5;
    }),
    expected: not(["MINOR_WEEKLY_HOURS_ABOVE_MAXIMUM", "contract.weeklyHours"]),
    source: "C. trav. L3162-1",
  },
  // Legal representative (R6222-2, C. civ. 1146): judged at the conclusion of the contract.
  {
    name: "minor at the signature without a legal representative (18 at the start)",
    contract: app((i) => {
      i.apprentice.birthDate = "2007-07-02";
      i.contract.signatureDate = "2025-07-01";
    }),
    expected: not(["LEGAL_REPRESENTATIVE_MISSING", "apprentice.legalRepresentative"]),
    source: "C. trav. R6222-2; C. civ. 1146",
  },
  {
    name: "18 on the signature day, no representative",
    contract: app((i) => {
      i.apprentice.birthDate = "2007-07-01";
      i.contract.signatureDate = "2025-07-01";
    }),
    expected: ok,
    source: "C. trav. R6222-2",
  },
  {
    name: "CPRO minor without a legal representative",
    contract: cpro((i) => (i.beneficiary.birthDate = "2009-03-10")),
    expected: not(["LEGAL_REPRESENTATIVE_MISSING", "beneficiary.legalRepresentative"]),
    source: "C. civ. 1146",
  },
  // Practical training (L6222-12): at the latest 3 calendar months after the start, clamped.
  { name: "practical training 3 months to the day", contract: app((i) => (i.contract.practicalTrainingStart = "2025-12-01")), expected: ok, source: "C. trav. L6222-12" },
  {
    name: "practical training 3 months and a day",
    contract: app((i) => (i.contract.practicalTrainingStart = "2025-12-02")),
    expected: not(["PRACTICAL_TRAINING_START_TOO_LATE", "contract.practicalTrainingStart"]),
    source: "C. trav. L6222-12",
  },
  {
    name: "start on 30 November: 28 February is the last day (clamped)",
    contract: app((i) => {
      i.training = { diplomaLevel: 6, trainingStart: "2025-11-01", trainingEnd: "2026-10-31" };
      i.contract = { contractStart: "2025-11-30", contractEnd: "2026-10-31", practicalTrainingStart: "2026-02-28" };
    }),
    expected: ok,
    source: "C. trav. L6222-12; C. proc. civ. 641 (end of the month)",
  },
  {
    name: "start on 30 November: 1 March is too late",
    contract: app((i) => {
      i.training = { diplomaLevel: 6, trainingStart: "2025-11-01", trainingEnd: "2026-10-31" };
      i.contract = { contractStart: "2025-11-30", contractEnd: "2026-10-31", practicalTrainingStart: "2026-03-01" };
    }),
    expected: not(["PRACTICAL_TRAINING_START_TOO_LATE", "contract.practicalTrainingStart"]),
    source: "C. trav. L6222-12",
  },
  // Agreed pay (R6222-4, D6222-26). 21 at the start, 1st year 53 %: 954.95 € (11.88 €/h), 966.21 € (12.02), 989.52 € (12.31).
  {
    name: "agreed pay equal to the minimum of every period",
    contract: app((i) => (i.contract.agreedMonthlyPay = [{ from: "2025-09-01", amount: 954.95 }, { from: "2026-01-01", amount: 966.21 }, { from: "2026-06-01", amount: 989.52 }])),
    expected: ok,
    source: "C. trav. D6222-26 (53 %); law.md §4.6 convention, §5 SMIC 11.88, 12.02, 12.31",
  },
  {
    name: "agreed pay one cent below the minimum in its first period",
    contract: app((i) => (i.contract.agreedMonthlyPay = [{ from: "2025-09-01", amount: 954.94 }, { from: "2026-01-01", amount: 966.21 }, { from: "2026-06-01", amount: 989.52 }])),
    expected: not(["PAY_BELOW_MINIMUM", "contract.agreedMonthlyPay[0].amount"]),
    source: "C. trav. R6222-4, D6222-26; 53 % × 11.88 × 35 × 52 / 12 = 954.954 → 954.95",
  },
  {
    name: "a SMIC revaluation inside an agreed period (1 January 2026)",
    contract: app((i) => (i.contract.agreedMonthlyPay = [{ from: "2025-09-01", amount: 966.2 }, { from: "2026-06-01", amount: 989.52 }])),
    expected: not(["PAY_BELOW_MINIMUM", "contract.agreedMonthlyPay[0].amount"]),
    source: "law.md §4.6: 53 % at 12.02 €/h = 966.21 €",
  },
  {
    name: "a birthday (18 on 15 October 2025) inside an agreed period raises the minimum from 1 November",
    contract: app((i) => {
      i.apprentice = { birthDate: "2007-10-15", legalRepresentative: true };
      i.contract.agreedMonthlyPay = [{ from: "2025-09-01", amount: 500 }, { from: "2026-01-01", amount: 800 }, { from: "2026-06-01", amount: 810 }];
    }),
    expected: not(["PAY_BELOW_MINIMUM", "contract.agreedMonthlyPay[0].amount"]),
    source: "C. trav. D6222-26, D6222-31: 27 % → 43 % of 11.88 €/h = 774.77 € from 2025-11-01",
  },
  {
    name: "CPRO agreed pay one cent below (65 % of 12.02 €/h = 1184.97 €)",
    contract: cpro((i) => {
      i.beneficiary.birthDate = "2006-03-10";
      i.contract.agreedMonthlyPay = [{ from: "2025-09-01", amount: 1200 }, { from: "2026-01-01", amount: 1184.96 }, { from: "2026-06-01", amount: 1213.56 }];
    }),
    expected: not(["PAY_BELOW_MINIMUM", "contract.agreedMonthlyPay[1].amount"]),
    source: "C. trav. D6325-15; law.md §4.6 (65 %: 1184.97 €, 1213.56 €)",
  },
  // The modules' codes, carried over to the nested input.
  {
    name: "apprentice aged 30 at the start",
    contract: app((i) => (i.apprentice.birthDate = "1995-08-31")),
    expected: not(["AGE_ABOVE_MAXIMUM", "apprentice.birthDate"]),
    source: "C. trav. L6222-1",
  },
  {
    name: "contract starting 3 months and a day after the training",
    contract: app((i) => Object.assign(i.contract, { contractStart: "2025-12-02", contractEnd: "2026-08-31" })),
    expected: not(["START_AFTER_LATEST", "contract.contractStart"]),
    source: "C. trav. L6222-12 (law.md §3.1)",
  },
  {
    name: "training hours below 25 %",
    contract: app((i) => (i.training.trainingHours = 401.74)),
    expected: not(["TRAINING_BELOW_MINIMUM", "training.trainingHours"]),
    source: "C. trav. L6211-2 (1607 h × 25 % = 401.75 h)",
  },
  {
    name: "CPRO with a local authority",
    contract: cpro((i) => (i.employer.kind = "local-authority")),
    expected: not(["EMPLOYER_NOT_ALLOWED", "employer.kind"]),
    source: "law.md §2.2",
  },
];

describe("each violation code at its boundary", () => {
  test.for(rows)("$name", (row) => {
    const result = run(row.contract);
    expect(result.violations.map((violation) => [violation.code, violation.field])).toEqual(row.expected.violations);
    expect(result.valid).toBe(row.expected.valid);
    expect(row.source).not.toBe("");
  });
});
