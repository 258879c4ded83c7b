/**
 * Debian's headless Chromium, driven by playwright-core (nothing downloads a browser): the pictures of
 * scripts/screenshots.ts and the office page's tests (test/web/page.browser.test.ts) start it here.
 * The browser is /usr/bin/chromium, or $CHROMIUM.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Where the browser is: $CHROMIUM, or Debian's package (`apt-get install chromium`). */
export const CHROMIUM_PATH = process.env["CHROMIUM"] ?? "/usr/bin/chromium";

/** The flags of every run: headless, no sandbox (containers), no GPU, and no network of its own. */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A browser on a fresh profile, and how to close it (the profile is deleted). */
export interface RunningChromium {
  /** The browser. */
  readonly browser: Browser;
  /** Its one context (pages are opened in it). */
  readonly context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  readonly close: () => Promise<void>;
}

/** Starts headless Chromium with a fresh profile (`--user-data-dir` in a new temporary folder). */
export async function launchChromium(): Promise<RunningChromium> {
  const profile = await mkdtemp(join(tmpdir(), "alternance-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return {
    browser: context.browser() ?? (context as unknown as Browser),
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Starts headless Chromium with a fresh profile for `use`, then closes it and deletes the profile. */
export async function withChromium<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const running = await launchChromium();
  try {
    return await use(running.browser);
  } finally {
    await running.close();
  }
}
