/**
 * The office page's files (dist/web/, written by `npm run build`) as the static pages of
 * `alternance serve`: the page at `/` and at `/index.html`, and each file at `/<name>`.
 */
import { readFileSync } from "node:fs";
import { WEB_FILES } from "../../web/files.js";
import type { Page } from "./app.js";

/**
 * Reads the office page's files from a folder.
 *
 * @param folder - the folder of the files (dist/web/, next to dist/cli.js)
 * @returns the pages by path
 * @throws when a file is missing (the package was not built)
 * @example
 * Object.keys(readWebPages(new URL("./web/", import.meta.url))); //=> ["/index.html", "/office.css", "/office.js", "/alternance.global.js", "/"]
 */
export function readWebPages(folder: URL): Record<string, Page> {
  const pages: Record<string, Page> = {};
  for (const { name, type } of WEB_FILES) pages[`/${name}`] = { type, body: readFileSync(new URL(name, folder), "utf8") };
  pages["/"] = pages["/index.html"]!;
  return pages;
}
