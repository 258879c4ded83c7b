/**
 * `node --import ./test/cli/loaded-modules.mjs dist/cli.js …` writes the URL of every module the run
 * loads (the files of dist/ and Node's builtins such as node:http), one per line, to the file named by
 * LOADED_MODULES_LOG. In the main thread this file registers itself as a module hook (module.register);
 * in the hooks thread Node loads it again and uses its `resolve`.
 */
import { appendFileSync } from "node:fs";
import { register } from "node:module";
import { isMainThread } from "node:worker_threads";

if (isMainThread) register(import.meta.url);

/** Resolves as Node would, and writes down the URL. */
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  appendFileSync(process.env.LOADED_MODULES_LOG, `${resolved.url}\n`);
  return resolved;
}
