/**
 * Invariants of recommendArrangement over arbitrary situations (fast-check).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AlternanceInputError } from "../../src/core/errors.js";
import { addDays } from "../../src/core/dates.js";
import { arrangements, recommendArrangement } from "../../src/programmes/index.js";
import type { RecommendArrangementInput } from "../../src/programmes/index.js";

const isoDate = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((offset) => addDays(from, offset));
const miage = arrangements.miageAixMarseille;

const situation: fc.Arbitrary<RecommendArrangementInput> = fc.record(
  {
    programme: fc.constantFrom(...miage.programmes.map((programme) => programme.id)),
    workStudy: fc.boolean(),
    contractPossible: fc.boolean(),
    employerSignsApprenticeship: fc.boolean(),
    birthDate: isoDate("1960-01-01", 50 * 366),
    contractStart: isoDate("2019-01-01", 10 * 366),
    status: fc.constantFrom("FI", "FC"),
    locale: fc.constantFrom("fr" as const, "en" as const),
  },
  { requiredKeys: ["programme"] },
);

describe("recommendArrangement invariants", () => {
  test("the advice is an arrangement the programme accepts, consistent with its agreement", () => {
    fc.assert(
      fc.property(situation, (input) => {
        let result;
        try {
          result = recommendArrangement(input);
        } catch (error) {
          expect(error).toBeInstanceOf(AlternanceInputError);
          return;
        }
        if (result.arrangement === null) {
          expect(result.violations.map((violation) => violation.code)).toEqual(["NO_ARRANGEMENT_OFFERED"]);
          return;
        }
        expect(result.programme.arrangements).toContain(result.arrangement);
        const arrangement = miage.arrangements.find((candidate) => candidate.code === result.arrangement)!;
        expect(result.status).toBe(arrangement.status);
        expect(result.agreement).toBe(arrangement.agreement);
        const workStudyAgreement = miage.agreements.find((agreement) => agreement.code === arrangement.agreement)!.workStudy;
        expect(workStudyAgreement).toBe(input.workStudy ?? result.programme.workStudy !== "none");
        if (result.arrangement === "FI-CAPP") expect(result.ageAtStart).toBeLessThanOrEqual(29);
        for (const alternative of result.alternatives) expect(result.programme.arrangements).toContain(alternative);
      }),
    );
  });

  test("anything at all gives a result or an AlternanceInputError", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          recommendArrangement(input as RecommendArrangementInput);
        } catch (error) {
          expect(error).toBeInstanceOf(AlternanceInputError);
        }
      }),
    );
  });
});
