import { describe, expect, test } from "vitest";
import {
  apprenticeshipExceptionChoices,
  cellToIsoDate,
  contractTypeChoices,
  employerChoices,
  isEmptyCell,
  isoDateFromSerial,
  localSheetDates,
  normalizeWord,
  policyChoices,
  qualificationChoices,
  serialFromIsoDate,
  toBoolean,
  toChoice,
  toNumber,
  trainingContractChoices,
  type CellValue,
  type Choice,
} from "../../src/sheets/index.js";
import { catchInputError } from "../support/catch-input-error.js";

const EXCEL_SERIALS = "Excel 1900 date system: serial 1 = 1900-01-01, fictitious 1900-02-29 = 60, so day 0 = 1899-12-30 from serial 61 on";

describe("serial numbers", () => {
  const rows = [
    { name: "first accepted serial", input: 61, expected: "1900-03-01", source: EXCEL_SERIALS },
    { name: "Excel's 2025-09-01", input: 45901, expected: "2025-09-01", source: "=DATE(2025;9;1) in Excel, LibreOffice, Google Sheets" },
    { name: "a leap day", input: 45351, expected: "2024-02-29", source: "=DATE(2024;2;29)" },
    { name: "day before a leap day", input: 45350, expected: "2024-02-28", source: "=DATE(2024;2;28)" },
    { name: "time of day ignored", input: 45901.99, expected: "2025-09-01", source: "serial fraction = time of day" },
    { name: "last accepted serial", input: 109574, expected: "2199-12-31", source: "=DATE(2199;12;31); library's MAX_YEAR" },
  ];
  test.for(rows)("$name: $input → $expected", ({ input, expected }) => {
    expect(isoDateFromSerial(input)).toBe(expected);
    expect(serialFromIsoDate(expected)).toBe(Math.floor(input));
  });

  const invalid = [
    { name: "Excel's fictitious 1900-02-29", input: 60, source: EXCEL_SERIALS },
    { name: "zero", input: 0, source: EXCEL_SERIALS },
    { name: "negative", input: -1, source: EXCEL_SERIALS },
    { name: "after 2199", input: 109575, source: "library's MAX_YEAR = 2199" },
    { name: "not a number", input: Number.NaN, source: "never NaN (API.md §0)" },
    { name: "infinite", input: Number.POSITIVE_INFINITY, source: "never Infinity (API.md §0)" },
  ];
  test.for(invalid)("$name ($input) is an INVALID_DATE naming the parameter", ({ input }) => {
    const error = catchInputError(() => isoDateFromSerial(input, "debut"));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues).toEqual([expect.objectContaining({ path: ["debut"], code: "INVALID_DATE" })]);
    expect(error.message).toMatch(/^Données invalides : debut : numéro de série de date invalide/);
  });
});

describe("cellToIsoDate (a Date read in the script's zone when the host gives none)", () => {
  const rows: { name: string; input: CellValue; expected: string; source: string }[] = [
    { name: "a Google Sheets Date (local midnight)", input: new Date(2025, 8, 1), expected: "2025-09-01", source: "Apps Script passes date cells as Date in the script's zone" },
    { name: "a Date late in the local day", input: new Date(2025, 8, 1, 23, 59), expected: "2025-09-01", source: "read with getFullYear/getMonth/getDate" },
    { name: "a leap-day Date", input: new Date(2024, 1, 29), expected: "2024-02-29", source: "calendar" },
    { name: "an Excel serial number", input: 45901, expected: "2025-09-01", source: EXCEL_SERIALS },
    { name: "ISO text", input: "2025-09-01", expected: "2025-09-01", source: "API.md §0 dates" },
    { name: "ISO text with spaces", input: " 2025-09-01 ", expected: "2025-09-01", source: "typed text" },
    { name: "French text JJ/MM/AAAA", input: "01/09/2025", expected: "2025-09-01", source: "issue 8: JJ/MM/AAAA" },
    { name: "French text without leading zeros", input: "1/9/2025", expected: "2025-09-01", source: "issue 8: JJ/MM/AAAA" },
    { name: "French leap day", input: "29/02/2024", expected: "2024-02-29", source: "calendar" },
  ];
  test.for(rows)("$name → $expected", ({ input, expected }) => {
    expect(cellToIsoDate(input, "date")).toBe(expected);
  });

  const invalid: { name: string; input: CellValue; code: string; source: string }[] = [
    { name: "empty text", input: "", code: "REQUIRED", source: "empty cell" },
    { name: "null", input: null, code: "REQUIRED", source: "empty cell" },
    { name: "undefined", input: undefined, code: "REQUIRED", source: "omitted argument" },
    { name: "30 February (French)", input: "30/02/2025", code: "INVALID_DATE", source: "API.md §0: 2025-02-30 is rejected" },
    { name: "30 February (ISO)", input: "2025-02-30", code: "INVALID_DATE", source: "API.md §0" },
    { name: "29 February of a common year", input: "29/02/2025", code: "INVALID_DATE", source: "calendar" },
    { name: "month 13", input: "01/13/2025", code: "INVALID_DATE", source: "calendar" },
    { name: "American order", input: "09/31/2025", code: "INVALID_DATE", source: "JJ/MM/AAAA only" },
    { name: "two-digit year", input: "01/09/25", code: "INVALID_DATE", source: "JJ/MM/AAAA only" },
    { name: "a word", input: "demain", code: "INVALID_DATE", source: "not a date" },
    { name: "a boolean", input: true, code: "INVALID_DATE", source: "not a date" },
    { name: "an invalid Date", input: new Date(Number.NaN), code: "INVALID_DATE", source: "never Invalid Date (API.md §0)" },
    { name: "a Date before 1900", input: new Date(1899, 11, 31), code: "INVALID_DATE", source: "library's MIN_YEAR = 1900" },
  ];
  test.for(invalid)("$name is $code on the parameter", ({ input, code }) => {
    const error = catchInputError(() => cellToIsoDate(input, "naissance"));
    expect(error.issues).toEqual([expect.objectContaining({ path: ["naissance"], code })]);
    expect(error.issues[0]!.message.startsWith("naissance : ")).toBe(true);
  });
});

describe("localSheetDates.write", () => {
  const rows = [
    { name: "start of a contract", input: "2025-09-01", expected: [2025, 8, 1], source: "Google Sheets reads a returned Date in the script's zone" },
    { name: "a leap day", input: "2024-02-29", expected: [2024, 1, 29], source: "calendar" },
    { name: "last day of the year", input: "2026-12-31", expected: [2026, 11, 31], source: "calendar" },
  ];
  test.for(rows)("$input → local midnight", ({ input, expected }) => {
    const date = localSheetDates.write(input);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()]).toEqual([...expected, 0, 0]);
    expect(cellToIsoDate(date, "date")).toBe(input);
  });
});

describe("toNumber", () => {
  const rows: { name: string; input: CellValue; expected: number; source: string }[] = [
    { name: "a number", input: 1850.5, expected: 1850.5, source: "number cell" },
    { name: "zero", input: 0, expected: 0, source: "number cell" },
    { name: "French decimal comma", input: "1850,5", expected: 1850.5, source: "French typing" },
    { name: "French thousands space", input: "1 850,50", expected: 1850.5, source: "French typing" },
    { name: "narrow no-break space", input: "1\u202f850,50", expected: 1850.5, source: "French typography (formatNumber)" },
    { name: "English decimal point", input: "17.5", expected: 17.5, source: "English typing" },
  ];
  test.for(rows)("$name: $input → $expected", ({ input, expected }) => {
    expect(toNumber(input, "smc")).toBe(expected);
  });

  const invalid: { name: string; input: CellValue; code: string }[] = [
    { name: "empty", input: "", code: "REQUIRED" },
    { name: "a word", input: "beaucoup", code: "INVALID_TYPE" },
    { name: "a boolean", input: true, code: "INVALID_TYPE" },
    { name: "a Date", input: new Date(2025, 0, 1), code: "INVALID_TYPE" },
    { name: "NaN", input: Number.NaN, code: "INVALID_TYPE" },
    { name: "Infinity", input: Number.POSITIVE_INFINITY, code: "INVALID_TYPE" },
  ];
  test.for(invalid)("$name is $code", ({ input, code }) => {
    expect(catchInputError(() => toNumber(input, "heures")).issues).toEqual([expect.objectContaining({ path: ["heures"], code })]);
  });
});

describe("toBoolean", () => {
  const rows: { input: CellValue; expected: boolean; source: string }[] = [
    { input: true, expected: true, source: "boolean cell (VRAI)" },
    { input: false, expected: false, source: "boolean cell (FAUX)" },
    { input: 1, expected: true, source: "spreadsheet convention" },
    { input: 0, expected: false, source: "spreadsheet convention" },
    { input: "VRAI", expected: true, source: "French spreadsheet word" },
    { input: "faux", expected: false, source: "French spreadsheet word" },
    { input: "Oui", expected: true, source: "French word" },
    { input: "non", expected: false, source: "French word" },
    { input: "TRUE", expected: true, source: "English spreadsheet word" },
    { input: "no", expected: false, source: "English word" },
  ];
  test.for(rows)("$input → $expected", ({ input, expected }) => {
    expect(toBoolean(input, "mensuel")).toBe(expected);
  });

  test.for([{ input: "peut-être" }, { input: 2 }, { input: "" }])("$input is rejected", ({ input }) => {
    expect(catchInputError(() => toBoolean(input, "mensuel")).issues[0]!.path).toEqual(["mensuel"]);
  });
});

describe("enumerated values in French and English", () => {
  const tables: { name: string; choices: readonly Choice[]; french: string[]; english: string[]; source: string }[] = [
    {
      name: "contract types",
      choices: contractTypeChoices,
      french: ["apprentissage", "professionnalisation", "stage-alternance"],
      english: ["apprenticeship", "professionalisation", "work-study-internship"],
      source: "issue 8; API.md §3 ContractType",
    },
    {
      name: "training-hour contracts",
      choices: trainingContractChoices,
      french: ["apprentissage", "professionnalisation"],
      english: ["apprenticeship", "professionalisation"],
      source: "API.md §6",
    },
    {
      name: "qualification levels",
      choices: qualificationChoices,
      french: ["bac-pro-ou-plus", "inferieur-bac-pro"],
      english: ["bac-pro-or-higher", "below-bac-pro"],
      source: "issue 8; API.md §4 qualification (D6325-15)",
    },
    {
      name: "employer kinds",
      choices: employerChoices,
      french: ["prive", "interim", "epic", "etat", "collectivite", "epa", "particulier"],
      english: [
        "private",
        "temporary-work-agency",
        "public-industrial-commercial",
        "state",
        "local-authority",
        "public-administrative",
        "private-individual",
      ],
      source: "API.md §2 employer; law.md §2.2",
    },
    {
      name: "age-limit exceptions",
      choices: apprenticeshipExceptionChoices,
      french: ["diplome-superieur", "contrat-rompu", "travailleur-handicape", "creation-reprise-entreprise", "sportif-haut-niveau", "echec-examen"],
      english: ["higher-diploma", "previous-contract-broken", "disabled-worker", "business-project", "high-level-athlete", "exam-failure-extension"],
      source: "API.md §2 exceptions; law.md §1.2 (L6222-2, L6222-11)",
    },
    {
      name: "date policies",
      choices: policyChoices,
      french: ["legale", "miage-aix-marseille"],
      english: ["legal", "miageAixMarseille"],
      source: "API.md §3 policies",
    },
  ];
  const rows = tables.flatMap(({ name, choices, french, english, source }) =>
    french.flatMap((word, index) => [
      { name: `${name}: French "${word}"`, choices, input: word, expected: english[index]!, source },
      { name: `${name}: English "${english[index]}"`, choices, input: english[index]!, expected: english[index]!, source },
    ]),
  );
  test.for(rows)("$name → $expected", ({ choices, input, expected }) => {
    expect(toChoice(input, "type", choices)).toBe(expected);
  });

  test.for(tables)("$name: the list is complete and in the documented order", ({ choices, french, english }) => {
    expect(choices.map((choice) => choice.fr)).toEqual(french);
    expect(choices.map((choice) => choice.value)).toEqual(english);
  });

  const spellings = [
    { input: "Privé", expected: "private", choices: employerChoices },
    { input: "ÉTAT", expected: "state", choices: employerChoices },
    { input: "Collectivité territoriale", expected: "local-authority", choices: employerChoices },
    { input: "Intérim", expected: "temporary-work-agency", choices: employerChoices },
    { input: "particulier employeur", expected: "private-individual", choices: employerChoices },
    { input: "Bac pro ou plus", expected: "bac-pro-or-higher", choices: qualificationChoices },
    { input: "inférieur_bac_pro", expected: "below-bac-pro", choices: qualificationChoices },
    { input: " Apprentissage ", expected: "apprenticeship", choices: contractTypeChoices },
    { input: "CPRO", expected: "professionalisation", choices: contractTypeChoices },
    { input: "stage en alternance", expected: "work-study-internship", choices: contractTypeChoices },
    { input: "RQTH", expected: "disabled-worker", choices: apprenticeshipExceptionChoices },
    { input: "travailleur handicapé", expected: "disabled-worker", choices: apprenticeshipExceptionChoices },
    { input: "MIAGE", expected: "miageAixMarseille", choices: policyChoices },
    { input: "Légale", expected: "legal", choices: policyChoices },
  ];
  test.for(spellings)("case, accents, spaces and underscores are ignored: $input → $expected", ({ input, expected, choices }) => {
    expect(toChoice(input, "x", choices)).toBe(expected);
  });

  test("an unknown word is INVALID_VALUE, and the message lists the French then the English words", () => {
    const error = catchInputError(() => toChoice("association", "employeur", employerChoices));
    expect(error.issues).toEqual([expect.objectContaining({ path: ["employeur"], code: "INVALID_VALUE" })]);
    expect(error.issues[0]!.message).toBe(
      "employeur : valeur inconnue « association » ; valeurs admises : prive, interim, epic, etat, collectivite, epa, particulier " +
        "(ou en anglais : private, temporary-work-agency, public-industrial-commercial, state, local-authority, public-administrative, private-individual)",
    );
  });

  test("an empty enumerated argument is REQUIRED", () => {
    expect(catchInputError(() => toChoice("", "niveau", qualificationChoices)).issues[0]!.code).toBe("REQUIRED");
  });
});

describe("helpers", () => {
  test.for([
    { input: "", expected: true },
    { input: null, expected: true },
    { input: undefined, expected: true },
    { input: " ", expected: false },
    { input: 0, expected: false },
    { input: false, expected: false },
  ])("isEmptyCell($input) = $expected", ({ input, expected }) => {
    expect(isEmptyCell(input as CellValue)).toBe(expected);
  });

  test.for([
    { input: " Collectivité_Territoriale ", expected: "collectivite-territoriale" },
    { input: "ÉTAT", expected: "etat" },
    { input: "bac  pro", expected: "bac-pro" },
  ])("normalizeWord($input) = $expected", ({ input, expected }) => {
    expect(normalizeWord(input)).toBe(expected);
  });
});
