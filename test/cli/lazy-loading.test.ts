/**
 * Each command loads only what it uses (issue 14, "speed where users feel it"): the built command line
 * is split into chunks (dist/cli.js and dist/cli/, tsup.config.ts) and the dispatcher imports a command's
 * modules with `import()` when it runs. Checked here on what a run of dist/cli.js loads, not on its
 * speed (figures: docs/performance.md, "CLI cold start"): a module hook (loaded-modules.mjs) writes down
 * every file and builtin the run loads, and each file's source map names the sources bundled in it
 * (src/…, or a package of node_modules: zod, csv-parse, hono…).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { CLI } from "./run-cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const hook = fileURLToPath(new URL("./loaded-modules.mjs", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "alternance-loaded-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A source of a bundled file, as `src/legal-values/smic.ts` or the package's name (`zod`, `@hono/node-server`). */
function sourceName(source: string): string {
  const path = source.replaceAll("\\", "/");
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (inPackage) return inPackage[1]!;
  return path.slice(path.lastIndexOf("src/"));
}

/** What `alternance …args` loads: Node's builtins (`node:http`) and the sources bundled in the files it reads. */
function loaded(args: readonly string[]): { code: number | null; builtins: string[]; sources: string[] } {
  const log = join(work, `${args.join("-").replace(/[^\w-]/g, "_")}.log`);
  const run = spawnSync(process.execPath, ["--import", hook, CLI, ...args], { cwd: root, encoding: "utf8", env: { ...process.env, LOADED_MODULES_LOG: log, NO_COLOR: "1" } });
  const urls = [...new Set(readFileSync(log, "utf8").split("\n").filter(Boolean))];
  const files = urls.filter((url) => url.startsWith("file:")).map((url) => fileURLToPath(url));
  const sources = files.flatMap((file) => (JSON.parse(readFileSync(`${file}.map`, "utf8")) as { sources: string[] }).sources.map(sourceName));
  return { code: run.status, builtins: urls.filter((url) => url.startsWith("node:")), sources: [...new Set(sources)] };
}

/** The HTTP server of `serve` (the framework, its Node adapter and Node's HTTP modules). */
const HTTP = ["hono", "@hono/node-server", "node:http", "node:http2", "src/cli/serve/"];
/** The library beyond the SMIC: the modules of the other commands. */
const OTHER_MODULES = ["src/pay/", "src/net-pay/", "src/contract/", "src/dates/", "src/eligibility/", "src/employer/", "src/internship/", "src/training-hours/", "src/programmes/"];

const rows = [
  {
    name: "the help loads neither the library nor its dependencies (issue 14: help must not need heavy modules)",
    args: ["--help"],
    loads: ["src/cli/main.ts", "src/cli/commands.ts"],
    never: [...HTTP, "csv-parse", "zod", "decimal.js", "src/legal-values/", "src/cli/batch.ts", ...OTHER_MODULES],
  },
  {
    name: "a command's help does not load its function either",
    args: ["pay", "apprenticeship", "--help"],
    loads: ["src/cli/commands.ts"],
    never: [...HTTP, "csv-parse", "zod", "decimal.js", ...OTHER_MODULES],
  },
  {
    name: "an unknown command is answered by the dispatcher alone",
    args: ["smik"],
    loads: ["src/cli/main.ts"],
    never: [...HTTP, "csv-parse", "zod", "decimal.js"],
  },
  {
    name: "smic loads the SMIC's module, zod and decimal.js, and nothing of serve, batch or the other commands (issue 14)",
    args: ["smic", "--date", "2026-03-15"],
    loads: ["src/legal-values/smic.ts", "zod", "decimal.js", "src/cli/render.ts"],
    never: [...HTTP, "csv-parse", "src/cli/batch.ts", "src/cli/cohort-row.ts", ...OTHER_MODULES],
  },
  {
    name: "a one-off command loads the library but not the HTTP server nor csv-parse",
    args: ["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--date", "2025-10-01"],
    loads: ["src/pay/apprenticeship.ts", "src/cli/render.ts"],
    never: [...HTTP, "csv-parse", "src/cli/batch.ts"],
  },
  {
    name: "batch loads csv-parse and the functions of a row, not the HTTP server nor the functions it does not call (src/cli/cohort-row.ts)",
    args: ["batch", "examples/cohort.csv"],
    loads: ["csv-parse", "src/cli/batch.ts", "src/contract/apprenticeship.ts", "src/employer/hiring-aid.ts"],
    never: [...HTTP, "src/internship/"],
  },
  {
    name: "serve loads the HTTP framework when it is asked for (the hook sees hono and node:http)",
    args: ["serve", "--help"],
    loads: ["hono", "node:http", "src/cli/serve/command.ts"],
    never: ["csv-parse"],
  },
];

describe("what a run of the built command line loads", () => {
  test.each(rows)("$name", ({ args, loads, never }) => {
    const { code, builtins, sources } = loaded(args);
    expect(code, "the command ran").not.toBe(3);
    const all = [...builtins, ...sources];
    for (const name of loads) expect(all.some((item) => item === name || item.startsWith(name)), `${name} is loaded`).toBe(true);
    for (const name of never) expect(all.filter((item) => item === name || item.startsWith(name)), `${name} is not loaded`).toEqual([]);
  });
});
