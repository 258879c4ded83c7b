/**
 * The internship (stage) rules, each declared once: presence counting (C. éduc. art. D124-6), when the
 * gratification is mandatory (L124-6), its minimum rate and payment (L124-6, D124-8), the part exempt
 * from contributions (CSS art. L136-1-1, D136-1) and the limits (L124-5, D124-8 al. 4).
 * Results, docs/rules.md and the tests read these declarations.
 */
import type { IsoDate } from "../core/dates.js";
import { defineRule, type RuleDeclaration } from "../core/explain.js";
import { formatEuros, formatNumber } from "../core/format.js";

const hoursFr = (hours: number): string => `${formatNumber(hours, "fr")} h`;
const hoursEn = (hours: number): string => `${formatNumber(hours, "en")} h`;
const WEEKDAY_FR: Readonly<Record<string, string>> = { mon: "lun", tue: "mar", wed: "mer", thu: "jeu", fri: "ven", sat: "sam", sun: "dim" };

/**
 * D124-6: 7 hours of presence make a day, 22 days make a month.
 *
 * @example
 * explainStep(presenceCounting, "en", { totalHours: 309, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 44, presenceMonths: 2 }).message;
 * //=> "309 h of presence = 44 days of 7 h = 2 months of 22 days"
 */
export const presenceCounting = /* @__PURE__ */ defineRule<{
  totalHours: number;
  hoursPerDay: number;
  daysPerMonth: number;
  presenceDays: number;
  presenceMonths: number;
}>({
  id: "internship.presence.counting",
  legalBasis: ["C. éduc. art. D124-6", "C. éduc. art. L124-18"],
  title: {
    fr: "Chaque période d'au moins 7 heures de présence compte pour un jour, chaque période d'au moins 22 jours pour un mois",
    en: "Each period of at least 7 hours of presence counts as a day, each period of at least 22 days as a month",
  },
  message: {
    fr: (v) =>
      `${hoursFr(v.totalHours)} de présence = ${v.presenceDays} jour(s) de ${formatNumber(v.hoursPerDay, "fr")} h = ${v.presenceMonths} mois de ${v.daysPerMonth} jours`,
    en: (v) =>
      `${hoursEn(v.totalHours)} of presence = ${v.presenceDays} days of ${formatNumber(v.hoursPerDay, "en")} h = ${v.presenceMonths} months of ${v.daysPerMonth} days`,
  },
});

/**
 * L124-6: the gratification is mandatory above two months of presence (308 h), and then due from the
 * first hour (D124-8). The hour reading (> 308 h) is the one applied; the day reading is reported too.
 *
 * @example
 * explainStep(gratificationMandatory, "en", { totalHours: 309, thresholdHours: 308, mandatory: true, mandatoryByDays: false, presenceDays: 44, thresholdDays: 44 }).message;
 * //=> "309 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 44 days, not above 44)"
 */
export const gratificationMandatory = /* @__PURE__ */ defineRule<{
  totalHours: number;
  thresholdHours: number;
  mandatory: boolean;
  mandatoryByDays: boolean;
  presenceDays: number;
  thresholdDays: number;
}>({
  id: "internship.gratification.mandatory",
  legalBasis: ["C. éduc. art. L124-6", "C. éduc. art. D124-6", "C. éduc. art. D124-8"],
  title: {
    fr: "Gratification obligatoire au-delà de deux mois de présence (308 heures, soit à partir de la 309e heure), due dès la première heure",
    en: "Gratification mandatory above two months of presence (308 hours, i.e. from the 309th hour), due from the first hour",
  },
  message: {
    fr: (v) =>
      (v.mandatory
        ? `${hoursFr(v.totalHours)} > ${hoursFr(v.thresholdHours)} (deux mois) : gratification obligatoire, due dès la première heure`
        : `${hoursFr(v.totalHours)} ≤ ${hoursFr(v.thresholdHours)} (deux mois) : gratification facultative`) +
      ` (en jours entiers de 7 h : ${v.presenceDays} jours, ${v.mandatoryByDays ? "au-delà de" : "pas au-delà de"} ${v.thresholdDays})`,
    en: (v) =>
      (v.mandatory
        ? `${hoursEn(v.totalHours)} > ${hoursEn(v.thresholdHours)} (two months): the gratification is mandatory, due from the first hour`
        : `${hoursEn(v.totalHours)} ≤ ${hoursEn(v.thresholdHours)} (two months): the gratification is optional`) +
      ` (by whole days of 7 h: ${v.presenceDays} days, ${v.mandatoryByDays ? "above" : "not above"} ${v.thresholdDays})`,
  },
});

/**
 * L124-6: the minimum hourly gratification is 15 % of the hourly social-security ceiling, taken at the
 * convention's signature (CSS art. D242-19 for the hourly ceiling).
 *
 * @example
 * explainStep(minimumHourlyRate, "en", { conventionSignedOn: "2026-01-02", ceilingSince: "2026-01-01", ceilingMonthly: 4005, ceilingHourly: 30, ratePercent: 15, minimumHourlyRate: 4.5 }).message;
 * //=> "Convention signed on 2026-01-02: hourly ceiling €30.00 (monthly €4,005.00 since 2026-01-01) × 15 % = €4.50 per hour"
 */
export const minimumHourlyRate = /* @__PURE__ */ defineRule<{
  conventionSignedOn: IsoDate;
  ceilingSince: IsoDate;
  ceilingMonthly: number;
  ceilingHourly: number;
  ratePercent: number;
  minimumHourlyRate: number;
}>({
  id: "internship.gratification.minimum-rate",
  legalBasis: ["C. éduc. art. L124-6", "CSS art. D242-19"],
  title: {
    fr: "Gratification minimale : 15 % du plafond horaire de la sécurité sociale en vigueur à la signature de la convention",
    en: "Minimum gratification: 15 % of the hourly social-security ceiling in force when the convention is signed",
  },
  message: {
    fr: (v) =>
      `Convention signée le ${v.conventionSignedOn} : plafond horaire ${formatEuros(v.ceilingHourly, "fr")} (mensuel ${formatEuros(v.ceilingMonthly, "fr")} depuis le ${v.ceilingSince}) × ${formatNumber(v.ratePercent, "fr")} % = ${formatEuros(v.minimumHourlyRate, "fr")} par heure`,
    en: (v) =>
      `Convention signed on ${v.conventionSignedOn}: hourly ceiling ${formatEuros(v.ceilingHourly, "en")} (monthly ${formatEuros(v.ceilingMonthly, "en")} since ${v.ceilingSince}) × ${formatNumber(v.ratePercent, "en")} % = ${formatEuros(v.minimumHourlyRate, "en")} per hour`,
  },
});

/**
 * D124-8: the gratification is due for each hour of presence and paid monthly; each month is rate ×
 * hours of that month, rounded to the cent.
 *
 * @example
 * explainStep(gratificationAmount, "en", { hourlyRate: 4.5, agreed: false, paid: true, totalHours: 441, total: 1984.5, months: 3 }).message;
 * //=> "€4.50 per hour (the minimum) × 441 h = €1,984.50, paid monthly on the hours of each month (3 months)"
 */
export const gratificationAmount = /* @__PURE__ */ defineRule<{
  hourlyRate: number;
  agreed: boolean;
  paid: boolean;
  totalHours: number;
  total: number;
  months: number | null;
}>({
  id: "internship.gratification.amount",
  legalBasis: ["C. éduc. art. D124-8"],
  title: {
    fr: "La gratification est due pour chaque heure de présence et versée mensuellement : taux horaire × heures du mois",
    en: "The gratification is due for each hour of presence and paid monthly: hourly rate × hours of the month",
  },
  message: {
    fr: (v) =>
      v.paid
        ? `${formatEuros(v.hourlyRate, "fr")} de l'heure (${v.agreed ? "taux convenu" : "le minimum"}) × ${hoursFr(v.totalHours)} = ${formatEuros(v.total, "fr")}` +
          (v.months === null ? " (heures par mois non fournies : pas de détail mensuel)" : `, versés chaque mois sur les heures du mois (${v.months} mois)`)
        : "Gratification non obligatoire et aucun taux convenu : montants à 0",
    en: (v) =>
      v.paid
        ? `${formatEuros(v.hourlyRate, "en")} per hour (${v.agreed ? "agreed rate" : "the minimum"}) × ${hoursEn(v.totalHours)} = ${formatEuros(v.total, "en")}` +
          (v.months === null ? " (no hours per month given: no monthly breakdown)" : `, paid monthly on the hours of each month (${v.months} months)`)
        : "Gratification not mandatory and no agreed rate: amounts are 0",
  },
});

/**
 * The smoothed monthly amount ("lissage"): the total spread evenly over the months with presence, the
 * second payment option the Ministry of Labour describes under D124-8.
 *
 * @example
 * explainStep(gratificationSmoothing, "en", { total: 1984.5, months: 3, smoothedMonthly: 661.5 }).message;
 * //=> "Smoothed: €1,984.50 ÷ 3 months with presence = €661.50 per month"
 */
export const gratificationSmoothing = /* @__PURE__ */ defineRule<{ total: number; months: number; smoothedMonthly: number }>({
  id: "internship.gratification.smoothing",
  legalBasis: ["C. éduc. art. D124-8"],
  title: {
    fr: "Lissage : le total divisé par le nombre de mois de présence, versé chaque mois (régularisé sur les heures réelles si le stage est interrompu)",
    en: "Smoothing: the total divided by the number of months with presence, paid each month (adjusted to the actual hours if the internship is cut short)",
  },
  message: {
    fr: (v) => `Lissage : ${formatEuros(v.total, "fr")} ÷ ${v.months} mois de présence = ${formatEuros(v.smoothedMonthly, "fr")} par mois`,
    en: (v) => `Smoothed: ${formatEuros(v.total, "en")} ÷ ${v.months} months with presence = ${formatEuros(v.smoothedMonthly, "en")} per month`,
  },
});

/**
 * CSS L136-1-1 III 1° b and D136-1: per calendar month, the gratification is free of contributions up
 * to 15 % of the hourly ceiling (at the convention's signature) × the hours of the month; only the
 * excess is subject.
 *
 * @example
 * explainStep(contributionExemptPart, "en", { exemptHourlyRate: 4.5, exemptTotal: 1984.5, subjectTotal: 0 }).message;
 * //=> "Free of contributions up to €4.50 × hours of each month: exempt €1,984.50, subject €0.00"
 */
export const contributionExemptPart = /* @__PURE__ */ defineRule<{ exemptHourlyRate: number; exemptTotal: number; subjectTotal: number }>({
  id: "internship.contributions.exempt-part",
  legalBasis: ["CSS art. L136-1-1", "CSS art. D136-1", "CSS art. L242-1"],
  title: {
    fr: "Franchise de cotisations : par mois, la part de la gratification n'excédant pas 15 % du plafond horaire × heures de stage du mois",
    en: "Contribution-free part: per month, the part of the gratification not above 15 % of the hourly ceiling × hours of the month",
  },
  message: {
    fr: (v) =>
      `Exonéré dans la limite de ${formatEuros(v.exemptHourlyRate, "fr")} × heures de chaque mois : part exonérée ${formatEuros(v.exemptTotal, "fr")}, part soumise ${formatEuros(v.subjectTotal, "fr")}`,
    en: (v) =>
      `Free of contributions up to ${formatEuros(v.exemptHourlyRate, "en")} × hours of each month: exempt ${formatEuros(v.exemptTotal, "en")}, subject ${formatEuros(v.subjectTotal, "en")}`,
  },
});

/**
 * L124-5: at most six months (924 hours) of internship per intern, host and academic year.
 *
 * @example
 * violationOf(internshipTooLong, "en", { totalHours: 924.5, maximumHours: 924 }, "presenceHours").code; //=> "INTERNSHIP_TOO_LONG"
 */
export const internshipTooLong = /* @__PURE__ */ defineRule<{ totalHours: number; maximumHours: number }>({
  id: "internship.duration.maximum",
  code: "INTERNSHIP_TOO_LONG",
  legalBasis: ["C. éduc. art. L124-5", "C. éduc. art. D124-6"],
  title: {
    fr: "Au plus six mois de stage (924 heures) par stagiaire, organisme d'accueil et année d'enseignement",
    en: "At most six months of internship (924 hours) per intern, host and academic year",
  },
  message: {
    fr: (v) => `${hoursFr(v.totalHours)} de présence dépassent le maximum de six mois (${hoursFr(v.maximumHours)}) dans un même organisme et une même année`,
    en: (v) => `${hoursEn(v.totalHours)} of presence exceed the six-month maximum (${hoursEn(v.maximumHours)}) at one host in one academic year`,
  },
});

/**
 * L124-6: a mandatory gratification cannot be below the minimum hourly rate.
 *
 * @example
 * violationOf(rateBelowMinimum, "en", { hourlyRate: 4, minimumHourlyRate: 4.35 }, "hourlyRate").code; //=> "RATE_BELOW_MINIMUM"
 */
export const rateBelowMinimum = /* @__PURE__ */ defineRule<{ hourlyRate: number; minimumHourlyRate: number }>({
  id: "internship.gratification.rate-minimum",
  code: "RATE_BELOW_MINIMUM",
  legalBasis: ["C. éduc. art. L124-6"],
  title: {
    fr: "Le taux horaire convenu d'une gratification obligatoire ne peut être inférieur au minimum légal",
    en: "The agreed hourly rate of a mandatory gratification cannot be below the legal minimum",
  },
  message: {
    fr: (v) => `Taux convenu ${formatEuros(v.hourlyRate, "fr")} de l'heure inférieur au minimum de ${formatEuros(v.minimumHourlyRate, "fr")}`,
    en: (v) => `Agreed rate ${formatEuros(v.hourlyRate, "en")} per hour is below the minimum of ${formatEuros(v.minimumHourlyRate, "en")}`,
  },
});

/**
 * D124-8 al. 4: an administration, public institution or other public-law host cannot pay more than
 * the rate of L124-6.
 *
 * @example
 * violationOf(publicHostAboveMinimum, "en", { hourlyRate: 5, minimumHourlyRate: 4.5 }, "hourlyRate").code; //=> "PUBLIC_HOST_ABOVE_MINIMUM"
 */
export const publicHostAboveMinimum = /* @__PURE__ */ defineRule<{ hourlyRate: number; minimumHourlyRate: number }>({
  id: "internship.public-host.maximum",
  code: "PUBLIC_HOST_ABOVE_MINIMUM",
  legalBasis: ["C. éduc. art. D124-8"],
  title: {
    fr: "Un organisme d'accueil de droit public ne peut verser une gratification supérieure au taux de l'article L124-6",
    en: "A public-law host cannot pay a gratification above the rate of article L124-6",
  },
  message: {
    fr: (v) =>
      `Organisme public : le taux de ${formatEuros(v.hourlyRate, "fr")} de l'heure dépasse le taux légal de ${formatEuros(v.minimumHourlyRate, "fr")}, qu'une gratification publique ne peut excéder`,
    en: (v) =>
      `Public host: the rate of ${formatEuros(v.hourlyRate, "en")} per hour exceeds the legal rate of ${formatEuros(v.minimumHourlyRate, "en")}, which a public gratification cannot exceed`,
  },
});

/**
 * Warning: the hourly ceiling rose (on 1 January) while the internship ran, above the rate applied. The
 * library keeps the minimum of the signature date (docs/internships.md, UNCONFIRMED); a convention may provide a
 * revaluation.
 *
 * @example
 * violationOf(minimumRateChanged, "en", { since: "2026-01-01", minimumHourlyRate: 4.5, hourlyRate: 4.35 }, "conventionSignedOn").code;
 * //=> "MINIMUM_RATE_CHANGED_DURING_INTERNSHIP"
 */
export const minimumRateChanged = /* @__PURE__ */ defineRule<{ since: IsoDate; minimumHourlyRate: number; hourlyRate: number }>({
  id: "internship.gratification.minimum-rate-changed",
  code: "MINIMUM_RATE_CHANGED_DURING_INTERNSHIP",
  legalBasis: ["C. éduc. art. L124-6", "CSS art. D136-1"],
  title: {
    fr: "Le plafond horaire de la sécurité sociale a augmenté pendant le stage : le calcul garde le minimum de la signature ; vérifier si la convention prévoit une revalorisation",
    en: "The hourly social-security ceiling rose during the internship: the computation keeps the minimum of the signature date; check whether the convention provides a revaluation",
  },
  message: {
    fr: (v) =>
      `Depuis le ${v.since}, 15 % du plafond horaire = ${formatEuros(v.minimumHourlyRate, "fr")} de l'heure, plus que le taux appliqué de ${formatEuros(v.hourlyRate, "fr")} (le minimum s'apprécie à la signature de la convention). Si la convention prévoit une revalorisation, appliquer le nouveau taux aux heures de présence à partir de cette date.`,
    en: (v) =>
      `Since ${v.since}, 15 % of the hourly ceiling is ${formatEuros(v.minimumHourlyRate, "en")} per hour, more than the rate applied of ${formatEuros(v.hourlyRate, "en")} (the minimum is taken at the convention's signature). If the convention provides a revaluation, apply the new rate to the hours of presence from that date.`,
  },
});

/**
 * Which days count as presence: the days of the weekly pattern within the period, less public holidays
 * (C. trav. art. L3133-1), training days and absences; duration is effective presence (L124-18).
 *
 * @example
 * explainStep(presenceDays, "en", { start: "2026-01-05", end: "2026-01-09", weekdays: ["mon", "tue", "wed", "thu", "fri"], days: 5, hoursPerDay: 7, hours: 35, publicHolidays: [], trainingDays: 0, absenceDays: 0 }).message;
 * //=> "2026-01-05 to 2026-01-09, days mon, tue, wed, thu, fri: 5 days of presence × 7 h = 35 h (public holidays left out: none; training days: 0; absences: 0)"
 */
export const presenceDays = /* @__PURE__ */ defineRule<{
  start: IsoDate;
  end: IsoDate;
  weekdays: readonly string[];
  days: number;
  hoursPerDay: number;
  hours: number;
  publicHolidays: readonly IsoDate[] | null;
  trainingDays: number;
  absenceDays: number;
}>({
  id: "internship.presence.days",
  legalBasis: ["C. éduc. art. L124-18", "C. trav. art. L3133-1"],
  title: {
    fr: "La durée du stage s'apprécie en présence effective : jours du rythme hebdomadaire, hors jours fériés, jours de formation et absences",
    en: "Internship duration is effective presence: days of the weekly pattern, less public holidays, training days and absences",
  },
  message: {
    fr: (v) =>
      `Du ${v.start} au ${v.end}, jours ${v.weekdays.map((day) => WEEKDAY_FR[day] ?? day).join(", ")} : ${v.days} jour(s) de présence × ${formatNumber(v.hoursPerDay, "fr")} h = ${hoursFr(v.hours)} (jours fériés écartés : ${v.publicHolidays === null ? "non, comptés comme présence" : v.publicHolidays.length === 0 ? "aucun" : v.publicHolidays.join(", ")} ; jours de formation : ${v.trainingDays} ; absences : ${v.absenceDays})`,
    en: (v) =>
      `${v.start} to ${v.end}, days ${v.weekdays.join(", ")}: ${v.days} days of presence × ${formatNumber(v.hoursPerDay, "en")} h = ${hoursEn(v.hours)} (public holidays left out: ${v.publicHolidays === null ? "no, counted as presence" : v.publicHolidays.length === 0 ? "none" : v.publicHolidays.join(", ")}; training days: ${v.trainingDays}; absences: ${v.absenceDays})`,
  },
});

/**
 * The day the gratification becomes mandatory: the day on which the 309th hour of presence is worked
 * (cumulative presence above 308 h).
 *
 * @example
 * explainStep(thresholdDate, "en", { thresholdHours: 308, thresholdReachedOn: "2026-03-06" }).message;
 * //=> "Presence goes above 308 h on 2026-03-06: the gratification is mandatory, for every hour since the first"
 */
export const thresholdDate = /* @__PURE__ */ defineRule<{ thresholdHours: number; thresholdReachedOn: IsoDate | null }>({
  id: "internship.presence.threshold-date",
  legalBasis: ["C. éduc. art. L124-6", "C. éduc. art. D124-6"],
  title: {
    fr: "Date à laquelle la 309e heure de présence est effectuée : la gratification devient obligatoire, depuis la première heure",
    en: "Date on which the 309th hour of presence is worked: the gratification becomes mandatory, from the first hour",
  },
  message: {
    fr: (v) =>
      v.thresholdReachedOn === null
        ? `La présence ne dépasse pas ${hoursFr(v.thresholdHours)} : gratification facultative`
        : `La présence dépasse ${hoursFr(v.thresholdHours)} le ${v.thresholdReachedOn} : gratification obligatoire, pour chaque heure depuis la première`,
    en: (v) =>
      v.thresholdReachedOn === null
        ? `Presence does not go above ${hoursEn(v.thresholdHours)}: the gratification is optional`
        : `Presence goes above ${hoursEn(v.thresholdHours)} on ${v.thresholdReachedOn}: the gratification is mandatory, for every hour since the first`,
  },
});

/**
 * Warning: dates given as absences or training days fall outside the period, so they change nothing
 * (a typo is the usual cause).
 *
 * @example
 * violationOf(dateOutsidePeriod, "en", { dates: ["2027-01-04"], start: "2026-01-05", end: "2026-06-30" }, "absences").code; //=> "DATE_OUTSIDE_PERIOD"
 */
export const dateOutsidePeriod = /* @__PURE__ */ defineRule<{ dates: readonly IsoDate[]; start: IsoDate; end: IsoDate }>({
  id: "internship.presence.date-outside-period",
  code: "DATE_OUTSIDE_PERIOD",
  legalBasis: [],
  title: {
    fr: "Des dates d'absence ou de formation tombent hors de la période du stage et sont sans effet",
    en: "Absence or training dates fall outside the internship period and have no effect",
  },
  message: {
    fr: (v) => `Hors de la période du ${v.start} au ${v.end}, sans effet : ${v.dates.join(", ")}`,
    en: (v) => `Outside the period ${v.start} to ${v.end}, no effect: ${v.dates.join(", ")}`,
  },
});

/**
 * Every internship rule, for the generated rules reference (docs/rules.md).
 *
 * @example
 * internshipRules.map((rule) => rule.code).filter(Boolean);
 * //=> ["INTERNSHIP_TOO_LONG", "RATE_BELOW_MINIMUM", "PUBLIC_HOST_ABOVE_MINIMUM", "MINIMUM_RATE_CHANGED_DURING_INTERNSHIP", "DATE_OUTSIDE_PERIOD"]
 */
export const internshipRules: readonly RuleDeclaration<never>[] = /* @__PURE__ */ Object.freeze([
  presenceCounting,
  gratificationMandatory,
  minimumHourlyRate,
  gratificationAmount,
  gratificationSmoothing,
  contributionExemptPart,
  internshipTooLong,
  rateBelowMinimum,
  publicHostAboveMinimum,
  minimumRateChanged,
  presenceDays,
  thresholdDate,
  dateOutsidePeriod,
]);
