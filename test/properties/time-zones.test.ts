/**
 * Results do not depend on the time zone: a fixed set of calls of every public function
 * (support/tz-calls.ts: the seed examples and each function's generator sampled with a fixed seed)
 * runs in child processes under TZ=Pacific/Kiritimati (UTC+14) and TZ=America/Los_Angeles (UTC−8/−7),
 * and gives, call by call, the JSON this process gets (itself run under UTC, Los Angeles and
 * Kiritimati by .ci/run).
 *
 * Keep this file out of mutation testing: the child processes run the code without the mutant, so
 * they would kill every mutant the calls reach, whatever the assertions of the other tests.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { fixedCalls, outcomes } from "./support/tz-calls.js";

describe("results do not depend on the time zone", () => {
  const script = fileURLToPath(new URL("./support/tz-calls.ts", import.meta.url));
  const calls = fixedCalls();
  const here = JSON.parse(JSON.stringify(outcomes(calls))) as unknown[];

  // A child process that loads the library and runs every call: seconds, more on a loaded machine.
  test.for(["Pacific/Kiritimati", "America/Los_Angeles"])("TZ=%s gives the same JSON as this process, call by call", { timeout: 60_000 }, (tz) => {
    const output = execFileSync(process.execPath, ["--import", "tsx", script], {
      cwd: fileURLToPath(new URL("../..", import.meta.url)),
      env: { ...process.env, TZ: tz },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const child = JSON.parse(output) as { tz: string; offsetMinutes: number; calls: unknown[]; outcomes: unknown[] };
    // The child really ran in that zone (UTC+14 on 2026-01-01 in Kiritimati, UTC−8 in Los Angeles).
    expect(child.offsetMinutes).toBe(tz === "Pacific/Kiritimati" ? -840 : 480);
    expect(child.calls).toEqual(JSON.parse(JSON.stringify(calls)));
    expect(child.outcomes.length).toBe(here.length);
    child.outcomes.forEach((outcome, index) => expect(outcome, `${calls[index]!.fn}(${JSON.stringify(calls[index]!.args)})`).toEqual(here[index]));
  });
});
