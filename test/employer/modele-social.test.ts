/**
 * Cross-check of the employer side with URSSAF's model (modele-social 11.1.0, law-money.md §4.3 and
 * appendix A): on the hiring dates where law-money.md says the model is right (2025-02-24 → 2025-12-31
 * and 2026-03-08 → 2026-12-31, execution before 2027-01-01), every size × level × disability cell agrees
 * to the euro, save the one reading where the library is stricter (a company of 250 or more without the
 * commitment and a disabled apprentice). Where the model is wrong, each known deviation is asserted
 * with the value the law gives (docs/employer.md, « Différences avec modele-social »).
 */
import type Engine from "publicodes";
import { beforeAll, describe, expect, test } from "vitest";
import { apprenticeshipHiringAid, employerTrainingContribution } from "../../src/index.js";
import { createModeleSocialEngine, modeleSocialEmployerSide, type Level, type ModeleSocialAidSituation } from "./modele-social-aid.js";

let engine: Engine;
beforeAll(() => {
  engine = createModeleSocialEngine();
});

/** The library's answer for a model situation: conclusion = start = hiring date, a two-year contract. */
function ours(situation: ModeleSocialAidSituation) {
  const contractEnd = `${Number(situation.hiringDate.slice(0, 4)) + 2}${situation.hiringDate.slice(4)}`;
  const aid = apprenticeshipHiringAid({
    signatureDate: situation.hiringDate,
    contractStart: situation.hiringDate,
    contractEnd: contractEnd.endsWith("-02-29") ? contractEnd.replace("-29", "-28") : contractEnd,
    diplomaLevel: situation.diplomaLevel,
    companyHeadcount: situation.companyHeadcount,
    largeCompanyCommitment: situation.largeCompanyCommitment,
    disabledWorker: situation.disabledWorker,
  });
  const participation = employerTrainingContribution({ signatureDate: situation.hiringDate, diplomaLevel: situation.diplomaLevel });
  return { aid: aid.amount, participation: participation.amount };
}

const LEVELS: Level[] = [3, 4, 5, 6, 7, 8];
const PROFILES = [
  { name: "10 employees", companyHeadcount: 10, largeCompanyCommitment: false },
  { name: "250 employees with the commitment", companyHeadcount: 250, largeCompanyCommitment: true },
  { name: "300 employees without the commitment", companyHeadcount: 300, largeCompanyCommitment: false },
];

/** Situations of a set of hiring dates, every profile × level × disability. */
const situations = (dates: string[]) =>
  dates.flatMap((hiringDate) =>
    PROFILES.flatMap((profile) =>
      LEVELS.flatMap((diplomaLevel) =>
        [false, true].map((disabledWorker) => ({
          name: `${hiringDate}, ${profile.name}, level ${diplomaLevel}${disabledWorker ? ", RQTH" : ""}`,
          situation: { hiringDate, companyHeadcount: profile.companyHeadcount, largeCompanyCommitment: profile.largeCompanyCommitment, diplomaLevel, disabledWorker },
        })),
      ),
    ),
  );

/** Our stricter reading: the commitment conditions the aid of a large company, a disabled apprentice's included. */
const isRqthWithoutCommitment = (s: ModeleSocialAidSituation) => s.disabledWorker && s.companyHeadcount >= 250 && !s.largeCompanyCommitment;

describe("where law-money.md §4.3 says the model is right, the library agrees", () => {
  // First and last day of each window the model gets right; 2025-07-01: first day of the participation.
  const rows = situations(["2025-02-24", "2025-07-01", "2025-12-31", "2026-03-08", "2026-12-31"])
    .filter((row) => !isRqthWithoutCommitment(row.situation))
    .map((row) => ({ ...row, source: "modele-social 11.1.0; décrets n° 2025-174 and n° 2026-168; R6332-25-1" }));

  test.for(rows)("$name", ({ situation }) => {
    const model = modeleSocialEmployerSide(engine, situation);
    const library = ours(situation);
    expect(library.aid).toBe(model.aid);
    // The model gives nothing for a doctorate; R6332-25-1 says « au moins au niveau 6 » (asserted below).
    if (situation.diplomaLevel !== 8) expect(library.participation).toBe(model.participation);
  });
});

describe("documented differences with modele-social", () => {
  const at = (hiringDate: string, companyHeadcount: number, diplomaLevel: Level, extra: Partial<ModeleSocialAidSituation> = {}): ModeleSocialAidSituation => ({
    hiringDate,
    companyHeadcount,
    largeCompanyCommitment: companyHeadcount >= 250,
    diplomaLevel,
    disabledWorker: false,
    ...extra,
  });
  const rows = [
    {
      name: "2025-01-15, level 5, under 250: the model falls through to the 2026-168 grid; only the aide unique (level 4 at most) existed",
      situation: at("2025-01-15", 10, 5),
      model: 4500,
      law: 0,
      source: "law-money.md §4.3; D6243-2 (LEGIARTI000046842765)",
    },
    { name: "2025-01-15, level 4, under 250: aide unique 6 000 €, the model says 5 000 €", situation: at("2025-01-15", 10, 4), model: 5000, law: 6000, source: "law.md §9.4" },
    { name: "2025-01-15, 300 employees with the commitment: no aide exceptionnelle then", situation: at("2025-01-15", 300, 4), model: 2000, law: 0, source: "law.md §9.4" },
    {
      name: "2026-01-10, level 6, under 250: aide unique only (level 4 at most); the model grants 5 000 €",
      situation: at("2026-01-10", 10, 6),
      model: 5000,
      law: 0,
      source: "law-money.md §4.3; communiqué of 26/12/2025",
    },
    { name: "2026-03-07, level 5, under 250: same, last day of the window", situation: at("2026-03-07", 10, 5), model: 5000, law: 0, source: "law-money.md §4.3" },
    { name: "2026-01-10, 300 employees: no aid at all; the model grants 750 €", situation: at("2026-01-10", 300, 7), model: 750, law: 0, source: "law-money.md §4.3" },
    {
      name: "2026-01-10, level 6, RQTH: the aide unique stops at the bac; the model grants 6 000 €",
      situation: at("2026-01-10", 10, 6, { disabledWorker: true }),
      model: 6000,
      law: 0,
      source: "L6243-1, D6243-2",
    },
    {
      name: "2027-01-04, level 7, under 250: execution from 2027, aide unique only; the model has no end date",
      situation: at("2027-01-04", 10, 7),
      model: 2000,
      law: 0,
      source: "law-money.md §4.1, §4.3 (décret n° 2026-168)",
    },
    { name: "2027-01-04, 300 employees with the commitment: same", situation: at("2027-01-04", 300, 3), model: 2000, law: 0, source: "law-money.md §4.3" },
    {
      name: "2025-02-24, 300 employees without the commitment, RQTH: the model grants 6 000 €; the commitment conditions the aid (reading taken)",
      situation: at("2025-02-24", 300, 5, { largeCompanyCommitment: false, disabledWorker: true }),
      model: 6000,
      law: 0,
      source: "décret n° 2025-174 (docs/employer.md, readings)",
    },
    {
      name: "2026-09-01, 300 employees without the commitment, RQTH: same under the décret n° 2026-168",
      situation: at("2026-09-01", 300, 7, { largeCompanyCommitment: false, disabledWorker: true }),
      model: 6000,
      law: 0,
      source: "décret n° 2026-168 (docs/employer.md, readings)",
    },
  ];

  test.for(rows)("aid: $name", ({ situation, model, law }) => {
    expect(modeleSocialEmployerSide(engine, situation).aid).toBe(model);
    expect(ours(situation).aid).toBe(law);
  });

  test("participation for a doctorate (level 8): R6332-25-1 « au moins au niveau 6 » gives 750 €; the model gives nothing", () => {
    const situation = at("2025-09-01", 10, 8);
    expect(modeleSocialEmployerSide(engine, situation).participation).toBe(0);
    expect(ours(situation).participation).toBe(750);
  });

  test("the model never prorates: a contract of six months gets its full year", () => {
    const library = apprenticeshipHiringAid({ signatureDate: "2026-03-15", contractStart: "2026-03-15", contractEnd: "2026-09-14", diplomaLevel: 4, companyHeadcount: 10 });
    // 17/31 of March, April to August, 14/30 of September, at 5 000 € / 12 a month (D6243-2 III).
    expect(library.amount).toBe(2506.27);
    expect(modeleSocialEmployerSide(engine, at("2026-03-15", 10, 4)).aid).toBe(5000);
  });
});
