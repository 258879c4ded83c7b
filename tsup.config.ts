import { rmSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

/**
 * Tree-shaking (issue 9, size budgets). Choice: the ESM build is NOT bundled. Each file of src/
 * (outside the command line and the spreadsheet wrapper) becomes its own module in dist/
 * (dist/index.js, dist/core/*.js, dist/pay/*.js, …), so that with `"sideEffects": false` in
 * package.json a consumer's bundler drops every module a function does not import. In one bundled
 * file, the code that runs at load (zod schemas built once, rule declarations, parameter tables,
 * presets) counted as side effects and bundlers kept almost the whole library: `import { smicAt }`
 * weighed 47.0 kB gzip, 22.2 kB now (size-limit). Inside the modules that are kept, the rule
 * declarations are annotated `/* @__PURE__ *\/ defineRule(…)` in src/ (esbuild keeps the annotation
 * in dist/), so the rules a function does not use are dropped too: apprenticePaySchedule 31.8 kB
 * without them, 29.7 kB with them (esbuild + gzip). Measured and rejected: the annotations alone on the
 * bundled file (smicAt 29.7 kB: too much load-time code left, and ≈ 400 annotations of every zod call)
 * and `@__NO_SIDE_EFFECTS__` on `defineRule` (esbuild does not apply it across modules).
 * CommonJS stays one bundled file (`require` loads everything anyway). The declarations stay bundled
 * into dist/index.d.ts and dist/index.d.cts, the package's only type entry points, by their own
 * build: a build that cleans dist/ and emits declarations deletes every *.d.ts / *.d.cts in dist/ at
 * the start of its declaration step, racing with the other builds, which tsup runs in parallel.
 */
/**
 * Files of dist/ written by the other builds below (dist/cli/: the command line's chunks), and by `npm run
 * build:schemas` (dist/schemas/, which `alternance serve` reads): the ESM build's clean, which runs in
 * parallel, keeps them.
 */
const writtenByOtherBuilds = ["index.cjs", "index.cjs.map", "index.d.ts", "index.d.cts", "cli.js", "cli.js.map", "cli", "cli/**", "schemas", "schemas/**"];

/** The command line's chunks, a folder of their own next to dist/cli.js. */
const cliChunks = "dist/cli";

/**
 * Empties dist/cli/ when the command line's build starts: chunk names carry a hash, so the chunks of
 * an earlier build would otherwise stay there (and go into the tarball).
 */
const cleanCliChunks: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "clean-cli-chunks",
  setup(build) {
    build.onStart(() => rmSync(cliChunks, { recursive: true, force: true }));
  },
};

export default defineConfig([
  {
    // The library, ESM: one module per source file, dependencies left external. It cleans dist/
    // (gas/, excel/ and web/ included: `npm run build:sheets` and `build:web` write them after).
    // src/catalogue/ is not part of the library: the command line bundles it, scripts/schemas.ts reads
    // it. src/web/ is the office page, built for browsers by scripts/web.ts.
    entry: ["src/**/*.ts", "!src/cli/**", "!src/sheets/**", "!src/catalogue/**", "!src/web/**"],
    format: ["esm"],
    bundle: false,
    dts: false,
    sourcemap: true,
    clean: writtenByOtherBuilds.map((file) => `!${file}`),
    target: "es2022",
    splitting: false,
  },
  {
    // The library, CommonJS: one bundled file, dependencies left external.
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "es2022",
    treeshake: true,
    splitting: false,
  },
  {
    // The type declarations of both builds, bundled: dist/index.d.ts and dist/index.d.cts.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: { only: true },
    clean: false,
  },
  {
    // The command line (Node only): ESM, with every dependency inside (zod, decimal.js, csv-parse,
    // hono, and any other the CLI imports): Node then loads a few files instead of resolving and reading
    // ~110 modules of zod/mini alone (80 ms of the 200 ms `alternance smic` took; docs/performance.md,
    // "CLI cold start"). Split (issue 14): dist/cli.js holds the dispatcher and the help; what a command
    // needs is loaded by `import()` when it runs, from chunks of dist/cli/, so that `alternance smic`
    // neither compiles nor evaluates the HTTP server, csv-parse or the rest of the library. Few targets
    // of `import()` on purpose (smic's module, the library, batch, check-contract, demo, serve; the
    // rendering is part of dist/cli.js): each one more splits the modules the others share into more
    // chunks, and Node 20's ESM loader costs about 1 ms of CPU per file (one target per API function:
    // 48 files for the cohort instead of 13, 30 to 45 ms slower). The shebang is src/cli/bin.ts's own.
    // Whitespace and syntax are minified (less to read and compile at each start); names are kept, so
    // that the stack of an internal error (exit code 3) stays readable.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: true,
    noExternal: [/.*/],
    minifyWhitespace: true,
    minifySyntax: true,
    esbuildPlugins: [cleanCliChunks],
    esbuildOptions(options) {
      options.chunkNames = "cli/[name]-[hash]";
    },
  },
]);
