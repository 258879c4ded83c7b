/**
 * Issue 13, command-line side, in-process (so that coverage sees it; hardening.test.ts runs the built
 * CLI as users do): interruptions through `Io.onInterrupt`, output and input stream errors, the
 * messages for unusable paths, the encoding decision, unclosed quotes with blank lines, decimal-only
 * numbers.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { describe, expect, test } from "vitest";
import { fileProblem, openOutput } from "../../src/cli/batch-files.js";
import { InputError, processCohort, type BatchRecord } from "../../src/cli/batch.js";
import { CsvDecoder, scanUtf8 } from "../../src/cli/encoding.js";
import { ignoreClosedPipe, nodeIo, type InterruptSignal, type Io } from "../../src/cli/io.js";
import { run } from "../../src/cli/main.js";
import { toNumber } from "../../src/cli/values.js";
import { HEADER, row, rows, scratchFolder } from "./cohort-files.js";

const { directory, file } = scratchFolder("alternance-hardening-in-");

/**
 * Runs the CLI in-process; `interrupt` fires the interruption when a write to stdout or stderr
 * matches; `onWrite` sees every write (to act in the middle of a batch).
 */
async function cli(
  args: string[],
  options: { stdout?: Io["stdout"]; tty?: boolean; interrupt?: { signal: InterruptSignal; when: (text: string) => boolean }; onWrite?: (text: string) => void } = {},
) {
  let stdout = "";
  let stderr = "";
  let handler: ((signal: InterruptSignal) => void) | undefined;
  let unsubscribed = false;
  const maybeInterrupt = (text: string) => {
    options.onWrite?.(text);
    if (options.interrupt && handler && options.interrupt.when(text)) {
      const fire = handler;
      handler = undefined;
      fire(options.interrupt.signal);
    }
  };
  const code = await run(args, {
    stdout: options.stdout ?? { write: (text: string) => ((stdout += text), maybeInterrupt(text), true) },
    stderr: { write: (text: string) => ((stderr += text), maybeInterrupt(text), true), isTTY: options.tty === true },
    today: () => "2026-03-15",
    onInterrupt: (next) => {
      handler = next;
      return () => {
        unsubscribed = true;
      };
    },
  });
  return { code, stdout, stderr, unsubscribed };
}

/** A standard output whose writes fail with `code` (a closed pipe, a full disk). */
const failingOutput = (code: string) =>
  new Writable({
    write: (_chunk, _encoding, callback) => callback(Object.assign(new Error(`write ${code}`), { code })),
  });

describe("interruptions (Io.onInterrupt)", () => {
  test("Ctrl-C on standard output: stops at once, « interrompu », exit 130, the listener removed", async () => {
    const { code, stderr, stdout, unsubscribed } = await cli(["batch", file("thousand.csv", rows(1000))], { interrupt: { signal: "SIGINT", when: (text) => text.includes('"R0"') } });
    expect(stdout.trim().split("\n").length).toBeLessThan(200);
    expect(stderr).toMatch(/^alternance batch : interrompu \(SIGINT\) après \d+ lignes?\n$/);
    expect(code).toBe(130);
    expect(unsubscribed).toBe(true);
  });

  test("SIGTERM with --out on a terminal: the progress line cleared, the temporary file removed, exit 143", async () => {
    const out = join(directory, "stopped.ndjson");
    const { code, stderr } = await cli(["batch", file("thousand-out.csv", rows(1000)), "--out", out, "--lang", "en"], {
      tty: true,
      interrupt: { signal: "SIGTERM", when: (text) => text.includes("500 rows") },
    });
    expect(stderr).toMatch(/\r\u001b\[Kalternance batch : interrupted \(SIGTERM\) after \d+ rows; .*stopped\.ndjson was not written\n$/);
    expect(code).toBe(143);
    expect(readdirSync(directory).filter((entry) => entry.includes("stopped.ndjson"))).toEqual([]);
  });

  test("Ctrl-C with --out, in French: the file not written is named", async () => {
    const out = join(directory, "arrêt.ndjson");
    const { code, stderr } = await cli(["batch", file("thousand-fr.csv", rows(1000)), "--out", out], { tty: true, interrupt: { signal: "SIGINT", when: (text) => text.includes("500 lignes") } });
    expect(stderr).toMatch(/alternance batch : interrompu \(SIGINT\) après \d+ lignes? ; .*arrêt\.ndjson n'a pas été écrit\n$/);
    expect(code).toBe(130);
  });

  test("nodeIo: the handler is called once on a signal (Node passes its name), and no longer after unsubscribing", () => {
    const seen: string[] = [];
    const before = process.listenerCount("SIGINT");
    const stop = nodeIo().onInterrupt!((signal) => seen.push(signal));
    expect(process.listenerCount("SIGINT")).toBe(before + 1);
    (process.emit as (event: string, signal: string) => boolean)("SIGTERM", "SIGTERM");
    expect(seen).toEqual(["SIGTERM"]);
    expect(process.listenerCount("SIGINT")).toBe(before);
    const again = nodeIo().onInterrupt!((signal) => seen.push(signal));
    again();
    expect(process.listenerCount("SIGINT")).toBe(before);
    stop();
  });
});

describe("stream errors", () => {
  test("a closed pipe on standard output (| head -1): exit 0, not a word", async () => {
    const result = await cli(["batch", file("pipe.csv", rows(3))], { stdout: failingOutput("EPIPE") });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  test("a full disk behind standard output: exit 2 with the reason", async () => {
    const result = await cli(["batch", file("full.csv", rows(3))], { stdout: failingOutput("ENOSPC") });
    expect(result.stderr).toBe("alternance batch : écriture impossible de « la sortie standard » : plus de place sur le disque\n");
    expect(result.code).toBe(2);
  });

  test("standard input that fails while read: exit 2 with the reason", async () => {
    const failing = new Readable({ read() {
      this.destroy(Object.assign(new Error("read EIO"), { code: "EIO" }));
    } });
    const stdin = Object.getOwnPropertyDescriptor(process, "stdin")!;
    Object.defineProperty(process, "stdin", { value: failing, configurable: true });
    try {
      const result = await cli(["batch", "-", "--lang", "en"]);
      expect(result.stderr).toBe('alternance batch : cannot read "standard input": EIO\n');
      expect(result.code).toBe(2);
    } finally {
      Object.defineProperty(process, "stdin", stdin);
    }
  });

  test("--out made a folder while the batch runs: the rename fails, exit 2 with the reason, no temporary file left", async () => {
    const out = join(directory, "becomes-a-folder.ndjson");
    let made = false;
    const { code, stderr } = await cli(["batch", file("thousand-rename.csv", rows(1000)), "--out", out], {
      tty: true,
      onWrite: (text) => {
        if (!made && text.includes("500 lignes")) {
          made = true;
          mkdirSync(join(out, "inside"), { recursive: true });
        }
      },
    });
    expect(stderr).toContain(`alternance batch : écriture impossible de « ${out.length > 60 ? `${out.slice(0, 60)}…` : out} » : c'est un dossier`);
    expect(code).toBe(2);
    expect(readdirSync(directory).filter((entry) => entry.startsWith(".becomes-a-folder"))).toEqual([]);
  });

  test("a slow reader: the batch waits for the buffer to drain, and every row gets through", async () => {
    let lines = 0;
    const slow = new Writable({
      highWaterMark: 1,
      write: (chunk: Buffer, _encoding, callback) => {
        lines += chunk.toString().split("\n").length - 1;
        setImmediate(callback);
      },
    });
    const summary = await processCohort(Readable.from([Buffer.from(rows(50))]), slow, { format: "csv", locale: "fr" });
    expect(summary.rows).toBe(50);
    expect(lines).toBe(51);
  });

  test("processCohort rejects with InputError when the source fails", async () => {
    const source = new Readable({ read() {
      this.destroy(new Error("boom"));
    } });
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    await expect(processCohort(source, sink, { format: "ndjson", locale: "fr" })).rejects.toBeInstanceOf(InputError);
  });

  test("ignoreClosedPipe: a closed pipe is ignored, anything else thrown", () => {
    expect(() => ignoreClosedPipe(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }))).not.toThrow();
    expect(() => ignoreClosedPipe(Object.assign(new Error("write EIO"), { code: "EIO" }))).toThrow("write EIO");
  });
});

describe("paths that cannot be used: the reason, in French and English", () => {
  const error = (code?: string) => Object.assign(new Error(code ? `${code}: something` : "plain message"), code ? { code } : {});
  test.for([
    { action: "read", code: "ENOENT", fr: "lecture impossible de « f.csv » : fichier ou dossier introuvable", en: 'cannot read "f.csv": no such file or folder' },
    { action: "write", code: "ENOENT", fr: "écriture impossible de « f.csv » : le dossier n'existe pas", en: 'cannot write "f.csv": the folder does not exist' },
    { action: "write", code: "ENOTDIR", fr: "écriture impossible de « f.csv » : un élément du chemin n'est pas un dossier", en: 'cannot write "f.csv": a part of the path is not a folder' },
    { action: "read", code: "EISDIR", fr: "lecture impossible de « f.csv » : c'est un dossier", en: 'cannot read "f.csv": it is a folder' },
    { action: "read", code: "EACCES", fr: "lecture impossible de « f.csv » : accès refusé", en: 'cannot read "f.csv": permission denied' },
    { action: "write", code: "EPERM", fr: "écriture impossible de « f.csv » : accès refusé", en: 'cannot write "f.csv": permission denied' },
    { action: "write", code: "EROFS", fr: "écriture impossible de « f.csv » : système de fichiers en lecture seule", en: 'cannot write "f.csv": read-only file system' },
    { action: "write", code: "EDQUOT", fr: "écriture impossible de « f.csv » : plus de place sur le disque", en: 'cannot write "f.csv": no space left on the disk' },
    { action: "read", code: "EIO", fr: "lecture impossible de « f.csv » : EIO", en: 'cannot read "f.csv": EIO' },
    { action: "read", code: undefined, fr: "lecture impossible de « f.csv » : plain message", en: 'cannot read "f.csv": plain message' },
  ] as const)("$action $code", ({ action, code, fr, en }) => {
    expect(fileProblem(action, "f.csv", error(code), "fr")).toBe(fr);
    expect(fileProblem(action, "f.csv", error(code), "en")).toBe(en);
  });

  test("a long path is cut in the message", () => {
    expect(fileProblem("read", "d".repeat(500), error("ENOENT"), "en")).toBe(`cannot read "${"d".repeat(60)}…": no such file or folder`);
  });

  test("openOutput: discard removes the temporary file and leaves the target untouched", () => {
    const target = join(directory, "kept.ndjson");
    writeFileSync(target, "before");
    const out = openOutput(target, "fr");
    out.stream.write("partial");
    out.discard();
    expect(readdirSync(directory).filter((entry) => entry.startsWith(".kept.ndjson."))).toEqual([]);
  });

  test("--out an existing folder, in-process: exit 2", async () => {
    const { code, stderr } = await cli(["batch", file("to-folder.csv", rows(1)), "--out", directory, "--lang", "en"]);
    expect(stderr).toMatch(/^alternance batch : --out : cannot write ".*": it is a folder\n$/);
    expect(code).toBe(2);
  });

  test("a value that is not an Error is shown as text", () => {
    expect(fileProblem("write", "f.csv", "disk on fire", "fr")).toBe("écriture impossible de « f.csv » : disk on fire");
  });

  test("openOutput: a temporary file that cannot be removed yet is removed once closed", async () => {
    const target = join(directory, "stubborn.ndjson");
    const out = openOutput(target, "fr");
    // Stand-in for Windows, where an open file cannot be removed: a non-empty folder under its name.
    const temporary = join(directory, `.stubborn.ndjson.${process.pid}.tmp`);
    rmSync(temporary);
    mkdirSync(join(temporary, "inside"), { recursive: true });
    out.discard();
    await new Promise<void>((resolve) => out.stream.once("close", () => resolve()));
    // Removed once closed when it can be; here the folder stays (rmSync without recursive), and no error escapes.
    expect(readdirSync(directory).filter((entry) => entry.startsWith(".stubborn"))).toEqual([`.stubborn.ndjson.${process.pid}.tmp`]);
  });

  test.runIf(existsSync("/proc/self/mem"))("a file that cannot be read once opened (/proc/self/mem): exit 2 with the reason", async () => {
    const { code, stderr } = await cli(["batch", "/proc/self/mem"]);
    expect(stderr).toMatch(/^alternance batch : lecture impossible de « \/proc\/self\/mem » : \S+/);
    expect(code).toBe(2);
  });

  test("standard input on a terminal: the progress bar without a share", async () => {
    const stdin = Object.getOwnPropertyDescriptor(process, "stdin")!;
    Object.defineProperty(process, "stdin", { value: Readable.from([Buffer.from(rows(500))]), configurable: true });
    try {
      const result = await cli(["batch", "-", "--lang", "en"], { tty: true });
      expect(result.stderr).toContain("\r[....................] 0 % 500 rows");
      expect(result.code).toBe(0);
    } finally {
      Object.defineProperty(process, "stdin", stdin);
    }
  });

  test("a folder as input, in-process: exit 2", async () => {
    const { code, stderr } = await cli(["batch", directory]);
    expect(stderr).toBe(`alternance batch : lecture impossible de « ${directory.length > 60 ? `${directory.slice(0, 60)}…` : directory} » : c'est un dossier\n`);
    expect(code).toBe(2);
  });
});

describe("the encoding is decided on the whole file (docs/cli.md)", () => {
  test.for([
    { name: "ASCII", bytes: [0x41, 0x42], valid: 2, incomplete: false },
    { name: "é in UTF-8", bytes: [0xc3, 0xa9], valid: 2, incomplete: false },
    { name: "é in Windows-1252", bytes: [0x41, 0xe9, 0x41], valid: 1, incomplete: false },
    { name: "a lone continuation byte", bytes: [0x80], valid: 0, incomplete: false },
    { name: "an overlong 2-byte form (C0)", bytes: [0xc0, 0x80], valid: 0, incomplete: false },
    { name: "€ cut after 2 bytes", bytes: [0x41, 0xe2, 0x82], valid: 1, incomplete: true },
    { name: "E0 needs A0 at least", bytes: [0xe0, 0x80, 0x80], valid: 0, incomplete: false },
    { name: "ED: no surrogates", bytes: [0xed, 0xa0, 0x80], valid: 0, incomplete: false },
    { name: "F0 needs 90 at least", bytes: [0xf0, 0x80, 0x80, 0x80], valid: 0, incomplete: false },
    { name: "F4 stops at U+10FFFF", bytes: [0xf4, 0x90, 0x80, 0x80], valid: 0, incomplete: false },
    { name: "an emoji", bytes: [0xf0, 0x9f, 0x8e, 0x93], valid: 4, incomplete: false },
    { name: "F1 with a bad third byte", bytes: [0xf1, 0x80, 0x41, 0x80], valid: 0, incomplete: false },
    { name: "F5 is never UTF-8", bytes: [0xf5, 0x80, 0x80, 0x80], valid: 0, incomplete: false },
  ])("scanUtf8: $name", ({ bytes, valid, incomplete }) => {
    expect(scanUtf8(Uint8Array.from(bytes))).toEqual({ valid, incomplete });
  });

  const decode = async (chunks: Buffer[]) => {
    const decoder = new CsvDecoder();
    let text = "";
    for await (const chunk of Readable.from(chunks).pipe(decoder)) text += chunk as string;
    return { text, decoder };
  };

  test("UTF-8 then a Windows-1252 byte in the same block: what came before stays UTF-8 (issue 13, reproducer 5)", async () => {
    const { text, decoder } = await decode([Buffer.concat([Buffer.from("a\nHélène\n", "utf8"), Buffer.from("Zoé\n", "latin1")])]);
    expect(text).toBe("a\nHélène\nZoé\n");
    expect(decoder.mixedEncoding()).toEqual({ switchedAtLine: 3, utf8Before: 2, utf8After: [] });
  });

  test("UTF-8 lines after the switch are noted (at most 5, once per line)", async () => {
    const utf8 = (text: string) => Buffer.from(text, "utf8");
    const { decoder } = await decode([Buffer.from("a\nZoé\n", "latin1"), utf8("é é\nx\n"), ...Array.from({ length: 6 }, () => utf8("ü\n")), utf8("€\n🎓\n")]);
    expect(decoder.mixedEncoding()).toEqual({ switchedAtLine: 2, utf8Before: null, utf8After: [3, 5, 6, 7, 8] });
  });

  test("a file in one encoding is not mixed", async () => {
    expect((await decode([Buffer.from("a\nHélène\n", "utf8")])).decoder.mixedEncoding()).toBeNull();
    expect((await decode([Buffer.from("a\nHélène\n", "latin1")])).decoder.mixedEncoding()).toBeNull();
  });

  test("the batch says it, in English", async () => {
    const path = file("mixed.csv", Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from(`${row("Zoé")}\n`, "latin1"), Buffer.from(`${row("Chloé")}\n${row("Éric")}\n`, "utf8")]));
    const { stderr } = await cli(["batch", path, "--lang", "en"]);
    expect(stderr).toContain(
      "alternance batch : the file mixes two encodings: UTF-8 (line 3) and Windows-1252 (line 2, first byte that is not UTF-8); it is read as UTF-8 up to there, as Windows-1252 after: accents on lines 3, 4 are misread; save the file as UTF-8",
    );
  });

  test("several misread lines, in French; one, in English", async () => {
    const utf8 = (text: string) => Buffer.from(text, "utf8");
    const several = file("mixed-several.csv", Buffer.concat([Buffer.from(`${HEADER}\n${row("Zoé")}\n`, "latin1"), utf8(`${row("Chloé")}\n${row("Éric")}\n`)]));
    expect((await cli(["batch", several])).stderr).toContain("les accents des lignes 3, 4 sont mal lus");
    const one = file("mixed-one.csv", Buffer.concat([Buffer.from(`${HEADER}\n${row("Zoé")}\n`, "latin1"), utf8(`${row("Chloé")}\n`)]));
    expect((await cli(["batch", one, "--lang", "en"])).stderr).toContain("accents on line 3 are misread");
  });

  test("UTF-8 before the switch only: the accents are to check", async () => {
    const path = file("mixed-before.csv", Buffer.concat([Buffer.from(`${HEADER}\n${row("Hélène")}\n`, "utf8"), Buffer.from(`${row("Zoé")}\n`, "latin1")]));
    expect((await cli(["batch", path, "--lang", "en"])).stderr).toContain("as Windows-1252 after: check the accents; save the file as UTF-8");
    expect((await cli(["batch", path])).stderr).toContain("en Windows-1252 ensuite : vérifiez les accents ; enregistrez le fichier en UTF-8");
  });
});

describe("an unclosed quote, with blank lines in what it swallows", () => {
  test("blank lines are not rows; the lines listed one by one when they are not consecutive", async () => {
    const records: BatchRecord[] = [];
    const warnings: string[] = [];
    const text = `${HEADER}\n${row("A")}\n"B;apprenticeship\n\nC\n\n\nD\n`;
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    const summary = await processCohort(Readable.from([Buffer.from(text)]), sink, { format: "ndjson", locale: "en", onRecord: (record) => records.push(record), onWarning: (warning) => warnings.push(warning) });
    expect(records.map((record) => [record.line, record.status])).toEqual([
      [2, "ok"],
      [3, "invalid"],
      [5, "invalid"],
      [8, "invalid"],
    ]);
    expect(summary).toEqual({ rows: 4, ok: 1, violations: 0, invalid: 3 });
    expect(warnings).toEqual(["a quote opened on line 3 is never closed: 3 unreadable lines (3, 5, 8), each output as invalid"]);
  });

  test.for([
    { name: "English, three lines or more", locale: "en" as const, text: `${HEADER}\n"A\nB\nC\n`, warning: "a quote opened on line 2 is never closed: 3 unreadable lines (2 to 4), each output as invalid", first: "a quote is never closed: lines 2 to 4 were read as one unreadable record" },
    { name: "French, one line", locale: "fr" as const, text: `${HEADER}\n"A`, warning: "guillemet ouvert ligne 2 jamais fermé : 1 ligne illisible (2), chacune sortie comme invalide", first: "guillemet ouvert jamais fermé : la ligne 2 a été lue comme un enregistrement illisible" },
    { name: "English, scattered", locale: "en" as const, text: `${HEADER}\n"A\n${Array.from({ length: 11 }, (_, index) => `x${index}\n`).join("\n")}`, warning: "a quote opened on line 2 is never closed: 12 unreadable lines (2, 3, 5, 7, 9, 11, 13, 15, 17, 19 and 2 more), each output as invalid", first: "a quote is never closed: lines 2 to 23 were read as one unreadable record" },
  ])("$name", async ({ locale, text, warning, first }) => {
    const records: BatchRecord[] = [];
    const warnings: string[] = [];
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    await processCohort(Readable.from([Buffer.from(text)]), sink, { format: "ndjson", locale, onRecord: (record) => records.push(record), onWarning: (found) => warnings.push(found) });
    expect(warnings).toEqual([warning]);
    expect(records[0]!.errors[0]!.message).toBe(first);
  });

  test("many scattered lines: the first ten and a count", async () => {
    const warnings: string[] = [];
    const text = `${HEADER}\n"A\n${Array.from({ length: 12 }, (_, index) => `x${index}\n`).join("\n")}`;
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    await processCohort(Readable.from([Buffer.from(text)]), sink, { format: "ndjson", locale: "fr", onWarning: (warning) => warnings.push(warning) });
    expect(warnings).toEqual(["guillemet ouvert ligne 2 jamais fermé : 13 lignes illisibles (2, 3, 5, 7, 9, 11, 13, 15, 17, 19 et 3 autres), chacune sortie comme invalide"]);
  });
});

describe("numbers are decimal only (CLI flags and batch cells)", () => {
  test.for([
    { text: "0x135", explained: true },
    { text: "0X1F", explained: true },
    { text: "0o17", explained: true },
    { text: "0b101", explained: true },
    { text: "1e3", explained: true },
    { text: "1,5e3", explained: true },
    { text: "-Infinity", explained: true },
    { text: "deux", explained: false },
    { text: "1.2.3", explained: false },
    { text: "9".repeat(400), explained: false },
  ])("toNumber($text) is refused", ({ text, explained }) => {
    let message = "";
    try {
      toNumber(text);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.startsWith(`a number is expected, got "${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`)).toBe(true);
    expect(message.includes("only decimal writing")).toBe(explained);
  });

  test.for([
    { text: "+35", expected: 35 },
    { text: "-2", expected: -2 },
    { text: ",5", expected: 0.5 },
    { text: "12.", expected: 12 },
    { text: "007", expected: 7 },
  ])("toNumber($text) = $expected", ({ text, expected }) => {
    expect(toNumber(text)).toBe(expected);
  });
});
