/**
 * SMIC (salaire minimum interprofessionnel de croissance), hourly gross, docs/parameters.md. Data only.
 * The monthly amount is derived (hourly × 35 × 52 / 12, rounded to the cent) where it is used.
 */
import type { DatedSeries } from "../core/dated.js";

/**
 * Hourly gross SMIC, metropolitan France and the DROM other than Mayotte, since 2019-01-01.
 *
 * @example
 * smicHourlyMetropole.entries.at(-1); //=> { since: "2026-06-01", value: 12.31, … }
 */
export const smicHourlyMetropole: DatedSeries<number> = {
  id: "smic.hourly.metropole",
  label: { fr: "SMIC horaire brut (métropole, DROM hors Mayotte)", en: "Hourly gross SMIC (metropolitan France, overseas except Mayotte)" },
  unit: "€/h",
  entries: [
    { since: "2019-01-01", value: 10.03, legalBasis: ["Décret n° 2018-1173 du 19 décembre 2018"] },
    { since: "2020-01-01", value: 10.15, legalBasis: ["Décret n° 2019-1387 du 18 décembre 2019"] },
    { since: "2021-01-01", value: 10.25, legalBasis: ["Décret n° 2020-1598 du 16 décembre 2020"] },
    { since: "2021-10-01", value: 10.48, legalBasis: ["Arrêté du 27 septembre 2021 (revalorisation automatique)"] },
    { since: "2022-01-01", value: 10.57, legalBasis: ["Décret n° 2021-1741 du 22 décembre 2021"] },
    { since: "2022-05-01", value: 10.85, legalBasis: ["Arrêté du 19 mai 2022 (revalorisation automatique)"] },
    { since: "2022-08-01", value: 11.07, legalBasis: ["Arrêté du 29 juillet 2022 (revalorisation automatique)"] },
    { since: "2023-01-01", value: 11.27, legalBasis: ["Décret n° 2022-1608 du 22 décembre 2022"] },
    { since: "2023-05-01", value: 11.52, legalBasis: ["Arrêté du 26 avril 2023 (revalorisation automatique)"] },
    { since: "2024-01-01", value: 11.65, legalBasis: ["Décret n° 2023-1216 du 20 décembre 2023"] },
    {
      since: "2024-11-01",
      value: 11.88,
      legalBasis: ["Décret n° 2024-951 du 23 octobre 2024"],
      note: "Anticipe la revalorisation de 2025 : pas de changement au 1er janvier 2025.",
    },
    { since: "2026-01-01", value: 12.02, legalBasis: ["Décret n° 2025-1228 du 17 décembre 2025"] },
    {
      since: "2026-06-01",
      value: 12.31,
      legalBasis: ["Arrêté du 22 mai 2026 relatif au relèvement du salaire minimum de croissance (JORFTEXT000054126589, JO du 24 mai 2026)"],
      note: "Revalorisation automatique (+2,41 %, C. trav. art. L3231-5) ; texte identifié dans OpenFisca-France (law-money.md §1.3).",
    },
  ],
};

/**
 * Hourly gross SMIC in Mayotte, since 2021-01-01 (earlier values were not read, so Mayotte
 * dates before 2021 are out of scope).
 *
 * @example
 * smicHourlyMayotte.entries[0]; //=> { since: "2021-01-01", value: 7.74, … }
 */
export const smicHourlyMayotte: DatedSeries<number> = {
  id: "smic.hourly.mayotte",
  label: { fr: "SMIC horaire brut (Mayotte)", en: "Hourly gross SMIC (Mayotte)" },
  unit: "€/h",
  entries: [
    { since: "2021-01-01", value: 7.74, legalBasis: ["Décret n° 2020-1598 du 16 décembre 2020"] },
    { since: "2021-10-01", value: 7.91, legalBasis: ["Arrêté du 27 septembre 2021 (revalorisation automatique)"] },
    { since: "2022-01-01", value: 7.98, legalBasis: ["Décret n° 2021-1741 du 22 décembre 2021"] },
    { since: "2022-05-01", value: 8.19, legalBasis: ["Arrêté du 19 mai 2022 (revalorisation automatique)"] },
    { since: "2022-08-01", value: 8.35, legalBasis: ["Arrêté du 29 juillet 2022 (revalorisation automatique)"] },
    { since: "2023-01-01", value: 8.51, legalBasis: ["Décret n° 2022-1608 du 22 décembre 2022"] },
    { since: "2023-05-01", value: 8.7, legalBasis: ["Arrêté du 26 avril 2023 (revalorisation automatique)"] },
    { since: "2024-01-01", value: 8.8, legalBasis: ["Décret n° 2023-1216 du 20 décembre 2023"] },
    { since: "2024-11-01", value: 8.98, legalBasis: ["Décret n° 2024-951 du 23 octobre 2024"] },
    { since: "2026-01-01", value: 9.33, legalBasis: ["Décret n° 2025-1228 du 17 décembre 2025"] },
    {
      since: "2026-06-01",
      value: 9.56,
      legalBasis: ["Arrêté du 22 mai 2026 relatif au relèvement du salaire minimum de croissance (JORFTEXT000054126589, JO du 24 mai 2026)"],
      note: "Montant pour Mayotte : modele-social 11.1.0 et mon-entreprise#4527 ; même arrêté que la métropole (law-money.md §1.2).",
    },
  ],
};

/**
 * Legal weekly working time, hours (C. trav. art. L3121-27): the base of monthly amounts.
 *
 * @example
 * legalWeeklyHours.entries[0].value; //=> 35
 */
export const legalWeeklyHours: DatedSeries<number> = {
  id: "working-time.weekly",
  label: { fr: "Durée légale hebdomadaire du travail", en: "Legal weekly working time" },
  unit: "h",
  entries: [{ since: "2019-01-01", value: 35, legalBasis: ["C. trav. art. L3121-27"] }],
};

/**
 * Annual reference working time, hours (C. trav. art. L3121-41): the divisor of the hourly
 * social-security ceiling and the base of training-hour minimums.
 *
 * @example
 * annualReferenceHours.entries[0].value; //=> 1607
 */
export const annualReferenceHours: DatedSeries<number> = {
  id: "working-time.annual",
  label: { fr: "Durée annuelle de référence", en: "Annual reference working time" },
  unit: "h",
  entries: [{ since: "2015-01-01", value: 1607, legalBasis: ["C. trav. art. L3121-41", "CSS art. D242-19"] }],
};
