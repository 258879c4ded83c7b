/**
 * Invariants of internshipPresence (fast-check): hours = days × hours per day; months cover the period
 * in order; the 309th-hour date is the first day above 308 h; absences never add presence; any input
 * gives a result or an AlternanceInputError.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isPublicHoliday } from "../../src/core/calendar.js";
import { addDays, daysBetween, dayOfWeek } from "../../src/core/dates.js";
import { AlternanceInputError } from "../../src/core/errors.js";
import { internshipGratification, internshipPresence, type InternshipWeekday } from "../../src/internship/index.js";

const WEEKDAYS: InternshipWeekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const cents = (value: number): number => Math.round(value * 100);

/** A period of 0 to 400 days starting 2015-09-01 to 2027-12-31. */
const period = fc
  .tuple(fc.integer({ min: 0, max: 4504 }), fc.integer({ min: 0, max: 400 }))
  .map(([offset, length]) => ({ start: addDays("2015-09-01", offset), end: addDays("2015-09-01", offset + length) }));
const hoursPerDay = fc.option(fc.integer({ min: 1, max: 2400 }).map((hundredths) => hundredths / 100), { nil: undefined });
const weekdays = fc.option(fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { maxLength: 7 }), { nil: undefined });
const excludePublicHolidays = fc.option(fc.boolean(), { nil: undefined });
const input = fc
  .tuple(period, hoursPerDay, weekdays, excludePublicHolidays, fc.array(fc.integer({ min: -10, max: 410 }), { maxLength: 20 }), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 20 }))
  .map(([{ start, end }, hours, days, holidays, absenceOffsets, trainingOffsets]) => ({
    start,
    end,
    hoursPerDay: hours,
    weekdays: days,
    excludePublicHolidays: holidays,
    absences: absenceOffsets.map((offset) => addDays(start, offset)),
    trainingDates: trainingOffsets.map((offset) => addDays(start, offset)),
  }));

describe("internshipPresence properties", () => {
  test("hours = days × hours per day; months cover the period in order and add up", () => {
    fc.assert(
      fc.property(input, (row) => {
        const result = internshipPresence(row);
        const perDay = row.hoursPerDay ?? 7;
        expect(cents(result.hours)).toBe(Math.round(result.days * perDay * 100));
        expect(result.days).toBeLessThanOrEqual(daysBetween(row.start, row.end) + 1);
        expect(result.byMonth[0]!.month).toBe(row.start.slice(0, 7));
        expect(result.byMonth.at(-1)!.month).toBe(row.end.slice(0, 7));
        for (let i = 1; i < result.byMonth.length; i += 1) {
          expect(addDays(`${result.byMonth[i - 1]!.month}-28`, 4).slice(0, 7)).toBe(result.byMonth[i]!.month);
        }
        const monthsTotal = result.byMonth.reduce((sum, month) => sum + cents(month.hours), 0);
        expect(Math.abs(monthsTotal - cents(result.hours))).toBeLessThanOrEqual(result.byMonth.length);
        for (const value of [result.hours, ...result.byMonth.map((month) => month.hours)]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(Math.abs(value * 100 - Math.round(value * 100))).toBeLessThan(1e-6);
        }
        expect(result.presenceDays).toBe(Math.floor((result.days * Math.round(perDay * 100)) / 700));
        expect(result.presenceMonths).toBe(Math.floor(result.presenceDays / 22));
      }),
      { numRuns: 200 },
    );
  });

  test("days and months equal a day-by-day count with the kernel's calendar", () => {
    fc.assert(
      fc.property(input, (row) => {
        const result = internshipPresence(row);
        const pattern = row.weekdays ?? ["mon", "tue", "wed", "thu", "fri"];
        const perMonth = new Map<string, number>();
        let count = 0;
        for (let day = row.start; day <= row.end; day = addDays(day, 1)) {
          const present =
            pattern.includes(WEEKDAYS[dayOfWeek(day)]!) &&
            !(row.excludePublicHolidays !== false && isPublicHoliday(day)) &&
            !row.absences.includes(day) &&
            !row.trainingDates.includes(day);
          perMonth.set(day.slice(0, 7), (perMonth.get(day.slice(0, 7)) ?? 0) + (present ? 1 : 0));
          if (present) count += 1;
        }
        const perDay = row.hoursPerDay ?? 7;
        expect(result.days).toBe(count);
        expect(result.byMonth).toEqual([...perMonth].map(([month, days]) => ({ month, hours: Math.round(days * perDay * 100) / 100 })));
      }),
      { numRuns: 200 },
    );
  });

  test("the 309th-hour date is a day of presence, the first on which presence goes above 308 h", () => {
    fc.assert(
      fc.property(input, (row) => {
        const result = internshipPresence(row);
        const perDay = row.hoursPerDay ?? 7;
        const exceeded = result.days * Math.round(perDay * 100) > 30800;
        expect(result.thresholdReachedOn !== null).toBe(exceeded);
        const day = result.thresholdReachedOn;
        if (day === null) return;
        expect(day >= row.start && day <= row.end).toBe(true);
        expect((row.weekdays ?? ["mon", "tue", "wed", "thu", "fri"]).includes(WEEKDAYS[dayOfWeek(day)]!)).toBe(true);
        if (row.excludePublicHolidays !== false) expect(isPublicHoliday(day)).toBe(false);
        expect(row.absences.includes(day) || row.trainingDates.includes(day)).toBe(false);
        const upTo = internshipPresence({ ...row, end: day });
        expect(upTo.thresholdReachedOn).toBe(day);
        if (day > row.start) expect(internshipPresence({ ...row, end: addDays(day, -1) }).thresholdReachedOn).toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  test("an extra absence never adds presence", () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 400 }), (row, offset) => {
        const before = internshipPresence(row);
        const after = internshipPresence({ ...row, absences: [...row.absences, addDays(row.start, offset)] });
        expect(after.days).toBeLessThanOrEqual(before.days);
        expect(before.days - after.days).toBeLessThanOrEqual(1);
        if (before.thresholdReachedOn !== null && after.thresholdReachedOn !== null) expect(after.thresholdReachedOn >= before.thresholdReachedOn).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  test("byMonth goes straight into internshipGratification, with the same total and counts", () => {
    fc.assert(
      fc.property(input.filter((row) => daysBetween(row.start, row.end) < 330), (row) => {
        const presence = internshipPresence(row);
        const gratification = internshipGratification({ presenceHours: presence.byMonth, conventionSignedOn: row.start });
        expect(Math.abs(cents(gratification.totalHours) - cents(presence.hours))).toBeLessThanOrEqual(presence.byMonth.length);
        if ((row.hoursPerDay ?? 7) * 100 === Math.round((row.hoursPerDay ?? 7) * 100)) {
          expect(gratification.totalHours).toBe(presence.hours);
          expect(gratification.mandatory).toBe(presence.thresholdReachedOn !== null);
          expect(gratification.presenceDays).toBe(presence.presenceDays);
        }
      }),
      { numRuns: 100 },
    );
  });

  test("any input: a result or an AlternanceInputError, nothing else", () => {
    const anyValue = fc.oneof(fc.anything(), fc.double(), fc.constantFrom("2026-01-05", "2026-02-30", "2015-08-31", "mon", "2026-1-5"));
    const anyInput = fc.oneof(
      fc.anything(),
      fc.record(
        {
          start: anyValue,
          end: anyValue,
          hoursPerDay: fc.oneof(anyValue, fc.double()),
          weekdays: fc.oneof(anyValue, fc.array(fc.oneof(anyValue, fc.constantFrom(...WEEKDAYS)), { maxLength: 8 })),
          excludePublicHolidays: anyValue,
          absences: fc.oneof(anyValue, fc.array(anyValue, { maxLength: 3 })),
          trainingDates: fc.oneof(anyValue, fc.array(anyValue, { maxLength: 3 })),
          locale: fc.constantFrom("fr", "en", "de"),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(anyInput, (value) => {
        try {
          const result = internshipPresence(value as never);
          expect(Number.isFinite(result.hours)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(AlternanceInputError);
          expect((error as AlternanceInputError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
