/**
 * Builds the office page into dist/web/ (part of `npm run build`):
 *
 *   npx tsx scripts/web.ts            dist/web/index.html, office.css, office.js, alternance.global.js
 *
 * - index.html: written by src/web/page-html.ts (the form from src/web/fields.ts, the library's French
 *   labels, the example contract examples/contract-miage.json);
 * - office.js: src/web/main.ts and the modules it imports, one browser script (tsconfig.web.json: DOM);
 * - alternance.global.js: the library bundle, built with the options of tsup.sheets.config.ts, so that
 *   dist/web/ works alone (opened from the disk, or copied to any static web server);
 * - office.css: copied from src/web/.
 * Each file is written whole in node_modules/.cache/ (never in dist/, which `npm pack` reads), then
 * renamed into place, so that a reader (a test, `npm pack`) never sees a half-written or temporary file
 * while the page is built again, by another test for instance.
 */
import { mkdtemp, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "tsup";
import { WEB_FILES, type WebFileName } from "../src/web/files.js";
import { pageHtml } from "../src/web/page-html.js";
import { sheetsBundleOptions } from "../tsup.sheets.config.js";

const root = resolve(import.meta.dirname, "..");

/** The example the page's « load the example » button fills in. */
export const PAGE_EXAMPLE = { kind: "apprenticeship", name: "Master MIAGE d'Aix-Marseille en apprentissage", file: "examples/contract-miage.json" } as const;

/** Writes a file whole in a staging folder, then renames it into place (copies it, across file systems). */
async function writeAtomically(file: string, content: string | Buffer, staging: string): Promise<void> {
  const partial = join(staging, basename(file));
  await writeFile(partial, content);
  try {
    await rename(partial, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await writeFile(file, content);
  }
}

/**
 * Builds the office page.
 *
 * @param outDir - where to write it (dist/web by default)
 * @returns the files written
 */
export async function buildWeb(outDir = join(root, "dist/web")): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), "alternance-web-"));
  await mkdir(join(root, "node_modules/.cache"), { recursive: true });
  const staging = await mkdtemp(join(root, "node_modules/.cache/alternance-web-"));
  try {
    await build({ ...sheetsBundleOptions, outDir: work, config: false, silent: true });
    // The page's script: the bundle's browser options, without a global (office.js must not replace
    // `Alternance`), not minified (it is small, and readable: anyone can see it sends nothing), checked
    // against the DOM's types.
    await build({ ...sheetsBundleOptions, entry: { office: "src/web/main.ts" }, globalName: undefined, minify: false, outDir: work, tsconfig: join(root, "tsconfig.web.json"), config: false, silent: true });
    const { version } = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
    const input = JSON.parse(await readFile(join(root, PAGE_EXAMPLE.file), "utf8")) as unknown;
    const contents: Record<WebFileName, string | Buffer> = {
      "index.html": pageHtml({ version, example: { kind: PAGE_EXAMPLE.kind, name: PAGE_EXAMPLE.name, input } }),
      "office.css": await readFile(join(root, "src/web/office.css")),
      "office.js": await readFile(join(work, "office.global.js")),
      "alternance.global.js": await readFile(join(work, "alternance.global.js")),
    };
    await mkdir(outDir, { recursive: true });
    for (const { name } of WEB_FILES) await writeAtomically(join(outDir, name), contents[name], staging);
    return WEB_FILES.map(({ name }) => join(outDir, name));
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const files = await buildWeb();
  process.stdout.write(`wrote ${files.length} files to dist/web/\n`);
}
