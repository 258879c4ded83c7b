/**
 * Addresses of the project's documents for people who read them away from the repository (the npm
 * registry's page, a copy of dist/gas or dist/excel): every address is absolute and names the version,
 * so a reader of version X reads the docs of version X.
 *
 * - a guide, rendered: `https://github.com/<owner>/<name>/blob/v<version>/docs/pay.md` (the git tag
 *   `npm version` creates; the repository comes from package.json `repository`, the one place to change);
 * - a file to download or copy as it is: `https://unpkg.com/alternance@<version>/dist/gas/Code.gs`
 *   (the published tarball itself, served by the CDN of the npm registry's files).
 *
 * `npm version` runs this script (package.json `version`): it rewrites the versioned addresses of
 * the files below to the new version, and `git add`s them with the version commit.
 *
 *   npx tsx scripts/doc-links.ts          (rewrites the addresses to package.json's version)
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { name: string; version: string; repository: { url: string } };

/** The package's version. */
export const version = manifest.version;
/** `https://github.com/<owner>/<name>`, from package.json `repository`. */
export const repositoryUrl = manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");

/**
 * The address of a document of the repository at this version's tag, rendered by the forge.
 *
 * @param path - path in the repository, e.g. `docs/pay.md`
 * @example
 * docUrl("docs/pay.md"); //=> "https://github.com/alternance-fr/alternance/blob/v0.1.0/docs/pay.md"
 */
export const docUrl = (path: string): string => `${repositoryUrl}/blob/v${version}/${path}`;

/**
 * The address of a file of the published package, as it is.
 *
 * @param path - path in the tarball, e.g. `dist/gas/Code.gs`
 * @example
 * fileUrl("dist/gas/Code.gs"); //=> "https://unpkg.com/alternance@0.1.0/dist/gas/Code.gs"
 */
export const fileUrl = (path: string): string => `https://unpkg.com/${manifest.name}@${version}/${path}`;

/** Files whose versioned addresses follow the version. */
export const LINKED_FILES = ["README.md", "docs/spreadsheets.md", "examples/google-sheets/README.md", "examples/excel/README.md"];

/** Versioned addresses of the project: `…/blob/v<version>/…` of the repository and `unpkg.com/alternance@<version>/…`. */
export const versionedLinkPattern = (): RegExp =>
  new RegExp(`(${repositoryUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/(?:blob|tree)/v)([0-9][^/]*)(/)|(https://unpkg\\.com/${manifest.name}@)([0-9][^/]*)(/)`, "g");

/**
 * Rewrites every versioned address of a text to `version`.
 *
 * @example
 * relink("https://unpkg.com/alternance@0.0.9/dist/gas/Code.gs", "0.1.0"); //=> "https://unpkg.com/alternance@0.1.0/dist/gas/Code.gs"
 */
export function relink(text: string, to: string = version): string {
  return text.replace(versionedLinkPattern(), (_match, blob, _old, slash, unpkg, _old2, slash2) => (blob ? `${blob}${to}${slash}` : `${unpkg}${to}${slash2}`));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const file of LINKED_FILES) {
    const path = join(root, file);
    const text = await readFile(path, "utf8");
    const updated = relink(text);
    if (updated !== text) await writeFile(path, updated);
    process.stdout.write(`${file}: ${updated === text ? "up to date" : `links set to ${version}`}\n`);
  }
}
