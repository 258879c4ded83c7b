/**
 * The MIAGE arrangements preset against the guide (seed 003: Tableaux 2–4, §2.3, Figure 2), and
 * `defineArrangements` for a school's own preset.
 */
import { describe, expect, test } from "vitest";
import { arrangements, arrangementsPresetSchema, defineArrangements, programmesRules } from "../../src/programmes/index.js";
import type { ArrangementsPreset } from "../../src/programmes/index.js";
import { catchInputError } from "../support/catch-input-error.js";

const miage = arrangements.miageAixMarseille;

describe("MIAGE programme data (seed 003 §2.3 and Figure 2)", () => {
  const rows = [
    { name: "L3I parcours MIAGE", input: "L3I", expected: { trainingHours: 590, teachingHours: 516, contractMonths: 12, workStudy: "optional" }, source: "seed 003 §2.3; Figure 2 (contrat de 1 an); Tableau 1" },
    { name: "M1 MIAGE", input: "M1", expected: { trainingHours: 544, teachingHours: 463, contractMonths: 24, workStudy: "optional" }, source: "seed 003 §2.3; Figure 2 (contrat de 2 ans); Tableau 1" },
    { name: "M2 MIAGE", input: "M2", expected: { trainingHours: 512, teachingHours: 436, contractMonths: 12, workStudy: "mandatory" }, source: "seed 003 §2.3; Figure 2; Tableau 1 (« Oui, obligatoirement »)" },
  ];
  test.for(rows)("$name", (row) => {
    const programme = miage.programmes.find((candidate) => candidate.id === row.input);
    expect(programme).toMatchObject(row.expected);
  });

  test("only these three programmes (L3 Gestion is never in work-study and has no volume in the guide)", () => {
    expect(miage.programmes.map((programme) => programme.id)).toEqual(["L3I", "M1", "M2"]);
  });
});

describe("MIAGE statuses, agreements and arrangements (seed 003 Tableaux 2 to 4)", () => {
  const arrangementRows = [
    { input: "FI-CAPP", expected: { status: "FI", agreement: "CAPP", usage: "preferred" }, source: "Tableau 3; §2.1.1 (« Majoritairement en contrat d'apprentissage »)" },
    { input: "FI-CSTAGEALT", expected: { status: "FI", agreement: "CSTAGEALT", usage: "exceptional" }, source: "Tableau 3 (« exceptionnellement »)" },
    { input: "FI-CSTAGE", expected: { status: "FI", agreement: "CSTAGE", usage: "possible" }, source: "Tableau 3" },
    { input: "FI-SANS", expected: { status: "FI", agreement: "SANS", usage: "exceptional" }, source: "Tableau 3 (« si la professionnalisation est déjà validée »)" },
    { input: "FC-CPRO", expected: { status: "FC", agreement: "CPRO", usage: "possible" }, source: "Tableau 3; §2.1.2 (« Elle peut néanmoins se faire en contrat de professionnalisation »)" },
    { input: "FC-CSTAGEALT", expected: { status: "FC", agreement: "CSTAGEALT", usage: "exceptional" }, source: "Tableau 3" },
    { input: "FC-CSTAGE", expected: { status: "FC", agreement: "CSTAGE", usage: "exceptional" }, source: "§2.1.1 (« Exceptionnellement … FC-CSTAGE »)" },
    { input: "FC-SANS", expected: { status: "FC", agreement: "SANS", usage: "exceptional" }, source: "Tableau 3; §2.1.1" },
  ].map((row) => ({ ...row, name: row.input }));

  test("every pair of Tableau 3, and no other", () => {
    expect(miage.arrangements.map((arrangement) => arrangement.code)).toEqual(arrangementRows.map((row) => row.input));
  });
  test.for(arrangementRows)("$name", (row) => {
    expect(miage.arrangements.find((arrangement) => arrangement.code === row.input)).toMatchObject(row.expected);
  });

  const agreementRows = [
    { input: "CAPP", expected: { contract: "apprenticeship", workStudy: true } },
    { input: "CPRO", expected: { contract: "professionalisation", workStudy: true } },
    { input: "CSTAGEALT", expected: { contract: "work-study-internship", workStudy: true } },
    { input: "CSTAGE", expected: { contract: "internship", workStudy: false } },
    { input: "SANS", expected: { contract: null, workStudy: false } },
  ].map((row) => ({ ...row, name: row.input, source: "Tableaux 2 and 3" }));
  test.for(agreementRows)("agreement $name", (row) => {
    expect(miage.agreements.find((agreement) => agreement.code === row.input)).toMatchObject(row.expected);
  });

  const programmeRows = [
    { input: "L3I", expected: ["FI-CAPP", "FI-CSTAGEALT", "FC-CPRO", "FC-CSTAGEALT", "FI-CSTAGE", "FC-CSTAGE", "FC-SANS"], source: "Tableau 4 (groupes « classique » et « alternance »)" },
    { input: "M1", expected: ["FI-CAPP", "FI-CSTAGEALT", "FC-CPRO", "FC-CSTAGEALT", "FI-CSTAGE", "FC-CSTAGE", "FC-SANS"], source: "Tableau 4" },
    { input: "M2", expected: ["FI-CAPP", "FI-CSTAGEALT", "FC-CPRO", "FC-CSTAGEALT"], source: "Tableau 4 (alternants only)" },
  ].map((row) => ({ ...row, name: row.input }));
  test.for(programmeRows)("programme $name accepts the pairs of Tableau 4", (row) => {
    expect(miage.programmes.find((programme) => programme.id === row.input)?.arrangements).toEqual(row.expected);
  });

  test("statuses FI and FC", () => {
    expect(miage.statuses.map((status) => status.code)).toEqual(["FI", "FC"]);
  });

  test("the preset cites the guide", () => {
    expect(miage.source).toContain("MIAGE Aix-Marseille 2025/2026");
  });
});

describe("the shipped preset is valid and frozen", () => {
  test("it passes the schema and defineArrangements", () => {
    expect(arrangementsPresetSchema.safeParse(miage).success).toBe(true);
    expect(defineArrangements(miage)).toEqual(miage);
  });

  test("it cannot be changed by a user", () => {
    expect(Object.isFrozen(miage)).toBe(true);
    expect(Object.isFrozen(miage.programmes[0])).toBe(true);
    expect(Object.isFrozen(miage.programmes[0]!.arrangements)).toBe(true);
    expect(() => {
      (miage.programmes[0] as { trainingHours: number }).trainingHours = 1;
    }).toThrow(TypeError);
  });

  test("every programmes rule id is unique", () => {
    const ids = programmesRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("another school describes its own arrangements", () => {
  const school: ArrangementsPreset = {
    id: "iut-example",
    name: { fr: "IUT d'exemple", en: "Example IUT" },
    source: "Guide de l'alternance de l'IUT d'exemple",
    statuses: [{ code: "FI", label: { fr: "Formation initiale", en: "Initial education" } }],
    agreements: [{ code: "CAPP", label: { fr: "Contrat d'apprentissage", en: "Apprenticeship" }, contract: "apprenticeship", workStudy: true }],
    arrangements: [{ code: "FI-CAPP", status: "FI", agreement: "CAPP", usage: "preferred" }],
    programmes: [
      { id: "BUT3", name: { fr: "BUT 3e année", en: "BUT 3rd year" }, workStudy: "mandatory", trainingHours: 600, teachingHours: null, contractMonths: 12, arrangements: ["FI-CAPP"] },
    ],
    advice: [{ id: "apprenticeship", when: { workStudy: true }, arrangement: "FI-CAPP", alternatives: [], reason: { fr: "Apprentissage", en: "Apprenticeship" } }],
  };

  test("a valid preset comes back validated and frozen, the input untouched", () => {
    const copy = structuredClone(school);
    const defined = defineArrangements(school);
    expect(defined).toEqual(school);
    expect(Object.isFrozen(defined)).toBe(true);
    expect(Object.isFrozen(school)).toBe(false);
    expect(school).toEqual(copy);
  });

  const rows = [
    {
      name: "unknown arrangement in a programme",
      input: { ...school, programmes: [{ ...school.programmes[0]!, arrangements: ["FI-CAPP", "FI-CPRO"] }] },
      issues: [[["programmes", 0, "arrangements", 1], "UNKNOWN_REFERENCE"]],
    },
    {
      name: "unknown status and agreement in an arrangement",
      input: { ...school, arrangements: [{ code: "FC-CPRO", status: "FC", agreement: "CPRO", usage: "possible" as const }], advice: [] },
      issues: [
        [["arrangements", 0, "status"], "UNKNOWN_REFERENCE"],
        [["arrangements", 0, "agreement"], "UNKNOWN_REFERENCE"],
        [["programmes", 0, "arrangements", 0], "UNKNOWN_REFERENCE"],
      ],
    },
    {
      name: "duplicate programme id",
      input: { ...school, programmes: [school.programmes[0]!, school.programmes[0]!] },
      issues: [[["programmes", 1, "id"], "DUPLICATE_CODE"]],
    },
    {
      name: "teaching hours above training hours",
      input: { ...school, programmes: [{ ...school.programmes[0]!, teachingHours: 601 }] },
      issues: [[["programmes", 0, "teachingHours"], "TEACHING_ABOVE_TRAINING"]],
    },
    {
      name: "advice pointing to an unknown arrangement and status",
      input: { ...school, advice: [{ ...school.advice[0]!, arrangement: "X", alternatives: ["Y"], when: { status: "FC" } }] },
      issues: [
        [["advice", 0, "arrangement"], "UNKNOWN_REFERENCE"],
        [["advice", 0, "alternatives", 0], "UNKNOWN_REFERENCE"],
        [["advice", 0, "when", "status"], "UNKNOWN_REFERENCE"],
      ],
    },
    {
      name: "wrong types",
      input: { ...school, programmes: [{ ...school.programmes[0]!, trainingHours: "600", contractMonths: 12.5 }] },
      issues: [
        [["programmes", 0, "trainingHours"], "INVALID_TYPE"],
        [["programmes", 0, "contractMonths"], "NOT_INTEGER"],
      ],
    },
    {
      name: "unknown usage and an unknown field",
      input: { ...school, arrangements: [{ ...school.arrangements[0]!, usage: "usual", note: "x" }] },
      issues: [
        [["arrangements", 0, "note"], "UNKNOWN_FIELD"],
        [["arrangements", 0, "usage"], "INVALID_VALUE"],
      ],
    },
  ].map((row) => ({ ...row, source: "API.md §0 (bad input); brief (zod-validated preset)" }));

  test.for(rows)("$name", (row) => {
    const error = catchInputError(() => defineArrangements(row.input as unknown as ArrangementsPreset));
    expect(error.code).toBe("INVALID_INPUT");
    expect(
      error.issues.map((issue) => [issue.path, issue.code]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([...row.issues].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))));
  });

  test("English messages", () => {
    const error = catchInputError(() =>
      defineArrangements({ ...school, programmes: [{ ...school.programmes[0]!, arrangements: ["FI-CPRO"] }] }, { locale: "en" }),
    );
    expect(error.issues[0]?.message).toBe('programmes[0].arrangements[0]: unknown arrangement "FI-CPRO"');
  });
});
