// @ts-check
/**
 * typedoc plugin: the API reference grouped by module, in one place.
 *
 * Every export of `alternance` (one entry point, src/index.ts: the import stays `alternance`) is put in
 * the category of the folder of src/ that declares it, and every guide of docs/ in the category of its
 * module, so that the reference reads module by module (eligibility, contract dates, pay, net pay,
 * employer, internships, training hours, legal parameters, contract…). A module added later
 * (src/<folder>/) gets its own category with no change here; MODULES only gives it a readable title and
 * a place in the order. An explicit `@category` tag in a comment still wins.
 *
 * typedoc.json: "plugin": ["./scripts/typedoc-modules.mjs"].
 */
import { Comment, CommentTag, Converter, RendererEvent } from "typedoc";

/** Folders (or files) of src/ → title of the module in the reference, in the order shown. */
export const MODULES = [
  ["eligibility", "Éligibilité / Eligibility"],
  ["dates", "Dates du contrat / Contract dates"],
  ["core/calendar.ts", "Dates du contrat / Contract dates"],
  ["pay", "Salaire minimum / Minimum pay"],
  ["net-pay", "Salaire net / Net pay"],
  ["employer", "Employeur / Employer"],
  ["internship", "Stages / Internships"],
  ["training-hours", "Heures de formation / Training hours"],
  ["contract", "Contrat complet / Whole contract"],
  ["programmes", "Établissements / School presets"],
  ["parameters", "Paramètres légaux / Legal parameters"],
  ["legal-values", "Paramètres légaux / Legal parameters"],
  ["core", "Noyau : dates, erreurs, types / Core"],
];

/** Guides of docs/ → the module they describe (the others stay general documents). */
export const GUIDES = {
  "eligibility.md": "eligibility",
  "dates.md": "dates",
  "pay.md": "pay",
  "net-pay.md": "net-pay",
  "employer.md": "employer",
  "internships.md": "internship",
  "training-hours.md": "training-hours",
  "contract.md": "contract",
  "parameters.md": "parameters",
};

/** The title of the module of a path relative to src/ (`pay/schedule.ts`), or its folder's name. */
export function moduleTitle(path) {
  const found = MODULES.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
  return found ? found[1] : path.split("/")[0];
}

/** Every title, in order; a module not in MODULES comes after them. */
export const categoryOrder = [...new Set(MODULES.map(([, title]) => title))];

/** Title of the guides that describe no single module (typedoc's `defaultCategory`). */
export const OTHER_GUIDES = "Guides";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.parent !== context.project) return; // top-level exports only
    const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName.replace(/\\/g, "/");
    const path = file?.split("/src/").pop();
    if (!file || path === undefined || path === file) return;
    reflection.comment ??= new Comment();
    if (reflection.comment.blockTags.some((tag) => tag.tag === "@category")) return;
    reflection.comment.blockTags.push(new CommentTag("@category", [{ kind: "text", text: moduleTitle(path) }]));
  });
  // A guide of docs/ (its name is the file's, without .md) goes with its module's exports, under its
  // own title (its first heading); the others under « Guides ».
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const folder = GUIDES[`${document.name}.md`];
    const heading = document.content.map((part) => part.text).join("").match(/^# (.+)$/m)?.[1];
    if (heading) document.name = heading;
    if (document.frontmatter["category"] === undefined) document.frontmatter = { ...document.frontmatter, category: folder ? moduleTitle(folder) : OTHER_GUIDES };
  });
  // The modules in MODULES' order (typedoc sorts categories by name otherwise); the guides last.
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    const rank = (title) => (title === OTHER_GUIDES ? Number.MAX_SAFE_INTEGER : categoryOrder.indexOf(title) >= 0 ? categoryOrder.indexOf(title) : categoryOrder.length);
    event.project.categories?.sort((a, b) => rank(a.title) - rank(b.title) || a.title.localeCompare(b.title));
  });
}
