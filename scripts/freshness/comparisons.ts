/**
 * What the freshness check compares with modele-social, month by month: one entry per series of
 * values. To compare something new, add an entry to {@link comparisons}: our value on a date, the
 * model's value on the same date (set the situation, evaluate a rule), the rules whose dated variations
 * set the model's values, the tolerance (0.5 when the model rounds to the euro) and, when the model is
 * right only on some dates, `where` (the hiring aid: hiring dates 2025-02-24 → 2025-12-31 and
 * 2026-03-08 → 2026-12-31, law-money.md §4.3).
 */
import type { IsoDate } from "../../src/core/dates.js";
import { AlternanceInputError, apprenticeMinimumWage, apprenticeshipHiringAid, professionalisationMinimumWage, smicAt, socialSecurityCeilingAt } from "../../src/index.js";
import { modeleSocialEmployerSide, type Level } from "./employer-model.js";
import { modelDate, modelNumber, type ModelEngine } from "./model.js";

/** One series of values compared month by month. */
export interface Comparison {
  /** Stable id, e.g. `"smic.hourly.metropole"`. */
  id: string;
  /** What is compared, in the report. */
  label: { fr: string; en: string };
  /** Unit written after the values. */
  unit: string;
  /** Rules of the model whose dated variations (`date >= 06/2026`) set its values: they give its horizon. */
  modelRules: readonly string[];
  /** Day of each month compared: 1 for values that change on the 1st, 15 to stay away from anniversaries. */
  day: 1 | 15;
  /** Largest difference taken as none (0.5: the model rounds to the euro, we to the cent). */
  tolerance: number;
  /**
   * Only the dates where the model is known to be right (the hiring aid: the hiring windows of
   * law-money.md §4.3); every date when absent.
   */
  where?: (date: IsoDate) => boolean;
  /** Our value on a date, or `null` where the library does not cover it. */
  ours(date: IsoDate): number | null;
  /** The model's value on a date, or `null` where it has none. */
  model(engine: ModelEngine, date: IsoDate): number | null;
}

/** Our value, or `null` when the library does not cover the date (an input error: out of scope). */
function covered(value: () => number): number | null {
  try {
    return value();
  } catch (error) {
    if (error instanceof AlternanceInputError) return null;
    throw error;
  }
}

/** `date` shifted by whole months, on the same day (the days used here exist in every month). */
export function shiftMonths(date: IsoDate, months: number): IsoDate {
  const [year, month] = date.split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}-${date.slice(8, 10)}`;
}

const MAYOTTE = { "établissement . commune . département": "'Mayotte'" };

function smic(territory: "metropole" | "mayotte"): Comparison {
  const mayotte = territory === "mayotte";
  return {
    id: `smic.hourly.${territory}`,
    label: mayotte ? { fr: "SMIC horaire, Mayotte", en: "Hourly SMIC, Mayotte" } : { fr: "SMIC horaire, métropole", en: "Hourly SMIC, metropole" },
    unit: "€/h",
    modelRules: ["SMIC . horaire"],
    day: 1,
    tolerance: 0,
    ours: (date) => covered(() => smicAt(date, { territory }).hourly),
    model: (engine, date) => {
      engine.setSituation({ date: modelDate(date), ...(mayotte ? MAYOTTE : {}) });
      return modelNumber(engine, "SMIC . horaire");
    },
  };
}

const socialSecurityCeiling: Comparison = {
  id: "pss.monthly",
  label: { fr: "Plafond mensuel de la sécurité sociale", en: "Monthly social-security ceiling" },
  unit: "€",
  modelRules: ["plafond sécurité sociale"],
  day: 1,
  tolerance: 0,
  ours: (date) => covered(() => socialSecurityCeilingAt(date).monthly),
  model: (engine, date) => {
    engine.setSituation({ date: modelDate(date) });
    return modelNumber(engine, "plafond sécurité sociale");
  },
};

/** Age bands of the apprentice grid (D6222-26): the model's name and an age inside the band. */
const APPRENTICE_BANDS = [
  { band: "under-18", model: "'moins de 18'", age: 16 },
  { band: "18-20", model: "'de 18 à 20'", age: 19 },
  { band: "21-25", model: "'de 21 à 25'", age: 23 },
  { band: "26-plus", model: "'plus de 25'", age: 30 },
] as const;

/**
 * The apprentice minimum for an age band and a contract year, full time, metropole: the contract
 * started 4 months (+ 12 per year) before the date, the birthday 6 months (+ 12 per year of age) before,
 * so that the date is away from anniversaries (the model counts years in 365-day steps) and birthdays.
 */
function apprenticeGrid(entry: (typeof APPRENTICE_BANDS)[number], year: 1 | 2 | 3): Comparison {
  return {
    id: `apprenticeship.${entry.band}.year-${year}`,
    label: { fr: `Apprenti ${entry.band}, année ${year} (D6222-26)`, en: `Apprentice ${entry.band}, year ${year} (D6222-26)` },
    unit: "€/mois",
    modelRules: ["SMIC . horaire", "salarié . contrat . apprentissage . rémunération minimale"],
    day: 15,
    tolerance: 0.5,
    ours: (date) =>
      covered(
        () =>
          apprenticeMinimumWage({
            birthDate: shiftMonths(date, -(entry.age * 12 + 6)),
            contractStart: shiftMonths(date, -(12 * (year - 1) + 4)),
            date,
            explain: false,
          }).monthlyMinimum,
      ),
    model: (engine, date) => {
      engine.setSituation({
        "salarié . contrat": "'apprentissage'",
        date: modelDate(date),
        "salarié . contrat . date d'embauche": modelDate(shiftMonths(date, -(12 * (year - 1) + 4))),
        "salarié . contrat . apprentissage . âge": entry.model,
      });
      return modelNumber(engine, "salarié . contrat . apprentissage . rémunération minimale");
    },
  };
}

/** Age bands of the CPRO grid (D6325-15, D6325-18): the model's name and an age inside the band. */
const CPRO_BANDS = [
  { band: "under-21", model: "'moins de 21'", age: 19 },
  { band: "21-25", model: "'de 21 à 25'", age: 23 },
  { band: "26-plus", model: "'de 26 à 44'", age: 30 },
] as const;

/** The CPRO minimum for an age band and a qualification, full time, contract started 3 months before. */
function professionalisationGrid(entry: (typeof CPRO_BANDS)[number], bacOrHigher: boolean): Comparison {
  const qualification = bacOrHigher ? "bac-pro-or-higher" : "below-bac-pro";
  return {
    id: `professionalisation.${entry.band}.${qualification}`,
    label: { fr: `Contrat de professionnalisation ${entry.band}, ${qualification} (D6325-15)`, en: `Professionalisation ${entry.band}, ${qualification} (D6325-15)` },
    unit: "€/mois",
    modelRules: ["SMIC . horaire", "salarié . contrat . professionnalisation . rémunération minimale"],
    day: 15,
    tolerance: 0.5,
    ours: (date) =>
      covered(
        () =>
          professionalisationMinimumWage({
            birthDate: shiftMonths(date, -(entry.age * 12 + 6)),
            contractStart: shiftMonths(date, -3),
            date,
            qualification,
            explain: false,
          }).monthlyMinimum,
      ),
    model: (engine, date) => {
      engine.setSituation({
        "salarié . contrat": "'professionnalisation'",
        date: modelDate(date),
        "salarié . contrat . date d'embauche": modelDate(shiftMonths(date, -3)),
        "salarié . contrat . professionnalisation . âge": entry.model,
        "salarié . contrat . professionnalisation . formation": bacOrHigher ? "'bac ou plus'" : "'moins que bac'",
      });
      return modelNumber(engine, "salarié . contrat . professionnalisation . rémunération minimale");
    },
  };
}

/** The hiring dates on which law-money.md §4.3 says the model's aid is right. */
const AID_RIGHT = (date: IsoDate): boolean => (date >= "2025-02-24" && date <= "2025-12-31") || (date >= "2026-03-08" && date <= "2026-12-31");

/**
 * The hiring aid of the first year for a company of 10 employees, a diploma level, no RQTH: the
 * contract concluded and started on the date, two years long (law-money.md §4.3: compared only where
 * the model is right).
 */
function hiringAid(diplomaLevel: Level): Comparison {
  return {
    id: `hiring-aid.10-employees.level-${diplomaLevel}`,
    label: { fr: `Aide à l'embauche, 10 salariés, niveau ${diplomaLevel} (L6243-1, décrets)`, en: `Hiring aid, 10 employees, level ${diplomaLevel} (L6243-1, décrets)` },
    unit: "€",
    modelRules: ["salarié . coût total employeur . aides . embauche . apprentissage"],
    day: 15,
    tolerance: 0,
    where: AID_RIGHT,
    ours: (date) =>
      covered(
        () =>
          apprenticeshipHiringAid({
            signatureDate: date,
            contractStart: date,
            contractEnd: shiftMonths(date, 24),
            diplomaLevel,
            companyHeadcount: 10,
            explain: false,
          }).amount,
      ),
    model: (engine, date) =>
      modeleSocialEmployerSide(engine, { hiringDate: date, companyHeadcount: 10, largeCompanyCommitment: false, diplomaLevel, disabledWorker: false }).aid,
  };
}

/** Everything the check compares, in the order of the report. */
export const comparisons: readonly Comparison[] = [
  smic("metropole"),
  smic("mayotte"),
  socialSecurityCeiling,
  ...APPRENTICE_BANDS.flatMap((entry) => ([1, 2, 3] as const).map((year) => apprenticeGrid(entry, year))),
  ...CPRO_BANDS.flatMap((entry) => [false, true].map((bacOrHigher) => professionalisationGrid(entry, bacOrHigher))),
  hiringAid(4),
  hiringAid(6),
];
