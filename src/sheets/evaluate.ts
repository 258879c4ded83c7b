/**
 * Host-neutral evaluation of a spreadsheet function: converts the cells, maps ranges row by row,
 * calls the implementation and turns the result (or the `AlternanceInputError`) into typed cells that
 * each host then writes in its own way.
 */
import { AlternanceInputError, type InputIssue, type IsoDate } from "../index.js";
import { inputIssue } from "../core/issues.js";
import { cellToIsoDate, isEmptyCell, toBoolean, toChoice, toNumber, type CellValue } from "./adapters.js";
import type { SheetFunction, SheetParameter } from "./sheet-function.js";
import { sheetFunctions } from "./registry.js";
import { localSheetDates, type SheetDates } from "./time-zone.js";

/**
 * One cell of a result, before the host writes it: a number, a yes/no value, a date, a text, nothing,
 * or an error with its French message.
 *
 * @example
 * const cell: SheetCell = { type: "date", value: "2025-09-01" };
 */
export type SheetCell =
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "date"; readonly value: IsoDate }
  | { readonly type: "text"; readonly value: string }
  | { readonly type: "empty" }
  | { readonly type: "error"; readonly message: string };

/**
 * Result of a call: one cell, or rows of cells (a table with its header, or one result per row of
 * the ranges passed).
 *
 * @example
 * const result: SheetResult = [[{ type: "number", value: 774.77 }], [{ type: "empty" }]];
 */
export type SheetResult = SheetCell | SheetCell[][];

/**
 * One argument as a host passes it: a cell, or a range as rows of cells.
 *
 * @example
 * const range: SheetArgument = [["2006-04-10"], ["2005-01-31"]];
 */
export type SheetArgument = CellValue | readonly (readonly CellValue[])[];

/**
 * Finds a spreadsheet function by name (case-insensitive).
 *
 * @param name - e.g. `"ALT_SMIC"`
 * @returns its description
 * @throws Error for a name that is not a spreadsheet function of this library
 * @example
 * findSheetFunction("alt_smic").name; //=> "ALT_SMIC"
 */
export function findSheetFunction(name: string): SheetFunction {
  const found = sheetFunctions.find((fn) => fn.name === name.toUpperCase());
  if (!found) throw new Error(`Fonction inconnue : ${name}`);
  return found;
}

/** Converts one cell for a parameter; `undefined` for an empty optional argument. */
function convertArgument(parameter: SheetParameter, value: CellValue, dates: SheetDates): unknown {
  if (parameter.optional && isEmptyCell(value)) return undefined;
  switch (parameter.type) {
    case "date":
      return cellToIsoDate(value, parameter.name, dates);
    case "number":
      return toNumber(value, parameter.name);
    case "boolean":
      return toBoolean(value, parameter.name);
    default:
      return toChoice(value, parameter.name, parameter.type);
  }
}

/**
 * The French message of an input error, with the library's field names (`birthDate`) replaced by the
 * spreadsheet's parameter names (`naissance`).
 *
 * @param fn - the function called
 * @param error - the error it threw
 * @returns e.g. `"Données invalides : naissance : date invalide « 2025-02-30 » : …"`
 * @example
 * errorMessage(findSheetFunction("ALT_SMIC"), error); //=> "Données invalides : date : « 2018-12-31 » est antérieur au 2019-01-01, …"
 */
export function errorMessage(fn: SheetFunction, error: AlternanceInputError): string {
  const relabel = (issue: InputIssue): string => {
    const field = issue.path[0];
    const parameter = fn.parameters.find((candidate) => candidate.field === field);
    return parameter && typeof field === "string" && issue.message.startsWith(field)
      ? `${parameter.name}${issue.message.slice(field.length)}`
      : issue.message;
  };
  return error.issues.reduce((message, issue) => message.replace(issue.message, relabel(issue)), error.message);
}

/** Calls the function on one row of scalar arguments. */
function callOnce(fn: SheetFunction, cells: readonly CellValue[], dates: SheetDates): SheetResult {
  try {
    const issues: InputIssue[] = [];
    const args: Record<string, unknown> = {};
    fn.parameters.forEach((parameter, index) => {
      try {
        args[parameter.name] = convertArgument(parameter, cells[index], dates);
      } catch (error) {
        if (!(error instanceof AlternanceInputError)) throw error;
        issues.push(...error.issues);
      }
    });
    if (issues.length > 0) throw new AlternanceInputError(issues, "fr");
    return resultCells(fn, fn.run(args));
  } catch (error) {
    if (error instanceof AlternanceInputError) return { type: "error", message: errorMessage(fn, error) };
    throw error;
  }
}

/** Types the implementation's result as cells. */
function resultCells(fn: SheetFunction, result: unknown): SheetResult {
  const { returns } = fn;
  if (typeof returns === "object") {
    const header: SheetCell[] = returns.table.map((column) => ({ type: "text", value: column.name }));
    const rows = (result as (string | number)[][]).map((row) =>
      row.map((value, index): SheetCell => {
        const type = returns.table[index]!.type;
        return type === "date" ? { type, value: String(value) } : type === "number" ? { type, value: Number(value) } : { type, value: String(value) };
      }),
    );
    return [header, ...rows];
  }
  if (result === null) return { type: "empty" };
  if (returns === "boolean") return { type: "boolean", value: Boolean(result) };
  if (returns === "date") return { type: "date", value: String(result) };
  return { type: "number", value: Number(result) };
}

type Range = readonly (readonly CellValue[])[];

const isRange = (argument: SheetArgument): argument is Range => Array.isArray(argument);

/** A 1×1 range is a cell (Excel passes every argument as a range). */
const unwrapSingleCell = (argument: SheetArgument): SheetArgument =>
  isRange(argument) && argument.length === 1 && argument[0]!.length === 1 ? argument[0]![0] : argument;

/** The error cell of a range argument that cannot be used. */
const rangeError = (parameter: string, fr: string, en: string): SheetCell => ({
  type: "error",
  message: new AlternanceInputError([inputIssue([parameter], "INVALID_RANGE", { fr, en }, "fr")], "fr").message,
});

/**
 * Evaluates a spreadsheet function. Ranges are mapped cell by cell (row by row for a column), so that
 * one formula fills a column: every range must have the same size, single cells are repeated, and a
 * row whose range cells are all empty gives an empty cell. A function that returns a table takes
 * single cells only.
 *
 * @param fn - the function (see {@link findSheetFunction})
 * @param args - the arguments, in the order of `fn.parameters` (missing trailing ones are omitted)
 * @param dates - how the host's `Date` cells map to days (Google Sheets: `zonedSheetDates` in the
 *   spreadsheet's zone; default: the script's zone)
 * @returns the result cells; input errors are `{ type: "error", message }` cells, never exceptions
 * @example
 * evaluateSheetFunction(findSheetFunction("ALT_SMIC"), ["2026-03-15"]); //=> { type: "number", value: 12.02 }
 * evaluateSheetFunction(findSheetFunction("ALT_SMIC"), [[["2026-03-15"], [""]], true]);
 * //=> [[{ type: "number", value: 1823.03 }], [{ type: "empty" }]]
 */
export function evaluateSheetFunction(fn: SheetFunction, args: readonly SheetArgument[], dates: SheetDates = localSheetDates): SheetResult {
  const cells = args.map(unwrapSingleCell);
  const ranges = cells.map((argument, index) => ({ argument, index })).filter((entry): entry is { argument: Range; index: number } => isRange(entry.argument));
  if (ranges.length === 0) return callOnce(fn, cells as CellValue[], dates);
  const nameOf = (index: number) => fn.parameters[index]?.name ?? `argument ${index + 1}`;
  if (typeof fn.returns === "object") {
    return rangeError(nameOf(ranges[0]!.index), "une seule cellule est attendue, pas une plage", "a single cell is expected, not a range");
  }
  const [first] = ranges;
  const height = first!.argument.length;
  const width = first!.argument[0]?.length ?? 0;
  const mismatch = ranges.find(({ argument }) => argument.length !== height || argument.some((row) => row.length !== width));
  if (mismatch) {
    return rangeError(
      nameOf(mismatch.index),
      `plage de taille différente de celle de ${nameOf(first!.index)} (${height} × ${width})`,
      `range of a different size from ${nameOf(first!.index)}`,
    );
  }
  return first!.argument.map((row, r) =>
    row.map((_, c): SheetCell => {
      const rowCells = cells.map((argument) => (isRange(argument) ? argument[r]![c] : argument));
      if (ranges.every(({ argument }) => isEmptyCell(argument[r]![c]))) return { type: "empty" };
      return callOnce(fn, rowCells, dates) as SheetCell;
    }),
  );
}
