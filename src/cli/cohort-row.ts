/**
 * One contract of a CSV cohort, checked with the public API: eligibility for its contract type, the
 * date check when training dates are given, the pay schedule, and the training-hour check when hours
 * are given. A row is `ok`, has `violations`, or is `invalid` (with the field and message of every
 * error); it never throws.
 */
import {
  AlternanceInputError,
  apprenticePaySchedule,
  checkApprenticeshipEligibility,
  checkContractDates,
  checkProfessionalisationEligibility,
  checkTrainingHours,
  professionalisationPaySchedule,
  type Violation,
} from "../index.js";
import type { Locale } from "../core/explain.js";
import { issueText } from "./issue-text.js";
import { toBoolean, toIsoDate, toList, toNumber, ValueError } from "./values.js";

/** The CSV columns the batch reads (API field names; any order; `id` and `policy` are batch-only). */
export const COHORT_COLUMNS = [
  "id",
  "contract",
  "birthDate",
  "contractStart",
  "contractEnd",
  "signatureDate",
  "trainingStart",
  "trainingEnd",
  "trainingHours",
  "qualification",
  "employer",
  "jobSeeker",
  "benefits",
  "conventionalMinimumMonthly",
  "weeklyHours",
  "exceptions",
  "previousContractEnd",
  "extendedDuration",
  "territory",
  "policy",
] as const;

/** A column of the cohort CSV. */
export type CohortColumn = (typeof COHORT_COLUMNS)[number];

const DATE_COLUMNS = new Set<CohortColumn>(["birthDate", "contractStart", "contractEnd", "signatureDate", "trainingStart", "trainingEnd", "previousContractEnd"]);
const NUMBER_COLUMNS = new Set<CohortColumn>(["trainingHours", "conventionalMinimumMonthly", "weeklyHours"]);
const LIST_COLUMNS = new Set<CohortColumn>(["exceptions", "benefits"]);
const CONTRACT_ALIASES: Record<string, string> = {
  apprentissage: "apprenticeship",
  capp: "apprenticeship",
  professionnalisation: "professionalisation",
  cpro: "professionalisation",
  "stage-alternance": "work-study-internship",
  cstagealt: "work-study-internship",
};

/** An error of a row: the field (column) and the message. */
export interface RowError {
  field: string;
  message: string;
}

/** The outcome of one row. */
export interface RowOutcome {
  status: "ok" | "violations" | "invalid";
  contract: string | null;
  eligibility?: ReturnType<typeof checkApprenticeshipEligibility> | ReturnType<typeof checkProfessionalisationEligibility>;
  dates?: ReturnType<typeof checkContractDates>;
  pay?: ReturnType<typeof apprenticePaySchedule> | ReturnType<typeof professionalisationPaySchedule>;
  trainingHours?: ReturnType<typeof checkTrainingHours>;
  errors: RowError[];
}

type Cells = Partial<Record<CohortColumn, string>>;

/** Converts the cells of a row to typed values; conversion errors are collected, not thrown. */
function readCells(cells: Cells, locale: Locale, errors: RowError[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(cells) as Array<[CohortColumn, string | undefined]>) {
    const text = raw?.trim() ?? "";
    if (text === "" || column === "id") continue;
    try {
      if (DATE_COLUMNS.has(column)) values[column] = toIsoDate(text);
      else if (NUMBER_COLUMNS.has(column)) values[column] = toNumber(text);
      else if (LIST_COLUMNS.has(column)) values[column] = toList(text);
      else if (column === "jobSeeker") values[column] = toBoolean(text);
      else if (column === "contract") values[column] = CONTRACT_ALIASES[text.toLowerCase()] ?? text;
      else values[column] = text;
    } catch (error) {
      if (!(error instanceof ValueError)) throw error;
      errors.push({ field: column, message: error.text[locale] });
    }
  }
  return values;
}

/** Keeps only the defined entries of `fields` (the API rejects unknown fields, not absent ones). */
function pick(values: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (values[field] !== undefined) picked[field] = values[field];
  return picked;
}

/** Runs one API call; an input error becomes row errors (one per issue, deduplicated). */
function attempt<T>(call: () => T, errors: RowError[]): T | undefined {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof AlternanceInputError)) throw error;
    for (const issue of error.issues) {
      const field = issue.path.map(String).join(".");
      const message = issueText(issue, error.locale);
      if (!errors.some((known) => known.field === field && known.message === message)) errors.push({ field, message });
    }
    return undefined;
  }
}

/**
 * Checks one cohort row. `defaultPolicy` applies when the row has no `policy` cell; `explain: false`
 * skips the explanations (`explanation: []`, API.md §7b) when they are not printed.
 *
 * @example
 * evaluateRow({ contract: "apprenticeship", birthDate: "2004-03-10", contractStart: "2025-09-01", contractEnd: "2027-08-31" }, "fr", undefined).status; //=> "ok"
 */
export function evaluateRow(cells: Cells, locale: Locale, defaultPolicy: unknown, explain = true): RowOutcome {
  const errors: RowError[] = [];
  const values = readCells(cells, locale, errors);
  const contract = typeof values["contract"] === "string" ? (values["contract"] as string) : null;
  const outcome: RowOutcome = { status: "ok", contract, errors };
  if (!["apprenticeship", "professionalisation", "work-study-internship"].includes(contract ?? "")) {
    errors.push({
      field: "contract",
      message:
        locale === "fr"
          ? `type de contrat ${contract === null ? "manquant" : `inconnu « ${contract} »`} : apprenticeship, professionalisation ou work-study-internship`
          : `${contract === null ? "missing" : `unknown "${contract}"`} contract type: apprenticeship, professionalisation or work-study-internship`,
    });
    return { ...outcome, status: "invalid" };
  }
  const common = { ...pick(values, ["birthDate", "contractStart"]), locale, explain };
  const policy = values["policy"] ?? defaultPolicy;

  if (contract === "apprenticeship") {
    const eligibility = attempt(() => checkApprenticeshipEligibility({ ...common, ...pick(values, ["signatureDate", "exceptions", "previousContractEnd"]) } as never), errors);
    if (eligibility) outcome.eligibility = eligibility;
  } else if (contract === "professionalisation") {
    const eligibility = attempt(() => checkProfessionalisationEligibility({ ...common, ...pick(values, ["employer", "jobSeeker", "benefits"]) } as never), errors);
    if (eligibility) outcome.eligibility = eligibility;
  }

  if (values["trainingStart"] !== undefined || values["trainingEnd"] !== undefined) {
    const input = { ...pick(values, ["contract", "trainingStart", "trainingEnd", "contractStart", "contractEnd", "signatureDate", "extendedDuration"]), locale, explain };
    const dates = attempt(() => checkContractDates({ ...input, ...(policy !== undefined ? { policy } : {}) } as never), errors);
    if (dates) outcome.dates = dates;
  }

  if (contract === "apprenticeship") {
    const pay = attempt(() => apprenticePaySchedule({ ...common, ...pick(values, ["contractEnd", "conventionalMinimumMonthly", "weeklyHours", "territory"]) } as never), errors);
    if (pay) outcome.pay = pay;
  } else if (contract === "professionalisation") {
    const pay = attempt(
      () => professionalisationPaySchedule({ ...common, ...pick(values, ["contractEnd", "qualification", "conventionalMinimumMonthly", "weeklyHours", "territory"]) } as never),
      errors,
    );
    if (pay) outcome.pay = pay;
  }

  if (values["trainingHours"] !== undefined && contract !== "work-study-internship") {
    const trainingHours = attempt(() => checkTrainingHours({ ...pick(values, ["contract", "contractStart", "contractEnd", "trainingHours"]), locale, explain } as never), errors);
    if (trainingHours) outcome.trainingHours = trainingHours;
  }

  if (errors.length > 0) return { ...outcome, status: "invalid" };
  const notMet =
    outcome.eligibility?.eligible === false || outcome.dates?.valid === false || outcome.trainingHours?.valid === false;
  return { ...outcome, status: notMet ? "violations" : "ok" };
}

/**
 * Every violation of a row's results, in order: eligibility, dates, training hours.
 *
 * @example
 * rowViolations(outcome).map((v) => v.code);
 */
export function rowViolations(outcome: RowOutcome): Violation[] {
  return [...(outcome.eligibility?.violations ?? []), ...(outcome.dates?.violations ?? []), ...(outcome.trainingHours?.violations ?? [])];
}

/**
 * Every warning of a row's results, deduplicated by code and message.
 *
 * @example
 * rowWarnings(outcome).map((w) => w.code); //=> ["PARAMETERS_NOT_VERIFIED"]
 */
export function rowWarnings(outcome: RowOutcome): Violation[] {
  const all = [...(outcome.eligibility?.warnings ?? []), ...(outcome.dates?.warnings ?? []), ...(outcome.pay?.warnings ?? []), ...(outcome.trainingHours?.warnings ?? [])];
  return all.filter((warning, index) => all.findIndex((other) => other.code === warning.code && other.message === warning.message) === index);
}
