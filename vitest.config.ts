import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Property tests run hundreds of calls and some tests start child processes: on a shared 2-core
    // machine a test may take seconds. A generous limit, not a timing assertion (performance is measured
    // with benchmarks, docs/performance.md).
    testTimeout: 30_000,
    benchmark: { include: ["test/bench/**/*.bench.ts"] },
    // `npm run test:coverage` (vitest run --coverage): all of src/, the command line and the
    // spreadsheet wrapper included; the run fails below the thresholds (docs/quality.md).
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The office page's DOM wiring runs in the browser: test/web/page.browser.test.ts drives it in
      // Chromium, where this coverage cannot see. Everything it calls (src/web/*) is covered here.
      exclude: ["src/web/main.ts"],
      reporter: ["text-summary", "json-summary", "html"],
      reportsDirectory: "coverage",
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});
