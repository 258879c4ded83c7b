#!/usr/bin/env node
/**
 * Benchmark of `alternance batch` on 100 000 rows (goal: under 20 s on the project's 2-core machines).
 * Builds a cohort by repeating the rows of examples/cohort.csv with fresh ids, then times the built CLI
 * (run `npm run build` first) writing NDJSON and CSV to temporary files.
 *
 *   node test/bench/batch-100k.mjs [rows]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const rows = Number(process.argv[2] ?? 100_000);
const root = fileURLToPath(new URL("../..", import.meta.url));
const [header, ...sample] = readFileSync(join(root, "examples/cohort.csv"), "utf8").trim().split("\n");
const directory = mkdtempSync(join(tmpdir(), "alternance-bench-"));
const input = join(directory, "cohort.csv");
const lines = [header];
for (let index = 0; index < rows; index += 1) {
  const row = sample[index % sample.length].split(";");
  row[0] = `R${index}`;
  lines.push(row.join(";"));
}
writeFileSync(input, `${lines.join("\n")}\n`);

for (const format of ["ndjson", "csv"]) {
  const output = join(directory, `out.${format}`);
  const started = process.hrtime.bigint();
  try {
    execFileSync(process.execPath, [join(root, "dist/cli.js"), "batch", input, "--format", format, "--out", output], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    if (error.status !== 1) throw error; // 1 = some rows not ok, expected for this cohort
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const written = readFileSync(output, "utf8").trim().split("\n").length - (format === "csv" ? 1 : 0);
  process.stdout.write(
    `${format}: ${rows} rows in ${seconds.toFixed(2)} s (${Math.round(rows / seconds)} rows/s, ${((seconds / rows) * 1e6).toFixed(0)} µs/row), ${written} written, ${(statSync(output).size / 1e6).toFixed(1)} MB\n`,
  );
}
rmSync(directory, { recursive: true, force: true });
