/**
 * Date policies: the two presets as data, a school's JSON policy accepted, malformed policies rejected
 * with the bad field's path.
 */
import { describe, expect, test } from "vitest";
import { contractWindows, datePolicySchema, policies, type DatePolicy } from "../../src/dates/index.js";
import { apprenticeshipDurations, apprenticeshipStartWindowMonths, professionalisationDurations } from "../../src/parameters/contracts.js";
import { catchInputError } from "../support/catch-input-error.js";

const TABLEAU_5 = "Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5";

describe("policies.legal", () => {
  test("encodes law.md §3 exactly (L6222-12, L6222-12-1, L6222-7-1, R6222-46, R6222-60, L6325-11, L6325-12)", () => {
    expect(policies.legal.apprenticeship).toEqual({
      start: { monthsBefore: 3, monthsAfter: 3, legalBasis: ["C. trav. art. L6222-12", "C. trav. art. L6222-12-1"] },
      end: { monthsBefore: null, monthsAfter: null },
      durationMonths: {
        minimum: 6,
        maximum: 36,
        extendedMaximum: { "disabled-worker": 48, "high-level-athlete": 48 },
        legalBasis: ["C. trav. art. L6222-7-1", "C. trav. art. R6222-46", "C. trav. art. R6222-60"],
      },
    });
    expect(policies.legal.professionalisation).toEqual({
      start: { monthsBefore: null, monthsAfter: null },
      end: { monthsBefore: null, monthsAfter: null },
      durationMonths: {
        minimum: 6,
        maximum: 12,
        extendedMaximum: { "branch-agreement-24": 24, "priority-public-36": 36 },
        legalBasis: ["C. trav. art. L6325-11", "C. trav. art. L6325-12"],
      },
    });
    // L124-5 (6 months per host and year) is counted in presence (924 h), not date to date: no bound here.
    expect(policies.legal["work-study-internship"]).toEqual({
      start: { monthsBefore: null, monthsAfter: null },
      end: { monthsBefore: null, monthsAfter: null },
      durationMonths: { minimum: null, maximum: null },
    });
  });

  test("is valid for every contract date in scope: each parameter series it is built from has a single entry since 2019-01-01", () => {
    for (const series of [apprenticeshipStartWindowMonths, apprenticeshipDurations, professionalisationDurations]) {
      expect(series.entries.map((entry) => entry.since), series.id).toEqual(["2019-01-01"]);
    }
  });
});

describe("policies.miageAixMarseille", () => {
  test("encodes Tableau 5 and §3.3 of the MIAGE guide (seed 003)", () => {
    const timing = { minimumDaysAfterValidation: 7, minimumWorkingDaysBeforeStart: 10 };
    const end = { monthsBefore: 0, monthsAfter: 2, legalBasis: [TABLEAU_5] };
    expect(policies.miageAixMarseille.apprenticeship).toEqual({
      start: { monthsBefore: 3, monthsAfter: 3, legalBasis: [TABLEAU_5] },
      end,
      durationMonths: { minimum: null, maximum: null },
      ...timing,
    });
    expect(policies.miageAixMarseille.professionalisation).toEqual({
      start: { monthsBefore: 2, monthsAfter: 3, legalBasis: [TABLEAU_5] },
      end,
      durationMonths: { minimum: null, maximum: null },
      ...timing,
    });
    expect(policies.miageAixMarseille["work-study-internship"]).toEqual({
      start: { monthsBefore: 0, monthsAfter: 3, legalBasis: [TABLEAU_5] },
      end: { notAfterTrainingEnd: true, legalBasis: [TABLEAU_5] },
      durationMonths: { minimum: 6, maximum: 12, legalBasis: [TABLEAU_5] },
      ...timing,
    });
  });
});

describe("presets as data", () => {
  test.for(["legal", "miageAixMarseille"] as const)("%s is deeply frozen", (name) => {
    const preset = policies[name];
    expect(Object.isFrozen(policies)).toBe(true);
    expect(Object.isFrozen(preset)).toBe(true);
    expect(Object.isFrozen(preset.apprenticeship?.start)).toBe(true);
    expect(Object.isFrozen(preset["work-study-internship"]?.durationMonths)).toBe(true);
    expect(() => {
      (preset.apprenticeship!.start as { monthsBefore: number | null }).monthsBefore = 12;
    }).toThrow(TypeError);
  });

  test.for(["legal", "miageAixMarseille"] as const)("%s passes its own schema and survives a JSON round trip", (name) => {
    const json = JSON.parse(JSON.stringify(policies[name])) as DatePolicy;
    expect(datePolicySchema.safeParse(json).success).toBe(true);
    for (const contract of ["apprenticeship", "professionalisation", "work-study-internship"] as const) {
      const byName = contractWindows({ contract, trainingStart: "2025-09-01", trainingEnd: "2026-07-03", policy: name });
      const byObject = contractWindows({ contract, trainingStart: "2025-09-01", trainingEnd: "2026-07-03", policy: json });
      expect([byObject.start, byObject.end], contract).toEqual([byName.start, byName.end]);
    }
  });
});

describe("a school's own policy written in JSON", () => {
  const schoolJson = `{
    "name": "École X",
    "legalBasis": ["Règlement des études de l'École X, art. 12"],
    "apprenticeship": {
      "start": { "monthsBefore": 1, "monthsAfter": 6 },
      "end": { "monthsBefore": 1, "monthsAfter": 1 },
      "durationMonths": { "minimum": 12, "maximum": 60 }
    },
    "work-study-internship": {
      "start": { "monthsBefore": 0, "monthsAfter": 1, "legalBasis": ["Charte des stages de l'École X"] },
      "end": { "notAfterTrainingEnd": true },
      "durationMonths": { "minimum": 2, "maximum": 6 },
      "minimumDaysAfterValidation": 3
    }
  }`;
  const policy = JSON.parse(schoolJson) as DatePolicy;

  const rows = [
    {
      name: "apprenticeship: the school's earliest start (DDF − 1 month) is stricter than the law's (DDF − 3 months); the law's latest (DDF + 3) beats the school's (DDF + 6)",
      input: { contract: "apprenticeship" as const, trainingStart: "2025-09-15", trainingEnd: "2026-06-30" },
      expected: { start: { earliest: "2025-08-15", latest: "2025-12-15" }, end: { earliest: "2026-05-30", latest: "2026-07-30" } },
      source: "L6222-12 (law) and the school's policy: the stricter bound applies",
    },
    {
      name: "work-study internship: [DDF, DDF + 1 month], end not after DFF",
      input: { contract: "work-study-internship" as const, trainingStart: "2025-09-15", trainingEnd: "2026-06-30" },
      expected: { start: { earliest: "2025-09-15", latest: "2025-10-15" }, end: { earliest: null, latest: "2026-06-30" } },
      source: "the school's policy",
    },
    {
      name: "professionalisation, not in the school's policy: the law alone (no window)",
      input: { contract: "professionalisation" as const, trainingStart: "2025-09-15", trainingEnd: "2026-06-30" },
      expected: { start: { earliest: null, latest: null }, end: { earliest: null, latest: null } },
      source: "L6325-11 (no window in law)",
    },
  ];

  test.for(rows)("$name", ({ input, expected }) => {
    const result = contractWindows({ ...input, policy });
    expect({ start: result.start, end: result.end }).toEqual(expected);
  });

  test("the school's bounds cite the school's documents, the law's bounds cite the articles", () => {
    const apprenticeship = contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", policy });
    const startStep = apprenticeship.explanation.find((step) => step.rule === "dates.start.window");
    expect(startStep?.legalBasis).toEqual(["Règlement des études de l'École X, art. 12", "C. trav. art. L6222-12", "C. trav. art. L6222-12-1"]);
    const internship = contractWindows({ contract: "work-study-internship", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", policy });
    expect(internship.explanation.find((step) => step.rule === "dates.start.window")?.legalBasis).toEqual(["Charte des stages de l'École X"]);
  });

  test("the policy object given is not modified", () => {
    const before = JSON.stringify(policy);
    contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", policy });
    expect(JSON.stringify(policy)).toBe(before);
  });
});

const validRules = {
  start: { monthsBefore: 3, monthsAfter: 3 },
  end: { monthsAfter: 2 },
  durationMonths: { minimum: 6, maximum: 36 },
};

/** A policy with `apprenticeship` rules changed by `patch`. */
const withApprenticeship = (patch: Record<string, unknown>): unknown => ({ apprenticeship: { ...validRules, ...patch } });

describe("malformed policies are rejected, naming the bad field", () => {
  const rows: Array<{ name: string; policy: unknown; expected: Array<{ path: (string | number)[]; code: string }>; source: string }> = [
    {
      name: "negative month offset",
      policy: withApprenticeship({ start: { monthsBefore: -1, monthsAfter: 3 } }),
      expected: [{ path: ["policy", "apprenticeship", "start", "monthsBefore"], code: "TOO_SMALL" }],
      source: "datePolicySchema: whole months 0 to 120",
    },
    {
      name: "month offset written as text",
      policy: withApprenticeship({ start: { monthsBefore: "3", monthsAfter: 3 } }),
      expected: [{ path: ["policy", "apprenticeship", "start", "monthsBefore"], code: "INVALID_TYPE" }],
      source: "datePolicySchema",
    },
    {
      name: "fractional month offset",
      policy: withApprenticeship({ start: { monthsBefore: 3, monthsAfter: 2.5 } }),
      expected: [{ path: ["policy", "apprenticeship", "start", "monthsAfter"], code: "NOT_INTEGER" }],
      source: "datePolicySchema",
    },
    {
      name: "month offset above 120",
      policy: withApprenticeship({ start: { monthsBefore: 3, monthsAfter: 121 } }),
      expected: [{ path: ["policy", "apprenticeship", "start", "monthsAfter"], code: "TOO_BIG" }],
      source: "datePolicySchema",
    },
    {
      name: "misspelt field (monthBefore): unknown field, and the real one missing",
      policy: withApprenticeship({ start: { monthBefore: 3, monthsAfter: 3 } }),
      expected: [
        { path: ["policy", "apprenticeship", "start", "monthsBefore"], code: "REQUIRED" },
        { path: ["policy", "apprenticeship", "start", "monthBefore"], code: "UNKNOWN_FIELD" },
      ],
      source: "datePolicySchema: strict objects",
    },
    {
      name: "end window without monthsAfter nor notAfterTrainingEnd",
      policy: withApprenticeship({ end: {} }),
      expected: [{ path: ["policy", "apprenticeship", "end", "monthsAfter"], code: "REQUIRED" }],
      source: "datePolicySchema",
    },
    {
      name: "notAfterTrainingEnd together with month offsets",
      policy: withApprenticeship({ end: { notAfterTrainingEnd: true, monthsAfter: 2 } }),
      expected: [{ path: ["policy", "apprenticeship", "end", "monthsAfter"], code: "CONFLICTING_FIELDS" }],
      source: "datePolicySchema",
    },
    {
      name: "notAfterTrainingEnd: false",
      policy: withApprenticeship({ end: { notAfterTrainingEnd: false, monthsAfter: 2 } }),
      expected: [{ path: ["policy", "apprenticeship", "end", "notAfterTrainingEnd"], code: "INVALID_VALUE" }],
      source: "datePolicySchema",
    },
    {
      name: "minimum above maximum",
      policy: withApprenticeship({ durationMonths: { minimum: 13, maximum: 12 } }),
      expected: [{ path: ["policy", "apprenticeship", "durationMonths", "minimum"], code: "TOO_BIG" }],
      source: "datePolicySchema",
    },
    {
      name: "extended maximum below the maximum",
      policy: withApprenticeship({ durationMonths: { minimum: 6, maximum: 36, extendedMaximum: { "disabled-worker": 24 } } }),
      expected: [{ path: ["policy", "apprenticeship", "durationMonths", "extendedMaximum", "disabled-worker"], code: "TOO_SMALL" }],
      source: "datePolicySchema",
    },
    {
      name: "unknown extended-duration flag",
      policy: withApprenticeship({ durationMonths: { minimum: 6, maximum: 36, extendedMaximum: { rqth: 48 } } }),
      expected: [{ path: ["policy", "apprenticeship", "durationMonths", "extendedMaximum", "rqth"], code: "UNKNOWN_FIELD" }],
      source: "datePolicySchema",
    },
    {
      name: "durationMonths missing",
      policy: { apprenticeship: { start: validRules.start, end: validRules.end } },
      expected: [{ path: ["policy", "apprenticeship", "durationMonths"], code: "REQUIRED" }],
      source: "datePolicySchema",
    },
    {
      name: "negative timing rule",
      policy: withApprenticeship({ minimumDaysAfterValidation: -7 }),
      expected: [{ path: ["policy", "apprenticeship", "minimumDaysAfterValidation"], code: "TOO_SMALL" }],
      source: "datePolicySchema",
    },
    {
      name: "contract type spelt in French",
      policy: { apprentissage: validRules },
      expected: [{ path: ["policy", "apprentissage"], code: "UNKNOWN_FIELD" }],
      source: "datePolicySchema: strict objects",
    },
    {
      name: "empty name",
      policy: { name: "" },
      expected: [{ path: ["policy", "name"], code: "TOO_SMALL" }],
      source: "datePolicySchema",
    },
    {
      name: "unknown preset name",
      policy: "miage",
      expected: [{ path: ["policy"], code: "INVALID_VALUE" }],
      source: "API.md §3: preset names legal, miageAixMarseille",
    },
    {
      name: "a number instead of a policy",
      policy: 42,
      expected: [{ path: ["policy"], code: "INVALID_TYPE" }],
      source: "API.md §3",
    },
    {
      name: "null instead of a policy",
      policy: null,
      expected: [{ path: ["policy"], code: "INVALID_TYPE" }],
      source: "API.md §3",
    },
  ];

  test.for(rows)("$name", ({ policy, expected }) => {
    const error = catchInputError(() =>
      contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", policy: policy as DatePolicy }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map(({ path, code }) => ({ path, code }))).toEqual(expect.arrayContaining(expected));
    expect(error.issues).toHaveLength(expected.length);
  });

  test("several bad fields are all reported, in English on request", () => {
    const error = catchInputError(() =>
      contractWindows({
        contract: "professionalisation",
        trainingStart: "2025-09-01",
        trainingEnd: "2026-07-03",
        policy: { professionalisation: { ...validRules, start: { monthsBefore: -2, monthsAfter: 3 }, durationMonths: { minimum: 6, maximum: 2.5 } } } as unknown as DatePolicy,
        locale: "en",
      }),
    );
    expect(error.issues.map((issue) => issue.message)).toEqual([
      "policy.professionalisation.start.monthsBefore: must be at least 0, got \"-2\"",
      "policy.professionalisation.durationMonths.maximum: must be a whole number",
    ]);
  });

  test("the schema alone rejects the same policy (usable to validate a school's file)", () => {
    const result = datePolicySchema.safeParse({ apprenticeship: { ...validRules, start: { monthsBefore: -1, monthsAfter: 3 } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["apprenticeship", "start", "monthsBefore"]);
  });
});
