/**
 * The Google Sheets host: what the generated `Code.js` wrappers call. Dates come in as `Date` objects
 * and go out as `Date` objects at local midnight (the script and the spreadsheet share the
 * Europe/Paris zone, set in appsscript.json).
 */
import { localDateFromIsoDate } from "./adapters.js";
import { evaluateSheetFunction, findSheetFunction, type SheetArgument, type SheetCell } from "./evaluate.js";

/**
 * A value Google Sheets accepts from a custom function: a number, a text, a boolean, a date, or rows of them.
 *
 * @example
 * const value: GoogleSheetsValue = [["du", "au"], [new Date(2025, 8, 1), new Date(2026, 7, 31)]];
 */
export type GoogleSheetsValue = number | string | boolean | Date | (number | string | boolean | Date)[][];

/** Writes one cell; an error inside an array becomes a text, since Sheets arrays cannot hold errors. */
function googleSheetsCell(cell: SheetCell): number | string | boolean | Date {
  switch (cell.type) {
    case "date":
      return localDateFromIsoDate(cell.value);
    case "empty":
      return "";
    case "error":
      return `Erreur : ${cell.message}`;
    default:
      return cell.value;
  }
}

/**
 * Runs a spreadsheet function for Google Sheets. An input error of a single-cell result is thrown as
 * an `Error` with the French message (Sheets shows `#ERROR!` and the message on hover); inside an
 * array (a column filled from ranges) it becomes the text `Erreur : <message>` in that row.
 *
 * @param name - the function's name, e.g. `"ALT_APPRENTI_SALAIRE"`
 * @param args - the arguments as Sheets passes them (cells, `Date`s, or ranges as rows)
 * @returns the value to return from the custom function
 * @throws Error with the French message for an input error in a single-cell result
 * @example
 * googleSheetsCall("ALT_APPRENTI_SALAIRE", [new Date(2006, 3, 10), new Date(2025, 8, 1), new Date(2025, 9, 1)]); //=> 774.77
 */
export function googleSheetsCall(name: string, args: readonly SheetArgument[]): GoogleSheetsValue {
  const result = evaluateSheetFunction(findSheetFunction(name), args);
  if (Array.isArray(result)) return result.map((row) => row.map(googleSheetsCell));
  if (result.type === "error") throw new Error(result.message);
  return googleSheetsCell(result);
}
