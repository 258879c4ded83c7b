/**
 * smicAt, socialSecurityCeilingAt and internshipMinimumHourlyRate against law.md, on the first day of
 * every entry and the day before.
 */
import { describe, expect, test } from "vitest";
import { dataVerifiedUntil, internshipMinimumHourlyRate, smicAt, socialSecurityCeilingAt } from "../../src/index.js";
import { addDays } from "../../src/core/dates.js";
import { catchInputError } from "../support/catch-input-error.js";

// law.md §5 table: effective date, hourly, official monthly (35 h).
const smicMetropole = [
  { since: "2019-01-01", hourly: 10.03, monthly: 1521.22, basis: "Décret n° 2018-1173 du 19 décembre 2018" },
  { since: "2020-01-01", hourly: 10.15, monthly: 1539.42, basis: "Décret n° 2019-1387 du 18 décembre 2019" },
  { since: "2021-01-01", hourly: 10.25, monthly: 1554.58, basis: "Décret n° 2020-1598 du 16 décembre 2020" },
  { since: "2021-10-01", hourly: 10.48, monthly: 1589.47, basis: "Arrêté du 27 septembre 2021 (revalorisation automatique)" },
  { since: "2022-01-01", hourly: 10.57, monthly: 1603.12, basis: "Décret n° 2021-1741 du 22 décembre 2021" },
  { since: "2022-05-01", hourly: 10.85, monthly: 1645.58, basis: "Arrêté du 19 mai 2022 (revalorisation automatique)" },
  { since: "2022-08-01", hourly: 11.07, monthly: 1678.95, basis: "Arrêté du 29 juillet 2022 (revalorisation automatique)" },
  { since: "2023-01-01", hourly: 11.27, monthly: 1709.28, basis: "Décret n° 2022-1608 du 22 décembre 2022" },
  { since: "2023-05-01", hourly: 11.52, monthly: 1747.2, basis: "Arrêté du 26 avril 2023 (revalorisation automatique)" },
  { since: "2024-01-01", hourly: 11.65, monthly: 1766.92, basis: "Décret n° 2023-1216 du 20 décembre 2023" },
  { since: "2024-11-01", hourly: 11.88, monthly: 1801.8, basis: "Décret n° 2024-951 du 23 octobre 2024" },
  { since: "2026-01-01", hourly: 12.02, monthly: 1823.03, basis: "Décret n° 2025-1228 du 17 décembre 2025" },
  { since: "2026-06-01", hourly: 12.31, monthly: 1867.02, basis: "Arrêté du 22 mai 2026 relatif au relèvement du salaire minimum de croissance (JORFTEXT000054126589, JO du 24 mai 2026)" },
].map((row) => ({ ...row, source: "law.md §5 (SMIC history, official monthly amounts)" }));

// law.md §5 "Mayotte hourly SMIC"; monthly = hourly × 35 × 52 / 12 rounded (API.md §1); 2026 monthly amounts are printed in law.md.
const smicMayotte = [
  { since: "2021-01-01", hourly: 7.74, monthly: 1173.9 },
  { since: "2021-10-01", hourly: 7.91, monthly: 1199.68 },
  { since: "2022-01-01", hourly: 7.98, monthly: 1210.3 },
  { since: "2022-05-01", hourly: 8.19, monthly: 1242.15 },
  { since: "2022-08-01", hourly: 8.35, monthly: 1266.42 },
  { since: "2023-01-01", hourly: 8.51, monthly: 1290.68 },
  { since: "2023-05-01", hourly: 8.7, monthly: 1319.5 },
  { since: "2024-01-01", hourly: 8.8, monthly: 1334.67 },
  { since: "2024-11-01", hourly: 8.98, monthly: 1361.97 },
  { since: "2026-01-01", hourly: 9.33, monthly: 1415.05 },
  { since: "2026-06-01", hourly: 9.56, monthly: 1449.93 },
].map((row) => ({ ...row, source: "law.md §5 (Mayotte), monthly by API.md §1" }));

// law.md §6.2 table: PSS monthly, hourly ceiling (rounded to the euro), minimum gratification per hour.
const ceilings = [
  { year: 2015, monthly: 3170, hourly: 24, rate: 3.6 },
  { year: 2016, monthly: 3218, hourly: 24, rate: 3.6 },
  { year: 2017, monthly: 3269, hourly: 24, rate: 3.6 },
  { year: 2018, monthly: 3311, hourly: 25, rate: 3.75 },
  { year: 2019, monthly: 3377, hourly: 25, rate: 3.75 },
  { year: 2020, monthly: 3428, hourly: 26, rate: 3.9 },
  { year: 2021, monthly: 3428, hourly: 26, rate: 3.9 },
  { year: 2022, monthly: 3428, hourly: 26, rate: 3.9 },
  { year: 2023, monthly: 3666, hourly: 27, rate: 4.05 },
  { year: 2024, monthly: 3864, hourly: 29, rate: 4.35 },
  { year: 2025, monthly: 3925, hourly: 29, rate: 4.35 },
  { year: 2026, monthly: 4005, hourly: 30, rate: 4.5 },
].map((row) => ({ ...row, source: "law.md §6.2 (PSS, PHSS = PSS × 12 / 1607 rounded, 15 %)" }));

describe("smicAt (metropole)", () => {
  test.for(smicMetropole)("from $since: $hourly €/h, $monthly €/month", (row) => {
    const result = smicAt(row.since);
    expect(result).toMatchObject({ hourly: row.hourly, monthly: row.monthly, since: row.since });
    expect(result.legalBasis).toEqual([row.basis]);
    expect(smicAt(addDays(row.since, 1)).hourly).toBe(row.hourly);
  });

  test.for(smicMetropole.slice(1).map((row, index) => ({ ...row, previous: smicMetropole[index]! })))(
    "the day before $since still has the previous value",
    (row) => {
      const result = smicAt(addDays(row.since, -1));
      expect(result.hourly).toBe(row.previous.hourly);
      expect(result.since).toBe(row.previous.since);
    },
  );

  test("no revaluation on 2025-01-01 (décret 2024-951 anticipated it; law.md §5)", () => {
    expect(smicAt("2025-01-01")).toMatchObject({ hourly: 11.88, since: "2024-11-01" });
    expect(smicAt("2025-12-31")).toMatchObject({ hourly: 11.88, since: "2024-11-01" });
  });

  test("monthly is hourly × 35 × 52 / 12, not × 151,67 (law.md §5: 12,02 × 151,67 = 1 823,07 ≠ 1 823,03)", () => {
    expect(smicAt("2026-01-01").monthly).toBe(1823.03);
  });

  test("the explicit metropole option gives the same value", () => {
    expect(smicAt("2024-06-15", { territory: "metropole" }).hourly).toBe(11.65);
  });
});

describe("smicAt (Mayotte)", () => {
  test.for(smicMayotte)("from $since: $hourly €/h, $monthly €/month", (row) => {
    expect(smicAt(row.since, { territory: "mayotte" })).toMatchObject({ hourly: row.hourly, monthly: row.monthly, since: row.since });
  });

  test.for(smicMayotte.slice(1).map((row, index) => ({ ...row, previous: smicMayotte[index]! })))(
    "the day before $since still has the previous value",
    (row) => {
      expect(smicAt(addDays(row.since, -1), { territory: "mayotte" }).hourly).toBe(row.previous.hourly);
    },
  );

  test("Mayotte before 2021-01-01 is out of scope (no value in law.md)", () => {
    const error = catchInputError(() => smicAt("2020-12-31", { territory: "mayotte" }));
    expect(error.code).toBe("OUT_OF_SCOPE");
    expect(error.issues.map((issue) => issue.path)).toEqual([["date"]]);
  });
});

describe("socialSecurityCeilingAt", () => {
  test.for(ceilings)("$year: $monthly €/month, $hourly €/h", (row) => {
    const first = socialSecurityCeilingAt(`${row.year}-01-01`);
    expect(first).toMatchObject({ monthly: row.monthly, hourly: row.hourly, since: `${row.year}-01-01` });
    expect(first.legalBasis).toContain("CSS art. D242-19");
    expect(socialSecurityCeilingAt(`${row.year}-12-31`)).toMatchObject({ monthly: row.monthly, hourly: row.hourly });
  });

  test("2014-12-31 is out of scope", () => {
    expect(catchInputError(() => socialSecurityCeilingAt("2014-12-31")).code).toBe("OUT_OF_SCOPE");
  });
});

describe("internshipMinimumHourlyRate", () => {
  test.for(ceilings.filter((row) => row.year > 2015))("conventions signed in $year: $rate €/h (first and last day)", (row) => {
    expect(internshipMinimumHourlyRate(`${row.year}-01-01`)).toBe(row.rate);
    expect(internshipMinimumHourlyRate(`${row.year}-12-31`)).toBe(row.rate);
  });

  test("2015: 3,60 € from 2015-09-01 (15 %, décret 2014-1420); the day before is out of scope", () => {
    expect(internshipMinimumHourlyRate("2015-09-01")).toBe(3.6);
    expect(internshipMinimumHourlyRate("2015-12-31")).toBe(3.6);
    expect(catchInputError(() => internshipMinimumHourlyRate("2015-08-31")).code).toBe("OUT_OF_SCOPE");
  });

  test("seed 001: 3,90 € in 2020 = 26 € × 0,15", () => {
    expect(internshipMinimumHourlyRate("2020-06-15")).toBe(3.9);
  });
});

describe("PARAMETERS_NOT_VERIFIED", () => {
  test(`no warning on ${dataVerifiedUntil}, a warning the day after`, () => {
    expect(smicAt(dataVerifiedUntil).warnings).toEqual([]);
    const warnings = smicAt(addDays(dataVerifiedUntil, 1)).warnings;
    expect(warnings.map((warning) => warning.code)).toEqual(["PARAMETERS_NOT_VERIFIED"]);
    expect(warnings[0]!.message).toContain(dataVerifiedUntil);
  });

  test("a date long after still computes with the last known values", () => {
    expect(smicAt("2031-05-01")).toMatchObject({ hourly: 12.31, since: "2026-06-01" });
    expect(socialSecurityCeilingAt("2031-05-01")).toMatchObject({ monthly: 4005, hourly: 30 });
    expect(socialSecurityCeilingAt("2031-05-01").warnings[0]!.code).toBe("PARAMETERS_NOT_VERIFIED");
    expect(smicAt("2031-05-01", { locale: "en" }).warnings[0]!.message).toMatch(/^2031-05-01 is after 2026-07-16/);
  });
});

describe("bad input", () => {
  const cases = [
    { name: "impossible date", call: () => smicAt("2025-02-30"), code: "INVALID_INPUT", issue: "INVALID_DATE", path: ["date"] },
    { name: "non-padded date", call: () => smicAt("2025-2-3"), code: "INVALID_INPUT", issue: "INVALID_DATE", path: ["date"] },
    { name: "a Date object", call: () => smicAt(new Date() as unknown as string), code: "INVALID_INPUT", issue: "INVALID_TYPE", path: ["date"] },
    { name: "missing date", call: () => socialSecurityCeilingAt(undefined as unknown as string), code: "INVALID_INPUT", issue: "REQUIRED", path: ["date"] },
    { name: "contract date before 2019", call: () => smicAt("2018-12-31"), code: "OUT_OF_SCOPE", issue: "OUT_OF_SCOPE", path: ["date"] },
    { name: "unknown territory", call: () => smicAt("2024-01-01", { territory: "guyane" as "mayotte" }), code: "INVALID_INPUT", issue: "INVALID_VALUE", path: ["options", "territory"] },
    { name: "unknown option", call: () => smicAt("2024-01-01", { teritory: "mayotte" } as object), code: "INVALID_INPUT", issue: "UNKNOWN_FIELD", path: ["options", "teritory"] },
    { name: "year 2200", call: () => internshipMinimumHourlyRate("2200-01-01"), code: "INVALID_INPUT", issue: "INVALID_DATE", path: ["date"] },
  ];
  test.for(cases)("$name → $code / $issue at $path", (row) => {
    const error = catchInputError(row.call);
    expect(error.name).toBe("AlternanceInputError");
    expect(error.code).toBe(row.code);
    expect(error.issues).toEqual([expect.objectContaining({ code: row.issue, path: row.path })]);
  });

  test("every wrong argument is named at once", () => {
    const error = catchInputError(() => smicAt("2025-13-01", { territory: "x" as "mayotte", locale: "en" }));
    expect(error.issues.map((issue) => issue.path)).toEqual([["date"], ["options", "territory"]]);
    expect(error.message).toMatch(/^Invalid input: date: invalid date "2025-13-01"/);
  });
});
