/**
 * `alternance serve` and the office page: the files of dist/web/ read as pages (the page at `/` and
 * `/index.html`, each file at `/<name>` with its type), announced with the API, and the API still served,
 * with a warning, when the page was not built. The page itself in a browser: test/web/page.browser.test.ts.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runServe } from "../../../src/cli/serve/command.js";
import { readWebPages } from "../../../src/cli/serve/pages.js";
import { WEB_FILES } from "../../../src/web/files.js";
import { announcedPort, memoryIo, OPENAPI_STUB, send } from "./support.js";

let folder = "";
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "alternance-pages-"));
  for (const { name } of WEB_FILES) await writeFile(join(folder, name), `contenu de ${name} — é`);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});
const folderUrl = () => pathToFileURL(`${folder}/`);

describe("the office page's files as pages", () => {
  test("each file at /<name> with its type, the page at / too", () => {
    const pages = readWebPages(folderUrl());
    expect(Object.keys(pages).sort()).toEqual(["/", "/alternance.global.js", "/index.html", "/office.css", "/office.js"]);
    expect(pages["/"]).toEqual({ type: "text/html; charset=utf-8", body: "contenu de index.html — é" });
    expect(pages["/office.css"]!.type).toBe("text/css; charset=utf-8");
    expect(pages["/office.js"]!.type).toBe("text/javascript; charset=utf-8");
    expect(pages["/alternance.global.js"]).toEqual({ type: "text/javascript; charset=utf-8", body: "contenu de alternance.global.js — é" });
  });

  test("a missing file: an error (the package was not built)", () => {
    expect(() => readWebPages(pathToFileURL(join(folder, "missing/")))).toThrow(/ENOENT/);
  });
});

describe("alternance serve with the office page", () => {
  test.for([
    { locale: "fr" as const, announce: /^alternance : API HTTP et page du bureau sur http:\/\/127\.0\.0\.1:\d+ — arrêt : Ctrl\+C ou SIGTERM\n/ },
    { locale: "en" as const, announce: /^alternance: HTTP API and office page on http:\/\/127\.0\.0\.1:\d+ — stop: Ctrl\+C or SIGTERM\n/ },
  ])("announced with the API and served at / ($locale)", async ({ locale, announce }) => {
    const memory = memoryIo();
    let stop!: () => void;
    const running = runServe(["--port", "0", "--quiet"], memory.io, locale, {
      version: "test",
      openApi: () => OPENAPI_STUB,
      pages: () => readWebPages(folderUrl()),
      stop: new Promise<void>((resolve) => (stop = resolve)),
    });
    const url = `http://127.0.0.1:${await announcedPort(memory.stderr)}`;
    expect(memory.stderr()).toMatch(announce);
    const page = await send(url, "/");
    expect([page.status, page.headers["content-type"], page.text]).toEqual([200, "text/html; charset=utf-8", "contenu de index.html — é"]);
    expect((await send(url, "/office.js")).headers["content-type"]).toBe("text/javascript; charset=utf-8");
    stop();
    expect(await running).toBe(0);
  });

  test.for([
    { locale: "fr" as const, warning: "alternance serve : page du bureau introuvable (dist/web/) : lancez « npm run build » ; l'API est servie sans elle\n", announce: "alternance : API HTTP sur" },
    { locale: "en" as const, warning: "alternance serve: office page not found (dist/web/): run `npm run build`; the API is served without it\n", announce: "alternance: HTTP API on" },
  ])("not built: a warning, and the API served without it ($locale)", async ({ locale, warning, announce }) => {
    const memory = memoryIo();
    let stop!: () => void;
    const running = runServe(["--port", "0", "--quiet"], memory.io, locale, {
      version: "test",
      openApi: () => OPENAPI_STUB,
      pages: () => readWebPages(pathToFileURL(join(folder, "missing/"))),
      stop: new Promise<void>((resolve) => (stop = resolve)),
    });
    const url = `http://127.0.0.1:${await announcedPort(memory.stderr)}`;
    expect(memory.stderr().startsWith(`${warning}${announce} http://127.0.0.1:`)).toBe(true);
    expect((await send(url, "/")).status).toBe(404);
    expect((await send(url, "/healthz")).status).toBe(200);
    stop();
    expect(await running).toBe(0);
  });

  test("a cluster worker says nothing when the page is missing (its primary does)", async () => {
    const memory = memoryIo();
    let stop!: () => void;
    let left = false;
    const running = runServe(["--port", "0", "--quiet"], memory.io, "fr", {
      version: "test",
      openApi: () => OPENAPI_STUB,
      pages: () => {
        throw new Error("missing");
      },
      cluster: { isWorker: true, primary: undefined as never, leave: () => (left = true) },
      stop: new Promise<void>((resolve) => (stop = resolve)),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    expect(await running).toBe(0);
    expect([memory.stderr(), left]).toEqual(["", true]);
  });
});
