/**
 * Contract windows: every preset and contract type, each window edge (the day before, the day of, the
 * day after), month-end clamping and leap years.
 */
import { describe, expect, test } from "vitest";
import { checkContractDates, contractWindows, type CheckContractDatesInput, type ContractWindowsInput } from "../../src/dates/index.js";
import { expectExplained, type Explained } from "../support/explained.js";

/** The three MIAGE trainings of Tableau 5 (seed 003). */
const MASTER = { trainingStart: "2025-09-01", trainingEnd: "2027-09-03" };
const L3I = { trainingStart: "2025-09-01", trainingEnd: "2026-07-03" };
const M2 = { trainingStart: "2025-09-04", trainingEnd: "2026-09-04" };

describe("windows of every preset and contract type", () => {
  const rows: Array<{ name: string; input: ContractWindowsInput; expected: Pick<ReturnType<typeof contractWindows>, "start" | "end">; source: string }> = [
    {
      name: "legal, apprenticeship: [DDF − 3 months, DDF + 3 months], no end window",
      input: { contract: "apprenticeship", ...MASTER },
      expected: { start: { earliest: "2025-06-01", latest: "2025-12-01" }, end: { earliest: null, latest: null } },
      source: "C. trav. L6222-12, L6222-12-1; law.md §3.1",
    },
    {
      name: "legal (by name), apprenticeship",
      input: { contract: "apprenticeship", ...MASTER, policy: "legal" },
      expected: { start: { earliest: "2025-06-01", latest: "2025-12-01" }, end: { earliest: null, latest: null } },
      source: "C. trav. L6222-12, L6222-12-1",
    },
    {
      name: "legal, professionalisation: the law sets no window",
      input: { contract: "professionalisation", ...L3I },
      expected: { start: { earliest: null, latest: null }, end: { earliest: null, latest: null } },
      source: "law.md §3.2 (no start or end window for the CPRO)",
    },
    {
      name: "legal, work-study internship: the law sets no window",
      input: { contract: "work-study-internship", ...M2 },
      expected: { start: { earliest: null, latest: null }, end: { earliest: null, latest: null } },
      source: "law.md §6 (no date window for internships)",
    },
    {
      name: "MIAGE, apprenticeship, Master 2025/2027",
      input: { contract: "apprenticeship", ...MASTER, policy: "miageAixMarseille" },
      expected: { start: { earliest: "2025-06-01", latest: "2025-12-01" }, end: { earliest: "2027-09-03", latest: "2027-11-03" } },
      source: "seed 003, Tableau 5 (Master column) and first worked example",
    },
    {
      name: "MIAGE, apprenticeship, M2 2025/2026",
      input: { contract: "apprenticeship", ...M2, policy: "miageAixMarseille" },
      expected: { start: { earliest: "2025-06-04", latest: "2025-12-04" }, end: { earliest: "2026-09-04", latest: "2026-11-04" } },
      source: "seed 003, Tableau 5 (M2 column)",
    },
    {
      name: "MIAGE, professionalisation, L3I 2025/2026",
      input: { contract: "professionalisation", ...L3I, policy: "miageAixMarseille" },
      expected: { start: { earliest: "2025-07-01", latest: "2025-12-01" }, end: { earliest: "2026-07-03", latest: "2026-09-03" } },
      source: "seed 003, Tableau 5 (L3I column) and second worked example",
    },
    {
      name: "MIAGE, professionalisation, M2 2025/2026",
      input: { contract: "professionalisation", ...M2, policy: "miageAixMarseille" },
      expected: { start: { earliest: "2025-07-04", latest: "2025-12-04" }, end: { earliest: "2026-09-04", latest: "2026-11-04" } },
      source: "seed 003, Tableau 5 (M2 column)",
    },
    {
      name: "MIAGE, work-study internship, L3I 2025/2026",
      input: { contract: "work-study-internship", ...L3I, policy: "miageAixMarseille" },
      expected: { start: { earliest: "2025-09-01", latest: "2025-12-01" }, end: { earliest: null, latest: "2026-07-03" } },
      source: "seed 003, Tableau 5 (L3I column)",
    },
    {
      name: "MIAGE, work-study internship, Master 2025/2027",
      input: { contract: "work-study-internship", ...MASTER, policy: "miageAixMarseille" },
      expected: { start: { earliest: "2025-09-01", latest: "2025-12-01" }, end: { earliest: null, latest: "2027-09-03" } },
      source: "seed 003, Tableau 5 (Master column)",
    },
  ];

  test.for(rows)("$name", ({ input, expected }) => {
    const result = contractWindows(input);
    expect({ start: result.start, end: result.end }).toEqual(expected);
  });
});

describe("month-end clamping and leap years", () => {
  const rows: Array<{ name: string; input: ContractWindowsInput; expected: Pick<ReturnType<typeof contractWindows>, "start" | "end">; source: string }> = [
    {
      name: "30 November + 3 months = 28 February (common year)",
      input: { contract: "apprenticeship", trainingStart: "2025-11-30", trainingEnd: "2026-06-30" },
      expected: { start: { earliest: "2025-08-30", latest: "2026-02-28" }, end: { earliest: null, latest: null } },
      source: "API.md §3 (2025-11-30 + 3 months = 2026-02-28); C. proc. civ. art. 641",
    },
    {
      name: "30 November + 3 months = 29 February (leap year)",
      input: { contract: "apprenticeship", trainingStart: "2023-11-30", trainingEnd: "2024-06-30" },
      expected: { start: { earliest: "2023-08-30", latest: "2024-02-29" }, end: { earliest: null, latest: null } },
      source: "API.md §3 month arithmetic; 2024 is a leap year",
    },
    {
      name: "31 August − 3 months = 31 May; 31 August + 3 months = 30 November",
      input: { contract: "apprenticeship", trainingStart: "2025-08-31", trainingEnd: "2026-06-30" },
      expected: { start: { earliest: "2025-05-31", latest: "2025-11-30" }, end: { earliest: null, latest: null } },
      source: "API.md §3 month arithmetic",
    },
    {
      name: "31 May − 3 months = 28 February (common year)",
      input: { contract: "apprenticeship", trainingStart: "2025-05-31", trainingEnd: "2026-06-30" },
      expected: { start: { earliest: "2025-02-28", latest: "2025-08-31" }, end: { earliest: null, latest: null } },
      source: "API.md §3 month arithmetic",
    },
    {
      name: "31 May − 3 months = 29 February (leap year)",
      input: { contract: "apprenticeship", trainingStart: "2024-05-31", trainingEnd: "2025-06-30" },
      expected: { start: { earliest: "2024-02-29", latest: "2024-08-31" }, end: { earliest: null, latest: null } },
      source: "API.md §3 month arithmetic",
    },
    {
      name: "29 February ± 3 months",
      input: { contract: "apprenticeship", trainingStart: "2024-02-29", trainingEnd: "2025-02-28" },
      expected: { start: { earliest: "2023-11-29", latest: "2024-05-29" }, end: { earliest: null, latest: null } },
      source: "API.md §3 month arithmetic",
    },
    {
      name: "MIAGE CPRO: 30 April − 2 months = 28 February; end 31 December + 2 months = 28 February",
      input: { contract: "professionalisation", trainingStart: "2026-04-30", trainingEnd: "2026-12-31", policy: "miageAixMarseille" },
      expected: { start: { earliest: "2026-02-28", latest: "2026-07-30" }, end: { earliest: "2026-12-31", latest: "2027-02-28" } },
      source: "seed 003 Tableau 5 with month-end clamping",
    },
    {
      name: "MIAGE CPRO, leap year: 30 April − 2 months = 29 February",
      input: { contract: "professionalisation", trainingStart: "2028-04-30", trainingEnd: "2028-12-31", policy: "miageAixMarseille" },
      expected: { start: { earliest: "2028-02-29", latest: "2028-07-30" }, end: { earliest: "2028-12-31", latest: "2029-02-28" } },
      source: "seed 003 Tableau 5 with month-end clamping; 2028 is a leap year, 2029 is not",
    },
    {
      name: "MIAGE apprenticeship, leap year: end 31 December + 2 months = 29 February",
      input: { contract: "apprenticeship", trainingStart: "2027-09-01", trainingEnd: "2027-12-31", policy: "miageAixMarseille" },
      expected: { start: { earliest: "2027-06-01", latest: "2027-12-01" }, end: { earliest: "2027-12-31", latest: "2028-02-29" } },
      source: "seed 003 Tableau 5 with month-end clamping; 2028 is a leap year",
    },
    {
      name: "MIAGE internship: 30 November + 3 months = 28 February",
      input: { contract: "work-study-internship", trainingStart: "2026-11-30", trainingEnd: "2027-06-30", policy: "miageAixMarseille" },
      expected: { start: { earliest: "2026-11-30", latest: "2027-02-28" }, end: { earliest: null, latest: "2027-06-30" } },
      source: "seed 003 Tableau 5 with month-end clamping",
    },
  ];

  test.for(rows)("$name", ({ input, expected }) => {
    const result = contractWindows(input);
    expect({ start: result.start, end: result.end }).toEqual(expected);
  });
});

type EdgeRow = { name: string; input: CheckContractDatesInput; expected: string[]; source: string };

/** Only the dates change from row to row; every other rule is met. */
const edges: EdgeRow[] = [
  // legal, apprenticeship: start in [2025-06-01, 2025-12-01]
  ...(
    [
      ["2025-05-31", ["START_BEFORE_EARLIEST"]],
      ["2025-06-01", []],
      ["2025-06-02", []],
      ["2025-11-30", []],
      ["2025-12-01", []],
      ["2025-12-02", ["START_AFTER_LATEST"]],
    ] as const
  ).map(([contractStart, expected]) => ({
    name: `legal, apprenticeship, start ${contractStart}`,
    input: { contract: "apprenticeship" as const, ...MASTER, contractStart, contractEnd: "2027-09-03" },
    expected: [...expected],
    source: "C. trav. L6222-12, L6222-12-1: DDF ± 3 months",
  })),
  // legal, professionalisation and internship: no window at all, even far from the training
  {
    name: "legal, professionalisation, start 14 months before the training: no window",
    input: { contract: "professionalisation", ...L3I, contractStart: "2024-07-01", contractEnd: "2025-06-30" },
    expected: [],
    source: "law.md §3.2: no window for the CPRO",
  },
  {
    name: "legal, professionalisation, end 1 year after the training: no window",
    input: { contract: "professionalisation", ...L3I, contractStart: "2026-07-04", contractEnd: "2027-07-03" },
    expected: [],
    source: "law.md §3.2: no window for the CPRO",
  },
  {
    name: "legal, work-study internship, dates far from the training: no window, no duration bound",
    input: { contract: "work-study-internship", ...M2, contractStart: "2024-01-15", contractEnd: "2027-12-31" },
    expected: [],
    source: "law.md §6: no date window; L124-5 is counted in presence",
  },
  // MIAGE, apprenticeship (Master): start [2025-06-01, 2025-12-01], end [2027-09-03, 2027-11-03]
  ...(
    [
      ["2025-05-31", ["START_BEFORE_EARLIEST"]],
      ["2025-06-01", []],
      ["2025-06-02", []],
      ["2025-11-30", []],
      ["2025-12-01", []],
      ["2025-12-02", ["START_AFTER_LATEST"]],
    ] as const
  ).map(([contractStart, expected]) => ({
    name: `MIAGE, apprenticeship, start ${contractStart}`,
    input: { contract: "apprenticeship" as const, ...MASTER, contractStart, contractEnd: "2027-09-03", policy: "miageAixMarseille" as const },
    expected: [...expected],
    source: "seed 003 Tableau 5: DDF − 3 months ≤ DDC ≤ DDF + 3 months",
  })),
  ...(
    [
      ["2027-09-02", ["END_BEFORE_EARLIEST"]],
      ["2027-09-03", []],
      ["2027-09-04", []],
      ["2027-11-02", []],
      ["2027-11-03", []],
      ["2027-11-04", ["END_AFTER_LATEST"]],
    ] as const
  ).map(([contractEnd, expected]) => ({
    name: `MIAGE, apprenticeship, end ${contractEnd}`,
    input: { contract: "apprenticeship" as const, ...MASTER, contractStart: "2025-09-01", contractEnd, policy: "miageAixMarseille" as const },
    expected: [...expected],
    source: "seed 003 Tableau 5: DFF ≤ DFC ≤ DFF + 2 months",
  })),
  // MIAGE, professionalisation (L3I): start [2025-07-01, 2025-12-01], end [2026-07-03, 2026-09-03];
  // branch agreement so that a 12-month-plus contract is allowed (L6325-12)
  ...(
    [
      ["2025-06-30", ["START_BEFORE_EARLIEST"]],
      ["2025-07-01", []],
      ["2025-07-02", []],
      ["2025-11-30", []],
      ["2025-12-01", []],
      ["2025-12-02", ["START_AFTER_LATEST"]],
    ] as const
  ).map(([contractStart, expected]) => ({
    name: `MIAGE, professionalisation, start ${contractStart}`,
    input: {
      contract: "professionalisation" as const,
      ...L3I,
      contractStart,
      contractEnd: "2026-07-03",
      policy: "miageAixMarseille" as const,
      extendedDuration: "branch-agreement-24" as const,
    },
    expected: [...expected],
    source: "seed 003 Tableau 5: DDF − 2 months ≤ DDC ≤ DDF + 3 months",
  })),
  ...(
    [
      ["2026-07-02", ["END_BEFORE_EARLIEST"]],
      ["2026-07-03", []],
      ["2026-07-04", []],
      ["2026-09-02", []],
      ["2026-09-03", []],
      ["2026-09-04", ["END_AFTER_LATEST"]],
    ] as const
  ).map(([contractEnd, expected]) => ({
    name: `MIAGE, professionalisation, end ${contractEnd}`,
    input: {
      contract: "professionalisation" as const,
      ...L3I,
      contractStart: "2025-09-01",
      contractEnd,
      policy: "miageAixMarseille" as const,
      extendedDuration: "branch-agreement-24" as const,
    },
    expected: [...expected],
    source: "seed 003 Tableau 5: DFF ≤ DFC ≤ DFF + 2 months",
  })),
  // MIAGE, work-study internship (M2): start [2025-09-04, 2025-12-04], end ≤ 2026-09-04
  ...(
    [
      ["2025-09-03", ["START_BEFORE_EARLIEST"]],
      ["2025-09-04", []],
      ["2025-09-05", []],
      ["2025-12-03", []],
      ["2025-12-04", []],
      ["2025-12-05", ["START_AFTER_LATEST"]],
    ] as const
  ).map(([contractStart, expected]) => ({
    name: `MIAGE, work-study internship, start ${contractStart}`,
    input: { contract: "work-study-internship" as const, ...M2, contractStart, contractEnd: "2026-08-31", policy: "miageAixMarseille" as const },
    expected: [...expected],
    source: "seed 003 Tableau 5: DDF ≤ DDC ≤ DDF + 3 months",
  })),
  ...(
    [
      ["2026-09-03", []],
      ["2026-09-04", []],
      // one day after DFF is also one day beyond 12 months from 2025-09-05: both rules are reported
      ["2026-09-05", ["DURATION_TOO_LONG", "END_AFTER_LATEST"]],
    ] as const
  ).map(([contractEnd, expected]) => ({
    name: `MIAGE, work-study internship, end ${contractEnd}`,
    input: { contract: "work-study-internship" as const, ...M2, contractStart: "2025-09-05", contractEnd, policy: "miageAixMarseille" as const },
    expected: [...expected],
    source: "seed 003 Tableau 5: DFC ≤ DFF; 1 year at most (footnote 22)",
  })),
  // edges on clamped bounds
  {
    name: "legal, apprenticeship, training 2025-11-30: start on the clamped latest 2026-02-28",
    input: { contract: "apprenticeship", trainingStart: "2025-11-30", trainingEnd: "2027-06-30", contractStart: "2026-02-28", contractEnd: "2027-06-30" },
    expected: [],
    source: "API.md §3: 2025-11-30 + 3 months = 2026-02-28",
  },
  {
    name: "legal, apprenticeship, training 2025-11-30: start on 2026-03-01, the day after the clamped latest",
    input: { contract: "apprenticeship", trainingStart: "2025-11-30", trainingEnd: "2027-06-30", contractStart: "2026-03-01", contractEnd: "2027-06-30" },
    expected: ["START_AFTER_LATEST"],
    source: "API.md §3 month arithmetic",
  },
  {
    name: "legal, apprenticeship, training 2024-05-31: start on the clamped earliest 2024-02-29",
    input: { contract: "apprenticeship", trainingStart: "2024-05-31", trainingEnd: "2025-06-30", contractStart: "2024-02-29", contractEnd: "2025-06-30" },
    expected: [],
    source: "API.md §3 month arithmetic (leap year)",
  },
  {
    name: "legal, apprenticeship, training 2024-05-31: start on 2024-02-28, the day before the clamped earliest",
    input: { contract: "apprenticeship", trainingStart: "2024-05-31", trainingEnd: "2025-06-30", contractStart: "2024-02-28", contractEnd: "2025-06-30" },
    expected: ["START_BEFORE_EARLIEST"],
    source: "API.md §3 month arithmetic (leap year)",
  },
];

describe("window edges: the day before, the day of, the day after (checkContractDates)", () => {
  test.for(edges)("$name", ({ input, expected }) => {
    const result = checkContractDates(input);
    expect(result.violations.map((violation) => violation.code)).toEqual(expected);
    expect(result.valid).toBe(expected.length === 0);
  });
});

describe("explanation of the windows", () => {
  test("says which policy applies, and who sets each bound (French by default)", () => {
    const result = contractWindows({ contract: "professionalisation", ...L3I, policy: "miageAixMarseille" });
    expect(result.explanation.map((step) => step.rule)).toEqual(["dates.policy", "dates.start.window", "dates.end.window"]);
    expect(result.explanation[1]?.message).toBe(
      "Début du contrat : au plus tôt le 01/07/2025 (DDF − 2 mois, MIAGE Aix-Marseille 2025/2026) ; au plus tard le 01/12/2025 (DDF + 3 mois, MIAGE Aix-Marseille 2025/2026)",
    );
    expect(result.explanation[1]?.legalBasis).toEqual(["Guide de l'alternance MIAGE Aix-Marseille 2025/2026, Tableau 5"]);
  });

  test("in English, with the law's bounds citing the articles", () => {
    const result = contractWindows({ contract: "apprenticeship", ...MASTER, locale: "en" });
    expect(result.explanation[0]?.message).toBe("Legal rules only (policies.legal)");
    expect(result.explanation[1]?.message).toBe(
      "Contract start: earliest 2025-06-01 (training start − 3 months, law); latest 2025-12-01 (training start + 3 months, law)",
    );
    expect(result.explanation[1]?.legalBasis).toEqual(["C. trav. art. L6222-12", "C. trav. art. L6222-12-1"]);
    expect(result.explanation[2]?.message).toBe("Contract end: no earliest date; no latest date");
  });

  test("PARAMETERS_NOT_VERIFIED when the training starts after dataVerifiedUntil (2026-07-16), not on it", () => {
    const on = contractWindows({ contract: "apprenticeship", trainingStart: "2026-07-16", trainingEnd: "2027-06-30" });
    const after = contractWindows({ contract: "apprenticeship", trainingStart: "2026-07-17", trainingEnd: "2027-06-30" });
    expect(on.warnings).toEqual([]);
    expect(after.warnings.map((warning) => warning.code)).toEqual(["PARAMETERS_NOT_VERIFIED"]);
  });
});

describe("window explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: ContractWindowsInput; source: string } & Explained> = [
    {
      name: "CPRO windows under the MIAGE policy",
      input: { contract: "professionalisation", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", policy: "miageAixMarseille" },
      explanation: [
        ["dates.policy", { policy: "MIAGE Aix-Marseille 2025/2026", combinedWithLaw: true }, "Politique « MIAGE Aix-Marseille 2025/2026 », appliquée avec les règles légales : pour chaque borne, la plus stricte s'applique", "Policy \"MIAGE Aix-Marseille 2025/2026\", applied together with the legal rules: for each bound, the stricter one applies"],
        ["dates.start.window", { earliest: { date: "2025-07-15", months: -2, anchor: "trainingStart", source: "policy" }, latest: { date: "2025-12-15", months: 3, anchor: "trainingStart", source: "policy" }, policy: "MIAGE Aix-Marseille 2025/2026" }, "Début du contrat : au plus tôt le 15/07/2025 (DDF − 2 mois, MIAGE Aix-Marseille 2025/2026) ; au plus tard le 15/12/2025 (DDF + 3 mois, MIAGE Aix-Marseille 2025/2026)", "Contract start: earliest 2025-07-15 (training start − 2 months, MIAGE Aix-Marseille 2025/2026); latest 2025-12-15 (training start + 3 months, MIAGE Aix-Marseille 2025/2026)"],
        ["dates.end.window", { earliest: { date: "2026-06-30", months: 0, anchor: "trainingEnd", source: "policy" }, latest: { date: "2026-08-30", months: 2, anchor: "trainingEnd", source: "policy" }, policy: "MIAGE Aix-Marseille 2025/2026" }, "Fin du contrat : au plus tôt le 30/06/2026 (DFF, MIAGE Aix-Marseille 2025/2026) ; au plus tard le 30/08/2026 (DFF + 2 mois, MIAGE Aix-Marseille 2025/2026)", "Contract end: earliest 2026-06-30 (training end, MIAGE Aix-Marseille 2025/2026); latest 2026-08-30 (training end + 2 months, MIAGE Aix-Marseille 2025/2026)"],
      ],
      source: "MIAGE guide 2025/2026 Tableau 5; C. trav. L6325-11",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => contractWindows({ ...row.input, locale }), row);
  });
});
