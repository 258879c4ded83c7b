/**
 * The French words of every enumerated value, one table shared by the spreadsheet functions and the
 * command line (issue 19): each choice pairs the library's value (English, also accepted) with its
 * French word and other accepted spellings. Matching ignores case, accents, spaces and underscores
 * ({@link normalizeWord}), so `Privé`, `PRIVE` and `prive` are one word. No Node API: the spreadsheet
 * bundle (Apps Script) reads this file too.
 */
import { nearestWord } from "./suggest.js";

/**
 * Normalizes a word for matching: no accents, lower case, spaces and underscores as hyphens.
 *
 * @param text - what the user typed
 * @returns the normalized word
 * @example
 * normalizeWord(" Collectivité_Territoriale "); //=> "collectivite-territoriale"
 */
export function normalizeWord(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}

/**
 * One accepted value of an enumerated parameter: the library's value (English), the French word shown
 * to users, and other accepted spellings.
 *
 * @example
 * const choice: Choice<"private"> = { value: "private", fr: "prive", aliases: ["entreprise"] };
 */
export interface Choice<Value extends string = string> {
  /** The library's value, also accepted as typed (English). */
  readonly value: Value;
  /** The French word, the one documented first. */
  readonly fr: string;
  /** Other accepted spellings. */
  readonly aliases?: readonly string[];
}

/**
 * Contract types: `apprentissage` (or `capp`), `professionnalisation` (or `cpro`), `stage-alternance`
 * (English: `apprenticeship`, `professionalisation`, `work-study-internship`).
 *
 * @example
 * contractTypeChoices.map((choice) => choice.fr); //=> ["apprentissage", "professionnalisation", "stage-alternance"]
 */
export const contractTypeChoices = [
  { value: "apprenticeship", fr: "apprentissage", aliases: ["capp", "contrat-d-apprentissage"] },
  { value: "professionalisation", fr: "professionnalisation", aliases: ["cpro", "contrat-de-professionnalisation"] },
  { value: "work-study-internship", fr: "stage-alternance", aliases: ["stage-en-alternance", "cstagealt"] },
] as const satisfies readonly Choice[];

/**
 * The two contract types with training-hour rules: `apprentissage`, `professionnalisation`.
 *
 * @example
 * trainingContractChoices.length; //=> 2
 */
export const trainingContractChoices = [contractTypeChoices[0], contractTypeChoices[1]] as const satisfies readonly Choice[];

/**
 * Qualification levels of a professionalisation contract (D6325-15): `bac-pro-ou-plus`, `inferieur-bac-pro`
 * (English: `bac-pro-or-higher`, `below-bac-pro`).
 *
 * @example
 * qualificationChoices[0].fr; //=> "bac-pro-ou-plus"
 */
export const qualificationChoices = [
  { value: "bac-pro-or-higher", fr: "bac-pro-ou-plus" },
  { value: "below-bac-pro", fr: "inferieur-bac-pro", aliases: ["inferieur-au-bac-pro"] },
] as const satisfies readonly Choice[];

/**
 * Employer kinds of a professionalisation contract: `prive`, `interim`, `epic`, `etat`, `collectivite`,
 * `epa`, `particulier` (English: the library's values, e.g. `temporary-work-agency`).
 *
 * @example
 * employerChoices.find((choice) => choice.fr === "epa")?.value; //=> "public-administrative"
 */
export const employerChoices = [
  { value: "private", fr: "prive", aliases: ["entreprise"] },
  { value: "temporary-work-agency", fr: "interim", aliases: ["entreprise-de-travail-temporaire", "ett"] },
  { value: "public-industrial-commercial", fr: "epic" },
  { value: "state", fr: "etat" },
  { value: "local-authority", fr: "collectivite", aliases: ["collectivite-territoriale"] },
  { value: "public-administrative", fr: "epa" },
  { value: "private-individual", fr: "particulier", aliases: ["particulier-employeur"] },
] as const satisfies readonly Choice[];

/**
 * Employer kinds for the hiring aid and the training participation: `prive` (the default) and `public`
 * (non-industrial, non-commercial public sector; English: `private`, `public`).
 *
 * @example
 * aidEmployerChoices[1].value; //=> "public"
 */
export const aidEmployerChoices = [
  { value: "private", fr: "prive", aliases: ["entreprise", "epic"] },
  { value: "public", fr: "public", aliases: ["employeur-public", "secteur-public"] },
] as const satisfies readonly Choice[];

/**
 * Exceptions to the apprenticeship age limit (L6222-2, L6222-11): `diplome-superieur`, `contrat-rompu`,
 * `travailleur-handicape` (or `rqth`), `creation-reprise-entreprise`, `sportif-haut-niveau`,
 * `echec-examen` (English: the library's values, e.g. `higher-diploma`).
 *
 * @example
 * apprenticeshipExceptionChoices[2].value; //=> "disabled-worker"
 */
export const apprenticeshipExceptionChoices = [
  { value: "higher-diploma", fr: "diplome-superieur" },
  { value: "previous-contract-broken", fr: "contrat-rompu" },
  { value: "disabled-worker", fr: "travailleur-handicape", aliases: ["rqth"] },
  { value: "business-project", fr: "creation-reprise-entreprise" },
  { value: "high-level-athlete", fr: "sportif-haut-niveau" },
  { value: "exam-failure-extension", fr: "echec-examen" },
] as const satisfies readonly Choice[];

/**
 * The employer of a net-pay computation: `prive` (the default) or `public` (IRCANTEC)
 * (English: `private`, `public`).
 *
 * @example
 * netPayEmployerChoices[1].value; //=> "public"
 */
export const netPayEmployerChoices = [
  { value: "private", fr: "prive", aliases: ["entreprise"] },
  { value: "public", fr: "public", aliases: ["employeur-public"] },
] as const satisfies readonly Choice[];

/**
 * Date-policy presets: `legale` (the law, the default) and `miage-aix-marseille`
 * (English: `legal`, `miageAixMarseille`).
 *
 * @example
 * policyChoices[1].value; //=> "miageAixMarseille"
 */
export const policyChoices = [
  { value: "legal", fr: "legale", aliases: ["loi"] },
  { value: "miageAixMarseille", fr: "miage-aix-marseille", aliases: ["miage"] },
] as const satisfies readonly Choice[];

/**
 * French label of each pay age band, for the schedule's `tranche` column.
 *
 * @example
 * ageBandLabel["26-plus"]; //=> "26 ans et plus"
 */
export const ageBandLabel: Readonly<Record<string, string>> = {
  "under-18": "moins de 18 ans",
  "18-20": "18-20 ans",
  "21-25": "21-25 ans",
  "26-plus": "26 ans et plus",
};

/**
 * Minimum social benefits of a professionalisation beneficiary (L6325-1): `rsa`, `ass`, `aah`,
 * `ancien-cui` (English: `former-cui`).
 *
 * @example
 * benefitChoices[3].value; //=> "former-cui"
 */
export const benefitChoices = [
  { value: "rsa", fr: "rsa" },
  { value: "ass", fr: "ass" },
  { value: "aah", fr: "aah" },
  { value: "former-cui", fr: "ancien-cui", aliases: ["cui"] },
] as const satisfies readonly Choice[];

/**
 * Situations allowing a longer contract: `travailleur-handicape` (or `rqth`), `sportif-haut-niveau`,
 * `accord-branche-24`, `public-prioritaire-36` (English: the library's values, e.g. `disabled-worker`).
 *
 * @example
 * extendedDurationChoices[0].value; //=> "disabled-worker"
 */
export const extendedDurationChoices = [
  { value: "disabled-worker", fr: "travailleur-handicape", aliases: ["rqth"] },
  { value: "high-level-athlete", fr: "sportif-haut-niveau" },
  { value: "branch-agreement-24", fr: "accord-branche-24" },
  { value: "priority-public-36", fr: "public-prioritaire-36" },
] as const satisfies readonly Choice[];

/**
 * Where the SMIC applies: `metropole` (with the overseas departments but Mayotte) or `mayotte`.
 *
 * @example
 * territoryChoices[1].value; //=> "mayotte"
 */
export const territoryChoices = [
  { value: "metropole", fr: "metropole", aliases: ["france", "hexagone"] },
  { value: "mayotte", fr: "mayotte" },
] as const satisfies readonly Choice[];

/**
 * Who takes an exam leave: `apprenti` or `etudiant-salarie` (English: `apprentice`, `student-employee`).
 *
 * @example
 * examLeaveStatusChoices[1].value; //=> "student-employee"
 */
export const examLeaveStatusChoices = [
  { value: "apprentice", fr: "apprenti" },
  { value: "student-employee", fr: "etudiant-salarie", aliases: ["etudiant"] },
] as const satisfies readonly Choice[];

/**
 * The host of an internship: `prive` or `public` (English: `private`, `public`).
 *
 * @example
 * internshipHostChoices[0].fr; //=> "prive"
 */
export const internshipHostChoices = [
  { value: "private", fr: "prive", aliases: ["entreprise"] },
  { value: "public", fr: "public", aliases: ["administration"] },
] as const satisfies readonly Choice[];

/**
 * A minor's working-time derogation: `chantier` (R3162-1) or `inspecteur-du-travail` (L3162-1)
 * (English: `site-activity`, `labour-inspector`).
 *
 * @example
 * workingTimeDerogationChoices[0].value; //=> "site-activity"
 */
export const workingTimeDerogationChoices = [
  { value: "site-activity", fr: "chantier", aliases: ["activite-chantier"] },
  { value: "labour-inspector", fr: "inspecteur-du-travail", aliases: ["inspection-du-travail"] },
] as const satisfies readonly Choice[];

/**
 * Working days counted: `ouvrables` (Monday to Saturday) or `ouvres` (the company's working days);
 * the library's values are the French words.
 *
 * @example
 * workingDayKindChoices[1].value; //=> "ouvres"
 */
export const workingDayKindChoices = [
  { value: "ouvrables", fr: "ouvrables", aliases: ["jours-ouvrables"] },
  { value: "ouvres", fr: "ouvres", aliases: ["jours-ouvres"] },
] as const satisfies readonly Choice[];

/**
 * Days of the week: `lundi` (or `lun`) … `dimanche` (English: `mon` … `sun`).
 *
 * @example
 * weekdayChoices[0].value; //=> "mon"
 */
export const weekdayChoices = [
  { value: "mon", fr: "lundi", aliases: ["lun", "monday"] },
  { value: "tue", fr: "mardi", aliases: ["mar", "tuesday"] },
  { value: "wed", fr: "mercredi", aliases: ["mer", "wednesday"] },
  { value: "thu", fr: "jeudi", aliases: ["jeu", "thursday"] },
  { value: "fri", fr: "vendredi", aliases: ["ven", "friday"] },
  { value: "sat", fr: "samedi", aliases: ["sam", "saturday"] },
  { value: "sun", fr: "dimanche", aliases: ["dim", "sunday"] },
] as const satisfies readonly Choice[];

/**
 * The choice a word names, in French or English (case, accents, spaces and underscores ignored).
 *
 * @param word - what the user typed
 * @param choices - the accepted values
 * @returns the library's value, or `undefined` when no choice has that word
 * @example
 * findChoice("Privé", aidEmployerChoices); //=> "private"
 * findChoice("RQTH", apprenticeshipExceptionChoices); //=> "disabled-worker"
 */
export function findChoice<Value extends string>(word: string, choices: readonly Choice<Value>[]): Value | undefined {
  const wanted = normalizeWord(word);
  return choices.find((choice) => choiceWords(choice).some((name) => normalizeWord(name) === wanted))?.value;
}

/** Every word of a choice: the library's value, the French word, the aliases. */
function choiceWords(choice: Choice): string[] {
  return [choice.value, choice.fr, ...(choice.aliases ?? [])];
}

/**
 * The message for a word that names no choice: the French words, the English values (when they
 * differ), and the nearest word when one is close (« vouliez-vous dire … »).
 *
 * @param shown - the word as typed (already cut for display)
 * @param choices - the accepted values
 * @param locale - language of the message
 * @returns e.g. `valeur inconnue « publik » ; valeurs admises : prive, public (ou en anglais : private, public) ; vouliez-vous dire « public » ?`
 * @example
 * unknownChoiceText("prvé", aidEmployerChoices, "en"); //=> "unknown value \"prvé\"; allowed values: private, public (in French: prive, public); did you mean \"prive\"?"
 */
export function unknownChoiceText(shown: string, choices: readonly Choice[], locale: "fr" | "en"): string {
  const near = nearestWord(normalizeWord(shown), choices.flatMap((choice) => [choice.fr, choice.value]));
  const french = choices.map((choice) => choice.fr).join(", ");
  const english = choices.map((choice) => choice.value).join(", ");
  const same = french === english;
  return locale === "fr"
    ? `valeur inconnue « ${shown} » ; valeurs admises : ${french}${same ? "" : ` (ou en anglais : ${english})`}${near === undefined ? "" : ` ; vouliez-vous dire « ${near} » ?`}`
    : `unknown value "${shown}"; allowed values: ${english}${same ? "" : ` (in French: ${french})`}${near === undefined ? "" : `; did you mean "${near}"?`}`;
}
