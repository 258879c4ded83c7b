/**
 * The kernel's guards against pathological input (issue 13): the cap on the number of issues, the
 * bound on every message, unreadable inputs (getters and proxies that throw), lists bounded before
 * their items are read, and `-0` read as `0`.
 */
import * as z from "zod/mini";
import { describe, expect, test } from "vitest";
import { AlternanceInputError, capIssues, MAX_ISSUES, MAX_ISSUES_IN_MESSAGE, tooManyIssues, type InputIssue } from "../../src/core/errors.js";
import { fromZodIssues, inputIssue, MAX_ISSUE_MESSAGE_LENGTH, pathLabel, type ZodIssueLike } from "../../src/core/issues.js";
import {
  boundedArray,
  collectIssues,
  enumList,
  finiteNumber,
  inputObject,
  isList,
  isoDateSchema,
  localeOf,
  nonNegativeNumber,
  parseArguments,
  parseInput,
  positiveNumber,
  rawField,
  wholeNumber,
} from "../../src/core/schema.js";
import { catchInputError } from "../support/catch-input-error.js";
import { revokedProxy, throwingGetter, throwingProxy } from "../properties/support/hostile-values.js";

const issue = (index: number): InputIssue => ({ path: [`f${index}`], code: "INVALID_VALUE", message: `f${index} : valeur invalide` });
const issues = (count: number): InputIssue[] => Array.from({ length: count }, (_, index) => issue(index));

describe("the number of issues is capped: the first 100, then one TOO_MANY_ISSUES counting the rest", () => {
  test.for([
    { name: "100 issues: all listed", count: 100, listed: 100, summary: null },
    { name: "101 issues: 100 and « 1 autres »", count: 101, listed: 100, summary: "input : 1 autres problèmes non détaillés (seuls les 100 premiers le sont)" },
    { name: "130 000 issues: 100 and the count", count: 130_000, listed: 100, summary: "input : 129\u202f900 autres problèmes non détaillés (seuls les 100 premiers le sont)" },
  ])("$name", ({ count, listed, summary }) => {
    const capped = capIssues(issues(count), "fr");
    expect(capped.slice(0, listed)).toEqual(issues(listed));
    expect(capped.length).toBe(summary === null ? listed : listed + 1);
    if (summary !== null) expect(capped.at(-1)).toEqual({ path: [], code: "TOO_MANY_ISSUES", message: summary });
  });

  test("caps merged exactly: two capped lists of 150 give 100 listed and 200 counted", () => {
    const merged = capIssues([...capIssues(issues(150), "en"), ...capIssues(issues(150), "en")], "en");
    expect(merged).toHaveLength(MAX_ISSUES + 1);
    expect(merged.at(-1)!.message).toBe("input: 200 more issues not listed (only the first 100 are)");
  });

  test("a summary alone stays as it is", () => {
    const summary = tooManyIssues(5, "fr");
    expect(capIssues([summary], "fr")).toEqual([summary]);
  });

  test("AlternanceInputError keeps the first 100 issues and repeats the first 20 in its message", () => {
    const error = new AlternanceInputError(issues(250), "fr");
    expect(error.issues).toHaveLength(MAX_ISSUES + 1);
    expect(error.message).toBe(`Données invalides : ${issues(MAX_ISSUES_IN_MESSAGE).map((item) => item.message).join(" ; ")} ; … (81 autres dans error.issues)`);
    expect(new AlternanceInputError(issues(30), "en").message.endsWith("; … (10 more in error.issues)")).toBe(true);
  });

  test("the code is computed on every issue: OUT_OF_SCOPE only when all are", () => {
    const outOfScope = (index: number): InputIssue => ({ path: [`d${index}`], code: "OUT_OF_SCOPE", message: "…" });
    expect(new AlternanceInputError(Array.from({ length: 3 }, (_, index) => outOfScope(index))).code).toBe("OUT_OF_SCOPE");
    expect(new AlternanceInputError([outOfScope(0), issue(1)]).code).toBe("INVALID_INPUT");
  });

  test("an object with 100 000 unknown fields: 100 UNKNOWN_FIELD issues and the count of the others", () => {
    const input = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`k${index}`, index]));
    const error = catchInputError(() => parseInput(inputObject({}), input));
    expect(error.issues).toHaveLength(MAX_ISSUES + 1);
    expect(error.issues[0]).toEqual({ path: ["k0"], code: "UNKNOWN_FIELD", message: "k0 : champ inconnu (faute de frappe ?)" });
    expect(error.issues.at(-1)!.message).toBe("input : 99\u202f900 autres problèmes non détaillés (seuls les 100 premiers le sont)");
  });
});

describe("fromZodIssues converts the first 100 issues and counts the others", () => {
  const typeIssue = (index: number): ZodIssueLike => ({ code: "invalid_type", path: [`f${index}`], expected: "string", input: index });
  test.for([
    { name: "101 issues, then 3 unknown keys: 4 counted", issues: [...Array.from({ length: 101 }, (_, index) => typeIssue(index)), { code: "unrecognized_keys", path: [], keys: ["a", "b", "c"] }], listed: 100, hidden: "4" },
    { name: "99 issues, then 5 unknown keys: 1 key listed, 4 counted", issues: [...Array.from({ length: 99 }, (_, index) => typeIssue(index)), { code: "unrecognized_keys", path: [], keys: ["a", "b", "c", "d", "e"] }], listed: 100, hidden: "4" },
    { name: "an unknown-keys issue without keys, after the cap: nothing counted", issues: [...Array.from({ length: 100 }, (_, index) => typeIssue(index)), { code: "unrecognized_keys", path: [] }], listed: 100, hidden: null },
  ] as Array<{ name: string; issues: ZodIssueLike[]; listed: number; hidden: string | null }>)("$name", ({ issues: zodIssues, listed, hidden }) => {
    const converted = fromZodIssues(zodIssues, "en");
    expect(converted.filter((item) => item.code !== "TOO_MANY_ISSUES")).toHaveLength(listed);
    expect(converted.at(-1)!.message).toBe(hidden === null ? converted[listed - 1]!.message : `input: ${hidden} more issues not listed (only the first 100 are)`);
  });
});

describe("every message is bounded", () => {
  test("an issue message is cut at MAX_ISSUE_MESSAGE_LENGTH characters", () => {
    const long = inputIssue(["f"], "X", { fr: "y".repeat(10_000), en: "y" }, "fr");
    expect(long.message.length).toBe(MAX_ISSUE_MESSAGE_LENGTH);
    expect(long.message.endsWith("…")).toBe(true);
  });

  test("a caller's key in a path label is cut like an echoed text", () => {
    expect(pathLabel(["options", "k".repeat(1000)])).toBe(`options.${"k".repeat(60)}…`);
    expect(pathLabel(["a\nb"])).toBe("a\\nb");
  });

  test("an unknown key of 1 MB makes a short message; the path keeps the key itself", () => {
    const key = "k".repeat(1 << 20);
    const error = catchInputError(() => parseInput(inputObject({}), { [key]: 1 }));
    expect(error.issues[0]!.path).toEqual([key]);
    expect(error.message.length).toBeLessThan(150);
  });
});

describe("an input whose reading throws is an UNREADABLE input, not the caller's exception", () => {
  test.for([
    { name: "a getter that throws", input: throwingGetter("date"), path: [] },
    { name: "a proxy whose traps throw", input: throwingProxy, path: [] },
    { name: "a revoked proxy", input: revokedProxy, path: [] },
  ])("$name", ({ input, path }) => {
    const error = catchInputError(() => parseInput(inputObject({ date: isoDateSchema() }), input));
    expect(error.issues).toEqual([{ path, code: "UNREADABLE", message: "input : valeur illisible : la lire a levé une exception (accesseur ou proxy ?)" }]);
  });

  test("positional arguments: the argument is named, and the others still checked", () => {
    const error = catchInputError(() =>
      parseArguments(
        [
          [isoDateSchema(), "2025-02-30", "date"],
          [z.optional(inputObject({})), throwingGetter("locale"), "options"],
        ],
        "en",
      ),
    );
    expect(error.issues.map((item) => [item.path, item.code])).toEqual([
      [["date"], "INVALID_DATE"],
      [["options"], "UNREADABLE"],
    ]);
    expect(error.issues[1]!.message).toBe("options: unreadable value: reading it threw an exception (a getter or a proxy?)");
  });

  test("localeOf, rawField and isList never throw", () => {
    expect(localeOf(throwingGetter("locale"))).toBe("fr");
    expect(localeOf(throwingProxy)).toBe("fr");
    expect(rawField(throwingGetter("policy"), "policy")).toBeUndefined();
    expect(rawField({ policy: "legal" }, "policy")).toBe("legal");
    expect(rawField("text", "length")).toBeUndefined();
    expect(isList(revokedProxy)).toBe(false);
    expect(isList(new Proxy([1], {}))).toBe(true);
  });

  test("collectIssues passes on any other exception (a bug is not an input issue)", () => {
    const found: InputIssue[] = [];
    expect(() => collectIssues(found, () => { throw new TypeError("bug"); })).toThrow(TypeError);
    expect(collectIssues(found, () => 3)).toBe(3);
    expect(found).toEqual([]);
  });
});

describe("lists are bounded before their items are read", () => {
  test("130 000 bad items: one TOO_BIG issue saying how many were given, and no item is looked at", () => {
    let looked = 0;
    const item = z.string().check(z.refine(() => (looked += 1) > 0));
    const error = catchInputError(() => parseInput(inputObject({ list: boundedArray(item, 10) }), { list: new Array(130_000).fill("x") }, "en"));
    expect(error.issues).toEqual([{ path: ["list"], code: "TOO_BIG", message: "list: must have at most 10 item(s), got an array of 130,000 item(s)" }]);
    expect(looked).toBe(0);
  });

  test.for([
    { name: "enumList: as many items as values", list: ["a", "b", "c"], ok: true },
    { name: "enumList: one more is a repeat, TOO_BIG", list: ["a", "b", "c", "a"], ok: false },
    { name: "enumList: fewer than min, TOO_SMALL", list: [], ok: false },
  ])("$name", ({ list, ok }) => {
    expect(enumList(["a", "b", "c"], 1).safeParse(list).success).toBe(ok);
  });
});

describe("-0 is read as 0 by every number schema (no -0 reaches a result)", () => {
  test.for([
    { name: "finiteNumber", schema: finiteNumber() },
    { name: "wholeNumber", schema: wholeNumber() },
    { name: "nonNegativeNumber", schema: nonNegativeNumber() },
  ])("$name", ({ schema }) => {
    expect(Object.is(schema.parse(-0), 0)).toBe(true);
  });

  test("positiveNumber rejects -0 as it rejects 0", () => {
    expect(positiveNumber().safeParse(-0).success).toBe(false);
  });
});
