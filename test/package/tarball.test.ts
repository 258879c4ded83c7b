/**
 * The package as the registry gets it: the spreadsheet files are built into dist/ (the global setup
 * built the library and the command line), `npm pack` makes the tarball, and its file list is read
 * with `tar`. It must hold the ready-to-use spreadsheet files, the guides and their pictures, and
 * every link of every Markdown file in it must lead somewhere: a file of the tarball (relative link),
 * a file of the repository at this version's tag, or a file of this version of the package on unpkg.
 * `npx alternance --help` from a clean folder with the tarball installed: scripts/check-examples.sh.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeSheetsFiles } from "../../scripts/build-sheets.js";
import { LINKED_FILES, relink, repositoryUrl, version } from "../../scripts/doc-links.js";
import { sheetsBundleOptions } from "../../tsup.sheets.config.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
let work = "";
let files: string[] = [];
const contents = new Map<string, string>();

beforeAll(async () => {
  await build({ ...sheetsBundleOptions, outDir: join(root, "dist"), config: false, silent: true });
  await writeSheetsFiles(join(root, "dist"));
  work = await mkdtemp(join(tmpdir(), "alternance-pack-"));
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], { cwd: root, encoding: "utf8" })) as [{ filename: string }];
  const tarball = join(work, packed.filename);
  files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.startsWith("package/") && !line.endsWith("/"))
    .map((line) => line.slice("package/".length));
  for (const file of files.filter((name) => name.endsWith(".md"))) contents.set(file, execFileSync("tar", ["-xzOf", tarball, `package/${file}`], { encoding: "utf8" }));
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The files of the repository (what a `blob/v<version>/` link can name once the version is tagged). */
const repositoryFiles = new Set(execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean));

describe("the tarball", () => {
  test("holds the ready-to-use spreadsheet files and their READMEs", () => {
    for (const file of [
      "dist/gas/Alternance.gs",
      "dist/gas/Code.gs",
      "dist/gas/appsscript.json",
      "dist/gas/README.md",
      "dist/gas/cohorte.csv",
      "dist/excel/manifest.xml",
      "dist/excel/functions.js",
      "dist/excel/functions.json",
      "dist/excel/functions.html",
      "dist/excel/icon-32.png",
      "dist/excel/icon-64.png",
      "dist/excel/README.md",
      "dist/alternance.global.js",
    ]) {
      expect(files, file).toContain(file);
    }
  });

  test("holds the library, the command line, the README, the changelog and every guide of docs/ (not the built API reference)", () => {
    for (const file of ["package.json", "README.md", "CHANGELOG.md", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/cli.js", "examples/cohort.csv"]) {
      expect(files, file).toContain(file);
    }
    const guides = [...repositoryFiles].filter((file) => /^docs\/[^/]+\.md$/.test(file));
    expect(guides.length).toBeGreaterThan(5);
    for (const guide of guides) expect(files, guide).toContain(guide);
    expect(files.filter((file) => file.startsWith("docs/api/") || file.startsWith("src/") || file.startsWith("test/"))).toEqual([]);
  });

  test("holds every chunk of the command line (dist/cli/, loaded by dist/cli.js with import(), tsup.config.ts) and no other", () => {
    const chunks = readdirSync(join(root, "dist/cli")).map((name) => `dist/cli/${name}`);
    expect(chunks.length).toBeGreaterThan(2);
    expect(files.filter((file) => file.startsWith("dist/cli/")).sort()).toEqual(chunks.sort());
  });

  test("package.json leads to the project: repository, homepage, bugs", () => {
    const manifest = JSON.parse(execFileSync("npm", ["pkg", "get", "repository", "homepage", "bugs"], { cwd: root, encoding: "utf8" })) as {
      repository: { url: string };
      homepage: string;
      bugs: { url: string };
    };
    expect(manifest.repository.url).toBe(`git+${repositoryUrl}.git`);
    expect(manifest.homepage).toBe(`${repositoryUrl}#readme`);
    expect(manifest.bugs.url).toBe(`${repositoryUrl}/issues`);
  });
});

describe("every link of every Markdown file of the tarball leads somewhere", () => {
  const links = () =>
    [...contents].flatMap(([file, text]) =>
      [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => ({ file, target: match[1]! })).filter(({ target }) => !target.startsWith("#") && !target.startsWith("mailto:")),
    );

  test("relative links name a file of the tarball", () => {
    const broken = links()
      .filter(({ target }) => !/^[a-z]+:/.test(target))
      .filter(({ file, target }) => !files.includes(posix.normalize(posix.join(posix.dirname(file), decodeURI(target.split("#")[0]!)))));
    expect(broken).toEqual([]);
  });

  test("links to the repository name this version's tag and a file of the repository; links to unpkg this version and a file of the tarball", () => {
    const problems: string[] = [];
    for (const { file, target } of links()) {
      if (target.startsWith(`${repositoryUrl}/blob/`) || target.startsWith(`${repositoryUrl}/tree/`)) {
        const match = /^[^]*?\/(?:blob|tree)\/v([^/]+)\/([^#]+)/.exec(target);
        if (match?.[1] !== version) problems.push(`${file}: ${target} is not at v${version}`);
        else if (!repositoryFiles.has(match[2]!) && ![...repositoryFiles].some((path) => path.startsWith(`${match[2]!}/`))) problems.push(`${file}: ${target} names no file of the repository`);
      } else if (target.startsWith("https://unpkg.com/")) {
        const match = /^https:\/\/unpkg\.com\/alternance@([^/]+)\/(.+)$/.exec(target);
        if (match?.[1] !== version) problems.push(`${file}: ${target} is not alternance@${version}`);
        else if (!files.includes(match[2]!)) problems.push(`${file}: ${target} names no file of the tarball`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("the README's links all work away from the repository: none is relative", () => {
    const relative = links().filter(({ file, target }) => file === "README.md" && !/^https?:/.test(target));
    expect(relative).toEqual([]);
    expect(links().filter(({ file }) => file === "README.md").length).toBeGreaterThan(5);
  });

  test("the versioned links follow the version (scripts/doc-links.ts, run by `npm version`)", () => {
    for (const file of LINKED_FILES) {
      const text = contents.get(file.startsWith("examples/google-sheets/") ? "dist/gas/README.md" : file.startsWith("examples/excel/") ? "dist/excel/README.md" : file)!;
      expect(text, file).toBeDefined();
      expect(relink(text), file).toBe(text);
      expect(relink(text, "9.9.9"), file).not.toBe(text);
    }
  });
});
