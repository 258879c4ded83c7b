/**
 * Bad input never breaks the promise (API.md §0, issue 13): every public function of src/index.ts,
 * found by enumerating the module's exports (so a function added later is covered as soon as it is
 * exported), is called with arbitrary values of any type — bigint, symbols, functions, cycles,
 * 10 000-level nesting, lists of 130 000 entries, 1 MB texts, getters and proxies that throw,
 * null-prototype objects, `__proto__` keys, wrong argument counts — both on their own and planted, one
 * at a time, in an otherwise valid call (support/api-arbitraries.ts). A call must either
 *   - return a result holding no NaN, ±Infinity, -0, "Invalid Date" or "NaN" text; or
 *   - throw an AlternanceInputError with code INVALID_INPUT or OUT_OF_SCOPE, at most 101 issues, each
 *     with a path of strings and numbers and a message of at most MAX_ISSUE_MESSAGE_LENGTH characters,
 *     and an error message of at most MAX_ERROR_MESSAGE_LENGTH characters.
 * Nothing else: no TypeError, RangeError, or error from the caller's getter escaping.
 */
import fc from "fast-check";
import { afterAll, describe, expect, test } from "vitest";
import { MAX_ISSUES } from "../../src/core/errors.js";
import { MAX_ISSUE_MESSAGE_LENGTH } from "../../src/core/issues.js";
import * as api from "../../src/index.js";
import { apiArguments } from "./support/api-arbitraries.js";
import { Boxed, hostileValue, hostileValues, nullPrototype, throwingGetter, unbox } from "./support/hostile-values.js";

/**
 * Bound of `error.message`: the heading, 20 issue messages of at most MAX_ISSUE_MESSAGE_LENGTH
 * characters with their separators, and the "… (n autres dans error.issues)" tail.
 */
const MAX_ERROR_MESSAGE_LENGTH = 10_000;

type Fn = (...args: unknown[]) => unknown;

const isClass = (value: unknown): boolean => typeof value === "function" && /^class\b/.test(Function.prototype.toString.call(value));

/** Every exported function of the public entry point (classes such as AlternanceInputError left out). */
const publicFunctions: ReadonlyArray<[string, Fn]> = Object.entries(api)
  .filter(([, value]) => typeof value === "function" && !isClass(value))
  .map(([name, value]) => [name, value as Fn] as [string, Fn])
  .sort(([a], [b]) => a.localeCompare(b));

/** Field names of the API's input objects (API.md), for calls to functions that have no generator yet. */
const FIELD_NAMES = [
  "birthDate", "contractStart", "contractEnd", "date", "month", "signatureDate", "trainingStart", "trainingEnd", "start", "end",
  "contract", "policy", "locale", "explain", "presenceHours", "conventionSignedOn", "hourlyRate", "host", "weekdays", "absences",
  "trainingDates", "companyWeekdays", "exceptions", "benefits", "employer", "qualification", "weeklyHours", "creditedMonths",
  "grossMonthly", "year", "taxableIncome", "items", "status", "firstExamDate", "plannedWorkingDays", "diplomaLevel",
  "companyHeadcount", "apprentice", "beneficiary", "training", "tutor", "programme", "preset", "kind", "territory",
];

/** A value that looks right for some field: a real date, a month, a known word, a number, a list. */
const plausibleValue = fc.oneof(
  fc.constantFrom("2026-01-05", "2025-09-01", "2027-08-31", "2006-04-10", "2026-03", "apprenticeship", "professionalisation", "private", "mon", "fr", "en"),
  fc.integer({ min: -10, max: 5000 }),
  fc.boolean(),
  fc.constant(["mon", "tue"]),
  fc.constant([{ month: "2026-01", hours: 140 }]),
);

/** An object with some API field names, each holding a plausible or a hostile value (boxed: see Boxed). */
const plausibleObject = fc
  .array(fc.tuple(fc.constantFrom(...FIELD_NAMES), fc.oneof({ weight: 3, arbitrary: plausibleValue }, { weight: 1, arbitrary: hostileValue })), { maxLength: 8 })
  .map((entries) => new Boxed(() => Object.fromEntries(entries.map(([key, value]) => [key, unbox(value)])), `{ ${entries.map(([key, value]) => `${key}: ${String(value)}`).join(", ")} }`));

/** Arguments made of anything: 0 to 5 of them, hostile, plausible objects or valid-looking scalars (boxed). */
const arbitraryArguments = fc.array(fc.oneof(hostileValue, plausibleObject, plausibleValue), { maxLength: 5 });

/** A key a caller should not use. */
const hostileKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "x".repeat(100_000), "", "\u0000", "birthDate\n", "hasOwnProperty");

type Mutation =
  | { kind: "replace-argument"; position: number; value: Boxed }
  | { kind: "replace-field"; position: number; field: number; value: Boxed }
  | { kind: "add-field"; position: number; key: string; value: Boxed }
  | { kind: "delete-field"; position: number; field: number }
  | { kind: "throwing-getter"; position: number; field: number }
  | { kind: "null-prototype"; position: number }
  | { kind: "proxy"; position: number; field: number }
  | { kind: "list-item"; position: number; field: number; value: Boxed; append: boolean }
  | { kind: "nested-field"; position: number; field: number; value: Boxed }
  | { kind: "argument-count"; count: number; value: Boxed };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("replace-argument" as const), position: fc.nat(3), value: hostileValue }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("replace-field" as const), position: fc.nat(3), field: fc.nat(), value: hostileValue }) },
  fc.record({ kind: fc.constant("add-field" as const), position: fc.nat(3), key: fc.oneof(hostileKey, fc.constantFrom(...FIELD_NAMES)), value: hostileValue }),
  fc.record({ kind: fc.constant("delete-field" as const), position: fc.nat(3), field: fc.nat() }),
  fc.record({ kind: fc.constant("throwing-getter" as const), position: fc.nat(3), field: fc.nat() }),
  fc.record({ kind: fc.constant("null-prototype" as const), position: fc.nat(3) }),
  fc.record({ kind: fc.constant("proxy" as const), position: fc.nat(3), field: fc.nat() }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("list-item" as const), position: fc.nat(3), field: fc.nat(), value: hostileValue, append: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("nested-field" as const), position: fc.nat(3), field: fc.nat(), value: hostileValue }) },
  fc.record({ kind: fc.constant("argument-count" as const), count: fc.nat(5), value: hostileValue }),
);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Applies one mutation to a copy of valid arguments (the generator's objects are never changed). */
function mutate(valid: readonly unknown[], boxedChange: Mutation): unknown[] {
  const change = "value" in boxedChange ? { ...boxedChange, value: unbox(boxedChange.value) } : boxedChange;
  const args = [...valid];
  if (change.kind === "argument-count") {
    return change.count <= args.length ? args.slice(0, change.count) : [...args, ...new Array<unknown>(change.count - args.length).fill(change.value)];
  }
  const position = args.length === 0 ? 0 : change.position % args.length;
  if (change.kind === "replace-argument") {
    args[position] = change.value;
    return args;
  }
  const target = args[position];
  if (!isRecord(target)) {
    args[position] = "value" in change ? change.value : undefined;
    return args;
  }
  const keys = Object.keys(target);
  const key = keys.length === 0 ? "x" : keys[("field" in change ? change.field : 0) % keys.length]!;
  const copy: Record<string, unknown> = { ...target };
  switch (change.kind) {
    case "replace-field":
      copy[key] = change.value;
      break;
    case "add-field":
      Object.defineProperty(copy, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
      break;
    case "delete-field":
      delete copy[key];
      break;
    case "throwing-getter":
      args[position] = Object.assign(throwingGetter(key), Object.fromEntries(Object.entries(target).filter(([name]) => name !== key)));
      return args;
    case "null-prototype":
      args[position] = nullPrototype(copy);
      return args;
    case "proxy":
      args[position] = new Proxy(copy, {
        get: (object, name, receiver) => {
          if (name === key) throw new Error("hostile proxy");
          return Reflect.get(object, name, receiver) as unknown;
        },
      });
      return args;
    case "list-item": {
      const list = Object.values(target).find(Array.isArray);
      const listKey = Object.keys(target).find((name) => target[name] === list);
      if (list === undefined || listKey === undefined) copy[key] = [change.value];
      else copy[listKey] = change.append ? [...list, change.value] : list.map((item, index) => (index === change.field % list.length ? change.value : item));
      break;
    }
    case "nested-field": {
      const inner = Object.values(target).find(isRecord);
      const innerKey = Object.keys(target).find((name) => target[name] === inner);
      if (inner === undefined || innerKey === undefined) copy[key] = { [key]: change.value };
      else {
        const innerKeys = Object.keys(inner);
        copy[innerKey] = { ...inner, [innerKeys[change.field % Math.max(1, innerKeys.length)] ?? "x"]: change.value };
      }
      break;
    }
  }
  args[position] = copy;
  return args;
}

/** Problems in a result: NaN, ±Infinity, -0, "Invalid Date"/"NaN" text (walks cycles and depth safely). */
function resultProblems(value: unknown, path: string, problems: string[], seen: Set<object>, depth = 0): void {
  if (problems.length > 5 || depth > 60) return;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) problems.push(`${path}: ${value}`);
    else if (Object.is(value, -0)) problems.push(`${path}: -0`);
  } else if (typeof value === "string") {
    if (/Invalid Date|\bNaN\b/.test(value)) problems.push(`${path}: « ${value.slice(0, 120)} »`);
  } else if (typeof value === "object" && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const [key, inner] of Object.entries(value)) resultProblems(inner, `${path}.${key}`, problems, seen, depth + 1);
  }
}

/** Counts, reported at the end of the file (docs/quality.md quotes them). */
const tally = { calls: 0, results: 0, inputErrors: 0, longestIssueMessage: 0, longestErrorMessage: 0 };
const cpuAtStart = process.cpuUsage();

/** Calls `fn` and checks the promise; returns nothing, fails the property otherwise. */
function checkCall(name: string, fn: Fn, args: unknown[]): void {
  tally.calls += 1;
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    if (!(error instanceof api.AlternanceInputError)) {
      throw new Error(`${name} threw ${String((error as Error)?.name)}: ${String((error as Error)?.message).slice(0, 300)}`);
    }
    tally.inputErrors += 1;
    tally.longestErrorMessage = Math.max(tally.longestErrorMessage, error.message.length);
    for (const issue of error.issues) tally.longestIssueMessage = Math.max(tally.longestIssueMessage, issue.message.length);
    expect(["INVALID_INPUT", "OUT_OF_SCOPE"]).toContain(error.code);
    expect(error.name).toBe("AlternanceInputError");
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
    expect(error.message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    for (const issue of error.issues) {
      expect(typeof issue.code).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.message.length).toBeLessThanOrEqual(MAX_ISSUE_MESSAGE_LENGTH);
      expect(issue.path.every((part) => typeof part === "string" || typeof part === "number")).toBe(true);
    }
    return;
  }
  tally.results += 1;
  const problems: string[] = [];
  resultProblems(result, name, problems, new Set());
  expect(problems, `${name} result`).toEqual([]);
}

test("the enumeration finds every public function", () => {
  // At least the 22 of v1.0; functions exported later join the list on their own.
  expect(publicFunctions.length).toBeGreaterThanOrEqual(22);
  expect(publicFunctions.map(([name]) => name)).toEqual(expect.arrayContaining(["smicAt", "defineArrangements", "trialPeriodEnd", "internshipGratification"]));
});

describe.each(publicFunctions)("%s", (name, fn) => {
  test("every hostile value alone, as the first argument, and in every field of a valid call", () => {
    const valid = apiArguments[name] ? fc.sample(apiArguments[name]!, { numRuns: 1, seed: 13 })[0]! : [{}];
    for (const value of hostileValues) {
      checkCall(name, fn, [value]);
      checkCall(name, fn, [value, value, value]);
      for (let position = 0; position < Math.max(1, valid.length); position += 1) {
        const target = valid[position];
        for (let field = 0; field < (isRecord(target) ? Object.keys(target).length : 1); field += 1) {
          checkCall(name, fn, mutate(valid, { kind: "replace-field", position, field, value: new Boxed(() => value, "") }));
        }
      }
    }
  });

  test("arbitrary arguments of any type and count", () => {
    fc.assert(
      fc.property(arbitraryArguments, (args) => checkCall(name, fn, args.map(unbox))),
      { numRuns: 150 },
    );
  });

  test("one hostile change to a valid call", () => {
    const valid = apiArguments[name] ?? fc.array(plausibleObject, { minLength: 1, maxLength: 3 }).map((args) => args.map(unbox));
    fc.assert(
      fc.property(valid, mutation, (args, change) => checkCall(name, fn, mutate(args, change))),
      { numRuns: 250 },
    );
  });

  test("valid calls: no -0, NaN, Infinity or Invalid Date in any result", () => {
    if (!apiArguments[name]) return;
    fc.assert(
      fc.property(apiArguments[name]!, (args) => checkCall(name, fn, args)),
      { numRuns: 100 },
    );
  });
});

afterAll(() => {
  // One line for docs/quality.md: how many calls the fuzz made, and how they ended.
  console.info(
    `bad-input fuzz: ${tally.calls} calls, ${tally.results} results, ${tally.inputErrors} AlternanceInputError; ` +
      `longest issue message ${tally.longestIssueMessage}, longest error message ${tally.longestErrorMessage} characters; ` +
      `${(process.cpuUsage(cpuAtStart).user / 1e6).toFixed(1)} s of CPU`,
  );
});
