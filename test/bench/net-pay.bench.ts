/**
 * Net-pay benchmark: `netPay` and modele-social's evaluation of the same net (URSSAF's publicodes
 * rules: `setSituation` + `evaluate("salarié . rémunération . net . à payer avant impôt")`), side by
 * side in one run, on the same four situations of law-money.md §2.5 (below 50 % of the SMIC, 53 %,
 * 2 000 €, 4 500 €). Run: `npx vitest bench --run test/bench/net-pay.bench.ts`. Figures:
 * docs/performance.md ("Salaire net").
 */
import Engine from "publicodes";
import rules from "modele-social";
import { bench, describe } from "vitest";
import { apprenticePaySchedule, netPay, type NetPayInput } from "../../src/index.js";

const engine = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } });

const situations: NetPayInput[] = [
  { contract: "apprenticeship", grossMonthly: 783.9, month: "2026-01", signatureDate: "2025-09-01" },
  { contract: "apprenticeship", grossMonthly: 989.52, month: "2026-07", signatureDate: "2025-09-01" },
  { contract: "apprenticeship", grossMonthly: 2000, month: "2026-03", signatureDate: "2025-10-01" },
  { contract: "apprenticeship", grossMonthly: 4500, month: "2026-07", signatureDate: "2026-03-08" },
];

const frenchDate = (iso: string) => `'${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}'`;

function modelNet(input: NetPayInput): number {
  engine.setSituation({
    dirigeant: "non",
    "établissement . commune . département": "'Paris'",
    date: frenchDate(`${input.month}-01`),
    "salarié . contrat": "'apprentissage'",
    "salarié . contrat . date d'embauche": frenchDate(input.signatureDate),
    "salarié . contrat . salaire brut": `${input.grossMonthly} €/mois`,
    "salarié . cotisations . prévoyances . santé . montant": "0 €/mois",
  });
  return engine.evaluate("salarié . rémunération . net . à payer avant impôt").nodeValue as number;
}

describe("one month's net pay (four situations in turn)", () => {
  let index = 0;
  bench("alternance netPay (with the payslip explanation)", () => {
    netPay(situations[index++ % situations.length]!);
  });
  bench("alternance netPay, explain: false", () => {
    netPay({ ...situations[index++ % situations.length]!, explain: false });
  });
  bench("modele-social setSituation + evaluate (net à payer avant impôt)", () => {
    modelNet(situations[index++ % situations.length]!);
  });
});

describe("3-year schedule with its net column and totals", () => {
  bench("alternance apprenticePaySchedule (21-25, 4 periods, each with its net)", () => {
    apprenticePaySchedule({ birthDate: "2003-05-10", contractStart: "2025-09-01", contractEnd: "2028-08-31" });
  });
  bench("alternance apprenticePaySchedule, explain: false", () => {
    apprenticePaySchedule({ birthDate: "2003-05-10", contractStart: "2025-09-01", contractEnd: "2028-08-31", explain: false });
  });
});
