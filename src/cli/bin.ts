#!/usr/bin/env node
/**
 * Executable entry of `alternance` (the package's `bin`).
 */
import { nodeIo } from "./io.js";
import { EXIT, run } from "./main.js";

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`alternance : erreur interne : ${String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
