/**
 * Host-neutral conversions between spreadsheet cells and the library's inputs and outputs.
 *
 * Spreadsheets hand custom functions dates in three shapes: a `Date` (Google Sheets), a serial number
 * counted in days from 1899-12-30 (Excel, LibreOffice, HyperFormula, and Google Sheets for a number
 * typed in a cell) or a text (`AAAA-MM-JJ` or `JJ/MM/AAAA`). Enumerated values are accepted in French
 * or English, without regard to case, accents, spaces or underscores. Every conversion failure is an
 * `AlternanceInputError` naming the spreadsheet parameter, in French.
 */
import { AlternanceInputError, type InputIssue, type IsoDate } from "../index.js";
import { isIsoDate } from "../core/dates.js";
import { cutText } from "../core/echo.js";
import { inputIssue } from "../core/issues.js";
import { normalizeWord, unknownChoiceText, findChoice, type Choice } from "../core/french-words.js";
import { localSheetDates, type SheetDates } from "./time-zone.js";

export {
  ageBandLabel,
  aidEmployerChoices,
  apprenticeshipExceptionChoices,
  contractTypeChoices,
  employerChoices,
  netPayEmployerChoices,
  normalizeWord,
  policyChoices,
  qualificationChoices,
  trainingContractChoices,
} from "../core/french-words.js";
export type { Choice } from "../core/french-words.js";

/** A cell as an error message shows it: its text, cut to 60 characters (a 1 MB cell makes a short message). */
const shown = (value: unknown): string => cutText(String(value));

/**
 * One cell as a spreadsheet passes it to a custom function: a number, a text, a boolean, a `Date`
 * (Google Sheets), or nothing (`null`, `undefined` or `""` for an empty cell or an omitted argument).
 *
 * @example
 * const cell: CellValue = 45901; // 2025-09-01 as an Excel serial number
 */
export type CellValue = number | string | boolean | Date | null | undefined;

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day 0 of spreadsheet serial numbers (so that serial 61 is 1900-03-01, as in Excel). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
/**
 * First serial number accepted: 61 = 1900-03-01. Excel counts a fictitious 1900-02-29 (serial 60), so
 * serials below 61 name different days in Excel and in Google Sheets; the library needs no date that early.
 */
const FIRST_SERIAL = 61;
/** Last serial number accepted: 2199-12-31, the library's last date. */
const LAST_SERIAL = (Date.UTC(2199, 11, 31) - SERIAL_EPOCH_MS) / MS_PER_DAY;

/**
 * Tells whether a cell is empty: `null`, `undefined` or the empty text (Google Sheets and Excel pass
 * `""` for an empty cell; an omitted argument is `undefined`).
 *
 * @param value - a cell
 * @returns `true` when the cell holds nothing
 * @example
 * isEmptyCell(""); //=> true
 * isEmptyCell(0); //=> false
 */
export function isEmptyCell(value: CellValue): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/** Builds the French issue of a parameter (English wording kept for completeness of the issue text). */
function parameterIssue(parameter: string, code: string, fr: string, en: string): InputIssue {
  return inputIssue([parameter], code, { fr, en }, "fr");
}

/** Throws the `AlternanceInputError` of one wrong parameter. */
function fail(parameter: string, code: string, fr: string, en: string): never {
  throw new AlternanceInputError([parameterIssue(parameter, code, fr, en)], "fr");
}

const pad = (value: number, length: number): string => String(value).padStart(length, "0");

/**
 * Converts a spreadsheet serial number (days since 1899-12-30; any time of day is ignored) to an ISO date.
 *
 * @param serial - serial number, from 61 (1900-03-01) to 109574 (2199-12-31)
 * @param parameter - name of the spreadsheet parameter, for the error message
 * @returns the date `YYYY-MM-DD`
 * @throws AlternanceInputError `INVALID_DATE` outside that range or for a non-finite number
 * @example
 * isoDateFromSerial(45901); //=> "2025-09-01"
 * isoDateFromSerial(45901.75); //=> "2025-09-01"
 */
export function isoDateFromSerial(serial: number, parameter = "date"): IsoDate {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < FIRST_SERIAL || day > LAST_SERIAL) {
    fail(
      parameter,
      "INVALID_DATE",
      `numéro de série de date invalide « ${serial} » : entre ${FIRST_SERIAL} (01/03/1900) et ${LAST_SERIAL} (31/12/2199)`,
      `invalid date serial number "${serial}": between ${FIRST_SERIAL} (1900-03-01) and ${LAST_SERIAL} (2199-12-31)`,
    );
  }
  return new Date(SERIAL_EPOCH_MS + day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Converts an ISO date to the serial number spreadsheets store dates as (days since 1899-12-30).
 *
 * @param date - `YYYY-MM-DD`
 * @returns the serial number
 * @example
 * serialFromIsoDate("2025-09-01"); //=> 45901
 */
export function serialFromIsoDate(date: IsoDate): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return (Date.UTC(year, month - 1, day) - SERIAL_EPOCH_MS) / MS_PER_DAY;
}

/** Realm-independent test (a `Date` built in another V8 context fails `instanceof Date`). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads a date argument: a `Date` (its calendar day as `dates` reads it: in the spreadsheet's time
 * zone for Google Sheets, see `zonedSheetDates`), a serial number, or a text `AAAA-MM-JJ` or
 * `JJ/MM/AAAA`.
 *
 * @param value - the cell
 * @param parameter - name of the spreadsheet parameter, for the error message
 * @param dates - how the host's `Date` cells map to days (default: the script's zone, `localSheetDates`)
 * @returns the date `YYYY-MM-DD`
 * @throws AlternanceInputError `REQUIRED` for an empty cell, `INVALID_DATE` for anything else that is not a real date
 * @example
 * cellToIsoDate(new Date("2025-08-31T20:00:00Z"), "debut", zonedSheetDates({ timeZone: "Indian/Reunion" })); //=> "2025-09-01"
 * cellToIsoDate(45901, "debut"); //=> "2025-09-01"
 * cellToIsoDate("01/09/2025", "debut"); //=> "2025-09-01"
 */
export function cellToIsoDate(value: CellValue, parameter: string, dates: SheetDates = localSheetDates): IsoDate {
  if (isEmptyCell(value)) return fail(parameter, "REQUIRED", "champ obligatoire manquant", "required field is missing");
  if (typeof value === "number") return isoDateFromSerial(value, parameter);
  let text: string | null = null;
  if (isDate(value)) {
    if (!Number.isNaN(value.getTime())) text = dates.read(value);
  } else if (typeof value === "string") {
    const trimmed = value.trim();
    const french = FRENCH_DATE.exec(trimmed);
    text = french ? `${french[3]}-${pad(Number(french[2]), 2)}-${pad(Number(french[1]), 2)}` : trimmed;
  }
  if (text !== null && isIsoDate(text)) return text;
  return fail(
    parameter,
    "INVALID_DATE",
    `date invalide « ${shown(value)} » : une date du tableur, un texte AAAA-MM-JJ ou JJ/MM/AAAA est attendu (années 1900 à 2199)`,
    `invalid date "${shown(value)}": a spreadsheet date, a text YYYY-MM-DD or DD/MM/YYYY is expected (years 1900 to 2199)`,
  );
}

/**
 * Reads a number argument: a number, or a text written the French way (`1 234,56`) or the English way.
 *
 * @param value - the cell
 * @param parameter - name of the spreadsheet parameter, for the error message
 * @returns a finite number
 * @throws AlternanceInputError `REQUIRED` for an empty cell, `INVALID_TYPE` for anything else that is not a number
 * @example
 * toNumber("1 850,5", "smc"); //=> 1850.5
 */
export function toNumber(value: CellValue, parameter: string): number {
  if (isEmptyCell(value)) return fail(parameter, "REQUIRED", "champ obligatoire manquant", "required field is missing");
  const number = typeof value === "number" ? value : typeof value === "string" ? Number(value.replace(/[\s\u202f\u00a0]/g, "").replace(",", ".")) : Number.NaN;
  if (Number.isFinite(number)) return number;
  return fail(
    parameter,
    "INVALID_TYPE",
    `un nombre est attendu, reçu « ${shown(value)} »`,
    `a number is expected, got "${shown(value)}"`,
  );
}

const TRUE_WORDS = ["vrai", "oui", "true", "yes", "1"];
const FALSE_WORDS = ["faux", "non", "false", "no", "0"];

/**
 * Reads a yes/no argument: a boolean, `1`/`0`, or a text `VRAI`/`FAUX`, `oui`/`non`, `TRUE`/`FALSE`.
 *
 * @param value - the cell
 * @param parameter - name of the spreadsheet parameter, for the error message
 * @returns the boolean
 * @throws AlternanceInputError `REQUIRED` for an empty cell, `INVALID_TYPE` for anything else
 * @example
 * toBoolean("oui", "mensuel"); //=> true
 */
export function toBoolean(value: CellValue, parameter: string): boolean {
  if (isEmptyCell(value)) return fail(parameter, "REQUIRED", "champ obligatoire manquant", "required field is missing");
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  const word = typeof value === "string" ? normalizeWord(value) : "";
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return fail(
    parameter,
    "INVALID_TYPE",
    `VRAI ou FAUX est attendu, reçu « ${shown(value)} »`,
    `TRUE or FALSE is expected, got "${shown(value)}"`,
  );
}

/**
 * Reads an enumerated argument, in French or English (case, accents, spaces and underscores ignored).
 *
 * @param value - the cell
 * @param parameter - name of the spreadsheet parameter, for the error message
 * @param choices - the accepted values
 * @returns the library's value
 * @throws AlternanceInputError `REQUIRED` for an empty cell, `INVALID_VALUE` for an unknown word (the message lists the French words)
 * @example
 * toChoice("Apprentissage", "type", contractTypeChoices); //=> "apprenticeship"
 */
export function toChoice<Value extends string>(value: CellValue, parameter: string, choices: readonly Choice<Value>[]): Value {
  if (isEmptyCell(value)) return fail(parameter, "REQUIRED", "champ obligatoire manquant", "required field is missing");
  const found = findChoice(String(value), choices);
  if (found !== undefined) return found;
  return fail(parameter, "INVALID_VALUE", unknownChoiceText(shown(value), choices, "fr"), unknownChoiceText(shown(value), choices, "en"));
}
