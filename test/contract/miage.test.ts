/**
 * The complete MIAGE example (seed 003: Master MIAGE 2025/2027 in apprenticeship, Tableau 5 dates,
 * §2.3 volumes) is valid; the sections are exactly the modules' own results; the explanation and the
 * new checks' messages word for word in French and English; `explain: false`.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  apprenticePaySchedule,
  checkApprenticeshipContract,
  checkApprenticeshipEligibility,
  checkContractDates,
  checkProfessionalisationContract,
  checkProfessionalisationEligibility,
  checkTrainingHours,
  professionalisationPaySchedule,
  registrationDeadline,
  type ApprenticeshipContractInput,
} from "../../src/index.js";
import { expectExplained } from "../support/explained.js";
import { apprenticeship, professionalisation } from "./fixtures.js";

const miage = (): ApprenticeshipContractInput => JSON.parse(readFileSync(new URL("../../examples/contract-miage.json", import.meta.url), "utf8"));

describe("the MIAGE example (examples/contract-miage.json, seed 003)", () => {
  test("is valid in every section", () => {
    const result = checkApprenticeshipContract(miage());
    expect(result.valid).toBe(true);
    expect(result.violations).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["PARAMETERS_NOT_VERIFIED"]);
    const { sections } = result;
    // Tableau 5: DDC in [DDF − 3 months, DDF + 3 months], DFC in [DFF, DFF + 2 months]; 2-year contract.
    expect(sections.dates?.windows.start).toEqual({ earliest: "2025-06-01", latest: "2025-12-01" });
    expect(sections.dates?.windows.end).toEqual({ earliest: "2027-09-03", latest: "2027-11-03" });
    expect(sections.dates?.duration).toEqual({ months: 24, days: 0 });
    // §2.3: M1 544 h + M2 512 h = 1056 h ≥ 25 % of 2 years (803.5 h).
    expect(sections.trainingHours).toMatchObject({ valid: true, contractHours: 3214, minimumHours: 803.5 });
    expect(sections.registration.deadline).toBe("2025-09-10");
    expect(sections.tutor).toMatchObject({ valid: true, ageAtStart: 45, minimumAge: 18, requiredExperienceYears: 1, supervised: 2, maximumSupervised: 2 });
    expect(sections.workingTime).toMatchObject({ valid: true, minor: false, maximumWeeklyHours: null });
    expect(sections.legalRepresentative).toMatchObject({ valid: true, required: false });
    expect(sections.practicalTraining).toMatchObject({ valid: true, practicalTrainingStart: "2025-09-08", latestStart: "2025-12-04" });
    expect(sections.pay.comparisons?.map((row) => [row.agreedIndex, row.from, row.to, row.amount, row.monthlyMinimum, row.met])).toEqual([
      [0, "2025-09-04", "2025-12-31", 1000, 954.95, true],
      [0, "2026-01-01", "2026-05-31", 1000, 966.21, true],
      [0, "2026-06-01", "2026-09-03", 1000, 989.52, true],
      [1, "2026-09-04", "2027-09-03", 1150, 1138.88, true],
    ]);
  });

  test("its sections are the modules' own results for the same contract", () => {
    const input = miage();
    const { sections } = checkApprenticeshipContract(input);
    const { apprentice, training, contract } = input;
    expect(sections.eligibility).toEqual(checkApprenticeshipEligibility({ birthDate: apprentice.birthDate, contractStart: contract.contractStart, signatureDate: contract.signatureDate! }));
    expect(sections.dates).toEqual(
      checkContractDates({
        contract: "apprenticeship",
        trainingStart: training.trainingStart!,
        trainingEnd: training.trainingEnd!,
        contractStart: contract.contractStart,
        contractEnd: contract.contractEnd,
        signatureDate: contract.signatureDate!,
        policy: "miageAixMarseille",
      }),
    );
    expect(sections.registration).toEqual(registrationDeadline({ contract: "apprenticeship", contractStart: contract.contractStart }));
    expect(sections.pay.schedule).toEqual(apprenticePaySchedule({ birthDate: apprentice.birthDate, contractStart: contract.contractStart, contractEnd: contract.contractEnd, weeklyHours: 35 }));
    expect(sections.trainingHours).toEqual(checkTrainingHours({ contract: "apprenticeship", contractStart: contract.contractStart, contractEnd: contract.contractEnd, trainingHours: 1056 }));
  });

  test("a CPRO's sections are the modules' own results too", () => {
    const input = { ...professionalisation(), training: { ...professionalisation().training, trainingHours: 300 } };
    const { sections } = checkProfessionalisationContract(input);
    expect(sections.eligibility).toEqual(checkProfessionalisationEligibility({ birthDate: "2004-03-10", contractStart: "2025-09-01", employer: "private" }));
    expect(sections.pay.schedule).toEqual(professionalisationPaySchedule({ birthDate: "2004-03-10", contractStart: "2025-09-01", contractEnd: "2026-08-31", qualification: "bac-pro-or-higher" }));
    expect(sections.trainingHours).toEqual(checkTrainingHours({ contract: "professionalisation", contractStart: "2025-09-01", contractEnd: "2026-08-31", trainingHours: 300 }));
    expect(sections.practicalTraining).toBeNull();
    expect(sections.tutor).toBeNull();
  });

  test("explain: false gives explanation [] in the result and in the whole-contract sections", () => {
    const result = checkApprenticeshipContract({ ...miage(), explain: false });
    expect(result.explanation).toEqual([]);
    for (const section of [result.sections.pay, result.sections.tutor!, result.sections.workingTime, result.sections.legalRepresentative, result.sections.practicalTraining!]) {
      expect(section.explanation).toEqual([]);
    }
    const explained = checkApprenticeshipContract(miage());
    expect({ ...result, explanation: [], sections: {} }).toEqual({ ...explained, explanation: [], sections: {} });
  });
});

describe("word for word, in French and in English", () => {
  test("the summary of the MIAGE example", () => {
    expectExplained((locale) => checkApprenticeshipContract({ ...miage(), locale }), {
      explanation: [
        ["contract.section", { section: "eligibility", checked: true, valid: true, codes: [] }, "Éligibilité : conforme", "Eligibility: met"],
        ["contract.section", { section: "dates", checked: true, valid: true, codes: [] }, "Dates du contrat : conforme", "Contract dates: met"],
        ["contract.registration", { deadline: "2025-09-10" }, "Transmission du contrat : au plus tard le 2025-09-10", "Registration of the contract: by 2025-09-10 at the latest"],
        ["contract.section", { section: "pay", checked: true, valid: true, codes: [] }, "Rémunération convenue : conforme", "Agreed pay: met"],
        ["contract.section", { section: "trainingHours", checked: true, valid: true, codes: [] }, "Heures de formation : conforme", "Training hours: met"],
        ["contract.section", { section: "tutor", checked: true, valid: true, codes: [] }, "Tuteur : conforme", "Tutor: met"],
        ["contract.section", { section: "workingTime", checked: true, valid: true, codes: [] }, "Durée du travail : conforme", "Working time: met"],
        ["contract.section", { section: "legalRepresentative", checked: true, valid: true, codes: [] }, "Représentant légal : conforme", "Legal representative: met"],
        ["contract.section", { section: "practicalTraining", checked: true, valid: true, codes: [] }, "Formation pratique : conforme", "Practical training: met"],
      ],
      warnings: [
        [
          "PARAMETERS_NOT_VERIFIED",
          undefined,
          "Le 2027-09-03 est postérieur au 2026-07-16, date jusqu'à laquelle les paramètres légaux (SMIC, plafond…) ont été vérifiés : les dernières valeurs connues sont utilisées.",
          "2027-09-03 is after 2026-07-16, the date up to which the legal parameters (SMIC, ceiling…) were checked: the last known values are used.",
        ],
      ],
    });
  });

  test("a minor without representative, too many hours, a late practical training, pay below the minimum, a young tutor", () => {
    const input = (locale: "fr" | "en"): ApprenticeshipContractInput => ({
      ...apprenticeship(),
      apprentice: { birthDate: "2009-03-10" },
      tutor: { birthDate: "2007-09-02", experienceYears: 1, diplomaLevel: 5, apprenticesSupervised: 3 },
      contract: {
        contractStart: "2025-09-01",
        contractEnd: "2026-08-31",
        weeklyHours: 35.5,
        dailyHours: 8.5,
        practicalTrainingStart: "2025-12-02",
        agreedMonthlyPay: [{ from: "2025-09-01", amount: 486.48 }, { from: "2026-01-01", amount: 500 }],
      },
      locale,
    });
    const result = checkApprenticeshipContract(input("fr"));
    expect(result.sections.pay.comparisons?.map((row) => [row.from, row.to, row.monthlyMinimum, row.shortfall])).toEqual([
      // 27 % of the SMIC for 35.5 h: 0.27 × 11.88 × 35.5 × 52 / 12 = 493.4358; × 12.02 → 499.2507; × 12.31 → 511.2959.
      ["2025-09-01", "2025-12-31", 493.44, 6.96],
      ["2026-01-01", "2026-05-31", 499.25, 0],
      ["2026-06-01", "2026-08-31", 511.3, 11.3],
    ]);
    expectExplained((locale) => ({ ...checkApprenticeshipContract(input(locale)), explanation: [] }), {
      explanation: [],
      violations: [
        [
          "PAY_BELOW_MINIMUM",
          "contract.agreedMonthlyPay[0].amount",
          "Rémunération convenue n° 1 (du 2025-09-01 au 2025-12-31) : 486,48 € par mois, inférieure au minimum de 493,44 € dû du 2025-09-01 au 2025-12-31",
          "Agreed pay no. 1 (2025-09-01 to 2025-12-31): €486.48 a month, below the minimum of €493.44 due from 2025-09-01 to 2025-12-31",
        ],
        [
          "PAY_BELOW_MINIMUM",
          "contract.agreedMonthlyPay[1].amount",
          "Rémunération convenue n° 2 (du 2026-01-01 au 2026-08-31) : 500,00 € par mois, inférieure au minimum de 511,30 € dû du 2026-06-01 au 2026-08-31",
          "Agreed pay no. 2 (2026-01-01 to 2026-08-31): €500.00 a month, below the minimum of €511.30 due from 2026-06-01 to 2026-08-31",
        ],
        [
          "TUTOR_BELOW_MINIMUM_AGE",
          "tutor.birthDate",
          "Le maître d'apprentissage a 17 ans au début du contrat (2025-09-01) : il doit être majeur (18 ans au moins)",
          "The apprenticeship tutor is 17 at the start of the contract (2025-09-01): a tutor must be of age (at least 18)",
        ],
        [
          "TUTOR_EXPERIENCE_INSUFFICIENT",
          "tutor.experienceYears",
          "Le maître d'apprentissage justifie de 1 an d'expérience (diplôme de niveau 5 inférieur au niveau 6 préparé) : il en faut 2 ans",
          "The apprenticeship tutor has 1 year of experience (a level-5 diploma, below the prepared level 6): 2 years are required",
        ],
        [
          "TUTOR_TOO_MANY_SUPERVISED",
          "tutor.apprenticesSupervised",
          "Le maître d'apprentissage : 3 apprentis encadrés (ce contrat compris), 2 au plus",
          "The apprenticeship tutor: 3 apprentices supervised (this contract included), at most 2",
        ],
        [
          "MINOR_DAILY_HOURS_ABOVE_MAXIMUM",
          "contract.dailyHours",
          "8,5 h par jour : un salarié mineur (jusqu'au 2027-03-09) travaille 8 h par jour au plus",
          "8.5 h a day: a minor (until 2027-03-09) works at most 8 h a day",
        ],
        [
          "MINOR_WEEKLY_HOURS_ABOVE_MAXIMUM",
          "contract.weeklyHours",
          "35,5 h par semaine : un salarié mineur (jusqu'au 2027-03-09) travaille 35 h par semaine au plus",
          "35.5 h a week: a minor (until 2027-03-09) works at most 35 h a week",
        ],
        [
          "LEGAL_REPRESENTATIVE_MISSING",
          "apprentice.legalRepresentative",
          "Mineur (16 ans) à la conclusion du contrat (2025-09-01) : le contrat doit être signé aussi par son représentant légal (mineur non émancipé)",
          "A minor (16) at the conclusion of the contract (2025-09-01): the legal representative must sign the contract too (unemancipated minor)",
        ],
        [
          "PRACTICAL_TRAINING_START_TOO_LATE",
          "contract.practicalTrainingStart",
          "La formation pratique chez l'employeur commence le 2025-12-02, après le 2025-12-01 (3 mois après le début du contrat, 2025-09-01)",
          "The practical training in the company starts on 2025-12-02, after 2025-12-01 (3 months after the contract start, 2025-09-01)",
        ],
      ],
      warnings: [
        [
          "PARAMETERS_NOT_VERIFIED",
          undefined,
          "Le 2026-08-31 est postérieur au 2026-07-16, date jusqu'à laquelle les paramètres légaux (SMIC, plafond…) ont été vérifiés : les dernières valeurs connues sont utilisées.",
          "2026-08-31 is after 2026-07-16, the date up to which the legal parameters (SMIC, ceiling…) were checked: the last known values are used.",
        ],
      ],
    });
  });

  test("the steps of the whole-contract sections when the conditions are met", () => {
    const input = (locale: "fr" | "en"): ApprenticeshipContractInput => ({
      ...apprenticeship(),
      apprentice: { birthDate: "2009-03-10", legalRepresentative: true },
      tutor: { birthDate: "1980-06-15", experienceYears: 2.5, apprenticesSupervised: 3, examFailureExtension: true },
      contract: { contractStart: "2025-09-01", contractEnd: "2026-08-31", dailyHours: 10, weeklyHours: 40, workingTimeDerogation: "site-activity" },
      locale,
    });
    const { sections } = checkApprenticeshipContract(input("fr"));
    const english = checkApprenticeshipContract(input("en")).sections;
    const messages = (list: Array<{ message: string }>) => list.map((step) => step.message);
    expect([...messages(sections.tutor!.explanation), ...messages(sections.workingTime.explanation), ...messages(sections.legalRepresentative.explanation), ...messages(sections.practicalTraining!.explanation)]).toEqual([
      "Maître d'apprentissage : 45 ans au début du contrat (2025-09-01), au moins 18 exigés : condition remplie",
      "Maître d'apprentissage : 2,5 ans d'expérience, sans diplôme déclaré ; 2 ans exigés : condition remplie",
      "Maître d'apprentissage : 3 apprentis encadrés (ce contrat compris), 3 au plus (dont un apprenti prolongé après un échec à l'examen) : condition remplie",
      "Durée quotidienne : 10 h, 10 h au plus tant que le salarié est mineur (jusqu'au 2027-03-09) (dérogation des chantiers, R3162-1) : conforme",
      "Durée hebdomadaire : 40 h, 40 h au plus tant que le salarié est mineur (jusqu'au 2027-03-09) (dérogation des chantiers, R3162-1) : conforme",
      "Mineur (16 ans) à la conclusion du contrat (2025-09-01) : le représentant légal signe le contrat",
      "Formation pratique chez l'employeur : à commencer le 2025-12-01 au plus tard (3 mois après le début du contrat, 2025-09-01) ; date non fournie",
    ]);
    expect([...messages(english.tutor!.explanation), ...messages(english.workingTime.explanation), ...messages(english.legalRepresentative.explanation), ...messages(english.practicalTraining!.explanation)]).toEqual([
      "Apprenticeship tutor: 45 at the start of the contract (2025-09-01), at least 18 required: met",
      "Apprenticeship tutor: 2.5 years of experience, no diploma declared; 2 years required: met",
      "Apprenticeship tutor: 3 apprentices supervised (this contract included), at most 3 (one of them prolonged after an exam failure): met",
      "Daily hours: 10 h, at most 10 h while the employee is a minor (until 2027-03-09) (building-site derogation, R3162-1): met",
      "Weekly hours: 40 h, at most 40 h while the employee is a minor (until 2027-03-09) (building-site derogation, R3162-1): met",
      "A minor (16) at the conclusion of the contract (2025-09-01): the legal representative signs the contract",
      "Practical training in the company: to start on 2025-12-01 at the latest (3 months after the contract start, 2025-09-01); date not given",
    ]);
    expect(sections.workingTime.explanation[0]!.legalBasis).toEqual(["C. trav. art. L3162-1", "C. trav. art. R3162-1"]);
  });

  test("a CPRO summary with sections not checked, and the adult and CPRO tutor steps", () => {
    const input = (locale: "fr" | "en") => ({ ...professionalisation(), tutor: { birthDate: "1980-06-15", experienceYears: 3, isEmployer: true }, locale });
    const result = checkProfessionalisationContract(input("en"));
    expect(result.explanation.map((step) => step.message)).toEqual([
      "Eligibility: met",
      "Contract dates: met",
      "Registration of the contract: by 2025-09-06 at the latest",
      "Agreed pay: not checked (no data given)",
      "Training hours: not checked (no data given)",
      "Tutor: met",
      "Working time: met",
      "Legal representative: met",
    ]);
    expect(checkProfessionalisationContract(input("fr")).explanation[3]!.message).toBe("Rémunération convenue : non vérifié (données non fournies)");
    expect(result.sections.tutor!.explanation.map((step) => step.message)).toEqual([
      "Tutor: 3 years of experience, 2 years required: met",
      "Tutor (the employer): 1 person supervised (this contract included), at most 2: met",
    ]);
    expect(result.sections.workingTime.explanation.map((step) => step.message)).toEqual(["21 at the start of the contract: the working-time limits of minors do not apply"]);
    expect(result.sections.legalRepresentative.explanation.map((step) => step.message)).toEqual(["21 at the conclusion of the contract (2025-09-01): of age, no legal representative"]);
  });
});
