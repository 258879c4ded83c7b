/**
 * Bad input of the whole-contract checks: every missing or malformed nested field named by its full
 * path, in French by default and in English; the modules' cross-field errors at their nested path; the
 * agreed pay periods; fields that mean nothing for a CPRO.
 */
import { describe, expect, test } from "vitest";
import { checkApprenticeshipContract, checkProfessionalisationContract } from "../../src/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectIssues } from "../support/explained.js";
import { apprenticeship, goodTutor, professionalisation } from "./fixtures.js";

const base = apprenticeship();

describe("every wrong field by its full path", () => {
  test("missing and malformed nested fields, French and English", () => {
    expectIssues(
      (locale) =>
        checkApprenticeshipContract({
          apprentice: {},
          tutor: { birthDate: "1980-02-30" },
          training: { diplomaLevel: 9 },
          contract: { contractStart: "2018-12-31", agreedMonthlyPay: [{ from: "2025-09-01", amount: 1.234 }, { amount: -1 }] },
          locale,
        } as never),
      [
        [["apprentice", "birthDate"], "REQUIRED", "apprentice.birthDate : champ obligatoire manquant", "apprentice.birthDate: required field is missing"],
        [["tutor", "birthDate"], "INVALID_DATE", "tutor.birthDate : date invalide « 1980-02-30 » : une date réelle au format AAAA-MM-JJ est attendue (années 1900 à 2199)", "tutor.birthDate: invalid date \"1980-02-30\": a real date written YYYY-MM-DD is expected (years 1900 to 2199)"],
        [["tutor", "experienceYears"], "REQUIRED", "tutor.experienceYears : champ obligatoire manquant", "tutor.experienceYears: required field is missing"],
        [["training", "diplomaLevel"], "TOO_BIG", "training.diplomaLevel : doit être au plus 8, reçu « 9 »", "training.diplomaLevel: must be at most 8, got \"9\""],
        [["contract", "contractStart"], "OUT_OF_SCOPE", "contract.contractStart : « 2018-12-31 » est antérieur au 2019-01-01, premier jour couvert par la bibliothèque pour cette donnée", "contract.contractStart: \"2018-12-31\" is before 2019-01-01, the first day the library covers for this value"],
        [["contract", "contractEnd"], "REQUIRED", "contract.contractEnd : champ obligatoire manquant", "contract.contractEnd: required field is missing"],
        [["contract", "agreedMonthlyPay", 0, "amount"], "NOT_MULTIPLE", "contract.agreedMonthlyPay[0].amount : doit être un multiple de 0,01", "contract.agreedMonthlyPay[0].amount: must be a multiple of 0.01"],
        [["contract", "agreedMonthlyPay", 1, "from"], "REQUIRED", "contract.agreedMonthlyPay[1].from : champ obligatoire manquant", "contract.agreedMonthlyPay[1].from: required field is missing"],
        [["contract", "agreedMonthlyPay", 1, "amount"], "TOO_SMALL", "contract.agreedMonthlyPay[1].amount : doit être au moins 0, reçu « -1 »", "contract.agreedMonthlyPay[1].amount: must be at least 0, got \"-1\""],
      ],
    );
  });

  test("a policy object is checked field by field under training.policy", () => {
    const error = catchInputError(() => checkApprenticeshipContract({ ...base, training: { ...base.training, policy: { apprenticeship: { start: { monthsBefore: -1, monthsAfter: 3 } } } } } as never));
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual([
      "training.policy.apprenticeship.start.monthsBefore",
      "training.policy.apprenticeship.end",
      "training.policy.apprenticeship.durationMonths",
    ]);
    expect(catchInputError(() => checkApprenticeshipContract({ ...base, training: { ...base.training, policy: "nope" } } as never)).issues[0]!.path).toEqual(["training", "policy"]);
  });

  test("unknown fields, and the apprenticeship-only fields in a CPRO", () => {
    const error = catchInputError(() =>
      checkProfessionalisationContract({
        ...professionalisation(),
        tutor: { ...goodTutor, examFailureExtension: true },
        contract: { ...professionalisation().contract, practicalTrainingStart: "2025-09-01", creditedMonths: 12 },
        extra: 1,
      } as never),
    );
    expect(error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["tutor.examFailureExtension", "UNKNOWN_FIELD"],
      ["contract.practicalTrainingStart", "UNKNOWN_FIELD"],
      ["contract.creditedMonths", "UNKNOWN_FIELD"],
      ["extra", "UNKNOWN_FIELD"],
    ]);
  });

  test("the modules' cross-field errors at their nested path, once per field", () => {
    expectIssues(
      (locale) =>
        checkApprenticeshipContract({
          ...base,
          apprentice: { birthDate: "2026-01-01", exceptions: ["higher-diploma"] },
          training: { ...base.training, trainingEnd: "2025-08-01" },
          contract: { ...base.contract, conventionalMinimumMonthly: 0 },
          locale,
        }),
      [
        [["apprentice", "birthDate"], "BIRTH_AFTER_CONTRACT", "apprentice.birthDate : la date de naissance est postérieure au contrat (2025-09-01)", "apprentice.birthDate: the birth date is after the contract (2025-09-01)"],
        [["apprentice", "previousContractEnd"], "REQUIRED", "apprentice.previousContractEnd : obligatoire avec la dérogation « nouveau contrat pour un diplôme de niveau supérieur (L6222-2 1°) » (D6222-1)", expect.stringMatching(/^apprentice\.previousContractEnd: required with the exception/)],
        [["training", "trainingEnd"], "END_BEFORE_START", "training.trainingEnd : 01/08/2025 précède le début (01/09/2025)", "training.trainingEnd: 2025-08-01 is before the start (2025-09-01)"],
        [["contract", "conventionalMinimumMonthly"], "TOO_SMALL", "contract.conventionalMinimumMonthly : doit être supérieur à 0, reçu « 0 »", "contract.conventionalMinimumMonthly: must be greater than 0, got \"0\""],
      ].map((row) => row as never),
    );
  });

  test("a CPRO: employer.kind, training.qualification, beneficiary.benefits", () => {
    const error = catchInputError(() =>
      checkProfessionalisationContract({ ...professionalisation(), employer: {}, training: { ...professionalisation().training, qualification: "bac" }, beneficiary: { birthDate: "2004-03-10", benefits: ["rsa", "x"] } } as never),
    );
    expect(error.issues.map((issue) => [issue.path.join("."), issue.code])).toEqual([
      ["beneficiary.benefits.1", "INVALID_VALUE"],
      ["employer.kind", "REQUIRED"],
      ["training.qualification", "INVALID_VALUE"],
    ]);
    const birth = catchInputError(() => checkProfessionalisationContract({ ...professionalisation(), beneficiary: { birthDate: "2025-09-02" } }));
    expect(birth.issues.map((issue) => issue.message)).toEqual(["beneficiary.birthDate : la date de naissance est postérieure au début du contrat (2025-09-01)"]);
  });
});

describe("cross-field errors of the whole contract", () => {
  const agreed = (agreedMonthlyPay: Array<{ from: string; amount: number }>) => () =>
    checkApprenticeshipContract({ ...base, contract: { ...base.contract, agreedMonthlyPay }, locale: "en" });
  test.for([
    { name: "a period before the start", pay: [{ from: "2025-08-31", amount: 1000 }], expected: [["contract.agreedMonthlyPay.0.from", "AGREED_PAY_BEFORE_START", "contract.agreedMonthlyPay[0].from: 2025-08-31 is before the contract start (2025-09-01)"]] },
    {
      name: "a period after the end",
      pay: [{ from: "2025-09-01", amount: 1000 }, { from: "2026-09-01", amount: 1000 }],
      expected: [["contract.agreedMonthlyPay.1.from", "AGREED_PAY_AFTER_END", "contract.agreedMonthlyPay[1].from: 2026-09-01 is after the contract end (2026-08-31)"]],
    },
    {
      name: "the same first day twice",
      pay: [{ from: "2025-09-01", amount: 1000 }, { from: "2025-09-01", amount: 1100 }],
      expected: [["contract.agreedMonthlyPay.1.from", "AGREED_PAY_DUPLICATE_FROM", "contract.agreedMonthlyPay[1].from: 2025-09-01 already starts period no. 1"]],
    },
    {
      name: "no period from the start",
      pay: [{ from: "2025-10-01", amount: 1000 }],
      expected: [["contract.agreedMonthlyPay", "AGREED_PAY_NOT_FROM_START", "contract.agreedMonthlyPay: no period starts on the first day of the contract (2025-09-01): the pay of the first days is not agreed"]],
    },
  ])("agreed pay: $name", ({ pay, expected }) => {
    const error = catchInputError(agreed(pay));
    expect(error.issues.map((issue) => [issue.path.join("."), issue.code, issue.message])).toEqual(expected);
  });

  test("periods in any order are read by date", () => {
    const result = checkApprenticeshipContract({ ...base, contract: { ...base.contract, agreedMonthlyPay: [{ from: "2026-01-01", amount: 1000 }, { from: "2025-09-01", amount: 960 }] } });
    expect(result.sections.pay.comparisons?.map((row) => [row.agreedIndex, row.agreedFrom, row.agreedTo])).toEqual([
      [1, "2025-09-01", "2025-12-31"],
      [0, "2026-01-01", "2026-08-31"],
      [0, "2026-01-01", "2026-08-31"],
    ]);
    expect(result.valid).toBe(true);
  });

  test("practical training before the start, tutor born after it, one training date alone, a tutor's diploma without the level", () => {
    expectIssues(
      (locale) =>
        checkApprenticeshipContract({
          apprentice: base.apprentice,
          tutor: { birthDate: "2025-09-01", experienceYears: 2, diplomaLevel: 6 },
          training: { trainingStart: "2025-09-01" },
          contract: { ...base.contract, practicalTrainingStart: "2025-08-31" },
          locale,
        }),
      [
        [["contract", "practicalTrainingStart"], "PRACTICAL_TRAINING_BEFORE_START", "contract.practicalTrainingStart : la formation pratique ne peut pas commencer avant le début du contrat (2025-09-01)", "contract.practicalTrainingStart: the practical training cannot start before the contract (2025-09-01)"],
        [["tutor", "birthDate"], "BIRTH_NOT_BEFORE_START", "tutor.birthDate : la date de naissance doit précéder le début du contrat (2025-09-01)", "tutor.birthDate: the birth date must be before the contract start (2025-09-01)"],
        [["training", "trainingEnd"], "REQUIRED", "training.trainingEnd : obligatoire avec l'autre date de la formation ou une politique de dates (training.policy)", "training.trainingEnd: required with the other training date or a date policy (training.policy)"],
        [["training", "diplomaLevel"], "REQUIRED", "training.diplomaLevel : obligatoire avec tutor.diplomaLevel : le diplôme du tuteur se compare au niveau préparé (R6223-22)", "training.diplomaLevel: required with tutor.diplomaLevel: the tutor's diploma is compared with the level prepared (R6223-22)"],
      ],
    );
  });

  test("without training dates: no date check (sections.dates null), the rest is checked", () => {
    const result = checkApprenticeshipContract({ apprentice: base.apprentice, training: {}, contract: base.contract });
    expect(result.sections.dates).toBeNull();
    expect(result.valid).toBe(true);
    expect(result.explanation[1]!.message).toBe("Dates du contrat : non vérifié (données non fournies)");
    expect(catchInputError(() => checkApprenticeshipContract({ apprentice: base.apprentice, training: { policy: "legal" }, contract: base.contract })).issues.map((issue) => issue.path.join("."))).toEqual([
      "training.trainingStart",
      "training.trainingEnd",
    ]);
  });

  test("non-object input", () => {
    for (const input of [null, undefined, 42, "x", []]) {
      const error = catchInputError(() => checkApprenticeshipContract(input as never));
      expect(error.code).toBe("INVALID_INPUT");
    }
  });
});
