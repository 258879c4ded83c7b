/**
 * Builds dist/ once before the suite, so the CLI tests run the built command line (as users do)
 * even on a fresh clone where `npm test` comes before any `npm run build`. A failed build does not
 * stop the other tests: the CLI tests read the error (`inject("cliBuildError")`) and fail with it.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    cliBuildError: string;
  }
}

export default function setup(project: TestProject): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  try {
    execFileSync(process.execPath, [fileURLToPath(new URL("../node_modules/tsup/dist/cli-default.js", import.meta.url)), "--silent"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    project.provide("cliBuildError", "");
  } catch (error) {
    const output = error as { stderr?: Buffer; message: string };
    project.provide("cliBuildError", output.stderr?.toString() || output.message);
  }
}
