/**
 * Checking the contract of the office page: the form read (read-form.ts), then the library's
 * whole-contract check of the chosen contract, in the browser. Three outcomes: fields to correct
 * before anything can be checked (unreadable values, and the library's input errors), the check's
 * result (valid or not), or an internal error of the library (reported, never hidden).
 */
import type { ApprenticeshipContractResult, InputIssue, ProfessionalisationContractResult } from "../index.js";
import type * as Library from "../index.js";
import type { ContractKind } from "./fields.js";
import { locateField, pathText, readForm, type FieldMessage, type FormEntries, type ReadForm } from "./read-form.js";

/** What the page needs of the library (the global `Alternance` of dist/alternance.global.js). */
export type ContractLibrary = Pick<typeof Library, "checkApprenticeshipContract" | "checkProfessionalisationContract" | "toIsoDate">;

/** The result of either whole-contract check. */
export type AnyContractResult = ApprenticeshipContractResult | ProfessionalisationContractResult;

/**
 * What checking the form gave.
 *
 * @example
 * const outcome: Outcome = checkForm(new FormData(form), Alternance);
 */
export type Outcome =
  | {
      /** Some fields must be corrected: nothing was checked. */
      readonly status: "input-errors";
      /** The form as read. */
      readonly read: ReadForm;
      /** Every field to correct: those the form could not read, then the library's input errors. */
      readonly errors: readonly FieldMessage[];
    }
  | {
      /** The contract was checked. */
      readonly status: "checked";
      /** The form as read. */
      readonly read: ReadForm;
      /** The library's result. */
      readonly result: AnyContractResult;
    }
  | {
      /** The library failed (a defect): its message. */
      readonly status: "internal-error";
      /** The form as read. */
      readonly read: ReadForm;
      /** The error's message. */
      readonly message: string;
    };

/** Whether an error is the library's `AlternanceInputError` (by its name: the bundle is another realm's code). */
function isInputError(error: unknown): error is { issues: InputIssue[] } {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AlternanceInputError" && Array.isArray((error as { issues?: unknown }).issues);
}

/** The library's message without the path it starts with (« contract.contractEnd : … »): the field is shown beside it. */
function withoutPath(message: string, path: string): string {
  for (const prefix of [`${path} : `, `${path}: `]) if (message.startsWith(prefix)) return message.slice(prefix.length);
  return message;
}

/** The check of a contract. */
function checkOf(library: ContractLibrary, kind: ContractKind): (input: Record<string, unknown>) => AnyContractResult {
  return kind === "apprenticeship"
    ? (input) => library.checkApprenticeshipContract(input as unknown as Library.ApprenticeshipContractInput)
    : (input) => library.checkProfessionalisationContract(input as unknown as Library.ProfessionalisationContractInput);
}

/**
 * Reads the form and checks the contract with the library. A field that could not be read is reported
 * with the form's own message, and the library's message about the same field (it was left out, so
 * « missing ») is dropped.
 *
 * @param entries - the form's entries (`new FormData(form)`)
 * @param library - the library (`Alternance` in the browser)
 * @returns the fields to correct, the result, or an internal error
 * @example
 * checkForm(new FormData(form), Alternance).status; //=> "checked"
 */
export function checkForm(entries: FormEntries, library: ContractLibrary): Outcome {
  const read = readForm(entries, (text) => library.toIsoDate(text));
  try {
    const result = checkOf(library, read.kind)({ ...read.input, explain: true });
    return read.errors.length > 0 ? { status: "input-errors", read, errors: read.errors } : { status: "checked", read, result };
  } catch (error) {
    if (!isInputError(error)) return { status: "internal-error", read, message: error instanceof Error ? error.message : String(error) };
    const unreadable = new Set(read.errors.map((message) => message.path));
    const issues = error.issues
      .map((issue) => pathText(issue.path))
      .map((path, index) => ({ path, message: withoutPath(error.issues[index]!.message, path) }))
      .filter(({ path }) => !unreadable.has(path))
      .map(({ path, message }): FieldMessage => {
        const fieldId = locateField(path, read);
        return fieldId === undefined ? { path, message } : { path, fieldId, message };
      });
    return { status: "input-errors", read, errors: [...read.errors, ...issues] };
  }
}
