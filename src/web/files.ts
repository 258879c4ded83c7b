/**
 * The files of the office page in dist/web/, as scripts/web.ts writes them and `alternance serve`
 * serves them (the page at `/`, each file at `/<name>`).
 */

/**
 * Each file of dist/web/ and its `Content-Type`: the page, its style, its script, and the library
 * bundle (a copy of dist/alternance.global.js, so that the folder works alone, from the disk or any
 * static web server).
 *
 * @example
 * WEB_FILES.map((file) => file.name); //=> ["index.html", "office.css", "office.js", "alternance.global.js"]
 */
export const WEB_FILES = [
  { name: "index.html", type: "text/html; charset=utf-8" },
  { name: "office.css", type: "text/css; charset=utf-8" },
  { name: "office.js", type: "text/javascript; charset=utf-8" },
  { name: "alternance.global.js", type: "text/javascript; charset=utf-8" },
] as const;

/** Name of a file of dist/web/. */
export type WebFileName = (typeof WEB_FILES)[number]["name"];
