/**
 * The MIAGE d'Aix-Marseille work-study guide 2025/2026 as an arrangements preset (seed
 * `003_1b58e6cf34c82c9d.txt`: §2.1, Tableaux 2 to 4, Figure 2, §2.3). Data only.
 */
import { frozenPreset, type ArrangementsPreset } from "./preset.js";

const SOURCE = "Guide de l'alternance MIAGE Aix-Marseille 2025/2026, §2.1, §2.3, Tableaux 2 à 4, Figure 2";

const professionalisationAlreadyValidated = {
  fr: "si la professionnalisation est déjà validée",
  en: "if the professional experience is already validated",
};

/**
 * The MIAGE d'Aix-Marseille (Aix-Marseille Université) arrangements:
 * - statuses FI (formation initiale) and FC (formation continue);
 * - agreements CAPP (apprenticeship), CPRO (professionalisation), CSTAGEALT (work-study internship),
 *   CSTAGE (classic internship), SANS (none) — Tableaux 2 and 3;
 * - programmes L3I parcours MIAGE (590 h of training, 516 h of teaching, 1-year contract), M1 MIAGE
 *   (544 h / 463 h, 2-year contract covering M1 and M2), M2 MIAGE (512 h / 436 h, 1-year contract;
 *   work-study mandatory) with the arrangements of Tableau 4 (§2.3, Figure 2). L3 Gestion parcours MIAGE
 *   is left out: never in work-study, and the guide gives no hour volume for it;
 * - the advice of §2.1.2 and Figure 2: apprenticeship (FI-CAPP) when under 30 on the first day of the
 *   contract and the host signs apprenticeships; professionalisation (FC-CPRO) otherwise; a work-study
 *   internship (CSTAGEALT) when neither contract is possible (special case validated by the school);
 *   a classic internship (CSTAGE) for a year not done in work-study (L3I and M1 only).
 *
 * @example
 * miageAixMarseille.programmes.find((programme) => programme.id === "M1")?.trainingHours; //=> 544
 */
export const miageAixMarseille: ArrangementsPreset = frozenPreset({
  id: "miage-aix-marseille",
  name: { fr: "MIAGE d'Aix-Marseille (Aix-Marseille Université)", en: "MIAGE Aix-Marseille (Aix-Marseille University)" },
  source: SOURCE,
  statuses: [
    {
      code: "FI",
      label: {
        fr: "Formation initiale : études poursuivies sans interruption (ni contrat de travail ni chômage)",
        en: "Initial education: studies pursued without a break (no employment contract nor unemployment)",
      },
    },
    {
      code: "FC",
      label: {
        fr: "Formation continue : études reprises après une interruption (contrat de travail ou chômage), ou cas ne pouvant pas relever de l'apprentissage",
        en: "Continuing education: studies resumed after a break (employment or unemployment), or cases that cannot be apprenticeships",
      },
    },
  ],
  agreements: [
    { code: "CAPP", label: { fr: "Contrat d'apprentissage", en: "Apprenticeship contract" }, contract: "apprenticeship", workStudy: true },
    { code: "CPRO", label: { fr: "Contrat de professionnalisation", en: "Professionalisation contract" }, contract: "professionalisation", workStudy: true },
    {
      code: "CSTAGEALT",
      label: { fr: "Convention de stage en alternance", en: "Work-study internship agreement" },
      contract: "work-study-internship",
      workStudy: true,
    },
    { code: "CSTAGE", label: { fr: "Convention de stage « classique »", en: "Classic internship agreement" }, contract: "internship", workStudy: false },
    { code: "SANS", label: { fr: "Sans contrat ni convention", en: "No contract nor agreement" }, contract: null, workStudy: false },
  ],
  arrangements: [
    { code: "FI-CAPP", status: "FI", agreement: "CAPP", usage: "preferred" },
    { code: "FI-CSTAGEALT", status: "FI", agreement: "CSTAGEALT", usage: "exceptional" },
    { code: "FI-CSTAGE", status: "FI", agreement: "CSTAGE", usage: "possible" },
    { code: "FI-SANS", status: "FI", agreement: "SANS", usage: "exceptional", condition: professionalisationAlreadyValidated },
    { code: "FC-CPRO", status: "FC", agreement: "CPRO", usage: "possible" },
    { code: "FC-CSTAGEALT", status: "FC", agreement: "CSTAGEALT", usage: "exceptional" },
    { code: "FC-CSTAGE", status: "FC", agreement: "CSTAGE", usage: "exceptional" },
    { code: "FC-SANS", status: "FC", agreement: "SANS", usage: "exceptional", condition: professionalisationAlreadyValidated },
  ],
  programmes: [
    {
      id: "L3I",
      name: { fr: "L3 Informatique parcours MIAGE", en: "Bachelor's 3rd year in Computer Science, MIAGE track" },
      workStudy: "optional",
      trainingHours: 590,
      teachingHours: 516,
      contractMonths: 12,
      arrangements: ["FI-CAPP", "FI-CSTAGEALT", "FC-CPRO", "FC-CSTAGEALT", "FI-CSTAGE", "FC-CSTAGE", "FC-SANS"],
    },
    {
      id: "M1",
      name: { fr: "M1 MIAGE", en: "MIAGE Master's 1st year" },
      workStudy: "optional",
      trainingHours: 544,
      teachingHours: 463,
      contractMonths: 24,
      arrangements: ["FI-CAPP", "FI-CSTAGEALT", "FC-CPRO", "FC-CSTAGEALT", "FI-CSTAGE", "FC-CSTAGE", "FC-SANS"],
    },
    {
      id: "M2",
      name: { fr: "M2 MIAGE", en: "MIAGE Master's 2nd year" },
      workStudy: "mandatory",
      trainingHours: 512,
      teachingHours: 436,
      contractMonths: 12,
      arrangements: ["FI-CAPP", "FI-CSTAGEALT", "FC-CPRO", "FC-CSTAGEALT"],
    },
  ],
  advice: [
    {
      id: "apprenticeship",
      when: { workStudy: true, contractPossible: true, employerSignsApprenticeship: true, maximumAgeAtStart: 29 },
      arrangement: "FI-CAPP",
      alternatives: [],
      reason: {
        fr: "Moins de 30 ans au jour de démarrage du contrat et organisme d'accueil signant des contrats d'apprentissage : contrat d'apprentissage (de préférence)",
        en: "Under 30 on the first day of the contract and a host that signs apprenticeship contracts: apprenticeship (preferred)",
      },
    },
    {
      id: "professionalisation",
      when: { workStudy: true, contractPossible: true },
      arrangement: "FC-CPRO",
      alternatives: [],
      reason: {
        fr: "30 ans ou plus au jour de démarrage du contrat, ou organisme d'accueil ne signant pas de contrat d'apprentissage : contrat de professionnalisation",
        en: "30 or over on the first day of the contract, or a host that does not sign apprenticeship contracts: professionalisation contract",
      },
    },
    {
      id: "work-study-internship-fi",
      when: { workStudy: true, contractPossible: false, status: "FI" },
      arrangement: "FI-CSTAGEALT",
      alternatives: [],
      reason: {
        fr: "Ni contrat d'apprentissage ni contrat de professionnalisation possible (cas particulier validé par le responsable de l'alternance) : convention de stage en alternance",
        en: "Neither an apprenticeship nor a professionalisation contract is possible (special case approved by the work-study manager): work-study internship",
      },
    },
    {
      id: "work-study-internship-fc",
      when: { workStudy: true, contractPossible: false, status: "FC" },
      arrangement: "FC-CSTAGEALT",
      alternatives: [],
      reason: {
        fr: "Ni contrat d'apprentissage ni contrat de professionnalisation possible (cas particulier validé par le responsable de l'alternance) : convention de stage en alternance",
        en: "Neither an apprenticeship nor a professionalisation contract is possible (special case approved by the work-study manager): work-study internship",
      },
    },
    {
      id: "classic-fi",
      when: { workStudy: false, status: "FI" },
      arrangement: "FI-CSTAGE",
      alternatives: [],
      reason: {
        fr: "Année suivie « classiquement » (L3I ou M1 uniquement) : stage classique de fin d'année",
        en: "Year taken the classic way (L3I or M1 only): classic end-of-year internship",
      },
    },
    {
      id: "classic-fc",
      when: { workStudy: false, status: "FC" },
      arrangement: "FC-CSTAGE",
      alternatives: ["FC-SANS"],
      reason: {
        fr: "Année suivie « classiquement » (L3I ou M1 uniquement) : stage classique de fin d'année ou, exceptionnellement, aucune professionnalisation",
        en: "Year taken the classic way (L3I or M1 only): classic end-of-year internship or, exceptionally, none",
      },
    },
  ],
});
