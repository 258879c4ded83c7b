import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  cellToIsoDate,
  evaluateSheetFunction,
  findSheetFunction,
  isoDateFromSerial,
  localSheetDates,
  serialFromIsoDate,
  sheetFunctions,
  type CellValue,
  type SheetCell,
} from "../../src/sheets/index.js";

const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** Dates where the library computes (contracts from 2019, births from 1960). */
const usefulDate = fc.date({ min: new Date(Date.UTC(1960, 0, 1)), max: new Date(Date.UTC(2032, 11, 31)), noInvalidDate: true });

/** Anything a user may put in a cell. */
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  usefulDate.map((date) => new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())),
  usefulDate.map((date) => date.toISOString().slice(0, 10)),
  usefulDate.map((date) => serialFromIsoDate(date.toISOString().slice(0, 10))),
  fc.constantFrom("apprentissage", "professionnalisation", "stage-alternance", "prive", "etat", "bac-pro-ou-plus", "inferieur-bac-pro", "rqth", "miage", "legale"),
  fc.constantFrom("", null, undefined, true, false, "VRAI", "non", "31/02/2025", "n'importe quoi"),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), // a cell never holds NaN or ±Infinity
  fc.integer({ min: -10, max: 3000 }),
  fc.string({ maxLength: 12 }),
);

const cells = (result: ReturnType<typeof evaluateSheetFunction>): SheetCell[] => (Array.isArray(result) ? result.flat() : [result]);

describe("date conversions (property)", () => {
  test("serial numbers, local Dates and JJ/MM/AAAA texts round-trip every date of the library's range", () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(isoDateFromSerial(serialFromIsoDate(date))).toBe(date);
        expect(cellToIsoDate(localSheetDates.write(date), "date")).toBe(date);
        expect(cellToIsoDate(`${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)}`, "date")).toBe(date);
        expect(Number.isInteger(serialFromIsoDate(date))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe("spreadsheet functions (property)", () => {
  test("any cells give result cells or error cells with a French message, never an exception, NaN or an invalid date", () => {
    fc.assert(
      fc.property(fc.constantFrom(...sheetFunctions), fc.array(anyCell, { minLength: 0, maxLength: 5 }), (fn, args) => {
        for (const cell of cells(evaluateSheetFunction(fn, args))) {
          switch (cell.type) {
            case "number":
              expect(Number.isFinite(cell.value)).toBe(true);
              break;
            case "date":
              expect(cellToIsoDate(cell.value, "date")).toBe(cell.value);
              break;
            case "error":
              expect(cell.message).toMatch(/^Données invalides : \S/);
              expect(cell.message).not.toMatch(/undefined|NaN|Invalid Date/);
              break;
            case "text":
              expect(typeof cell.value).toBe("string");
              break;
            default:
              expect(["boolean", "empty"]).toContain(cell.type);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test("amounts are in euros and cents", () => {
    const salaire = findSheetFunction("ALT_APPRENTI_SALAIRE");
    fc.assert(
      fc.property(usefulDate, usefulDate, usefulDate, fc.option(fc.integer({ min: 1, max: 48 })), (birth, start, date, hours) => {
        const iso = (d: Date) => d.toISOString().slice(0, 10);
        const result = evaluateSheetFunction(salaire, [iso(birth), iso(start), iso(date), null, hours]);
        if (!Array.isArray(result) && result.type === "number") expect(Math.round(result.value * 100)).toBeCloseTo(result.value * 100, 6);
      }),
      { numRuns: 300 },
    );
  });

  test("a range (of two rows or more: 1 × 1 is a single cell) gives, row by row, what one call per row gives", () => {
    const fn = findSheetFunction("ALT_APPRENTI_TAUX");
    fc.assert(
      fc.property(fc.array(fc.oneof(usefulDate.map((d) => d.toISOString().slice(0, 10)), fc.constant("")), { minLength: 2, maxLength: 8 }), (births) => {
        const column = evaluateSheetFunction(fn, [births.map((birth) => [birth]), "2025-09-01", "2026-03-01"]);
        expect(column).toEqual(
          births.map((birth) => [birth === "" ? { type: "empty" } : evaluateSheetFunction(fn, [birth, "2025-09-01", "2026-03-01"])]),
        );
      }),
      { numRuns: 150 },
    );
  });
});
