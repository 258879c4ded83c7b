/**
 * Runs the built spreadsheet files in bare V8 contexts (node:vm) under the time zone of this process
 * (`TZ=…`): Excel's dist/excel/functions.js with serial numbers, and the Google Sheets files (dist/gas/Alternance.gs and Code.gs) in a bare V8 context
 * (node:vm), as Apps Script does, under the time zone of this process (the script's zone: run it with
 * `TZ=…`), for spreadsheets set to other zones, with Google's objects emulated (google-utilities.ts):
 * a date cell is a `Date` at midnight in the SPREADSHEET's zone, which is what Sheets hands a custom
 * function.
 *
 *   TZ=Europe/Paris node --import tsx google-in-zone.ts <dist> '{ "zones": [...], "cases": [...], "excelCases": [...] }'
 *
 * Prints `{ tz, offsetMinutes, results: { [zone]: unknown[] }, excel: unknown[] }`: for each
 * spreadsheet zone, the value of each case, an expression evaluated in the context where
 * `day("01/09/2025")` is that date cell and `show(x)` turns the Dates of a result into the days the
 * spreadsheet shows; and the value of each Excel case, where `excel("ALT_SMIC")` is the function associated with that id and
 * `serial("01/09/2025")` is that day's serial number (days since 30/12/1899).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { appsScriptGlobals, dateCell, formatDate } from "./google-utilities.js";

const [dist, json] = process.argv.slice(2) as [string, string];
const { zones, cases, excelCases } = JSON.parse(json) as { zones: string[]; cases: string[]; excelCases: string[] };
const gas = (file: string) => readFileSync(join(dist, "gas", file), "utf8");

/** Evaluates an expression in a context; a thrown error becomes `{ error: message }`. */
const evaluate = (context: vm.Context, expression: string): unknown => {
  try {
    return JSON.parse(JSON.stringify(vm.runInContext(expression, context))) as unknown;
  } catch (error) {
    return { error: (error as Error).message };
  }
};

const results: Record<string, unknown[]> = {};
for (const zone of zones) {
  const show = (value: unknown): unknown =>
    Object.prototype.toString.call(value) === "[object Date]" ? formatDate(value as Date, zone, "yyyy-MM-dd") : Array.isArray(value) ? value.map(show) : value;
  const context = vm.createContext({ ...appsScriptGlobals(zone), day: (typed: string) => dateCell(typed, zone), show });
  vm.runInContext(gas("Alternance.gs"), context, { filename: "Alternance.gs" });
  vm.runInContext(gas("Code.gs"), context, { filename: "Code.gs" });
  results[zone] = cases.map((expression) => evaluate(context, expression));
}

const associated = new Map<string, unknown>();
const excelContext = vm.createContext({
  excel: (id: string) => associated.get(id),
  CustomFunctions: {
    associate: (id: string, fn: unknown) => associated.set(id, fn),
    Error: class {
      constructor(
        readonly code: string,
        readonly message: string,
      ) {}
    },
    ErrorCode: { invalidValue: "#VALUE!" },
  },
  serial: (typed: string) => {
    const [day, month, year] = typed.split("/").map(Number) as [number, number, number];
    return (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  },
});
vm.runInContext(readFileSync(join(dist, "excel", "functions.js"), "utf8"), excelContext, { filename: "functions.js" });
const excel = excelCases.map((expression) => evaluate(excelContext, expression));

process.stdout.write(JSON.stringify({ tz: process.env["TZ"] ?? null, offsetMinutes: new Date(2025, 6, 1).getTimezoneOffset(), results, excel }));
