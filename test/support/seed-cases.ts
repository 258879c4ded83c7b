/**
 * The worked examples of the seed documents (test/cases/seed-examples.json, a copy of
 * shared/cases/seed-examples.json): one row per example, with the public function, its input and the
 * expected fields (dotted paths such as `monthly.0.amount`).
 */
import { readFileSync } from "node:fs";

/** One worked example. */
export interface SeedCase {
  name: string;
  source: string;
  fn: string;
  input: Record<string, unknown>;
  expect: Record<string, unknown>;
}

/** The file the rows are read from. */
export const seedFile = new URL("../cases/seed-examples.json", import.meta.url);

/** Every worked example, in the file's order. */
export const seedCases: readonly SeedCase[] = (JSON.parse(readFileSync(seedFile, "utf8")) as { cases: SeedCase[] }).cases;

/** Reads a dotted path (`monthly.0.amount`) of a result; the empty path is the result itself. */
export function pickPath(result: unknown, path: string): unknown {
  if (path === "") return result;
  return path.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], result);
}
