/**
 * recommendArrangement: the MIAGE guide's advice (seed 003 §2.1.2, Figure 2) on each side of the
 * « moins de 30 ans » boundary, every case of Figure 2, a school's own preset, and bad input.
 */
import { describe, expect, test } from "vitest";
import { arrangements, recommendArrangement } from "../../src/programmes/index.js";
import type { ArrangementsPreset, RecommendArrangementInput } from "../../src/programmes/index.js";
import { trainingHoursRequirement } from "../../src/training-hours/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, expectIssues, type Explained, type IssueRow } from "../support/explained.js";

interface Expected {
  arrangement: string | null;
  status?: string | null;
  agreement?: string | null;
  contract?: string | null;
  usage?: string | null;
  contractMonths?: number | null;
  alternatives?: string[];
  violations?: string[];
  warnings?: string[];
}

interface Row {
  name: string;
  input: RecommendArrangementInput;
  expected: Expected;
  source: string;
}

function expectRecommendation(row: Row) {
  const result = recommendArrangement(row.input);
  const { violations = [], warnings = [], ...fields } = row.expected;
  expect(result).toMatchObject(fields);
  expect(result.violations.map((violation) => violation.code)).toEqual(violations);
  expect(result.warnings.map((warning) => warning.code)).toEqual(warnings);
  return result;
}

const FIGURE_2 = "seed 003 §2.1.2 and Figure 2";

describe("MIAGE advice: apprenticeship under 30 at the start, CPRO otherwise (Figure 2)", () => {
  const rows: Row[] = [
    {
      name: "M1, 22 years old: FI-CAPP, 2-year contract",
      input: { programme: "M1", birthDate: "2003-05-10", contractStart: "2025-09-01" },
      expected: { arrangement: "FI-CAPP", status: "FI", agreement: "CAPP", contract: "apprenticeship", contractMonths: 24, alternatives: [] },
      source: `${FIGURE_2} (« contrat d'apprentissage … de 2 ans (si vous entrez en M1 MIAGE) »)`,
    },
    {
      name: "L3I, 29 (day before the 30th birthday): FI-CAPP, 1-year contract",
      input: { programme: "L3I", birthDate: "1995-09-02", contractStart: "2025-09-01" },
      expected: { arrangement: "FI-CAPP", contract: "apprenticeship", contractMonths: 12 },
      source: `${FIGURE_2} (« moins de 30 ans »)`,
    },
    {
      name: "L3I, 30 (30th birthday): FC-CPRO, with the reminder of the legal exceptions",
      input: { programme: "L3I", birthDate: "1995-09-01", contractStart: "2025-09-01" },
      expected: { arrangement: "FC-CPRO", status: "FC", agreement: "CPRO", contract: "professionalisation", contractMonths: 12, warnings: ["AGE_EXCEPTIONS_NOT_CONSIDERED"] },
      source: `${FIGURE_2} (« 30 ans ou plus au jour de démarrage du contrat »); C. trav. L6222-2`,
    },
    {
      name: "M2, 31: FC-CPRO",
      input: { programme: "M2", birthDate: "1994-05-10", contractStart: "2025-09-01" },
      expected: { arrangement: "FC-CPRO", contractMonths: 12, warnings: ["AGE_EXCEPTIONS_NOT_CONSIDERED"] },
      source: FIGURE_2,
    },
    {
      name: "M2, 24, host does not sign apprenticeships: FC-CPRO (no date needed)",
      input: { programme: "M2", employerSignsApprenticeship: false },
      expected: { arrangement: "FC-CPRO", contract: "professionalisation", contractMonths: 12 },
      source: `${FIGURE_2} (« organisme … ne signant PAS de contrat d'apprentissage »)`,
    },
    {
      name: "M1, no contract possible, FI: FI-CSTAGEALT",
      input: { programme: "M1", contractPossible: false, status: "FI" },
      expected: { arrangement: "FI-CSTAGEALT", agreement: "CSTAGEALT", contract: "work-study-internship", contractMonths: null },
      source: `${FIGURE_2} (« Vous ne pouvez pas signer de contrat d'apprentissage ni de contrat de professionnalisation »)`,
    },
    {
      name: "M2, no contract possible, FC: FC-CSTAGEALT",
      input: { programme: "M2", contractPossible: false, status: "FC" },
      expected: { arrangement: "FC-CSTAGEALT", contract: "work-study-internship", contractMonths: null },
      source: FIGURE_2,
    },
    {
      name: "L3I in the classic way, FI: FI-CSTAGE",
      input: { programme: "L3I", workStudy: false, status: "FI" },
      expected: { arrangement: "FI-CSTAGE", contract: "internship", contractMonths: null, alternatives: [] },
      source: `${FIGURE_2} (« stage classique en fin d'année … (FI-CSTAGE) »)`,
    },
    {
      name: "M1 in the classic way, FC: FC-CSTAGE, or exceptionally FC-SANS",
      input: { programme: "M1", workStudy: false, status: "FC" },
      expected: { arrangement: "FC-CSTAGE", contract: "internship", alternatives: ["FC-SANS"] },
      source: `${FIGURE_2} (« FC-CSTAGE ou, exceptionnellement, … FC-SANS »)`,
    },
    {
      name: "M2 in the classic way: not offered",
      input: { programme: "M2", workStudy: false, status: "FI" },
      expected: { arrangement: null, status: null, agreement: null, contract: null, contractMonths: null, alternatives: [], violations: ["NO_ARRANGEMENT_OFFERED"] },
      source: "seed 003 Tableau 1 (M2 « Oui, obligatoirement » in work-study), Tableau 4",
    },
    {
      name: "29 February birth: born 1996-02-29, start 2026-02-28 (29): FI-CAPP",
      input: { programme: "M2", birthDate: "1996-02-29", contractStart: "2026-02-28" },
      expected: { arrangement: "FI-CAPP" },
      source: `${FIGURE_2}; API.md §0 (29 February births)`,
    },
    {
      name: "29 February birth: start 2026-03-01 (30): FC-CPRO",
      input: { programme: "M2", birthDate: "1996-02-29", contractStart: "2026-03-01" },
      expected: { arrangement: "FC-CPRO", warnings: ["AGE_EXCEPTIONS_NOT_CONSIDERED"] },
      source: `${FIGURE_2}; API.md §0`,
    },
    {
      name: "birth date on the contract start day: not after it (age 0), FI-CAPP",
      input: { programme: "M1", birthDate: "2025-09-01", contractStart: "2025-09-01" },
      expected: { arrangement: "FI-CAPP", contract: "apprenticeship", contractMonths: 24 },
      source: `${FIGURE_2}; docs/eligibility.md (BIRTH_AFTER_CONTRACT only for a birth after the start)`,
    },
    {
      name: "the preset named explicitly",
      input: { programme: "M1", preset: "miageAixMarseille", birthDate: "2003-05-10", contractStart: "2025-09-01" },
      expected: { arrangement: "FI-CAPP" },
      source: FIGURE_2,
    },
  ];
  test.for(rows)("$name", (row) => {
    expectRecommendation(row);
  });

  test("the explanation cites the guide and shows the programme volumes", () => {
    const result = recommendArrangement({ programme: "M1", birthDate: "2003-05-10", contractStart: "2025-09-01" });
    expect(result.explanation.map((step) => step.rule)).toEqual(["programmes.programme", "programmes.age-at-start", "programmes.advice"]);
    for (const step of result.explanation) expect(step.legalBasis).toEqual([arrangements.miageAixMarseille.source]);
    expect(result.explanation[0]?.message).toBe("M1 MIAGE : 544 h de formation dont 463 h d'enseignements ; alternance facultative ; contrat de 24 mois");
    expect(result.programme.trainingHours).toBe(544);
    expect(result.ageAtStart).toBe(22);
  });

  test("the age warning cites L6222-2 (English)", () => {
    const result = recommendArrangement({ programme: "M2", birthDate: "1994-05-10", contractStart: "2025-09-01", locale: "en" });
    expect(result.warnings).toEqual([
      {
        code: "AGE_EXCEPTIONS_NOT_CONSIDERED",
        message:
          "31 at the start (above 29): FI-CAPP skipped; an apprenticeship is still possible under an exception of L6222-2 (disabled worker, business project, high-level athlete, higher diploma…): see checkApprenticeshipEligibility",
        legalBasis: ["C. trav. art. L6222-1", "C. trav. art. L6222-2"],
      },
    ]);
  });

  test("the not-offered violation cites the guide", () => {
    const result = recommendArrangement({ programme: "M2", workStudy: false, status: "FI" });
    expect(result.violations[0]?.legalBasis).toEqual([arrangements.miageAixMarseille.source]);
    expect(result.explanation.map((step) => step.rule)).toEqual(["programmes.programme", "programmes.advice.not-offered"]);
  });

  test("the recommendation feeds trainingHoursRequirement: M1 apprenticeship of 24 months needs 803.5 h, M1 + M2 give 1056 h", () => {
    const advice = recommendArrangement({ programme: "M1", birthDate: "2003-05-10", contractStart: "2025-09-01" });
    expect(advice.contract).toBe("apprenticeship");
    const requirement = trainingHoursRequirement({ contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2027-08-31" });
    expect(requirement.minimumHours).toBe(803.5);
    const m2 = arrangements.miageAixMarseille.programmes.find((programme) => programme.id === "M2")!;
    expect(advice.programme.trainingHours! + m2.trainingHours!).toBeGreaterThanOrEqual(requirement.minimumHours);
  });
});

describe("a school's own preset", () => {
  const school: ArrangementsPreset = {
    id: "ecole-cpro",
    name: { fr: "École signant des CPRO", en: "School with CPRO only" },
    source: "Règlement de l'école, art. 3",
    statuses: [{ code: "FC", label: { fr: "Formation continue", en: "Continuing education" } }],
    agreements: [
      { code: "CAPP", label: { fr: "Apprentissage", en: "Apprenticeship" }, contract: "apprenticeship", workStudy: true },
      { code: "CPRO", label: { fr: "Professionnalisation", en: "Professionalisation" }, contract: "professionalisation", workStudy: true },
    ],
    arrangements: [
      { code: "FC-CAPP", status: "FC", agreement: "CAPP", usage: "possible" },
      { code: "FC-CPRO", status: "FC", agreement: "CPRO", usage: "preferred" },
    ],
    programmes: [
      { id: "MBA", name: { fr: "MBA", en: "MBA" }, workStudy: "mandatory", trainingHours: 450, teachingHours: 400, contractMonths: 18, arrangements: ["FC-CPRO"] },
    ],
    advice: [
      { id: "apprenticeship", when: { maximumAgeAtStart: 25 }, arrangement: "FC-CAPP", alternatives: [], reason: { fr: "Jeune", en: "Young" } },
      { id: "cpro", when: {}, arrangement: "FC-CPRO", alternatives: ["FC-CAPP"], reason: { fr: "Autres cas", en: "Other cases" } },
    ],
  };

  test("an advice whose arrangement the programme does not accept is skipped; alternatives outside the programme are dropped", () => {
    const result = recommendArrangement({ programme: "MBA", preset: school, birthDate: "2003-01-01", contractStart: "2025-09-01" });
    expect(result).toMatchObject({ arrangement: "FC-CPRO", contract: "professionalisation", contractMonths: 18, alternatives: [], usage: "preferred" });
    expect(result.explanation.map((step) => step.rule)).toEqual(["programmes.programme", "programmes.age-at-start", "programmes.advice.not-offered", "programmes.advice"]);
    for (const step of result.explanation) expect(step.legalBasis).toEqual(["Règlement de l'école, art. 3"]);
  });

  test("invalid preset data is reported under the preset field", () => {
    const broken = { ...school, programmes: [{ ...school.programmes[0]!, trainingHours: -1 }] };
    const error = catchInputError(() => recommendArrangement({ programme: "MBA", preset: broken }));
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([[["preset", "programmes", 0, "trainingHours"], "TOO_SMALL"]]);
  });
});

describe("bad input throws AlternanceInputError naming the field", () => {
  const rows = [
    { name: "unknown programme", input: { programme: "M3" }, issues: [[["programme"], "INVALID_VALUE"]] },
    { name: "missing programme", input: {}, issues: [[["programme"], "REQUIRED"]] },
    { name: "input null", input: null, issues: [[[], "INVALID_TYPE"]] },
    { name: "no input at all", input: undefined, issues: [[[], "REQUIRED"]] },
    { name: "a programme id instead of the input object", input: "M1", issues: [[[], "INVALID_TYPE"]] },
    { name: "unknown status", input: { programme: "M1", workStudy: false, status: "FX" }, issues: [[["status"], "INVALID_VALUE"]] },
    { name: "unknown preset name", input: { programme: "M1", preset: "miage" }, issues: [[["preset"], "INVALID_VALUE"]] },
    { name: "the status is needed and missing", input: { programme: "L3I", workStudy: false }, issues: [[["status"], "REQUIRED"]] },
    { name: "the dates are needed and missing", input: { programme: "M1" }, issues: [[["birthDate"], "REQUIRED"], [["contractStart"], "REQUIRED"]] },
    { name: "only the start is missing", input: { programme: "M1", birthDate: "2003-05-10" }, issues: [[["contractStart"], "REQUIRED"]] },
    { name: "impossible birth date", input: { programme: "M1", birthDate: "2003-02-29", contractStart: "2025-09-01" }, issues: [[["birthDate"], "INVALID_DATE"]] },
    { name: "birth after the start", input: { programme: "M1", birthDate: "2026-01-01", contractStart: "2025-09-01" }, issues: [[["birthDate"], "BIRTH_AFTER_CONTRACT"]] },
    { name: "unknown field", input: { programme: "M1", age: 22 }, issues: [[["age"], "UNKNOWN_FIELD"]] },
    { name: "invalid field and invalid preset together", input: { programme: "M1", workStudy: "yes", preset: 3 }, issues: [[["workStudy"], "INVALID_TYPE"], [["preset"], "INVALID_TYPE"]] },
  ].map((row) => ({ ...row, source: "API.md §0 (bad input)" }));

  test.for(rows)("$name", (row) => {
    const error = catchInputError(() => recommendArrangement(row.input as unknown as RecommendArrangementInput));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual(row.issues);
  });

  test("a preset object whose getter throws is an unreadable input (UNREADABLE under preset), never the getter's error (issue 13)", () => {
    const preset = {
      ...arrangements.miageAixMarseille,
      get id(): string {
        throw new RangeError("getter failed");
      },
    };
    const error = catchInputError(() => recommendArrangement({ programme: "M1", preset }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([
      { path: ["preset"], code: "UNREADABLE", message: "preset : valeur illisible : la lire a levé une exception (accesseur ou proxy ?)" },
    ]);
  });

  test("English message for a date the advice needs", () => {
    const error = catchInputError(() => recommendArrangement({ programme: "M1", birthDate: "2003-05-10", locale: "en" }));
    expect(error.issues[0]?.message).toBe('contractStart: required here: advice "apprenticeship" depends on the age at the contract start');
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: RecommendArrangementInput; source: string } & Explained> = [
    {
      name: "M1, 22 at the start: apprenticeship (FI-CAPP)",
      input: { programme: "M1", birthDate: "2003-05-10", contractStart: "2025-09-01" },
      explanation: [
        ["programmes.programme", { programme: "M1", name: { fr: "M1 MIAGE", en: "MIAGE Master's 1st year" }, workStudy: "optional", trainingHours: 544, teachingHours: 463, contractMonths: 24 }, "M1 MIAGE : 544 h de formation dont 463 h d'enseignements ; alternance facultative ; contrat de 24 mois", "MIAGE Master's 1st year: 544 h of training including 463 h of teaching; work-study optional; 24-month contract"],
        ["programmes.age-at-start", { birthDate: "2003-05-10", contractStart: "2025-09-01", ageAtStart: 22 }, "Âge au jour de démarrage du contrat (2025-09-01) : 22 ans", "Age on the first day of the contract (2025-09-01): 22"],
        ["programmes.advice", { advice: "apprenticeship", arrangement: "FI-CAPP", reason: { fr: "Moins de 30 ans au jour de démarrage du contrat et organisme d'accueil signant des contrats d'apprentissage : contrat d'apprentissage (de préférence)", en: "Under 30 on the first day of the contract and a host that signs apprenticeship contracts: apprenticeship (preferred)" }, alternatives: [] }, "Moins de 30 ans au jour de démarrage du contrat et organisme d'accueil signant des contrats d'apprentissage : contrat d'apprentissage (de préférence) → FI-CAPP", "Under 30 on the first day of the contract and a host that signs apprenticeship contracts: apprenticeship (preferred) → FI-CAPP"],
      ],
      source: "MIAGE guide 2025/2026 §2 (FI-CAPP under 30); seed 003",
    },
    {
      name: "M2, 31 at the start: professionalisation (FC-CPRO), the apprenticeship exceptions are recalled",
      input: { programme: "M2", birthDate: "1994-05-10", contractStart: "2025-09-01" },
      explanation: [
        ["programmes.programme", { programme: "M2", name: { fr: "M2 MIAGE", en: "MIAGE Master's 2nd year" }, workStudy: "mandatory", trainingHours: 512, teachingHours: 436, contractMonths: 12 }, "M2 MIAGE : 512 h de formation dont 436 h d'enseignements ; alternance obligatoire ; contrat de 12 mois", "MIAGE Master's 2nd year: 512 h of training including 436 h of teaching; work-study mandatory; 12-month contract"],
        ["programmes.age-at-start", { birthDate: "1994-05-10", contractStart: "2025-09-01", ageAtStart: 31 }, "Âge au jour de démarrage du contrat (2025-09-01) : 31 ans", "Age on the first day of the contract (2025-09-01): 31"],
        ["programmes.advice", { advice: "professionalisation", arrangement: "FC-CPRO", reason: { fr: "30 ans ou plus au jour de démarrage du contrat, ou organisme d'accueil ne signant pas de contrat d'apprentissage : contrat de professionnalisation", en: "30 or over on the first day of the contract, or a host that does not sign apprenticeship contracts: professionalisation contract" }, alternatives: [] }, "30 ans ou plus au jour de démarrage du contrat, ou organisme d'accueil ne signant pas de contrat d'apprentissage : contrat de professionnalisation → FC-CPRO", "30 or over on the first day of the contract, or a host that does not sign apprenticeship contracts: professionalisation contract → FC-CPRO"],
      ],
      warnings: [
        ["AGE_EXCEPTIONS_NOT_CONSIDERED", undefined, "31 ans au démarrage (au-delà de 29) : FI-CAPP écarté ; un contrat d'apprentissage reste possible avec une dérogation de L6222-2 (travailleur handicapé, projet d'entreprise, sportif de haut niveau, diplôme supérieur…) : voir checkApprenticeshipEligibility", "31 at the start (above 29): FI-CAPP skipped; an apprenticeship is still possible under an exception of L6222-2 (disabled worker, business project, high-level athlete, higher diploma…): see checkApprenticeshipEligibility"],
      ],
      source: "MIAGE guide 2025/2026 §2; C. trav. L6222-1, L6222-2",
    },
    {
      name: "L3I not in work-study, status FI: classic internship",
      input: { programme: "L3I", workStudy: false, status: "FI" },
      explanation: [
        ["programmes.programme", { programme: "L3I", name: { fr: "L3 Informatique parcours MIAGE", en: "Bachelor's 3rd year in Computer Science, MIAGE track" }, workStudy: "optional", trainingHours: 590, teachingHours: 516, contractMonths: 12 }, "L3 Informatique parcours MIAGE : 590 h de formation dont 516 h d'enseignements ; alternance facultative ; contrat de 12 mois", "Bachelor's 3rd year in Computer Science, MIAGE track: 590 h of training including 516 h of teaching; work-study optional; 12-month contract"],
        ["programmes.advice", { advice: "classic-fi", arrangement: "FI-CSTAGE", reason: { fr: "Année suivie « classiquement » (L3I ou M1 uniquement) : stage classique de fin d'année", en: "Year taken the classic way (L3I or M1 only): classic end-of-year internship" }, alternatives: [] }, "Année suivie « classiquement » (L3I ou M1 uniquement) : stage classique de fin d'année → FI-CSTAGE", "Year taken the classic way (L3I or M1 only): classic end-of-year internship → FI-CSTAGE"],
      ],
      source: "MIAGE guide 2025/2026 §2 (CSTAGE)",
    },
    {
      name: "M2 not in work-study, status FC: no arrangement offered",
      input: { programme: "M2", workStudy: false, status: "FC" },
      explanation: [
        ["programmes.programme", { programme: "M2", name: { fr: "M2 MIAGE", en: "MIAGE Master's 2nd year" }, workStudy: "mandatory", trainingHours: 512, teachingHours: 436, contractMonths: 12 }, "M2 MIAGE : 512 h de formation dont 436 h d'enseignements ; alternance obligatoire ; contrat de 12 mois", "MIAGE Master's 2nd year: 512 h of training including 436 h of teaching; work-study mandatory; 12-month contract"],
        ["programmes.advice.not-offered", { advice: "classic-fc", arrangement: "FC-CSTAGE", programme: "M2" }, "FC-CSTAGE n'est pas proposé en M2 : conseil « classic-fc » écarté", "FC-CSTAGE is not offered in M2: advice \"classic-fc\" skipped"],
      ],
      violations: [
        ["NO_ARRANGEMENT_OFFERED", undefined, "Aucun couple statut-contrat proposé en M2 ne correspond à cette situation (hors alternance) : dérogation à demander à l'établissement", "No arrangement offered in M2 fits this situation (not in work-study): ask the school for a derogation"],
      ],
      source: "MIAGE guide 2025/2026 §2 (M2 always in work-study)",
    },
    {
      name: "M1, no contract possible, status FC: work-study internship",
      input: { programme: "M1", contractPossible: false, status: "FC" },
      explanation: [
        ["programmes.programme", { programme: "M1", name: { fr: "M1 MIAGE", en: "MIAGE Master's 1st year" }, workStudy: "optional", trainingHours: 544, teachingHours: 463, contractMonths: 24 }, "M1 MIAGE : 544 h de formation dont 463 h d'enseignements ; alternance facultative ; contrat de 24 mois", "MIAGE Master's 1st year: 544 h of training including 463 h of teaching; work-study optional; 24-month contract"],
        ["programmes.advice", { advice: "work-study-internship-fc", arrangement: "FC-CSTAGEALT", reason: { fr: "Ni contrat d'apprentissage ni contrat de professionnalisation possible (cas particulier validé par le responsable de l'alternance) : convention de stage en alternance", en: "Neither an apprenticeship nor a professionalisation contract is possible (special case approved by the work-study manager): work-study internship" }, alternatives: [] }, "Ni contrat d'apprentissage ni contrat de professionnalisation possible (cas particulier validé par le responsable de l'alternance) : convention de stage en alternance → FC-CSTAGEALT", "Neither an apprenticeship nor a professionalisation contract is possible (special case approved by the work-study manager): work-study internship → FC-CSTAGEALT"],
      ],
      source: "MIAGE guide 2025/2026 §2 (CSTAGEALT)",
    },
    {
      name: "M1, the host does not sign apprenticeships: professionalisation",
      input: { programme: "M1", employerSignsApprenticeship: false },
      explanation: [
        ["programmes.programme", { programme: "M1", name: { fr: "M1 MIAGE", en: "MIAGE Master's 1st year" }, workStudy: "optional", trainingHours: 544, teachingHours: 463, contractMonths: 24 }, "M1 MIAGE : 544 h de formation dont 463 h d'enseignements ; alternance facultative ; contrat de 24 mois", "MIAGE Master's 1st year: 544 h of training including 463 h of teaching; work-study optional; 24-month contract"],
        ["programmes.advice", { advice: "professionalisation", arrangement: "FC-CPRO", reason: { fr: "30 ans ou plus au jour de démarrage du contrat, ou organisme d'accueil ne signant pas de contrat d'apprentissage : contrat de professionnalisation", en: "30 or over on the first day of the contract, or a host that does not sign apprenticeship contracts: professionalisation contract" }, alternatives: [] }, "30 ans ou plus au jour de démarrage du contrat, ou organisme d'accueil ne signant pas de contrat d'apprentissage : contrat de professionnalisation → FC-CPRO", "30 or over on the first day of the contract, or a host that does not sign apprenticeship contracts: professionalisation contract → FC-CPRO"],
      ],
      source: "MIAGE guide 2025/2026 §2",
    },
    {
      name: "L3I not in work-study, status FC: classic internship, or no agreement",
      input: { programme: "L3I", workStudy: false, status: "FC" },
      explanation: [
        ["programmes.programme", { programme: "L3I", name: { fr: "L3 Informatique parcours MIAGE", en: "Bachelor's 3rd year in Computer Science, MIAGE track" }, workStudy: "optional", trainingHours: 590, teachingHours: 516, contractMonths: 12 }, "L3 Informatique parcours MIAGE : 590 h de formation dont 516 h d'enseignements ; alternance facultative ; contrat de 12 mois", "Bachelor's 3rd year in Computer Science, MIAGE track: 590 h of training including 516 h of teaching; work-study optional; 12-month contract"],
        ["programmes.advice", { advice: "classic-fc", arrangement: "FC-CSTAGE", reason: { fr: "Année suivie « classiquement » (L3I ou M1 uniquement) : stage classique de fin d'année ou, exceptionnellement, aucune professionnalisation", en: "Year taken the classic way (L3I or M1 only): classic end-of-year internship or, exceptionally, none" }, alternatives: ["FC-SANS"] }, "Année suivie « classiquement » (L3I ou M1 uniquement) : stage classique de fin d'année ou, exceptionnellement, aucune professionnalisation → FC-CSTAGE (ou FC-SANS)", "Year taken the classic way (L3I or M1 only): classic end-of-year internship or, exceptionally, none → FC-CSTAGE (or FC-SANS)"],
      ],
      source: "MIAGE guide 2025/2026 §2 (FC-CSTAGE, FC-SANS)",
    },
    {
      name: "a school's preset without volumes: a CPRO advice passed over for age (no apprenticeship warning), an alternative kept",
      input: { programme: "DU", preset: { id: "ecole-sans-volumes", name: { fr: "École sans volumes", en: "School without volumes" }, source: "Règlement de l'école, art. 5", statuses: [{ code: "FC", label: { fr: "Formation continue", en: "Continuing education" } }], agreements: [{ code: "CAPP", label: { fr: "Apprentissage", en: "Apprenticeship" }, contract: "apprenticeship", workStudy: true }, { code: "CPRO", label: { fr: "Professionnalisation", en: "Professionalisation" }, contract: "professionalisation", workStudy: true }], arrangements: [{ code: "FC-CAPP", status: "FC", agreement: "CAPP", usage: "possible" }, { code: "FC-CPRO", status: "FC", agreement: "CPRO", usage: "preferred" }], programmes: [{ id: "DU", name: { fr: "Diplôme d'université", en: "University diploma" }, workStudy: "none", trainingHours: null, teachingHours: null, contractMonths: null, arrangements: ["FC-CPRO", "FC-CAPP"] }], advice: [{ id: "young-cpro", when: { maximumAgeAtStart: 25 }, arrangement: "FC-CPRO", alternatives: [], reason: { fr: "Jeune", en: "Young" } }, { id: "other", when: {}, arrangement: "FC-CAPP", alternatives: ["FC-CPRO"], reason: { fr: "Autres cas", en: "Other cases" } }] }, birthDate: "1995-01-10", contractStart: "2025-09-01" },
      explanation: [
        ["programmes.programme", { programme: "DU", name: { fr: "Diplôme d'université", en: "University diploma" }, workStudy: "none", trainingHours: null, teachingHours: null, contractMonths: null }, "Diplôme d'université : ? de formation dont ? d'enseignements ; alternance non proposée", "University diploma: ? of training including ? of teaching; work-study not offered"],
        ["programmes.age-at-start", { birthDate: "1995-01-10", contractStart: "2025-09-01", ageAtStart: 30 }, "Âge au jour de démarrage du contrat (2025-09-01) : 30 ans", "Age on the first day of the contract (2025-09-01): 30"],
        ["programmes.advice", { advice: "other", arrangement: "FC-CAPP", reason: { fr: "Autres cas", en: "Other cases" }, alternatives: ["FC-CPRO"] }, "Autres cas → FC-CAPP (ou FC-CPRO)", "Other cases → FC-CAPP (or FC-CPRO)"],
      ],
      source: "docs/eligibility.md « Préréglage d'établissement » (ArrangementsPreset); school rules",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => recommendArrangement({ ...row.input, locale }), row);
  });

  const errors: Array<{ name: string; input: RecommendArrangementInput; issues: IssueRow[]; source: string }> = [
    {
      name: "unknown preset",
      input: { programme: "M1", preset: "sorbonne" as never },
      issues: [
        [["preset"], "INVALID_VALUE", "preset : préréglage inconnu « sorbonne » ; valeurs admises : miageAixMarseille", "preset: unknown preset \"sorbonne\"; allowed values: miageAixMarseille"],
      ],
      source: "API.md §0 (bad input)",
    },
    {
      name: "unknown programme, unknown status, birth after the contract: all named",
      input: { programme: "M3", status: "FX", birthDate: "2025-09-02", contractStart: "2025-09-01" },
      issues: [
        [["programme"], "INVALID_VALUE", "programme : formation inconnue « M3 » ; valeurs admises : L3I, M1, M2", "programme: unknown programme \"M3\"; allowed values: L3I, M1, M2"],
        [["status"], "INVALID_VALUE", "status : statut inconnu « FX » ; valeurs admises : FI, FC", "status: unknown status \"FX\"; allowed values: FI, FC"],
        [["birthDate"], "BIRTH_AFTER_CONTRACT", "birthDate : la date de naissance est postérieure au début du contrat (2025-09-01)", "birthDate: the birth date is after the contract start (2025-09-01)"],
      ],
      source: "API.md §0 (bad input)",
    },
    {
      name: "the status is needed by the advice reached",
      input: { programme: "M1", workStudy: false },
      issues: [
        [["status"], "REQUIRED", "status : obligatoire ici : le conseil « classic-fi » dépend du statut (FI, FC)", "status: required here: advice \"classic-fi\" depends on the status (FI, FC)"],
      ],
      source: "API.md §0 (required where the advice needs it)",
    },
    {
      name: "the age is needed by the advice reached",
      input: { programme: "M1" },
      issues: [
        [["birthDate"], "REQUIRED", "birthDate : obligatoire ici : le conseil « apprenticeship » dépend de l'âge au démarrage du contrat", "birthDate: required here: advice \"apprenticeship\" depends on the age at the contract start"],
        [["contractStart"], "REQUIRED", "contractStart : obligatoire ici : le conseil « apprenticeship » dépend de l'âge au démarrage du contrat", "contractStart: required here: advice \"apprenticeship\" depends on the age at the contract start"],
      ],
      source: "API.md §0 (required where the advice needs it)",
    },
    {
      name: "the age is needed, only the contract start is missing",
      input: { programme: "M1", birthDate: "2003-05-10" },
      issues: [
        [["contractStart"], "REQUIRED", "contractStart : obligatoire ici : le conseil « apprenticeship » dépend de l'âge au démarrage du contrat", "contractStart: required here: advice \"apprenticeship\" depends on the age at the contract start"],
      ],
      source: "API.md §0 (required where the advice needs it)",
    },
    {
      name: "the age is needed, only the birth date is missing",
      input: { programme: "M1", contractStart: "2025-09-01" },
      issues: [
        [["birthDate"], "REQUIRED", "birthDate : obligatoire ici : le conseil « apprenticeship » dépend de l'âge au démarrage du contrat", "birthDate: required here: advice \"apprenticeship\" depends on the age at the contract start"],
      ],
      source: "API.md §0 (required where the advice needs it)",
    },
  ];
  test.for(errors)("$name", (row) => {
    expectIssues((locale) => recommendArrangement({ ...row.input, locale }), row.issues);
  });
});

describe("a school's preset: work-study by default from the programme, alternatives, no arrangement in work-study", () => {
  const licence: ArrangementsPreset = {
    id: "licence-exemple",
    name: { fr: "Licence d'exemple", en: "Example bachelor" },
    source: "Guide des stages de la licence d'exemple",
    statuses: [{ code: "FI", label: { fr: "Formation initiale", en: "Initial education" } }],
    agreements: [
      { code: "CAPP", label: { fr: "Contrat d'apprentissage", en: "Apprenticeship" }, contract: "apprenticeship", workStudy: true },
      { code: "CSTAGE", label: { fr: "Convention de stage", en: "Internship agreement" }, contract: "internship", workStudy: false },
      { code: "PROJET", label: { fr: "Projet tuteuré", en: "Supervised project" }, contract: null, workStudy: false },
      { code: "SANS", label: { fr: "Sans contrat ni convention", en: "No contract nor agreement" }, contract: null, workStudy: false },
    ],
    arrangements: [
      { code: "FI-CAPP", status: "FI", agreement: "CAPP", usage: "preferred" },
      { code: "FI-CSTAGE", status: "FI", agreement: "CSTAGE", usage: "preferred" },
      { code: "FI-PROJET", status: "FI", agreement: "PROJET", usage: "possible" },
      { code: "FI-SANS", status: "FI", agreement: "SANS", usage: "exceptional" },
    ],
    programmes: [
      { id: "L2", name: { fr: "Licence 2e année", en: "Bachelor's 2nd year" }, workStudy: "none", trainingHours: 1200.5, teachingHours: 1000.5, contractMonths: null, arrangements: ["FI-CSTAGE", "FI-PROJET", "FI-SANS"] },
      { id: "LP", name: { fr: "Licence professionnelle", en: "Professional bachelor" }, workStudy: "mandatory", trainingHours: 450, teachingHours: 400, contractMonths: 12, arrangements: ["FI-CSTAGE"] },
    ],
    advice: [
      { id: "work-study", when: { workStudy: true }, arrangement: "FI-CAPP", alternatives: [], reason: { fr: "Alternance", en: "Work-study" } },
      { id: "classic", when: { workStudy: false }, arrangement: "FI-CSTAGE", alternatives: ["FI-PROJET", "FI-SANS"], reason: { fr: "Stage classique", en: "Classic internship" } },
    ],
  };
  const l2 = { programme: "L2", name: { fr: "Licence 2e année", en: "Bachelor's 2nd year" }, workStudy: "none", trainingHours: 1200.5, teachingHours: 1000.5, contractMonths: null };
  const lp = { programme: "LP", name: { fr: "Licence professionnelle", en: "Professional bachelor" }, workStudy: "mandatory", trainingHours: 450, teachingHours: 400, contractMonths: 12 };
  const rows: Array<{ name: string; input: RecommendArrangementInput; expected: Expected; source: string } & Explained> = [
    {
      name: "L2 offers no work-study: not in work-study by default, the classic advice with its two alternatives (contract start alone: no age step)",
      input: { programme: "L2", preset: licence, contractStart: "2025-09-01" },
      expected: { arrangement: "FI-CSTAGE", status: "FI", agreement: "CSTAGE", contract: "internship", contractMonths: null, alternatives: ["FI-PROJET", "FI-SANS"] },
      explanation: [
        ["programmes.programme", l2, "Licence 2e année : 1\u202f200,5 h de formation dont 1\u202f000,5 h d'enseignements ; alternance non proposée", "Bachelor's 2nd year: 1,200.5 h of training including 1,000.5 h of teaching; work-study not offered"],
        ["programmes.advice", { advice: "classic", arrangement: "FI-CSTAGE", reason: { fr: "Stage classique", en: "Classic internship" }, alternatives: ["FI-PROJET", "FI-SANS"] }, "Stage classique → FI-CSTAGE (ou FI-PROJET, FI-SANS)", "Classic internship → FI-CSTAGE (or FI-PROJET, FI-SANS)"],
      ],
      source: "docs/eligibility.md « Préréglage d'établissement » (workStudy default: true unless the programme offers none; alternatives the programme accepts)",
    },
    {
      name: "LP is always in work-study but accepts no work-study arrangement: NO_ARRANGEMENT_OFFERED (en alternance)",
      input: { programme: "LP", preset: licence },
      expected: { arrangement: null, status: null, agreement: null, contract: null, usage: null, contractMonths: null, alternatives: [], violations: ["NO_ARRANGEMENT_OFFERED"] },
      explanation: [
        ["programmes.programme", lp, "Licence professionnelle : 450 h de formation dont 400 h d'enseignements ; alternance obligatoire ; contrat de 12 mois", "Professional bachelor: 450 h of training including 400 h of teaching; work-study mandatory; 12-month contract"],
        ["programmes.advice.not-offered", { advice: "work-study", arrangement: "FI-CAPP", programme: "LP" }, "FI-CAPP n'est pas proposé en LP : conseil « work-study » écarté", "FI-CAPP is not offered in LP: advice \"work-study\" skipped"],
      ],
      violations: [
        ["NO_ARRANGEMENT_OFFERED", undefined, "Aucun couple statut-contrat proposé en LP ne correspond à cette situation (en alternance) : dérogation à demander à l'établissement", "No arrangement offered in LP fits this situation (work-study): ask the school for a derogation"],
      ],
      source: "docs/eligibility.md « Préréglage d'établissement » (NO_ARRANGEMENT_OFFERED)",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectRecommendation({ name: row.name, input: row.input, expected: row.expected, source: row.source });
    expectExplained((locale) => recommendArrangement({ ...row.input, locale }), row);
  });
});
