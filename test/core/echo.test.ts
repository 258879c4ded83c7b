/**
 * The echo of a rejected value in a message (src/core/echo.ts): total, bounded, never serialised
 * (issue 13, library reproducer 1; issue 19 for the doubled quotes of a `Date`).
 */
import { describe, expect, test } from "vitest";
import { cutText, echoValue, MAX_ECHO_LENGTH } from "../../src/core/echo.js";
import { cyclicObject, deepNestedArray, megabyteText, revokedProxy, throwingPrimitive, throwingProxy } from "../properties/support/hostile-values.js";

describe("echoValue: every kind of value, in French and English", () => {
  test.for([
    { name: "a text, quoted", value: "2025-02-30", fr: "« 2025-02-30 »", en: '"2025-02-30"', source: "the messages of docs/*.md" },
    { name: "an empty text", value: "", fr: "«  »", en: '""', source: "as written" },
    { name: "a number as written", value: 1823.03, fr: "« 1823.03 »", en: '"1823.03"', source: "lead's decision 1: numbers as written" },
    { name: "-0 keeps its sign", value: -0, fr: "« -0 »", en: '"-0"', source: "String(-0) is '0': as written instead" },
    { name: "NaN", value: Number.NaN, fr: "« NaN »", en: '"NaN"', source: "as written" },
    { name: "-Infinity", value: Number.NEGATIVE_INFINITY, fr: "« -Infinity »", en: '"-Infinity"', source: "as written" },
    { name: "a bigint with n", value: 10n, fr: "« 10n »", en: '"10n"', source: "issue 13: smicAt(10n) threw a TypeError" },
    { name: "a boolean", value: false, fr: "« false »", en: '"false"', source: "as written" },
    { name: "null", value: null, fr: "« null »", en: '"null"', source: "as written" },
    { name: "undefined", value: undefined, fr: "« undefined »", en: '"undefined"', source: "as written" },
    { name: "a symbol, by its kind", value: Symbol("secret"), fr: "un symbole", en: "a symbol", source: "never its description" },
    { name: "a function, by its kind", value: () => "source code", fr: "une fonction", en: "a function", source: "never its source" },
    { name: "an array, with its length", value: [1, 2, 3], fr: "une liste de 3 élément(s)", en: "an array of 3 item(s)", source: "never serialised" },
    { name: "a long array, length grouped", value: new Array(130_000), fr: "une liste de 130\u202f000 élément(s)", en: "an array of 130,000 item(s)", source: "issue 13 reproducer 2" },
    { name: "an object, by its kind", value: { a: 1 }, fr: "un objet", en: "an object", source: "never serialised (JSON.stringify throws on cycles and bigints)" },
    { name: "a cycle", value: cyclicObject, fr: "un objet", en: "an object", source: "issue 13: a circular object threw a TypeError" },
    { name: "10 000 nested arrays", value: deepNestedArray, fr: "une liste de 1 élément(s)", en: "an array of 1 item(s)", source: "issue 13: a RangeError (stack)" },
    { name: "a valid Date, its ISO text, quotes not doubled", value: new Date(Date.UTC(2026, 0, 5)), fr: "une date JavaScript (2026-01-05T00:00:00.000Z)", en: "a JavaScript Date (2026-01-05T00:00:00.000Z)", source: "issue 19: doubled quotes in the Date message" },
    { name: "an invalid Date", value: new Date(Number.NaN), fr: "une date JavaScript invalide", en: "an invalid JavaScript Date", source: "never 'Invalid Date' text" },
    { name: "a proxy whose traps throw", value: throwingProxy, fr: "une valeur illisible", en: "an unreadable value", source: "issue 13: proxies must not throw" },
    { name: "a revoked proxy", value: revokedProxy, fr: "une valeur illisible", en: "an unreadable value", source: "Array.isArray throws on it" },
    { name: "an object whose conversions throw", value: throwingPrimitive, fr: "un objet", en: "an object", source: "no conversion is called" },
  ])("$name", ({ value, fr, en }) => {
    expect(echoValue(value, "fr")).toBe(fr);
    expect(echoValue(value, "en")).toBe(en);
  });

  test("a 1 MB text gives a 60-character echo (issue 13: a 1 MB string must not make a 1 MB message)", () => {
    const echo = echoValue(megabyteText, "fr");
    expect(echo).toBe(`« ${"x".repeat(MAX_ECHO_LENGTH)}… »`);
    expect(echo.length).toBe(MAX_ECHO_LENGTH + 5);
  });

  test("a huge bigint is cut like a text", () => {
    expect(echoValue(10n ** 1000n, "en")).toBe(`"1${"0".repeat(MAX_ECHO_LENGTH - 1)}…"`);
  });
});

describe("cutText", () => {
  test.for([
    { name: "short text unchanged", text: "Hélène", max: 60, expected: "Hélène" },
    { name: "cut with an ellipsis", text: "abcdefgh", max: 3, expected: "abc…" },
    { name: "exactly max: not cut", text: "abc", max: 3, expected: "abc" },
    { name: "an emoji is never split (code points)", text: "😀😀😀", max: 2, expected: "😀😀…" },
    { name: "line breaks and tabs shown as escapes", text: "a\nb\r\tc", max: 60, expected: "a\\nb\\r\\tc" },
    { name: "a terminal escape sequence is neutralised", text: "\u001b[31mred", max: 60, expected: "\\u001b[31mred" },
    { name: "C1 controls and line separators too", text: "\u0085\u2028", max: 60, expected: "\\u0085\\u2028" },
  ])("$name", ({ text, max, expected }) => {
    expect(cutText(text, max)).toBe(expected);
  });
});
