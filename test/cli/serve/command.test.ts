/**
 * `alternance serve`: its options and usage errors (in the test process), the cluster's primary (with a
 * stand-in for `node:cluster`), and the built command as users run it: the OpenAPI document of
 * dist/schemas/ served, one log line per request, SIGTERM letting an upload under way finish before a
 * clean exit, and `--workers 2`.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { EventEmitter } from "node:events";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { runServe } from "../../../src/cli/serve/command.js";
import { runCluster, type ClusterPrimary } from "../../../src/cli/serve/server.js";
import { operations } from "../../../src/catalogue/operations.js";
import { buildWeb } from "../../../scripts/web.js";
import { CLI, runCli } from "../run-cli.js";
import { announcedPort, failingOperation, memoryIo, OPENAPI_STUB, post, send, waitFor } from "./support.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const pay = operations.find((operation) => operation.name === "apprenticeMinimumWage")!;
const payPath = "/v1/apprentice-minimum-wage";

const context = { version: "test", openApi: () => OPENAPI_STUB };

describe("alternance serve, in the test process", () => {
  test.for([{ locale: "fr" as const, text: "--port N" }, { locale: "en" as const, text: "processes sharing the port" }])("--help ($locale)", async ({ locale, text }) => {
    const memory = memoryIo();
    expect(await runServe(["--help"], memory.io, locale, context)).toBe(0);
    expect(memory.stdout()).toContain(text);
  });

  test.for([
    { args: ["--port", "abc"], message: "--port : un nombre entier de 0 à 65535" },
    { args: ["--port", "70000"], message: "--port : un nombre entier de 0 à 65535" },
    { args: ["--port", "-1"], message: "--port" },
    { args: ["--workers", "0"], message: "--workers : un nombre entier de 1 à 64" },
    { args: ["--workers", "65"], message: "--workers : un nombre entier de 1 à 64" },
    { args: ["--body-limit", "0"], message: "--body-limit : un nombre d'octets de 1 à 104857600" },
    { args: ["--body-limit", "1e6"], message: "--body-limit" },
    { args: ["--bogus"], message: "alternance serve : option inconnue « --bogus »" },
    { args: ["extra"], message: "extra" },
  ])("$args: exit 2, the message names the option", async ({ args, message }) => {
    const memory = memoryIo();
    expect(await runServe(args, memory.io, "fr", context)).toBe(2);
    expect(memory.stderr()).toContain(message);
  });

  test.for([
    { args: ["--port", "x"], message: "--port : a whole number from 0 to 65535" },
    { args: ["--workers", "x"], message: "--workers : a whole number from 1 to 64" },
    { args: ["--body-limit", "x"], message: "--body-limit : a number of bytes from 1 to 104857600" },
  ])("$args in English", async ({ args, message }) => {
    const memory = memoryIo();
    expect(await runServe(args, memory.io, "en", context)).toBe(2);
    expect(memory.stderr()).toContain(message);
  });

  test.for([
    { locale: "en" as const, message: "OpenAPI document not found (dist/schemas/openapi.json): run `npm run build`" },
    { locale: "fr" as const, message: "document OpenAPI introuvable (dist/schemas/openapi.json) : lancez « npm run build »" },
  ])("without the OpenAPI document (no build): exit 2, says to build ($locale)", async ({ locale, message }) => {
    const memory = memoryIo();
    const missing = { version: "test", openApi: () => readFileSync("/nonexistent/openapi.json", "utf8") };
    expect(await runServe(["--port", "0"], memory.io, locale, missing)).toBe(2);
    expect(memory.stderr()).toContain(message);
  });

  test.for([
    { locale: "fr" as const, message: "impossible d'écouter sur 127.0.0.1:PORT (listen EADDRINUSE" },
    { locale: "en" as const, message: "cannot listen on 127.0.0.1:PORT (listen EADDRINUSE" },
  ])("a port already in use: exit 2, says which ($locale), and leaves no signal listener", async ({ locale, message }) => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    const listeners = process.listenerCount("SIGTERM");
    try {
      const memory = memoryIo();
      expect(await runServe(["--port", String(port)], memory.io, locale, context)).toBe(2);
      expect(memory.stderr()).toContain(message.replace("PORT", String(port)));
      expect(process.listenerCount("SIGTERM")).toBe(listeners);
    } finally {
      blocker.close();
    }
  });

  test("serves until stopped, logs one line per request, then stops cleanly", async () => {
    const memory = memoryIo();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = runServe(["--port", "0", "--cors", "https://a.example,https://b.example", "--cors", "https://c.example"], memory.io, "en", { ...context, stop: stopped });
    const port = await announcedPort(memory.stderr);
    expect(memory.stderr()).toMatch(/^alternance: HTTP API on http:\/\/127\.0\.0\.1:\d+ — stop: Ctrl\+C or SIGTERM\n$/);
    const answer = await post(`http://127.0.0.1:${port}`, payPath, pay.example, { Origin: "https://c.example" });
    expect([answer.status, answer.headers["access-control-allow-origin"]]).toEqual([200, "https://c.example"]);
    stop();
    expect(await running).toBe(0);
    const lines = memory.stderr().split("\n");
    expect(lines[1]).toMatch(/Z POST \/v1\/apprentice-minimum-wage 200 \d+\.\dms$/);
    expect(lines[2]).toBe("alternance: stopping, finishing the requests under way…");
  });

  test("without a stop promise, the first SIGINT or SIGTERM stops it, and its listeners go", async () => {
    const before = [process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")];
    const memory = memoryIo();
    const running = runServe(["--port", "0", "--quiet"], memory.io, "en", context);
    await announcedPort(memory.stderr);
    expect([process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")]).toEqual([before[0]! + 1, before[1]! + 1]);
    process.emit("SIGINT");
    expect(await running).toBe(0);
    expect([process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")]).toEqual(before);
  });

  test("an internal error is written to stderr with its details, the client gets none", async () => {
    const failing = failingOperation("detail for the log");
    for (const [locale, heading] of [["en", "internal error"], ["fr", "erreur interne"]] as const) {
      const memory = memoryIo();
      let stop!: () => void;
      const running = runServe(["--port", "0", "--quiet"], memory.io, locale, { ...context, operations: [failing], stop: new Promise<void>((resolve) => (stop = resolve)) });
      const answer = await post(`http://127.0.0.1:${await announcedPort(memory.stderr)}`, "/v1/failing", {});
      stop();
      expect(await running).toBe(0);
      expect([answer.status, answer.text.includes("detail for the log")]).toEqual([500, false]);
      expect(memory.stderr()).toMatch(new RegExp(`alternance serve : ${heading} : TypeError: detail for the log\\n\\s+at `));
    }
  });

  test("--quiet: no line per request", async () => {
    const memory = memoryIo();
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = runServe(["--port", "0", "--quiet", "--host", "127.0.0.1"], memory.io, "fr", { ...context, stop: stopped });
    const port = await announcedPort(memory.stderr);
    expect((await send(`http://127.0.0.1:${port}`, "/healthz")).json).toMatchObject({ status: "ok", version: "test" });
    stop();
    expect(await running).toBe(0);
    expect(memory.stderr()).not.toMatch(/GET \/healthz/);
    expect(memory.stderr()).toContain("alternance : arrêt, fin des requêtes en cours…");
  });
});

/** A stand-in for `node:cluster`'s primary: workers that exit when killed. */
function fakeCluster() {
  const emitter = new EventEmitter();
  const forked: Array<{ process: { pid: number; kill(signal: string): void } }> = [];
  const killed: number[] = [];
  const primary = {
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    fork: () => {
      const worker = {
        process: {
          pid: 1001 + forked.length,
          kill: (signal: string) => {
            killed.push(worker.process.pid);
            setTimeout(() => emitter.emit("exit", worker, null, signal), 5);
          },
        },
      };
      forked.push(worker);
      return worker;
    },
  };
  return { primary: primary as unknown as ClusterPrimary, emitter, forked, killed };
}

describe("the cluster's primary", () => {
  test("forks the workers, announces the first listening one, replaces a worker that dies, stops them all", async () => {
    const fake = fakeCluster();
    const announced: unknown[] = [];
    const events: string[] = [];
    let stop!: () => void;
    const done = runCluster(
      { workers: 2, onListening: (address) => announced.push(address), onEvent: (line) => events.push(line), stop: new Promise<void>((resolve) => (stop = resolve)) },
      fake.primary,
    );
    expect(fake.forked).toHaveLength(2);
    fake.emitter.emit("listening", fake.forked[0], { address: "127.0.0.1", port: 8080 });
    fake.emitter.emit("listening", fake.forked[1], { address: "127.0.0.1", port: 8080 });
    expect(announced).toEqual([{ address: "127.0.0.1", port: 8080 }]);
    fake.emitter.emit("exit", fake.forked[0], 1, null);
    fake.emitter.emit("exit", fake.forked[2], null, "SIGKILL");
    expect(events).toEqual(["worker 1001 exited (1); starting another", "worker 1003 exited (SIGKILL); starting another"]);
    expect(fake.forked).toHaveLength(4);
    stop();
    await done;
    expect(fake.killed.sort()).toEqual([1002, 1004]);
  });

  test("stops at once when no worker is left, and announces an address without a name", async () => {
    const fake = fakeCluster();
    const announced: unknown[] = [];
    let stop!: () => void;
    const done = runCluster({ workers: 1, onListening: (address) => announced.push(address), onEvent: () => undefined, stop: new Promise<void>((resolve) => (stop = resolve)) }, fake.primary);
    fake.emitter.emit("listening", fake.forked[0], { port: 9000 });
    stop();
    await new Promise((resolve) => setTimeout(resolve, 1));
    fake.emitter.emit("exit", fake.forked[0], 0, null);
    await done;
    expect(announced).toEqual([{ address: "", port: 9000 }]);
    const empty = fakeCluster();
    await runCluster({ workers: 0, onListening: () => undefined, onEvent: () => undefined, stop: Promise.resolve() }, empty.primary);
  });

  test("alternance serve --workers 2 as the primary: forks, announces once for all, stops the workers on stop", async () => {
    const fake = fakeCluster();
    const memory = memoryIo();
    let stop!: () => void;
    const running = runServe(["--workers", "2", "--port", "0"], memory.io, "fr", {
      ...context,
      stop: new Promise<void>((resolve) => (stop = resolve)),
      cluster: { isWorker: false, primary: fake.primary, leave: () => undefined },
    });
    await waitFor(() => fake.forked.length === 2);
    fake.emitter.emit("listening", fake.forked[0], { address: "::", port: 8080 });
    expect(memory.stderr()).toBe("alternance : API HTTP sur http://[::]:8080 (2 processus) — arrêt : Ctrl+C ou SIGTERM\n");
    fake.emitter.emit("exit", fake.forked[1], 1, null);
    expect(memory.stderr()).toContain("alternance serve : worker 1002 exited (1); starting another\n");
    stop();
    expect(await running).toBe(0);
    expect(fake.killed.sort()).toEqual([1001, 1003]);
    expect(memory.stderr()).toContain("alternance : arrêt, fin des requêtes en cours…");
  });

  test("alternance serve --workers 3 as the primary, in English, stopped by SIGINT: the host stands for an address without a name", async () => {
    const fake = fakeCluster();
    const memory = memoryIo();
    const running = runServe(["--workers", "3", "--port", "0"], memory.io, "en", { ...context, cluster: { isWorker: false, primary: fake.primary, leave: () => undefined } });
    await waitFor(() => fake.forked.length === 3);
    fake.emitter.emit("listening", fake.forked[0], { address: "", port: 8081 });
    expect(memory.stderr()).toBe("alternance: HTTP API on http://127.0.0.1:8081 (3 processes) — stop: Ctrl+C or SIGTERM\n");
    process.emit("SIGINT");
    expect(await running).toBe(0);
    expect(memory.stderr()).toContain("alternance: stopping, finishing the requests under way…");
  });

  test("alternance serve as a worker: serves without announcing, stops on SIGINT, leaves the cluster once closed", async () => {
    const memory = memoryIo();
    const left: string[] = [];
    const [signals, disconnects] = [process.listenerCount("SIGINT"), process.listenerCount("disconnect")];
    const running = runServe(["--workers", "2", "--port", "0", "--quiet"], memory.io, "en", {
      ...context,
      cluster: { isWorker: true, primary: fakeCluster().primary, leave: () => left.push("left") },
    });
    // Listening, and waiting for a signal or for the loss of its primary.
    await waitFor(() => process.listenerCount("SIGINT") > signals);
    expect(process.listenerCount("disconnect")).toBe(disconnects + 1);
    process.emit("SIGINT");
    expect(await running).toBe(0);
    expect(memory.stderr()).toBe("");
    expect(left).toEqual(["left"]);
    expect([process.listenerCount("SIGINT"), process.listenerCount("disconnect")]).toEqual([signals, disconnects]);
  });
});

/** Starts the built command; its stderr so far, and its exit. */
function startCli(args: string[]): { child: ChildProcess; stderr: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [CLI, "serve", ...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let text = "";
  child.stderr!.on("data", (part: Buffer) => (text += part.toString("utf8")));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stderr: () => text, exit };
}

describe("the built command (node dist/cli.js serve)", () => {
  beforeAll(async () => {
    // test/global-setup.ts builds dist/cli.js; the OpenAPI document it serves comes from the schema build,
    // the office page from the page's (written file by file, whole: other tests may build it at once).
    execFileSync(process.execPath, [fileURLToPath(new URL("../../../node_modules/tsx/dist/cli.mjs", import.meta.url)), "scripts/schemas.ts"], { cwd: root, stdio: "ignore" });
    await buildWeb();
  }, 120_000);

  test("the main help lists serve", () => {
    expect(runCli(["--help"]).stdout).toMatch(/\n {2}serveur +l'API HTTP \(JSON\) de toutes les fonctions\n {4}\(serve\)/);
  });

  test("serves dist/schemas/openapi.json and the functions; SIGTERM lets an upload under way finish, then exits 0", async () => {
    const cli = startCli(["--port", "0"]);
    try {
      const url = `http://127.0.0.1:${await announcedPort(cli.stderr)}`;
      const openApi = await send(url, "/openapi.json");
      expect(openApi.json).toEqual(JSON.parse(readFileSync(`${root}dist/schemas/openapi.json`, "utf8")));
      expect((await post(url, payPath, pay.example)).json["monthlyMinimum"]).toBe(774.77);
      const body = JSON.stringify(pay.example);
      const upload = send(url, payPath, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
        chunks: [body.slice(0, 30), body.slice(30)],
        pauseMs: 700,
        afterFirstChunk: () => setTimeout(() => cli.child.kill("SIGTERM"), 200),
      });
      const answer = await upload;
      expect([answer.status, answer.headers["connection"], answer.json["monthlyMinimum"]]).toEqual([200, "close", 774.77]);
      expect(await cli.exit).toBe(0);
      const lines = cli.stderr().trim().split("\n");
      expect(lines.filter((line) => /Z (GET|POST) \/\S+ 200 \d+\.\dms$/.test(line))).toHaveLength(3);
      expect(lines).toContain("alternance : arrêt, fin des requêtes en cours…");
    } finally {
      cli.child.kill("SIGKILL");
    }
  }, 60_000);

  test("serves the office page of dist/web/ at /, and each of its files", async () => {
    const cli = startCli(["--port", "0", "--quiet"]);
    try {
      const url = `http://127.0.0.1:${await announcedPort(cli.stderr)}`;
      expect(cli.stderr()).toMatch(/^alternance : API HTTP et page du bureau sur http:\/\/127\.0\.0\.1:\d+ — /);
      for (const [path, file] of [["/", "index.html"], ["/index.html", "index.html"], ["/office.js", "office.js"], ["/alternance.global.js", "alternance.global.js"], ["/office.css", "office.css"]]) {
        const answer = await send(url, path!);
        expect([path, answer.status, answer.text === readFileSync(`${root}dist/web/${file}`, "utf8")]).toEqual([path, 200, true]);
      }
      cli.child.kill("SIGTERM");
      expect(await cli.exit).toBe(0);
    } finally {
      cli.child.kill("SIGKILL");
    }
  }, 60_000);

  test("--workers 2: the processes share the port, and SIGTERM stops them all", async () => {
    const cli = startCli(["--port", "0", "--workers", "2", "--quiet"]);
    try {
      const url = `http://127.0.0.1:${await announcedPort(cli.stderr)}`;
      expect(cli.stderr()).toContain("(2 processus)");
      const answers = await Promise.all(Array.from({ length: 20 }, () => post(url, payPath, pay.example)));
      expect(answers.every((answer) => answer.status === 200)).toBe(true);
      cli.child.kill("SIGTERM");
      expect(await cli.exit).toBe(0);
      expect(cli.stderr()).not.toContain("exited");
      await expect(send(url, "/healthz")).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      cli.child.kill("SIGKILL");
    }
  }, 60_000);
});
