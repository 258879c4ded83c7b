/**
 * Invariants of the whole-contract checks (fast-check): an agreed pay built from the minimum schedule
 * is never PAY_BELOW_MINIMUM (and one cent less always is, where it applies); removing any required
 * field gives an AlternanceInputError naming its full path, never a crash; any input gives a result or
 * an AlternanceInputError.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { addDays, addMonths } from "../../src/core/dates.js";
import {
  AlternanceInputError,
  apprenticePaySchedule,
  checkApprenticeshipContract,
  checkProfessionalisationContract,
  professionalisationPaySchedule,
} from "../../src/index.js";
import { apprenticeship, professionalisation } from "./fixtures.js";

const isoDate = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((offset) => addDays(from, offset));

/** A contract: start 2019–2027, 6 to 36 months, apprentice 15 to 40, part-time or not. */
const contract = fc.record({
  birthDate: isoDate("1985-01-01", 26 * 366),
  contractStart: isoDate("2019-01-01", 9 * 366),
  months: fc.integer({ min: 6, max: 36 }),
  weeklyHours: fc.constantFrom(undefined, 35, 24, 30.5),
  conventionalMinimumMonthly: fc.constantFrom(undefined, 1900, 2500.5),
  qualification: fc.constantFrom("below-bac-pro" as const, "bac-pro-or-higher" as const),
});

describe("agreed pay built from the minimum schedule", () => {
  test("is never below the minimum, for an apprenticeship and a CPRO; one cent less in a period is", () => {
    fc.assert(
      fc.property(contract, fc.boolean(), fc.nat(), (c, cpro, pick) => {
        const contractEnd = addDays(addMonths(c.contractStart, c.months), -1);
        const terms = { birthDate: c.birthDate, contractStart: c.contractStart, contractEnd, weeklyHours: c.weeklyHours, conventionalMinimumMonthly: c.conventionalMinimumMonthly };
        const schedule = cpro ? professionalisationPaySchedule({ ...terms, qualification: c.qualification }) : apprenticePaySchedule(terms);
        const agreedMonthlyPay = schedule.periods.map((period) => ({ from: period.from, amount: period.monthlyMinimum }));
        const contractPart = { contractStart: c.contractStart, contractEnd, weeklyHours: c.weeklyHours, conventionalMinimumMonthly: c.conventionalMinimumMonthly, agreedMonthlyPay };
        const check = (pay: typeof agreedMonthlyPay) =>
          cpro
            ? checkProfessionalisationContract({ ...professionalisation(), beneficiary: { birthDate: c.birthDate, jobSeeker: true, legalRepresentative: true }, training: { qualification: c.qualification }, contract: { ...contractPart, agreedMonthlyPay: pay } })
            : checkApprenticeshipContract({ apprentice: { birthDate: c.birthDate, legalRepresentative: true }, training: {}, contract: { ...contractPart, agreedMonthlyPay: pay } });
        const result = check(agreedMonthlyPay);
        expect(result.violations.filter((violation) => violation.code === "PAY_BELOW_MINIMUM")).toEqual([]);
        expect(result.sections.pay.comparisons?.every((row) => row.met && row.shortfall === 0)).toBe(true);
        const index = pick % agreedMonthlyPay.length;
        if (agreedMonthlyPay[index]!.amount >= 0.01) {
          const lower = agreedMonthlyPay.map((period, at) => (at === index ? { ...period, amount: Math.round(period.amount * 100 - 1) / 100 } : period));
          const fields = check(lower).violations.filter((violation) => violation.code === "PAY_BELOW_MINIMUM").map((violation) => violation.field);
          expect(fields).toEqual([`contract.agreedMonthlyPay[${index}].amount`]);
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** Every path to a required field of a full input (optional parts included, so their own required fields count). */
function requiredPaths(kind: "apprenticeship" | "professionalisation"): string[][] {
  const shared = [["contract"], ["contract", "contractStart"], ["contract", "contractEnd"], ["training"], ["tutor", "birthDate"], ["tutor", "experienceYears"]];
  return kind === "apprenticeship"
    ? [["apprentice"], ["apprentice", "birthDate"], ...shared, ["contract", "agreedMonthlyPay", "0", "from"], ["contract", "agreedMonthlyPay", "0", "amount"]]
    : [["beneficiary"], ["beneficiary", "birthDate"], ["employer"], ["employer", "kind"], ["training", "qualification"], ...shared, ["contract", "agreedMonthlyPay", "0", "amount"]];
}

function without(input: unknown, path: readonly string[]): unknown {
  const copy = structuredClone(input) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[path[path.length - 1]!];
  return copy;
}

describe("removing any required field", () => {
  const full = {
    apprenticeship: { ...apprenticeship(), tutor: { birthDate: "1980-06-15", experienceYears: 3 }, contract: { ...apprenticeship().contract, agreedMonthlyPay: [{ from: "2025-09-01", amount: 1000 }] } },
    professionalisation: { ...professionalisation(), tutor: { birthDate: "1980-06-15", experienceYears: 3 }, contract: { ...professionalisation().contract, agreedMonthlyPay: [{ from: "2025-09-01", amount: 1600 }] } },
  };
  test("the full inputs are valid", () => {
    expect(checkApprenticeshipContract(full.apprenticeship).valid).toBe(true);
    expect(checkProfessionalisationContract(full.professionalisation).valid).toBe(true);
  });
  test("gives an AlternanceInputError naming its full path (REQUIRED), in French by default", () => {
    fc.assert(
      fc.property(fc.constantFrom("apprenticeship" as const, "professionalisation" as const), fc.nat(), (kind, pick) => {
        const paths = requiredPaths(kind);
        const path = paths[pick % paths.length]!;
        const input = without(full[kind], path);
        let error: unknown;
        try {
          if (kind === "apprenticeship") checkApprenticeshipContract(input as never);
          else checkProfessionalisationContract(input as never);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(AlternanceInputError);
        const issues = (error as AlternanceInputError).issues;
        const label = path.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        expect(issues).toContainEqual(expect.objectContaining({ path: label, code: "REQUIRED", message: expect.stringContaining("champ obligatoire manquant") }));
      }),
      { numRuns: 100 },
    );
  });
});

describe("any input", () => {
  const leaf = fc.oneof(fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string(), isoDate("2015-01-01", 15 * 366));
  const part = fc.dictionary(fc.constantFrom("birthDate", "contractStart", "contractEnd", "trainingStart", "trainingEnd", "experienceYears", "weeklyHours", "dailyHours", "kind", "qualification", "diplomaLevel", "agreedMonthlyPay", "policy"), leaf);
  test("gives a result or an AlternanceInputError, never another exception", () => {
    fc.assert(
      fc.property(
        fc.record({ apprentice: part, beneficiary: part, employer: part, tutor: part, training: part, contract: part }, { requiredKeys: [] }),
        fc.boolean(),
        (input, cpro) => {
          try {
            const result = cpro ? checkProfessionalisationContract(input as never) : checkApprenticeshipContract(input as never);
            expect(typeof result.valid).toBe("boolean");
          } catch (error) {
            expect(error).toBeInstanceOf(AlternanceInputError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
