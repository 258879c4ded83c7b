/**
 * registrationDeadline: 5 jours ouvrables (apprenticeship, D6224-1) or 5 calendar days (CPRO, D6325-1)
 * after the start, across weekends and public holidays.
 */
import { describe, expect, test } from "vitest";
import { registrationDeadline, type RegistrationDeadlineInput } from "../../src/dates/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, type Explained } from "../support/explained.js";

type Row = { name: string; input: RegistrationDeadlineInput; expected: string; source: string; warnings?: string[] };

/** Starts after dataVerifiedUntil (2026-06-30) carry this warning. */
const NOT_VERIFIED = ["PARAMETERS_NOT_VERIFIED"];

const D6224_1 = "C. trav. D6224-1 (5 jours ouvrables); jours ouvrables = Monday to Saturday except public holidays (L3133-1)";
const D6325_1 = "C. trav. D6325-1 (5 days, calendar)";

describe("apprenticeship: the 5th jour ouvrable after the start (start not counted)", () => {
  const rows: Row[] = [
    { name: "Monday 1 Sept 2025: Tue–Sat, no holiday → Saturday 6 Sept", input: { contract: "apprenticeship", contractStart: "2025-09-01" }, expected: "2025-09-06", source: D6224_1 },
    { name: "Saturday start: Sunday skipped → Friday 12 Sept", input: { contract: "apprenticeship", contractStart: "2025-09-06" }, expected: "2025-09-12", source: D6224_1 },
    { name: "Sunday start → Friday 12 Sept", input: { contract: "apprenticeship", contractStart: "2025-09-07" }, expected: "2025-09-12", source: D6224_1 },
    { name: "across 1 May 2026 (Friday) → Wednesday 6 May", input: { contract: "apprenticeship", contractStart: "2026-04-29" }, expected: "2026-05-06", source: D6224_1 },
    { name: "across 8 May 2026 (Friday) and a Sunday → Monday 11 May", input: { contract: "apprenticeship", contractStart: "2026-05-04" }, expected: "2026-05-11", source: D6224_1 },
    { name: "across Ascension (Thursday 14 May 2026) → Monday 18 May", input: { contract: "apprenticeship", contractStart: "2026-05-11" }, expected: "2026-05-18", source: D6224_1 },
    { name: "across 14 July 2025 (Monday) → Thursday 17 July", input: { contract: "apprenticeship", contractStart: "2025-07-10" }, expected: "2025-07-17", source: D6224_1 },
    { name: "across 14 July 2026 (Tuesday) → Friday 17 July", input: { contract: "apprenticeship", contractStart: "2026-07-10" }, expected: "2026-07-17", source: D6224_1 },
    { name: "start on 14 July 2025 (Monday, a holiday) → Saturday 19 July", input: { contract: "apprenticeship", contractStart: "2025-07-14" }, expected: "2025-07-19", source: D6224_1 },
    { name: "across 15 August 2025 (Friday) → Wednesday 20 August", input: { contract: "apprenticeship", contractStart: "2025-08-13" }, expected: "2025-08-20", source: D6224_1 },
    { name: "across 15 August 2026 (Saturday) → Wednesday 19 August", input: { contract: "apprenticeship", contractStart: "2026-08-12" }, expected: "2026-08-19", source: D6224_1, warnings: NOT_VERIFIED },
    { name: "across 25 December 2025 (Thursday) → Monday 29 December", input: { contract: "apprenticeship", contractStart: "2025-12-22" }, expected: "2025-12-29", source: D6224_1 },
    { name: "across 25 December and 1 January → Friday 2 January 2026", input: { contract: "apprenticeship", contractStart: "2025-12-26" }, expected: "2026-01-02", source: D6224_1 },
  ];

  test.for(rows)("$name", ({ input, expected, warnings = [] }) => {
    const result = registrationDeadline(input);
    expect(result.deadline).toBe(expected);
    expect(result.legalBasis).toEqual(["C. trav. art. D6224-1"]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(warnings);
  });
});

describe("professionalisation: start + 5 calendar days, holidays not skipped", () => {
  const rows: Row[] = [
    { name: "Monday 4 May 2026 → Saturday 9 May (8 May not skipped)", input: { contract: "professionalisation", contractStart: "2026-05-04" }, expected: "2026-05-09", source: D6325_1 },
    { name: "Tuesday 12 May 2026 → Sunday 17 May (Ascension, Sunday not skipped)", input: { contract: "professionalisation", contractStart: "2026-05-12" }, expected: "2026-05-17", source: D6325_1 },
    { name: "Thursday 10 July 2025 → Tuesday 15 July (14 July not skipped)", input: { contract: "professionalisation", contractStart: "2025-07-10" }, expected: "2025-07-15", source: D6325_1 },
    { name: "Sunday 10 August 2025 → Friday 15 August (a holiday, not moved)", input: { contract: "professionalisation", contractStart: "2025-08-10" }, expected: "2025-08-15", source: D6325_1 },
    { name: "Monday 10 August 2026 → Saturday 15 August (a holiday, not moved)", input: { contract: "professionalisation", contractStart: "2026-08-10" }, expected: "2026-08-15", source: D6325_1, warnings: NOT_VERIFIED },
    { name: "Monday 22 December 2025 → Saturday 27 December", input: { contract: "professionalisation", contractStart: "2025-12-22" }, expected: "2025-12-27", source: D6325_1 },
    { name: "1 August 2024, first day of the text read → 6 August", input: { contract: "professionalisation", contractStart: "2024-08-01" }, expected: "2024-08-06", source: D6325_1 },
  ];

  test.for(rows)("$name", ({ input, expected, warnings = [] }) => {
    const result = registrationDeadline(input);
    expect(result.deadline).toBe(expected);
    expect(result.legalBasis).toEqual(["C. trav. art. D6325-1"]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(warnings);
  });
});

describe("starts before the version of the text that was read", () => {
  const rows = [
    { name: "CPRO 31 July 2024 (day before D6325-1 of 2024-08-01)", input: { contract: "professionalisation" as const, contractStart: "2024-07-31" }, expected: "2024-08-05", source: "D6325-1 in force 2024-08-01" },
    { name: "apprenticeship 31 December 2019 (day before D6224-1 of 2020-01-01)", input: { contract: "apprenticeship" as const, contractStart: "2019-12-31" }, expected: "2020-01-07", source: "D6224-1 in force 2020-01-01" },
    { name: "CPRO 1 January 2019 (first day of the scope)", input: { contract: "professionalisation" as const, contractStart: "2019-01-01" }, expected: "2019-01-06", source: "D6325-1; API.md §0 scope" },
  ];

  test.for(rows)("$name: same deadline, with DEADLINE_TEXT_NOT_READ", ({ input, expected }) => {
    const result = registrationDeadline(input);
    expect(result.deadline).toBe(expected);
    expect(result.warnings.map((warning) => [warning.code, warning.field])).toEqual([["DEADLINE_TEXT_NOT_READ", "contractStart"]]);
  });

  test("apprenticeship on 1 January 2020: no warning", () => {
    expect(registrationDeadline({ contract: "apprenticeship", contractStart: "2020-01-01" }).warnings).toEqual([]);
  });
});

describe("explanation and warnings", () => {
  test("explains the count, in French by default", () => {
    const result = registrationDeadline({ contract: "apprenticeship", contractStart: "2026-05-04" });
    expect(result.explanation).toEqual([
      {
        rule: "dates.registration.apprenticeship",
        message: "Début le 04/05/2026 : transmission à l'OPCO au plus tard le 11/05/2026 (5 jours ouvrables, dimanches et jours fériés exclus)",
        legalBasis: ["C. trav. art. D6224-1"],
        values: { contractStart: "2026-05-04", days: 5, deadline: "2026-05-11" },
      },
    ]);
  });

  test("in English", () => {
    const result = registrationDeadline({ contract: "professionalisation", contractStart: "2026-05-04", locale: "en" });
    expect(result.explanation[0]?.message).toBe("Start on 2026-05-04: send to the OPCO by 2026-05-09 (5 calendar days)");
  });

  test("PARAMETERS_NOT_VERIFIED after dataVerifiedUntil", () => {
    expect(registrationDeadline({ contract: "apprenticeship", contractStart: "2026-07-17" }).warnings.map((warning) => warning.code)).toEqual(["PARAMETERS_NOT_VERIFIED"]);
  });
});

describe("bad input", () => {
  const rows = [
    { name: "internships are not sent to an OPCO", input: { contract: "work-study-internship", contractStart: "2025-09-01" }, code: "INVALID_INPUT", path: ["contract"], issue: "INVALID_VALUE" },
    { name: "malformed date", input: { contract: "apprenticeship", contractStart: "01/09/2025" }, code: "INVALID_INPUT", path: ["contractStart"], issue: "INVALID_DATE" },
    { name: "before 2019-01-01", input: { contract: "apprenticeship", contractStart: "2018-12-31" }, code: "OUT_OF_SCOPE", path: ["contractStart"], issue: "OUT_OF_SCOPE" },
    { name: "past 2199", input: { contract: "apprenticeship", contractStart: "2199-12-30" }, code: "INVALID_INPUT", path: ["contractStart"], issue: "OUT_OF_RANGE" },
    { name: "unknown field", input: { contract: "apprenticeship", contractStart: "2025-09-01", kind: "ouvres" }, code: "INVALID_INPUT", path: ["kind"], issue: "UNKNOWN_FIELD" },
  ];

  test.for(rows)("$name", ({ input, code, path, issue }) => {
    const error = catchInputError(() => registrationDeadline(input as RegistrationDeadlineInput));
    expect(error.code).toBe(code);
    expect(error.issues.map((item) => ({ path: item.path, code: item.code }))).toEqual([{ path, code: issue }]);
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: RegistrationDeadlineInput; source: string } & Explained> = [
    {
      name: "apprenticeship registration around 8 May 2026",
      input: { contract: "apprenticeship", contractStart: "2026-05-04" },
      explanation: [
        ["dates.registration.apprenticeship", { contractStart: "2026-05-04", days: 5, deadline: "2026-05-11" }, "Début le 04/05/2026 : transmission à l'OPCO au plus tard le 11/05/2026 (5 jours ouvrables, dimanches et jours fériés exclus)", "Start on 2026-05-04: send to the OPCO by 2026-05-11 (5 jours ouvrables, Sundays and public holidays excluded)"],
      ],
      source: "C. trav. D6224-1; L3133-1 (public holidays)",
    },
    {
      name: "CPRO registration: 5 calendar days",
      input: { contract: "professionalisation", contractStart: "2026-05-04" },
      explanation: [
        ["dates.registration.professionalisation", { contractStart: "2026-05-04", days: 5, deadline: "2026-05-09" }, "Début le 04/05/2026 : transmission à l'OPCO au plus tard le 09/05/2026 (5 jours calendaires)", "Start on 2026-05-04: send to the OPCO by 2026-05-09 (5 calendar days)"],
      ],
      source: "C. trav. D6325-1",
    },
    {
      name: "apprenticeship started in 2019, before the version of D6224-1 that was read",
      input: { contract: "apprenticeship", contractStart: "2019-06-03" },
      explanation: [
        ["dates.registration.apprenticeship", { contractStart: "2019-06-03", days: 5, deadline: "2019-06-08" }, "Début le 03/06/2019 : transmission à l'OPCO au plus tard le 08/06/2019 (5 jours ouvrables, dimanches et jours fériés exclus)", "Start on 2019-06-03: send to the OPCO by 2019-06-08 (5 jours ouvrables, Sundays and public holidays excluded)"],
      ],
      warnings: [
        ["DEADLINE_TEXT_NOT_READ", "contractStart", "Début le 03/06/2019, avant le 01/01/2020 (date de la version lue du texte) : le délai actuel est appliqué, sans garantie qu'il était le même", "Start on 2019-06-03, before 2020-01-01 (date of the version of the text that was read): the current deadline is applied, with no guarantee it was the same"],
      ],
      source: "C. trav. D6224-1 (version from 2020-01-01); law.md §3",
    },
    {
      name: "CPRO started before the version of D6325-1 that was read (2024-08-01)",
      input: { contract: "professionalisation", contractStart: "2024-07-30" },
      explanation: [
        ["dates.registration.professionalisation", { contractStart: "2024-07-30", days: 5, deadline: "2024-08-04" }, "Début le 30/07/2024 : transmission à l'OPCO au plus tard le 04/08/2024 (5 jours calendaires)", "Start on 2024-07-30: send to the OPCO by 2024-08-04 (5 calendar days)"],
      ],
      warnings: [
        ["DEADLINE_TEXT_NOT_READ", "contractStart", "Début le 30/07/2024, avant le 01/08/2024 (date de la version lue du texte) : le délai actuel est appliqué, sans garantie qu'il était le même", "Start on 2024-07-30, before 2024-08-01 (date of the version of the text that was read): the current deadline is applied, with no guarantee it was the same"],
      ],
      source: "C. trav. D6325-1 (version from 2024-08-01); law.md §3",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => registrationDeadline({ ...row.input, locale }), row);
  });
});
