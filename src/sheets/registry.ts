/**
 * Every spreadsheet function, described once: French name and help, parameters, result, and the
 * implementation over the public API. Google Sheets wrappers, Excel custom functions, their metadata,
 * the HyperFormula test plugin and docs/spreadsheets.md are all generated from or checked against
 * this list.
 */
import {
  apprenticeMinimumWage,
  apprenticePaySchedule,
  apprenticeshipHiringAid,
  checkApprenticeshipEligibility,
  checkProfessionalisationEligibility,
  contractWindows,
  dataVerifiedUntil,
  employerTrainingContribution,
  familyBenefitsIncomeCeiling,
  incomeTaxExemption,
  internshipGratification,
  internshipMinimumHourlyRate,
  netPay,
  professionalisationMinimumWage,
  smicAt,
  trainingHoursRequirement,
} from "../index.js";
import type { DiplomaLevel, TrialPeriodRupture } from "../index.js";
import {
  ageBandLabel,
  aidEmployerChoices,
  apprenticeshipExceptionChoices,
  contractTypeChoices,
  employerChoices,
  netPayEmployerChoices,
  policyChoices,
  qualificationChoices,
  trainingContractChoices,
} from "./adapters.js";
import { defineSheetFunction, type SheetFunction } from "./sheet-function.js";

const naissance = { name: "naissance", type: "date", help: "date de naissance", field: "birthDate" } as const;
const debut = { name: "debut", type: "date", help: "date de début du contrat", field: "contractStart" } as const;
const signature = { name: "signature", type: "date", help: "date de conclusion (signature) du contrat", field: "signatureDate" } as const;
const niveauDiplome = { name: "niveau", type: "number", help: "niveau du diplôme préparé : 3 (CAP) à 8 (doctorat)", field: "diplomaLevel" } as const;
const employeurAide = { name: "employeur", type: aidEmployerChoices, optional: true, help: "prive (par défaut) ou public", field: "employer" } as const;
const naissanceOptionnelle = {
  name: "naissance",
  type: "date",
  optional: true,
  help: "date de naissance (requise pour les contrats conclus du 01/07/2020 au 31/12/2022)",
  field: "birthDate",
} as const;
const dateDuCalcul = { name: "date", type: "date", help: "date à laquelle calculer (un jour du mois voulu)", field: "date" } as const;
const smc = {
  name: "smc",
  type: "number",
  optional: true,
  help: "salaire minimum conventionnel mensuel à temps plein, en euros",
  field: "conventionalMinimumMonthly",
} as const;
const typeDeContrat = {
  name: "type",
  type: contractTypeChoices,
  help: "apprentissage, professionnalisation ou stage-alternance",
  field: "contract",
} as const;
const debutFormation = { name: "debut_formation", type: "date", help: "date de début de la formation", field: "trainingStart" } as const;
const finFormation = { name: "fin_formation", type: "date", help: "date de fin de la formation", field: "trainingEnd" } as const;
const politique = {
  name: "politique",
  type: policyChoices,
  optional: true,
  help: "legale (par défaut) ou miage-aix-marseille",
  field: "policy",
} as const;
const windowParameters = [typeDeContrat, debutFormation, finFormation, politique] as const;
const trainingParameters = [
  { name: "type", type: trainingContractChoices, help: "apprentissage ou professionnalisation", field: "contract" },
  debut,
  { name: "fin", type: "date", help: "date de fin du contrat", field: "contractEnd" },
] as const;

/**
 * The spreadsheet functions, in the order of the documentation.
 *
 * @example
 * sheetFunctions.map((fn) => fn.name).slice(0, 3); //=> ["ALT_SMIC", "ALT_APPRENTI_ELIGIBLE", "ALT_APPRENTI_TAUX"]
 */
export const sheetFunctions: readonly SheetFunction[] = Object.freeze([
  defineSheetFunction({
    name: "ALT_SMIC",
    help: "SMIC brut en vigueur à une date (métropole) : taux horaire, ou montant mensuel pour 35 h si mensuel = VRAI.",
    parameters: [
      { name: "date", type: "date", help: "date à laquelle lire le SMIC", field: "date" },
      { name: "mensuel", type: "boolean", optional: true, help: "VRAI pour le montant mensuel (35 h × 52 / 12) ; FAUX ou omis pour le taux horaire" },
    ],
    returns: "number",
    resultHelp: "euros bruts, par heure ou par mois",
    wraps: "smicAt",
    run: ({ date, mensuel }) => {
      const smic = smicAt(date);
      return mensuel ? smic.monthly : smic.hourly;
    },
  }),
  defineSheetFunction({
    name: "ALT_APPRENTI_ELIGIBLE",
    help: "VRAI si l'âge permet l'apprentissage au début du contrat (16 à 29 ans révolus, ou une exception de l'art. L6222-2).",
    parameters: [
      naissance,
      debut,
      {
        name: "exception",
        type: apprenticeshipExceptionChoices,
        optional: true,
        help: "exception à la limite d'âge : diplome-superieur, contrat-rompu, travailleur-handicape, creation-reprise-entreprise, sportif-haut-niveau, echec-examen",
        field: "exceptions",
      },
      {
        name: "fin_contrat_precedent",
        type: "date",
        optional: true,
        help: "fin du contrat d'apprentissage précédent (requise pour diplome-superieur et contrat-rompu)",
        field: "previousContractEnd",
      },
    ],
    returns: "boolean",
    resultHelp: "VRAI si éligible, FAUX sinon",
    wraps: "checkApprenticeshipEligibility",
    run: ({ naissance: birthDate, debut: contractStart, exception, fin_contrat_precedent: previousContractEnd }) =>
      checkApprenticeshipEligibility({
        birthDate,
        contractStart,
        ...(exception === undefined ? {} : { exceptions: [exception] }),
        ...(previousContractEnd === undefined ? {} : { previousContractEnd }),
      }).eligible,
  }),
  defineSheetFunction({
    name: "ALT_APPRENTI_TAUX",
    help: "Taux du salaire minimum d'un apprenti à une date, en points de pourcentage du SMIC ou du SMC (43 = 43 %).",
    parameters: [naissance, debut, dateDuCalcul, smc],
    returns: "number",
    resultHelp: "pourcentage (43 = 43 %)",
    wraps: "apprenticeMinimumWage",
    run: ({ naissance: birthDate, debut: contractStart, date, smc: conventionalMinimumMonthly }) =>
      apprenticeMinimumWage({ birthDate, contractStart, date, ...(conventionalMinimumMonthly === undefined ? {} : { conventionalMinimumMonthly }) })
        .ratePercent,
  }),
  defineSheetFunction({
    name: "ALT_APPRENTI_SALAIRE",
    help: "Salaire minimum mensuel brut d'un apprenti à une date (art. D6222-26), au prorata des heures hebdomadaires.",
    parameters: [
      naissance,
      debut,
      dateDuCalcul,
      smc,
      { name: "heures_hebdo", type: "number", optional: true, help: "heures de travail par semaine (35 par défaut)", field: "weeklyHours" },
    ],
    returns: "number",
    resultHelp: "euros bruts par mois",
    wraps: "apprenticeMinimumWage",
    run: ({ naissance: birthDate, debut: contractStart, date, smc: conventionalMinimumMonthly, heures_hebdo: weeklyHours }) =>
      apprenticeMinimumWage({
        birthDate,
        contractStart,
        date,
        ...(conventionalMinimumMonthly === undefined ? {} : { conventionalMinimumMonthly }),
        ...(weeklyHours === undefined ? {} : { weeklyHours }),
      }).monthlyMinimum,
  }),
  defineSheetFunction({
    name: "ALT_APPRENTI_ECHEANCIER",
    help: "Échéancier du salaire minimum d'un apprenti sur tout le contrat : une ligne par période (année du contrat, tranche d'âge, SMIC), avec une ligne d'en-tête.",
    parameters: [naissance, debut, { name: "fin", type: "date", help: "date de fin du contrat", field: "contractEnd" }, smc],
    returns: {
      table: [
        { name: "du", type: "date" },
        { name: "au", type: "date" },
        { name: "année", type: "number" },
        { name: "tranche", type: "text" },
        { name: "taux", type: "number" },
        { name: "montant", type: "number" },
      ],
    },
    resultHelp: "tableau : du, au, année, tranche, taux (%), montant (euros par mois)",
    wraps: "apprenticePaySchedule",
    run: ({ naissance: birthDate, debut: contractStart, fin: contractEnd, smc: conventionalMinimumMonthly }) =>
      apprenticePaySchedule({
        birthDate,
        contractStart,
        contractEnd,
        ...(conventionalMinimumMonthly === undefined ? {} : { conventionalMinimumMonthly }),
      }).periods.map((period) => [
        period.from,
        period.to,
        period.contractYear,
        ageBandLabel[period.ageBand] ?? period.ageBand,
        period.ratePercent,
        period.monthlyMinimum,
      ]),
  }),
  defineSheetFunction({
    name: "ALT_CPRO_ELIGIBLE",
    help: "VRAI si le contrat de professionnalisation est possible : âge ou public (art. L6325-1) et type d'employeur.",
    parameters: [
      naissance,
      debut,
      {
        name: "employeur",
        type: employerChoices,
        help: "prive, interim, epic, etat, collectivite, epa ou particulier",
        field: "employer",
      },
      { name: "demandeur_emploi", type: "boolean", optional: true, help: "VRAI pour un demandeur d'emploi de 26 ans et plus", field: "jobSeeker" },
    ],
    returns: "boolean",
    resultHelp: "VRAI si éligible, FAUX sinon",
    wraps: "checkProfessionalisationEligibility",
    run: ({ naissance: birthDate, debut: contractStart, employeur: employer, demandeur_emploi: jobSeeker }) =>
      checkProfessionalisationEligibility({ birthDate, contractStart, employer, ...(jobSeeker === undefined ? {} : { jobSeeker }) }).eligible,
  }),
  defineSheetFunction({
    name: "ALT_CPRO_SALAIRE",
    help: "Salaire minimum mensuel brut d'un contrat de professionnalisation à une date (art. D6325-15 et D6325-16).",
    parameters: [
      naissance,
      debut,
      dateDuCalcul,
      { name: "niveau", type: qualificationChoices, help: "bac-pro-ou-plus ou inferieur-bac-pro", field: "qualification" },
      smc,
    ],
    returns: "number",
    resultHelp: "euros bruts par mois",
    wraps: "professionalisationMinimumWage",
    run: ({ naissance: birthDate, debut: contractStart, date, niveau: qualification, smc: conventionalMinimumMonthly }) =>
      professionalisationMinimumWage({
        birthDate,
        contractStart,
        date,
        qualification,
        ...(conventionalMinimumMonthly === undefined ? {} : { conventionalMinimumMonthly }),
      }).monthlyMinimum,
  }),
  defineSheetFunction({
    name: "ALT_DEBUT_AU_PLUS_TOT",
    help: "Première date de début de contrat admise autour de la formation (vide si la politique ne fixe pas de limite).",
    parameters: windowParameters,
    returns: "date",
    resultHelp: "date",
    wraps: "contractWindows",
    run: ({ type: contract, debut_formation: trainingStart, fin_formation: trainingEnd, politique: policy }) =>
      contractWindows({ contract, trainingStart, trainingEnd, ...(policy === undefined ? {} : { policy }) }).start.earliest,
  }),
  defineSheetFunction({
    name: "ALT_DEBUT_AU_PLUS_TARD",
    help: "Dernière date de début de contrat admise autour de la formation (vide si la politique ne fixe pas de limite).",
    parameters: windowParameters,
    returns: "date",
    resultHelp: "date",
    wraps: "contractWindows",
    run: ({ type: contract, debut_formation: trainingStart, fin_formation: trainingEnd, politique: policy }) =>
      contractWindows({ contract, trainingStart, trainingEnd, ...(policy === undefined ? {} : { policy }) }).start.latest,
  }),
  defineSheetFunction({
    name: "ALT_FIN_AU_PLUS_TOT",
    help: "Première date de fin de contrat admise autour de la formation (vide si la politique ne fixe pas de limite).",
    parameters: windowParameters,
    returns: "date",
    resultHelp: "date",
    wraps: "contractWindows",
    run: ({ type: contract, debut_formation: trainingStart, fin_formation: trainingEnd, politique: policy }) =>
      contractWindows({ contract, trainingStart, trainingEnd, ...(policy === undefined ? {} : { policy }) }).end.earliest,
  }),
  defineSheetFunction({
    name: "ALT_FIN_AU_PLUS_TARD",
    help: "Dernière date de fin de contrat admise autour de la formation (vide si la politique ne fixe pas de limite).",
    parameters: windowParameters,
    returns: "date",
    resultHelp: "date",
    wraps: "contractWindows",
    run: ({ type: contract, debut_formation: trainingStart, fin_formation: trainingEnd, politique: policy }) =>
      contractWindows({ contract, trainingStart, trainingEnd, ...(policy === undefined ? {} : { policy }) }).end.latest,
  }),
  defineSheetFunction({
    name: "ALT_STAGE_GRATIFICATION_OBLIGATOIRE",
    help: "VRAI si la gratification de stage est obligatoire : plus de 308 heures de présence chez le même organisme (art. L124-6, D124-6).",
    parameters: [
      { name: "heures", type: "number", help: "heures de présence sur l'année d'enseignement", field: "presenceHours" },
      {
        name: "date_convention",
        type: "date",
        optional: true,
        help: "date de signature de la convention (par défaut, la date de vérification des données)",
        field: "conventionSignedOn",
      },
    ],
    returns: "boolean",
    resultHelp: "VRAI si obligatoire, FAUX sinon",
    wraps: "internshipGratification",
    run: ({ heures: presenceHours, date_convention: conventionSignedOn }) =>
      internshipGratification({ presenceHours, conventionSignedOn: conventionSignedOn ?? dataVerifiedUntil }).mandatory,
  }),
  defineSheetFunction({
    name: "ALT_STAGE_GRATIFICATION_MIN",
    help: "Gratification minimale totale d'un stage : heures de présence × taux horaire minimal, 0 si elle n'est pas obligatoire (art. D124-8).",
    parameters: [
      { name: "heures", type: "number", help: "heures de présence sur l'année d'enseignement", field: "presenceHours" },
      { name: "date_convention", type: "date", help: "date de signature de la convention", field: "conventionSignedOn" },
    ],
    returns: "number",
    resultHelp: "euros",
    wraps: "internshipGratification",
    run: ({ heures: presenceHours, date_convention: conventionSignedOn }) => internshipGratification({ presenceHours, conventionSignedOn }).total,
  }),
  defineSheetFunction({
    name: "ALT_STAGE_TAUX_HORAIRE",
    help: "Gratification minimale de stage par heure de présence : 15 % du plafond horaire de la sécurité sociale (art. D124-8).",
    parameters: [{ name: "date", type: "date", help: "date de signature de la convention", field: "date" }],
    returns: "number",
    resultHelp: "euros par heure",
    wraps: "internshipMinimumHourlyRate",
    run: ({ date }) => internshipMinimumHourlyRate(date),
  }),
  defineSheetFunction({
    name: "ALT_HEURES_FORMATION_MIN",
    help: "Nombre minimal d'heures de formation du contrat (apprentissage : 25 %, art. L6211-2 ; professionnalisation : 15 % et 150 h, art. L6325-13).",
    parameters: trainingParameters,
    returns: "number",
    resultHelp: "heures",
    wraps: "trainingHoursRequirement",
    run: ({ type: contract, debut: contractStart, fin: contractEnd }) => trainingHoursRequirement({ contract, contractStart, contractEnd }).minimumHours,
  }),
  defineSheetFunction({
    name: "ALT_HEURES_FORMATION_MAX",
    help: "Nombre maximal d'heures de formation du contrat (professionnalisation : 25 %, art. L6325-13 ; vide pour l'apprentissage, sans maximum).",
    parameters: trainingParameters,
    returns: "number",
    resultHelp: "heures (vide s'il n'y a pas de maximum)",
    wraps: "trainingHoursRequirement",
    run: ({ type: contract, debut: contractStart, fin: contractEnd }) => trainingHoursRequirement({ contract, contractStart, contractEnd }).maximumHours,
  }),
  defineSheetFunction({
    name: "ALT_AIDE_EMBAUCHE",
    help: "Aide de l'État à l'embauche d'un apprenti pour la première année d'exécution (aide unique ou aide exceptionnelle selon la date de conclusion), 0 si aucune n'est due.",
    parameters: [
      signature,
      debut,
      { name: "fin", type: "date", help: "date de fin du contrat", field: "contractEnd" },
      niveauDiplome,
      { name: "effectif", type: "number", help: "effectif de l'entreprise (salariés)", field: "companyHeadcount" },
      employeurAide,
      { name: "rqth", type: "boolean", optional: true, help: "VRAI si l'apprenti est reconnu travailleur handicapé", field: "disabledWorker" },
      { name: "outre_mer", type: "boolean", optional: true, help: "VRAI pour un employeur en outre-mer (art. L6522-4)", field: "overseas" },
      { name: "engagement", type: "boolean", optional: true, help: "VRAI si l'entreprise de 250 salariés ou plus prend l'engagement alternance", field: "largeCompanyCommitment" },
      naissanceOptionnelle,
    ],
    returns: "number",
    resultHelp: "euros pour la première année (proratisés pour un contrat de moins d'un an à partir du 01/11/2025)",
    wraps: "apprenticeshipHiringAid",
    run: ({ signature, debut: contractStart, fin: contractEnd, niveau, effectif, employeur, rqth, outre_mer: overseas, engagement, naissance: birthDate }) =>
      apprenticeshipHiringAid({
        signatureDate: signature,
        contractStart,
        contractEnd,
        diplomaLevel: niveau as DiplomaLevel,
        companyHeadcount: effectif,
        ...(employeur === undefined ? {} : { employer: employeur }),
        ...(rqth === undefined ? {} : { disabledWorker: rqth }),
        ...(overseas === undefined ? {} : { overseas }),
        ...(engagement === undefined ? {} : { largeCompanyCommitment: engagement }),
        ...(birthDate === undefined ? {} : { birthDate }),
      }).amount,
  }),
  defineSheetFunction({
    name: "ALT_PARTICIPATION_EMPLOYEUR",
    help: "Participation de l'employeur au coût de la formation d'un apprenti (art. R6332-25-1) : 750 € pour un diplôme de niveau 6 ou plus, 200 € après une rupture, 0 sinon.",
    parameters: [
      signature,
      niveauDiplome,
      { name: "apres_rupture", type: "boolean", optional: true, help: "VRAI pour un nouveau contrat avec un autre employeur après une rupture (art. L6222-18-2)", field: "afterRupture" },
      employeurAide,
      { name: "prise_en_charge", type: "number", optional: true, help: "rupture pendant les 45 jours : niveau de prise en charge annuel (NPEC), euros" },
      { name: "jours", type: "number", optional: true, help: "rupture pendant les 45 jours : jours effectués dans le contrat" },
    ],
    returns: "number",
    resultHelp: "euros pour le contrat",
    wraps: "employerTrainingContribution",
    run: ({ signature, niveau, apres_rupture: afterRupture, employeur, prise_en_charge: fundingLevel, jours: daysPerformed }) =>
      employerTrainingContribution({
        signatureDate: signature,
        diplomaLevel: niveau as DiplomaLevel,
        ...(afterRupture === undefined ? {} : { afterRupture }),
        ...(employeur === undefined ? {} : { employer: employeur }),
        ...(fundingLevel === undefined && daysPerformed === undefined ? {} : { trialPeriodRupture: { fundingLevel, daysPerformed } as TrialPeriodRupture }),
      }).amount,
  }),
  defineSheetFunction({
    name: "ALT_SALAIRE_NET",
    help: "Salaire net à payer avant impôt d'un mois, apprenti ou contrat de professionnalisation : brut moins chaque cotisation salariale et la CSG/CRDS, régime de l'apprenti selon la date de signature du contrat.",
    parameters: [
      { name: "type", type: trainingContractChoices, help: "apprentissage ou professionnalisation", field: "contract" },
      { name: "brut", type: "number", help: "salaire brut du mois soumis à cotisations, en euros", field: "grossMonthly" },
      { name: "mois", type: "date", help: "un jour du mois payé (le 1er par exemple)", field: "month" },
      { name: "date_signature", type: "date", help: "date de signature (conclusion) du contrat", field: "signatureDate" },
      { name: "employeur", type: netPayEmployerChoices, optional: true, help: "prive (par défaut) ou public (IRCANTEC)", field: "employer" },
      { name: "alsace_moselle", type: "boolean", optional: true, help: "VRAI pour le régime local d'Alsace-Moselle (1,30 %)", field: "alsaceMoselle" },
      { name: "mutuelle_salarie", type: "number", optional: true, help: "part salariale de mutuelle et prévoyance, euros par mois", field: "healthEmployeeMonthly" },
      { name: "mutuelle_employeur", type: "number", optional: true, help: "part patronale de mutuelle et prévoyance, euros par mois", field: "healthEmployerMonthly" },
    ],
    returns: "number",
    resultHelp: "euros nets par mois, avant impôt sur le revenu",
    wraps: "netPay",
    run: ({ type: contract, brut: grossMonthly, mois, date_signature: signatureDate, employeur: employer, alsace_moselle: alsaceMoselle, mutuelle_salarie, mutuelle_employeur }) =>
      netPay({
        contract,
        grossMonthly,
        month: mois.slice(0, 7),
        signatureDate,
        ...(employer === undefined ? {} : { employer }),
        ...(alsaceMoselle === undefined ? {} : { alsaceMoselle }),
        ...(mutuelle_salarie === undefined ? {} : { healthEmployeeMonthly: mutuelle_salarie }),
        ...(mutuelle_employeur === undefined ? {} : { healthEmployerMonthly: mutuelle_employeur }),
        explain: false,
      }).netBeforeIncomeTax,
  }),
  defineSheetFunction({
    name: "ALT_PLAFOND_IMPOT_APPRENTI",
    help: "Limite annuelle d'exonération d'impôt sur le revenu des salaires d'un apprenti (CGI art. 81 bis) : somme des 12 SMIC mensuels de l'année, sans prorata.",
    parameters: [{ name: "annee", type: "number", help: "année des revenus (2019 ou après)", field: "year" }],
    returns: "number",
    resultHelp: "euros par an",
    wraps: "incomeTaxExemption",
    run: ({ annee: year }) => incomeTaxExemption({ year, explain: false }).limit,
  }),
  defineSheetFunction({
    name: "ALT_PLAFOND_ALLOCATIONS_FAMILIALES",
    help: "Rémunération mensuelle au-delà de laquelle un enfant n'ouvre plus droit aux prestations familiales : 55 % du SMIC horaire × 169 (CSS art. R512-2).",
    parameters: [{ name: "date", type: "date", help: "un jour du mois considéré", field: "date" }],
    returns: "number",
    resultHelp: "euros par mois",
    wraps: "familyBenefitsIncomeCeiling",
    run: ({ date }) => familyBenefitsIncomeCeiling({ date, explain: false }).monthlyCeiling,
  }),
  defineSheetFunction({
    name: "ALT_DONNEES_VERIFIEES_AU",
    help: "Date jusqu'à laquelle les paramètres légaux (SMIC, plafond, grilles) ont été vérifiés ; au-delà, les dernières valeurs connues sont utilisées.",
    parameters: [],
    returns: "date",
    resultHelp: "date",
    wraps: "dataVerifiedUntil",
    run: () => dataVerifiedUntil,
  }),
]);
