/**
 * The newest modele-social (URSSAF's publicodes rules) and its peer publicodes, installed from the
 * registry into a temporary folder — never into the project — and loaded from there.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The part of a publicodes engine the comparisons use. */
export interface ModelEngine {
  setSituation(situation: Record<string, string>): unknown;
  evaluate(rule: string): { nodeValue: unknown };
}

/** The rules of the model, by name (their publicodes text, read for their dated variations). */
export type ModelRules = Readonly<Record<string, unknown>>;

/** A model installed in a temporary folder. */
export interface InstalledModel {
  /** Version of modele-social. */
  version: string;
  /** Version of publicodes installed beside it. */
  publicodesVersion: string;
  /** The temporary folder. */
  directory: string;
  /** Its rules, and an engine built on them. */
  rules: ModelRules;
  engine: ModelEngine;
  /** Deletes the temporary folder. */
  remove(): void;
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** What the registry says of a release of modele-social: its version and its publicodes range. */
export function releaseOf(version = "latest"): { version: string; publicodesRange: string } {
  const output = execFileSync(npm, ["view", `modele-social@${version}`, "version", "peerDependencies", "--json"], { encoding: "utf8" });
  const data = JSON.parse(output) as { version: string; peerDependencies?: Record<string, string> } | Array<{ version: string; peerDependencies?: Record<string, string> }>;
  // A range of versions gives an array: the last one is the newest.
  const release = Array.isArray(data) ? data[data.length - 1]! : data;
  return { version: release.version, publicodesRange: release.peerDependencies?.["publicodes"] ?? "latest" };
}

/** The ESM entry of a package installed under `directory`. */
function esmEntry(directory: string, name: string): string {
  const root = join(directory, "node_modules", name);
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    exports?: { ".": string | { import?: string | { default?: string } } };
    module?: string;
    main?: string;
  };
  const dot = manifest.exports?.["."];
  const imported = typeof dot === "string" ? dot : typeof dot?.import === "string" ? dot.import : dot?.import?.default;
  return join(root, imported ?? manifest.module ?? manifest.main ?? "index.js");
}

/** The version of a package installed under `directory`. */
function installedVersion(directory: string, name: string): string {
  return (JSON.parse(readFileSync(join(directory, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

/**
 * Installs modele-social (the newest release, or `version`) and the publicodes its peer range allows
 * into a new temporary folder with `npm install --prefix`, then loads both from there.
 *
 * @param version - a version or range of modele-social; the newest release by default
 * @returns the installed model, its engine and a function that deletes the folder
 */
export async function installModel(version = "latest"): Promise<InstalledModel> {
  const release = releaseOf(version);
  const directory = mkdtempSync(join(tmpdir(), "alternance-freshness-"));
  try {
    execFileSync(
      npm,
      ["install", "--prefix", directory, "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error", `modele-social@${release.version}`, `publicodes@${release.publicodesRange}`],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    const rules = ((await import(pathToFileURL(esmEntry(directory, "modele-social")).href)) as { default: ModelRules }).default;
    const publicodes = (await import(pathToFileURL(esmEntry(directory, "publicodes")).href)) as {
      default: new (rules: ModelRules, options: object) => ModelEngine;
    };
    const silent = { log() {}, warn() {}, error() {} };
    return {
      version: installedVersion(directory, "modele-social"),
      publicodesVersion: installedVersion(directory, "publicodes"),
      directory,
      rules,
      engine: new publicodes.default(rules, { logger: silent }),
      remove: () => rmSync(directory, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}

/** A date as the model writes it: `'15/03/2026'`. */
export const modelDate = (iso: string): string => `'${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}'`;

/** The numeric value of a rule of the model on the current situation, or `null` when it has none. */
export function modelNumber(engine: ModelEngine, rule: string): number | null {
  const value = engine.evaluate(rule).nodeValue;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * The months in which the given rules change value, read from their dated conditions
 * (`date >= 06/2026`, `date >= 01/08/2022`), as `YYYY-MM`, sorted.
 *
 * @param rules - the model's rules
 * @param names - the rules to read
 * @returns the months of their dated conditions
 */
export function datedMonths(rules: ModelRules, names: readonly string[]): string[] {
  const months = new Set<string>();
  for (const name of names) {
    const text = JSON.stringify(rules[name] ?? null);
    for (const match of text.matchAll(/date\s*(?:>=|>|<=|<)\s*(?:(\d{2})\/)?(\d{2})\/(\d{4})/g)) months.add(`${match[3]}-${match[2]}`);
  }
  return [...months].sort();
}
