#!/usr/bin/env node
/**
 * Cold start of the built command line (issue 14 goals: `alternance smic` in at most 100 ms, the 13-line
 * cohort examples/cohort.csv end to end in at most 150 ms), with hyperfine (https://github.com/sharkdp/hyperfine)
 * when it is installed, else with repeated runs timed here: `node dist/cli.js smic`,
 * `node dist/cli.js batch examples/cohort.csv` and, for reference, an empty Node process.
 *
 *   npm run build && node test/bench/cli-cold-start.mjs [runs] [--cli dist/cli.js]
 *
 * NODE_EXTRA_CA_CERTS makes Node read a certificate bundle at start (≈ 40 ms on the project's machines):
 * when it is set, every command is measured twice, as the environment is and without it (the time a
 * user without that variable sees).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { cli: { type: "string", default: "dist/cli.js" } } });
const runs = Number(positionals[0] ?? 30);
const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = resolve(root, values.cli);
if (!existsSync(cli)) {
  process.stderr.write(`${cli} is missing: run \`npm run build\` first\n`);
  process.exit(1);
}
const directory = mkdtempSync(join(tmpdir(), "alternance-cold-start-"));
const empty = join(directory, "empty.js");
writeFileSync(empty, "");

const commands = [
  { name: "alternance smic", args: [cli, "smic"] },
  { name: "alternance batch examples/cohort.csv", args: [cli, "batch", join(root, "examples/cohort.csv")] },
  { name: "empty node process", args: [empty] },
];
const environments = process.env.NODE_EXTRA_CA_CERTS ? [{ name: "as is (NODE_EXTRA_CA_CERTS set)", unset: false }, { name: "without NODE_EXTRA_CA_CERTS", unset: true }] : [{ name: "", unset: false }];
const hyperfine = ["/usr/bin/hyperfine", "/usr/local/bin/hyperfine"].find((path) => existsSync(path));
const quote = (text) => (/^[\w./:-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`);

process.stdout.write(`node ${process.version}, ${runs} runs each${hyperfine ? ` (${hyperfine})` : ""}\n`);
for (const environment of environments) {
  if (environment.name) process.stdout.write(`— ${environment.name}\n`);
  const env = { ...process.env };
  if (environment.unset) delete env.NODE_EXTRA_CA_CERTS;
  for (const command of commands) {
    const line = [process.execPath, ...command.args].map(quote).join(" ");
    let stats;
    if (hyperfine) {
      const json = join(directory, "hyperfine.json");
      execFileSync(hyperfine, ["-N", "-i", "--warmup", "3", "--runs", String(runs), "--export-json", json, line], { env, stdio: "ignore" });
      const result = JSON.parse(readFileSync(json, "utf8")).results[0];
      stats = { mean: result.mean, min: result.min, median: result.median, cpu: result.user + result.system };
    } else {
      const times = [];
      for (let run = 0; run < runs + 3; run += 1) {
        const started = process.hrtime.bigint();
        spawnSync(process.execPath, command.args, { env, stdio: "ignore" });
        if (run >= 3) times.push(Number(process.hrtime.bigint() - started) / 1e9);
      }
      times.sort((a, b) => a - b);
      stats = { mean: times.reduce((a, b) => a + b, 0) / times.length, min: times[0], median: times[Math.floor(times.length / 2)], cpu: null };
    }
    const ms = (seconds) => `${(seconds * 1000).toFixed(1)} ms`;
    process.stdout.write(
      `  ${command.name.padEnd(38)} mean ${ms(stats.mean)}, median ${ms(stats.median)}, min ${ms(stats.min)}${stats.cpu === null ? "" : `, CPU ${ms(stats.cpu)}`}\n`,
    );
  }
}
rmSync(directory, { recursive: true, force: true });
