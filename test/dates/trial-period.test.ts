/**
 * trialPeriodEnd: the 45th day of practical training in the company (C. trav. L6222-18), with the
 * MIAGE rhythms, public holidays, training days and absences.
 */
import { describe, expect, test } from "vitest";
import { miageCompanyWeekdays, trialPeriodEnd, type TrialPeriodEndInput } from "../../src/dates/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, type Explained } from "../support/explained.js";

/** Every day from `from` to `to`, both included (test helper). */
function days(from: string, to: string): string[] {
  const list: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    list.push(day.toISOString().slice(0, 10));
  }
  return list;
}

const L6222_18 = "C. trav. L6222-18: 45 days, consecutive or not, of practical training in the company";

describe("the 45th company day", () => {
  const rows: Array<{ name: string; input: TrialPeriodEndInput; expected: string; source: string }> = [
    {
      name: "M2 rhythm (Mon–Wed) from Monday 1 Sept 2025: 15 weeks, plus one day for 11 November (a Tuesday)",
      input: { contractStart: "2025-09-01", companyWeekdays: [...miageCompanyWeekdays.m2] },
      expected: "2025-12-15",
      source: `${L6222_18}; seed 003 §2.2 (M2 in the company Monday to Wednesday)`,
    },
    {
      name: "L3I rhythm, same as M2 (Mon–Wed)",
      input: { contractStart: "2025-09-01", companyWeekdays: [...miageCompanyWeekdays.l3i] },
      expected: "2025-12-15",
      source: `${L6222_18}; seed 003 §2.2 (L3I)`,
    },
    {
      name: "M1 rhythm (Wed–Fri) from Monday 1 Sept 2025: 15 weeks, no holiday on Wed–Fri before mid-December",
      input: { contractStart: "2025-09-01", companyWeekdays: [...miageCompanyWeekdays.m1] },
      expected: "2025-12-12",
      source: `${L6222_18}; seed 003 §2.2 (M1 Wednesday to Friday)`,
    },
    {
      name: "L3I rhythm with the first two weeks fully in training: six company days later",
      input: { contractStart: "2025-09-01", companyWeekdays: ["mon", "tue", "wed"], trainingDates: days("2025-09-01", "2025-09-12") },
      expected: "2025-12-29",
      source: `${L6222_18}; seed 003 §2.2 (weeks "bloquées en formation")`,
    },
    {
      name: "two absences on company days: two company days later",
      input: { contractStart: "2025-09-01", companyWeekdays: ["mon", "tue", "wed"], absences: ["2025-09-02", "2025-09-03"] },
      expected: "2025-12-17",
      source: L6222_18,
    },
    {
      name: "absence and training on non-company days change nothing",
      input: { contractStart: "2025-09-01", companyWeekdays: ["mon", "tue", "wed"], absences: ["2025-09-04"], trainingDates: ["2025-09-05", "2025-08-25"] },
      expected: "2025-12-15",
      source: L6222_18,
    },
    {
      name: "Monday to Saturday from Friday 1 May 2026 (a holiday): 8, 14 and 25 May also skipped",
      input: { contractStart: "2026-05-01", companyWeekdays: ["mon", "tue", "wed", "thu", "fri", "sat"] },
      expected: "2026-06-26",
      source: `${L6222_18}; C. trav. L3133-1`,
    },
    {
      name: "Monday to Saturday from Monday 1 Sept 2025: the start day counts",
      input: { contractStart: "2025-09-01", companyWeekdays: ["mon", "tue", "wed", "thu", "fri", "sat"] },
      expected: "2025-10-22",
      source: L6222_18,
    },
    {
      name: "Saturdays only from 1 Sept 2025: 45 Saturdays, 1 November 2025 skipped",
      input: { contractStart: "2025-09-01", companyWeekdays: ["sat"] },
      expected: "2026-07-18",
      source: `${L6222_18}; C. trav. L3133-1`,
    },
    {
      name: "duplicated weekdays count once",
      input: { contractStart: "2025-09-01", companyWeekdays: ["mon", "mon", "tue", "wed"] },
      expected: "2025-12-15",
      source: L6222_18,
    },
  ];

  test.for(rows)("$name", ({ input, expected }) => {
    const result = trialPeriodEnd(input);
    expect(result.lastDay).toBe(expected);
    expect(result.companyDaysCounted).toBe(45);
  });

  test("the explanation counts the days skipped", () => {
    const result = trialPeriodEnd({ contractStart: "2025-09-01", companyWeekdays: ["wed", "mon", "tue"], absences: ["2025-09-02"], trainingDates: ["2025-09-03"], locale: "en" });
    expect(result.explanation).toEqual([
      {
        rule: "dates.trial-period.apprenticeship",
        message:
          "Start on 2025-09-01, company days mon, tue, wed: the 45th day in the company is 2025-12-17 (not counted: 1 public holiday(s), 1 training day(s), 1 absence(s))",
        legalBasis: ["C. trav. art. L6222-18"],
        values: {
          contractStart: "2025-09-01",
          days: 45,
          lastDay: "2025-12-17",
          companyWeekdays: ["mon", "tue", "wed"],
          skipped: { publicHolidays: 1, trainingDates: 1, absences: 1 },
        },
      },
    ]);
    expect(result.warnings).toEqual([]);
  });

  test("PARAMETERS_NOT_VERIFIED after dataVerifiedUntil", () => {
    expect(trialPeriodEnd({ contractStart: "2026-07-17", companyWeekdays: ["mon"] }).warnings.map((warning) => warning.code)).toEqual(["PARAMETERS_NOT_VERIFIED"]);
  });

  test("the input arrays are not modified", () => {
    const input = { contractStart: "2025-09-01", companyWeekdays: ["wed", "mon"] as TrialPeriodEndInput["companyWeekdays"], trainingDates: ["2025-09-03"] };
    const copy = JSON.parse(JSON.stringify(input)) as unknown;
    trialPeriodEnd(input);
    expect(input).toEqual(copy);
  });
});

describe("bad input", () => {
  const rows = [
    { name: "no company weekday", input: { contractStart: "2025-09-01", companyWeekdays: [] }, code: "INVALID_INPUT", issues: [{ path: ["companyWeekdays"], code: "TOO_SMALL" }] },
    { name: "Sunday is not a company weekday", input: { contractStart: "2025-09-01", companyWeekdays: ["mon", "sun"] }, code: "INVALID_INPUT", issues: [{ path: ["companyWeekdays", 1], code: "INVALID_VALUE" }] },
    { name: "malformed training date", input: { contractStart: "2025-09-01", companyWeekdays: ["mon"], trainingDates: ["2025-09-08", "2025-13-01"] }, code: "INVALID_INPUT", issues: [{ path: ["trainingDates", 1], code: "INVALID_DATE" }] },
    { name: "absences not a list", input: { contractStart: "2025-09-01", companyWeekdays: ["mon"], absences: "2025-09-08" }, code: "INVALID_INPUT", issues: [{ path: ["absences"], code: "INVALID_TYPE" }] },
    { name: "contract before 2019-01-01 (the 2-month rule is not encoded)", input: { contractStart: "2018-12-31", companyWeekdays: ["mon"] }, code: "OUT_OF_SCOPE", issues: [{ path: ["contractStart"], code: "OUT_OF_SCOPE" }] },
    { name: "past 2199", input: { contractStart: "2199-10-01", companyWeekdays: ["mon"] }, code: "INVALID_INPUT", issues: [{ path: ["contractStart"], code: "OUT_OF_RANGE" }] },
  ];

  test.for(rows)("$name", ({ input, code, issues }) => {
    const error = catchInputError(() => trialPeriodEnd(input as TrialPeriodEndInput));
    expect(error.code).toBe(code);
    expect(error.issues.map(({ path, code: issueCode }) => ({ path, code: issueCode }))).toEqual(issues);
  });

  test("empty weekdays, in English", () => {
    const error = catchInputError(() => trialPeriodEnd({ contractStart: "2025-09-01", companyWeekdays: [], locale: "en" }));
    expect(error.issues[0]?.message).toBe("companyWeekdays: must have at least 1 item(s)");
  });
});

describe("explanation word for word, in French and English", () => {
  const rows: Array<{ name: string; input: TrialPeriodEndInput; source: string } & Explained> = [
    {
      name: "trial period: 3 company days a week, a holiday, training days and absences, one absence on a training day and one training day on a holiday",
      input: { contractStart: "2025-09-01", companyWeekdays: ["wed", "mon", "tue"], trainingDates: ["2025-09-02", "2025-09-09", "2025-11-11"], absences: ["2025-09-09", "2025-09-15"] },
      explanation: [
        ["dates.trial-period.apprenticeship", { contractStart: "2025-09-01", days: 45, lastDay: "2025-12-22", companyWeekdays: ["mon", "tue", "wed"], skipped: { publicHolidays: 1, trainingDates: 2, absences: 1 } }, "Début le 01/09/2025, jours en entreprise mon, tue, wed : le 45e jour en entreprise est le 22/12/2025 (non comptés : 1 jour(s) férié(s), 2 jour(s) de formation, 1 absence(s))", "Start on 2025-09-01, company days mon, tue, wed: the 45th day in the company is 2025-12-22 (not counted: 1 public holiday(s), 2 training day(s), 1 absence(s))"],
      ],
      source: "C. trav. L6222-18 (45 jours consécutifs ou non en entreprise), L3133-1",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => trialPeriodEnd({ ...row.input, locale }), row);
  });
});
