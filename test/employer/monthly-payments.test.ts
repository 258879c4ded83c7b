/**
 * The hiring aid month by month (D6243-2 III–IV): how months and days are counted, the day before and
 * the day of every edge of the counting — 2025-11-01 for a month's rule (décret n° 2025-1031), the
 * conclusion date for the first month of a contract in progress, one year exactly against one day
 * short, 29 February — and the age switch of the aide exceptionnelle of 2020–2022.
 *
 * Expected values were computed independently of src/ (a separate Python script with exact fractions,
 * written from the rules of docs/employer.md, "Versement mensuel"): yearly amount / 12 a calendar month,
 * the first and last months of a contract shorter than a year pro rata of their days from 2025-11-01,
 * twelve months at most, the running total rounded half-up to the cent.
 */
import { describe, expect, test } from "vitest";
import { apprenticeshipHiringAid, type ApprenticeshipHiringAidInput } from "../../src/index.js";

/** Months `YYYY-MM` from `first`, `count` of them. */
function monthsFrom(first: string, count: number): string[] {
  const index = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, k) => `${Math.floor((index + k) / 12)}-${String(((index + k) % 12) + 1).padStart(2, "0")}`);
}

const rows: Array<{ name: string; input: ApprenticeshipHiringAidInput; expected: { amount: number; firstMonth: string; monthly: number[] }; source: string }> = [
  {
    name: "full year from the 1st",
    input: {"signatureDate": "2025-08-20", "contractStart": "2025-09-01", "contractEnd": "2027-08-31", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 5000, firstMonth: "2025-09", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67] },
    source: "D6243-2 III and NOTA (décret n° 2025-1031: contracts in progress, first month not prorated)",
  },
  {
    name: "full year from the 15th: twelve months, the 13th calendar month unpaid",
    input: {"signatureDate": "2025-09-01", "contractStart": "2025-09-15", "contractEnd": "2027-09-14", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 5000, firstMonth: "2025-09", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67] },
    source: "D6243-2 III and NOTA (décret n° 2025-1031: contracts in progress, first month not prorated)",
  },
  {
    name: "exactly one year (2026-09-15 → 2027-09-14): not shorter than a year, no proration",
    input: {"signatureDate": "2026-09-01", "contractStart": "2026-09-15", "contractEnd": "2027-09-14", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 5000, firstMonth: "2026-09", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67] },
    source: "D6243-2 III (décret n° 2025-1031)",
  },
  {
    name: "one day short of a year: first and last months pro rata (16/30, 13/30)",
    input: {"signatureDate": "2026-09-01", "contractStart": "2026-09-15", "contractEnd": "2027-09-13", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 4986.11, firstMonth: "2026-09", monthly: [222.22, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 180.55] },
    source: "D6243-2 III (décret n° 2025-1031)",
  },
  {
    name: "short contract ending 2025-10-31: every month in full (before the décret)",
    input: {"signatureDate": "2025-03-03", "contractStart": "2025-03-10", "contractEnd": "2025-10-31", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 3333.33, firstMonth: "2025-03", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66] },
    source: "D6243-2 before the décret n° 2025-1031 (every month covered due in full)",
  },
  {
    name: "short contract ending 2025-11-01: its last month, November, pro rata (1/30)",
    input: {"signatureDate": "2025-03-03", "contractStart": "2025-03-10", "contractEnd": "2025-11-01", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 3347.22, firstMonth: "2025-03", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 13.89] },
    source: "D6243-2 III and NOTA (décret n° 2025-1031: contracts in progress, first month not prorated)",
  },
  {
    name: "short contract ending 2025-11-30: November covered in full",
    input: {"signatureDate": "2025-03-03", "contractStart": "2025-03-10", "contractEnd": "2025-11-30", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 3750, firstMonth: "2025-03", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67] },
    source: "D6243-2 III and NOTA (décret n° 2025-1031: contracts in progress, first month not prorated)",
  },
  {
    name: "concluded 2025-10-31, started 2025-11-15: first month in full (contract in progress), last pro rata",
    input: {"signatureDate": "2025-10-31", "contractStart": "2025-11-15", "contractEnd": "2026-06-10", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 3055.56, firstMonth: "2025-11", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 138.89] },
    source: "D6243-2 III and NOTA (décret n° 2025-1031: contracts in progress, first month not prorated)",
  },
  {
    name: "concluded 2025-11-01, started 2025-11-15: first (16/30) and last (10/30) months pro rata",
    input: {"signatureDate": "2025-11-01", "contractStart": "2025-11-15", "contractEnd": "2026-06-10", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 2861.11, firstMonth: "2025-11", monthly: [222.22, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 138.89] },
    source: "D6243-2 III (décret n° 2025-1031)",
  },
  {
    name: "concluded before the décret, one day short of a year: capped at twelve months",
    input: {"signatureDate": "2025-10-31", "contractStart": "2025-11-15", "contractEnd": "2026-11-13", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 5000, firstMonth: "2025-11", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67] },
    source: "D6243-2 III and NOTA (décret n° 2025-1031: contracts in progress, first month not prorated)",
  },
  {
    name: "start on 29 February 2024 (old rule): thirteen calendar months, twelve paid",
    input: {"signatureDate": "2024-02-29", "contractStart": "2024-02-29", "contractEnd": "2025-02-27", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 6000, firstMonth: "2024-02", monthly: [500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500] },
    source: "D6243-2 before the décret n° 2025-1031 (every month covered due in full)",
  },
  {
    name: "start on 29 February 2028, a full first year (to 2029-02-27)",
    input: {"signatureDate": "2028-02-01", "contractStart": "2028-02-29", "contractEnd": "2029-02-27", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 5000, firstMonth: "2028-02", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67] },
    source: "D6243-2 III (décret n° 2025-1031)",
  },
  {
    name: "start on 29 February 2028, one day short (1/29 and 26/28)",
    input: {"signatureDate": "2028-02-01", "contractStart": "2028-02-29", "contractEnd": "2029-02-26", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 4984.61, firstMonth: "2028-02", monthly: [14.37, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 386.91] },
    source: "D6243-2 III (décret n° 2025-1031)",
  },
  {
    name: "start on 29 February 2028, six months (1/29)",
    input: {"signatureDate": "2028-02-01", "contractStart": "2028-02-29", "contractEnd": "2028-08-31", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 2514.37, firstMonth: "2028-02", monthly: [14.37, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67] },
    source: "D6243-2 III (décret n° 2025-1031)",
  },
  {
    name: "a contract within one month (after a rupture, R6222-23-1): 16/30",
    input: {"signatureDate": "2026-04-01", "contractStart": "2026-04-10", "contractEnd": "2026-04-25", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 222.22, firstMonth: "2026-04", monthly: [222.22] },
    source: "D6243-2 III (décret n° 2025-1031)",
  },
  {
    name: "within one month, concluded before the décret: its first month in full",
    input: {"signatureDate": "2025-10-20", "contractStart": "2025-11-10", "contractEnd": "2025-11-20", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 416.67, firstMonth: "2025-11", monthly: [416.67] },
    source: "D6243-2 III and NOTA (décret n° 2025-1031: contracts in progress, first month not prorated)",
  },
  {
    name: "2019, six months from the 15th: seven calendar months in full",
    input: {"signatureDate": "2019-09-01", "contractStart": "2019-09-15", "contractEnd": "2020-03-14", "diplomaLevel": 4, "companyHeadcount": 20},
    expected: { amount: 2406.25, firstMonth: "2019-09", monthly: [343.75, 343.75, 343.75, 343.75, 343.75, 343.75, 343.75] },
    source: "D6243-2 before the décret n° 2025-1031 (every month covered due in full)",
  },
  {
    name: "RQTH, 2026, one day short",
    input: {"signatureDate": "2026-09-01", "contractStart": "2026-09-15", "contractEnd": "2027-09-13", "diplomaLevel": 4, "companyHeadcount": 20, "disabledWorker": true},
    expected: { amount: 5983.33, firstMonth: "2026-09", monthly: [266.67, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 216.66] },
    source: "D6243-2 III (décret n° 2025-1031)",
  },
  {
    name: "large company with commitment, level 6 (750 €), ten months",
    input: {"signatureDate": "2026-08-01", "contractStart": "2026-09-07", "contractEnd": "2027-07-06", "diplomaLevel": 6, "companyHeadcount": 300, "largeCompanyCommitment": true},
    expected: { amount: 624.6, firstMonth: "2026-09", monthly: [50, 62.5, 62.5, 62.5, 62.5, 62.5, 62.5, 62.5, 62.5, 62.5, 12.1] },
    source: "D6243-2 III (décret n° 2025-1031)",
  },
  {
    name: "17 at the start, 18 on 2022-01-20: the adult amount from 2022-02-01",
    input: {"signatureDate": "2021-09-01", "contractStart": "2021-09-15", "contractEnd": "2023-09-14", "diplomaLevel": 4, "companyHeadcount": 20, "birthDate": "2004-01-20"},
    expected: { amount: 6750, firstMonth: "2021-09", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 666.67, 666.67, 666.66, 666.67, 666.67, 666.66, 666.67] },
    source: "décret n° 2020-1085 (8 000 € from the 1st of the month after the 18th birthday); D6243-2 (months in full)",
  },
  {
    name: "under 18 the whole first year",
    input: {"signatureDate": "2021-09-01", "contractStart": "2021-09-01", "contractEnd": "2023-08-31", "diplomaLevel": 4, "companyHeadcount": 20, "birthDate": "2005-06-01"},
    expected: { amount: 5000, firstMonth: "2021-09", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67] },
    source: "décret n° 2020-1085 (8 000 € from the 1st of the month after the 18th birthday); D6243-2 (months in full)",
  },
  {
    name: "18 at the start",
    input: {"signatureDate": "2021-09-01", "contractStart": "2021-09-15", "contractEnd": "2023-09-14", "diplomaLevel": 4, "companyHeadcount": 20, "birthDate": "2003-09-10"},
    expected: { amount: 8000, firstMonth: "2021-09", monthly: [666.67, 666.66, 666.67, 666.67, 666.66, 666.67, 666.67, 666.66, 666.67, 666.67, 666.66, 666.67] },
    source: "décret n° 2020-1085 (8 000 € from the 1st of the month after the 18th birthday); D6243-2 (months in full)",
  },
  {
    name: "18 on the day of the start",
    input: {"signatureDate": "2021-09-01", "contractStart": "2021-09-15", "contractEnd": "2023-09-14", "diplomaLevel": 4, "companyHeadcount": 20, "birthDate": "2003-09-15"},
    expected: { amount: 8000, firstMonth: "2021-09", monthly: [666.67, 666.66, 666.67, 666.67, 666.66, 666.67, 666.67, 666.66, 666.67, 666.67, 666.66, 666.67] },
    source: "décret n° 2020-1085 (8 000 € from the 1st of the month after the 18th birthday); D6243-2 (months in full)",
  },
  {
    name: "18 the day after the start: the adult amount from the next month",
    input: {"signatureDate": "2021-09-01", "contractStart": "2021-09-15", "contractEnd": "2023-09-14", "diplomaLevel": 4, "companyHeadcount": 20, "birthDate": "2003-09-16"},
    expected: { amount: 7750, firstMonth: "2021-09", monthly: [416.67, 666.66, 666.67, 666.67, 666.66, 666.67, 666.67, 666.66, 666.67, 666.67, 666.66, 666.67] },
    source: "décret n° 2020-1085 (8 000 € from the 1st of the month after the 18th birthday); D6243-2 (months in full)",
  },
  {
    name: "18 on the 1st of February: the adult amount from 1 March",
    input: {"signatureDate": "2021-08-01", "contractStart": "2021-09-01", "contractEnd": "2023-08-31", "diplomaLevel": 4, "companyHeadcount": 20, "birthDate": "2004-02-01"},
    expected: { amount: 6500, firstMonth: "2021-09", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 666.67, 666.66, 666.67, 666.67, 666.66, 666.67] },
    source: "décret n° 2020-1085 (8 000 € from the 1st of the month after the 18th birthday); D6243-2 (months in full)",
  },
  {
    name: "18 on 31 January: the adult amount from 1 February",
    input: {"signatureDate": "2021-08-01", "contractStart": "2021-09-01", "contractEnd": "2023-08-31", "diplomaLevel": 4, "companyHeadcount": 20, "birthDate": "2004-01-31"},
    expected: { amount: 6750, firstMonth: "2021-09", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 666.67, 666.67, 666.66, 666.67, 666.67, 666.66, 666.67] },
    source: "décret n° 2020-1085 (8 000 € from the 1st of the month after the 18th birthday); D6243-2 (months in full)",
  },
  {
    name: "born on 29 February 2004: 18 on 1 March 2022, the adult amount from 1 April",
    input: {"signatureDate": "2021-08-01", "contractStart": "2021-09-01", "contractEnd": "2023-08-31", "diplomaLevel": 4, "companyHeadcount": 20, "birthDate": "2004-02-29"},
    expected: { amount: 6250, firstMonth: "2021-09", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 666.66, 666.67, 666.67, 666.66, 666.67] },
    source: "décret n° 2020-1085 (8 000 € from the 1st of the month after the 18th birthday); D6243-2 (months in full)",
  },
  {
    name: "2022, 17 at the start, a short contract (old rule, months in full)",
    input: {"signatureDate": "2022-10-01", "contractStart": "2022-10-17", "contractEnd": "2023-04-16", "diplomaLevel": 5, "companyHeadcount": 20, "birthDate": "2005-03-10"},
    expected: { amount: 3166.67, firstMonth: "2022-10", monthly: [416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 666.67] },
    source: "décret n° 2020-1085 (8 000 € from the 1st of the month after the 18th birthday); D6243-2 (months in full)",
  },
];

describe("the aid month by month", () => {
  test.for(rows)("$name", ({ input, expected }) => {
    const result = apprenticeshipHiringAid(input);
    expect(result.amount).toBe(expected.amount);
    expect(result.monthly).toEqual(monthsFrom(expected.firstMonth, expected.monthly.length).map((month, k) => ({ month, amount: expected.monthly[k] })));
    // The months add up to the amount, to the cent.
    expect(result.monthly.reduce((sum, month) => sum + Math.round(month.amount * 100), 0)).toBe(Math.round(result.amount * 100));
  });
});

describe("what the explanation says of the months", () => {
  const values = (input: ApprenticeshipHiringAidInput) => apprenticeshipHiringAid(input).explanation.find((step) => step.rule === "employer.hiring-aid.monthly")!.values;
  const row = (name: string) => rows.find((r) => r.name === name)!.input;

  test("a contract shorter than a year concluded under the décret: both months pro rata, with their days", () => {
    expect(values(row("concluded 2025-11-01, started 2025-11-15: first (16/30) and last (10/30) months pro rata"))).toEqual({
      firstMonth: "2025-11",
      lastMonth: "2026-06",
      months: 8,
      prorated: [
        { month: "2025-11", days: 16, daysInMonth: 30 },
        { month: "2026-06", days: 10, daysInMonth: 30 },
      ],
      firstMonthNotProrated: false,
      cappedAtTwelveMonths: false,
      amount: 2861.11,
    });
  });

  test("a contract in progress on 2025-11-01: its first month in full, said so", () => {
    expect(values(row("concluded 2025-10-31, started 2025-11-15: first month in full (contract in progress), last pro rata"))).toMatchObject({
      prorated: [{ month: "2026-06", days: 10, daysInMonth: 30 }],
      firstMonthNotProrated: true,
      cappedAtTwelveMonths: false,
    });
  });

  test("twelve months at most: the thirteenth calendar month is not paid, and the explanation says so", () => {
    expect(values(row("concluded before the décret, one day short of a year: capped at twelve months"))).toMatchObject({
      months: 12,
      lastMonth: "2026-10",
      cappedAtTwelveMonths: true,
      prorated: [],
      firstMonthNotProrated: true,
    });
    expect(values(row("full year from the 15th: twelve months, the 13th calendar month unpaid"))).toMatchObject({ months: 12, cappedAtTwelveMonths: true });
    expect(values(row("full year from the 1st"))).toMatchObject({ months: 12, cappedAtTwelveMonths: false });
  });

  test("the first year ends the day before the first anniversary (29 February: the day before 28 February)", () => {
    const firstYear = (input: ApprenticeshipHiringAidInput) => apprenticeshipHiringAid(input).explanation.find((step) => step.rule === "employer.hiring-aid.first-year")!.values;
    expect(firstYear(row("start on 29 February 2028, a full first year (to 2029-02-27)"))).toEqual({
      contractStart: "2028-02-29",
      contractEnd: "2029-02-27",
      firstYearEnd: "2029-02-27",
      shorterThanAYear: false,
    });
    expect(firstYear(row("start on 29 February 2028, one day short (1/29 and 26/28)"))).toMatchObject({ shorterThanAYear: true });
  });
});
