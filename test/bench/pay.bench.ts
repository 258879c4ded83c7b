/**
 * Pay benchmark: `apprenticeMinimumWage`, `apprenticePaySchedule` over a 3-year contract, and the same
 * computations in modele-social (URSSAF's publicodes rules), side by side.
 * Run: `npx vitest bench --run test/bench/pay.bench.ts`. Figures: docs/performance.md.
 */
import Engine from "publicodes";
import rules from "modele-social";
import { bench, describe } from "vitest";
import { apprenticeMinimumWage, apprenticePaySchedule } from "../../src/pay/index.js";

const engine = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } });

const apprentice = { birthDate: "2006-04-10", contractStart: "2025-09-01" };
const dates = ["2025-10-01", "2026-02-15", "2026-07-01", "2027-03-01"];

function modelApprentice(date: string, band: string): number {
  engine.setSituation({
    "salarié . contrat": "'apprentissage'",
    date: `'${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}'`,
    "salarié . contrat . date d'embauche": "'01/09/2025'",
    "salarié . contrat . apprentissage . âge": band,
  });
  return engine.evaluate("salarié . contrat . apprentissage . rémunération minimale").nodeValue as number;
}

describe("one evaluation (apprentice 18-20, 1st or 2nd year)", () => {
  let index = 0;
  bench("alternance apprenticeMinimumWage", () => {
    apprenticeMinimumWage({ ...apprentice, date: dates[index++ % dates.length]! });
  });
  bench("modele-social setSituation + evaluate", () => {
    modelApprentice(dates[index++ % dates.length]!, "'de 18 à 20'");
  });
});

describe("3-year contract schedule (6 periods: 3 SMIC values, 2 anniversaries, 1 band change)", () => {
  bench("alternance apprenticePaySchedule", () => {
    apprenticePaySchedule({ ...apprentice, contractEnd: "2028-08-31" });
  });
  // The model has no schedule: one evaluation per period of the same schedule, with the caller choosing the band.
  const periods: Array<[string, string]> = [
    ["2025-09-01", "'de 18 à 20'"],
    ["2026-01-01", "'de 18 à 20'"],
    ["2026-06-01", "'de 18 à 20'"],
    ["2026-09-02", "'de 18 à 20'"],
    ["2027-05-01", "'de 21 à 25'"],
    ["2027-09-02", "'de 21 à 25'"],
  ];
  bench("modele-social, one evaluation per period", () => {
    for (const [date, band] of periods) modelApprentice(date, band);
  });
});
