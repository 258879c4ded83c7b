/**
 * netPay: the 12 situations of law-money.md §2.5 (with modele-social's nets beside ours and every
 * difference explained), the public-sector variants, the CPRO standard regime, every boundary (gross
 * at T and one cent above, at 50 % SMIC, at the PSS, at 4 and 8 PSS, signature on 2025-02-28 and
 * 2025-03-01, every SMIC change), payslips line by line, explanations word for word, bad input.
 *
 * Expected amounts: law-money.md §2.5 (spec and oracle columns), recomputed line by line with the
 * payslip convention of API.md §8 (each line base × rate rounded half-up to the cent) by an
 * independent implementation of §2.4 (Python decimal, not in the repository), which gives the same
 * figures as below.
 */
import { describe, expect, test } from "vitest";
import { netPay, type NetPayInput, type NetPayResult } from "../../src/index.js";
import { Dec } from "../../src/core/money.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, expectIssues, type Explained } from "../support/explained.js";

type Totals = Pick<NetPayResult, "regime" | "exemptionCeiling" | "employeeContributions" | "csgCrds" | "netBeforeIncomeTax" | "taxableNet">;

const apprentice = (grossMonthly: number, month: string, signatureDate: string, extra: Partial<NetPayInput> = {}): NetPayInput => ({
  contract: "apprenticeship",
  grossMonthly,
  month,
  signatureDate,
  ...extra,
});

const totalsOf = (result: NetPayResult): Totals => ({
  regime: result.regime,
  exemptionCeiling: result.exemptionCeiling,
  employeeContributions: result.employeeContributions,
  csgCrds: result.csgCrds,
  netBeforeIncomeTax: result.netBeforeIncomeTax,
  taxableNet: result.taxableNet,
});

const A = "apprentice-before-2025-03" as const;
const B = "apprentice-from-2025-03" as const;

interface GoldenRow {
  name: string;
  input: NetPayInput;
  expected: Totals;
  /** modele-social 11.1.0's net à payer avant impôt and net imposable (sans déductions), law-money.md §2.5. */
  modeleSocial: { net: number; taxable: number | null };
  source: string;
}

describe("the 12 situations of law-money.md §2.5", () => {
  const golden: GoldenRow[] = [
    {
      name: "1 · 21–25 y, year 3, 78 % SMIC, concluded 2022: below 79 %, nothing due",
      input: apprentice(1405.4, "2025-01", "2022-09-01"),
      expected: { regime: A, exemptionCeiling: 1423.42, employeeContributions: 0, csgCrds: 0, netBeforeIncomeTax: 1405.4, taxableNet: 1405.4 },
      modeleSocial: { net: 1405.4, taxable: null },
      source: "law-money.md §2.5 case 1",
    },
    {
      name: "2 · 1 600 €, concluded 2024: contributions on the part above 79 %",
      input: apprentice(1600, "2025-01", "2024-09-01"),
      expected: { regime: A, exemptionCeiling: 1423.42, employeeContributions: 19.97, csgCrds: 0, netBeforeIncomeTax: 1580.03, taxableNet: 1580.03 },
      modeleSocial: { net: 1580.03, taxable: null },
      source: "law-money.md §2.5 case 2",
    },
    {
      name: "3 · 21–25 y, year 2, 61 % SMIC, concluded 2024, paid 2026-01: still the 79 % regime",
      input: apprentice(1112.05, "2026-01", "2024-09-01"),
      expected: { regime: A, exemptionCeiling: 1440.19, employeeContributions: 0, csgCrds: 0, netBeforeIncomeTax: 1112.05, taxableNet: 1112.05 },
      modeleSocial: { net: 1070.26, taxable: null },
      source: "law-money.md §2.5 case 3 (modele-social applies the 2025 regime by evaluation date)",
    },
    {
      name: "4 · 26+, 100 % SMIC, concluded 2024, paid 2026-07: the 79 % regime, no CSG/CRDS",
      input: apprentice(1867.02, "2026-07", "2024-09-01"),
      expected: { regime: A, exemptionCeiling: 1474.95, employeeContributions: 44.34, csgCrds: 0, netBeforeIncomeTax: 1822.68, taxableNet: 1822.68 },
      modeleSocial: { net: 1672.47, taxable: null },
      source: "law-money.md §2.5 case 4 (modele-social applies the 2025 regime by evaluation date)",
    },
    {
      name: "5 · 18–20 y, year 1, 43 % (below 50 %)",
      input: apprentice(783.9, "2026-01", "2025-09-01"),
      expected: { regime: B, exemptionCeiling: 911.52, employeeContributions: 0, csgCrds: 0, netBeforeIncomeTax: 783.9, taxableNet: 783.9 },
      modeleSocial: { net: 783.9, taxable: null },
      source: "law-money.md §2.5 case 5",
    },
    {
      name: "6 · 21–25 y, year 1, 53 %",
      input: apprentice(989.52, "2026-07", "2025-09-01"),
      expected: { regime: B, exemptionCeiling: 933.51, employeeContributions: 6.32, csgCrds: 5.34, netBeforeIncomeTax: 977.86, taxableNet: 979.46 },
      modeleSocial: { net: 977.85, taxable: 979.44 },
      source: "law-money.md §2.5 case 6 (one cent from modele-social's end-of-computation rounding)",
    },
    {
      name: "7 · 26+, 100 % SMIC, concluded 2025-03-01",
      input: apprentice(1801.8, "2025-06", "2025-03-01"),
      expected: { regime: B, exemptionCeiling: 900.9, employeeContributions: 101.89, csgCrds: 85.86, netBeforeIncomeTax: 1614.05, taxableNet: 1639.72 },
      modeleSocial: { net: 1614.05, taxable: null },
      source: "law-money.md §2.5 case 7",
    },
    {
      name: "8 · salary above the minimum, 2 000 €",
      input: apprentice(2000, "2026-03", "2025-10-01"),
      expected: { regime: B, exemptionCeiling: 911.52, employeeContributions: 123.11, csgCrds: 103.74, netBeforeIncomeTax: 1773.15, taxableNet: 1804.17 },
      modeleSocial: { net: 1773.16, taxable: 1804.17 },
      source: "law-money.md §2.5 case 8 (one cent from modele-social's end-of-computation rounding)",
    },
    {
      name: "9 · part time 24 h at 78 %: the ceiling is not reduced",
      input: apprentice(998.59, "2026-07", "2025-09-01"),
      expected: { regime: B, exemptionCeiling: 933.51, employeeContributions: 7.36, csgCrds: 6.2, netBeforeIncomeTax: 985.03, taxableNet: 986.88 },
      modeleSocial: { net: 985.03, taxable: null },
      source: "law-money.md §2.5 case 9",
    },
    {
      name: "10 · 1 000 €, health insurance 40 € shared 50/50",
      input: apprentice(1000, "2026-07", "2025-09-01", { healthEmployeeMonthly: 20, healthEmployerMonthly: 20 }),
      expected: { regime: B, exemptionCeiling: 933.51, employeeContributions: 7.52, csgCrds: 8.28, netBeforeIncomeTax: 964.2, taxableNet: 986.68 },
      modeleSocial: { net: 964.2, taxable: 986.68 },
      source: "law-money.md §2.5 case 10",
    },
    {
      name: "11 · 4 500 € (above the PSS): CET, modele-social's convention for the capped lines",
      input: apprentice(4500, "2026-07", "2026-03-08"),
      expected: { regime: B, exemptionCeiling: 933.51, employeeContributions: 408.36, csgCrds: 339.9, netBeforeIncomeTax: 3751.74, taxableNet: 3853.36 },
      modeleSocial: { net: 3751.74, taxable: null },
      source: "law-money.md §2.5 case 11",
    },
    {
      name: "12 · 16–17 y, year 1, 27 %",
      input: apprentice(486.49, "2025-03", "2025-03-01"),
      expected: { regime: B, exemptionCeiling: 900.9, employeeContributions: 0, csgCrds: 0, netBeforeIncomeTax: 486.49, taxableNet: 486.49 },
      modeleSocial: { net: 486.49, taxable: null },
      source: "law-money.md §2.5 case 12",
    },
  ];

  test.for(golden)("$name", ({ input, expected }) => {
    expect(totalsOf(netPay(input))).toEqual(expected);
  });

  test.for(golden.filter((row) => row.input.signatureDate >= "2025-03-01" || row.input.month < "2025-03"))(
    "$name: within 0,02 € of modele-social",
    ({ input, modeleSocial }) => {
      const result = netPay(input);
      expect(Math.abs(result.netBeforeIncomeTax - modeleSocial.net)).toBeLessThanOrEqual(0.01);
      if (modeleSocial.taxable !== null) expect(Math.abs(result.taxableNet - modeleSocial.taxable)).toBeLessThanOrEqual(0.02);
    },
  );

  // Cases 3 and 4: a contract concluded before 2025-03-01 keeps the 79 % regime and pays no CSG/CRDS for
  // its whole life (L6243-2 and D6243-5 NOTA, L136-1-1 II 7°; BOSS 2025-07-03). modele-social switches
  // on the evaluation date (`date >= 03/2025`): its nets are what we give a contract concluded from
  // 2025-03-01, so the whole difference is the regime, not the arithmetic.
  test.for(golden.filter((row) => row.input.signatureDate < "2025-03-01" && row.input.month >= "2025-03"))(
    "$name: modele-social's figure is the 2025 regime applied by mistake",
    ({ input, modeleSocial }) => {
      const asIfConcluded2025 = netPay({ ...input, signatureDate: "2025-03-01" });
      expect(asIfConcluded2025.regime).toBe(B);
      expect(Math.abs(asIfConcluded2025.netBeforeIncomeTax - modeleSocial.net)).toBeLessThanOrEqual(0.01);
      expect(netPay(input).netBeforeIncomeTax - modeleSocial.net).toBeGreaterThan(40);
    },
  );

  // Cases 6 and 8: we round every payslip line to the cent (API.md §8); modele-social sums the exact
  // products and rounds the net once. Summing the same lines unrounded gives its figure.
  test.for([
    { input: golden[5]!.input, ours: 977.86, modeleSocial: 977.85 },
    { input: golden[7]!.input, ours: 1773.15, modeleSocial: 1773.16 },
  ])("one cent from modele-social's end-of-computation rounding: $ours vs $modeleSocial", ({ input, ours, modeleSocial }) => {
    const result = netPay(input);
    const exact = result.contributions.reduce((total, line) => total.plus(new Dec(line.base).times(line.ratePercent).div(100)), new Dec(0));
    expect(result.netBeforeIncomeTax).toBe(ours);
    // The same lines, summed unrounded and rounded once: modele-social's net.
    expect(new Dec(input.grossMonthly).minus(exact).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toNumber()).toBe(modeleSocial);
    expect(new Dec(ours).minus(modeleSocial).abs().toNumber()).toBe(0.01);
  });

  test("the ceiling T uses the official monthly SMIC rounded to the cent; modele-social uses the unrounded one (one cent apart)", () => {
    // 79 % × 1 867,02 € = 1 474,9458 → 1 474,95 € (URSSAF's published method, law-money.md §2.2);
    // 79 % × 12,31 × 35 × 52 / 12 = 1 474,943… → 1 474,94 € (modele-social, law-money.md §2.5).
    expect(netPay(apprentice(1867.02, "2026-07", "2024-09-01")).exemptionCeiling).toBe(1474.95);
    expect(new Dec(12.31).times(35).times(52).div(12).times("0.79").toDecimalPlaces(2, Dec.ROUND_HALF_UP).toNumber()).toBe(1474.94);
    // The effect on a net is below a cent: at G = 1 474,95 € we owe nothing; modele-social's 0,0068 € of
    // excess gives 0,0008 € of contributions, which its final rounding removes.
    expect(netPay(apprentice(1474.95, "2026-07", "2024-09-01")).netBeforeIncomeTax).toBe(1474.95);
    expect(netPay(apprentice(1440.19, "2026-01", "2024-09-01")).exemptionCeiling).toBe(1440.19);
  });
});

describe("public employers: IRCANTEC instead of AGIRC-ARRCO, CEG and CET (law-money.md §2.4 step 4, §2.5)", () => {
  const rows = [
    {
      name: "case 6, public employer",
      input: apprentice(989.52, "2026-07", "2025-09-01", { employer: "public" }),
      lines: [
        ["old-age-capped", 56.01, 6.9, 3.86],
        ["old-age-uncapped", 56.01, 0.4, 0.22],
        ["ircantec-a", 56.01, 2.8, 1.57],
        ["csg-deductible", 55.03, 6.8, 3.74],
        ["csg-non-deductible", 55.03, 2.4, 1.32],
        ["crds", 55.03, 0.5, 0.28],
      ],
      net: 978.53,
      spec: 978.52,
      source: "law-money.md §2.5 public variant of case 6: 978,52 € rounded at the end (vieillesse 3,86 + 0,22, IRCANTEC 1,57, CSG/CRDS 5,34)",
    },
    {
      name: "case 8, public employer",
      input: apprentice(2000, "2026-03", "2025-10-01", { employer: "public" }),
      lines: [
        ["old-age-capped", 1088.48, 6.9, 75.11],
        ["old-age-uncapped", 1088.48, 0.4, 4.35],
        ["ircantec-a", 1088.48, 2.8, 30.48],
        ["csg-deductible", 1069.43, 6.8, 72.72],
        ["csg-non-deductible", 1069.43, 2.4, 25.67],
        ["crds", 1069.43, 0.5, 5.35],
      ],
      net: 1786.32,
      spec: 1786.33,
      source: "law-money.md §2.5 public variant of case 8: 1 786,33 € rounded at the end",
    },
    {
      name: "case 4, public employer (79 % regime)",
      input: apprentice(1867.02, "2026-07", "2024-09-01", { employer: "public" }),
      lines: [
        ["old-age-capped", 392.07, 6.9, 27.05],
        ["old-age-uncapped", 392.07, 0.4, 1.57],
        ["ircantec-a", 392.07, 2.8, 10.98],
      ],
      net: 1827.42,
      spec: 1827.42,
      source: "law-money.md §2.5 public variant of case 4: 1 827,42 €",
    },
  ];
  test.for(rows)("$name", ({ input, lines, net, spec }) => {
    const result = netPay(input);
    expect(result.contributions.map((line) => [line.id, line.base, line.ratePercent, line.amount])).toEqual(lines);
    expect(result.netBeforeIncomeTax).toBe(net);
    expect(Math.abs(net - spec)).toBeLessThanOrEqual(0.01);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["NET_PAY_PUBLIC_EMPLOYER_IRCANTEC"]);
  });

  test("tranche B above the PSS: 6,95 % between 1 and 8 PSS", () => {
    const result = netPay(apprentice(6000, "2026-07", "2025-09-01", { employer: "public" }));
    // E = 6 000 − 933,51 = 5 066,49; tranche A 4 005, tranche B 1 061,49.
    expect(result.contributions.filter((line) => line.id.startsWith("ircantec")).map((line) => [line.id, line.base, line.amount])).toEqual([
      ["ircantec-a", 4005, 112.14],
      ["ircantec-b", 1061.49, 73.77],
    ]);
  });
});

describe("payslips line by line", () => {
  test("case 6: four contributions on E = 56,01 €, then CSG/CRDS on 98,25 % of it", () => {
    expect(netPay(apprentice(989.52, "2026-07", "2025-09-01")).contributions).toEqual([
      { id: "old-age-capped", label: "Sécurité sociale vieillesse plafonnée", base: 56.01, ratePercent: 6.9, amount: 3.86, legalBasis: ["CSS art. D242-4"] },
      { id: "old-age-uncapped", label: "Sécurité sociale vieillesse déplafonnée", base: 56.01, ratePercent: 0.4, amount: 0.22, legalBasis: ["CSS art. D242-4"] },
      { id: "agirc-arrco-t1", label: "Retraite complémentaire AGIRC-ARRCO tranche 1", base: 56.01, ratePercent: 3.15, amount: 1.76, legalBasis: ["ANI du 17 novembre 2017 (AGIRC-ARRCO)"] },
      { id: "ceg-t1", label: "Contribution d'équilibre général (CEG) tranche 1", base: 56.01, ratePercent: 0.86, amount: 0.48, legalBasis: ["ANI du 17 novembre 2017 (AGIRC-ARRCO)"] },
      { id: "csg-deductible", label: "CSG déductible de l'impôt sur le revenu", base: 55.03, ratePercent: 6.8, amount: 3.74, legalBasis: ["CSS art. L136-1-1", "CSS art. L136-8 I 1°", "CGI art. 154 quinquies"] },
      { id: "csg-non-deductible", label: "CSG non déductible de l'impôt sur le revenu", base: 55.03, ratePercent: 2.4, amount: 1.32, legalBasis: ["CSS art. L136-1-1", "CSS art. L136-8 I 1°", "CGI art. 154 quinquies"] },
      { id: "crds", label: "CRDS", base: 55.03, ratePercent: 0.5, amount: 0.28, legalBasis: ["Ordonnance n° 96-50 du 24 janvier 1996, art. 14 et 19"] },
    ]);
  });

  test("case 11 (4 500 €): CET on the whole excess, the capped lines on min(E, PSS), English labels", () => {
    const result = netPay(apprentice(4500, "2026-07", "2026-03-08", { locale: "en" }));
    expect(result.contributions.map((line) => [line.id, line.label, line.base, line.ratePercent, line.amount])).toEqual([
      ["old-age-capped", "Old-age insurance up to the ceiling", 3566.49, 6.9, 246.09],
      ["old-age-uncapped", "Old-age insurance on the whole pay", 3566.49, 0.4, 14.27],
      ["agirc-arrco-t1", "AGIRC-ARRCO complementary pension, tranche 1", 3566.49, 3.15, 112.34],
      ["ceg-t1", "General balance contribution (CEG), tranche 1", 3566.49, 0.86, 30.67],
      ["cet", "Technical balance contribution (CET)", 3566.49, 0.14, 4.99],
      ["csg-deductible", "CSG deductible from income tax", 3504.08, 6.8, 238.28],
      ["csg-non-deductible", "CSG not deductible from income tax", 3504.08, 2.4, 84.1],
      ["crds", "CRDS", 3504.08, 0.5, 17.52],
    ]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["NET_PAY_ABOVE_CEILING_CONVENTION"]);
  });

  test("case 10: the employer's health share enters the CSG base and the taxable net; the employee's is deducted", () => {
    const result = netPay(apprentice(1000, "2026-07", "2025-09-01", { healthEmployeeMonthly: 20, healthEmployerMonthly: 20 }));
    // CSG base = 98,25 % × 66,49 + 20 = 85,33 €.
    expect(result.contributions.filter((line) => line.id === "crds")[0]).toMatchObject({ base: 85.33, amount: 0.43 });
    expect(result.netBeforeIncomeTax).toBe(1000 - 7.52 - 8.28 - 20);
    expect(result.taxableNet).toBe(964.2 + 2.05 + 0.43 + 20);
  });
});

describe("CPRO: the standard regime (every contribution on the whole gross, CSG/CRDS on 98,25 %)", () => {
  const rows = [
    {
      name: "bac pro or higher, under 21, 65 % SMIC in July 2026 (1 213,56 €)",
      input: { contract: "professionalisation" as const, grossMonthly: 1213.56, month: "2026-07", signatureDate: "2025-09-01" },
      expected: { regime: "standard" as const, exemptionCeiling: null, employeeContributions: 137.26, csgCrds: 115.66, netBeforeIncomeTax: 960.64, taxableNet: 995.22 },
      source: "law-money.md §2.3 rates on the whole gross; modele-social 11.1.0 gives 960,65 € and 995,23 € (end rounding), test/net-pay/modele-social.test.ts",
    },
    {
      name: "the same in Alsace-Moselle: + 1,30 % of the gross",
      input: { contract: "professionalisation" as const, grossMonthly: 1213.56, month: "2026-07", signatureDate: "2025-09-01", alsaceMoselle: true },
      expected: { regime: "standard" as const, exemptionCeiling: null, employeeContributions: 153.04, csgCrds: 115.66, netBeforeIncomeTax: 944.86, taxableNet: 979.44 },
      source: "law-money.md §2.3 (Alsace-Moselle 1,30 %); modele-social 944,87 €",
    },
    {
      name: "a CPRO signed in 2019 pays the same: the signature date does not matter",
      input: { contract: "professionalisation" as const, grossMonthly: 1213.56, month: "2026-07", signatureDate: "2019-01-01" },
      expected: { regime: "standard" as const, exemptionCeiling: null, employeeContributions: 137.26, csgCrds: 115.66, netBeforeIncomeTax: 960.64, taxableNet: 995.22 },
      source: "API.md §8 (CPRO: standard regime)",
    },
    {
      name: "health share only, gross 0: CSG/CRDS on the employer's share",
      input: { contract: "professionalisation" as const, grossMonthly: 0, month: "2026-07", signatureDate: "2025-09-01", healthEmployerMonthly: 30 },
      expected: { regime: "standard" as const, exemptionCeiling: null, employeeContributions: 0, csgCrds: 2.91, netBeforeIncomeTax: -2.91, taxableNet: 27.96 },
      source: "CSS L136-1-1 (employer health share in the base); law-money.md §2.4 step 6",
    },
  ];
  test.for(rows)("$name", ({ input, expected }) => {
    expect(totalsOf(netPay(input))).toEqual(expected);
  });
});

describe("boundaries", () => {
  const rows: Array<{ name: string; input: NetPayInput; expected: Partial<Totals>; lines: string[]; source: string }> = [
    {
      name: "regime B, gross exactly at T = 50 % SMIC (933,51 €): nothing due",
      input: apprentice(933.51, "2026-07", "2025-09-01"),
      expected: { employeeContributions: 0, csgCrds: 0, netBeforeIncomeTax: 933.51 },
      lines: [],
      source: "D6243-5 (≤ 50 % exempt), L136-1-1 II 7° (CSG on the part exceeding 50 %)",
    },
    {
      name: "regime B, one cent above T: every line has a base of 0,01 €, every amount rounds to 0",
      input: apprentice(933.52, "2026-07", "2025-09-01"),
      expected: { employeeContributions: 0, csgCrds: 0, netBeforeIncomeTax: 933.52 },
      lines: ["old-age-capped", "old-age-uncapped", "agirc-arrco-t1", "ceg-t1", "csg-deductible", "csg-non-deductible", "crds"],
      source: "D6243-5; API.md §8 (each line rounded half-up to the cent)",
    },
    {
      name: "regime B, 50 % SMIC is 911,515 € in 2026-01: T = 911,52 €, and 911,52 € pays nothing",
      input: apprentice(911.52, "2026-01", "2025-09-01"),
      expected: { exemptionCeiling: 911.52, employeeContributions: 0, csgCrds: 0 },
      lines: [],
      source: "law-money.md §2.2 (T = 911,52 € for 2026-01 → 2026-05)",
    },
    {
      name: "regime A, gross exactly at T = 79 % SMIC (1 474,95 €)",
      input: apprentice(1474.95, "2026-07", "2024-09-01"),
      expected: { exemptionCeiling: 1474.95, employeeContributions: 0, netBeforeIncomeTax: 1474.95 },
      lines: [],
      source: "law-money.md §2.2 (T regime A 2026-06 onward)",
    },
    {
      name: "regime A, one cent above T: no CSG/CRDS in that regime",
      input: apprentice(1474.96, "2026-07", "2024-09-01"),
      expected: { employeeContributions: 0, csgCrds: 0 },
      lines: ["old-age-capped", "old-age-uncapped", "agirc-arrco-t1", "ceg-t1"],
      source: "L6243-2 (old version), L136-1-1 (no CSG on apprentice pay before 2025-03)",
    },
    {
      name: "regime B, gross exactly at the PSS (4 005 €): no CET",
      input: apprentice(4005, "2026-07", "2025-09-01"),
      expected: { employeeContributions: 347.38 },
      lines: ["old-age-capped", "old-age-uncapped", "agirc-arrco-t1", "ceg-t1", "csg-deductible", "csg-non-deductible", "crds"],
      source: "CET due only when the pay is above 1 PSS (law-money.md §2.3)",
    },
    {
      name: "regime B, one cent above the PSS: CET 0,14 % on the whole excess",
      input: apprentice(4005.01, "2026-07", "2025-09-01"),
      expected: { employeeContributions: 351.68 },
      lines: ["old-age-capped", "old-age-uncapped", "agirc-arrco-t1", "ceg-t1", "cet", "csg-deductible", "csg-non-deductible", "crds"],
      source: "law-money.md §2.3, §2.4 step 4",
    },
    {
      name: "CPRO one cent above the PSS: tranche 2 lines of 0,01 € and CET",
      input: { contract: "professionalisation", grossMonthly: 4005.01, month: "2026-07", signatureDate: "2025-09-01" },
      expected: { employeeContributions: 458.58 },
      lines: ["old-age-capped", "old-age-uncapped", "agirc-arrco-t1", "ceg-t1", "agirc-arrco-t2", "ceg-t2", "cet", "csg-deductible", "csg-non-deductible", "crds"],
      source: "law-money.md §2.3 (T2 between 1 and 8 PSS)",
    },
    {
      name: "CPRO at 4 PSS (16 020 €) then one cent above: the CSG abatement stops at 4 PSS",
      input: { contract: "professionalisation", grossMonthly: 16020.01, month: "2026-07", signatureDate: "2025-09-01" },
      expected: { csgCrds: 1526.75 },
      lines: ["old-age-capped", "old-age-uncapped", "agirc-arrco-t1", "ceg-t1", "agirc-arrco-t2", "ceg-t2", "cet", "csg-deductible", "csg-non-deductible", "crds"],
      source: "CSS L136-2 I (1,75 % up to 4 PSS): base = 98,25 % × 16 020 + 0,01 = 15 739,66 €",
    },
    {
      name: "CPRO above 8 PSS (40 000 €): tranche 2 and CET capped at 8 PSS",
      input: { contract: "professionalisation", grossMonthly: 40000, month: "2026-07", signatureDate: "2025-09-01" },
      expected: { employeeContributions: 3366.81 },
      lines: ["old-age-capped", "old-age-uncapped", "agirc-arrco-t1", "ceg-t1", "agirc-arrco-t2", "ceg-t2", "cet", "csg-deductible", "csg-non-deductible", "crds"],
      source: "law-money.md §2.3 (T2 and CET up to 8 PSS = 32 040 €)",
    },
  ];
  test.for(rows)("$name", ({ input, expected, lines }) => {
    const result = netPay(input);
    expect(totalsOf(result)).toMatchObject(expected);
    expect(result.contributions.map((line) => line.id)).toEqual(lines);
  });

  test("CPRO exactly at 4 PSS: the whole base is abated", () => {
    const at = netPay({ contract: "professionalisation", grossMonthly: 16020, month: "2026-07", signatureDate: "2025-09-01" });
    expect(at.contributions.find((line) => line.id === "crds")?.base).toBe(15739.65);
  });

  test("CPRO above 8 PSS: the T2 base is 7 PSS and the CET base 8 PSS", () => {
    const result = netPay({ contract: "professionalisation", grossMonthly: 40000, month: "2026-07", signatureDate: "2025-09-01" });
    expect(result.contributions.filter((line) => ["agirc-arrco-t2", "cet"].includes(line.id)).map((line) => [line.id, line.base])).toEqual([
      ["agirc-arrco-t2", 28035],
      ["cet", 32040],
    ]);
  });

  test.for([
    { signatureDate: "2025-02-28", regime: A, net: 1000, source: "L6243-2 NOTA: contracts concluded from 2025-03-01; the day before keeps 79 %" },
    { signatureDate: "2025-03-01", regime: B, net: 979.34, source: "L6243-2, D6243-5 (50 %), L136-1-1 II 7°" },
  ])("signature on $signatureDate, 1 000 € paid in 2025-06: $regime", ({ signatureDate, regime, net }) => {
    const result = netPay(apprentice(1000, "2025-06", signatureDate));
    expect(result.regime).toBe(regime);
    expect(result.netBeforeIncomeTax).toBe(net);
  });

  // Every SMIC change from 2019: T follows the SMIC of the month's first day (T = 79 % × monthly SMIC).
  const smicChanges = [
    ["2018-12", null],
    ["2019-01", 1201.76],
    ["2020-01", 1216.14],
    ["2021-01", 1228.12],
    ["2021-10", 1255.68],
    ["2022-01", 1266.46],
    ["2022-05", 1300.01],
    ["2022-08", 1326.37],
    ["2023-01", 1350.33],
    ["2023-05", 1380.29],
    ["2024-01", 1395.87],
    ["2024-11", 1423.42],
    ["2026-01", 1440.19],
    ["2026-06", 1474.95],
  ] as const;
  test.for(smicChanges.filter(([, ceiling]) => ceiling !== null))("T of the 79 %% regime in %s: %s €", ([month, ceiling]) => {
    expect(netPay(apprentice(1000, month, "2019-01-01")).exemptionCeiling).toBe(ceiling);
  });

  test("the month before a SMIC change keeps the old ceiling (2026-05 vs 2026-06)", () => {
    expect(netPay(apprentice(1000, "2026-05", "2025-09-01")).exemptionCeiling).toBe(911.52);
    expect(netPay(apprentice(1000, "2026-06", "2025-09-01")).exemptionCeiling).toBe(933.51);
  });

  test("URSSAF's published thresholds of 2023 are reproduced (1 350,33 € and 1 380,29 €)", () => {
    expect(netPay(apprentice(0, "2023-04", "2022-09-01")).exemptionCeiling).toBe(1350.33);
    expect(netPay(apprentice(0, "2023-05", "2022-09-01")).exemptionCeiling).toBe(1380.29);
  });
});

describe("Alsace-Moselle", () => {
  test("1,30 % from April 2022, on the part above T", () => {
    const result = netPay(apprentice(1000, "2026-07", "2025-09-01", { alsaceMoselle: true }));
    expect(result.contributions.find((line) => line.id === "alsace-moselle-health")).toMatchObject({ base: 66.49, ratePercent: 1.3, amount: 0.86 });
    expect(result.netBeforeIncomeTax).toBe(985.28); // 1 000 − 7,52 − 6,34 (CSG/CRDS on 65,33 €) − 0,86
    expect(result.warnings).toEqual([]);
  });

  test("1,50 % before April 2022, with the warning that this value is not in the reference", () => {
    const result = netPay({ contract: "professionalisation", grossMonthly: 1000, month: "2022-03", signatureDate: "2021-09-01", alsaceMoselle: true });
    expect(result.contributions.find((line) => line.id === "alsace-moselle-health")).toMatchObject({ base: 1000, ratePercent: 1.5, amount: 15 });
    expect(result.warnings.map((warning) => [warning.code, warning.field])).toEqual([["NET_PAY_RATE_UNCONFIRMED", "alsaceMoselle"]]);
    expect(netPay({ contract: "professionalisation", grossMonthly: 1000, month: "2022-04", signatureDate: "2021-09-01", alsaceMoselle: true }).warnings).toEqual([]);
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: NetPayInput; source: string } & Explained> = [
    {
      name: "case 6: the payslip, line by line",
      input: apprentice(989.52, "2026-07", "2025-09-01"),
      explanation: [
        [
          "net-pay.apprentice.regime",
          { signatureDate: "2025-09-01", regime: B, exemptionCeilingPercent: 50, csgCrdsAbovePercent: 50 },
          "Contrat conclu le 2025-09-01, à partir du 2025-03-01 : cotisations salariales exonérées jusqu'à 50 % du SMIC, CSG/CRDS dues sur la part au-delà de 50 % du SMIC",
          "Contract concluded on 2025-09-01, from 2025-03-01: employee contributions exempt up to 50% of the SMIC, CSG/CRDS due on the part above 50% of the SMIC",
        ],
        [
          "net-pay.month",
          { month: "2026-07", smicHourly: 12.31, smicMonthly: 1867.02, smicSince: "2026-06-01", ceiling: 4005 },
          "Mois 2026-07 : SMIC 12,31 € de l'heure depuis le 2026-06-01, soit 1\u202f867,02 € par mois ; plafond mensuel de la sécurité sociale 4\u202f005,00 €",
          "Month 2026-07: SMIC €12.31 an hour since 2026-06-01, i.e. €1,867.02 a month; monthly social-security ceiling €4,005.00",
        ],
        [
          "net-pay.apprentice.exemption-ceiling",
          { exemptionCeilingPercent: 50, smicMonthly: 1867.02, exemptionCeiling: 933.51, grossMonthly: 989.52, excess: 56.01 },
          "Plafond d'exonération : 50 % × 1\u202f867,02 € = 933,51 € ; cotisations salariales sur la part au-delà : 989,52 € − 933,51 € = 56,01 €",
          "Exemption ceiling: 50% × €1,867.02 = €933.51; employee contributions on the part above: €989.52 − €933.51 = €56.01",
        ],
        [
          "net-pay.line.old-age-capped",
          { base: 56.01, ratePercent: 6.9, amount: 3.86 },
          "Sécurité sociale vieillesse plafonnée : 56,01 € × 6,9 % = 3,86 € (dans la limite du plafond de la sécurité sociale)",
          "Old-age insurance up to the ceiling: €56.01 × 6.9% = €3.86 (up to the social-security ceiling)",
        ],
        [
          "net-pay.line.old-age-uncapped",
          { base: 56.01, ratePercent: 0.4, amount: 0.22 },
          "Sécurité sociale vieillesse déplafonnée : 56,01 € × 0,4 % = 0,22 € (sans limite)",
          "Old-age insurance on the whole pay: €56.01 × 0.4% = €0.22 (no upper limit)",
        ],
        [
          "net-pay.line.agirc-arrco-t1",
          { base: 56.01, ratePercent: 3.15, amount: 1.76 },
          "Retraite complémentaire AGIRC-ARRCO tranche 1 : 56,01 € × 3,15 % = 1,76 € (dans la limite du plafond de la sécurité sociale)",
          "AGIRC-ARRCO complementary pension, tranche 1: €56.01 × 3.15% = €1.76 (up to the social-security ceiling)",
        ],
        [
          "net-pay.line.ceg-t1",
          { base: 56.01, ratePercent: 0.86, amount: 0.48 },
          "Contribution d'équilibre général (CEG) tranche 1 : 56,01 € × 0,86 % = 0,48 € (dans la limite du plafond de la sécurité sociale)",
          "General balance contribution (CEG), tranche 1: €56.01 × 0.86% = €0.48 (up to the social-security ceiling)",
        ],
        [
          "net-pay.csg-base",
          { kind: "apprentice", grossMonthly: 989.52, threshold: 933.51, abatedPart: 56.01, abatementRate: 1.75, fullPart: 0, healthEmployerMonthly: 0, base: 55.03 },
          "Assiette CSG/CRDS : 98,25 % × 56,01 € (part au-delà de 50 % du SMIC (989,52 € − 933,51 €)) = 55,03 €",
          "CSG/CRDS base: 98.25% × €56.01 (part above 50 % of the SMIC (€989.52 − €933.51)) = €55.03",
        ],
        [
          "net-pay.line.csg-deductible",
          { base: 55.03, ratePercent: 6.8, amount: 3.74 },
          "CSG déductible de l'impôt sur le revenu : 55,03 € × 6,8 % = 3,74 € (assiette CSG/CRDS)",
          "CSG deductible from income tax: €55.03 × 6.8% = €3.74 (CSG/CRDS base)",
        ],
        [
          "net-pay.line.csg-non-deductible",
          { base: 55.03, ratePercent: 2.4, amount: 1.32 },
          "CSG non déductible de l'impôt sur le revenu : 55,03 € × 2,4 % = 1,32 € (assiette CSG/CRDS)",
          "CSG not deductible from income tax: €55.03 × 2.4% = €1.32 (CSG/CRDS base)",
        ],
        ["net-pay.line.crds", { base: 55.03, ratePercent: 0.5, amount: 0.28 }, "CRDS : 55,03 € × 0,5 % = 0,28 € (assiette CSG/CRDS)", "CRDS: €55.03 × 0.5% = €0.28 (CSG/CRDS base)"],
        [
          "net-pay.net",
          { grossMonthly: 989.52, employeeContributions: 6.32, csgCrds: 5.34, healthEmployeeMonthly: 0, netBeforeIncomeTax: 977.86 },
          "Net à payer avant impôt : brut 989,52 € − cotisations 6,32 € − CSG/CRDS 5,34 € = 977,86 €",
          "Net pay before income tax: gross €989.52 − contributions €6.32 − CSG/CRDS €5.34 = €977.86",
        ],
        [
          "net-pay.taxable-net",
          { netBeforeIncomeTax: 977.86, csgNonDeductible: 1.32, crds: 0.28, healthEmployerMonthly: 0, taxableNet: 979.46 },
          "Net imposable (avant l'exonération de l'article 81 bis du CGI) : 977,86 € + CSG non déductible 1,32 € + CRDS 0,28 € + part patronale de prévoyance 0,00 € = 979,46 €",
          "Taxable net (before the CGI art. 81 bis exemption): €977.86 + non-deductible CSG €1.32 + CRDS €0.28 + employer health share €0.00 = €979.46",
        ],
      ],
      source: "law-money.md §2.4, §2.5 case 6",
    },
    {
      name: "case 1: concluded before 2025-03-01 and below 79 %: nothing due",
      input: apprentice(1405.4, "2025-01", "2022-09-01"),
      explanation: [
        [
          "net-pay.apprentice.regime",
          { signatureDate: "2022-09-01", regime: A, exemptionCeilingPercent: 79, csgCrdsAbovePercent: null },
          "Contrat conclu le 2022-09-01, avant le 2025-03-01 : cotisations salariales exonérées jusqu'à 79 % du SMIC, pas de CSG/CRDS sur le salaire, pendant toute la durée du contrat",
          "Contract concluded on 2022-09-01, before 2025-03-01: employee contributions exempt up to 79% of the SMIC, no CSG/CRDS on the pay, for the whole contract",
        ],
        [
          "net-pay.month",
          { month: "2025-01", smicHourly: 11.88, smicMonthly: 1801.8, smicSince: "2024-11-01", ceiling: 3925 },
          "Mois 2025-01 : SMIC 11,88 € de l'heure depuis le 2024-11-01, soit 1\u202f801,80 € par mois ; plafond mensuel de la sécurité sociale 3\u202f925,00 €",
          "Month 2025-01: SMIC €11.88 an hour since 2024-11-01, i.e. €1,801.80 a month; monthly social-security ceiling €3,925.00",
        ],
        [
          "net-pay.apprentice.exemption-ceiling",
          { exemptionCeilingPercent: 79, smicMonthly: 1801.8, exemptionCeiling: 1423.42, grossMonthly: 1405.4, excess: 0 },
          "Plafond d'exonération : 79 % × 1\u202f801,80 € = 1\u202f423,42 € ; brut 1\u202f405,40 € ≤ 1\u202f423,42 € : aucune cotisation salariale",
          "Exemption ceiling: 79% × €1,801.80 = €1,423.42; gross €1,405.40 ≤ €1,423.42: no employee contribution",
        ],
        [
          "net-pay.csg-base",
          { kind: "not-due-before-2025-03", grossMonthly: 1405.4, threshold: 0, abatedPart: 0, abatementRate: 1.75, fullPart: 0, healthEmployerMonthly: 0, base: 0 },
          "CSG/CRDS non dues : salaire d'un apprenti dont le contrat a été conclu avant le 2025-03-01 (ni, par tolérance, sur la part patronale de prévoyance)",
          "No CSG/CRDS: pay of an apprentice whose contract was concluded before 2025-03-01 (nor, by tolerance, on the employer's health share)",
        ],
        [
          "net-pay.net",
          { grossMonthly: 1405.4, employeeContributions: 0, csgCrds: 0, healthEmployeeMonthly: 0, netBeforeIncomeTax: 1405.4 },
          "Net à payer avant impôt : brut 1\u202f405,40 € − cotisations 0,00 € − CSG/CRDS 0,00 € = 1\u202f405,40 €",
          "Net pay before income tax: gross €1,405.40 − contributions €0.00 − CSG/CRDS €0.00 = €1,405.40",
        ],
        [
          "net-pay.taxable-net",
          { netBeforeIncomeTax: 1405.4, csgNonDeductible: 0, crds: 0, healthEmployerMonthly: 0, taxableNet: 1405.4 },
          "Net imposable (avant l'exonération de l'article 81 bis du CGI) : 1\u202f405,40 € + CSG non déductible 0,00 € + CRDS 0,00 € + part patronale de prévoyance 0,00 € = 1\u202f405,40 €",
          "Taxable net (before the CGI art. 81 bis exemption): €1,405.40 + non-deductible CSG €0.00 + CRDS €0.00 + employer health share €0.00 = €1,405.40",
        ],
      ],
      source: "law-money.md §2.4, §2.5 case 1",
    },
    {
      name: "regime B below 50 %, with health insurance, public employer, above the ceiling: warnings",
      input: apprentice(800, "2027-01", "2026-09-01", { employer: "public", healthEmployeeMonthly: 15, healthEmployerMonthly: 15 }),
      explanation: [
        [
          "net-pay.apprentice.regime",
          { signatureDate: "2026-09-01", regime: B, exemptionCeilingPercent: 50, csgCrdsAbovePercent: 50 },
          "Contrat conclu le 2026-09-01, à partir du 2025-03-01 : cotisations salariales exonérées jusqu'à 50 % du SMIC, CSG/CRDS dues sur la part au-delà de 50 % du SMIC",
          "Contract concluded on 2026-09-01, from 2025-03-01: employee contributions exempt up to 50% of the SMIC, CSG/CRDS due on the part above 50% of the SMIC",
        ],
        [
          "net-pay.month",
          { month: "2027-01", smicHourly: 12.31, smicMonthly: 1867.02, smicSince: "2026-06-01", ceiling: 4005 },
          "Mois 2027-01 : SMIC 12,31 € de l'heure depuis le 2026-06-01, soit 1\u202f867,02 € par mois ; plafond mensuel de la sécurité sociale 4\u202f005,00 €",
          "Month 2027-01: SMIC €12.31 an hour since 2026-06-01, i.e. €1,867.02 a month; monthly social-security ceiling €4,005.00",
        ],
        [
          "net-pay.apprentice.exemption-ceiling",
          { exemptionCeilingPercent: 50, smicMonthly: 1867.02, exemptionCeiling: 933.51, grossMonthly: 800, excess: 0 },
          "Plafond d'exonération : 50 % × 1\u202f867,02 € = 933,51 € ; brut 800,00 € ≤ 933,51 € : aucune cotisation salariale",
          "Exemption ceiling: 50% × €1,867.02 = €933.51; gross €800.00 ≤ €933.51: no employee contribution",
        ],
        [
          "net-pay.csg-base",
          { kind: "not-due-below-threshold", grossMonthly: 800, threshold: 933.51, abatedPart: 0, abatementRate: 1.75, fullPart: 0, healthEmployerMonthly: 0, base: 0 },
          "CSG/CRDS non dues : brut 800,00 € ≤ 50 % du SMIC (933,51 €), part patronale de prévoyance comprise",
          "No CSG/CRDS: gross €800.00 ≤ 50 % of the SMIC (€933.51), employer health share included",
        ],
        [
          "net-pay.net",
          { grossMonthly: 800, employeeContributions: 0, csgCrds: 0, healthEmployeeMonthly: 15, netBeforeIncomeTax: 785 },
          "Net à payer avant impôt : brut 800,00 € − cotisations 0,00 € − CSG/CRDS 0,00 € − mutuelle et prévoyance 15,00 € = 785,00 €",
          "Net pay before income tax: gross €800.00 − contributions €0.00 − CSG/CRDS €0.00 − health and prévoyance €15.00 = €785.00",
        ],
        [
          "net-pay.taxable-net",
          { netBeforeIncomeTax: 785, csgNonDeductible: 0, crds: 0, healthEmployerMonthly: 15, taxableNet: 800 },
          "Net imposable (avant l'exonération de l'article 81 bis du CGI) : 785,00 € + CSG non déductible 0,00 € + CRDS 0,00 € + part patronale de prévoyance 15,00 € = 800,00 €",
          "Taxable net (before the CGI art. 81 bis exemption): €785.00 + non-deductible CSG €0.00 + CRDS €0.00 + employer health share €15.00 = €800.00",
        ],
      ],
      warnings: [
        [
          "PARAMETERS_NOT_VERIFIED",
          undefined,
          "Le 2027-01-01 est postérieur au 2026-07-16, date jusqu'à laquelle les paramètres légaux (SMIC, plafond…) ont été vérifiés : les dernières valeurs connues sont utilisées.",
          "2027-01-01 is after 2026-07-16, the date up to which the legal parameters (SMIC, ceiling…) were checked: the last known values are used.",
        ],
        [
          "NET_PAY_PUBLIC_EMPLOYER_IRCANTEC",
          "employer",
          "Employeur public : cotisation IRCANTEC (2,80 % / 6,95 %) retenue à la place de l'AGIRC-ARRCO, de la CEG et de la CET ; l'affiliation des apprentis du secteur public à l'IRCANTEC n'est lue que sur la page d'une caisse (law-money.md §5, point 7) : à vérifier auprès de l'employeur.",
          "Public employer: IRCANTEC (2.80 % / 6.95 %) applied in place of AGIRC-ARRCO, CEG and CET; the affiliation of public-sector apprentices to IRCANTEC was read on one fund's page only (law-money.md §5, item 7): check with the employer.",
        ],
      ],
      source: "law-money.md §2.4 (health shares, public employer), §5 items 1 and 7",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => netPay({ ...row.input, locale }), row);
  });

  test("CPRO: the standard regime step and a CSG base on the whole gross, above 4 PSS and with the employer's share", () => {
    const result = netPay({ contract: "professionalisation", grossMonthly: 17000, month: "2026-07", signatureDate: "2025-09-01", healthEmployerMonthly: 50, locale: "en" });
    expect(result.explanation[0]).toMatchObject({
      rule: "net-pay.standard.regime",
      message:
        "Professionalisation contract: standard regime, every employee contribution on the whole gross and CSG/CRDS on 98.25 % of it (up to 4 PSS)",
    });
    expect(result.explanation.find((step) => step.rule === "net-pay.csg-base")?.message).toBe(
      "CSG/CRDS base: 98.25% × €16,020.00 (gross) + €980.00 above 4 ceilings + employer health share €50.00 = €16,769.65",
    );
    expect(result.explanation.some((step) => step.rule === "net-pay.apprentice.exemption-ceiling")).toBe(false);
  });

  test("above the ceiling, in French: the warning names the reading taken", () => {
    const [warning] = netPay(apprentice(4500, "2026-07", "2026-03-08")).warnings;
    expect(warning).toEqual({
      code: "NET_PAY_ABOVE_CEILING_CONVENTION",
      field: "grossMonthly",
      legalBasis: ["C. trav. art. L6243-2", "CSS art. D242-4"],
      message:
        "Brut 4\u202f500,00 € au-delà du plafond de la sécurité sociale (4\u202f005,00 €) : les cotisations plafonnées portent sur min(brut − plafond d'exonération, plafond), comme modele-social ; l'autre lecture (cotisations sur le brut moins cotisations sur le plafond d'exonération) donne un montant plus faible (law-money.md §2.4, note 1, UNCONFIRMED).",
    });
  });

  test("explain: false gives the same result with an empty explanation", () => {
    const input = apprentice(989.52, "2026-07", "2025-09-01", { alsaceMoselle: true, healthEmployerMonthly: 12.5 });
    const full = netPay(input);
    const bare = netPay({ ...input, explain: false });
    expect(bare.explanation).toEqual([]);
    expect({ ...bare, explanation: full.explanation }).toEqual(full);
  });
});

describe("bad input names the field", () => {
  const valid = apprentice(1000, "2026-07", "2025-09-01");
  const rows: Array<{ name: string; input: unknown; issues: Array<[Array<string | number>, string]>; source: string }> = [
    { name: "negative gross", input: { ...valid, grossMonthly: -1 }, issues: [[["grossMonthly"], "TOO_SMALL"]], source: "API.md §0" },
    { name: "NaN gross", input: { ...valid, grossMonthly: Number.NaN }, issues: [[["grossMonthly"], "INVALID_TYPE"]], source: "API.md §0" },
    { name: "infinite gross", input: { ...valid, grossMonthly: Number.POSITIVE_INFINITY }, issues: [[["grossMonthly"], "INVALID_TYPE"]], source: "API.md §0" },
    { name: "absurd gross (above 10 000 000 €)", input: { ...valid, grossMonthly: 10_000_000.01 }, issues: [[["grossMonthly"], "TOO_BIG"]], source: "sanity bound (src/net-pay/input.ts)" },
    { name: "gross with a third decimal", input: { ...valid, grossMonthly: 1000.005 }, issues: [[["grossMonthly"], "NOT_MULTIPLE"]], source: "amounts in cents (API.md §0)" },
    { name: "gross as a string", input: { ...valid, grossMonthly: "1000" }, issues: [[["grossMonthly"], "INVALID_TYPE"]], source: "API.md §0" },
    { name: "month 2026-13", input: { ...valid, month: "2026-13" }, issues: [[["month"], "INVALID_MONTH"]], source: "issue 15" },
    { name: "month 2026-7", input: { ...valid, month: "2026-7" }, issues: [[["month"], "INVALID_MONTH"]], source: "YYYY-MM" },
    { name: "a date for the month", input: { ...valid, month: "2026-07-01" }, issues: [[["month"], "INVALID_MONTH"]], source: "YYYY-MM" },
    { name: "month before 2019", input: { ...valid, month: "2018-12", signatureDate: "2018-06-01" }, issues: [[["month"], "OUT_OF_SCOPE"], [["signatureDate"], "OUT_OF_SCOPE"]], source: "API.md §0 scope" },
    { name: "signature after the month", input: { ...valid, signatureDate: "2026-08-01" }, issues: [[["signatureDate"], "SIGNATURE_AFTER_MONTH"]], source: "issue 15" },
    { name: "signature 2025-02-30", input: { ...valid, signatureDate: "2025-02-30" }, issues: [[["signatureDate"], "INVALID_DATE"]], source: "API.md §0" },
    { name: "unknown contract", input: { ...valid, contract: "stage" }, issues: [[["contract"], "INVALID_VALUE"]], source: "API.md §8" },
    { name: "unknown employer", input: { ...valid, employer: "state" }, issues: [[["employer"], "INVALID_VALUE"]], source: "API.md §8" },
    { name: "negative health share", input: { ...valid, healthEmployeeMonthly: -5 }, issues: [[["healthEmployeeMonthly"], "TOO_SMALL"]], source: "API.md §0" },
    { name: "unknown field", input: { ...valid, gross: 1000 }, issues: [[["gross"], "UNKNOWN_FIELD"]], source: "core/schema.ts inputObject" },
    { name: "missing fields", input: { contract: "apprenticeship" }, issues: [[["grossMonthly"], "REQUIRED"], [["month"], "REQUIRED"], [["signatureDate"], "REQUIRED"]], source: "API.md §8" },
    { name: "not an object", input: null, issues: [[[], "INVALID_TYPE"]], source: "API.md §0" },
  ];
  test.for(rows)("$name", ({ input, issues }) => {
    const error = catchInputError(() => netPay(input as NetPayInput));
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual(issues);
  });

  test("a signature before 2019 is OUT_OF_SCOPE", () => {
    expect(catchInputError(() => netPay({ ...valid, signatureDate: "2018-12-31" })).code).toBe("OUT_OF_SCOPE");
  });

  test("the signature check, word for word", () => {
    expectIssues((locale) => netPay({ ...valid, signatureDate: "2026-08-01", locale }), [
      [
        ["signatureDate"],
        "SIGNATURE_AFTER_MONTH",
        "signatureDate : le contrat est conclu après le mois payé (2026-07) : la date de conclusion doit être au plus le 2026-07-31",
        "signatureDate: the contract is concluded after the month paid (2026-07): the signature date must be on or before 2026-07-31",
      ],
    ]);
  });

  test("the last day of the month is accepted as the signature date (2024-02-29)", () => {
    expect(netPay(apprentice(500, "2024-02", "2024-02-29")).regime).toBe(A);
    expect(catchInputError(() => netPay(apprentice(500, "2024-02", "2024-03-01"))).issues[0]!.code).toBe("SIGNATURE_AFTER_MONTH");
  });
});
