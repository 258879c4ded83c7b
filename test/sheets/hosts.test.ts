/**
 * The two host entry points in-process (`excelCall`, `googleSheetsCall` of src/sheets), so that
 * coverage sees them: bundles.test.ts runs the same calls through the built bundles in node:vm, which
 * v8 coverage of the test process cannot follow. Expected values: the seed examples and law.md, as in
 * bundles.test.ts, and the library's own functions.
 */
import { describe, expect, test } from "vitest";
import { contractWindows, dataVerifiedUntil } from "../../src/index.js";
import { evaluateSheetFunction, excelCall, findSheetFunction, googleSheetsCall, serialFromIsoDate } from "../../src/sheets/index.js";

class ExcelError {
  constructor(readonly message: string) {}
}
const excel = (name: string, args: unknown[]) => excelCall(name, args as never, (message) => new ExcelError(message));
const date = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

describe("excelCall: every result as rows, dates as serial numbers, errors as the host's error value", () => {
  test.for([
    { name: "ALT_SMIC", args: [[[serialFromIsoDate("2026-03-15")]], [[true]]], expected: [[1823.03]], source: "law.md §5" },
    { name: "ALT_APPRENTI_SALAIRE", args: [[[serialFromIsoDate("2006-04-10")]], [[serialFromIsoDate("2025-09-01")]], [["01/10/2025"]], null, null], expected: [[774.77]], source: "seed 003 Tableau 6" },
    {
      name: "ALT_APPRENTI_SALAIRE",
      args: [[[serialFromIsoDate("2006-04-10")], [""], [serialFromIsoDate("2000-01-15")]], [[serialFromIsoDate("2025-09-01")]], [[serialFromIsoDate("2025-10-01")]]],
      expected: [[774.77], [""], [954.95]],
      source: "seed 003; law.md §4.1",
    },
    { name: "ALT_DONNEES_VERIFIEES_AU", args: [], expected: [[serialFromIsoDate(dataVerifiedUntil)]], source: "src/parameters/verified.ts" },
    { name: "ALT_DEBUT_AU_PLUS_TOT", args: [[["apprentissage"]], [[serialFromIsoDate("2025-09-01")]], [[serialFromIsoDate("2027-09-03")]], [["miage"]]], expected: [[serialFromIsoDate("2025-06-01")]], source: "seed 003 Tableau 5" },
    { name: "ALT_APPRENTI_ELIGIBLE", args: [[[serialFromIsoDate("2004-03-10")]], [[serialFromIsoDate("2025-09-01")]]], expected: [[true]], source: "L6222-1: 21 at the start" },
  ])("$name → $expected ($source)", ({ name, args, expected }) => {
    expect(excel(name, args)).toEqual(expected);
  });

  test("a schedule comes back as a header and rows with serial dates (seed 003; law.md §4.6)", () => {
    const table = excel("ALT_APPRENTI_ECHEANCIER", [[[serialFromIsoDate("2006-04-10")]], [[serialFromIsoDate("2025-09-01")]], [["31/08/2028"]]]);
    expect(table[0]).toEqual(["du", "au", "année", "tranche", "taux", "montant"]);
    expect(table[1]).toEqual([serialFromIsoDate("2025-09-01"), serialFromIsoDate("2025-12-31"), 1, "18-20 ans", 43, 774.77]);
  });

  test("an input error becomes the host's error value, with the French message", () => {
    const [[cell]] = excel("ALT_CPRO_ELIGIBLE", [[[serialFromIsoDate("2006-01-15")]], [[serialFromIsoDate("2025-09-01")]], [["association"]]]) as unknown[][] as [[unknown]];
    expect(cell).toBeInstanceOf(ExcelError);
    expect((cell as ExcelError).message).toMatch(/^Données invalides : employeur : valeur inconnue « association »/);
  });
});

describe("googleSheetsCall: values, local dates, errors thrown or written in the row", () => {
  test("a single value, and a date as a local Date at midnight (seed 003 Tableau 6 and Tableau 5)", () => {
    expect(googleSheetsCall("ALT_APPRENTI_SALAIRE", [date("2006-04-10"), date("2025-09-01"), date("2025-10-01")])).toBe(774.77);
    expect(googleSheetsCall("ALT_DEBUT_AU_PLUS_TOT", ["apprentissage", date("2025-09-01"), date("2027-09-03"), "miage"])).toEqual(date("2025-06-01"));
  });

  test("a range fills a column: blank rows stay blank, a wrong row shows « Erreur : … »", () => {
    const column = googleSheetsCall("ALT_APPRENTI_SALAIRE", [[[date("2006-04-10")], [""], ["31/02/2007"]], date("2025-09-01"), date("2025-10-01")]);
    expect(column).toEqual([[774.77], [""], [expect.stringMatching(/^Erreur : Données invalides : naissance : date invalide « 31\/02\/2007 »/)]]);
  });

  test("an input error of a single cell is thrown, with the French message", () => {
    expect(() => googleSheetsCall("ALT_SMIC", [])).toThrow("Données invalides : date : champ obligatoire manquant");
  });

  test("a schedule comes back as rows with local dates", () => {
    const table = googleSheetsCall("ALT_APPRENTI_ECHEANCIER", [date("2006-04-10"), date("2025-09-01"), date("2026-08-31")]) as unknown[][];
    expect(table[0]).toEqual(["du", "au", "année", "tranche", "taux", "montant"]);
    expect(table[1]).toEqual([date("2025-09-01"), date("2025-12-31"), 1, "18-20 ans", 43, 774.77]);
  });
});

describe("the window functions, with and without a policy, are contractWindows' bounds", () => {
  const rows = [
    { fn: "ALT_DEBUT_AU_PLUS_TARD", pick: (w: ReturnType<typeof contractWindows>) => w.start.latest },
    { fn: "ALT_FIN_AU_PLUS_TOT", pick: (w: ReturnType<typeof contractWindows>) => w.end.earliest },
    { fn: "ALT_FIN_AU_PLUS_TARD", pick: (w: ReturnType<typeof contractWindows>) => w.end.latest },
  ];
  test.for(rows.flatMap((row) => [{ ...row, policy: undefined }, { ...row, policy: "miage" }]))("$fn, policy $policy", ({ fn, pick, policy }) => {
    const args = ["professionnalisation", date("2025-09-01"), date("2026-07-03"), ...(policy === undefined ? [] : [policy])];
    const expected = pick(contractWindows({ contract: "professionalisation", trainingStart: "2025-09-01", trainingEnd: "2026-07-03", ...(policy === undefined ? {} : { policy: "miageAixMarseille" as const }) }));
    const value = googleSheetsCall(fn, args);
    if (expected === null) expect(value).toBe("");
    else expect(value).toEqual(date(expected));
  });
});

test("a range given for an argument the function does not have is named by its position", () => {
  const result = evaluateSheetFunction(findSheetFunction("ALT_SMIC"), [[["2026-01-01"], ["2026-02-01"]], true, [[1], [2], [3]]]);
  expect(result).toEqual({ type: "error", message: expect.stringMatching(/^Données invalides : argument 3 : plage de taille différente de celle de date \(2 × 1\)/) });
});
