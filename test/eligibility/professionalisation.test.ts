/**
 * checkProfessionalisationEligibility: the publics of L6325-1 on the day before and the day of the 16th
 * and 26th birthdays, every benefit, every employer kind, 29 February births and bad input.
 */
import { describe, expect, test } from "vitest";
import { checkProfessionalisationEligibility, EMPLOYER_KINDS } from "../../src/eligibility/index.js";
import type { EmployerKind, ProfessionalisationEligibilityInput, ProfessionalisationPublic } from "../../src/eligibility/index.js";
import { catchInputError } from "../support/catch-input-error.js";
import { expectExplained, expectIssues, type Explained, type IssueRow } from "../support/explained.js";

interface Expected {
  eligible: boolean;
  ageAtStart: number;
  publics: ProfessionalisationPublic[];
  employerAllowed: boolean;
  violations: string[];
}

interface Row {
  name: string;
  input: ProfessionalisationEligibilityInput;
  expected: Expected;
  source: string;
}

const START = "2025-09-01";
const ok = (ageAtStart: number, publics: ProfessionalisationPublic[]): Expected => ({ eligible: true, ageAtStart, publics, employerAllowed: true, violations: [] });

describe("publics of L6325-1, day before and day of the 16th and 26th birthdays", () => {
  const rows: Row[] = [
    {
      name: "15 (day before the 16th birthday): too young",
      input: { birthDate: "2009-09-02", contractStart: START, employer: "private" },
      expected: { eligible: false, ageAtStart: 15, publics: [], employerAllowed: true, violations: ["AGE_BELOW_MINIMUM"] },
      source: "C. trav. L6325-1 1° (« de seize à vingt-cinq ans »); L4153-1",
    },
    {
      name: "15 with RSA: still too young (no public below 16)",
      input: { birthDate: "2009-09-02", contractStart: START, benefits: ["rsa"], employer: "private" },
      expected: { eligible: false, ageAtStart: 15, publics: [], employerAllowed: true, violations: ["AGE_BELOW_MINIMUM"] },
      source: "C. trav. L6325-1; L4153-1 (brief: under 16 not eligible)",
    },
    {
      name: "16 (16th birthday): young person",
      input: { birthDate: "2009-09-01", contractStart: START, employer: "private" },
      expected: ok(16, ["young-person"]),
      source: "C. trav. L6325-1 1°",
    },
    {
      name: "25 (day before the 26th birthday): young person",
      input: { birthDate: "1999-09-02", contractStart: START, employer: "private" },
      expected: ok(25, ["young-person"]),
      source: "C. trav. L6325-1 1° (« vingt-cinq ans révolus »); law.md §2.1",
    },
    {
      name: "26 (26th birthday), not a job seeker: outside the publics",
      input: { birthDate: "1999-09-01", contractStart: START, employer: "private" },
      expected: { eligible: false, ageAtStart: 26, publics: [], employerAllowed: true, violations: ["NOT_IN_ELIGIBLE_PUBLIC"] },
      source: "C. trav. L6325-1",
    },
    {
      name: "26 (26th birthday), job seeker: job-seeker public",
      input: { birthDate: "1999-09-01", contractStart: START, jobSeeker: true, employer: "private" },
      expected: ok(26, ["job-seeker"]),
      source: "C. trav. L6325-1 2°",
    },
    {
      name: "25 (day before the 26th birthday), job seeker: young person only (job seekers from 26)",
      input: { birthDate: "1999-09-02", contractStart: START, jobSeeker: true, employer: "private" },
      expected: ok(25, ["young-person"]),
      source: "C. trav. L6325-1 1° and 2°",
    },
    {
      name: "job seeker at 58: no upper limit",
      input: { birthDate: "1967-03-01", contractStart: START, jobSeeker: true, employer: "private" },
      expected: ok(58, ["job-seeker"]),
      source: "C. trav. L6325-1 2°; law.md §2.1 (no upper limit)",
    },
    {
      name: "jobSeeker: false at 30: outside the publics",
      input: { birthDate: "1995-01-01", contractStart: START, jobSeeker: false, benefits: [], employer: "private" },
      expected: { eligible: false, ageAtStart: 30, publics: [], employerAllowed: true, violations: ["NOT_IN_ELIGIBLE_PUBLIC"] },
      source: "C. trav. L6325-1",
    },
  ];
  test.for(rows)("$name", (row) => {
    const result = checkProfessionalisationEligibility(row.input);
    expect({ ...result, explanation: undefined, warnings: undefined, violations: result.violations.map((v) => v.code) }).toEqual({
      ...row.expected,
      explanation: undefined,
      warnings: undefined,
    });
  });
});

describe("public 3°: each benefit alone, and several publics at once", () => {
  const rows: Row[] = [
    ...(["rsa", "ass", "aah", "former-cui"] as const).map((benefit) => ({
      name: `${benefit} at 40: benefit-recipient`,
      input: { birthDate: "1985-05-05", contractStart: START, benefits: [benefit], employer: "private" as const },
      expected: ok(40, ["benefit-recipient"]),
      source: "C. trav. L6325-1 3°",
    })),
    {
      name: "20 with AAH: young person and benefit recipient",
      input: { birthDate: "2005-01-01", contractStart: START, benefits: ["aah"], employer: "private" },
      expected: ok(20, ["young-person", "benefit-recipient"]),
      source: "C. trav. L6325-1 1° and 3°",
    },
    {
      name: "30, job seeker with ASS and RSA: job seeker and benefit recipient",
      input: { birthDate: "1995-01-01", contractStart: START, jobSeeker: true, benefits: ["ass", "rsa"], employer: "temporary-work-agency" },
      expected: ok(30, ["job-seeker", "benefit-recipient"]),
      source: "C. trav. L6325-1 2° and 3°",
    },
  ];
  test.for(rows)("$name", (row) => {
    const result = checkProfessionalisationEligibility(row.input);
    expect(result.eligible).toBe(row.expected.eligible);
    expect(result.ageAtStart).toBe(row.expected.ageAtStart);
    expect(result.publics).toEqual(row.expected.publics);
    expect(result.violations).toEqual([]);
  });

  test("the benefit step names the benefits", () => {
    const result = checkProfessionalisationEligibility({ birthDate: "1985-05-05", contractStart: START, benefits: ["former-cui", "rsa"], employer: "private", locale: "en" });
    expect(result.explanation.find((step) => step.rule === "professionalisation.public.benefit-recipient")?.message).toBe(
      "RSA / ASS / AAH recipient or former CUI holder (3°): yes (RSA, former CUI holder)",
    );
  });
});

describe("every employer kind (law.md §2.2)", () => {
  const ministry = "Ministère du Travail, fiche « Le contrat de professionnalisation »";
  const rows: { name: string; input: ProfessionalisationEligibilityInput; expected: { employerAllowed: boolean; legalBasis: string[] }; source: string }[] = [
    { employer: "private", allowed: true, basis: [ministry], source: "Ministry fiche: « Tous les employeurs de droit privé »" },
    { employer: "temporary-work-agency", allowed: true, basis: ["C. trav. art. L6325-23"], source: "C. trav. L6325-23" },
    { employer: "public-industrial-commercial", allowed: true, basis: [ministry], source: "Ministry fiche: EPIC may conclude CPRO" },
    { employer: "state", allowed: false, basis: [ministry], source: "Ministry fiche (legal article UNCONFIRMED, law.md §2.2)" },
    { employer: "local-authority", allowed: false, basis: [ministry], source: "Ministry fiche; seed 001 (« l'état, les collectivités territoriales, les EPA »)" },
    { employer: "public-administrative", allowed: false, basis: [ministry], source: "Ministry fiche; seed 001" },
    { employer: "private-individual", allowed: false, basis: [ministry, "service-public.fr, fiche F15478"], source: "service-public.fr F15478; seed 001 (« sauf les particuliers employeurs »)" },
  ].map(({ employer, allowed, basis, source }) => ({
    name: `${employer}: ${allowed ? "allowed" : "not allowed"}`,
    input: { birthDate: "2003-01-01", contractStart: START, employer: employer as EmployerKind },
    expected: { employerAllowed: allowed, legalBasis: basis },
    source,
  }));

  test("the table covers every employer kind", () => {
    expect(rows.map((row) => row.input.employer).sort()).toEqual([...EMPLOYER_KINDS].sort());
  });

  test.for(rows)("$name", (row) => {
    const result = checkProfessionalisationEligibility(row.input);
    expect(result.employerAllowed).toBe(row.expected.employerAllowed);
    expect(result.eligible).toBe(row.expected.employerAllowed);
    expect(result.publics).toEqual(["young-person"]);
    const employerStep = result.explanation.at(-1);
    expect(employerStep?.legalBasis).toEqual(row.expected.legalBasis);
    if (row.expected.employerAllowed) {
      expect(result.violations).toEqual([]);
    } else {
      expect(result.violations).toEqual([
        { code: "EMPLOYER_NOT_ALLOWED", message: employerStep?.message, legalBasis: row.expected.legalBasis, field: "employer" },
      ]);
    }
  });

  test("wrong public and excluded employer: both reasons", () => {
    const result = checkProfessionalisationEligibility({ birthDate: "1990-01-01", contractStart: START, employer: "local-authority" });
    expect(result.violations.map((v) => v.code)).toEqual(["NOT_IN_ELIGIBLE_PUBLIC", "EMPLOYER_NOT_ALLOWED"]);
    expect(result.publics).toEqual([]);
    expect(result.employerAllowed).toBe(false);
  });

  test("the exclusion message in French", () => {
    const result = checkProfessionalisationEligibility({ birthDate: "2003-01-01", contractStart: START, employer: "private-individual" });
    expect(result.violations[0]?.message).toBe(
      "Employeur : particulier employeur : ne peut pas conclure de contrat de professionnalisation (tout employeur privé sauf les particuliers employeurs)",
    );
  });
});

describe("29 February births and the age date", () => {
  const rows: Row[] = [
    {
      name: "born 2000-02-29, start 2026-02-28 (25): young person",
      input: { birthDate: "2000-02-29", contractStart: "2026-02-28", employer: "private" },
      expected: ok(25, ["young-person"]),
      source: "API.md §0 (29 February births); C. trav. L6325-1 1°",
    },
    {
      name: "born 2000-02-29, start 2026-03-01 (26): outside the publics",
      input: { birthDate: "2000-02-29", contractStart: "2026-03-01", employer: "private" },
      expected: { eligible: false, ageAtStart: 26, publics: [], employerAllowed: true, violations: ["NOT_IN_ELIGIBLE_PUBLIC"] },
      source: "API.md §0; C. trav. L6325-1",
    },
    {
      name: "born 2008-02-29, start 2024-02-29 (16): young person",
      input: { birthDate: "2008-02-29", contractStart: "2024-02-29", employer: "private" },
      expected: ok(16, ["young-person"]),
      source: "C. trav. L6325-1 1°",
    },
  ];
  test.for(rows)("$name", (row) => {
    const result = checkProfessionalisationEligibility(row.input);
    expect(result.eligible).toBe(row.expected.eligible);
    expect(result.ageAtStart).toBe(row.expected.ageAtStart);
    expect(result.publics).toEqual(row.expected.publics);
    expect(result.violations.map((v) => v.code)).toEqual(row.expected.violations);
  });

  test("the explanation says the age date is an unconfirmed reading (law.md §2.1)", () => {
    const result = checkProfessionalisationEligibility({ birthDate: "2000-01-01", contractStart: START, employer: "private" });
    expect(result.explanation[0]).toEqual({
      rule: "professionalisation.age.at-start",
      message: "Âge au début du contrat (2025-09-01) : 25 ans (L6325-1 ne précise pas la date retenue ; lecture non confirmée)",
      legalBasis: ["C. trav. art. L6325-1"],
      values: { contractStart: "2025-09-01", ageAtStart: 25 },
    });
  });

  test("PARAMETERS_NOT_VERIFIED after dataVerifiedUntil", () => {
    expect(checkProfessionalisationEligibility({ birthDate: "2000-01-01", contractStart: "2026-09-01", employer: "private" }).warnings.map((w) => w.code)).toEqual([
      "PARAMETERS_NOT_VERIFIED",
    ]);
  });
});

describe("bad input throws AlternanceInputError naming the field", () => {
  const rows = [
    { name: "missing birth date", input: { contractStart: START, employer: "private" }, code: "INVALID_INPUT", issues: [[["birthDate"], "REQUIRED"]] },
    { name: "missing employer", input: { birthDate: "2000-01-01", contractStart: START }, code: "INVALID_INPUT", issues: [[["employer"], "REQUIRED"]] },
    { name: "unknown employer", input: { birthDate: "2000-01-01", contractStart: START, employer: "association" }, code: "INVALID_INPUT", issues: [[["employer"], "INVALID_VALUE"]] },
    { name: "unknown benefit", input: { birthDate: "2000-01-01", contractStart: START, employer: "private", benefits: ["rsa", "apl"] }, code: "INVALID_INPUT", issues: [[["benefits", 1], "INVALID_VALUE"]] },
    { name: "impossible date", input: { birthDate: "2000-02-30", contractStart: START, employer: "private" }, code: "INVALID_INPUT", issues: [[["birthDate"], "INVALID_DATE"]] },
    { name: "birth after the start", input: { birthDate: "2025-09-02", contractStart: START, employer: "private" }, code: "INVALID_INPUT", issues: [[["birthDate"], "BIRTH_AFTER_CONTRACT"]] },
    { name: "start before 2019", input: { birthDate: "2000-01-01", contractStart: "2018-12-31", employer: "private" }, code: "OUT_OF_SCOPE", issues: [[["contractStart"], "OUT_OF_SCOPE"]] },
    { name: "jobSeeker not a boolean", input: { birthDate: "2000-01-01", contractStart: START, employer: "private", jobSeeker: 1 }, code: "INVALID_INPUT", issues: [[["jobSeeker"], "INVALID_TYPE"]] },
  ].map((row) => ({ ...row, source: "API.md §0 (bad input)" }));

  test.for(rows)("$name", (row) => {
    const error = catchInputError(() => checkProfessionalisationEligibility(row.input as unknown as ProfessionalisationEligibilityInput));
    expect(error.code).toBe(row.code);
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual(row.issues);
  });

  test("English message with locale: en", () => {
    const error = catchInputError(() =>
      checkProfessionalisationEligibility({ birthDate: "2000-01-01", contractStart: START, employer: "ngo", locale: "en" } as unknown as ProfessionalisationEligibilityInput),
    );
    expect(error.issues[0]?.message).toBe(
      'employer: unknown value "ngo"; allowed values: private, temporary-work-agency, public-industrial-commercial, state, local-authority, public-administrative, private-individual',
    );
  });
});

describe("explanations word for word, in French and English", () => {
  const rows: Array<{ name: string; input: ProfessionalisationEligibilityInput; source: string } & Explained> = [
    {
      name: "35, job seeker, private employer: public 2°",
      input: { birthDate: "1990-06-15", contractStart: "2025-09-01", jobSeeker: true, employer: "private" },
      explanation: [
        ["professionalisation.age.at-start", { contractStart: "2025-09-01", ageAtStart: 35 }, "Âge au début du contrat (2025-09-01) : 35 ans (L6325-1 ne précise pas la date retenue ; lecture non confirmée)", "Age at the start of the contract (2025-09-01): 35 years old (L6325-1 states no date; unconfirmed reading)"],
        ["professionalisation.public.young-person", { ageAtStart: 35, minimumAge: 16, maximumAge: 25, met: false }, "Jeune de 16 à 25 ans révolus (1°) : non (35 ans)", "Young person aged 16 to 25 (1°): no (35 years old)"],
        ["professionalisation.public.job-seeker", { ageAtStart: 35, minimumAge: 26, jobSeeker: true, met: true }, "Demandeur d'emploi de 26 ans et plus (2°) : oui (35 ans, demandeur d'emploi)", "Job seeker aged 26 or over (2°): yes (35 years old, job seeker)"],
        ["professionalisation.public.benefit-recipient", { benefits: [], met: false }, "Bénéficiaire RSA / ASS / AAH ou ancien CUI (3°) : non", "RSA / ASS / AAH recipient or former CUI holder (3°): no"],
        ["professionalisation.employer.allowed", { employer: "private" }, "Employeur : employeur de droit privé : peut conclure un contrat de professionnalisation", "Employer: private-law employer: may conclude a professionalisation contract"],
      ],
      source: "C. trav. L6325-1 2°; law.md §2.1",
    },
    {
      name: "20, RSA and former CUI, temporary-work agency: publics 1° and 3°",
      input: { birthDate: "2005-03-01", contractStart: "2025-09-01", benefits: ["former-cui", "rsa"], employer: "temporary-work-agency" },
      explanation: [
        ["professionalisation.age.at-start", { contractStart: "2025-09-01", ageAtStart: 20 }, "Âge au début du contrat (2025-09-01) : 20 ans (L6325-1 ne précise pas la date retenue ; lecture non confirmée)", "Age at the start of the contract (2025-09-01): 20 years old (L6325-1 states no date; unconfirmed reading)"],
        ["professionalisation.public.young-person", { ageAtStart: 20, minimumAge: 16, maximumAge: 25, met: true }, "Jeune de 16 à 25 ans révolus (1°) : oui (20 ans)", "Young person aged 16 to 25 (1°): yes (20 years old)"],
        ["professionalisation.public.job-seeker", { ageAtStart: 20, minimumAge: 26, jobSeeker: false, met: false }, "Demandeur d'emploi de 26 ans et plus (2°) : non (20 ans, non déclaré demandeur d'emploi)", "Job seeker aged 26 or over (2°): no (20 years old, not stated as a job seeker)"],
        ["professionalisation.public.benefit-recipient", { benefits: ["rsa", "former-cui"], met: true }, "Bénéficiaire RSA / ASS / AAH ou ancien CUI (3°) : oui (RSA, ancien titulaire d'un CUI)", "RSA / ASS / AAH recipient or former CUI holder (3°): yes (RSA, former CUI holder)"],
        ["professionalisation.employer.temporary-work-agency", { employer: "temporary-work-agency" }, "Employeur : entreprise de travail temporaire : peut conclure un contrat de professionnalisation", "Employer: temporary-work agency: may conclude a professionalisation contract"],
      ],
      source: "C. trav. L6325-1 1° 3°, L6325-23; law.md §2.1-2.2",
    },
    {
      name: "30, neither job seeker nor recipient, local authority: no public, employer excluded",
      input: { birthDate: "1995-01-10", contractStart: "2025-09-01", employer: "local-authority" },
      explanation: [
        ["professionalisation.age.at-start", { contractStart: "2025-09-01", ageAtStart: 30 }, "Âge au début du contrat (2025-09-01) : 30 ans (L6325-1 ne précise pas la date retenue ; lecture non confirmée)", "Age at the start of the contract (2025-09-01): 30 years old (L6325-1 states no date; unconfirmed reading)"],
        ["professionalisation.public.young-person", { ageAtStart: 30, minimumAge: 16, maximumAge: 25, met: false }, "Jeune de 16 à 25 ans révolus (1°) : non (30 ans)", "Young person aged 16 to 25 (1°): no (30 years old)"],
        ["professionalisation.public.job-seeker", { ageAtStart: 30, minimumAge: 26, jobSeeker: false, met: false }, "Demandeur d'emploi de 26 ans et plus (2°) : non (30 ans, non déclaré demandeur d'emploi)", "Job seeker aged 26 or over (2°): no (30 years old, not stated as a job seeker)"],
        ["professionalisation.public.benefit-recipient", { benefits: [], met: false }, "Bénéficiaire RSA / ASS / AAH ou ancien CUI (3°) : non", "RSA / ASS / AAH recipient or former CUI holder (3°): no"],
        ["professionalisation.employer.public-excluded", { employer: "local-authority" }, "Employeur : collectivité territoriale : l'État, les collectivités territoriales et leurs établissements publics à caractère administratif ne peuvent pas conclure de contrat de professionnalisation (l'apprentissage leur est ouvert, L6227-1)", "Employer: local authority: the State, local authorities and their public administrative bodies may not conclude a professionalisation contract (apprenticeship is open to them, L6227-1)"],
      ],
      violations: [
        ["NOT_IN_ELIGIBLE_PUBLIC", undefined, "30 ans au début du contrat, ni demandeur d'emploi, ni bénéficiaire du RSA, de l'ASS, de l'AAH, ni ancien titulaire d'un CUI : hors des publics de L6325-1 (16 à 25 ans révolus ; demandeurs d'emploi de 26 ans et plus ; RSA, ASS, AAH, ancien CUI)", "30 years old at the start of the contract, neither a job seeker nor an RSA, ASS or AAH recipient or former CUI holder: outside the publics of L6325-1 (16 to 25; job seekers 26 and over; RSA, ASS, AAH, former CUI)"],
        ["EMPLOYER_NOT_ALLOWED", "employer", "Employeur : collectivité territoriale : l'État, les collectivités territoriales et leurs établissements publics à caractère administratif ne peuvent pas conclure de contrat de professionnalisation (l'apprentissage leur est ouvert, L6227-1)", "Employer: local authority: the State, local authorities and their public administrative bodies may not conclude a professionalisation contract (apprenticeship is open to them, L6227-1)"],
      ],
      source: "C. trav. L6325-1; Ministry fiche CPRO (public employers); law.md §2.1-2.2",
    },
    {
      name: "15, private individual employer: too young, employer excluded",
      input: { birthDate: "2010-06-01", contractStart: "2025-09-01", jobSeeker: true, employer: "private-individual" },
      explanation: [
        ["professionalisation.age.at-start", { contractStart: "2025-09-01", ageAtStart: 15 }, "Âge au début du contrat (2025-09-01) : 15 ans (L6325-1 ne précise pas la date retenue ; lecture non confirmée)", "Age at the start of the contract (2025-09-01): 15 years old (L6325-1 states no date; unconfirmed reading)"],
        ["professionalisation.age.minimum", { ageAtStart: 15, minimumAge: 16 }, "15 ans au début du contrat : il faut avoir au moins 16 ans", "15 years old at the start of the contract: the minimum is 16"],
        ["professionalisation.employer.private-individual-excluded", { employer: "private-individual" }, "Employeur : particulier employeur : ne peut pas conclure de contrat de professionnalisation (tout employeur privé sauf les particuliers employeurs)", "Employer: private individual: may not conclude a professionalisation contract (any private employer except private individuals)"],
      ],
      violations: [
        ["AGE_BELOW_MINIMUM", "birthDate", "15 ans au début du contrat : il faut avoir au moins 16 ans", "15 years old at the start of the contract: the minimum is 16"],
        ["EMPLOYER_NOT_ALLOWED", "employer", "Employeur : particulier employeur : ne peut pas conclure de contrat de professionnalisation (tout employeur privé sauf les particuliers employeurs)", "Employer: private individual: may not conclude a professionalisation contract (any private employer except private individuals)"],
      ],
      source: "C. trav. L6325-1, L4153-1; service-public.fr F15478; law.md §2.1-2.2",
    },
    {
      name: "a one-year-old (absurd but valid input), EPIC: singular « an » / \"year\"",
      input: { birthDate: "2024-06-01", contractStart: "2025-09-01", employer: "public-industrial-commercial" },
      explanation: [
        ["professionalisation.age.at-start", { contractStart: "2025-09-01", ageAtStart: 1 }, "Âge au début du contrat (2025-09-01) : 1 an (L6325-1 ne précise pas la date retenue ; lecture non confirmée)", "Age at the start of the contract (2025-09-01): 1 year old (L6325-1 states no date; unconfirmed reading)"],
        ["professionalisation.age.minimum", { ageAtStart: 1, minimumAge: 16 }, "1 an au début du contrat : il faut avoir au moins 16 ans", "1 year old at the start of the contract: the minimum is 16"],
        ["professionalisation.employer.allowed", { employer: "public-industrial-commercial" }, "Employeur : établissement public à caractère industriel et commercial : peut conclure un contrat de professionnalisation", "Employer: public industrial and commercial body (EPIC): may conclude a professionalisation contract"],
      ],
      violations: [
        ["AGE_BELOW_MINIMUM", "birthDate", "1 an au début du contrat : il faut avoir au moins 16 ans", "1 year old at the start of the contract: the minimum is 16"],
      ],
      source: "C. trav. L6325-1 (16 at least)",
    },
    {
      name: "born on the contract start (age 0, absurd but valid input): too young, not an input error",
      input: { birthDate: "2025-09-01", contractStart: "2025-09-01", employer: "private" },
      explanation: [
        ["professionalisation.age.at-start", { contractStart: "2025-09-01", ageAtStart: 0 }, "Âge au début du contrat (2025-09-01) : 0 an (L6325-1 ne précise pas la date retenue ; lecture non confirmée)", "Age at the start of the contract (2025-09-01): 0 years old (L6325-1 states no date; unconfirmed reading)"],
        ["professionalisation.age.minimum", { ageAtStart: 0, minimumAge: 16 }, "0 an au début du contrat : il faut avoir au moins 16 ans", "0 years old at the start of the contract: the minimum is 16"],
        ["professionalisation.employer.allowed", { employer: "private" }, "Employeur : employeur de droit privé : peut conclure un contrat de professionnalisation", "Employer: private-law employer: may conclude a professionalisation contract"],
      ],
      violations: [
        ["AGE_BELOW_MINIMUM", "birthDate", "0 an au début du contrat : il faut avoir au moins 16 ans", "0 years old at the start of the contract: the minimum is 16"],
      ],
      source: "API.md §0 (only a birth after the start is an input error)",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectExplained((locale) => checkProfessionalisationEligibility({ ...row.input, locale }), row);
  });
});

describe("input errors word for word, in French and English", () => {
  const rows: Array<{ name: string; input: ProfessionalisationEligibilityInput; issues: IssueRow[]; source: string }> = [
    {
      name: "birth after the start",
      input: { birthDate: "2025-09-02", contractStart: "2025-09-01", employer: "private" },
      issues: [
        [["birthDate"], "BIRTH_AFTER_CONTRACT", "birthDate : la date de naissance est postérieure au début du contrat (2025-09-01)", "birthDate: the birth date is after the contract start (2025-09-01)"],
      ],
      source: "API.md §0 (bad input)",
    },
  ];
  test.for(rows)("$name", (row) => {
    expectIssues((locale) => checkProfessionalisationEligibility({ ...row.input, locale }), row.issues);
  });
});
