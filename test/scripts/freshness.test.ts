/**
 * The freshness check (scripts/check-freshness.ts, `npm run check:freshness`) without the registry:
 * its comparisons run on the modele-social of the project's devDependencies, and a model that knows a
 * value we do not (wrapped engine) is reported as a difference and as a value past `dataVerifiedUntil`,
 * word for word in French and English. The check itself installs the newest release; it is not part of
 * CI (docs/maintenance.md).
 */
import Engine from "publicodes";
import rules from "modele-social";
import { beforeAll, describe, expect, test } from "vitest";
import { findings, formatReport, horizon, monthsFrom, runChecks } from "../../scripts/freshness/check.js";
import { comparisons, shiftMonths } from "../../scripts/freshness/comparisons.js";
import { datedMonths, modelDate, type ModelEngine, type ModelRules } from "../../scripts/freshness/model.js";

let engine: ModelEngine;
beforeAll(() => {
  engine = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } }) as unknown as ModelEngine;
});

const byId = (id: string) => comparisons.find((comparison) => comparison.id === id)!;

describe("the comparisons, on the project's modele-social (11.1.0)", () => {
  test("every comparison has a unique id and reads rules the model has", () => {
    expect(new Set(comparisons.map((comparison) => comparison.id)).size).toBe(comparisons.length);
    for (const comparison of comparisons) for (const rule of comparison.modelRules) expect(Object.keys(rules)).toContain(rule);
  });

  test.for(["smic.hourly.metropole", "smic.hourly.mayotte", "pss.monthly", "apprenticeship.18-20.year-2", "professionalisation.21-25.bac-pro-or-higher"])(
    "%s: identical month by month, 2025-10 to 2026-09 (law-money.md §1)",
    (id) => {
      const report = runChecks(engine, [byId(id)], { from: "2025-10", to: "2026-09", verifiedUntil: "2026-07-16" });
      expect(report.results[0]!.compared).toBe(12);
      expect(findings(report)).toEqual({ differences: 0, beyondVerified: 0 });
    },
  );

  test.for(["hiring-aid.10-employees.level-4", "hiring-aid.10-employees.level-6"])(
    "%s: identical on the hiring dates where law-money.md §4.3 says the model is right, the other months skipped",
    (id) => {
      // 2025-01 → 2026-12: 24 months, of which 2025-03 → 2025-12 and 2026-03 (the 15th is after 03-08) → 2026-12 are compared.
      const report = runChecks(engine, [byId(id)], { from: "2025-01", to: "2026-12", verifiedUntil: "2026-07-16" });
      expect(report.results[0]!.compared).toBe(20);
      expect(findings(report)).toEqual({ differences: 0, beyondVerified: 0 });
    },
  );

  test("the hiring aid compared is the law's: 5 000 € at level 6 in 2025 (décret n° 2025-174), 2 000 € from 2026-03-08 (décret n° 2026-168), 0 on 2026-02-15 (aide unique only: level 6 is above bac)", () => {
    const aid = byId("hiring-aid.10-employees.level-6");
    expect([aid.ours("2025-06-15"), aid.ours("2026-02-15"), aid.ours("2026-09-15")]).toEqual([5000, 0, 2000]);
    expect([aid.where!("2026-02-15"), aid.where!("2026-03-08"), aid.where!("2025-02-23"), aid.where!("2025-02-24")]).toEqual([false, true, false, true]);
  });

  test("the model's SMIC rule changes value last in 2026-06 (the arrêté of 22 May 2026): the horizon is 6 months past dataVerifiedUntil", () => {
    expect(datedMonths(rules as ModelRules, ["SMIC . horaire"]).at(-1)).toBe("2026-06");
    expect(horizon(rules as ModelRules, comparisons, "2026-07-16")).toBe("2027-01");
  });
});

describe("a model that knows a newer value", () => {
  /** The project's model, with an hourly SMIC of 12,50 € from 2026-10-01. */
  const newer = (): ModelEngine => {
    let date = "";
    return {
      setSituation: (situation) => {
        // The model's dates are written 'DD/MM/YYYY' (modelDate): back to YYYY-MM-DD.
        const [day, month, year] = (situation["date"] ?? "").slice(1, -1).split("/");
        date = `${year}-${month}-${day}`;
        return engine.setSituation(situation);
      },
      evaluate: (rule) => (rule === "SMIC . horaire" && date >= "2026-10-01" ? { nodeValue: 12.5 } : engine.evaluate(rule)),
    };
  };

  test("is reported as a difference and as a value past dataVerifiedUntil, as runs of months, in French and English", () => {
    const report = runChecks(newer(), [byId("smic.hourly.metropole")], { from: "2026-06", to: "2026-12", verifiedUntil: "2026-07-16" });
    expect(report.results[0]!.differences).toEqual([{ from: "2026-10-01", to: "2026-12-01", ours: 12.31, model: 12.5 }]);
    expect(report.results[0]!.beyondVerified).toEqual([{ from: "2026-10-01", to: "2026-12-01", ours: 12.31, model: 12.5 }]);
    expect(findings(report)).toEqual({ differences: 1, beyondVerified: 1 });
    expect(formatReport(report, "fr")).toEqual([
      "Comparaison mois par mois de 2026-06 à 2026-12 (dataVerifiedUntil : 2026-07-16)",
      "",
      "✗ SMIC horaire, métropole — 7 mois, 1 écart(s)",
      "    2026-10 → 2026-12 : alternance 12,31 €/h, modele-social 12,5 €/h",
      "    valeurs connues du modèle après dataVerifiedUntil :",
      "    ! 2026-10 → 2026-12 : alternance 12,31 €/h, modele-social 12,5 €/h",
      "",
      "1 écart(s), 1 valeur(s) du modèle au-delà de dataVerifiedUntil : voir docs/maintenance.md.",
    ]);
    expect(formatReport(report, "en")).toEqual([
      "Month by month from 2026-06 to 2026-12 (dataVerifiedUntil: 2026-07-16)",
      "",
      "✗ Hourly SMIC, metropole — 7 months, 1 difference(s)",
      "    2026-10 → 2026-12: alternance 12.31 €/h, modele-social 12.5 €/h",
      "    values the model knows after dataVerifiedUntil:",
      "    ! 2026-10 → 2026-12: alternance 12.31 €/h, modele-social 12.5 €/h",
      "",
      "1 difference(s), 1 value(s) of the model past dataVerifiedUntil: see docs/maintenance.md.",
    ]);
  });

  test("a comparison with `where` compares only those dates (the hiring aid's windows, law-money.md §4.3)", () => {
    const only = { ...byId("smic.hourly.metropole"), where: (date: string) => date < "2026-11-01" };
    const report = runChecks(newer(), [only], { from: "2026-06", to: "2026-12", verifiedUntil: "2026-07-16" });
    expect(report.results[0]!.compared).toBe(5);
    expect(report.results[0]!.differences).toEqual([{ from: "2026-10-01", to: "2026-10-01", ours: 12.31, model: 12.5 }]);
  });

  test("an up-to-date report says so", () => {
    const report = runChecks(engine, [byId("pss.monthly")], { from: "2026-01", to: "2026-02", verifiedUntil: "2026-07-16" });
    expect(formatReport(report, "en")).toEqual([
      "Month by month from 2026-01 to 2026-02 (dataVerifiedUntil: 2026-07-16)",
      "",
      "✓ Monthly social-security ceiling — 2 months, identical",
      "",
      "Up to date: no difference, no value of the model past dataVerifiedUntil.",
    ]);
  });
});

describe("helpers", () => {
  test("dates as the model writes them", () => {
    expect(modelDate("2026-03-15")).toBe("'15/03/2026'");
  });

  test("months, both ends included, across a year", () => {
    expect(monthsFrom("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(shiftMonths("2026-03-15", -14)).toBe("2025-01-15");
  });

  test("dated conditions in both of the model's forms (MM/YYYY and DD/MM/YYYY)", () => {
    const fake: ModelRules = { a: { variations: [{ si: "date >= 06/2026" }, { si: "date >= 01/08/2022" }] }, b: "date < 01/2030" };
    expect(datedMonths(fake, ["a"])).toEqual(["2022-08", "2026-06"]);
    expect(horizon(fake, [{ ...comparisons[0]!, modelRules: ["a", "b"] }], "2026-07-16")).toBe("2030-01");
  });
});
