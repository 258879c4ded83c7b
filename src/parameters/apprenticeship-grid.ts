/**
 * Apprentice minimum pay: the grid of D6222-26 and the points that modify it, docs/pay.md.
 * Data only.
 */
import type { DatedSeries } from "../core/dated.js";

/**
 * Age band of the apprentice grid (under 16 is paid as 16–17, D6222-27).
 *
 * @example
 * const band: ApprenticeAgeBand = "18-20";
 */
export type ApprenticeAgeBand = "under-18" | "18-20" | "21-25" | "26-plus";

/** Percentages of the base for contract years 1, 2 and 3, per age band. */
export type ApprenticeshipGrid = Readonly<Record<ApprenticeAgeBand, readonly [number, number, number]>>;

/**
 * D6222-26 grid, percent of SMIC (from 21: of the higher of SMIC and the conventional minimum), for
 * contracts concluded from 2019-01-01.
 *
 * @example
 * apprenticeshipGrid.entries[0].value["18-20"]; //=> [43, 51, 67]
 */
export const apprenticeshipGrid: DatedSeries<ApprenticeshipGrid> = {
  id: "apprenticeship.pay.grid",
  label: { fr: "Rémunération minimale de l'apprenti (% du SMIC ou du SMC)", en: "Apprentice minimum pay (% of SMIC or SMC)" },
  unit: "%",
  entries: [
    {
      since: "2019-01-01",
      value: {
        "under-18": [27, 39, 55],
        "18-20": [43, 51, 67],
        "21-25": [53, 61, 78],
        "26-plus": [100, 100, 100],
      },
      legalBasis: ["C. trav. art. D6222-26", "C. trav. art. D6222-27"],
    },
  ],
};

/**
 * Ages at which the apprentice band rises (from the first day of the following month, D6222-31).
 *
 * @example
 * apprenticeshipBandAges.entries[0].value; //=> { "18-20": 18, "21-25": 21, "26-plus": 26 }
 */
export const apprenticeshipBandAges: DatedSeries<Readonly<Record<Exclude<ApprenticeAgeBand, "under-18">, number>>> = {
  id: "apprenticeship.pay.band-ages",
  label: { fr: "Âges de changement de tranche (apprentissage)", en: "Ages that raise the apprentice band" },
  unit: "ans",
  entries: [
    {
      since: "2019-01-01",
      value: { "18-20": 18, "21-25": 21, "26-plus": 26 },
      legalBasis: ["C. trav. art. D6222-26", "C. trav. art. D6222-31"],
    },
  ],
};

/**
 * Points added for a contract of at most one year preparing a diploma of the same level as one
 * already held, in direct relation with it (D6222-30, text in force since 2020-04-01).
 *
 * @example
 * sameLevelDiplomaPoints.entries[0].value; //=> 15
 */
export const sameLevelDiplomaPoints: DatedSeries<number> = {
  id: "apprenticeship.pay.same-level-diploma-points",
  label: { fr: "Majoration diplôme de même niveau (points)", en: "Same-level diploma increase (points)" },
  unit: "points",
  entries: [{ since: "2020-04-01", value: 15, legalBasis: ["C. trav. art. D6222-30"] }],
};

/**
 * Points added to the last year's rate during the extension of a disabled apprentice's contract
 * (R6222-47, R6222-48).
 *
 * @example
 * disabledWorkerExtensionPoints.entries[0].value; //=> 15
 */
export const disabledWorkerExtensionPoints: DatedSeries<number> = {
  id: "apprenticeship.pay.disabled-worker-extension-points",
  label: { fr: "Majoration en prolongation (travailleur handicapé, points)", en: "Disabled-worker extension increase (points)" },
  unit: "points",
  entries: [{ since: "2019-01-01", value: 15, legalBasis: ["C. trav. art. R6222-48"] }],
};

/**
 * Optional increases a public employer may grant (D6272-2 as amended by décret 2020-478, contracts
 * concluded from 2020-04-27). The mandatory 10/20-point increases of the earlier wording are
 * UNCONFIRMED (docs/pay.md) and not encoded.
 *
 * @example
 * publicSectorOptionalPoints.entries[0].value; //=> [10, 20]
 */
export const publicSectorOptionalPoints: DatedSeries<readonly number[]> = {
  id: "apprenticeship.pay.public-sector-points",
  label: { fr: "Majorations facultatives des employeurs publics (points)", en: "Public employers' optional increases (points)" },
  unit: "points",
  entries: [{ since: "2020-04-27", value: [10, 20], legalBasis: ["C. trav. art. D6272-2", "Décret n° 2020-478 du 24 avril 2020"] }],
};

/**
 * Ceiling of the regulatory minimum after increases, percent of SMIC (D6222-31 al. 2).
 *
 * @example
 * apprenticeshipIncreaseCapPercent.entries[0].value; //=> 100
 */
export const apprenticeshipIncreaseCapPercent: DatedSeries<number> = {
  id: "apprenticeship.pay.increase-cap",
  label: { fr: "Plafond des majorations (% du SMIC)", en: "Cap on increases (% of SMIC)" },
  unit: "%",
  entries: [
    {
      since: "2019-01-01",
      value: 100,
      legalBasis: ["C. trav. art. D6222-31"],
      note: "Text read in its version in force since 2020-04-01; the Ministry states the same rule without date restriction (law.md §4.2).",
    },
  ],
};
