/**
 * checkContractDates: durations exactly at and one day beyond each bound, every violation reported at
 * once, signature, the school's validation timing, warnings, and bad input.
 */
import { describe, expect, test } from "vitest";
import { checkContractDates, type CheckContractDatesInput } from "../../src/dates/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, type Explained } from "../support/explained.js";

type Row = { name: string; input: CheckContractDatesInput; expected: string[]; source: string };

/** Training = contract start, so that the start window never interferes; DFF far enough for MIAGE internships. */
const at = (contractStart: string) => ({ trainingStart: contractStart, trainingEnd: "2030-12-31", contractStart });

const DURATION = "law.md §3.3 (UNCONFIRMED): N months = start to addMonths(start, N) − 1 day";

describe("durations exactly at and one day beyond each bound", () => {
  const rows: Row[] = [
    // apprenticeship, 6 months to 3 years (L6222-7-1), 4 years by exception (R6222-46, R6222-60)
    { name: "apprenticeship, exactly 6 months", input: { contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2026-02-28" }, expected: [], source: `L6222-7-1; ${DURATION}` },
    { name: "apprenticeship, 6 months less a day", input: { contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2026-02-27" }, expected: ["DURATION_TOO_SHORT"], source: `L6222-7-1; ${DURATION}` },
    { name: "apprenticeship, exactly 36 months", input: { contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2028-08-31" }, expected: [], source: `L6222-7-1; ${DURATION}` },
    { name: "apprenticeship, 36 months and a day", input: { contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2028-09-01" }, expected: ["DURATION_TOO_LONG"], source: `L6222-7-1; ${DURATION}` },
    {
      name: "apprenticeship, disabled worker, exactly 48 months",
      input: { contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2029-08-31", extendedDuration: "disabled-worker" },
      expected: [],
      source: `R6222-46; ${DURATION}`,
    },
    {
      name: "apprenticeship, disabled worker, 48 months and a day",
      input: { contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2029-09-01", extendedDuration: "disabled-worker" },
      expected: ["DURATION_TOO_LONG"],
      source: `R6222-46; ${DURATION}`,
    },
    {
      name: "apprenticeship, high-level athlete, exactly 48 months",
      input: { contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2029-08-31", extendedDuration: "high-level-athlete" },
      expected: [],
      source: `R6222-60; ${DURATION}`,
    },
    {
      name: "apprenticeship, high-level athlete, 48 months and a day",
      input: { contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2029-09-01", extendedDuration: "high-level-athlete" },
      expected: ["DURATION_TOO_LONG"],
      source: `R6222-60; ${DURATION}`,
    },
    { name: "apprenticeship, 48 months without a flag", input: { contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2029-08-31" }, expected: ["DURATION_TOO_LONG"], source: "L6222-7-1" },
    // CPRO, 6 to 12 months (L6325-11), 24 (L6325-12), 36 (L6325-11, L6325-1-1)
    { name: "CPRO, exactly 6 months", input: { contract: "professionalisation", ...at("2025-09-01"), contractEnd: "2026-02-28" }, expected: [], source: `L6325-11; ${DURATION}` },
    { name: "CPRO, 6 months less a day", input: { contract: "professionalisation", ...at("2025-09-01"), contractEnd: "2026-02-27" }, expected: ["DURATION_TOO_SHORT"], source: `L6325-11; ${DURATION}` },
    { name: "CPRO, exactly 12 months", input: { contract: "professionalisation", ...at("2025-09-01"), contractEnd: "2026-08-31" }, expected: [], source: `L6325-11; ${DURATION}` },
    { name: "CPRO, 12 months and a day", input: { contract: "professionalisation", ...at("2025-09-01"), contractEnd: "2026-09-01" }, expected: ["DURATION_TOO_LONG"], source: `L6325-11; ${DURATION}` },
    {
      name: "CPRO, branch agreement, exactly 24 months",
      input: { contract: "professionalisation", ...at("2025-09-01"), contractEnd: "2027-08-31", extendedDuration: "branch-agreement-24" },
      expected: [],
      source: `L6325-12; ${DURATION}`,
    },
    {
      name: "CPRO, branch agreement, 24 months and a day",
      input: { contract: "professionalisation", ...at("2025-09-01"), contractEnd: "2027-09-01", extendedDuration: "branch-agreement-24" },
      expected: ["DURATION_TOO_LONG"],
      source: `L6325-12; ${DURATION}`,
    },
    {
      name: "CPRO, priority public, exactly 36 months",
      input: { contract: "professionalisation", ...at("2025-09-01"), contractEnd: "2028-08-31", extendedDuration: "priority-public-36" },
      expected: [],
      source: `L6325-11; ${DURATION}`,
    },
    {
      name: "CPRO, priority public, 36 months and a day",
      input: { contract: "professionalisation", ...at("2025-09-01"), contractEnd: "2028-09-01", extendedDuration: "priority-public-36" },
      expected: ["DURATION_TOO_LONG"],
      source: `L6325-11; ${DURATION}`,
    },
    // MIAGE work-study internship, 6 months to 1 year
    {
      name: "MIAGE internship, exactly 6 months",
      input: { contract: "work-study-internship", ...at("2025-09-01"), contractEnd: "2026-02-28", policy: "miageAixMarseille" },
      expected: [],
      source: `seed 003 Tableau 5 (6 months to 1 year); ${DURATION}`,
    },
    {
      name: "MIAGE internship, 6 months less a day",
      input: { contract: "work-study-internship", ...at("2025-09-01"), contractEnd: "2026-02-27", policy: "miageAixMarseille" },
      expected: ["DURATION_TOO_SHORT"],
      source: `seed 003 Tableau 5; ${DURATION}`,
    },
    {
      name: "MIAGE internship, exactly 1 year",
      input: { contract: "work-study-internship", ...at("2025-09-01"), contractEnd: "2026-08-31", policy: "miageAixMarseille" },
      expected: [],
      source: `seed 003 Tableau 5; ${DURATION}`,
    },
    {
      name: "MIAGE internship, 1 year and a day",
      input: { contract: "work-study-internship", ...at("2025-09-01"), contractEnd: "2026-09-01", policy: "miageAixMarseille" },
      expected: ["DURATION_TOO_LONG"],
      source: `seed 003 Tableau 5; ${DURATION}`,
    },
    // the law still applies under the MIAGE policy
    {
      name: "MIAGE CPRO, 12 months and a day: the law's 12-month maximum applies under a school policy",
      input: { contract: "professionalisation", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", contractStart: "2025-09-01", contractEnd: "2026-09-01", policy: "miageAixMarseille" },
      expected: ["DURATION_TOO_LONG"],
      source: "L6325-11 (a school policy cannot allow what the law forbids)",
    },
    // month-end clamping of the duration bounds
    {
      name: "start 31 August: 6 months end on 27 February (31 Aug + 6 months = 28 Feb, minus a day)",
      input: { contract: "apprenticeship", ...at("2025-08-31"), contractEnd: "2026-02-27" },
      expected: [],
      source: DURATION,
    },
    { name: "start 31 August: 26 February is too short", input: { contract: "apprenticeship", ...at("2025-08-31"), contractEnd: "2026-02-26" }, expected: ["DURATION_TOO_SHORT"], source: DURATION },
    {
      name: "start 31 August 2023: 6 months end on 28 February 2024 (leap year: 31 Aug + 6 months = 29 Feb)",
      input: { contract: "apprenticeship", ...at("2023-08-31"), contractEnd: "2024-02-28" },
      expected: [],
      source: DURATION,
    },
    { name: "start 31 August 2023: 27 February 2024 is too short", input: { contract: "apprenticeship", ...at("2023-08-31"), contractEnd: "2024-02-27" }, expected: ["DURATION_TOO_SHORT"], source: DURATION },
    {
      name: "start 29 February 2024: 12 months end on 27 February 2025 (29 Feb + 12 months = 28 Feb, minus a day)",
      input: { contract: "professionalisation", ...at("2024-02-29"), contractEnd: "2025-02-27" },
      expected: [],
      source: DURATION,
    },
    { name: "start 29 February 2024: 28 February 2025 is too long for 12 months", input: { contract: "professionalisation", ...at("2024-02-29"), contractEnd: "2025-02-28" }, expected: ["DURATION_TOO_LONG"], source: DURATION },
  ];

  test.for(rows)("$name", ({ input, expected }) => {
    const result = checkContractDates(input);
    expect(result.violations.map((violation) => violation.code)).toEqual(expected);
    expect(result.valid).toBe(expected.length === 0);
  });

  test("the duration step states the bounds and the length", () => {
    const result = checkContractDates({ contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2027-09-15", extendedDuration: "disabled-worker" });
    const step = result.explanation.find((candidate) => candidate.rule === "dates.duration");
    expect(result.duration).toEqual({ months: 24, days: 15 });
    expect(step?.values).toEqual({
      duration: { months: 24, days: 15 },
      minimum: { months: 6, source: "law", earliestEnd: "2026-02-28" },
      maximum: { months: 48, source: "law", latestEnd: "2029-08-31", extendedBy: "disabled-worker" },
      policy: "loi / law",
    });
    expect(step?.legalBasis).toEqual(["C. trav. art. L6222-7-1", "C. trav. art. R6222-46", "C. trav. art. R6222-60"]);
  });

  test("a violation cites the bound it breaks and names the field", () => {
    const [violation] = checkContractDates({ contract: "professionalisation", ...at("2025-09-01"), contractEnd: "2026-09-01", locale: "en" }).violations;
    expect(violation).toEqual({
      code: "DURATION_TOO_LONG",
      message: "The contract ends on 2026-09-01: it lasts more than 12 months (latest end 2026-08-31)",
      legalBasis: ["C. trav. art. L6325-11", "C. trav. art. L6325-12"],
      field: "contractEnd",
    });
  });
});

describe("every violated rule is reported, not just the first", () => {
  test("end before start, signature after start, start after the window, end before the window, validation timing", () => {
    const result = checkContractDates({
      contract: "apprenticeship",
      trainingStart: "2025-09-01",
      trainingEnd: "2027-09-03",
      contractStart: "2025-12-02",
      contractEnd: "2025-12-01",
      signatureDate: "2025-12-03",
      policy: "miageAixMarseille",
      missionValidatedOn: "2025-11-30",
      validationRequestedOn: "2025-11-29",
    });
    expect(result.valid).toBe(false);
    expect(result.violations.map((violation) => [violation.code, violation.field])).toEqual([
      ["END_BEFORE_START", "contractEnd"],
      ["SIGNATURE_AFTER_START", "signatureDate"],
      ["START_AFTER_LATEST", "contractStart"],
      ["END_BEFORE_EARLIEST", "contractEnd"],
      ["START_TOO_SOON_AFTER_VALIDATION", "contractStart"],
      ["VALIDATION_REQUESTED_TOO_LATE", "validationRequestedOn"],
    ]);
    // the end before the start is a rule violation, not an input error; no duration is computed then
    expect(result.duration).toBeNull();
  });

  test("start before the window, end after it and too long at once, with the basis of each", () => {
    const result = checkContractDates({
      contract: "work-study-internship",
      trainingStart: "2025-09-04",
      trainingEnd: "2026-09-04",
      contractStart: "2025-09-03",
      contractEnd: "2026-09-05",
      policy: "miageAixMarseille",
    });
    expect(result.violations.map((violation) => violation.code)).toEqual(["DURATION_TOO_LONG", "START_BEFORE_EARLIEST", "END_AFTER_LATEST"]);
    expect(result.violations.every((violation) => violation.legalBasis[0] === "Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5")).toBe(true);
  });

  test("French messages by default", () => {
    const result = checkContractDates({ contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2025-08-31", signatureDate: "2025-09-02" });
    expect(result.violations.map((violation) => violation.message)).toEqual([
      "Le contrat finit le 31/08/2025, avant son début le 01/09/2025",
      "Signé le 02/09/2025, après le début du contrat le 01/09/2025",
    ]);
  });

  test("a law bound in a MIAGE check cites the article, a school bound cites the guide", () => {
    const result = checkContractDates({
      contract: "apprenticeship",
      trainingStart: "2025-09-01",
      trainingEnd: "2027-09-03",
      contractStart: "2025-05-31",
      contractEnd: "2027-11-04",
      policy: "miageAixMarseille",
    });
    expect(result.violations.map((violation) => [violation.code, violation.legalBasis])).toEqual([
      ["START_BEFORE_EARLIEST", ["C. trav. art. L6222-12", "C. trav. art. L6222-12-1"]],
      ["END_AFTER_LATEST", ["Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5"]],
    ]);
  });
});

describe("signature date", () => {
  const rows: Array<Row & { basis: string[] }> = (
    [
      ["apprenticeship", "C. trav. art. L6222-7"],
      ["professionalisation", "C. trav. art. L6325-5"],
      ["work-study-internship", "C. éduc. art. L124-1"],
    ] as const
  ).flatMap(([contract, basis]) => [
    { name: `${contract}: signed the day before the start`, input: { contract, ...at("2025-09-01"), contractEnd: "2026-02-28", signatureDate: "2025-08-31" }, expected: [], basis: [], source: basis },
    { name: `${contract}: signed the day it starts`, input: { contract, ...at("2025-09-01"), contractEnd: "2026-02-28", signatureDate: "2025-09-01" }, expected: [], basis: [], source: basis },
    {
      name: `${contract}: signed the day after the start`,
      input: { contract, ...at("2025-09-01"), contractEnd: "2026-02-28", signatureDate: "2025-09-02" },
      expected: ["SIGNATURE_AFTER_START"],
      basis: [basis],
      source: basis,
    },
  ]);

  test.for(rows)("$name", ({ input, expected, basis }) => {
    const result = checkContractDates(input);
    expect(result.violations.map((violation) => violation.code)).toEqual(expected);
    expect(result.violations.flatMap((violation) => violation.legalBasis)).toEqual(basis);
  });
});

describe("the school's validation timing (MIAGE guide §3.3 and Tableau 5)", () => {
  const base = { contract: "apprenticeship" as const, trainingStart: "2025-09-01", trainingEnd: "2027-09-03", contractEnd: "2027-09-03", policy: "miageAixMarseille" as const };
  const rows: Row[] = [
    // start ≥ validation + 7 days ("1 semaine au moins APRÈS la validation")
    { name: "validated 8 days before the start", input: { ...base, contractStart: "2025-09-01", missionValidatedOn: "2025-08-24" }, expected: [], source: "seed 003 Tableau 5" },
    { name: "validated 7 days before the start", input: { ...base, contractStart: "2025-09-01", missionValidatedOn: "2025-08-25" }, expected: [], source: "seed 003 Tableau 5" },
    {
      name: "validated 6 days before the start",
      input: { ...base, contractStart: "2025-09-01", missionValidatedOn: "2025-08-26" },
      expected: ["START_TOO_SOON_AFTER_VALIDATION"],
      source: "seed 003 Tableau 5",
    },
    // request on or before the 10th jour ouvrable before the start; Monday 1 Sept 2025 → Wednesday 20 August
    { name: "requested on the 11th jour ouvrable before the start", input: { ...base, contractStart: "2025-09-01", validationRequestedOn: "2025-08-19" }, expected: [], source: "seed 003 §3.3" },
    { name: "requested on the 10th jour ouvrable before the start", input: { ...base, contractStart: "2025-09-01", validationRequestedOn: "2025-08-20" }, expected: [], source: "seed 003 §3.3" },
    {
      name: "requested on the 9th jour ouvrable before the start",
      input: { ...base, contractStart: "2025-09-01", validationRequestedOn: "2025-08-21" },
      expected: ["VALIDATION_REQUESTED_TOO_LATE"],
      source: "seed 003 §3.3",
    },
    // across 15 August (a Friday in 2025): Monday 25 August → Tuesday 12 August
    { name: "start 25 Aug 2025, requested 12 Aug (15 Aug not a jour ouvrable)", input: { ...base, contractStart: "2025-08-25", validationRequestedOn: "2025-08-12" }, expected: [], source: "seed 003 §3.3; C. trav. L3133-1" },
    {
      name: "start 25 Aug 2025, requested 13 Aug: too late",
      input: { ...base, contractStart: "2025-08-25", validationRequestedOn: "2025-08-13" },
      expected: ["VALIDATION_REQUESTED_TOO_LATE"],
      source: "seed 003 §3.3; C. trav. L3133-1",
    },
    // across 14 July (a Monday in 2025): Monday 21 July → Tuesday 8 July
    { name: "start 21 Jul 2025, requested 8 Jul (14 Jul not a jour ouvrable)", input: { ...base, contractStart: "2025-07-21", validationRequestedOn: "2025-07-08" }, expected: [], source: "seed 003 §3.3; C. trav. L3133-1" },
    {
      name: "start 21 Jul 2025, requested 9 Jul: too late",
      input: { ...base, contractStart: "2025-07-21", validationRequestedOn: "2025-07-09" },
      expected: ["VALIDATION_REQUESTED_TOO_LATE"],
      source: "seed 003 §3.3; C. trav. L3133-1",
    },
    {
      name: "both rules met",
      input: { ...base, contractStart: "2025-09-01", validationRequestedOn: "2025-08-18", missionValidatedOn: "2025-08-22" },
      expected: [],
      source: "seed 003 §3.3 and Tableau 5",
    },
  ];

  test.for(rows)("$name", ({ input, expected }) => {
    const result = checkContractDates(input);
    expect(result.violations.map((violation) => violation.code)).toEqual(expected);
  });

  test("a met timing rule is explained", () => {
    const result = checkContractDates({ ...base, contractStart: "2025-09-01", validationRequestedOn: "2025-08-18", missionValidatedOn: "2025-08-22", locale: "en" });
    expect(result.explanation.filter((step) => step.rule === "dates.validation.timing").map((step) => step.message)).toEqual([
      "Start at least 7 days after validation: 2025-08-29 at the earliest, met",
      "Validation requested at least 10 jours ouvrables before the start: by 2025-08-20, met",
    ]);
  });

  test("the violation says by when the request was due", () => {
    const [violation] = checkContractDates({ ...base, contractStart: "2025-09-01", validationRequestedOn: "2025-08-21" }).violations;
    expect(violation?.message).toBe(
      "Validation demandée le 21/08/2025 : pour un début le 01/09/2025, il fallait la demander au plus tard le 20/08/2025 (10 jours ouvrables avant)",
    );
    expect(violation?.legalBasis).toEqual(["Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5", "Guide de l'alternance MIAGE Aix-Marseille 2025/2026, §3.3"]);
  });

  test("under the law alone the dates are not checked, and a warning says so", () => {
    const result = checkContractDates({ ...base, policy: "legal", contractStart: "2025-09-01", missionValidatedOn: "2025-08-31", validationRequestedOn: "2025-08-30" });
    expect(result.violations).toEqual([]);
    expect(result.warnings.map((warning) => [warning.code, warning.field])).toEqual([
      ["TIMING_RULE_NOT_SET", "missionValidatedOn"],
      ["TIMING_RULE_NOT_SET", "validationRequestedOn"],
    ]);
  });
});

describe("warnings", () => {
  const rows: Array<{ name: string; input: CheckContractDatesInput; expected: string[]; source: string }> = [
    {
      name: "branch agreement on an apprenticeship: not applicable, 36 months checked",
      input: { contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2028-09-01", extendedDuration: "branch-agreement-24" },
      expected: ["EXTENDED_DURATION_NOT_APPLICABLE"],
      source: "L6325-12 concerns the CPRO only",
    },
    {
      name: "disabled worker on a CPRO: not applicable",
      input: { contract: "professionalisation", ...at("2025-09-01"), contractEnd: "2026-08-31", extendedDuration: "disabled-worker" },
      expected: ["EXTENDED_DURATION_NOT_APPLICABLE"],
      source: "R6222-46 concerns apprenticeship only",
    },
    {
      name: "any flag on an internship: not applicable",
      input: { contract: "work-study-internship", ...at("2025-09-01"), contractEnd: "2026-08-31", extendedDuration: "priority-public-36" },
      expected: ["EXTENDED_DURATION_NOT_APPLICABLE"],
      source: "L6325-11 concerns the CPRO only",
    },
    {
      name: "contract starting on dataVerifiedUntil (2026-07-16): no warning",
      input: { contract: "apprenticeship", ...at("2026-07-16"), contractEnd: "2027-07-15" },
      expected: [],
      source: "API.md §0 warnings",
    },
    {
      name: "contract starting the day after dataVerifiedUntil: PARAMETERS_NOT_VERIFIED",
      input: { contract: "apprenticeship", ...at("2026-07-17"), contractEnd: "2027-07-16" },
      expected: ["PARAMETERS_NOT_VERIFIED"],
      source: "API.md §0 warnings",
    },
  ];

  test.for(rows)("$name", ({ input, expected }) => {
    expect(checkContractDates(input).warnings.map((warning) => warning.code)).toEqual(expected);
  });

  test("with an inapplicable flag the ordinary maximum is checked", () => {
    const result = checkContractDates({ contract: "apprenticeship", ...at("2025-09-01"), contractEnd: "2028-09-01", extendedDuration: "branch-agreement-24" });
    expect(result.violations.map((violation) => violation.code)).toEqual(["DURATION_TOO_LONG"]);
  });
});

describe("result shape", () => {
  test("windows are those of contractWindows; the explanation adds the duration step", () => {
    const result = checkContractDates({
      contract: "professionalisation",
      trainingStart: "2025-09-01",
      trainingEnd: "2026-07-03",
      contractStart: "2025-09-01",
      contractEnd: "2026-08-31",
      policy: "miageAixMarseille",
    });
    expect(result.valid).toBe(true);
    expect(result.windows.start).toEqual({ earliest: "2025-07-01", latest: "2025-12-01" });
    expect(result.windows.end).toEqual({ earliest: "2026-07-03", latest: "2026-09-03" });
    expect(result.windows.warnings).toEqual([]);
    expect(result.explanation.map((step) => step.rule)).toEqual(["dates.policy", "dates.start.window", "dates.end.window", "dates.duration"]);
    expect(result.warnings).toEqual([]);
  });
});

describe("bad input", () => {
  const valid: CheckContractDatesInput = { contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03", contractStart: "2025-09-01", contractEnd: "2027-08-31" };
  const rows: Array<{ name: string; input: unknown; code: "INVALID_INPUT" | "OUT_OF_SCOPE"; issues: Array<{ path: (string | number)[]; code: string }>; source: string }> = [
    { name: "missing contractEnd", input: { ...valid, contractEnd: undefined }, code: "INVALID_INPUT", issues: [{ path: ["contractEnd"], code: "REQUIRED" }], source: "API.md §3" },
    { name: "impossible date", input: { ...valid, contractStart: "2025-02-30" }, code: "INVALID_INPUT", issues: [{ path: ["contractStart"], code: "INVALID_DATE" }], source: "API.md §0" },
    { name: "date as a number", input: { ...valid, signatureDate: 20250901 }, code: "INVALID_INPUT", issues: [{ path: ["signatureDate"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "unknown contract type", input: { ...valid, contract: "stage" }, code: "INVALID_INPUT", issues: [{ path: ["contract"], code: "INVALID_VALUE" }], source: "API.md §3" },
    { name: "unknown extendedDuration", input: { ...valid, extendedDuration: "rqth" }, code: "INVALID_INPUT", issues: [{ path: ["extendedDuration"], code: "INVALID_VALUE" }], source: "API.md §3" },
    { name: "misspelt field", input: { ...valid, contractstart: "2025-09-01" }, code: "INVALID_INPUT", issues: [{ path: ["contractstart"], code: "UNKNOWN_FIELD" }], source: "ARCHITECTURE.md: strict inputs" },
    { name: "training ends before it starts", input: { ...valid, trainingEnd: "2025-08-31" }, code: "INVALID_INPUT", issues: [{ path: ["trainingEnd"], code: "END_BEFORE_START" }], source: "cross-field check" },
    {
      name: "mission validated before its validation was requested",
      input: { ...valid, policy: "miageAixMarseille", validationRequestedOn: "2025-08-10", missionValidatedOn: "2025-08-09" },
      code: "INVALID_INPUT",
      issues: [{ path: ["missionValidatedOn"], code: "VALIDATION_BEFORE_REQUEST" }],
      source: "cross-field check",
    },
    { name: "contract starting 2018-12-31", input: { ...valid, trainingStart: "2019-01-01", contractStart: "2018-12-31" }, code: "OUT_OF_SCOPE", issues: [{ path: ["contractStart"], code: "OUT_OF_SCOPE" }], source: "API.md §0 scope" },
    { name: "contract signed 2018-12-31", input: { ...valid, trainingStart: "2019-01-01", contractStart: "2019-01-01", signatureDate: "2018-12-31" }, code: "OUT_OF_SCOPE", issues: [{ path: ["signatureDate"], code: "OUT_OF_SCOPE" }], source: "API.md §0 scope" },
    {
      name: "training starting 2018-12-31 (apprenticeship)",
      input: { ...valid, trainingStart: "2018-12-31", contractStart: "2019-01-01" },
      code: "OUT_OF_SCOPE",
      issues: [{ path: ["trainingStart"], code: "OUT_OF_SCOPE" }],
      source: "API.md §0 scope",
    },
    {
      name: "internship convention starting 2015-08-31",
      input: { contract: "work-study-internship", trainingStart: "2015-09-01", trainingEnd: "2016-06-30", contractStart: "2015-08-31", contractEnd: "2016-02-28" },
      code: "OUT_OF_SCOPE",
      issues: [{ path: ["contractStart"], code: "OUT_OF_SCOPE" }],
      source: "API.md §0 scope (internships from 2015-09-01)",
    },
    {
      name: "out of scope and malformed together: INVALID_INPUT naming both",
      input: { ...valid, trainingStart: "2019-01-01", contractStart: "2018-12-31", trainingEnd: "2018-12-31" },
      code: "INVALID_INPUT",
      issues: [
        { path: ["trainingEnd"], code: "END_BEFORE_START" },
        { path: ["contractStart"], code: "OUT_OF_SCOPE" },
      ],
      source: "API.md §0",
    },
    {
      name: "a bound past 2199",
      input: { ...valid, trainingStart: "2199-01-01", trainingEnd: "2199-12-01", contractStart: "2199-01-01", contractEnd: "2199-12-31", policy: "miageAixMarseille" },
      code: "INVALID_INPUT",
      issues: [{ path: ["trainingEnd"], code: "OUT_OF_RANGE" }],
      source: "API.md §0 (no invalid date is returned)",
    },
    {
      name: "a duration bound past 2199",
      input: { ...valid, trainingStart: "2199-06-01", trainingEnd: "2199-06-01", contractStart: "2199-06-01", contractEnd: "2199-12-31" },
      code: "INVALID_INPUT",
      issues: [{ path: ["contractStart"], code: "OUT_OF_RANGE" }],
      source: "API.md §0 (no invalid date is returned)",
    },
    { name: "not an object", input: "2025-09-01", code: "INVALID_INPUT", issues: [{ path: [], code: "INVALID_TYPE" }], source: "API.md §0" },
  ];

  test.for(rows)("$name", ({ input, code, issues }) => {
    const error = catchInputError(() => checkContractDates(input as CheckContractDatesInput));
    expect(error.code).toBe(code);
    expect(error.issues.map(({ path, code: issueCode }) => ({ path, code: issueCode }))).toEqual(issues);
  });

  test("in English on request", () => {
    const error = catchInputError(() => checkContractDates({ ...valid, trainingStart: "2019-01-01", contractStart: "2018-12-31", locale: "en" }));
    expect(error.issues[0]?.message).toBe('contractStart: "2018-12-31" is before 2019-01-01, the first day the library covers for this contract type');
  });

  test("the day of each scope start is accepted", () => {
    expect(checkContractDates({ ...valid, trainingStart: "2019-01-01", trainingEnd: "2019-12-31", contractStart: "2019-01-01", contractEnd: "2019-12-31", signatureDate: "2019-01-01" }).valid).toBe(true);
    expect(
      checkContractDates({ contract: "work-study-internship", trainingStart: "2015-09-01", trainingEnd: "2016-06-30", contractStart: "2015-09-01", contractEnd: "2016-02-28", signatureDate: "2015-09-01" }).valid,
    ).toBe(true);
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: CheckContractDatesInput; source: string } & Explained> = [
    {
      name: "apprenticeship within the law's windows and durations",
      input: { contract: "apprenticeship", trainingStart: "2025-09-15", trainingEnd: "2027-06-30", contractStart: "2025-09-01", contractEnd: "2027-08-31", signatureDate: "2025-08-20" },
      explanation: [
        ["dates.policy", { policy: "loi / law", combinedWithLaw: false }, "Règles légales seules (policies.legal)", "Legal rules only (policies.legal)"],
        ["dates.start.window", { earliest: { date: "2025-06-15", months: -3, anchor: "trainingStart", source: "law" }, latest: { date: "2025-12-15", months: 3, anchor: "trainingStart", source: "law" }, policy: "loi / law" }, "Début du contrat : au plus tôt le 15/06/2025 (DDF − 3 mois, loi) ; au plus tard le 15/12/2025 (DDF + 3 mois, loi)", "Contract start: earliest 2025-06-15 (training start − 3 months, law); latest 2025-12-15 (training start + 3 months, law)"],
        ["dates.end.window", { earliest: null, latest: null, policy: "loi / law" }, "Fin du contrat : pas de date au plus tôt ; pas de date au plus tard", "Contract end: no earliest date; no latest date"],
        ["dates.duration", { duration: { months: 24, days: 0 }, minimum: { months: 6, source: "law", earliestEnd: "2026-02-28" }, maximum: { months: 36, source: "law", latestEnd: "2028-08-31", extendedBy: null }, policy: "loi / law" }, "Durée du contrat : 24 mois et 0 jour(s) ; minimum 6 mois, soit une fin au plus tôt le 28/02/2026 (loi) ; maximum 36 mois, soit une fin au plus tard le 31/08/2028 (loi) (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: 24 months and 0 day(s); minimum 6 months, i.e. ending on 2026-02-28 at the earliest (law); maximum 36 months, i.e. ending on 2028-08-31 at the latest (law) (N months = up to the day before the same day N months later)"],
      ],
      source: "C. trav. L6222-7-1, L6222-12; law.md §3",
    },
    {
      name: "apprenticeship under the MIAGE policy: start too early, end too late, validation too late on both counts, signed after the start",
      input: { contract: "apprenticeship", trainingStart: "2025-09-15", trainingEnd: "2027-06-30", contractStart: "2025-06-02", contractEnd: "2027-09-01", signatureDate: "2025-06-03", policy: "miageAixMarseille", missionValidatedOn: "2025-05-30", validationRequestedOn: "2025-05-28" },
      explanation: [
        ["dates.policy", { policy: "MIAGE Aix-Marseille 2025/2026", combinedWithLaw: true }, "Politique « MIAGE Aix-Marseille 2025/2026 », appliquée avec les règles légales : pour chaque borne, la plus stricte s'applique", "Policy \"MIAGE Aix-Marseille 2025/2026\", applied together with the legal rules: for each bound, the stricter one applies"],
        ["dates.start.window", { earliest: { date: "2025-06-15", months: -3, anchor: "trainingStart", source: "law" }, latest: { date: "2025-12-15", months: 3, anchor: "trainingStart", source: "law" }, policy: "MIAGE Aix-Marseille 2025/2026" }, "Début du contrat : au plus tôt le 15/06/2025 (DDF − 3 mois, loi) ; au plus tard le 15/12/2025 (DDF + 3 mois, loi)", "Contract start: earliest 2025-06-15 (training start − 3 months, law); latest 2025-12-15 (training start + 3 months, law)"],
        ["dates.end.window", { earliest: { date: "2027-06-30", months: 0, anchor: "trainingEnd", source: "policy" }, latest: { date: "2027-08-30", months: 2, anchor: "trainingEnd", source: "policy" }, policy: "MIAGE Aix-Marseille 2025/2026" }, "Fin du contrat : au plus tôt le 30/06/2027 (DFF, MIAGE Aix-Marseille 2025/2026) ; au plus tard le 30/08/2027 (DFF + 2 mois, MIAGE Aix-Marseille 2025/2026)", "Contract end: earliest 2027-06-30 (training end, MIAGE Aix-Marseille 2025/2026); latest 2027-08-30 (training end + 2 months, MIAGE Aix-Marseille 2025/2026)"],
        ["dates.duration", { duration: { months: 27, days: 0 }, minimum: { months: 6, source: "law", earliestEnd: "2025-12-01" }, maximum: { months: 36, source: "law", latestEnd: "2028-06-01", extendedBy: null }, policy: "MIAGE Aix-Marseille 2025/2026" }, "Durée du contrat : 27 mois et 0 jour(s) ; minimum 6 mois, soit une fin au plus tôt le 01/12/2025 (loi) ; maximum 36 mois, soit une fin au plus tard le 01/06/2028 (loi) (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: 27 months and 0 day(s); minimum 6 months, i.e. ending on 2025-12-01 at the earliest (law); maximum 36 months, i.e. ending on 2028-06-01 at the latest (law) (N months = up to the day before the same day N months later)"],
      ],
      violations: [
        ["SIGNATURE_AFTER_START", "signatureDate", "Signé le 03/06/2025, après le début du contrat le 02/06/2025", "Signed on 2025-06-03, after the contract starts on 2025-06-02"],
        ["START_BEFORE_EARLIEST", "contractStart", "Le contrat commence le 02/06/2025, avant le début au plus tôt : 15/06/2025 (DDF − 3 mois, loi)", "The contract starts on 2025-06-02, before the earliest start: 2025-06-15 (training start − 3 months, law)"],
        ["END_AFTER_LATEST", "contractEnd", "Le contrat finit le 01/09/2027, après la fin au plus tard : 30/08/2027 (DFF + 2 mois, MIAGE Aix-Marseille 2025/2026)", "The contract ends on 2027-09-01, after the latest end: 2027-08-30 (training end + 2 months, MIAGE Aix-Marseille 2025/2026)"],
        ["START_TOO_SOON_AFTER_VALIDATION", "contractStart", "Mission validée le 30/05/2025 : le contrat peut commencer le 06/06/2025 au plus tôt (7 jours après), pas le 02/06/2025", "Mission validated on 2025-05-30: the contract may start on 2025-06-06 at the earliest (7 days later), not on 2025-06-02"],
        ["VALIDATION_REQUESTED_TOO_LATE", "validationRequestedOn", "Validation demandée le 28/05/2025 : pour un début le 02/06/2025, il fallait la demander au plus tard le 20/05/2025 (10 jours ouvrables avant)", "Validation requested on 2025-05-28: for a start on 2025-06-02, it had to be requested by 2025-05-20 (10 jours ouvrables before)"],
      ],
      source: "MIAGE guide 2025/2026 Tableau 5, §3.3; C. trav. L6222-7; law.md §3",
    },
    {
      name: "CPRO under the MIAGE policy: timing met, ends one day after the latest end",
      input: { contract: "professionalisation", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", contractStart: "2025-09-01", contractEnd: "2026-08-31", policy: "miageAixMarseille", missionValidatedOn: "2025-08-20", validationRequestedOn: "2025-08-01" },
      explanation: [
        ["dates.policy", { policy: "MIAGE Aix-Marseille 2025/2026", combinedWithLaw: true }, "Politique « MIAGE Aix-Marseille 2025/2026 », appliquée avec les règles légales : pour chaque borne, la plus stricte s'applique", "Policy \"MIAGE Aix-Marseille 2025/2026\", applied together with the legal rules: for each bound, the stricter one applies"],
        ["dates.start.window", { earliest: { date: "2025-07-15", months: -2, anchor: "trainingStart", source: "policy" }, latest: { date: "2025-12-15", months: 3, anchor: "trainingStart", source: "policy" }, policy: "MIAGE Aix-Marseille 2025/2026" }, "Début du contrat : au plus tôt le 15/07/2025 (DDF − 2 mois, MIAGE Aix-Marseille 2025/2026) ; au plus tard le 15/12/2025 (DDF + 3 mois, MIAGE Aix-Marseille 2025/2026)", "Contract start: earliest 2025-07-15 (training start − 2 months, MIAGE Aix-Marseille 2025/2026); latest 2025-12-15 (training start + 3 months, MIAGE Aix-Marseille 2025/2026)"],
        ["dates.end.window", { earliest: { date: "2026-06-30", months: 0, anchor: "trainingEnd", source: "policy" }, latest: { date: "2026-08-30", months: 2, anchor: "trainingEnd", source: "policy" }, policy: "MIAGE Aix-Marseille 2025/2026" }, "Fin du contrat : au plus tôt le 30/06/2026 (DFF, MIAGE Aix-Marseille 2025/2026) ; au plus tard le 30/08/2026 (DFF + 2 mois, MIAGE Aix-Marseille 2025/2026)", "Contract end: earliest 2026-06-30 (training end, MIAGE Aix-Marseille 2025/2026); latest 2026-08-30 (training end + 2 months, MIAGE Aix-Marseille 2025/2026)"],
        ["dates.duration", { duration: { months: 12, days: 0 }, minimum: { months: 6, source: "law", earliestEnd: "2026-02-28" }, maximum: { months: 12, source: "law", latestEnd: "2026-08-31", extendedBy: null }, policy: "MIAGE Aix-Marseille 2025/2026" }, "Durée du contrat : 12 mois et 0 jour(s) ; minimum 6 mois, soit une fin au plus tôt le 28/02/2026 (loi) ; maximum 12 mois, soit une fin au plus tard le 31/08/2026 (loi) (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: 12 months and 0 day(s); minimum 6 months, i.e. ending on 2026-02-28 at the earliest (law); maximum 12 months, i.e. ending on 2026-08-31 at the latest (law) (N months = up to the day before the same day N months later)"],
        ["dates.validation.timing", { rule: "days-after-validation", days: 7, limit: "2025-08-27" }, "Début au moins 7 jours après la validation : au plus tôt le 27/08/2025, respecté", "Start at least 7 days after validation: 2025-08-27 at the earliest, met"],
        ["dates.validation.timing", { rule: "working-days-before-start", days: 10, limit: "2025-08-20" }, "Demande de validation au moins 10 jours ouvrables avant le début : au plus tard le 20/08/2025, respecté", "Validation requested at least 10 jours ouvrables before the start: by 2025-08-20, met"],
      ],
      violations: [
        ["END_AFTER_LATEST", "contractEnd", "Le contrat finit le 31/08/2026, après la fin au plus tard : 30/08/2026 (DFF + 2 mois, MIAGE Aix-Marseille 2025/2026)", "The contract ends on 2026-08-31, after the latest end: 2026-08-30 (training end + 2 months, MIAGE Aix-Marseille 2025/2026)"],
      ],
      source: "MIAGE guide 2025/2026 Tableau 5, §3.3; C. trav. L6325-11",
    },
    {
      name: "CPRO of 3 months with the apprentice-only flag: too short, flag not applicable",
      input: { contract: "professionalisation", trainingStart: "2025-09-15", trainingEnd: "2025-12-15", contractStart: "2025-09-15", contractEnd: "2025-12-14", extendedDuration: "disabled-worker", missionValidatedOn: "2025-09-01" },
      explanation: [
        ["dates.policy", { policy: "loi / law", combinedWithLaw: false }, "Règles légales seules (policies.legal)", "Legal rules only (policies.legal)"],
        ["dates.start.window", { earliest: null, latest: null, policy: "loi / law" }, "Début du contrat : pas de date au plus tôt ; pas de date au plus tard", "Contract start: no earliest date; no latest date"],
        ["dates.end.window", { earliest: null, latest: null, policy: "loi / law" }, "Fin du contrat : pas de date au plus tôt ; pas de date au plus tard", "Contract end: no earliest date; no latest date"],
        ["dates.duration", { duration: { months: 3, days: 0 }, minimum: { months: 6, source: "law", earliestEnd: "2026-03-14" }, maximum: { months: 12, source: "law", latestEnd: "2026-09-14", extendedBy: null }, policy: "loi / law" }, "Durée du contrat : 3 mois et 0 jour(s) ; minimum 6 mois, soit une fin au plus tôt le 14/03/2026 (loi) ; maximum 12 mois, soit une fin au plus tard le 14/09/2026 (loi) (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: 3 months and 0 day(s); minimum 6 months, i.e. ending on 2026-03-14 at the earliest (law); maximum 12 months, i.e. ending on 2026-09-14 at the latest (law) (N months = up to the day before the same day N months later)"],
      ],
      violations: [
        ["DURATION_TOO_SHORT", "contractEnd", "Le contrat finit le 14/12/2025 : il dure moins de 6 mois (fin au plus tôt le 14/03/2026)", "The contract ends on 2025-12-14: it lasts less than 6 months (earliest end 2026-03-14)"],
      ],
      warnings: [
        ["EXTENDED_DURATION_NOT_APPLICABLE", "extendedDuration", "« disabled-worker » n'allonge pas la durée maximale d'un contrat « professionalisation » : la durée maximale ordinaire est vérifiée", "\"disabled-worker\" does not extend the maximum duration of a \"professionalisation\" contract: the ordinary maximum is checked"],
        ["TIMING_RULE_NOT_SET", "missionValidatedOn", "missionValidatedOn n'est pas vérifié : la politique ne fixe pas de délai correspondant (la loi n'en fixe pas)", "missionValidatedOn is not checked: the policy sets no matching timing rule (the law sets none)"],
      ],
      source: "C. trav. L6325-11, L6325-12, R6222-46",
    },
    {
      name: "disabled apprentice, 5-year contract: above the 4 years of the extension",
      input: { contract: "apprenticeship", trainingStart: "2025-09-15", trainingEnd: "2029-06-30", contractStart: "2025-09-01", contractEnd: "2030-09-01", extendedDuration: "disabled-worker" },
      explanation: [
        ["dates.policy", { policy: "loi / law", combinedWithLaw: false }, "Règles légales seules (policies.legal)", "Legal rules only (policies.legal)"],
        ["dates.start.window", { earliest: { date: "2025-06-15", months: -3, anchor: "trainingStart", source: "law" }, latest: { date: "2025-12-15", months: 3, anchor: "trainingStart", source: "law" }, policy: "loi / law" }, "Début du contrat : au plus tôt le 15/06/2025 (DDF − 3 mois, loi) ; au plus tard le 15/12/2025 (DDF + 3 mois, loi)", "Contract start: earliest 2025-06-15 (training start − 3 months, law); latest 2025-12-15 (training start + 3 months, law)"],
        ["dates.end.window", { earliest: null, latest: null, policy: "loi / law" }, "Fin du contrat : pas de date au plus tôt ; pas de date au plus tard", "Contract end: no earliest date; no latest date"],
        ["dates.duration", { duration: { months: 60, days: 1 }, minimum: { months: 6, source: "law", earliestEnd: "2026-02-28" }, maximum: { months: 48, source: "law", latestEnd: "2029-08-31", extendedBy: "disabled-worker" }, policy: "loi / law" }, "Durée du contrat : 60 mois et 1 jour(s) ; minimum 6 mois, soit une fin au plus tôt le 28/02/2026 (loi) ; maximum 48 mois (disabled-worker), soit une fin au plus tard le 31/08/2029 (loi) (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: 60 months and 1 day(s); minimum 6 months, i.e. ending on 2026-02-28 at the earliest (law); maximum 48 months (disabled-worker), i.e. ending on 2029-08-31 at the latest (law) (N months = up to the day before the same day N months later)"],
      ],
      violations: [
        ["DURATION_TOO_LONG", "contractEnd", "Le contrat finit le 01/09/2030 : il dure plus de 48 mois (fin au plus tard le 31/08/2029)", "The contract ends on 2030-09-01: it lasts more than 48 months (latest end 2029-08-31)"],
      ],
      source: "C. trav. L6222-7-1, R6222-46",
    },
    {
      name: "end before the start: a violation, no duration",
      input: { contract: "apprenticeship", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", contractStart: "2025-09-01", contractEnd: "2025-08-31" },
      explanation: [
        ["dates.policy", { policy: "loi / law", combinedWithLaw: false }, "Règles légales seules (policies.legal)", "Legal rules only (policies.legal)"],
        ["dates.start.window", { earliest: { date: "2025-06-15", months: -3, anchor: "trainingStart", source: "law" }, latest: { date: "2025-12-15", months: 3, anchor: "trainingStart", source: "law" }, policy: "loi / law" }, "Début du contrat : au plus tôt le 15/06/2025 (DDF − 3 mois, loi) ; au plus tard le 15/12/2025 (DDF + 3 mois, loi)", "Contract start: earliest 2025-06-15 (training start − 3 months, law); latest 2025-12-15 (training start + 3 months, law)"],
        ["dates.end.window", { earliest: null, latest: null, policy: "loi / law" }, "Fin du contrat : pas de date au plus tôt ; pas de date au plus tard", "Contract end: no earliest date; no latest date"],
        ["dates.duration", { duration: null, minimum: { months: 6, source: "law", earliestEnd: "2026-02-28" }, maximum: { months: 36, source: "law", latestEnd: "2028-08-31", extendedBy: null }, policy: "loi / law" }, "Durée du contrat : — ; minimum 6 mois, soit une fin au plus tôt le 28/02/2026 (loi) ; maximum 36 mois, soit une fin au plus tard le 31/08/2028 (loi) (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: —; minimum 6 months, i.e. ending on 2026-02-28 at the earliest (law); maximum 36 months, i.e. ending on 2028-08-31 at the latest (law) (N months = up to the day before the same day N months later)"],
      ],
      violations: [
        ["END_BEFORE_START", "contractEnd", "Le contrat finit le 31/08/2025, avant son début le 01/09/2025", "The contract ends on 2025-08-31, before it starts on 2025-09-01"],
      ],
      source: "C. trav. L6222-7-1",
    },
    {
      name: "an unnamed policy with 0- and 1-month bounds: stricter than the law, named « politique fournie »",
      input: { contract: "apprenticeship", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", contractStart: "2025-09-15", contractEnd: "2026-08-20", policy: { apprenticeship: { start: { monthsBefore: 0, monthsAfter: 1 }, end: { monthsBefore: 1, monthsAfter: 1 }, durationMonths: { minimum: null, maximum: null } } } },
      explanation: [
        ["dates.policy", { policy: undefined, combinedWithLaw: true }, "Politique « politique fournie », appliquée avec les règles légales : pour chaque borne, la plus stricte s'applique", "Policy \"given policy\", applied together with the legal rules: for each bound, the stricter one applies"],
        ["dates.start.window", { earliest: { date: "2025-09-15", months: 0, anchor: "trainingStart", source: "policy" }, latest: { date: "2025-10-15", months: 1, anchor: "trainingStart", source: "policy" }, policy: undefined }, "Début du contrat : au plus tôt le 15/09/2025 (DDF, politique fournie) ; au plus tard le 15/10/2025 (DDF + 1 mois, politique fournie)", "Contract start: earliest 2025-09-15 (training start, given policy); latest 2025-10-15 (training start + 1 month, given policy)"],
        ["dates.end.window", { earliest: { date: "2026-05-30", months: -1, anchor: "trainingEnd", source: "policy" }, latest: { date: "2026-07-30", months: 1, anchor: "trainingEnd", source: "policy" }, policy: undefined }, "Fin du contrat : au plus tôt le 30/05/2026 (DFF − 1 mois, politique fournie) ; au plus tard le 30/07/2026 (DFF + 1 mois, politique fournie)", "Contract end: earliest 2026-05-30 (training end − 1 month, given policy); latest 2026-07-30 (training end + 1 month, given policy)"],
        ["dates.duration", { duration: { months: 11, days: 6 }, minimum: { months: 6, source: "law", earliestEnd: "2026-03-14" }, maximum: { months: 36, source: "law", latestEnd: "2028-09-14", extendedBy: null }, policy: undefined }, "Durée du contrat : 11 mois et 6 jour(s) ; minimum 6 mois, soit une fin au plus tôt le 14/03/2026 (loi) ; maximum 36 mois, soit une fin au plus tard le 14/09/2028 (loi) (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: 11 months and 6 day(s); minimum 6 months, i.e. ending on 2026-03-14 at the earliest (law); maximum 36 months, i.e. ending on 2028-09-14 at the latest (law) (N months = up to the day before the same day N months later)"],
      ],
      violations: [
        ["END_AFTER_LATEST", "contractEnd", "Le contrat finit le 20/08/2026, après la fin au plus tard : 30/07/2026 (DFF + 1 mois, politique fournie)", "The contract ends on 2026-08-20, after the latest end: 2026-07-30 (training end + 1 month, given policy)"],
      ],
      source: "API.md §3 (DatePolicy); C. trav. L6222-12",
    },
    {
      name: "work-study internship under the MIAGE policy: ends after the training, 13 months",
      input: { contract: "work-study-internship", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", contractStart: "2025-09-15", contractEnd: "2026-10-14", policy: "miageAixMarseille" },
      explanation: [
        ["dates.policy", { policy: "MIAGE Aix-Marseille 2025/2026", combinedWithLaw: true }, "Politique « MIAGE Aix-Marseille 2025/2026 », appliquée avec les règles légales : pour chaque borne, la plus stricte s'applique", "Policy \"MIAGE Aix-Marseille 2025/2026\", applied together with the legal rules: for each bound, the stricter one applies"],
        ["dates.start.window", { earliest: { date: "2025-09-15", months: 0, anchor: "trainingStart", source: "policy" }, latest: { date: "2025-12-15", months: 3, anchor: "trainingStart", source: "policy" }, policy: "MIAGE Aix-Marseille 2025/2026" }, "Début du contrat : au plus tôt le 15/09/2025 (DDF, MIAGE Aix-Marseille 2025/2026) ; au plus tard le 15/12/2025 (DDF + 3 mois, MIAGE Aix-Marseille 2025/2026)", "Contract start: earliest 2025-09-15 (training start, MIAGE Aix-Marseille 2025/2026); latest 2025-12-15 (training start + 3 months, MIAGE Aix-Marseille 2025/2026)"],
        ["dates.end.window", { earliest: null, latest: { date: "2026-06-30", months: 0, anchor: "trainingEnd", source: "policy" }, policy: "MIAGE Aix-Marseille 2025/2026" }, "Fin du contrat : pas de date au plus tôt ; au plus tard le 30/06/2026 (DFF, MIAGE Aix-Marseille 2025/2026)", "Contract end: no earliest date; latest 2026-06-30 (training end, MIAGE Aix-Marseille 2025/2026)"],
        ["dates.duration", { duration: { months: 13, days: 0 }, minimum: { months: 6, source: "policy", earliestEnd: "2026-03-14" }, maximum: { months: 12, source: "policy", latestEnd: "2026-09-14", extendedBy: null }, policy: "MIAGE Aix-Marseille 2025/2026" }, "Durée du contrat : 13 mois et 0 jour(s) ; minimum 6 mois, soit une fin au plus tôt le 14/03/2026 (MIAGE Aix-Marseille 2025/2026) ; maximum 12 mois, soit une fin au plus tard le 14/09/2026 (MIAGE Aix-Marseille 2025/2026) (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: 13 months and 0 day(s); minimum 6 months, i.e. ending on 2026-03-14 at the earliest (MIAGE Aix-Marseille 2025/2026); maximum 12 months, i.e. ending on 2026-09-14 at the latest (MIAGE Aix-Marseille 2025/2026) (N months = up to the day before the same day N months later)"],
      ],
      violations: [
        ["DURATION_TOO_LONG", "contractEnd", "Le contrat finit le 14/10/2026 : il dure plus de 12 mois (fin au plus tard le 14/09/2026)", "The contract ends on 2026-10-14: it lasts more than 12 months (latest end 2026-09-14)"],
        ["END_AFTER_LATEST", "contractEnd", "Le contrat finit le 14/10/2026, après la fin au plus tard : 30/06/2026 (DFF, MIAGE Aix-Marseille 2025/2026)", "The contract ends on 2026-10-14, after the latest end: 2026-06-30 (training end, MIAGE Aix-Marseille 2025/2026)"],
      ],
      source: "MIAGE guide 2025/2026 Tableau 5 (footnote 22)",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => checkContractDates({ ...row.input, locale }), row);
  });
});
