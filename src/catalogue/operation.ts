/**
 * One public function as the hosts that call it with JSON see it (the HTTP API, the JSON Schemas, the
 * OpenAPI document): its name and route, the zod/mini schema it validates its input with, the
 * TypeScript type of its result, how to call it with a JSON object, and an example input.
 */
import type * as z from "zod/mini";
import { AlternanceInputError, type InputIssue } from "../core/errors.js";
import { pathLabel } from "../core/issues.js";
import { inputObject, localeOf, parseInput } from "../core/schema.js";

/** Text in French and English. */
export interface BilingualText {
  /** French. */
  readonly fr: string;
  /** English. */
  readonly en: string;
}

/**
 * The schemas a function chooses between by looking at the raw input (e.g. `policy` as a preset name
 * or as a policy object); the JSON Schema of the input is their union.
 *
 * @example
 * const input: InputVariants = { variants: [byName, byObject] };
 */
export interface InputVariants {
  /** Every schema the function may validate with. */
  readonly variants: readonly z.ZodMiniType[];
}

/**
 * What a function validates its input with: one zod/mini schema, or the variants it chooses between.
 *
 * @example
 * const input: InputSchema = apprenticeMinimumWageSchema;
 */
export type InputSchema = z.ZodMiniType | InputVariants;

/**
 * One public function, described once for every JSON host.
 *
 * @example
 * operations.find((operation) => operation.route === "smic-at")?.name; //=> "smicAt"
 */
export interface Operation {
  /** Name of the public function, e.g. `"apprenticeMinimumWage"`. */
  readonly name: string;
  /** The name in kebab case, e.g. `"apprentice-minimum-wage"`: `POST /v1/<route>`. */
  readonly route: string;
  /** What it answers, in one line. */
  readonly summary: BilingualText;
  /**
   * The very schema objects the function validates with (for a function with positional arguments:
   * the object schema built from its argument schemas, see {@link positionalOperation}).
   */
  readonly input: InputSchema;
  /**
   * The schema of a field the function's schema leaves open (`z.unknown()`) and checks by hand, for the
   * JSON Schema only, built from the schemas that hand check uses.
   */
  readonly fields?: Readonly<Record<string, z.ZodMiniType>>;
  /**
   * Name of the TypeScript type of the result (exported by a module of src/, or declared in
   * src/catalogue/results.ts): the output JSON Schema is generated from it.
   */
  readonly result: string;
  /** For a function with positional arguments: their names, in order (`options` spreads its fields). */
  readonly parameters?: readonly string[];
  /**
   * Calls the function with a JSON object; throws `AlternanceInputError` for bad input, with the
   * paths of the object's fields.
   */
  readonly call: (body: unknown) => unknown;
  /** An input that gives a result: the docs, the OpenAPI document and the tests use it. */
  readonly example: Readonly<Record<string, unknown>>;
}

/**
 * The route of a function: its name in kebab case.
 *
 * @example
 * routeOf("apprenticeMinimumWage"); //=> "apprentice-minimum-wage"
 */
export function routeOf(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Describes a function that takes one input object: the body is that object.
 *
 * @param spec - the function, its schema, its result type name, a summary and an example
 * @returns the operation
 * @example
 * defineOperation({ name: "registrationDeadline", run: registrationDeadline, input: registrationDeadlineSchema,
 *   result: "RegistrationDeadlineResult", summary: { fr: "…", en: "…" },
 *   example: { contract: "apprenticeship", contractStart: "2025-09-01" } }).route;
 * //=> "registration-deadline"
 */
export function defineOperation<Input, Result>(spec: {
  name: string;
  summary: BilingualText;
  input: InputSchema;
  fields?: Readonly<Record<string, z.ZodMiniType>>;
  result: string;
  run: (input: Input) => Result;
  example: Input & Record<string, unknown>;
}): Operation {
  const { run, ...rest } = spec;
  return { ...rest, route: routeOf(spec.name), call: (body) => run(body as Input) };
}

/** The fields of an `options` argument schema (`z.optional(inputObject({...}))` or `inputObject({...})`). */
function optionFields(schema: z.ZodMiniType): z.core.$ZodLooseShape {
  const def = schema._zod.def as { type: string; innerType?: z.ZodMiniType };
  const object = def.type === "optional" ? def.innerType!._zod.def : def;
  return (object as unknown as { shape: z.core.$ZodLooseShape }).shape;
}

/**
 * Describes a function with positional arguments (`smicAt(date, options)`): over JSON, one object
 * whose fields are the arguments by name, the fields of `options` spread among them
 * (`{ "date": "2026-03-15", "territory": "mayotte" }`). Its schema is built once from the argument
 * schemas the function validates with; the body is checked against it first (so every issue names a
 * field of the body), then the function runs on the validated values. An issue the function still
 * finds on a path that is not a field of the body lies inside its first argument (`defineArrangements`'s
 * preset) and is reported under that argument's name.
 *
 * @param spec - the function's name, its arguments `[name, schema]` in order, how to call it from the
 *   object, its result type name, a summary and an example
 * @returns the operation
 * @example
 * positionalOperation({ name: "smicAt", parameters: [["date", smicDateSchema], ["options", smicOptionsSchema]],
 *   run: ({ date, ...options }) => smicAt(date as string, options), result: "SmicAtResult",
 *   summary: { fr: "…", en: "…" }, example: { date: "2026-03-15" } }).route;
 * //=> "smic-at"
 */
export function positionalOperation<Result>(spec: {
  name: string;
  summary: BilingualText;
  parameters: ReadonlyArray<readonly [name: string, schema: z.ZodMiniType]>;
  result: string;
  run: (body: Record<string, unknown>) => Result;
  example: Record<string, unknown>;
}): Operation {
  const shape: z.core.$ZodLooseShape = {};
  for (const [name, schema] of spec.parameters) {
    if (name === "options") Object.assign(shape, optionFields(schema));
    else shape[name] = schema;
  }
  const input = inputObject(shape);
  const fields = new Set(Object.keys(input._zod.def.shape));
  const first = spec.parameters[0]![0];
  const inBody = (issue: InputIssue): InputIssue => {
    const head = issue.path[0];
    if (typeof head === "string" && fields.has(head)) return issue;
    const path = [first, ...issue.path];
    const before = pathLabel(issue.path);
    return { ...issue, path, message: issue.message.startsWith(before) ? `${pathLabel(path)}${issue.message.slice(before.length)}` : issue.message };
  };
  return {
    name: spec.name,
    route: routeOf(spec.name),
    summary: spec.summary,
    input,
    result: spec.result,
    parameters: spec.parameters.map(([name]) => name),
    example: spec.example,
    call: (body) => {
      const locale = localeOf(body);
      const parsed = parseInput(input, body, locale) as Record<string, unknown>;
      try {
        return spec.run(parsed);
      } catch (error) {
        if (!(error instanceof AlternanceInputError)) throw error;
        throw new AlternanceInputError(error.issues.map(inBody), error.locale);
      }
    },
  };
}
