/**
 * Issue 13, command-line side: each reproducer, run on the built CLI as a child process, as users run
 * it. Paths that cannot be used are usage errors (exit 2) with a French message and no stack trace; a
 * reader that closes the pipe ends the batch quietly; Ctrl-C and SIGTERM remove the temporary --out
 * file and say « interrompu »; a file that mixes encodings is never garbled silently; an unclosed
 * quote is reported line by line and counted; numbers are decimal only.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { HEADER, row, rows, scratchFolder } from "./cohort-files.js";
import { CLI, runCli } from "./run-cli.js";

const { directory, file } = scratchFolder("alternance-hardening-");
const ndjson = (stdout: string) => stdout.trim().split("\n").map((line) => JSON.parse(line) as { line: number; id: string | null; status: string; errors: Array<{ field: string; message: string }> });
/** No stack trace, no internal error: what a user must never see. */
const expectNoCrash = (stderr: string) => {
  expect(stderr).not.toMatch(/\n\s+at |erreur interne|internal error|Unhandled|node:events/);
};
const cohort = file("cohort.csv", `${HEADER}\n${row("A")}\n${row("B")}\n`);
const leftovers = (folder: string) => readdirSync(folder).filter((entry) => entry.endsWith(".tmp"));

/** A large cohort, for the batch to be still running when it is interrupted. */
const large = file("large.csv", rows(100_000));

/** Runs the CLI, calls `act` with the child once `ready` says so, and resolves with its end. */
function runUntil(args: string[], ready: (child: ReturnType<typeof spawn>, output: { stdout: string }) => boolean, act: (child: ReturnType<typeof spawn>) => void) {
  return new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: directory, stdio: ["ignore", "pipe", "pipe"] });
    const output = { stdout: "", stderr: "" };
    let done = false;
    const check = () => {
      if (!done && ready(child, output)) {
        done = true;
        clearInterval(timer);
        act(child);
      }
    };
    const timer = setInterval(check, 20);
    child.stdout!.on("data", (chunk: Buffer) => {
      output.stdout += chunk.toString();
      check();
    });
    child.stdout!.on("error", () => undefined);
    child.stderr!.on("data", (chunk: Buffer) => (output.stderr += chunk.toString()));
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ code, stderr: output.stderr, stdout: output.stdout });
    });
  });
}

describe("CLI reproducers 1 and 2: a path that cannot be used is a usage error (exit 2), never a crash", () => {
  const folder = join(directory, "somedir");
  mkdirSync(folder);
  const cases = [
    { name: "a folder as input", args: ["batch", folder], message: `alternance batch : lecture impossible de « ${folder} » : c'est un dossier` },
    { name: "--out in a folder that does not exist", args: ["batch", cohort, "--out", join(directory, "no/such/dir/x.ndjson")], message: `alternance batch : --out : écriture impossible de « ${join(directory, "no/such/dir/x.ndjson")} » : le dossier n'existe pas` },
    { name: "--out through a file", args: ["batch", cohort, "--out", `${cohort}/x`], message: "un élément du chemin n'est pas un dossier" },
    { name: "--out an existing folder (once exit 3 and a stack trace)", args: ["batch", cohort, "--out", folder], message: `alternance batch : --out : écriture impossible de « ${folder} » : c'est un dossier` },
    { name: "--out a folder, in English", args: ["batch", cohort, "--out", folder, "--lang", "en"], message: `alternance batch : --out : cannot write "${folder}": it is a folder` },
    ...(existsSync("/proc") ? [{ name: "--out in /proc", args: ["batch", cohort, "--out", "/proc/x.ndjson"], message: "--out : écriture impossible de « /proc/x.ndjson »" }] : []),
  ];
  test.for(cases)("$name", ({ args, message }) => {
    const { code, stdout, stderr } = runCli(args);
    expect(stderr).toContain(message);
    expectNoCrash(stderr);
    expect(stdout).toBe("");
    expect(code).toBe(2);
    expect(leftovers(directory)).toEqual([]);
  });
});

/** Child processes on a shared machine: a generous timeout for the tests that wait for one to run. */
const SLOW = 60_000;

describe("CLI reproducer 3: a reader that closes the pipe (| head -1) ends the batch quietly", () => {
  test("batch to standard output, the reader gone after the first line: exit 0, nothing on stderr", async () => {
    const { code, stderr, stdout } = await runUntil(
      ["batch", large],
      (_, output) => output.stdout.includes("\n"),
      (child) => child.stdout!.destroy(),
    );
    expect(stdout.split("\n")[0]).toContain('"id":"R0"');
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, SLOW);
});

describe("CLI reproducer 4: Ctrl-C or SIGTERM during a large batch", () => {
  test("SIGINT with --out: the temporary file is removed, « interrompu » on stderr, exit 130", async () => {
    const out = join(directory, "interrupted.ndjson");
    const temporary = () => readdirSync(directory).find((entry) => entry.startsWith(".interrupted.ndjson.") && entry.endsWith(".tmp"));
    const { code, stderr } = await runUntil(
      ["batch", large, "--out", out],
      () => {
        const name = temporary();
        return name !== undefined && statSync(join(directory, name)).size > 0;
      },
      (child) => child.kill("SIGINT"),
    );
    expect(stderr).toMatch(/^alternance batch : interrompu \(SIGINT\) après \d+ lignes ; .*interrupted\.ndjson n'a pas été écrit\n$/);
    expect(code).toBe(130);
    expect(temporary()).toBeUndefined();
    expect(existsSync(out)).toBe(false);
  }, SLOW);

  test("SIGTERM on standard output: « interrompu » on stderr, exit 143 (128 + 15)", async () => {
    const { code, stderr } = await runUntil(
      ["batch", large, "--lang", "en"],
      (_, output) => output.stdout.length > 0,
      (child) => child.kill("SIGTERM"),
    );
    expect(stderr).toMatch(/alternance batch : interrupted \(SIGTERM\) after \d+ rows\n$/);
    expect(code).toBe(143);
  }, SLOW);
});

describe("CLI reproducer 5: a file that mixes encodings is never garbled silently", () => {
  test("UTF-8 text, then a Windows-1252 byte in the same 64 KiB block: the UTF-8 before it is read right, and the mix is said", () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\n${row("Hélène")}\n`, "utf8"),
      Buffer.from(`${row("Zoé")}\n`, "latin1"),
      Buffer.from(`${row("Chloé")}\n`, "utf8"),
    ]);
    const { code, stdout, stderr } = runCli(["batch", file("mixed.csv", bytes)]);
    expect(ndjson(stdout).map((record) => record.id)).toEqual(["Hélène", "Zoé", "ChloÃ©"]);
    expect(stderr).toContain(
      "alternance batch : le fichier mélange deux encodages : UTF-8 (ligne 2) et Windows-1252 (ligne 3, premier octet qui n'est pas de l'UTF-8) ; il est lu en UTF-8 jusque-là, en Windows-1252 ensuite : les accents de la ligne 4 sont mal lus ; enregistrez le fichier en UTF-8",
    );
    expect(code).toBe(0);
  });

  test("a Windows-1252 file (French Excel) is read without a warning", () => {
    const { stdout, stderr } = runCli(["batch", file("excel.csv", Buffer.from(`${HEADER}\n${row("Hélène")}\n${row("Zoé")}\n`, "latin1"))]);
    expect(ndjson(stdout).map((record) => record.id)).toEqual(["Hélène", "Zoé"]);
    expect(stderr).toBe("2 lignes : 2 conformes, 0 avec règles non respectées, 0 invalide\n");
  });
});

describe("CLI reproducer 6: an unclosed quote is reported line by line and counted honestly", () => {
  test("a 10-row file with a quote opened on line 4: 10 rows, lines 4 to 11 invalid", () => {
    const rows = Array.from({ length: 10 }, (_, index) => row(`R${index + 1}`));
    rows[2] = rows[2]!.replace("R3", '"R3');
    const { code, stdout, stderr } = runCli(["batch", file("quote.csv", `${HEADER}\n${rows.join("\n")}\n\n`)]);
    const records = ndjson(stdout);
    expect(records.map((record) => [record.line, record.status])).toEqual([
      [2, "ok"],
      [3, "ok"],
      ...Array.from({ length: 8 }, (_, index) => [index + 4, "invalid"]),
    ]);
    expect(records[2]!.errors[0]!.message).toBe("guillemet ouvert jamais fermé : les lignes 4 à 11 ont été lues comme un seul enregistrement illisible");
    expect(records[9]!.errors[0]!.message).toBe("ligne illisible : avalée par le guillemet ouvert ligne 4 et jamais fermé");
    expect(stderr).toBe(
      "alternance batch : guillemet ouvert ligne 4 jamais fermé : 8 lignes illisibles (4 à 11), chacune sortie comme invalide\n" +
        "10 lignes : 2 conformes, 0 avec règles non respectées, 8 invalides\n",
    );
    expect(code).toBe(1);
  });
});

describe("hex, octal, binary and exponent forms are not numbers (issue 13)", () => {
  test.for(["0x135", "0o17", "0b11", "1e3", "Infinity"])("--n %s: exit 2, decimal writing only", (text) => {
    const { code, stderr } = runCli(["working-days", "add", "--date", "2026-05-07", "--n", text, "--kind", "ouvres"]);
    expect(stderr).toBe(
      `alternance : --n : nombre attendu, reçu « ${text} » : seule l'écriture décimale est admise, avec une virgule ou un point (ni hexadécimal, ni octal, ni binaire, ni exposant)\n`,
    );
    expect(code).toBe(2);
  });

  test("a batch cell 0x23 in weeklyHours: the row is invalid, the others go on", () => {
    const path = file("hex.csv", `${HEADER};weeklyHours\n${row("H")};0x23\n${row("D")};35\n`);
    const records = ndjson(runCli(["batch", path, "--lang", "en"]).stdout);
    expect(records.map((record) => [record.id, record.status])).toEqual([
      ["H", "invalid"],
      ["D", "ok"],
    ]);
    expect(records[0]!.errors[0]!.message).toBe('a number is expected, got "0x23": only decimal writing is accepted, with a comma or a point (no hexadecimal, octal, binary or exponent)');
  });
});
