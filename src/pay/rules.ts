/**
 * The rules of the pay module, each declared once (id, legal basis, French and English wording).
 * Results, the generated docs/rules.md and the tests read these declarations.
 */
import type { IsoDate } from "../core/dates.js";
import { defineRule, type Locale, type RuleDeclaration } from "../core/explain.js";
import type { Territory } from "../legal-values/smic.js";
import type { Qualification } from "../parameters/professionalisation-grid.js";
import { formatEuros, formatNumber } from "../core/format.js";
import { bandLabel, contractYearLabel, percentLabel, qualificationLabel, territoryLabel, type PayAgeBand } from "./labels.js";

/** Values of the contract-year step. */
export type ContractYearValues = { date: IsoDate; contractYear: number; from: IsoDate; to: IsoDate };

/**
 * Contract year n runs from the (n−1)th calendar anniversary of the start to the day before the nth.
 *
 * @example
 * apprenticeshipContractYear.legalBasis; //=> ["C. trav. art. D6222-26", "C. trav. art. D6222-31"]
 */
export const apprenticeshipContractYear = /* @__PURE__ */ defineRule<ContractYearValues>({
  id: "pay.apprenticeship.contract-year",
  legalBasis: ["C. trav. art. D6222-26", "C. trav. art. D6222-31"],
  title: {
    fr: "Année d'exécution du contrat, comptée d'anniversaire en anniversaire de la date de début (pas par pas de 365 jours)",
    en: "Contract year, counted from one calendar anniversary of the start to the next (not in 365-day steps)",
  },
  message: {
    fr: (v) => `Le ${v.date} tombe dans la ${contractYearLabel(v.contractYear, "fr")} d'exécution du contrat (du ${v.from} au ${v.to})`,
    en: (v) => `${v.date} falls in ${contractYearLabel(v.contractYear, "en")} of the contract (${v.from} to ${v.to})`,
  },
});

/** Values of the credited-months step. */
export type CreditedMonthsValues = { creditedMonths: number; deemedStart: IsoDate };

/**
 * A contract shorter than the training cycle: the reduced part counts as already performed.
 *
 * @example
 * apprenticeshipCreditedMonths.id; //=> "pay.apprenticeship.credited-months"
 */
export const apprenticeshipCreditedMonths = /* @__PURE__ */ defineRule<CreditedMonthsValues>({
  id: "pay.apprenticeship.credited-months",
  legalBasis: ["C. trav. art. D6222-28-1"],
  title: {
    fr: "Contrat plus court que le cycle de formation : la durée réduite est réputée accomplie",
    en: "Contract shorter than the training cycle: the reduced part counts as performed",
  },
  message: {
    fr: (v) => `${v.creditedMonths} mois du cycle réputés accomplis : les années sont comptées comme si le contrat avait commencé le ${v.deemedStart}`,
    en: (v) => `${v.creditedMonths} months of the cycle count as performed: years are counted as if the contract had started on ${v.deemedStart}`,
  },
});

/** Values of the beyond-the-cycle step. */
export type BeyondCycleValues = { contractYear: number; cycleYears: number };

/**
 * Years beyond the training cycle (prolongation after an exam failure, contract longer than the
 * cycle, years beyond the 3rd) keep the rate of the cycle's last year.
 *
 * @example
 * apprenticeshipBeyondCycle.legalBasis; //=> ["C. trav. art. D6222-28", "C. trav. art. D6222-28-2"]
 */
export const apprenticeshipBeyondCycle = /* @__PURE__ */ defineRule<BeyondCycleValues>({
  id: "pay.apprenticeship.beyond-cycle",
  legalBasis: ["C. trav. art. D6222-28", "C. trav. art. D6222-28-2"],
  title: {
    fr: "Au-delà du cycle de formation, le taux de la dernière année du cycle s'applique",
    en: "Beyond the training cycle, the rate of the cycle's last year applies",
  },
  message: {
    fr: (v) =>
      `${contractYearLabel(v.contractYear, "fr")}, au-delà d'un cycle de ${v.cycleYears} ${v.cycleYears === 1 ? "an" : "ans"} : taux de la ${contractYearLabel(v.cycleYears, "fr")}`,
    en: (v) => `${contractYearLabel(v.contractYear, "en")}, beyond a ${v.cycleYears}-year cycle: rate of ${contractYearLabel(v.cycleYears, "en")}`,
  },
});

/** Values of an age-band step. */
export type AgeBandValues = {
  ageBand: PayAgeBand;
  ageAtStart: number;
  contractStart: IsoDate;
  /** First day of the band when it was reached during the contract, else `null`. */
  since: IsoDate | null;
  /** Birthday that raised the band, else `null`. */
  birthday: IsoDate | null;
  /** Next band and the day it applies from, when it falls after `date`. */
  nextBand: PayAgeBand | null;
  nextChange: IsoDate | null;
};

function ageBandMessage(v: AgeBandValues, locale: Locale): string {
  const band = bandLabel(v.ageBand, locale);
  const current =
    v.since === null
      ? locale === "fr"
        ? `Tranche « ${band} » : ${v.ageAtStart} ans au début du contrat (${v.contractStart})`
        : `Band "${band}": aged ${v.ageAtStart} at the start of the contract (${v.contractStart})`
      : locale === "fr"
        ? `Tranche « ${band} » depuis le ${v.since}, premier jour du mois qui suit l'anniversaire du ${v.birthday}`
        : `Band "${band}" since ${v.since}, the first day of the month after the birthday on ${v.birthday}`;
  if (v.nextBand === null || v.nextChange === null) return current;
  const next = bandLabel(v.nextBand, locale);
  return locale === "fr" ? `${current} ; tranche « ${next} » à partir du ${v.nextChange}` : `${current}; band "${next}" from ${v.nextChange}`;
}

/**
 * Apprentice age band: the band of the age at the start, raised from the first day of the month
 * following the 18th, 21st or 26th birthday.
 *
 * @example
 * apprenticeshipAgeBand.id; //=> "pay.apprenticeship.age-band"
 */
export const apprenticeshipAgeBand = /* @__PURE__ */ defineRule<AgeBandValues>({
  id: "pay.apprenticeship.age-band",
  legalBasis: ["C. trav. art. D6222-26", "C. trav. art. D6222-27", "C. trav. art. D6222-31"],
  title: {
    fr: "Tranche d'âge : celle de l'âge au début du contrat, relevée le premier jour du mois qui suit les 18, 21 et 26 ans",
    en: "Age band: the band of the age at the start, raised on the first day of the month after the 18th, 21st and 26th birthdays",
  },
  message: { fr: (v) => ageBandMessage(v, "fr"), en: (v) => ageBandMessage(v, "en") },
});

/**
 * CPRO age band: the band of the age at the start, raised from the first day of the month following
 * the 21st or 26th birthday.
 *
 * @example
 * professionalisationAgeBand.legalBasis; //=> ["C. trav. art. D6325-15", "C. trav. art. D6325-16"]
 */
export const professionalisationAgeBand = /* @__PURE__ */ defineRule<AgeBandValues>({
  id: "pay.professionalisation.age-band",
  legalBasis: ["C. trav. art. D6325-15", "C. trav. art. D6325-16"],
  title: {
    fr: "Tranche d'âge : celle de l'âge au début du contrat, relevée le premier jour du mois qui suit les 21 et 26 ans",
    en: "Age band: the band of the age at the start, raised on the first day of the month after the 21st and 26th birthdays",
  },
  message: { fr: (v) => ageBandMessage(v, "fr"), en: (v) => ageBandMessage(v, "en") },
});

/** Values of the SMIC step. */
export type SmicValues = { date: IsoDate; territory: Territory; hourly: number; monthly: number; since: IsoDate; weeklyHours: number };

/**
 * The SMIC in force on the date, every revaluation included; monthly amount = hourly × 35 × 52 / 12.
 * The step's legal basis adds the decree or order that set the value.
 *
 * @example
 * smicInForce.id; //=> "pay.smic"
 */
export const smicInForce = /* @__PURE__ */ defineRule<SmicValues>({
  id: "pay.smic",
  legalBasis: ["C. trav. art. L3121-27"],
  title: {
    fr: "SMIC en vigueur à la date (toutes les revalorisations, y compris en cours d'année)",
    en: "SMIC in force on the date (every revaluation, mid-year ones included)",
  },
  message: {
    fr: (v) =>
      `SMIC en vigueur le ${v.date} (${territoryLabel(v.territory, "fr")}) : ${formatEuros(v.hourly, "fr")} de l'heure depuis le ${v.since}, soit ${formatEuros(v.monthly, "fr")} par mois pour ${v.weeklyHours} h par semaine`,
    en: (v) =>
      `SMIC in force on ${v.date} (${territoryLabel(v.territory, "en")}): ${formatEuros(v.hourly, "en")} an hour since ${v.since}, i.e. ${formatEuros(v.monthly, "en")} a month for ${v.weeklyHours} h a week`,
  },
});

/** Values of the apprentice grid step. */
export type ApprenticeGridValues = { ratePercent: number; ageBand: PayAgeBand; gridYear: number };

/**
 * The percentage of the D6222-26 grid for the age band and the contract year.
 *
 * @example
 * apprenticeshipGridRate.legalBasis; //=> ["C. trav. art. D6222-26", "C. trav. art. D6222-27"]
 */
export const apprenticeshipGridRate = /* @__PURE__ */ defineRule<ApprenticeGridValues>({
  id: "pay.apprenticeship.grid",
  legalBasis: ["C. trav. art. D6222-26", "C. trav. art. D6222-27"],
  title: {
    fr: "Pourcentage minimal selon l'âge et l'année d'exécution du contrat (moins de 16 ans : comme 16-17 ans)",
    en: "Minimum percentage by age and contract year (under 16: as 16-17)",
  },
  message: {
    fr: (v) => `Grille de l'article D6222-26 : ${percentLabel(v.ratePercent, "fr")} pour la tranche « ${bandLabel(v.ageBand, "fr")} » en ${contractYearLabel(v.gridYear, "fr")}`,
    en: (v) => `D6222-26 grid: ${percentLabel(v.ratePercent, "en")} for the band "${bandLabel(v.ageBand, "en")}" in ${contractYearLabel(v.gridYear, "en")}`,
  },
});

/** Values of the licence professionnelle step. */
export type LicenceProValues = { gridYear: number };

/**
 * A contract preparing a licence professionnelle is paid at least the 2nd-year rate throughout.
 *
 * @example
 * apprenticeshipLicencePro.legalBasis; //=> ["C. trav. art. D6222-32"]
 */
export const apprenticeshipLicencePro = /* @__PURE__ */ defineRule<LicenceProValues>({
  id: "pay.apprenticeship.licence-pro",
  legalBasis: ["C. trav. art. D6222-32"],
  title: {
    fr: "Licence professionnelle : taux de la 2e année d'exécution pendant tout le contrat",
    en: "Licence professionnelle: the 2nd-year rate for the whole contract",
  },
  message: {
    fr: (v) => `Licence professionnelle : taux de la ${contractYearLabel(v.gridYear, "fr")} d'exécution pendant tout le contrat`,
    en: (v) => `Licence professionnelle: rate of ${contractYearLabel(v.gridYear, "en")} for the whole contract`,
  },
});

/** Values of a majoration step expressed in points. */
export type PointsValues = { points: number };

/**
 * +15 points for a contract of at most one year preparing a diploma of the same level as one
 * already obtained, in direct relation with it.
 *
 * @example
 * apprenticeshipSameLevelDiploma.legalBasis; //=> ["C. trav. art. D6222-30"]
 */
export const apprenticeshipSameLevelDiploma = /* @__PURE__ */ defineRule<PointsValues>({
  id: "pay.apprenticeship.same-level-diploma",
  legalBasis: ["C. trav. art. D6222-30"],
  title: {
    fr: "Contrat d'un an au plus préparant un diplôme de même niveau qu'un diplôme obtenu, en rapport direct : +15 points",
    en: "Contract of at most one year preparing a diploma of the same level as one obtained, directly related: +15 points",
  },
  message: {
    fr: (v) => `Diplôme de même niveau déjà obtenu : +${v.points} points`,
    en: (v) => `Same-level diploma already obtained: +${v.points} points`,
  },
});

/** Values of the same-level-diploma duration warning. */
export type SameLevelDurationValues = { contractStart: IsoDate; contractEnd: IsoDate };

/**
 * Warning: the +15 points of D6222-30 are for contracts of at most one year, and the dates given
 * describe a longer contract (the points are still applied, as requested).
 *
 * @example
 * sameLevelDiplomaContractOverOneYear.code; //=> "SAME_LEVEL_DIPLOMA_CONTRACT_OVER_ONE_YEAR"
 */
export const sameLevelDiplomaContractOverOneYear = /* @__PURE__ */ defineRule<SameLevelDurationValues>({
  id: "pay.apprenticeship.same-level-diploma.duration",
  code: "SAME_LEVEL_DIPLOMA_CONTRACT_OVER_ONE_YEAR",
  legalBasis: ["C. trav. art. D6222-30"],
  title: {
    fr: "La majoration pour diplôme de même niveau vise les contrats d'un an au plus",
    en: "The same-level diploma increase is for contracts of at most one year",
  },
  message: {
    fr: (v) =>
      `Le contrat du ${v.contractStart} au ${v.contractEnd} dure plus d'un an : la majoration de l'article D6222-30 vise les contrats d'un an au plus (appliquée ici comme demandé, à vérifier)`,
    en: (v) =>
      `The contract from ${v.contractStart} to ${v.contractEnd} lasts more than one year: the D6222-30 increase is for contracts of at most one year (applied here as requested; check it)`,
  },
});

/** Values of the disabled-worker extension step. */
export type ExtensionValues = { points: number; contractYear: number; lastYearRatePercent: number };

/**
 * During the extension of a disabled apprentice's contract, the last year's rate + 15 points.
 *
 * @example
 * apprenticeshipDisabledWorkerExtension.legalBasis; //=> ["C. trav. art. R6222-47", "C. trav. art. R6222-48"]
 */
export const apprenticeshipDisabledWorkerExtension = /* @__PURE__ */ defineRule<ExtensionValues>({
  id: "pay.apprenticeship.disabled-worker-extension",
  legalBasis: ["C. trav. art. R6222-47", "C. trav. art. R6222-48"],
  title: {
    fr: "Apprenti handicapé, prolongation au-delà du cycle : taux de la dernière année + 15 points",
    en: "Disabled apprentice, extension beyond the cycle: last year's rate + 15 points",
  },
  message: {
    fr: (v) =>
      `Prolongation (${contractYearLabel(v.contractYear, "fr")}) d'un apprenti reconnu travailleur handicapé : ${percentLabel(v.lastYearRatePercent, "fr")} de la dernière année + ${v.points} points`,
    en: (v) =>
      `Extension (${contractYearLabel(v.contractYear, "en")}) for an apprentice recognised as a disabled worker: last year's ${percentLabel(v.lastYearRatePercent, "en")} + ${v.points} points`,
  },
});

/**
 * Public employers may add 10 or 20 points (contracts concluded from 2020-04-27).
 *
 * @example
 * apprenticeshipPublicSector.legalBasis; //=> ["C. trav. art. D6272-1", "C. trav. art. D6272-2"]
 */
export const apprenticeshipPublicSector = /* @__PURE__ */ defineRule<PointsValues>({
  id: "pay.apprenticeship.public-sector",
  legalBasis: ["C. trav. art. D6272-1", "C. trav. art. D6272-2"],
  title: {
    fr: "Employeur public : majoration facultative de 10 ou 20 points (contrats conclus depuis le 27 avril 2020)",
    en: "Public employer: optional 10 or 20 points (contracts concluded from 27 April 2020)",
  },
  message: {
    fr: (v) => `Majoration de l'employeur public : +${v.points} points`,
    en: (v) => `Public employer's increase: +${v.points} points`,
  },
});

/** Values of the previous-contract step. */
export type PreviousContractValues = { lastYearRatePercent: number; diplomaObtained: boolean; applied: boolean };

function previousContractMessage(v: PreviousContractValues, locale: Locale): string {
  const rate = percentLabel(v.lastYearRatePercent, locale);
  if (!v.diplomaObtained) {
    return locale === "fr"
      ? `Contrat précédent sans obtention du diplôme : son taux (${rate}) n'est pas un minimum`
      : `Previous contract without the diploma: its rate (${rate}) is not a minimum`;
  }
  if (v.applied) {
    return locale === "fr"
      ? `Contrat précédent ayant conduit au diplôme : au moins ${rate}, taux de sa dernière année, plus favorable que le taux selon l'âge`
      : `Previous contract that led to the diploma: at least ${rate}, its last year's rate, more favourable than the age rate`;
  }
  return locale === "fr"
    ? `Contrat précédent ayant conduit au diplôme : minimum de ${rate}, déjà atteint`
    : `Previous contract that led to the diploma: minimum of ${rate}, already reached`;
}

/**
 * A new contract after one that led to the diploma pays at least that contract's last-year rate,
 * unless the age rate is more favourable.
 *
 * @example
 * apprenticeshipPreviousContract.legalBasis; //=> ["C. trav. art. D6222-29"]
 */
export const apprenticeshipPreviousContract = /* @__PURE__ */ defineRule<PreviousContractValues>({
  id: "pay.apprenticeship.previous-contract",
  legalBasis: ["C. trav. art. D6222-29"],
  title: {
    fr: "Nouveau contrat après un contrat ayant conduit au diplôme : au moins le taux de la dernière année de ce contrat",
    en: "New contract after one that led to the diploma: at least that contract's last-year rate",
  },
  message: { fr: (v) => previousContractMessage(v, "fr"), en: (v) => previousContractMessage(v, "en") },
});

/** Values of the base step. */
export type BaseValues = {
  base: "SMIC" | "SMC";
  /** `true` from 21 (apprenticeship) or 26 (CPRO), when the conventional minimum counts. */
  conventionalMinimumCounts: boolean;
  conventionalMinimumMonthly: number | null;
  smicMonthly: number;
};

function apprenticeBaseMessage(v: BaseValues, locale: Locale): string {
  const smic = formatEuros(v.smicMonthly, locale);
  const smc = v.conventionalMinimumMonthly === null ? null : formatEuros(v.conventionalMinimumMonthly, locale);
  if (!v.conventionalMinimumCounts) {
    if (smc === null) return locale === "fr" ? "Avant 21 ans, le pourcentage s'applique au SMIC" : "Before 21, the percentage applies to the SMIC";
    return locale === "fr"
      ? `Avant 21 ans, le pourcentage s'applique au SMIC : le salaire minimum conventionnel (${smc}) n'est pas utilisé`
      : `Before 21, the percentage applies to the SMIC: the conventional minimum (${smc}) is not used`;
  }
  if (smc === null) {
    return locale === "fr"
      ? "À partir de 21 ans, le pourcentage s'applique au plus élevé du SMIC et du salaire minimum conventionnel ; aucun SMC indiqué : base SMIC"
      : "From 21, the percentage applies to the higher of the SMIC and the conventional minimum; no conventional minimum given: SMIC base";
  }
  if (v.base === "SMC") {
    return locale === "fr"
      ? `À partir de 21 ans, base = le plus élevé du SMIC et du salaire minimum conventionnel : SMC ${smc} > SMIC ${smic}, base SMC`
      : `From 21, base = the higher of the SMIC and the conventional minimum: conventional minimum ${smc} > SMIC ${smic}, conventional base`;
  }
  return locale === "fr"
    ? `À partir de 21 ans, base = le plus élevé du SMIC et du salaire minimum conventionnel : SMC ${smc} ≤ SMIC ${smic}, base SMIC`
    : `From 21, base = the higher of the SMIC and the conventional minimum: conventional minimum ${smc} ≤ SMIC ${smic}, SMIC base`;
}

/**
 * From 21, the apprentice's percentage applies to the higher of the SMIC and the conventional
 * minimum of the job (SMC); before 21, to the SMIC.
 *
 * @example
 * apprenticeshipBase.legalBasis; //=> ["C. trav. art. D6222-26"]
 */
export const apprenticeshipBase = /* @__PURE__ */ defineRule<BaseValues>({
  id: "pay.apprenticeship.base",
  legalBasis: ["C. trav. art. D6222-26"],
  title: {
    fr: "Base : le SMIC ; à partir de 21 ans, le plus élevé du SMIC et du salaire minimum conventionnel de l'emploi",
    en: "Base: the SMIC; from 21, the higher of the SMIC and the job's conventional minimum",
  },
  message: { fr: (v) => apprenticeBaseMessage(v, "fr"), en: (v) => apprenticeBaseMessage(v, "en") },
});

/** Values of the cap step. */
export type CapValues = { uncappedPercent: number; ratePercent: number; capPercent: number; base: "SMIC" | "SMC" };

function capMessage(v: CapValues, locale: Locale): string {
  const uncapped = percentLabel(v.uncappedPercent, locale);
  const cap = percentLabel(v.capPercent, locale);
  if (v.base === "SMC") {
    return locale === "fr"
      ? `Base conventionnelle (SMC) : le plafond de ${cap} du SMIC ne s'applique pas (dispositions conventionnelles plus favorables), ${uncapped} du SMC retenus`
      : `Conventional base: the ${cap}-of-SMIC cap does not apply (more favourable conventional provisions), ${uncapped} of the conventional minimum stands`;
  }
  return locale === "fr"
    ? `Les majorations ne peuvent porter le minimum au-delà de ${cap} du SMIC : ${uncapped} ramenés à ${percentLabel(v.ratePercent, "fr")}`
    : `Increases cannot raise the minimum above ${cap} of the SMIC: ${uncapped} brought down to ${percentLabel(v.ratePercent, "en")}`;
}

/**
 * Increases never raise the regulatory minimum above 100 % of the SMIC, save more favourable
 * conventional provisions (so not when the base is the conventional minimum).
 *
 * @example
 * apprenticeshipIncreaseCap.legalBasis; //=> ["C. trav. art. D6222-31"]
 */
export const apprenticeshipIncreaseCap = /* @__PURE__ */ defineRule<CapValues>({
  id: "pay.apprenticeship.increase-cap",
  legalBasis: ["C. trav. art. D6222-31"],
  title: {
    fr: "Les majorations ne peuvent porter le minimum au-delà de 100 % du SMIC, sauf dispositions conventionnelles plus favorables",
    en: "Increases cannot raise the minimum above 100 % of the SMIC, save more favourable conventional provisions",
  },
  message: { fr: (v) => capMessage(v, "fr"), en: (v) => capMessage(v, "en") },
});

/** Values of the amounts step. */
export type AmountValues = {
  ratePercent: number;
  base: "SMIC" | "SMC";
  baseHourly: number;
  baseMonthly: number;
  weeklyHours: number;
  fullTimeHours: number;
  monthlyMinimum: number;
  hourlyMinimum: number;
};

function amountMessage(v: AmountValues, locale: Locale): string {
  const rate = percentLabel(v.ratePercent, locale);
  const hours = formatNumber(v.weeklyHours, locale);
  const monthly = formatEuros(v.monthlyMinimum, locale);
  const hourly = formatEuros(v.hourlyMinimum, locale);
  if (v.base === "SMC") {
    const smc = formatEuros(v.baseMonthly, locale);
    return locale === "fr"
      ? `${rate} × SMC ${smc} × ${hours} h / ${v.fullTimeHours} h = ${monthly} par mois (${hourly} de l'heure), arrondi au centime`
      : `${rate} × conventional minimum ${smc} × ${hours} h / ${v.fullTimeHours} h = ${monthly} a month (${hourly} an hour), rounded to the cent`;
  }
  const smic = formatEuros(v.baseHourly, locale);
  return locale === "fr"
    ? `${rate} × ${smic} de l'heure × ${hours} h × 52 / 12 = ${monthly} par mois (${hourly} de l'heure), calcul exact arrondi au centime`
    : `${rate} × ${smic} an hour × ${hours} h × 52 / 12 = ${monthly} a month (${hourly} an hour), exact, rounded to the cent`;
}

/**
 * Monthly minimum = rate × hourly base × weekly hours × 52 / 12, exact, rounded half-up to the cent
 * once; hourly minimum = rate × hourly base, rounded to the cent.
 *
 * @example
 * payAmounts.id; //=> "pay.amounts"
 */
export const payAmounts = /* @__PURE__ */ defineRule<AmountValues>({
  id: "pay.amounts",
  legalBasis: ["C. trav. art. L3121-27"],
  title: {
    fr: "Montant mensuel = taux × base horaire × heures hebdomadaires × 52 / 12, exact, arrondi au centime une seule fois",
    en: "Monthly amount = rate × hourly base × weekly hours × 52 / 12, exact, rounded to the cent once",
  },
  message: { fr: (v) => amountMessage(v, "fr"), en: (v) => amountMessage(v, "en") },
});

/** Values of the CPRO grid step. */
export type ProfessionalisationGridValues = { ratePercent: number; ageBand: PayAgeBand; qualification: Qualification };

/**
 * CPRO under 26: a percentage of the SMIC by age and qualification, with no contract-year progression.
 *
 * @example
 * professionalisationGridRate.id; //=> "pay.professionalisation.grid"
 */
export const professionalisationGridRate = /* @__PURE__ */ defineRule<ProfessionalisationGridValues>({
  id: "pay.professionalisation.grid",
  legalBasis: ["C. trav. art. L6325-8", "C. trav. art. D6325-14", "C. trav. art. D6325-15"],
  title: {
    fr: "Moins de 26 ans : pourcentage du SMIC selon l'âge et la qualification (55/65 % avant 21 ans, 70/80 % de 21 à 25 ans), sans progression par année",
    en: "Under 26: percentage of the SMIC by age and qualification (55/65 % under 21, 70/80 % from 21 to 25), no yearly progression",
  },
  message: {
    fr: (v) =>
      `Article D6325-15 : ${percentLabel(v.ratePercent, "fr")} du SMIC pour la tranche « ${bandLabel(v.ageBand, "fr")} », qualification ${qualificationLabel(v.qualification, "fr")}`,
    en: (v) =>
      `D6325-15: ${percentLabel(v.ratePercent, "en")} of the SMIC for the band "${bandLabel(v.ageBand, "en")}", qualification ${qualificationLabel(v.qualification, "en")}`,
  },
});

/** Values of the CPRO 26+ step. */
export type ProfessionalisationOlderValues = {
  base: "SMIC" | "SMC";
  conventionalMinimumMonthly: number | null;
  smcPercent: number;
  conventionalShare: number | null;
  smicMonthly: number;
};

function olderMessage(v: ProfessionalisationOlderValues, locale: Locale): string {
  const smic = formatEuros(v.smicMonthly, locale);
  const share = percentLabel(v.smcPercent, locale);
  if (v.conventionalMinimumMonthly === null || v.conventionalShare === null) {
    return locale === "fr"
      ? `À partir de 26 ans : au moins le SMIC et ${share} du salaire minimum conventionnel ; aucun SMC indiqué : SMIC (${smic})`
      : `From 26: at least the SMIC and ${share} of the conventional minimum; none given: SMIC (${smic})`;
  }
  const smc = formatEuros(v.conventionalMinimumMonthly, locale);
  const computed = formatEuros(v.conventionalShare, locale);
  if (v.base === "SMC") {
    return locale === "fr"
      ? `À partir de 26 ans : ${share} × SMC ${smc} = ${computed} > SMIC ${smic} : ${share} du SMC`
      : `From 26: ${share} × conventional minimum ${smc} = ${computed} > SMIC ${smic}: ${share} of the conventional minimum`;
  }
  return locale === "fr"
    ? `À partir de 26 ans : ${share} × SMC ${smc} = ${computed} ≤ SMIC ${smic} : le SMIC`
    : `From 26: ${share} × conventional minimum ${smc} = ${computed} ≤ SMIC ${smic}: the SMIC`;
}

/**
 * CPRO from 26: the higher of the SMIC and 85 % of the conventional minimum.
 *
 * @example
 * professionalisationOlder.legalBasis; //=> ["C. trav. art. L6325-9", "C. trav. art. D6325-18"]
 */
export const professionalisationOlder = /* @__PURE__ */ defineRule<ProfessionalisationOlderValues>({
  id: "pay.professionalisation.26-plus",
  legalBasis: ["C. trav. art. L6325-9", "C. trav. art. D6325-18"],
  title: {
    fr: "À partir de 26 ans : au moins le SMIC et au moins 85 % du salaire minimum conventionnel",
    en: "From 26: at least the SMIC and at least 85 % of the conventional minimum",
  },
  message: { fr: (v) => olderMessage(v, "fr"), en: (v) => olderMessage(v, "en") },
});

/** Values of the schedule-splitting step. */
export type ScheduleValues = { contractStart: IsoDate; contractEnd: IsoDate; periods: number };

/**
 * An apprentice pay schedule: periods split at every contract anniversary, age-band change and SMIC
 * change; identical neighbours merged. The contract states the pay for each year (R6222-4).
 *
 * @example
 * apprenticeshipSchedule.id; //=> "pay.apprenticeship.schedule"
 */
export const apprenticeshipSchedule = /* @__PURE__ */ defineRule<ScheduleValues>({
  id: "pay.apprenticeship.schedule",
  legalBasis: ["C. trav. art. R6222-4", "C. trav. art. D6222-26", "C. trav. art. D6222-31"],
  title: {
    fr: "Échéancier : une période à chaque anniversaire du contrat, changement de tranche d'âge et revalorisation du SMIC",
    en: "Schedule: a new period at every contract anniversary, age-band change and SMIC revaluation",
  },
  message: {
    fr: (v) => `Du ${v.contractStart} au ${v.contractEnd} : ${v.periods} période(s), coupées à chaque anniversaire du contrat, changement de tranche d'âge et revalorisation du SMIC`,
    en: (v) => `${v.contractStart} to ${v.contractEnd}: ${v.periods} period(s), split at every contract anniversary, age-band change and SMIC revaluation`,
  },
});

/**
 * A CPRO pay schedule: periods split at every age-band change and SMIC change (and, for
 * information, at contract anniversaries); identical neighbours merged.
 *
 * @example
 * professionalisationSchedule.id; //=> "pay.professionalisation.schedule"
 */
export const professionalisationSchedule = /* @__PURE__ */ defineRule<ScheduleValues>({
  id: "pay.professionalisation.schedule",
  legalBasis: ["C. trav. art. D6325-15", "C. trav. art. D6325-16"],
  title: {
    fr: "Échéancier : une période à chaque changement de tranche d'âge et revalorisation du SMIC (et, pour information, à chaque anniversaire du contrat)",
    en: "Schedule: a new period at every age-band change and SMIC revaluation (and, for information, at every contract anniversary)",
  },
  message: {
    fr: (v) => `Du ${v.contractStart} au ${v.contractEnd} : ${v.periods} période(s), coupées à chaque changement de tranche d'âge, revalorisation du SMIC et anniversaire du contrat`,
    en: (v) => `${v.contractStart} to ${v.contractEnd}: ${v.periods} period(s), split at every age-band change, SMIC revaluation and contract anniversary`,
  },
});

/** Values of one schedule period step. */
export type PeriodValues = {
  from: IsoDate;
  to: IsoDate;
  contractYear: number;
  ageBand: PayAgeBand;
  ratePercent: number;
  base: "SMIC" | "SMC";
  smicHourly: number;
  smicSince: IsoDate;
  monthlyMinimum: number;
};

function periodMessage(v: PeriodValues, locale: Locale): string {
  const rate = percentLabel(v.ratePercent, locale);
  const band = bandLabel(v.ageBand, locale);
  const smic = formatEuros(v.smicHourly, locale);
  const monthly = formatEuros(v.monthlyMinimum, locale);
  const year = contractYearLabel(v.contractYear, locale);
  return locale === "fr"
    ? `Du ${v.from} au ${v.to} : ${year}, tranche « ${band} », ${rate} du ${v.base} (SMIC ${smic} de l'heure depuis le ${v.smicSince}) → ${monthly} par mois`
    : `${v.from} to ${v.to}: ${year}, band "${band}", ${rate} of the ${v.base === "SMC" ? "conventional minimum" : "SMIC"} (SMIC ${smic} an hour since ${v.smicSince}) → ${monthly} a month`;
}

/**
 * One period of an apprentice pay schedule.
 *
 * @example
 * apprenticeshipPeriod.id; //=> "pay.apprenticeship.period"
 */
export const apprenticeshipPeriod = /* @__PURE__ */ defineRule<PeriodValues>({
  id: "pay.apprenticeship.period",
  legalBasis: ["C. trav. art. D6222-26"],
  title: { fr: "Minimum d'une période de l'échéancier", en: "Minimum of one schedule period" },
  message: { fr: (v) => periodMessage(v, "fr"), en: (v) => periodMessage(v, "en") },
});

/**
 * One period of a CPRO pay schedule.
 *
 * @example
 * professionalisationPeriod.id; //=> "pay.professionalisation.period"
 */
export const professionalisationPeriod = /* @__PURE__ */ defineRule<PeriodValues>({
  id: "pay.professionalisation.period",
  legalBasis: ["C. trav. art. D6325-15", "C. trav. art. D6325-18"],
  title: { fr: "Minimum d'une période de l'échéancier", en: "Minimum of one schedule period" },
  message: { fr: (v) => periodMessage(v, "fr"), en: (v) => periodMessage(v, "en") },
});

/** Values of the net-column step. */
export type NetColumnValues = { contract: "apprenticeship" | "professionalisation"; signatureDate: IsoDate; regime: string };

function netColumnMessage(v: NetColumnValues, locale: Locale): string {
  const regime =
    v.regime === "standard"
      ? locale === "fr"
        ? "régime de droit commun"
        : "standard regime"
      : v.regime === "apprentice-before-2025-03"
        ? locale === "fr"
          ? "contrat conclu avant le 2025-03-01 : exonération jusqu'à 79 % du SMIC, sans CSG/CRDS"
          : "contract concluded before 2025-03-01: exempt up to 79 % of the SMIC, no CSG/CRDS"
        : locale === "fr"
          ? "contrat conclu à partir du 2025-03-01 : exonération jusqu'à 50 % du SMIC, CSG/CRDS au-delà"
          : "contract concluded from 2025-03-01: exempt up to 50 % of the SMIC, CSG/CRDS above";
  return locale === "fr"
    ? `Minimum net : net à payer avant impôt de chaque minimum mensuel (netPay), employeur privé, contrat conclu le ${v.signatureDate} (${regime}), sans mutuelle`
    : `Net minimum: net pay before income tax of each monthly minimum (netPay), private employer, contract concluded on ${v.signatureDate} (${regime}), no health insurance`;
}

/**
 * The net column of a schedule: the net of each period's monthly minimum, private employer, by the
 * contract's signature date (API.md §8). Periods are also split where a rate or the ceiling changes the net.
 *
 * @example
 * scheduleNetColumn.id; //=> "pay.schedule.net"
 */
export const scheduleNetColumn = /* @__PURE__ */ defineRule<NetColumnValues>({
  id: "pay.schedule.net",
  legalBasis: ["C. trav. art. L6243-2", "C. trav. art. D6243-5", "CSS art. L136-1-1"],
  title: {
    fr: "Minimum net de chaque période : net à payer avant impôt du minimum mensuel (employeur privé, régime selon la date de conclusion du contrat)",
    en: "Net minimum of each period: net pay before income tax of the monthly minimum (private employer, regime by the contract's signature date)",
  },
  message: { fr: (v) => netColumnMessage(v, "fr"), en: (v) => netColumnMessage(v, "en") },
});

/** Values of the totals step. */
export type TotalsValues = { gross: number; net: number | null; contractYears: number };

function totalsMessage(v: TotalsValues, locale: Locale): string {
  const net = v.net === null ? (locale === "fr" ? "non calculé" : "not computed") : formatEuros(v.net, locale);
  return locale === "fr"
    ? `Total du minimum sur ${v.contractYears} année(s) de contrat : ${formatEuros(v.gross, "fr")} brut, ${net} net ; un mois entamé compte au prorata des jours calendaires couverts (jours / jours du mois), somme exacte arrondie une fois`
    : `Minimum paid over ${v.contractYears} contract year(s): ${formatEuros(v.gross, "en")} gross, ${net} net; a partly covered month counts by calendar days covered (days / days in the month), summed exactly and rounded once`;
}

/**
 * Totals of a schedule: the minimum paid by contract year and over the contract, gross and net, a
 * partly covered month counted by calendar days.
 *
 * @example
 * scheduleTotals.id; //=> "pay.schedule.totals"
 */
export const scheduleTotals = /* @__PURE__ */ defineRule<TotalsValues>({
  id: "pay.schedule.totals",
  legalBasis: ["C. trav. art. D6222-26", "C. trav. art. D6325-15"],
  title: {
    fr: "Totaux de l'échéancier : minimum brut et net par année de contrat et sur tout le contrat, un mois entamé au prorata des jours calendaires",
    en: "Schedule totals: gross and net minimum by contract year and over the contract, a partly covered month counted by calendar days",
  },
  message: { fr: (v) => totalsMessage(v, "fr"), en: (v) => totalsMessage(v, "en") },
});

/**
 * Warning: no net column for Mayotte, whose contribution rates the library does not hold.
 *
 * @example
 * netNotCovered.code; //=> "NET_PAY_NOT_COVERED"
 */
export const netNotCovered = /* @__PURE__ */ defineRule<Record<string, never>>({
  id: "pay.schedule.net-not-covered",
  code: "NET_PAY_NOT_COVERED",
  legalBasis: ["C. trav. art. L6243-2"],
  title: {
    fr: "Mayotte : pas de minimum net (taux de cotisations propres à Mayotte non couverts)",
    en: "Mayotte: no net minimum (Mayotte's own contribution rates are not covered)",
  },
  message: {
    fr: "Mayotte : les taux de cotisations et de CSG/CRDS de Mayotte ne sont pas dans la référence de la bibliothèque ; le minimum net et le total net valent null.",
    en: "Mayotte: Mayotte's contribution and CSG/CRDS rates are not in the library's reference; the net minimum and the net total are null.",
  },
});

/**
 * Every rule of the pay module, for the generated rules reference (docs/rules.md).
 *
 * @example
 * payRules.map((rule) => rule.id).includes("pay.apprenticeship.grid"); //=> true
 */
export const payRules: readonly RuleDeclaration<never>[] = /* @__PURE__ */ Object.freeze([
  apprenticeshipGridRate,
  apprenticeshipContractYear,
  apprenticeshipCreditedMonths,
  apprenticeshipBeyondCycle,
  apprenticeshipAgeBand,
  apprenticeshipBase,
  apprenticeshipLicencePro,
  apprenticeshipSameLevelDiploma,
  sameLevelDiplomaContractOverOneYear,
  apprenticeshipDisabledWorkerExtension,
  apprenticeshipPublicSector,
  apprenticeshipPreviousContract,
  apprenticeshipIncreaseCap,
  smicInForce,
  payAmounts,
  apprenticeshipSchedule,
  apprenticeshipPeriod,
  professionalisationGridRate,
  professionalisationAgeBand,
  professionalisationOlder,
  professionalisationSchedule,
  professionalisationPeriod,
  scheduleNetColumn,
  scheduleTotals,
  netNotCovered,
]);
