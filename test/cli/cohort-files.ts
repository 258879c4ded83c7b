/**
 * Cohort files for the batch tests: a temporary folder to write them in, and rows that pass.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A fresh temporary folder, and a function that writes a file in it and returns its path. */
export function scratchFolder(prefix: string): { directory: string; file: (name: string, content: string | Buffer) => string } {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  return {
    directory,
    file: (name, content) => {
      const path = join(directory, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** The five columns of a minimal apprenticeship cohort. */
export const HEADER = "id;contract;birthDate;contractStart;contractEnd";

/** A row that passes every check (an apprentice of 19, a one-year contract). */
export const row = (id: string): string => `${id};apprenticeship;2006-04-10;2025-09-01;2026-08-31`;

/** A whole file: the header and `count` passing rows R0, R1… */
export const rows = (count: number): string => `${HEADER}\n${Array.from({ length: count }, (_, index) => row(`R${index}`)).join("\n")}\n`;
