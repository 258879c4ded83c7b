// Mutation testing (`npm run test:mutation`, docs/quality.md « Tests de mutation / Mutation testing »).
//
// Mutates the rules engine: src/ outside src/cli (the command line) and src/sheets (the spreadsheet
// wrapper), which are thin adapters tested by their own, slow, process-spawning tests. The barrel
// files (index.ts that only re-export) hold no code to mutate. The tests are those of
// vitest.stryker.config.ts: the whole suite minus test/cli, test/sheets and the dist/ build step.
// Reports: reports/mutation/index.html, reports/mutation/mutation.json (ignored by git).

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: {
    configFile: "vitest.stryker.config.ts",
    // Run every test that covers the mutant (perTest coverage), not only the test files that import
    // the mutated file: golden and property tests reach src/ through src/index.ts.
    related: false,
  },
  mutate: [
    "src/**/*.ts",
    "!src/cli/**",
    "!src/sheets/**",
    // barrels: re-exports and types only
    "!src/index.ts",
    "!src/{dates,eligibility,internship,pay,programmes,training-hours}/index.ts",
  ],
  ignorePatterns: ["dist", "coverage", "docs/api", ".vitest-results.json"],
  coverageAnalysis: "perTest",
  // Static mutants (in code run once, at import: parameter tables, rule declarations, schemas built
  // once, presets) can only be tested by re-running the whole suite for each of them: 35 % of the
  // mutants for about 80 % of the time (3 to 4 hours on 2 cores). They are reported as "Ignored".
  // Those tables are pinned by other tests: docs/parameters.md and docs/rules.md are generated from
  // them and compared, and test/parameters/legal-values.test.ts checks every value against its source.
  ignoreStatic: true,
  concurrency: 2,
  // Incremental mode: a re-run only tests the mutants whose code or covering tests changed since the
  // last report (reports/stryker-incremental.json). \`npm run test:mutation -- --force\` runs them all.
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
};
