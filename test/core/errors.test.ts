import * as z from "zod/mini";
import { describe, expect, test } from "vitest";
import { AlternanceInputError } from "../../src/index.js";
import { inputIssue } from "../../src/core/issues.js";
import { inputObject, isoDateFrom, isoDateSchema, isoMonthSchema, nonNegativeNumber, parseInput, positiveNumber } from "../../src/core/schema.js";
import { catchInputError } from "../support/catch-input-error.js";

const schema = inputObject({
  birthDate: isoDateSchema(),
  contractStart: isoDateFrom("2019-01-01"),
  month: z.optional(isoMonthSchema()),
  hours: z.optional(nonNegativeNumber()),
  weeklyHours: z.optional(positiveNumber()),
  contract: z.optional(z.enum(["apprenticeship", "professionalisation"])),
  flag: z.optional(z.boolean()),
  list: z.optional(z.array(z.string()).check(z.minLength(1))),
});

describe("AlternanceInputError from zod issues: our codes, French by default", () => {
  const valid = { birthDate: "2005-01-01", contractStart: "2025-09-01" };
  const rows = [
    { name: "missing field", input: { contractStart: "2025-09-01" }, code: "REQUIRED", path: ["birthDate"], fr: "birthDate : champ obligatoire manquant" },
    { name: "impossible date", input: { ...valid, birthDate: "2005-02-29" }, code: "INVALID_DATE", path: ["birthDate"], fr: "birthDate : date invalide « 2005-02-29 » : une date réelle au format AAAA-MM-JJ est attendue (années 1900 à 2199)" },
    { name: "number instead of date", input: { ...valid, birthDate: 20050101 }, code: "INVALID_TYPE", path: ["birthDate"], fr: "birthDate : un texte est attendu, reçu « 20050101 »" },
    { name: "before the scope", input: { ...valid, contractStart: "2018-06-01" }, code: "OUT_OF_SCOPE", path: ["contractStart"], fr: "contractStart : « 2018-06-01 » est antérieur au 2019-01-01, premier jour couvert par la bibliothèque pour cette donnée" },
    { name: "malformed month", input: { ...valid, month: "2026-1" }, code: "INVALID_MONTH", path: ["month"], fr: "month : mois invalide « 2026-1 » : un mois au format AAAA-MM est attendu" },
    { name: "month 13", input: { ...valid, month: "2026-13" }, code: "INVALID_MONTH", path: ["month"], fr: "month : mois invalide « 2026-13 » : un mois au format AAAA-MM est attendu" },
    { name: "negative hours", input: { ...valid, hours: -1 }, code: "TOO_SMALL", path: ["hours"], fr: "hours : doit être au moins 0, reçu « -1 »" },
    { name: "zero weekly hours", input: { ...valid, weeklyHours: 0 }, code: "TOO_SMALL", path: ["weeklyHours"], fr: "weeklyHours : doit être supérieur à 0, reçu « 0 »" },
    { name: "NaN hours", input: { ...valid, hours: Number.NaN }, code: "INVALID_TYPE", path: ["hours"], fr: "hours : un nombre fini est attendu, reçu « NaN »" },
    { name: "Infinity hours", input: { ...valid, hours: Number.POSITIVE_INFINITY }, code: "INVALID_TYPE", path: ["hours"], fr: "hours : un nombre fini est attendu, reçu « Infinity »" },
    { name: "text hours", input: { ...valid, hours: "12" }, code: "INVALID_TYPE", path: ["hours"], fr: "hours : un nombre fini est attendu, reçu « 12 »" },
    { name: "unknown enum value", input: { ...valid, contract: "stage" }, code: "INVALID_VALUE", path: ["contract"], fr: "contract : valeur inconnue « stage » ; valeurs admises : apprenticeship, professionalisation" },
    { name: "typo in a field name", input: { ...valid, birthdate: "2005-01-01" }, code: "UNKNOWN_FIELD", path: ["birthdate"], fr: "birthdate : champ inconnu (faute de frappe ?)" },
    { name: "boolean as text", input: { ...valid, flag: "true" }, code: "INVALID_TYPE", path: ["flag"], fr: "flag : vrai ou faux (booléen) est attendu, reçu « true »" },
    { name: "empty list", input: { ...valid, list: [] }, code: "TOO_SMALL", path: ["list"], fr: "list : doit contenir au moins 1 élément(s)" },
    { name: "unknown locale", input: { ...valid, locale: "de" }, code: "INVALID_VALUE", path: ["locale"], fr: "locale : valeur inconnue « de » ; valeurs admises : fr, en" },
  ];
  test.for(rows)("$name → $code at $path", (row) => {
    const error = catchInputError(() => parseInput(schema, row.input));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AlternanceInputError");
    expect(error.code).toBe(row.code === "OUT_OF_SCOPE" ? "OUT_OF_SCOPE" : "INVALID_INPUT");
    expect(error.issues).toEqual([{ path: row.path, code: row.code, message: row.fr }]);
    expect(error.message).toBe(`Données invalides : ${row.fr}`);
  });

  test("a missing required enum is REQUIRED, not an unknown value", () => {
    const error = catchInputError(() => parseInput(inputObject({ contract: z.enum(["apprenticeship", "professionalisation"]) }), {}));
    expect(error.issues).toEqual([{ path: ["contract"], code: "REQUIRED", message: "contract : champ obligatoire manquant" }]);
  });

  test("a non-object input is named as a whole", () => {
    const error = catchInputError(() => parseInput(schema, null));
    expect(error.issues).toEqual([{ path: [], code: "INVALID_TYPE", message: "input : un objet est attendu, reçu « null »" }]);
  });

  test("every wrong field is reported, in English with locale en", () => {
    const error = catchInputError(() => parseInput(schema, { birthDate: "1999-02-29", contractStart: "2018-12-31", hours: -2, locale: "en" }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.locale).toBe("en");
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["birthDate"], "INVALID_DATE"],
      [["contractStart"], "OUT_OF_SCOPE"],
      [["hours"], "TOO_SMALL"],
    ]);
    expect(error.issues[2]!.message).toBe('hours: must be at least 0, got "-2"');
  });

  test("OUT_OF_SCOPE only when every issue is out of scope", () => {
    expect(new AlternanceInputError([inputIssue(["a"], "OUT_OF_SCOPE", { fr: "x", en: "x" }, "fr")]).code).toBe("OUT_OF_SCOPE");
    expect(new AlternanceInputError([]).code).toBe("INVALID_INPUT");
  });

  test("nested paths are displayed with brackets", () => {
    const issue = inputIssue(["presenceHours", 2, "hours"], "TOO_SMALL", { fr: "négatif", en: "negative" }, "en");
    expect(issue.message).toBe("presenceHours[2].hours: negative");
  });
});
