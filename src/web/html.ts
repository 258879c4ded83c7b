/**
 * The HTML of the office page's form, from its declaration (fields.ts): a labelled control per field
 * (with its help, its unit, and an empty error line that main.ts fills), the two contracts' wordings
 * (CSS shows those of the contract chosen), calendar buttons beside the dates, and the rows of the
 * agreed pay table (also built in the browser when a row is added). Accessible: every control has a
 * label, help and errors are tied to it with `aria-describedby`, groups are fieldsets.
 */
import { escapeHtml } from "./render.js";
import {
  AGREED_PAY,
  CONTRACT_KINDS,
  CONTRACT_KIND_FIELD,
  FORM_SECTIONS,
  agreedPayId,
  fieldId,
  type ContractKind,
  type FieldSection,
  type FieldSpec,
  type OptionList,
  type Wording,
} from "./fields.js";

/**
 * The choices of each list, in French (from the library's labels, page-html.ts).
 *
 * @example
 * const options: OptionLabels = { ...lists, territories: [{ value: "metropole", label: "Métropole et DROM hors Mayotte" }] };
 */
export type OptionLabels = Readonly<Record<OptionList, readonly { readonly value: string; readonly label: string }[]>>;

/** The contracts a field or text belongs to, as an attribute: none when it belongs to both. */
function onlyFor(paths: FieldSpec["paths"]): string {
  const kinds = CONTRACT_KINDS.filter((kind) => paths[kind] !== undefined);
  return kinds.length === 1 ? ` data-only="${kinds[0]}"` : "";
}

/** A wording: one text, or one span per contract (CSS shows the contract's). */
function words(wording: Wording): string {
  if (typeof wording === "string") return escapeHtml(wording);
  return CONTRACT_KINDS.map((kind: ContractKind) => `<span data-only="${kind}">${escapeHtml(wording[kind])}</span>`).join("");
}

/** The ids of the help and error lines of a control. */
const helpId = (id: string) => `${id}-help`;
const errorId = (id: string) => `${id}-error`;

/** The help line of a field (dates also say their format), and the attributes that tie it to the control. */
function helpOf(field: FieldSpec, id: string): { html: string; describedBy: string } {
  const parts = [...(field.help === undefined ? [] : [words(field.help)]), ...(field.kind === "date" ? ["Format JJ/MM/AAAA."] : [])];
  if (parts.length === 0) return { html: "", describedBy: errorId(id) };
  return { html: `<p class="help" id="${helpId(id)}">${parts.join(" ")}</p>`, describedBy: `${helpId(id)} ${errorId(id)}` };
}

/** Where the messages about a field go (one paragraph each, written by main.ts). */
const errorLine = (id: string) => `<div class="error" id="${errorId(id)}" hidden></div>`;
const required = (field: FieldSpec) => (field.required ? ` <span class="required">(obligatoire)</span>` : "");

/** A calendar drawn inline (no font has to hold an emoji; no image to load). */
const CALENDAR_ICON =
  '<svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16"><rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.3"/><path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" stroke-width="1.3"/></svg>';

/**
 * A date control: a text box for `JJ/MM/AAAA` and a button that opens the browser's calendar (a hidden
 * date control whose choice is written back as `JJ/MM/AAAA`).
 */
function dateControl(id: string, name: string, label: string, describedBy: string, extra = ""): string {
  return (
    `<span class="date-input"><input type="text" id="${id}" name="${escapeHtml(name)}" inputmode="numeric" autocomplete="off" placeholder="JJ/MM/AAAA" maxlength="10" aria-describedby="${describedBy}"${extra}>` +
    `<button type="button" class="pick" data-for="${id}" aria-label="${escapeHtml(`Choisir dans un calendrier : ${label}`)}" title="Calendrier">${CALENDAR_ICON}</button>` +
    `<input type="date" class="picker" data-for="${id}" tabindex="-1" aria-hidden="true" min="1900-01-01" max="2199-12-31"></span>`
  );
}

/** The text of a wording for an attribute (the first contract's words when they differ). */
const plain = (wording: Wording): string => (typeof wording === "string" ? wording : wording.apprenticeship);

/** One field: its label, help, control and error line. */
function fieldHtml(field: FieldSpec, options: OptionLabels): string {
  const id = fieldId(field.name);
  const only = onlyFor(field.paths);
  const help = helpOf(field, id);
  const aria = field.required ? ` aria-required="true"` : "";
  const name = escapeHtml(field.name);
  if (field.kind === "boolean") {
    return `<div class="field check" id="${id}-field"${only}><input type="checkbox" id="${id}" name="${name}" value="true" aria-describedby="${help.describedBy}"><label for="${id}">${words(field.label)}</label>${help.html}${errorLine(id)}</div>`;
  }
  if (field.kind === "choices") {
    const boxes = options[field.options!].map(
      (option, index) =>
        `<div class="check"><input type="checkbox" id="${id}-${index}" name="${name}" value="${escapeHtml(option.value)}"><label for="${id}-${index}">${escapeHtml(option.label)}</label></div>`,
    );
    return `<fieldset class="field choices" id="${id}" tabindex="-1" aria-describedby="${help.describedBy}"${only}><legend>${words(field.label)}</legend>${help.html}${boxes.join("")}${errorLine(id)}</fieldset>`;
  }
  const label = `<label for="${id}">${words(field.label)}${required(field)}</label>`;
  let control: string;
  if (field.kind === "date") control = dateControl(id, field.name, plain(field.label), help.describedBy, aria);
  else if (field.kind === "choice") {
    const choices = options[field.options!].map((option) => `<option value="${escapeHtml(option.value)}">${escapeHtml(option.label)}</option>`);
    control = `<select id="${id}" name="${name}" aria-describedby="${help.describedBy}"${aria}>${choices.join("")}</select>`;
  } else {
    const mode = field.kind === "integer" ? "numeric" : "decimal";
    const unit = field.unit === undefined ? "" : `<span class="unit" aria-hidden="true">${escapeHtml(field.unit)}</span>`;
    control = `<span class="number-input"><input type="text" id="${id}" name="${name}" inputmode="${mode}" autocomplete="off" aria-describedby="${help.describedBy}"${aria}>${unit}</span>`;
  }
  return `<div class="field" id="${id}-field"${only}>${label}${help.html}${control}${errorLine(id)}</div>`;
}

/**
 * One row of the agreed pay table: the first day of the period and its gross monthly amount.
 *
 * @param row - the row, from 0 (shown as n° row + 1)
 * @returns the `<tr>`
 * @example
 * agreedPayRowHtml(0).startsWith("<tr"); //=> true
 */
export function agreedPayRowHtml(row: number): string {
  const number = row + 1;
  const from = agreedPayId(row, "from");
  const amount = agreedPayId(row, "amount");
  const fromLabel = `Période n° ${number} : à partir du`;
  const amountLabel = `Période n° ${number} : salaire brut mensuel en euros`;
  return (
    `<tr class="agreed-row"><th scope="row">n° ${number}</th>` +
    `<td><label class="sr-only" for="${from}">${escapeHtml(fromLabel)}</label>${dateControl(from, AGREED_PAY.from, fromLabel, errorId(from))}${errorLine(from)}</td>` +
    `<td><label class="sr-only" for="${amount}">${escapeHtml(amountLabel)}</label><span class="number-input"><input type="text" id="${amount}" name="${AGREED_PAY.amount}" inputmode="decimal" autocomplete="off" aria-describedby="${errorId(amount)}"><span class="unit" aria-hidden="true">€</span></span>${errorLine(amount)}</td>` +
    `<td><button type="button" class="remove-row" data-row="${row}" aria-label="${escapeHtml(`Retirer la période n° ${number}`)}">Retirer</button></td></tr>`
  );
}

/** The agreed pay table, one empty row, and the button that adds one. */
function agreedPayTable(): string {
  return (
    `<div class="table-scroll"><table class="agreed-pay"><caption class="sr-only">Rémunération convenue par période</caption>` +
    `<thead><tr><th scope="col">Période</th><th scope="col">À partir du</th><th scope="col">Salaire brut mensuel</th><th scope="col"><span class="sr-only">Retirer</span></th></tr></thead>` +
    `<tbody id="agreed-pay-rows">${agreedPayRowHtml(0)}</tbody></table></div>` +
    `<button type="button" id="add-pay-row" class="secondary">Ajouter une période</button>`
  );
}

/** A section of the form: a fieldset (or a folded `details` around it). */
function sectionHtml(section: FieldSection, options: OptionLabels): string {
  const help = section.help === undefined ? "" : `<p class="section-help">${words(section.help)}</p>`;
  const table = section.id === "pay" ? agreedPayTable() : "";
  const body = `${help}${table}<div class="fields">${section.fields.map((field) => fieldHtml(field, options)).join("")}</div>`;
  if (section.folded) {
    return `<details class="section" id="section-${section.id}"><summary>${words(section.legend)} <span class="optional">(facultatif)</span></summary><fieldset><legend class="sr-only">${words(section.legend)}</legend>${body}</fieldset></details>`;
  }
  return `<fieldset class="section" id="section-${section.id}"><legend>${words(section.legend)}</legend>${body}</fieldset>`;
}

/**
 * The inside of the form: the choice of the contract, then every section.
 *
 * @param options - the choices of each list, in French
 * @returns the HTML
 * @example
 * formHtml(options).includes('name="contractKind"'); //=> true
 */
export function formHtml(options: OptionLabels): string {
  const kinds = CONTRACT_KINDS.map(
    (kind, index) =>
      `<div class="check"><input type="radio" id="kind-${kind}" name="${CONTRACT_KIND_FIELD}" value="${kind}"${index === 0 ? " checked" : ""}><label for="kind-${kind}">${kind === "apprenticeship" ? "Contrat d'apprentissage" : "Contrat de professionnalisation"}</label></div>`,
  );
  return `<fieldset class="section kind" id="section-kind"><legend>Le contrat à vérifier</legend><div class="choices-inline">${kinds.join("")}</div></fieldset>${FORM_SECTIONS.map((section) => sectionHtml(section, options)).join("")}`;
}
