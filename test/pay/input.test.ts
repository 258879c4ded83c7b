import { describe, expect, test } from "vitest";
import { AlternanceInputError } from "../../src/core/errors.js";
import {
  apprenticeMinimumWage,
  apprenticePaySchedule,
  professionalisationMinimumWage,
  professionalisationPaySchedule,
} from "../../src/pay/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectIssues, type IssueRow } from "../support/explained.js";

const valid = { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" };

type Expected = { code: "INVALID_INPUT" | "OUT_OF_SCOPE"; issues: Array<[path: (string | number)[], code: string]> };

describe("apprenticeMinimumWage rejects bad input with AlternanceInputError naming the field", () => {
  const rows: Array<{ name: string; input: unknown; expected: Expected; source: string }> = [
    { name: "impossible date", input: { ...valid, date: "2025-02-30" }, expected: { code: "INVALID_INPUT", issues: [[["date"], "INVALID_DATE"]] }, source: "API.md §0 dates" },
    { name: "French date format", input: { ...valid, birthDate: "10/04/2006" }, expected: { code: "INVALID_INPUT", issues: [[["birthDate"], "INVALID_DATE"]] }, source: "API.md §0" },
    { name: "29 February of a common year", input: { ...valid, contractStart: "2025-02-29" }, expected: { code: "INVALID_INPUT", issues: [[["contractStart"], "INVALID_DATE"]] }, source: "API.md §0" },
    { name: "date as a number", input: { ...valid, date: 20251001 }, expected: { code: "INVALID_INPUT", issues: [[["date"], "INVALID_TYPE"]] }, source: "API.md §0" },
    { name: "missing date", input: { birthDate: valid.birthDate, contractStart: valid.contractStart }, expected: { code: "INVALID_INPUT", issues: [[["date"], "REQUIRED"]] }, source: "API.md §4" },
    { name: "unknown field (typo)", input: { ...valid, weeklyHour: 20 }, expected: { code: "INVALID_INPUT", issues: [[["weeklyHour"], "UNKNOWN_FIELD"]] }, source: "ARCHITECTURE.md (strict inputs)" },
    { name: "contract before 2019", input: { ...valid, contractStart: "2018-12-31", date: "2019-01-15" }, expected: { code: "OUT_OF_SCOPE", issues: [[["contractStart"], "OUT_OF_SCOPE"]] }, source: "API.md §0 scope" },
    { name: "date before the contract start", input: { ...valid, date: "2025-08-31" }, expected: { code: "INVALID_INPUT", issues: [[["date"], "DATE_BEFORE_CONTRACT_START"]] }, source: "brief: date within the contract" },
    { name: "date after the contract end", input: { ...valid, contractEnd: "2026-08-31", date: "2026-09-01" }, expected: { code: "INVALID_INPUT", issues: [[["date"], "DATE_AFTER_CONTRACT_END"]] }, source: "brief: date within the contract" },
    { name: "end before start", input: { ...valid, contractEnd: "2025-08-31" }, expected: { code: "INVALID_INPUT", issues: [[["contractEnd"], "END_BEFORE_START"]] }, source: "core/issues.ts convention" },
    { name: "birth on the contract start", input: { ...valid, birthDate: "2025-09-01" }, expected: { code: "INVALID_INPUT", issues: [[["birthDate"], "BIRTH_NOT_BEFORE_START"]] }, source: "docs/pay.md" },
    { name: "weekly hours 0", input: { ...valid, weeklyHours: 0 }, expected: { code: "INVALID_INPUT", issues: [[["weeklyHours"], "TOO_SMALL"]] }, source: "docs/pay.md (> 0)" },
    { name: "negative weekly hours", input: { ...valid, weeklyHours: -35 }, expected: { code: "INVALID_INPUT", issues: [[["weeklyHours"], "TOO_SMALL"]] }, source: "docs/pay.md" },
    { name: "weekly hours above the 168 hours of a week", input: { ...valid, weeklyHours: 169 }, expected: { code: "INVALID_INPUT", issues: [[["weeklyHours"], "TOO_BIG"]] }, source: "docs/pay.md" },
    { name: "weekly hours as text", input: { ...valid, weeklyHours: "35" }, expected: { code: "INVALID_INPUT", issues: [[["weeklyHours"], "INVALID_TYPE"]] }, source: "API.md §0" },
    { name: "weekly hours NaN", input: { ...valid, weeklyHours: Number.NaN }, expected: { code: "INVALID_INPUT", issues: [[["weeklyHours"], "INVALID_TYPE"]] }, source: "API.md §0 (never NaN)" },
    { name: "weekly hours Infinity", input: { ...valid, weeklyHours: Number.POSITIVE_INFINITY }, expected: { code: "INVALID_INPUT", issues: [[["weeklyHours"], "INVALID_TYPE"]] }, source: "API.md §0" },
    { name: "credited months not whole", input: { ...valid, creditedMonths: 1.5 }, expected: { code: "INVALID_INPUT", issues: [[["creditedMonths"], "NOT_INTEGER"]] }, source: "docs/pay.md" },
    { name: "credited months negative", input: { ...valid, creditedMonths: -1 }, expected: { code: "INVALID_INPUT", issues: [[["creditedMonths"], "TOO_SMALL"]] }, source: "docs/pay.md" },
    { name: "credited months beyond a 3-year cycle", input: { ...valid, creditedMonths: 37 }, expected: { code: "INVALID_INPUT", issues: [[["creditedMonths"], "TOO_BIG"]] }, source: "L6222-7-1 (3 years)" },
    { name: "credited months on a contract of 2020-03-31", input: { ...valid, contractStart: "2020-03-31", date: "2020-04-15", creditedMonths: 12 }, expected: { code: "OUT_OF_SCOPE", issues: [[["creditedMonths"], "OUT_OF_SCOPE"]] }, source: "D6222-28-1 (contracts from 2020-04-01)" },
    { name: "cycle of 4 years", input: { ...valid, cycleYears: 4 }, expected: { code: "INVALID_INPUT", issues: [[["cycleYears"], "TOO_BIG"]] }, source: "D6222-26 (3 years)" },
    { name: "cycle of 0 years", input: { ...valid, cycleYears: 0 }, expected: { code: "INVALID_INPUT", issues: [[["cycleYears"], "TOO_SMALL"]] }, source: "docs/pay.md" },
    { name: "same-level diploma on a contract of 2020-03-31", input: { ...valid, contractStart: "2020-03-31", date: "2020-04-15", sameLevelDiploma: true }, expected: { code: "OUT_OF_SCOPE", issues: [[["sameLevelDiploma"], "OUT_OF_SCOPE"]] }, source: "D6222-30 (text since 2020-04-01)" },
    { name: "licence pro on a contract of 2019-09-01", input: { ...valid, contractStart: "2019-09-01", date: "2019-10-01", licencePro: true }, expected: { code: "OUT_OF_SCOPE", issues: [[["licencePro"], "OUT_OF_SCOPE"]] }, source: "D6222-32 (text since 2020-04-01)" },
    { name: "public-sector points of 15", input: { ...valid, publicSectorPoints: 15 }, expected: { code: "INVALID_INPUT", issues: [[["publicSectorPoints"], "INVALID_VALUE"]] }, source: "D6272-2 (10 or 20)" },
    { name: "public-sector points on a contract of 2020-04-26", input: { ...valid, contractStart: "2020-04-26", date: "2020-05-01", publicSectorPoints: 10 }, expected: { code: "OUT_OF_SCOPE", issues: [[["publicSectorPoints"], "OUT_OF_SCOPE"]] }, source: "D6272-2 (contracts from 2020-04-27); law.md §4.3 earlier regime UNCONFIRMED" },
    { name: "conventional minimum 0", input: { ...valid, conventionalMinimumMonthly: 0 }, expected: { code: "INVALID_INPUT", issues: [[["conventionalMinimumMonthly"], "TOO_SMALL"]] }, source: "docs/pay.md" },
    { name: "conventional minimum with a fraction of a cent", input: { ...valid, conventionalMinimumMonthly: 1900.005 }, expected: { code: "INVALID_INPUT", issues: [[["conventionalMinimumMonthly"], "NOT_MULTIPLE"]] }, source: "docs/pay.md (euros and cents)" },
    { name: "conventional minimum absurdly high", input: { ...valid, conventionalMinimumMonthly: 1e12 }, expected: { code: "INVALID_INPUT", issues: [[["conventionalMinimumMonthly"], "TOO_BIG"]] }, source: "docs/pay.md (sanity bound)" },
    { name: "previous contract without diplomaObtained", input: { ...valid, previousContract: { lastYearRatePercent: 53 } }, expected: { code: "INVALID_INPUT", issues: [[["previousContract", "diplomaObtained"], "REQUIRED"]] }, source: "API.md §4" },
    { name: "previous contract rate 0", input: { ...valid, previousContract: { lastYearRatePercent: 0, diplomaObtained: true } }, expected: { code: "INVALID_INPUT", issues: [[["previousContract", "lastYearRatePercent"], "TOO_SMALL"]] }, source: "docs/pay.md" },
    { name: "previous contract rate 930 (typo for 93)", input: { ...valid, previousContract: { lastYearRatePercent: 930, diplomaObtained: true } }, expected: { code: "INVALID_INPUT", issues: [[["previousContract", "lastYearRatePercent"], "TOO_BIG"]] }, source: "docs/pay.md (sanity bound 200)" },
    { name: "previous contract with an unknown field", input: { ...valid, previousContract: { lastYearRatePercent: 53, diplomaObtained: true, year: 2 } }, expected: { code: "INVALID_INPUT", issues: [[["previousContract", "year"], "UNKNOWN_FIELD"]] }, source: "strict inputs" },
    { name: "unknown territory", input: { ...valid, territory: "guyane" }, expected: { code: "INVALID_INPUT", issues: [[["territory"], "INVALID_VALUE"]] }, source: "API.md §4 (metropole | mayotte)" },
    { name: "Mayotte before 2021", input: { ...valid, contractStart: "2020-09-01", date: "2020-12-31", territory: "mayotte" }, expected: { code: "OUT_OF_SCOPE", issues: [[["date"], "OUT_OF_SCOPE"]] }, source: "law.md §5 (Mayotte SMIC from 2021-01-01)" },
    { name: "boolean as text", input: { ...valid, licencePro: "yes" }, expected: { code: "INVALID_INPUT", issues: [[["licencePro"], "INVALID_TYPE"]] }, source: "API.md §0" },
    {
      name: "several wrong fields reported together",
      input: { ...valid, birthDate: "2006-13-01", weeklyHours: 0, territory: "corse" },
      expected: { code: "INVALID_INPUT", issues: [[["birthDate"], "INVALID_DATE"], [["weeklyHours"], "TOO_SMALL"], [["territory"], "INVALID_VALUE"]] },
      source: "API.md §0 (every wrong field)",
    },
    {
      name: "cross-field issues reported together",
      input: { ...valid, contractEnd: "2025-08-01", birthDate: "2026-01-01", cycleYears: 5 },
      expected: { code: "INVALID_INPUT", issues: [[["birthDate"], "BIRTH_NOT_BEFORE_START"], [["contractEnd"], "END_BEFORE_START"], [["cycleYears"], "TOO_BIG"]] },
      source: "API.md §0",
    },
  ];

  test.for(rows)("$name", ({ input, expected }) => {
    const error = catchInputError(() => apprenticeMinimumWage(input as never));
    expect(error).toBeInstanceOf(AlternanceInputError);
    expect(error.name).toBe("AlternanceInputError");
    expect(error.code).toBe(expected.code);
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual(expected.issues);
    for (const issue of error.issues) expect(issue.message.length).toBeGreaterThan(0);
  });

  test.for([null, undefined, "2025-10-01", 42, []].map((input) => ({ name: `not an object: ${JSON.stringify(input)}`, input })))("$name", ({ input }) => {
    expect(catchInputError(() => apprenticeMinimumWage(input as never)).code).toBe("INVALID_INPUT");
  });

  test("messages are French by default and English on request", () => {
    const fr = catchInputError(() => apprenticeMinimumWage({ ...valid, date: "2025-08-31" }));
    expect(fr.issues[0]!.message).toBe("date : la date précède le début du contrat (2025-09-01)");
    const en = catchInputError(() => apprenticeMinimumWage({ ...valid, date: "2025-08-31", locale: "en" }));
    expect(en.issues[0]!.message).toBe("date: the date is before the contract start (2025-09-01)");
  });

  test("limits are accepted: 168 h, 36 credited months, cycle of 1 year, public points from 2020-04-27", () => {
    expect(apprenticeMinimumWage({ ...valid, weeklyHours: 168 }).monthlyMinimum).toBeGreaterThan(0);
    expect(apprenticeMinimumWage({ ...valid, creditedMonths: 36 }).contractYear).toBe(4);
    expect(apprenticeMinimumWage({ ...valid, cycleYears: 1, date: "2026-09-01" }).ratePercent).toBe(43);
    expect(apprenticeMinimumWage({ ...valid, contractStart: "2020-04-27", date: "2020-05-01", birthDate: "2001-01-01", publicSectorPoints: 10 }).ratePercent).toBe(53);
    expect(apprenticeMinimumWage({ ...valid, contractStart: "2020-04-01", date: "2020-05-01", birthDate: "2001-01-01", sameLevelDiploma: true }).ratePercent).toBe(58);
  });
});

describe("schedules and CPRO reject bad input too", () => {
  test("schedule: contractEnd is required, `date` is not accepted", () => {
    const error = catchInputError(() => apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" } as never));
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual(
      expect.arrayContaining([
        [["date"], "UNKNOWN_FIELD"],
        [["contractEnd"], "REQUIRED"],
      ]),
    );
    expect(error.issues).toHaveLength(2);
  });

  test("schedule: end before start", () => {
    const error = catchInputError(() => apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2025-08-31" }));
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([[["contractEnd"], "END_BEFORE_START"]]);
  });

  test("CPRO: qualification is required and checked", () => {
    const base = { birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01" };
    expect(catchInputError(() => professionalisationMinimumWage(base as never)).issues.map((i) => [i.path, i.code])).toEqual([[["qualification"], "REQUIRED"]]);
    expect(
      catchInputError(() => professionalisationMinimumWage({ ...base, qualification: "bac" } as never)).issues.map((i) => [i.path, i.code]),
    ).toEqual([[["qualification"], "INVALID_VALUE"]]);
  });

  test("CPRO: apprentice-only options are unknown fields", () => {
    const error = catchInputError(() =>
      professionalisationMinimumWage({ birthDate: "2006-01-15", contractStart: "2025-09-01", date: "2025-11-01", qualification: "bac-pro-or-higher", licencePro: true } as never),
    );
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([[["licencePro"], "UNKNOWN_FIELD"]]);
  });

  test("CPRO: contract before 2019, date outside the contract, Mayotte before 2021", () => {
    const base = { birthDate: "2000-01-15", qualification: "below-bac-pro" as const };
    expect(catchInputError(() => professionalisationMinimumWage({ ...base, contractStart: "2018-09-01", date: "2019-01-02" })).code).toBe("OUT_OF_SCOPE");
    expect(
      catchInputError(() => professionalisationMinimumWage({ ...base, contractStart: "2025-09-01", contractEnd: "2026-02-28", date: "2026-03-01" })).issues[0]!.code,
    ).toBe("DATE_AFTER_CONTRACT_END");
    expect(
      catchInputError(() => professionalisationPaySchedule({ ...base, contractStart: "2020-06-01", contractEnd: "2021-05-31", territory: "mayotte" })).code,
    ).toBe("OUT_OF_SCOPE");
  });
});

describe("input errors word for word, in French and English", () => {
  const rows: Array<{ name: string; schedule?: true; input: Record<string, unknown>; issues: IssueRow[]; source: string }> = [
    {
      name: "birth on the contract start, end before the start, date before the start: three issues",
      input: { birthDate: "2025-09-01", contractStart: "2025-09-01", contractEnd: "2025-08-31", date: "2025-08-15" },
      issues: [
        [["birthDate"], "BIRTH_NOT_BEFORE_START", "birthDate : la date de naissance doit précéder le début du contrat (2025-09-01)", "birthDate: the birth date must be before the contract start (2025-09-01)"],
        [["contractEnd"], "END_BEFORE_START", "contractEnd : la fin du contrat précède son début (2025-09-01)", "contractEnd: the contract end is before its start (2025-09-01)"],
        [["date"], "DATE_BEFORE_CONTRACT_START", "date : la date précède le début du contrat (2025-09-01)", "date: the date is before the contract start (2025-09-01)"],
      ],
      source: "docs/pay.md (input rules); API.md §0",
    },
    {
      name: "one-day contract, date the next day: after the end",
      input: { birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2025-09-01", date: "2025-09-02" },
      issues: [
        [["date"], "DATE_AFTER_CONTRACT_END", "date : la date est postérieure à la fin du contrat (2025-09-01)", "date: the date is after the contract end (2025-09-01)"],
      ],
      source: "brief: date within the contract",
    },
    {
      name: "Mayotte before its own SMIC series (2021-01-01)",
      input: { birthDate: "2000-04-10", contractStart: "2020-09-01", date: "2020-12-31", territory: "mayotte" },
      issues: [
        [["date"], "OUT_OF_SCOPE", "date : « 2020-12-31 » est antérieur au 2021-01-01, premier jour où la bibliothèque connaît le SMIC de ce territoire (mayotte)", "date: \"2020-12-31\" is before 2021-01-01, the first day the library knows the SMIC of this territory (mayotte)"],
      ],
      source: "law.md §5 (Mayotte SMIC from 2021-01-01)",
    },
    {
      name: "schedule in Mayotte from 2020: the contract start is named",
      schedule: true,
      input: { birthDate: "2000-04-10", contractStart: "2020-09-01", contractEnd: "2021-08-31", territory: "mayotte" },
      issues: [
        [["contractStart"], "OUT_OF_SCOPE", "contractStart : « 2020-09-01 » est antérieur au 2021-01-01, premier jour où la bibliothèque connaît le SMIC de ce territoire (mayotte)", "contractStart: \"2020-09-01\" is before 2021-01-01, the first day the library knows the SMIC of this territory (mayotte)"],
      ],
      source: "law.md §5",
    },
    {
      name: "contract of 2020-03-31: credited months, same-level, licence pro and public points are not covered; 37 months and a 4-year cycle too big",
      input: { birthDate: "2000-04-10", contractStart: "2020-03-31", date: "2020-04-15", creditedMonths: 37, cycleYears: 4, sameLevelDiploma: true, licencePro: true, publicSectorPoints: 10 },
      issues: [
        [["creditedMonths"], "OUT_OF_SCOPE", "creditedMonths : l'article D6222-28-1 n'est couvert que pour les contrats conclus depuis le 2020-04-01 (version antérieure non vérifiée)", "creditedMonths: article D6222-28-1 is covered only for contracts concluded from 2020-04-01 (the earlier wording was not checked)"],
        [["creditedMonths"], "TOO_BIG", "creditedMonths : doit être au plus 36 (un cycle dure 3 ans au plus, L6222-7-1)", "creditedMonths: must be at most 36 (a cycle lasts at most 3 years, L6222-7-1)"],
        [["cycleYears"], "TOO_BIG", "cycleYears : doit être au plus 3 (la grille D6222-26 compte 3 années)", "cycleYears: must be at most 3 (the D6222-26 grid has 3 years)"],
        [["sameLevelDiploma"], "OUT_OF_SCOPE", "sameLevelDiploma : l'article D6222-30 n'est couvert que pour les contrats conclus depuis le 2020-04-01 (version antérieure non vérifiée)", "sameLevelDiploma: article D6222-30 is covered only for contracts concluded from 2020-04-01 (the earlier wording was not checked)"],
        [["licencePro"], "OUT_OF_SCOPE", "licencePro : l'article D6222-32 n'est couvert que pour les contrats conclus depuis le 2020-04-01 (version antérieure non vérifiée)", "licencePro: article D6222-32 is covered only for contracts concluded from 2020-04-01 (the earlier wording was not checked)"],
        [["publicSectorPoints"], "OUT_OF_SCOPE", "publicSectorPoints : l'article D6272-2 n'est couvert que pour les contrats conclus depuis le 2020-04-27 (version antérieure non vérifiée)", "publicSectorPoints: article D6272-2 is covered only for contracts concluded from 2020-04-27 (the earlier wording was not checked)"],
      ],
      source: "D6222-28-1, D6222-30, D6222-32 (from 2020-04-01), D6272-2 (from 2020-04-27), L6222-7-1, D6222-26",
    },
    {
      name: "public points 15: only 10 or 20",
      input: { birthDate: "2000-04-10", contractStart: "2025-09-01", date: "2025-10-01", publicSectorPoints: 15 },
      issues: [
        [["publicSectorPoints"], "INVALID_VALUE", "publicSectorPoints : valeur inconnue « 15 » ; valeurs admises : 0, 10, 20 (D6272-2)", "publicSectorPoints: unknown value \"15\"; allowed values: 0, 10, 20 (D6272-2)"],
      ],
      source: "C. trav. D6272-2",
    },
  ];
  test.for(rows)("$name", (row) => {
    const call = row.schedule ? apprenticePaySchedule : apprenticeMinimumWage;
    expectIssues((locale) => call({ ...row.input, locale } as never), row.issues);
  });
});
