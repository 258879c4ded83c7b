#!/usr/bin/env node
/**
 * Load on loopback of the HTTP API (`alternance serve`, built: run `npm run build` first, or
 * `npm run bench:http`), with autocannon, bounded in time: requests per second and latency (p50, p99)
 * for one pay evaluation (`apprentice-minimum-wage`, with and without explanations) and for the
 * heaviest check (`check-contract-dates`), with one server process pinned to one core (autocannon on
 * the other, with `taskset` when there is one) and with `--workers 2`. Every answer must be a 200
 * with the expected result: a run with errors or non-2xx answers fails.
 *
 * On a machine shared with other work, requests per second measure the share of the cores the server
 * got. So the script also reads the CPU time the server's processes used (Linux /proc) and gives
 * requests per CPU-second: what one core given to the server alone serves.
 *
 *   node test/bench/http-load.mjs [seconds per run] [connections]      (default 10 s, 50 connections)
 *
 * Figures: docs/http.md ("Performance").
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 50);
const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
if (!existsSync(cli) || !existsSync(`${root}dist/schemas/openapi.json`)) {
  process.stderr.write("dist/cli.js or dist/schemas/ is missing: run `npm run build` first\n");
  process.exit(1);
}

const hasTaskset = (() => {
  try {
    execFileSync("taskset", ["-p", String(process.pid)], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** The request example of a route in the OpenAPI document (the catalogue's example) and its documented answer. */
const openApi = JSON.parse(readFileSync(`${root}dist/schemas/openapi.json`, "utf8"));
function documented(path) {
  const post = openApi.paths[path].post;
  return { body: post.requestBody.content["application/json"].example, expected: post.responses["200"].content["application/json"].example };
}
const pay = documented("/v1/apprentice-minimum-wage");
const dates = documented("/v1/check-contract-dates");
const contract = documented("/v1/check-apprenticeship-contract");
const scenarios = [
  { name: "apprentice-minimum-wage", path: "/v1/apprentice-minimum-wage", body: pay.body, check: (result) => result.monthlyMinimum === pay.expected.monthlyMinimum },
  {
    name: "apprentice-minimum-wage, explain: false",
    path: "/v1/apprentice-minimum-wage",
    body: { ...pay.body, explain: false },
    check: (result) => result.monthlyMinimum === pay.expected.monthlyMinimum,
  },
  { name: "check-contract-dates (MIAGE policy)", path: "/v1/check-contract-dates", body: dates.body, check: (result) => result.valid === dates.expected.valid },
  {
    name: "check-apprenticeship-contract (whole contract), explain: false",
    path: "/v1/check-apprenticeship-contract",
    body: { ...contract.body, explain: false },
    check: (result) => result.valid === contract.expected.valid,
  },
];

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) used so far by a process and its children (the workers), from /proc. */
function cpuSeconds(pid) {
  if (!existsSync(`/proc/${pid}/stat`)) return Number.NaN;
  const ticks = (id) => {
    try {
      const fields = readFileSync(`/proc/${id}/stat`, "utf8").split(") ")[1].split(" ");
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  };
  let children = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
  } catch {
    // no children listed
  }
  return (ticks(pid) + children.reduce((sum, child) => sum + ticks(child), 0)) / TICKS_PER_SECOND;
}

/** A free port of 127.0.0.1. */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server (one process pinned to core 0, or `--workers 2`) and waits for /healthz. */
async function startServer(workers) {
  const port = await freePort();
  const args = [cli, "serve", "--port", String(port), "--quiet", ...(workers > 1 ? ["--workers", String(workers)] : [])];
  const command = hasTaskset && workers === 1 ? ["taskset", ["-c", "0", process.execPath, ...args]] : [process.execPath, args];
  const child = spawn(command[0], command[1], { cwd: root, stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { child, url };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill("SIGKILL");
  throw new Error("the server did not start");
}

function stop(child) {
  return new Promise((resolve) => {
    child.once("exit", resolve);
    child.kill("SIGTERM");
  });
}

/** One autocannon run; fails on errors, timeouts or non-2xx answers. */
async function load(server, scenario, duration) {
  const body = JSON.stringify(scenario.body);
  const answer = await (await fetch(`${server.url}${scenario.path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body })).json();
  if (!scenario.check(answer)) throw new Error(`${scenario.name}: unexpected answer ${JSON.stringify(answer).slice(0, 200)}`);
  const cpuBefore = cpuSeconds(server.child.pid);
  const result = await autocannon({ url: `${server.url}${scenario.path}`, method: "POST", headers: { "content-type": "application/json" }, body, connections, duration });
  const cpu = cpuSeconds(server.child.pid) - cpuBefore;
  if (result.errors > 0 || result.timeouts > 0 || result.non2xx > 0) {
    throw new Error(`${scenario.name}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`);
  }
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    perCpuSecond: Number.isFinite(cpu) && cpu > 0 ? Math.round(result.requests.total / cpu) : "n/a",
    cpuShare: Number.isFinite(cpu) ? (cpu / duration).toFixed(2) : "n/a",
  };
}

const loadBefore = existsSync("/proc/loadavg") ? readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ") : "n/a";
if (hasTaskset) execFileSync("taskset", ["-cp", "1", String(process.pid)], { stdio: "ignore" });
const rows = [];
for (const workers of [1, 2]) {
  const server = await startServer(workers);
  try {
    // Warm-up: the first seconds compile the hot paths.
    for (const scenario of scenarios) await load(server, scenario, 2);
    for (const scenario of scenarios) {
      const figures = await load(server, scenario, seconds);
      rows.push({ setup: workers === 1 ? `1 process${hasTaskset ? " (core 0)" : ""}` : `--workers ${workers}`, scenario: scenario.name, ...figures });
      process.stderr.write(`${rows.at(-1).setup}, ${scenario.name}: ${figures.requestsPerSecond} req/s, p99 ${figures.p99} ms, ${figures.perCpuSecond} req per CPU-second\n`);
    }
  } finally {
    await stop(server.child);
  }
}

process.stdout.write(`\nNode ${process.version}, ${connections} connections, ${seconds} s per run${hasTaskset ? ", autocannon on core 1" : ""}\n\n`);
process.stdout.write(`load average before the runs: ${loadBefore}\n\n`);
process.stdout.write("| setup | request | req/s | p50 (ms) | p99 (ms) | CPU used (cores) | req per CPU-second |\n|---|---|---:|---:|---:|---:|---:|\n");
for (const row of rows) {
  process.stdout.write(`| ${row.setup} | ${row.scenario} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.cpuShare} | ${row.perCpuSecond} |\n`);
}
