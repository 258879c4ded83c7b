/**
 * The batch builds no explanation it does not print (API.md §7b, issue 14): without `--explain` every
 * result of a row is computed with `explain: false` (so `explanation: []` in the records, and NDJSON
 * lines without `explanation`), with `--explain` the explanations are there; the answers, violations
 * and warnings are the same either way, row by row, on the shipped cohort.
 */
import { createReadStream } from "node:fs";
import { Writable } from "node:stream";
import { describe, expect, test } from "vitest";
import { processCohort, type BatchRecord } from "../../src/cli/batch.js";
import { evaluateRow } from "../../src/cli/cohort-row.js";
import { explanationCount, withoutExplanationText } from "../properties/support/explain-option.js";

/** Runs examples/cohort.csv through the batch; returns the records and the NDJSON written. */
async function cohort(explain: boolean) {
  const records: BatchRecord[] = [];
  let written = "";
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, callback) => {
      written += chunk.toString("utf8");
      callback();
    },
  });
  await processCohort(createReadStream("examples/cohort.csv"), sink, { format: "ndjson", locale: "fr", explain, onRecord: (record) => records.push(record) });
  return { records, written };
}

describe("alternance batch and explanations", () => {
  test("without --explain no step is built; with it every result has its steps; the rest is identical", async () => {
    const silent = await cohort(false);
    const explained = await cohort(true);
    expect(silent.records).toHaveLength(12);
    expect(silent.records.map((record) => explanationCount(record).steps)).toEqual(Array.from({ length: 12 }, () => 0));
    // Every valid row has results, and so explanations; the invalid one (M2-05, line 12: birth date
    // 2003-02-30) has only its input errors (the whole-contract check rejects the row).
    expect(explained.records.map((record) => explanationCount(record).steps > 0)).toEqual(Array.from({ length: 12 }, (_, index) => index !== 10));
    expect(explained.records[10]).toMatchObject({ id: "M2-05", status: "invalid" });
    expect(silent.records).toStrictEqual(withoutExplanationText(explained.records));
    expect(silent.written).not.toContain('"explanation"');
    expect(silent.written.trim().split("\n").map((line) => JSON.parse(line) as unknown)).toStrictEqual(
      explained.written
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line, (key, value: unknown) => (key === "explanation" ? undefined : value)) as unknown),
    );
  });

  test("evaluateRow passes the option to every call of the row (eligibility, dates, pay, training hours)", () => {
    const cells = {
      contract: "apprenticeship",
      birthDate: "2006-04-10",
      contractStart: "2025-09-01",
      contractEnd: "2026-08-31",
      trainingStart: "2025-09-01",
      trainingEnd: "2026-07-03",
      trainingHours: "590",
    };
    const silent = evaluateRow(cells, "fr", "miageAixMarseille", false);
    const explained = evaluateRow(cells, "fr", "miageAixMarseille");
    for (const part of ["eligibility", "dates", "pay", "trainingHours"] as const) {
      expect(explained[part]?.explanation.length, part).toBeGreaterThan(0);
      expect(silent[part]?.explanation, part).toEqual([]);
    }
    expect(silent.dates?.windows.explanation).toEqual([]);
    expect(silent).toStrictEqual(withoutExplanationText(explained));
  });
});
