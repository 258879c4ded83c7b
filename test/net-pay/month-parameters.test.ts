import { describe, expect, test } from "vitest";
import { Dec } from "../../src/core/money.js";
import { smicSeries } from "../../src/legal-values/smic.js";
import { monthParameters, rateOf, type MonthParameters, type Rate } from "../../src/net-pay/month-parameters.js";
import { alsaceMoselleHealthEmployeeRate, ircantecEmployeeRates } from "../../src/parameters/employee-contributions.js";
import { netPayMonthlySeries } from "../../src/parameters/net-pay-series.js";

// Every first day of a month from which a row of the table may differ (the series' entries from 2019).
const days = [
  ...new Set(
    [smicSeries("metropole"), ircantecEmployeeRates, alsaceMoselleHealthEmployeeRate, ...netPayMonthlySeries].flatMap((series) =>
      series.entries.map((entry) => (entry.since < "2019-01-01" ? "2019-01-01" : `${entry.since.slice(0, 7)}-01`)),
    ),
  ),
].sort();

const rates = (p: MonthParameters): Rate[] => [
  p.oldAgeCapped,
  p.oldAgeUncapped,
  p.pension.tranche1,
  p.pension.tranche2,
  p.balance.tranche1,
  p.balance.tranche2,
  p.technical.rate,
  p.ircantec.tranche1,
  p.ircantec.tranche2,
  p.alsaceMoselleRate,
  p.csgDeductible,
  p.csgNonDeductible,
  p.crds,
  p.csgKept,
];

describe("monthParameters: integers of cents and millionths, exact (the integer arithmetic of netPay relies on it)", () => {
  test.for(days)("%s: every rate is a whole number of millionths equal to percent × 10 000", (day) => {
    for (const rate of rates(monthParameters(day))) {
      expect(Number.isSafeInteger(rate.perMillion)).toBe(true);
      expect(rate.perMillion).toBe(new Dec(rate.percent).times(10_000).toNumber());
    }
  });

  test.for(days)("%s: every amount (SMIC, ceilings, bounds, thresholds) is a whole number of cents", (day) => {
    const p = monthParameters(day);
    for (const amount of [p.smicMonthly, p.ceiling, p.pension.upTo, p.technical.above, p.technical.upTo, p.ircantec.upTo, p.csgAbatedUpTo, ...p.smicShares.values()]) {
      expect(Number.isSafeInteger(amount)).toBe(true);
    }
  });

  test.for([
    { day: "2026-07-01", smicMonthly: 186_702, ceiling: 400_500, share50: 93_351, share79: 147_495, source: "law-money.md: SMIC 12,31 € → 1 867,02 €; PSS 2026 4 005 €; 50 % → 933,51 €; 79 % → 1 474,9458 → 1 474,95 €" },
    { day: "2026-01-01", smicMonthly: 182_303, ceiling: 400_500, share50: 91_152, share79: 144_019, source: "SMIC 12,02 € → 1 823,03 €; 50 % = 911,515 → 911,52 € (half up); 79 % = 1 440,1937 → 1 440,19 €" },
  ])("$day: SMIC $smicMonthly ct, PSS $ceiling ct, thresholds ($source)", (row) => {
    const p = monthParameters(row.day);
    expect([p.smicMonthly, p.ceiling, p.smicShares.get(50), p.smicShares.get(79)]).toEqual([row.smicMonthly, row.ceiling, row.share50, row.share79]);
  });

  test.for([
    { percent: 6.9, perMillion: 69_000 },
    { percent: 0.86, perMillion: 8_600 },
    { percent: 98.25, perMillion: 982_500 },
    { percent: 0.14, perMillion: 1_400 },
  ])("rateOf($percent) = $perMillion millionths (law-money.md §2 rates)", (row) => {
    expect(rateOf(row.percent)).toEqual(row);
  });
});
