/**
 * The shape of a spreadsheet function's description: French name, help and parameters, parameter
 * types, result type, and the implementation over the public API. The registry (`registry.ts`)
 * describes each function once with {@link defineSheetFunction}; every host (Google Sheets, Excel,
 * HyperFormula) and the generated wrappers read that one description.
 */
import type { IsoDate } from "../index.js";
import type { Choice } from "./adapters.js";

/**
 * Type of a parameter: a date, a number, a yes/no value, or one of a list of words (French or English).
 *
 * @example
 * const type: ParameterType = "date";
 */
export type ParameterType = "date" | "number" | "boolean" | readonly Choice[];

/**
 * One parameter of a spreadsheet function.
 *
 * @example
 * const naissance: SheetParameter = { name: "naissance", type: "date", help: "date de naissance", field: "birthDate" };
 */
export interface SheetParameter {
  /** French name, lower case (shown in the host's autocomplete). */
  readonly name: string;
  /** Type of the value. */
  readonly type: ParameterType;
  /** One-line help, in French. */
  readonly help: string;
  /** `true` when the argument may be omitted or left empty. */
  readonly optional?: boolean;
  /** The library input field it feeds, so that error messages name the spreadsheet parameter instead. */
  readonly field?: string;
}

/**
 * One column of a table result: its header and the type of its cells.
 *
 * @example
 * const column: TableColumn = { name: "du", type: "date" };
 */
export interface TableColumn {
  /** Header text (French). */
  readonly name: string;
  /** Type of the cells below it. */
  readonly type: "date" | "number" | "text";
}

/**
 * Type of a function's result: one number, yes/no value or date, or a table spilled below the formula
 * with a header row.
 *
 * @example
 * const returns: ResultType = { table: [{ name: "du", type: "date" }] };
 */
export type ResultType = "number" | "boolean" | "date" | { readonly table: readonly TableColumn[] };

/** Value of an argument of a given type, as the implementation receives it. */
type ValueOf<Type> = Type extends "date"
  ? IsoDate
  : Type extends "number"
    ? number
    : Type extends "boolean"
      ? boolean
      : Type extends readonly Choice<infer Value>[]
        ? Value
        : never;

/**
 * The converted arguments an implementation receives, by parameter name; an omitted optional argument
 * is `undefined`.
 *
 * @example
 * type A = ArgumentsOf<[{ name: "date"; type: "date"; help: "" }]>; // { date: string }
 */
export type ArgumentsOf<Parameters extends readonly SheetParameter[]> = {
  [P in Parameters[number] as P["name"]]: ValueOf<P["type"]> | (P extends { optional: true } ? undefined : never);
};

/**
 * What an implementation returns for a result type: `null` means "no value" (an empty cell), e.g. a
 * date window with no bound on that side.
 *
 * @example
 * const result: ResultOf<"date"> = "2025-09-01";
 */
export type ResultOf<Result extends ResultType> = Result extends "number"
  ? number | null
  : Result extends "boolean"
    ? boolean
    : Result extends "date"
      ? IsoDate | null
      : (string | number)[][];

/**
 * A spreadsheet function as every host sees it (arguments already converted, by parameter name).
 *
 * @example
 * sheetFunctions.find((fn) => fn.name === "ALT_SMIC")?.parameters.length; //=> 2
 */
export interface SheetFunction {
  /** Name typed in the sheet, `ALT_…`. */
  readonly name: string;
  /** What it computes, in French (the autocomplete help). */
  readonly help: string;
  /** Parameters, required ones first. */
  readonly parameters: readonly SheetParameter[];
  /** Type of the result. */
  readonly returns: ResultType;
  /** What the result is, in French (`@return` of the generated wrappers). */
  readonly resultHelp: string;
  /** The library function it wraps, for the docs and the agreement tests. */
  readonly wraps: string;
  /** The implementation, over the public API. */
  readonly run: (args: Readonly<Record<string, unknown>>) => unknown;
}

/**
 * Describes a spreadsheet function once, with its implementation typed from its parameters.
 *
 * @param description - name, help, parameters, result type and implementation
 * @returns the description, frozen
 * @example
 * const fn = defineSheetFunction({
 *   name: "ALT_STAGE_TAUX_HORAIRE",
 *   help: "Gratification minimale de stage par heure de présence.",
 *   parameters: [{ name: "date", type: "date", help: "date de signature de la convention" }],
 *   returns: "number",
 *   resultHelp: "euros par heure",
 *   wraps: "internshipMinimumHourlyRate",
 *   run: ({ date }) => internshipMinimumHourlyRate(date),
 * });
 * fn.run({ date: "2026-01-02" }); //=> 4.5
 */
export function defineSheetFunction<const Parameters extends readonly SheetParameter[], const Result extends ResultType>(description: {
  name: string;
  help: string;
  parameters: Parameters;
  returns: Result;
  resultHelp: string;
  wraps: string;
  run: (args: ArgumentsOf<Parameters>) => ResultOf<Result>;
}): SheetFunction {
  return Object.freeze({ ...description, run: description.run as SheetFunction["run"] });
}
