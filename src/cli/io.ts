/**
 * The command line's contact with the outside world, passed in so that commands stay testable.
 */

/** Output streams, terminal detection and today's date. */
export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Today's date, `YYYY-MM-DD` (the library never reads the clock; the CLI does, for defaults). */
  today(): string;
}

/**
 * The real process streams.
 *
 * @example
 * const io = nodeIo();
 */
export function nodeIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    today: () => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    },
  };
}
