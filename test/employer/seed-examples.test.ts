/**
 * The worked examples of docs/employer.md, from the seed documents: the MIAGE guide (document 003 §2.5:
 * training cost 8 116 € in L3, level 6; 8 231 € in the master, level 7) and the IMPGT public-management
 * master (documents 000, 001, 004: public and private employers, level 7).
 */
import { describe, expect, test } from "vitest";
import { apprenticeshipHiringAid, employerTrainingContribution, type ApprenticeshipHiringAidInput, type EmployerTrainingContributionInput } from "../../src/index.js";

const rows: Array<{
  name: string;
  aid: ApprenticeshipHiringAidInput;
  participation: EmployerTrainingContributionInput;
  expected: { aid: number; codes: string[]; warnings: string[]; participation: number };
  source: string;
}> = [
  {
    name: "MIAGE L3 (level 6), 2025-09-01 → 2026-08-31, 120 employees",
    aid: { signatureDate: "2025-08-25", contractStart: "2025-09-01", contractEnd: "2026-08-31", diplomaLevel: 6, companyHeadcount: 120 },
    participation: { signatureDate: "2025-08-25", diplomaLevel: 6 },
    expected: { aid: 5000, codes: [], warnings: [], participation: 750 },
    source: "seed 003 §2.5; décret n° 2025-174; R6332-25-1",
  },
  {
    name: "MIAGE L3, 1 500 employees with the commitment",
    aid: { signatureDate: "2025-08-25", contractStart: "2025-09-01", contractEnd: "2026-08-31", diplomaLevel: 6, companyHeadcount: 1500, largeCompanyCommitment: true },
    participation: { signatureDate: "2025-08-25", diplomaLevel: 6 },
    expected: { aid: 2000, codes: [], warnings: [], participation: 750 },
    source: "décret n° 2025-174 (2 000 € for 250 and more)",
  },
  {
    name: "MIAGE M1 (level 7), M1 + M2 contract from 2026-09-01, 40 employees",
    aid: { signatureDate: "2026-06-20", contractStart: "2026-09-01", contractEnd: "2028-08-31", diplomaLevel: 7, companyHeadcount: 40 },
    participation: { signatureDate: "2026-06-20", diplomaLevel: 7 },
    expected: { aid: 2000, codes: [], warnings: ["PARAMETERS_NOT_VERIFIED"], participation: 750 },
    source: "décret n° 2026-168 (levels 6–7 under 250: 2 000 €)",
  },
  {
    name: "MIAGE M1, 1 500 employees with the commitment",
    aid: { signatureDate: "2026-06-20", contractStart: "2026-09-01", contractEnd: "2028-08-31", diplomaLevel: 7, companyHeadcount: 1500, largeCompanyCommitment: true },
    participation: { signatureDate: "2026-06-20", diplomaLevel: 7 },
    expected: { aid: 750, codes: [], warnings: ["PARAMETERS_NOT_VERIFIED"], participation: 750 },
    source: "décret n° 2026-168 (levels 6–7, 250 and more: 750 €)",
  },
  {
    name: "MIAGE M1, 1 500 employees without the commitment",
    aid: { signatureDate: "2026-06-20", contractStart: "2026-09-01", contractEnd: "2028-08-31", diplomaLevel: 7, companyHeadcount: 1500 },
    participation: { signatureDate: "2026-06-20", diplomaLevel: 7 },
    expected: { aid: 0, codes: ["COMPANY_TOO_LARGE", "DIPLOMA_LEVEL_ABOVE_MAXIMUM", "LARGE_COMPANY_COMMITMENT_MISSING"], warnings: ["PARAMETERS_NOT_VERIFIED"], participation: 750 },
    source: "L6243-1; décret n° 2026-168",
  },
  {
    name: "MIAGE M1, RQTH apprentice",
    aid: { signatureDate: "2026-06-20", contractStart: "2026-09-01", contractEnd: "2028-08-31", diplomaLevel: 7, companyHeadcount: 40, disabledWorker: true },
    participation: { signatureDate: "2026-06-20", diplomaLevel: 7 },
    expected: { aid: 6000, codes: [], warnings: ["PARAMETERS_NOT_VERIFIED"], participation: 750 },
    source: "décret n° 2026-168 (RQTH: 6 000 €)",
  },
  {
    name: "MIAGE M2 in one year from 2026-09-14 (shorter than a year): 2 000 €/12 × (17/30 + 11)",
    aid: { signatureDate: "2026-07-01", contractStart: "2026-09-14", contractEnd: "2027-08-31", diplomaLevel: 7, companyHeadcount: 40 },
    participation: { signatureDate: "2026-07-01", diplomaLevel: 7 },
    expected: { aid: 1927.78, codes: [], warnings: ["PARAMETERS_NOT_VERIFIED"], participation: 750 },
    source: "D6243-2 III (décret n° 2025-1031)",
  },
  {
    name: "MIAGE L3 started mid-year, 2026-03-16 → 2026-09-15: 2 000 €/12 × (16/31 + 5 + 15/30)",
    aid: { signatureDate: "2026-03-10", contractStart: "2026-03-16", contractEnd: "2026-09-15", diplomaLevel: 6, companyHeadcount: 40 },
    participation: { signatureDate: "2026-03-10", diplomaLevel: 6 },
    expected: { aid: 1002.69, codes: [], warnings: [], participation: 750 },
    source: "décret n° 2026-168; D6243-2 III",
  },
  {
    name: "MIAGE M1 starting 2027-01-04",
    aid: { signatureDate: "2026-12-10", contractStart: "2027-01-04", contractEnd: "2028-08-31", diplomaLevel: 7, companyHeadcount: 40 },
    participation: { signatureDate: "2026-12-10", diplomaLevel: 7 },
    expected: { aid: 0, codes: ["DIPLOMA_LEVEL_ABOVE_MAXIMUM", "EXCEPTIONAL_AID_ENDED"], warnings: ["PARAMETERS_NOT_VERIFIED"], participation: 750 },
    source: "law-money.md §4.1 (execution from 2027: aide unique only)",
  },
  {
    name: "MIAGE M1 broken during the 45 days after 30 days, funding level = the guide's cost (8 231 €)",
    aid: { signatureDate: "2026-06-20", contractStart: "2026-07-01", contractEnd: "2026-07-30", diplomaLevel: 7, companyHeadcount: 40 },
    participation: { signatureDate: "2026-06-20", diplomaLevel: 7, trialPeriodRupture: { fundingLevel: 8231, daysPerformed: 30 } },
    expected: { aid: 161.29, codes: [], warnings: [], participation: 338.26 },
    source: "seed 003 §2.5; R6332-25-1 al. 2 (365 days: reading taken); D6243-2 IV (aid due until the end: July 2026, 30/31)",
  },
  {
    name: "IMPGT master in a municipality (public employer), 2025",
    aid: { signatureDate: "2025-07-10", contractStart: "2025-09-01", contractEnd: "2027-08-31", diplomaLevel: 7, companyHeadcount: 450, employer: "public" },
    participation: { signatureDate: "2025-07-10", diplomaLevel: 7, employer: "public" },
    expected: { aid: 0, codes: ["PUBLIC_EMPLOYER_NO_AIDE_UNIQUE", "PUBLIC_EMPLOYER_EXCEPTIONAL_AID"], warnings: ["PUBLIC_EMPLOYER_AID_UNCONFIRMED"], participation: 0 },
    source: "seeds 000/001 (public employers, CNFPT); L6227-12; law-money.md §5 item 7",
  },
  {
    name: "IMPGT master in a consulting firm of 30, 2025",
    aid: { signatureDate: "2025-07-10", contractStart: "2025-09-01", contractEnd: "2027-08-31", diplomaLevel: 7, companyHeadcount: 30 },
    participation: { signatureDate: "2025-07-10", diplomaLevel: 7 },
    expected: { aid: 5000, codes: [], warnings: [], participation: 750 },
    source: "décret n° 2025-174; R6332-25-1",
  },
  {
    name: "IMPGT master in 2021, private, apprentice of 21",
    aid: { signatureDate: "2021-07-15", contractStart: "2021-09-01", contractEnd: "2023-08-31", diplomaLevel: 7, companyHeadcount: 30, birthDate: "2000-03-12" },
    participation: { signatureDate: "2021-07-15", diplomaLevel: 7 },
    expected: { aid: 8000, codes: [], warnings: [], participation: 0 },
    source: "seed 001 (« Aide possible de l'État (en 2021) »); décret n° 2020-1085",
  },
  {
    name: "IMPGT master in 2021, local authority",
    aid: { signatureDate: "2021-07-15", contractStart: "2021-09-01", contractEnd: "2023-08-31", diplomaLevel: 7, companyHeadcount: 30, birthDate: "2000-03-12", employer: "public" },
    participation: { signatureDate: "2021-07-15", diplomaLevel: 7, employer: "public" },
    expected: { aid: 0, codes: ["PUBLIC_EMPLOYER_EXCEPTIONAL_AID"], warnings: ["PUBLIC_EMPLOYER_AID_UNCONFIRMED"], participation: 0 },
    source: "seed 001 (CNFPT, décret n° 2020-786); reading taken",
  },
];

describe("worked examples of docs/employer.md", () => {
  test.for(rows)("$name", ({ aid, participation, expected }) => {
    const result = apprenticeshipHiringAid(aid);
    expect(result.amount).toBe(expected.aid);
    expect(result.violations.map((v) => v.code)).toEqual(expected.codes);
    expect(result.warnings.map((w) => w.code)).toEqual(expected.warnings);
    expect(employerTrainingContribution(participation).amount).toBe(expected.participation);
  });

  test("the MIAGE monthly amounts of the 2025 L3 contract: 416,67 € and 416,66 € in turn", () => {
    expect(apprenticeshipHiringAid(rows[0]!.aid).monthly.map((m) => m.amount)).toEqual([
      416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67, 416.67, 416.66, 416.67,
    ]);
  });
});
