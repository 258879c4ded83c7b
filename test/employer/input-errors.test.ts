/**
 * Bad input to the employer functions: always an AlternanceInputError naming the field (API.md §0),
 * never NaN, a crash or a silent default; `birthDate` required only in the window that needs it.
 */
import { describe, expect, test } from "vitest";
import { apprenticeshipHiringAid, employerTrainingContribution } from "../../src/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectIssues } from "../support/explained.js";

type Issue = { path: (string | number)[]; code: string };

const aid = { signatureDate: "2025-08-20", contractStart: "2025-09-01", contractEnd: "2027-08-31", diplomaLevel: 6 as const, companyHeadcount: 20 };

describe("apprenticeshipHiringAid: bad input", () => {
  const rows: { name: string; input: unknown; code: "INVALID_INPUT" | "OUT_OF_SCOPE"; issues: Issue[]; source: string }[] = [
    { name: "level 2", input: { ...aid, diplomaLevel: 2 }, code: "INVALID_INPUT", issues: [{ path: ["diplomaLevel"], code: "INVALID_VALUE" }], source: "API.md §10 (3 to 8)" },
    { name: "level 9", input: { ...aid, diplomaLevel: 9 }, code: "INVALID_INPUT", issues: [{ path: ["diplomaLevel"], code: "INVALID_VALUE" }], source: "API.md §10" },
    { name: "level 6.5", input: { ...aid, diplomaLevel: 6.5 }, code: "INVALID_INPUT", issues: [{ path: ["diplomaLevel"], code: "INVALID_VALUE" }], source: "API.md §10" },
    { name: "level as text", input: { ...aid, diplomaLevel: "6" }, code: "INVALID_INPUT", issues: [{ path: ["diplomaLevel"], code: "INVALID_VALUE" }], source: "API.md §10" },
    { name: "level missing", input: { ...aid, diplomaLevel: undefined }, code: "INVALID_INPUT", issues: [{ path: ["diplomaLevel"], code: "REQUIRED" }], source: "API.md §10" },
    { name: "negative headcount", input: { ...aid, companyHeadcount: -1 }, code: "INVALID_INPUT", issues: [{ path: ["companyHeadcount"], code: "TOO_SMALL" }], source: "API.md §10" },
    { name: "headcount not whole", input: { ...aid, companyHeadcount: 249.5 }, code: "INVALID_INPUT", issues: [{ path: ["companyHeadcount"], code: "NOT_INTEGER" }], source: "CSS L130-1 (a number of employees)" },
    { name: "NaN headcount", input: { ...aid, companyHeadcount: Number.NaN }, code: "INVALID_INPUT", issues: [{ path: ["companyHeadcount"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "infinite headcount", input: { ...aid, companyHeadcount: Number.POSITIVE_INFINITY }, code: "INVALID_INPUT", issues: [{ path: ["companyHeadcount"], code: "INVALID_TYPE" }], source: "API.md §0" },
    { name: "headcount above 5 000 000", input: { ...aid, companyHeadcount: 5_000_001 }, code: "INVALID_INPUT", issues: [{ path: ["companyHeadcount"], code: "TOO_BIG" }], source: "bound of plausibility" },
    { name: "headcount missing", input: { ...aid, companyHeadcount: undefined }, code: "INVALID_INPUT", issues: [{ path: ["companyHeadcount"], code: "REQUIRED" }], source: "API.md §10" },
    { name: "end before start", input: { ...aid, contractEnd: "2025-08-31" }, code: "INVALID_INPUT", issues: [{ path: ["contractEnd"], code: "END_BEFORE_START" }], source: "API.md §10" },
    { name: "signature after start", input: { ...aid, signatureDate: "2025-09-02" }, code: "INVALID_INPUT", issues: [{ path: ["signatureDate"], code: "SIGNATURE_AFTER_START" }], source: "C. trav. L6222-7" },
    {
      name: "signature after start and end before start: both named",
      input: { ...aid, signatureDate: "2025-09-02", contractEnd: "2025-08-01" },
      code: "INVALID_INPUT",
      issues: [
        { path: ["contractEnd"], code: "END_BEFORE_START" },
        { path: ["signatureDate"], code: "SIGNATURE_AFTER_START" },
      ],
      source: "API.md §0",
    },
    { name: "impossible start", input: { ...aid, contractStart: "2025-02-30" }, code: "INVALID_INPUT", issues: [{ path: ["contractStart"], code: "INVALID_DATE" }], source: "API.md §0" },
    { name: "signature before 2019-01-01", input: { ...aid, signatureDate: "2018-12-31" }, code: "OUT_OF_SCOPE", issues: [{ path: ["signatureDate"], code: "OUT_OF_SCOPE" }], source: "API.md §0 scope" },
    {
      name: "both dates before 2019-01-01",
      input: { ...aid, signatureDate: "2018-06-01", contractStart: "2018-09-01", contractEnd: "2020-08-31" },
      code: "OUT_OF_SCOPE",
      issues: [
        { path: ["signatureDate"], code: "OUT_OF_SCOPE" },
        { path: ["contractStart"], code: "OUT_OF_SCOPE" },
      ],
      source: "API.md §0 scope",
    },
    { name: "unknown employer", input: { ...aid, employer: "state" }, code: "INVALID_INPUT", issues: [{ path: ["employer"], code: "INVALID_VALUE" }], source: "API.md §10" },
    { name: "disabledWorker as text", input: { ...aid, disabledWorker: "oui" }, code: "INVALID_INPUT", issues: [{ path: ["disabledWorker"], code: "INVALID_TYPE" }], source: "API.md §10" },
    { name: "birth after the start", input: { ...aid, birthDate: "2025-09-02" }, code: "INVALID_INPUT", issues: [{ path: ["birthDate"], code: "BIRTH_AFTER_CONTRACT" }], source: "API.md §0" },
    { name: "unknown field (typo)", input: { ...aid, headcount: 20 }, code: "INVALID_INPUT", issues: [{ path: ["headcount"], code: "UNKNOWN_FIELD" }], source: "ARCHITECTURE.md" },
    { name: "not an object", input: null, code: "INVALID_INPUT", issues: [{ path: [], code: "INVALID_TYPE" }], source: "API.md §0" },
  ];

  test.for(rows)("$name", ({ input, code, issues }) => {
    const error = catchInputError(() => apprenticeshipHiringAid(input as never));
    expect(error.code).toBe(code);
    expect(error.issues.map((issue) => ({ path: issue.path, code: issue.code }))).toEqual(issues);
  });

  test("the messages, word for word", () => {
    expectIssues((locale) => apprenticeshipHiringAid({ ...aid, diplomaLevel: 9 as never, signatureDate: "2025-09-02", contractEnd: "2025-08-01", locale }), [
      [["diplomaLevel"], "INVALID_VALUE", "diplomaLevel : valeur inconnue « 9 » ; valeurs admises : 3, 4, 5, 6, 7, 8", 'diplomaLevel: unknown value "9"; allowed values: 3, 4, 5, 6, 7, 8'],
    ]);
    expectIssues((locale) => apprenticeshipHiringAid({ ...aid, signatureDate: "2025-09-02", contractEnd: "2025-08-01", locale }), [
      [
        ["contractEnd"],
        "END_BEFORE_START",
        "contractEnd : la fin du contrat (2025-08-01) précède son début (2025-09-01)",
        "contractEnd: the contract end (2025-08-01) is before its start (2025-09-01)",
      ],
      [
        ["signatureDate"],
        "SIGNATURE_AFTER_START",
        "signatureDate : le contrat est conclu (2025-09-02) après le début de son exécution (2025-09-01) : les aides dépendent des deux dates, corrigez-les",
        "signatureDate: the contract is concluded (2025-09-02) after its execution starts (2025-09-01): the aids depend on both dates, correct them",
      ],
    ]);
  });
});

describe("birthDate: required only for contracts concluded 2020-07-01 → 2022-12-31", () => {
  const input = (signatureDate: string) => ({ signatureDate, contractStart: signatureDate, contractEnd: "2024-12-31", diplomaLevel: 4 as const, companyHeadcount: 20 });

  test.for(["2020-07-01", "2021-09-01", "2022-12-31"])("concluded on %s: REQUIRED, with the reason", (signatureDate) => {
    expectIssues((locale) => apprenticeshipHiringAid({ ...input(signatureDate), locale }), [
      [
        ["birthDate"],
        "REQUIRED",
        "birthDate : la date de naissance de l'apprenti est nécessaire pour les contrats conclus du 2020-07-01 au 2022-12-31 (aide de 5 000 € avant 18 ans, 8 000 € à partir de 18 ans)",
        "birthDate: the apprentice's birth date is needed for contracts concluded from 2020-07-01 to 2022-12-31 (aid of €5,000 under 18, €8,000 from 18)",
      ],
    ]);
  });

  test.for(["2020-06-30", "2023-01-01"])("concluded on %s (the day before, the day after): not needed", (signatureDate) => {
    expect(apprenticeshipHiringAid(input(signatureDate)).eligible).toBe(true);
  });

  test("not needed either when no aid is due in that window (a doctorate, a public employer)", () => {
    expect(apprenticeshipHiringAid({ ...input("2021-09-01"), diplomaLevel: 8 }).eligible).toBe(false);
    expect(apprenticeshipHiringAid({ ...input("2021-09-01"), employer: "public" }).eligible).toBe(false);
  });
});

describe("employerTrainingContribution: bad input", () => {
  const valid = { signatureDate: "2025-09-01", diplomaLevel: 7 };
  const rows: { name: string; input: unknown; code: "INVALID_INPUT" | "OUT_OF_SCOPE"; issues: Issue[]; source: string }[] = [
    { name: "level 2", input: { ...valid, diplomaLevel: 2 }, code: "INVALID_INPUT", issues: [{ path: ["diplomaLevel"], code: "INVALID_VALUE" }], source: "API.md §10" },
    { name: "level 9", input: { ...valid, diplomaLevel: 9 }, code: "INVALID_INPUT", issues: [{ path: ["diplomaLevel"], code: "INVALID_VALUE" }], source: "API.md §10" },
    { name: "signature before 2019-01-01", input: { ...valid, signatureDate: "2018-12-31" }, code: "OUT_OF_SCOPE", issues: [{ path: ["signatureDate"], code: "OUT_OF_SCOPE" }], source: "API.md §0 scope" },
    { name: "impossible signature", input: { ...valid, signatureDate: "2025-13-01" }, code: "INVALID_INPUT", issues: [{ path: ["signatureDate"], code: "INVALID_DATE" }], source: "API.md §0" },
    { name: "afterRupture as text", input: { ...valid, afterRupture: "yes" }, code: "INVALID_INPUT", issues: [{ path: ["afterRupture"], code: "INVALID_TYPE" }], source: "API.md §10" },
    {
      name: "funding level 0",
      input: { ...valid, trialPeriodRupture: { fundingLevel: 0, daysPerformed: 20 } },
      code: "INVALID_INPUT",
      issues: [{ path: ["trialPeriodRupture", "fundingLevel"], code: "TOO_SMALL" }],
      source: "R6332-25-1 al. 2",
    },
    {
      name: "funding level above 100 000 €",
      input: { ...valid, trialPeriodRupture: { fundingLevel: 100_000.01, daysPerformed: 20 } },
      code: "INVALID_INPUT",
      issues: [{ path: ["trialPeriodRupture", "fundingLevel"], code: "TOO_BIG" }],
      source: "bound of plausibility",
    },
    {
      name: "0 days performed",
      input: { ...valid, trialPeriodRupture: { fundingLevel: 8231, daysPerformed: 0 } },
      code: "INVALID_INPUT",
      issues: [{ path: ["trialPeriodRupture", "daysPerformed"], code: "TOO_SMALL" }],
      source: "R6332-25-1 al. 2",
    },
    {
      name: "days performed not whole",
      input: { ...valid, trialPeriodRupture: { fundingLevel: 8231, daysPerformed: 10.5 } },
      code: "INVALID_INPUT",
      issues: [{ path: ["trialPeriodRupture", "daysPerformed"], code: "NOT_INTEGER" }],
      source: "R6332-25-1 al. 2 (days)",
    },
    {
      name: "more days than a four-year contract",
      input: { ...valid, trialPeriodRupture: { fundingLevel: 8231, daysPerformed: 1462 } },
      code: "INVALID_INPUT",
      issues: [{ path: ["trialPeriodRupture", "daysPerformed"], code: "TOO_BIG" }],
      source: "R6222-46 (4 years at most)",
    },
    {
      name: "an unknown field in the rupture",
      input: { ...valid, trialPeriodRupture: { fundingLevel: 8231, daysPerformed: 10, npec: 1 } },
      code: "INVALID_INPUT",
      issues: [{ path: ["trialPeriodRupture", "npec"], code: "UNKNOWN_FIELD" }],
      source: "ARCHITECTURE.md",
    },
    { name: "unknown field (typo)", input: { ...valid, level: 7 }, code: "INVALID_INPUT", issues: [{ path: ["level"], code: "UNKNOWN_FIELD" }], source: "ARCHITECTURE.md" },
  ];

  test.for(rows)("$name", ({ input, code, issues }) => {
    const error = catchInputError(() => employerTrainingContribution(input as never));
    expect(error.code).toBe(code);
    expect(error.issues.map((issue) => ({ path: issue.path, code: issue.code }))).toEqual(issues);
  });

  test("both rupture cases at once: CONFLICTING_FIELDS, with the reason", () => {
    expectIssues(
      (locale) => employerTrainingContribution({ ...valid, afterRupture: true, trialPeriodRupture: { fundingLevel: 8231, daysPerformed: 10 }, diplomaLevel: 7, locale }),
      [
        [
          ["trialPeriodRupture"],
          "CONFLICTING_FIELDS",
          "trialPeriodRupture : ne se combine pas avec afterRupture : R6332-25-1 ne dit pas quelle participation s'applique à un nouveau contrat lui-même rompu pendant les 45 jours",
          "trialPeriodRupture: cannot be combined with afterRupture: R6332-25-1 does not say which participation applies to a new contract itself broken during the 45 days",
        ],
      ],
    );
  });
});
