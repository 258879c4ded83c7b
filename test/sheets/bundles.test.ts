/**
 * The built spreadsheet files, as the hosts load them: the bundle is rebuilt from source into a
 * temporary folder (tsup with tsup.sheets.config.ts, then scripts/build-sheets.ts), so that `npm test`
 * needs no prior build. dist/gas is loaded into a bare V8 context (node:vm, no globals added) and
 * called with `Date` arguments as Google Sheets does; dist/excel/functions.js is loaded next to a
 * minimal `CustomFunctions` object and called with the `any[][]` arguments Excel passes.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { apprenticeMinimumWage, dataVerifiedUntil, smicAt } from "../../src/index.js";
import { serialFromIsoDate, sheetFunctions } from "../../src/sheets/index.js";
import { excelName, GAS_BUNDLE_BUDGET, writeSheetsFiles, type SheetsBuildReport } from "../../scripts/build-sheets.js";
import { sheetsBundleOptions } from "../../tsup.sheets.config.js";

let dist = "";
let report: SheetsBuildReport;
const file = (path: string) => readFile(join(dist, path), "utf8");

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), "alternance-sheets-"));
  await build({ ...sheetsBundleOptions, outDir: join(dist, "gas"), config: false, silent: true });
  report = await writeSheetsFiles(dist);
}, 60_000);

afterAll(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
});

describe("dist/gas (Google Sheets)", () => {
  let context: vm.Context;
  /** Runs code inside the Apps Script-like context, as a formula's call would. */
  const sheets = (code: string): unknown => vm.runInContext(code, context);

  beforeAll(async () => {
    context = vm.createContext({});
    vm.runInContext(await file("gas/Alternance.js"), context, { filename: "Alternance.gs" });
    vm.runInContext(await file("gas/Code.js"), context, { filename: "Code.gs" });
  });

  test(`the bundle is one script within the size budget (${GAS_BUNDLE_BUDGET} bytes)`, async () => {
    const bundle = await file("gas/Alternance.js");
    expect(report.gasBundleBytes).toBe(Buffer.byteLength(bundle));
    expect(report.gasBundleBytes).toBeLessThanOrEqual(GAS_BUNDLE_BUDGET);
    expect(bundle.slice(0, 40)).toMatch(/^var Alternance=\(function\(exports\)\{/);
    expect(bundle.match(/\brequire\(|\bprocess\.|\bBuffer\b|\bimport\(|^export /m)).toBeNull();
  });

  test("loading it defines only the global Alternance, zod's configuration and one function per spreadsheet function", () => {
    const globals = sheets("Object.keys(globalThis)") as string[];
    expect([...globals].sort()).toEqual(["Alternance", "__zod_globalConfig", ...sheetFunctions.map((fn) => fn.name)].sort());
    expect(sheets("typeof Alternance.apprenticeMinimumWage")).toBe("function");
  });

  test("Code.js has one wrapper per function, with JSDoc @customfunction and French help", async () => {
    const code = await file("gas/Code.js");
    for (const fn of sheetFunctions) {
      const parameters = fn.parameters.map((parameter) => parameter.name).join(", ");
      const block = new RegExp(`/\\*\\*\\n \\* ${escape(fn.help)}\\n[^]*? \\* @customfunction\\n \\*/\\nfunction ${fn.name}\\(${parameters}\\) \\{`);
      expect(code).toMatch(block);
      for (const parameter of fn.parameters) expect(code).toContain(` ${parameter.name} ${parameter.optional ? "facultatif : " : ""}${parameter.help}\n`);
    }
    expect(code.match(/@customfunction/g)).toHaveLength(sheetFunctions.length);
  });

  test("appsscript.json: V8 runtime, Europe/Paris", async () => {
    expect(JSON.parse(await file("gas/appsscript.json"))).toMatchObject({ runtimeVersion: "V8", timeZone: "Europe/Paris" });
  });

  const calls = [
    { name: "ALT_SMIC", input: "ALT_SMIC(new Date(2026, 2, 15))", expected: 12.02, source: "law.md §5" },
    { name: "ALT_SMIC monthly", input: "ALT_SMIC(new Date(2026, 2, 15), true)", expected: smicAt("2026-03-15").monthly, source: "law.md §5" },
    {
      name: "ALT_APPRENTI_SALAIRE (seed)",
      input: "ALT_APPRENTI_SALAIRE(new Date(2006, 3, 10), new Date(2025, 8, 1), new Date(2025, 9, 1))",
      expected: 774.77,
      source: "seed 003 Tableau 6",
    },
    {
      name: "ALT_APPRENTI_TAUX (seed)",
      input: "ALT_APPRENTI_TAUX(new Date(2006, 3, 10), new Date(2025, 8, 1), new Date(2025, 9, 1))",
      expected: apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" }).ratePercent,
      source: "seed 003 Tableau 6",
    },
    { name: "ALT_APPRENTI_ELIGIBLE", input: "ALT_APPRENTI_ELIGIBLE(new Date(1990, 3, 10), new Date(2025, 8, 1), 'RQTH')", expected: true, source: "L6222-2 3°" },
    { name: "ALT_CPRO_ELIGIBLE", input: "ALT_CPRO_ELIGIBLE(new Date(2006, 0, 15), new Date(2025, 8, 1), 'État')", expected: false, source: "law.md §2.2" },
    {
      name: "ALT_CPRO_SALAIRE (seed)",
      input: "ALT_CPRO_SALAIRE(new Date(2006, 0, 15), new Date(2025, 8, 1), new Date(2025, 10, 1), 'bac-pro-ou-plus')",
      expected: 1171.17,
      source: "seed 003 Tableau 7",
    },
    { name: "ALT_STAGE_GRATIFICATION_OBLIGATOIRE", input: "ALT_STAGE_GRATIFICATION_OBLIGATOIRE(309)", expected: true, source: "seed 001" },
    { name: "ALT_STAGE_GRATIFICATION_MIN", input: "ALT_STAGE_GRATIFICATION_MIN(309, new Date(2025, 2, 3))", expected: 1344.15, source: "seed 001" },
    { name: "ALT_STAGE_TAUX_HORAIRE", input: "ALT_STAGE_TAUX_HORAIRE(new Date(2020, 5, 15))", expected: 3.9, source: "seed 001" },
    {
      name: "ALT_HEURES_FORMATION_MIN",
      input: "ALT_HEURES_FORMATION_MIN('apprentissage', new Date(2025, 8, 1), new Date(2026, 7, 31))",
      expected: 401.75,
      source: "seed 003 §4.5",
    },
    {
      name: "ALT_HEURES_FORMATION_MAX (no maximum: empty cell)",
      input: "ALT_HEURES_FORMATION_MAX('apprentissage', new Date(2025, 8, 1), new Date(2026, 7, 31))",
      expected: "",
      source: "API.md §6",
    },
    {
      name: "ALT_FIN_AU_PLUS_TOT (no bound: empty cell)",
      input: "ALT_FIN_AU_PLUS_TOT('stage-alternance', new Date(2025, 8, 4), new Date(2026, 8, 4), 'miage-aix-marseille')",
      expected: "",
      source: "seed 003 Tableau 5",
    },
  ];
  test.for(calls)("$input → $expected", ({ input, expected }) => {
    expect(sheets(input)).toBe(expected);
  });

  const dateCalls = [
    { input: "ALT_DONNEES_VERIFIEES_AU()", expected: dataVerifiedUntil, source: "src/parameters/verified.ts" },
    {
      input: "ALT_DEBUT_AU_PLUS_TOT('apprentissage', new Date(2025, 8, 1), new Date(2027, 8, 3), 'miage')",
      expected: "2025-06-01",
      source: "seed 003 Tableau 5",
    },
    {
      input: "ALT_DEBUT_AU_PLUS_TARD('apprenticeship', new Date(2025, 8, 1), new Date(2027, 8, 3), 'miageAixMarseille')",
      expected: "2025-12-01",
      source: "seed 003 Tableau 5",
    },
    {
      input: "ALT_FIN_AU_PLUS_TARD('apprentissage', new Date(2025, 8, 1), new Date(2027, 8, 3), 'miage')",
      expected: "2027-11-03",
      source: "seed 003 Tableau 5",
    },
  ];
  test.for(dateCalls)("$input → a Date of the script's zone at midnight, $expected", ({ input, expected }) => {
    const parts = sheets(`(function (d) { return [Object.prototype.toString.call(d), d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]; })(${input})`);
    expect(parts).toEqual(["[object Date]", Number(expected.slice(0, 4)), Number(expected.slice(5, 7)), Number(expected.slice(8)), 0]);
  });

  test("the schedule spills a header row then Date, number and text cells", () => {
    const table = sheets(
      "ALT_APPRENTI_ECHEANCIER(new Date(2006, 3, 10), new Date(2025, 8, 1), new Date(2028, 7, 31)).map(function (row) { return row.map(function (cell) { " +
        "return Object.prototype.toString.call(cell) === '[object Date]' ? [cell.getFullYear(), cell.getMonth() + 1, cell.getDate()].join('-') : cell; }); })",
    ) as unknown[][];
    expect(table[0]).toEqual(["du", "au", "année", "tranche", "taux", "montant"]);
    expect(table[1]).toEqual(["2025-9-1", "2025-12-31", 1, "18-20 ans", 43, 774.77]); // seed 003; law.md §4.6
    expect(table.at(-1)).toEqual(["2027-9-1", "2028-8-31", 3, "21-25 ans", 78, 1456.27]); // law.md §4.6
    expect(table).toHaveLength(7);
  });

  test("a range fills a column: blank rows stay blank, a wrong row shows « Erreur : … »", () => {
    const column = sheets(
      "ALT_APPRENTI_SALAIRE([[new Date(2006, 3, 10)], [''], ['31/02/2007'], [new Date(2000, 0, 15)]], new Date(2025, 8, 1), new Date(2025, 9, 1))",
    );
    expect(column).toEqual([
      [774.77],
      [""],
      [expect.stringMatching(/^Erreur : Données invalides : naissance : date invalide « 31\/02\/2007 »/)],
      [954.95], // 21-25: 53 % × 1 801,80 € (law.md §4.1)
    ]);
  });

  test("an input error of a single cell is thrown with the French message (#ERROR! in Sheets)", () => {
    expect(() => sheets("ALT_APPRENTI_SALAIRE(new Date(2006, 3, 10), new Date(2018, 8, 1), new Date(2025, 9, 1))")).toThrow(
      /^Données invalides : debut : « 2018-09-01 » est antérieur au 2019-01-01/,
    );
    expect(() => sheets("ALT_CPRO_SALAIRE(new Date(2006, 0, 15), new Date(2025, 8, 1), new Date(2025, 10, 1), 'licence')")).toThrow(
      /^Données invalides : niveau : valeur inconnue « licence » ; valeurs admises : bac-pro-ou-plus, inferieur-bac-pro/,
    );
    expect(() => sheets("ALT_SMIC()")).toThrow("Données invalides : date : champ obligatoire manquant");
  });
});

describe("dist/excel (Excel custom functions)", () => {
  class ExcelError {
    constructor(
      readonly code: string,
      readonly message: string,
    ) {}
  }
  const associated = new Map<string, (...args: unknown[]) => unknown>();

  beforeAll(async () => {
    const context = vm.createContext({
      CustomFunctions: {
        associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
        Error: ExcelError,
        ErrorCode: { invalidValue: "#VALUE!" },
      },
    });
    vm.runInContext(await file("excel/functions.js"), context, { filename: "functions.js" });
  });

  test("every function is associated with its id", () => {
    expect([...associated.keys()]).toEqual(sheetFunctions.map((fn) => fn.name));
  });

  test("functions.json is generated by custom-functions-metadata from the registry", async () => {
    const metadata = JSON.parse(await file("excel/functions.json")) as {
      functions: { id: string; name: string; description: string; parameters: { name: string; optional?: boolean; dimensionality: string }[]; result: object }[];
    };
    expect(metadata.functions.map((fn) => [fn.id, fn.name, fn.description])).toEqual(sheetFunctions.map((fn) => [fn.name, excelName(fn), fn.help]));
    for (const [index, fn] of sheetFunctions.entries()) {
      const described = metadata.functions[index]!;
      expect(described.parameters.map((parameter) => [parameter.name, parameter.optional === true, parameter.dimensionality])).toEqual(
        fn.parameters.map((parameter) => [parameter.name, parameter.optional === true, "matrix"]),
      );
      expect(described.result).toEqual({ dimensionality: "matrix" });
    }
  });

  const excelCalls = [
    { name: "ALT_SMIC", args: [[[serialFromIsoDate("2026-03-15")]], [[true]]], expected: [[1823.03]], source: "law.md §5" },
    {
      name: "ALT_APPRENTI_SALAIRE",
      args: [[[serialFromIsoDate("2006-04-10")]], [[serialFromIsoDate("2025-09-01")]], [["01/10/2025"]], null, null],
      expected: [[774.77]],
      source: "seed 003 Tableau 6",
    },
    {
      name: "ALT_APPRENTI_SALAIRE",
      args: [[[serialFromIsoDate("2006-04-10")], [""], [serialFromIsoDate("2000-01-15")]], [[serialFromIsoDate("2025-09-01")]], [[serialFromIsoDate("2025-10-01")]]],
      expected: [[774.77], [""], [954.95]],
      source: "seed 003; law.md §4.1",
    },
    { name: "ALT_DONNEES_VERIFIEES_AU", args: [], expected: [[serialFromIsoDate(dataVerifiedUntil)]], source: "src/parameters/verified.ts" },
    {
      name: "ALT_DEBUT_AU_PLUS_TOT",
      args: [[["apprentissage"]], [[serialFromIsoDate("2025-09-01")]], [[serialFromIsoDate("2027-09-03")]], [["miage"]]],
      expected: [[serialFromIsoDate("2025-06-01")]],
      source: "seed 003 Tableau 5",
    },
  ];
  test.for(excelCalls)("$name($args) → $expected", ({ name, args, expected }) => {
    expect(associated.get(name)!(...args)).toEqual(expected);
  });

  test("the schedule is returned as rows with serial dates", () => {
    const table = associated.get("ALT_APPRENTI_ECHEANCIER")!([[serialFromIsoDate("2006-04-10")]], [[serialFromIsoDate("2025-09-01")]], [["31/08/2028"]]) as unknown[][];
    expect(table[0]).toEqual(["du", "au", "année", "tranche", "taux", "montant"]);
    expect(table[1]).toEqual([serialFromIsoDate("2025-09-01"), serialFromIsoDate("2025-12-31"), 1, "18-20 ans", 43, 774.77]);
  });

  test("input errors are Excel error values (#VALUE!) carrying the French message", () => {
    const result = associated.get("ALT_CPRO_ELIGIBLE")!([[serialFromIsoDate("2006-01-15")]], [[serialFromIsoDate("2025-09-01")]], [["association"]]) as unknown[][];
    const cell = result[0]?.[0];
    expect(cell).toBeInstanceOf(ExcelError);
    expect(cell).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^Données invalides : employeur : valeur inconnue « association »/) });
  });
});

/** Escapes a text for a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
