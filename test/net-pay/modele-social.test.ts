/**
 * Cross-check of netPay with URSSAF's rules (`modele-social` 11.1.0 on publicodes), driven as in
 * law-money.md appendix A: every age band × contract year of the D6222-26 grid (the minimum as a
 * percentage of the month's SMIC) and other gross amounts (up to 40 000 €, above 8 PSS), over months
 * from 2025-03 to 2026-07, for apprenticeships concluded from 2025-03-01 (modele-social applies the
 * 2025 regime by evaluation date, right only for those); then CPRO, Alsace-Moselle and health-share
 * rows. Our nets are within 0,02 € of its nets rounded to the cent: the differences come from rounding
 * each payslip line (API.md §8) and the ceiling T from the official monthly SMIC (law-money.md §2.2),
 * where modele-social rounds once at the end from the unrounded SMIC.
 */
import Engine from "publicodes";
import rules from "modele-social";
import { beforeAll, describe, expect, test } from "vitest";
import { netPay, smicAt, type NetPayInput } from "../../src/index.js";
import { Dec } from "../../src/core/money.js";

let engine: Engine;

beforeAll(() => {
  engine = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } });
});

const frenchDate = (iso: string) => `'${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}'`;
const cents = (value: number) => new Dec(value).toDecimalPlaces(2, Dec.ROUND_HALF_UP).toNumber();

/** modele-social's net à payer avant impôt and net imposable (sans déductions), rounded to the cent. */
function modelNet(input: NetPayInput): { net: number; taxable: number } {
  const health = (input.healthEmployeeMonthly ?? 0) + (input.healthEmployerMonthly ?? 0);
  engine.setSituation({
    dirigeant: "non",
    "établissement . commune . département": input.alsaceMoselle === true ? "'Moselle'" : "'Paris'",
    date: frenchDate(`${input.month}-01`),
    "salarié . contrat": input.contract === "apprenticeship" ? "'apprentissage'" : "'professionnalisation'",
    "salarié . contrat . date d'embauche": frenchDate(input.signatureDate),
    "salarié . contrat . salaire brut": `${input.grossMonthly} €/mois`,
    "salarié . cotisations . prévoyances . santé . montant": `${health} €/mois`,
  });
  return {
    net: cents(engine.evaluate("salarié . rémunération . net . à payer avant impôt").nodeValue as number),
    taxable: cents(engine.evaluate("salarié . rémunération . net . imposable . sans déductions").nodeValue as number),
  };
}

/** The D6222-26 grid: age band × contract year, percent of the SMIC (law.md §4.1). */
const GRID: Record<string, number[]> = { "16-17": [27, 39, 55], "18-20": [43, 51, 67], "21-25": [53, 61, 78], "26+": [100, 100, 100] };
const MONTHS = ["2025-03", "2025-10", "2026-01", "2026-06", "2026-07"];
const OTHER_GROSS = [1000, 1500, 2500, 4005, 4005.01, 4500, 17000, 40000];

describe("apprentices, contracts concluded from 2025-03-01: within 0,02 € of modele-social", () => {
  const rows = MONTHS.flatMap((month) => {
    const smic = smicAt(`${month}-01`).monthly;
    const fromGrid = Object.entries(GRID).flatMap(([band, rates]) =>
      rates.map((rate, index) => ({ name: `${month}, ${band}, year ${index + 1} (${rate} %)`, gross: cents(smic * (rate / 100)) })),
    );
    const others = OTHER_GROSS.map((gross) => ({ name: `${month}, ${gross} €`, gross }));
    return [...fromGrid, ...others].map(({ name, gross }, index) => ({
      name,
      input: {
        contract: "apprenticeship" as const,
        grossMonthly: gross,
        month,
        // Concluded on 2025-03-01 or on the first day of the month paid, in turn.
        signatureDate: index % 2 === 0 ? "2025-03-01" : `${month}-01`,
      },
      source: "modele-social 11.1.0 `salarié . rémunération . net . à payer avant impôt`, `… net . imposable . sans déductions` (law-money.md appendix A)",
    }));
  });

  test.for(rows)("$name", ({ input }) => {
    const ours = netPay(input);
    const model = modelNet(input);
    expect(ours.regime).toBe("apprentice-from-2025-03");
    expect(Math.abs(ours.netBeforeIncomeTax - model.net)).toBeLessThanOrEqual(0.02 + 1e-9);
    expect(Math.abs(ours.taxableNet - model.taxable)).toBeLessThanOrEqual(0.02 + 1e-9);
  });
});

describe("CPRO, Alsace-Moselle and health shares: within 0,02 € of modele-social", () => {
  const rows: Array<{ name: string; input: NetPayInput }> = [
    ...["2025-10", "2026-07"].flatMap((month) =>
      [1171.17, 1213.56, 1867.02, 4500, 17000].map((grossMonthly) => ({
        name: `CPRO ${month}, ${grossMonthly} €`,
        input: { contract: "professionalisation" as const, grossMonthly, month, signatureDate: "2025-09-01" },
      })),
    ),
    { name: "CPRO in Moselle, 1 213,56 €", input: { contract: "professionalisation", grossMonthly: 1213.56, month: "2026-07", signatureDate: "2025-09-01", alsaceMoselle: true } },
    { name: "apprentice in Moselle, 1 000 €", input: { contract: "apprenticeship", grossMonthly: 1000, month: "2026-07", signatureDate: "2025-09-01", alsaceMoselle: true } },
    { name: "apprentice in Moselle, 4 500 €", input: { contract: "apprenticeship", grossMonthly: 4500, month: "2026-07", signatureDate: "2025-09-01", alsaceMoselle: true } },
    {
      name: "apprentice, 1 000 €, health insurance 40 € shared 50/50 (law-money.md §2.5 case 10)",
      input: { contract: "apprenticeship", grossMonthly: 1000, month: "2026-07", signatureDate: "2025-09-01", healthEmployeeMonthly: 20, healthEmployerMonthly: 20 },
    },
    {
      name: "apprentice below 50 %, health insurance 40 €: no CSG/CRDS on the employer's share either",
      input: { contract: "apprenticeship", grossMonthly: 802.82, month: "2026-07", signatureDate: "2025-09-01", healthEmployeeMonthly: 20, healthEmployerMonthly: 20 },
    },
    {
      name: "CPRO, health insurance 60 € shared 50/50",
      input: { contract: "professionalisation", grossMonthly: 1500, month: "2026-07", signatureDate: "2025-09-01", healthEmployeeMonthly: 30, healthEmployerMonthly: 30 },
    },
  ];

  test.for(rows)("$name", ({ input }) => {
    const ours = netPay(input);
    const model = modelNet(input);
    expect(Math.abs(ours.netBeforeIncomeTax - model.net)).toBeLessThanOrEqual(0.02 + 1e-9);
    expect(Math.abs(ours.taxableNet - model.taxable)).toBeLessThanOrEqual(0.02 + 1e-9);
  });
});

describe("documented differences with modele-social", () => {
  test.for([
    { name: "law-money.md §2.5 case 3", input: { contract: "apprenticeship" as const, grossMonthly: 1112.05, month: "2026-01", signatureDate: "2024-09-01" }, ours: 1112.05, model: 1070.26 },
    { name: "law-money.md §2.5 case 4", input: { contract: "apprenticeship" as const, grossMonthly: 1867.02, month: "2026-07", signatureDate: "2024-09-01" }, ours: 1822.68, model: 1672.47 },
  ])("$name: a contract concluded before 2025-03-01 keeps its regime; modele-social switches by evaluation date", ({ input, ours, model }) => {
    expect(netPay(input).netBeforeIncomeTax).toBe(ours);
    expect(modelNet(input).net).toBe(model);
    // modele-social's figure is the 2025 regime: the same as ours for a contract concluded on 2025-03-01.
    expect(Math.abs(modelNet(input).net - netPay({ ...input, signatureDate: "2025-03-01" }).netBeforeIncomeTax)).toBeLessThanOrEqual(0.01);
  });

  test("before March 2025 modele-social applies the 79 % regime whatever the signature date, as we do for older contracts", () => {
    const input = { contract: "apprenticeship" as const, grossMonthly: 1600, month: "2025-01", signatureDate: "2024-09-01" };
    expect(modelNet(input).net).toBe(1580.03);
    expect(netPay(input).netBeforeIncomeTax).toBe(1580.03);
  });
});
