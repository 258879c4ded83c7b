/**
 * Single-file bundle of the library for spreadsheets and browsers: one IIFE with a global
 * `Alternance`, no modules, no Node API, every dependency inlined: dist/alternance.global.js (the
 * package's `unpkg` file). `scripts/build-sheets.ts` then copies it as dist/gas/Alternance.gs and at
 * the start of dist/excel/functions.js, with the wrappers.
 *
 *   npx tsup --config tsup.sheets.config.ts && npx tsx scripts/build-sheets.ts
 */
import { defineConfig, type Options } from "tsup";

/** Options of the bundle, shared with the test that rebuilds it into a temporary folder. */
export const sheetsBundleOptions = {
  entry: { alternance: "src/sheets/bundle.ts" },
  format: ["iife"],
  globalName: "Alternance",
  outDir: "dist",
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
