/**
 * The Excel host: what the generated `functions.js` custom functions call. Every argument is declared
 * `any[][]` (so a range can fill a column) and every result is returned as rows; dates come in and go
 * out as serial numbers (1899-12-30 epoch), to be shown with a date format.
 */
import { serialFromIsoDate } from "./adapters.js";
import { evaluateSheetFunction, findSheetFunction, type SheetArgument, type SheetCell } from "./evaluate.js";

/** Writes one cell. */
function excelCell<ErrorValue>(cell: SheetCell, makeError: (message: string) => ErrorValue): number | string | boolean | ErrorValue {
  switch (cell.type) {
    case "date":
      return serialFromIsoDate(cell.value);
    case "empty":
      return "";
    case "error":
      return makeError(cell.message);
    default:
      return cell.value;
  }
}

/**
 * Runs a spreadsheet function for Excel. Input errors become the error values built by `makeError`
 * (in `functions.js`: `new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message)`),
 * in the cell or row concerned.
 *
 * @param name - the function's name, e.g. `"ALT_APPRENTI_SALAIRE"`
 * @param args - the arguments as Excel passes them (`any[][]`, omitted ones `null` or `undefined`)
 * @param makeError - builds the host's error value from the French message
 * @returns the result as rows (a single value is a 1 × 1 array)
 * @example
 * excelCall("ALT_SMIC", [[[46096]], [[true]]], (message) => new Error(message)); //=> [[1823.03]]
 */
export function excelCall<ErrorValue>(
  name: string,
  args: readonly SheetArgument[],
  makeError: (message: string) => ErrorValue,
): (number | string | boolean | ErrorValue)[][] {
  const result = evaluateSheetFunction(findSheetFunction(name), args);
  return Array.isArray(result) ? result.map((row) => row.map((cell) => excelCell(cell, makeError))) : [[excelCell(result, makeError)]];
}
