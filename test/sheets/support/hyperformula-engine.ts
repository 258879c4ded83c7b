/**
 * The spreadsheet functions registered in HyperFormula (a real formula engine: parser, references,
 * ranges, spilled arrays, error values), configured like a French spreadsheet: French function names
 * (DATE, VRAI), `;` between arguments, `,` as decimal separator, dates typed `JJ/MM/AAAA`.
 *
 * The plugin is a host like Google Sheets and Excel: it hands the cells to `evaluateSheetFunction`
 * and writes the typed result cells back (dates as serial numbers, errors as #VALUE! with the message).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
  type RawCellContent,
} from "hyperformula";
import { frFR } from "hyperformula/i18n/languages";
import { evaluateSheetFunction, findSheetFunction, serialFromIsoDate, sheetFunctions } from "../../../src/sheets/index.js";
import type { CellValue, SheetArgument, SheetCell, SheetResult } from "../../../src/sheets/index.js";

/**
 * Rows reserved for a schedule whose arguments are cell references: HyperFormula sizes a spilled
 * array when it parses the formula, before the referenced cells have values. With constant
 * arguments the size is exact.
 */
export const SCHEDULE_CAPACITY = 24;

/** The parts of HyperFormula's AST that the plugin reads (the AST types are not exported). */
interface Ast {
  type: string;
  procedureName?: string;
  args?: Ast[];
  left?: Ast;
  right?: Ast;
  value?: unknown;
  expression?: Ast;
}

/** A scalar as HyperFormula passes it: dates and percentages are "rich numbers" `{ val, format }`. */
type ScalarIn = number | string | boolean | symbol | CellError | { val: number } | undefined;

const REFERENCE_NODES = new Set(["CELL_REFERENCE", "CELL_RANGE", "COLUMN_RANGE", "ROW_RANGE", "NAMED_EXPRESSION"]);

/** An expression without references: its value is known when the formula is parsed. */
function isConstant(ast: Ast): boolean {
  if (REFERENCE_NODES.has(ast.type)) return false;
  const children = [...(ast.args ?? []), ast.left, ast.right, ast.expression, typeof ast.value === "object" ? (ast.value as Ast) : undefined];
  return children.every((child) => child === undefined || child === null || isConstant(child));
}

function toCell(value: ScalarIn): CellValue {
  if (value === EmptyValue || value === undefined) return null;
  if (typeof value === "object" && "val" in value) return value.val;
  return value as CellValue;
}

function toArgument(value: unknown): SheetArgument | CellError {
  if (value instanceof CellError) return value;
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map((cell) => toCell(cell as ScalarIn)));
  return toCell(value as ScalarIn);
}

/** A cell value HyperFormula accepts from a function. */
type HyperFormulaCell = number | string | boolean | typeof EmptyValue | CellError;

function toHyperFormulaCell(cell: SheetCell): HyperFormulaCell {
  switch (cell.type) {
    case "date":
      return serialFromIsoDate(cell.value);
    case "empty":
      return EmptyValue;
    case "error":
      return new CellError(ErrorType.VALUE, cell.message);
    default:
      return cell.value;
  }
}

const sizeOf = (result: SheetResult): ArraySize =>
  Array.isArray(result) ? new ArraySize(result[0]?.length ?? 1, result.length) : ArraySize.scalar();

/** The HyperFormula plugin of every `ALT_…` function of the registry. */
export class AlternancePlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    sheetFunctions.map((fn) => [
      fn.name,
      {
        method: "alternance",
        sizeOfResultArrayMethod: "alternanceSize",
        vectorizationForbidden: true,
        ...(fn.returns === "date" ? { returnNumberType: "NUMBER_DATE" as never } : {}),
        parameters: fn.parameters.map((parameter) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: parameter.optional === true })),
      },
    ]),
  );

  /** Evaluates any `ALT_…` function: the name comes from the formula. */
  alternance(ast: Ast, state: unknown): HyperFormulaCell | SimpleRangeValue {
    const fn = findSheetFunction(ast.procedureName!);
    const size = this.alternanceSize(ast, state);
    return this.runFunction(ast.args as never, state as never, this.metadata(fn.name), (...values: unknown[]) => {
      const args = values.map(toArgument);
      const error = args.find((arg): arg is CellError => arg instanceof CellError);
      if (error) return error;
      const result = evaluateSheetFunction(fn, args as SheetArgument[]);
      if (!Array.isArray(result)) return toHyperFormulaCell(result);
      if (result.length > size.height) {
        return new CellError(ErrorType.VALUE, `${result.length} lignes, au-delà des ${size.height} réservées`);
      }
      const rows = result.map((row) => row.map(toHyperFormulaCell));
      while (rows.length < size.height) rows.push(Array.from({ length: size.width }, (): HyperFormulaCell => EmptyValue));
      return SimpleRangeValue.onlyValues(rows);
    });
  }

  /**
   * Size of the spilled result, known when the formula is parsed: a table from constant arguments is
   * computed; a table from references gets {@link SCHEDULE_CAPACITY} rows; a value from ranges has
   * the size of the ranges.
   */
  alternanceSize(ast: Ast, state: unknown): ArraySize {
    const fn = findSheetFunction(ast.procedureName!);
    const args = ast.args ?? [];
    if (typeof fn.returns === "object") {
      if (!args.every(isConstant)) return new ArraySize(fn.returns.table.length, SCHEDULE_CAPACITY + 1);
      const values = args.map((arg) => toArgument(this.evaluateAst(arg as never, state as never)));
      if (values.some((value) => value instanceof CellError)) return ArraySize.scalar();
      return sizeOf(evaluateSheetFunction(fn, values as SheetArgument[]));
    }
    const sizes = args.map((arg) => this.arraySizeForAst(arg as never, state as never));
    return new ArraySize(Math.max(1, ...sizes.map((size) => size.width)), Math.max(1, ...sizes.map((size) => size.height)));
  }
}

let registered = false;

/** Registers the French language and the plugin once per process. */
function register(): void {
  if (registered) return;
  if (!HyperFormula.getRegisteredLanguagesCodes().includes("frFR")) HyperFormula.registerLanguage("frFR", frFR);
  const names = Object.fromEntries(sheetFunctions.map((fn) => [fn.name, fn.name]));
  HyperFormula.registerFunctionPlugin(AlternancePlugin, { frFR: names, enGB: names });
  registered = true;
}

/**
 * Builds a French-configured HyperFormula workbook with one sheet holding `rows`.
 *
 * @param rows - cell contents, row by row (formulas start with `=`)
 * @returns the engine and the id of its sheet
 */
export function frenchWorkbook(rows: RawCellContent[][]): { hf: HyperFormula; sheet: number } {
  register();
  const hf = HyperFormula.buildFromArray(rows, {
    licenseKey: "gpl-v3",
    language: "frFR",
    functionArgSeparator: ";",
    decimalSeparator: ",",
    thousandSeparator: " ",
    arrayColumnSeparator: ";",
    arrayRowSeparator: "|",
    dateFormats: ["DD/MM/YYYY"],
  });
  return { hf, sheet: 0 };
}

/**
 * Evaluates one formula in a cell of a fresh French workbook (optionally next to other cells).
 *
 * @param formula - e.g. `=ALT_SMIC(DATE(2026;3;15))`
 * @returns the value of the cell (a `DetailedCellError` for an error)
 */
export function evaluateFormula(formula: string) {
  const { hf, sheet } = frenchWorkbook([[formula]]);
  return hf.getCellValue({ sheet, row: 0, col: 0 });
}
