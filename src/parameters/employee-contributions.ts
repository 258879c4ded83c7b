/**
 * Employee social contributions on pay (private sector: régime général and AGIRC-ARRCO; public
 * employers: IRCANTEC), law-money.md §2.3. Data only: `netPay` (src/net-pay) reads them by month.
 *
 * law-money.md §2.3 checks every rate for 2025-01-01 → 2026-07 (modele-social 11.1.0 has no date
 * variation for them; CSS D242-4 in its 2026 version confirms 6,90 % / 0,40 %). The entries start
 * on 2019-01-01, the library's scope: the same values have applied since then (OpenFisca-France:
 * vieillesse 6,90 % since 2016-01-01 and 0,40 % since 2017-01-01, décret n° 2014-1531 art. 4;
 * AGIRC-ARRCO, CEG and CET since the merger of 2019-01-01), which their notes say.
 */
import type { DatedSeries } from "../core/dated.js";

const BEFORE_2025_NOTE =
  "2019 → 2024 : même taux selon OpenFisca-France (law-money.md §2.3 ne vérifie que 2025-2026 ; UNCONFIRMED pour les années antérieures).";
const AGIRC_ARRCO_BASIS = ["ANI du 17 novembre 2017 relatif au régime AGIRC-ARRCO de retraite complémentaire"];
const AGIRC_ARRCO_NOTE =
  "Taux de law-money.md §2.3 (modele-social 11.1.0, agirc-arrco.fr), inchangés depuis la fusion AGIRC-ARRCO du 2019-01-01 ; texte de l'ANI non lu.";

/** Rates of a contribution split at 1 PSS (tranche 1) and up to a number of PSS (tranche 2). */
export interface TrancheRates {
  /** Percent on the pay up to 1 PSS. */
  readonly tranche1: number;
  /** Percent on the pay from 1 PSS up to `upToCeilings` PSS. */
  readonly tranche2: number;
  /** Upper bound of tranche 2, in monthly social-security ceilings (PSS). */
  readonly upToCeilings: number;
}

/**
 * Employee old-age contribution on the pay up to the social-security ceiling (vieillesse plafonnée), %.
 *
 * @example
 * oldAgeCappedEmployeeRate.entries.at(-1)?.value; //=> 6.9
 */
export const oldAgeCappedEmployeeRate: DatedSeries<number> = {
  id: "contributions.employee.old-age.capped",
  label: { fr: "Vieillesse plafonnée, part salariale", en: "Old-age contribution up to the ceiling, employee share" },
  unit: "%",
  entries: [
    { since: "2019-01-01", value: 6.9, legalBasis: ["CSS art. D242-4", "Décret n° 2014-1531 du 17 décembre 2014, art. 4"], note: BEFORE_2025_NOTE },
    { since: "2026-01-01", value: 6.9, legalBasis: ["CSS art. D242-4 (LEGIARTI000053302465, décret n° 2025-1446)"] },
  ],
};

/**
 * Employee old-age contribution on the whole pay (vieillesse déplafonnée), %.
 *
 * @example
 * oldAgeUncappedEmployeeRate.entries.at(-1)?.value; //=> 0.4
 */
export const oldAgeUncappedEmployeeRate: DatedSeries<number> = {
  id: "contributions.employee.old-age.uncapped",
  label: { fr: "Vieillesse déplafonnée, part salariale", en: "Old-age contribution on the whole pay, employee share" },
  unit: "%",
  entries: [
    { since: "2019-01-01", value: 0.4, legalBasis: ["CSS art. D242-4", "Décret n° 2014-1531 du 17 décembre 2014, art. 4"], note: BEFORE_2025_NOTE },
    { since: "2026-01-01", value: 0.4, legalBasis: ["CSS art. D242-4 (LEGIARTI000053302465, décret n° 2025-1446)"] },
  ],
};

/**
 * Employee AGIRC-ARRCO complementary pension contribution, tranche 1 (up to 1 PSS) and tranche 2
 * (1 to 8 PSS), %.
 *
 * @example
 * supplementaryPensionEmployeeRates.entries[0].value; //=> { tranche1: 3.15, tranche2: 8.64, upToCeilings: 8 }
 */
export const supplementaryPensionEmployeeRates: DatedSeries<TrancheRates> = {
  id: "contributions.employee.agirc-arrco",
  label: { fr: "Retraite complémentaire AGIRC-ARRCO, part salariale (T1 / T2)", en: "AGIRC-ARRCO complementary pension, employee share (T1 / T2)" },
  unit: "% / PSS",
  entries: [{ since: "2019-01-01", value: { tranche1: 3.15, tranche2: 8.64, upToCeilings: 8 }, legalBasis: AGIRC_ARRCO_BASIS, note: AGIRC_ARRCO_NOTE }],
};

/**
 * Employee general balance contribution (CEG), tranche 1 and tranche 2, %.
 *
 * @example
 * generalBalanceEmployeeRates.entries[0].value.tranche1; //=> 0.86
 */
export const generalBalanceEmployeeRates: DatedSeries<TrancheRates> = {
  id: "contributions.employee.ceg",
  label: { fr: "Contribution d'équilibre général (CEG), part salariale (T1 / T2)", en: "General balance contribution (CEG), employee share (T1 / T2)" },
  unit: "% / PSS",
  entries: [{ since: "2019-01-01", value: { tranche1: 0.86, tranche2: 1.08, upToCeilings: 8 }, legalBasis: AGIRC_ARRCO_BASIS, note: AGIRC_ARRCO_NOTE }],
};

/** Rate of a contribution due only above a threshold, on the pay up to a number of PSS. */
export interface ThresholdRate {
  /** Percent. */
  readonly rate: number;
  /** Due only when the pay is above this many PSS. */
  readonly aboveCeilings: number;
  /** Base bounded at this many PSS. */
  readonly upToCeilings: number;
}

/**
 * Employee technical balance contribution (CET): due when the pay is above 1 PSS, on the pay up to
 * 8 PSS, %.
 *
 * @example
 * technicalBalanceEmployeeRate.entries[0].value; //=> { rate: 0.14, aboveCeilings: 1, upToCeilings: 8 }
 */
export const technicalBalanceEmployeeRate: DatedSeries<ThresholdRate> = {
  id: "contributions.employee.cet",
  label: { fr: "Contribution d'équilibre technique (CET), part salariale", en: "Technical balance contribution (CET), employee share" },
  unit: "% / PSS",
  entries: [{ since: "2019-01-01", value: { rate: 0.14, aboveCeilings: 1, upToCeilings: 8 }, legalBasis: AGIRC_ARRCO_BASIS, note: AGIRC_ARRCO_NOTE }],
};

/**
 * Employee health contribution of the local regime of Alsace-Moselle, on the whole pay, %.
 *
 * @example
 * alsaceMoselleHealthEmployeeRate.entries.at(-1)?.value; //=> 1.3
 */
export const alsaceMoselleHealthEmployeeRate: DatedSeries<number> = {
  id: "contributions.employee.alsace-moselle-health",
  label: { fr: "Maladie, régime local d'Alsace-Moselle, part salariale", en: "Health, local regime of Alsace-Moselle, employee share" },
  unit: "%",
  entries: [
    {
      since: "2019-01-01",
      value: 1.5,
      legalBasis: ["CSS art. L325-1"],
      note: "UNCONFIRMED : valeur de modele-social 11.1.0 (« date < 04/2022 → 1.5 % »), absente de law-money.md, qui ne donne que 1,30 % depuis 04/2022.",
    },
    { since: "2022-04-01", value: 1.3, legalBasis: ["CSS art. L325-1"], note: "Taux fixé par le régime local ; law-money.md §2.3 (modele-social 11.1.0)." },
  ],
};

/**
 * Employee IRCANTEC contribution (public employers' non-tenured staff, apprentices included),
 * tranche A (up to 1 PSS) and tranche B (1 to 8 PSS), %.
 *
 * @example
 * ircantecEmployeeRates.entries[0].value; //=> { tranche1: 2.8, tranche2: 6.95, upToCeilings: 8 }
 */
export const ircantecEmployeeRates: DatedSeries<TrancheRates> = {
  id: "contributions.employee.ircantec",
  label: { fr: "IRCANTEC, part salariale (tranche A / tranche B)", en: "IRCANTEC, employee share (tranche A / tranche B)" },
  unit: "% / PSS",
  entries: [
    {
      since: "2017-01-01",
      value: { tranche1: 2.8, tranche2: 6.95, upToCeilings: 8 },
      legalBasis: ["Décret n° 70-1277 du 23 décembre 1970 (IRCANTEC)"],
      note: "Taux de law-money.md §2.4 (OpenFisca-France ircantec.yaml, valable au 2025-08-22). Affiliation des apprentis du secteur public à l'IRCANTEC : UNCONFIRMED (law-money.md §5, point 7).",
    },
  ],
};
