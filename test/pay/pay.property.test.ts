import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AlternanceInputError } from "../../src/core/errors.js";
import {
  apprenticeMinimumWage,
  apprenticePaySchedule,
  professionalisationMinimumWage,
  professionalisationPaySchedule,
  type ApprenticePayScheduleInput,
  type PayPeriod,
  type ProfessionalisationPayScheduleInput,
} from "../../src/pay/index.js";
import { decimalsOf, plusDays, plusMonths } from "./reference.js";

const day = (from: string, maxDays: number) =>
  fc.integer({ min: 0, max: maxDays }).map((offset) => plusDays(from, offset));

/** A valid apprentice contract with every option the library covers for its start date. */
const apprenticeContract: fc.Arbitrary<ApprenticePayScheduleInput> = fc
  .record({
    contractStart: day("2019-01-01", 2920),
    ageAtStartMonths: fc.integer({ min: 15 * 12, max: 35 * 12 }),
    birthOffsetDays: fc.integer({ min: 0, max: 27 }),
    lengthDays: fc.integer({ min: 0, max: 4 * 366 + 200 }),
    creditedMonths: fc.integer({ min: 0, max: 36 }),
    cycleYears: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    conventionalMinimumMonthly: fc.option(fc.integer({ min: 100_000, max: 400_000 }).map((cents) => cents / 100), { nil: undefined }),
    weeklyHours: fc.option(fc.oneof(fc.integer({ min: 1, max: 16_800 }).map((h) => h / 100), fc.double({ min: 0.01, max: 168, noNaN: true })), {
      nil: undefined,
    }),
    publicSectorPoints: fc.constantFrom(0 as const, 10 as const, 20 as const),
    sameLevelDiploma: fc.boolean(),
    licencePro: fc.boolean(),
    previousContract: fc.option(fc.record({ lastYearRatePercent: fc.integer({ min: 1, max: 150 }), diplomaObtained: fc.boolean() }), { nil: undefined }),
    disabledWorkerExtension: fc.boolean(),
    mayotte: fc.boolean(),
  })
  .map((c) => {
    const recent = c.contractStart >= "2020-04-01";
    const input: ApprenticePayScheduleInput = {
      birthDate: plusDays(plusMonths(c.contractStart, -c.ageAtStartMonths), -c.birthOffsetDays),
      contractStart: c.contractStart,
      contractEnd: plusDays(c.contractStart, c.lengthDays),
      creditedMonths: recent ? c.creditedMonths : 0,
      sameLevelDiploma: recent && c.sameLevelDiploma,
      licencePro: recent && c.licencePro,
      publicSectorPoints: c.contractStart >= "2020-04-27" ? c.publicSectorPoints : 0,
      disabledWorkerExtension: c.disabledWorkerExtension,
      territory: c.mayotte && c.contractStart >= "2021-01-01" ? "mayotte" : "metropole",
    };
    if (c.cycleYears !== undefined) input.cycleYears = c.cycleYears;
    if (c.conventionalMinimumMonthly !== undefined) input.conventionalMinimumMonthly = c.conventionalMinimumMonthly;
    if (c.weeklyHours !== undefined) input.weeklyHours = c.weeklyHours;
    if (c.previousContract !== undefined) input.previousContract = c.previousContract;
    return input;
  });

const professionalisationContract: fc.Arbitrary<ProfessionalisationPayScheduleInput> = fc
  .record({
    contractStart: day("2019-01-01", 2920),
    ageAtStartMonths: fc.integer({ min: 16 * 12, max: 50 * 12 }),
    lengthDays: fc.integer({ min: 0, max: 3 * 366 }),
    qualification: fc.constantFrom("below-bac-pro" as const, "bac-pro-or-higher" as const),
    conventionalMinimumMonthly: fc.option(fc.integer({ min: 100_000, max: 400_000 }).map((cents) => cents / 100), { nil: undefined }),
    weeklyHours: fc.option(fc.double({ min: 0.01, max: 168, noNaN: true }), { nil: undefined }),
    mayotte: fc.boolean(),
  })
  .map((c) => {
    const input: ProfessionalisationPayScheduleInput = {
      birthDate: plusMonths(c.contractStart, -c.ageAtStartMonths),
      contractStart: c.contractStart,
      contractEnd: plusDays(c.contractStart, c.lengthDays),
      qualification: c.qualification,
      territory: c.mayotte && c.contractStart >= "2021-01-01" ? "mayotte" : "metropole",
    };
    if (c.conventionalMinimumMonthly !== undefined) input.conventionalMinimumMonthly = c.conventionalMinimumMonthly;
    if (c.weeklyHours !== undefined) input.weeklyHours = c.weeklyHours;
    return input;
  });

/** Two dates within the contract, in order. */
function twoDatesWithin(start: string, end: string, a: number, b: number): [string, string] {
  const length = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
  const [x, y] = [Math.floor(a * (length + 1)), Math.floor(b * (length + 1))].map((n) => Math.min(n, length)).sort((p, q) => p - q) as [number, number];
  return [plusDays(start, x), plusDays(start, y)];
}

function expectCents(value: number): void {
  expect(Number.isFinite(value)).toBe(true);
  expect(decimalsOf(value)).toBeLessThanOrEqual(2);
}

function expectCover(periods: readonly PayPeriod[], start: string, end: string): void {
  expect(periods[0]!.from).toBe(start);
  expect(periods.at(-1)!.to).toBe(end);
  periods.forEach((period, index) => {
    expect(period.from <= period.to).toBe(true);
    if (index > 0) expect(period.from).toBe(plusDays(periods[index - 1]!.to, 1));
    expectCents(period.monthlyMinimum);
    expectCents(period.hourlyMinimum);
    expect(period.monthlyMinimum).toBeGreaterThan(0);
  });
}

const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

describe("apprentice minimum: invariants", () => {
  test("amounts are finite, positive and have at most two decimals", () => {
    fc.assert(
      fc.property(apprenticeContract, unit, (contract, a) => {
        const [date] = twoDatesWithin(contract.contractStart, contract.contractEnd, a, a);
        const result = apprenticeMinimumWage({ ...contract, date });
        for (const amount of [result.monthlyMinimum, result.hourlyMinimum, result.baseMonthly, result.smic.monthly, result.smic.hourly]) expectCents(amount);
        expect(result.monthlyMinimum).toBeGreaterThan(0);
        expect(result.ratePercent).toBeGreaterThan(0);
        expect(result.contractYear).toBeGreaterThanOrEqual(1);
        if (result.base === "SMIC") expect(result.ratePercent).toBeLessThanOrEqual(100);
      }),
      { numRuns: 400 },
    );
  });

  test("within one contract the minimum never decreases (the SMIC never falls in the data), save the documented SMC-to-SMIC case", () => {
    fc.assert(
      fc.property(apprenticeContract, unit, unit, (contract, a, b) => {
        const [first, second] = twoDatesWithin(contract.contractStart, contract.contractEnd, a, b);
        const earlier = apprenticeMinimumWage({ ...contract, date: first });
        const later = apprenticeMinimumWage({ ...contract, date: second });
        expect(later.smic.hourly).toBeGreaterThanOrEqual(earlier.smic.hourly);
        // docs/pay.md: increases above 100 % stand on a SMC base but are capped on the SMIC base, so the
        // minimum drops when the SMIC overtakes the SMC (example in apprenticeship.test.ts).
        const smcOvertaken = earlier.base === "SMC" && later.base === "SMIC" && earlier.ratePercent > 100;
        if (!smcOvertaken) expect(later.monthlyMinimum).toBeGreaterThanOrEqual(earlier.monthlyMinimum);
        expect(later.contractYear).toBeGreaterThanOrEqual(earlier.contractYear);
      }),
      { numRuns: 600 },
    );
  });

  test("the schedule covers the contract with no gap or overlap, and agrees with the single-date function", () => {
    fc.assert(
      fc.property(apprenticeContract, unit, (contract, a) => {
        const { periods, explanation } = apprenticePaySchedule(contract);
        expectCover(periods, contract.contractStart, contract.contractEnd);
        expect(explanation.filter((step) => step.rule === "pay.apprenticeship.period")).toHaveLength(periods.length);
        const [date] = twoDatesWithin(contract.contractStart, contract.contractEnd, a, a);
        const period = periods.find((p) => p.from <= date && date <= p.to)!;
        const point = apprenticeMinimumWage({ ...contract, date });
        expect([point.contractYear, point.ageBand, point.ratePercent, point.smic.hourly, point.monthlyMinimum, point.base, point.hourlyMinimum]).toEqual([
          period.contractYear,
          period.ageBand,
          period.ratePercent,
          period.smicHourly,
          period.monthlyMinimum,
          period.base,
          period.hourlyMinimum,
        ]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("CPRO minimum: invariants", () => {
  test("amounts finite with two decimals; never decreasing; never below the SMIC from 26", () => {
    fc.assert(
      fc.property(professionalisationContract, unit, unit, (contract, a, b) => {
        const [first, second] = twoDatesWithin(contract.contractStart, contract.contractEnd, a, b);
        const earlier = professionalisationMinimumWage({ ...contract, date: first });
        const later = professionalisationMinimumWage({ ...contract, date: second });
        for (const result of [earlier, later]) {
          for (const amount of [result.monthlyMinimum, result.hourlyMinimum, result.baseMonthly]) expectCents(amount);
          if (result.ageBand === "26-plus") expect(result.hourlyMinimum).toBeGreaterThanOrEqual(result.smic.hourly);
        }
        expect(later.monthlyMinimum).toBeGreaterThanOrEqual(earlier.monthlyMinimum);
      }),
      { numRuns: 400 },
    );
  });

  test("the schedule covers the contract and agrees with the single-date function", () => {
    fc.assert(
      fc.property(professionalisationContract, unit, (contract, a) => {
        const { periods } = professionalisationPaySchedule(contract);
        expectCover(periods, contract.contractStart, contract.contractEnd);
        const [date] = twoDatesWithin(contract.contractStart, contract.contractEnd, a, a);
        const period = periods.find((p) => p.from <= date && date <= p.to)!;
        expect(professionalisationMinimumWage({ ...contract, date })).toMatchObject({
          ratePercent: period.ratePercent,
          monthlyMinimum: period.monthlyMinimum,
          ageBand: period.ageBand,
          contractYear: period.contractYear,
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("any input gives a result or an AlternanceInputError, nothing else", () => {
  const loose = fc.record(
    {
      birthDate: fc.oneof(day("1900-01-01", 110_000), fc.string(), fc.constant(undefined)),
      contractStart: fc.oneof(day("2015-01-01", 5000), fc.string()),
      contractEnd: fc.oneof(day("2015-01-01", 6000), fc.string(), fc.integer()),
      date: fc.oneof(day("2015-01-01", 6000), fc.string()),
      creditedMonths: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double()),
      cycleYears: fc.integer({ min: -1, max: 5 }),
      conventionalMinimumMonthly: fc.oneof(fc.double(), fc.integer({ min: 0, max: 1e7 })),
      weeklyHours: fc.oneof(fc.double(), fc.integer({ min: -10, max: 200 })),
      publicSectorPoints: fc.oneof(fc.constantFrom(0, 10, 20), fc.integer()),
      sameLevelDiploma: fc.oneof(fc.boolean(), fc.string()),
      licencePro: fc.boolean(),
      previousContract: fc.oneof(fc.record({ lastYearRatePercent: fc.double(), diplomaObtained: fc.boolean() }), fc.anything()),
      disabledWorkerExtension: fc.boolean(),
      territory: fc.constantFrom("metropole", "mayotte", "guyane"),
      qualification: fc.constantFrom("below-bac-pro", "bac-pro-or-higher", "bac"),
      locale: fc.constantFrom("fr", "en", "de"),
    },
    { requiredKeys: [] },
  );
  const call = (run: () => { monthlyMinimum?: number; periods?: PayPeriod[] }) => {
    try {
      const result = run();
      if (result.monthlyMinimum !== undefined) expectCents(result.monthlyMinimum);
      for (const period of result.periods ?? []) expectCents(period.monthlyMinimum);
    } catch (error) {
      expect(error).toBeInstanceOf(AlternanceInputError);
      const inputError = error as AlternanceInputError;
      expect(inputError.issues.length).toBeGreaterThan(0);
      for (const issue of inputError.issues) {
        expect(issue.message.length).toBeGreaterThan(0);
        expect(issue.message).not.toMatch(/Invalid Date|\[object Object\]/);
      }
    }
  };

  test("apprenticeMinimumWage and apprenticePaySchedule", () => {
    fc.assert(
      fc.property(loose, (input) => {
        const { qualification: _q, ...apprentice } = input;
        call(() => apprenticeMinimumWage(apprentice as never));
        const { date: _d, ...terms } = apprentice;
        call(() => apprenticePaySchedule(terms as never));
      }),
      { numRuns: 1000 },
    );
  });

  test("professionalisationMinimumWage and professionalisationPaySchedule", () => {
    fc.assert(
      fc.property(loose, (input) => {
        const { birthDate, contractStart, contractEnd, date, conventionalMinimumMonthly, weeklyHours, territory, qualification, locale } = input;
        const cpro = { birthDate, contractStart, contractEnd, date, conventionalMinimumMonthly, weeklyHours, territory, qualification, locale };
        call(() => professionalisationMinimumWage(cpro as never));
        const { date: _d, ...terms } = cpro;
        call(() => professionalisationPaySchedule(terms as never));
      }),
      { numRuns: 1000 },
    );
  });
});
