/**
 * Vitest configuration for mutation testing (stryker.config.mjs, `npm run test:mutation`).
 *
 * Same tests as vitest.config.ts, minus:
 * - test/cli/** and test/sheets/**: they test src/cli and src/sheets, which are not mutated, and they
 *   spawn processes or load HyperFormula (slow, and useless against the mutants);
 * - test/bench/**: benchmarks, not tests;
 * - test/properties/time-zones.test.ts: its child processes run the code without the mutant, so it
 *   would "kill" every mutant its calls reach, whatever the assertions (and it is slow);
 * - the globalSetup that builds dist/ (only the CLI tests read dist/).
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/cli/**", "test/sheets/**", "test/bench/**", "test/properties/time-zones.test.ts", "**/node_modules/**"],
  },
});
