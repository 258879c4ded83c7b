/**
 * Reading the office page's form into the input of a whole-contract check: each filled field at its
 * path (fields.ts), dates typed `JJ/MM/AAAA` turned into `AAAA-MM-JJ`, French numbers (`1 000,50`)
 * into numbers, empty fields and default choices left out. What cannot be read (an impossible date, a
 * word in a number) is an error of that field, in French; the library then checks the rest. No DOM:
 * the form's entries come through {@link FormEntries}, which the browser's `FormData` is.
 */
import { AGREED_PAY, CONTRACT_KIND_FIELD, FORM_FIELDS, NUMERIC_OPTIONS, OPTION_DEFAULTS, agreedPayId, fieldId, type ContractKind, type FieldSpec } from "./fields.js";

/**
 * The entries of a form: every value of a name, in order (the browser's `FormData` has this method).
 *
 * @example
 * const entries: FormEntries = new FormData(form);
 */
export interface FormEntries {
  /** The values of the controls named `name`, in document order (none when absent). */
  getAll(name: string): unknown[];
}

/**
 * A message for one place of the form: a field (`fieldId`) when it can be found, or the form as a whole.
 *
 * @example
 * const error: FieldMessage = { path: "contract.contractEnd", fieldId: "f-contract-contractEnd", message: "…" };
 */
export interface FieldMessage {
  /** Path in the input (`contract.agreedMonthlyPay[0].amount`), when the message names one. */
  readonly path?: string;
  /** `id` of the form control it concerns, when there is one. */
  readonly fieldId?: string;
  /** The message, in French. */
  readonly message: string;
}

/**
 * What the form holds, read.
 *
 * @example
 * const read: ReadForm = readForm(new FormData(form), toIsoDate);
 */
export interface ReadForm {
  /** The contract chosen. */
  readonly kind: ContractKind;
  /** The input of the whole-contract check, nested. */
  readonly input: Record<string, unknown>;
  /** Fields that could not be read. */
  readonly errors: readonly FieldMessage[];
  /** For each agreed pay period of the input, the row of the form it comes from (empty rows are skipped). */
  readonly agreedPayRows: readonly number[];
}

/** Turns a typed date into `AAAA-MM-JJ`, or throws (the library's `toIsoDate`). */
export type DateReader = (text: string) => string;

/** Spaces a French number may hold between its digits (space, no-break space, narrow no-break space). */
const SPACES = /[\s\u00a0\u202f]/g;
const DECIMAL = /^[+-]?\d+(?:[.,]\d+)?$/;
const WHOLE = /^[+-]?\d+$/;

/** The first value of a name as trimmed text (`""` when absent or not text). */
function textOf(entries: FormEntries, name: string): string {
  const value = entries.getAll(name)[0];
  return typeof value === "string" ? value.trim() : "";
}

/** Every text value of a name, trimmed. */
function textsOf(entries: FormEntries, name: string): string[] {
  return entries.getAll(name).map((value) => (typeof value === "string" ? value.trim() : ""));
}

/** A value cut for a message. */
const shown = (text: string): string => `« ${text.length > 40 ? `${text.slice(0, 40)}…` : text} »`;

/**
 * Reads a French number: digits, one decimal comma or point, spaces between digits.
 *
 * @param text - what was typed (trimmed, not empty)
 * @param whole - only a whole number is accepted
 * @returns the number, or a French message saying what is expected
 * @example
 * readNumber("1 000,50", false); //=> { value: 1000.5 }
 */
export function readNumber(text: string, whole: boolean): { value: number } | { error: string } {
  const compact = text.replace(SPACES, "");
  if (whole) return WHOLE.test(compact) ? { value: Number(compact) } : { error: `Nombre entier attendu, par exemple 2 : ${shown(text)} n'en est pas un.` };
  return DECIMAL.test(compact) ? { value: Number(compact.replace(",", ".")) } : { error: `Nombre attendu, par exemple 35 ou 1 000,50 : ${shown(text)} n'en est pas un.` };
}

/**
 * Reads a typed date with the library's `toIsoDate` (`JJ/MM/AAAA` or `AAAA-MM-JJ`).
 *
 * @param text - what was typed (trimmed, not empty)
 * @param toIsoDate - the library's reader
 * @returns the date `AAAA-MM-JJ`, or a French message saying what is expected
 * @example
 * readDate("04/09/2025", toIsoDate); //=> { value: "2025-09-04" }
 */
export function readDate(text: string, toIsoDate: DateReader): { value: string } | { error: string } {
  try {
    return { value: toIsoDate(text) };
  } catch {
    return { error: `Date invalide ${shown(text)} : tapez une date réelle au format JJ/MM/AAAA, par exemple 04/09/2025.` };
  }
}

/** Sets `value` at a dotted path of a nested object, creating the objects on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next === "object" && next !== null) node = next as Record<string, unknown>;
    else node = node[key] = {};
  }
  node[keys[keys.length - 1]!] = value;
}

/** The value of one field, `undefined` when empty (left out), or an error. */
function fieldValue(field: FieldSpec, entries: FormEntries, toIsoDate: DateReader): { value: unknown } | { error: string } | undefined {
  if (field.kind === "choices") {
    const values = textsOf(entries, field.name).filter((value) => value !== "");
    return values.length > 0 ? { value: values } : undefined;
  }
  if (field.kind === "boolean") return textsOf(entries, field.name).includes("true") ? { value: true } : undefined;
  const text = textOf(entries, field.name);
  if (field.kind === "choice") {
    const list = field.options!;
    if (text === "" || text === OPTION_DEFAULTS[list]) return undefined;
    return { value: NUMERIC_OPTIONS.has(list) ? Number(text) : text };
  }
  if (text === "") return undefined;
  return field.kind === "date" ? readDate(text, toIsoDate) : readNumber(text, field.kind === "integer");
}

/**
 * The contract chosen on the form (apprenticeship unless the professionalisation contract is).
 *
 * @param entries - the form's entries
 * @returns the contract
 * @example
 * contractKindOf(new FormData(form)); //=> "apprenticeship"
 */
export function contractKindOf(entries: FormEntries): ContractKind {
  return textOf(entries, CONTRACT_KIND_FIELD) === "professionalisation" ? "professionalisation" : "apprenticeship";
}

/**
 * Reads the form into the input of the whole-contract check of the chosen contract. The parts the
 * library requires (the person, the training, the contract, and a CPRO's employer) are always there, so
 * that a missing field is reported at its own path; an optional part (tutor, apprenticeship employer,
 * previous contract) is there when one of its fields is filled.
 *
 * @param entries - the form's entries
 * @param toIsoDate - the library's date reader
 * @returns the input, the fields that could not be read, and where each agreed pay period comes from
 * @example
 * readForm(new FormData(form), Alternance.toIsoDate).input.contract; //=> { contractStart: "2025-09-04", contractEnd: "2027-09-03" }
 */
export function readForm(entries: FormEntries, toIsoDate: DateReader): ReadForm {
  const kind = contractKindOf(entries);
  const person = kind === "apprenticeship" ? "apprentice" : "beneficiary";
  const input: Record<string, unknown> = { [person]: {}, training: {}, contract: {}, ...(kind === "professionalisation" ? { employer: {} } : {}) };
  const errors: FieldMessage[] = [];
  for (const field of FORM_FIELDS) {
    const path = field.paths[kind];
    if (path === undefined) continue;
    const read = fieldValue(field, entries, toIsoDate);
    if (read === undefined) continue;
    if ("error" in read) errors.push({ path, fieldId: fieldId(field.name), message: read.error });
    else setPath(input, path, read.value);
  }
  // The previous contract's outcome is a yes/no of the form: unchecked is « no » once the contract is given.
  const contract = input["contract"] as Record<string, unknown>;
  const previous = contract["previousContract"] as Record<string, unknown> | undefined;
  if (previous !== undefined && previous["diplomaObtained"] === undefined) previous["diplomaObtained"] = false;

  const froms = textsOf(entries, AGREED_PAY.from);
  const amounts = textsOf(entries, AGREED_PAY.amount);
  const periods: Record<string, unknown>[] = [];
  const agreedPayRows: number[] = [];
  for (let row = 0; row < Math.max(froms.length, amounts.length); row += 1) {
    const from = froms[row] ?? "";
    const amount = amounts[row] ?? "";
    if (from === "" && amount === "") continue;
    const index = periods.length;
    const period: Record<string, unknown> = {};
    if (from !== "") {
      const date = readDate(from, toIsoDate);
      if ("error" in date) errors.push({ path: `${AGREED_PAY.path}[${index}].from`, fieldId: agreedPayId(row, "from"), message: date.error });
      else period["from"] = date.value;
    }
    if (amount !== "") {
      const number = readNumber(amount, false);
      if ("error" in number) errors.push({ path: `${AGREED_PAY.path}[${index}].amount`, fieldId: agreedPayId(row, "amount"), message: number.error });
      else period["amount"] = number.value;
    }
    periods.push(period);
    agreedPayRows.push(row);
  }
  if (periods.length > 0) contract["agreedMonthlyPay"] = periods;
  return { kind, input, errors, agreedPayRows };
}

/** `["contract", "agreedMonthlyPay", 0, "amount"]` → `contract.agreedMonthlyPay[0].amount`. */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}

const AGREED_ROW = /^contract\.agreedMonthlyPay(?:\[(\d+)\](?:\.(from|amount))?)?/;

/**
 * The form control a path of the input is typed in: the field of that path for the contract, else the
 * first field under it (`tutor` → the tutor's birth date), else the field of its parent; an agreed pay
 * period's path leads to its row.
 *
 * @param path - a path in the input, as a violation's `field` or an issue's path gives it
 * @param read - the form as read (for the contract and the rows of the agreed pay periods)
 * @returns the control's `id`, or `undefined` when no field of the form holds it
 * @example
 * locateField("apprentice.birthDate", read); //=> "f-person-birthDate"
 */
export function locateField(path: string, read: Pick<ReadForm, "kind" | "agreedPayRows">): string | undefined {
  const row = AGREED_ROW.exec(path);
  if (row) {
    const index = row[1] === undefined ? 0 : Number(row[1]);
    return agreedPayId(read.agreedPayRows[index] ?? 0, row[2] === "from" || row[1] === undefined ? "from" : "amount");
  }
  for (let candidate = path.replace(/\[\d+\]/g, ""); candidate !== ""; candidate = candidate.slice(0, Math.max(candidate.lastIndexOf("."), 0))) {
    const exact = FORM_FIELDS.find((field) => field.paths[read.kind] === candidate);
    const under = exact ?? FORM_FIELDS.find((field) => field.paths[read.kind]?.startsWith(`${candidate}.`));
    if (under) return fieldId(under.name);
  }
  return undefined;
}
