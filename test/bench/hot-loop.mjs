#!/usr/bin/env node
/**
 * Warm per-call times of the built library, outside vitest (tinybench's means on a shared machine
 * swing by ±30 %): each case runs 20 000 warm-up calls, then `rounds` loops of `calls` calls; the best
 * loop and the median are printed, in µs per call. Used for the before/after of docs/performance.md.
 * Time is the process's CPU time (`process.cpuUsage`, user + system), not the wall clock: on a machine
 * shared with other processes, waiting for a core does not count (the wall clock is printed too).
 *
 *   node test/bench/hot-loop.mjs [dist/index.js] [rounds] [calls]
 *
 * Run `npm run build` first. The first argument may point at another build (e.g. a copy of main's
 * dist/ inside node_modules/, so that it finds zod and decimal.js), to compare two builds in turn.
 * Each case runs in its own Node process, so that one case's object shapes do not slow another's.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { resolve } from "node:path";

const entry = resolve(process.argv[2] ?? "dist/index.js");
const rounds = Number(process.argv[3] ?? 7);
const calls = Number(process.argv[4] ?? 100_000);
const only = process.argv[5];
const api = await import(pathToFileURL(entry).href);

// Inputs are object literals, built on each call as a caller would: an input built with an object
// spread (`{ ...defaults, date }`) gets a map of its own on every call in Node 20 (V8 11), and zod's
// reads of its fields are then several times slower (docs/performance.md, "spread inputs").
const dates = ["2025-10-01", "2026-02-15", "2026-07-01", "2027-03-01"];
const spreadBase = { birthDate: "2006-04-10", contractStart: "2025-09-01" };

const cases = {
  "apprenticeMinimumWage": (i) => api.apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: dates[i & 3] }),
  "apprenticeMinimumWage explain: false": (i) =>
    api.apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: dates[i & 3], explain: false }),
  "apprenticeMinimumWage, input built by spread": (i) => api.apprenticeMinimumWage({ ...spreadBase, date: dates[i & 3] }),
  "apprenticePaySchedule 3 years": () => api.apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2028-08-31" }),
  "apprenticePaySchedule 3 years explain: false": () =>
    api.apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2028-08-31", explain: false }),
  "one cohort row (eligibility, dates, schedule, hours)": () => cohortRow(true),
  "one cohort row explain: false": () => cohortRow(false),
};

/** The four calls of a row of examples/cohort.csv (L3I-01) in the batch of today. */
function cohortRow(explain) {
  api.checkApprenticeshipEligibility({ birthDate: "2005-03-14", contractStart: "2025-09-01", locale: "fr", explain });
  api.checkContractDates({
    contract: "apprenticeship",
    trainingStart: "2025-09-01",
    trainingEnd: "2026-07-03",
    contractStart: "2025-09-01",
    contractEnd: "2026-08-31",
    locale: "fr",
    explain,
    policy: "miageAixMarseille",
  });
  api.apprenticePaySchedule({ birthDate: "2005-03-14", contractStart: "2025-09-01", locale: "fr", explain, contractEnd: "2026-08-31" });
  api.checkTrainingHours({ contract: "apprenticeship", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: 590, locale: "fr", explain });
}

if (only === undefined) {
  // One process per case.
  for (const name of Object.keys(cases)) {
    process.stdout.write(execFileSync(process.execPath, [fileURLToPath(import.meta.url), entry, String(rounds), String(calls), name], { encoding: "utf8" }));
  }
  process.exit(0);
}
for (const [name, run] of Object.entries(cases)) {
  if (name !== only) continue;
  const n = name.includes("Schedule") || name.includes("cohort") ? Math.ceil(calls / 4) : calls;
  for (let i = 0; i < 20_000; i += 1) run(i);
  const times = [];
  const walls = [];
  for (let round = 0; round < rounds; round += 1) {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    for (let i = 0; i < n; i += 1) run(i);
    const used = process.cpuUsage(cpu);
    times.push((used.user + used.system) / n);
    walls.push(((performance.now() - wall) * 1000) / n);
  }
  times.sort((a, b) => a - b);
  walls.sort((a, b) => a - b);
  const format = (value) => value.toFixed(2).padStart(6);
  process.stdout.write(
    `${name.padEnd(52)} CPU best ${format(times[0])} µs, median ${format(times[Math.floor(times.length / 2)])} µs   (wall best ${format(walls[0])} µs)\n`,
  );
}
