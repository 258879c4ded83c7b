/**
 * Output for a terminal (issue 19): colours only where they help and only when wanted — rules not met
 * and errors red, warnings yellow, a valid status green and an invalid one red, titles bold — decided
 * by src/cli/colour.ts from the terminal, `NO_COLOR` (https://no-color.org) and `FORCE_COLOR`; and the
 * width of every table (one-off commands, check-contract, batch) from `--width`, `COLUMNS` or the
 * terminal (src/cli/layout.ts `terminalWidth`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { paint, statusTone } from "../../src/cli/colour.js";
import { runCheckContract } from "../../src/cli/check-contract.js";
import type { Io } from "../../src/cli/io.js";
import { terminalWidth } from "../../src/cli/layout.js";
import { run } from "../../src/cli/main.js";
import { CLI } from "./run-cli.js";

const ESCAPE = "\u001b[";
const [RED, YELLOW, GREEN, BOLD] = ["\u001b[31m", "\u001b[33m", "\u001b[32m", "\u001b[1m"];

/** The environment of the tests without the variables under test. */
function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["NO_COLOR", "FORCE_COLOR", "COLUMNS"]) delete env[name];
  return { ...env, ...extra };
}

/** The built CLI with its output piped (not a terminal). */
function piped(args: string[], extra: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { env: environment(extra), encoding: "utf8" });
  return { code: result.status, stdout: result.stdout };
}

/** The built CLI on a pseudo-terminal (util-linux `script`), where there is one. */
const SCRIPT = ["/usr/bin/script", "/bin/script"].find((path) => existsSync(path));
function onTerminal(args: string[], extra: Record<string, string> = {}) {
  const command = [process.execPath, CLI, ...args].map((word) => `'${word}'`).join(" ");
  const result = spawnSync(SCRIPT!, ["-qfec", command, "/dev/null"], { env: environment({ ...extra, COLUMNS: "100" }), encoding: "utf8" });
  return { code: result.status, stdout: result.stdout };
}

/** A 35-year-old: not eligible (L6222-1), so a red « non » and a red rule not met. */
const NOT_ELIGIBLE = ["eligibilite", "apprentissage", "--birth-date", "1990-04-10", "--contract-start", "2025-09-01"];

describe("colours: when", () => {
  test.for<{ name: string; env: Record<string, string>; colour: boolean }>([
    { name: "piped: none by default", env: {}, colour: false },
    { name: "piped, FORCE_COLOR=1: colours", env: { FORCE_COLOR: "1" }, colour: true },
    { name: "piped, FORCE_COLOR=0: none", env: { FORCE_COLOR: "0" }, colour: false },
    { name: "piped, NO_COLOR=1 and FORCE_COLOR=1: NO_COLOR wins", env: { NO_COLOR: "1", FORCE_COLOR: "1" }, colour: false },
    { name: "piped, NO_COLOR empty: as if unset", env: { NO_COLOR: "", FORCE_COLOR: "1" }, colour: true },
  ])("$name", ({ env, colour }) => {
    const { code, stdout } = piped(NOT_ELIGIBLE, env);
    expect(code).toBe(1);
    expect(stdout.includes(ESCAPE)).toBe(colour);
  });

  test.skipIf(SCRIPT === undefined)("on a terminal: colours by default; NO_COLOR=1 wins over the terminal", () => {
    expect(onTerminal(NOT_ELIGIBLE).stdout).toContain(`${RED}non`);
    expect(onTerminal(NOT_ELIGIBLE, { NO_COLOR: "1" }).stdout).not.toContain(ESCAPE);
  });
});

describe("colours: what", () => {
  test("a rule not met: the status red, the violation red, its title bold", () => {
    const { stdout } = piped(NOT_ELIGIBLE, { FORCE_COLOR: "1" });
    expect(stdout).toMatch(/Éligible +\u001b\[31mnon\u001b\[39m/);
    expect(stdout).toContain(`${BOLD}Règles non respectées\u001b[22m`);
    expect(stdout).toContain(`${RED}  ✗ AGE_ABOVE_MAXIMUM`);
  });

  test("a valid status green; warnings yellow; table titles bold, aligned as without colour", () => {
    // Contract ending after dataVerifiedUntil: PARAMETERS_NOT_VERIFIED (a warning).
    const args = ["salaire", "apprentissage", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--contract-end", "2028-08-31"];
    const coloured = piped(args, { FORCE_COLOR: "1" }).stdout;
    expect(coloured).toContain(`${YELLOW}  ! PARAMETERS_NOT_VERIFIED`);
    expect(coloured).toContain(`${BOLD}Périodes\u001b[22m`);
    expect(coloured).toContain(`${BOLD}Du\u001b[22m`);
    // Without the escapes, the very text of the plain output: colours never shift a column.
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(piped(args).stdout);
    expect(piped(["eligibilite", "apprentissage", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01"], { FORCE_COLOR: "1" }).stdout).toMatch(/Éligible +\u001b\[32moui\u001b\[39m/);
  });

  test("batch --format table: « conforme » green, « à revoir » and its detail red", () => {
    const { stdout } = piped(["lot", "examples/cohort.csv", "--format", "table"], { FORCE_COLOR: "1" });
    expect(stdout).toContain(`${GREEN}conforme`);
    expect(stdout).toContain(`${RED}à revoir`);
    expect(stdout).toContain(`${RED}AGE_ABOVE_MAXIMUM`);
    for (const line of stdout.replace(/\u001b\[\d+m/g, "").split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  test.for([
    { text: "oui", tone: "ok", colour: true, expected: `${GREEN}oui\u001b[39m` },
    { text: "non", tone: "error", colour: true, expected: `${RED}non\u001b[39m` },
    { text: "!", tone: "warning", colour: true, expected: `${YELLOW}!\u001b[39m` },
    { text: "Titre", tone: "title", colour: true, expected: `${BOLD}Titre\u001b[22m` },
    { text: "oui", tone: "ok", colour: false, expected: "oui" },
    { text: "", tone: "error", colour: true, expected: "" },
    { text: "texte", tone: undefined, colour: true, expected: "texte" },
  ] as const)("paint($text, $tone, $colour)", ({ text, tone, colour, expected }) => {
    expect(paint(text, tone, colour)).toBe(expected);
  });

  test("statusTone: true green, false red, anything else plain", () => {
    expect([true, false, null, "oui"].map(statusTone)).toEqual(["ok", "error", undefined, undefined]);
  });
});

describe("width: --width, else COLUMNS, else the terminal, else 80", () => {
  test.for([
    { env: {}, stdout: { isTTY: false }, expected: undefined, why: "a pipe: 80 applies" },
    { env: {}, stdout: { isTTY: true, columns: 132 }, expected: 132, why: "the terminal's width" },
    { env: { COLUMNS: "120" }, stdout: { isTTY: false }, expected: 120, why: "COLUMNS, even piped" },
    { env: { COLUMNS: "120" }, stdout: { isTTY: true, columns: 132 }, expected: 120, why: "COLUMNS before the terminal (as ls, Python's get_terminal_size)" },
    { env: { COLUMNS: "20" }, stdout: { isTTY: false }, expected: 40, why: "kept within 40 to 1000, as --width" },
    { env: { COLUMNS: "5000" }, stdout: { isTTY: false }, expected: 1000, why: "kept within 40 to 1000" },
    { env: { COLUMNS: "wide" }, stdout: { isTTY: true, columns: 90 }, expected: 90, why: "not a number: ignored" },
    { env: { COLUMNS: "" }, stdout: { isTTY: false }, expected: undefined, why: "empty: ignored" },
  ])("terminalWidth($env, $stdout) = $expected: $why", ({ env, stdout, expected }) => {
    expect(terminalWidth(env, stdout)).toBe(expected);
  });

  const document = readFileSync("examples/contract-miage.json", "utf8");
  async function checkContract(args: string[], columns?: number) {
    let stdout = "";
    const io: Io = { stdout: { write: (text: string) => ((stdout += text), true) }, stderr: { write: () => true }, today: () => "2026-03-15", ...(columns ? { columns } : {}) };
    const code = await runCheckContract(args, io, "fr", () => document);
    return { code, stdout };
  }

  test.for([
    { columns: undefined, width: 80, leftOut: true },
    { columns: 120, width: 120, leftOut: false },
  ])("check-contract --format table at $width columns (terminal: $columns)", async ({ columns, width, leftOut }) => {
    const { code, stdout } = await checkContract(["-", "--format", "table"], columns);
    expect(code).toBe(0);
    for (const line of stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(width);
    const periods = stdout.split("Périodes\n")[1]!.split("\n\n")[0]!;
    // At 80 columns the schedule leaves out the hourly SMIC, the base and the hourly minimum, and says so.
    expect(periods.includes("colonnes masquées")).toBe(leftOut);
    expect(periods.split("\n")[0]!.includes("SMIC")).toBe(!leftOut);
  });

  test("check-contract: --width wins; a bad --width is a usage error", async () => {
    const wide = await checkContract(["-", "--format", "table", "--width", "120"]);
    expect(wide.stdout.split("Périodes\n")[1]!.split("\n")[0]).toContain("SMIC");
    expect((await checkContract(["-", "--format", "table", "--width", "12"])).code).toBe(2);
  });

  test("COLUMNS=120 reaches check-contract and the one-off commands through the real process", () => {
    const contract = piped(["verifier-contrat", "examples/contract-miage.json", "--format", "table"], { COLUMNS: "120" }).stdout;
    expect(contract.split("Périodes\n")[1]!.split("\n")[0]).toContain("SMIC");
    expect(Math.max(...contract.split("\n").map((line) => line.length))).toBeGreaterThan(80);
    const schedule = piped(["salaire", "apprentissage", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--contract-end", "2027-08-31"], { COLUMNS: "120" }).stdout;
    expect(schedule).not.toContain("colonnes masquées");
  });

  test("with no terminal and no COLUMNS, 80 columns", () => {
    const { stdout } = piped(["verifier-contrat", "examples/contract-miage.json", "--format", "table"]);
    for (const line of stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
    expect(stdout).toContain("colonnes masquées");
  });
});

describe("on a terminal, CSV has no BOM (it would show); piped French CSV has one", () => {
  test.skipIf(SCRIPT === undefined)("a terminal", () => {
    expect(onTerminal(["smic", "--date", "2026-03-15", "--format", "csv"]).stdout.startsWith("horaire;")).toBe(true);
  });
  test("a pipe", () => {
    expect(piped(["smic", "--date", "2026-03-15", "--format", "csv"]).stdout.startsWith("\ufeffhoraire;")).toBe(true);
  });
});
