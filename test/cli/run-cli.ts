import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, inject } from "vitest";

beforeAll(() => {
  const error = inject("cliBuildError");
  if (error) throw new Error(`the build failed (test/global-setup.ts), so the CLI cannot be tested:\n${error}`);
});

/** Path of the built command line (test/global-setup.ts builds it). */
export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** Runs the built CLI as a child process. */
export function runCli(args: string[], options: { input?: Buffer | string; cwd?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input,
    cwd: options.cwd ?? fileURLToPath(new URL("../..", import.meta.url)),
    encoding: "utf8",
    // No colours, and the width of a pipe (80) whatever the terminal the tests run in.
    env: { ...process.env, NO_COLOR: "1", COLUMNS: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
