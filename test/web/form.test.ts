/**
 * The office page's logic without a browser: the form's declaration against the library's inputs and
 * lists, reading typed values (French dates and numbers), reading a whole form into the input of the
 * whole-contract checks and back (fill.ts), finding the field of a path, and checking (check.ts).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { inputJsonSchema, type JsonSchema } from "../../src/catalogue/json-schema.js";
import { operations } from "../../src/catalogue/operations.js";
import {
  APPRENTICESHIP_EXCEPTIONS,
  AlternanceInputError,
  checkApprenticeshipContract,
  checkProfessionalisationContract,
  EMPLOYER_KINDS,
  EXTENDED_DURATIONS,
  POLICY_NAMES,
  toIsoDate,
} from "../../src/index.js";
import * as library from "../../src/index.js";
import { checkForm, type ContractLibrary } from "../../src/web/check.js";
import { AGREED_PAY, CONTRACT_KINDS, FORM_FIELDS, FORM_SECTIONS, OPTION_DEFAULTS, agreedPayId, fieldId, wordingFor, type ContractKind } from "../../src/web/fields.js";
import { fillOf } from "../../src/web/fill.js";
import { optionLabels } from "../../src/web/page-html.js";
import { contractKindOf, locateField, pathText, readDate, readForm, readNumber } from "../../src/web/read-form.js";
import { cpro, entries, entriesOf, miage, minorUnderpaid } from "./support.js";

/**
 * Fields the input accepts (the tutor's shape is shared by both contracts) that the contract's checks do
 * not read: `isEmployer` changes the limit of a CPRO tutor only (D6325-9), and a CPRO tutor's diploma
 * does not count (D6325-6 counts experience only). The form leaves them out.
 */
const NOT_ON_THE_FORM: Record<ContractKind, string[]> = { apprenticeship: ["tutor.isEmployer"], professionalisation: ["tutor.diplomaLevel"] };

const OPERATION: Record<ContractKind, string> = { apprenticeship: "checkApprenticeshipContract", professionalisation: "checkProfessionalisationContract" };

/**
 * Every leaf of a JSON Schema object (a field that is not an object of fields), by dotted path; a field
 * that is a leaf in one variant (`training.policy` by name) is a leaf, whatever the other variants hold.
 */
function leaves(schema: JsonSchema, prefix = ""): string[] {
  const variants = (schema["anyOf"] ?? schema["oneOf"]) as JsonSchema[] | undefined;
  if (variants) {
    const all = new Set(variants.flatMap((variant) => leaves(variant, prefix)));
    return [...all].filter((path) => ![...all].some((other) => path.startsWith(`${other}.`)));
  }
  const properties = schema["properties"] as Record<string, JsonSchema> | undefined;
  if (schema["type"] !== "object" || !properties) return [prefix];
  return Object.entries(properties).flatMap(([key, inner]) => leaves(inner, prefix === "" ? key : `${prefix}.${key}`));
}

describe("the form's declaration", () => {
  test.for(CONTRACT_KINDS.map((kind) => ({ kind })))("$kind: a field for every field of the input, and no field the input does not have", ({ kind }) => {
    const operation = operations.find((candidate) => candidate.name === OPERATION[kind])!;
    const inputLeaves = leaves(inputJsonSchema(operation)).filter((path) => !["locale", "explain", ...NOT_ON_THE_FORM[kind]].includes(path));
    const formPaths = [...FORM_FIELDS.flatMap((field) => field.paths[kind] ?? []), AGREED_PAY.path];
    expect(formPaths.sort()).toEqual(inputLeaves.sort());
  });

  test("names and ids are unique, sections hold every field once", () => {
    const names = FORM_FIELDS.map((field) => field.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names.map(fieldId)).size).toBe(names.length);
    expect(FORM_SECTIONS.flatMap((section) => section.fields)).toEqual(FORM_FIELDS);
    for (const field of FORM_FIELDS) expect(field.kind === "choice" || field.kind === "choices", field.name).toBe(field.options !== undefined);
  });

  test("the lists' values are the library's, the default first", () => {
    const values = Object.fromEntries(Object.entries(optionLabels()).map(([list, options]) => [list, options.map((option) => option.value)]));
    expect(values).toEqual({
      exceptions: [...APPRENTICESHIP_EXCEPTIONS],
      benefits: ["rsa", "ass", "aah", "former-cui"],
      employerKinds: ["", ...EMPLOYER_KINDS],
      sectors: ["", "private", "public"],
      diplomaLevels: ["", "3", "4", "5", "6", "7", "8"],
      qualifications: ["", "below-bac-pro", "bac-pro-or-higher"],
      policies: [...POLICY_NAMES],
      derogations: ["", "site-activity", "labour-inspector"],
      extendedDurations: ["", ...EXTENDED_DURATIONS],
      territories: ["metropole", "mayotte"],
    });
    for (const [list, options] of Object.entries(optionLabels())) {
      if (list !== "exceptions" && list !== "benefits") expect(options[0]!.value, list).toBe(OPTION_DEFAULTS[list as keyof typeof OPTION_DEFAULTS]);
      for (const option of options) expect(option.label, `${list} ${option.value}`).toMatch(/^[A-ZÉ—0-9]/);
    }
  });

  test.for([
    { name: "one text", wording: "L'employeur", kind: "professionalisation" as const, expected: "L'employeur" },
    { name: "per contract", wording: { apprenticeship: "Le maître d'apprentissage", professionalisation: "Le tuteur" }, kind: "professionalisation" as const, expected: "Le tuteur" },
  ])("wordingFor: $name", ({ wording, kind, expected }) => {
    expect(wordingFor(wording, kind)).toBe(expected);
  });

  test.for([
    { path: "person.birthDate", expected: "f-person-birthDate" },
    { path: "contract.agreedMonthlyPay[12].amount", expected: "f-contract-agreedMonthlyPay-12-amount" },
    { path: "contract.previousContract.lastYearRatePercent", expected: "f-contract-previousContract-lastYearRatePercent" },
  ])("fieldId($path)", ({ path, expected }) => {
    expect(fieldId(path)).toBe(expected);
  });
});

describe("reading a typed value", () => {
  test.for([
    { name: "whole", text: "35", whole: false, expected: { value: 35 } },
    { name: "decimal comma", text: "35,5", whole: false, expected: { value: 35.5 } },
    { name: "decimal point", text: "1000.25", whole: false, expected: { value: 1000.25 } },
    { name: "spaces between thousands", text: "1 000,50", whole: false, expected: { value: 1000.5 } },
    { name: "narrow no-break space", text: "1\u202f138,88", whole: false, expected: { value: 1138.88 } },
    { name: "negative (the library bounds it)", text: "-2", whole: false, expected: { value: -2 } },
    { name: "integer", text: "120", whole: true, expected: { value: 120 } },
    { name: "word", text: "trente", whole: false, expected: { error: "Nombre attendu, par exemple 35 ou 1 000,50 : « trente » n'en est pas un." } },
    { name: "two commas", text: "1,000,5", whole: false, expected: { error: "Nombre attendu, par exemple 35 ou 1 000,50 : « 1,000,5 » n'en est pas un." } },
    { name: "decimal for an integer", text: "1,5", whole: true, expected: { error: "Nombre entier attendu, par exemple 2 : « 1,5 » n'en est pas un." } },
    { name: "long text cut", text: "x".repeat(50), whole: true, expected: { error: `Nombre entier attendu, par exemple 2 : « ${"x".repeat(40)}… » n'en est pas un.` } },
  ])("readNumber: $name", ({ text, whole, expected }) => {
    expect(readNumber(text, whole)).toEqual(expected);
  });

  test.for([
    { name: "JJ/MM/AAAA", text: "04/09/2025", expected: { value: "2025-09-04" } },
    { name: "without leading zeros", text: "4/9/2025", expected: { value: "2025-09-04" } },
    { name: "AAAA-MM-JJ", text: "2025-09-04", expected: { value: "2025-09-04" } },
    { name: "29 February of a leap year", text: "29/02/2028", expected: { value: "2028-02-29" } },
    { name: "30 February", text: "30/02/2025", expected: { error: "Date invalide « 30/02/2025 » : tapez une date réelle au format JJ/MM/AAAA, par exemple 04/09/2025." } },
    { name: "month 13", text: "01/13/2025", expected: { error: "Date invalide « 01/13/2025 » : tapez une date réelle au format JJ/MM/AAAA, par exemple 04/09/2025." } },
    { name: "two-digit year", text: "04/09/25", expected: { error: "Date invalide « 04/09/25 » : tapez une date réelle au format JJ/MM/AAAA, par exemple 04/09/2025." } },
  ])("readDate: $name (the library's toIsoDate)", ({ text, expected }) => {
    expect(readDate(text, toIsoDate)).toEqual(expected);
  });
});

describe("reading the form", () => {
  test("the MIAGE example, typed as the form shows it, reads back as examples/contract-miage.json", () => {
    const fill = fillOf("apprenticeship", miage());
    expect(fill.values.get("person.birthDate")).toBe("10/03/2004");
    expect(fill.values.get("training.policy")).toBe("miageAixMarseille");
    expect(fill.agreedPay).toEqual([
      { from: "04/09/2025", amount: "1000" },
      { from: "04/09/2026", amount: "1150" },
    ]);
    expect(readForm(entriesOf(fill), toIsoDate)).toEqual({ kind: "apprenticeship", input: miage(), errors: [], agreedPayRows: [0, 1] });
  });

  test("a professionalisation contract reads back, its person as the beneficiary", () => {
    const read = readForm(entriesOf(fillOf("professionalisation", cpro())), toIsoDate);
    expect(read).toEqual({ kind: "professionalisation", input: cpro(), errors: [], agreedPayRows: [0] });
  });

  test("empty: the parts the library requires, empty, so that it names each missing field", () => {
    expect(readForm(entries({}), toIsoDate).input).toEqual({ apprentice: {}, training: {}, contract: {} });
    expect(readForm(entries({ contractKind: "professionalisation" }), toIsoDate).input).toEqual({ beneficiary: {}, training: {}, contract: {}, employer: {} });
  });

  test.for([
    { name: "apprenticeship by default", values: {}, expected: "apprenticeship" },
    { name: "an unknown value", values: { contractKind: "stage" }, expected: "apprenticeship" },
    { name: "professionalisation", values: { contractKind: "professionalisation" }, expected: "professionalisation" },
  ] as { name: string; values: Record<string, string>; expected: string }[])("contractKindOf: $name", ({ values, expected }) => {
    expect(contractKindOf(entries(values))).toBe(expected);
  });

  test("defaults and empty choices are left out; numbers and levels are numbers; the other contract's fields are ignored", () => {
    const read = readForm(
      entries({
        contractKind: "apprenticeship",
        "person.birthDate": " 10/03/2004 ",
        "training.policy": "legal",
        "contract.territory": "metropole",
        "employer.sector": "",
        "training.diplomaLevel": "6",
        "contract.weeklyHours": "35,5",
        "employer.headcount": "1 200",
        "apprentice.exceptions": ["disabled-worker", ""],
        "beneficiary.jobSeeker": "true",
        "employer.kind": "state",
        "contract.licencePro": "true",
      }),
      toIsoDate,
    );
    expect(read.input).toEqual({
      apprentice: { birthDate: "2004-03-10", exceptions: ["disabled-worker"] },
      employer: { headcount: 1200 },
      training: { diplomaLevel: 6 },
      contract: { weeklyHours: 35.5, licencePro: true },
    });
  });

  test("the previous contract's outcome is « no » when its box is unchecked, and only once the contract is given", () => {
    const given = readForm(entries({ "contract.previousContract.lastYearRatePercent": "53" }), toIsoDate);
    expect(given.input["contract"]).toEqual({ previousContract: { lastYearRatePercent: 53, diplomaObtained: false } });
    const checked = readForm(entries({ "contract.previousContract.lastYearRatePercent": "53", "contract.previousContract.diplomaObtained": "true" }), toIsoDate);
    expect(checked.input["contract"]).toEqual({ previousContract: { lastYearRatePercent: 53, diplomaObtained: true } });
    expect(readForm(entries({}), toIsoDate).input["contract"]).toEqual({});
  });

  test("values that cannot be read are errors of their field, left out of the input; empty pay rows are skipped", () => {
    const read = readForm(
      entries({
        "person.birthDate": "31/02/2004",
        "tutor.experienceYears": "huit",
        "tutor.apprenticesSupervised": "1,5",
        [AGREED_PAY.from]: ["04/09/2025", "", "32/09/2026", ""],
        [AGREED_PAY.amount]: ["1000", "", "mille", "900"],
      }),
      toIsoDate,
    );
    expect(read.errors).toEqual([
      { path: "apprentice.birthDate", fieldId: "f-person-birthDate", message: "Date invalide « 31/02/2004 » : tapez une date réelle au format JJ/MM/AAAA, par exemple 04/09/2025." },
      { path: "tutor.experienceYears", fieldId: "f-tutor-experienceYears", message: "Nombre attendu, par exemple 35 ou 1 000,50 : « huit » n'en est pas un." },
      { path: "tutor.apprenticesSupervised", fieldId: "f-tutor-apprenticesSupervised", message: "Nombre entier attendu, par exemple 2 : « 1,5 » n'en est pas un." },
      { path: "contract.agreedMonthlyPay[1].from", fieldId: "f-contract-agreedMonthlyPay-2-from", message: "Date invalide « 32/09/2026 » : tapez une date réelle au format JJ/MM/AAAA, par exemple 04/09/2025." },
      { path: "contract.agreedMonthlyPay[1].amount", fieldId: "f-contract-agreedMonthlyPay-2-amount", message: "Nombre attendu, par exemple 35 ou 1 000,50 : « mille » n'en est pas un." },
    ]);
    expect(read.input).toEqual({ apprentice: {}, training: {}, contract: { agreedMonthlyPay: [{ from: "2025-09-04", amount: 1000 }, {}, { amount: 900 }] } });
    expect(read.agreedPayRows).toEqual([0, 2, 3]);
  });

  test("non-text entries (a file) read as empty", () => {
    expect(readForm({ getAll: () => [{ name: "file" }] }, toIsoDate).input).toEqual({ apprentice: {}, training: {}, contract: {} });
  });

  test("fillOf: a policy given as an object cannot be shown (the law is chosen), nor a missing value", () => {
    const contract = miage();
    const fill = fillOf("apprenticeship", { ...contract, training: { ...contract.training, policy: { name: "École X" } } });
    expect(fill.values.get("training.policy")).toBe("");
    expect(fill.values.get("contract.territory")).toBe("");
    expect(fill.values.get("apprentice.exceptions")).toEqual([]);
    expect(fillOf("apprenticeship", {}).agreedPay).toEqual([]);
    expect(fillOf("apprenticeship", { contract: { agreedMonthlyPay: [{}] } }).agreedPay).toEqual([{ from: "", amount: "" }]);
  });

  const day = fc.date({ min: new Date("1960-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
  const cents = fc.integer({ min: 0, max: 100_000_000 }).map((value) => value / 100);
  test("property: any input the form can hold reads back as itself", () => {
    fc.assert(
      fc.property(
        fc.record({
          birthDate: day,
          contractStart: day,
          contractEnd: day,
          weeklyHours: fc.option(fc.integer({ min: 1, max: 1680 }).map((tenths) => tenths / 10), { nil: undefined }),
          legalRepresentative: fc.option(fc.constant(true), { nil: undefined }),
          exceptions: fc.option(fc.subarray([...APPRENTICESHIP_EXCEPTIONS], { minLength: 1 }), { nil: undefined }),
          pay: fc.array(fc.record({ from: day, amount: cents }), { maxLength: 4 }),
          level: fc.option(fc.integer({ min: 3, max: 8 }), { nil: undefined }),
        }),
        ({ birthDate, contractStart, contractEnd, weeklyHours, legalRepresentative, exceptions, pay, level }) => {
          const input = {
            apprentice: { birthDate, ...(legalRepresentative ? { legalRepresentative } : {}), ...(exceptions ? { exceptions } : {}) },
            training: level === undefined ? {} : { diplomaLevel: level },
            contract: { contractStart, contractEnd, ...(weeklyHours === undefined ? {} : { weeklyHours }), ...(pay.length > 0 ? { agreedMonthlyPay: pay } : {}) },
          };
          expect(readForm(entriesOf(fillOf("apprenticeship", input)), toIsoDate).input).toEqual(input);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the field of a path", () => {
  const read = { kind: "apprenticeship" as const, agreedPayRows: [0, 2] };
  test.for([
    { name: "a field", path: "contract.contractStart", expected: "f-contract-contractStart" },
    { name: "the person", path: "apprentice.birthDate", expected: "f-person-birthDate" },
    { name: "a part: its first field", path: "tutor", expected: "f-tutor-birthDate" },
    { name: "an item of a list: the list", path: "apprentice.exceptions[1]", expected: "f-apprentice-exceptions" },
    { name: "below a field: the field", path: "training.policy.apprenticeship", expected: "f-training-policy" },
    { name: "an agreed amount: its row", path: "contract.agreedMonthlyPay[1].amount", expected: agreedPayId(2, "amount") },
    { name: "an agreed date: its row", path: "contract.agreedMonthlyPay[0].from", expected: agreedPayId(0, "from") },
    { name: "an agreed period: its amount", path: "contract.agreedMonthlyPay[1]", expected: agreedPayId(2, "amount") },
    { name: "the agreed periods: the first date", path: "contract.agreedMonthlyPay", expected: agreedPayId(0, "from") },
    { name: "a period beyond the rows: the first row", path: "contract.agreedMonthlyPay[7].amount", expected: agreedPayId(0, "amount") },
    { name: "the other contract's field", path: "beneficiary.jobSeeker", expected: undefined },
    { name: "a path the form has no field for", path: "locale", expected: undefined },
  ])("$name: $path", ({ path, expected }) => {
    expect(locateField(path, read)).toBe(expected);
  });

  test("professionalisation: the beneficiary is the person, the employer's kind its own field", () => {
    const cproRead = { kind: "professionalisation" as const, agreedPayRows: [] };
    expect(locateField("beneficiary.birthDate", cproRead)).toBe("f-person-birthDate");
    expect(locateField("employer", cproRead)).toBe("f-employer-kind");
    expect(locateField("apprentice.birthDate", cproRead)).toBeUndefined();
  });

  test.for([
    { path: ["contract", "agreedMonthlyPay", 0, "amount"], expected: "contract.agreedMonthlyPay[0].amount" },
    { path: ["tutor", "birthDate"], expected: "tutor.birthDate" },
    { path: [], expected: "" },
  ])("pathText($path)", ({ path, expected }) => {
    expect(pathText(path)).toBe(expected);
  });
});

describe("checking the form", () => {
  test("the MIAGE example: the library's result for examples/contract-miage.json", () => {
    const outcome = checkForm(entriesOf(fillOf("apprenticeship", miage())), library);
    expect(outcome.status).toBe("checked");
    if (outcome.status !== "checked") return;
    expect(outcome.result).toEqual(checkApprenticeshipContract({ ...miage(), explain: true }));
    expect(outcome.result.valid).toBe(true);
  });

  test("a professionalisation contract: the library's result", () => {
    const outcome = checkForm(entriesOf(fillOf("professionalisation", cpro())), library);
    expect(outcome.status === "checked" && outcome.result).toEqual(checkProfessionalisationContract({ ...cpro(), explain: true }));
  });

  test("a minor without legal representative, paid below the minimum: the violations", () => {
    const outcome = checkForm(entriesOf(fillOf("apprenticeship", minorUnderpaid())), library);
    expect(outcome.status === "checked" && outcome.result.violations.map((violation) => [violation.code, violation.field])).toEqual([
      ["PAY_BELOW_MINIMUM", "contract.agreedMonthlyPay[0].amount"],
      ["PAY_BELOW_MINIMUM", "contract.agreedMonthlyPay[0].amount"],
      ["PAY_BELOW_MINIMUM", "contract.agreedMonthlyPay[0].amount"],
      ["LEGAL_REPRESENTATIVE_MISSING", "apprentice.legalRepresentative"],
    ]);
  });

  test("the library's input errors, each at its field, without the path it starts with", () => {
    const outcome = checkForm(entries({ "person.birthDate": "10/03/2004", "contract.contractStart": "04/09/2025", "contract.weeklyHours": "200" }), library);
    expect(outcome.status).toBe("input-errors");
    if (outcome.status !== "input-errors") return;
    expect(outcome.errors.map((error) => [error.path, error.fieldId])).toEqual([
      ["contract.contractEnd", "f-contract-contractEnd"],
      ["contract.weeklyHours", "f-contract-weeklyHours"],
    ]);
    expect(outcome.errors[0]!.message).toBe("champ obligatoire manquant");
  });

  test("a field the form could not read: its own message only (not the library's « missing »), with the library's other errors", () => {
    const outcome = checkForm(entries({ "person.birthDate": "31/02/2004", "contract.contractStart": "04/09/2025" }), library);
    expect(outcome.status === "input-errors" && outcome.errors.map((error) => [error.fieldId, error.message])).toEqual([
      ["f-person-birthDate", "Date invalide « 31/02/2004 » : tapez une date réelle au format JJ/MM/AAAA, par exemple 04/09/2025."],
      ["f-contract-contractEnd", "champ obligatoire manquant"],
    ]);
  });

  test("a field the form could not read, the rest valid: still to correct (an optional field left out would change the answer)", () => {
    const fill = fillOf("apprenticeship", miage());
    const values = new Map(fill.values);
    values.set("contract.dailyHours", "sept");
    const outcome = checkForm(entriesOf({ ...fill, values }), library);
    expect(outcome.status === "input-errors" && outcome.errors.map((error) => error.fieldId)).toEqual(["f-contract-dailyHours"]);
  });

  test("an issue the form has no field for is kept, without a field", () => {
    const failing: ContractLibrary = {
      ...library,
      checkApprenticeshipContract: () => {
        throw new AlternanceInputError([{ path: ["locale"], code: "INVALID_VALUE", message: "locale: fr or en" }]);
      },
    };
    const outcome = checkForm(entries({}), failing);
    expect(outcome.status === "input-errors" && outcome.errors).toEqual([{ path: "locale", message: "fr or en" }]);
  });

  test.for([
    { name: "an Error", thrown: new TypeError("boom"), expected: "boom" },
    { name: "anything else", thrown: "broken", expected: "broken" },
  ])("a defect of the library ($name) is an internal error", ({ thrown, expected }) => {
    const failing: ContractLibrary = {
      ...library,
      checkApprenticeshipContract: () => {
        throw thrown;
      },
    };
    expect(checkForm(entries({}), failing)).toMatchObject({ status: "internal-error", message: expected });
  });
});
