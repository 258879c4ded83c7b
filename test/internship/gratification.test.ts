/**
 * internshipGratification: thresholds, the rate of every year since 2015, monthly and smoothed amounts,
 * agreed rates and hosts, the part free of contributions, warnings.
 */
import { describe, expect, test } from "vitest";
import { internshipGratification, type InternshipGratificationInput } from "../../src/internship/index.js";
import { expectExplained, type Explained } from "../support/explained.js";

const codes = (list: { code: string }[]): string[] => list.map((item) => item.code);

describe("threshold: mandatory above 308 h, i.e. from the 309th hour (L124-6, D124-6; law.md §6.1 item 8)", () => {
  // Signed 2026-01-02: 4,50 €/h (law.md §6.2). Totals are hours × 4,50 rounded to the cent.
  const rows = [
    { name: "0 h", hours: 0, mandatory: false, byDays: false, days: 0, months: 0, total: 0, violations: [] },
    { name: "307 h", hours: 307, mandatory: false, byDays: false, days: 43, months: 1, total: 0, violations: [] },
    { name: "308 h (44 days of 7 h: not above two months)", hours: 308, mandatory: false, byDays: false, days: 44, months: 2, total: 0, violations: [] },
    { name: "308,5 h (above 308 h; still 44 whole days)", hours: 308.5, mandatory: true, byDays: false, days: 44, months: 2, total: 1388.25, violations: [] },
    { name: "309 h (the 309th hour)", hours: 309, mandatory: true, byDays: false, days: 44, months: 2, total: 1390.5, violations: [] },
    { name: "314,99 h (day reading: still 44 days)", hours: 314.99, mandatory: true, byDays: false, days: 44, months: 2, total: 1417.46, violations: [] },
    { name: "315 h (45 days: the day reading agrees)", hours: 315, mandatory: true, byDays: true, days: 45, months: 2, total: 1417.5, violations: [] },
    { name: "462 h (66 days = 3 months)", hours: 462, mandatory: true, byDays: true, days: 66, months: 3, total: 2079, violations: [] },
    { name: "924 h (six months, the maximum)", hours: 924, mandatory: true, byDays: true, days: 132, months: 6, total: 4158, violations: [] },
    { name: "924,5 h (above six months)", hours: 924.5, mandatory: true, byDays: true, days: 132, months: 6, total: 4160.25, violations: ["INTERNSHIP_TOO_LONG"] },
    { name: "925 h", hours: 925, mandatory: true, byDays: true, days: 132, months: 6, total: 4162.5, violations: ["INTERNSHIP_TOO_LONG"] },
  ].map((row) => ({ ...row, source: "C. éduc. L124-5, L124-6, D124-6; law.md §6.1, §6.5; seeds 000/001 ('309th hour', '44 days')" }));

  test.for(rows)("$name", (row) => {
    const result = internshipGratification({ presenceHours: row.hours, conventionSignedOn: "2026-01-02" });
    expect(result).toMatchObject({
      mandatory: row.mandatory,
      mandatoryByDays: row.byDays,
      totalHours: row.hours,
      presenceDays: row.days,
      presenceMonths: row.months,
      thresholdHours: 308,
      maximumHours: 924,
      minimumHourlyRate: 4.5,
      hourlyRate: 4.5,
      total: row.total,
      monthly: [],
      smoothedMonthly: null,
    });
    expect(codes(result.violations)).toEqual(row.violations);
  });

  test("the same thresholds with hours per month: 154 + 154 = 308 h is not mandatory, 154 + 154,5 is", () => {
    const at = internshipGratification({ presenceHours: [{ month: "2026-01", hours: 154 }, { month: "2026-02", hours: 154 }], conventionSignedOn: "2026-01-02" });
    expect(at).toMatchObject({ mandatory: false, totalHours: 308, presenceDays: 44, total: 0, smoothedMonthly: 0 });
    expect(at.monthly.map((month) => month.amount)).toEqual([0, 0]);
    const above = internshipGratification({ presenceHours: [{ month: "2026-01", hours: 154 }, { month: "2026-02", hours: 154.5 }], conventionSignedOn: "2026-01-02" });
    expect(above).toMatchObject({ mandatory: true, totalHours: 308.5, total: 1388.25, smoothedMonthly: 694.13 });
    expect(above.monthly.map((month) => month.amount)).toEqual([693, 695.25]);
  });

  test("the explanation states both readings (hours retained, whole days reported)", () => {
    const result = internshipGratification({ presenceHours: 309, conventionSignedOn: "2026-01-02", locale: "en" });
    const step = result.explanation.find((s) => s.rule === "internship.gratification.mandatory");
    expect(step?.message).toBe("309 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 44 days, not above 44)");
    expect(step?.legalBasis).toEqual(["C. éduc. art. L124-6", "C. éduc. art. D124-6", "C. éduc. art. D124-8"]);
  });
});

describe("minimum hourly rate: 15 % of the hourly ceiling at the signature, every year since 2015 (L124-6, CSS D242-19)", () => {
  // law.md §6.2 table (and the issue's list); 400 h of presence, so total = rate × 400.
  const years = [
    { year: 2015, first: "2015-09-01", rate: 3.6, total: 1440 },
    { year: 2016, first: "2016-01-01", rate: 3.6, total: 1440 },
    { year: 2017, first: "2017-01-01", rate: 3.6, total: 1440 },
    { year: 2018, first: "2018-01-01", rate: 3.75, total: 1500 },
    { year: 2019, first: "2019-01-01", rate: 3.75, total: 1500 },
    { year: 2020, first: "2020-01-01", rate: 3.9, total: 1560 },
    { year: 2021, first: "2021-01-01", rate: 3.9, total: 1560 },
    { year: 2022, first: "2022-01-01", rate: 3.9, total: 1560 },
    { year: 2023, first: "2023-01-01", rate: 4.05, total: 1620 },
    { year: 2024, first: "2024-01-01", rate: 4.35, total: 1740 },
    { year: 2025, first: "2025-01-01", rate: 4.35, total: 1740 },
    { year: 2026, first: "2026-01-01", rate: 4.5, total: 1800 },
  ];
  const rows = years.flatMap((row) => [
    { name: `${row.year}, first day in scope ${row.first}`, signedOn: row.first, rate: row.rate, total: row.total, source: "law.md §6.2 table" },
    { name: `${row.year}, last day ${row.year}-12-31`, signedOn: `${row.year}-12-31`, rate: row.rate, total: row.total, source: "law.md §6.2 table" },
  ]);

  test.for(rows)("$name: $rate €/h", (row) => {
    const result = internshipGratification({ presenceHours: 400, conventionSignedOn: row.signedOn });
    expect(result.minimumHourlyRate).toBe(row.rate);
    expect(result.hourlyRate).toBe(row.rate);
    expect(result.exemptHourlyRate).toBe(row.rate);
    expect(result.total).toBe(row.total);
    expect(result.exemptTotal).toBe(row.total);
    expect(result.subjectTotal).toBe(0);
    // 2026-12-31 is after dataVerifiedUntil (2026-07-16): computed with the last known values, flagged.
    expect(codes(result.warnings)).toEqual(row.signedOn > "2026-07-16" ? ["PARAMETERS_NOT_VERIFIED"] : []);
  });

  test.for([
    { name: "2015-08-31, the day before the 15 % rate", signedOn: "2015-08-31", source: "API.md §0 scope; law.md §6.2 (13,75 % before, UNCONFIRMED)" },
    { name: "2015-01-01, first day of 2015", signedOn: "2015-01-01", source: "API.md §0 scope" },
  ])("$name is OUT_OF_SCOPE", (row) => {
    let error: unknown;
    try {
      internshipGratification({ presenceHours: 400, conventionSignedOn: row.signedOn });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ name: "AlternanceInputError", code: "OUT_OF_SCOPE", issues: [{ path: ["conventionSignedOn"], code: "OUT_OF_SCOPE" }] });
  });

  test("the explanation names the ceiling, its date and the 15 %", () => {
    const result = internshipGratification({ presenceHours: 400, conventionSignedOn: "2020-06-15" });
    const step = result.explanation.find((s) => s.rule === "internship.gratification.minimum-rate");
    expect(step).toEqual({
      rule: "internship.gratification.minimum-rate",
      message: "Convention signée le 2020-06-15 : plafond horaire 26,00 € (mensuel 3\u202f428,00 € depuis le 2020-01-01) × 15 % = 3,90 € par heure",
      legalBasis: ["C. éduc. art. L124-6", "CSS art. D242-19"],
      values: { conventionSignedOn: "2020-06-15", ceilingSince: "2020-01-01", ceilingMonthly: 3428, ceilingHourly: 26, ratePercent: 15, minimumHourlyRate: 3.9 },
    });
  });
});

describe("monthly and smoothed amounts (D124-8: each hour, paid monthly; smoothing)", () => {
  test("Ministry of Labour 2026 example: 154 + 140 + 147 h at 4,50 € → 693 / 630 / 661,50, total 1 984,50, smoothed 661,50", () => {
    const result = internshipGratification({
      presenceHours: [{ month: "2026-01", hours: 154 }, { month: "2026-02", hours: 140 }, { month: "2026-03", hours: 147 }],
      conventionSignedOn: "2026-01-02",
    });
    expect(result).toMatchObject({ mandatory: true, totalHours: 441, presenceDays: 63, presenceMonths: 2, minimumHourlyRate: 4.5, total: 1984.5, smoothedMonthly: 661.5 });
    expect(result.monthly).toEqual([
      { month: "2026-01", hours: 154, amount: 693, exemptAmount: 693, subjectAmount: 0 },
      { month: "2026-02", hours: 140, amount: 630, exemptAmount: 630, subjectAmount: 0 },
      { month: "2026-03", hours: 147, amount: 661.5, exemptAmount: 661.5, subjectAmount: 0 },
    ]);
    expect(result.violations).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  const rows = [
    {
      name: "each month is rounded to the cent, the total is the sum of the rounded months (4,35 × 154,1 h = 670,335 → 670,34; × 3 = 2 011,02, not 2 011,01)",
      input: { presenceHours: [{ month: "2025-10", hours: 154.1 }, { month: "2025-11", hours: 154.1 }, { month: "2025-12", hours: 154.1 }], conventionSignedOn: "2025-09-15" },
      amounts: [670.34, 670.34, 670.34],
      total: 2011.02,
      smoothed: 670.34,
      source: "D124-8 (versée mensuellement); API.md §0 (half-up to the cent)",
    },
    {
      name: "smoothed = total ÷ months, rounded half-up (5 € × 70/70/180 h = 1 600 € ÷ 3 = 533,33)",
      input: { presenceHours: [{ month: "2026-02", hours: 70 }, { month: "2026-03", hours: 70 }, { month: "2026-04", hours: 180 }], conventionSignedOn: "2026-01-15", hourlyRate: 5 },
      amounts: [350, 350, 900],
      total: 1600,
      smoothed: 533.33,
      source: "law.md §6.3 option 2 (lissage)",
    },
    {
      name: "smoothed half-up: 1 000,01 € ÷ 2 = 500,005 → 500,01 (voluntary, agreed 5 €)",
      input: { presenceHours: [{ month: "2026-02", hours: 100 }, { month: "2026-03", hours: 100.002 }], conventionSignedOn: "2026-01-15", hourlyRate: 5 },
      amounts: [500, 500.01],
      total: 1000.01,
      smoothed: 500.01,
      source: "API.md §0 (half-up to the cent)",
    },
    {
      name: "a month without presence is not counted in the smoothing (154 + 0 + 160 h at 4,50 → 1 413 ÷ 2)",
      input: { presenceHours: [{ month: "2026-01", hours: 154 }, { month: "2026-02", hours: 0 }, { month: "2026-03", hours: 160 }], conventionSignedOn: "2026-01-02" },
      amounts: [693, 0, 720],
      total: 1413,
      smoothed: 706.5,
      source: "law.md §6.3 (total ÷ number of months of presence)",
    },
    {
      name: "months given out of order come back in month order",
      input: { presenceHours: [{ month: "2026-03", hours: 147 }, { month: "2026-01", hours: 154 }, { month: "2026-02", hours: 140 }], conventionSignedOn: "2026-01-02" },
      amounts: [693, 630, 661.5],
      total: 1984.5,
      smoothed: 661.5,
      source: "Ministry of Labour 2026 example, rows shuffled",
    },
    {
      name: "part-day hours: 7 h 30 a day, 21 days a month → 157,5 h × 4,35 = 685,13 (685,125 rounded up)",
      input: { presenceHours: [{ month: "2025-04", hours: 157.5 }, { month: "2025-05", hours: 157.5 }], conventionSignedOn: "2025-03-03" },
      amounts: [685.13, 685.13],
      total: 1370.26,
      smoothed: 685.13,
      source: "D124-8 (each hour of presence); API.md §0",
    },
    {
      name: "a month across the academic-year span: September to August (12 months) is accepted",
      input: { presenceHours: [{ month: "2025-09", hours: 100 }, { month: "2026-08", hours: 250 }], conventionSignedOn: "2025-09-01" },
      amounts: [435, 1087.5],
      total: 1522.5,
      smoothed: 761.25,
      source: "L124-6 (même année d'enseignement)",
    },
  ];
  test.for(rows)("$name", (row) => {
    const result = internshipGratification(row.input);
    expect(result.monthly.map((month) => month.amount)).toEqual(row.amounts);
    expect(result.total).toBe(row.total);
    expect(result.smoothedMonthly).toBe(row.smoothed);
  });

  test("a single total: no monthly breakdown, no smoothing (months unknown), total = rate × hours", () => {
    const result = internshipGratification({ presenceHours: 441, conventionSignedOn: "2026-01-02" });
    expect(result).toMatchObject({ total: 1984.5, monthly: [], smoothedMonthly: null, exemptTotal: 1984.5, subjectTotal: 0 });
    expect(result.explanation.map((step) => step.rule)).not.toContain("internship.gratification.smoothing");
  });

  test("an empty list of months: no presence, nothing due, nothing to smooth", () => {
    const result = internshipGratification({ presenceHours: [], conventionSignedOn: "2026-01-02" });
    expect(result).toMatchObject({ mandatory: false, totalHours: 0, presenceDays: 0, total: 0, monthly: [], smoothedMonthly: null });
  });
});

describe("agreed rates below, at and above the minimum; private and public hosts (L124-6, D124-8 al. 4)", () => {
  // 400 h (mandatory) or 300 h (not mandatory), signed 2026-01-02: minimum 4,50 €/h.
  const rows: { name: string; input: InternshipGratificationInput; hourlyRate: number; total: number; violations: string[]; source: string }[] = [
    { name: "private, 4,49 € < minimum", input: { presenceHours: 400, conventionSignedOn: "2026-01-02", hourlyRate: 4.49 }, hourlyRate: 4.49, total: 1796, violations: ["RATE_BELOW_MINIMUM"], source: "L124-6" },
    { name: "private, 4,50 € = minimum", input: { presenceHours: 400, conventionSignedOn: "2026-01-02", hourlyRate: 4.5 }, hourlyRate: 4.5, total: 1800, violations: [], source: "L124-6" },
    { name: "private, 5 € > minimum", input: { presenceHours: 400, conventionSignedOn: "2026-01-02", hourlyRate: 5 }, hourlyRate: 5, total: 2000, violations: [], source: "L124-6 (minimal level; more may be agreed)" },
    { name: "private, explicit host, no rate: the minimum", input: { presenceHours: 400, conventionSignedOn: "2026-01-02", host: "private" }, hourlyRate: 4.5, total: 1800, violations: [], source: "API.md §5 (default = the minimum)" },
    { name: "private, agreed 0 € on a mandatory gratification", input: { presenceHours: 400, conventionSignedOn: "2026-01-02", hourlyRate: 0 }, hourlyRate: 0, total: 0, violations: ["RATE_BELOW_MINIMUM"], source: "L124-6" },
    { name: "public, 4,49 € < minimum", input: { presenceHours: 400, conventionSignedOn: "2026-01-02", hourlyRate: 4.49, host: "public" }, hourlyRate: 4.49, total: 1796, violations: ["RATE_BELOW_MINIMUM"], source: "L124-6" },
    { name: "public, 4,50 € = minimum", input: { presenceHours: 400, conventionSignedOn: "2026-01-02", hourlyRate: 4.5, host: "public" }, hourlyRate: 4.5, total: 1800, violations: [], source: "D124-8 al. 4" },
    { name: "public, 4,51 € > minimum", input: { presenceHours: 400, conventionSignedOn: "2026-01-02", hourlyRate: 4.51, host: "public" }, hourlyRate: 4.51, total: 1804, violations: ["PUBLIC_HOST_ABOVE_MINIMUM"], source: "D124-8 al. 4" },
    { name: "public, no rate: the minimum", input: { presenceHours: 400, conventionSignedOn: "2026-01-02", host: "public" }, hourlyRate: 4.5, total: 1800, violations: [], source: "D124-8 al. 4" },
    { name: "not mandatory, no rate: nothing due, the rate shown is the default", input: { presenceHours: 300, conventionSignedOn: "2026-01-02" }, hourlyRate: 4.5, total: 0, violations: [], source: "API.md §5; L124-6 (optional below the threshold)" },
    { name: "not mandatory, private, agreed 4 €: a voluntary gratification, no minimum", input: { presenceHours: 300, conventionSignedOn: "2026-01-02", hourlyRate: 4 }, hourlyRate: 4, total: 1200, violations: [], source: "D124-8 (any host may pay for a shorter internship)" },
    { name: "not mandatory, public, agreed 5 €: still capped at the legal rate", input: { presenceHours: 300, conventionSignedOn: "2026-01-02", hourlyRate: 5, host: "public" }, hourlyRate: 5, total: 1500, violations: ["PUBLIC_HOST_ABOVE_MINIMUM"], source: "D124-8 al. 4 (reading: the cap applies to any gratification of a public host)" },
    { name: "too long and below the minimum: both", input: { presenceHours: 1000, conventionSignedOn: "2026-01-02", hourlyRate: 4 }, hourlyRate: 4, total: 4000, violations: ["INTERNSHIP_TOO_LONG", "RATE_BELOW_MINIMUM"], source: "L124-5, L124-6" },
    { name: "a 2024 convention at 4,35 € (its minimum) is not below the 2026 minimum", input: { presenceHours: 400, conventionSignedOn: "2024-12-31", hourlyRate: 4.35, host: "public" }, hourlyRate: 4.35, total: 1740, violations: [], source: "law.md §6.2 (rate at signature)" },
  ];
  test.for(rows)("$name", (row) => {
    const result = internshipGratification(row.input);
    expect(result.hourlyRate).toBe(row.hourlyRate);
    expect(result.total).toBe(row.total);
    expect(codes(result.violations)).toEqual(row.violations);
    for (const violation of result.violations) expect(violation.legalBasis.length).toBeGreaterThan(0);
  });

  test("violation messages and fields, in French and English", () => {
    const fr = internshipGratification({ presenceHours: 1000, conventionSignedOn: "2026-01-02", hourlyRate: 4 });
    expect(fr.violations).toEqual([
      {
        code: "INTERNSHIP_TOO_LONG",
        message: "1\u202f000 h de présence dépassent le maximum de six mois (924 h) dans un même organisme et une même année",
        legalBasis: ["C. éduc. art. L124-5", "C. éduc. art. D124-6"],
        field: "presenceHours",
      },
      {
        code: "RATE_BELOW_MINIMUM",
        message: "Taux convenu 4,00 € de l'heure inférieur au minimum de 4,50 €",
        legalBasis: ["C. éduc. art. L124-6"],
        field: "hourlyRate",
      },
    ]);
    const en = internshipGratification({ presenceHours: 400, conventionSignedOn: "2026-01-02", hourlyRate: 5, host: "public", locale: "en" });
    expect(en.violations).toEqual([
      {
        code: "PUBLIC_HOST_ABOVE_MINIMUM",
        message: "Public host: the rate of €5.00 per hour exceeds the legal rate of €4.50, which a public gratification cannot exceed",
        legalBasis: ["C. éduc. art. D124-8"],
        field: "hourlyRate",
      },
    ]);
  });
});

describe("part free of contributions, per month (CSS L136-1-1 III 1° b, D136-1)", () => {
  const rows = [
    {
      name: "paid at the minimum rate: all exempt",
      input: { presenceHours: [{ month: "2026-01", hours: 154 }], conventionSignedOn: "2026-01-02", hourlyRate: 4.5 },
      monthly: [{ month: "2026-01", hours: 154, amount: 693, exemptAmount: 693, subjectAmount: 0 }],
      exemptTotal: 693,
      subjectTotal: 0,
      source: "D136-1: 15 % × PHSS × hours of the month",
    },
    {
      name: "agreed 5 €: 154 h → 770 €, exempt 4,50 × 154 = 693 €, subject 77 €",
      input: { presenceHours: [{ month: "2026-01", hours: 154 }, { month: "2026-02", hours: 140 }], conventionSignedOn: "2026-01-02", hourlyRate: 5 },
      monthly: [
        { month: "2026-01", hours: 154, amount: 770, exemptAmount: 693, subjectAmount: 77 },
        { month: "2026-02", hours: 140, amount: 700, exemptAmount: 630, subjectAmount: 70 },
      ],
      exemptTotal: 1323,
      subjectTotal: 147,
      source: "D136-1; L136-1-1 (only the excess is subject)",
    },
    {
      name: "fractional hours: 4,60 € × 100,1 h = 460,46 €, exempt 4,50 × 100,1 = 450,45 €, subject 10,01 €",
      input: { presenceHours: [{ month: "2026-03", hours: 100.1 }], conventionSignedOn: "2026-01-02", hourlyRate: 4.6 },
      monthly: [{ month: "2026-03", hours: 100.1, amount: 460.46, exemptAmount: 450.45, subjectAmount: 10.01 }],
      exemptTotal: 450.45,
      subjectTotal: 10.01,
      source: "D136-1",
    },
    {
      name: "a rate below the limit: the exempt part is capped at the amount paid",
      input: { presenceHours: [{ month: "2026-03", hours: 100 }], conventionSignedOn: "2026-01-02", hourlyRate: 4 },
      monthly: [{ month: "2026-03", hours: 100, amount: 400, exemptAmount: 400, subjectAmount: 0 }],
      exemptTotal: 400,
      subjectTotal: 0,
      source: "D136-1 (fraction not exceeding the limit)",
    },
    {
      name: "the limit is valued at the signature: a 2025 convention keeps 4,35 € in 2026 (agreed 4,50 €)",
      input: { presenceHours: [{ month: "2025-12", hours: 140 }, { month: "2026-01", hours: 147 }, { month: "2026-02", hours: 140 }], conventionSignedOn: "2025-11-10", hourlyRate: 4.5 },
      monthly: [
        { month: "2025-12", hours: 140, amount: 630, exemptAmount: 609, subjectAmount: 21 },
        { month: "2026-01", hours: 147, amount: 661.5, exemptAmount: 639.45, subjectAmount: 22.05 },
        { month: "2026-02", hours: 140, amount: 630, exemptAmount: 609, subjectAmount: 21 },
      ],
      exemptTotal: 1857.45,
      subjectTotal: 64.05,
      source: "D136-1 (« apprécié au moment de la signature de la convention »)",
    },
    {
      name: "a voluntary gratification of a short internship has the same exemption",
      input: { presenceHours: [{ month: "2026-05", hours: 140 }], conventionSignedOn: "2026-04-01", hourlyRate: 6 },
      monthly: [{ month: "2026-05", hours: 140, amount: 840, exemptAmount: 630, subjectAmount: 210 }],
      exemptTotal: 630,
      subjectTotal: 210,
      source: "law.md §6.4 (no duration condition)",
    },
    {
      name: "nothing paid: nothing exempt",
      input: { presenceHours: [{ month: "2026-05", hours: 140 }], conventionSignedOn: "2026-04-01" },
      monthly: [{ month: "2026-05", hours: 140, amount: 0, exemptAmount: 0, subjectAmount: 0 }],
      exemptTotal: 0,
      subjectTotal: 0,
      source: "API.md §5 (0 when not mandatory and no rate)",
    },
  ];
  test.for(rows)("$name", (row) => {
    const result = internshipGratification(row.input);
    expect(result.monthly).toEqual(row.monthly);
    expect(result.exemptTotal).toBe(row.exemptTotal);
    expect(result.subjectTotal).toBe(row.subjectTotal);
  });

  test("a single total: 400 h at 5 € → 2 000 €, exempt 1 800 €, subject 200 €", () => {
    const result = internshipGratification({ presenceHours: 400, conventionSignedOn: "2026-01-02", hourlyRate: 5, locale: "en" });
    expect(result).toMatchObject({ total: 2000, exemptHourlyRate: 4.5, exemptTotal: 1800, subjectTotal: 200 });
    expect(result.explanation.at(-1)).toEqual({
      rule: "internship.contributions.exempt-part",
      message: "Free of contributions up to €4.50 × hours of each month: exempt €1,800.00, subject €200.00",
      legalBasis: ["CSS art. L136-1-1", "CSS art. D136-1", "CSS art. L242-1"],
      values: { exemptHourlyRate: 4.5, exemptTotal: 1800, subjectTotal: 200 },
    });
  });
});

describe("warnings", () => {
  test("the ceiling changes on 1 January during the internship: the signature rate is kept, with a warning (law.md §6.2, UNCONFIRMED)", () => {
    const result = internshipGratification({
      presenceHours: [{ month: "2025-12", hours: 140 }, { month: "2026-01", hours: 147 }, { month: "2026-02", hours: 140 }],
      conventionSignedOn: "2025-11-10",
      locale: "en",
    });
    expect(result.minimumHourlyRate).toBe(4.35);
    expect(result.monthly.map((month) => month.amount)).toEqual([609, 639.45, 609]);
    expect(result.warnings).toEqual([
      {
        code: "MINIMUM_RATE_CHANGED_DURING_INTERNSHIP",
        message:
          "Since 2026-01-01, 15 % of the hourly ceiling is €4.50 per hour, more than the rate applied of €4.35 (the minimum is taken at the convention's signature). If the convention provides a revaluation, apply the new rate to the hours of presence from that date.",
        legalBasis: ["C. éduc. art. L124-6", "CSS art. D136-1"],
        field: "conventionSignedOn",
      },
    ]);
  });

  const rows = [
    { name: "2021 → 2022: same ceiling (26 €), no warning", input: { presenceHours: [{ month: "2021-12", hours: 140 }, { month: "2022-01", hours: 147 }, { month: "2022-02", hours: 140 }], conventionSignedOn: "2021-11-02" }, warnings: [], source: "law.md §6.2 (PHSS 26 € in 2020–2022)" },
    { name: "2024 → 2025: same rate (4,35 €), no warning", input: { presenceHours: [{ month: "2024-12", hours: 140 }, { month: "2025-01", hours: 147 }, { month: "2025-02", hours: 140 }], conventionSignedOn: "2024-11-02" }, warnings: [], source: "law.md §6.2 (4,35 € in 2024–2025)" },
    { name: "2022 → 2023: 3,90 € → 4,05 €", input: { presenceHours: [{ month: "2022-11", hours: 140 }, { month: "2023-01", hours: 147 }, { month: "2023-02", hours: 140 }], conventionSignedOn: "2022-10-03" }, warnings: ["MINIMUM_RATE_CHANGED_DURING_INTERNSHIP"], source: "law.md §6.2" },
    { name: "an agreed rate already at the new minimum (4,50 €): no warning", input: { presenceHours: [{ month: "2025-12", hours: 140 }, { month: "2026-01", hours: 147 }, { month: "2026-02", hours: 140 }], conventionSignedOn: "2025-11-10", hourlyRate: 4.5 }, warnings: [], source: "law.md §6.2" },
    { name: "an agreed rate between the two minima (4,40 €): warning", input: { presenceHours: [{ month: "2025-12", hours: 140 }, { month: "2026-01", hours: 147 }, { month: "2026-02", hours: 140 }], conventionSignedOn: "2025-11-10", hourlyRate: 4.4 }, warnings: ["MINIMUM_RATE_CHANGED_DURING_INTERNSHIP"], source: "law.md §6.2" },
    { name: "nothing paid (not mandatory, no rate): no warning", input: { presenceHours: [{ month: "2025-12", hours: 140 }, { month: "2026-01", hours: 140 }], conventionSignedOn: "2025-11-10" }, warnings: [], source: "law.md §6.2" },
    { name: "signed 2022-12-30 (3,90 €), presence September 2023 to August 2024: two rises (4,05 € in 2023, 4,35 € in 2024), two warnings", input: { presenceHours: [{ month: "2023-09", hours: 140 }, { month: "2024-02", hours: 140 }, { month: "2024-08", hours: 140 }], conventionSignedOn: "2022-12-30" }, warnings: ["MINIMUM_RATE_CHANGED_DURING_INTERNSHIP", "MINIMUM_RATE_CHANGED_DURING_INTERNSHIP"], source: "law.md §6.2 (3,90 → 4,05 in 2023, → 4,35 in 2024)" },
    { name: "no presence after the change: no warning", input: { presenceHours: [{ month: "2025-11", hours: 154 }, { month: "2025-12", hours: 154 }, { month: "2026-01", hours: 0 }], conventionSignedOn: "2025-10-01" }, warnings: [], source: "law.md §6.2" },
    { name: "a single total: months unknown, no warning", input: { presenceHours: 441, conventionSignedOn: "2025-11-10" }, warnings: [], source: "law.md §6.2" },
    { name: "signed after dataVerifiedUntil: PARAMETERS_NOT_VERIFIED", input: { presenceHours: 441, conventionSignedOn: "2026-07-17" }, warnings: ["PARAMETERS_NOT_VERIFIED"], source: "ARCHITECTURE.md (data over time)" },
    { name: "signed on dataVerifiedUntil: no warning", input: { presenceHours: 441, conventionSignedOn: "2026-07-16" }, warnings: [], source: "ARCHITECTURE.md (data over time)" },
  ];
  test.for(rows)("$name", (row) => {
    expect(codes(internshipGratification(row.input).warnings)).toEqual(row.warnings);
  });
});

describe("explanation", () => {
  test("the steps, in order, each with a legal basis", () => {
    const result = internshipGratification({
      presenceHours: [{ month: "2026-01", hours: 154 }, { month: "2026-02", hours: 140 }, { month: "2026-03", hours: 147 }],
      conventionSignedOn: "2026-01-02",
      locale: "en",
    });
    expect(result.explanation.map((step) => step.rule)).toEqual([
      "internship.presence.counting",
      "internship.gratification.mandatory",
      "internship.gratification.minimum-rate",
      "internship.gratification.amount",
      "internship.gratification.smoothing",
      "internship.contributions.exempt-part",
    ]);
    expect(result.explanation.map((step) => step.message)).toEqual([
      "441 h of presence = 63 days of 7 h = 2 months of 22 days",
      "441 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 63 days, above 44)",
      "Convention signed on 2026-01-02: hourly ceiling €30.00 (monthly €4,005.00 since 2026-01-01) × 15 % = €4.50 per hour",
      "€4.50 per hour (the minimum) × 441 h = €1,984.50, paid monthly on the hours of each month (3 months)",
      "Smoothed: €1,984.50 ÷ 3 months with presence = €661.50 per month",
      "Free of contributions up to €4.50 × hours of each month: exempt €1,984.50, subject €0.00",
    ]);
    for (const step of result.explanation) expect(step.legalBasis.length).toBeGreaterThan(0);
  });

  test("not mandatory, no rate: the amount step says nothing is due (French)", () => {
    const result = internshipGratification({ presenceHours: 308, conventionSignedOn: "2025-03-03" });
    expect(result.explanation.find((step) => step.rule === "internship.gratification.amount")?.message).toBe(
      "Gratification non obligatoire et aucun taux convenu : montants à 0",
    );
    expect(result.explanation.find((step) => step.rule === "internship.gratification.mandatory")?.message).toBe(
      "308 h ≤ 308 h (deux mois) : gratification facultative (en jours entiers de 7 h : 44 jours, pas au-delà de 44)",
    );
  });

  test("the input is not mutated", () => {
    const input = {
      presenceHours: [{ month: "2026-03", hours: 147 }, { month: "2026-01", hours: 154 }],
      conventionSignedOn: "2026-01-02",
    };
    const copy = structuredClone(input);
    internshipGratification(input);
    expect(input).toEqual(copy);
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: InternshipGratificationInput; source: string } & Explained> = [
    {
      name: "350 h over three months, minimum rate: mandatory, paid monthly, smoothed",
      input: { presenceHours: [{ month: "2026-03", hours: 154 }, { month: "2026-04", hours: 140 }, { month: "2026-05", hours: 56 }], conventionSignedOn: "2026-02-15" },
      explanation: [
        ["internship.presence.counting", { totalHours: 350, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 50, presenceMonths: 2 }, "350 h de présence = 50 jour(s) de 7 h = 2 mois de 22 jours", "350 h of presence = 50 days of 7 h = 2 months of 22 days"],
        ["internship.gratification.mandatory", { totalHours: 350, thresholdHours: 308, mandatory: true, mandatoryByDays: true, presenceDays: 50, thresholdDays: 44 }, "350 h > 308 h (deux mois) : gratification obligatoire, due dès la première heure (en jours entiers de 7 h : 50 jours, au-delà de 44)", "350 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 50 days, above 44)"],
        ["internship.gratification.minimum-rate", { conventionSignedOn: "2026-02-15", ceilingSince: "2026-01-01", ceilingMonthly: 4005, ceilingHourly: 30, ratePercent: 15, minimumHourlyRate: 4.5 }, "Convention signée le 2026-02-15 : plafond horaire 30,00 € (mensuel 4 005,00 € depuis le 2026-01-01) × 15 % = 4,50 € par heure", "Convention signed on 2026-02-15: hourly ceiling €30.00 (monthly €4,005.00 since 2026-01-01) × 15 % = €4.50 per hour"],
        ["internship.gratification.amount", { hourlyRate: 4.5, agreed: false, paid: true, totalHours: 350, total: 1575, months: 3 }, "4,50 € de l'heure (le minimum) × 350 h = 1 575,00 €, versés chaque mois sur les heures du mois (3 mois)", "€4.50 per hour (the minimum) × 350 h = €1,575.00, paid monthly on the hours of each month (3 months)"],
        ["internship.gratification.smoothing", { total: 1575, months: 3, smoothedMonthly: 525 }, "Lissage : 1 575,00 € ÷ 3 mois de présence = 525,00 € par mois", "Smoothed: €1,575.00 ÷ 3 months with presence = €525.00 per month"],
        ["internship.contributions.exempt-part", { exemptHourlyRate: 4.5, exemptTotal: 1575, subjectTotal: 0 }, "Exonéré dans la limite de 4,50 € × heures de chaque mois : part exonérée 1 575,00 €, part soumise 0,00 €", "Free of contributions up to €4.50 × hours of each month: exempt €1,575.00, subject €0.00"],
      ],
      source: "C. éduc. L124-6, D124-6, D124-8; CSS L136-1-1, D136-1; law.md §6",
    },
    {
      name: "300 h as a total, no agreed rate: not mandatory, nothing due",
      input: { presenceHours: 300, conventionSignedOn: "2026-02-15" },
      explanation: [
        ["internship.presence.counting", { totalHours: 300, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 42, presenceMonths: 1 }, "300 h de présence = 42 jour(s) de 7 h = 1 mois de 22 jours", "300 h of presence = 42 days of 7 h = 1 months of 22 days"],
        ["internship.gratification.mandatory", { totalHours: 300, thresholdHours: 308, mandatory: false, mandatoryByDays: false, presenceDays: 42, thresholdDays: 44 }, "300 h ≤ 308 h (deux mois) : gratification facultative (en jours entiers de 7 h : 42 jours, pas au-delà de 44)", "300 h ≤ 308 h (two months): the gratification is optional (by whole days of 7 h: 42 days, not above 44)"],
        ["internship.gratification.minimum-rate", { conventionSignedOn: "2026-02-15", ceilingSince: "2026-01-01", ceilingMonthly: 4005, ceilingHourly: 30, ratePercent: 15, minimumHourlyRate: 4.5 }, "Convention signée le 2026-02-15 : plafond horaire 30,00 € (mensuel 4 005,00 € depuis le 2026-01-01) × 15 % = 4,50 € par heure", "Convention signed on 2026-02-15: hourly ceiling €30.00 (monthly €4,005.00 since 2026-01-01) × 15 % = €4.50 per hour"],
        ["internship.gratification.amount", { hourlyRate: 4.5, agreed: false, paid: false, totalHours: 300, total: 0, months: null }, "Gratification non obligatoire et aucun taux convenu : montants à 0", "Gratification not mandatory and no agreed rate: amounts are 0"],
        ["internship.contributions.exempt-part", { exemptHourlyRate: 4.5, exemptTotal: 0, subjectTotal: 0 }, "Exonéré dans la limite de 4,50 € × heures de chaque mois : part exonérée 0,00 €, part soumise 0,00 €", "Free of contributions up to €4.50 × hours of each month: exempt €0.00, subject €0.00"],
      ],
      source: "C. éduc. L124-6 (plus de deux mois); law.md §6.1",
    },
    {
      name: "300 h as a total, agreed 5 €: optional, paid at the agreed rate",
      input: { presenceHours: 300, conventionSignedOn: "2026-02-15", hourlyRate: 5 },
      explanation: [
        ["internship.presence.counting", { totalHours: 300, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 42, presenceMonths: 1 }, "300 h de présence = 42 jour(s) de 7 h = 1 mois de 22 jours", "300 h of presence = 42 days of 7 h = 1 months of 22 days"],
        ["internship.gratification.mandatory", { totalHours: 300, thresholdHours: 308, mandatory: false, mandatoryByDays: false, presenceDays: 42, thresholdDays: 44 }, "300 h ≤ 308 h (deux mois) : gratification facultative (en jours entiers de 7 h : 42 jours, pas au-delà de 44)", "300 h ≤ 308 h (two months): the gratification is optional (by whole days of 7 h: 42 days, not above 44)"],
        ["internship.gratification.minimum-rate", { conventionSignedOn: "2026-02-15", ceilingSince: "2026-01-01", ceilingMonthly: 4005, ceilingHourly: 30, ratePercent: 15, minimumHourlyRate: 4.5 }, "Convention signée le 2026-02-15 : plafond horaire 30,00 € (mensuel 4 005,00 € depuis le 2026-01-01) × 15 % = 4,50 € par heure", "Convention signed on 2026-02-15: hourly ceiling €30.00 (monthly €4,005.00 since 2026-01-01) × 15 % = €4.50 per hour"],
        ["internship.gratification.amount", { hourlyRate: 5, agreed: true, paid: true, totalHours: 300, total: 1500, months: null }, "5,00 € de l'heure (taux convenu) × 300 h = 1 500,00 € (heures par mois non fournies : pas de détail mensuel)", "€5.00 per hour (agreed rate) × 300 h = €1,500.00 (no hours per month given: no monthly breakdown)"],
        ["internship.contributions.exempt-part", { exemptHourlyRate: 4.5, exemptTotal: 1350, subjectTotal: 150 }, "Exonéré dans la limite de 4,50 € × heures de chaque mois : part exonérée 1 350,00 €, part soumise 150,00 €", "Free of contributions up to €4.50 × hours of each month: exempt €1,350.00, subject €150.00"],
      ],
      source: "C. éduc. L124-6; law.md §6.1",
    },
    {
      name: "308.5 h: mandatory by hours, not by whole days",
      input: { presenceHours: 308.5, conventionSignedOn: "2026-02-15" },
      explanation: [
        ["internship.presence.counting", { totalHours: 308.5, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 44, presenceMonths: 2 }, "308,5 h de présence = 44 jour(s) de 7 h = 2 mois de 22 jours", "308.5 h of presence = 44 days of 7 h = 2 months of 22 days"],
        ["internship.gratification.mandatory", { totalHours: 308.5, thresholdHours: 308, mandatory: true, mandatoryByDays: false, presenceDays: 44, thresholdDays: 44 }, "308,5 h > 308 h (deux mois) : gratification obligatoire, due dès la première heure (en jours entiers de 7 h : 44 jours, pas au-delà de 44)", "308.5 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 44 days, not above 44)"],
        ["internship.gratification.minimum-rate", { conventionSignedOn: "2026-02-15", ceilingSince: "2026-01-01", ceilingMonthly: 4005, ceilingHourly: 30, ratePercent: 15, minimumHourlyRate: 4.5 }, "Convention signée le 2026-02-15 : plafond horaire 30,00 € (mensuel 4 005,00 € depuis le 2026-01-01) × 15 % = 4,50 € par heure", "Convention signed on 2026-02-15: hourly ceiling €30.00 (monthly €4,005.00 since 2026-01-01) × 15 % = €4.50 per hour"],
        ["internship.gratification.amount", { hourlyRate: 4.5, agreed: false, paid: true, totalHours: 308.5, total: 1388.25, months: null }, "4,50 € de l'heure (le minimum) × 308,5 h = 1 388,25 € (heures par mois non fournies : pas de détail mensuel)", "€4.50 per hour (the minimum) × 308.5 h = €1,388.25 (no hours per month given: no monthly breakdown)"],
        ["internship.contributions.exempt-part", { exemptHourlyRate: 4.5, exemptTotal: 1388.25, subjectTotal: 0 }, "Exonéré dans la limite de 4,50 € × heures de chaque mois : part exonérée 1 388,25 €, part soumise 0,00 €", "Free of contributions up to €4.50 × hours of each month: exempt €1,388.25, subject €0.00"],
      ],
      source: "C. éduc. D124-6; law.md §6.1 item 8",
    },
    {
      name: "1 000 h, agreed below the minimum: too long, rate below the minimum",
      input: { presenceHours: 1000, conventionSignedOn: "2025-02-15", hourlyRate: 4 },
      explanation: [
        ["internship.presence.counting", { totalHours: 1000, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 142, presenceMonths: 6 }, "1 000 h de présence = 142 jour(s) de 7 h = 6 mois de 22 jours", "1,000 h of presence = 142 days of 7 h = 6 months of 22 days"],
        ["internship.gratification.mandatory", { totalHours: 1000, thresholdHours: 308, mandatory: true, mandatoryByDays: true, presenceDays: 142, thresholdDays: 44 }, "1 000 h > 308 h (deux mois) : gratification obligatoire, due dès la première heure (en jours entiers de 7 h : 142 jours, au-delà de 44)", "1,000 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 142 days, above 44)"],
        ["internship.gratification.minimum-rate", { conventionSignedOn: "2025-02-15", ceilingSince: "2025-01-01", ceilingMonthly: 3925, ceilingHourly: 29, ratePercent: 15, minimumHourlyRate: 4.35 }, "Convention signée le 2025-02-15 : plafond horaire 29,00 € (mensuel 3 925,00 € depuis le 2025-01-01) × 15 % = 4,35 € par heure", "Convention signed on 2025-02-15: hourly ceiling €29.00 (monthly €3,925.00 since 2025-01-01) × 15 % = €4.35 per hour"],
        ["internship.gratification.amount", { hourlyRate: 4, agreed: true, paid: true, totalHours: 1000, total: 4000, months: null }, "4,00 € de l'heure (taux convenu) × 1 000 h = 4 000,00 € (heures par mois non fournies : pas de détail mensuel)", "€4.00 per hour (agreed rate) × 1,000 h = €4,000.00 (no hours per month given: no monthly breakdown)"],
        ["internship.contributions.exempt-part", { exemptHourlyRate: 4.35, exemptTotal: 4000, subjectTotal: 0 }, "Exonéré dans la limite de 4,35 € × heures de chaque mois : part exonérée 4 000,00 €, part soumise 0,00 €", "Free of contributions up to €4.35 × hours of each month: exempt €4,000.00, subject €0.00"],
      ],
      violations: [
        ["INTERNSHIP_TOO_LONG", "presenceHours", "1 000 h de présence dépassent le maximum de six mois (924 h) dans un même organisme et une même année", "1,000 h of presence exceed the six-month maximum (924 h) at one host in one academic year"],
        ["RATE_BELOW_MINIMUM", "hourlyRate", "Taux convenu 4,00 € de l'heure inférieur au minimum de 4,35 €", "Agreed rate €4.00 per hour is below the minimum of €4.35"],
      ],
      source: "C. éduc. L124-5, L124-6; law.md §6",
    },
    {
      name: "public host paying above the legal rate",
      input: { presenceHours: [{ month: "2025-12", hours: 0 }, { month: "2026-01", hours: 400 }], conventionSignedOn: "2025-12-01", hourlyRate: 6, host: "public" },
      explanation: [
        ["internship.presence.counting", { totalHours: 400, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 57, presenceMonths: 2 }, "400 h de présence = 57 jour(s) de 7 h = 2 mois de 22 jours", "400 h of presence = 57 days of 7 h = 2 months of 22 days"],
        ["internship.gratification.mandatory", { totalHours: 400, thresholdHours: 308, mandatory: true, mandatoryByDays: true, presenceDays: 57, thresholdDays: 44 }, "400 h > 308 h (deux mois) : gratification obligatoire, due dès la première heure (en jours entiers de 7 h : 57 jours, au-delà de 44)", "400 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 57 days, above 44)"],
        ["internship.gratification.minimum-rate", { conventionSignedOn: "2025-12-01", ceilingSince: "2025-01-01", ceilingMonthly: 3925, ceilingHourly: 29, ratePercent: 15, minimumHourlyRate: 4.35 }, "Convention signée le 2025-12-01 : plafond horaire 29,00 € (mensuel 3 925,00 € depuis le 2025-01-01) × 15 % = 4,35 € par heure", "Convention signed on 2025-12-01: hourly ceiling €29.00 (monthly €3,925.00 since 2025-01-01) × 15 % = €4.35 per hour"],
        ["internship.gratification.amount", { hourlyRate: 6, agreed: true, paid: true, totalHours: 400, total: 2400, months: 2 }, "6,00 € de l'heure (taux convenu) × 400 h = 2 400,00 €, versés chaque mois sur les heures du mois (2 mois)", "€6.00 per hour (agreed rate) × 400 h = €2,400.00, paid monthly on the hours of each month (2 months)"],
        ["internship.gratification.smoothing", { total: 2400, months: 1, smoothedMonthly: 2400 }, "Lissage : 2 400,00 € ÷ 1 mois de présence = 2 400,00 € par mois", "Smoothed: €2,400.00 ÷ 1 months with presence = €2,400.00 per month"],
        ["internship.contributions.exempt-part", { exemptHourlyRate: 4.35, exemptTotal: 1740, subjectTotal: 660 }, "Exonéré dans la limite de 4,35 € × heures de chaque mois : part exonérée 1 740,00 €, part soumise 660,00 €", "Free of contributions up to €4.35 × hours of each month: exempt €1,740.00, subject €660.00"],
      ],
      violations: [
        ["PUBLIC_HOST_ABOVE_MINIMUM", "hourlyRate", "Organisme public : le taux de 6,00 € de l'heure dépasse le taux légal de 4,35 €, qu'une gratification publique ne peut excéder", "Public host: the rate of €6.00 per hour exceeds the legal rate of €4.35, which a public gratification cannot exceed"],
      ],
      source: "C. éduc. D124-8 al. 4 (public hosts); law.md §6.2",
    },
    {
      name: "convention signed in 2025, presence in 2026 at the 2025 minimum: rate changed during the internship",
      input: { presenceHours: [{ month: "2025-12", hours: 154 }, { month: "2026-01", hours: 161 }], conventionSignedOn: "2025-11-15" },
      explanation: [
        ["internship.presence.counting", { totalHours: 315, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 45, presenceMonths: 2 }, "315 h de présence = 45 jour(s) de 7 h = 2 mois de 22 jours", "315 h of presence = 45 days of 7 h = 2 months of 22 days"],
        ["internship.gratification.mandatory", { totalHours: 315, thresholdHours: 308, mandatory: true, mandatoryByDays: true, presenceDays: 45, thresholdDays: 44 }, "315 h > 308 h (deux mois) : gratification obligatoire, due dès la première heure (en jours entiers de 7 h : 45 jours, au-delà de 44)", "315 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 45 days, above 44)"],
        ["internship.gratification.minimum-rate", { conventionSignedOn: "2025-11-15", ceilingSince: "2025-01-01", ceilingMonthly: 3925, ceilingHourly: 29, ratePercent: 15, minimumHourlyRate: 4.35 }, "Convention signée le 2025-11-15 : plafond horaire 29,00 € (mensuel 3 925,00 € depuis le 2025-01-01) × 15 % = 4,35 € par heure", "Convention signed on 2025-11-15: hourly ceiling €29.00 (monthly €3,925.00 since 2025-01-01) × 15 % = €4.35 per hour"],
        ["internship.gratification.amount", { hourlyRate: 4.35, agreed: false, paid: true, totalHours: 315, total: 1370.25, months: 2 }, "4,35 € de l'heure (le minimum) × 315 h = 1 370,25 €, versés chaque mois sur les heures du mois (2 mois)", "€4.35 per hour (the minimum) × 315 h = €1,370.25, paid monthly on the hours of each month (2 months)"],
        ["internship.gratification.smoothing", { total: 1370.25, months: 2, smoothedMonthly: 685.13 }, "Lissage : 1 370,25 € ÷ 2 mois de présence = 685,13 € par mois", "Smoothed: €1,370.25 ÷ 2 months with presence = €685.13 per month"],
        ["internship.contributions.exempt-part", { exemptHourlyRate: 4.35, exemptTotal: 1370.25, subjectTotal: 0 }, "Exonéré dans la limite de 4,35 € × heures de chaque mois : part exonérée 1 370,25 €, part soumise 0,00 €", "Free of contributions up to €4.35 × hours of each month: exempt €1,370.25, subject €0.00"],
      ],
      warnings: [
        ["MINIMUM_RATE_CHANGED_DURING_INTERNSHIP", "conventionSignedOn", "Depuis le 2026-01-01, 15 % du plafond horaire = 4,50 € de l'heure, plus que le taux appliqué de 4,35 € (le minimum s'apprécie à la signature de la convention). Si la convention prévoit une revalorisation, appliquer le nouveau taux aux heures de présence à partir de cette date.", "Since 2026-01-01, 15 % of the hourly ceiling is €4.50 per hour, more than the rate applied of €4.35 (the minimum is taken at the convention's signature). If the convention provides a revaluation, apply the new rate to the hours of presence from that date."],
      ],
      source: "C. éduc. L124-6 (minimum at the signature); law.md §6.2",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => internshipGratification({ ...row.input, locale }), row);
  });
});
