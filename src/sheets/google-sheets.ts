/**
 * The Google Sheets host: what the generated `Code.gs` wrappers call. Dates come in as `Date` objects
 * at midnight in the spreadsheet's time zone and go out the same way: the generated wrappers pass the
 * spreadsheet's zone and Google's date functions (`GoogleSheetsHost`), so that the day typed is the
 * day computed whatever the zone of the script (appsscript.json).
 */
import { evaluateSheetFunction, findSheetFunction, type SheetArgument, type SheetCell } from "./evaluate.js";
import { localSheetDates, zonedSheetDates, type GoogleSheetsHost, type SheetDates } from "./time-zone.js";

/**
 * A value Google Sheets accepts from a custom function: a number, a text, a boolean, a date, or rows of them.
 *
 * @example
 * const value: GoogleSheetsValue = [["du", "au"], [new Date(2025, 8, 1), new Date(2026, 7, 31)]];
 */
export type GoogleSheetsValue = number | string | boolean | Date | (number | string | boolean | Date)[][];

/** Writes one cell; an error inside an array becomes a text, since Sheets arrays cannot hold errors. */
function googleSheetsCell(cell: SheetCell, dates: SheetDates): number | string | boolean | Date {
  switch (cell.type) {
    case "date":
      return dates.write(cell.value);
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
 * @param host - the spreadsheet's time zone and Google's date functions (the generated Code.gs passes
 *   them); without it, `Date`s are read and written in the script's own zone
 * @returns the value to return from the custom function
 * @throws Error with the French message for an input error in a single-cell result
 * @example
 * // 10/04/2006, 01/09/2025 and 01/10/2025 typed in a spreadsheet set to La Réunion (UTC+4):
 * googleSheetsCall(
 *   "ALT_APPRENTI_SALAIRE",
 *   [new Date("2006-04-09T20:00:00Z"), new Date("2025-08-31T20:00:00Z"), new Date("2025-09-30T20:00:00Z")],
 *   { timeZone: "Indian/Reunion" },
 * ); //=> 774.77
 */
export function googleSheetsCall(name: string, args: readonly SheetArgument[], host?: GoogleSheetsHost): GoogleSheetsValue {
  const dates = host ? zonedSheetDates(host) : localSheetDates;
  const result = evaluateSheetFunction(findSheetFunction(name), args, dates);
  if (Array.isArray(result)) return result.map((row) => row.map((cell) => googleSheetsCell(cell, dates)));
  if (result.type === "error") throw new Error(result.message);
  return googleSheetsCell(result, dates);
}
