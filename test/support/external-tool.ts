/**
 * Tests that need a program of the machine (Debian's Chromium for the office page). In CI (`CI` set, as `.ci/run`
 * and hosted CI runners do) a missing program is a failing test that says how to install it; on a
 * developer's machine without it, its tests are skipped with a warning on stderr, so that `npm test`
 * still runs everything else.
 */
import { test } from "vitest";

/** Whether the tests run in CI: `CI` set to anything but `""`, `0` or `false`. */
export const inCi = (value = process.env["CI"]): boolean => value !== undefined && !["", "0", "false"].includes(value.toLowerCase());

/**
 * Whether the tests that need a program can run. When it is missing: in CI, registers a failing test
 * naming it and how to install it; elsewhere, warns on stderr that its tests are skipped.
 *
 * @param tool - its name, whether it was found, how to install it, the tests that need it, another way to provide it
 * @returns `true` when the program is there
 */
export function externalTool(tool: { name: string; found: boolean; install: string; tests: string; hint?: string }): boolean {
  if (tool.found) return true;
  const message = `${tool.name} is missing: ${tool.tests} cannot run. Install it with \`${tool.install}\`${tool.hint ? ` (${tool.hint})` : ""}.`;
  if (inCi()) {
    test(`${tool.name} is installed (required in CI)`, () => {
      throw new Error(message);
    });
  } else {
    process.stderr.write(`\n!!! ${message}\n!!! Skipped here; CI (CI=true) fails without it.\n\n`);
  }
  return false;
}
