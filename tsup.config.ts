import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: ESM + CJS + declarations, dependencies left external.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    treeshake: true,
    splitting: false,
  },
  {
    // The command line (Node only): one ESM file with a shebang, the package's `bin`.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
    splitting: false,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
