/**
 * Pay benchmark: `apprenticeMinimumWage` (with its explanation, and with `explain: false`),
 * `apprenticePaySchedule` over a 3-year contract, and the same computations in modele-social (URSSAF's
 * publicodes rules), side by side in one process.
 * Run: `npx vitest bench --run test/bench/pay.bench.ts`. Figures: docs/performance.md.
 *
 * Inputs are object literals built on each call, as a caller writes them. (An input built with an
 * object spread, `{ ...terms, date }`, gets a map of its own on every call in Node 20, which makes
 * zod's reads of its fields several times slower: docs/performance.md, "spread inputs".)
 */
import Engine from "publicodes";
import rules from "modele-social";
import { bench, describe } from "vitest";
import { apprenticeMinimumWage, apprenticePaySchedule } from "../../src/pay/index.js";

const engine = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } });

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

/** Long enough for the publicodes side to be sampled more than a few times on a shared machine. */
const options = { time: 2_000, warmupTime: 500 };

describe("one evaluation (apprentice 18-20, 1st or 2nd year)", () => {
  let index = 0;
  bench(
    "alternance apprenticeMinimumWage",
    () => {
      apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: dates[index++ % dates.length]! });
    },
    options,
  );
  bench(
    "alternance apprenticeMinimumWage explain: false",
    () => {
      apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: dates[index++ % dates.length]!, explain: false });
    },
    options,
  );
  bench(
    "modele-social setSituation + evaluate",
    () => {
      modelApprentice(dates[index++ % dates.length]!, "'de 18 à 20'");
    },
    options,
  );
});

describe("3-year contract schedule (6 periods: 3 SMIC values, 2 anniversaries, 1 band change)", () => {
  bench(
    "alternance apprenticePaySchedule",
    () => {
      apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2028-08-31" });
    },
    options,
  );
  bench(
    "alternance apprenticePaySchedule explain: false",
    () => {
      apprenticePaySchedule({ birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2028-08-31", explain: false });
    },
    options,
  );
  // The model has no schedule: one evaluation per period of the same schedule, with the caller choosing the band.
  const periods: Array<[string, string]> = [
    ["2025-09-01", "'de 18 à 20'"],
    ["2026-01-01", "'de 18 à 20'"],
    ["2026-06-01", "'de 18 à 20'"],
    ["2026-09-01", "'de 18 à 20'"],
    ["2027-05-01", "'de 21 à 25'"],
    ["2027-09-01", "'de 21 à 25'"],
  ];
  bench(
    "modele-social, one evaluation per period",
    () => {
      for (const [date, band] of periods) modelApprentice(date, band);
    },
    options,
  );
});
