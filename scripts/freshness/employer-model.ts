/**
 * The employer side of URSSAF's model (`modele-social`) as law-money.md §4.3 and appendix A describe
 * it: a situation in the library's words turned into the model's, and the hiring aid
 * `salarié . coût total employeur . aides . embauche . apprentissage` and the participation
 * `salarié . régimes spécifiques . apprentissage . participation employeur` read back. Shared by the
 * freshness check (newest release, scripts/freshness/comparisons.ts) and the cross-check test
 * (pinned release, test/employer/modele-social.test.ts).
 *
 * The model takes the hiring date as both the conclusion and the start of the contract, a company's
 * « ratio alternants » instead of the commitment of the décret (a ratio of 5 % or more counts as the
 * commitment), four diploma classes (« niveau 4 ou moins », « niveau 5 », « niveau 6 ou 7 »,
 * « niveau 8 »), and nothing for overseas territories or public employers.
 */
import type { ModelEngine } from "./model.js";

/** Diploma levels of the library (3 to 8). */
export type Level = 3 | 4 | 5 | 6 | 7 | 8;

/** One situation, in the library's words. */
export interface ModeleSocialAidSituation {
  /** Hiring date `YYYY-MM-DD` (the model's « date d'embauche »; also its evaluation date). */
  hiringDate: string;
  /** Employees of the company. */
  companyHeadcount: number;
  /** Companies of 250 or more: the commitment, given to the model as a ratio of alternants of 6 % (true) or 2 % (false). */
  largeCompanyCommitment: boolean;
  /** Level of the diploma prepared. */
  diplomaLevel: Level;
  /** The apprentice is recognised as a disabled worker. */
  disabledWorker: boolean;
}

/** What the model answers, in euros per contract (its unit is « €/an »; an inapplicable rule counts as 0). */
export interface ModeleSocialEmployerSide {
  /** Hiring aid for the first year. */
  aid: number;
  /** Employer's participation. */
  participation: number;
}

/**
 * The model's diploma class for a level.
 *
 * @param level - 3 to 8
 * @returns the value of `salarié . contrat . apprentissage . diplôme`, quoted for publicodes
 */
export function modeleSocialDiploma(level: Level): string {
  if (level <= 4) return "'niveau 4 ou moins'";
  if (level === 5) return "'niveau 5'";
  return level === 8 ? "'niveau 8'" : "'niveau 6 ou 7'";
}

const frenchDate = (iso: string) => `'${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}'`;

/**
 * Evaluates the aid and the participation for one situation.
 *
 * @param engine - from {@link createModeleSocialEngine}
 * @param situation - hiring date, headcount, commitment, level, disability
 * @returns the aid and the participation, euros (0 where the model's rule does not apply)
 */
export function modeleSocialEmployerSide(engine: ModelEngine, situation: ModeleSocialAidSituation): ModeleSocialEmployerSide {
  engine.setSituation({
    date: frenchDate(situation.hiringDate),
    "salarié . contrat": "'apprentissage'",
    "salarié . contrat . date d'embauche": frenchDate(situation.hiringDate),
    "entreprise . salariés . effectif": String(situation.companyHeadcount),
    "entreprise . salariés . ratio alternants": situation.largeCompanyCommitment ? "6%" : "2%",
    "salarié . contrat . apprentissage . diplôme": modeleSocialDiploma(situation.diplomaLevel),
    "salarié . régimes spécifiques . apprentissage . handicap": situation.disabledWorker ? "oui" : "non",
  });
  const value = (rule: string): number => {
    const node = engine.evaluate(rule).nodeValue;
    return typeof node === "number" ? node : 0;
  };
  return {
    aid: value("salarié . coût total employeur . aides . embauche . apprentissage"),
    participation: value("salarié . régimes spécifiques . apprentissage . participation employeur"),
  };
}
