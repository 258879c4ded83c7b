/**
 * The command line's contact with the outside world, passed in so that commands stay testable.
 */
import { useColour } from "./colour.js";
import { terminalWidth } from "./layout.js";

/** A signal that stops a long command: Ctrl-C (`SIGINT`) or `SIGTERM`. */
export type InterruptSignal = "SIGINT" | "SIGTERM";

/** Output streams, terminal detection and today's date. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  /** Width of the terminal standard output goes to, when it is one, or `COLUMNS` (tables fit it; see `terminalWidth`). */
  columns?: number;
  /** Whether to colour the output (a terminal, `NO_COLOR`, `FORCE_COLOR`: see `useColour`). */
  colour?: boolean;
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Today's date, `YYYY-MM-DD` (the library never reads the clock; the CLI does, for defaults). */
  today(): string;
  /**
   * Calls `handler` once on Ctrl-C or SIGTERM instead of ending the process at once, until the
   * function it returns is called (a second Ctrl-C then ends the process as usual). Left out where
   * there are no signals (tests, hosts).
   */
  onInterrupt?(handler: (signal: InterruptSignal) => void): () => void;
}

/**
 * Ignores a closed pipe (`alternance … | head -1`): the reader went away, nothing more to say. Any
 * other error of the process streams is thrown, as without the listener.
 *
 * @example
 * process.stdout.on("error", ignoreClosedPipe);
 */
export function ignoreClosedPipe(error: Error & { code?: string }): void {
  if (error.code !== "EPIPE") throw error;
}

/**
 * The real process streams.
 *
 * @example
 * const io = nodeIo();
 */
export function nodeIo(): Io {
  // Without a listener, a write to a closed pipe is an unhandled 'error' event and a stack trace.
  for (const stream of [process.stdout, process.stderr]) if (stream.listenerCount("error") === 0) stream.on("error", ignoreClosedPipe);
  const columns = terminalWidth(process.env, process.stdout);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    ...(columns === undefined ? {} : { columns }),
    colour: useColour(process.env, process.stdout.isTTY === true),
    onInterrupt: (handler) => {
      const listener = (signal: InterruptSignal) => {
        process.off("SIGINT", listener);
        process.off("SIGTERM", listener);
        handler(signal);
      };
      process.on("SIGINT", listener);
      process.on("SIGTERM", listener);
      return () => {
        process.off("SIGINT", listener);
        process.off("SIGTERM", listener);
      };
    },
    today: () => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    },
  };
}
