/**
 * Single-file bundle of the library for spreadsheets: one IIFE with a global `Alternance`, no
 * modules, no Node API, every dependency inlined. Apps Script loads it as `Alternance.gs`; the Excel
 * custom-functions script starts with it. `scripts/build-sheets.ts` then writes the wrappers next to it.
 *
 *   npx tsup --config tsup.sheets.config.ts && npx tsx scripts/build-sheets.ts
 */
import { defineConfig, type Options } from "tsup";

/** Options of the bundle, shared with the test that rebuilds it into a temporary folder. */
export const sheetsBundleOptions = {
  entry: { Alternance: "src/sheets/bundle.ts" },
  format: ["iife"],
  globalName: "Alternance",
  outDir: "dist/gas",
  outExtension: () => ({ js: ".js" }),
  platform: "browser",
  target: "es2020",
  minify: true,
  treeshake: true,
  noExternal: [/.*/],
  dts: false,
  sourcemap: false,
  splitting: false,
  clean: false,
} satisfies Options;

export default defineConfig(sheetsBundleOptions);
