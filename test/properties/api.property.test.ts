/**
 * Properties of the whole public API (fast-check), across modules. The module files
 * (test/<module>/*.property.test.ts) check each module's own invariants; this one checks, for every
 * public function of src/index.ts at once, with the generators of support/api-arbitraries.ts:
 *   - a call gives a result or an AlternanceInputError, never another exception;
 *   - every date out is a real YYYY-MM-DD day, every number finite, every amount in cents;
 *   - every step and violation cites a declared rule, listed for that function in docs/rules.md;
 *   - pay schedules cover their contract exactly; windows contain their anchor under the presets;
 *   - a contract placed inside its windows passes the window checks, and pay, training hours and the
 *     registration deadline all run on it.
 * Time zones: time-zones.test.ts.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, test } from "vitest";
import { appliedBy, publicFunctionNames, ruleGroups } from "../../scripts/rules-doc.js";
import { isIsoDate } from "../../src/core/dates.js";
import * as api from "../../src/index.js";
import { apiArguments, isoDate, plusDays } from "./support/api-arbitraries.js";

const call = (fn: string, args: unknown[]): unknown => (api as unknown as Record<string, (...values: unknown[]) => unknown>)[fn]!(...args);

/** Keys whose value is a day (`YYYY-MM-DD`) or `null`, in any result. */
const DATE_KEYS = new Set([
  "date", "since", "conventionSignedOn", "ceilingSince", "start", "end", "thresholdReachedOn", "maximumExceededOn", "birthDate",
  "contractStart", "contractEnd", "signatureDate", "latestSignature", "earliest", "latest", "earliestEnd", "latestEnd", "deadline",
  "lastDay", "from", "to", "deemedStart", "birthday", "nextChange", "smicSince", "trainingStart", "trainingEnd",
]);
/** Keys whose value is an amount in euros: cents at most. */
const MONEY_KEYS = new Set([
  "hourly", "monthly", "minimumHourlyRate", "hourlyRate", "total", "amount", "exemptAmount", "subjectAmount", "smoothedMonthly",
  "exemptHourlyRate", "exemptTotal", "subjectTotal", "ceilingMonthly", "ceilingHourly", "baseMonthly", "monthlyMinimum",
  "hourlyMinimum", "smicMonthly", "baseHourly", "conventionalMinimumMonthly", "smicHourly",
  "netMonthlyMinimum", "gross", "net", "exemptionCeiling", "employeeContributions", "csgCrds", "netBeforeIncomeTax", "taxableNet",
  "base", "limit", "exempt", "taxable", "monthlyCeiling", "maximumDeduction", "grossMonthly", "ceiling", "excess", "threshold",
  "abatedPart", "fullPart", "healthEmployerMonthly", "healthEmployeeMonthly", "csgNonDeductible", "crds", "annualSmic", "cap", "itemsTotal",
  "socialSecurityValue",
]);

/** Functions whose results hold dates, and amounts in euros. */
const RETURNS_DATES = new Set([
  "addWorkingDays", "frenchPublicHolidays", "smicAt", "socialSecurityCeilingAt", "internshipGratification", "internshipPresence",
  "checkApprenticeshipEligibility", "checkProfessionalisationEligibility", "trainingHoursRequirement", "checkTrainingHours",
  "contractWindows", "checkContractDates", "registrationDeadline", "trialPeriodEnd", "apprenticeMinimumWage", "apprenticePaySchedule",
  "professionalisationMinimumWage", "professionalisationPaySchedule", "toIsoDate", "apprenticeshipHiringAid", "familyBenefitsIncomeCeiling", "examLeave",
]);
const RETURNS_AMOUNTS = new Set([
  "smicAt", "socialSecurityCeilingAt", "internshipGratification", "apprenticeMinimumWage", "apprenticePaySchedule",
  "professionalisationMinimumWage", "professionalisationPaySchedule", "apprenticeshipHiringAid", "employerTrainingContribution",
  "netPay", "incomeTaxExemption", "familyBenefitsIncomeCeiling", "benefitsInKindDeduction",
]);

interface Findings {
  problems: string[];
  rules: Set<string>;
  codes: Set<string>;
  /** How many dates and amounts were checked (so that a walk that finds nothing is noticed). */
  dates: number;
  amounts: number;
}

/** Walks a result: dates, numbers, amounts, and the rules and codes it cites. */
function inspect(value: unknown, path: string, key: string, findings: Findings): void {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) findings.problems.push(`${path}: ${value} is not finite`);
    if (MONEY_KEYS.has(key)) {
      findings.amounts += 1;
      if (Number(value.toFixed(2)) !== value) findings.problems.push(`${path}: ${value} is not in cents`);
    }
  } else if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !isIsoDate(value)) findings.problems.push(`${path}: « ${value} » is not a real day`);
    if (DATE_KEYS.has(key)) {
      findings.dates += 1;
      if (!isIsoDate(value)) findings.problems.push(`${path}: « ${value} » is not YYYY-MM-DD`);
    }
    if (key === "month" && !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) findings.problems.push(`${path}: « ${value} » is not YYYY-MM`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => inspect(item, `${path}[${index}]`, key, findings));
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record["message"] === "string" && Array.isArray(record["legalBasis"])) {
      if (typeof record["rule"] === "string") findings.rules.add(record["rule"]);
      else if (typeof record["code"] === "string") findings.codes.add(record["code"]);
    }
    // Step `values` included: the dates and amounts a rule used are checked like the others.
    for (const [name, inner] of Object.entries(record)) inspect(inner, `${path}.${name}`, name, findings);
  }
}

/** Every rule a function may cite, by id and by code (docs/rules.md, derived from the sources). */
let citable: Map<string, { ids: Set<string>; codes: Set<string> }>;
beforeAll(() => {
  const functions = appliedBy();
  citable = new Map(publicFunctionNames().map((name) => [name, { ids: new Set<string>(), codes: new Set<string>() }]));
  for (const rule of ruleGroups.flatMap((group) => group.rules)) {
    for (const name of functions.get(rule.id) ?? []) {
      citable.get(name)!.ids.add(rule.id);
      if (rule.code) citable.get(name)!.codes.add(rule.code);
    }
  }
});

test("every public function has a generator", () => {
  expect(Object.keys(apiArguments).sort()).toEqual(publicFunctionNames());
});

describe.each(Object.keys(apiArguments).sort())("%s", (fn) => {
  test("a result or an AlternanceInputError; real days, finite numbers, amounts in cents; only the rules docs/rules.md lists for it", () => {
    let results = 0;
    const seen: Findings = { problems: [], rules: new Set(), codes: new Set(), dates: 0, amounts: 0 };
    fc.assert(
      fc.property(apiArguments[fn]!, (args) => {
        let result: unknown;
        try {
          result = call(fn, args);
        } catch (error) {
          expect(error, `${fn}(${JSON.stringify(args)}) threw something else`).toBeInstanceOf(api.AlternanceInputError);
          const inputError = error as api.AlternanceInputError;
          expect(["INVALID_INPUT", "OUT_OF_SCOPE"]).toContain(inputError.code);
          expect(inputError.issues.length).toBeGreaterThan(0);
          for (const issue of inputError.issues) expect(issue.message.length).toBeGreaterThan(0);
          return;
        }
        results += 1;
        const findings: Findings = { problems: [], rules: new Set(), codes: new Set(), dates: 0, amounts: 0 };
        inspect(result, fn, fn === "addWorkingDays" || fn === "toIsoDate" ? "date" : "", findings);
        findings.rules.forEach((id) => seen.rules.add(id));
        findings.codes.forEach((code) => seen.codes.add(code));
        seen.dates += findings.dates;
        seen.amounts += findings.amounts;
        expect(findings.problems).toEqual([]);
        const allowed = citable.get(fn)!;
        expect([...findings.rules].filter((id) => !allowed.ids.has(id)), "step rules not listed for this function").toEqual([]);
        expect([...findings.codes].filter((code) => !allowed.codes.has(code)), "violation codes not listed for this function").toEqual([]);
      }),
      { numRuns: 150 },
    );
    // The generators aim at valid-looking calls: most of them must get through validation, and the
    // walk must have found what there is to check.
    expect(results).toBeGreaterThan(50);
    if (citable.get(fn)!.ids.size > 0) expect(seen.rules.size + seen.codes.size, "rules cited").toBeGreaterThan(0);
    if (RETURNS_DATES.has(fn)) expect(seen.dates, "dates checked").toBeGreaterThan(0);
    if (RETURNS_AMOUNTS.has(fn)) expect(seen.amounts, "amounts checked").toBeGreaterThan(0);
  });
});

describe("pay schedules cover their contract exactly", () => {
  test.for(["apprenticePaySchedule", "professionalisationPaySchedule"])("%s: from the start to the end, day after day, no gap or overlap", (fn) => {
    fc.assert(
      fc.property(apiArguments[fn]!, (args) => {
        let schedule: { periods: Array<{ from: string; to: string; monthlyMinimum: number }> };
        try {
          schedule = call(fn, args) as typeof schedule;
        } catch (error) {
          if (error instanceof api.AlternanceInputError) return;
          throw error;
        }
        const input = args[0] as { contractStart: string; contractEnd: string };
        expect(schedule.periods[0]!.from).toBe(input.contractStart);
        expect(schedule.periods.at(-1)!.to).toBe(input.contractEnd);
        schedule.periods.forEach((period, index) => {
          expect(period.from <= period.to).toBe(true);
          if (index > 0) expect(period.from).toBe(plusDays(schedule.periods[index - 1]!.to, 1));
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("windows contain their anchor under every preset policy", () => {
  // Both presets state their windows as months before and after the anchor (never a negative offset).
  const within = (window: { earliest: string | null; latest: string | null }, anchor: string) =>
    (window.earliest === null || window.earliest <= anchor) && (window.latest === null || window.latest >= anchor);

  test("contractWindows and checkContractDates().windows", () => {
    fc.assert(
      fc.property(
        isoDate(2019, 2032),
        fc.integer({ min: 0, max: 1_100 }),
        fc.constantFrom(...api.CONTRACT_TYPES),
        fc.constantFrom(...api.POLICY_NAMES),
        (trainingStart, length, contract, policy) => {
          const trainingEnd = plusDays(trainingStart, length);
          const windows = api.contractWindows({ contract, trainingStart, trainingEnd, policy });
          expect(within(windows.start, trainingStart)).toBe(true);
          expect(within(windows.end, trainingEnd)).toBe(true);
          const checked = api.checkContractDates({ contract, trainingStart, trainingEnd, contractStart: trainingStart, contractEnd: trainingEnd, policy });
          expect(checked.windows.start).toEqual(windows.start);
          expect(checked.windows.end).toEqual(windows.end);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("across modules: a contract placed inside its windows", () => {
  const WINDOW_CODES = ["START_BEFORE_EARLIEST", "START_AFTER_LATEST", "END_BEFORE_EARLIEST", "END_AFTER_LATEST"];
  const pick = (window: { earliest: string | null; latest: string | null }, anchor: string, share: number) => {
    const earliest = window.earliest ?? plusDays(anchor, -90);
    const latest = window.latest ?? plusDays(anchor, 90);
    const days = Math.round((Date.parse(latest) - Date.parse(earliest)) / 86_400_000);
    return plusDays(earliest, Math.floor(share * (days + 1)) > days ? days : Math.floor(share * (days + 1)));
  };
  const share = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

  test("passes the window checks; its pay schedule, training hours and registration deadline follow", () => {
    fc.assert(
      fc.property(
        isoDate(2020, 2030),
        fc.integer({ min: 180, max: 1_100 }),
        fc.constantFrom("apprenticeship" as const, "professionalisation" as const),
        fc.constantFrom(...api.POLICY_NAMES),
        share,
        share,
        fc.integer({ min: 16 * 12, max: 25 * 12 }),
        (trainingStart, length, contract, policy, startShare, endShare, ageMonths) => {
          const trainingEnd = plusDays(trainingStart, length);
          const windows = api.contractWindows({ contract, trainingStart, trainingEnd, policy });
          const contractStart = pick(windows.start, trainingStart, startShare);
          const contractEnd = pick(windows.end, trainingEnd, endShare);
          fc.pre(contractEnd > contractStart);
          const checked = api.checkContractDates({ contract, trainingStart, trainingEnd, contractStart, contractEnd, policy });
          expect(checked.violations.map((violation) => violation.code).filter((code) => WINDOW_CODES.includes(code))).toEqual([]);

          const birth = new Date(Date.parse(`${contractStart}T00:00:00Z`));
          birth.setUTCMonth(birth.getUTCMonth() - ageMonths);
          const birthDate = birth.toISOString().slice(0, 10);
          const schedule =
            contract === "apprenticeship"
              ? api.apprenticePaySchedule({ birthDate, contractStart, contractEnd })
              : api.professionalisationPaySchedule({ birthDate, contractStart, contractEnd, qualification: "below-bac-pro" });
          expect(schedule.periods[0]!.from).toBe(contractStart);
          expect(schedule.periods.at(-1)!.to).toBe(contractEnd);
          const first =
            contract === "apprenticeship"
              ? api.apprenticeMinimumWage({ birthDate, contractStart, contractEnd, date: contractStart })
              : api.professionalisationMinimumWage({ birthDate, contractStart, contractEnd, date: contractStart, qualification: "below-bac-pro" });
          expect(schedule.periods[0]!.monthlyMinimum).toBe(first.monthlyMinimum);

          const requirement = api.trainingHoursRequirement({ contract, contractStart, contractEnd });
          expect(requirement.minimumHours).toBeGreaterThan(0);
          expect(Number.isFinite(requirement.minimumHours)).toBe(true);

          const deadline = api.registrationDeadline({ contract, contractStart });
          expect(deadline.deadline > contractStart).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
