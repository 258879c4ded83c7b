/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (the callbacks of page.evaluate run in the browser)
/**
 * Pictures of the project, drawn by Debian's headless Chromium (playwright-core, no browser download):
 *
 *   npx tsx scripts/screenshots.ts icons    examples/excel/icon-32.png and icon-64.png (the Excel add-in's icons)
 *   npx tsx scripts/screenshots.ts sheets   docs/images/sheets-*.png: a cohort sheet using the ALT_ functions,
 *                                           its values computed by HyperFormula with the real registry
 *   npx tsx scripts/screenshots.ts api      docs/images/api-index.png: the index of the API reference
 *                                           (run `npm run docs` first)
 *   npx tsx scripts/screenshots.ts office   docs/images/office-page.png: the office page (dist/web, built
 *                                           here) with the MIAGE example, its first-year pay lowered to
 *                                           960 €, checked: the rules not met beside the pay field and
 *                                           in the answer, the key dates, the schedule (and its totals)
 *   npx tsx scripts/screenshots.ts          all four
 *
 * The browser is /usr/bin/chromium (or $CHROMIUM), with a fresh profile that is deleted afterwards.
 * The pictures of docs/ are then made smaller by pngquant when it is installed (Debian: pngquant).
 */
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readFile } from "node:fs/promises";
import type { HyperFormula } from "hyperformula";
import type { Browser } from "playwright-core";
import { frenchWorkbook } from "../test/sheets/support/hyperformula-engine.js";
import { withChromium } from "./chromium.js";
import { buildWeb } from "./web.js";

const root = resolve(import.meta.dirname, "..");

/** The add-in icon: a green tile with « Alt », drawn as SVG at the size asked. */
const iconSvg = (size: number): string => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <rect x="2" y="2" width="60" height="60" rx="12" fill="#1d6f42"/>
  <rect x="10" y="40" width="44" height="4" rx="2" fill="#ffffff" opacity="0.55"/>
  <rect x="10" y="48" width="30" height="4" rx="2" fill="#ffffff" opacity="0.55"/>
  <text x="32" y="33" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="24" fill="#ffffff">Alt</text>
</svg>`;

async function icons(browser: Browser): Promise<void> {
  for (const size of [32, 64]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${iconSvg(size)}</body></html>`);
    await page.screenshot({ path: join(root, "examples/excel", `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
}

/** A cell's value as a French spreadsheet shows it (dates JJ/MM/AAAA, decimal comma, VRAI/FAUX). */
function shown(
  hf: HyperFormula,
  address: { sheet: number; row: number; col: number },
  dateFormat: boolean,
): { text: string; kind: "number" | "text" | "boolean" | "error" | "empty" } {
  const value = hf.getCellValue(address);
  if (value === null || value === "") return { text: "", kind: "empty" };
  if (typeof value === "boolean") return { text: value ? "VRAI" : "FAUX", kind: "boolean" };
  if (typeof value === "string") return { text: value, kind: "text" };
  if (typeof value === "number") {
    if (dateFormat || hf.getCellValueDetailedType(address).startsWith("NUMBER_DATE")) {
      const date = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString();
      return { text: `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`, kind: "number" };
    }
    const text = Number.isInteger(value) ? String(value) : value.toFixed(2);
    return { text: text.replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f"), kind: "number" };
  }
  return { text: (value as { value: string }).value ?? "#ERREUR", kind: "error" };
}

const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const SHEET_CSS = `
  body { margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12px; color: #202124; background: #fff; }
  .frame { display: inline-block; border: 1px solid #c7c7c7; }
  .title { background: #f1f3f4; padding: 6px 10px; font-size: 13px; font-weight: bold; border-bottom: 1px solid #c7c7c7; }
  .bar { display: flex; align-items: center; border-bottom: 1px solid #c7c7c7; font-family: "DejaVu Sans Mono", monospace; }
  .bar .ref { width: 52px; padding: 5px 8px; border-right: 1px solid #c7c7c7; color: #444; }
  .bar .fx { padding: 5px 8px; color: #888; font-style: italic; border-right: 1px solid #e0e0e0; }
  .bar .formula { padding: 5px 8px; }
  table { border-collapse: collapse; }
  th { background: #f8f9fa; color: #5f6368; font-weight: normal; border: 1px solid #e0e0e0; padding: 3px 6px; min-width: 24px; }
  td { border: 1px solid #e2e2e2; padding: 3px 7px; white-space: nowrap; height: 17px; }
  td.number { text-align: right; } td.boolean { text-align: center; } td.error { color: #c5221f; }
  td.header { font-weight: bold; background: #e6f4ea; }
  td.formula { background: #fef7e0; }
  td.selected { outline: 2px solid #1a73e8; outline-offset: -2px; }
  .caption { padding: 6px 10px; font-size: 11px; color: #5f6368; border-top: 1px solid #c7c7c7; background: #fafafa; max-width: 980px; }
`;

/**
 * A sheet of rows (with formulas) evaluated by HyperFormula and drawn like a spreadsheet: column
 * letters, row numbers, the formula bar showing the selected cell's formula.
 */
function sheetHtml(
  title: string,
  rows: (string | null)[][],
  selected: { row: number; col: number },
  options: { headerRows?: number[]; caption: string; dateFormat?: (row: number, col: number) => boolean },
): string {
  const { hf, sheet } = frenchWorkbook(rows);
  const { width } = hf.getSheetDimensions(sheet);
  // Up to the last row that shows something (a spilled schedule reserves more rows than it fills).
  const values = hf.getSheetValues(sheet);
  const height = values.reduce((last, row, index) => (row.some((value) => value !== null && value !== "") ? index + 1 : last), 0);
  const formula = hf.getCellFormula({ sheet, ...selected }) ?? "";
  const letter = (col: number) => String.fromCharCode(65 + col);
  const body = Array.from({ length: height }, (_, row) => {
    const cells = Array.from({ length: width }, (_, col) => {
      const address = { sheet, row, col };
      const { text, kind } = shown(hf, address, options.dateFormat?.(row, col) ?? false);
      const classes = [kind, (options.headerRows ?? []).includes(row) && kind === "text" ? "header" : "", hf.doesCellHaveFormula(address) ? "formula" : "", row === selected.row && col === selected.col ? "selected" : ""];
      return `<td class="${classes.filter(Boolean).join(" ")}">${escapeHtml(text)}</td>`;
    });
    return `<tr><th>${row + 1}</th>${cells.join("")}</tr>`;
  });
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${SHEET_CSS}</style></head><body><div class="frame">
    <div class="title">${escapeHtml(title)}</div>
    <div class="bar"><span class="ref">${letter(selected.col)}${selected.row + 1}</span><span class="fx">fx</span><span class="formula">${escapeHtml(formula)}</span></div>
    <table><tr><th></th>${Array.from({ length: width }, (_, col) => `<th>${letter(col)}</th>`).join("")}</tr>${body.join("")}</table>
    <div class="caption">${escapeHtml(options.caption)}</div>
  </div></body></html>`;
}

const CAPTION =
  "Rendu avec HyperFormula (le moteur de formules des tests de la bibliothèque) et les vraies fonctions ALT_ du registre, " +
  "dans une mise en page imitant un tableur ; ce n'est pas une capture de Google Sheets ni d'Excel. " +
  "Cellules jaunes : formules. En-tête vert : ligne d'en-tête rendue par ALT_APPRENTI_ECHEANCIER.";

/** Reduces a PNG to a palette with pngquant, when it is installed (about a third of the size). */
function compress(file: string): void {
  try {
    execFileSync("pngquant", ["--quality=80-95", "--speed", "1", "--force", "--output", file, file], { stdio: "ignore" });
  } catch {
    // pngquant missing or the picture already small: keep the PNG as Chromium wrote it.
  }
}

/** Screenshots an HTML page at the size of its content. */
async function shoot(browser: Browser, html: string, file: string): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.locator(".frame").screenshot({ path: join(root, file) });
  await page.close();
  compress(join(root, file));
}

async function sheets(browser: Browser): Promise<void> {
  const csv = await readFile(join(root, "examples/google-sheets/cohorte.csv"), "utf8");
  const rows = csv
    .trim()
    .split("\n")
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].slice(0, 9).map(([, cell]) => (cell!.startsWith('"') ? cell!.slice(1, -1).replace(/""/g, '"') : cell!) || null));
  await shoot(
    browser,
    sheetHtml("Cohorte 2025 : une formule par colonne (examples/google-sheets/cohorte.csv)", rows, { row: 1, col: 7 }, {
      headerRows: [0, 6],
      caption: `${CAPTION} Colonnes du et au de l'échéancier au format date, comme on le fait dans le tableur.`,
      dateFormat: (row, col) => row >= 7 && (col === 1 || col === 2),
    }),
    "docs/images/sheets-cohort.png",
  );

  const examples: [string, string][] = [
    ["Salaire minimum d'un apprenti (18 ans, 1re année)", "=ALT_APPRENTI_SALAIRE(DATE(2006;4;10);DATE(2025;9;1);DATE(2025;10;1))"],
    ["Taux du SMIC (en points)", "=ALT_APPRENTI_TAUX(DATE(2006;4;10);DATE(2025;9;1);DATE(2025;10;1))"],
    ["Peut-il signer un contrat d'apprentissage ? (31 ans, RQTH)", '=ALT_APPRENTI_ELIGIBLE(DATE(1994;2;11);DATE(2025;9;1);"rqth")'],
    ["Contrat de professionnalisation possible ? (employeur : État)", '=ALT_CPRO_ELIGIBLE(DATE(2006;1;15);DATE(2025;9;1);"etat")'],
    ["Salaire minimum en contrat de professionnalisation", '=ALT_CPRO_SALAIRE(DATE(2006;1;15);DATE(2025;9;1);DATE(2025;11;1);"bac-pro-ou-plus")'],
    ["Début de contrat au plus tôt (politique MIAGE)", '=ALT_DEBUT_AU_PLUS_TOT("apprentissage";DATE(2025;9;1);DATE(2027;9;3);"miage")'],
    ["Fin de contrat au plus tard (politique MIAGE)", '=ALT_FIN_AU_PLUS_TARD("apprentissage";DATE(2025;9;1);DATE(2027;9;3);"miage")'],
    ["Heures de formation minimales (apprentissage, 1 an)", '=ALT_HEURES_FORMATION_MIN("apprentissage";DATE(2025;9;1);DATE(2026;8;31))'],
    ["Gratification de stage obligatoire ? (308 h)", "=ALT_STAGE_GRATIFICATION_OBLIGATOIRE(308)"],
    ["Gratification minimale (441 h, convention du 02/01/2026)", "=ALT_STAGE_GRATIFICATION_MIN(441;DATE(2026;1;2))"],
    ["SMIC horaire au 15/03/2026", "=ALT_SMIC(DATE(2026;3;15))"],
    ["Données vérifiées jusqu'au", "=ALT_DONNEES_VERIFIEES_AU()"],
    ["Une erreur : le 31/02/2006 n'existe pas", '=ALT_APPRENTI_SALAIRE("31/02/2006";DATE(2025;9;1);DATE(2025;10;1))'],
  ];
  const catalogue: (string | null)[][] = [["Question", "Formule", "Résultat"], ...examples.map(([question, formula]) => [question, `'${formula}`, formula])];
  await shoot(
    browser,
    sheetHtml("Une formule, une réponse", catalogue, { row: 1, col: 2 }, { headerRows: [0], caption: `${CAPTION.split(" Cellules jaunes")[0]} Colonne B : le texte de la formule de la colonne C.` }),
    "docs/images/sheets-functions.png",
  );
}

/** The index of the API reference (docs/api, built by `npm run docs`), its sidebar of modules open. */
async function api(browser: Browser): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(join(root, "docs/api/modules.html")).href);
  await page.waitForLoadState("load");
  await page.screenshot({ path: join(root, "docs/images/api-index.png") });
  await page.close();
  compress(join(root, "docs/images/api-index.png"));
}

/**
 * The office page, from the disk: the MIAGE example loaded by its button, the first year's agreed pay
 * lowered to 960 € (below the minimum from January 2026), checked. The picture runs from the agreed pay
 * table (its amount marked) to the end of the answer: the totals, or the schedule when there are none.
 */
async function office(browser: Browser): Promise<void> {
  await buildWeb();
  const page = await browser.newPage({ viewport: { width: 980, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(join(root, "dist/web/index.html")).href);
  await page.waitForSelector("form[data-ready='true']");
  await page.click("#load-example");
  await page.fill("#f-contract-agreedMonthlyPay-0-amount", "960");
  await page.click("#check");
  await page.waitForSelector("#verdict-title");
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Page coordinates (the check scrolled the page to the answer).
  const [top, bottom] = await page.evaluate(() => [
    document.querySelector("#section-pay")!.getBoundingClientRect().top + window.scrollY - 12,
    // The totals (with the net-pay module) close the answer; the schedule without them.
    (document.querySelector("section.pay table.totals") ?? document.querySelector("section.pay table.schedule"))!.getBoundingClientRect().bottom + window.scrollY + 16,
  ]);
  const file = join(root, "docs/images/office-page.png");
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top!, width: 980, height: bottom! - top! } });
  await page.close();
  compress(file);
}

const tasks: Record<string, (browser: Browser) => Promise<void>> = { icons, sheets, api, office };

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(tasks);
  for (const name of names) if (!tasks[name]) throw new Error(`unknown task « ${name} »: ${Object.keys(tasks).join(", ")}`);
  await withChromium(async (browser) => {
    for (const name of names) {
      await tasks[name]!(browser);
      process.stdout.write(`${name}: done\n`);
    }
  });
}
