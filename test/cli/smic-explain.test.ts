/**
 * `alternance smic --explain` (issue 19): smicAt gives no explanation (API.md §1), so the command line
 * writes its two steps from the result and the series — the hourly SMIC on the date, since when, its
 * legal text, and the monthly amount for 35 h — in French (dates JJ/MM/AAAA) or English. JSON stays the
 * API's exact result.
 */
import { describe, expect, test } from "vitest";
import { smicAt } from "../../src/index.js";
import { run } from "../../src/cli/main.js";
import { smicSteps } from "../../src/cli/smic-explanation.js";

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { stdout: { write: (text: string) => ((stdout += text), true) }, stderr: { write: (text: string) => ((stderr += text), true) }, today: () => "2026-03-15" });
  return { code, stdout, stderr };
}

/** One line per step: the table wraps at 80 columns, so the text is read with its lines joined. */
const joined = (text: string) => text.replace(/\n +/g, " ");

describe("smic --explain: the steps, with the amount, the date and the legal text", () => {
  test.for([
    {
      name: "French, metropole (Décret n° 2025-1228: 12,02 € from 2026-01-01; monthly 12,02 × 35 × 52 / 12 = 1 823,03, law.md §5)",
      args: ["smic", "--date", "15/03/2026", "--explain"],
      expected: [
        "• SMIC horaire brut (métropole, DROM hors Mayotte) en vigueur le 15/03/2026 : 12,02 €, depuis le 01/01/2026 [smic.hourly — Décret n° 2025-1228 du 17 décembre 2025]",
        "• SMIC mensuel pour 35 h par semaine : 12,02 € × 35 × 52 / 12 = 1\u202f823,03 € (arrondi au centime) [smic.monthly — C. trav. art. L3121-27]",
      ],
    },
    {
      name: "English, metropole, the same answer",
      args: ["smic", "--date", "2026-03-15", "--explain", "--lang", "en"],
      expected: [
        "• Hourly gross SMIC (metropolitan France, overseas except Mayotte) in force on 2026-03-15: €12.02, since 2026-01-01 [smic.hourly — Décret n° 2025-1228 du 17 décembre 2025]",
        "• Monthly SMIC for 35 hours a week: €12.02 × 35 × 52 / 12 = €1,823.03 (rounded to the cent) [smic.monthly — C. trav. art. L3121-27]",
      ],
    },
    {
      name: "French, Mayotte (Décret n° 2025-1228: 9,33 €; 1 415,05 € as smicAt's JSDoc example)",
      args: ["smic", "--date", "2026-03-15", "--territory", "Mayotte", "--explain"],
      expected: [
        "• SMIC horaire brut (Mayotte) en vigueur le 15/03/2026 : 9,33 €, depuis le 01/01/2026 [smic.hourly — Décret n° 2025-1228 du 17 décembre 2025]",
        "• SMIC mensuel pour 35 h par semaine : 9,33 € × 35 × 52 / 12 = 1\u202f415,05 € (arrondi au centime)",
      ],
    },
    {
      name: "English, a mid-year revaluation (Arrêté du 19 mai 2022: 10,85 € from 2022-05-01)",
      args: ["smic", "--date", "2022-07-14", "--explain", "--lang", "en"],
      expected: ["in force on 2022-07-14: €10.85, since 2022-05-01 [smic.hourly — Arrêté du 19 mai 2022 (revalorisation automatique)]", "€10.85 × 35 × 52 / 12 = €1,645.58"],
    },
    {
      name: "the default date is today (the CLI's clock: 2026-03-15 here)",
      args: ["smic", "--explain"],
      expected: ["en vigueur le 15/03/2026 : 12,02 €, depuis le 01/01/2026"],
    },
  ])("$name", async ({ args, expected }) => {
    const { code, stdout, stderr } = await cli(args);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    for (const text of expected) expect(joined(stdout)).toContain(text);
  });

  test("without --explain, no steps; with --format json, the API's exact result (no explanation field)", async () => {
    expect((await cli(["smic", "--date", "2026-03-15"])).stdout).not.toContain("smic.hourly");
    const json = JSON.parse((await cli(["smic", "--date", "2026-03-15", "--explain", "--format", "json"])).stdout);
    expect(json).toEqual(JSON.parse(JSON.stringify(smicAt("2026-03-15", { locale: "fr" }))));
    expect(json).not.toHaveProperty("explanation");
  });

  test("the steps carry the values they used (from smicAt's result and the weekly-hours series)", () => {
    const steps = smicSteps(smicAt("2026-03-15"), "2026-03-15", "metropole", "fr");
    expect(steps.map((step) => step.rule)).toEqual(["smic.hourly", "smic.monthly"]);
    expect(steps[0]!.values).toEqual({ date: "2026-03-15", territory: "metropole", hourly: 12.02, since: "2026-01-01" });
    expect(steps[1]!.values).toEqual({ hourly: 12.02, weeklyHours: 35, monthly: 1823.03 });
  });
});
