/**
 * Text that fits the terminal: the width to use (`--width`, else `COLUMNS`, else the terminal's, else
 * 80) and words wrapped without ever being cut.
 */

/** Width used when the output is not a terminal (a file, a pipe) and no `--width` is given. */
export const DEFAULT_WIDTH = 80;
/** Narrowest width accepted by `--width`. */
export const MIN_WIDTH = 40;
/** Widest width accepted by `--width`. */
export const MAX_WIDTH = 1000;

/** Holds French punctuation to its word while wrapping; written back as a space. */
const GLUE = "\ue000";

/**
 * Wraps a text into lines of at most `width` characters, at spaces only: a word is never cut (a word
 * longer than the width stands alone on its line). French punctuation (`?`, `!`, `:`, `;`, `»`) is
 * kept with the word before it, as French typography wants.
 *
 * @param text - the text
 * @param width - the most characters a line may hold
 * @returns the lines (one empty line for an empty text)
 * @example
 * wrapWords("Salaire minimum de l'apprenti", 16); //=> ["Salaire minimum", "de l'apprenti"]
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  // French punctuation stays with its word (« apprentissage ? » never leaves « ? » alone on a line).
  const glued = text.replace(/(?<=\S) ([?!:;»])/g, `${GLUE}$1`).replace(/« (?=\S)/g, `«${GLUE}`);
  for (const word of glued.split(/[ \t\n]+/).filter((item) => item !== "")) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines.map((item) => item.replaceAll(GLUE, " "));
}

/**
 * Two columns: a name, and a text wrapped at `width` and aligned after the names (the name column as
 * wide as the longest name; a name may take several lines).
 *
 * @param rows - `[name lines, text]` pairs
 * @param width - the total width
 * @param indent - spaces before the names
 * @returns the lines
 * @example
 * twoColumns([[["smic"], "SMIC en vigueur à une date"]], 30, 2); //=> ["  smic  SMIC en vigueur à une", "        date"]
 */
export function twoColumns(rows: ReadonlyArray<readonly [readonly string[], string]>, width: number, indent: number): string[] {
  const nameWidth = Math.max(...rows.flatMap(([names]) => names.map((name) => name.length)));
  const textWidth = Math.max(20, width - indent - nameWidth - 2);
  return rows.flatMap(([names, text]) => {
    const wrapped = wrapWords(text, textWidth);
    return Array.from({ length: Math.max(names.length, wrapped.length) }, (_, index) =>
      `${" ".repeat(indent)}${(names[index] ?? "").padEnd(nameWidth)}  ${wrapped[index] ?? ""}`.trimEnd(),
    );
  });
}

/**
 * The width of the terminal the output goes to, when none is given by `--width`: `COLUMNS` when it
 * is set to a whole number (kept within 40 to 1000), else the terminal's own width when the output is
 * one, else none (and {@link DEFAULT_WIDTH} applies).
 *
 * @param env - the environment variables
 * @param stdout - the output stream: whether it is a terminal, and its width
 * @returns the width, or `undefined` when the output is not a terminal and `COLUMNS` is not set
 * @example
 * terminalWidth({ COLUMNS: "120" }, { isTTY: false }); //=> 120
 * terminalWidth({}, { isTTY: true, columns: 100 }); //=> 100
 * terminalWidth({}, { isTTY: false }); //=> undefined
 */
export function terminalWidth(env: Readonly<Record<string, string | undefined>>, stdout: { isTTY?: boolean; columns?: number }): number | undefined {
  const set = env["COLUMNS"]?.trim() ?? "";
  if (/^\d{1,9}$/.test(set) && Number(set) > 0) return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Number(set)));
  return stdout.isTTY === true && stdout.columns !== undefined && stdout.columns > 0 ? stdout.columns : undefined;
}
