/**
 * The other way from read-form.ts: the values of the form's controls for an input of a whole-contract
 * check (dates `JJ/MM/AAAA`, numbers with a decimal comma), used by the « load the example » button.
 * Reading the filled form gives the input back (tested), apart from the choices the form leaves out
 * because they are the library's defaults (`policy: "legal"`, `territory: "metropole"`) and a policy
 * given as an object, which the form cannot show.
 */
import { AGREED_PAY, CONTRACT_KIND_FIELD, FORM_FIELDS, type ContractKind } from "./fields.js";
import { frenchDate } from "./render.js";

/**
 * What to put in the form: one value per control name (text, a checkbox's state, or the boxes to check),
 * and the agreed pay rows.
 *
 * @example
 * const fill: FormFill = { values: new Map([["contractKind", "apprenticeship"]]), agreedPay: [] };
 */
export interface FormFill {
  /** Each control's value by name: text for text boxes, lists and radio buttons, `true` / `false` for a checkbox, the values to check for a group of checkboxes. */
  readonly values: ReadonlyMap<string, string | boolean | readonly string[]>;
  /** The agreed pay rows, as typed. */
  readonly agreedPay: readonly { readonly from: string; readonly amount: string }[];
}

/** The value at a dotted path of a nested object. */
function valueAt(input: unknown, path: string): unknown {
  let node = input;
  for (const key of path.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** A number as typed in French: decimal comma, no grouping. */
const frenchNumber = (value: unknown): string => String(value).replace(".", ",");

/**
 * The form's values for an input.
 *
 * @param kind - the contract of the input
 * @param input - an input of `checkApprenticeshipContract` or `checkProfessionalisationContract`
 * @returns the values of the controls and the agreed pay rows
 * @example
 * fillOf("apprenticeship", { apprentice: { birthDate: "2004-03-10" } }).values.get("person.birthDate"); //=> "10/03/2004"
 */
export function fillOf(kind: ContractKind, input: unknown): FormFill {
  const values = new Map<string, string | boolean | readonly string[]>([[CONTRACT_KIND_FIELD, kind]]);
  for (const field of FORM_FIELDS) {
    const path = field.paths[kind];
    const value = path === undefined ? undefined : valueAt(input, path);
    if (field.kind === "boolean") values.set(field.name, value === true);
    else if (field.kind === "choices") values.set(field.name, Array.isArray(value) ? value.map(String) : []);
    else if (value === undefined || (typeof value === "object" && value !== null)) values.set(field.name, "");
    else if (field.kind === "date") values.set(field.name, frenchDate(String(value)));
    else if (field.kind === "choice") values.set(field.name, String(value));
    else values.set(field.name, frenchNumber(value));
  }
  const periods = valueAt(input, AGREED_PAY.path);
  const agreedPay = Array.isArray(periods)
    ? periods.map((period: { from?: unknown; amount?: unknown }) => ({
        from: typeof period.from === "string" ? frenchDate(period.from) : "",
        amount: period.amount === undefined ? "" : frenchNumber(period.amount),
      }))
    : [];
  return { values, agreedPay };
}
