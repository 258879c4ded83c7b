/**
 * Spreadsheet functions (`ALT_…`) for Google Sheets, Excel and any engine that can call JavaScript:
 * the registry, the host-neutral adapters and evaluation, and the two host entry points.
 */
export {
  ageBandLabel,
  aidEmployerChoices,
  apprenticeshipExceptionChoices,
  cellToIsoDate,
  contractTypeChoices,
  employerChoices,
  isEmptyCell,
  isoDateFromSerial,
  netPayEmployerChoices,
  normalizeWord,
  policyChoices,
  qualificationChoices,
  serialFromIsoDate,
  toBoolean,
  toChoice,
  toNumber,
  trainingContractChoices,
} from "./adapters.js";
export type { CellValue, Choice } from "./adapters.js";
export { localSheetDates, startOfDayIn, zonedSheetDates } from "./time-zone.js";
export type { GoogleSheetsHost, SheetDates } from "./time-zone.js";
export { errorMessage, evaluateSheetFunction, findSheetFunction } from "./evaluate.js";
export type { SheetArgument, SheetCell, SheetResult } from "./evaluate.js";
export { excelCall } from "./excel.js";
export { googleSheetsCall } from "./google-sheets.js";
export type { GoogleSheetsValue } from "./google-sheets.js";
export { sheetFunctions } from "./registry.js";
export { defineSheetFunction } from "./sheet-function.js";
export type { ArgumentsOf, ParameterType, ResultOf, ResultType, SheetFunction, SheetParameter, TableColumn } from "./sheet-function.js";
