/**
 * Employer-side benchmark: `apprenticeshipHiringAid` (a full first year, a short contract prorated by days,
 * a refusal with its violations, with and without the explanation), `employerTrainingContribution`, and
 * the same hiring aid in modele-social (URSSAF's publicodes rules), side by side.
 * Run: `npx vitest bench --run test/bench/employer.bench.ts`.
 */
import { bench, describe } from "vitest";
import { apprenticeshipHiringAid, employerTrainingContribution } from "../../src/employer/index.js";
import { createModeleSocialEngine, modeleSocialEmployerSide } from "../employer/modele-social-aid.js";

const engine = createModeleSocialEngine();

const fullYear = { signatureDate: "2025-08-20", contractStart: "2025-09-01", contractEnd: "2027-08-31", diplomaLevel: 7, companyHeadcount: 40 } as const;
const shortContract = { signatureDate: "2026-03-10", contractStart: "2026-03-16", contractEnd: "2026-09-15", diplomaLevel: 6, companyHeadcount: 40 } as const;
const refused = { signatureDate: "2026-06-15", contractStart: "2026-07-01", contractEnd: "2028-06-30", diplomaLevel: 8, companyHeadcount: 400 } as const;

describe("hiring aid, one contract", () => {
  bench("apprenticeshipHiringAid, full first year", () => {
    apprenticeshipHiringAid(fullYear);
  });
  bench("apprenticeshipHiringAid, full first year, explain: false", () => {
    apprenticeshipHiringAid({ ...fullYear, explain: false });
  });
  bench("apprenticeshipHiringAid, six months prorated by days", () => {
    apprenticeshipHiringAid(shortContract);
  });
  bench("apprenticeshipHiringAid, refused (violations)", () => {
    apprenticeshipHiringAid(refused);
  });
  bench("modele-social setSituation + evaluate (aid and participation)", () => {
    modeleSocialEmployerSide(engine, { hiringDate: "2025-09-01", companyHeadcount: 40, largeCompanyCommitment: false, diplomaLevel: 7, disabledWorker: false });
  });
});

describe("training participation", () => {
  bench("employerTrainingContribution, flat 750 €", () => {
    employerTrainingContribution({ signatureDate: "2025-08-20", diplomaLevel: 7 });
  });
  bench("employerTrainingContribution, rupture pro rata", () => {
    employerTrainingContribution({ signatureDate: "2025-08-20", diplomaLevel: 7, trialPeriodRupture: { fundingLevel: 8231, daysPerformed: 30 } });
  });
});
