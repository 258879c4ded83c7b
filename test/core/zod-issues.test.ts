/**
 * Every kind of zod/mini issue becomes one of our input issues, with a French and an English message.
 * The issues are real: produced by zod/mini schemas like those of src/ (the source of each row is the
 * check that raises it), then converted by `fromZodIssues`.
 */
import * as z from "zod/mini";
import { describe, expect, test } from "vitest";
import { fromZodIssues } from "../../src/core/issues.js";

const issuesOf = (schema: z.ZodMiniType, input: unknown) => {
  const parsed = schema.safeParse(input, { reportInput: true }); // as parseInput (src/core/schema.ts) does
  if (parsed.success) throw new Error("expected a failure");
  return parsed.error.issues as never;
};

describe("fromZodIssues", () => {
  test.for([
    { check: "z.bigint() given a text: a type outside our names keeps zod's", schema: z.object({ n: z.bigint() }), input: { n: "x" }, code: "INVALID_TYPE", fr: "n : bigint est attendu, reçu « x »", en: 'n: bigint is expected, got "x"' },
    { check: "z.string() given a function: shown as text", schema: z.object({ s: z.string() }), input: { s: () => 1 }, code: "INVALID_TYPE", fr: "s : un texte est attendu, reçu « () => 1 »", en: 's: a string is expected, got "() => 1"' },
    { check: "z.string() given an object: shown as JSON", schema: z.object({ s: z.string() }), input: { s: { a: 1 } }, code: "INVALID_TYPE", fr: 's : un texte est attendu, reçu « {"a":1} »', en: 's: a string is expected, got "{"a":1}"' },
    { check: "z.literal() left out", schema: z.object({ l: z.literal("x") }), input: {}, code: "REQUIRED", fr: "l : champ obligatoire manquant", en: "l: required field is missing" },
    { check: "z.lt(10): strictly less", schema: z.object({ n: z.number().check(z.lt(10)) }), input: { n: 10 }, code: "TOO_BIG", fr: "n : doit être inférieur à 10, reçu « 10 »", en: 'n: must be less than 10, got "10"' },
    { check: "z.lte(10)", schema: z.object({ n: z.number().check(z.lte(10)) }), input: { n: 11 }, code: "TOO_BIG", fr: "n : doit être au plus 10, reçu « 11 »", en: 'n: must be at most 10, got "11"' },
    { check: "z.gte(1)", schema: z.object({ n: z.number().check(z.gte(1)) }), input: { n: 0 }, code: "TOO_SMALL", fr: "n : doit être au moins 1, reçu « 0 »", en: 'n: must be at least 1, got "0"' },
    { check: "z.maxLength(1) on an array", schema: z.object({ a: z.array(z.number()).check(z.maxLength(1)) }), input: { a: [1, 2] }, code: "TOO_BIG", fr: "a : doit contenir au plus 1 élément(s)", en: "a: must have at most 1 item(s)" },
    { check: "a refinement without our code", schema: z.object({ n: z.number().check(z.refine((n) => n > 0)) }), input: { n: -1 }, code: "INVALID_VALUE", fr: "n : valeur invalide « -1 »", en: 'n: invalid value "-1"' },
    { check: "a refinement with a code of its own", schema: z.object({ n: z.number().check(z.refine((n) => n > 0, { params: { code: "MY_CODE" } })) }), input: { n: -1 }, code: "MY_CODE", fr: "n : valeur invalide « -1 »", en: 'n: invalid value "-1"' },
    { check: "z.regex(): a format zod checks itself", schema: z.object({ s: z.string().check(z.regex(/^a/)) }), input: { s: "b" }, code: "INVALID_VALUE", fr: "s : valeur invalide « b »", en: 's: invalid value "b"' },
  ])("$check → $code", ({ schema, input, code, fr, en }) => {
    const issues = issuesOf(schema, input);
    expect(fromZodIssues(issues, "fr")).toEqual([{ path: expect.any(Array), code, message: fr }]);
    expect(fromZodIssues(issues, "en")).toEqual([{ path: expect.any(Array), code, message: en }]);
  });
});
