/**
 * Invariants of the training-hour bounds over arbitrary contracts (fast-check).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AlternanceInputError } from "../../src/core/errors.js";
import { addDays } from "../../src/core/dates.js";
import { MAX_CONTRACT_HOURS } from "../../src/core/schema.js";
import { checkTrainingHours, trainingHoursRequirement } from "../../src/training-hours/index.js";
import type { CheckTrainingHoursInput, TrainingHoursRequirementInput } from "../../src/training-hours/index.js";

const isoDate = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((offset) => addDays(from, offset));

const contract = fc.record(
  {
    contract: fc.constantFrom("apprenticeship" as const, "professionalisation" as const),
    contractStart: isoDate("2019-01-01", 15 * 366),
    length: fc.integer({ min: 0, max: 5 * 366 }),
    annualHours: fc.double({ min: 0.01, max: 8784, noNaN: true }),
    // Up to the bound of the schema (4 years of 24-hour days), beyond which the input is rejected.
    contractHours: fc.double({ min: 0.01, max: MAX_CONTRACT_HOURS, noNaN: true }),
    extendedAbove25: fc.boolean(),
  },
  { requiredKeys: ["contract", "contractStart", "length"] },
);

const toInput = ({ length, ...rest }: { length: number; contractStart: string } & Omit<TrainingHoursRequirementInput, "contractEnd">): TrainingHoursRequirementInput => ({
  ...rest,
  contractEnd: addDays(rest.contractStart, length),
});

/** At most 2 decimals, as the output is rounded to the hundredth of an hour. */
const hasTwoDecimals = (value: number) => Math.abs(Math.round(value * 100) - value * 100) < 1e-6 * Math.max(1, value);

describe("trainingHoursRequirement invariants", () => {
  test("finite, rounded to 2 decimals, ordered; the apprenticeship has no maximum", () => {
    fc.assert(
      fc.property(contract, (raw) => {
        const input = toInput(raw);
        const result = trainingHoursRequirement(input);
        for (const value of [result.contractHours, result.minimumHours, result.maximumHours ?? 0]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(hasTwoDecimals(value)).toBe(true);
        }
        expect(result.contractHours).toBeGreaterThanOrEqual(0);
        expect(result.minimumHours).toBeGreaterThanOrEqual(0);
        if (input.contract === "apprenticeship") {
          expect(result.maximumHours).toBeNull();
          expect(result.minimumHours).toBeLessThanOrEqual(result.contractHours);
        } else {
          expect(result.minimumHours).toBeGreaterThanOrEqual(150);
          expect(result.maximumHours === null).toBe(input.extendedAbove25 === true);
          const floorAbove = result.maximumHours !== null && result.maximumHours < 150;
          expect(result.warnings.some((warning) => warning.code === "FLOOR_ABOVE_MAXIMUM")).toBe(floorAbove);
          if (result.maximumHours !== null && !floorAbove) expect(result.minimumHours).toBeLessThanOrEqual(result.maximumHours);
        }
      }),
    );
  });

  test("a longer contract never needs less training (default 1607 h basis)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("apprenticeship" as const, "professionalisation" as const),
        isoDate("2019-01-01", 15 * 366),
        fc.integer({ min: 0, max: 4 * 366 }),
        fc.integer({ min: 1, max: 400 }),
        (kind, start, length, extra) => {
          const shorter = trainingHoursRequirement({ contract: kind, contractStart: start, contractEnd: addDays(start, length) });
          const longer = trainingHoursRequirement({ contract: kind, contractStart: start, contractEnd: addDays(start, length + extra) });
          expect(longer.contractHours).toBeGreaterThanOrEqual(shorter.contractHours);
          expect(longer.minimumHours).toBeGreaterThanOrEqual(shorter.minimumHours);
        },
      ),
    );
  });

  test("a whole number of months from the 1st gives exactly 1607 × n / 12 hours", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2019, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 48 }), (year, month, months) => {
        const start = `${year}-${String(month).padStart(2, "0")}-01`;
        const endExclusiveMonth = month - 1 + months;
        const end = addDays(`${year + Math.floor(endExclusiveMonth / 12)}-${String((endExclusiveMonth % 12) + 1).padStart(2, "0")}-01`, -1);
        const result = trainingHoursRequirement({ contract: "apprenticeship", contractStart: start, contractEnd: end });
        expect(result.contractHours).toBe(Math.round((1607 * months * 100) / 12) / 100);
      }),
    );
  });
});

describe("checkTrainingHours invariants", () => {
  test("valid iff minimum ≤ training ≤ maximum, as shown in the result", () => {
    fc.assert(
      fc.property(contract, fc.double({ min: 0, max: MAX_CONTRACT_HOURS, noNaN: true }), (raw, trainingHours) => {
        const input: CheckTrainingHoursInput = { ...toInput(raw), trainingHours };
        const result = checkTrainingHours(input);
        const inRange = trainingHours >= result.minimumHours && (result.maximumHours === null || trainingHours <= result.maximumHours);
        expect(result.valid).toBe(inRange);
        expect(result.valid).toBe(result.violations.length === 0);
        const requirement = trainingHoursRequirement(toInput(raw));
        expect([result.minimumHours, result.maximumHours, result.contractHours]).toEqual([requirement.minimumHours, requirement.maximumHours, requirement.contractHours]);
      }),
    );
  });

  test("anything at all gives a result or an AlternanceInputError", () => {
    const loose = fc.record(
      {
        contract: fc.oneof(fc.constantFrom("apprenticeship", "professionalisation"), fc.string()),
        contractStart: fc.oneof(isoDate("2010-01-01", 20 * 366), fc.string()),
        contractEnd: fc.oneof(isoDate("2010-01-01", 20 * 366), fc.string()),
        annualHours: fc.oneof(fc.double(), fc.string()),
        contractHours: fc.double(),
        trainingHours: fc.oneof(fc.double(), fc.constant(undefined)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(loose, fc.anything()), (input) => {
        try {
          const result = checkTrainingHours(input as CheckTrainingHoursInput);
          for (const value of [result.contractHours, result.minimumHours, result.maximumHours ?? 0]) expect(Number.isFinite(value)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(AlternanceInputError);
        }
      }),
    );
  });
});
