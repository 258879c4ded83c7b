/**
 * internshipPresence: weekends, every public holiday, absences, training days, part-day hours, hours per
 * month and the date of the 309th hour. Expected values are counted by hand on the 2025/2026 calendars.
 */
import { describe, expect, test } from "vitest";
import { addDays, dayOfWeek } from "../../src/core/dates.js";
import { internshipGratification, internshipPresence, type InternshipPresenceInput } from "../../src/internship/index.js";
import { expectExplained, type Explained } from "../support/explained.js";

const codes = (list: { code: string }[]): string[] => list.map((item) => item.code);
const ALL_WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

describe("days of the weekly pattern (default Monday to Friday, 7 h)", () => {
  const rows: { name: string; input: InternshipPresenceInput; days: number; hours: number; byMonth: [string, number][]; source: string }[] = [
    { name: "a full week, Monday to Sunday: 5 days", input: { start: "2026-01-05", end: "2026-01-11" }, days: 5, hours: 35, byMonth: [["2026-01", 35]], source: "API.md §5 (default weekdays mon–fri)" },
    { name: "a weekend only: no presence", input: { start: "2026-01-10", end: "2026-01-11" }, days: 0, hours: 0, byMonth: [["2026-01", 0]], source: "calendar 2026" },
    { name: "a single Monday", input: { start: "2026-01-05", end: "2026-01-05" }, days: 1, hours: 7, byMonth: [["2026-01", 7]], source: "calendar 2026" },
    { name: "weekend internship: Saturdays and Sundays over two weeks", input: { start: "2026-01-05", end: "2026-01-18", weekdays: ["sat", "sun"] }, days: 4, hours: 28, byMonth: [["2026-01", 28]], source: "calendar 2026" },
    { name: "six days a week (Monday to Saturday)", input: { start: "2026-01-05", end: "2026-01-18", weekdays: ["mon", "tue", "wed", "thu", "fri", "sat"] }, days: 12, hours: 84, byMonth: [["2026-01", 84]], source: "calendar 2026" },
    { name: "the same weekday twice in the pattern counts once", input: { start: "2026-01-05", end: "2026-01-11", weekdays: ["mon", "mon"] }, days: 1, hours: 7, byMonth: [["2026-01", 7]], source: "calendar 2026" },
    { name: "an empty pattern: no presence", input: { start: "2026-01-05", end: "2026-01-11", weekdays: [] }, days: 0, hours: 0, byMonth: [["2026-01", 0]], source: "calendar 2026" },
    {
      name: "Mondays only, every month of the period listed, 0 when none",
      input: { start: "2026-01-30", end: "2026-03-02", weekdays: ["mon"] },
      days: 5,
      hours: 35,
      byMonth: [["2026-01", 0], ["2026-02", 28], ["2026-03", 7]],
      source: "calendar 2026 (Mondays 2, 9, 16, 23 February and 2 March)",
    },
    {
      name: "across the new year: 25 December and 1 January left out",
      input: { start: "2025-12-22", end: "2026-01-09" },
      days: 13,
      hours: 91,
      byMonth: [["2025-12", 49], ["2026-01", 42]],
      source: "calendar 2025/2026; C. trav. L3133-1",
    },
    {
      name: "May 2026: 21 weekdays less 4 holidays (1, 8, 14 and 25 May) = 17 days",
      input: { start: "2026-05-01", end: "2026-05-31" },
      days: 17,
      hours: 119,
      byMonth: [["2026-05", 119]],
      source: "calendar 2026; C. trav. L3133-1",
    },
    {
      name: "May 2026 with holidays worked: 21 days",
      input: { start: "2026-05-01", end: "2026-05-31", excludePublicHolidays: false },
      days: 21,
      hours: 147,
      byMonth: [["2026-05", 147]],
      source: "calendar 2026",
    },
  ];
  test.for(rows)("$name", (row) => {
    const result = internshipPresence(row.input);
    expect(result.days).toBe(row.days);
    expect(result.hours).toBe(row.hours);
    expect(result.byMonth).toEqual(row.byMonth.map(([month, hours]) => ({ month, hours })));
  });
});

describe("every public holiday of 2025 and 2026 is left out (C. trav. art. L3133-1), whatever its weekday", () => {
  const holidays = [
    "2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",
    "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25",
    "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
    "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25",
  ].map((date) => ({ date, source: "C. trav. L3133-1; Easter 2025-04-20, 2026-04-05" }));

  test.for(holidays)("$date", (row) => {
    const excluded = internshipPresence({ start: row.date, end: row.date, weekdays: ALL_WEEK });
    expect([excluded.days, excluded.hours]).toEqual([0, 0]);
    expect(excluded.explanation[0]!.values?.["publicHolidays"]).toEqual([row.date]);
    const worked = internshipPresence({ start: row.date, end: row.date, weekdays: ALL_WEEK, excludePublicHolidays: false });
    expect([worked.days, worked.hours]).toEqual([1, 7]);
    expect(worked.explanation[0]!.values?.["publicHolidays"]).toBeNull();
  });

  test("the whole of 2026, every day of the week: 365 − 11 holidays = 354 days", () => {
    const result = internshipPresence({ start: "2026-01-01", end: "2026-12-31", weekdays: ALL_WEEK, hoursPerDay: 1 });
    expect(result.days).toBe(354);
    expect(result.explanation[0]!.values?.["publicHolidays"]).toEqual(holidays.filter((row) => row.date.startsWith("2026")).map((row) => row.date));
  });

  test("the day after a holiday counts again (Ascension Thursday 2026-05-14, Friday 15 May)", () => {
    expect(internshipPresence({ start: "2026-05-14", end: "2026-05-15" }).days).toBe(1);
    expect(internshipPresence({ start: "2026-05-13", end: "2026-05-14" }).days).toBe(1);
  });
});

describe("absences and training days", () => {
  const rows: { name: string; input: InternshipPresenceInput; days: number; hours: number; training: number; absences: number; warnings: string[]; source: string }[] = [
    { name: "two days of absence in a week", input: { start: "2026-01-05", end: "2026-01-09", absences: ["2026-01-06", "2026-01-07"] }, days: 3, hours: 21, training: 0, absences: 2, warnings: [], source: "L124-18 (effective presence)" },
    { name: "an absence given twice counts once", input: { start: "2026-01-05", end: "2026-01-09", absences: ["2026-01-06", "2026-01-06"] }, days: 4, hours: 28, training: 0, absences: 1, warnings: [], source: "L124-18" },
    { name: "an absence on a Saturday changes nothing", input: { start: "2026-01-05", end: "2026-01-11", absences: ["2026-01-10"] }, days: 5, hours: 35, training: 0, absences: 0, warnings: [], source: "calendar 2026" },
    { name: "an absence on a holiday is counted as the holiday", input: { start: "2026-05-01", end: "2026-05-08", absences: ["2026-05-08"] }, days: 4, hours: 28, training: 0, absences: 0, warnings: [], source: "C. trav. L3133-1" },
    { name: "an absence outside the period: no effect, a warning", input: { start: "2026-01-05", end: "2026-01-09", absences: ["2027-01-06"] }, days: 5, hours: 35, training: 0, absences: 0, warnings: ["DATE_OUTSIDE_PERIOD"], source: "typo guard" },
    { name: "training days are left out", input: { start: "2026-01-05", end: "2026-01-09", trainingDates: ["2026-01-08", "2026-01-09"] }, days: 3, hours: 21, training: 2, absences: 0, warnings: [], source: "seed 003 §4.2.3 (only days at the host count)" },
    { name: "a day both training and absence is counted once, as training", input: { start: "2026-01-05", end: "2026-01-09", trainingDates: ["2026-01-09"], absences: ["2026-01-09"] }, days: 4, hours: 28, training: 1, absences: 0, warnings: [], source: "seed 003 §4.2.3" },
    { name: "training dates outside the period: a warning on trainingDates", input: { start: "2026-01-05", end: "2026-01-09", trainingDates: ["2026-01-04", "2026-01-12"] }, days: 5, hours: 35, training: 0, absences: 0, warnings: ["DATE_OUTSIDE_PERIOD"], source: "typo guard" },
  ];
  test.for(rows)("$name", (row) => {
    const result = internshipPresence(row.input);
    expect([result.days, result.hours]).toEqual([row.days, row.hours]);
    expect(result.explanation[0]!.values).toMatchObject({ trainingDays: row.training, absenceDays: row.absences });
    expect(codes(result.warnings)).toEqual(row.warnings);
  });

  test("the stray-date warning names the field and the dates", () => {
    const result = internshipPresence({ start: "2026-01-05", end: "2026-01-09", trainingDates: ["2026-01-12", "2026-01-04", "2026-01-12"], absences: ["2025-01-06"], locale: "en" });
    expect(result.warnings).toEqual([
      { code: "DATE_OUTSIDE_PERIOD", message: "Outside the period 2026-01-05 to 2026-01-09, no effect: 2026-01-04, 2026-01-12", legalBasis: [], field: "trainingDates" },
      { code: "DATE_OUTSIDE_PERIOD", message: "Outside the period 2026-01-05 to 2026-01-09, no effect: 2025-01-06", legalBasis: [], field: "absences" },
    ]);
  });
});

describe("work-study internship: only the days at the host count (seed 003 §4.2.3)", () => {
  // 26 weeks from Monday 2026-01-05 to Friday 2026-07-03; school in weeks 1, 3, …, 25, host in weeks 2, 4, …, 26.
  const schoolWeeks = Array.from({ length: 13 }, (_, index) => addDays("2026-01-05", 14 * index));
  const trainingDates = schoolWeeks.flatMap((monday) => [0, 1, 2, 3, 4].map((offset) => addDays(monday, offset)));
  const input = { start: "2026-01-05", end: "2026-07-03", trainingDates };

  test("a six-month convention half in training counts as about three months of presence", () => {
    const result = internshipPresence(input);
    // 13 host weeks × 5 = 65 days, less Easter Monday (6 April) and 8 May in host weeks = 63 days = 441 h.
    expect(result).toMatchObject({ days: 63, hours: 441, presenceDays: 63, presenceMonths: 2, thresholdReachedOn: "2026-05-19", maximumExceededOn: null });
    expect(result.byMonth).toEqual([
      { month: "2026-01", hours: 70 },
      { month: "2026-02", hours: 70 },
      { month: "2026-03", hours: 70 },
      { month: "2026-04", hours: 63 },
      { month: "2026-05", hours: 63 },
      { month: "2026-06", hours: 84 },
      { month: "2026-07", hours: 21 },
    ]);
    // 13 school weeks × 5 = 65, less 1 May, 14 May and 25 May (public holidays first) = 62.
    expect(result.explanation[0]!.values).toMatchObject({ trainingDays: 62, absenceDays: 0, publicHolidays: ["2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25"] });
  });

  test("the same six months full time: 125 days = 875 h", () => {
    expect(internshipPresence({ start: "2026-01-05", end: "2026-07-03" })).toMatchObject({ days: 125, hours: 875 });
  });

  test("three days a week at the host (Monday to Wednesday)", () => {
    expect(internshipPresence({ start: "2026-01-05", end: "2026-01-30", weekdays: ["mon", "tue", "wed"] })).toMatchObject({ days: 12, hours: 84 });
  });

  test("its gratification: 441 h > 308 h, so due from the first hour (4,50 € in 2026)", () => {
    const presence = internshipPresence(input);
    const gratification = internshipGratification({ presenceHours: presence.byMonth, conventionSignedOn: "2025-12-15", hourlyRate: 4.5 });
    expect(gratification).toMatchObject({ mandatory: true, totalHours: 441, total: 1984.5, smoothedMonthly: 283.5 });
    expect(gratification.monthly.map((month) => month.amount)).toEqual([315, 315, 315, 283.5, 283.5, 378, 94.5]);
  });
});

describe("part-day hours", () => {
  const rows: { name: string; input: InternshipPresenceInput; days: number; hours: number; presenceDays: number; presenceMonths: number; source: string }[] = [
    { name: "3,5 h a day for 4 weeks: 20 days but 10 days of 7 h (D124-6)", input: { start: "2026-01-05", end: "2026-01-30", hoursPerDay: 3.5 }, days: 20, hours: 70, presenceDays: 10, presenceMonths: 0, source: "D124-6 (7 h, consecutive or not, = 1 day)" },
    { name: "7,5 h a day for 4 weeks", input: { start: "2026-01-05", end: "2026-01-30", hoursPerDay: 7.5 }, days: 20, hours: 150, presenceDays: 21, presenceMonths: 0, source: "D124-6" },
    { name: "6,99 h a day: no day of 7 h is complete on its own, 6 days make 5", input: { start: "2026-01-05", end: "2026-01-12", hoursPerDay: 6.99 }, days: 6, hours: 41.94, presenceDays: 5, presenceMonths: 0, source: "D124-6" },
    { name: "7 h 20 (7,333… h) a day: hours rounded to 2 decimals in the output", input: { start: "2026-01-05", end: "2026-01-07", hoursPerDay: 22 / 3 }, days: 3, hours: 22, presenceDays: 3, presenceMonths: 0, source: "API.md §0 (hours may be fractional)" },
    { name: "a quarter of an hour a day", input: { start: "2026-01-05", end: "2026-01-09", hoursPerDay: 0.25 }, days: 5, hours: 1.25, presenceDays: 0, presenceMonths: 0, source: "D124-6" },
  ];
  test.for(rows)("$name", (row) => {
    const result = internshipPresence(row.input);
    expect(result).toMatchObject({ days: row.days, hours: row.hours, presenceDays: row.presenceDays, presenceMonths: row.presenceMonths });
  });
});

describe("the date of the 309th hour (L124-6, D124-6; seeds 000/001 'from the 309th hour')", () => {
  const rows: { name: string; input: InternshipPresenceInput; thresholdReachedOn: string | null; hours: number; source: string }[] = [
    { name: "7 h a day from Monday 2026-01-05: 45th day, Friday 6 March", input: { start: "2026-01-05", end: "2026-03-31" }, thresholdReachedOn: "2026-03-06", hours: 434, source: "calendar 2026: 20 + 20 days in Jan–Feb, 5th of March" },
    { name: "ending on the 44th day (308 h exactly): not reached", input: { start: "2026-01-05", end: "2026-03-05" }, thresholdReachedOn: null, hours: 308, source: "L124-6 (above two months)" },
    { name: "ending on the 45th day: reached that day", input: { start: "2026-01-05", end: "2026-03-06" }, thresholdReachedOn: "2026-03-06", hours: 315, source: "L124-6" },
    { name: "8 h a day: 39th day (304 h the day before, 312 h), 26 February", input: { start: "2026-01-05", end: "2026-03-31", hoursPerDay: 8 }, thresholdReachedOn: "2026-02-26", hours: 496, source: "calendar 2026" },
    { name: "7,5 h a day: 42nd day (307,5 h the day before, 315 h), 3 March", input: { start: "2026-01-05", end: "2026-03-31", hoursPerDay: 7.5 }, thresholdReachedOn: "2026-03-03", hours: 465, source: "calendar 2026" },
    { name: "an absence pushes it one day later: 9 March", input: { start: "2026-01-05", end: "2026-03-31", absences: ["2026-03-02"] }, thresholdReachedOn: "2026-03-09", hours: 427, source: "calendar 2026" },
    { name: "from 1 April 2026, five holidays on the way: 9 June", input: { start: "2026-04-01", end: "2026-06-30" }, thresholdReachedOn: "2026-06-09", hours: 420, source: "calendar 2026 (21 + 17 + 22 days); L3133-1" },
    { name: "the same with holidays worked: 2 June", input: { start: "2026-04-01", end: "2026-06-30", excludePublicHolidays: false }, thresholdReachedOn: "2026-06-02", hours: 455, source: "calendar 2026" },
    { name: "the Ministry's January–March 2026, 1 January left out: 5 March", input: { start: "2026-01-01", end: "2026-03-31" }, thresholdReachedOn: "2026-03-05", hours: 441, source: "calendar 2026" },
  ];
  test.for(rows)("$name", (row) => {
    const result = internshipPresence(row.input);
    expect(result.thresholdReachedOn).toBe(row.thresholdReachedOn);
    expect(result.hours).toBe(row.hours);
  });

  test("the threshold step of the explanation (English)", () => {
    expect(internshipPresence({ start: "2026-01-05", end: "2026-03-31", locale: "en" }).explanation[2]).toEqual({
      rule: "internship.presence.threshold-date",
      message: "Presence goes above 308 h on 2026-03-06: the gratification is mandatory, for every hour since the first",
      legalBasis: ["C. éduc. art. L124-6", "C. éduc. art. D124-6"],
      values: { thresholdHours: 308, thresholdReachedOn: "2026-03-06" },
    });
  });
});

describe("the six-month maximum (924 h, L124-5)", () => {
  // Every day of the week, holidays worked: day n is 2026-01-01 + (n − 1).
  const base = { start: "2026-01-01", weekdays: ALL_WEEK, excludePublicHolidays: false } as const;

  test("132 days (924 h) up to 12 May: at the maximum, not above", () => {
    const result = internshipPresence({ ...base, end: "2026-05-12" });
    expect(result).toMatchObject({ days: 132, hours: 924, presenceDays: 132, presenceMonths: 6, thresholdReachedOn: "2026-02-14", maximumExceededOn: null });
    expect(codes(result.warnings)).toEqual([]);
  });

  test("133 days (931 h) up to 13 May: above, from 13 May, with a warning", () => {
    const result = internshipPresence({ ...base, end: "2026-05-13" });
    expect(result).toMatchObject({ days: 133, hours: 931, maximumExceededOn: "2026-05-13" });
    expect(result.warnings).toEqual([
      {
        code: "INTERNSHIP_TOO_LONG",
        message: "931 h de présence dépassent le maximum de six mois (924 h) dans un même organisme et une même année",
        legalBasis: ["C. éduc. art. L124-5", "C. éduc. art. D124-6"],
        field: "end",
      },
    ]);
  });
});

describe("explanation, warnings and hand-over to internshipGratification", () => {
  test("the days step says what was left out (French)", () => {
    const result = internshipPresence({ start: "2026-05-01", end: "2026-05-31", absences: ["2026-05-20"] });
    expect(result.explanation[0]!.message).toBe(
      "Du 2026-05-01 au 2026-05-31, jours lun, mar, mer, jeu, ven : 16 jour(s) de présence × 7 h = 112 h (jours fériés écartés : 2026-05-01, 2026-05-08, 2026-05-14, 2026-05-25 ; jours de formation : 0 ; absences : 1)",
    );
    expect(result.explanation.map((step) => step.rule)).toEqual(["internship.presence.days", "internship.presence.counting", "internship.presence.threshold-date"]);
    for (const step of result.explanation) expect(step.legalBasis.length).toBeGreaterThan(0);
  });

  test("a start after dataVerifiedUntil carries PARAMETERS_NOT_VERIFIED", () => {
    expect(codes(internshipPresence({ start: "2026-07-17", end: "2026-07-31" }).warnings)).toEqual(["PARAMETERS_NOT_VERIFIED"]);
    expect(codes(internshipPresence({ start: "2026-07-16", end: "2026-07-31" }).warnings)).toEqual([]);
  });

  test("the Ministry's three months on the 2026 calendar: 147 + 140 + 154 = 441 h, the same 1 984,50 €", () => {
    const presence = internshipPresence({ start: "2026-01-01", end: "2026-03-31" });
    expect(presence.byMonth).toEqual([
      { month: "2026-01", hours: 147 },
      { month: "2026-02", hours: 140 },
      { month: "2026-03", hours: 154 },
    ]);
    const gratification = internshipGratification({ presenceHours: presence.byMonth, conventionSignedOn: "2025-12-15", hourlyRate: 4.5 });
    expect(gratification.monthly.map((month) => month.amount)).toEqual([661.5, 630, 693]);
    expect([gratification.total, gratification.smoothedMonthly]).toEqual([1984.5, 661.5]);
  });

  test("presence and gratification agree on the D124-6 counts", () => {
    const presence = internshipPresence({ start: "2026-02-02", end: "2026-06-30", hoursPerDay: 6.5, absences: ["2026-03-10"] });
    const gratification = internshipGratification({ presenceHours: presence.byMonth, conventionSignedOn: "2026-01-20" });
    expect(gratification.totalHours).toBe(presence.hours);
    expect(gratification.presenceDays).toBe(presence.presenceDays);
    expect(gratification.presenceMonths).toBe(presence.presenceMonths);
    expect(gratification.mandatory).toBe(presence.thresholdReachedOn !== null);
  });

  test("the weekday numbering is the calendar's (sanity check of the fixture dates)", () => {
    expect([dayOfWeek("2026-01-05"), dayOfWeek("2026-07-03"), dayOfWeek("2026-04-01")]).toEqual([1, 5, 3]);
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: InternshipPresenceInput; source: string } & Explained> = [
    {
      name: "May 2026, Monday to Friday, 7 h: holidays left out, threshold not reached",
      input: { start: "2026-05-01", end: "2026-05-31" },
      explanation: [
        ["internship.presence.days", { start: "2026-05-01", end: "2026-05-31", weekdays: ["mon", "tue", "wed", "thu", "fri"], days: 17, hoursPerDay: 7, hours: 119, publicHolidays: ["2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25"], trainingDays: 0, absenceDays: 0 }, "Du 2026-05-01 au 2026-05-31, jours lun, mar, mer, jeu, ven : 17 jour(s) de présence × 7 h = 119 h (jours fériés écartés : 2026-05-01, 2026-05-08, 2026-05-14, 2026-05-25 ; jours de formation : 0 ; absences : 0)", "2026-05-01 to 2026-05-31, days mon, tue, wed, thu, fri: 17 days of presence × 7 h = 119 h (public holidays left out: 2026-05-01, 2026-05-08, 2026-05-14, 2026-05-25; training days: 0; absences: 0)"],
        ["internship.presence.counting", { totalHours: 119, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 17, presenceMonths: 0 }, "119 h de présence = 17 jour(s) de 7 h = 0 mois de 22 jours", "119 h of presence = 17 days of 7 h = 0 months of 22 days"],
        ["internship.presence.threshold-date", { thresholdHours: 308, thresholdReachedOn: null }, "La présence ne dépasse pas 308 h : gratification facultative", "Presence does not go above 308 h: the gratification is optional"],
      ],
      source: "C. éduc. D124-6; C. trav. L3133-1; law.md §6.1",
    },
    {
      name: "Mon-Wed-Sat, 7.5 h, holidays counted as presence, an absence, a training day, a date outside the period",
      input: { start: "2026-03-02", end: "2026-06-30", weekdays: ["sat", "mon", "wed"], hoursPerDay: 7.5, excludePublicHolidays: false, absences: ["2026-03-04", "2026-07-01"], trainingDates: ["2026-03-07", "2026-02-28"] },
      explanation: [
        ["internship.presence.days", { start: "2026-03-02", end: "2026-06-30", weekdays: ["sat", "mon", "wed"], days: 50, hoursPerDay: 7.5, hours: 375, publicHolidays: null, trainingDays: 1, absenceDays: 1 }, "Du 2026-03-02 au 2026-06-30, jours sam, lun, mer : 50 jour(s) de présence × 7,5 h = 375 h (jours fériés écartés : non, comptés comme présence ; jours de formation : 1 ; absences : 1)", "2026-03-02 to 2026-06-30, days sat, mon, wed: 50 days of presence × 7.5 h = 375 h (public holidays left out: no, counted as presence; training days: 1; absences: 1)"],
        ["internship.presence.counting", { totalHours: 375, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 53, presenceMonths: 2 }, "375 h de présence = 53 jour(s) de 7 h = 2 mois de 22 jours", "375 h of presence = 53 days of 7 h = 2 months of 22 days"],
        ["internship.presence.threshold-date", { thresholdHours: 308, thresholdReachedOn: "2026-06-10" }, "La présence dépasse 308 h le 2026-06-10 : gratification obligatoire, pour chaque heure depuis la première", "Presence goes above 308 h on 2026-06-10: the gratification is mandatory, for every hour since the first"],
      ],
      warnings: [
        ["DATE_OUTSIDE_PERIOD", "trainingDates", "Hors de la période du 2026-03-02 au 2026-06-30, sans effet : 2026-02-28", "Outside the period 2026-03-02 to 2026-06-30, no effect: 2026-02-28"],
        ["DATE_OUTSIDE_PERIOD", "absences", "Hors de la période du 2026-03-02 au 2026-06-30, sans effet : 2026-07-01", "Outside the period 2026-03-02 to 2026-06-30, no effect: 2026-07-01"],
      ],
      source: "C. éduc. D124-6, L124-6; seed 003 §4.2.3 (work-study internship); law.md §6.1",
    },
    {
      name: "eight months full time: threshold reached, six-month maximum exceeded",
      input: { start: "2025-09-01", end: "2026-04-30" },
      explanation: [
        ["internship.presence.days", { start: "2025-09-01", end: "2026-04-30", weekdays: ["mon", "tue", "wed", "thu", "fri"], days: 170, hoursPerDay: 7, hours: 1190, publicHolidays: ["2025-11-11", "2025-12-25", "2026-01-01", "2026-04-06"], trainingDays: 0, absenceDays: 0 }, "Du 2025-09-01 au 2026-04-30, jours lun, mar, mer, jeu, ven : 170 jour(s) de présence × 7 h = 1 190 h (jours fériés écartés : 2025-11-11, 2025-12-25, 2026-01-01, 2026-04-06 ; jours de formation : 0 ; absences : 0)", "2025-09-01 to 2026-04-30, days mon, tue, wed, thu, fri: 170 days of presence × 7 h = 1,190 h (public holidays left out: 2025-11-11, 2025-12-25, 2026-01-01, 2026-04-06; training days: 0; absences: 0)"],
        ["internship.presence.counting", { totalHours: 1190, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 170, presenceMonths: 7 }, "1 190 h de présence = 170 jour(s) de 7 h = 7 mois de 22 jours", "1,190 h of presence = 170 days of 7 h = 7 months of 22 days"],
        ["internship.presence.threshold-date", { thresholdHours: 308, thresholdReachedOn: "2025-10-31" }, "La présence dépasse 308 h le 2025-10-31 : gratification obligatoire, pour chaque heure depuis la première", "Presence goes above 308 h on 2025-10-31: the gratification is mandatory, for every hour since the first"],
      ],
      warnings: [
        ["INTERNSHIP_TOO_LONG", "end", "1 190 h de présence dépassent le maximum de six mois (924 h) dans un même organisme et une même année", "1,190 h of presence exceed the six-month maximum (924 h) at one host in one academic year"],
      ],
      source: "C. éduc. L124-5 (six mois), L124-6; law.md §6",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => internshipPresence({ ...row.input, locale }), row);
  });
});
