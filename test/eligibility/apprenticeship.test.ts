/**
 * checkApprenticeshipEligibility: the age window of L6222-1 and the exceptions of L6222-2 / D6222-1,
 * on the day before and the day of every boundary birthday and anniversary.
 */
import { describe, expect, test } from "vitest";
import { checkApprenticeshipEligibility, eligibilityRules } from "../../src/eligibility/index.js";
import type { ApprenticeshipEligibilityInput, ApprenticeshipException } from "../../src/eligibility/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, expectIssues, type Explained, type IssueRow } from "../support/explained.js";

interface Expected {
  eligible: boolean;
  ageAtStart: number;
  minimumAge?: number;
  maximumAge?: number | null;
  appliedException?: ApprenticeshipException | null;
  violations?: string[];
  warnings?: string[];
}

interface Row {
  name: string;
  input: ApprenticeshipEligibilityInput;
  expected: Expected;
  source: string;
}

/** Checks the fields a row states; violations and warnings are compared as lists of codes. */
function expectResult(input: ApprenticeshipEligibilityInput, expected: Expected) {
  const result = checkApprenticeshipEligibility(input);
  expect(result.eligible).toBe(expected.eligible);
  expect(result.ageAtStart).toBe(expected.ageAtStart);
  if (expected.minimumAge !== undefined) expect(result.minimumAge).toBe(expected.minimumAge);
  if (expected.maximumAge !== undefined) expect(result.maximumAge).toBe(expected.maximumAge);
  if (expected.appliedException !== undefined) expect(result.appliedException).toBe(expected.appliedException);
  expect(result.violations.map((violation) => violation.code)).toEqual(expected.violations ?? []);
  expect(result.warnings.map((warning) => warning.code)).toEqual(expected.warnings ?? []);
  expect(result.eligible).toBe(result.violations.length === 0);
  return result;
}

const START = "2025-09-01";

describe("general window at the contract start: day before and day of each boundary birthday", () => {
  const rows: Row[] = [
    {
      name: "14 (day before the 15th birthday), collège completed: too young",
      input: { birthDate: "2010-09-02", contractStart: START, completedLowerSecondary: true },
      expected: { eligible: false, ageAtStart: 14, minimumAge: 15, maximumAge: 29, violations: ["AGE_BELOW_MINIMUM"] },
      source: "C. trav. L6222-1 al. 2 (« âgés d'au moins quinze ans »); law.md §1.1",
    },
    {
      name: "15 (15th birthday), collège completed: eligible",
      input: { birthDate: "2010-09-01", contractStart: START, completedLowerSecondary: true },
      expected: { eligible: true, ageAtStart: 15, minimumAge: 15, maximumAge: 29, appliedException: null },
      source: "C. trav. L6222-1 al. 2; law.md §1.1",
    },
    {
      name: "15 (15th birthday), collège not completed: too young",
      input: { birthDate: "2010-09-01", contractStart: START },
      expected: { eligible: false, ageAtStart: 15, minimumAge: 16, violations: ["AGE_BELOW_MINIMUM"] },
      source: "C. trav. L6222-1 al. 1 (« seize ans au moins »)",
    },
    {
      name: "15 (day before the 16th birthday), collège not stated: too young",
      input: { birthDate: "2009-09-02", contractStart: START },
      expected: { eligible: false, ageAtStart: 15, minimumAge: 16, violations: ["AGE_BELOW_MINIMUM"] },
      source: "C. trav. L6222-1 al. 1",
    },
    {
      name: "16 (16th birthday): eligible",
      input: { birthDate: "2009-09-01", contractStart: START },
      expected: { eligible: true, ageAtStart: 16, minimumAge: 16, maximumAge: 29, appliedException: null },
      source: "C. trav. L6222-1 al. 1",
    },
    {
      name: "16 (16th birthday), collège completed: minimum shown is 15",
      input: { birthDate: "2009-09-01", contractStart: START, completedLowerSecondary: true },
      expected: { eligible: true, ageAtStart: 16, minimumAge: 15 },
      source: "C. trav. L6222-1 al. 2",
    },
    {
      name: "25 (day before the 26th birthday): eligible",
      input: { birthDate: "1999-09-02", contractStart: START },
      expected: { eligible: true, ageAtStart: 25, maximumAge: 29 },
      source: "C. trav. L6222-1 (26 is no boundary for apprenticeship)",
    },
    {
      name: "26 (26th birthday): eligible",
      input: { birthDate: "1999-09-01", contractStart: START },
      expected: { eligible: true, ageAtStart: 26, maximumAge: 29 },
      source: "C. trav. L6222-1",
    },
    {
      name: "29 (day before the 30th birthday): eligible",
      input: { birthDate: "1995-09-02", contractStart: START },
      expected: { eligible: true, ageAtStart: 29, maximumAge: 29, appliedException: null },
      source: "C. trav. L6222-1 (« vingt-neuf ans révolus »); law.md §1.1",
    },
    {
      name: "30 (30th birthday): too old",
      input: { birthDate: "1995-09-01", contractStart: START },
      expected: { eligible: false, ageAtStart: 30, maximumAge: 29, appliedException: null, violations: ["AGE_ABOVE_MAXIMUM"] },
      source: "C. trav. L6222-1; law.md §1.1 (start before the 30th birthday)",
    },
    {
      name: "34 (day before the 35th birthday), no exception: too old",
      input: { birthDate: "1990-09-02", contractStart: START },
      expected: { eligible: false, ageAtStart: 34, violations: ["AGE_ABOVE_MAXIMUM"] },
      source: "C. trav. L6222-1",
    },
    {
      name: "first contract date in scope (2019-01-01)",
      input: { birthDate: "2000-01-01", contractStart: "2019-01-01" },
      expected: { eligible: true, ageAtStart: 19 },
      source: "API.md §0 scope; C. trav. L6222-1 (contracts from 2019-01-01)",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectResult(row.input, row.expected);
  });
});

describe("higher-diploma / previous-contract-broken: age at the conclusion, both readings of « trente-cinq ans au plus »", () => {
  const previous = { previousContractEnd: "2025-08-31" };
  const rows: Row[] = (["higher-diploma", "previous-contract-broken"] as const).flatMap((exception) => [
    {
      name: `${exception}: 34 (day before the 35th birthday), text reading: eligible, cap 35`,
      input: { birthDate: "1990-09-02", contractStart: START, exceptions: [exception], ...previous },
      expected: { eligible: true, ageAtStart: 34, maximumAge: 35, appliedException: exception },
      source: "C. trav. L6222-2, D6222-1 1° (35 from 2020-04-01)",
    },
    {
      name: `${exception}: 34 (day before the 35th birthday), service-public reading: eligible, cap 34`,
      input: { birthDate: "1990-09-02", contractStart: START, exceptions: [exception], exceptionAgeReading: "service-public", ...previous },
      expected: { eligible: true, ageAtStart: 34, maximumAge: 34, appliedException: exception },
      source: "service-public.fr F2918 « 35 ans (34 ans révolus) »; law.md §1.2 (UNCONFIRMED)",
    },
    {
      name: `${exception}: 35 (35th birthday), text reading: eligible`,
      input: { birthDate: "1990-09-01", contractStart: START, exceptions: [exception], ...previous },
      expected: { eligible: true, ageAtStart: 35, maximumAge: 35, appliedException: exception },
      source: "D6222-1 1° « trente-cinq ans au plus » read literally (brief decision; law.md §1.2 UNCONFIRMED)",
    },
    {
      name: `${exception}: 35 (35th birthday), service-public reading: too old`,
      input: { birthDate: "1990-09-01", contractStart: START, exceptions: [exception], exceptionAgeReading: "service-public", ...previous },
      expected: { eligible: false, ageAtStart: 35, maximumAge: 29, appliedException: null, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_AGE_ABOVE_MAXIMUM"] },
      source: "service-public.fr F2918; law.md §1.2",
    },
    {
      name: `${exception}: 35 (day before the 36th birthday), text reading: eligible`,
      input: { birthDate: "1989-09-02", contractStart: START, exceptions: [exception], ...previous },
      expected: { eligible: true, ageAtStart: 35, maximumAge: 35, appliedException: exception },
      source: "D6222-1 1° read literally",
    },
    {
      name: `${exception}: 36 (36th birthday), text reading: too old`,
      input: { birthDate: "1989-09-01", contractStart: START, exceptions: [exception], ...previous },
      expected: { eligible: false, ageAtStart: 36, maximumAge: 29, appliedException: null, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_AGE_ABOVE_MAXIMUM"] },
      source: "D6222-1 1°",
    },
    {
      name: `${exception}: 30 (30th birthday): the exception is needed and applies`,
      input: { birthDate: "1995-09-01", contractStart: START, exceptions: [exception], ...previous },
      expected: { eligible: true, ageAtStart: 30, maximumAge: 35, appliedException: exception },
      source: "C. trav. L6222-2 1° / 2°",
    },
  ]);
  test.for(rows)("$name", (row) => {
    expectResult(row.input, row.expected);
  });
});

describe("the exception cap is judged at the signature (conclusion), the window at the start", () => {
  const base = { contractStart: "2025-09-01", signatureDate: "2025-06-15", exceptions: ["higher-diploma" as const], previousContractEnd: "2025-06-14" };
  const rows: Row[] = [
    {
      name: "34 at signature (day before the 35th birthday), 35 at start, service-public reading: eligible",
      input: { ...base, birthDate: "1990-06-16", exceptionAgeReading: "service-public" },
      expected: { eligible: true, ageAtStart: 35, maximumAge: 34, appliedException: "higher-diploma" },
      source: "D6222-1 1° (« au moment de la conclusion du contrat »); service-public reading",
    },
    {
      name: "35 at signature (35th birthday), service-public reading: too old",
      input: { ...base, birthDate: "1990-06-15", exceptionAgeReading: "service-public" },
      expected: { eligible: false, ageAtStart: 35, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_AGE_ABOVE_MAXIMUM"] },
      source: "D6222-1 1°; service-public reading",
    },
    {
      name: "35 at signature (day before the 36th birthday), 36 at start, text reading: eligible",
      input: { ...base, birthDate: "1989-06-16" },
      expected: { eligible: true, ageAtStart: 36, maximumAge: 35, appliedException: "higher-diploma" },
      source: "D6222-1 1°, text reading: the start age (36) does not matter",
    },
    {
      name: "36 at signature (36th birthday), text reading: too old",
      input: { ...base, birthDate: "1989-06-15" },
      expected: { eligible: false, ageAtStart: 36, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_AGE_ABOVE_MAXIMUM"] },
      source: "D6222-1 1°",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectResult(row.input, row.expected);
  });

  test("ageAtSignature is reported", () => {
    const result = checkApprenticeshipEligibility({ ...base, birthDate: "1990-06-16" });
    expect(result.ageAtSignature).toBe(34);
    expect(result.ageAtStart).toBe(35);
  });
});

describe("the exception cap by conclusion date: 30 before 2020-04-01, 35 from then (décret 2020-373)", () => {
  const exception = { exceptions: ["previous-contract-broken" as const], previousContractEnd: "2020-01-31" };
  const rows: Row[] = [
    {
      name: "concluded 2020-03-31 at 30 (day before the 31st birthday): eligible, cap 30",
      input: { birthDate: "1989-04-01", contractStart: "2020-03-31", ...exception },
      expected: { eligible: true, ageAtStart: 30, maximumAge: 30, appliedException: "previous-contract-broken" },
      source: "D6222-1 before décret 2020-373 (« ne peut être supérieur à 30 ans »); law.md §1.2",
    },
    {
      name: "concluded 2020-03-31 at 31: too old",
      input: { birthDate: "1989-03-31", contractStart: "2020-03-31", ...exception },
      expected: { eligible: false, ageAtStart: 31, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_AGE_ABOVE_MAXIMUM"] },
      source: "law.md §1.2 (30-year cap before 2020-04-01)",
    },
    {
      name: "concluded 2020-03-31 at 30, service-public reading (« 31 ans (30 ans révolus) »): eligible",
      input: { birthDate: "1989-04-01", contractStart: "2020-03-31", exceptionAgeReading: "service-public", ...exception },
      expected: { eligible: true, ageAtStart: 30, maximumAge: 30 },
      source: "service-public.fr F2918 (2020); law.md §1.2",
    },
    {
      name: "concluded 2020-04-01 at 31: eligible, cap 35",
      input: { birthDate: "1989-03-31", contractStart: "2020-04-01", ...exception },
      expected: { eligible: true, ageAtStart: 31, maximumAge: 35, appliedException: "previous-contract-broken" },
      source: "Décret 2020-373 (contracts concluded from 2020-04-01); law.md §1.2",
    },
    {
      name: "signed 2020-03-31, starting 2020-04-15 at 31: the conclusion date sets the cap (30): too old",
      input: { birthDate: "1989-03-31", contractStart: "2020-04-15", signatureDate: "2020-03-31", ...exception },
      expected: { eligible: false, ageAtStart: 31, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_AGE_ABOVE_MAXIMUM"] },
      source: "Décret 2020-373 applies to contracts concluded from 2020-04-01",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectResult(row.input, row.expected);
  });
});

describe("signed within one year of the previous contract's end (D6222-1 2°)", () => {
  const base = { birthDate: "1992-01-10", contractStart: "2025-09-01" };
  const rows: Row[] = [
    {
      name: "signed on the 1-year anniversary of the end: eligible",
      input: { ...base, signatureDate: "2025-08-31", exceptions: ["higher-diploma"], previousContractEnd: "2024-08-31" },
      expected: { eligible: true, ageAtStart: 33, appliedException: "higher-diploma" },
      source: "D6222-1 2° « dans un délai maximum d'un an après l'expiration »",
    },
    {
      name: "signed the day after the anniversary: too late",
      input: { ...base, signatureDate: "2025-09-01", exceptions: ["higher-diploma"], previousContractEnd: "2024-08-31" },
      expected: { eligible: false, ageAtStart: 33, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_DELAY_EXCEEDED"] },
      source: "D6222-1 2°",
    },
    {
      name: "no signatureDate: the contract start is the conclusion, on the anniversary: eligible",
      input: { ...base, exceptions: ["previous-contract-broken"], previousContractEnd: "2024-09-01" },
      expected: { eligible: true, ageAtStart: 33, appliedException: "previous-contract-broken" },
      source: "D6222-1 2°; API.md §2 (signature defaults to contractStart)",
    },
    {
      name: "no signatureDate, start the day after the anniversary: too late",
      input: { ...base, exceptions: ["previous-contract-broken"], previousContractEnd: "2024-08-31" },
      expected: { eligible: false, ageAtStart: 33, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_DELAY_EXCEEDED"] },
      source: "D6222-1 2°",
    },
    {
      name: "previous contract ended 2024-02-29: anniversary clamped to 2025-02-28, signed that day: eligible",
      input: { ...base, contractStart: "2025-03-03", signatureDate: "2025-02-28", exceptions: ["higher-diploma"], previousContractEnd: "2024-02-29" },
      expected: { eligible: true, ageAtStart: 33, appliedException: "higher-diploma" },
      source: "D6222-1 2°; calendar months clamped to the month end (C. proc. civ. 641)",
    },
    {
      name: "previous contract ended 2024-02-29, signed 2025-03-01: too late",
      input: { ...base, contractStart: "2025-03-03", signatureDate: "2025-03-01", exceptions: ["higher-diploma"], previousContractEnd: "2024-02-29" },
      expected: { eligible: false, ageAtStart: 33, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_DELAY_EXCEEDED"] },
      source: "D6222-1 2°",
    },
    {
      name: "signed before the previous contract ended: within the delay",
      input: { ...base, signatureDate: "2025-07-01", exceptions: ["higher-diploma"], previousContractEnd: "2025-08-31" },
      expected: { eligible: true, ageAtStart: 33, appliedException: "higher-diploma" },
      source: "D6222-1 2° (a maximum delay, no minimum)",
    },
    {
      name: "too old and too late: both reasons are reported",
      input: { birthDate: "1980-01-10", contractStart: "2025-09-01", exceptions: ["higher-diploma"], previousContractEnd: "2023-01-01" },
      expected: { eligible: false, ageAtStart: 45, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_AGE_ABOVE_MAXIMUM", "EXCEPTION_DELAY_EXCEEDED"] },
      source: "D6222-1 1° and 2°",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectResult(row.input, row.expected);
  });

  test("the delay violation names the field that holds the conclusion date", () => {
    const withSignature = checkApprenticeshipEligibility(rows[1]!.input);
    expect(withSignature.violations.find((v) => v.code === "EXCEPTION_DELAY_EXCEEDED")?.field).toBe("signatureDate");
    const withoutSignature = checkApprenticeshipEligibility(rows[3]!.input);
    expect(withoutSignature.violations.find((v) => v.code === "EXCEPTION_DELAY_EXCEEDED")?.field).toBe("contractStart");
  });
});

describe("each exception alone, at 40 (well above every cap)", () => {
  const base = { birthDate: "1985-06-01", contractStart: START };
  const rows: Row[] = [
    ...(["disabled-worker", "business-project", "high-level-athlete", "exam-failure-extension"] as const).map((exception) => ({
      name: `${exception}: no upper limit`,
      input: { ...base, exceptions: [exception] },
      expected: { eligible: true, ageAtStart: 40, maximumAge: null, appliedException: exception },
      source: exception === "exam-failure-extension" ? "C. trav. L6222-11, D6222-1-2 (« l'âge ne fait pas obstacle »)" : "C. trav. L6222-2 3° to 5°",
    })),
    ...(["higher-diploma", "previous-contract-broken"] as const).map((exception) => ({
      name: `${exception}: capped at 35, so too old`,
      input: { ...base, exceptions: [exception], previousContractEnd: "2025-06-30" },
      expected: { eligible: false, ageAtStart: 40, maximumAge: 29, appliedException: null, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_AGE_ABOVE_MAXIMUM"] },
      source: "C. trav. L6222-2 1° / 2°, D6222-1 1°",
    })),
  ];
  test.for(rows)("$name", (row) => {
    expectResult(row.input, row.expected);
  });
});

describe("several exceptions: the most favourable that applies is used", () => {
  const previous = { previousContractEnd: "2025-06-30" };
  const rows: Row[] = [
    {
      name: "higher-diploma + disabled-worker at 34: disabled-worker (no limit beats 35)",
      input: { birthDate: "1991-01-01", contractStart: START, exceptions: ["higher-diploma", "disabled-worker"], ...previous },
      expected: { eligible: true, ageAtStart: 34, maximumAge: null, appliedException: "disabled-worker" },
      source: "C. trav. L6222-2 (brief: most favourable applicable exception)",
    },
    {
      name: "same, given in the other order: same answer",
      input: { birthDate: "1991-01-01", contractStart: START, exceptions: ["disabled-worker", "higher-diploma"], ...previous },
      expected: { eligible: true, ageAtStart: 34, maximumAge: null, appliedException: "disabled-worker" },
      source: "C. trav. L6222-2",
    },
    {
      name: "higher-diploma + previous-contract-broken at 33: equal caps, the first in the Code (1°)",
      input: { birthDate: "1992-01-01", contractStart: START, exceptions: ["previous-contract-broken", "higher-diploma"], ...previous },
      expected: { eligible: true, ageAtStart: 33, maximumAge: 35, appliedException: "higher-diploma" },
      source: "C. trav. L6222-2 1° and 2°",
    },
    {
      name: "business-project + high-level-athlete + exam-failure-extension at 45: business-project (first unlimited in the Code)",
      input: { birthDate: "1980-01-01", contractStart: START, exceptions: ["exam-failure-extension", "high-level-athlete", "business-project"] },
      expected: { eligible: true, ageAtStart: 45, maximumAge: null, appliedException: "business-project" },
      source: "C. trav. L6222-2 4°, 5°, L6222-11",
    },
    {
      name: "higher-diploma (too old) + high-level-athlete at 40: the athlete exception applies",
      input: { birthDate: "1985-01-01", contractStart: START, exceptions: ["higher-diploma", "high-level-athlete"], ...previous },
      expected: { eligible: true, ageAtStart: 40, maximumAge: null, appliedException: "high-level-athlete" },
      source: "C. trav. L6222-2 1° and 5°",
    },
    {
      name: "higher-diploma + previous-contract-broken, both too late: every reason reported",
      input: { birthDate: "1992-01-01", contractStart: START, exceptions: ["higher-diploma", "previous-contract-broken"], previousContractEnd: "2024-06-30" },
      expected: { eligible: false, ageAtStart: 33, maximumAge: 29, appliedException: null, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_DELAY_EXCEEDED", "EXCEPTION_DELAY_EXCEEDED"] },
      source: "D6222-1 2°",
    },
    {
      name: "all six exceptions at 50: disabled-worker",
      input: {
        birthDate: "1975-01-01",
        contractStart: START,
        exceptions: ["exam-failure-extension", "high-level-athlete", "business-project", "disabled-worker", "previous-contract-broken", "higher-diploma"],
        ...previous,
      },
      expected: { eligible: true, ageAtStart: 50, maximumAge: null, appliedException: "disabled-worker" },
      source: "C. trav. L6222-2",
    },
    {
      name: "a duplicated exception counts once",
      input: { birthDate: "1985-01-01", contractStart: START, exceptions: ["disabled-worker", "disabled-worker"] },
      expected: { eligible: true, ageAtStart: 40, maximumAge: null, appliedException: "disabled-worker" },
      source: "C. trav. L6222-2 3°",
    },
    {
      name: "exceptions claimed at 22: not needed, none applied, general bounds",
      input: { birthDate: "2003-01-01", contractStart: START, exceptions: ["disabled-worker", "higher-diploma"], ...previous },
      expected: { eligible: true, ageAtStart: 22, maximumAge: 29, appliedException: null },
      source: "C. trav. L6222-1 (the general window suffices)",
    },
    {
      name: "no exception lowers the minimum: 15 without collège, disabled-worker",
      input: { birthDate: "2010-01-01", contractStart: START, exceptions: ["disabled-worker"] },
      expected: { eligible: false, ageAtStart: 15, minimumAge: 16, maximumAge: 29, appliedException: null, violations: ["AGE_BELOW_MINIMUM"] },
      source: "C. trav. L6222-1, L6222-2 (exceptions concern the upper limit only)",
    },
    {
      name: "no exception lowers the minimum: 14 with collège, all no-limit exceptions",
      input: { birthDate: "2011-01-01", contractStart: START, completedLowerSecondary: true, exceptions: ["disabled-worker", "high-level-athlete", "business-project"] },
      expected: { eligible: false, ageAtStart: 14, minimumAge: 15, violations: ["AGE_BELOW_MINIMUM"] },
      source: "C. trav. L6222-1, L6222-2",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectResult(row.input, row.expected);
  });

  test("the explanation says which exception was used and among which", () => {
    const result = checkApprenticeshipEligibility(rows[0]!.input);
    const applied = result.explanation.find((step) => step.rule === "apprenticeship.exception.applied");
    expect(applied?.message).toContain("travailleur handicapé");
    expect(applied?.message).toContain("la plus favorable parmi : higher-diploma, disabled-worker");
    expect(result.explanation.map((step) => step.rule)).toEqual([
      "apprenticeship.age.at-start",
      "apprenticeship.age.minimum",
      "apprenticeship.age.maximum",
      "apprenticeship.exception.higher-diploma",
      "apprenticeship.exception.disabled-worker",
      "apprenticeship.exception.applied",
    ]);
  });
});

describe("exam-failure extension before D6222-1-2 (in force 2020-04-01)", () => {
  const rows: Row[] = [
    {
      name: "concluded 2020-03-31 at 40: no limit applied, with a warning",
      input: { birthDate: "1980-01-01", contractStart: "2020-03-31", exceptions: ["exam-failure-extension"] },
      expected: { eligible: true, ageAtStart: 40, maximumAge: null, appliedException: "exam-failure-extension", warnings: ["AGE_WAIVER_NOT_IN_FORCE"] },
      source: "D6222-1-2 (LEGIARTI000041769575, since 2020-04-01); law.md §1.2",
    },
    {
      name: "concluded 2020-04-01 at 40: no warning",
      input: { birthDate: "1980-01-01", contractStart: "2020-04-01", exceptions: ["exam-failure-extension"] },
      expected: { eligible: true, ageAtStart: 40, maximumAge: null, appliedException: "exam-failure-extension" },
      source: "D6222-1-2",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectResult(row.input, row.expected);
  });
});

describe("age at the signature and at the start give different answers: warning (law.md §1.1)", () => {
  const rows: Row[] = [
    {
      name: "29 at signature (day before the 30th birthday), 30 at start: not eligible (start rules), warning",
      input: { birthDate: "1995-08-16", signatureDate: "2025-08-15", contractStart: "2025-09-01" },
      expected: { eligible: false, ageAtStart: 30, violations: ["AGE_ABOVE_MAXIMUM"], warnings: ["AGE_DIFFERS_AT_SIGNATURE"] },
      source: "L6222-1 (« au début de l'apprentissage ») vs Ministry fiche (« à la date de conclusion »); law.md §1.1",
    },
    {
      name: "30 at signature (30th birthday), 30 at start: no warning",
      input: { birthDate: "1995-08-15", signatureDate: "2025-08-15", contractStart: "2025-09-01" },
      expected: { eligible: false, ageAtStart: 30, violations: ["AGE_ABOVE_MAXIMUM"] },
      source: "C. trav. L6222-1",
    },
    {
      name: "29 at the start, 30 at a later signature: eligible, warning",
      input: { birthDate: "1995-09-05", contractStart: "2025-09-01", signatureDate: "2025-09-10" },
      expected: { eligible: true, ageAtStart: 29, warnings: ["AGE_DIFFERS_AT_SIGNATURE"] },
      source: "law.md §1.1",
    },
    {
      name: "15 at signature (day before the 16th birthday), 16 at start: eligible, warning on the minimum",
      input: { birthDate: "2009-08-16", signatureDate: "2025-08-15", contractStart: "2025-09-01" },
      expected: { eligible: true, ageAtStart: 16, warnings: ["AGE_DIFFERS_AT_SIGNATURE"] },
      source: "law.md §1.1 (general window)",
    },
    {
      name: "16 at signature (16th birthday) and at start: no warning",
      input: { birthDate: "2009-08-15", signatureDate: "2025-08-15", contractStart: "2025-09-01" },
      expected: { eligible: true, ageAtStart: 16 },
      source: "C. trav. L6222-1",
    },
    {
      name: "29 at signature, 30 at start, but disabled-worker applies: no warning (same answer)",
      input: { birthDate: "1995-08-16", signatureDate: "2025-08-15", contractStart: "2025-09-01", exceptions: ["disabled-worker"] },
      expected: { eligible: true, ageAtStart: 30, maximumAge: null, appliedException: "disabled-worker" },
      source: "C. trav. L6222-2 3°",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectResult(row.input, row.expected);
  });
});

describe("29 February births: a year older on 1 March in common years", () => {
  const rows: Row[] = [
    {
      name: "born 2008-02-29, start 2023-02-28 (14), collège completed: too young",
      input: { birthDate: "2008-02-29", contractStart: "2023-02-28", completedLowerSecondary: true },
      expected: { eligible: false, ageAtStart: 14, violations: ["AGE_BELOW_MINIMUM"] },
      source: "API.md §0 (29 February births); C. trav. L6222-1",
    },
    {
      name: "born 2008-02-29, start 2023-03-01 (15), collège completed: eligible",
      input: { birthDate: "2008-02-29", contractStart: "2023-03-01", completedLowerSecondary: true },
      expected: { eligible: true, ageAtStart: 15 },
      source: "API.md §0; C. trav. L6222-1",
    },
    {
      name: "born 2008-02-29, start 2024-02-28 (15): too young",
      input: { birthDate: "2008-02-29", contractStart: "2024-02-28" },
      expected: { eligible: false, ageAtStart: 15, violations: ["AGE_BELOW_MINIMUM"] },
      source: "C. trav. L6222-1",
    },
    {
      name: "born 2008-02-29, start 2024-02-29 (16, leap year): eligible",
      input: { birthDate: "2008-02-29", contractStart: "2024-02-29" },
      expected: { eligible: true, ageAtStart: 16 },
      source: "C. trav. L6222-1",
    },
    {
      name: "born 1996-02-29, start 2026-02-28 (29): eligible",
      input: { birthDate: "1996-02-29", contractStart: "2026-02-28" },
      expected: { eligible: true, ageAtStart: 29 },
      source: "API.md §0; C. trav. L6222-1",
    },
    {
      name: "born 1996-02-29, start 2026-03-01 (30): too old",
      input: { birthDate: "1996-02-29", contractStart: "2026-03-01" },
      expected: { eligible: false, ageAtStart: 30, violations: ["AGE_ABOVE_MAXIMUM"] },
      source: "API.md §0; C. trav. L6222-1",
    },
    {
      name: "born 1992-02-29, signed 2027-02-28 (34), service-public reading: eligible",
      input: {
        birthDate: "1992-02-29",
        contractStart: "2027-02-28",
        exceptions: ["higher-diploma"],
        previousContractEnd: "2026-08-31",
        exceptionAgeReading: "service-public",
      },
      expected: { eligible: true, ageAtStart: 34, maximumAge: 34, warnings: ["PARAMETERS_NOT_VERIFIED"] },
      source: "D6222-1 1°; service-public reading; 2027 is after dataVerifiedUntil",
    },
    {
      name: "born 1992-02-29, signed 2027-03-01 (35), service-public reading: too old",
      input: {
        birthDate: "1992-02-29",
        contractStart: "2027-03-01",
        exceptions: ["higher-diploma"],
        previousContractEnd: "2026-08-31",
        exceptionAgeReading: "service-public",
      },
      expected: { eligible: false, ageAtStart: 35, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_AGE_ABOVE_MAXIMUM"], warnings: ["PARAMETERS_NOT_VERIFIED"] },
      source: "D6222-1 1°; service-public reading",
    },
    {
      name: "born 1992-02-29, signed 2028-02-28 (35), text reading: eligible",
      input: { birthDate: "1992-02-29", contractStart: "2028-02-28", exceptions: ["higher-diploma"], previousContractEnd: "2027-08-31" },
      expected: { eligible: true, ageAtStart: 35, maximumAge: 35, warnings: ["PARAMETERS_NOT_VERIFIED"] },
      source: "D6222-1 1° read literally",
    },
    {
      name: "born 1992-02-29, signed 2028-02-29 (36, leap year), text reading: too old",
      input: { birthDate: "1992-02-29", contractStart: "2028-02-29", exceptions: ["higher-diploma"], previousContractEnd: "2027-08-31" },
      expected: { eligible: false, ageAtStart: 36, violations: ["AGE_ABOVE_MAXIMUM", "EXCEPTION_AGE_ABOVE_MAXIMUM"], warnings: ["PARAMETERS_NOT_VERIFIED"] },
      source: "D6222-1 1°",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectResult(row.input, row.expected);
  });
});

describe("violations, explanations and warnings carry their articles", () => {
  test("a refused contract cites L6222-1 and names the field", () => {
    const result = checkApprenticeshipEligibility({ birthDate: "1990-01-01", contractStart: START });
    expect(result.violations).toEqual([
      {
        code: "AGE_ABOVE_MAXIMUM",
        message: "35 ans au début de l'apprentissage : au-delà de 29 ans révolus, seule une dérogation de L6222-2 permet le contrat",
        legalBasis: ["C. trav. art. L6222-1", "C. trav. art. L6222-2"],
        field: "birthDate",
      },
    ]);
  });

  test("English messages with locale: en", () => {
    const result = checkApprenticeshipEligibility({ birthDate: "2010-01-01", contractStart: START, locale: "en" });
    expect(result.violations[0]?.message).toBe("15 years old at the start of the apprenticeship: the minimum is 16 (15 is enough after completing lower secondary school)");
    expect(result.explanation[0]?.message).toBe("Age at the start of the apprenticeship (2025-09-01): 15 years old");
  });

  test("every step cites an article", () => {
    const result = checkApprenticeshipEligibility({
      birthDate: "1985-01-01",
      contractStart: START,
      exceptions: ["higher-diploma", "previous-contract-broken", "disabled-worker", "business-project", "high-level-athlete", "exam-failure-extension"],
      previousContractEnd: "2025-01-01",
    });
    expect(result.explanation).toHaveLength(10);
    for (const step of result.explanation) expect(step.legalBasis.length).toBeGreaterThan(0);
  });

  test("PARAMETERS_NOT_VERIFIED after dataVerifiedUntil (2026-07-16), not on it", () => {
    expect(checkApprenticeshipEligibility({ birthDate: "2000-01-01", contractStart: "2026-07-16" }).warnings).toEqual([]);
    expect(checkApprenticeshipEligibility({ birthDate: "2000-01-01", contractStart: "2026-07-17" }).warnings.map((w) => w.code)).toEqual(["PARAMETERS_NOT_VERIFIED"]);
  });

  test("the input is not mutated", () => {
    const input: ApprenticeshipEligibilityInput = { birthDate: "1985-01-01", contractStart: START, exceptions: ["high-level-athlete", "disabled-worker"] };
    const copy = structuredClone(input);
    checkApprenticeshipEligibility(input);
    expect(input).toEqual(copy);
  });

  test("every rule id is unique and every rule has a legal basis", () => {
    const ids = eligibilityRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of eligibilityRules) expect(rule.legalBasis.length).toBeGreaterThan(0);
  });
});

describe("bad input throws AlternanceInputError naming the field", () => {
  const rows = [
    { name: "missing birth date", input: { contractStart: START }, code: "INVALID_INPUT", issues: [[["birthDate"], "REQUIRED"]] },
    { name: "impossible birth date", input: { birthDate: "2003-02-29", contractStart: START }, code: "INVALID_INPUT", issues: [[["birthDate"], "INVALID_DATE"]] },
    { name: "impossible contract start", input: { birthDate: "2003-01-01", contractStart: "2025-09-31" }, code: "INVALID_INPUT", issues: [[["contractStart"], "INVALID_DATE"]] },
    { name: "French date format", input: { birthDate: "01/01/2003", contractStart: START }, code: "INVALID_INPUT", issues: [[["birthDate"], "INVALID_DATE"]] },
    {
      name: "unknown exception",
      input: { birthDate: "2003-01-01", contractStart: START, exceptions: ["disabled-worker", "student"] },
      code: "INVALID_INPUT",
      issues: [[["exceptions", 1], "INVALID_VALUE"]],
    },
    {
      name: "previousContractEnd missing with higher-diploma",
      input: { birthDate: "1990-01-01", contractStart: START, exceptions: ["higher-diploma"] },
      code: "INVALID_INPUT",
      issues: [[["previousContractEnd"], "REQUIRED"]],
    },
    {
      name: "previousContractEnd missing with previous-contract-broken, even under 30",
      input: { birthDate: "2003-01-01", contractStart: START, exceptions: ["previous-contract-broken"] },
      code: "INVALID_INPUT",
      issues: [[["previousContractEnd"], "REQUIRED"]],
    },
    { name: "birth after the start", input: { birthDate: "2025-09-02", contractStart: START }, code: "INVALID_INPUT", issues: [[["birthDate"], "BIRTH_AFTER_CONTRACT"]] },
    {
      name: "birth after the signature",
      input: { birthDate: "2025-08-02", contractStart: START, signatureDate: "2025-08-01" },
      code: "INVALID_INPUT",
      issues: [[["birthDate"], "BIRTH_AFTER_CONTRACT"]],
    },
    { name: "contract before 2019", input: { birthDate: "2000-01-01", contractStart: "2018-12-31" }, code: "OUT_OF_SCOPE", issues: [[["contractStart"], "OUT_OF_SCOPE"]] },
    {
      name: "signature before 2019",
      input: { birthDate: "2000-01-01", contractStart: "2019-01-07", signatureDate: "2018-12-31" },
      code: "OUT_OF_SCOPE",
      issues: [[["signatureDate"], "OUT_OF_SCOPE"]],
    },
    { name: "unknown field (typo)", input: { birthdate: "2000-01-01", birthDate: "2000-01-01", contractStart: START }, code: "INVALID_INPUT", issues: [[["birthdate"], "UNKNOWN_FIELD"]] },
    {
      name: "unknown reading",
      input: { birthDate: "2000-01-01", contractStart: START, exceptionAgeReading: "strict" },
      code: "INVALID_INPUT",
      issues: [[["exceptionAgeReading"], "INVALID_VALUE"]],
    },
    { name: "boolean as a string", input: { birthDate: "2000-01-01", contractStart: START, completedLowerSecondary: "yes" }, code: "INVALID_INPUT", issues: [[["completedLowerSecondary"], "INVALID_TYPE"]] },
    {
      name: "every wrong field at once",
      input: { birthDate: "2000-13-01", contractStart: "2018-06-01", exceptions: ["x"] },
      code: "INVALID_INPUT",
      issues: [
        [["birthDate"], "INVALID_DATE"],
        [["contractStart"], "OUT_OF_SCOPE"],
        [["exceptions", 0], "INVALID_VALUE"],
      ],
    },
  ].map((row) => ({ ...row, source: "API.md §0 (bad input)" }));

  test.for(rows)("$name", (row) => {
    const error = catchInputError(() => checkApprenticeshipEligibility(row.input as unknown as ApprenticeshipEligibilityInput));
    expect(error.name).toBe("AlternanceInputError");
    expect(error.code).toBe(row.code);
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual(row.issues);
  });

  test("messages are French by default, English on request", () => {
    const fr = catchInputError(() => checkApprenticeshipEligibility({ contractStart: START } as unknown as ApprenticeshipEligibilityInput));
    expect(fr.issues[0]?.message).toBe("birthDate : champ obligatoire manquant");
    const en = catchInputError(() =>
      checkApprenticeshipEligibility({ birthDate: "1990-01-01", contractStart: START, exceptions: ["higher-diploma"], locale: "en" }),
    );
    expect(en.issues[0]?.message).toBe('previousContractEnd: required with the exception "new contract for a higher-level diploma (L6222-2 1°)" (D6222-1)');
  });

  test.for([null, undefined, "2025-09-01", 42, []])("not an object (%s)", (input) => {
    expect(catchInputError(() => checkApprenticeshipEligibility(input as unknown as ApprenticeshipEligibilityInput)).code).toBe("INVALID_INPUT");
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: ApprenticeshipEligibilityInput; source: string } & Explained> = [
    {
      name: "22 at the start: both limits met",
      input: { birthDate: "2003-05-10", contractStart: "2025-09-01" },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "2003-05-10", contractStart: "2025-09-01", ageAtStart: 22, signatureDate: "2025-09-01", ageAtSignature: 22 }, "Âge au début de l'apprentissage (2025-09-01) : 22 ans", "Age at the start of the apprenticeship (2025-09-01): 22 years old"],
        ["apprenticeship.age.minimum", { ageAtStart: 22, minimumAge: 16, completedLowerSecondary: false, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: false, met: true }, "Âge minimal : 16 ans ; 22 ans au début : condition remplie", "Minimum age: 16; 22 years old at the start: met"],
        ["apprenticeship.age.maximum", { ageAtStart: 22, maximumAge: 29, exceptionsClaimed: false, exceptionApplies: false, met: true }, "Âge maximal : 29 ans révolus ; 22 ans au début : condition remplie", "Maximum age: 29; 22 years old at the start: met"],
      ],
      source: "C. trav. L6222-1; law.md §1.1",
    },
    {
      name: "15 without collège completed, disabled-worker claimed, signed at 14: too young, no exception lowers the minimum",
      input: { birthDate: "2010-09-01", contractStart: "2025-09-01", signatureDate: "2025-07-01", exceptions: ["disabled-worker"] },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "2010-09-01", contractStart: "2025-09-01", ageAtStart: 15, signatureDate: "2025-07-01", ageAtSignature: 14 }, "Âge au début de l'apprentissage (2025-09-01) : 15 ans ; à la conclusion du contrat (2025-07-01) : 14 ans", "Age at the start of the apprenticeship (2025-09-01): 15 years old; at the conclusion of the contract (2025-07-01): 14 years old"],
        ["apprenticeship.age.minimum", { ageAtStart: 15, minimumAge: 16, completedLowerSecondary: false, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: true, met: false }, "15 ans au début de l'apprentissage : il faut avoir au moins 16 ans (15 ans suffisent si la scolarité du premier cycle de l'enseignement secondaire est accomplie) ; aucune dérogation n'abaisse l'âge minimal", "15 years old at the start of the apprenticeship: the minimum is 16 (15 is enough after completing lower secondary school); no exception lowers the minimum age"],
        ["apprenticeship.age.maximum", { ageAtStart: 15, maximumAge: 29, exceptionsClaimed: true, exceptionApplies: false, met: true }, "Âge maximal : 29 ans révolus ; 15 ans au début : condition remplie", "Maximum age: 29; 15 years old at the start: met"],
        ["apprenticeship.exception.applied", { appliedException: null, maximumAge: 29, claimed: ["disabled-worker"], needed: false }, "Dérogation non nécessaire : l'âge est dans les limites générales (invoquées : disabled-worker)", "No exception needed: the age is within the general limits (claimed: disabled-worker)"],
      ],
      violations: [
        ["AGE_BELOW_MINIMUM", "birthDate", "15 ans au début de l'apprentissage : il faut avoir au moins 16 ans (15 ans suffisent si la scolarité du premier cycle de l'enseignement secondaire est accomplie) ; aucune dérogation n'abaisse l'âge minimal", "15 years old at the start of the apprenticeship: the minimum is 16 (15 is enough after completing lower secondary school); no exception lowers the minimum age"],
      ],
      source: "C. trav. L6222-1 al. 1-2, L6222-2 (upper limit only); law.md §1.1",
    },
    {
      name: "15 with collège completed: the lower minimum is named",
      input: { birthDate: "2010-09-01", contractStart: "2025-09-01", completedLowerSecondary: true },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "2010-09-01", contractStart: "2025-09-01", ageAtStart: 15, signatureDate: "2025-09-01", ageAtSignature: 15 }, "Âge au début de l'apprentissage (2025-09-01) : 15 ans", "Age at the start of the apprenticeship (2025-09-01): 15 years old"],
        ["apprenticeship.age.minimum", { ageAtStart: 15, minimumAge: 15, completedLowerSecondary: true, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: false, met: true }, "Âge minimal : 15 ans (premier cycle de l'enseignement secondaire accompli) ; 15 ans au début : condition remplie", "Minimum age: 15 (lower secondary school completed); 15 years old at the start: met"],
        ["apprenticeship.age.maximum", { ageAtStart: 15, maximumAge: 29, exceptionsClaimed: false, exceptionApplies: false, met: true }, "Âge maximal : 29 ans révolus ; 15 ans au début : condition remplie", "Maximum age: 29; 15 years old at the start: met"],
      ],
      source: "C. trav. L6222-1 al. 2; law.md §1.1",
    },
    {
      name: "a one-year-old (absurd but valid input): singular « an » / \"year\"",
      input: { birthDate: "2024-06-01", contractStart: "2025-09-01" },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "2024-06-01", contractStart: "2025-09-01", ageAtStart: 1, signatureDate: "2025-09-01", ageAtSignature: 1 }, "Âge au début de l'apprentissage (2025-09-01) : 1 an", "Age at the start of the apprenticeship (2025-09-01): 1 year old"],
        ["apprenticeship.age.minimum", { ageAtStart: 1, minimumAge: 16, completedLowerSecondary: false, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: false, met: false }, "1 an au début de l'apprentissage : il faut avoir au moins 16 ans", "1 year old at the start of the apprenticeship: the minimum is 16"],
        ["apprenticeship.age.maximum", { ageAtStart: 1, maximumAge: 29, exceptionsClaimed: false, exceptionApplies: false, met: true }, "Âge maximal : 29 ans révolus ; 1 an au début : condition remplie", "Maximum age: 29; 1 year old at the start: met"],
      ],
      violations: [
        ["AGE_BELOW_MINIMUM", "birthDate", "1 an au début de l'apprentissage : il faut avoir au moins 16 ans", "1 year old at the start of the apprenticeship: the minimum is 16"],
      ],
      source: "C. trav. L6222-1 (minimum age)",
    },
    {
      name: "31 without exception: above the maximum",
      input: { birthDate: "1994-05-10", contractStart: "2025-09-01" },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "1994-05-10", contractStart: "2025-09-01", ageAtStart: 31, signatureDate: "2025-09-01", ageAtSignature: 31 }, "Âge au début de l'apprentissage (2025-09-01) : 31 ans", "Age at the start of the apprenticeship (2025-09-01): 31 years old"],
        ["apprenticeship.age.minimum", { ageAtStart: 31, minimumAge: 16, completedLowerSecondary: false, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: false, met: true }, "Âge minimal : 16 ans ; 31 ans au début : condition remplie", "Minimum age: 16; 31 years old at the start: met"],
        ["apprenticeship.age.maximum", { ageAtStart: 31, maximumAge: 29, exceptionsClaimed: false, exceptionApplies: false, met: false }, "31 ans au début de l'apprentissage : au-delà de 29 ans révolus, seule une dérogation de L6222-2 permet le contrat", "31 years old at the start of the apprenticeship: above 29, only an exception of L6222-2 allows the contract"],
      ],
      violations: [
        ["AGE_ABOVE_MAXIMUM", "birthDate", "31 ans au début de l'apprentissage : au-delà de 29 ans révolus, seule une dérogation de L6222-2 permet le contrat", "31 years old at the start of the apprenticeship: above 29, only an exception of L6222-2 allows the contract"],
      ],
      source: "C. trav. L6222-1, L6222-2; law.md §1.1",
    },
    {
      name: "36, higher-diploma and previous-contract-broken, service-public reading, signed 14 months after the previous contract: neither applies",
      input: { birthDate: "1989-05-10", contractStart: "2025-09-01", signatureDate: "2025-08-20", exceptions: ["higher-diploma", "previous-contract-broken"], previousContractEnd: "2024-06-30", exceptionAgeReading: "service-public" },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "1989-05-10", contractStart: "2025-09-01", ageAtStart: 36, signatureDate: "2025-08-20", ageAtSignature: 36 }, "Âge au début de l'apprentissage (2025-09-01) : 36 ans ; à la conclusion du contrat (2025-08-20) : 36 ans", "Age at the start of the apprenticeship (2025-09-01): 36 years old; at the conclusion of the contract (2025-08-20): 36 years old"],
        ["apprenticeship.age.minimum", { ageAtStart: 36, minimumAge: 16, completedLowerSecondary: false, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: true, met: true }, "Âge minimal : 16 ans ; 36 ans au début : condition remplie", "Minimum age: 16; 36 years old at the start: met"],
        ["apprenticeship.age.maximum", { ageAtStart: 36, maximumAge: 29, exceptionsClaimed: true, exceptionApplies: false, met: false }, "36 ans au début de l'apprentissage : au-delà de 29 ans révolus, aucune des dérogations invoquées (L6222-2) ne s'applique", "36 years old at the start of the apprenticeship: above 29, and none of the claimed exceptions (L6222-2) applies"],
        ["apprenticeship.exception.higher-diploma", { exception: "higher-diploma", ageAtSignature: 36, signatureDate: "2025-08-20", reading: "service-public", applicable: false, maximumAge: 34, latestSignature: "2025-06-30" }, "Dérogation « nouveau contrat pour un diplôme de niveau supérieur (L6222-2 1°) » : 36 ans à la conclusion (2025-08-20), 34 ans au plus (lecture service-public.fr), contrat à conclure au plus tard le 2025-06-30 : non applicable", "Exception \"new contract for a higher-level diploma (L6222-2 1°)\": 36 years old at the conclusion (2025-08-20), at most 34 (service-public.fr reading), contract to be concluded by 2025-06-30: does not apply"],
        ["apprenticeship.exception.previous-contract-broken", { exception: "previous-contract-broken", ageAtSignature: 36, signatureDate: "2025-08-20", reading: "service-public", applicable: false, maximumAge: 34, latestSignature: "2025-06-30" }, "Dérogation « précédent contrat rompu pour des causes indépendantes de la volonté de l'apprenti ou inaptitude temporaire (L6222-2 2°) » : 36 ans à la conclusion (2025-08-20), 34 ans au plus (lecture service-public.fr), contrat à conclure au plus tard le 2025-06-30 : non applicable", "Exception \"previous contract broken for reasons beyond the apprentice's control, or temporary unfitness (L6222-2 2°)\": 36 years old at the conclusion (2025-08-20), at most 34 (service-public.fr reading), contract to be concluded by 2025-06-30: does not apply"],
        ["apprenticeship.exception.applied", { appliedException: null, maximumAge: 29, claimed: ["higher-diploma", "previous-contract-broken"], needed: true }, "Aucune des dérogations invoquées ne s'applique (higher-diploma, previous-contract-broken)", "None of the claimed exceptions applies (higher-diploma, previous-contract-broken)"],
      ],
      violations: [
        ["AGE_ABOVE_MAXIMUM", "birthDate", "36 ans au début de l'apprentissage : au-delà de 29 ans révolus, aucune des dérogations invoquées (L6222-2) ne s'applique", "36 years old at the start of the apprenticeship: above 29, and none of the claimed exceptions (L6222-2) applies"],
        ["EXCEPTION_AGE_ABOVE_MAXIMUM", "birthDate", "Dérogation « nouveau contrat pour un diplôme de niveau supérieur (L6222-2 1°) » : 36 ans à la conclusion du contrat (2025-08-20), au-delà de 34 ans au plus (lecture service-public.fr : 34 ans révolus)", "Exception \"new contract for a higher-level diploma (L6222-2 1°)\": 36 years old at the conclusion of the contract (2025-08-20), above the maximum of 34 (service-public.fr reading: 34 completed years)"],
        ["EXCEPTION_DELAY_EXCEEDED", "signatureDate", "Dérogation « nouveau contrat pour un diplôme de niveau supérieur (L6222-2 1°) » : contrat conclu le 2025-08-20, plus de 12 mois après la fin du précédent contrat (2024-06-30) ; il devait l'être au plus tard le 2025-06-30", "Exception \"new contract for a higher-level diploma (L6222-2 1°)\": contract concluded on 2025-08-20, more than 12 months after the end of the previous contract (2024-06-30); the last day was 2025-06-30"],
        ["EXCEPTION_AGE_ABOVE_MAXIMUM", "birthDate", "Dérogation « précédent contrat rompu pour des causes indépendantes de la volonté de l'apprenti ou inaptitude temporaire (L6222-2 2°) » : 36 ans à la conclusion du contrat (2025-08-20), au-delà de 34 ans au plus (lecture service-public.fr : 34 ans révolus)", "Exception \"previous contract broken for reasons beyond the apprentice's control, or temporary unfitness (L6222-2 2°)\": 36 years old at the conclusion of the contract (2025-08-20), above the maximum of 34 (service-public.fr reading: 34 completed years)"],
        ["EXCEPTION_DELAY_EXCEEDED", "signatureDate", "Dérogation « précédent contrat rompu pour des causes indépendantes de la volonté de l'apprenti ou inaptitude temporaire (L6222-2 2°) » : contrat conclu le 2025-08-20, plus de 12 mois après la fin du précédent contrat (2024-06-30) ; il devait l'être au plus tard le 2025-06-30", "Exception \"previous contract broken for reasons beyond the apprentice's control, or temporary unfitness (L6222-2 2°)\": contract concluded on 2025-08-20, more than 12 months after the end of the previous contract (2024-06-30); the last day was 2025-06-30"],
      ],
      source: "C. trav. L6222-2 1° 2°, D6222-1 (35 ans au plus, délai d'un an); law.md §1.2",
    },
    {
      name: "34, higher-diploma (cap 35) and disabled-worker (no limit): the no-limit exception is used",
      input: { birthDate: "1991-03-02", contractStart: "2025-09-01", exceptions: ["higher-diploma", "disabled-worker"], previousContractEnd: "2025-08-31" },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "1991-03-02", contractStart: "2025-09-01", ageAtStart: 34, signatureDate: "2025-09-01", ageAtSignature: 34 }, "Âge au début de l'apprentissage (2025-09-01) : 34 ans", "Age at the start of the apprenticeship (2025-09-01): 34 years old"],
        ["apprenticeship.age.minimum", { ageAtStart: 34, minimumAge: 16, completedLowerSecondary: false, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: true, met: true }, "Âge minimal : 16 ans ; 34 ans au début : condition remplie", "Minimum age: 16; 34 years old at the start: met"],
        ["apprenticeship.age.maximum", { ageAtStart: 34, maximumAge: 29, exceptionsClaimed: true, exceptionApplies: true, met: false }, "34 ans au début de l'apprentissage : au-delà de 29 ans révolus, une dérogation de L6222-2 est nécessaire", "34 years old at the start of the apprenticeship: above 29, an exception of L6222-2 is needed"],
        ["apprenticeship.exception.higher-diploma", { exception: "higher-diploma", ageAtSignature: 34, signatureDate: "2025-09-01", reading: "text", applicable: true, maximumAge: 35, latestSignature: "2026-08-31" }, "Dérogation « nouveau contrat pour un diplôme de niveau supérieur (L6222-2 1°) » : 34 ans à la conclusion (2025-09-01), 35 ans au plus, contrat à conclure au plus tard le 2026-08-31 : applicable", "Exception \"new contract for a higher-level diploma (L6222-2 1°)\": 34 years old at the conclusion (2025-09-01), at most 35, contract to be concluded by 2026-08-31: applies"],
        ["apprenticeship.exception.disabled-worker", { exception: "disabled-worker", ageAtSignature: 34, signatureDate: "2025-09-01", reading: "text", applicable: true, maximumAge: null, latestSignature: null }, "Dérogation « travailleur handicapé reconnu (L6222-2 3°) » : pas de limite d'âge : applicable", "Exception \"recognised disabled worker (L6222-2 3°)\": no age limit: applies"],
        ["apprenticeship.exception.applied", { appliedException: "disabled-worker", maximumAge: null, claimed: ["higher-diploma", "disabled-worker"], needed: true }, "Dérogation retenue : « travailleur handicapé reconnu (L6222-2 3°) », sans limite d'âge (la plus favorable parmi : higher-diploma, disabled-worker)", "Exception used: \"recognised disabled worker (L6222-2 3°)\", no age limit (the most favourable of: higher-diploma, disabled-worker)"],
      ],
      source: "C. trav. L6222-2 1° 3°, D6222-1; law.md §1.2 (most favourable)",
    },
    {
      name: "34, higher-diploma alone: capped at 35",
      input: { birthDate: "1991-03-02", contractStart: "2025-09-01", exceptions: ["higher-diploma"], previousContractEnd: "2025-08-31" },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "1991-03-02", contractStart: "2025-09-01", ageAtStart: 34, signatureDate: "2025-09-01", ageAtSignature: 34 }, "Âge au début de l'apprentissage (2025-09-01) : 34 ans", "Age at the start of the apprenticeship (2025-09-01): 34 years old"],
        ["apprenticeship.age.minimum", { ageAtStart: 34, minimumAge: 16, completedLowerSecondary: false, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: true, met: true }, "Âge minimal : 16 ans ; 34 ans au début : condition remplie", "Minimum age: 16; 34 years old at the start: met"],
        ["apprenticeship.age.maximum", { ageAtStart: 34, maximumAge: 29, exceptionsClaimed: true, exceptionApplies: true, met: false }, "34 ans au début de l'apprentissage : au-delà de 29 ans révolus, une dérogation de L6222-2 est nécessaire", "34 years old at the start of the apprenticeship: above 29, an exception of L6222-2 is needed"],
        ["apprenticeship.exception.higher-diploma", { exception: "higher-diploma", ageAtSignature: 34, signatureDate: "2025-09-01", reading: "text", applicable: true, maximumAge: 35, latestSignature: "2026-08-31" }, "Dérogation « nouveau contrat pour un diplôme de niveau supérieur (L6222-2 1°) » : 34 ans à la conclusion (2025-09-01), 35 ans au plus, contrat à conclure au plus tard le 2026-08-31 : applicable", "Exception \"new contract for a higher-level diploma (L6222-2 1°)\": 34 years old at the conclusion (2025-09-01), at most 35, contract to be concluded by 2026-08-31: applies"],
        ["apprenticeship.exception.applied", { appliedException: "higher-diploma", maximumAge: 35, claimed: ["higher-diploma"], needed: true }, "Dérogation retenue : « nouveau contrat pour un diplôme de niveau supérieur (L6222-2 1°) », 35 ans au plus à la conclusion", "Exception used: \"new contract for a higher-level diploma (L6222-2 1°)\", at most 35 at the conclusion"],
      ],
      source: "C. trav. L6222-2 1°, D6222-1; law.md §1.2",
    },
    {
      name: "39, exam-failure extension concluded in 2019: applied, with the not-in-force warning",
      input: { birthDate: "1980-01-15", contractStart: "2019-09-01", exceptions: ["exam-failure-extension"] },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "1980-01-15", contractStart: "2019-09-01", ageAtStart: 39, signatureDate: "2019-09-01", ageAtSignature: 39 }, "Âge au début de l'apprentissage (2019-09-01) : 39 ans", "Age at the start of the apprenticeship (2019-09-01): 39 years old"],
        ["apprenticeship.age.minimum", { ageAtStart: 39, minimumAge: 16, completedLowerSecondary: false, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: true, met: true }, "Âge minimal : 16 ans ; 39 ans au début : condition remplie", "Minimum age: 16; 39 years old at the start: met"],
        ["apprenticeship.age.maximum", { ageAtStart: 39, maximumAge: 29, exceptionsClaimed: true, exceptionApplies: true, met: false }, "39 ans au début de l'apprentissage : au-delà de 29 ans révolus, une dérogation de L6222-2 est nécessaire", "39 years old at the start of the apprenticeship: above 29, an exception of L6222-2 is needed"],
        ["apprenticeship.exception.exam-failure-extension", { exception: "exam-failure-extension", ageAtSignature: 39, signatureDate: "2019-09-01", reading: "text", applicable: true, maximumAge: null, latestSignature: null }, "Dérogation « prolongation après échec à l'examen (L6222-11, D6222-1-2) » : pas de limite d'âge : applicable", "Exception \"extension after an exam failure (L6222-11, D6222-1-2)\": no age limit: applies"],
        ["apprenticeship.exception.applied", { appliedException: "exam-failure-extension", maximumAge: null, claimed: ["exam-failure-extension"], needed: true }, "Dérogation retenue : « prolongation après échec à l'examen (L6222-11, D6222-1-2) », sans limite d'âge", "Exception used: \"extension after an exam failure (L6222-11, D6222-1-2)\", no age limit"],
      ],
      warnings: [
        ["AGE_WAIVER_NOT_IN_FORCE", "contractStart", "Contrat conclu le 2019-09-01, avant le 2020-04-01 où D6222-1-2 est entré en vigueur : l'absence de limite d'âge est appliquée, sans texte vérifié pour cette date", "Contract concluded on 2019-09-01, before D6222-1-2 came into force on 2020-04-01: no age limit is applied, with no verified text for that date"],
      ],
      source: "C. trav. L6222-11, D6222-1-2 (in force 2020-04-01); law.md §1.2",
    },
    {
      name: "29 at the signature, 30 at the start: refused, the signature reading would accept",
      input: { birthDate: "1995-08-15", contractStart: "2025-09-01", signatureDate: "2025-08-01" },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "1995-08-15", contractStart: "2025-09-01", ageAtStart: 30, signatureDate: "2025-08-01", ageAtSignature: 29 }, "Âge au début de l'apprentissage (2025-09-01) : 30 ans ; à la conclusion du contrat (2025-08-01) : 29 ans", "Age at the start of the apprenticeship (2025-09-01): 30 years old; at the conclusion of the contract (2025-08-01): 29 years old"],
        ["apprenticeship.age.minimum", { ageAtStart: 30, minimumAge: 16, completedLowerSecondary: false, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: false, met: true }, "Âge minimal : 16 ans ; 30 ans au début : condition remplie", "Minimum age: 16; 30 years old at the start: met"],
        ["apprenticeship.age.maximum", { ageAtStart: 30, maximumAge: 29, exceptionsClaimed: false, exceptionApplies: false, met: false }, "30 ans au début de l'apprentissage : au-delà de 29 ans révolus, seule une dérogation de L6222-2 permet le contrat", "30 years old at the start of the apprenticeship: above 29, only an exception of L6222-2 allows the contract"],
      ],
      violations: [
        ["AGE_ABOVE_MAXIMUM", "birthDate", "30 ans au début de l'apprentissage : au-delà de 29 ans révolus, seule une dérogation de L6222-2 permet le contrat", "30 years old at the start of the apprenticeship: above 29, only an exception of L6222-2 allows the contract"],
      ],
      warnings: [
        ["AGE_DIFFERS_AT_SIGNATURE", "signatureDate", "29 ans à la conclusion (2025-08-01) : dans la tranche générale ; 30 ans au début (2025-09-01) : hors de la tranche. Le texte (L6222-1) retient le début de l'apprentissage ; la fiche du ministère du Travail parle de la date de conclusion : à vérifier auprès de l'OPCO", "29 years old at the conclusion (2025-08-01): within the general window; 30 years old at the start (2025-09-01): outside it. The text (L6222-1) uses the start of the apprenticeship; the Ministry of Labour's page speaks of the conclusion date: check with the OPCO"],
      ],
      source: "C. trav. L6222-1 (« au début de l'apprentissage »); Ministry fiche (conclusion); law.md §1.1",
    },
    {
      name: "15 at the signature, 16 at the start: accepted, the signature reading would refuse",
      input: { birthDate: "2009-08-15", contractStart: "2025-09-01", signatureDate: "2025-08-01" },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "2009-08-15", contractStart: "2025-09-01", ageAtStart: 16, signatureDate: "2025-08-01", ageAtSignature: 15 }, "Âge au début de l'apprentissage (2025-09-01) : 16 ans ; à la conclusion du contrat (2025-08-01) : 15 ans", "Age at the start of the apprenticeship (2025-09-01): 16 years old; at the conclusion of the contract (2025-08-01): 15 years old"],
        ["apprenticeship.age.minimum", { ageAtStart: 16, minimumAge: 16, completedLowerSecondary: false, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: false, met: true }, "Âge minimal : 16 ans ; 16 ans au début : condition remplie", "Minimum age: 16; 16 years old at the start: met"],
        ["apprenticeship.age.maximum", { ageAtStart: 16, maximumAge: 29, exceptionsClaimed: false, exceptionApplies: false, met: true }, "Âge maximal : 29 ans révolus ; 16 ans au début : condition remplie", "Maximum age: 29; 16 years old at the start: met"],
      ],
      warnings: [
        ["AGE_DIFFERS_AT_SIGNATURE", "signatureDate", "15 ans à la conclusion (2025-08-01) : hors de la tranche générale ; 16 ans au début (2025-09-01) : dans la tranche. Le texte (L6222-1) retient le début de l'apprentissage ; la fiche du ministère du Travail parle de la date de conclusion : à vérifier auprès de l'OPCO", "15 years old at the conclusion (2025-08-01): outside the general window; 16 years old at the start (2025-09-01): within it. The text (L6222-1) uses the start of the apprenticeship; the Ministry of Labour's page speaks of the conclusion date: check with the OPCO"],
      ],
      source: "C. trav. L6222-1 (« au début de l'apprentissage »); Ministry fiche (conclusion); law.md §1.1",
    },
    {
      name: "born on the contract start (age 0, absurd but valid input): too young, not an input error",
      input: { birthDate: "2025-09-01", contractStart: "2025-09-01" },
      explanation: [
        ["apprenticeship.age.at-start", { birthDate: "2025-09-01", contractStart: "2025-09-01", ageAtStart: 0, signatureDate: "2025-09-01", ageAtSignature: 0 }, "Âge au début de l'apprentissage (2025-09-01) : 0 an", "Age at the start of the apprenticeship (2025-09-01): 0 years old"],
        ["apprenticeship.age.minimum", { ageAtStart: 0, minimumAge: 16, completedLowerSecondary: false, minimumAgeAfterLowerSecondary: 15, exceptionsClaimed: false, met: false }, "0 an au début de l'apprentissage : il faut avoir au moins 16 ans", "0 years old at the start of the apprenticeship: the minimum is 16"],
        ["apprenticeship.age.maximum", { ageAtStart: 0, maximumAge: 29, exceptionsClaimed: false, exceptionApplies: false, met: true }, "Âge maximal : 29 ans révolus ; 0 an au début : condition remplie", "Maximum age: 29; 0 years old at the start: met"],
      ],
      violations: [
        ["AGE_BELOW_MINIMUM", "birthDate", "0 an au début de l'apprentissage : il faut avoir au moins 16 ans", "0 years old at the start of the apprenticeship: the minimum is 16"],
      ],
      source: "API.md §0 (only a birth after the contract is an input error)",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => checkApprenticeshipEligibility({ ...row.input, locale }), row);
  });
});

describe("input errors word for word, in French and English", () => {
  const rows: Array<{ name: string; input: ApprenticeshipEligibilityInput; issues: IssueRow[]; source: string }> = [
    {
      name: "birth after the signature: the earlier of signature and start is named",
      input: { birthDate: "2025-08-02", contractStart: "2025-09-01", signatureDate: "2025-08-01" },
      issues: [
        [["birthDate"], "BIRTH_AFTER_CONTRACT", "birthDate : la date de naissance est postérieure au contrat (2025-08-01)", "birthDate: the birth date is after the contract (2025-08-01)"],
      ],
      source: "API.md §0 (bad input)",
    },
    {
      name: "birth after the start, signature after it",
      input: { birthDate: "2025-09-02", contractStart: "2025-09-01", signatureDate: "2025-09-15" },
      issues: [
        [["birthDate"], "BIRTH_AFTER_CONTRACT", "birthDate : la date de naissance est postérieure au contrat (2025-09-01)", "birthDate: the birth date is after the contract (2025-09-01)"],
      ],
      source: "API.md §0 (bad input)",
    },
    {
      name: "previousContractEnd missing with both exceptions that need it: both are named",
      input: { birthDate: "1990-01-01", contractStart: "2025-09-01", exceptions: ["previous-contract-broken", "disabled-worker", "higher-diploma"] },
      issues: [
        [["previousContractEnd"], "REQUIRED", "previousContractEnd : obligatoire avec la dérogation « nouveau contrat pour un diplôme de niveau supérieur (L6222-2 1°) », « précédent contrat rompu pour des causes indépendantes de la volonté de l'apprenti ou inaptitude temporaire (L6222-2 2°) » (D6222-1)", "previousContractEnd: required with the exception \"new contract for a higher-level diploma (L6222-2 1°)\", \"previous contract broken for reasons beyond the apprentice's control, or temporary unfitness (L6222-2 2°)\" (D6222-1)"],
      ],
      source: "C. trav. D6222-1; API.md §0",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectIssues((locale) => checkApprenticeshipEligibility({ ...row.input, locale }), row.issues);
  });
});
