/**
 * The built spreadsheet files, as the hosts load them: the bundle is rebuilt from source into a
 * temporary folder (tsup with tsup.sheets.config.ts, then scripts/build-sheets.ts), so that `npm test`
 * needs no prior build. dist/gas is loaded into a bare V8 context (node:vm) with Apps Script's
 * `SpreadsheetApp`, `Session` and `Utilities` emulated (support/google-utilities.ts) and called with
 * `Date` arguments as Google Sheets does; dist/excel/functions.js is loaded next to a minimal
 * `CustomFunctions` object and called with the `any[][]` arguments Excel passes. Then the time zones:
 * child processes under other `TZ` run both with spreadsheets set to other zones
 * (support/google-in-zone.ts).
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { apprenticeMinimumWage, contractWindows, dataVerifiedUntil, smicAt } from "../../src/index.js";
import { serialFromIsoDate, sheetFunctions } from "../../src/sheets/index.js";
import { BUNDLE_FILE, excelName, GAS_BUNDLE_BUDGET, writeSheetsFiles, type SheetsBuildReport } from "../../scripts/build-sheets.js";
import { sheetsBundleOptions } from "../../tsup.sheets.config.js";
import { appsScriptGlobals, dateCell, formatDate } from "./support/google-utilities.js";

let dist = "";
let report: SheetsBuildReport;
const file = (path: string) => readFile(join(dist, path), "utf8");

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), "alternance-sheets-"));
  await build({ ...sheetsBundleOptions, outDir: dist, config: false, silent: true });
  report = await writeSheetsFiles(dist);
}, 60_000);

afterAll(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
});

describe("dist/gas (Google Sheets)", () => {
  let context: vm.Context;
  /** Runs code inside the Apps Script-like context, as a formula's call would. */
  const sheets = (code: string): unknown => vm.runInContext(code, context);

  // The spreadsheet has the zone of this process (the script's): `new Date(y, m, d)` is a date cell.
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  beforeAll(async () => {
    context = vm.createContext(appsScriptGlobals(zone));
    vm.runInContext(await file("gas/Alternance.gs"), context, { filename: "Alternance.gs" });
    vm.runInContext(await file("gas/Code.gs"), context, { filename: "Code.gs" });
  });

  test("dist/gas holds the files to paste and their instructions, dist/ the same bundle for browsers", async () => {
    expect((await readdir(join(dist, "gas"))).sort()).toEqual(["Alternance.gs", "Code.gs", "README.md", "appsscript.json", "cohorte.csv"]);
    expect(await file("gas/Alternance.gs")).toBe(await file(BUNDLE_FILE));
  });

  test(`the bundle is one script within the size budget (${GAS_BUNDLE_BUDGET} bytes)`, async () => {
    const bundle = await file("gas/Alternance.gs");
    expect(report.gasBundleBytes).toBe(Buffer.byteLength(bundle));
    expect(report.gasBundleBytes).toBeLessThanOrEqual(GAS_BUNDLE_BUDGET);
    expect(bundle.slice(0, 40)).toMatch(/^var Alternance=\(function\(exports\)\{/);
    expect(bundle.match(/\brequire\(|\bprocess\.|\bBuffer\b|\bimport\(|^export /m)).toBeNull();
  });

  test("loading it defines only the global Alternance, zod's configuration, the private alternanceClasseur_ and one function per spreadsheet function", () => {
    const globals = (sheets("Object.keys(globalThis)") as string[]).filter((name) => !["SpreadsheetApp", "Session", "Utilities"].includes(name));
    expect([...globals].sort()).toEqual(["Alternance", "__zod_globalConfig", "alternanceClasseur_", ...sheetFunctions.map((fn) => fn.name)].sort());
    expect(sheets("typeof Alternance.apprenticeMinimumWage")).toBe("function");
  });

  test("Code.gs has one wrapper per function, with JSDoc @customfunction and French help", async () => {
    const code = await file("gas/Code.gs");
    for (const fn of sheetFunctions) {
      const parameters = fn.parameters.map((parameter) => parameter.name).join(", ");
      const block = new RegExp(`/\\*\\*\\n \\* ${escape(fn.help)}\\n[^]*? \\* @customfunction\\n \\*/\\nfunction ${fn.name}\\(${parameters}\\) \\{`);
      expect(code).toMatch(block);
      for (const parameter of fn.parameters) expect(code).toContain(` ${parameter.name} ${parameter.optional ? "facultatif : " : ""}${parameter.help}\n`);
    }
    expect(code.match(/@customfunction/g)).toHaveLength(sheetFunctions.length);
  });

  test("every wrapper passes the spreadsheet's time zone and Google's date functions (alternanceClasseur_)", async () => {
    const code = await file("gas/Code.gs");
    for (const fn of sheetFunctions) {
      expect(code).toContain(`return Alternance.googleSheetsCall(${JSON.stringify(fn.name)}, [${fn.parameters.map((parameter) => parameter.name).join(", ")}], alternanceClasseur_());`);
    }
    expect(code).toContain("timeZone: classeur ? classeur.getSpreadsheetTimeZone() : Session.getScriptTimeZone(),");
    expect(code).toContain("return Utilities.formatDate(date, timeZone, pattern);");
    expect(code).toContain("return Utilities.parseDate(text, timeZone, pattern);");
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
  test.for(dateCalls)("$input → a Date at midnight in the spreadsheet's zone, $expected", ({ input, expected }) => {
    const parts = sheets(`(function (d) { return [Object.prototype.toString.call(d), d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()]; })(${input})`);
    expect(parts).toEqual(["[object Date]", Number(expected.slice(0, 4)), Number(expected.slice(5, 7)), Number(expected.slice(8)), 0]);
    expect(formatDate(sheets(input) as Date, zone, "yyyy-MM-dd")).toBe(expected);
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

describe("time zones: the day typed is the day computed, whatever the zones of the spreadsheet, the script and the machine", () => {
  const sheetZones = ["Europe/Paris", "Indian/Reunion", "Pacific/Auckland", "America/Los_Angeles", "Pacific/Kiritimati", "America/Santiago"];
  /** Serial number of a day, computed here (days since 1899-12-30 in UTC arithmetic). */
  const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
  // 08/09/2024 in Santiago de Chile has no midnight (clocks went from 00:00 to 01:00): its earliest
  // legal contract start (L6222-12: three months before the training) falls on it.
  const santiagoGapDay = contractWindows({ contract: "apprenticeship", trainingStart: "2024-12-08", trainingEnd: "2025-12-08" }).start.earliest ?? "";
  const google = [
    { input: 'ALT_APPRENTI_SALAIRE(day("10/04/2006"), day("01/09/2025"), day("01/10/2025"))', expected: 774.77, source: "seed 003 Tableau 6" },
    { input: 'ALT_APPRENTI_ELIGIBLE(day("01/09/1995"), day("01/09/2025"))', expected: false, source: "L6222-1: 30 on the first day of the contract (29 the day before)" },
    { input: 'ALT_SMIC(day("01/01/2026"))', expected: 12.02, source: "law.md §5: 12,02 € from 2026-01-01, 11,88 € the day before" },
    { input: 'show(ALT_DEBUT_AU_PLUS_TOT("apprentissage", day("01/09/2025"), day("03/09/2027"), "miage"))', expected: "2025-06-01", source: "seed 003 Tableau 5" },
    { input: 'show(ALT_DEBUT_AU_PLUS_TOT("apprentissage", day("08/12/2024"), day("08/12/2025")))', expected: santiagoGapDay, source: "L6222-12, three months before" },
    {
      input: 'show(ALT_APPRENTI_ECHEANCIER(day("10/04/2006"), day("01/09/2025"), day("31/08/2028"))[1])',
      expected: ["2025-09-01", "2025-12-31", 1, "18-20 ans", 43, 774.77],
      source: "seed 003; law.md §4.6",
    },
    { input: "show(ALT_DONNEES_VERIFIEES_AU())", expected: dataVerifiedUntil, source: "src/parameters/verified.ts" },
    { input: 'ALT_APPRENTI_SALAIRE([[day("10/04/2006")], [day("15/01/2000")]], day("01/09/2025"), day("01/10/2025"))', expected: [[774.77], [954.95]], source: "seed 003; law.md §4.1" },
  ];
  const excelCases = [
    { input: 'excel("ALT_SMIC")([[serial("01/01/2026")]])', expected: [[12.02]], source: "law.md §5" },
    { input: 'excel("ALT_SMIC")([[serial("01/01/2026") + 0.99]])', expected: [[12.02]], source: "time of day ignored" },
    { input: 'excel("ALT_SMIC")([[serial("31/12/2025") + 0.99]])', expected: [[11.88]], source: "law.md §5" },
    { input: 'excel("ALT_APPRENTI_ELIGIBLE")([[serial("01/09/1995")]], [[serial("01/09/2025")]])', expected: [[false]], source: "L6222-1" },
    { input: 'excel("ALT_DEBUT_AU_PLUS_TOT")([["apprentissage"]], [[serial("01/09/2025")]], [[serial("03/09/2027")]], [["miage"]])', expected: [[serial("2025-06-01")]], source: "seed 003 Tableau 5" },
  ];
  // The old wrappers (no spreadsheet zone): a Date read in the script's zone. A spreadsheet east of
  // the script gives the day before (01/01/2026 in Auckland is still 31/12 in Paris: 11,88 €).
  const withoutZone = 'Alternance.googleSheetsCall("ALT_SMIC", [day("01/01/2026")])';
  const script = fileURLToPath(new URL("./support/google-in-zone.ts", import.meta.url));

  test.for([
    { tz: "Europe/Paris", offsetMinutes: -120, east: ["Indian/Reunion", "Pacific/Auckland", "Pacific/Kiritimati"] },
    { tz: "America/Los_Angeles", offsetMinutes: 420, east: ["Europe/Paris", "Indian/Reunion", "Pacific/Auckland", "Pacific/Kiritimati", "America/Santiago"] },
    { tz: "Pacific/Kiritimati", offsetMinutes: -840, east: [] },
  ])("a script in $tz", { timeout: 120_000 }, ({ tz, offsetMinutes, east }) => {
    const output = execFileSync(process.execPath, ["--import", "tsx", script, dist, JSON.stringify({ zones: sheetZones, cases: [...google.map((row) => row.input), withoutZone], excelCases: excelCases.map((row) => row.input) })], {
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
      env: { ...process.env, TZ: tz },
      encoding: "utf8",
    });
    const child = JSON.parse(output) as { offsetMinutes: number; results: Record<string, unknown[]>; excel: unknown[] };
    expect(child.offsetMinutes).toBe(offsetMinutes); // the child really ran in that zone (on 2025-07-01)
    for (const zone of sheetZones) {
      const results = child.results[zone]!;
      google.forEach((row, index) => expect(results[index], `${row.input} in a spreadsheet set to ${zone}`).toEqual(row.expected));
      expect(results[google.length], `without the zone, ${zone}`).toBe(east.includes(zone) ? 11.88 : 12.02);
    }
    excelCases.forEach((row, index) => expect(child.excel[index], row.input).toEqual(row.expected));
  });

  test("the emulated Google date cells are what a spreadsheet hands: midnight in its zone", () => {
    expect(dateCell("01/09/2025", "Indian/Reunion").toISOString()).toBe("2025-08-31T20:00:00.000Z");
    expect(dateCell("01/01/2026", "Pacific/Auckland").toISOString()).toBe("2025-12-31T11:00:00.000Z");
    expect(dateCell(`${santiagoGapDay.slice(8)}/${santiagoGapDay.slice(5, 7)}/${santiagoGapDay.slice(0, 4)}`, "America/Santiago").toISOString()).toBe("2024-09-08T04:00:00.000Z");
    expect(santiagoGapDay).toBe("2024-09-08");
  });
});

/** Escapes a text for a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
