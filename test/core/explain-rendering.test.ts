/**
 * `explain: false` builds no explanation text (API.md §7b): with the kernel's `explainStep` and every
 * rule's message functions spied on (the module src/core/explain.ts is wrapped for this file), a call
 * with `explain: false` makes no step and calls the message function of no rule but those of its own
 * violations and warnings (they are answers, so their messages are still written). With
 * `explain: true` the same spies see the steps: they do watch the rendering.
 */
import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import type * as Explain from "../../src/core/explain.js";
import { apiArguments } from "../properties/support/api-arbitraries.js";
import { INPUT_OBJECT_FUNCTIONS, explanationCount, outcome, violationCodes, withExplain } from "../properties/support/explain-option.js";

/** What the spies saw: steps built, and the rules (code, or id) whose message function ran. */
const seen = vi.hoisted(() => ({ steps: 0, messages: [] as string[] }));

vi.mock("../../src/core/explain.js", async (importOriginal) => {
  const actual = await importOriginal<typeof Explain>();
  /** The same text, counted when it is a function of the values. */
  const spied = <V>(key: string, text: string | ((values: V) => string) | undefined) =>
    typeof text === "function"
      ? (values: V) => {
          seen.messages.push(key);
          return text(values);
        }
      : text;
  return {
    ...actual,
    defineRule: <V>(declaration: Explain.RuleDeclaration<V>) => {
      const key = declaration.code ?? declaration.id;
      const message = declaration.message === undefined ? undefined : { fr: spied(key, declaration.message.fr)!, en: spied(key, declaration.message.en)! };
      return actual.defineRule<V>({ ...declaration, ...(message === undefined ? {} : { message }) });
    },
    explainStep: ((...args: Parameters<typeof actual.explainStep>) => {
      seen.steps += 1;
      return actual.explainStep(...args);
    }) as typeof actual.explainStep,
  };
});

/** Public functions that call other public functions and merge their warnings (one per code). */
const COMPOSED_FUNCTIONS: readonly string[] = ["apprenticePaySchedule", "professionalisationPaySchedule", "checkApprenticeshipContract", "checkProfessionalisationContract"];

const reset = () => {
  seen.steps = 0;
  seen.messages = [];
};

describe.each([...INPUT_OBJECT_FUNCTIONS])("%s", (fn) => {
  test("explain: false builds no step and writes only the messages of its violations and warnings; explain: true writes its steps", () => {
    let results = 0;
    let explainedSteps = 0;
    fc.assert(
      fc.property(apiArguments[fn]!, (args) => {
        reset();
        const silent = outcome(fn, withExplain(args, false));
        expect(seen.steps, "steps built with explain: false").toBe(0);
        if ("error" in silent) return;
        results += 1;
        const codes = violationCodes(silent.result);
        // Every message function that ran belongs to one of the result's violations or warnings…
        expect(seen.messages.filter((key) => !codes.includes(key))).toEqual([]);
        // …and ran at most once per violation or warning — but for the functions that call other public
        // functions and keep one warning per code (COMPOSED_FUNCTIONS): netPay once per period of a
        // schedule, each module's check in a whole-contract check.
        if (!COMPOSED_FUNCTIONS.includes(fn)) expect(seen.messages.length).toBeLessThanOrEqual(codes.length);

        reset();
        const explained = outcome(fn, withExplain(args, true));
        const count = explanationCount("result" in explained ? explained.result : undefined);
        // (a step may appear twice: checkContractDates repeats its windows' steps)
        expect(seen.steps > 0).toBe(count.steps > 0);
        expect(seen.steps).toBeLessThanOrEqual(count.steps);
        explainedSteps += seen.steps;
      }),
      { numRuns: 100 },
    );
    expect(results).toBeGreaterThan(25);
    // The spies are live: they counted the steps of the explained calls.
    expect(explainedSteps).toBeGreaterThanOrEqual(results);
  });
});

test("the spies see the message functions of violations (apprentice aged 31, no exception)", () => {
  reset();
  const result = outcome("checkApprenticeshipEligibility", [{ birthDate: "1994-01-10", contractStart: "2025-09-01", explain: false }]);
  expect("result" in result && violationCodes(result.result)).toEqual(["AGE_ABOVE_MAXIMUM"]);
  expect(seen.steps).toBe(0);
  expect(seen.messages).toEqual(["AGE_ABOVE_MAXIMUM"]);
});
