/**
 * The employer's training participation (R6332-25-1, law-money.md §4.2): every level × conclusion date
 * (the day before and the day of 2025-07-01) × rupture case × employer kind, then the pro rata of a
 * rupture during the 45 days (365 days: reading taken, UNCONFIRMED) with its cap and its rounding.
 */
import { describe, expect, test } from "vitest";
import { employerTrainingContribution, type DiplomaLevel } from "../../src/index.js";

const LEVELS: DiplomaLevel[] = [3, 4, 5, 6, 7, 8];

describe("the participation by level, date, rupture and employer", () => {
  const rows = ["2019-01-01", "2025-06-30", "2025-07-01", "2026-07-16"].flatMap((signatureDate) =>
    LEVELS.flatMap((diplomaLevel) =>
      [undefined, false, true].flatMap((afterRupture) =>
        (["private", "public"] as const).map((employer) => {
          const inForce = signatureDate >= "2025-07-01";
          const atLeast6 = diplomaLevel >= 6;
          const expected =
            !inForce || !atLeast6
              ? { amount: 0, case: "none" }
              : employer === "public"
                ? { amount: 0, case: "none" }
                : afterRupture === true
                  ? { amount: 200, case: "after-rupture" }
                  : { amount: 750, case: "flat" };
          return {
            name: `${signatureDate}, level ${diplomaLevel}${afterRupture === undefined ? "" : `, afterRupture ${afterRupture}`}, ${employer}`,
            input: { signatureDate, diplomaLevel, employer, ...(afterRupture === undefined ? {} : { afterRupture }) },
            expected,
            source: !inForce
              ? "décret n° 2025-585 art. 2 (contracts concluded from 2025-07-01)"
              : !atLeast6
                ? "L6332-14 I 1° (level 6 at least)"
                : employer === "public"
                  ? "law-money.md §4.2 (public employers: reading taken, UNCONFIRMED)"
                  : afterRupture === true
                    ? "R6332-25-1 al. 3 (200 €)"
                    : "R6332-25-1 al. 1 (750 €, « au moins au niveau 6 »)",
          };
        }),
      ),
    ),
  );

  test.for(rows)("$name", ({ input, expected }) => {
    const result = employerTrainingContribution(input);
    expect({ amount: result.amount, case: result.case }).toEqual(expected);
    expect(result.warnings.map((w) => w.code)).toEqual(expected.case === "none" && input.employer === "public" && input.diplomaLevel >= 6 && input.signatureDate >= "2025-07-01" ? ["PUBLIC_EMPLOYER_PARTICIPATION_UNCONFIRMED"] : []);
  });

  test("the legal basis follows the case", () => {
    expect(employerTrainingContribution({ signatureDate: "2025-09-01", diplomaLevel: 6 }).legalBasis).toEqual(["C. trav. art. L6332-14", "C. trav. art. R6332-25-1"]);
    expect(employerTrainingContribution({ signatureDate: "2025-09-01", diplomaLevel: 6, afterRupture: true }).legalBasis).toEqual([
      "C. trav. art. L6332-14",
      "C. trav. art. R6332-25-1",
      "C. trav. art. L6222-18-2",
    ]);
    expect(employerTrainingContribution({ signatureDate: "2025-09-01", diplomaLevel: 4 }).legalBasis).toEqual(["C. trav. art. L6332-14 I 1°", "C. trav. art. R6332-25-1"]);
    expect(employerTrainingContribution({ signatureDate: "2025-06-30", diplomaLevel: 7 }).legalBasis).toEqual(["C. trav. art. R6332-25-1", "Décret n° 2025-585 du 27 juin 2025, art. 2"]);
  });
});

describe("rupture during the 45 days of L6222-18: min(750, 50 % × funding level × days / 365)", () => {
  const rows = [
    { name: "MIAGE master (8 231 €, seed 003 §2.5), 30 days", fundingLevel: 8231, daysPerformed: 30, expected: 338.26, source: "R6332-25-1 al. 2: 4 115,50 × 30 / 365 = 338,260…" },
    { name: "MIAGE L3 (8 116 €), 45 days", fundingLevel: 8116, daysPerformed: 45, expected: 500.3, source: "4 058 × 45 / 365 = 500,301…" },
    { name: "one day", fundingLevel: 8231, daysPerformed: 1, expected: 11.28, source: "4 115,50 / 365 = 11,275…" },
    { name: "half a cent rounds up: 7 300 € for 1 day", fundingLevel: 7300, daysPerformed: 1, expected: 10, source: "3 650 / 365 = 10 exactly" },
    { name: "half a cent rounds up: 3,65 € for 1 day", fundingLevel: 3.65, daysPerformed: 1, expected: 0.01, source: "1,825 / 365 = 0,005 → 0,01 (half-up)" },
    { name: "the cap: 66 days at 8 300 € reaches 750 €", fundingLevel: 8300, daysPerformed: 66, expected: 750, source: "4 150 × 66 / 365 = 750,41 → 750 (« dans la limite de 750 euros »)" },
    { name: "just below the cap: 65 days at 8 300 €", fundingLevel: 8300, daysPerformed: 65, expected: 739.04, source: "4 150 × 65 / 365 = 739,041…" },
  ];
  test.for(rows)("$name → $expected €", ({ fundingLevel, daysPerformed, expected }) => {
    const result = employerTrainingContribution({ signatureDate: "2025-09-01", diplomaLevel: 7, trialPeriodRupture: { fundingLevel, daysPerformed } });
    expect(result).toMatchObject({ amount: expected, case: "trial-period-rupture" });
    expect(result.warnings.map((w) => [w.code, w.field])).toEqual([["PARTICIPATION_PRORATA_UNCONFIRMED", "trialPeriodRupture"]]);
  });

  test("no participation at all below level 6, before 2025-07-01, or for a public employer, rupture or not", () => {
    const rupture = { fundingLevel: 8231, daysPerformed: 30 };
    expect(employerTrainingContribution({ signatureDate: "2025-09-01", diplomaLevel: 5, trialPeriodRupture: rupture })).toMatchObject({ amount: 0, case: "none" });
    expect(employerTrainingContribution({ signatureDate: "2025-06-30", diplomaLevel: 7, trialPeriodRupture: rupture })).toMatchObject({ amount: 0, case: "none" });
    expect(employerTrainingContribution({ signatureDate: "2025-09-01", diplomaLevel: 7, trialPeriodRupture: rupture, employer: "public" })).toMatchObject({ amount: 0, case: "none" });
  });
});
