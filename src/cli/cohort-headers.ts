/**
 * The header of a cohort file: every column by its API field name or its French name, without regard
 * to case, accents, spaces, underscores, hyphens or dots (`Début contrat`, `debut_contrat`,
 * `contractStart` are one column). A column named twice (even once in French and once in English)
 * is an error naming both; an unknown column is ignored with a warning (« vouliez-vous dire … »).
 */
import type { Locale } from "../core/explain.js";
import { normalizeWord } from "../core/french-words.js";
import type { CohortColumn } from "./cohort-row.js";
import { nearestWord } from "../core/suggest.js";
import { quote } from "./usage.js";

/**
 * The French name of every column (first: the one documented and written in French CSV output), and
 * other accepted names.
 *
 * @example
 * FRENCH_HEADERS.contractStart[0]; //=> "debut_contrat"
 */
export const FRENCH_HEADERS: Readonly<Record<CohortColumn, readonly string[]>> = {
  id: ["id", "identifiant"],
  contract: ["type", "contrat", "type_contrat"],
  birthDate: ["naissance", "date_naissance"],
  contractStart: ["debut_contrat", "debut"],
  contractEnd: ["fin_contrat", "fin"],
  signatureDate: ["signature", "date_signature"],
  trainingStart: ["debut_formation"],
  trainingEnd: ["fin_formation"],
  trainingHours: ["heures_formation"],
  qualification: ["qualification", "niveau_qualification"],
  employer: ["employeur"],
  jobSeeker: ["demandeur_emploi"],
  benefits: ["minima_sociaux"],
  conventionalMinimumMonthly: ["smc", "salaire_minimum_conventionnel"],
  weeklyHours: ["heures_hebdo"],
  exceptions: ["derogations"],
  previousContractEnd: ["fin_contrat_precedent"],
  extendedDuration: ["duree_allongee"],
  territory: ["territoire"],
  policy: ["politique"],
  completedLowerSecondary: ["college_acheve"],
  legalRepresentative: ["representant_legal"],
  diplomaLevel: ["niveau_diplome"],
  companyHeadcount: ["effectif"],
  practicalTrainingStart: ["debut_formation_pratique"],
  creditedMonths: ["mois_credites"],
  dailyHours: ["heures_jour"],
  workingTimeDerogation: ["derogation_duree_travail"],
  agreedMonthlyPay: ["salaire_convenu"],
  "tutor.birthDate": ["tuteur.naissance", "tuteur_naissance"],
  "tutor.experienceYears": ["tuteur.experience", "tuteur_experience"],
  "tutor.diplomaLevel": ["tuteur.niveau_diplome", "tuteur_niveau_diplome"],
  "tutor.apprenticesSupervised": ["tuteur.apprentis_suivis", "tuteur_apprentis_suivis"],
  "tutor.isEmployer": ["tuteur.est_employeur", "tuteur_est_employeur"],
};

/** A header name as compared: {@link normalizeWord}, and dots, hyphens and underscores all alike. */
const headerKey = (name: string): string => normalizeWord(name).replace(/[._-]+/g, "");

/** Every accepted name (English and French) → its column. */
const BY_NAME: ReadonlyMap<string, CohortColumn> = new Map(
  (Object.entries(FRENCH_HEADERS) as Array<[CohortColumn, readonly string[]]>).flatMap(([column, names]) =>
    [column, ...names].map((name) => [headerKey(name), column] as const),
  ),
);

/**
 * The column a header cell names, in English or French.
 *
 * @param name - the header cell
 * @returns the column, or `null` for an unknown name
 * @example
 * columnOfHeader("Début contrat"); //=> "contractStart"
 * columnOfHeader("tuteur.naissance"); //=> "tutor.birthDate"
 */
export function columnOfHeader(name: string): CohortColumn | null {
  return BY_NAME.get(headerKey(name)) ?? null;
}

/** The header cannot be used: the message says why. */
export class HeaderError extends Error {}

/**
 * Reads the header line: the column of each cell, or `null` for an unknown one.
 *
 * @param cells - the header cells
 * @param locale - language of the messages
 * @param warn - receives the warning for unknown columns
 * @returns the columns, in the order of the cells
 * @throws HeaderError for a column named twice (both cells named) or a header without `contract` nor `birthDate`
 * @example
 * readHeader(["type", "naissance"], "fr", () => {}); //=> ["contract", "birthDate"]
 */
export function readHeader(cells: readonly string[], locale: Locale, warn: (text: string) => void): Array<CohortColumn | null> {
  const fr = locale === "fr";
  const columns = cells.map(columnOfHeader);
  const seen = new Map<CohortColumn, number>();
  columns.forEach((column, index) => {
    if (column === null) return;
    const first = seen.get(column);
    if (first !== undefined) {
      const [a, b] = [quote(cells[first]!.trim(), locale), quote(cells[index]!.trim(), locale)];
      throw new HeaderError(
        fr
          ? `colonne en double : ${a} (colonne ${first + 1}) et ${b} (colonne ${index + 1}) désignent toutes deux ${column} ; gardez-en une`
          : `duplicate column: ${a} (column ${first + 1}) and ${b} (column ${index + 1}) both name ${column}; keep one`,
      );
    }
    seen.set(column, index);
  });
  if (!columns.includes("contract") && !columns.includes("birthDate")) {
    throw new HeaderError(
      fr
        ? "en-tête manquant ou sans colonne connue (au moins type/contract et naissance/birthDate ; voir alternance lot --help)"
        : "missing header, or no known column (at least contract/type and birthDate/naissance; see alternance batch --help)",
    );
  }
  const names = [...BY_NAME.keys()];
  const suggestion = (name: string): string => {
    const near = nearestWord(headerKey(name), names);
    if (near === undefined) return "";
    return fr ? ` (vouliez-vous dire ${quote(displayName(near), locale)} ?)` : ` (did you mean ${quote(displayName(near), locale)}?)`;
  };
  const unknown = cells.filter((name, index) => columns[index] === null && name.trim() !== "").map((name) => `${quote(name.trim(), locale)}${suggestion(name)}`);
  if (unknown.length > 0) warn(fr ? `colonnes inconnues ignorées : ${unknown.join(", ")}` : `unknown columns ignored: ${unknown.join(", ")}`);
  return columns;
}

/** The documented name of a header key (its French name in French, the API name in English). */
function displayName(key: string): string {
  const column = BY_NAME.get(key)!;
  const names = [column, ...FRENCH_HEADERS[column]];
  return names.find((name) => headerKey(name) === key) ?? column;
}
