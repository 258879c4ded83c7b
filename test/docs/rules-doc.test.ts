/**
 * docs/rules.md is generated from the rule declarations (scripts/rules-doc.ts): it must be up to date,
 * and the declarations it reads must be complete. docs/parameters.md has the same check in
 * test/parameters/series.test.ts. Whether "applied by" lists every function that really cites a rule
 * is checked on generated calls in test/properties/api.property.test.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { appliedBy, publicFunctionNames, renderRulesDoc, ruleGroups } from "../../scripts/rules-doc.js";

const rules = ruleGroups.flatMap((group) => group.rules.map((rule) => ({ group: group.source, rule })));

test("docs/rules.md is up to date (run `npm run docs:rules`)", () => {
  const committed = readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8");
  expect(committed).toBe(renderRulesDoc());
});

describe("the rule declarations the reference reads", () => {
  test("ids are unique across modules", () => {
    const ids = rules.map(({ rule }) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // A code names a kind of breach; the same breach may be declared once per contract type.
  test("a code shared by several rules stays within one module and one kind of breach", () => {
    const byCode = new Map<string, string[]>();
    for (const { group, rule } of rules) if (rule.code) byCode.set(rule.code, [...(byCode.get(rule.code) ?? []), `${group}:${rule.id}`]);
    const shared = [...byCode.entries()].filter(([, ids]) => ids.length > 1);
    expect(Object.fromEntries(shared)).toEqual({
      AGE_BELOW_MINIMUM: ["eligibilityRules:apprenticeship.age.minimum", "eligibilityRules:professionalisation.age.minimum"],
      EMPLOYER_NOT_ALLOWED: ["eligibilityRules:professionalisation.employer.public-excluded", "eligibilityRules:professionalisation.employer.private-individual-excluded"],
      TRAINING_BELOW_MINIMUM: ["trainingHoursRules:training-hours.apprenticeship.minimum", "trainingHoursRules:training-hours.professionalisation.minimum"],
      TUTOR_EXPERIENCE_INSUFFICIENT: ["contractRules:contract.apprenticeship.tutor.experience", "contractRules:contract.professionalisation.tutor.experience"],
      TUTOR_TOO_MANY_SUPERVISED: ["contractRules:contract.apprenticeship.tutor.supervised", "contractRules:contract.professionalisation.tutor.supervised"],
      LEGAL_REPRESENTATIVE_MISSING: ["contractRules:contract.apprenticeship.legal-representative", "contractRules:contract.professionalisation.legal-representative"],
      PAY_BELOW_MINIMUM: ["contractRules:contract.apprenticeship.pay.agreed", "contractRules:contract.professionalisation.pay.agreed"],
    });
  });

  test.for(rules.map(({ group, rule }) => ({ id: rule.id, group, rule })))("$id has a French and an English title", ({ rule }) => {
    expect(rule.title.fr.trim().length).toBeGreaterThan(10);
    expect(rule.title.en.trim().length).toBeGreaterThan(10);
    expect(rule.title.fr).not.toBe(rule.title.en);
  });

  // Without an article: the school's own advice (its guide is the basis, cited in the result), a
  // policy with no rule set, a date outside the internship, and the data-freshness warning.
  test("every rule has a legal basis, except the school's advice and the notices that are not rules of law", () => {
    const withoutBasis = rules.filter(({ rule }) => rule.legalBasis.length === 0).map(({ rule }) => rule.id);
    expect(withoutBasis).toEqual([
      "programmes.programme",
      "programmes.age-at-start",
      "programmes.advice",
      "programmes.advice.not-offered",
      "programmes.no-arrangement",
      "dates.validation.not-set",
      "internship.presence.date-outside-period",
      "contract.section",
      "parameters.not-verified",
    ]);
  });

  test("every rule is applied by at least one public function, and every public function that explains cites a rule", () => {
    const functions = appliedBy();
    expect(rules.filter(({ rule }) => (functions.get(rule.id) ?? []).length === 0).map(({ rule }) => rule.id)).toEqual([]);
    const citing = new Set([...functions.values()].flat());
    // These return a plain value (a date, a count, a list, a number) or validate data: no explanation.
    expect(publicFunctionNames().filter((name) => !citing.has(name))).toEqual([
      "addWorkingDays",
      "countWorkingDays",
      "defineArrangements",
      "frenchPublicHolidays",
      "internshipMinimumHourlyRate",
      "toIsoDate",
    ]);
  });

  // The whole-contract functions (src/contract) call the modules' public functions, so they apply their rules too.
  test("the derivation follows the code: a rule of one module is applied only by that module's functions (and the whole-contract ones)", () => {
    const functions = appliedBy();
    expect(functions.get("apprenticeship.age.maximum")).toEqual(["checkApprenticeshipContract", "checkApprenticeshipEligibility"]);
    expect(functions.get("dates.start.earliest")).toEqual(["checkApprenticeshipContract", "checkContractDates", "checkProfessionalisationContract"]);
    expect(functions.get("dates.start.window")).toEqual(["checkApprenticeshipContract", "checkContractDates", "checkProfessionalisationContract", "contractWindows"]);
    expect(functions.get("contract.apprenticeship.tutor.age")).toEqual(["checkApprenticeshipContract"]);
    expect(functions.get("internship.presence.counting")).toEqual(["internshipGratification", "internshipPresence"]);
    expect(functions.get("parameters.not-verified")).toContain("smicAt");
  });
});
