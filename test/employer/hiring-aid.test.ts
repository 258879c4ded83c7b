/**
 * The hiring aid, window by window: every window since 2019-01-01 × company size × diploma level ×
 * disability × overseas × employer kind, on the first and the last conclusion day of the window (so the
 * day before and the day of every edge: 2020-01-01, 2020-07-01, 2023-01-01, 2025-01-01, 2025-02-24,
 * 2026-01-01, 2026-03-08, 2027-01-01), plus the execution edge of the décret n° 2026-168 (start on
 * 2026-12-31 and on 2027-01-01 for a contract concluded in 2026).
 *
 * The expected answer of each cell is read from law.md §9.4 and law-money.md §4.1, written below as one
 * table per window in the words of those tables (not derived from src/). The contracts run two years
 * from the conclusion date, so the first year is complete and `amount` is the yearly maximum.
 */
import { describe, expect, test } from "vitest";
import { apprenticeshipHiringAid, type ApprenticeshipHiringAidInput, type DiplomaLevel, type HiringAidSchemeName } from "../../src/index.js";

/** A company profile: its headcount and whether it makes the alternance commitment. */
interface Company {
  name: string;
  companyHeadcount: number;
  largeCompanyCommitment?: boolean;
}
const COMPANIES: Company[] = [
  { name: "0 employees", companyHeadcount: 0 },
  { name: "249 employees", companyHeadcount: 249 },
  { name: "250 employees, commitment", companyHeadcount: 250, largeCompanyCommitment: true },
  { name: "250 employees, no commitment", companyHeadcount: 250 },
  { name: "5 000 employees, commitment", companyHeadcount: 5000, largeCompanyCommitment: true },
];
const LEVELS: DiplomaLevel[] = [3, 4, 5, 6, 7, 8];

/** One cell of a window: the contract's facts. */
interface Cell {
  small: boolean;
  commitment: boolean;
  level: DiplomaLevel;
  rqth: boolean;
  overseas: boolean;
  publicEmployer: boolean;
}
type Expected = { scheme: HiringAidSchemeName; amount: number } | null;

/** Aide unique as L6243-1 / D6243-1 / L6522-4 state it: private, under 250, bac at most (level 5 overseas). */
const aideUnique = (c: Cell, overseasLevel5: boolean) => !c.publicEmployer && c.small && c.level <= (c.overseas && overseasLevel5 ? 5 : 4);
/** Aide exceptionnelle as the décrets state it: private (reading taken), up to level 7, a large company with its commitment. */
const aideExceptionnelle = (c: Cell) => !c.publicEmployer && c.level <= 7 && (c.small || c.commitment);

/** The windows of law.md §9.4 / law-money.md §4.1, by conclusion date, with the expected cell. */
const WINDOWS: Array<{ from: string; to: string; source: string; expected: (c: Cell) => Expected; startOffsetDays?: number }> = [
  {
    from: "2019-01-01",
    to: "2019-12-31",
    source: "law.md §9.4: aide unique 4 125 € (D6243-2, décret n° 2018-1348); L6522-4 not yet in force",
    expected: (c) => (aideUnique(c, false) ? { scheme: "aide-unique", amount: 4125 } : null),
  },
  {
    from: "2020-01-01",
    to: "2020-06-30",
    source: "law.md §9.4: aide unique 4 125 €; L6522-4 (ordonnance n° 2019-893, in force 2020-01-01): level 5 overseas",
    expected: (c) => (aideUnique(c, true) ? { scheme: "aide-unique", amount: 4125 } : null),
  },
  {
    from: "2020-07-01",
    to: "2022-12-31",
    source: "law.md §9.4: décret n° 2020-1085 (8 000 € from 18), up to level 7, ≥ 250 with commitment",
    expected: (c) => (aideExceptionnelle(c) ? { scheme: "aide-exceptionnelle", amount: 8000 } : null),
  },
  {
    from: "2023-01-01",
    to: "2024-12-31",
    source: "law.md §9.4: décret n° 2022-1714, 6 000 €; aide unique 6 000 € (D6243-2 LEGIARTI000046842765)",
    expected: (c) =>
      aideUnique(c, true) ? { scheme: "aide-unique", amount: 6000 } : aideExceptionnelle(c) ? { scheme: "aide-exceptionnelle", amount: 6000 } : null,
  },
  {
    from: "2025-01-01",
    to: "2025-02-23",
    source: "law-money.md §4.1: aide unique 6 000 €, < 250, level 4 (5 overseas)",
    expected: (c) => (aideUnique(c, true) ? { scheme: "aide-unique", amount: 6000 } : null),
  },
  {
    from: "2025-02-24",
    to: "2025-12-31",
    source: "law-money.md §4.1: décret n° 2025-174: 5 000 € (< 250), 2 000 € (≥ 250 with commitment), 6 000 € RQTH, up to level 7",
    expected: (c) =>
      aideUnique(c, true)
        ? { scheme: "aide-unique", amount: c.rqth ? 6000 : 5000 }
        : aideExceptionnelle(c)
          ? { scheme: "aide-exceptionnelle", amount: c.rqth ? 6000 : c.small ? 5000 : 2000 }
          : null,
  },
  {
    from: "2026-01-01",
    to: "2026-03-07",
    source: "law-money.md §4.1: aide unique only, 5 000 € / 6 000 € RQTH, < 250, level 4 (5 overseas)",
    expected: (c) => (aideUnique(c, true) ? { scheme: "aide-unique", amount: c.rqth ? 6000 : 5000 } : null),
  },
  {
    from: "2026-03-08",
    to: "2026-12-31",
    source: "law-money.md §4.1: décret n° 2026-168 grid (< 250: L5 4 500, L6–7 2 000; ≥ 250: 2 000 / 1 500 / 750), RQTH 6 000, level 8 excluded",
    expected: (c) => {
      if (aideUnique(c, true)) return { scheme: "aide-unique", amount: c.rqth ? 6000 : 5000 };
      if (!aideExceptionnelle(c)) return null;
      const grid = c.small ? { 3: 5000, 4: 5000, 5: 4500, 6: 2000, 7: 2000 } : { 3: 2000, 4: 2000, 5: 1500, 6: 750, 7: 750 };
      return { scheme: "aide-exceptionnelle", amount: c.rqth ? 6000 : grid[c.level as 3 | 4 | 5 | 6 | 7] };
    },
  },
  {
    from: "2027-01-01",
    to: "2027-12-31",
    source: "law-money.md §4.1: execution from 2027-01-01, aide unique only (5 000 € / 6 000 € RQTH)",
    expected: (c) => (aideUnique(c, true) ? { scheme: "aide-unique", amount: c.rqth ? 6000 : 5000 } : null),
  },
];

/** Every cell of a conclusion date. */
function cells(signatureDate: string, contractStart: string, expected: (c: Cell) => Expected, source: string) {
  return COMPANIES.flatMap((company) =>
    LEVELS.flatMap((level) =>
      [false, true].flatMap((rqth) =>
        [false, true].flatMap((overseas) =>
          [false, true].map((publicEmployer) => {
            const cell: Cell = {
              small: company.companyHeadcount < 250,
              commitment: company.largeCompanyCommitment === true,
              level,
              rqth,
              overseas,
              publicEmployer,
            };
            const input: ApprenticeshipHiringAidInput = {
              signatureDate,
              contractStart,
              contractEnd: `${Number(contractStart.slice(0, 4)) + 2}${contractStart.slice(4)}`,
              diplomaLevel: level,
              companyHeadcount: company.companyHeadcount,
              birthDate: "2000-05-17",
              ...(company.largeCompanyCommitment === undefined ? {} : { largeCompanyCommitment: company.largeCompanyCommitment }),
              ...(rqth ? { disabledWorker: true } : {}),
              ...(overseas ? { overseas: true } : {}),
              ...(publicEmployer ? { employer: "public" as const } : {}),
            };
            const name = `${signatureDate}${contractStart === signatureDate ? "" : ` (start ${contractStart})`}, ${company.name}, level ${level}${rqth ? ", RQTH" : ""}${overseas ? ", overseas" : ""}${publicEmployer ? ", public" : ""}`;
            return { name, input, expected: expected(cell), source };
          }),
        ),
      ),
    ),
  );
}

const rows = WINDOWS.flatMap((window) => [...cells(window.from, window.from, window.expected, window.source), ...cells(window.to, window.to, window.expected, window.source)]);

describe.each(WINDOWS.map((window) => ({ window: `${window.from} → ${window.to}`, rows: rows.filter((row) => row.input.signatureDate >= window.from && row.input.signatureDate <= window.to) })))(
  "conclusion $window",
  ({ rows: windowRows }) => {
    test.for(windowRows)("$name", ({ input, expected }) => {
      const result = apprenticeshipHiringAid(input);
      if (expected === null) {
        expect(result).toMatchObject({ eligible: false, scheme: null, amount: 0, monthly: [] });
        expect(result.violations.length).toBeGreaterThan(0);
      } else {
        expect({ eligible: result.eligible, scheme: result.scheme, amount: result.amount }).toEqual({ eligible: true, ...expected });
        expect(result.violations).toEqual([]);
        expect(result.monthly).toHaveLength(12);
        expect(result.monthly.reduce((sum, month) => sum + Math.round(month.amount * 100), 0)).toBe(expected.amount * 100);
      }
    });
  },
);

describe("décret n° 2026-168: contracts concluded in 2026 whose execution starts before 2027-01-01", () => {
  const window = WINDOWS.find((w) => w.from === "2026-03-08")!;
  const aideUniqueOnly = WINDOWS.find((w) => w.from === "2027-01-01")!;
  const edge = [
    ...cells("2026-12-15", "2026-12-31", window.expected, "décret n° 2026-168: execution starting the day before 2027-01-01"),
    ...cells("2026-12-15", "2027-01-01", aideUniqueOnly.expected, "law-money.md §4.1: execution starting on 2027-01-01, aide unique only"),
    ...cells("2026-03-08", "2027-01-01", aideUniqueOnly.expected, "law-money.md §4.1: concluded on the first day of the décret, execution in 2027"),
  ];
  test.for(edge)("$name", ({ input, expected }) => {
    const result = apprenticeshipHiringAid(input);
    expect(result.eligible ? { scheme: result.scheme, amount: result.amount } : null).toEqual(expected);
  });

  test("a contract of the décret that would qualify if it started in 2026 is told why not (EXCEPTIONAL_AID_ENDED on contractStart)", () => {
    const result = apprenticeshipHiringAid({
      signatureDate: "2026-12-15",
      contractStart: "2027-01-01",
      contractEnd: "2028-12-31",
      diplomaLevel: 7,
      companyHeadcount: 40,
    });
    expect(result.violations.map((v) => [v.code, v.field])).toEqual([
      ["DIPLOMA_LEVEL_ABOVE_MAXIMUM", "diplomaLevel"],
      ["EXCEPTIONAL_AID_ENDED", "contractStart"],
    ]);
  });
});

describe("violations: one per unmet condition of each scheme of the window, with its field", () => {
  const base = { contractStart: "2026-07-01", contractEnd: "2028-06-30", signatureDate: "2026-06-15" } as const;
  test.for([
    {
      name: "level 8 under 250 (2026-168): above the aide unique's level 4 and the aide exceptionnelle's level 7",
      input: { ...base, diplomaLevel: 8 as const, companyHeadcount: 20 },
      expected: [
        ["DIPLOMA_LEVEL_ABOVE_MAXIMUM", "diplomaLevel", ["C. trav. art. L6243-1", "C. trav. art. D6243-1", "C. trav. art. D6243-2 (décrets n° 2025-174 et n° 2025-1031, LEGIARTI000052476041)", "C. trav. art. L6522-4 (ordonnance n° 2019-893, en vigueur le 2020-01-01)"]],
        ["DIPLOMA_LEVEL_ABOVE_MAXIMUM", "diplomaLevel", ["Décret n° 2026-168 du 6 mars 2026, art. 1 (JORFARTI000053634608)"]],
      ],
      source: "law.md §9.4 (level 8 excluded)",
    },
    {
      name: "300 employees without the commitment, level 4",
      input: { ...base, diplomaLevel: 4 as const, companyHeadcount: 300 },
      expected: [
        ["COMPANY_TOO_LARGE", "companyHeadcount", ["C. trav. art. L6243-1", "C. trav. art. L6243-1-1", "C. trav. art. D6243-1"]],
        ["LARGE_COMPANY_COMMITMENT_MISSING", "largeCompanyCommitment", ["Décret n° 2026-168 du 6 mars 2026, art. 1 (JORFARTI000053634608)"]],
      ],
      source: "L6243-1; décret n° 2026-168",
    },
    {
      name: "a public employer: excluded from the aide unique (L6227-12) and, by the reading taken, from the aide exceptionnelle",
      input: { ...base, diplomaLevel: 7 as const, companyHeadcount: 3000, employer: "public" as const },
      expected: [
        ["PUBLIC_EMPLOYER_NO_AIDE_UNIQUE", "employer", ["C. trav. art. L6227-12", "C. trav. art. L6243-1"]],
        ["PUBLIC_EMPLOYER_EXCEPTIONAL_AID", "employer", ["Décret n° 2026-168 du 6 mars 2026, art. 1 (JORFARTI000053634608)"]],
      ],
      source: "L6227-12; law-money.md §5 item 7",
    },
    {
      name: "2026-02-01, level 5 under 250: aide unique only, level 4 at most",
      input: { signatureDate: "2026-02-01", contractStart: "2026-02-01", contractEnd: "2027-01-31", diplomaLevel: 5 as const, companyHeadcount: 20 },
      expected: [["DIPLOMA_LEVEL_ABOVE_MAXIMUM", "diplomaLevel", ["C. trav. art. L6243-1", "C. trav. art. D6243-1", "C. trav. art. D6243-2 (décrets n° 2025-174 et n° 2025-1031, LEGIARTI000052476041)", "C. trav. art. L6522-4 (ordonnance n° 2019-893, en vigueur le 2020-01-01)"]]],
      source: "law-money.md §4.1",
    },
  ])("$name", ({ input, expected }) => {
    const result = apprenticeshipHiringAid(input);
    expect(result.violations.map((v) => [v.code, v.field, v.legalBasis])).toEqual(expected);
  });

  test("a public employer is warned once of the reading taken, only in windows with an aide exceptionnelle", () => {
    const withExceptional = apprenticeshipHiringAid({ ...base, diplomaLevel: 7, companyHeadcount: 3000, employer: "public" });
    expect(withExceptional.warnings.map((w) => [w.code, w.field])).toEqual([["PUBLIC_EMPLOYER_AID_UNCONFIRMED", "employer"]]);
    const aideUniqueOnly = apprenticeshipHiringAid({ signatureDate: "2026-02-01", contractStart: "2026-02-01", contractEnd: "2027-01-31", diplomaLevel: 4, companyHeadcount: 20, employer: "public" });
    expect(aideUniqueOnly.violations.map((v) => v.code)).toEqual(["PUBLIC_EMPLOYER_NO_AIDE_UNIQUE"]);
    expect(aideUniqueOnly.warnings).toEqual([]);
  });

  test("a private employer is the default, and `employer: \"private\"` changes nothing", () => {
    const input = { ...base, diplomaLevel: 6 as const, companyHeadcount: 20 };
    expect(apprenticeshipHiringAid({ ...input, employer: "private" })).toEqual(apprenticeshipHiringAid(input));
  });

  test("the commitment of a company under 250 is of no account", () => {
    const input = { ...base, diplomaLevel: 6 as const, companyHeadcount: 249 };
    expect(apprenticeshipHiringAid({ ...input, largeCompanyCommitment: false })).toEqual(apprenticeshipHiringAid({ ...input, largeCompanyCommitment: true }));
  });
});

describe("warnings", () => {
  test("PARAMETERS_NOT_VERIFIED names the latest of the conclusion and the start when it is after dataVerifiedUntil", () => {
    const result = apprenticeshipHiringAid({ signatureDate: "2026-07-10", contractStart: "2026-09-01", contractEnd: "2028-08-31", diplomaLevel: 7, companyHeadcount: 20, locale: "en" });
    expect(result.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        "PARAMETERS_NOT_VERIFIED",
        "2026-09-01 is after 2026-07-16, the date up to which the legal parameters (SMIC, ceiling…) were checked: the last known values are used.",
      ],
    ]);
    expect(apprenticeshipHiringAid({ signatureDate: "2026-07-01", contractStart: "2026-07-16", contractEnd: "2028-07-15", diplomaLevel: 7, companyHeadcount: 20 }).warnings).toEqual([]);
  });
});
