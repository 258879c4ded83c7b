/**
 * The files of `alternance batch`: the CSV read and the `--out` file written, opened before any row is
 * read so that a path that cannot be used is a clear usage error (exit 2), never an unhandled stream
 * error; the output is written to a temporary file of the same folder and renamed at the end, or
 * removed when the batch does not finish.
 */
import { createReadStream, createWriteStream, openSync, renameSync, rmSync, statSync, type ReadStream, type WriteStream } from "node:fs";
import { basename, dirname, join } from "node:path";
import { cutText } from "../core/echo.js";
import type { Locale } from "../core/explain.js";

/** A file system error as Node gives it. */
type SystemError = Error & { code?: string };

/** Whether `error` is a file system or stream error with the given code. */
export function hasCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && codes.includes(String((error as SystemError).code));
}

/** Why a path cannot be used, in words, from the error's code. */
function reason(error: unknown, action: "read" | "write", locale: Locale): string {
  const fr = locale === "fr";
  const code = String((error as SystemError)?.code);
  switch (code) {
    case "ENOENT":
      // Writing creates the file: what is missing is its folder.
      if (action === "write") return fr ? "le dossier n'existe pas" : "the folder does not exist";
      return fr ? "fichier ou dossier introuvable" : "no such file or folder";
    case "ENOTDIR":
      return fr ? "un élément du chemin n'est pas un dossier" : "a part of the path is not a folder";
    case "EISDIR":
      return fr ? "c'est un dossier" : "it is a folder";
    case "EACCES":
    case "EPERM":
      return fr ? "accès refusé" : "permission denied";
    case "EROFS":
      return fr ? "système de fichiers en lecture seule" : "read-only file system";
    case "ENOSPC":
    case "EDQUOT":
      return fr ? "plus de place sur le disque" : "no space left on the disk";
    default:
      return code === "undefined" ? (error instanceof Error ? error.message : String(error)) : code;
  }
}

/** `« path »` (or `"path"`), cut like any echoed text. */
const quoted = (path: string, locale: Locale) => (locale === "fr" ? `« ${cutText(path)} »` : `"${cutText(path)}"`);

/**
 * The message for a file that cannot be read or written.
 *
 * @param action - `"read"` or `"write"`
 * @param path - the path given
 * @param error - the error met
 * @param locale - language
 * @returns e.g. `lecture impossible de « cohorte » : c'est un dossier`
 * @example
 * fileProblem("read", "somedir", Object.assign(new Error(), { code: "EISDIR" }), "fr"); //=> "lecture impossible de « somedir » : c'est un dossier"
 */
export function fileProblem(action: "read" | "write", path: string, error: unknown, locale: Locale): string {
  const fr = locale === "fr";
  const what = action === "read" ? (fr ? "lecture impossible de" : "cannot read") : fr ? "écriture impossible de" : "cannot write";
  return `${what} ${quoted(path, locale)}${fr ? " : " : ": "}${reason(error, action, locale)}`;
}

/** An input or output that cannot be used: the message says which and why. */
export class FileProblem extends Error {}

/**
 * Opens the CSV to read, checking first that it is a readable file (a folder is refused before any
 * read: reading one fails later, in the stream).
 *
 * @param file - the path
 * @param locale - language of the message
 * @returns the stream and the file's size (for the progress bar)
 * @throws FileProblem naming the file and the reason
 * @example
 * const { stream, size } = openInput("cohorte.csv", "fr");
 */
export function openInput(file: string, locale: Locale): { stream: ReadStream; size: number } {
  let size: number;
  let fd: number;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    size = stats.size;
    fd = openSync(file, "r");
  } catch (error) {
    throw new FileProblem(
      hasCode(error, "ENOENT") ? `${locale === "fr" ? "fichier introuvable" : "file not found"} ${quoted(file, locale)}` : fileProblem("read", file, error, locale),
    );
  }
  return { stream: createReadStream("", { fd }), size };
}

/** The `--out` file being written. */
export interface OutputFile {
  /** The stream to the temporary file. */
  stream: WriteStream;
  /** Closes the temporary file and renames it to the path asked for. */
  commit(): Promise<void>;
  /** Closes and removes the temporary file (the path asked for is left as it was). */
  discard(): void;
}

/**
 * Opens `--out` for writing: a hidden temporary file `.NAME.PID.tmp` in the same folder, renamed at
 * the end, so that no half-written file is ever left under the name asked for. An existing folder,
 * a missing folder, a path through a file, a read-only place are refused before any row is read.
 *
 * @param path - the path asked for
 * @param locale - language of the message
 * @returns the output file
 * @throws FileProblem naming the path and the reason
 * @example
 * const out = openOutput("resultats.ndjson", "fr");
 */
export function openOutput(path: string, locale: Locale): OutputFile {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    if (isDirectory(path)) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    fd = openSync(temporary, "w");
  } catch (error) {
    throw new FileProblem(`--out : ${fileProblem("write", path, error, locale)}`);
  }
  const stream = createWriteStream("", { fd });
  /** Removes the temporary file; false when it cannot be removed yet (still open, on Windows). */
  const remove = (): boolean => {
    try {
      rmSync(temporary, { force: true });
      return true;
    } catch {
      return false;
    }
  };
  return {
    stream,
    commit: async () => {
      await new Promise<void>((resolve, reject) => {
        stream.once("error", reject);
        stream.once("close", resolve);
        stream.end();
      });
      renameSync(temporary, path);
    },
    discard: () => {
      stream.destroy();
      if (!remove()) stream.once("close", remove);
    },
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
