/**
 * The examples work as documented: the Google Sheets sample layout (examples/google-sheets/cohorte.csv)
 * evaluated in a French-configured formula engine, and the French-first documentation naming every function and accepted word.
 */
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import {
  aidEmployerChoices,
  apprenticeshipExceptionChoices,
  contractTypeChoices,
  employerChoices,
  netPayEmployerChoices,
  policyChoices,
  qualificationChoices,
  serialFromIsoDate,
  sheetFunctions,
} from "../../src/sheets/index.js";
import { evaluateFormula, frenchWorkbook } from "./support/hyperformula-engine.js";

const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), "utf8");

describe("examples/google-sheets/cohorte.csv", async () => {
  const rows = parse(await read("examples/google-sheets/cohorte.csv"), { relax_column_count: true }) as string[][];
  const { hf, sheet } = frenchWorkbook(rows.map((row) => row.map((cell) => (cell === "" ? null : cell))));
  const column = (col: number) => [1, 2, 3, 4].map((row) => hf.getCellValue({ sheet, row, col }));

  test("one formula per column fills the cohort", () => {
    // Ana 18-20, 1st year; Bob 25 (21-25, 53 %); Chloé 18 on 2026-06-30 → 18-20 from 2026-07-01 (D6222-31),
    // SMIC 12,31 €; Dan 31: not eligible (L6222-1), 26 and over = 100 % of the SMIC (law.md §4.1, §4.6, §5).
    expect(column(5)).toEqual([true, true, true, false]);
    expect(column(6)).toEqual([43, 53, 43, 100]);
    expect(column(7)).toEqual([774.77, 954.95, 802.82, 1801.8]);
    // 25 % of 1 607 h a year (L6211-2; seed 003 §4.5): 3, 1, 2 and 2 years.
    expect(column(8)).toEqual([1205.25, 401.75, 803.5, 803.5]);
  });

  test("the schedule spills from B7 with its header row", () => {
    const header = [1, 2, 3, 4, 5, 6].map((col) => hf.getCellValue({ sheet, row: 6, col }));
    expect(header).toEqual(["du", "au", "année", "tranche", "taux", "montant"]);
    expect([1, 2, 3, 4, 5, 6].map((col) => hf.getCellValue({ sheet, row: 7, col }))).toEqual([
      serialFromIsoDate("2025-09-01"),
      serialFromIsoDate("2025-12-31"),
      1,
      "18-20 ans",
      43,
      774.77,
    ]);
    expect(hf.getCellValue({ sheet, row: 12, col: 6 })).toBe(1456.27); // 78 %, 3rd year, 21-25 (law.md §4.6)
    expect(hf.getCellValue({ sheet, row: 13, col: 6 })).toBeNull();
  });
});

describe("docs/spreadsheets.md", async () => {
  const doc = await read("docs/spreadsheets.md");

  test("French first, then English", () => {
    expect(doc.indexOf("# Fonctions pour tableurs")).toBe(0);
    expect(doc.indexOf("# Spreadsheet functions (English)")).toBeGreaterThan(doc.length / 3);
  });

  test.for(sheetFunctions.map((fn) => ({ name: fn.name })))("documents $name in both languages", ({ name }) => {
    const english = doc.indexOf("# Spreadsheet functions (English)");
    expect(doc.indexOf(name)).toBeLessThan(english);
    expect(doc.lastIndexOf(name)).toBeGreaterThan(english);
  });

  const words = [contractTypeChoices, qualificationChoices, employerChoices, apprenticeshipExceptionChoices, policyChoices, aidEmployerChoices, netPayEmployerChoices].flatMap((choices) =>
    choices.flatMap((choice) => [choice.fr, choice.value]),
  );
  test.for(words.map((word) => ({ word })))("lists the accepted word `$word`", ({ word }) => {
    expect(doc).toContain(`\`${word}\``);
  });

  // « Exemples vérifiés »: every row `| \`=formula\` | result | source |` is what a spreadsheet shows.
  const section = doc.slice(doc.indexOf("## Exemples vérifiés"), doc.indexOf("## Choix de lecture"));
  const examples = [...section.matchAll(/^\| `(=[^`]+)` \| ([^|]+) \| ([^|]+) \|$/gm)].map(([, formula, shown, source]) => ({ formula: formula!, shown: shown!.trim(), source: source!.trim() }));
  // Not in it: the schedule (shown as a table below) and the verification date (it moves with each data check).
  test("the verified examples cover every other function", () => {
    const named = new Set(examples.map(({ formula }) => /^=(ALT_\w+)/.exec(formula)![1]));
    expect(sheetFunctions.map((fn) => fn.name).filter((name) => !named.has(name))).toEqual(["ALT_APPRENTI_ECHEANCIER", "ALT_DONNEES_VERIFIEES_AU"]);
  });
  test.for(examples)("$formula shows $shown ($source)", ({ formula, shown }) => {
    const value = evaluateFormula(formula.replace(/\b(VRAI|FAUX)\b(?!\()/g, "$1()"));
    const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(shown);
    if (shown === "VRAI" || shown === "FAUX") expect(value).toBe(shown === "VRAI");
    else if (date) expect(value).toBe(serialFromIsoDate(`${date[3]}-${date[2]}-${date[1]}`));
    else expect(value).toBe(Number(shown.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".")));
  });
});
