/**
 * The eligibility rules of apprenticeship (L6222-1, L6222-2, D6222-1) and of the professionalisation
 * contract (L6325-1, employer exclusions), each declared once: results, docs and tests read them here.
 */
import type { IsoDate } from "../core/dates.js";
import { defineRule, type RuleDeclaration } from "../core/explain.js";
import { employerLabel, type EmployerKind } from "./employers.js";
import { exceptionLabel, type ApprenticeshipException } from "./exceptions.js";

/**
 * How D6222-1's « trente-cinq ans au plus » is read: `"text"`, literally (35 allowed, until the day
 * before the 36th birthday), or `"service-public"` (34 « révolus », until the day before the 35th).
 *
 * @example
 * const reading: ExceptionAgeReading = "service-public";
 */
export type ExceptionAgeReading = "text" | "service-public";

const MINISTRY_APPRENTICESHIP = "Ministère du Travail, fiche « Le contrat d'apprentissage »";
const MINISTRY_PROFESSIONALISATION = "Ministère du Travail, fiche « Le contrat de professionnalisation »";

const yearsFr = (age: number) => `${age} an${age > 1 ? "s" : ""}`;
const yearsEn = (age: number) => `${age} year${age === 1 ? "" : "s"} old`;

// ---------------------------------------------------------------------------------------------
// Apprenticeship
// ---------------------------------------------------------------------------------------------

/** Ages of the apprentice at the start of the contract and at its conclusion (signature). */
export const apprenticeshipAgeAtStart = /* @__PURE__ */ defineRule<{
  birthDate: IsoDate;
  contractStart: IsoDate;
  ageAtStart: number;
  signatureDate: IsoDate;
  ageAtSignature: number;
}>({
  id: "apprenticeship.age.at-start",
  legalBasis: ["C. trav. art. L6222-1"],
  title: {
    fr: "L'âge s'apprécie au début de l'apprentissage (âge en années révolues)",
    en: "Age is assessed at the start of the apprenticeship (completed years)",
  },
  message: {
    fr: (v) =>
      `Âge au début de l'apprentissage (${v.contractStart}) : ${yearsFr(v.ageAtStart)}` +
      (v.signatureDate === v.contractStart ? "" : ` ; à la conclusion du contrat (${v.signatureDate}) : ${yearsFr(v.ageAtSignature)}`),
    en: (v) =>
      `Age at the start of the apprenticeship (${v.contractStart}): ${yearsEn(v.ageAtStart)}` +
      (v.signatureDate === v.contractStart ? "" : `; at the conclusion of the contract (${v.signatureDate}): ${yearsEn(v.ageAtSignature)}`),
  },
});

/** 16 at least at the start, 15 when lower secondary school (collège) is completed; no exception lowers it. */
export const apprenticeshipMinimumAge = /* @__PURE__ */ defineRule<{
  ageAtStart: number;
  minimumAge: number;
  completedLowerSecondary: boolean;
  minimumAgeAfterLowerSecondary: number;
  exceptionsClaimed: boolean;
  met: boolean;
}>({
  id: "apprenticeship.age.minimum",
  code: "AGE_BELOW_MINIMUM",
  legalBasis: ["C. trav. art. L6222-1"],
  title: {
    fr: "16 ans au moins au début de l'apprentissage, 15 ans si le premier cycle de l'enseignement secondaire est accompli",
    en: "At least 16 at the start of the apprenticeship, 15 after completing lower secondary school",
  },
  message: {
    fr: (v) =>
      v.met
        ? `Âge minimal : ${yearsFr(v.minimumAge)}${v.completedLowerSecondary ? " (premier cycle de l'enseignement secondaire accompli)" : ""} ; ${yearsFr(v.ageAtStart)} au début : condition remplie`
        : `${yearsFr(v.ageAtStart)} au début de l'apprentissage : il faut avoir au moins ${yearsFr(v.minimumAge)}` +
          (!v.completedLowerSecondary && v.ageAtStart >= v.minimumAgeAfterLowerSecondary
            ? ` (${yearsFr(v.minimumAgeAfterLowerSecondary)} suffisent si la scolarité du premier cycle de l'enseignement secondaire est accomplie)`
            : "") +
          (v.exceptionsClaimed ? " ; aucune dérogation n'abaisse l'âge minimal" : ""),
    en: (v) =>
      v.met
        ? `Minimum age: ${v.minimumAge}${v.completedLowerSecondary ? " (lower secondary school completed)" : ""}; ${yearsEn(v.ageAtStart)} at the start: met`
        : `${yearsEn(v.ageAtStart)} at the start of the apprenticeship: the minimum is ${v.minimumAge}` +
          (!v.completedLowerSecondary && v.ageAtStart >= v.minimumAgeAfterLowerSecondary
            ? ` (${v.minimumAgeAfterLowerSecondary} is enough after completing lower secondary school)`
            : "") +
          (v.exceptionsClaimed ? "; no exception lowers the minimum age" : ""),
  },
});

/** 29 « révolus » at most at the start (before the 30th birthday), unless an exception applies. */
export const apprenticeshipMaximumAge = /* @__PURE__ */ defineRule<{
  ageAtStart: number;
  maximumAge: number;
  exceptionsClaimed: boolean;
  exceptionApplies: boolean;
  met: boolean;
}>({
  id: "apprenticeship.age.maximum",
  code: "AGE_ABOVE_MAXIMUM",
  legalBasis: ["C. trav. art. L6222-1", "C. trav. art. L6222-2"],
  title: {
    fr: "29 ans révolus au plus au début de l'apprentissage (avant le 30e anniversaire), sauf dérogation",
    en: "At most 29 at the start of the apprenticeship (before the 30th birthday), unless an exception applies",
  },
  message: {
    fr: (v) =>
      v.met
        ? `Âge maximal : ${v.maximumAge} ans révolus ; ${yearsFr(v.ageAtStart)} au début : condition remplie`
        : `${yearsFr(v.ageAtStart)} au début de l'apprentissage : au-delà de ${v.maximumAge} ans révolus, ` +
          (v.exceptionApplies
            ? "une dérogation de L6222-2 est nécessaire"
            : v.exceptionsClaimed
              ? "aucune des dérogations invoquées (L6222-2) ne s'applique"
              : "seule une dérogation de L6222-2 permet le contrat"),
    en: (v) =>
      v.met
        ? `Maximum age: ${v.maximumAge}; ${yearsEn(v.ageAtStart)} at the start: met`
        : `${yearsEn(v.ageAtStart)} at the start of the apprenticeship: above ${v.maximumAge}, ` +
          (v.exceptionApplies
            ? "an exception of L6222-2 is needed"
            : v.exceptionsClaimed
              ? "and none of the claimed exceptions (L6222-2) applies"
              : "only an exception of L6222-2 allows the contract"),
  },
});

/** Values of the step that evaluates one claimed exception. */
export interface ExceptionStepValues extends Record<string, unknown> {
  exception: ApprenticeshipException;
  applicable: boolean;
  /** Highest age allowed at the conclusion of the contract; `null`: no limit. */
  maximumAge: number | null;
  ageAtSignature: number;
  signatureDate: IsoDate;
  /** Last day the new contract may be concluded (end of the previous contract + 12 months), if any. */
  latestSignature: IsoDate | null;
  reading: ExceptionAgeReading;
}

function exceptionMessage(locale: "fr" | "en") {
  return (v: ExceptionStepValues): string => {
    const label = exceptionLabel[v.exception][locale];
    if (locale === "fr") {
      const detail =
        v.maximumAge === null
          ? "pas de limite d'âge"
          : `${yearsFr(v.ageAtSignature)} à la conclusion (${v.signatureDate}), ${v.maximumAge} ans au plus` +
            (v.reading === "service-public" ? " (lecture service-public.fr)" : "") +
            `, contrat à conclure au plus tard le ${v.latestSignature ?? "?"}`;
      return `Dérogation « ${label} » : ${detail} : ${v.applicable ? "applicable" : "non applicable"}`;
    }
    const detail =
      v.maximumAge === null
        ? "no age limit"
        : `${yearsEn(v.ageAtSignature)} at the conclusion (${v.signatureDate}), at most ${v.maximumAge}` +
          (v.reading === "service-public" ? " (service-public.fr reading)" : "") +
          `, contract to be concluded by ${v.latestSignature ?? "?"}`;
    return `Exception "${label}": ${detail}: ${v.applicable ? "applies" : "does not apply"}`;
  };
}

function exceptionRule(exception: ApprenticeshipException, legalBasis: string[], title: { fr: string; en: string }) {
  return defineRule<ExceptionStepValues>({
    id: `apprenticeship.exception.${exception}`,
    legalBasis,
    title,
    message: { fr: exceptionMessage("fr"), en: exceptionMessage("en") },
  });
}

/** One rule per exception to the upper age limit (steps of the explanation). */
export const apprenticeshipExceptionRules: Readonly<Record<ApprenticeshipException, RuleDeclaration<ExceptionStepValues>>> = {
  "higher-diploma": /* @__PURE__ */ exceptionRule("higher-diploma", ["C. trav. art. L6222-2", "C. trav. art. D6222-1"], {
    fr: "Nouveau contrat pour un diplôme de niveau supérieur : 35 ans au plus à la conclusion (30 avant le 2020-04-01), conclu dans l'année qui suit la fin du précédent contrat",
    en: "New contract for a higher-level diploma: at most 35 at the conclusion (30 before 2020-04-01), concluded within one year of the end of the previous contract",
  }),
  "previous-contract-broken": /* @__PURE__ */ exceptionRule("previous-contract-broken", ["C. trav. art. L6222-2", "C. trav. art. D6222-1"], {
    fr: "Précédent contrat rompu pour des causes indépendantes de la volonté de l'apprenti : 35 ans au plus à la conclusion (30 avant le 2020-04-01), conclu dans l'année qui suit la fin du précédent contrat",
    en: "Previous contract broken for reasons beyond the apprentice's control: at most 35 at the conclusion (30 before 2020-04-01), concluded within one year of the end of the previous contract",
  }),
  "disabled-worker": /* @__PURE__ */ exceptionRule("disabled-worker", ["C. trav. art. L6222-2"], {
    fr: "Travailleur handicapé reconnu : pas de limite d'âge",
    en: "Recognised disabled worker: no age limit",
  }),
  "business-project": /* @__PURE__ */ exceptionRule("business-project", ["C. trav. art. L6222-2"], {
    fr: "Projet de création ou de reprise d'entreprise nécessitant le diplôme : pas de limite d'âge",
    en: "Business creation or takeover project needing the diploma: no age limit",
  }),
  "high-level-athlete": /* @__PURE__ */ exceptionRule("high-level-athlete", ["C. trav. art. L6222-2"], {
    fr: "Sportif de haut niveau : pas de limite d'âge",
    en: "High-level athlete: no age limit",
  }),
  "exam-failure-extension": /* @__PURE__ */ exceptionRule("exam-failure-extension", ["C. trav. art. L6222-11", "C. trav. art. D6222-1-2"], {
    fr: "Nouveau contrat prolongeant l'apprentissage après un échec à l'examen : l'âge ne fait pas obstacle",
    en: "New contract extending the apprenticeship after an exam failure: age is no obstacle",
  }),
};

/** Exceptions 1° and 2°: age at the conclusion of the contract above the cap. */
export const apprenticeshipExceptionAgeAboveCap = /* @__PURE__ */ defineRule<{
  exception: ApprenticeshipException;
  ageAtSignature: number;
  maximumAge: number;
  signatureDate: IsoDate;
  reading: ExceptionAgeReading;
}>({
  id: "apprenticeship.exception.maximum-age",
  code: "EXCEPTION_AGE_ABOVE_MAXIMUM",
  legalBasis: ["C. trav. art. L6222-2", "C. trav. art. D6222-1"],
  title: {
    fr: "Dérogations L6222-2 1° et 2° : 35 ans au plus à la conclusion du contrat (30 avant le 2020-04-01)",
    en: "Exceptions L6222-2 1° and 2°: at most 35 at the conclusion of the contract (30 before 2020-04-01)",
  },
  message: {
    fr: (v) =>
      `Dérogation « ${exceptionLabel[v.exception].fr} » : ${yearsFr(v.ageAtSignature)} à la conclusion du contrat (${v.signatureDate}), ` +
      `au-delà de ${v.maximumAge} ans au plus` +
      (v.reading === "service-public" ? " (lecture service-public.fr : 34 ans révolus)" : ""),
    en: (v) =>
      `Exception "${exceptionLabel[v.exception].en}": ${yearsEn(v.ageAtSignature)} at the conclusion of the contract (${v.signatureDate}), ` +
      `above the maximum of ${v.maximumAge}` +
      (v.reading === "service-public" ? " (service-public.fr reading: 34 completed years)" : ""),
  },
});

/** Exceptions 1° and 2°: the new contract must be concluded within one year of the previous one's end. */
export const apprenticeshipExceptionDelayExceeded = /* @__PURE__ */ defineRule<{
  exception: ApprenticeshipException;
  previousContractEnd: IsoDate;
  latestSignature: IsoDate;
  signatureDate: IsoDate;
  delayMonths: number;
}>({
  id: "apprenticeship.exception.delay",
  code: "EXCEPTION_DELAY_EXCEEDED",
  legalBasis: ["C. trav. art. D6222-1"],
  title: {
    fr: "Dérogations L6222-2 1° et 2° : contrat souscrit dans un délai maximum d'un an après l'expiration du précédent",
    en: "Exceptions L6222-2 1° and 2°: contract concluded at most one year after the previous contract expired",
  },
  message: {
    fr: (v) =>
      `Dérogation « ${exceptionLabel[v.exception].fr} » : contrat conclu le ${v.signatureDate}, plus de ${v.delayMonths} mois après la fin ` +
      `du précédent contrat (${v.previousContractEnd}) ; il devait l'être au plus tard le ${v.latestSignature}`,
    en: (v) =>
      `Exception "${exceptionLabel[v.exception].en}": contract concluded on ${v.signatureDate}, more than ${v.delayMonths} months after the end ` +
      `of the previous contract (${v.previousContractEnd}); the last day was ${v.latestSignature}`,
  },
});

/** Which exception was used: the most favourable applicable one (no limit, then the highest cap). */
export const apprenticeshipAppliedException = /* @__PURE__ */ defineRule<{
  appliedException: ApprenticeshipException | null;
  maximumAge: number | null;
  claimed: ApprenticeshipException[];
  needed: boolean;
}>({
  id: "apprenticeship.exception.applied",
  legalBasis: ["C. trav. art. L6222-2"],
  title: {
    fr: "Dérogation retenue : la plus favorable de celles qui s'appliquent",
    en: "Exception used: the most favourable of those that apply",
  },
  message: {
    fr: (v) =>
      !v.needed
        ? `Dérogation non nécessaire : l'âge est dans les limites générales (invoquées : ${v.claimed.join(", ")})`
        : v.appliedException === null
          ? `Aucune des dérogations invoquées ne s'applique (${v.claimed.join(", ") || "aucune invoquée"})`
          : `Dérogation retenue : « ${exceptionLabel[v.appliedException].fr} », ` +
            (v.maximumAge === null ? "sans limite d'âge" : `${v.maximumAge} ans au plus à la conclusion`) +
            (v.claimed.length > 1 ? ` (la plus favorable parmi : ${v.claimed.join(", ")})` : ""),
    en: (v) =>
      !v.needed
        ? `No exception needed: the age is within the general limits (claimed: ${v.claimed.join(", ")})`
        : v.appliedException === null
          ? `None of the claimed exceptions applies (${v.claimed.join(", ") || "none claimed"})`
          : `Exception used: "${exceptionLabel[v.appliedException].en}", ` +
            (v.maximumAge === null ? "no age limit" : `at most ${v.maximumAge} at the conclusion`) +
            (v.claimed.length > 1 ? ` (the most favourable of: ${v.claimed.join(", ")})` : ""),
  },
});

/** Warning: the age at the conclusion (Ministry reading) and at the start (text) give different answers. */
export const apprenticeshipAgeAtSignatureDiffers = /* @__PURE__ */ defineRule<{
  contractStart: IsoDate;
  ageAtStart: number;
  withinAtStart: boolean;
  signatureDate: IsoDate;
  ageAtSignature: number;
  withinAtSignature: boolean;
}>({
  id: "apprenticeship.age.signature-date",
  code: "AGE_DIFFERS_AT_SIGNATURE",
  legalBasis: ["C. trav. art. L6222-1", MINISTRY_APPRENTICESHIP],
  title: {
    fr: "L'âge à la conclusion du contrat et l'âge au début de l'apprentissage ne donnent pas la même réponse",
    en: "The age at the conclusion of the contract and at the start of the apprenticeship give different answers",
  },
  message: {
    fr: (v) =>
      `${yearsFr(v.ageAtSignature)} à la conclusion (${v.signatureDate}) : ${v.withinAtSignature ? "dans" : "hors de"} la tranche générale ; ` +
      `${yearsFr(v.ageAtStart)} au début (${v.contractStart}) : ${v.withinAtStart ? "dans" : "hors de"} la tranche. ` +
      "Le texte (L6222-1) retient le début de l'apprentissage ; la fiche du ministère du Travail parle de la date de conclusion : à vérifier auprès de l'OPCO",
    en: (v) =>
      `${yearsEn(v.ageAtSignature)} at the conclusion (${v.signatureDate}): ${v.withinAtSignature ? "within" : "outside"} the general window; ` +
      `${yearsEn(v.ageAtStart)} at the start (${v.contractStart}): ${v.withinAtStart ? "within" : "outside"} it. ` +
      "The text (L6222-1) uses the start of the apprenticeship; the Ministry of Labour's page speaks of the conclusion date: check with the OPCO",
  },
});

/** Warning: the exam-failure age waiver (D6222-1-2) was not yet in force when the contract was concluded. */
export const apprenticeshipExamFailureWaiverNotInForce = /* @__PURE__ */ defineRule<{ signatureDate: IsoDate; since: IsoDate }>({
  id: "apprenticeship.exception.exam-failure-before-text",
  code: "AGE_WAIVER_NOT_IN_FORCE",
  legalBasis: ["C. trav. art. D6222-1-2"],
  title: {
    fr: "Contrat conclu avant l'entrée en vigueur de D6222-1-2 (prolongation après échec sans limite d'âge)",
    en: "Contract concluded before D6222-1-2 (no age limit for the extension after an exam failure) came into force",
  },
  message: {
    fr: (v) =>
      `Contrat conclu le ${v.signatureDate}, avant le ${v.since} où D6222-1-2 est entré en vigueur : l'absence de limite d'âge est appliquée, sans texte vérifié pour cette date`,
    en: (v) =>
      `Contract concluded on ${v.signatureDate}, before D6222-1-2 came into force on ${v.since}: no age limit is applied, with no verified text for that date`,
  },
});

// ---------------------------------------------------------------------------------------------
// Professionalisation contract (CPRO)
// ---------------------------------------------------------------------------------------------

/** Age at the start of the CPRO (date not stated by L6325-1: UNCONFIRMED reading). */
export const professionalisationAgeAtStart = /* @__PURE__ */ defineRule<{ contractStart: IsoDate; ageAtStart: number }>({
  id: "professionalisation.age.at-start",
  legalBasis: ["C. trav. art. L6325-1"],
  title: {
    fr: "Âge au début du contrat (L6325-1 ne précise pas la date : lecture retenue, non confirmée)",
    en: "Age at the start of the contract (L6325-1 states no date: chosen reading, unconfirmed)",
  },
  message: {
    fr: (v) => `Âge au début du contrat (${v.contractStart}) : ${yearsFr(v.ageAtStart)} (L6325-1 ne précise pas la date retenue ; lecture non confirmée)`,
    en: (v) => `Age at the start of the contract (${v.contractStart}): ${yearsEn(v.ageAtStart)} (L6325-1 states no date; unconfirmed reading)`,
  },
});

/** Nobody under 16 can sign a CPRO. */
export const professionalisationMinimumAge = /* @__PURE__ */ defineRule<{ ageAtStart: number; minimumAge: number }>({
  id: "professionalisation.age.minimum",
  code: "AGE_BELOW_MINIMUM",
  legalBasis: ["C. trav. art. L6325-1", "C. trav. art. L4153-1"],
  title: { fr: "16 ans au moins au début du contrat", en: "At least 16 at the start of the contract" },
  message: {
    fr: (v) => `${yearsFr(v.ageAtStart)} au début du contrat : il faut avoir au moins ${yearsFr(v.minimumAge)}`,
    en: (v) => `${yearsEn(v.ageAtStart)} at the start of the contract: the minimum is ${v.minimumAge}`,
  },
});

/** Public 1°: 16 to 25 « révolus » (before the 26th birthday). */
export const professionalisationYoungPerson = /* @__PURE__ */ defineRule<{ ageAtStart: number; minimumAge: number; maximumAge: number; met: boolean }>({
  id: "professionalisation.public.young-person",
  legalBasis: ["C. trav. art. L6325-1"],
  title: { fr: "Public 1° : jeunes de 16 à 25 ans révolus", en: "Public 1°: young people aged 16 to 25" },
  message: {
    fr: (v) => `Jeune de ${v.minimumAge} à ${v.maximumAge} ans révolus (1°) : ${v.met ? "oui" : "non"} (${yearsFr(v.ageAtStart)})`,
    en: (v) => `Young person aged ${v.minimumAge} to ${v.maximumAge} (1°): ${v.met ? "yes" : "no"} (${yearsEn(v.ageAtStart)})`,
  },
});

/** Public 2°: job seekers aged 26 and over. */
export const professionalisationJobSeeker = /* @__PURE__ */ defineRule<{ ageAtStart: number; minimumAge: number; jobSeeker: boolean; met: boolean }>({
  id: "professionalisation.public.job-seeker",
  legalBasis: ["C. trav. art. L6325-1"],
  title: { fr: "Public 2° : demandeurs d'emploi de 26 ans et plus", en: "Public 2°: job seekers aged 26 and over" },
  message: {
    fr: (v) =>
      `Demandeur d'emploi de ${v.minimumAge} ans et plus (2°) : ${v.met ? "oui" : "non"} (${yearsFr(v.ageAtStart)}, ${v.jobSeeker ? "demandeur d'emploi" : "non déclaré demandeur d'emploi"})`,
    en: (v) =>
      `Job seeker aged ${v.minimumAge} or over (2°): ${v.met ? "yes" : "no"} (${yearsEn(v.ageAtStart)}, ${v.jobSeeker ? "job seeker" : "not stated as a job seeker"})`,
  },
});

/**
 * A benefit that makes a person part of public 3° of L6325-1: RSA, ASS, AAH, or a former CUI contract.
 *
 * @example
 * const benefit: Benefit = "former-cui";
 */
export type Benefit = "rsa" | "ass" | "aah" | "former-cui";

/**
 * Short names of the benefits of public 3°, in French and English.
 *
 * @example
 * benefitLabel["former-cui"].fr; //=> "ancien titulaire d'un CUI"
 */
export const benefitLabel: Readonly<Record<Benefit, { readonly fr: string; readonly en: string }>> = {
  rsa: { fr: "RSA", en: "RSA" },
  ass: { fr: "ASS", en: "ASS" },
  aah: { fr: "AAH", en: "AAH" },
  "former-cui": { fr: "ancien titulaire d'un CUI", en: "former CUI holder" },
};

/** Public 3°: RSA, ASS or AAH recipients and former CUI holders. */
export const professionalisationBenefitRecipient = /* @__PURE__ */ defineRule<{ benefits: Benefit[]; met: boolean }>({
  id: "professionalisation.public.benefit-recipient",
  legalBasis: ["C. trav. art. L6325-1"],
  title: {
    fr: "Public 3° : bénéficiaires du RSA, de l'ASS ou de l'AAH, anciens titulaires d'un CUI",
    en: "Public 3°: RSA, ASS or AAH recipients, former CUI holders",
  },
  message: {
    fr: (v) => `Bénéficiaire RSA / ASS / AAH ou ancien CUI (3°) : ${v.met ? `oui (${v.benefits.map((b) => benefitLabel[b].fr).join(", ")})` : "non"}`,
    en: (v) => `RSA / ASS / AAH recipient or former CUI holder (3°): ${v.met ? `yes (${v.benefits.map((b) => benefitLabel[b].en).join(", ")})` : "no"}`,
  },
});

/** No public of L6325-1 fits. */
export const professionalisationNoPublic = /* @__PURE__ */ defineRule<{ ageAtStart: number }>({
  id: "professionalisation.public.none",
  code: "NOT_IN_ELIGIBLE_PUBLIC",
  legalBasis: ["C. trav. art. L6325-1"],
  title: {
    fr: "Le bénéficiaire doit relever d'un des publics de L6325-1",
    en: "The beneficiary must belong to one of the publics of L6325-1",
  },
  message: {
    fr: (v) =>
      `${yearsFr(v.ageAtStart)} au début du contrat, ni demandeur d'emploi, ni bénéficiaire du RSA, de l'ASS, de l'AAH, ni ancien titulaire d'un CUI : ` +
      "hors des publics de L6325-1 (16 à 25 ans révolus ; demandeurs d'emploi de 26 ans et plus ; RSA, ASS, AAH, ancien CUI)",
    en: (v) =>
      `${yearsEn(v.ageAtStart)} at the start of the contract, neither a job seeker nor an RSA, ASS or AAH recipient or former CUI holder: ` +
      "outside the publics of L6325-1 (16 to 25; job seekers 26 and over; RSA, ASS, AAH, former CUI)",
  },
});

/** Private-law employers and EPIC may sign a CPRO. */
export const professionalisationEmployerAllowed = /* @__PURE__ */ defineRule<{ employer: EmployerKind }>({
  id: "professionalisation.employer.allowed",
  legalBasis: [MINISTRY_PROFESSIONALISATION],
  title: {
    fr: "Employeurs de droit privé assujettis au financement de la formation professionnelle continue, EPIC compris",
    en: "Private-law employers that fund continuing vocational training, EPIC included",
  },
  message: {
    fr: (v) => `Employeur : ${employerLabel[v.employer].fr} : peut conclure un contrat de professionnalisation`,
    en: (v) => `Employer: ${employerLabel[v.employer].en}: may conclude a professionalisation contract`,
  },
});

/** Temporary-work agencies may sign a CPRO (L6325-23). */
export const professionalisationTemporaryWorkAgency = /* @__PURE__ */ defineRule<{ employer: EmployerKind }>({
  id: "professionalisation.employer.temporary-work-agency",
  legalBasis: ["C. trav. art. L6325-23"],
  title: { fr: "Les entreprises de travail temporaire peuvent conclure un CPRO", en: "Temporary-work agencies may conclude a CPRO" },
  message: {
    fr: (v) => `Employeur : ${employerLabel[v.employer].fr} : peut conclure un contrat de professionnalisation`,
    en: (v) => `Employer: ${employerLabel[v.employer].en}: may conclude a professionalisation contract`,
  },
});

/** The State, local authorities and their EPA may not sign a CPRO (Ministry page; legal article UNCONFIRMED). */
export const professionalisationPublicEmployerExcluded = /* @__PURE__ */ defineRule<{ employer: EmployerKind }>({
  id: "professionalisation.employer.public-excluded",
  code: "EMPLOYER_NOT_ALLOWED",
  legalBasis: [MINISTRY_PROFESSIONALISATION],
  title: {
    fr: "L'État, les collectivités territoriales et leurs établissements publics administratifs ne peuvent pas conclure de CPRO",
    en: "The State, local authorities and their public administrative bodies may not conclude a CPRO",
  },
  message: {
    fr: (v) =>
      `Employeur : ${employerLabel[v.employer].fr} : l'État, les collectivités territoriales et leurs établissements publics à caractère administratif ne peuvent pas conclure de contrat de professionnalisation (l'apprentissage leur est ouvert, L6227-1)`,
    en: (v) =>
      `Employer: ${employerLabel[v.employer].en}: the State, local authorities and their public administrative bodies may not conclude a professionalisation contract (apprenticeship is open to them, L6227-1)`,
  },
});

/** Private individual employers may not sign a CPRO (service-public.fr; Ministry page). */
export const professionalisationPrivateIndividualExcluded = /* @__PURE__ */ defineRule<{ employer: EmployerKind }>({
  id: "professionalisation.employer.private-individual-excluded",
  code: "EMPLOYER_NOT_ALLOWED",
  legalBasis: [MINISTRY_PROFESSIONALISATION, "service-public.fr, fiche F15478"],
  title: { fr: "Les particuliers employeurs ne peuvent pas conclure de CPRO", en: "Private individual employers may not conclude a CPRO" },
  message: {
    fr: () => "Employeur : particulier employeur : ne peut pas conclure de contrat de professionnalisation (tout employeur privé sauf les particuliers employeurs)",
    en: () => "Employer: private individual: may not conclude a professionalisation contract (any private employer except private individuals)",
  },
});

/**
 * Every eligibility rule, for the generated rules reference (docs/rules.md).
 *
 * @example
 * eligibilityRules.map((rule) => rule.id).includes("apprenticeship.age.maximum"); //=> true
 */
export const eligibilityRules: readonly RuleDeclaration<never>[] = /* @__PURE__ */ Object.freeze([
  apprenticeshipAgeAtStart,
  apprenticeshipMinimumAge,
  apprenticeshipMaximumAge,
  ...Object.values(apprenticeshipExceptionRules),
  apprenticeshipExceptionAgeAboveCap,
  apprenticeshipExceptionDelayExceeded,
  apprenticeshipAppliedException,
  apprenticeshipAgeAtSignatureDiffers,
  apprenticeshipExamFailureWaiverNotInForce,
  professionalisationAgeAtStart,
  professionalisationMinimumAge,
  professionalisationYoungPerson,
  professionalisationJobSeeker,
  professionalisationBenefitRecipient,
  professionalisationNoPublic,
  professionalisationEmployerAllowed,
  professionalisationTemporaryWorkAgency,
  professionalisationPublicEmployerExcluded,
  professionalisationPrivateIndividualExcluded,
]);
