/**
 * Cross-check with URSSAF's rules (`modele-social`, publicodes), on the cases the model supports:
 * full-time apprentices (the model makes part-time not applicable to apprentices), CPRO full- and
 * part-time, metropole and Mayotte, from 2021 (its SMIC history starts there), no conventional
 * minimum, no increases. The model rounds to the euro, takes the age as a band and counts contract
 * years in 365-day steps, so amounts are compared to the euro and dates are kept away from
 * anniversaries; the known differences are asserted at the end (docs/pay.md).
 */
import Engine from "publicodes";
import rules from "modele-social";
import { beforeAll, describe, expect, test } from "vitest";
import { apprenticeMinimumWage, professionalisationMinimumWage } from "../../src/pay/index.js";
import { plusMonths } from "./reference.js";

let engine: Engine;

beforeAll(() => {
  engine = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } });
});

const frenchDate = (iso: string) => `'${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}'`;

const APPRENTICE_BAND = { "under-18": "'moins de 18'", "18-20": "'de 18 à 20'", "21-25": "'de 21 à 25'", "26-plus": "'plus de 25'" } as const;
const CPRO_BAND = { "under-21": "'moins de 21'", "21-25": "'de 21 à 25'", "26-plus": "'de 26 à 44'" } as const;

function modelApprentice(date: string, hired: string, band: keyof typeof APPRENTICE_BAND, mayotte: boolean): number {
  engine.setSituation({
    "salarié . contrat": "'apprentissage'",
    date: frenchDate(date),
    "salarié . contrat . date d'embauche": frenchDate(hired),
    "salarié . contrat . apprentissage . âge": APPRENTICE_BAND[band],
    ...(mayotte ? { "établissement . commune . département": "'Mayotte'" } : {}),
  });
  return engine.evaluate("salarié . contrat . apprentissage . rémunération minimale").nodeValue as number;
}

function modelProfessionalisation(date: string, hired: string, band: keyof typeof CPRO_BAND, bacOrHigher: boolean, weeklyHours: number): number {
  engine.setSituation({
    "salarié . contrat": "'professionnalisation'",
    date: frenchDate(date),
    "salarié . contrat . date d'embauche": frenchDate(hired),
    "salarié . contrat . professionnalisation . âge": CPRO_BAND[band],
    "salarié . contrat . professionnalisation . formation": bacOrHigher ? "'bac ou plus'" : "'moins que bac'",
    ...(weeklyHours === 35
      ? {}
      : { "salarié . contrat . temps de travail . temps partiel": "oui", "salarié . contrat . temps de travail . temps partiel . heures par semaine": `${weeklyHours} heure/semaine` }),
  });
  return engine.evaluate("salarié . contrat . professionnalisation . rémunération minimale").nodeValue as number;
}

const AGE: Record<keyof typeof APPRENTICE_BAND, number> = { "under-18": 16, "18-20": 19, "21-25": 23, "26-plus": 30 };

describe("apprentice minimum vs modele-social, to the euro, away from anniversaries", () => {
  // Dates mid-way through a SMIC period and a contract year (contract started 4 months + 12(n−1) months before).
  const dates = [
    { date: "2021-06-15", mayotte: false },
    { date: "2024-06-15", mayotte: false },
    { date: "2026-03-15", mayotte: false },
    { date: "2026-03-15", mayotte: true },
  ];
  const rows = dates.flatMap(({ date, mayotte }) =>
    (Object.keys(APPRENTICE_BAND) as Array<keyof typeof APPRENTICE_BAND>).flatMap((band) =>
      [1, 2, 3]
        .map((year) => ({
          name: `${band}, year ${year}, ${date}${mayotte ? ", Mayotte" : ""}`,
          input: {
            birthDate: plusMonths(date, -(AGE[band] * 12 + 6)),
            contractStart: plusMonths(date, -(12 * (year - 1) + 4)),
            date,
            territory: mayotte ? ("mayotte" as const) : ("metropole" as const),
          },
          band,
          source: "modele-social 11.1.0 `salarié . contrat . apprentissage . rémunération minimale` (law.md source MS)",
        }))
        .filter((row) => row.input.contractStart >= "2019-01-01" && (!mayotte || row.input.contractStart >= "2021-01-01")),
    ),
  );

  test.for(rows)("$name", ({ input, band }) => {
    const ours = apprenticeMinimumWage(input);
    expect(ours.ageBand).toBe(band);
    const model = modelApprentice(input.date, input.contractStart, band, input.territory === "mayotte");
    expect(Math.abs(ours.monthlyMinimum - model)).toBeLessThanOrEqual(0.5);
  });
});

describe("CPRO minimum vs modele-social, to the euro (full- and part-time)", () => {
  const rows = ["2022-06-15", "2026-07-15"].flatMap((date) =>
    (Object.keys(CPRO_BAND) as Array<keyof typeof CPRO_BAND>).flatMap((band) =>
      [true, false].flatMap((bacOrHigher) =>
        [35, 24].map((weeklyHours) => ({
          name: `${band}, ${bacOrHigher ? "bac-pro-or-higher" : "below-bac-pro"}, ${weeklyHours} h, ${date}`,
          input: {
            birthDate: plusMonths(date, -({ "under-21": 19, "21-25": 23, "26-plus": 30 }[band] * 12 + 6)),
            contractStart: plusMonths(date, -3),
            date,
            qualification: bacOrHigher ? ("bac-pro-or-higher" as const) : ("below-bac-pro" as const),
            weeklyHours,
          },
          band,
          bacOrHigher,
          source: "modele-social 11.1.0 `salarié . contrat . professionnalisation . rémunération minimale`",
        })),
      ),
    ),
  );

  test.for(rows)("$name", ({ input, band, bacOrHigher }) => {
    const ours = professionalisationMinimumWage(input);
    expect(ours.ageBand).toBe(band);
    const model = modelProfessionalisation(input.date, input.contractStart, band, bacOrHigher, input.weeklyHours);
    expect(Math.abs(ours.monthlyMinimum - model)).toBeLessThanOrEqual(0.5);
  });
});

describe("documented differences with modele-social", () => {
  test("the model changes contract year one day early (365-day steps); we change on the anniversary", () => {
    const input = { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2026-08-31" };
    expect(apprenticeMinimumWage(input)).toMatchObject({ contractYear: 1, ratePercent: 43, monthlyMinimum: 802.82 });
    expect(modelApprentice("2026-08-31", "2025-09-01", "18-20", false)).toBe(952); // 51 % rounded to the euro
  });

  test("the model rounds to the euro; we round to the cent", () => {
    const input = { birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01" };
    expect(apprenticeMinimumWage(input).monthlyMinimum).toBe(774.77);
    expect(modelApprentice("2025-10-01", "2025-09-01", "18-20", false)).toBe(775);
  });

  test("the model takes the age band as given; we derive it from the birth date (first day of the month after the birthday)", () => {
    // 21 on 10 April 2027: on 15 April the model's caller would pick "de 21 à 25"; D6222-31 keeps 18-20 until 30 April.
    const ours = apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2027-04-15" });
    expect(ours).toMatchObject({ ageBand: "18-20", ratePercent: 51 });
    expect(modelApprentice("2027-04-15", "2025-09-01", "21-25", false)).toBeGreaterThan(ours.monthlyMinimum);
  });
});
