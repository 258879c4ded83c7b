/**
 * The office page's form, declared once: every field with its French label and help, its kind, and
 * where it goes in the input of `checkApprenticeshipContract` / `checkProfessionalisationContract`
 * (API.md §11). The HTML of the form (page-html.ts, at build time), the reading of the form
 * (read-form.ts, in the browser) and the placing of each error next to its field all read this table.
 * No DOM and no library code here: the browser bundle of the page imports it.
 */

/** The two contracts the page checks. */
export type ContractKind = "apprenticeship" | "professionalisation";

/** Every contract kind, in the order of the form. */
export const CONTRACT_KINDS: readonly ContractKind[] = ["apprenticeship", "professionalisation"];

/** A text in French, the same for both contracts or one per contract. */
export type Wording = string | { readonly apprenticeship: string; readonly professionalisation: string };

/**
 * Lists of choices; their French labels are resolved at build time from the library's own labels
 * (page-html.ts), and the tests check that their values are the library's.
 */
export type OptionList =
  | "exceptions"
  | "benefits"
  | "employerKinds"
  | "sectors"
  | "diplomaLevels"
  | "qualifications"
  | "policies"
  | "derogations"
  | "extendedDurations"
  | "territories";

/**
 * The value of each list that is the default of the library: chosen at first, and left out of the
 * input when chosen (an empty value means « not given »). `legal` is left out so that the law's
 * rules need no training dates (a named policy requires them).
 *
 * @example
 * OPTION_DEFAULTS.policies; //=> "legal"
 */
export const OPTION_DEFAULTS: Readonly<Record<OptionList, string>> = {
  exceptions: "",
  benefits: "",
  employerKinds: "",
  sectors: "",
  diplomaLevels: "",
  qualifications: "",
  policies: "legal",
  derogations: "",
  extendedDurations: "",
  territories: "metropole",
};

/** Lists whose values are whole numbers in the input (the diploma levels 3 to 8). */
export const NUMERIC_OPTIONS: ReadonlySet<OptionList> = new Set<OptionList>(["diplomaLevels"]);

/**
 * How a field is typed and read:
 * - `date`: a day typed `JJ/MM/AAAA` (or `AAAA-MM-JJ`) or picked in a calendar, sent as `AAAA-MM-JJ`;
 * - `number`: a decimal number, comma or point, spaces allowed (`1 000,50`); `integer`: a whole number;
 * - `boolean`: a checkbox (its value `true`), sent as `true` when checked and left out otherwise;
 * - `choice`: one value of a list (an empty choice is left out); `choices`: checkboxes, several values.
 */
export type FieldKind = "date" | "number" | "integer" | "boolean" | "choice" | "choices";

/**
 * One field of the form.
 *
 * @example
 * const field: FieldSpec = { name: "contract.weeklyHours", kind: "number", label: "Durée hebdomadaire du travail", unit: "h", paths: { apprenticeship: "contract.weeklyHours", professionalisation: "contract.weeklyHours" } };
 */
export interface FieldSpec {
  /** Name of the form control (its `id` is {@link fieldId} of it). */
  readonly name: string;
  /** How it is typed and read. */
  readonly kind: FieldKind;
  /** Its label. */
  readonly label: Wording;
  /** A help text under it. */
  readonly help?: Wording;
  /** Unit shown after a number (`h`, `€`, `ans`). */
  readonly unit?: string;
  /** The list of a `choice` or `choices` field. */
  readonly options?: OptionList;
  /** The form cannot be checked without it (marked « obligatoire »; the library reports it missing). */
  readonly required?: boolean;
  /** Where the value goes in the input of each contract it belongs to (a dotted path); absent: not in that contract. */
  readonly paths: { readonly apprenticeship?: string; readonly professionalisation?: string };
}

/**
 * A group of fields under one heading (a `fieldset`).
 *
 * @example
 * const section: FieldSection = { id: "training", legend: "La formation", fields: [] };
 */
export interface FieldSection {
  /** `id` of the fieldset. */
  readonly id: string;
  /** Its heading. */
  readonly legend: Wording;
  /** A text under the heading. */
  readonly help?: Wording;
  /** Folded by default (`details`): the situations most contracts do not have. */
  readonly folded?: boolean;
  /** Its fields, in order. */
  readonly fields: readonly FieldSpec[];
}

const both = (path: string) => ({ apprenticeship: path, professionalisation: path });
const apprenticeshipOnly = (path: string) => ({ apprenticeship: path });
const professionalisationOnly = (path: string) => ({ professionalisation: path });

/** Name of the radio buttons that choose the contract. */
export const CONTRACT_KIND_FIELD = "contractKind";

/** Names of the repeated controls of the agreed pay table (one row per period). */
export const AGREED_PAY = { from: "contract.agreedMonthlyPay.from", amount: "contract.agreedMonthlyPay.amount", path: "contract.agreedMonthlyPay" } as const;

/**
 * The sections of the form and their fields. The agreed pay periods are a table of their own (the
 * rows of {@link AGREED_PAY}), between the contract's terms and the other situations.
 *
 * @example
 * FORM_SECTIONS.map((section) => section.id); //=> ["person", "employer", "tutor", "training", "contract", "pay", "other"]
 */
export const FORM_SECTIONS: readonly FieldSection[] = [
  {
    id: "person",
    legend: { apprenticeship: "L'apprenti ou l'apprentie", professionalisation: "Le ou la salariée en contrat de professionnalisation" },
    fields: [
      {
        name: "person.birthDate",
        kind: "date",
        label: "Date de naissance",
        required: true,
        paths: { apprenticeship: "apprentice.birthDate", professionalisation: "beneficiary.birthDate" },
      },
      {
        name: "person.legalRepresentative",
        kind: "boolean",
        label: "Un représentant légal signe aussi le contrat",
        help: "Obligatoire pour un mineur à la date de conclusion. Un mineur émancipé signe seul : cochez aussi cette case.",
        paths: { apprenticeship: "apprentice.legalRepresentative", professionalisation: "beneficiary.legalRepresentative" },
      },
      {
        name: "apprentice.completedLowerSecondary",
        kind: "boolean",
        label: "A terminé la scolarité du collège",
        help: "Permet de signer dès 15 ans.",
        paths: apprenticeshipOnly("apprentice.completedLowerSecondary"),
      },
      {
        name: "apprentice.exceptions",
        kind: "choices",
        options: "exceptions",
        label: "Dérogations à la limite d'âge",
        paths: apprenticeshipOnly("apprentice.exceptions"),
      },
      {
        name: "apprentice.previousContractEnd",
        kind: "date",
        label: "Fin du précédent contrat d'apprentissage",
        help: "Requise avec les deux premières dérogations.",
        paths: apprenticeshipOnly("apprentice.previousContractEnd"),
      },
      { name: "beneficiary.jobSeeker", kind: "boolean", label: "Inscrit comme demandeur d'emploi", paths: professionalisationOnly("beneficiary.jobSeeker") },
      { name: "beneficiary.benefits", kind: "choices", options: "benefits", label: "Bénéficiaire de", paths: professionalisationOnly("beneficiary.benefits") },
    ],
  },
  {
    id: "employer",
    legend: "L'employeur",
    fields: [
      { name: "employer.sector", kind: "choice", options: "sectors", label: "Secteur", paths: apprenticeshipOnly("employer.sector") },
      {
        name: "employer.kind",
        kind: "choice",
        options: "employerKinds",
        label: "Type d'employeur",
        required: true,
        help: "L'État, les collectivités, les établissements publics administratifs et les particuliers ne peuvent pas conclure de contrat de professionnalisation.",
        paths: professionalisationOnly("employer.kind"),
      },
      { name: "employer.headcount", kind: "integer", label: "Effectif", unit: "salariés", help: "Montré, non contrôlé ici.", paths: both("employer.headcount") },
    ],
  },
  {
    id: "tutor",
    legend: { apprenticeship: "Le maître d'apprentissage", professionalisation: "Le tuteur" },
    help: "Facultatif : laissez ces champs vides pour ne pas vérifier le tuteur.",
    fields: [
      { name: "tutor.birthDate", kind: "date", label: "Date de naissance", paths: both("tutor.birthDate") },
      {
        name: "tutor.experienceYears",
        kind: "number",
        label: "Années d'expérience professionnelle en rapport avec la qualification préparée",
        unit: "ans",
        help: "Stages et apprentissage non compris.",
        paths: both("tutor.experienceYears"),
      },
      {
        name: "tutor.diplomaLevel",
        kind: "choice",
        options: "diplomaLevels",
        label: "Niveau de son diplôme le plus élevé dans le même domaine",
        paths: apprenticeshipOnly("tutor.diplomaLevel"),
      },
      {
        name: "tutor.apprenticesSupervised",
        kind: "integer",
        label: { apprenticeship: "Apprentis encadrés en même temps, celui-ci compris", professionalisation: "Personnes encadrées en même temps, celle-ci comprise" },
        help: "1 par défaut.",
        paths: both("tutor.apprenticesSupervised"),
      },
      {
        name: "tutor.examFailureExtension",
        kind: "boolean",
        label: "L'un d'eux est un apprenti prolongé après un échec à l'examen",
        help: "Permet un apprenti de plus.",
        paths: apprenticeshipOnly("tutor.examFailureExtension"),
      },
      { name: "tutor.isEmployer", kind: "boolean", label: "L'employeur est lui-même le tuteur", paths: professionalisationOnly("tutor.isEmployer") },
    ],
  },
  {
    id: "training",
    legend: "La formation",
    fields: [
      {
        name: "training.qualification",
        kind: "choice",
        options: "qualifications",
        label: "Qualification déjà détenue",
        required: true,
        help: "Fixe le salaire minimum.",
        paths: professionalisationOnly("training.qualification"),
      },
      { name: "training.diplomaLevel", kind: "choice", options: "diplomaLevels", label: "Niveau du diplôme ou titre préparé", paths: both("training.diplomaLevel") },
      { name: "training.trainingStart", kind: "date", label: "Début de la formation", help: "Avec la fin : contrôle des dates du contrat.", paths: both("training.trainingStart") },
      { name: "training.trainingEnd", kind: "date", label: "Fin de la formation (fin des épreuves)", paths: both("training.trainingEnd") },
      { name: "training.trainingHours", kind: "number", label: "Heures de formation prévues", unit: "h", paths: both("training.trainingHours") },
      {
        name: "training.policy",
        kind: "choice",
        options: "policies",
        label: "Règles de dates",
        help: "Celles de la loi, ou celles plus strictes d'une école (avec les dates de formation).",
        paths: both("training.policy"),
      },
      {
        name: "training.extendedAbove25",
        kind: "boolean",
        label: "Un accord permet plus de 25 % de formation",
        paths: professionalisationOnly("training.extendedAbove25"),
      },
    ],
  },
  {
    id: "contract",
    legend: "Le contrat",
    fields: [
      { name: "contract.signatureDate", kind: "date", label: "Date de conclusion (signature)", help: "Par défaut, le début du contrat.", paths: both("contract.signatureDate") },
      { name: "contract.contractStart", kind: "date", label: "Début du contrat", required: true, paths: both("contract.contractStart") },
      { name: "contract.contractEnd", kind: "date", label: "Fin du contrat", required: true, paths: both("contract.contractEnd") },
      {
        name: "contract.practicalTrainingStart",
        kind: "date",
        label: "Début de la formation pratique chez l'employeur",
        paths: apprenticeshipOnly("contract.practicalTrainingStart"),
      },
      { name: "contract.weeklyHours", kind: "number", label: "Durée hebdomadaire du travail", unit: "h", help: "35 h par défaut.", paths: both("contract.weeklyHours") },
      {
        name: "contract.dailyHours",
        kind: "number",
        label: "Plus longue journée de travail",
        unit: "h",
        help: "Contrôlée pour un mineur.",
        paths: both("contract.dailyHours"),
      },
      { name: "contract.workingTimeDerogation", kind: "choice", options: "derogations", label: "Dérogation à la durée du travail d'un mineur", paths: both("contract.workingTimeDerogation") },
      { name: "contract.territory", kind: "choice", options: "territories", label: "SMIC applicable", paths: both("contract.territory") },
    ],
  },
  {
    id: "pay",
    legend: "La rémunération convenue",
    help: "Facultatif : le salaire brut mensuel inscrit au contrat, période par période (chaque période court jusqu'à la veille de la suivante). La première commence le jour du début du contrat.",
    fields: [
      {
        name: "contract.conventionalMinimumMonthly",
        kind: "number",
        label: "Salaire minimum de la convention collective, mensuel à temps plein",
        unit: "€",
        help: "S'il est plus favorable que le SMIC pour ce salarié.",
        paths: both("contract.conventionalMinimumMonthly"),
      },
    ],
  },
  {
    id: "other",
    legend: "Autres situations",
    folded: true,
    fields: [
      { name: "contract.extendedDuration", kind: "choice", options: "extendedDurations", label: "Durée maximale allongée", paths: both("contract.extendedDuration") },
      {
        name: "contract.creditedMonths",
        kind: "integer",
        label: "Mois du cycle de formation déjà accomplis (durée réduite)",
        unit: "mois",
        paths: apprenticeshipOnly("contract.creditedMonths"),
      },
      { name: "contract.licencePro", kind: "boolean", label: "Licence professionnelle (taux de 2e année)", paths: apprenticeshipOnly("contract.licencePro") },
      {
        name: "contract.sameLevelDiploma",
        kind: "boolean",
        label: "Diplôme de même niveau déjà obtenu, contrat d'un an au plus (+15 points)",
        paths: apprenticeshipOnly("contract.sameLevelDiploma"),
      },
      {
        name: "contract.previousContract.lastYearRatePercent",
        kind: "number",
        label: "Précédent contrat d'apprentissage : taux de sa dernière année",
        unit: "%",
        paths: apprenticeshipOnly("contract.previousContract.lastYearRatePercent"),
      },
      {
        name: "contract.previousContract.diplomaObtained",
        kind: "boolean",
        label: "Ce précédent contrat a conduit au diplôme",
        paths: apprenticeshipOnly("contract.previousContract.diplomaObtained"),
      },
    ],
  },
];

/**
 * Every field of the form, in order.
 *
 * @example
 * FORM_FIELDS[0]?.name; //=> "person.birthDate"
 */
export const FORM_FIELDS: readonly FieldSpec[] = FORM_SECTIONS.flatMap((section) => section.fields);

/**
 * The `id` of a form control from its name or an input path: letters and digits kept, every other run
 * of characters one hyphen (`contract.agreedMonthlyPay[0].amount` → `f-contract-agreedMonthlyPay-0-amount`).
 *
 * @param name - a field name or a dotted path
 * @returns the element id
 * @example
 * fieldId("person.birthDate"); //=> "f-person-birthDate"
 */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9]+/g, "-").replace(/-$/, "")}`;
}

/**
 * The id of an agreed pay row's control.
 *
 * @param row - the row, from 0
 * @param part - its date or its amount
 * @returns the element id
 * @example
 * agreedPayId(1, "amount"); //=> "f-contract-agreedMonthlyPay-1-amount"
 */
export function agreedPayId(row: number, part: "from" | "amount"): string {
  return fieldId(`${AGREED_PAY.path}[${row}].${part}`);
}

/**
 * The words of a {@link Wording} for a contract.
 *
 * @param wording - one text or one per contract
 * @param kind - the contract
 * @returns the text
 * @example
 * wordingFor({ apprenticeship: "Le maître d'apprentissage", professionalisation: "Le tuteur" }, "professionalisation"); //=> "Le tuteur"
 */
export function wordingFor(wording: Wording, kind: ContractKind): string {
  return typeof wording === "string" ? wording : wording[kind];
}
