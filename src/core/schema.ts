/**
 * Shared zod/mini schemas (dates, months, hours, locale) and the parse step every public function
 * starts with: validate, and throw `AlternanceInputError` naming every wrong field.
 */
import * as z from "zod/mini";
import * as core from "zod/v4/core";
import { isIsoDate, type IsoDate } from "./dates.js";
import { AlternanceInputError, type InputIssue } from "./errors.js";
import type { Locale } from "./explain.js";
import { fromZodIssues, inputIssue } from "./issues.js";

/**
 * A real calendar date `YYYY-MM-DD`; anything else is an `INVALID_DATE` issue.
 *
 * @example
 * isoDateSchema().safeParse("2025-02-30").success; //=> false
 */
export function isoDateSchema() {
  return z.string().check(z.refine(isIsoDate, { params: { code: "INVALID_DATE" }, abort: true }));
}

/**
 * A real calendar date on or after `since`; earlier dates are `OUT_OF_SCOPE` issues.
 *
 * @example
 * isoDateFrom("2019-01-01").safeParse("2018-12-31").success; //=> false
 */
export function isoDateFrom(since: IsoDate) {
  return isoDateSchema().check(z.refine((value: string) => value >= since, { params: { code: "OUT_OF_SCOPE", since } }));
}

/**
 * A month `YYYY-MM` (years 1900 to 2199).
 *
 * @example
 * isoMonthSchema().safeParse("2026-13").success; //=> false
 */
export function isoMonthSchema() {
  return z.string().check(z.refine((value: string) => isIsoDate(`${value}-01`) && value.length === 7, { params: { code: "INVALID_MONTH" } }));
}

/** `-0` becomes `0` (`-0 + 0` is `0`): a caller's `-0` never reaches a result (issue 13). */
const withoutNegativeZero = (value: number): number => value + 0;

/**
 * A finite number; `-0` is read as `0`, so that no result shows `-0`.
 *
 * @example
 * Object.is(finiteNumber().parse(-0), 0); //=> true
 */
export function finiteNumber() {
  return z.number().check(z.overwrite(withoutNegativeZero));
}

/**
 * A whole number (safe integer); `-0` is read as `0`.
 *
 * @example
 * wholeNumber().safeParse(1.5).success; //=> false
 */
export function wholeNumber() {
  return z.int().check(z.overwrite(withoutNegativeZero));
}

/**
 * A finite number ≥ 0 (hours, amounts); `-0` is read as `0`.
 *
 * @example
 * nonNegativeNumber().safeParse(-1).success; //=> false
 */
export function nonNegativeNumber() {
  return finiteNumber().check(z.gte(0));
}

/**
 * A finite number > 0.
 *
 * @example
 * positiveNumber().safeParse(0).success; //=> false
 */
export function positiveNumber() {
  return finiteNumber().check(z.gt(0));
}

/**
 * Most days any function computes over: a contract lasts at most 4 years (apprentice with a disability,
 * C. trav. R6222-46; high-level athlete, R6222-60), 4 × 365 + 1 = 1 461 days. Bounds every list of dates
 * (`absences`, `trainingDates`): a longer list necessarily repeats dates or lists days outside any contract.
 */
export const MAX_CONTRACT_DAYS = 1_461;

/**
 * Most working hours in a contract: {@link MAX_CONTRACT_DAYS} days of 24 hours (35 064 h). A physical
 * bound, not a legal value, far above any real contract (4 years of 1 607 h are 6 428 h); it bounds
 * `contractHours` and `trainingHours` and keeps every result exact to the hundredth.
 */
export const MAX_CONTRACT_HOURS = MAX_CONTRACT_DAYS * 24;

/**
 * A list of at most `max` items. The length is checked before any item (zod's leading size check), so
 * 130 000 bad entries give one `TOO_BIG` issue, not 130 000 issues.
 *
 * @param item - schema of one item
 * @param max - most items allowed
 * @param min - fewest items allowed (default 0)
 * @returns the array schema
 * @example
 * boundedArray(isoDateSchema(), MAX_CONTRACT_DAYS).safeParse(new Array(2000).fill("x")).error?.issues.length; //=> 1
 */
export function boundedArray<Item extends z.ZodMiniType>(item: Item, max: number, min = 0) {
  return z.array(item).check(...(min > 0 ? [z.maxLength(max), z.minLength(min)] : [z.maxLength(max)]));
}

/**
 * A list of values from `values`: at most as many items as there are values (a longer list can only
 * repeat one), e.g. weekdays, exceptions, benefits.
 *
 * @param values - the allowed values
 * @param min - fewest items allowed (default 0)
 * @returns the array schema
 * @example
 * enumList(["mon", "tue"]).safeParse(["mon", "tue", "mon"]).success; //=> false
 */
export function enumList<const Value extends string>(values: readonly Value[], min = 0) {
  return boundedArray(z.enum(values as readonly Value[] as [Value, ...Value[]]), values.length, min);
}

/** The optional `locale` every input object accepts. */
export const localeSchema = z.optional(z.enum(["fr", "en"]));

/**
 * The optional `explain` every input object accepts (API.md §7b): `false` returns `explanation: []`
 * and builds no explanation text.
 */
export const explainSchema = z.optional(z.boolean());

/**
 * zod/mini's object parsed by zod's compiled parser (`$ZodObjectJIT`, what the full `zod` build uses):
 * the same checks in the same order, with the object's fields read by a function generated once per
 * shape instead of a loop — about half the time of every input's validation (netPay's input: 0,74 →
 * 0,35 µs; docs/performance.md). Where code cannot be generated (a Content-Security-Policy without
 * `unsafe-eval`), zod falls back to the loop by itself.
 */
const CompiledObject = /* @__PURE__ */ core.$constructor("AlternanceCompiledObject", (inst: z.ZodMiniObject, def: z.ZodMiniObject["_zod"]["def"]) => {
  // zod types these two as assertions on `inst`; called as plain initialisers, as zod/mini's own object does.
  const initialisers: ReadonlyArray<(inst: z.ZodMiniObject, def: z.ZodMiniObject["_zod"]["def"]) => void> = [core.$ZodObjectJIT.init, z.ZodMiniType.init];
  for (const init of initialisers) init(inst, def);
  core.util.installLazyProp(inst, "shape", () => def.shape, false);
});

/**
 * `z.strictObject` of zod/mini, parsed by zod's compiled parser (see `CompiledObject`): unknown fields
 * are issues (`UNKNOWN_FIELD`).
 *
 * @param shape - the fields
 * @returns the schema, typed as zod/mini's strict object
 * @example
 * strictObject({ day: z.string() }).safeParse({ day: "lundi", other: 1 }).success; //=> false
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape): z.ZodMiniObject<Shape, z.core.$strict> {
  return new CompiledObject({ type: "object", shape, catchall: z.never() }) as unknown as z.ZodMiniObject<Shape, z.core.$strict>;
}

/**
 * A strict input object (unknown fields are rejected as `UNKNOWN_FIELD`, so a typo never passes
 * silently) with the optional `locale` and `explain` fields added.
 *
 * @example
 * inputObject({ date: isoDateSchema() });
 */
export function inputObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return strictObject({ ...shape, locale: localeSchema, explain: explainSchema });
}

/**
 * Reads the requested locale from a raw input (before validation), French by default.
 *
 * @example
 * localeOf({ locale: "en" }); //=> "en"
 * localeOf(null); //=> "fr"
 */
export function localeOf(input: unknown): Locale {
  try {
    return typeof input === "object" && input !== null && (input as { locale?: unknown }).locale === "en" ? "en" : "fr";
  } catch {
    // A getter or proxy that throws: French, and parseInput reports the unreadable input.
    return "fr";
  }
}

/**
 * Reads one field of a raw input before validation (to choose a schema): `undefined` when the input is
 * not an object or reading the field throws (a getter or a proxy of the caller's; `parseInput` then
 * reports the input as unreadable).
 *
 * @example
 * rawField({ policy: "legal" }, "policy"); //=> "legal"
 * rawField(null, "policy"); //=> undefined
 */
export function rawField(input: unknown, key: string): unknown {
  return typeof input === "object" && input !== null ? readSafely(() => (input as Record<string, unknown>)[key]) : undefined;
}

/**
 * `Array.isArray` that answers `false` instead of throwing (it throws on a revoked proxy).
 *
 * @example
 * isList([1]); //=> true
 */
export function isList(value: unknown): value is unknown[] {
  return readSafely(() => Array.isArray(value)) === true;
}

/**
 * Validates `input` against `schema`; throws `AlternanceInputError` with every issue, paths prefixed
 * by `pathPrefix` (for positional arguments such as `smicAt(date)`).
 *
 * A valid input is parsed once, without options: zod's `reportInput` (which keeps the wrong values in
 * the issues, for our messages) makes every parse about twice as slow, valid or not (zod 4.x,
 * docs/performance.md). So it is asked for only on the second parse of an input already known to be
 * invalid, whose issues it then describes.
 *
 * @example
 * const { date } = parseInput(inputObject({ date: isoDateSchema() }), { date: "2026-01-01" });
 */
export function parseInput<Schema extends z.ZodMiniType>(
  schema: Schema,
  input: unknown,
  locale: Locale = localeOf(input),
  pathPrefix: (string | number)[] = [],
): z.infer<Schema> {
  const result = readSafely(() => schema.safeParse(input));
  // zod reads the input's fields: a getter or a proxy trap of the caller's that throws ends here.
  if (result === undefined) throw new AlternanceInputError([unreadableIssue(pathPrefix, locale)], locale);
  if (result.success) return result.data;
  // A second parse only to describe the wrong values (reportInput doubles the cost of every parse).
  const reported = readSafely(() => schema.safeParse(input, { reportInput: true }));
  const issues = fromZodIssues(
    (reported?.error ?? result.error).issues.map((issue) => ({ ...issue, path: [...pathPrefix, ...issue.path] })),
    locale,
  );
  throw new AlternanceInputError(issues, locale);
}

/** The value `read` returns, or `undefined` when it throws. */
function readSafely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * The issue for an input whose reading threw (a getter or a proxy trap of the caller's): `UNREADABLE`.
 *
 * @example
 * unreadableIssue(["options"], "en").code; //=> "UNREADABLE"
 */
export function unreadableIssue(path: (string | number)[], locale: Locale): InputIssue {
  return inputIssue(
    path,
    "UNREADABLE",
    { fr: "valeur illisible : la lire a levé une exception (accesseur ou proxy ?)", en: "unreadable value: reading it threw an exception (a getter or a proxy?)" },
    locale,
  );
}

/** One argument of a function with positional parameters: its schema, its value and its name. */
export type Argument = readonly [schema: z.ZodMiniType, value: unknown, name: string];

/**
 * Validates positional arguments together, so that every wrong argument is reported at once;
 * returns the parsed values in order.
 *
 * @example
 * const [date, n] = parseArguments([[isoDateSchema(), "2026-01-01", "date"], [z.number(), 3, "n"]], "fr");
 */
export function parseArguments(args: readonly Argument[], locale: Locale): unknown[] {
  const issues: InputIssue[] = [];
  const values = args.map(([schema, value, name]) => collectIssues(issues, () => parseInput(schema, value, locale, [name])));
  throwIfIssues(issues, locale);
  return values;
}

/**
 * Runs `parse`, returning its value, or `undefined` after adding the issues of the
 * `AlternanceInputError` it threw to `issues` (so that several parts of an input are reported at once).
 *
 * @param issues - where the issues go
 * @param parse - a validation that may throw `AlternanceInputError`
 * @returns the value `parse` returned, or `undefined`
 * @example
 * const issues: InputIssue[] = [];
 * collectIssues(issues, () => parseInput(isoDateSchema(), "2025-02-30")); //=> undefined
 * issues[0].code; //=> "INVALID_DATE"
 */
export function collectIssues<T>(issues: InputIssue[], parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof AlternanceInputError)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

/**
 * Throws `AlternanceInputError` when cross-field checks found issues; does nothing otherwise.
 *
 * @example
 * throwIfIssues([], "fr"); // no error
 */
export function throwIfIssues(issues: InputIssue[], locale: Locale): void {
  if (issues.length > 0) throw new AlternanceInputError(issues, locale);
}
