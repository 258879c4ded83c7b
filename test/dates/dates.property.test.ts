/**
 * Invariants of the contract-dates module (fast-check): windows contain their anchor, outputs are valid
 * ISO dates, school policies only narrow the law, and nothing but a result or an AlternanceInputError
 * comes out.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isWorkingDay, isPublicHoliday } from "../../src/core/calendar.js";
import { addDays, addMonths, dayOfWeek, isIsoDate, monthsAndDaysBetween } from "../../src/core/dates.js";
import { AlternanceInputError } from "../../src/core/errors.js";
import {
  checkContractDates,
  contractWindows,
  datesRules,
  registrationDeadline,
  trialPeriodEnd,
  type CompanyWeekday,
  type ContractDateRules,
  type ContractType,
  type DatePolicy,
} from "../../src/dates/index.js";
import { lastDayOfMonths } from "../../src/dates/month-arithmetic.js";

const CONTRACTS: ContractType[] = ["apprenticeship", "professionalisation", "work-study-internship"];

/** A valid ISO date between two years. */
const isoDate = (fromYear: number, toYear: number) =>
  fc
    .date({ min: new Date(Date.UTC(fromYear, 0, 1)), max: new Date(Date.UTC(toYear, 11, 31)), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

const months = fc.option(fc.integer({ min: 0, max: 120 }), { nil: null });

/** Any valid contract rules a school could write. */
const contractRules: fc.Arbitrary<ContractDateRules> = fc.record({
  start: fc.record({ monthsBefore: months, monthsAfter: months }),
  end: fc.oneof(
    fc.record({ monthsBefore: fc.option(months, { nil: undefined }), monthsAfter: months }).map(({ monthsBefore, monthsAfter }) =>
      monthsBefore === undefined ? { monthsAfter } : { monthsBefore, monthsAfter },
    ),
    fc.constant({ notAfterTrainingEnd: true as const }),
  ),
  durationMonths: fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.boolean())
    .map(([a, b, open]) => (open ? { minimum: null, maximum: null } : { minimum: Math.min(a, b), maximum: Math.max(a, b) })),
});

const policy: fc.Arbitrary<DatePolicy | "legal" | "miageAixMarseille" | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant("legal" as const),
  fc.constant("miageAixMarseille" as const),
  fc.record({ apprenticeship: contractRules, professionalisation: contractRules, "work-study-internship": contractRules }),
);

/** Training dates in scope for every contract type, leaving room for 120-month offsets before 2199. */
const training = fc.tuple(isoDate(2019, 2150), fc.integer({ min: 0, max: 1500 })).map(([start, length]) => ({ trainingStart: start, trainingEnd: addDays(start, length) }));

const RUNS = { numRuns: 300 };

describe("contractWindows", () => {
  test("outputs are valid ISO dates or null, and each window contains its anchor", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONTRACTS), training, policy, (contract, dates, chosen) => {
        const result = contractWindows({ contract, ...dates, policy: chosen });
        for (const value of [result.start.earliest, result.start.latest, result.end.earliest, result.end.latest]) {
          expect(value === null || isIsoDate(value)).toBe(true);
        }
        // every policy offset is a number of months before or after the anchor (≥ 0), so windows contain it
        if (result.start.earliest !== null) expect(result.start.earliest <= dates.trainingStart).toBe(true);
        if (result.start.latest !== null) expect(result.start.latest >= dates.trainingStart).toBe(true);
        if (result.end.earliest !== null) expect(result.end.earliest <= dates.trainingEnd).toBe(true);
        if (result.end.latest !== null) expect(result.end.latest >= dates.trainingEnd).toBe(true);
      }),
      RUNS,
    );
  });

  test("a school policy only narrows the law's windows", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONTRACTS), training, policy, (contract, dates, chosen) => {
        const law = contractWindows({ contract, ...dates });
        const school = contractWindows({ contract, ...dates, policy: chosen });
        for (const which of ["start", "end"] as const) {
          if (law[which].earliest !== null) expect(school[which].earliest !== null && school[which].earliest! >= law[which].earliest!).toBe(true);
          if (law[which].latest !== null) expect(school[which].latest !== null && school[which].latest! <= law[which].latest!).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test("the apprenticeship start window is addMonths(trainingStart, ∓3) under the law", () => {
    fc.assert(
      fc.property(training, (dates) => {
        const result = contractWindows({ contract: "apprenticeship", ...dates });
        expect(result.start).toEqual({ earliest: addMonths(dates.trainingStart, -3), latest: addMonths(dates.trainingStart, 3) });
      }),
      RUNS,
    );
  });
});

describe("checkContractDates", () => {
  const knownCodes = new Set(datesRules.map((rule) => rule.code).filter((code) => code !== undefined));

  test("valid ⇔ no violation; every code is a declared rule; the windows are those of contractWindows", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONTRACTS),
        training,
        isoDate(2021, 2150),
        fc.integer({ min: -400, max: 2000 }),
        policy,
        fc.option(fc.constantFrom("disabled-worker", "high-level-athlete", "branch-agreement-24", "priority-public-36"), { nil: undefined }),
        (contract, dates, contractStart, length, chosen, extendedDuration) => {
          const result = checkContractDates({ contract, ...dates, contractStart, contractEnd: addDays(contractStart, length), policy: chosen, extendedDuration });
          expect(result.valid).toBe(result.violations.length === 0);
          for (const violation of result.violations) {
            expect(knownCodes.has(violation.code)).toBe(true);
            expect(violation.legalBasis.length).toBeGreaterThan(0);
          }
          for (const warning of result.warnings) expect(knownCodes.has(warning.code) || warning.code === "PARAMETERS_NOT_VERIFIED").toBe(true);
          const windows = contractWindows({ contract, ...dates, policy: chosen });
          expect([result.windows.start, result.windows.end]).toEqual([windows.start, windows.end]);
          expect(result.violations.some((violation) => violation.code === "END_BEFORE_START")).toBe(length < 0);
        },
      ),
      RUNS,
    );
  });

  test("anything in gives a result or an AlternanceInputError, never another error", () => {
    const anyDate = fc.oneof(isoDate(1850, 2250), fc.string(), fc.constant("2025-02-30"), fc.integer(), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.record({
          contract: fc.oneof(fc.constantFrom(...CONTRACTS), fc.string()),
          trainingStart: anyDate,
          trainingEnd: anyDate,
          contractStart: anyDate,
          contractEnd: anyDate,
          signatureDate: anyDate,
          missionValidatedOn: anyDate,
          validationRequestedOn: anyDate,
          policy: fc.oneof(policy, fc.string(), fc.anything()),
        }),
        (input) => {
          try {
            const result = checkContractDates(input as never);
            expect(typeof result.valid).toBe("boolean");
          } catch (error) {
            expect(error).toBeInstanceOf(AlternanceInputError);
            expect((error as AlternanceInputError).issues.length).toBeGreaterThan(0);
          }
        },
      ),
      RUNS,
    );
  });
});

describe("duration convention (law.md §3.3, UNCONFIRMED reading)", () => {
  test("a contract from start to lastDayOfMonths(start, N) lasts exactly N months and 0 days", () => {
    fc.assert(
      fc.property(isoDate(2019, 2150), fc.integer({ min: 1, max: 60 }), (start, n) => {
        const last = lastDayOfMonths(start, n);
        expect(last).toBe(addDays(addMonths(start, n), -1));
        expect(monthsAndDaysBetween(start, last!)).toMatchObject({ months: n, days: 0 });
      }),
      RUNS,
    );
  });

  test("under the law, an apprenticeship ending on lastDayOfMonths(start, 6) is long enough and one day earlier is not", () => {
    fc.assert(
      fc.property(isoDate(2019, 2150), (start) => {
        const base = { contract: "apprenticeship" as const, trainingStart: start, trainingEnd: start, contractStart: start };
        const atBound = checkContractDates({ ...base, contractEnd: lastDayOfMonths(start, 6)! });
        const before = checkContractDates({ ...base, contractEnd: addDays(lastDayOfMonths(start, 6)!, -1) });
        expect(atBound.violations.map((violation) => violation.code)).toEqual([]);
        expect(before.violations.map((violation) => violation.code)).toEqual(["DURATION_TOO_SHORT"]);
      }),
      RUNS,
    );
  });
});

describe("registrationDeadline", () => {
  test("apprenticeship: a jour ouvrable after the start, with exactly 5 jours ouvrables in (start, deadline]", () => {
    fc.assert(
      fc.property(isoDate(2019, 2150), (contractStart) => {
        const { deadline } = registrationDeadline({ contract: "apprenticeship", contractStart });
        expect(isIsoDate(deadline)).toBe(true);
        expect(isWorkingDay(deadline, "ouvrables")).toBe(true);
        let count = 0;
        for (let day = addDays(contractStart, 1); day <= deadline; day = addDays(day, 1)) if (isWorkingDay(day, "ouvrables")) count += 1;
        expect(count).toBe(5);
      }),
      RUNS,
    );
  });

  test("professionalisation: always the start + 5 days", () => {
    fc.assert(
      fc.property(isoDate(2019, 2150), (contractStart) => {
        expect(registrationDeadline({ contract: "professionalisation", contractStart }).deadline).toBe(addDays(contractStart, 5));
      }),
      RUNS,
    );
  });
});

describe("trialPeriodEnd", () => {
  const WEEKDAYS: CompanyWeekday[] = ["mon", "tue", "wed", "thu", "fri", "sat"];
  const NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

  test("the last day is a counted company day, and exactly 45 counted days run from the start to it", () => {
    fc.assert(
      fc.property(
        isoDate(2019, 2150),
        fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 20 }),
        (contractStart, companyWeekdays, trainingOffsets, absenceOffsets) => {
          const trainingDates = trainingOffsets.map((offset) => addDays(contractStart, offset));
          const absences = absenceOffsets.map((offset) => addDays(contractStart, offset));
          const { lastDay, companyDaysCounted } = trialPeriodEnd({ contractStart, companyWeekdays, trainingDates, absences });
          const counts = (day: string) =>
            companyWeekdays.includes(NAMES[dayOfWeek(day)] as CompanyWeekday) && !isPublicHoliday(day) && !trainingDates.includes(day) && !absences.includes(day);
          expect(isIsoDate(lastDay)).toBe(true);
          expect(counts(lastDay)).toBe(true);
          let counted = 0;
          for (let day = contractStart; day <= lastDay; day = addDays(day, 1)) if (counts(day)) counted += 1;
          expect(counted).toBe(45);
          expect(companyDaysCounted).toBe(45);
        },
      ),
      { numRuns: 150 },
    );
  });
});
