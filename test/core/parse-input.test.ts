/**
 * `parseInput` (src/core/schema.ts) validates a valid input once, without zod's `reportInput` (which
 * doubles the cost of every parse, docs/performance.md), and parses an invalid input a second time with
 * it, to quote the wrong values in the messages. Rows: the messages are the same as with a single parse
 * with `reportInput`; an input that changes between the two parses (a getter) still gives the first
 * parse's issues, never another exception.
 */
import { describe, expect, test } from "vitest";
import { AlternanceInputError } from "../../src/core/errors.js";
import { inputObject, isoDateSchema, parseInput } from "../../src/core/schema.js";
import { catchInputError } from "../support/catch-input-error.js";

const schema = inputObject({ date: isoDateSchema() });

describe("parseInput", () => {
  test("a valid input is returned as parsed", () => {
    expect(parseInput(schema, { date: "2026-03-01", locale: "en" })).toEqual({ date: "2026-03-01", locale: "en" });
  });

  test.for([
    { name: "an impossible date", input: { date: "2026-02-30" }, fr: "date : date invalide « 2026-02-30 » : une date réelle au format AAAA-MM-JJ est attendue (années 1900 à 2199)" },
    { name: "a missing field", input: {}, fr: "date : champ obligatoire manquant" },
    { name: "a number instead of a text", input: { date: 20260301 }, fr: "date : un texte est attendu, reçu « 20260301 »" },
  ])("$name: the message quotes the value, as with reportInput (core/issues.ts)", ({ input, fr }) => {
    const error = catchInputError(() => parseInput(schema, input));
    expect(error.issues.map((issue) => issue.message)).toEqual([fr]);
  });

  test("an input whose value changes between the two parses gives the first parse's issues", () => {
    let reads = 0;
    const input = {
      get date() {
        reads += 1;
        return reads === 1 ? "2026-02-30" : "2026-03-01";
      },
    };
    const error = catchInputError(() => parseInput(schema, input));
    expect(error).toBeInstanceOf(AlternanceInputError);
    expect(error.issues.map((issue) => issue.code)).toEqual(["INVALID_DATE"]);
    expect(reads).toBe(2);
  });
});
