/**
 * Invariants of the eligibility checks over arbitrary inputs (fast-check).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AlternanceInputError } from "../../src/core/errors.js";
import { addDays, ageOn } from "../../src/core/dates.js";
import {
  APPRENTICESHIP_EXCEPTIONS,
  EMPLOYER_KINDS,
  checkApprenticeshipEligibility,
  checkProfessionalisationEligibility,
} from "../../src/eligibility/index.js";
import type { ApprenticeshipEligibilityInput, ProfessionalisationEligibilityInput } from "../../src/eligibility/index.js";

/** A valid date from `from`, at most `days` later (built from a day offset, so always a real date). */
const isoDate = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((offset) => addDays(from, offset));

const birthDate = isoDate("1950-01-01", 70 * 366);
const contractDate = isoDate("2019-01-01", 12 * 366);

const apprenticeshipInput: fc.Arbitrary<ApprenticeshipEligibilityInput> = fc.record(
  {
    birthDate,
    contractStart: contractDate,
    signatureDate: contractDate,
    completedLowerSecondary: fc.boolean(),
    exceptions: fc.subarray([...APPRENTICESHIP_EXCEPTIONS]),
    previousContractEnd: isoDate("2017-01-01", 14 * 366),
    exceptionAgeReading: fc.constantFrom("text" as const, "service-public" as const),
    locale: fc.constantFrom("fr" as const, "en" as const),
  },
  { requiredKeys: ["birthDate", "contractStart"] },
);

/** Runs a check; returns the result, or null for an AlternanceInputError (anything else fails). */
function resultOrInputError<T>(call: () => T): T | null {
  try {
    return call();
  } catch (error) {
    expect(error).toBeInstanceOf(AlternanceInputError);
    return null;
  }
}

describe("checkApprenticeshipEligibility invariants", () => {
  test("a result or an AlternanceInputError; eligible iff no violation; ages consistent", () => {
    fc.assert(
      fc.property(apprenticeshipInput, (input) => {
        const result = resultOrInputError(() => checkApprenticeshipEligibility(input));
        if (result === null) return;
        expect(result.eligible).toBe(result.violations.length === 0);
        expect(result.ageAtStart).toBe(ageOn(input.birthDate, input.contractStart));
        expect(Number.isInteger(result.ageAtStart) && result.ageAtStart >= 0).toBe(true);
        expect([15, 16]).toContain(result.minimumAge);
        expect(result.maximumAge === null || result.maximumAge >= 29).toBe(true);
        if (result.eligible) expect(result.ageAtStart).toBeGreaterThanOrEqual(result.minimumAge);
        if (result.eligible && result.appliedException === null) expect(result.ageAtStart).toBeLessThanOrEqual(29);
        if (result.appliedException !== null) expect(input.exceptions).toContain(result.appliedException);
        for (const violation of [...result.violations, ...result.warnings]) {
          expect(violation.code).toMatch(/^[A-Z_]+$/);
          expect(violation.message.length).toBeGreaterThan(0);
        }
        for (const step of result.explanation) expect(step.legalBasis.length).toBeGreaterThan(0);
      }),
    );
  });

  test("claiming one more exception never makes an eligible contract ineligible", () => {
    fc.assert(
      fc.property(apprenticeshipInput, fc.constantFrom(...APPRENTICESHIP_EXCEPTIONS), (input, extra) => {
        const withPrevious = { ...input, previousContractEnd: input.previousContractEnd ?? input.contractStart };
        const before = resultOrInputError(() => checkApprenticeshipEligibility(withPrevious));
        const after = resultOrInputError(() => checkApprenticeshipEligibility({ ...withPrevious, exceptions: [...(withPrevious.exceptions ?? []), extra] }));
        if (before === null || after === null) return;
        if (before.eligible) expect(after.eligible).toBe(true);
      }),
    );
  });

  test("the service-public reading is never more permissive than the text", () => {
    fc.assert(
      fc.property(apprenticeshipInput, (input) => {
        const text = resultOrInputError(() => checkApprenticeshipEligibility({ ...input, exceptionAgeReading: "text" }));
        const strict = resultOrInputError(() => checkApprenticeshipEligibility({ ...input, exceptionAgeReading: "service-public" }));
        if (text === null || strict === null) return;
        if (strict.eligible) expect(text.eligible).toBe(true);
      }),
    );
  });

  test("the input is never mutated", () => {
    fc.assert(
      fc.property(apprenticeshipInput, (input) => {
        const copy = structuredClone(input);
        resultOrInputError(() => checkApprenticeshipEligibility(input));
        expect(input).toEqual(copy);
      }),
    );
  });

  test("anything at all gives a result or an AlternanceInputError", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        resultOrInputError(() => checkApprenticeshipEligibility(input as ApprenticeshipEligibilityInput));
      }),
    );
    fc.assert(
      fc.property(
        fc.record({ birthDate: fc.string(), contractStart: fc.string(), exceptions: fc.array(fc.string()), previousContractEnd: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] }),
        (input) => {
          resultOrInputError(() => checkApprenticeshipEligibility(input as ApprenticeshipEligibilityInput));
        },
      ),
    );
  });
});

describe("checkProfessionalisationEligibility invariants", () => {
  const input: fc.Arbitrary<ProfessionalisationEligibilityInput> = fc.record(
    {
      birthDate,
      contractStart: contractDate,
      jobSeeker: fc.boolean(),
      benefits: fc.subarray(["rsa" as const, "ass" as const, "aah" as const, "former-cui" as const]),
      employer: fc.constantFrom(...EMPLOYER_KINDS),
      locale: fc.constantFrom("fr" as const, "en" as const),
    },
    { requiredKeys: ["birthDate", "contractStart", "employer"] },
  );

  test("eligible iff at least one public, an allowed employer and no violation", () => {
    fc.assert(
      fc.property(input, (value) => {
        const result = resultOrInputError(() => checkProfessionalisationEligibility(value));
        if (result === null) return;
        const age = ageOn(value.birthDate, value.contractStart);
        expect(result.ageAtStart).toBe(age);
        expect(result.eligible).toBe(result.violations.length === 0);
        expect(result.eligible).toBe(result.publics.length > 0 && result.employerAllowed);
        expect(result.publics.includes("young-person")).toBe(age >= 16 && age <= 25);
        expect(result.publics.includes("job-seeker")).toBe(age >= 26 && value.jobSeeker === true);
        expect(result.publics.includes("benefit-recipient")).toBe(age >= 16 && (value.benefits ?? []).length > 0);
        expect(result.employerAllowed).toBe(["private", "temporary-work-agency", "public-industrial-commercial"].includes(value.employer));
      }),
    );
  });

  test("anything at all gives a result or an AlternanceInputError", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        resultOrInputError(() => checkProfessionalisationEligibility(value as ProfessionalisationEligibilityInput));
      }),
    );
  });
});
