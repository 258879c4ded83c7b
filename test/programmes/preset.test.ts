/**
 * The MIAGE arrangements preset against the guide (seed 003: Tableaux 2–4, §2.3, Figure 2), and
 * `defineArrangements` for a school's own preset.
 */
import { describe, expect, test } from "vitest";
import { arrangements, arrangementsPresetSchema, defineArrangements, programmesRules } from "../../src/programmes/index.js";
import type { ArrangementsPreset } from "../../src/programmes/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectIssues, type IssueRow } from "../support/explained.js";

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

/** A small school of our own (a BUT 3rd year in apprenticeship), for the presets of other schools. */
const exampleSchool: ArrangementsPreset = {
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

describe("another school describes its own arrangements", () => {
  const school = exampleSchool;

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

describe("defineArrangements: every input issue word for word, in French and English", () => {
  const school: ArrangementsPreset = { ...exampleSchool, programmes: [{ ...exampleSchool.programmes[0]!, teachingHours: 500 }] };
  const programme = school.programmes[0]!;
  const source = "docs/eligibility.md « Préréglage d'établissement » (defineArrangements: unique codes, known references, teaching hours within training hours)";

  const valid: Array<{ name: string; input: ArrangementsPreset; source: string }> = [
    {
      name: "teaching hours equal to the training hours (every training hour is teaching)",
      input: { ...school, programmes: [{ ...programme, trainingHours: 600, teachingHours: 600 }] },
      source: "docs/eligibility.md « Préréglage d'établissement »; law.md §7.1–7.2 (teaching is part of the training: equal is allowed)",
    },
    {
      name: "teaching hours known, training hours unknown: nothing to compare",
      input: { ...school, programmes: [{ ...programme, trainingHours: null, teachingHours: 450 }] },
      source: "src/programmes/preset.ts Programme.trainingHours (null when unknown)",
    },
    {
      name: "training hours known, teaching hours unknown",
      input: { ...school, programmes: [{ ...programme, trainingHours: 600, teachingHours: null }] },
      source: "src/programmes/preset.ts Programme.teachingHours (null when unknown)",
    },
  ];
  test.for(valid)("valid: $name", (row) => {
    expect(defineArrangements(row.input)).toEqual(row.input);
  });

  const rows: Array<{ name: string; input: ArrangementsPreset; issues: IssueRow[]; source: string }> = [
    {
      name: "a status, an agreement, an arrangement and an advice defined twice",
      input: {
        ...school,
        statuses: [school.statuses[0]!, school.statuses[0]!],
        agreements: [school.agreements[0]!, school.agreements[0]!],
        arrangements: [school.arrangements[0]!, school.arrangements[0]!],
        advice: [school.advice[0]!, school.advice[0]!],
      },
      issues: [
        [["statuses", 1, "code"], "DUPLICATE_CODE", "statuses[1].code : « FI » est déjà défini", 'statuses[1].code: "FI" is already defined'],
        [["agreements", 1, "code"], "DUPLICATE_CODE", "agreements[1].code : « CAPP » est déjà défini", 'agreements[1].code: "CAPP" is already defined'],
        [["arrangements", 1, "code"], "DUPLICATE_CODE", "arrangements[1].code : « FI-CAPP » est déjà défini", 'arrangements[1].code: "FI-CAPP" is already defined'],
        [["advice", 1, "id"], "DUPLICATE_CODE", "advice[1].id : « apprenticeship » est déjà défini", 'advice[1].id: "apprenticeship" is already defined'],
      ],
      source,
    },
    {
      name: "a programme defined twice",
      input: { ...school, programmes: [programme, programme] },
      issues: [[["programmes", 1, "id"], "DUPLICATE_CODE", "programmes[1].id : « BUT3 » est déjà défini", 'programmes[1].id: "BUT3" is already defined']],
      source,
    },
    {
      name: "unknown status, agreement and arrangement references",
      input: {
        ...school,
        arrangements: [...school.arrangements, { code: "FC-CPRO", status: "FC", agreement: "CPRO", usage: "possible" }],
        programmes: [{ ...programme, arrangements: ["FI-CAPP", "FI-CSTAGE"] }],
        advice: [{ ...school.advice[0]!, when: { status: "FX" } }],
      },
      issues: [
        [["arrangements", 1, "status"], "UNKNOWN_REFERENCE", "arrangements[1].status : statut inconnu « FC »", 'arrangements[1].status: unknown status "FC"'],
        [["arrangements", 1, "agreement"], "UNKNOWN_REFERENCE", "arrangements[1].agreement : contrat ou convention inconnu « CPRO »", 'arrangements[1].agreement: unknown agreement "CPRO"'],
        [["programmes", 0, "arrangements", 1], "UNKNOWN_REFERENCE", "programmes[0].arrangements[1] : couple statut-contrat inconnu « FI-CSTAGE »", 'programmes[0].arrangements[1]: unknown arrangement "FI-CSTAGE"'],
        [["advice", 0, "when", "status"], "UNKNOWN_REFERENCE", "advice[0].when.status : statut inconnu « FX »", 'advice[0].when.status: unknown status "FX"'],
      ],
      source,
    },
    {
      name: "teaching hours one hour above the training hours",
      input: { ...school, programmes: [{ ...programme, trainingHours: 600, teachingHours: 601 }] },
      issues: [
        [
          ["programmes", 0, "teachingHours"],
          "TEACHING_ABOVE_TRAINING",
          "programmes[0].teachingHours : les heures d'enseignement font partie des heures de formation : elles ne peuvent pas les dépasser",
          "programmes[0].teachingHours: teaching hours are part of the training hours: they cannot exceed them",
        ],
      ],
      source: "docs/eligibility.md « Préréglage d'établissement »; law.md §7.1–7.2 (training = positioning, evaluation, support and teaching)",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectIssues((locale) => defineArrangements(row.input, { locale }), row.issues);
  });

  test("messages are in French when no locale is given", () => {
    const error = catchInputError(() => defineArrangements({ ...school, programmes: [{ ...programme, arrangements: ["FI-CPRO"] }] }));
    expect(error.issues.map((issue) => issue.message)).toEqual(["programmes[0].arrangements[0] : couple statut-contrat inconnu « FI-CPRO »"]);
  });
});
