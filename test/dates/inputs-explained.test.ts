/**
 * Input checking and policies, word for word: every input issue (path, code, French and English
 * message) of the date functions and of a school's date policy, the explanations of unnamed and
 * one-day-long cases, which policy bound or limit applies (the law's on a tie), and the documents
 * each step and violation cites.
 */
import { describe, expect, test } from "vitest";
import { checkContractDates, contractWindows, type CheckContractDatesInput, type DatePolicy } from "../../src/dates/index.js";
import type { Locale } from "../../src/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, expectIssues, type Explained, type IssueRow } from "../support/explained.js";

const valid: CheckContractDatesInput = { contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03", contractStart: "2025-09-01", contractEnd: "2027-08-31" };

describe("cross-field input issues of checkContractDates, word for word", () => {
  const rows: Array<{ name: string; input: CheckContractDatesInput; issues: IssueRow[]; source: string }> = [
    {
      name: "contract ending 2018-12-31 (before its start 2019-01-01): the end is out of scope",
      input: { ...valid, trainingStart: "2019-01-01", trainingEnd: "2019-12-31", contractStart: "2019-01-01", contractEnd: "2018-12-31" },
      issues: [
        [
          ["contractEnd"],
          "OUT_OF_SCOPE",
          "contractEnd : « 2018-12-31 » est antérieur au 01/01/2019, premier jour couvert par la bibliothèque pour ce type de contrat",
          'contractEnd: "2018-12-31" is before 2019-01-01, the first day the library covers for this contract type',
        ],
      ],
      source: "API.md §0 scope (contracts from 2019-01-01)",
    },
    {
      name: "training ending the day before it starts",
      input: { ...valid, trainingEnd: "2025-08-31", contractEnd: "2026-08-31" },
      issues: [[["trainingEnd"], "END_BEFORE_START", "trainingEnd : 31/08/2025 précède le début (01/09/2025)", "trainingEnd: 2025-08-31 is before the start (2025-09-01)"]],
      source: "cross-field check (ARCHITECTURE.md: end before start → END_BEFORE_START on the end field)",
    },
    {
      name: "mission validated the day before its validation was requested",
      input: { ...valid, policy: "miageAixMarseille", validationRequestedOn: "2025-08-10", missionValidatedOn: "2025-08-09" },
      issues: [
        [
          ["missionValidatedOn"],
          "VALIDATION_BEFORE_REQUEST",
          "missionValidatedOn : la mission ne peut pas être validée (09/08/2025) avant que la validation soit demandée (10/08/2025)",
          "missionValidatedOn: the mission cannot be validated (2025-08-09) before its validation is requested (2025-08-10)",
        ],
      ],
      source: "MIAGE guide §3.3: the validation is requested, then given",
    },
    {
      name: "mission validated on 2199-12-30: the earliest start (7 days later) is past 2199",
      input: {
        contract: "work-study-internship",
        trainingStart: "2025-09-01",
        trainingEnd: "2026-06-30",
        contractStart: "2025-09-15",
        contractEnd: "2026-06-30",
        missionValidatedOn: "2199-12-30",
        policy: {
          "work-study-internship": {
            start: { monthsBefore: null, monthsAfter: null },
            end: { monthsBefore: null, monthsAfter: null },
            durationMonths: { minimum: null, maximum: null },
            minimumDaysAfterValidation: 7,
          },
        },
      },
      issues: [[["missionValidatedOn"], "OUT_OF_RANGE", "missionValidatedOn : une date calculée à partir de ce champ dépasse l'an 2199", "missionValidatedOn: a date computed from this field is past the year 2199"]],
      source: "API.md §0 (no invalid date is returned; dates up to 2199-12-31)",
    },
  ];

  test.for(rows)("$name", ({ input, issues }) => {
    expectIssues((locale) => checkContractDates({ ...input, locale }), issues);
  });

  test("the mission may be validated on the day its validation is requested (source: MIAGE guide §3.3)", () => {
    const result = checkContractDates({ ...valid, contractEnd: "2027-09-03", policy: "miageAixMarseille", validationRequestedOn: "2025-08-10", missionValidatedOn: "2025-08-10" });
    expect(result.violations).toEqual([]);
  });
});

describe("a training start whose latest contract start falls past 2199", () => {
  test("OUT_OF_RANGE on trainingStart only (the law sets no end window; source: L6222-12, DDF + 3 months; API.md §0)", () => {
    expectIssues(
      (locale) => contractWindows({ contract: "apprenticeship", trainingStart: "2199-10-15", trainingEnd: "2199-12-31", locale }),
      [[["trainingStart"], "OUT_OF_RANGE", "trainingStart : une date calculée à partir de ce champ dépasse l'an 2199", "trainingStart: a date computed from this field is past the year 2199"]],
    );
  });
});

describe("an input that is not an object is an input error, not a crash", () => {
  const rows = [
    { name: "null", input: null, issue: { path: [], code: "INVALID_TYPE", message: "input : un objet est attendu, reçu « null »" }, source: "ARCHITECTURE.md: bad input → AlternanceInputError" },
    { name: "undefined", input: undefined, issue: { path: [], code: "REQUIRED", message: "input : champ obligatoire manquant" }, source: "ARCHITECTURE.md: bad input → AlternanceInputError" },
  ];
  test.for(rows)("$name", ({ input, issue }) => {
    for (const run of [() => contractWindows(input as never), () => checkContractDates(input as never)]) {
      const error = catchInputError(run);
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.issues.map(({ path, code, message }) => ({ path, code, message }))).toEqual([issue]);
    }
  });
});

const validRules = {
  start: { monthsBefore: 3, monthsAfter: 3 },
  end: { monthsAfter: 2 },
  durationMonths: { minimum: 6, maximum: 36 },
};
const POLICY = ["policy", "apprenticeship", "durationMonths"] as const;
const withDuration = (durationMonths: Record<string, unknown>): DatePolicy => ({ apprenticeship: { ...validRules, durationMonths } }) as unknown as DatePolicy;
const windowsWith = (policy: DatePolicy) => (locale: Locale) => contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", policy, locale });

describe("a policy's duration bounds: minimum ≤ maximum ≤ extended maximum, each issue reported once", () => {
  const rows: Array<{ name: string; policy: DatePolicy; issues: IssueRow[]; source: string }> = [
    {
      name: "minimum 120 (the largest offset) above maximum 100",
      policy: withDuration({ minimum: 120, maximum: 100 }),
      issues: [[[...POLICY, "minimum"], "TOO_BIG", "policy.apprenticeship.durationMonths.minimum : doit être au plus 100, reçu « 120 »", 'policy.apprenticeship.durationMonths.minimum: must be at most 100, got "120"']],
      source: "datePolicySchema: whole months 0 to 120, minimum ≤ maximum",
    },
    {
      name: "minimum 121: too big, and not compared with the maximum",
      policy: withDuration({ minimum: 121, maximum: 12 }),
      issues: [[[...POLICY, "minimum"], "TOO_BIG", "policy.apprenticeship.durationMonths.minimum : doit être au plus 120, reçu « 121 »", 'policy.apprenticeship.durationMonths.minimum: must be at most 120, got "121"']],
      source: "datePolicySchema: whole months 0 to 120",
    },
    {
      name: "fractional maximum 12.5 below minimum 13: not a whole number, and not compared",
      policy: withDuration({ minimum: 13, maximum: 12.5 }),
      issues: [[[...POLICY, "maximum"], "NOT_INTEGER", "policy.apprenticeship.durationMonths.maximum : doit être un nombre entier", "policy.apprenticeship.durationMonths.maximum: must be a whole number"]],
      source: "datePolicySchema: whole months",
    },
    {
      name: "fractional minimum 12.5 above maximum 12: not a whole number, and not compared",
      policy: withDuration({ minimum: 12.5, maximum: 12 }),
      issues: [[[...POLICY, "minimum"], "NOT_INTEGER", "policy.apprenticeship.durationMonths.minimum : doit être un nombre entier", "policy.apprenticeship.durationMonths.minimum: must be a whole number"]],
      source: "datePolicySchema: whole months",
    },
    {
      name: "extended maximum 0, below the maximum 36",
      policy: withDuration({ minimum: 6, maximum: 36, extendedMaximum: { "disabled-worker": 0 } }),
      issues: [
        [
          [...POLICY, "extendedMaximum", "disabled-worker"],
          "TOO_SMALL",
          "policy.apprenticeship.durationMonths.extendedMaximum.disabled-worker : doit être au moins 36, reçu « 0 »",
          'policy.apprenticeship.durationMonths.extendedMaximum.disabled-worker: must be at least 36, got "0"',
        ],
      ],
      source: "datePolicySchema: maximum ≤ extended maximum",
    },
    {
      name: "extended maximum −1: too small, and not compared with the maximum",
      policy: withDuration({ minimum: 6, maximum: 36, extendedMaximum: { "disabled-worker": -1 } }),
      issues: [
        [
          [...POLICY, "extendedMaximum", "disabled-worker"],
          "TOO_SMALL",
          "policy.apprenticeship.durationMonths.extendedMaximum.disabled-worker : doit être au moins 0, reçu « -1 »",
          'policy.apprenticeship.durationMonths.extendedMaximum.disabled-worker: must be at least 0, got "-1"',
        ],
      ],
      source: "datePolicySchema: whole months 0 to 120",
    },
    {
      name: "no maximum: the extended maximum 11 is compared with the minimum 12",
      policy: withDuration({ minimum: 12, maximum: null, extendedMaximum: { "disabled-worker": 11 } }),
      issues: [
        [
          [...POLICY, "extendedMaximum", "disabled-worker"],
          "TOO_SMALL",
          "policy.apprenticeship.durationMonths.extendedMaximum.disabled-worker : doit être au moins 12, reçu « 11 »",
          'policy.apprenticeship.durationMonths.extendedMaximum.disabled-worker: must be at least 12, got "11"',
        ],
      ],
      source: "datePolicySchema: minimum ≤ extended maximum",
    },
    {
      name: "end window without monthsAfter",
      policy: { apprenticeship: { ...validRules, end: {} } } as unknown as DatePolicy,
      issues: [[["policy", "apprenticeship", "end", "monthsAfter"], "REQUIRED", "policy.apprenticeship.end.monthsAfter : champ obligatoire manquant", "policy.apprenticeship.end.monthsAfter: required field is missing"]],
      source: "datePolicySchema: month offsets or notAfterTrainingEnd",
    },
  ];

  test.for(rows)("$name", ({ policy, issues }) => {
    expectIssues(windowsWith(policy), issues);
  });

  test("an extended maximum equal to the maximum is accepted (source: datePolicySchema, maximum ≤ extended maximum)", () => {
    const result = windowsWith(withDuration({ minimum: 6, maximum: 36, extendedMaximum: { "disabled-worker": 36 } }))("en");
    expect(result.start).toEqual({ earliest: "2025-06-01", latest: "2025-12-01" });
  });
});

/** A school policy with 0- and 1-month bounds, no name and no legalBasis. */
const unnamedPolicy: DatePolicy = {
  apprenticeship: { start: { monthsBefore: 0, monthsAfter: 1 }, end: { monthsBefore: 1, monthsAfter: 1 }, durationMonths: { minimum: null, maximum: null } },
};

describe("checkContractDates explained word for word: unnamed policy, policy \"legal\", one-day contract, late signature", () => {
  const rows: Array<{ name: string; input: CheckContractDatesInput; source: string } & Explained> = [
    {
      name: "an unnamed policy: starts before the policy's earliest start (DDF) and ends before its earliest end (DFF − 1 month)",
      input: { contract: "apprenticeship", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", contractStart: "2025-09-01", contractEnd: "2026-05-29", policy: unnamedPolicy },
      explanation: [
        ["dates.policy", {"combinedWithLaw":true}, "Politique « politique fournie », appliquée avec les règles légales : pour chaque borne, la plus stricte s'applique", "Policy \"given policy\", applied together with the legal rules: for each bound, the stricter one applies"],
        ["dates.start.window", {"earliest":{"date":"2025-09-15","months":0,"anchor":"trainingStart","source":"policy"},"latest":{"date":"2025-10-15","months":1,"anchor":"trainingStart","source":"policy"}}, "Début du contrat : au plus tôt le 15/09/2025 (DDF, politique fournie) ; au plus tard le 15/10/2025 (DDF + 1 mois, politique fournie)", "Contract start: earliest 2025-09-15 (training start, given policy); latest 2025-10-15 (training start + 1 month, given policy)"],
        ["dates.end.window", {"earliest":{"date":"2026-05-30","months":-1,"anchor":"trainingEnd","source":"policy"},"latest":{"date":"2026-07-30","months":1,"anchor":"trainingEnd","source":"policy"}}, "Fin du contrat : au plus tôt le 30/05/2026 (DFF − 1 mois, politique fournie) ; au plus tard le 30/07/2026 (DFF + 1 mois, politique fournie)", "Contract end: earliest 2026-05-30 (training end − 1 month, given policy); latest 2026-07-30 (training end + 1 month, given policy)"],
        ["dates.duration", {"duration":{"months":8,"days":29},"minimum":{"months":6,"source":"law","earliestEnd":"2026-02-28"},"maximum":{"months":36,"source":"law","latestEnd":"2028-08-31","extendedBy":null}}, "Durée du contrat : 8 mois et 29 jour(s) ; minimum 6 mois, soit une fin au plus tôt le 28/02/2026 (loi) ; maximum 36 mois, soit une fin au plus tard le 31/08/2028 (loi) (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: 8 months and 29 day(s); minimum 6 months, i.e. ending on 2026-02-28 at the earliest (law); maximum 36 months, i.e. ending on 2028-08-31 at the latest (law) (N months = up to the day before the same day N months later)"],
      ],
      violations: [
        ["START_BEFORE_EARLIEST", "contractStart", "Le contrat commence le 01/09/2025, avant le début au plus tôt : 15/09/2025 (DDF, politique fournie)", "The contract starts on 2025-09-01, before the earliest start: 2025-09-15 (training start, given policy)"],
        ["END_BEFORE_EARLIEST", "contractEnd", "Le contrat finit le 29/05/2026, avant la fin au plus tôt : 30/05/2026 (DFF − 1 mois, politique fournie)", "The contract ends on 2026-05-29, before the earliest end: 2026-05-30 (training end − 1 month, given policy)"],
      ],
      warnings: [],
      source: 'API.md §3 (DatePolicy: the stricter bound applies); C. trav. L6222-7-1, L6222-12; law.md §3.3',
    },
    {
      name: 'an unnamed policy: starts after its latest start (DDF + 1 month) and ends after its latest end (DFF + 1 month)',
      input: { contract: "apprenticeship", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", contractStart: "2025-10-16", contractEnd: "2026-07-31", policy: unnamedPolicy },
      explanation: [
        ["dates.policy", {"combinedWithLaw":true}, "Politique « politique fournie », appliquée avec les règles légales : pour chaque borne, la plus stricte s'applique", "Policy \"given policy\", applied together with the legal rules: for each bound, the stricter one applies"],
        ["dates.start.window", {"earliest":{"date":"2025-09-15","months":0,"anchor":"trainingStart","source":"policy"},"latest":{"date":"2025-10-15","months":1,"anchor":"trainingStart","source":"policy"}}, "Début du contrat : au plus tôt le 15/09/2025 (DDF, politique fournie) ; au plus tard le 15/10/2025 (DDF + 1 mois, politique fournie)", "Contract start: earliest 2025-09-15 (training start, given policy); latest 2025-10-15 (training start + 1 month, given policy)"],
        ["dates.end.window", {"earliest":{"date":"2026-05-30","months":-1,"anchor":"trainingEnd","source":"policy"},"latest":{"date":"2026-07-30","months":1,"anchor":"trainingEnd","source":"policy"}}, "Fin du contrat : au plus tôt le 30/05/2026 (DFF − 1 mois, politique fournie) ; au plus tard le 30/07/2026 (DFF + 1 mois, politique fournie)", "Contract end: earliest 2026-05-30 (training end − 1 month, given policy); latest 2026-07-30 (training end + 1 month, given policy)"],
        ["dates.duration", {"duration":{"months":9,"days":16},"minimum":{"months":6,"source":"law","earliestEnd":"2026-04-15"},"maximum":{"months":36,"source":"law","latestEnd":"2028-10-15","extendedBy":null}}, "Durée du contrat : 9 mois et 16 jour(s) ; minimum 6 mois, soit une fin au plus tôt le 15/04/2026 (loi) ; maximum 36 mois, soit une fin au plus tard le 15/10/2028 (loi) (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: 9 months and 16 day(s); minimum 6 months, i.e. ending on 2026-04-15 at the earliest (law); maximum 36 months, i.e. ending on 2028-10-15 at the latest (law) (N months = up to the day before the same day N months later)"],
      ],
      violations: [
        ["START_AFTER_LATEST", "contractStart", "Le contrat commence le 16/10/2025, après le début au plus tard : 15/10/2025 (DDF + 1 mois, politique fournie)", "The contract starts on 2025-10-16, after the latest start: 2025-10-15 (training start + 1 month, given policy)"],
        ["END_AFTER_LATEST", "contractEnd", "Le contrat finit le 31/07/2026, après la fin au plus tard : 30/07/2026 (DFF + 1 mois, politique fournie)", "The contract ends on 2026-07-31, after the latest end: 2026-07-30 (training end + 1 month, given policy)"],
      ],
      warnings: [],
      source: 'API.md §3 (DatePolicy: the stricter bound applies); C. trav. L6222-7-1, L6222-12; law.md §3.3',
    },
    {
      name: 'work-study internship under policy "legal", one day long: no window, no duration limit, validation request not checked',
      input: { contract: "work-study-internship", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", contractStart: "2025-09-15", contractEnd: "2025-09-15", policy: "legal", validationRequestedOn: "2025-09-01" },
      explanation: [
        ["dates.policy", {"policy":"loi / law","combinedWithLaw":false}, "Règles légales seules (policies.legal)", "Legal rules only (policies.legal)"],
        ["dates.start.window", {"earliest":null,"latest":null,"policy":"loi / law"}, "Début du contrat : pas de date au plus tôt ; pas de date au plus tard", "Contract start: no earliest date; no latest date"],
        ["dates.end.window", {"earliest":null,"latest":null,"policy":"loi / law"}, "Fin du contrat : pas de date au plus tôt ; pas de date au plus tard", "Contract end: no earliest date; no latest date"],
        ["dates.duration", {"duration":{"months":0,"days":1},"minimum":null,"maximum":null,"policy":"loi / law"}, "Durée du contrat : 0 mois et 1 jour(s) ; minimum sans limite ; maximum sans limite (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: 0 months and 1 day(s); minimum no limit; maximum no limit (N months = up to the day before the same day N months later)"],
      ],
      violations: [
      ],
      warnings: [
        ["TIMING_RULE_NOT_SET", "validationRequestedOn", "validationRequestedOn n'est pas vérifié : la politique ne fixe pas de délai correspondant (la loi n'en fixe pas)", "validationRequestedOn is not checked: the policy sets no matching timing rule (the law sets none)"],
      ],
      source: 'law.md §3 (L124-5 is counted in presence, not date to date: no duration bound); a contract may end on its start day',
    },
    {
      name: 'apprenticeship signed on 2026-07-01, the day after it starts (before dataVerifiedUntil, 2026-07-16: no warning)',
      input: { contract: "apprenticeship", trainingStart: "2026-06-01", trainingEnd: "2027-06-30", contractStart: "2026-06-30", contractEnd: "2027-06-29", signatureDate: "2026-07-01" },
      explanation: [
        ["dates.policy", {"policy":"loi / law","combinedWithLaw":false}, "Règles légales seules (policies.legal)", "Legal rules only (policies.legal)"],
        ["dates.start.window", {"earliest":{"date":"2026-03-01","months":-3,"anchor":"trainingStart","source":"law"},"latest":{"date":"2026-09-01","months":3,"anchor":"trainingStart","source":"law"},"policy":"loi / law"}, "Début du contrat : au plus tôt le 01/03/2026 (DDF − 3 mois, loi) ; au plus tard le 01/09/2026 (DDF + 3 mois, loi)", "Contract start: earliest 2026-03-01 (training start − 3 months, law); latest 2026-09-01 (training start + 3 months, law)"],
        ["dates.end.window", {"earliest":null,"latest":null,"policy":"loi / law"}, "Fin du contrat : pas de date au plus tôt ; pas de date au plus tard", "Contract end: no earliest date; no latest date"],
        ["dates.duration", {"duration":{"months":12,"days":0},"minimum":{"months":6,"source":"law","earliestEnd":"2026-12-29"},"maximum":{"months":36,"source":"law","latestEnd":"2029-06-29","extendedBy":null},"policy":"loi / law"}, "Durée du contrat : 12 mois et 0 jour(s) ; minimum 6 mois, soit une fin au plus tôt le 29/12/2026 (loi) ; maximum 36 mois, soit une fin au plus tard le 29/06/2029 (loi) (N mois = jusqu'à la veille du même jour N mois plus tard)", "Contract duration: 12 months and 0 day(s); minimum 6 months, i.e. ending on 2026-12-29 at the earliest (law); maximum 36 months, i.e. ending on 2029-06-29 at the latest (law) (N months = up to the day before the same day N months later)"],
      ],
      violations: [
        ["SIGNATURE_AFTER_START", "signatureDate", "Signé le 01/07/2026, après le début du contrat le 30/06/2026", "Signed on 2026-07-01, after the contract starts on 2026-06-30"],
      ],
      warnings: [],
      source: 'C. trav. L6222-7 (contract signed by its start), L6222-12, L6222-7-1; dataVerifiedUntil 2026-07-16 (no PARAMETERS_NOT_VERIFIED)',
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => checkContractDates({ ...row.input, locale }), row);
  });
});

/** A named school policy for apprenticeships with the given duration bounds (no legalBasis anywhere). */
const schoolDurations = (minimum: number | null, maximum: number | null): DatePolicy => ({
  name: "École Z",
  apprenticeship: { start: { monthsBefore: null, monthsAfter: null }, end: { monthsBefore: null, monthsAfter: null }, durationMonths: { minimum, maximum } },
});

describe("duration limits: the longest minimum and the shortest maximum of the law and the policy, the law's on a tie", () => {
  type Limit = { months: number; source: "law" | "policy" } | null;
  const rows: Array<{ name: string; policy: DatePolicy; expected: { minimum: Limit; maximum: Limit }; source: string }> = [
    { name: "policy 12 to 24 months: both stricter than the law's 6 to 36", policy: schoolDurations(12, 24), expected: { minimum: { months: 12, source: "policy" }, maximum: { months: 24, source: "policy" } }, source: "C. trav. L6222-7-1 (6 months to 3 years) and the school's policy: the stricter applies" },
    { name: "policy 3 to 60 months: both looser, the law's 6 to 36 apply", policy: schoolDurations(3, 60), expected: { minimum: { months: 6, source: "law" }, maximum: { months: 36, source: "law" } }, source: "C. trav. L6222-7-1: a school policy cannot loosen the law" },
    { name: "policy 6 to 36 months: equal to the law, the law is cited", policy: schoolDurations(6, 36), expected: { minimum: { months: 6, source: "law" }, maximum: { months: 36, source: "law" } }, source: "C. trav. L6222-7-1 (the law's bound on a tie)" },
    { name: "policy without duration bounds: the law's", policy: schoolDurations(null, null), expected: { minimum: { months: 6, source: "law" }, maximum: { months: 36, source: "law" } }, source: "C. trav. L6222-7-1" },
  ];
  test.for(rows)("$name", ({ policy, expected }) => {
    const result = checkContractDates({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2026-06-30", contractStart: "2025-09-01", contractEnd: "2026-08-31", policy });
    const values = result.explanation.find((step) => step.rule === "dates.duration")?.values as { minimum: Limit; maximum: Limit };
    const pick = (limit: Limit) => (limit === null ? null : { months: limit.months, source: limit.source });
    expect({ minimum: pick(values.minimum), maximum: pick(values.maximum) }).toEqual(expected);
  });
});

describe("documents cited by steps and violations", () => {
  const rows: Array<{
    name: string;
    input: CheckContractDatesInput;
    expected: { startWindow: string[]; duration: string[]; violations: Array<[string, string[]]> };
    source: string;
  }> = [
    {
      name: "a policy without a name nor legalBasis cites \"DatePolicy\"",
      input: { contract: "apprenticeship", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", contractStart: "2025-09-01", contractEnd: "2026-05-29", policy: unnamedPolicy },
      expected: {
        startWindow: ["DatePolicy"],
        duration: ["C. trav. art. L6222-7-1", "C. trav. art. R6222-46", "C. trav. art. R6222-60"],
        violations: [
          ["START_BEFORE_EARLIEST", ["DatePolicy"]],
          ["END_BEFORE_EARLIEST", ["DatePolicy"]],
        ],
      },
      source: "API.md §3 / resolve-policy: policy legalBasis, else its name, else \"DatePolicy\"",
    },
    {
      name: "a named policy whose legalBasis lists are empty cites its name",
      input: {
        contract: "apprenticeship",
        trainingStart: "2025-09-15",
        trainingEnd: "2026-06-30",
        contractStart: "2025-09-01",
        contractEnd: "2027-09-30",
        policy: {
          name: "École Z",
          legalBasis: [],
          apprenticeship: { start: { monthsBefore: 0, monthsAfter: 1, legalBasis: [] }, end: { monthsBefore: null, monthsAfter: null }, durationMonths: { minimum: 12, maximum: 24, legalBasis: [] } },
        },
      },
      expected: {
        startWindow: ["École Z"],
        duration: ["École Z"],
        violations: [
          ["DURATION_TOO_LONG", ["École Z"]],
          ["START_BEFORE_EARLIEST", ["École Z"]],
        ],
      },
      source: "API.md §3 (DatePolicy.legalBasis: without any, violations cite the policy's name)",
    },
    {
      name: "policy \"legal\", internship: no window and no duration limit, nothing to cite",
      input: { contract: "work-study-internship", trainingStart: "2025-09-15", trainingEnd: "2026-06-30", contractStart: "2025-09-15", contractEnd: "2026-06-30", policy: "legal" },
      expected: { startWindow: [], duration: [], violations: [] },
      source: "law.md §3 (no date window nor duration bound for work-study internships)",
    },
  ];
  test.for(rows)("$name", ({ input, expected }) => {
    const result = checkContractDates(input);
    const basis = (rule: string) => result.explanation.find((step) => step.rule === rule)?.legalBasis;
    expect({
      startWindow: basis("dates.start.window"),
      duration: basis("dates.duration"),
      violations: result.violations.map((violation) => [violation.code, violation.legalBasis]),
    }).toEqual(expected);
  });
});

describe("PARAMETERS_NOT_VERIFIED on the windows of checkContractDates", () => {
  test("a training start after dataVerifiedUntil (2026-07-16) warns on the windows too (source: legal-values/verification, API.md §0)", () => {
    const result = checkContractDates({ contract: "apprenticeship", trainingStart: "2026-07-17", trainingEnd: "2027-07-16", contractStart: "2026-07-17", contractEnd: "2027-07-16", locale: "en" });
    expect(result.windows.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ["PARAMETERS_NOT_VERIFIED", "2026-07-17 is after 2026-07-16, the date up to which the legal parameters (SMIC, ceiling…) were checked: the last known values are used."],
    ]);
  });
});
