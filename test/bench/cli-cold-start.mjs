#!/usr/bin/env node
/**
 * Cold start of the built command line (issue 14 goals: `alternance smic` in at most 100 ms, the 13-line
 * cohort examples/cohort.csv end to end in at most 150 ms), with hyperfine (https://github.com/sharkdp/hyperfine)
 * when it is installed, else with repeated runs timed here: `node dist/cli.js smic`,
 * `node dist/cli.js batch examples/cohort.csv`, `node dist/cli.js --help` and `node -e 0`, all in the
 * same hyperfine run. Node's own start varies from one day to the next on a shared machine (55 to
 * 120 ms for `node -e 0`): each command is also given minus `node -e 0` (wall and CPU), the part the
 * project controls.
 *
 *   npm run build && node test/bench/cli-cold-start.mjs [runs] [--cli dist/cli.js] [--interleaved]
 *
 * --interleaved: the commands in turn, one hyperfine run of one pass each (after 3 passes of warm-up),
 * so that a change of the machine's load hits them all alike; the differences to `node -e 0` are then
 * the medians of the pass-by-pass differences. Steadier than one hyperfine run per command, where the
 * load may change between the commands.
 *
 * NODE_EXTRA_CA_CERTS makes Node read a certificate bundle at start (≈ 40 ms on the project's machines):
 * when it is set, every command is measured twice, as the environment is and without it (the time a
 * user without that variable sees).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { cli: { type: "string", default: "dist/cli.js" }, interleaved: { type: "boolean", default: false } } });
const runs = Number(positionals[0] ?? 30);
const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = resolve(root, values.cli);
if (!existsSync(cli)) {
  process.stderr.write(`${cli} is missing: run \`npm run build\` first\n`);
  process.exit(1);
}
const directory = mkdtempSync(join(tmpdir(), "alternance-cold-start-"));

const commands = [
  { name: "node -e 0 (reference)", args: ["-e", "0"] },
  { name: "alternance smic", args: [cli, "smic"] },
  { name: "alternance batch examples/cohort.csv", args: [cli, "batch", join(root, "examples/cohort.csv")] },
  { name: "alternance --help", args: [cli, "--help"] },
];
const environments = process.env.NODE_EXTRA_CA_CERTS ? [{ name: "as is (NODE_EXTRA_CA_CERTS set)", unset: false }, { name: "without NODE_EXTRA_CA_CERTS", unset: true }] : [{ name: "", unset: false }];
const hyperfine = ["/usr/bin/hyperfine", "/usr/local/bin/hyperfine"].find((path) => existsSync(path));
const quote = (text) => (/^[\w./:-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`);
const ms = (seconds) => `${(seconds * 1000).toFixed(1)} ms`;

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const lines = commands.map((command) => [process.execPath, ...command.args].map(quote).join(" "));
const json = join(directory, "hyperfine.json");

/** One pass of a command: wall time and CPU (user + system; null without hyperfine), in seconds. */
function pass(index, env) {
  if (hyperfine) {
    execFileSync(hyperfine, ["-N", "-i", "--runs", "1", "--export-json", json, lines[index]], { env, stdio: "ignore" });
    const [time] = JSON.parse(readFileSync(json, "utf8")).results;
    return { wall: time.mean, cpu: time.user + time.system };
  }
  const started = process.hrtime.bigint();
  spawnSync(process.execPath, commands[index].args, { env, stdio: "ignore" });
  return { wall: Number(process.hrtime.bigint() - started) / 1e9, cpu: null };
}

/** Per command: mean, median, min, CPU, and the medians of the pass-by-pass differences to `node -e 0`. */
function summary(passes) {
  const mean = (list) => list.reduce((sum, value) => sum + value, 0) / list.length;
  const cpu = passes[0][0].cpu !== null;
  return passes.map((list) => ({
    mean: mean(list.map((time) => time.wall)),
    median: median(list.map((time) => time.wall)),
    min: Math.min(...list.map((time) => time.wall)),
    cpu: cpu ? mean(list.map((time) => time.cpu)) : null,
    over: {
      wall: median(list.map((time, index) => time.wall - passes[0][index].wall)),
      cpu: cpu ? median(list.map((time, index) => time.cpu - passes[0][index].cpu)) : null,
    },
  }));
}

/** Mean, median, min and CPU (null without hyperfine) of each command, and its difference to `node -e 0`, in seconds. */
function measure(env) {
  if (hyperfine && !values.interleaved) {
    // -i: batch exits 1 (the cohort has rows that break a rule), as designed.
    execFileSync(hyperfine, ["-N", "-i", "--warmup", "3", "--runs", String(runs), "--export-json", json, ...lines], { env, stdio: "ignore" });
    const results = JSON.parse(readFileSync(json, "utf8")).results;
    return results.map((result) => ({
      mean: result.mean,
      median: result.median,
      min: result.min,
      cpu: result.user + result.system,
      over: { wall: result.mean - results[0].mean, cpu: result.user + result.system - results[0].user - results[0].system },
    }));
  }
  // The commands in turn (3 rounds of warm-up), so that a change of the machine's load hits them all.
  const passes = commands.map(() => []);
  for (let round = 0; round < runs + 3; round += 1) {
    commands.forEach((_, index) => {
      const time = pass(index, env);
      if (round >= 3) passes[index].push(time);
    });
  }
  return summary(passes);
}

const how = !hyperfine ? "" : values.interleaved ? ` (${hyperfine}, the commands in turn)` : ` (${hyperfine}, one run for all the commands)`;
process.stdout.write(`node ${process.version}, ${runs} runs each${how}\n`);
for (const environment of environments) {
  if (environment.name) process.stdout.write(`— ${environment.name}\n`);
  const env = { ...process.env };
  if (environment.unset) delete env.NODE_EXTRA_CA_CERTS;
  const kind = hyperfine && !values.interleaved ? "mean" : "median of the passes";
  measure(env).forEach((stats, index) => {
    const cpu = stats.cpu === null ? "" : `, CPU ${ms(stats.cpu)}`;
    const over = index === 0 ? "" : `  | minus node -e 0 (${kind}): ${ms(stats.over.wall)}${stats.over.cpu === null ? "" : `, CPU ${ms(stats.over.cpu)}`}`;
    process.stdout.write(`  ${commands[index].name.padEnd(38)} mean ${ms(stats.mean)}, median ${ms(stats.median)}, min ${ms(stats.min)}${cpu}${over}\n`);
  });
}
rmSync(directory, { recursive: true, force: true });
