#!/usr/bin/env node
/**
 * Benchmark of `alternance batch` on 100 000 rows (issue 14 goal: 1 000 000 contracts in at most 60 s on
 * one core, CSV in, CSV out). Builds a cohort by repeating the rows of examples/cohort.csv with fresh
 * ids, then times the built CLI (run `npm run build` first, or `npm run bench:batch`) writing NDJSON and
 * CSV to temporary files: wall time, CPU time of the process (user + system, from /usr/bin/time when the
 * machine has it: the batch runs on one thread, so that is its time on one core when the machine is
 * shared) and the extrapolation to 1 000 000 rows. With `--profile`, runs the CSV batch once more under
 * `--cpu-prof` and splits its time between reading the CSV (decoding, parsing, cells to values), the
 * rules (the library's functions), writing the output (cells, CSV lines, streams), garbage collection
 * and the start of Node, using the bundle's source map to tell them apart.
 *
 * With `--cohort varied`, the rows come from test/bench/varied-cohort.mjs instead (apprenticeship and
 * CPRO, ages 14 to 45, contracts of 1 to 4 years, Mayotte, about 7 % of wrong cells): no two rows alike,
 * so that no cache of a repeated row can flatter the figure. The profile also says how much of the
 * rules is the pay schedules, their net column and netPay, and the validation of the nested input.
 *
 *   node test/bench/batch-100k.mjs [rows] [--cli dist/cli.js] [--format csv|ndjson] [--cohort example|varied] [--profile]
 *
 * The batch of issue 17 (whole-contract checks per row) replaces today's: the script takes any CLI
 * with the same `batch` command, so the figures of docs/performance.md can be taken again as they are.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { variedCohort } from "./varied-cohort.mjs";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    cli: { type: "string", default: "dist/cli.js" },
    format: { type: "string" },
    cohort: { type: "string", default: "example" },
    profile: { type: "boolean", default: false },
  },
});
const rows = Number(positionals[0] ?? 100_000);
const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = resolve(root, values.cli);
if (!existsSync(cli)) {
  process.stderr.write(`${cli} is missing: run \`npm run build\` first\n`);
  process.exit(1);
}
const formats = values.format === undefined ? ["ndjson", "csv"] : [values.format];
if (values.cohort !== "example" && values.cohort !== "varied") throw new Error("--cohort example|varied");
const directory = mkdtempSync(join(tmpdir(), "alternance-bench-"));
const input = join(directory, "cohort.csv");
let lines;
if (values.cohort === "varied") lines = variedCohort(rows);
else {
  const [header, ...sample] = readFileSync(join(root, "examples/cohort.csv"), "utf8").trim().split("\n");
  lines = [header];
  for (let index = 0; index < rows; index += 1) {
    const row = sample[index % sample.length].split(";");
    row[0] = `R${index}`;
    lines.push(row.join(";"));
  }
}
writeFileSync(input, `${lines.join("\n")}\n`);

const timer = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
/** Runs the batch; returns wall and CPU seconds (CPU `null` without /usr/bin/time). */
function runBatch(format, extraNodeFlags = []) {
  const output = join(directory, `out.${format}`);
  const args = [...extraNodeFlags, cli, "batch", input, "--format", format, "--out", output];
  const started = process.hrtime.bigint();
  const child = timer
    ? spawnSync(timer, ["-f", "%U %S", process.execPath, ...args], { encoding: "utf8" })
    : spawnSync(process.execPath, args, { encoding: "utf8" });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0 && child.status !== 1) throw new Error(`batch exited ${child.status}: ${child.stderr}`); // 1 = some rows not ok, expected for this cohort
  const cpu = timer ? child.stderr.trim().split("\n").at(-1).split(" ").map(Number).reduce((a, b) => a + b, 0) : null;
  const written = readFileSync(output, "utf8").trim().split("\n").length - (format === "csv" ? 1 : 0);
  return { wall, cpu, written, size: statSync(output).size };
}

process.stdout.write(`node ${process.version}, ${rows} rows (${values.cohort} cohort), ${cli}\n`);
for (const format of formats) {
  const { wall, cpu, written, size } = runBatch(format);
  const perRow = (cpu ?? wall) / rows;
  process.stdout.write(
    `${format}: ${wall.toFixed(2)} s wall${cpu === null ? "" : `, ${cpu.toFixed(2)} s CPU`} (${((perRow) * 1e6).toFixed(0)} µs/row), ` +
      `${written} rows written, ${(size / 1e6).toFixed(1)} MB; 1 000 000 rows ≈ ${(perRow * 1e6).toFixed(0)} s\n`,
  );
}

if (values.profile) {
  const profiles = join(directory, "profiles");
  runBatch("csv", ["--cpu-prof", `--cpu-prof-dir=${profiles}`, "--cpu-prof-interval", "200"]);
  const file = readdirSync(profiles).find((name) => name.endsWith(".cpuprofile"));
  const { shares, within } = breakdown(JSON.parse(readFileSync(join(profiles, file), "utf8")));
  const total = [...shares.values()].reduce((a, b) => a + b, 0);
  process.stdout.write("csv, where the time goes (--cpu-prof):\n");
  for (const [part, time] of [...shares].sort((a, b) => b[1] - a[1])) {
    process.stdout.write(`  ${part.padEnd(52)} ${((100 * time) / total).toFixed(1).padStart(5)} %  (${(time / 1e6).toFixed(2)} s)\n`);
  }
  process.stdout.write("of which, inside the rules:\n");
  for (const [part, time] of within) {
    process.stdout.write(`  ${part.padEnd(52)} ${((100 * time) / total).toFixed(1).padStart(5)} %  (${(time / 1e6).toFixed(2)} s)\n`);
  }
}
rmSync(directory, { recursive: true, force: true });

/** Splits a CPU profile of the bundled CLI into reading, rules, output, garbage collection, start. */
function breakdown(profile) {
  // The CLI is dist/cli.js and its chunks in dist/cli/ (each command loaded when it runs): one source map each.
  const cliUrl = new URL(`file://${cli}`).href;
  const chunksUrl = `${cliUrl.replace(/\.js$/, "")}/`;
  const maps = new Map();
  const mapOf = (url) => {
    if (!maps.has(url)) {
      const file = fileURLToPath(url);
      maps.set(url, existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8"))) : null);
    }
    return maps.get(url);
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  /** The part of the batch a frame of the bundle belongs to, from its source file and name. */
  const partOf = (frame) => {
    if (frame.url !== cliUrl && !frame.url.startsWith(chunksUrl)) return null;
    const source = mapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber)?.originalSource ?? "";
    const name = frame.functionName;
    if (/node_modules\/csv-parse\//.test(source) || /src\/cli\/(encoding|values)\.ts$/.test(source)) return "reading the CSV (decoding, parsing, cell values)";
    if (/src\/cli\/cohort-row\.ts$/.test(source)) return name === "readCells" ? "reading the CSV (decoding, parsing, cell values)" : "rules (eligibility, dates, pay, training hours)";
    if (/src\/cli\/batch\.ts$/.test(source)) {
      if (["emit", "csvCells", "withoutExplanations", "describeViolations", "write"].includes(name)) return "writing the output (cells, CSV lines, streams)";
      return "reading the CSV (decoding, parsing, cell values)";
    }
    if (/src\/cli\/csv-cell\.ts$/.test(source)) return "writing the output (cells, CSV lines, streams)";
    if (/src\/cli\//.test(source)) return "command line (arguments, start)";
    return "rules (eligibility, dates, pay, training hours)";
  };
  const shares = new Map();
  // Parts of the rules followed on their own (the lead's netPay and schedule work is measured by them):
  // time spent with such a function on the stack, wherever it was called from.
  const followed = [
    ["pay schedules (apprentice, professionalisation)", /^(apprenticePaySchedule|professionalisationPaySchedule)$/],
    ["  their net column and totals (scheduleNet)", /^scheduleNet$/],
    ["  netPay", /^netPay$/],
    ["whole-contract input validation (the nested schema)", /^(checkApprenticeshipContract|checkProfessionalisationContract)>parseInput$/],
  ];
  const within = new Map(followed.map(([name]) => [name, 0]));
  profile.samples.forEach((id, index) => {
    const time = profile.timeDeltas[index] ?? 0;
    let part = null;
    const names = [];
    for (let current = id; current !== undefined; current = parent.get(current)) {
      const frame = byId.get(current).callFrame;
      names.push(frame.functionName);
      if (part !== null) continue;
      if (frame.functionName === "(garbage collector)") part = "garbage collection";
      else if (frame.functionName === "(idle)") part = "idle (waiting for the disk)";
      else part = partOf(frame);
    }
    part ??= "Node (start, module loading, event loop)";
    shares.set(part, (shares.get(part) ?? 0) + time);
    const calls = names.map((name, at) => `${names[at + 1] ?? ""}>${name}`);
    for (const [name, pattern] of followed) {
      if (names.some((frame) => pattern.test(frame)) || calls.some((call) => pattern.test(call))) within.set(name, within.get(name) + time);
    }
  });
  return { shares, within };
}
