/**
 * A fixed set of calls of every public function (the seed examples, plus each function's generator
 * sampled with a fixed seed), and their outcomes as JSON. test/properties/api.property.test.ts runs it
 * in-process and in child processes under other time zones (`TZ=…`), and compares.
 *
 *   node --import tsx test/properties/support/tz-calls.ts     (prints the outcomes as JSON)
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import * as api from "../../../src/index.js";
import { apiArguments } from "./api-arbitraries.js";

/** One call: a public function and its arguments. */
export interface Call {
  fn: string;
  args: unknown[];
}

/** The seed examples (test/cases/seed-examples.json), then 12 sampled calls per public function. */
export function fixedCalls(): Call[] {
  const seeds = JSON.parse(readFileSync(new URL("../../cases/seed-examples.json", import.meta.url), "utf8")) as { cases: Array<{ fn: string; input: unknown }> };
  return [
    ...seeds.cases.map((row) => ({ fn: row.fn, args: [row.input] })),
    ...Object.entries(apiArguments).flatMap(([fn, arbitrary]) => fc.sample(arbitrary, { seed: 20_260_101, numRuns: 12 }).map((args) => ({ fn, args }))),
  ];
}

/** The result of each call, or its AlternanceInputError (code and issues); any other error is rethrown. */
export function outcomes(calls: readonly Call[]): unknown[] {
  return calls.map(({ fn, args }) => {
    try {
      return { result: (api as unknown as Record<string, (...values: unknown[]) => unknown>)[fn]!(...args) };
    } catch (error) {
      if (error instanceof api.AlternanceInputError) return { error: { code: error.code, message: error.message, issues: error.issues } };
      throw error;
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const calls = fixedCalls();
  process.stdout.write(JSON.stringify({ tz: process.env["TZ"] ?? null, offsetMinutes: new Date(2026, 0, 1).getTimezoneOffset(), calls, outcomes: outcomes(calls) }));
}
