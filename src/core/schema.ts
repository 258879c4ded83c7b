/**
 * Shared zod/mini schemas (dates, months, hours, locale) and the parse step every public function
 * starts with: validate, and throw `AlternanceInputError` naming every wrong field.
 */
import * as z from "zod/mini";
import { isIsoDate, type IsoDate } from "./dates.js";
import { AlternanceInputError, type InputIssue } from "./errors.js";
import type { Locale } from "./explain.js";
import { fromZodIssues } from "./issues.js";

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

/**
 * A finite number ≥ 0 (hours, amounts).
 *
 * @example
 * nonNegativeNumber().safeParse(-1).success; //=> false
 */
export function nonNegativeNumber() {
  return z.number().check(z.gte(0));
}

/**
 * A finite number > 0.
 *
 * @example
 * positiveNumber().safeParse(0).success; //=> false
 */
export function positiveNumber() {
  return z.number().check(z.gt(0));
}

/** The optional `locale` every input object accepts. */
export const localeSchema = z.optional(z.enum(["fr", "en"]));

/**
 * The optional `explain` every input object accepts (API.md §7b): `false` returns `explanation: []`
 * and builds no explanation text.
 */
export const explainSchema = z.optional(z.boolean());

/**
 * A strict input object (unknown fields are rejected as `UNKNOWN_FIELD`, so a typo never passes
 * silently) with the optional `locale` and `explain` fields added.
 *
 * @example
 * inputObject({ date: isoDateSchema() });
 */
export function inputObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  return z.strictObject({ ...shape, locale: localeSchema, explain: explainSchema });
}

/**
 * Reads the requested locale from a raw input (before validation), French by default.
 *
 * @example
 * localeOf({ locale: "en" }); //=> "en"
 * localeOf(null); //=> "fr"
 */
export function localeOf(input: unknown): Locale {
  return typeof input === "object" && input !== null && (input as { locale?: unknown }).locale === "en" ? "en" : "fr";
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
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const reported = schema.safeParse(input, { reportInput: true });
  const issues = fromZodIssues(
    (reported.error ?? result.error).issues.map((issue) => ({ ...issue, path: [...pathPrefix, ...issue.path] })),
    locale,
  );
  throw new AlternanceInputError(issues, locale);
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
  const values = args.map(([schema, value, name]) => {
    try {
      return parseInput(schema, value, locale, [name]);
    } catch (error) {
      if (!(error instanceof AlternanceInputError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  });
  throwIfIssues(issues, locale);
  return values;
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
