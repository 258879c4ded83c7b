#!/usr/bin/env node
/**
 * Cold start of the built library (run `npm run build` first): in a fresh Node process each time,
 * the time to load the package (ESM `import` or CommonJS `require`), then the first call of
 * `apprenticeMinimumWage` (schemas and decimal.js warm up on it), then a second call for comparison.
 * Also the dependencies alone (zod/mini + decimal.js), and the whole process (spawn to exit) against an
 * empty `node -e ""`. Medians of N runs.
 *
 *   node test/bench/cold-start.mjs [runs]      (default 21)
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const runs = Number(process.argv[2] ?? 21);
const root = fileURLToPath(new URL("../..", import.meta.url));
const esm = fileURLToPath(new URL("../../dist/index.js", import.meta.url));
const cjs = fileURLToPath(new URL("../../dist/index.cjs", import.meta.url));
if (!existsSync(esm) || !existsSync(cjs)) {
  process.stderr.write("dist/index.js or dist/index.cjs is missing: run `npm run build` first\n");
  process.exit(1);
}

const INPUT = { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" };
const EXPECTED = 774.77; // test/cases/seed-examples.json: apprentice aged 19 in year 1, 43 % of the SMIC

/** Child script: prints load, first-call and second-call times in milliseconds, as JSON. */
const probe = (load) => `
const t0 = performance.now();
${load}
const t1 = performance.now();
const first = api.apprenticeMinimumWage(${JSON.stringify(INPUT)});
const t2 = performance.now();
const second = api.apprenticeMinimumWage(${JSON.stringify({ ...INPUT, date: "2025-11-01" })});
const t3 = performance.now();
if (first.monthlyMinimum !== ${EXPECTED} || second.monthlyMinimum !== ${EXPECTED}) throw new Error("unexpected result " + first.monthlyMinimum);
process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1, second: t3 - t2 }));
`;

const variants = [
  { name: "ESM import", args: ["--input-type=module", "-e", probe(`const api = await import(${JSON.stringify(esm)});`)] },
  { name: "CommonJS require", args: ["--input-type=commonjs", "-e", probe(`const api = require(${JSON.stringify(cjs)});`)] },
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => `${value.toFixed(1)} ms`;

function spawnTime(args) {
  const started = process.hrtime.bigint();
  const stdout = execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  return { wall: Number(process.hrtime.bigint() - started) / 1e6, stdout };
}

const empty = median(Array.from({ length: runs }, () => spawnTime(["-e", ""]).wall));
process.stdout.write(`node ${process.version}, ${runs} runs each, medians\n`);
process.stdout.write(`empty node process: ${ms(empty)}\n`);
const depsOnly = median(
  Array.from({ length: runs }, () => {
    const { stdout } = spawnTime(["--input-type=module", "-e", `const t0 = performance.now(); await import("zod/mini"); await import("decimal.js"); process.stdout.write(String(performance.now() - t0));`]);
    return Number(stdout);
  }),
);
process.stdout.write(`the dependencies alone (import zod/mini + decimal.js): ${ms(depsOnly)}\n`);
for (const variant of variants) {
  const samples = Array.from({ length: runs }, () => {
    const { wall, stdout } = spawnTime(variant.args);
    return { wall, ...JSON.parse(stdout) };
  });
  const pick = (key) => median(samples.map((sample) => sample[key]));
  process.stdout.write(
    `${variant.name}: load ${ms(pick("load"))}, first call ${ms(pick("first"))}, load + first call ${ms(median(samples.map((s) => s.load + s.first)))}, ` +
      `second call ${ms(pick("second"))}; whole process ${ms(pick("wall"))} (${ms(pick("wall") - empty)} over an empty process)\n`,
  );
}
