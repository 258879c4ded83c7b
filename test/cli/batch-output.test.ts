/**
 * The batch writes its rows by blocks (issue 14: one stream write per row cost more than the row's
 * CSV line), and still streams: rows come out while a slow input is being read, a full block is written
 * before the end, and the rows handled before an input error are written.
 */
import { Readable, Writable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, test } from "vitest";
import { InputError, processCohort } from "../../src/cli/batch.js";
import { HEADER, row, rows } from "./cohort-files.js";

/** A writable that keeps what it is given, and counts the writes. */
function collector() {
  const state = { text: "", writes: 0 };
  const stream = new Writable({
    write: (chunk: Buffer, _encoding, callback) => {
      state.text += chunk.toString("utf8");
      state.writes += 1;
      callback();
    },
  });
  return { state, stream };
}

describe("batch output by blocks", () => {
  test("a slow input: the rows read so far are written before the rest arrives", async () => {
    const { state, stream } = collector();
    let writtenMeanwhile = "";
    const source = Readable.from(
      (async function* () {
        // The parser keeps the last line of what it has until the next arrives: R0 is released by R1.
        yield Buffer.from(`${HEADER}\n${row("R0")}\n${row("R1")}\n`);
        // Several turns of the event loop: the row read so far is handed to the output meanwhile.
        for (let turn = 0; turn < 5; turn += 1) await nextTurn();
        writtenMeanwhile = state.text;
        yield Buffer.from(`${row("R2")}\n`);
      })(),
    );
    const summary = await processCohort(source, stream, { format: "ndjson", locale: "fr" });
    expect(summary.rows).toBe(3);
    expect(writtenMeanwhile).toContain('"id":"R0"');
    expect(state.text.trim().split("\n")).toHaveLength(3);
  });

  test("1 000 rows read at once: a few writes, not one per row; every row written", async () => {
    const { state, stream } = collector();
    const summary = await processCohort(Readable.from([Buffer.from(rows(1000))]), stream, { format: "csv", locale: "fr" });
    expect(summary.rows).toBe(1000);
    expect(state.text.trim().split("\n")).toHaveLength(1001); // the header and 1 000 rows
    expect(state.writes).toBeLessThan(100);
  });

  test("an input that fails in the middle: every row handled before is written, then InputError", async () => {
    const { state, stream } = collector();
    const handled: Array<string | null> = [];
    const source = new Readable({ read() {} });
    source.push(Buffer.from(rows(3)));
    setTimeout(() => source.destroy(new Error("boom")), 50);
    await expect(processCohort(source, stream, { format: "ndjson", locale: "fr", onRecord: (record) => handled.push(record.id) })).rejects.toBeInstanceOf(InputError);
    await nextTurn();
    expect(handled.length).toBeGreaterThan(0);
    expect(state.text.trim().split("\n").map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(handled);
  });
});
