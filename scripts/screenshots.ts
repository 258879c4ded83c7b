/**
 * Pictures of the project, drawn by Debian's headless Chromium (playwright-core, no browser download):
 *
 *   npx tsx scripts/screenshots.ts icons    examples/excel/icon-32.png and icon-64.png (the Excel add-in's icons)
 *   npx tsx scripts/screenshots.ts sheets   docs/images/sheets-*.png: a cohort sheet using the ALT_ functions,
 *                                           its values computed by HyperFormula with the real registry
 *   npx tsx scripts/screenshots.ts api      docs/images/api-index.png: the index of the API reference
 *                                           (run `npm run docs` first)
 *   npx tsx scripts/screenshots.ts          all three
 *
 * The browser is /usr/bin/chromium (or $CHROMIUM), with a fresh profile that is deleted afterwards.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";

const root = resolve(import.meta.dirname, "..");

/** Starts headless Chromium with the flags of the brief and a fresh profile; closes and cleans after `use`. */
export async function withChromium<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(join(tmpdir(), "alternance-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env["CHROMIUM"] ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    return await use(context.browser() ?? (context as unknown as Browser));
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

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

const tasks: Record<string, (browser: Browser) => Promise<void>> = { icons };

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
