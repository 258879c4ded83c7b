/**
 * Rows for branches the other tables leave open (mutation survivors): the months of presence read in
 * calendar order, the rate-change warning bounded by the last month with presence, violations that must
 * NOT appear, a period without public holidays, dates on the period's edges, and the cross-field input
 * messages word for word in French and English.
 */
import { describe, test } from "vitest";
import {
  internshipGratification,
  internshipPresence,
  type InternshipGratificationInput,
  type InternshipPresenceInput,
} from "../../src/internship/index.js";
import { expectExplained, expectIssues, type Explained, type IssueRow } from "../support/explained.js";

const months = (...rows: [string, number][]) => rows.map(([month, hours]) => ({ month, hours }));

describe("internshipGratification: cross-field input messages, word for word", () => {
  const span: IssueRow = [
    ["presenceHours"],
    "SPAN_ABOVE_ONE_YEAR",
    "presenceHours : les mois vont de 2026-01 à 2027-01 : la présence d'une seule année d'enseignement (12 mois au plus) est attendue",
    "presenceHours: months run from 2026-01 to 2027-01: the presence of one academic year (12 months at most) is expected",
  ];
  const rows: { name: string; input: InternshipGratificationInput; issues: IssueRow[]; source: string }[] = [
    {
      name: "a month given twice names the first position",
      input: { presenceHours: months(["2026-01", 10], ["2026-01", 5]), conventionSignedOn: "2026-01-02" },
      issues: [[["presenceHours", 1, "month"], "DUPLICATE_MONTH", "presenceHours[1].month : le mois 2026-01 figure déjà en position 0", "presenceHours[1].month: month 2026-01 is already given at index 0"]],
      source: "API.md §5 (at most one row per month)",
    },
    {
      name: "673 h in February 2026: at most 28 × 24 = 672 h",
      input: { presenceHours: months(["2026-02", 673]), conventionSignedOn: "2026-01-02" },
      issues: [[["presenceHours", 0, "hours"], "TOO_BIG", "presenceHours[0].hours : au plus 672 h en 2026-02 (24 h par jour), reçu 673", "presenceHours[0].hours: at most 672 h in 2026-02 (24 h a day), got 673"]],
      source: "calendar bound (24 h a day, 28 days in February 2026)",
    },
    {
      name: "months out of order: the span runs from the earliest to the latest month (2026-01 to 2027-01)",
      input: { presenceHours: months(["2026-12", 10], ["2026-01", 10], ["2027-01", 10]), conventionSignedOn: "2026-01-02" },
      issues: [span],
      source: "L124-5, L124-6 (one academic year: 12 months at most)",
    },
    {
      name: "three months in order: the span ends at the last month, not the second",
      input: { presenceHours: months(["2026-01", 10], ["2026-02", 10], ["2027-01", 10]), conventionSignedOn: "2026-01-02" },
      issues: [span],
      source: "L124-5, L124-6 (one academic year: 12 months at most)",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectIssues((locale) => internshipGratification({ ...row.input, locale }), row.issues);
  });
});

const minimumRate2025 = [
  "internship.gratification.minimum-rate",
  { conventionSignedOn: "2025-10-01", ceilingSince: "2025-01-01", ceilingMonthly: 3925, ceilingHourly: 29, ratePercent: 15, minimumHourlyRate: 4.35 },
  "Convention signée le 2025-10-01 : plafond horaire 29,00 € (mensuel 3 925,00 € depuis le 2025-01-01) × 15 % = 4,35 € par heure",
  "Convention signed on 2025-10-01: hourly ceiling €29.00 (monthly €3,925.00 since 2025-01-01) × 15 % = €4.35 per hour",
] as const;
const minimumRate2026 = [
  "internship.gratification.minimum-rate",
  { conventionSignedOn: "2026-01-02", ceilingSince: "2026-01-01", ceilingMonthly: 4005, ceilingHourly: 30, ratePercent: 15, minimumHourlyRate: 4.5 },
  "Convention signée le 2026-01-02 : plafond horaire 30,00 € (mensuel 4 005,00 € depuis le 2026-01-01) × 15 % = 4,50 € par heure",
  "Convention signed on 2026-01-02: hourly ceiling €30.00 (monthly €4,005.00 since 2026-01-01) × 15 % = €4.50 per hour",
] as const;

describe("internshipGratification: warnings and violations that must (not) appear, word for word", () => {
  const rows: Array<{ name: string; input: InternshipGratificationInput; source: string } & Explained> = [
    {
      name: "signed 2025-10-01, last hours in December, January 2026 at 0 h: no rate-change warning",
      input: { presenceHours: months(["2025-11", 300], ["2025-12", 100], ["2026-01", 0]), conventionSignedOn: "2025-10-01" },
      explanation: [
        ["internship.presence.counting", { totalHours: 400, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 57, presenceMonths: 2 }, "400 h de présence = 57 jour(s) de 7 h = 2 mois de 22 jours", "400 h of presence = 57 days of 7 h = 2 months of 22 days"],
        ["internship.gratification.mandatory", { totalHours: 400, thresholdHours: 308, mandatory: true, mandatoryByDays: true, presenceDays: 57, thresholdDays: 44 }, "400 h > 308 h (deux mois) : gratification obligatoire, due dès la première heure (en jours entiers de 7 h : 57 jours, au-delà de 44)", "400 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 57 days, above 44)"],
        minimumRate2025,
        ["internship.gratification.amount", { hourlyRate: 4.35, agreed: false, paid: true, totalHours: 400, total: 1740, months: 3 }, "4,35 € de l'heure (le minimum) × 400 h = 1 740,00 €, versés chaque mois sur les heures du mois (3 mois)", "€4.35 per hour (the minimum) × 400 h = €1,740.00, paid monthly on the hours of each month (3 months)"],
        ["internship.gratification.smoothing", { total: 1740, months: 2, smoothedMonthly: 870 }, "Lissage : 1 740,00 € ÷ 2 mois de présence = 870,00 € par mois", "Smoothed: €1,740.00 ÷ 2 months with presence = €870.00 per month"],
        ["internship.contributions.exempt-part", { exemptHourlyRate: 4.35, exemptTotal: 1740, subjectTotal: 0 }, "Exonéré dans la limite de 4,35 € × heures de chaque mois : part exonérée 1 740,00 €, part soumise 0,00 €", "Free of contributions up to €4.35 × hours of each month: exempt €1,740.00, subject €0.00"],
      ],
      source: "C. éduc. L124-6, D124-8 (2025: 15 % × 29 € = 4,35 €); CSS D136-1; law.md §6.2 (rate of the signature; warning only for months with presence)",
    },
    {
      name: "signed 2025-10-01, presence in November, December and January 2026: the 2026 rise is reported",
      input: { presenceHours: months(["2025-11", 150], ["2025-12", 100], ["2026-01", 100]), conventionSignedOn: "2025-10-01" },
      explanation: [
        ["internship.presence.counting", { totalHours: 350, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 50, presenceMonths: 2 }, "350 h de présence = 50 jour(s) de 7 h = 2 mois de 22 jours", "350 h of presence = 50 days of 7 h = 2 months of 22 days"],
        ["internship.gratification.mandatory", { totalHours: 350, thresholdHours: 308, mandatory: true, mandatoryByDays: true, presenceDays: 50, thresholdDays: 44 }, "350 h > 308 h (deux mois) : gratification obligatoire, due dès la première heure (en jours entiers de 7 h : 50 jours, au-delà de 44)", "350 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 50 days, above 44)"],
        minimumRate2025,
        ["internship.gratification.amount", { hourlyRate: 4.35, agreed: false, paid: true, totalHours: 350, total: 1522.5, months: 3 }, "4,35 € de l'heure (le minimum) × 350 h = 1 522,50 €, versés chaque mois sur les heures du mois (3 mois)", "€4.35 per hour (the minimum) × 350 h = €1,522.50, paid monthly on the hours of each month (3 months)"],
        ["internship.gratification.smoothing", { total: 1522.5, months: 3, smoothedMonthly: 507.5 }, "Lissage : 1 522,50 € ÷ 3 mois de présence = 507,50 € par mois", "Smoothed: €1,522.50 ÷ 3 months with presence = €507.50 per month"],
        ["internship.contributions.exempt-part", { exemptHourlyRate: 4.35, exemptTotal: 1522.5, subjectTotal: 0 }, "Exonéré dans la limite de 4,35 € × heures de chaque mois : part exonérée 1 522,50 €, part soumise 0,00 €", "Free of contributions up to €4.35 × hours of each month: exempt €1,522.50, subject €0.00"],
      ],
      warnings: [
        [
          "MINIMUM_RATE_CHANGED_DURING_INTERNSHIP",
          "conventionSignedOn",
          "Depuis le 2026-01-01, 15 % du plafond horaire = 4,50 € de l'heure, plus que le taux appliqué de 4,35 € (le minimum s'apprécie à la signature de la convention). Si la convention prévoit une revalorisation, appliquer le nouveau taux aux heures de présence à partir de cette date.",
          "Since 2026-01-01, 15 % of the hourly ceiling is €4.50 per hour, more than the rate applied of €4.35 (the minimum is taken at the convention's signature). If the convention provides a revaluation, apply the new rate to the hours of presence from that date.",
        ],
      ],
      source: "C. éduc. L124-6 (2025: 4,35 €; 2026: 15 % × 30 € = 4,50 €); law.md §6.2 (UNCONFIRMED: rate of the signature, warning)",
    },
    {
      name: "100 h, agreed 3 € (below the minimum) but not mandatory: no RATE_BELOW_MINIMUM",
      input: { presenceHours: 100, conventionSignedOn: "2026-01-02", hourlyRate: 3 },
      explanation: [
        ["internship.presence.counting", { totalHours: 100, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 14, presenceMonths: 0 }, "100 h de présence = 14 jour(s) de 7 h = 0 mois de 22 jours", "100 h of presence = 14 days of 7 h = 0 months of 22 days"],
        ["internship.gratification.mandatory", { totalHours: 100, thresholdHours: 308, mandatory: false, mandatoryByDays: false, presenceDays: 14, thresholdDays: 44 }, "100 h ≤ 308 h (deux mois) : gratification facultative (en jours entiers de 7 h : 14 jours, pas au-delà de 44)", "100 h ≤ 308 h (two months): the gratification is optional (by whole days of 7 h: 14 days, not above 44)"],
        minimumRate2026,
        ["internship.gratification.amount", { hourlyRate: 3, agreed: true, paid: true, totalHours: 100, total: 300, months: null }, "3,00 € de l'heure (taux convenu) × 100 h = 300,00 € (heures par mois non fournies : pas de détail mensuel)", "€3.00 per hour (agreed rate) × 100 h = €300.00 (no hours per month given: no monthly breakdown)"],
        ["internship.contributions.exempt-part", { exemptHourlyRate: 4.5, exemptTotal: 300, subjectTotal: 0 }, "Exonéré dans la limite de 4,50 € × heures de chaque mois : part exonérée 300,00 €, part soumise 0,00 €", "Free of contributions up to €4.50 × hours of each month: exempt €300.00, subject €0.00"],
      ],
      source: "C. éduc. L124-6 (the minimum binds a mandatory gratification only, above two months); law.md §6.1",
    },
    {
      name: "400 h, private host agreeing 6 € (above the minimum): no PUBLIC_HOST_ABOVE_MINIMUM",
      input: { presenceHours: 400, conventionSignedOn: "2026-01-02", hourlyRate: 6 },
      explanation: [
        ["internship.presence.counting", { totalHours: 400, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 57, presenceMonths: 2 }, "400 h de présence = 57 jour(s) de 7 h = 2 mois de 22 jours", "400 h of presence = 57 days of 7 h = 2 months of 22 days"],
        ["internship.gratification.mandatory", { totalHours: 400, thresholdHours: 308, mandatory: true, mandatoryByDays: true, presenceDays: 57, thresholdDays: 44 }, "400 h > 308 h (deux mois) : gratification obligatoire, due dès la première heure (en jours entiers de 7 h : 57 jours, au-delà de 44)", "400 h > 308 h (two months): the gratification is mandatory, due from the first hour (by whole days of 7 h: 57 days, above 44)"],
        minimumRate2026,
        ["internship.gratification.amount", { hourlyRate: 6, agreed: true, paid: true, totalHours: 400, total: 2400, months: null }, "6,00 € de l'heure (taux convenu) × 400 h = 2 400,00 € (heures par mois non fournies : pas de détail mensuel)", "€6.00 per hour (agreed rate) × 400 h = €2,400.00 (no hours per month given: no monthly breakdown)"],
        ["internship.contributions.exempt-part", { exemptHourlyRate: 4.5, exemptTotal: 1800, subjectTotal: 600 }, "Exonéré dans la limite de 4,50 € × heures de chaque mois : part exonérée 1 800,00 €, part soumise 600,00 €", "Free of contributions up to €4.50 × hours of each month: exempt €1,800.00, subject €600.00"],
      ],
      source: "C. éduc. D124-8 al. 4 (the cap binds public-law hosts only); CSS L136-1-1, D136-1 (exempt 4,50 € × 400 h); law.md §6",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => internshipGratification({ ...row.input, locale }), row);
  });
});

describe("internshipPresence: a period without public holidays, dates on and off its edges, word for word", () => {
  const rows: Array<{ name: string; input: InternshipPresenceInput; source: string } & Explained> = [
    {
      name: "2026-01-05 to 2026-01-30: no holiday; an absence on the first day and training on the last count; two absences outside",
      input: { start: "2026-01-05", end: "2026-01-30", absences: ["2026-01-05", "2026-02-02", "2025-12-31"], trainingDates: ["2026-01-30"] },
      explanation: [
        ["internship.presence.days", { start: "2026-01-05", end: "2026-01-30", weekdays: ["mon", "tue", "wed", "thu", "fri"], days: 18, hoursPerDay: 7, hours: 126, publicHolidays: [], trainingDays: 1, absenceDays: 1 }, "Du 2026-01-05 au 2026-01-30, jours lun, mar, mer, jeu, ven : 18 jour(s) de présence × 7 h = 126 h (jours fériés écartés : aucun ; jours de formation : 1 ; absences : 1)", "2026-01-05 to 2026-01-30, days mon, tue, wed, thu, fri: 18 days of presence × 7 h = 126 h (public holidays left out: none; training days: 1; absences: 1)"],
        ["internship.presence.counting", { totalHours: 126, hoursPerDay: 7, daysPerMonth: 22, presenceDays: 18, presenceMonths: 0 }, "126 h de présence = 18 jour(s) de 7 h = 0 mois de 22 jours", "126 h of presence = 18 days of 7 h = 0 months of 22 days"],
        ["internship.presence.threshold-date", { thresholdHours: 308, thresholdReachedOn: null }, "La présence ne dépasse pas 308 h : gratification facultative", "Presence does not go above 308 h: the gratification is optional"],
      ],
      warnings: [
        ["DATE_OUTSIDE_PERIOD", "absences", "Hors de la période du 2026-01-05 au 2026-01-30, sans effet : 2025-12-31, 2026-02-02", "Outside the period 2026-01-05 to 2026-01-30, no effect: 2025-12-31, 2026-02-02"],
      ],
      source: "C. éduc. L124-18, D124-6 (20 weekdays − 1 training day − 1 absence = 18 days × 7 h); C. trav. L3133-1 (no holiday from 5 to 30 January); law.md §6.1",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => internshipPresence({ ...row.input, locale }), row);
  });
});
