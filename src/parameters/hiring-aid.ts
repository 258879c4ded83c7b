/**
 * The employer's hiring aid for an apprentice, window by window since 2019-01-01 (docs/employer.md), and the way it is paid month by month (D6243-2 III–IV). Data only: the function
 * `apprenticeshipHiringAid` selects the window by the contract's conclusion date, then
 * the first scheme of that window whose conditions the contract meets.
 *
 * Every window is one entry `{ since, value, legalBasis, note? }` of a dated series, `since` being the
 * first conclusion date it covers (the décrets all speak of « contrats conclus » from a date); a window
 * holds until the next entry. Its value lists the schemes in the order they are tried: the aide unique
 * (permanent, L6243-1) first where it exists, then the aide exceptionnelle of the décret of the window.
 */
import type { DatedSeries } from "../core/dated.js";
import type { IsoDate } from "../core/dates.js";

import type { DiplomaLevel } from "./diploma-level.js";

export type { DiplomaLevel } from "./diploma-level.js";

/**
 * The two aids: the permanent « aide unique » of L6243-1 (companies under 250, diplomas up to the bac)
 * and the « aide exceptionnelle » of the successive décrets (2020–2026).
 *
 * @example
 * const scheme: HiringAidSchemeName = "aide-exceptionnelle";
 */
export type HiringAidSchemeName = "aide-unique" | "aide-exceptionnelle";

/**
 * Amount of the aid for the first year of execution, in euros: one amount, one amount per diploma level,
 * or (2020-07-01 → 2022-12-31) one amount before and one from the month after the 18th birthday.
 *
 * @example
 * const amount: HiringAidAmount = { byLevel: { 3: 2000, 4: 2000, 5: 1500, 6: 750, 7: 750 } };
 */
export type HiringAidAmount =
  | number
  | {
      /** Amount per diploma level, for every level up to the scheme's maximum. */
      readonly byLevel: Readonly<Partial<Record<DiplomaLevel, number>>>;
    }
  | {
      /** Amounts by age of the apprentice. */
      readonly byAge: {
        /** Yearly amount before the adult amount applies. */
        readonly under18: number;
        /** Yearly amount from 18 (from the first day of the month after the 18th birthday). */
        readonly from18: number;
      };
    };

/**
 * One scheme of a window, with its conditions and amounts.
 *
 * @example
 * const scheme = apprenticeshipHiringAidSchemes.entries.at(-1)!.value[0]!;
 * scheme.scheme; //=> "aide-unique"
 */
export interface HiringAidScheme {
  /** Which aid. */
  readonly scheme: HiringAidSchemeName;
  /** Highest diploma level covered (mainland). */
  readonly maximumLevel: DiplomaLevel;
  /** Highest level covered in Guadeloupe, Guyane, Martinique, Mayotte, La Réunion, Saint-Barthélemy, Saint-Martin, Saint-Pierre-et-Miquelon (L6522-4). */
  readonly overseasMaximumLevel: DiplomaLevel;
  /** Amount for the first year, companies of fewer than 250 employees. */
  readonly below250: HiringAidAmount;
  /** Amount for the first year, companies of 250 or more that make the alternance commitment; absent: such companies are not covered. */
  readonly from250?: HiringAidAmount;
  /** Date by which a company of 250 or more must meet its commitment, where the texts read give it. */
  readonly commitmentBy?: IsoDate;
  /** Amount for an apprentice recognised as a disabled worker (RQTH), replacing the others; absent: no specific amount. */
  readonly disabledWorker?: number;
  /** Execution of the contract must start before this date (décret n° 2026-168). */
  readonly executionStartBefore?: IsoDate;
  /**
   * Public employers (secteur public non industriel et commercial, L6227-1): `"excluded"` by a text
   * (L6227-12 for the aide unique); `"unconfirmed"` when the texts read do not settle it (docs/employer.md,
   * readings taken) — `apprenticeshipHiringAid` then takes the stricter reading and warns.
   */
  readonly publicEmployers: "excluded" | "unconfirmed";
  /** Texts that set the scheme. */
  readonly legalBasis: readonly string[];
}

const AIDE_UNIQUE_BASIS = ["C. trav. art. L6243-1", "C. trav. art. D6243-1"] as const;
const OVERSEAS_BASIS = "C. trav. art. L6522-4 (ordonnance n° 2019-893, en vigueur le 2020-01-01)";

/** Aide unique of the décret n° 2018-1348 (first year 4 125 €; D6243-2 in its first wording). */
const aideUnique2019 = (overseasMaximumLevel: DiplomaLevel): HiringAidScheme => ({
  scheme: "aide-unique",
  maximumLevel: 4,
  overseasMaximumLevel,
  below250: 4125,
  publicEmployers: "excluded",
  legalBasis: [
    ...AIDE_UNIQUE_BASIS,
    "C. trav. art. D6243-2 (décret n° 2018-1348, LEGIARTI000038001273)",
    ...(overseasMaximumLevel === 5 ? [OVERSEAS_BASIS] : []),
  ],
});

/** Aide unique as D6243-2 set it from 2023-01-01 to 2025-02-23: 6 000 € (décret n° 2022-1714). */
const aideUnique6000: HiringAidScheme = {
  scheme: "aide-unique",
  maximumLevel: 4,
  overseasMaximumLevel: 5,
  below250: 6000,
  publicEmployers: "excluded",
  legalBasis: [...AIDE_UNIQUE_BASIS, "C. trav. art. D6243-2 (décret n° 2022-1714, LEGIARTI000046842765)", OVERSEAS_BASIS],
};

/** Aide unique as D6243-2 sets it since 2025-02-24: 5 000 €, 6 000 € for a disabled worker. */
const aideUnique5000: HiringAidScheme = {
  scheme: "aide-unique",
  maximumLevel: 4,
  overseasMaximumLevel: 5,
  below250: 5000,
  disabledWorker: 6000,
  publicEmployers: "excluded",
  legalBasis: [...AIDE_UNIQUE_BASIS, "C. trav. art. D6243-2 (décrets n° 2025-174 et n° 2025-1031, LEGIARTI000052476041)", OVERSEAS_BASIS],
};

/**
 * The windows of the hiring aid by conclusion date, each with its schemes in the order they are tried.
 * Amounts are maxima for the first year of execution; how they are paid month by month is
 * {@link hiringAidDailyProration}.
 *
 * @example
 * apprenticeshipHiringAidSchemes.entries.map((entry) => entry.since);
 * //=> ["2019-01-01", "2020-01-01", "2020-07-01", "2023-01-01", "2025-01-01", "2025-02-24", "2026-01-01", "2026-03-08", "2027-01-01"]
 */
export const apprenticeshipHiringAidSchemes: DatedSeries<readonly HiringAidScheme[]> = {
  id: "employer.hiring-aid.schemes",
  label: {
    fr: "Aide à l'embauche d'un apprenti (première année d'exécution), par date de conclusion du contrat",
    en: "Apprenticeship hiring aid (first year of execution), by conclusion date of the contract",
  },
  unit: "€",
  entries: [
    {
      since: "2019-01-01",
      value: [aideUnique2019(4)],
      legalBasis: [...AIDE_UNIQUE_BASIS, "C. trav. art. D6243-2 (décret n° 2018-1348)"],
      note: "Aide unique : 4 125 € la première année (2 000 € la deuxième, 1 200 € la troisième, non calculées). Outre-mer : niveau 4 au plus, L6522-4 n'est en vigueur qu'au 2020-01-01.",
    },
    {
      since: "2020-01-01",
      value: [aideUnique2019(5)],
      legalBasis: [...AIDE_UNIQUE_BASIS, "C. trav. art. D6243-2 (décret n° 2018-1348)", OVERSEAS_BASIS, "C. trav. art. L6243-1-1 (effectif : CSS L130-1 I)"],
      note: "Même aide unique ; outre-mer, diplômes jusqu'au niveau 5 (L6522-4, contrats conclus à partir du 2020-01-01 : lecture retenue).",
    },
    {
      since: "2020-07-01",
      value: [
        {
          scheme: "aide-exceptionnelle",
          maximumLevel: 7,
          overseasMaximumLevel: 7,
          below250: { byAge: { under18: 5000, from18: 8000 } },
          from250: { byAge: { under18: 5000, from18: 8000 } },
          publicEmployers: "unconfirmed",
          legalBasis: ["Décret n° 2020-1085 du 24 août 2020", "Décret n° 2022-957", "Décret n° 2022-958"],
        },
      ],
      legalBasis: ["Décret n° 2020-1085 du 24 août 2020", "Décret n° 2022-957", "Décret n° 2022-958"],
      note: "Aide exceptionnelle : 5 000 € avant 18 ans, 8 000 € à partir du 1er jour du mois suivant le 18e anniversaire ; elle remplace l'aide unique la première année. Textes lus dans des sources secondaires (law.md §9.4).",
    },
    {
      since: "2023-01-01",
      value: [
        aideUnique6000,
        {
          scheme: "aide-exceptionnelle",
          maximumLevel: 7,
          overseasMaximumLevel: 7,
          below250: 6000,
          from250: 6000,
          publicEmployers: "unconfirmed",
          legalBasis: ["Décret n° 2022-1714 du 29 décembre 2022"],
        },
      ],
      legalBasis: ["Décret n° 2022-1714 du 29 décembre 2022", "C. trav. art. D6243-2 (LEGIARTI000046842765)"],
      note: "6 000 € quel que soit le régime ; aide unique pour les moins de 250 salariés jusqu'au bac (niveau 5 outre-mer), aide exceptionnelle sinon.",
    },
    {
      since: "2025-01-01",
      value: [aideUnique6000],
      legalBasis: [...AIDE_UNIQUE_BASIS, "C. trav. art. D6243-2 (LEGIARTI000046842765)"],
      note: "Aide unique seule (6 000 €) jusqu'à l'entrée en vigueur du décret n° 2025-174.",
    },
    {
      since: "2025-02-24",
      value: [
        aideUnique5000,
        {
          scheme: "aide-exceptionnelle",
          maximumLevel: 7,
          overseasMaximumLevel: 7,
          below250: 5000,
          from250: 2000,
          commitmentBy: "2026-12-31",
          disabledWorker: 6000,
          publicEmployers: "unconfirmed",
          legalBasis: ["Décret n° 2025-174 du 22 février 2025, art. 2"],
        },
      ],
      legalBasis: ["Décret n° 2025-174 du 22 février 2025", "C. trav. art. D6243-2 (LEGIARTI000051239921)"],
      note: "Aide exceptionnelle pour les contrats conclus jusqu'au 2025-12-31.",
    },
    {
      since: "2026-01-01",
      value: [aideUnique5000],
      legalBasis: [...AIDE_UNIQUE_BASIS, "C. trav. art. D6243-2 (LEGIARTI000052476041)"],
      note: "Aide unique seule, faute de décret (communiqué du ministère du Travail du 26/12/2025).",
    },
    {
      since: "2026-03-08",
      value: [
        aideUnique5000,
        {
          scheme: "aide-exceptionnelle",
          maximumLevel: 7,
          overseasMaximumLevel: 7,
          below250: { byLevel: { 3: 5000, 4: 5000, 5: 4500, 6: 2000, 7: 2000 } },
          from250: { byLevel: { 3: 2000, 4: 2000, 5: 1500, 6: 750, 7: 750 } },
          commitmentBy: "2027-12-31",
          disabledWorker: 6000,
          executionStartBefore: "2027-01-01",
          publicEmployers: "unconfirmed",
          legalBasis: ["Décret n° 2026-168 du 6 mars 2026, art. 1 (JORFARTI000053634608)"],
        },
      ],
      legalBasis: ["Décret n° 2026-168 du 6 mars 2026", "C. trav. art. D6243-2 (LEGIARTI000052476041)"],
      note: "Aide exceptionnelle pour les contrats dont l'exécution débute avant le 2027-01-01 ; niveaux 3 et 4 des moins de 250 salariés : aide unique.",
    },
    {
      since: "2027-01-01",
      value: [aideUnique5000],
      legalBasis: [...AIDE_UNIQUE_BASIS, "C. trav. art. D6243-2 (LEGIARTI000052476041)", "C. trav. art. L6522-4"],
      note: "Aide unique seule : aucun décret d'aide exceptionnelle pour 2027 trouvé (law-money.md §5, point 2).",
    },
  ],
};

/**
 * How the aid is paid month by month (D6243-2 III–IV): `false` until 2025-10-31, every calendar month
 * in which the contract runs is due in full (« l'aide n'est pas due à compter du mois suivant la date
 * de fin du contrat »); `true` from 2025-11-01 (décret n° 2025-1031), the first and last months of a
 * contract shorter than a year are due pro rata temporis by the days it covers in them — except the
 * first month of a contract concluded before 2025-11-01 (NOTA of D6243-2).
 *
 * @example
 * hiringAidDailyProration.entries.map((entry) => entry.value); //=> [false, true]
 */
export const hiringAidDailyProration: DatedSeries<boolean> = {
  id: "employer.hiring-aid.daily-proration",
  label: {
    fr: "Aide à l'embauche : premier et dernier mois d'un contrat de moins d'un an au prorata des jours",
    en: "Hiring aid: first and last months of a contract shorter than a year pro rata of the days",
  },
  unit: "",
  entries: [
    {
      since: "2019-01-01",
      value: false,
      legalBasis: ["C. trav. art. D6243-2 (rédactions antérieures au décret n° 2025-1031)"],
      note: "Tout mois civil couvert est dû en entier (pages secondaires citées dans docs/employer.md ; rédactions antérieures non lues).",
    },
    {
      since: "2025-11-01",
      value: true,
      legalBasis: ["C. trav. art. D6243-2 III et IV (décret n° 2025-1031 du 31 octobre 2025, LEGIARTI000052476041)"],
      note: "Contrats en cours au 2025-11-01 : le premier mois n'est pas proratisé (NOTA de D6243-2).",
    },
  ],
};
