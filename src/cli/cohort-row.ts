/**
 * One contract of a CSV cohort, checked with the public API. Apprenticeship and professionalisation
 * rows are mapped onto the nested input of `checkApprenticeshipContract` /
 * `checkProfessionalisationContract` (so the batch, the library and a school system give the same
 * answer for the same contract); work-study-internship rows get the date check when training dates are
 * given. A row is `ok`, has `violations`, or is `invalid` (with the column and message of every error);
 * it never throws.
 */
// The functions from their own modules, not from ../index.js: the built batch then loads only these
// (not the internship modules, for instance: 48 kB less to read and compile at each start).
import { AlternanceInputError } from "../core/errors.js";
import { checkApprenticeshipContract, type ApprenticeshipContractResult } from "../contract/apprenticeship.js";
import { checkProfessionalisationContract, type ProfessionalisationContractResult } from "../contract/professionalisation.js";
import { checkContractDates } from "../dates/check.js";
import { apprenticeshipHiringAid, type ApprenticeshipHiringAidResult } from "../employer/hiring-aid.js";
import { employerTrainingContribution, type EmployerTrainingContributionResult } from "../employer/training-contribution.js";
import { cutText } from "../core/echo.js";
import type { Locale, Violation } from "../core/explain.js";
import {
  apprenticeshipExceptionChoices,
  benefitChoices,
  contractTypeChoices,
  employerChoices,
  extendedDurationChoices,
  findChoice,
  policyChoices,
  qualificationChoices,
  territoryChoices,
  unknownChoiceText,
  workingTimeDerogationChoices,
  type Choice,
} from "../core/french-words.js";
import { pathLabel } from "../core/issues.js";
import { issueText } from "./issue-text.js";
import { toBoolean, toIsoDate, toList, toNumber, ValueError } from "./values.js";

/** How a cell is read. */
type Kind = "date" | "number" | "list" | "boolean" | "pay" | "text";
/** Where a column goes in the nested input of each contract type (absent: the column does not apply). */
interface ColumnSpec {
  kind: Kind;
  /** The accepted words of a text or list column, French or English. */
  choices?: readonly Choice[];
  apprenticeship?: readonly string[];
  professionalisation?: readonly string[];
}

const both = (kind: Kind, ...path: string[]): ColumnSpec => ({ kind, apprenticeship: path, professionalisation: path });
const person = (kind: Kind, field: string): ColumnSpec => ({ kind, apprenticeship: ["apprentice", field], professionalisation: ["beneficiary", field] });
/** A column of words from `choices`, at the same place for both contracts. */
const wordOf = (choices: readonly Choice[], ...path: string[]): ColumnSpec => ({ ...both("text", ...path), choices });

/** Every column but `id` and `contract`, with its place in the nested input (API field names; the tutor's prefixed `tutor.`). */
const COLUMN_SPECS = {
  birthDate: person("date", "birthDate"),
  contractStart: both("date", "contract", "contractStart"),
  contractEnd: both("date", "contract", "contractEnd"),
  signatureDate: both("date", "contract", "signatureDate"),
  trainingStart: both("date", "training", "trainingStart"),
  trainingEnd: both("date", "training", "trainingEnd"),
  trainingHours: both("number", "training", "trainingHours"),
  qualification: { kind: "text", choices: qualificationChoices, professionalisation: ["training", "qualification"] },
  employer: { kind: "text", choices: employerChoices, professionalisation: ["employer", "kind"] },
  jobSeeker: { kind: "boolean", professionalisation: ["beneficiary", "jobSeeker"] },
  benefits: { kind: "list", choices: benefitChoices, professionalisation: ["beneficiary", "benefits"] },
  conventionalMinimumMonthly: both("number", "contract", "conventionalMinimumMonthly"),
  weeklyHours: both("number", "contract", "weeklyHours"),
  exceptions: { kind: "list", choices: apprenticeshipExceptionChoices, apprenticeship: ["apprentice", "exceptions"] },
  previousContractEnd: { kind: "date", apprenticeship: ["apprentice", "previousContractEnd"] },
  extendedDuration: wordOf(extendedDurationChoices, "contract", "extendedDuration"),
  territory: wordOf(territoryChoices, "contract", "territory"),
  policy: wordOf(policyChoices, "training", "policy"),
  completedLowerSecondary: { kind: "boolean", apprenticeship: ["apprentice", "completedLowerSecondary"] },
  legalRepresentative: person("boolean", "legalRepresentative"),
  diplomaLevel: both("number", "training", "diplomaLevel"),
  companyHeadcount: both("number", "employer", "headcount"),
  practicalTrainingStart: { kind: "date", apprenticeship: ["contract", "practicalTrainingStart"] },
  creditedMonths: { kind: "number", apprenticeship: ["contract", "creditedMonths"] },
  dailyHours: both("number", "contract", "dailyHours"),
  workingTimeDerogation: wordOf(workingTimeDerogationChoices, "contract", "workingTimeDerogation"),
  agreedMonthlyPay: both("pay", "contract", "agreedMonthlyPay"),
  "tutor.birthDate": both("date", "tutor", "birthDate"),
  "tutor.experienceYears": both("number", "tutor", "experienceYears"),
  "tutor.diplomaLevel": both("number", "tutor", "diplomaLevel"),
  "tutor.apprenticesSupervised": both("number", "tutor", "apprenticesSupervised"),
  "tutor.isEmployer": both("boolean", "tutor", "isEmployer"),
} as const satisfies Record<string, ColumnSpec>;

type SpecColumn = keyof typeof COLUMN_SPECS;

/** The CSV columns the batch reads (API field names; any order; `id` and `policy` are batch-only). */
export const COHORT_COLUMNS = ["id", "contract", ...(Object.keys(COLUMN_SPECS) as SpecColumn[])] as const;

/** A column of the cohort CSV. */
export type CohortColumn = "id" | "contract" | SpecColumn;

/** The internship rows' date check: its input fields are the column names. */
const INTERNSHIP_DATE_COLUMNS = ["trainingStart", "trainingEnd", "contractStart", "contractEnd", "signatureDate", "extendedDuration"] as const;

/** An error of a row: the field (column) and the message. */
export interface RowError {
  field: string;
  message: string;
}

type ContractResult = ApprenticeshipContractResult | ProfessionalisationContractResult;

/** The outcome of one row: the sections of the contract check, its violations and warnings. */
export interface RowOutcome {
  status: "ok" | "violations" | "invalid";
  contract: string | null;
  eligibility?: ContractResult["sections"]["eligibility"];
  dates?: ReturnType<typeof checkContractDates>;
  registration?: ContractResult["sections"]["registration"];
  /** The minimum pay schedule. */
  pay?: ContractResult["sections"]["pay"]["schedule"];
  /** The agreed pay against the minimum, when `agreedMonthlyPay` is given. */
  agreedPay?: NonNullable<ContractResult["sections"]["pay"]["comparisons"]>;
  trainingHours?: NonNullable<ContractResult["sections"]["trainingHours"]>;
  tutor?: NonNullable<ContractResult["sections"]["tutor"]>;
  workingTime?: ContractResult["sections"]["workingTime"];
  legalRepresentative?: ContractResult["sections"]["legalRepresentative"];
  practicalTraining?: NonNullable<ContractResult["sections"]["practicalTraining"]>;
  /**
   * The employer's hiring aid (`apprenticeshipHiringAid`), for an apprenticeship row that gives
   * `diplomaLevel` and `companyHeadcount` (concluded on `signatureDate`, else `contractStart`; RQTH when
   * `exceptions` lists `disabled-worker`; private employer).
   */
  hiringAid?: ApprenticeshipHiringAidResult;
  /** The employer's training contribution (`employerTrainingContribution`), under the same condition. */
  trainingContribution?: EmployerTrainingContributionResult;
  /** Every violation, as the library gives it (fields are paths in the nested input). */
  violations?: Violation[];
  /** Every warning, as the library gives it. */
  warnings?: Violation[];
  errors: RowError[];
}

type Cells = Partial<Record<CohortColumn, string>>;

/**
 * An agreed pay written `2025-09-01=800|2026-09-01=950,50`: periods separated by `|`, each a first day
 * (`AAAA-MM-JJ` or `JJ/MM/AAAA`) and a monthly amount (decimal point or comma).
 *
 * @example
 * toAgreedPay("2025-09-01=800|01/09/2026=950,5"); //=> [{ from: "2025-09-01", amount: 800 }, { from: "2026-09-01", amount: 950.5 }]
 */
export function toAgreedPay(text: string): Array<{ from: string; amount: number }> {
  return text
    .split("|")
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .map((item) => {
      const parts = item.split("=");
      if (parts.length !== 2) {
        throw new ValueError({ fr: `« ${item} » : AAAA-MM-JJ=montant attendu`, en: `"${item}": YYYY-MM-DD=amount is expected` });
      }
      return { from: toIsoDate(parts[0]!), amount: toNumber(parts[1]!) };
    });
}

/** The words already looked up, per list of choices: a cohort repeats a few words on every row. */
const LOOKED_UP = new WeakMap<readonly Choice[], Map<string, string | undefined>>();
/** Most words remembered per list (a file of a million different wrong words stays small in memory). */
const MAX_REMEMBERED_WORDS = 256;

/** {@link findChoice}, remembered. */
function lookUp(text: string, choices: readonly Choice[]): string | undefined {
  let known = LOOKED_UP.get(choices);
  if (known === undefined) LOOKED_UP.set(choices, (known = new Map()));
  if (known.has(text)) return known.get(text);
  const value = findChoice(text, choices);
  if (known.size < MAX_REMEMBERED_WORDS) known.set(text, value);
  return value;
}

/** A word of `choices` as the library's value; an unknown word is a ValueError naming the French words. */
function chosen(text: string, choices: readonly Choice[] | undefined): string {
  if (choices === undefined) return text;
  const value = lookUp(text, choices);
  if (value === undefined) throw new ValueError({ fr: unknownChoiceText(cutText(text), choices, "fr"), en: unknownChoiceText(cutText(text), choices, "en") });
  return value;
}

function readCell(spec: ColumnSpec, text: string): unknown {
  switch (spec.kind) {
    case "date":
      return toIsoDate(text);
    case "number":
      return toNumber(text);
    case "list":
      return toList(text).map((item) => chosen(item, spec.choices));
    case "boolean":
      return toBoolean(text);
    case "pay":
      return toAgreedPay(text);
    default:
      return chosen(text, spec.choices);
  }
}

/** Converts the cells of a row to typed values; conversion errors are collected, not thrown. */
function readCells(cells: Cells, locale: Locale, errors: RowError[]): Map<CohortColumn, unknown> {
  const values = new Map<CohortColumn, unknown>();
  for (const column of Object.keys(cells) as CohortColumn[]) {
    const text = cells[column]?.trim() ?? "";
    if (text === "" || column === "id") continue;
    try {
      // An unknown contract type is reported by evaluateRow, with the three types.
      if (column === "contract") values.set(column, lookUp(text, contractTypeChoices) ?? text);
      else values.set(column, readCell(COLUMN_SPECS[column], text));
    } catch (error) {
      if (!(error instanceof ValueError)) throw error;
      errors.push({ field: column, message: error.text[locale] });
    }
  }
  return values;
}

/** Sets `value` at `path` in a nested object, creating the objects on the way. */
function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  const last = path.length - 1;
  for (let index = 0; index < last; index += 1) node = (node[path[index]!] ??= {}) as Record<string, unknown>;
  node[path[last]!] = value;
}

/** Where each column goes in one contract type's nested input, and the column of every nested path. */
interface Placement {
  /** The required parts, created empty so that a missing cell is reported by its own field (`contractStart`). */
  parts: readonly string[];
  /** Every column that applies, with its path. */
  targets: ReadonlyArray<readonly [SpecColumn, readonly string[]]>;
  /** Nested path label → column (`contract.contractStart` → `contractStart`). */
  columns: ReadonlyMap<string, string>;
}

/** The placement of one contract type, worked out from {@link COLUMN_SPECS} once (not per row). */
function placementOf(contract: "apprenticeship" | "professionalisation"): Placement {
  const targets = (Object.entries(COLUMN_SPECS) as Array<[SpecColumn, ColumnSpec]>).flatMap(([column, spec]) => {
    const path = spec[contract];
    return path === undefined ? [] : [[column, path] as const];
  });
  return {
    parts: contract === "apprenticeship" ? ["apprentice", "training", "contract"] : ["beneficiary", "employer", "training", "contract"],
    targets,
    columns: new Map(targets.map(([column, path]) => [pathLabel(path), column])),
  };
}

const PLACEMENTS = { apprenticeship: placementOf("apprenticeship"), professionalisation: placementOf("professionalisation") } as const;

/**
 * The nested input of a contract row, and for every nested path the column it came from. The policy
 * (of the row, or `defaultPolicy`) goes with the training dates only: without them there is no date
 * check, as before.
 *
 * @example
 * contractInput(new Map([["birthDate", "2004-03-10"]]), "apprenticeship", undefined).input; //=> { apprentice: { birthDate: "2004-03-10" }, training: {}, contract: {} }
 */
export function contractInput(
  values: ReadonlyMap<CohortColumn, unknown>,
  contract: "apprenticeship" | "professionalisation",
  defaultPolicy: unknown,
): { input: Record<string, unknown>; columns: ReadonlyMap<string, string> } {
  const { parts, targets, columns } = PLACEMENTS[contract];
  const input: Record<string, unknown> = {};
  for (const part of parts) input[part] = {};
  const withTraining = values.has("trainingStart") || values.has("trainingEnd");
  const policy = values.get("policy") ?? defaultPolicy;
  for (const [column, path] of targets) {
    const value = column === "policy" ? (withTraining ? policy : undefined) : values.get(column);
    if (value !== undefined) setAt(input, path, value);
  }
  return { input, columns };
}

/** The column of a nested path (`contract.agreedMonthlyPay[1].amount` → `agreedMonthlyPay[1].amount`). */
function columnOf(path: readonly (string | number)[], columns: ReadonlyMap<string, string>): string {
  const label = pathLabel(path);
  for (const [prefix, column] of columns) {
    if (label === prefix || label.startsWith(`${prefix}.`) || label.startsWith(`${prefix}[`)) return `${column}${label.slice(prefix.length)}`;
  }
  return label;
}

/** Runs one API call; an input error becomes row errors named by column (one per issue, deduplicated). */
function attempt<T>(call: () => T, errors: RowError[], columns: ReadonlyMap<string, string>): T | undefined {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof AlternanceInputError)) throw error;
    for (const issue of error.issues) {
      const field = columnOf(issue.path, columns);
      const message = issueText(issue, error.locale);
      // A cell that could not be read (its error is already there) is missing for the library: say it once.
      if (!errors.some((known) => known.field === field && (known.message === message || issue.code === "REQUIRED"))) errors.push({ field, message });
    }
    return undefined;
  }
}

/** The row outcome of a whole-contract result (built field by field: a million rows, no spread per section). */
function fromContractResult(outcome: RowOutcome, result: ContractResult): RowOutcome {
  const { sections } = result;
  const row: RowOutcome = { status: result.valid ? "ok" : "violations", contract: outcome.contract, errors: outcome.errors, eligibility: sections.eligibility };
  if (sections.dates !== null) row.dates = sections.dates;
  row.registration = sections.registration;
  row.pay = sections.pay.schedule;
  if (sections.pay.comparisons !== null) row.agreedPay = sections.pay.comparisons;
  if (sections.trainingHours !== null) row.trainingHours = sections.trainingHours;
  if (sections.tutor !== null) row.tutor = sections.tutor;
  row.workingTime = sections.workingTime;
  row.legalRepresentative = sections.legalRepresentative;
  if (sections.practicalTraining !== null) row.practicalTraining = sections.practicalTraining;
  row.violations = result.violations;
  row.warnings = result.warnings;
  return row;
}

/**
 * Checks one cohort row. `defaultPolicy` applies when the row has no `policy` cell; `explain` keeps the
 * explanations (the batch passes `false` unless `--explain`).
 *
 * @example
 * evaluateRow({ contract: "apprenticeship", birthDate: "2004-03-10", contractStart: "2025-09-01", contractEnd: "2027-08-31" }, "fr", undefined).status; //=> "ok"
 */
export function evaluateRow(cells: Cells, locale: Locale, defaultPolicy: unknown, explain = true): RowOutcome {
  const errors: RowError[] = [];
  const values = readCells(cells, locale, errors);
  const raw = values.get("contract");
  const contract = typeof raw === "string" ? raw : null;
  const outcome: RowOutcome = { status: "ok", contract, errors };
  if (contract !== "apprenticeship" && contract !== "professionalisation" && contract !== "work-study-internship") {
    errors.push({
      field: "contract",
      message:
        locale === "fr"
          ? `type de contrat ${contract === null ? "manquant" : `inconnu « ${cutText(contract)} »`} : apprentissage, professionnalisation ou stage-alternance (ou en anglais : apprenticeship, professionalisation, work-study-internship)`
          : `${contract === null ? "missing" : `unknown "${cutText(contract)}"`} contract type: apprenticeship, professionalisation or work-study-internship (in French: apprentissage, professionnalisation, stage-alternance)`,
    });
    return { ...outcome, status: "invalid" };
  }
  // A cell that could not be read is left out: its error is kept, the rest of the row is still checked.
  const finish = (checked: RowOutcome): RowOutcome => (errors.length > 0 ? { ...checked, status: "invalid" } : checked);

  if (contract === "work-study-internship") {
    if (!values.has("trainingStart") && !values.has("trainingEnd")) return finish(outcome);
    const input: Record<string, unknown> = { contract, locale, explain };
    for (const column of INTERNSHIP_DATE_COLUMNS) if (values.has(column)) input[column] = values.get(column);
    const policy = values.get("policy") ?? defaultPolicy;
    if (policy !== undefined) input["policy"] = policy;
    const dates = attempt(() => checkContractDates(input as never), errors, new Map());
    return finish(dates ? { ...outcome, status: dates.valid ? "ok" : "violations", dates, violations: dates.violations, warnings: dates.warnings } : outcome);
  }

  const { input, columns } = contractInput(values, contract, defaultPolicy);
  // The row's own input object: the options are set on it (an object spread with added fields costs ≈ 2,6 µs in Node 20).
  const nested = Object.assign(input, { locale, explain });
  const result = attempt<ContractResult>(
    () => (contract === "apprenticeship" ? checkApprenticeshipContract(nested as never) : checkProfessionalisationContract(nested as never)),
    errors,
    columns,
  );
  if (!result) return finish({ ...outcome, status: "invalid" });
  const checked = fromContractResult(outcome, result);
  if (contract === "apprenticeship") Object.assign(checked, employerSide(values, locale, explain, errors, columns));
  return finish(checked);
}

/**
 * The employer side of an apprenticeship row (issue 16): the hiring aid and the training contribution,
 * when the row gives `diplomaLevel` and `companyHeadcount`; nothing otherwise.
 */
function employerSide(
  values: ReadonlyMap<string, unknown>,
  locale: Locale,
  explain: boolean,
  errors: RowError[],
  columns: ReadonlyMap<string, string>,
): Pick<RowOutcome, "hiringAid" | "trainingContribution"> {
  const diplomaLevel = values.get("diplomaLevel");
  const companyHeadcount = values.get("companyHeadcount");
  if (diplomaLevel === undefined || companyHeadcount === undefined) return {};
  const contractStart = values.get("contractStart");
  const signatureDate = values.get("signatureDate") ?? contractStart;
  const exceptions = values.get("exceptions");
  const disabledWorker = Array.isArray(exceptions) && exceptions.includes("disabled-worker");
  const aid = attempt(
    () =>
      apprenticeshipHiringAid({
        signatureDate,
        contractStart,
        contractEnd: values.get("contractEnd"),
        diplomaLevel,
        companyHeadcount,
        disabledWorker,
        locale,
        explain,
      } as never),
    errors,
    columns,
  );
  const contribution = attempt(() => employerTrainingContribution({ signatureDate, diplomaLevel, locale, explain } as never), errors, columns);
  const side: Partial<Pick<RowOutcome, "hiringAid" | "trainingContribution">> = {};
  if (aid !== undefined) side.hiringAid = aid;
  if (contribution !== undefined) side.trainingContribution = contribution;
  return side;
}

/**
 * Every violation of a row, as the library gives it.
 *
 * @example
 * rowViolations(outcome).map((v) => v.code);
 */
export function rowViolations(outcome: RowOutcome): Violation[] {
  return outcome.violations ?? [];
}

/**
 * Every warning of a row, as the library gives it (deduplicated there).
 *
 * @example
 * rowWarnings(outcome).map((w) => w.code); //=> ["PARAMETERS_NOT_VERIFIED"]
 */
export function rowWarnings(outcome: RowOutcome): Violation[] {
  return outcome.warnings ?? [];
}
