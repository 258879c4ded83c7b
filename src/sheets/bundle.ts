/**
 * Entry of the single-file bundles (global `Alternance`): the whole public API, for scripts, plus the
 * spreadsheet entry points the generated Google Sheets and Excel wrappers call.
 */
export * from "../index.js";
export { excelCall, googleSheetsCall, sheetFunctions } from "./index.js";
