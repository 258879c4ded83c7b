/**
 * The batch's employer columns (issue 16 item 4): an apprenticeship row that gives `diplomaLevel`
 * (`niveau_diplome`) and `companyHeadcount` (`effectif`) gets the hiring aid and the training
 * contribution of the library's `apprenticeshipHiringAid` and `employerTrainingContribution`, the same
 * values row by row; a row without them, or a professionalisation row, gets empty cells.
 */
import { describe, expect, test } from "vitest";
import { csvCells, csvHeader } from "../../src/cli/batch.js";
import { evaluateRow } from "../../src/cli/cohort-row.js";
import { apprenticeshipHiringAid, employerTrainingContribution } from "../../src/index.js";

const base = {
  contract: "apprenticeship",
  birthDate: "2004-03-10",
  contractStart: "2026-09-01",
  contractEnd: "2028-08-31",
  signatureDate: "2026-07-15",
} as const;

/** The three employer cells of a row's CSV line. */
const employerCells = (cells: Record<string, string>, locale: "fr" | "en" = "en") => {
  const outcome = evaluateRow(cells, locale, undefined, false);
  const record = { ...outcome, line: 2, id: null };
  const header = csvHeader(locale);
  const line = csvCells(record, locale);
  const at = (name: string) => line[header.indexOf(name)];
  return locale === "fr"
    ? [at("aide_embauche"), at("aide_embauche_dispositif"), at("participation_employeur")]
    : [at("hiringAid"), at("hiringAidScheme"), at("trainingContribution")];
};

describe("alternance batch: hiring aid and training contribution columns", () => {
  test.for([
    // Décret n° 2026-168 (contracts concluded from 2026-03-08, execution before 2027-01-01): level 7, 40 employees → 2 000 €; R6332-25-1: 750 € from level 6.
    { name: "level 7, 40 employees, concluded 2026-07-15", diplomaLevel: 7, companyHeadcount: 40, exceptions: undefined, expected: ["2000", "aide-exceptionnelle", "750"] },
    // Aide unique (L6243-1, D6243-2): level 4 (bac), under 250 employees → 5 000 €, participation not due below level 6.
    { name: "level 4, 40 employees: the aide unique", diplomaLevel: 4, companyHeadcount: 40, exceptions: undefined, expected: ["5000", "aide-unique", String(employerTrainingContribution({ signatureDate: "2026-07-15", diplomaLevel: 4 }).amount)] },
    // Décret n° 2026-168: a company of 300 without the commitment gets nothing.
    { name: "level 6, 300 employees without the commitment", diplomaLevel: 6, companyHeadcount: 300, exceptions: undefined, expected: ["0", "", "750"] },
    // RQTH: the aide unique's 6 000 € for a disabled worker (D6243-2), level 4.
    { name: "level 4, RQTH (exceptions = disabled-worker)", diplomaLevel: 4, companyHeadcount: 40, exceptions: "disabled-worker", expected: ["6000", "aide-unique", String(employerTrainingContribution({ signatureDate: "2026-07-15", diplomaLevel: 4 }).amount)] },
  ])("$name", ({ diplomaLevel, companyHeadcount, exceptions, expected }) => {
    const cells: Record<string, string> = { ...base, diplomaLevel: String(diplomaLevel), companyHeadcount: String(companyHeadcount), ...(exceptions === undefined ? {} : { exceptions }) };
    expect(employerCells(cells)).toEqual(expected);
    // The same values as the library's functions.
    const aid = apprenticeshipHiringAid({
      signatureDate: base.signatureDate,
      contractStart: base.contractStart,
      contractEnd: base.contractEnd,
      diplomaLevel: diplomaLevel as 4,
      companyHeadcount,
      disabledWorker: exceptions !== undefined,
    });
    expect(employerCells(cells)[0]).toBe(String(aid.amount));
    expect(employerCells(cells)[1]).toBe(aid.scheme ?? "");
  });

  test("French CSV: the columns aide_embauche, aide_embauche_dispositif, participation_employeur", () => {
    expect(employerCells({ ...base, diplomaLevel: "7", companyHeadcount: "40" }, "fr")).toEqual(["2000", "aide-exceptionnelle", "750"]);
  });

  test("without diplomaLevel or companyHeadcount, or for a professionalisation contract: empty cells, no employer result", () => {
    expect(employerCells({ ...base, diplomaLevel: "7" })).toEqual(["", "", ""]);
    expect(employerCells({ ...base, companyHeadcount: "40" })).toEqual(["", "", ""]);
    const cpro = evaluateRow({ ...base, contract: "professionalisation", qualification: "bac-pro-or-higher", employer: "private", jobSeeker: "true", diplomaLevel: "7", companyHeadcount: "40" }, "en", undefined, false);
    expect(cpro.hiringAid).toBeUndefined();
    expect(cpro.trainingContribution).toBeUndefined();
  });
});
