/**
 * Every kind of zod/mini issue becomes one of our input issues, with a French and an English message.
 * The issues are real: produced by zod/mini schemas like those of src/ (the source of each row is the
 * check that raises it), then converted by `fromZodIssues`.
 */
import * as z from "zod/mini";
import { describe, expect, test } from "vitest";
import { fromZodIssues } from "../../src/core/issues.js";
import { isoDateFrom, isoDateSchema, isoMonthSchema } from "../../src/core/schema.js";
import { conventionalMinimumSchema } from "../../src/pay/input.js";

const issuesOf = (schema: z.ZodMiniType, input: unknown) => {
  const parsed = schema.safeParse(input, { reportInput: true }); // as parseInput (src/core/schema.ts) does
  if (parsed.success) throw new Error("expected a failure");
  return parsed.error.issues as never;
};

describe("fromZodIssues", () => {
  test.for([
    { check: "z.bigint() given a text: a type outside our names keeps zod's", schema: z.object({ n: z.bigint() }), input: { n: "x" }, code: "INVALID_TYPE", fr: "n : bigint est attendu, reçu « x »", en: 'n: bigint is expected, got "x"' },
    { check: "z.string() given a function: named, never its source", schema: z.object({ s: z.string() }), input: { s: () => 1 }, code: "INVALID_TYPE", fr: "s : un texte est attendu, reçu une fonction", en: "s: a string is expected, got a function" },
    { check: "z.string() given an object: named, never serialised (issue 13)", schema: z.object({ s: z.string() }), input: { s: { a: 1 } }, code: "INVALID_TYPE", fr: "s : un texte est attendu, reçu un objet", en: "s: a string is expected, got an object" },
    { check: "z.literal() left out", schema: z.object({ l: z.literal("x") }), input: {}, code: "REQUIRED", fr: "l : champ obligatoire manquant", en: "l: required field is missing" },
    { check: "z.lt(10): strictly less", schema: z.object({ n: z.number().check(z.lt(10)) }), input: { n: 10 }, code: "TOO_BIG", fr: "n : doit être inférieur à 10, reçu « 10 »", en: 'n: must be less than 10, got "10"' },
    { check: "z.lte(10)", schema: z.object({ n: z.number().check(z.lte(10)) }), input: { n: 11 }, code: "TOO_BIG", fr: "n : doit être au plus 10, reçu « 11 »", en: 'n: must be at most 10, got "11"' },
    { check: "z.gte(1)", schema: z.object({ n: z.number().check(z.gte(1)) }), input: { n: 0 }, code: "TOO_SMALL", fr: "n : doit être au moins 1, reçu « 0 »", en: 'n: must be at least 1, got "0"' },
    { check: "z.maxLength(1) on an array: the length received", schema: z.object({ a: z.array(z.number()).check(z.maxLength(1)) }), input: { a: [1, 2] }, code: "TOO_BIG", fr: "a : doit contenir au plus 1 élément(s), reçu une liste de 2 élément(s)", en: "a: must have at most 1 item(s), got an array of 2 item(s)" },
    { check: "a refinement without our code", schema: z.object({ n: z.number().check(z.refine((n) => n > 0)) }), input: { n: -1 }, code: "INVALID_VALUE", fr: "n : valeur invalide « -1 »", en: 'n: invalid value "-1"' },
    { check: "a refinement with a code of its own", schema: z.object({ n: z.number().check(z.refine((n) => n > 0, { params: { code: "MY_CODE" } })) }), input: { n: -1 }, code: "MY_CODE", fr: "n : valeur invalide « -1 »", en: 'n: invalid value "-1"' },
    { check: "z.regex(): a format zod checks itself", schema: z.object({ s: z.string().check(z.regex(/^a/)) }), input: { s: "b" }, code: "INVALID_VALUE", fr: "s : valeur invalide « b »", en: 's: invalid value "b"' },
  ])("$check → $code", ({ schema, input, code, fr, en }) => {
    const issues = issuesOf(schema, input);
    expect(fromZodIssues(issues, "fr")).toEqual([{ path: expect.any(Array), code, message: fr }]);
    expect(fromZodIssues(issues, "en")).toEqual([{ path: expect.any(Array), code, message: en }]);
  });
});

describe("fromZodIssues: every type name, our own checks, and the path", () => {
  test.for([
    { check: "z.number() given a text", schema: z.object({ n: z.number() }), input: { n: "35" }, path: ["n"], code: "INVALID_TYPE", fr: "n : un nombre fini est attendu, reçu « 35 »", en: 'n: a finite number is expected, got "35"' },
    { check: "z.number() given null", schema: z.object({ n: z.number() }), input: { n: null }, path: ["n"], code: "INVALID_TYPE", fr: "n : un nombre fini est attendu, reçu « null »", en: 'n: a finite number is expected, got "null"' },
    { check: "z.boolean() given a text", schema: z.object({ b: z.boolean() }), input: { b: "yes" }, path: ["b"], code: "INVALID_TYPE", fr: "b : vrai ou faux (booléen) est attendu, reçu « yes »", en: 'b: true or false (boolean) is expected, got "yes"' },
    { check: "z.object() given a number", schema: z.object({ o: z.object({}) }), input: { o: 3 }, path: ["o"], code: "INVALID_TYPE", fr: "o : un objet est attendu, reçu « 3 »", en: 'o: an object is expected, got "3"' },
    { check: "z.int() given 1.5", schema: z.object({ n: z.int() }), input: { n: 1.5 }, path: ["n"], code: "NOT_INTEGER", fr: "n : doit être un nombre entier", en: "n: must be a whole number" },
    { check: "z.int() given Infinity: not a finite number", schema: z.object({ n: z.int() }), input: { n: Infinity }, path: ["n"], code: "INVALID_TYPE", fr: "n : un nombre fini est attendu, reçu « Infinity »", en: 'n: a finite number is expected, got "Infinity"' },
    { check: "z.enum() given an unknown value", schema: z.object({ e: z.enum(["a", "b"]) }), input: { e: "c" }, path: ["e"], code: "INVALID_VALUE", fr: "e : valeur inconnue « c » ; valeurs admises : a, b", en: 'e: unknown value "c"; allowed values: a, b' },
    { check: "z.enum() left out", schema: z.object({ e: z.enum(["a", "b"]) }), input: {}, path: ["e"], code: "REQUIRED", fr: "e : champ obligatoire manquant", en: "e: required field is missing" },
    { check: "z.gt(0): strictly more", schema: z.object({ n: z.number().check(z.gt(0)) }), input: { n: 0 }, path: ["n"], code: "TOO_SMALL", fr: "n : doit être supérieur à 0, reçu « 0 »", en: 'n: must be greater than 0, got "0"' },
    { check: "z.gte(1.5): the bound in French", schema: z.object({ n: z.number().check(z.gte(1.5)) }), input: { n: 1 }, path: ["n"], code: "TOO_SMALL", fr: "n : doit être au moins 1,5, reçu « 1 »", en: 'n: must be at least 1.5, got "1"' },
    { check: "z.minLength(1) on an array", schema: z.object({ a: z.array(z.number()).check(z.minLength(1)) }), input: { a: [] }, path: ["a"], code: "TOO_SMALL", fr: "a : doit contenir au moins 1 élément(s)", en: "a: must have at least 1 item(s)" },
    { check: "isoDateSchema(): an impossible date", schema: z.object({ d: isoDateSchema() }), input: { d: "2025-02-30" }, path: ["d"], code: "INVALID_DATE", fr: "d : date invalide « 2025-02-30 » : une date réelle au format AAAA-MM-JJ est attendue (années 1900 à 2199)", en: 'd: invalid date "2025-02-30": a real date written YYYY-MM-DD is expected (years 1900 to 2199)' },
    { check: "isoDateSchema(): a number, a type error only", schema: z.object({ d: isoDateSchema() }), input: { d: 20250230 }, path: ["d"], code: "INVALID_TYPE", fr: "d : un texte est attendu, reçu « 20250230 »", en: 'd: a string is expected, got "20250230"' },
    { check: "isoDateFrom(): a date before the scope", schema: z.object({ d: isoDateFrom("2019-01-01") }), input: { d: "2018-12-31" }, path: ["d"], code: "OUT_OF_SCOPE", fr: "d : « 2018-12-31 » est antérieur au 2019-01-01, premier jour couvert par la bibliothèque pour cette donnée", en: 'd: "2018-12-31" is before 2019-01-01, the first day the library covers for this value' },
    { check: "isoMonthSchema(): month 13", schema: z.object({ m: isoMonthSchema() }), input: { m: "2025-13" }, path: ["m"], code: "INVALID_MONTH", fr: "m : mois invalide « 2025-13 » : un mois au format AAAA-MM est attendu", en: 'm: invalid month "2025-13": a month written YYYY-MM is expected' },
    { check: "conventionalMinimumSchema(): more than two decimals", schema: z.object({ smc: conventionalMinimumSchema() }), input: { smc: 1900.005 }, path: ["smc"], code: "NOT_MULTIPLE", fr: "smc : doit être un multiple de 0,01", en: "smc: must be a multiple of 0.01" },
    { check: "a list index in the path", schema: z.object({ rows: z.array(z.object({ d: isoDateSchema() })) }), input: { rows: [{ d: "2025-01-01" }, { d: "x" }] }, path: ["rows", 1, "d"], code: "INVALID_DATE", fr: "rows[1].d : date invalide « x » : une date réelle au format AAAA-MM-JJ est attendue (années 1900 à 2199)", en: 'rows[1].d: invalid date "x": a real date written YYYY-MM-DD is expected (years 1900 to 2199)' },
  ])("$check → $code", ({ schema, input, path, code, fr, en }) => {
    const issues = issuesOf(schema, input);
    expect(fromZodIssues(issues, "fr")).toEqual([{ path, code, message: fr }]);
    expect(fromZodIssues(issues, "en")).toEqual([{ path, code, message: en }]);
  });

  test("two unknown keys in a nested object: one UNKNOWN_FIELD each, under the object's path", () => {
    const issues = issuesOf(z.object({ o: z.strictObject({ a: z.number() }) }), { o: { a: 1, b: 2, c: 3 } });
    expect(fromZodIssues(issues, "fr")).toEqual([
      { path: ["o", "b"], code: "UNKNOWN_FIELD", message: "o.b : champ inconnu (faute de frappe ?)" },
      { path: ["o", "c"], code: "UNKNOWN_FIELD", message: "o.c : champ inconnu (faute de frappe ?)" },
    ]);
    expect(fromZodIssues(issues, "en").map((issue) => issue.message)).toEqual(["o.b: unknown field (a typo?)", "o.c: unknown field (a typo?)"]);
  });
});
