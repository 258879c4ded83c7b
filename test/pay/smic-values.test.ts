/**
 * The values computed once (docs/performance.md): the full-time minimum amounts of each whole rate of
 * each SMIC value (kept on first use), the yearly hours of the legal weekly hours, the monthly SMIC and
 * the hourly ceiling of every entry. Each must equal the computation it replaces, for every entry of
 * the series.
 */
import { describe, expect, test } from "vitest";
import { valueAt } from "../../src/core/dated.js";
import { Dec, monthlyFromHourly, roundHalfUp } from "../../src/core/money.js";
import { hourlyCeilingOf } from "../../src/legal-values/social-security-ceiling.js";
import { smicMonthlyOf } from "../../src/legal-values/smic.js";
import { annualReferenceHours, legalWeeklyHours, smicHourlyMayotte, smicHourlyMetropole } from "../../src/parameters/smic.js";
import { socialSecurityCeilingMonthly } from "../../src/parameters/social-security-ceiling.js";
import { amountsOnSmic, yearlyHours } from "../../src/pay/amounts.js";
import { smicAmounts, smicValuesOn } from "../../src/pay/smic-values.js";

const territories = [
  { territory: "metropole" as const, series: smicHourlyMetropole },
  { territory: "mayotte" as const, series: smicHourlyMayotte },
];
const entries = territories.flatMap(({ territory, series }) => series.entries.map((entry) => ({ name: `${territory} since ${entry.since}`, territory, entry })));
const fullTime = valueAt(legalWeeklyHours, "2019-01-01").value;

describe("full-time amounts of whole rates, kept per SMIC value (smicAmounts)", () => {
  test.for(entries)("$name: every whole rate from 0 to 200 % gives amountsOnSmic's amounts, the second time from the table", ({ territory, entry }) => {
    const smic = smicValuesOn(entry.since, territory);
    expect(smic.entry).toBe(entry);
    for (let rate = 0; rate <= 200; rate += 1) {
      const first = smicAmounts(smic, rate, fullTime, fullTime, yearlyHours(fullTime));
      expect(first).toEqual(amountsOnSmic(rate, entry.value, new Dec(fullTime).times(52)));
      expect(smicAmounts(smic, rate, fullTime, fullTime, yearlyHours(fullTime))).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
    }
    // At most one row per whole rate: the table is bounded (docs/performance.md).
    expect(smic.fullTime.size).toBeLessThanOrEqual(201);
  });

  const rows = [
    { name: "a rate with decimals (a previous contract's)", rate: 55.5, weekly: fullTime, source: "D6222-29 (previous contract's rate)" },
    { name: "part-time hours", rate: 43, weekly: 24, source: "D6222-26 prorated to the hours" },
  ];
  test.for(rows)("$name is computed on each call, not kept ($source)", ({ rate, weekly }) => {
    const smic = smicValuesOn("2026-03-01", "metropole");
    const before = smic.fullTime.size;
    const amounts = smicAmounts(smic, rate, weekly, fullTime, yearlyHours(weekly));
    expect(amounts).toEqual(amountsOnSmic(rate, 12.02, new Dec(weekly).times(52)));
    expect(smicAmounts(smic, rate, weekly, fullTime, yearlyHours(weekly))).not.toBe(amounts);
    expect(smic.fullTime.size).toBe(before);
  });

  test("the seed example: 43 % of the SMIC of 2024-11-01 at 35 h is 774,77 € and 5,11 €/h (test/cases/seed-examples.json)", () => {
    expect(smicAmounts(smicValuesOn("2025-10-01", "metropole"), 43, 35, 35, yearlyHours(35))).toEqual({ monthly: 774.77, hourly: 5.11 });
  });
});

describe("values of the parameters computed once (at load, or on first use)", () => {
  test.for(legalWeeklyHours.entries.map((entry) => ({ name: `${entry.value} h since ${entry.since}`, hours: entry.value })))(
    "yearlyHours of the legal weekly hours ($name) is weekly × 52, the same decimal each time",
    ({ hours }) => {
      expect(yearlyHours(hours).toNumber()).toBe(hours * 52);
      expect(yearlyHours(hours)).toBe(yearlyHours(hours));
    },
  );

  test("yearlyHours of other hours is computed exactly", () => {
    expect(yearlyHours(24.5).toString()).toBe("1274");
    expect(yearlyHours(24.5)).not.toBe(yearlyHours(24.5));
  });

  test.for(entries)("monthly SMIC of $name: hourly × 35 × 52 / 12 rounded to the cent", ({ entry }) => {
    expect(smicMonthlyOf(entry)).toBe(roundHalfUp(monthlyFromHourly(entry.value, fullTime)));
  });

  test.for(socialSecurityCeilingMonthly.entries.map((entry) => ({ name: `PSS since ${entry.since}`, entry })))(
    "hourly ceiling of the $name: monthly × 12 / 1607 rounded to the euro (CSS D242-19)",
    ({ entry }) => {
      const hours = valueAt(annualReferenceHours, "2015-01-01").value;
      expect(hourlyCeilingOf(entry)).toBe(roundHalfUp(new Dec(entry.value).times(12).div(hours), 0));
    },
  );
});
