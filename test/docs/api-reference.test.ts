/**
 * The API reference a person can use: typedoc (typedoc.json, warnings as errors) groups every export
 * by the module that declares it (scripts/typedoc-modules.mjs), puts each module's guide of docs/ in
 * it as a page, shows the version; and the comments users read (the type declarations in their
 * editor, the reference) name no file they do not have.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as api from "../../src/index.js";
// @ts-expect-error -- a plain JavaScript plugin of typedoc, without declarations
import { GUIDES, MODULES, OTHER_GUIDES, categoryOrder, moduleTitle } from "../../scripts/typedoc-modules.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));

interface JsonReflection {
  id: number;
  name: string;
  kind: number;
  variant?: string;
  children?: JsonReflection[];
  documents?: JsonReflection[];
  categories?: { title: string; children: number[] }[];
  packageVersion?: string;
}

let work = "";
let project: JsonReflection;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "alternance-typedoc-"));
  // The configuration of `npm run docs` (warnings as errors: a warning fails the run), JSON output only.
  execFileSync(process.execPath, [join(root, "node_modules/typedoc/bin/typedoc"), "--json", join(work, "api.json")], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  project = JSON.parse(await readFile(join(work, "api.json"), "utf8")) as JsonReflection;
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe("typedoc: one category per module, its guide inside, the version shown", () => {
  test("every export of `alternance` is documented, in the category of the module that declares it", () => {
    const categories = project.categories ?? [];
    const byId = new Map([...(project.children ?? []), ...(project.documents ?? [])].map((reflection) => [reflection.id, reflection]));
    const categoryOf = new Map(categories.flatMap((category) => category.children.map((id) => [byId.get(id)?.name, category.title] as const)));
    const exported = Object.keys(api).filter((name) => name !== "default");
    expect((project.children ?? []).map((child) => child.name).sort()).toEqual(expect.arrayContaining(exported.sort()));
    expect(categoryOf.get("apprenticeMinimumWage")).toBe("Salaire minimum / Minimum pay");
    expect(categoryOf.get("checkApprenticeshipEligibility")).toBe("Éligibilité / Eligibility");
    expect(categoryOf.get("contractWindows")).toBe("Dates du contrat / Contract dates");
    expect(categoryOf.get("addWorkingDays")).toBe("Dates du contrat / Contract dates");
    expect(categoryOf.get("internshipGratification")).toBe("Stages / Internships");
    expect(categoryOf.get("trainingHoursRequirement")).toBe("Heures de formation / Training hours");
    expect(categoryOf.get("smicAt")).toBe("Paramètres légaux / Legal parameters");
    expect(categoryOf.get("toIsoDate")).toBe("Noyau : dates, erreurs, types / Core");
    expect(categoryOf.get("AlternanceInputError")).toBe("Noyau : dates, erreurs, types / Core");
    for (const child of project.children ?? []) expect(categoryOf.get(child.name), child.name).toBeDefined();
  });

  test("the modules come in MODULES' order, the other guides last", () => {
    const titles = (project.categories ?? []).map((category) => category.title);
    const known = titles.filter((title) => categoryOrder.includes(title));
    expect(known).toEqual(categoryOrder.filter((title: string) => known.includes(title)));
    expect(titles.at(-1)).toBe(OTHER_GUIDES);
  });

  test("every guide of docs/ is a page of the reference, in its module's category when it has one", async () => {
    const guides = (await readdir(join(root, "docs"))).filter((file) => file.endsWith(".md"));
    const documents = project.documents ?? [];
    expect(documents).toHaveLength(guides.length);
    const categories = project.categories ?? [];
    for (const guide of guides) {
      const folder = (GUIDES as Record<string, string>)[guide];
      const heading = /^# (.+)$/m.exec(await readFile(join(root, "docs", guide), "utf8"))![1]!;
      const document = documents.find((candidate) => candidate.name === heading);
      expect(document, guide).toBeDefined();
      const category = categories.find((candidate) => candidate.children.includes(document!.id))?.title;
      expect(category, guide).toBe(folder ? moduleTitle(folder) : OTHER_GUIDES);
    }
  });

  test("the version is shown", () => {
    expect(project.packageVersion).toBe(JSON.parse(execFileSync("npm", ["pkg", "get", "version"], { cwd: root, encoding: "utf8" })));
  });

  test("a module added later gets its own category without a change to the plugin", () => {
    expect(moduleTitle("net-pay/net-pay.ts")).toBe("Salaire net / Net pay");
    expect(moduleTitle("employer/hiring-aid.ts")).toBe("Employeur / Employer");
    expect(moduleTitle("contract/check.ts")).toBe("Contrat complet / Whole contract");
    expect(moduleTitle("some-new-module/index.ts")).toBe("some-new-module");
    expect(MODULES.length).toBeGreaterThan(8);
  });
});

describe("comments name no file users do not have", () => {
  /** What a user has: the files of the package (docs/*.md among them); not the repository's src/, test/, scripts/, nor the legal notes of shared/. */
  const unshipped = /\blaw(?:-money)?\.md\b|\.\.\/shared\b|(?<![\w/.-])(?:src|test|scripts)\/[\w./-]+/g;

  test("the type declarations of the package (dist/index.d.ts: what an editor shows)", async () => {
    const declarations = await readFile(join(root, "dist/index.d.ts"), "utf8");
    const comments = declarations.match(/\/\*\*[^]*?\*\//g) ?? [];
    expect(comments.length).toBeGreaterThan(200);
    const docs = new Set((await readdir(join(root, "docs"))).filter((file) => file.endsWith(".md")).map((file) => `docs/${file}`));
    const problems = comments.flatMap((comment) => [
      ...(comment.match(unshipped) ?? []),
      ...(comment.match(/\bdocs\/[\w-]+\.md\b/g) ?? []).filter((path) => !docs.has(path)),
    ]);
    expect(problems).toEqual([]);
  });
});
