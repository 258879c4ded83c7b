/**
 * Colours of the command line, decided in one place: whether to colour at all (a terminal,
 * `NO_COLOR`, `FORCE_COLOR`) and what each tone means — rules not met and errors in red, warnings in
 * yellow, a valid status in green, titles in bold. Colours are added after a line is laid out, so
 * that widths are counted on the visible text.
 */

/**
 * What a piece of output is: `error` (a rule not met, an error, an invalid status), `warning`, `ok`
 * (a valid status) or `title`.
 *
 * @example
 * const tone: Tone = "warning";
 */
export type Tone = "error" | "warning" | "ok" | "title";

/** The ANSI escape that starts each tone, and the one that ends it (without resetting other tones). */
const ESCAPES: Readonly<Record<Tone, readonly [string, string]>> = {
  error: ["\u001b[31m", "\u001b[39m"],
  warning: ["\u001b[33m", "\u001b[39m"],
  ok: ["\u001b[32m", "\u001b[39m"],
  title: ["\u001b[1m", "\u001b[22m"],
};

/**
 * A text in its tone when colouring, as it is otherwise (or without a tone, or empty).
 *
 * @param text - the text, already laid out (padding may be inside: escapes take no room)
 * @param tone - what the text is, or `undefined` for plain text
 * @param colour - whether to colour (see {@link useColour})
 * @returns the text, wrapped in the tone's escapes when colouring
 * @example
 * paint("oui", "ok", true); //=> "\u001b[32moui\u001b[39m"
 * paint("oui", "ok", false); //=> "oui"
 */
export function paint(text: string, tone: Tone | undefined, colour: boolean): string {
  if (!colour || tone === undefined || text === "") return text;
  const [start, end] = ESCAPES[tone];
  return `${start}${text}${end}`;
}

/**
 * The tone of a status: `ok` for `true` (valid, eligible), `error` for `false`, none otherwise.
 *
 * @example
 * statusTone(false); //=> "error"
 */
export function statusTone(value: unknown): Tone | undefined {
  return value === true ? "ok" : value === false ? "error" : undefined;
}

/**
 * Whether to colour the output: never with `NO_COLOR` set (non-empty), always with `FORCE_COLOR`
 * set to anything but `0` or `false`, otherwise only when the output is a terminal
 * (https://no-color.org, https://force-color.org).
 *
 * @param env - the environment variables
 * @param isTTY - whether the output is a terminal
 * @returns `true` to colour
 * @example
 * useColour({ NO_COLOR: "1" }, true); //=> false
 * useColour({ FORCE_COLOR: "1" }, false); //=> true
 */
export function useColour(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  return isTTY;
}
