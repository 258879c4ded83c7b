import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { renderParametersDoc } from "../../scripts/parameters-doc.js";
import { isIsoDate } from "../../src/core/dates.js";
import { parameterSeries } from "../../src/index.js";
import { internshipCounting } from "../../src/parameters/internship.js";

describe("every parameter series is well-formed data", () => {
  test.for(parameterSeries.map((series) => ({ id: series.id, series })))("$id", ({ series }) => {
    expect(series.entries.length).toBeGreaterThan(0);
    expect(series.label.fr.length).toBeGreaterThan(0);
    expect(series.label.en.length).toBeGreaterThan(0);
    series.entries.forEach((entry, index) => {
      expect(isIsoDate(entry.since)).toBe(true);
      expect(entry.legalBasis.length).toBeGreaterThan(0);
      if (index > 0) expect(entry.since > series.entries[index - 1]!.since).toBe(true);
    });
  });

  test("ids are unique", () => {
    const ids = parameterSeries.map((series) => series.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("internship thresholds follow D124-6: 308 h = 2 × 22 × 7 h, 924 h = 6 × 22 × 7 h (law.md §6.1, §6.5)", () => {
    const counting = internshipCounting.entries[0]!.value;
    expect(counting.mandatoryAboveHours).toBe(2 * counting.daysPerMonth * counting.hoursPerDay);
    expect(counting.maximumHours).toBe(6 * counting.daysPerMonth * counting.hoursPerDay);
    expect([counting.hoursPerDay, counting.daysPerMonth, counting.mandatoryAboveHours, counting.maximumHours]).toEqual([7, 22, 308, 924]);
  });
});

test("docs/parameters.md is up to date (run `npm run docs:parameters`)", () => {
  const committed = readFileSync(new URL("../../docs/parameters.md", import.meta.url), "utf8");
  expect(committed).toBe(renderParametersDoc());
});
