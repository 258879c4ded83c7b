/**
 * The renderer at 80 and 120 columns (issue 19): the schedule fits, no word is cut, amounts are
 * right-aligned, the columns left out are named; the committed capture docs/images/schedule-80-columns.txt
 * is what the command prints at 80 columns.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { apprenticePaySchedule } from "../../src/index.js";
import { renderTable } from "../../src/cli/render.js";

const schedule = apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2028-08-31", locale: "fr" });

describe("the schedule table fits the width", () => {
  test.for([80, 120])("%i columns: every line fits, every word whole", (width) => {
    const text = renderTable(schedule, "fr", false, { width });
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(width);
    for (const word of ["Minimum mensuel", "Tranche d'âge", "Année du contrat"].flatMap((title) => title.split(" "))) expect(text).toContain(word);
    expect(text).toMatch(width === 80 ? /01\/09\/2025 +31\/12\/2025 +1 +18-20 ans +43 +774,77 € +774,77 €/ : /01\/09\/2025 +31\/12\/2025 +1 +18-20 ans +43 +11,88 € +774,77 € +SMIC +5,11 € +774,77 €/);
    expect(text).toMatch(/ 1\u202f138,88 €/);
  });

  test("80 columns: the least useful columns left out, and said", () => {
    const text = renderTable(schedule, "fr", false, { width: 80 });
    expect(text.split("Périodes\n")[1]!.split("\n")[0]).not.toContain("SMIC");
    expect(text).toContain("(colonnes masquées faute de place : SMIC horaire, Assiette, Minimum horaire ;");
  });

  test("120 columns: every column", () => {
    const text = renderTable(schedule, "en", false, { width: 120 });
    expect(text).toContain("Hourly SMIC");
    expect(text).not.toContain("left out");
    expect(text).toMatch(/2025-09-01 +2025-12-31/);
  });

  test("the committed capture is the output at 80 columns (but for the warning's dates)", () => {
    const capture = readFileSync(new URL("../../docs/images/schedule-80-columns.txt", import.meta.url), "utf8");
    const periods = renderTable(schedule, "fr", false, { width: 80 }).split("\nAvertissements")[0]!;
    expect(capture.startsWith(periods)).toBe(true);
  });
});
