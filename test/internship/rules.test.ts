/**
 * The internship rule declarations and the small helpers: ids, codes, legal bases, and the values their
 * JSDoc examples promise.
 */
import { describe, expect, test } from "vitest";
import { explainStep, violationOf } from "../../src/core/explain.js";
import { Dec } from "../../src/core/money.js";
import { presenceCounts } from "../../src/internship/counting.js";
import { exemptHourlyAmountOn, splitExempt } from "../../src/internship/exemption.js";
import { internshipGratification, internshipPresence, internshipRules } from "../../src/internship/index.js";
import {
  contributionExemptPart,
  dateOutsidePeriod,
  gratificationAmount,
  gratificationMandatory,
  gratificationSmoothing,
  internshipTooLong,
  minimumHourlyRate,
  minimumRateChanged,
  presenceCounting,
  presenceDays,
  publicHostAboveMinimum,
  rateBelowMinimum,
  thresholdDate,
} from "../../src/internship/rules.js";

const counting = { hoursPerDay: 7, daysPerMonth: 22, mandatoryAboveHours: 308, maximumHours: 924 };

describe("internshipRules", () => {
  test("ids are unique and namespaced; codes are stable UPPER_SNAKE_CASE", () => {
    const ids = internshipRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^internship\.[a-z-]+\.[a-z-]+$/);
    expect(internshipRules.map((rule) => rule.code).filter(Boolean)).toEqual([
      "INTERNSHIP_TOO_LONG",
      "RATE_BELOW_MINIMUM",
      "PUBLIC_HOST_ABOVE_MINIMUM",
      "MINIMUM_RATE_CHANGED_DURING_INTERNSHIP",
      "DATE_OUTSIDE_PERIOD",
    ]);
  });

  test("every rule but the typo guard cites articles in the house format; titles in both languages", () => {
    for (const rule of internshipRules) {
      if (rule.code !== "DATE_OUTSIDE_PERIOD") expect(rule.legalBasis.length).toBeGreaterThan(0);
      for (const basis of rule.legalBasis) expect(basis).toMatch(/^(C\. éduc\.|C\. trav\.|CSS) art\. [LRD]\d/);
      expect(rule.title.fr.length).toBeGreaterThan(10);
      expect(rule.title.en.length).toBeGreaterThan(10);
    }
  });
});

describe("JSDoc examples", () => {
  test("rule messages", () => {
    expect(explainStep(presenceCounting, "en", { totalHours: 309, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 44, presenceMonths: 2 }).message).toBe(
      "309 h of presence = 44 days of 7 h = 2 months of 22 days",
    );
    expect(
      explainStep(gratificationMandatory, "en", { totalHours: 309, thresholdHours: 308, mandatory: true, mandatoryByDays: false, presenceDays: 44, thresholdDays: 44 }).message,
    ).toBe("309 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 44 days, not above 44)");
    expect(
      explainStep(minimumHourlyRate, "en", { conventionSignedOn: "2026-01-02", ceilingSince: "2026-01-01", ceilingMonthly: 4005, ceilingHourly: 30, ratePercent: 15, minimumHourlyRate: 4.5 }).message,
    ).toBe("Convention signed on 2026-01-02: hourly ceiling €30.00 (monthly €4,005.00 since 2026-01-01) × 15 % = €4.50 per hour");
    expect(explainStep(gratificationAmount, "en", { hourlyRate: 4.5, agreed: false, paid: true, totalHours: 441, total: 1984.5, months: 3 }).message).toBe(
      "€4.50 per hour (the minimum) × 441 h = €1,984.50, paid monthly on the hours of each month (3 months)",
    );
    expect(explainStep(gratificationSmoothing, "en", { total: 1984.5, months: 3, smoothedMonthly: 661.5 }).message).toBe(
      "Smoothed: €1,984.50 ÷ 3 months with presence = €661.50 per month",
    );
    expect(explainStep(contributionExemptPart, "en", { exemptHourlyRate: 4.5, exemptTotal: 1984.5, subjectTotal: 0 }).message).toBe(
      "Free of contributions up to €4.50 × hours of each month: exempt €1,984.50, subject €0.00",
    );
    expect(
      explainStep(presenceDays, "en", {
        start: "2026-01-05", end: "2026-01-09", weekdays: ["mon", "tue", "wed", "thu", "fri"], days: 5, hoursPerDay: 7, hours: 35, publicHolidays: [], trainingDays: 0, absenceDays: 0,
      }).message,
    ).toBe("2026-01-05 to 2026-01-09, days mon, tue, wed, thu, fri: 5 days of presence × 7 h = 35 h (public holidays left out: none; training days: 0; absences: 0)");
    expect(explainStep(thresholdDate, "en", { thresholdHours: 308, thresholdReachedOn: "2026-03-06" }).message).toBe(
      "Presence goes above 308 h on 2026-03-06: the gratification is mandatory, for every hour since the first",
    );
  });

  test("violation codes", () => {
    expect(violationOf(internshipTooLong, "en", { totalHours: 924.5, maximumHours: 924 }, "presenceHours").code).toBe("INTERNSHIP_TOO_LONG");
    expect(violationOf(rateBelowMinimum, "en", { hourlyRate: 4, minimumHourlyRate: 4.35 }, "hourlyRate").code).toBe("RATE_BELOW_MINIMUM");
    expect(violationOf(publicHostAboveMinimum, "en", { hourlyRate: 5, minimumHourlyRate: 4.5 }, "hourlyRate").code).toBe("PUBLIC_HOST_ABOVE_MINIMUM");
    expect(violationOf(minimumRateChanged, "en", { since: "2026-01-01", minimumHourlyRate: 4.5, hourlyRate: 4.35 }, "conventionSignedOn").code).toBe(
      "MINIMUM_RATE_CHANGED_DURING_INTERNSHIP",
    );
    expect(violationOf(dateOutsidePeriod, "en", { dates: ["2027-01-04"], start: "2026-01-05", end: "2026-06-30" }, "absences").code).toBe("DATE_OUTSIDE_PERIOD");
  });

  test.for([
    { hours: "308", expected: { presenceDays: 44, presenceMonths: 2, mandatory: false, mandatoryByDays: false, aboveMaximum: false }, source: "D124-6; seed 001 (44 days)" },
    { hours: "308.5", expected: { presenceDays: 44, presenceMonths: 2, mandatory: true, mandatoryByDays: false, aboveMaximum: false }, source: "law.md §6.1 item 8" },
    { hours: "315", expected: { presenceDays: 45, presenceMonths: 2, mandatory: true, mandatoryByDays: true, aboveMaximum: false }, source: "D124-6" },
    { hours: "924.01", expected: { presenceDays: 132, presenceMonths: 6, mandatory: true, mandatoryByDays: true, aboveMaximum: true }, source: "L124-5" },
  ])("presenceCounts($hours)", (row) => {
    expect(presenceCounts(new Dec(row.hours), counting)).toEqual(row.expected);
  });

  test("function examples", () => {
    const presence = internshipPresence({ start: "2026-01-05", end: "2026-03-31" });
    expect(presence.days).toBe(62);
    expect(presence.byMonth).toEqual([{ month: "2026-01", hours: 140 }, { month: "2026-02", hours: 140 }, { month: "2026-03", hours: 154 }]);
    expect(presence.thresholdReachedOn).toBe("2026-03-06");
    const { hours, thresholdReachedOn } = internshipPresence({ start: "2026-01-05", end: "2026-03-06" });
    expect([hours, thresholdReachedOn]).toEqual([315, "2026-03-06"]);
    const { mandatory, total, smoothedMonthly } = internshipGratification({ presenceHours: 441, conventionSignedOn: "2026-01-02" });
    expect([mandatory, total, smoothedMonthly]).toEqual([true, 1984.5, null]);
  });

  test("exemption helpers", () => {
    expect(exemptHourlyAmountOn("2026-01-02").toNumber()).toBe(4.5);
    expect(exemptHourlyAmountOn("2015-09-01").toNumber()).toBe(3.6);
    const { exempt, subject } = splitExempt(new Dec(770), new Dec(154), new Dec(4.5));
    expect([exempt.toNumber(), subject.toNumber()]).toEqual([693, 77]);
  });
});
