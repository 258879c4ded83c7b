/**
 * Tables that fit the terminal: columns at their natural width when they fit; otherwise titles and
 * text cells wrapped at spaces (a word is never cut), then the least important columns dropped, and
 * said so under the table. Numbers and amounts are right-aligned; with colour, titles are bold and a
 * column may give each of its cells a tone (a status in green or red).
 */
import type { Locale } from "../core/explain.js";
import { paint, type Tone } from "./colour.js";
import { wrapWords } from "./layout.js";

/** One column of a table. */
export interface TableColumn {
  /** Title (wrapped at spaces when the column is narrow). */
  title: string;
  /** Right-aligned (numbers, amounts) or left-aligned. */
  align: "left" | "right";
  /** Which column goes first when the table is too wide: the highest `drop` first; 0 is never dropped. */
  drop: number;
  /** Whether the cells may wrap at spaces (text); numbers, dates and amounts never wrap. */
  wrap: boolean;
  /** The tone of the column's cell in a row (its index), shown with colour only. */
  tone?: (row: number) => Tone | undefined;
}

/** Space between two columns. */
const GAP = 2;

const longestWord = (text: string): number => Math.max(0, ...text.split(/[ \t\n]+/).map((word) => word.length));

/** The widths of the columns kept, and which were dropped (in table order). */
function layout(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): { widths: Map<number, number>; dropped: number[] } {
  const natural = columns.map((column, index) => Math.max(column.title.length, ...rows.map((row) => row[index]!.length)));
  const least = columns.map((column, index) =>
    Math.max(longestWord(column.title), ...rows.map((row) => (column.wrap ? longestWord(row[index]!) : row[index]!.length))),
  );
  const kept = columns.map((_, index) => index);
  const total = (indexes: readonly number[], sizes: readonly number[]) => indexes.reduce((sum, index) => sum + sizes[index]!, 0) + GAP * Math.max(0, indexes.length - 1);
  const dropped: number[] = [];
  while (total(kept, least) > width) {
    const candidates = kept.filter((index) => columns[index]!.drop > 0);
    if (candidates.length === 0) break;
    // The highest `drop`; among equals, the rightmost.
    const victim = candidates.reduce((best, index) => (columns[index]!.drop >= columns[best]!.drop ? index : best));
    kept.splice(kept.indexOf(victim), 1);
    dropped.push(victim);
  }
  const widths = new Map(kept.map((index) => [index, least[index]!]));
  let spare = width - total(kept, least);
  for (const index of kept) {
    const more = Math.min(Math.max(0, spare), natural[index]! - least[index]!);
    widths.set(index, least[index]! + more);
    spare -= more;
  }
  return { widths, dropped: dropped.sort((a, b) => a - b) };
}

/**
 * Renders a table within `width` columns.
 *
 * @param columns - the columns, in order
 * @param rows - the cells, as text, one array per row
 * @param options - `width`, `locale` (the note on dropped columns), `colour`
 * @returns the lines: titles, a rule, the rows, and a note naming the columns left out, if any
 * @example
 * fitTable([{ title: "Mois", align: "left", drop: 0, wrap: false }], [["2026-01"]], { width: 80, locale: "fr", colour: false }); //=> ["Mois", "───────", "2026-01"]
 */
export function fitTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  options: { width: number; locale: Locale; colour: boolean },
): string[] {
  const { widths, dropped } = layout(columns, rows, options.width);
  const kept = [...widths.keys()];
  const block = (cells: readonly string[], title: boolean, row = -1): string[] => {
    const wrapped = kept.map((index) => {
      const text = cells[index]!;
      const size = widths.get(index)!;
      return title || columns[index]!.wrap ? wrapWords(text, size) : [text];
    });
    const height = Math.max(...wrapped.map((lines) => lines.length));
    return Array.from({ length: height }, (_, line) =>
      kept
        .map((index, position) => {
          const text = wrapped[position]![line] ?? "";
          const padding = " ".repeat(Math.max(0, widths.get(index)! - text.length));
          // Escapes take no room: the padding is counted on the text and added outside its colour.
          const shown = paint(text, title ? "title" : columns[index]!.tone?.(row), options.colour);
          return columns[index]!.align === "right" && !title ? `${padding}${shown}` : `${shown}${padding}`;
        })
        .join(" ".repeat(GAP))
        .trimEnd(),
    );
  };
  const lines = [
    ...block(columns.map((column) => column.title), true),
    kept.map((index) => "─".repeat(widths.get(index)!)).join(" ".repeat(GAP)),
    ...rows.flatMap((row, index) => block(row, false, index)),
  ];
  if (dropped.length > 0) {
    const names = dropped.map((index) => columns[index]!.title).join(", ");
    lines.push(
      ...wrapWords(
        options.locale === "fr"
          ? `(colonnes masquées faute de place : ${names} ; --width ${options.width + 40}, un terminal plus large ou --format csv pour tout voir)`
          : `(columns left out for lack of room: ${names}; --width ${options.width + 40}, a wider terminal or --format csv to see everything)`,
        options.width,
      ),
    );
  }
  return lines;
}
