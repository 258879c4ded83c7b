/**
 * Explanations, violations and warnings of the employer functions, word for word in French and English,
 * for representative cases: each scheme and amount rule (RQTH, age switch, proration, first month of a
 * contract in progress, twelve months at most), each kind of refusal (public employer, 2027, level 8),
 * and each case of the training participation. Also: `explain: false` builds nothing and changes nothing
 * else.
 */
import { describe, expect, test } from "vitest";
import { apprenticeshipHiringAid, employerTrainingContribution, type Locale } from "../../src/index.js";
import { expectExplained, type Explained } from "../support/explained.js";

interface Row<I> {
  name: string;
  input: I;
  source: string;
  explained: Explained;
}

const aidRows: Row<Parameters<typeof apprenticeshipHiringAid>[0]>[] = [
  {
    name: "aide exceptionnelle 2025, 300 employees with the commitment, RQTH, shorter than a year concluded under the décret n° 2025-1031",
    input: {"signatureDate":"2025-11-01","contractStart":"2025-11-15","contractEnd":"2026-06-10","diplomaLevel":6,"companyHeadcount":300,"largeCompanyCommitment":true,"disabledWorker":true},
    source: "décret n° 2025-174 art. 2 (6 000 € RQTH); D6243-2 III",
    explained: {
      explanation: [
        ["employer.hiring-aid.window", {"signatureDate":"2025-11-01","since":"2025-02-24","schemes":["aide-unique","aide-exceptionnelle"]}, "Contrat conclu le 2025-11-01 : aides des contrats conclus à partir du 2025-02-24 (aide unique, aide exceptionnelle)", "Contract concluded on 2025-11-01: aids of contracts concluded from 2025-02-24 (aide unique, aide exceptionnelle)"],
        ["employer.hiring-aid.scheme", {"scheme":"aide-exceptionnelle","companyHeadcount":300,"diplomaLevel":6,"overseas":false,"disabledWorkerAmount":true,"annualAmount":6000,"commitmentBy":"2026-12-31"}, "Aide exceptionnelle : entreprise de 300 salariés (250 ou plus, avec l'engagement alternance à tenir au 2026-12-31), diplôme de niveau 6, apprenti reconnu travailleur handicapé : 6 000,00 € au plus pour la première année", "Aide exceptionnelle: company of 300 employees (250 or more, with the alternance commitment to be met by 2026-12-31), diploma of level 6, apprentice recognised as a disabled worker: at most €6,000.00 for the first year"],
        ["employer.hiring-aid.first-year", {"contractStart":"2025-11-15","contractEnd":"2026-06-10","firstYearEnd":"2026-11-14","shorterThanAYear":true}, "Première année d'exécution : du 2025-11-15 au 2026-11-14 ; le contrat finit avant, le 2026-06-10 (contrat de moins d'un an)", "First year of execution: 2025-11-15 to 2026-11-14; the contract ends before, on 2026-06-10 (a contract shorter than a year)"],
        ["employer.hiring-aid.monthly", {"firstMonth":"2025-11","lastMonth":"2026-06","months":8,"prorated":[{"month":"2025-11","days":16,"daysInMonth":30},{"month":"2026-06","days":10,"daysInMonth":30}],"firstMonthNotProrated":false,"cappedAtTwelveMonths":false,"amount":3433.33}, "Versement de 1/12 du montant annuel par mois civil, de 2025-11 à 2026-06 (8 mois), au prorata des jours couverts pour 2025-11 (16/30) et 2026-06 (10/30) (contrat de moins d'un an, décret n° 2025-1031) : 3 433,33 € au total", "1/12 of the yearly amount per calendar month, 2025-11 to 2026-06 (8 months), pro rata of the days covered for 2025-11 (16/30) and 2026-06 (10/30) (contract shorter than a year, décret n° 2025-1031): €3,433.33 in all"],
      ],
      violations: [],
      warnings: [],
    },
  },
  {
    name: "aide exceptionnelle 2021, born on 29 February: 18 on 1 March, the adult amount from 1 April",
    input: {"signatureDate":"2021-08-01","contractStart":"2021-09-01","contractEnd":"2023-08-31","diplomaLevel":4,"companyHeadcount":1,"birthDate":"2004-02-29"},
    source: "décret n° 2020-1085",
    explained: {
      explanation: [
        ["employer.hiring-aid.window", {"signatureDate":"2021-08-01","since":"2020-07-01","schemes":["aide-exceptionnelle"]}, "Contrat conclu le 2021-08-01 : aides des contrats conclus à partir du 2020-07-01 (aide exceptionnelle)", "Contract concluded on 2021-08-01: aids of contracts concluded from 2020-07-01 (aide exceptionnelle)"],
        ["employer.hiring-aid.scheme", {"scheme":"aide-exceptionnelle","companyHeadcount":1,"diplomaLevel":4,"overseas":false,"disabledWorkerAmount":false,"annualAmount":{"under18":5000,"from18":8000},"commitmentBy":null}, "Aide exceptionnelle : entreprise de 1 salarié (moins de 250), diplôme de niveau 4 : 5 000,00 € par an au plus avant 18 ans, 8 000,00 € à partir de 18 ans, pour la première année", "Aide exceptionnelle: company of 1 employee (under 250), diploma of level 4: at most €5,000.00 a year under 18 and €8,000.00 from 18, for the first year"],
        ["employer.hiring-aid.age", {"birthDate":"2004-02-29","contractStart":"2021-09-01","ageAtStart":17,"eighteenOn":"2022-03-01","from18Since":"2022-04-01"}, "17 ans au début du contrat ; 18 ans le 2022-03-01 : montant des 18 ans et plus à partir du 2022-04-01", "17 at the start of the contract; 18 on 2022-03-01: the amount for 18 and over from 2022-04-01"],
        ["employer.hiring-aid.first-year", {"contractStart":"2021-09-01","contractEnd":"2023-08-31","firstYearEnd":"2022-08-31","shorterThanAYear":false}, "Première année d'exécution : du 2021-09-01 au 2022-08-31 ; le contrat la couvre en entier", "First year of execution: 2021-09-01 to 2022-08-31; the contract covers all of it"],
        ["employer.hiring-aid.monthly", {"firstMonth":"2021-09","lastMonth":"2022-08","months":12,"prorated":[],"firstMonthNotProrated":false,"cappedAtTwelveMonths":false,"amount":6250}, "Versement de 1/12 du montant annuel par mois civil, de 2021-09 à 2022-08 (12 mois) : 6 250,00 € au total", "1/12 of the yearly amount per calendar month, 2021-09 to 2022-08 (12 months): €6,250.00 in all"],
      ],
      violations: [],
      warnings: [],
    },
  },
  {
    name: "aide unique, contract in progress on 2025-11-01, one day short of a year: first month in full, twelve months at most",
    input: {"signatureDate":"2025-10-31","contractStart":"2025-11-15","contractEnd":"2026-11-13","diplomaLevel":4,"companyHeadcount":249,"overseas":true},
    source: "D6243-2 III and NOTA",
    explained: {
      explanation: [
        ["employer.hiring-aid.window", {"signatureDate":"2025-10-31","since":"2025-02-24","schemes":["aide-unique","aide-exceptionnelle"]}, "Contrat conclu le 2025-10-31 : aides des contrats conclus à partir du 2025-02-24 (aide unique, aide exceptionnelle)", "Contract concluded on 2025-10-31: aids of contracts concluded from 2025-02-24 (aide unique, aide exceptionnelle)"],
        ["employer.hiring-aid.scheme", {"scheme":"aide-unique","companyHeadcount":249,"diplomaLevel":4,"overseas":true,"disabledWorkerAmount":false,"annualAmount":5000,"commitmentBy":null}, "Aide unique : entreprise de 249 salariés (moins de 250), diplôme de niveau 4 (outre-mer) : 5 000,00 € au plus pour la première année", "Aide unique: company of 249 employees (under 250), diploma of level 4 (overseas): at most €5,000.00 for the first year"],
        ["employer.hiring-aid.first-year", {"contractStart":"2025-11-15","contractEnd":"2026-11-13","firstYearEnd":"2026-11-14","shorterThanAYear":true}, "Première année d'exécution : du 2025-11-15 au 2026-11-14 ; le contrat finit avant, le 2026-11-13 (contrat de moins d'un an)", "First year of execution: 2025-11-15 to 2026-11-14; the contract ends before, on 2026-11-13 (a contract shorter than a year)"],
        ["employer.hiring-aid.monthly", {"firstMonth":"2025-11","lastMonth":"2026-10","months":12,"prorated":[],"firstMonthNotProrated":true,"cappedAtTwelveMonths":true,"amount":5000}, "Versement de 1/12 du montant annuel par mois civil, de 2025-11 à 2026-10 (12 mois), premier mois dû en entier (contrat conclu avant le 2025-11-01), douze mensualités au plus : 5 000,00 € au total", "1/12 of the yearly amount per calendar month, 2025-11 to 2026-10 (12 months), first month due in full (contract concluded before 2025-11-01), twelve monthly payments at most: €5,000.00 in all"],
      ],
      violations: [],
      warnings: [],
    },
  },
  {
    name: "a public employer in 2026: no aid, by L6227-12 and the reading taken",
    input: {"signatureDate":"2026-06-15","contractStart":"2026-07-01","contractEnd":"2028-06-30","diplomaLevel":7,"companyHeadcount":3000,"employer":"public"},
    source: "L6227-12; law-money.md §5 item 7",
    explained: {
      explanation: [
        ["employer.hiring-aid.window", {"signatureDate":"2026-06-15","since":"2026-03-08","schemes":["aide-unique","aide-exceptionnelle"]}, "Contrat conclu le 2026-06-15 : aides des contrats conclus à partir du 2026-03-08 (aide unique, aide exceptionnelle)", "Contract concluded on 2026-06-15: aids of contracts concluded from 2026-03-08 (aide unique, aide exceptionnelle)"],
        ["employer.hiring-aid.none", {"signatureDate":"2026-06-15"}, "Aucune aide pour ce contrat conclu le 2026-06-15 : voir les conditions non remplies", "No aid for this contract concluded on 2026-06-15: see the conditions not met"],
      ],
      violations: [
        ["PUBLIC_EMPLOYER_NO_AIDE_UNIQUE", "employer", "Aide unique : les employeurs publics (secteur public non industriel et commercial) en sont exclus", "Aide unique: public employers (non-industrial, non-commercial public sector) are excluded"],
        ["PUBLIC_EMPLOYER_EXCEPTIONAL_AID", "employer", "Aide exceptionnelle : lecture retenue, un employeur public n'y a pas droit (voir l'avertissement PUBLIC_EMPLOYER_AID_UNCONFIRMED)", "Aide exceptionnelle: reading taken, a public employer is not entitled to it (see the warning PUBLIC_EMPLOYER_AID_UNCONFIRMED)"],
      ],
      warnings: [
        ["PUBLIC_EMPLOYER_AID_UNCONFIRMED", "employer", "Employeur public : les décrets de l'aide exceptionnelle ne disent pas s'il y a droit. Lecture retenue : non (l'aide unique lui est fermée par L6227-12, les décrets visent des « entreprises » et leur effectif, et des aides distinctes ont été créées pour les collectivités) ; la page du ministère du Travail indique « Tous les employeurs » : à vérifier auprès de l'ASP", "Public employer: the décrets of the aide exceptionnelle do not say whether it is entitled. Reading taken: no (L6227-12 closes the aide unique to it, the décrets speak of « entreprises » and their headcount, and separate aids were created for local authorities); the Ministry of Labour's page says « Tous les employeurs »: check with the ASP"],
      ],
    },
  },
  {
    name: "execution from 2027-01-01, 1 200 employees, level 5 overseas: neither scheme",
    input: {"signatureDate":"2026-12-15","contractStart":"2027-01-01","contractEnd":"2028-12-31","diplomaLevel":5,"companyHeadcount":1200,"overseas":true},
    source: "décret n° 2026-168; L6243-1, L6522-4",
    explained: {
      explanation: [
        ["employer.hiring-aid.window", {"signatureDate":"2026-12-15","since":"2026-03-08","schemes":["aide-unique","aide-exceptionnelle"]}, "Contrat conclu le 2026-12-15 : aides des contrats conclus à partir du 2026-03-08 (aide unique, aide exceptionnelle)", "Contract concluded on 2026-12-15: aids of contracts concluded from 2026-03-08 (aide unique, aide exceptionnelle)"],
        ["employer.hiring-aid.none", {"signatureDate":"2026-12-15"}, "Aucune aide pour ce contrat conclu le 2026-12-15 : voir les conditions non remplies", "No aid for this contract concluded on 2026-12-15: see the conditions not met"],
      ],
      violations: [
        ["COMPANY_TOO_LARGE", "companyHeadcount", "Aide unique : réservée aux entreprises de moins de 250 salariés ; effectif : 1 200", "Aide unique: only for companies of fewer than 250 employees; headcount: 1,200"],
        ["LARGE_COMPANY_COMMITMENT_MISSING", "largeCompanyCommitment", "Aide exceptionnelle : une entreprise de 1 200 salariés doit s'engager à atteindre une part d'alternants dans son effectif au 2027-12-31 ; engagement non déclaré (largeCompanyCommitment)", "Aide exceptionnelle: a company of 1,200 employees must commit to a share of work-study employees in its workforce by 2027-12-31; no commitment declared (largeCompanyCommitment)"],
        ["EXCEPTIONAL_AID_ENDED", "contractStart", "Aide exceptionnelle : réservée aux contrats dont l'exécution débute avant le 2027-01-01 ; début le 2027-01-01 (aucun décret pour la suite connu)", "Aide exceptionnelle: only for contracts whose execution starts before 2027-01-01; starts on 2027-01-01 (no later décret known)"],
      ],
      warnings: [
        ["PARAMETERS_NOT_VERIFIED", undefined, "Le 2027-01-01 est postérieur au 2026-07-16, date jusqu'à laquelle les paramètres légaux (SMIC, plafond…) ont été vérifiés : les dernières valeurs connues sont utilisées.", "2027-01-01 is after 2026-07-16, the date up to which the legal parameters (SMIC, ceiling…) were checked: the last known values are used."],
      ],
    },
  },
  {
    name: "a doctorate in 2023: above both schemes' levels",
    input: {"signatureDate":"2023-05-02","contractStart":"2023-05-02","contractEnd":"2026-05-01","diplomaLevel":8,"companyHeadcount":12},
    source: "décret n° 2022-1714; L6243-1",
    explained: {
      explanation: [
        ["employer.hiring-aid.window", {"signatureDate":"2023-05-02","since":"2023-01-01","schemes":["aide-unique","aide-exceptionnelle"]}, "Contrat conclu le 2023-05-02 : aides des contrats conclus à partir du 2023-01-01 (aide unique, aide exceptionnelle)", "Contract concluded on 2023-05-02: aids of contracts concluded from 2023-01-01 (aide unique, aide exceptionnelle)"],
        ["employer.hiring-aid.none", {"signatureDate":"2023-05-02"}, "Aucune aide pour ce contrat conclu le 2023-05-02 : voir les conditions non remplies", "No aid for this contract concluded on 2023-05-02: see the conditions not met"],
      ],
      violations: [
        ["DIPLOMA_LEVEL_ABOVE_MAXIMUM", "diplomaLevel", "Aide unique : diplôme de niveau 8, au-delà du niveau 4, le plus élevé couvert", "Aide unique: diploma of level 8, above level 4, the highest covered"],
        ["DIPLOMA_LEVEL_ABOVE_MAXIMUM", "diplomaLevel", "Aide exceptionnelle : diplôme de niveau 8, au-delà du niveau 7, le plus élevé couvert", "Aide exceptionnelle: diploma of level 8, above level 7, the highest covered"],
      ],
      warnings: [],
    },
  },
  {
    name: "2022, one month, apprentice of 20: the adult amount from the first month, one monthly payment",
    input: {"signatureDate":"2022-03-01","contractStart":"2022-03-01","contractEnd":"2022-03-20","diplomaLevel":3,"companyHeadcount":8,"birthDate":"2001-06-30"},
    source: "décret n° 2020-1085; D6243-2 (months in full)",
    explained: {
      explanation: [
        ["employer.hiring-aid.window", {"signatureDate":"2022-03-01","since":"2020-07-01","schemes":["aide-exceptionnelle"]}, "Contrat conclu le 2022-03-01 : aides des contrats conclus à partir du 2020-07-01 (aide exceptionnelle)", "Contract concluded on 2022-03-01: aids of contracts concluded from 2020-07-01 (aide exceptionnelle)"],
        ["employer.hiring-aid.scheme", {"scheme":"aide-exceptionnelle","companyHeadcount":8,"diplomaLevel":3,"overseas":false,"disabledWorkerAmount":false,"annualAmount":{"under18":5000,"from18":8000},"commitmentBy":null}, "Aide exceptionnelle : entreprise de 8 salariés (moins de 250), diplôme de niveau 3 : 5 000,00 € par an au plus avant 18 ans, 8 000,00 € à partir de 18 ans, pour la première année", "Aide exceptionnelle: company of 8 employees (under 250), diploma of level 3: at most €5,000.00 a year under 18 and €8,000.00 from 18, for the first year"],
        ["employer.hiring-aid.age", {"birthDate":"2001-06-30","contractStart":"2022-03-01","ageAtStart":20,"eighteenOn":"2019-06-30","from18Since":"2022-03-01"}, "20 ans au début du contrat (2022-03-01) : montant des 18 ans et plus dès le premier mois", "20 at the start of the contract (2022-03-01): the amount for 18 and over from the first month"],
        ["employer.hiring-aid.first-year", {"contractStart":"2022-03-01","contractEnd":"2022-03-20","firstYearEnd":"2023-02-28","shorterThanAYear":true}, "Première année d'exécution : du 2022-03-01 au 2023-02-28 ; le contrat finit avant, le 2022-03-20 (contrat de moins d'un an)", "First year of execution: 2022-03-01 to 2023-02-28; the contract ends before, on 2022-03-20 (a contract shorter than a year)"],
        ["employer.hiring-aid.monthly", {"firstMonth":"2022-03","lastMonth":"2022-03","months":1,"prorated":[],"firstMonthNotProrated":false,"cappedAtTwelveMonths":false,"amount":666.67}, "Versement de 1/12 du montant annuel par mois civil, de 2022-03 à 2022-03 (1 mois) : 666,67 € au total", "1/12 of the yearly amount per calendar month, 2022-03 to 2022-03 (1 month): €666.67 in all"],
      ],
      violations: [],
      warnings: [],
    },
  },
  {
    name: "2022, 300 employees without the commitment (no date given by the texts read)",
    input: {"signatureDate":"2022-03-01","contractStart":"2022-03-01","contractEnd":"2024-02-29","diplomaLevel":5,"companyHeadcount":300},
    source: "décret n° 2020-1085",
    explained: {
      explanation: [
        ["employer.hiring-aid.window", {"signatureDate":"2022-03-01","since":"2020-07-01","schemes":["aide-exceptionnelle"]}, "Contrat conclu le 2022-03-01 : aides des contrats conclus à partir du 2020-07-01 (aide exceptionnelle)", "Contract concluded on 2022-03-01: aids of contracts concluded from 2020-07-01 (aide exceptionnelle)"],
        ["employer.hiring-aid.none", {"signatureDate":"2022-03-01"}, "Aucune aide pour ce contrat conclu le 2022-03-01 : voir les conditions non remplies", "No aid for this contract concluded on 2022-03-01: see the conditions not met"],
      ],
      violations: [
        ["LARGE_COMPANY_COMMITMENT_MISSING", "largeCompanyCommitment", "Aide exceptionnelle : une entreprise de 300 salariés doit s'engager à atteindre une part d'alternants dans son effectif ; engagement non déclaré (largeCompanyCommitment)", "Aide exceptionnelle: a company of 300 employees must commit to a share of work-study employees in its workforce; no commitment declared (largeCompanyCommitment)"],
      ],
      warnings: [],
    },
  },
  {
    name: "2026-02, overseas, level 6: above the aide unique's level 5 overseas",
    input: {"signatureDate":"2026-02-02","contractStart":"2026-02-02","contractEnd":"2027-02-01","diplomaLevel":6,"companyHeadcount":12,"overseas":true},
    source: "L6243-1, L6522-4",
    explained: {
      explanation: [
        ["employer.hiring-aid.window", {"signatureDate":"2026-02-02","since":"2026-01-01","schemes":["aide-unique"]}, "Contrat conclu le 2026-02-02 : aides des contrats conclus à partir du 2026-01-01 (aide unique)", "Contract concluded on 2026-02-02: aids of contracts concluded from 2026-01-01 (aide unique)"],
        ["employer.hiring-aid.none", {"signatureDate":"2026-02-02"}, "Aucune aide pour ce contrat conclu le 2026-02-02 : voir les conditions non remplies", "No aid for this contract concluded on 2026-02-02: see the conditions not met"],
      ],
      violations: [
        ["DIPLOMA_LEVEL_ABOVE_MAXIMUM", "diplomaLevel", "Aide unique : diplôme de niveau 6, au-delà du niveau 5 (outre-mer), le plus élevé couvert", "Aide unique: diploma of level 6, above level 5 (overseas), the highest covered"],
      ],
      warnings: [],
    },
  },
];

const contributionRows: Row<Parameters<typeof employerTrainingContribution>[0]>[] = [
  {
    name: "master (level 7) concluded on the first day",
    input: {"signatureDate":"2025-07-01","diplomaLevel":7},
    source: "R6332-25-1 al. 1",
    explained: {
      explanation: [
        ["employer.training-contribution.flat", {"diplomaLevel":7,"amount":750}, "Diplôme de niveau 7 (au moins 6) : participation forfaitaire de 750,00 € pour le contrat, quelle que soit sa durée", "Diploma of level 7 (6 or above): flat participation of €750.00 for the contract, whatever its duration"],
      ],
      violations: [],
      warnings: [],
    },
  },
  {
    name: "concluded the day before",
    input: {"signatureDate":"2025-06-30","diplomaLevel":7},
    source: "décret n° 2025-585 art. 2",
    explained: {
      explanation: [
        ["employer.training-contribution.not-in-force", {"signatureDate":"2025-06-30","since":"2025-07-01"}, "Contrat conclu le 2025-06-30, avant le 2025-07-01 : pas de participation de l'employeur", "Contract concluded on 2025-06-30, before 2025-07-01: no employer participation"],
      ],
      violations: [],
      warnings: [],
    },
  },
  {
    name: "bac + 2 (level 5)",
    input: {"signatureDate":"2026-01-10","diplomaLevel":5},
    source: "L6332-14 I 1°",
    explained: {
      explanation: [
        ["employer.training-contribution.level", {"diplomaLevel":5,"minimumLevel":6}, "Diplôme de niveau 5, en dessous du niveau 6 : pas de participation de l'employeur", "Diploma of level 5, below level 6: no employer participation"],
      ],
      violations: [],
      warnings: [],
    },
  },
  {
    name: "new contract after a rupture",
    input: {"signatureDate":"2026-01-10","diplomaLevel":6,"afterRupture":true},
    source: "R6332-25-1 al. 3",
    explained: {
      explanation: [
        ["employer.training-contribution.after-rupture", {"amount":200}, "Nouveau contrat conclu avec un autre employeur après une rupture (L6222-18-2) : participation de 200,00 €", "New contract with another employer after a rupture (L6222-18-2): participation of €200.00"],
      ],
      violations: [],
      warnings: [],
    },
  },
  {
    name: "rupture in the 45 days, MIAGE master cost 8 231 €, 30 days",
    input: {"signatureDate":"2025-09-01","diplomaLevel":7,"trialPeriodRupture":{"fundingLevel":8231,"daysPerformed":30}},
    source: "R6332-25-1 al. 2; seed 003 §2.5",
    explained: {
      explanation: [
        ["employer.training-contribution.trial-period-rupture", {"percent":50,"fundingLevel":8231,"daysPerformed":30,"daysPerYear":365,"cap":750,"amount":338.26}, "Rupture pendant la période des 45 jours : 50 % × 8 231,00 € × 30 / 365 jours, au plus 750,00 € = 338,26 €", "Rupture during the 45-day period: 50 % × €8,231.00 × 30 / 365 days, at most €750.00 = €338.26"],
      ],
      violations: [],
      warnings: [
        ["PARTICIPATION_PRORATA_UNCONFIRMED", "trialPeriodRupture", "Le texte retient le niveau de prise en charge « au prorata temporis du nombre de jours effectués » sans dire de quelle durée : lecture retenue, le niveau annuel divisé par 365 jours (non confirmé)", "The text takes the funding level « au prorata temporis du nombre de jours effectués » without saying of which period: reading taken, the annual level divided by 365 days (unconfirmed)"],
      ],
    },
  },
  {
    name: "public employer, doctorate",
    input: {"signatureDate":"2025-09-01","diplomaLevel":8,"employer":"public"},
    source: "law-money.md §4.2",
    explained: {
      explanation: [
        ["employer.training-contribution.public-employer", {}, "Employeur public : la participation de R6332-25-1 minore la prise en charge du contrat par l'OPCO (L6332-14), qui ne finance pas les apprentis du secteur public (fonds propres, CNFPT pour les collectivités) ; lecture retenue : 0 € (non confirmé)", "Public employer: the participation of R6332-25-1 reduces the OPCO's funding of the contract (L6332-14), and OPCOs do not fund public-sector apprentices (own funds, CNFPT for local authorities); reading taken: €0 (unconfirmed)"],
      ],
      violations: [],
      warnings: [
        ["PUBLIC_EMPLOYER_PARTICIPATION_UNCONFIRMED", "employer", "Employeur public : la participation de R6332-25-1 minore la prise en charge du contrat par l'OPCO (L6332-14), qui ne finance pas les apprentis du secteur public (fonds propres, CNFPT pour les collectivités) ; lecture retenue : 0 € (non confirmé)", "Public employer: the participation of R6332-25-1 reduces the OPCO's funding of the contract (L6332-14), and OPCOs do not fund public-sector apprentices (own funds, CNFPT for local authorities); reading taken: €0 (unconfirmed)"],
      ],
    },
  },
];

describe("apprenticeshipHiringAid explains itself", () => {
  test.for(aidRows)("$name", ({ input, explained }) => {
    expectExplained((locale: Locale) => apprenticeshipHiringAid({ ...input, locale }), explained);
  });

  test.for(aidRows)("$name: explain: false builds no explanation and changes nothing else", ({ input }) => {
    const full = apprenticeshipHiringAid(input);
    const bare = apprenticeshipHiringAid({ ...input, explain: false });
    expect(bare.explanation).toEqual([]);
    expect({ ...bare, explanation: full.explanation }).toEqual(full);
  });
});

describe("employerTrainingContribution explains itself", () => {
  test.for(contributionRows)("$name", ({ input, explained }) => {
    expectExplained((locale: Locale) => employerTrainingContribution({ ...input, locale }), explained);
  });

  test.for(contributionRows)("$name: explain: false builds no explanation and changes nothing else", ({ input }) => {
    const full = employerTrainingContribution(input);
    const bare = employerTrainingContribution({ ...input, explain: false });
    expect(bare.explanation).toEqual([]);
    expect({ ...bare, explanation: full.explanation }).toEqual(full);
  });
});
