/**
 * Issue 13, library side: each reproducer found by fuzzing from outside the project, and the limits
 * chosen to fix them (docs/quality.md, « Les mauvaises entrées »): every list input bounded before
 * its items are read, numbers bounded by what the law allows, options validated everywhere the same
 * way, exported data deeply frozen, no -0 in any result. The fuzz property over every public function
 * is bad-input.property.test.ts.
 */
import { describe, expect, test } from "vitest";
import { addDays } from "../../src/core/dates.js";
import { MAX_CONTRACT_DAYS, MAX_CONTRACT_HOURS } from "../../src/core/schema.js";
import * as api from "../../src/index.js";
import { MAX_PRESET_ITEMS } from "../../src/programmes/preset.js";
import { catchInputError } from "../support/catch-input-error.js";
import { cyclicObject, deepNestedArray, hugeBadDates, hugeBadRows, megabyteText } from "./support/hostile-values.js";

const {
  addWorkingDays,
  arrangements,
  checkApprenticeshipEligibility,
  checkProfessionalisationEligibility,
  checkTrainingHours,
  contractWindows,
  countWorkingDays,
  defineArrangements,
  frenchPublicHolidays,
  internshipGratification,
  internshipMinimumHourlyRate,
  internshipPresence,
  parameterSeries,
  smicAt,
  socialSecurityCeilingAt,
  trainingHoursRequirement,
  trialPeriodEnd,
} = api;

/** The issues of a call: `[]` when it returns, the AlternanceInputError's otherwise. */
function issuesOf(call: () => unknown): Array<{ path: (string | number)[]; code: string; message: string }> {
  try {
    call();
    return [];
  } catch (error) {
    if (error instanceof api.AlternanceInputError) return error.issues;
    throw error;
  }
}

/** `count` consecutive days from `from`. */
const days = (from: string, count: number): string[] => Array.from({ length: count }, (_, index) => addDays(from, index));

describe("library reproducer 1: the message of a rejected value never throws and stays short", () => {
  test.for([
    { name: "smicAt(10n): a bigint", call: () => smicAt(10n as never), message: "date : un texte est attendu, reçu « 10n »" },
    { name: "smicAt(o) with o.o = o: a cycle", call: () => smicAt(cyclicObject as never), message: "date : un texte est attendu, reçu un objet" },
    {
      name: "10 000 nested arrays as presenceHours",
      call: () => internshipGratification({ presenceHours: deepNestedArray as never, conventionSignedOn: "2026-01-05" }),
      message: "presenceHours[0] : un objet est attendu, reçu une liste de 1 élément(s)",
    },
    {
      name: "a Date where an ISO date is expected: its ISO text, no doubled quotes (issue 19)",
      call: () => smicAt(new Date(Date.UTC(2026, 0, 5)) as never),
      message: "date : un texte est attendu, reçu une date JavaScript (2026-01-05T00:00:00.000Z)",
    },
  ])("$name", ({ call, message }) => {
    const error = catchInputError(call);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues[0]!.message).toBe(message);
  });

  test("a 1 MB string does not make a 1 MB message: under 200 characters", () => {
    const error = catchInputError(() => smicAt(megabyteText));
    expect(error.message.length).toBeLessThan(200);
    expect(error.issues[0]!.message).toBe(
      `date : date invalide « ${"x".repeat(60)}… » : une date réelle au format AAAA-MM-JJ est attendue (années 1900 à 2199)`,
    );
  });
});

describe("library reproducer 2: long lists are rejected with one TOO_BIG issue, before their items are read", () => {
  test("trialPeriodEnd with 130 000 bad absences: one issue, no stack overflow", () => {
    const error = catchInputError(() => trialPeriodEnd({ contractStart: "2026-01-05", companyWeekdays: ["mon"], absences: hugeBadDates }));
    expect(error.issues).toEqual([
      { path: ["absences"], code: "TOO_BIG", message: "absences : doit contenir au plus 1\u202f461 élément(s), reçu une liste de 130\u202f000 élément(s)" },
    ]);
  });

  test("internshipGratification with 130 000 bad rows: one issue (one academic year is 12 months at most)", () => {
    const error = catchInputError(() => internshipGratification({ presenceHours: hugeBadRows as never, conventionSignedOn: "2026-01-05", locale: "en" }));
    expect(error.issues).toEqual([{ path: ["presenceHours"], code: "TOO_BIG", message: "presenceHours: must have at most 12 item(s), got an array of 130,000 item(s)" }]);
  });

  const preset = arrangements.miageAixMarseille;
  // Each row: the longest list accepted (no TOO_BIG issue at its path) and one more item (TOO_BIG).
  test.for([
    {
      name: "internshipPresence absences: 1 461 dates (4 years, the longest contract)",
      path: ["absences"],
      call: (n: number) => internshipPresence({ start: "2026-01-05", end: "2026-06-30", absences: days("2024-01-01", n) }),
      max: MAX_CONTRACT_DAYS,
      source: "R6222-46, R6222-60: 4 years at most",
    },
    {
      name: "internshipPresence trainingDates",
      path: ["trainingDates"],
      call: (n: number) => internshipPresence({ start: "2026-01-05", end: "2026-06-30", trainingDates: days("2024-01-01", n) }),
      max: MAX_CONTRACT_DAYS,
      source: "R6222-46, R6222-60",
    },
    {
      name: "trialPeriodEnd trainingDates",
      path: ["trainingDates"],
      call: (n: number) => trialPeriodEnd({ contractStart: "2026-01-05", companyWeekdays: ["mon", "tue"], trainingDates: days("2020-01-01", n) }),
      max: MAX_CONTRACT_DAYS,
      source: "R6222-46, R6222-60",
    },
    {
      name: "trialPeriodEnd absences",
      path: ["absences"],
      call: (n: number) => trialPeriodEnd({ contractStart: "2026-01-05", companyWeekdays: ["mon"], absences: days("2020-01-01", n) }),
      max: MAX_CONTRACT_DAYS,
      source: "R6222-46, R6222-60",
    },
    {
      name: "internshipGratification presenceHours: 12 months",
      path: ["presenceHours"],
      call: (n: number) => internshipGratification({ presenceHours: days("2025-09-01", 400).filter((day) => day.endsWith("-01")).slice(0, n).map((day) => ({ month: day.slice(0, 7), hours: 10 })), conventionSignedOn: "2025-09-01" }),
      max: 12,
      source: "L124-5: one host, one academic year",
    },
    {
      name: "internshipPresence weekdays: the 7 days",
      path: ["weekdays"],
      call: (n: number) => internshipPresence({ start: "2026-01-05", end: "2026-01-31", weekdays: (["mon", "tue", "wed", "thu", "fri", "sat", "sun", "mon"] as const).slice(0, n) }),
      max: 7,
      source: "a longer list repeats a day",
    },
    {
      name: "trialPeriodEnd companyWeekdays: the 6 days Monday to Saturday",
      path: ["companyWeekdays"],
      call: (n: number) => trialPeriodEnd({ contractStart: "2026-01-05", companyWeekdays: (["mon", "tue", "wed", "thu", "fri", "sat", "mon"] as const).slice(0, n) }),
      max: 6,
      source: "a longer list repeats a day",
    },
    {
      name: "checkApprenticeshipEligibility exceptions: the 6 exceptions",
      path: ["exceptions"],
      call: (n: number) =>
        checkApprenticeshipEligibility({ birthDate: "1990-01-01", contractStart: "2026-01-05", previousContractEnd: "2025-12-31", exceptions: [...api.APPRENTICESHIP_EXCEPTIONS, "disabled-worker" as const].slice(0, n) }),
      max: 6,
      source: "L6222-2, D6222-1: a longer list repeats one",
    },
    {
      name: "checkProfessionalisationEligibility benefits: the 4 benefits",
      path: ["benefits"],
      call: (n: number) =>
        checkProfessionalisationEligibility({ birthDate: "1990-01-01", contractStart: "2026-01-05", employer: "private", benefits: (["rsa", "ass", "aah", "former-cui", "rsa"] as const).slice(0, n) }),
      max: 4,
      source: "L6325-1: a longer list repeats one",
    },
    {
      name: "defineArrangements programmes: 1 000",
      path: ["programmes"],
      call: (n: number) => defineArrangements({ ...preset, programmes: new Array(n).fill(preset.programmes[0]) }),
      max: MAX_PRESET_ITEMS,
      source: "sanity bound: a catalogue of a few hundred programmes",
    },
    {
      name: "contractWindows policy.legalBasis: 20 texts",
      path: ["policy", "legalBasis"],
      call: (n: number) => contractWindows({ contract: "apprenticeship", trainingStart: "2026-01-05", trainingEnd: "2027-06-30", policy: { legalBasis: new Array(n).fill("Guide") } }),
      max: 20,
      source: "datePolicySchema (unchanged bound, now through boundedArray)",
    },
  ])("$name", ({ path, call, max }) => {
    const tooBig = (n: number) => issuesOf(() => call(n)).filter((found) => found.code === "TOO_BIG" && JSON.stringify(found.path) === JSON.stringify(path));
    expect(tooBig(max)).toEqual([]);
    expect(tooBig(max + 1)).toHaveLength(1);
  });
});

describe("library reproducer 3: options are validated the same way everywhere", () => {
  const preset = arrangements.miageAixMarseille;
  test.for([
    { name: "defineArrangements(preset, { locale: 'de' })", call: (options: unknown) => defineArrangements(preset, options as never) },
    { name: "smicAt", call: (options: unknown) => smicAt("2026-01-05", options as never) },
    { name: "socialSecurityCeilingAt", call: (options: unknown) => socialSecurityCeilingAt("2026-01-05", options as never) },
    { name: "internshipMinimumHourlyRate", call: (options: unknown) => internshipMinimumHourlyRate("2026-01-05", options as never) },
    { name: "frenchPublicHolidays", call: (options: unknown) => frenchPublicHolidays(2026, options as never) },
    { name: "addWorkingDays", call: (options: unknown) => addWorkingDays("2026-01-05", 2, (typeof options === "object" ? { kind: "ouvres", ...options } : options) as never) },
    { name: "countWorkingDays", call: (options: unknown) => countWorkingDays("2026-01-05", "2026-01-31", (typeof options === "object" ? { kind: "ouvres", ...options } : options) as never) },
  ])("$name: an unknown locale, options that are not an object, an unknown option", ({ call }) => {
    expect(issuesOf(() => call({ locale: "de" }))).toEqual([{ path: ["options", "locale"], code: "INVALID_VALUE", message: "options.locale : valeur inconnue « de » ; valeurs admises : fr, en" }]);
    expect(issuesOf(() => call(1))).toEqual([{ path: ["options"], code: "INVALID_TYPE", message: "options : un objet est attendu, reçu « 1 »" }]);
    expect(issuesOf(() => call({ lang: "en" })).map((found) => [found.path, found.code])).toEqual([[["options", "lang"], "UNKNOWN_FIELD"]]);
    expect(issuesOf(() => call({ locale: "en" }))).toEqual([]);
  });

  test("defineArrangements reports bad options and a bad preset together", () => {
    const error = catchInputError(() => defineArrangements({ ...preset, id: "" }, 1 as never));
    expect(error.issues.map((found) => [found.path, found.code])).toEqual([
      [["options"], "INVALID_TYPE"],
      [["id"], "TOO_SMALL"],
    ]);
    expect(error.issues[1]!.message).toBe("id : doit contenir au moins 1 caractère(s)");
  });
});

describe("library reproducer 4: exported data is deeply frozen", () => {
  /** The first object under `value` that is not frozen, or null (zod schemas are left aside). */
  function unfrozen(value: unknown, path: string, seen = new Set<unknown>()): string | null {
    if (typeof value !== "object" || value === null || seen.has(value)) return null;
    seen.add(value);
    if (!Object.isFrozen(value)) return path;
    for (const [key, inner] of Object.entries(value)) {
      const found = unfrozen(inner, `${path}.${key}`, seen);
      if (found !== null) return found;
    }
    return null;
  }
  const data = Object.entries(api).filter(([, value]) => typeof value === "object" && value !== null && !("_zod" in value));

  test.for(data.map(([name]) => name))("%s is frozen all the way down", (name) => {
    expect(unfrozen((api as Record<string, unknown>)[name], name)).toBeNull();
  });

  test("pushing an entry to a series throws (strict mode) and changes no result", () => {
    const before = smicAt("2030-01-01");
    const pay = () => api.apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2026-01-05" }).monthlyMinimum;
    const payBefore = pay();
    const series = parameterSeries.find((candidate) => candidate.id === "smic.hourly.metropole")!;
    expect(() => (series.entries as unknown[]).push({ since: "2029-01-01", value: 99, legalBasis: [] })).toThrow(TypeError);
    expect(() => {
      (series.entries[0] as { value: unknown }).value = 0;
    }).toThrow(TypeError);
    expect(() => (parameterSeries as unknown[]).pop()).toThrow(TypeError);
    expect(smicAt("2030-01-01")).toEqual(before);
    expect(pay()).toBe(payBefore);
  });
});

describe("library reproducer 4: no -0 in results", () => {
  test("internshipGratification({ presenceHours: -0 }): every count is +0", () => {
    const result = internshipGratification({ presenceHours: -0, conventionSignedOn: "2026-01-05" });
    for (const value of [result.totalHours, result.presenceDays, result.presenceMonths, result.total]) expect(Object.is(value, 0)).toBe(true);
  });

  test("contractWindows under the MIAGE policy: the 0-month offsets are +0", () => {
    const result = contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03", policy: "miageAixMarseille" });
    expect(JSON.stringify(result, (_, value: unknown) => (Object.is(value, -0) ? "MINUS_ZERO" : value))).not.toContain("MINUS_ZERO");
  });

  test("a policy written with -0 months", () => {
    const result = contractWindows({
      contract: "apprenticeship",
      trainingStart: "2025-09-01",
      trainingEnd: "2027-09-03",
      policy: { apprenticeship: { start: { monthsBefore: -0, monthsAfter: -0 }, end: { monthsBefore: -0, monthsAfter: 1 }, durationMonths: { minimum: null, maximum: null } } },
    });
    expect(JSON.stringify(result, (_, value: unknown) => (Object.is(value, -0) ? "MINUS_ZERO" : value))).not.toContain("MINUS_ZERO");
  });
});

describe("library reproducer 4: numbers bounded by what the law allows", () => {
  const contract = { contract: "apprenticeship" as const, contractStart: "2026-01-05", contractEnd: "2027-01-04" };
  test.for([
    { name: "contractHours 1e308 (once accepted)", call: () => trainingHoursRequirement({ ...contract, contractHours: 1e308 }), path: ["contractHours"] },
    { name: "contractHours just above 4 years of 24-hour days", call: () => trainingHoursRequirement({ ...contract, contractHours: MAX_CONTRACT_HOURS + 0.01 }), path: ["contractHours"] },
    { name: "trainingHours above 4 years of 24-hour days", call: () => checkTrainingHours({ ...contract, trainingHours: MAX_CONTRACT_HOURS + 1 }), path: ["trainingHours"] },
    { name: "a programme's training hours", call: () => defineArrangements({ ...arrangements.miageAixMarseille, programmes: [{ ...arrangements.miageAixMarseille.programmes[0]!, trainingHours: 1e9 }] }), path: ["programmes", 0, "trainingHours"] },
    { name: "a programme's contract of 49 months (4 years at most)", call: () => defineArrangements({ ...arrangements.miageAixMarseille, programmes: [{ ...arrangements.miageAixMarseille.programmes[0]!, contractMonths: 49 }] }), path: ["programmes", 0, "contractMonths"] },
  ])("$name: TOO_BIG", ({ call, path }) => {
    expect(issuesOf(call).filter((found) => found.code === "TOO_BIG").map((found) => found.path)).toEqual([path]);
  });

  test("the bounds themselves are accepted", () => {
    expect(trainingHoursRequirement({ ...contract, contractHours: MAX_CONTRACT_HOURS }).contractHours).toBe(35_064);
    expect(checkTrainingHours({ ...contract, trainingHours: MAX_CONTRACT_HOURS }).valid).toBe(true);
  });
});
