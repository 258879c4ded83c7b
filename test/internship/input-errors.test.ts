/**
 * Bad input to internshipGratification and internshipPresence: always an AlternanceInputError naming
 * the field (API.md §0), never NaN, a crash or a silent default.
 */
import { describe, expect, test } from "vitest";
import { AlternanceInputError } from "../../src/core/errors.js";
import { internshipGratification, internshipPresence } from "../../src/internship/index.js";
import { catchInputError } from "../support/catch-input-error.js";

type Issue = { path: (string | number)[]; code: string };

const valid = { presenceHours: 400, conventionSignedOn: "2026-01-02" };
const months = (...rows: [string, number][]) => rows.map(([month, hours]) => ({ month, hours }));

describe("internshipGratification: bad input", () => {
  const rows: { name: string; input: unknown; code: "INVALID_INPUT" | "OUT_OF_SCOPE"; issues: Issue[]; source: string }[] = [
    { name: "negative total hours", input: { ...valid, presenceHours: -1 }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours"], code: "TOO_SMALL" }], source: "API.md §0" },
    { name: "non-numeric total hours", input: { ...valid, presenceHours: "400" }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "NaN hours", input: { ...valid, presenceHours: Number.NaN }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "infinite hours", input: { ...valid, presenceHours: Number.POSITIVE_INFINITY }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "null hours", input: { ...valid, presenceHours: null }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "hours missing", input: { conventionSignedOn: "2026-01-02" }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours"], code: "REQUIRED" }], source: "API.md §5" },
    { name: "more hours than a year has (24 h × 366 days)", input: { ...valid, presenceHours: 8785 }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours"], code: "TOO_BIG" }], source: "calendar bound" },
    { name: "month 13", input: { ...valid, presenceHours: months(["2026-13", 10]) }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 0, "month"], code: "INVALID_MONTH" }], source: "API.md §5 (YYYY-MM)" },
    { name: "month without its leading zero", input: { ...valid, presenceHours: months(["2026-02", 10], ["2026-1", 10]) }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 1, "month"], code: "INVALID_MONTH" }], source: "API.md §5 (YYYY-MM)" },
    { name: "month 00", input: { ...valid, presenceHours: months(["2026-00", 10]) }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 0, "month"], code: "INVALID_MONTH" }], source: "API.md §5" },
    { name: "a date instead of a month", input: { ...valid, presenceHours: months(["2026-01-01", 10]) }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 0, "month"], code: "INVALID_MONTH" }], source: "API.md §5" },
    { name: "two-digit year", input: { ...valid, presenceHours: months(["26-01", 10]) }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 0, "month"], code: "INVALID_MONTH" }], source: "API.md §5" },
    { name: "negative hours in a month", input: { ...valid, presenceHours: months(["2026-01", 10], ["2026-02", -0.5]) }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 1, "hours"], code: "TOO_SMALL" }], source: "API.md §0" },
    { name: "hours as text in a month", input: { ...valid, presenceHours: [{ month: "2026-01", hours: "7" }] }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 0, "hours"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "NaN hours in a month", input: { ...valid, presenceHours: [{ month: "2026-01", hours: Number.NaN }] }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 0, "hours"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "hours missing in a month", input: { ...valid, presenceHours: [{ month: "2026-01" }] }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 0, "hours"], code: "REQUIRED" }], source: "API.md §5" },
    { name: "an unknown field in a month", input: { ...valid, presenceHours: [{ month: "2026-01", hours: 7, days: 1 }] }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 0, "days"], code: "UNKNOWN_FIELD" }], source: "ARCHITECTURE.md (typos never pass)" },
    { name: "a month that is not an object", input: { ...valid, presenceHours: [154] }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 0], code: "INVALID_TYPE" }], source: "API.md §5" },
    { name: "a month given twice", input: { ...valid, presenceHours: months(["2026-01", 10], ["2026-02", 10], ["2026-01", 5]) }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 2, "month"], code: "DUPLICATE_MONTH" }], source: "one row per month" },
    { name: "673 h in February 2026 (28 × 24 = 672)", input: { ...valid, presenceHours: months(["2026-02", 673]) }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 0, "hours"], code: "TOO_BIG" }], source: "calendar bound" },
    { name: "745 h in January (31 × 24 = 744)", input: { ...valid, presenceHours: months(["2026-01", 745]) }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours", 0, "hours"], code: "TOO_BIG" }], source: "calendar bound" },
    { name: "months over 13 calendar months", input: { ...valid, presenceHours: months(["2025-09", 10], ["2026-09", 10]) }, code: "INVALID_INPUT", issues: [{ path: ["presenceHours"], code: "SPAN_ABOVE_ONE_YEAR" }], source: "L124-6 (one academic year)" },
    { name: "an impossible signature date", input: { ...valid, conventionSignedOn: "2026-02-30" }, code: "INVALID_INPUT", issues: [{ path: ["conventionSignedOn"], code: "INVALID_DATE" }], source: "API.md §0" },
    { name: "a signature date as a Date-like string", input: { ...valid, conventionSignedOn: "2026-01-02T00:00:00Z" }, code: "INVALID_INPUT", issues: [{ path: ["conventionSignedOn"], code: "INVALID_DATE" }], source: "API.md §0" },
    { name: "signature before 2015-09-01", input: { ...valid, conventionSignedOn: "2015-08-31" }, code: "OUT_OF_SCOPE", issues: [{ path: ["conventionSignedOn"], code: "OUT_OF_SCOPE" }], source: "API.md §0 scope" },
    { name: "signature missing", input: { presenceHours: 400 }, code: "INVALID_INPUT", issues: [{ path: ["conventionSignedOn"], code: "REQUIRED" }], source: "API.md §5" },
    { name: "negative rate", input: { ...valid, hourlyRate: -4.5 }, code: "INVALID_INPUT", issues: [{ path: ["hourlyRate"], code: "TOO_SMALL" }], source: "API.md §0" },
    { name: "rate as text", input: { ...valid, hourlyRate: "4,50" }, code: "INVALID_INPUT", issues: [{ path: ["hourlyRate"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "absurd rate (10 000,01 €/h)", input: { ...valid, hourlyRate: 10000.01 }, code: "INVALID_INPUT", issues: [{ path: ["hourlyRate"], code: "TOO_BIG" }], source: "sanity bound (amounts exact to the cent)" },
    { name: "unknown host", input: { ...valid, host: "Public" }, code: "INVALID_INPUT", issues: [{ path: ["host"], code: "INVALID_VALUE" }], source: "API.md §5" },
    { name: "unknown field (typo)", input: { ...valid, hourlyrate: 5 }, code: "INVALID_INPUT", issues: [{ path: ["hourlyrate"], code: "UNKNOWN_FIELD" }], source: "ARCHITECTURE.md" },
    { name: "unknown locale", input: { ...valid, locale: "de" }, code: "INVALID_INPUT", issues: [{ path: ["locale"], code: "INVALID_VALUE" }], source: "API.md §0" },
    {
      name: "every wrong field at once, out-of-scope included",
      input: { presenceHours: months(["2026-1", -1]), conventionSignedOn: "2015-01-01", hourlyRate: -1 },
      code: "INVALID_INPUT",
      issues: [
        { path: ["presenceHours", 0, "month"], code: "INVALID_MONTH" },
        { path: ["presenceHours", 0, "hours"], code: "TOO_SMALL" },
        { path: ["conventionSignedOn"], code: "OUT_OF_SCOPE" },
        { path: ["hourlyRate"], code: "TOO_SMALL" },
      ],
      source: "API.md §0 (naming every wrong field)",
    },
    {
      name: "duplicate and over-full months together",
      input: { ...valid, presenceHours: months(["2026-02", 700], ["2026-02", 10]) },
      code: "INVALID_INPUT",
      issues: [
        { path: ["presenceHours", 0, "hours"], code: "TOO_BIG" },
        { path: ["presenceHours", 1, "month"], code: "DUPLICATE_MONTH" },
      ],
      source: "API.md §0",
    },
  ];

  test.for(rows)("$name", (row) => {
    const error = catchInputError(() => internshipGratification(row.input as never));
    expect(error.name).toBe("AlternanceInputError");
    expect(error.code).toBe(row.code);
    expect(error.issues.map(({ path, code }) => ({ path, code }))).toEqual(row.issues);
    for (const issue of error.issues) expect(issue.message.length).toBeGreaterThan(0);
  });

  test.for([null, undefined, "400", 400, []])("input %j is not an object", (input) => {
    const error = catchInputError(() => internshipGratification(input as never));
    expect(error).toBeInstanceOf(AlternanceInputError);
    expect(error.code).toBe("INVALID_INPUT");
  });

  test("messages name the field, in French by default and in English on request", () => {
    const fr = catchInputError(() => internshipGratification({ ...valid, presenceHours: months(["2026-01", 10], ["2026-01", 5]) }));
    expect(fr.issues[0]!.message).toBe("presenceHours[1].month : le mois 2026-01 figure déjà en position 0");
    const en = catchInputError(() => internshipGratification({ ...valid, presenceHours: months(["2025-09", 10], ["2026-09", 10]), locale: "en" }));
    expect(en.issues[0]!.message).toBe("presenceHours: months run from 2025-09 to 2026-09: the presence of one academic year (12 months at most) is expected");
    const month = catchInputError(() => internshipGratification({ ...valid, presenceHours: months(["2026-13", 10]), locale: "en" }));
    expect(month.issues[0]!.message).toBe('presenceHours[0].month: invalid month "2026-13": a month written YYYY-MM is expected');
  });

  test("the edges of the calendar bounds are accepted", () => {
    expect(internshipGratification({ ...valid, presenceHours: 8784 }).totalHours).toBe(8784);
    expect(internshipGratification({ ...valid, presenceHours: months(["2026-02", 672]) }).totalHours).toBe(672);
    expect(internshipGratification({ ...valid, presenceHours: months(["2024-02", 696]) }).totalHours).toBe(696);
    expect(internshipGratification({ ...valid, hourlyRate: 10000 }).total).toBe(4_000_000);
  });
});

const period = { start: "2026-01-05", end: "2026-03-31" };

describe("internshipPresence: bad input", () => {
  const rows: { name: string; input: unknown; code: "INVALID_INPUT" | "OUT_OF_SCOPE"; issues: Issue[]; source: string }[] = [
    { name: "end before start", input: { start: "2026-03-31", end: "2026-03-30" }, code: "INVALID_INPUT", issues: [{ path: ["end"], code: "END_BEFORE_START" }], source: "API.md §0" },
    { name: "start before 2015-09-01", input: { start: "2015-08-31", end: "2015-12-31" }, code: "OUT_OF_SCOPE", issues: [{ path: ["start"], code: "OUT_OF_SCOPE" }], source: "API.md §0 scope" },
    { name: "impossible start", input: { start: "2026-02-29", end: "2026-03-31" }, code: "INVALID_INPUT", issues: [{ path: ["start"], code: "INVALID_DATE" }], source: "API.md §0" },
    { name: "malformed end", input: { start: "2026-01-05", end: "2026-3-31" }, code: "INVALID_INPUT", issues: [{ path: ["end"], code: "INVALID_DATE" }], source: "API.md §0" },
    { name: "end missing", input: { start: "2026-01-05" }, code: "INVALID_INPUT", issues: [{ path: ["end"], code: "REQUIRED" }], source: "API.md §5" },
    { name: "0 hours a day", input: { ...period, hoursPerDay: 0 }, code: "INVALID_INPUT", issues: [{ path: ["hoursPerDay"], code: "TOO_SMALL" }], source: "hours per day > 0" },
    { name: "negative hours a day", input: { ...period, hoursPerDay: -7 }, code: "INVALID_INPUT", issues: [{ path: ["hoursPerDay"], code: "TOO_SMALL" }], source: "hours per day > 0" },
    { name: "24,5 hours a day", input: { ...period, hoursPerDay: 24.5 }, code: "INVALID_INPUT", issues: [{ path: ["hoursPerDay"], code: "TOO_BIG" }], source: "a day has 24 hours" },
    { name: "hours a day as text", input: { ...period, hoursPerDay: "7" }, code: "INVALID_INPUT", issues: [{ path: ["hoursPerDay"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "NaN hours a day", input: { ...period, hoursPerDay: Number.NaN }, code: "INVALID_INPUT", issues: [{ path: ["hoursPerDay"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "unknown weekday", input: { ...period, weekdays: ["mon", "monday"] }, code: "INVALID_INPUT", issues: [{ path: ["weekdays", 1], code: "INVALID_VALUE" }], source: "API.md §5" },
    { name: "weekdays not a list", input: { ...period, weekdays: "mon" }, code: "INVALID_INPUT", issues: [{ path: ["weekdays"], code: "INVALID_TYPE" }], source: "API.md §5" },
    { name: "impossible absence date", input: { ...period, absences: ["2026-01-06", "2026-02-30"] }, code: "INVALID_INPUT", issues: [{ path: ["absences", 1], code: "INVALID_DATE" }], source: "API.md §0" },
    { name: "training date as a number", input: { ...period, trainingDates: [20260105] }, code: "INVALID_INPUT", issues: [{ path: ["trainingDates", 0], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "excludePublicHolidays as text", input: { ...period, excludePublicHolidays: "yes" }, code: "INVALID_INPUT", issues: [{ path: ["excludePublicHolidays"], code: "INVALID_TYPE" }], source: "API.md §5" },
    { name: "unknown field", input: { ...period, holidays: false }, code: "INVALID_INPUT", issues: [{ path: ["holidays"], code: "UNKNOWN_FIELD" }], source: "ARCHITECTURE.md" },
  ];

  test.for(rows)("$name", (row) => {
    const error = catchInputError(() => internshipPresence(row.input as never));
    expect(error.code).toBe(row.code);
    expect(error.issues.map(({ path, code }) => ({ path, code }))).toEqual(row.issues);
  });

  test("end before start: the message names end, in French and in English", () => {
    expect(catchInputError(() => internshipPresence({ start: "2026-03-31", end: "2026-03-01" })).issues[0]!.message).toBe(
      "end : 2026-03-01 précède le début du stage (2026-03-31)",
    );
    expect(catchInputError(() => internshipPresence({ start: "2026-03-31", end: "2026-03-01", locale: "en" })).issues[0]!.message).toBe(
      "end: 2026-03-01 is before the start of the internship (2026-03-31)",
    );
  });

  test("the edges are accepted: 24 hours a day, a one-day internship, the first day in scope", () => {
    expect(internshipPresence({ start: "2026-01-05", end: "2026-01-05", hoursPerDay: 24 }).hours).toBe(24);
    expect(internshipPresence({ start: "2015-09-01", end: "2015-09-01" }).hours).toBe(7);
    // The last month the library's dates reach (years up to 2199): 22 weekdays, less Wednesday 25 December.
    expect(internshipPresence({ start: "2199-12-01", end: "2199-12-31" })).toMatchObject({ days: 21, hours: 147 });
  });
});
