/**
 * The office page's answer, as HTML text (escaped): the verdict, every rule not met with its article and
 * a link to its field, the warnings, the key dates, the sections checked, the minimum pay period by
 * period (gross and, when the library gives it, net), its totals by contract year and for the whole
 * contract, and the agreed pay against the minimum. Dates are shown `JJ/MM/AAAA`, amounts in euros the
 * French way. No DOM: main.ts puts the text in the page and the messages beside their fields.
 */
import { formatEuros, formatNumber } from "../core/format.js";
import { bandLabel, contractYearLabel, type PayAgeBand } from "../pay/labels.js";
import type { AnyContractResult, Outcome } from "./check.js";
import { FORM_FIELDS, fieldId, wordingFor, type ContractKind } from "./fields.js";
import { locateField, type FieldMessage } from "./read-form.js";

/**
 * The answer to show.
 *
 * @example
 * const rendered: Rendered = renderOutcome(outcome, { dataVerifiedUntil: "2026-07-16" });
 */
export interface Rendered {
  /** The HTML of the result area. */
  readonly html: string;
  /** Messages to show beside their field (rules not met, input errors), each with its field's `id`. */
  readonly fieldMessages: readonly (FieldMessage & { readonly fieldId: string })[];
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * A date `AAAA-MM-JJ` shown `JJ/MM/AAAA`.
 *
 * @example
 * frenchDate("2025-09-04"); //=> "04/09/2025"
 */
export function frenchDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * A library message with its dates `AAAA-MM-JJ` shown `JJ/MM/AAAA`, as everywhere on the page.
 *
 * @example
 * frenchDates("au plus tard le 2025-09-10"); //=> "au plus tard le 10/09/2025"
 */
export function frenchDates(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, "$3/$2/$1");
}

const euros = (value: number): string => formatEuros(value, "fr");
const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
const KIND_NAMES: Record<ContractKind, string> = { apprenticeship: "Contrat d'apprentissage", professionalisation: "Contrat de professionnalisation" };

/** The label of a form control, in the words of the contract (an agreed pay row: its number and column). */
function labelOfField(id: string, kind: ContractKind): string {
  const field = FORM_FIELDS.find((candidate) => fieldId(candidate.name) === id);
  if (field) return wordingFor(field.label, kind);
  const row = /^f-contract-agreedMonthlyPay-(\d+)-(from|amount)$/.exec(id);
  /* v8 ignore next -- every id given here comes from fieldId or agreedPayId */
  if (!row) return id;
  return `Rémunération convenue, période n° ${Number(row[1]) + 1} : ${row[2] === "from" ? "à partir du" : "salaire brut mensuel"}`;
}

/** A link that takes the reader to a field of the form. */
function fieldLink(id: string, kind: ContractKind): string {
  return `<a class="field-link" href="#${id}" data-field="${id}">${escapeHtml(labelOfField(id, kind))}</a>`;
}

/** The articles of a rule. */
function basis(legalBasis: readonly string[]): string {
  return legalBasis.length === 0 ? "" : `<span class="basis"><span class="tag">Base légale :</span> ${escapeHtml(legalBasis.join(" ; "))}</span>`;
}

/** One violation or warning: its message, its articles, its field. */
function ruleItem(rule: { code: string; message: string; legalBasis: readonly string[]; field?: string }, id: string | undefined, kind: ContractKind): string {
  const field = id === undefined ? "" : `<span class="concerns"><span class="tag">Champ :</span> ${fieldLink(id, kind)}</span>`;
  const meta = [basis(rule.legalBasis), field].filter((part) => part !== "").join(" ");
  return `<li data-code="${escapeHtml(rule.code)}"${id === undefined ? "" : ` data-field="${id}"`}><p class="message">${escapeHtml(frenchDates(rule.message))}</p>${meta === "" ? "" : `<p class="meta">${meta}</p>`}</li>`;
}

/** A window of dates in words. */
function windowText(window: { earliest: string | null; latest: string | null }): string {
  if (window.earliest !== null && window.latest !== null) return `du ${frenchDate(window.earliest)} au ${frenchDate(window.latest)}`;
  if (window.earliest !== null) return `à partir du ${frenchDate(window.earliest)}`;
  if (window.latest !== null) return `jusqu'au ${frenchDate(window.latest)}`;
  return "sans limite";
}

/** The dates and figures the office looks for, from the sections that were checked. */
function keyFacts(result: AnyContractResult): string {
  const { dates, registration, practicalTraining, trainingHours, tutor } = result.sections;
  const facts: [string, string][] = [];
  if (dates) {
    facts.push(["Début du contrat possible", windowText(dates.windows.start)], ["Fin du contrat possible", windowText(dates.windows.end)]);
    if (dates.duration) {
      const { months, days } = dates.duration;
      facts.push(["Durée du contrat", `${plural(months, "mois", "mois")}${days > 0 ? ` et ${plural(days, "jour", "jours")}` : ""}`]);
    }
  }
  facts.push(["Transmission du contrat pour dépôt, au plus tard le", frenchDate(registration.deadline)]);
  if (practicalTraining) facts.push(["Début de la formation pratique, au plus tard le", frenchDate(practicalTraining.latestStart)]);
  if (trainingHours) {
    const bounds = [`au moins ${formatNumber(trainingHours.minimumHours, "fr")} h`, ...(trainingHours.maximumHours === null ? [] : [`au plus ${formatNumber(trainingHours.maximumHours, "fr")} h`])];
    facts.push(["Heures de formation", `${bounds.join(", ")} sur ${formatNumber(trainingHours.contractHours, "fr")} h de contrat`]);
  }
  if (tutor) {
    const required = tutor.requiredExperienceYears;
    facts.push(["Tuteur", `${tutor.ageAtStart} ans au début, ${plural(required, "an", "ans")} d'expérience requis, ${tutor.supervised} encadré(s) sur ${tutor.maximumSupervised} au plus`]);
  }
  const rows = facts.map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`).join("");
  return `<section class="facts" aria-labelledby="facts-title"><h3 id="facts-title">Repères</h3><dl>${rows}</dl></section>`;
}

/** The summary of each section: met, not met, not checked. */
function sectionSteps(result: AnyContractResult): string {
  const items = result.explanation.map((step) => {
    const values = step.values as { checked?: boolean; valid?: boolean };
    const state = values.checked === undefined ? "info" : !values.checked ? "unchecked" : values.valid ? "valid" : "invalid";
    const mark = { valid: "✓", invalid: "✗", unchecked: "–", info: "•" }[state];
    return `<li class="${state}"><span class="mark" aria-hidden="true">${mark}</span> ${escapeHtml(frenchDates(step.message))}</li>`;
  });
  return `<section class="steps" aria-labelledby="steps-title"><h3 id="steps-title">Points vérifiés</h3><ul>${items.join("")}</ul></section>`;
}

/** The net columns arrive with the net-pay module: shown when the library gives them. */
interface WithNet {
  netMonthlyMinimum?: number | null;
}
/** Totals of a schedule, when the library gives them. */
interface Totals {
  byContractYear: { contractYear: number; from: string; to: string; gross: number; net: number | null }[];
  gross: number;
  net: number | null;
}

const money = (value: number | null | undefined): string => (typeof value === "number" ? euros(value) : "—");
const table = (className: string, caption: string, head: string[], rows: string[]): string =>
  `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(caption)}"><table class="${className}"><caption>${escapeHtml(caption)}</caption><thead><tr>${head.map((cell) => `<th scope="col">${cell}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;

/** The minimum pay period by period, its totals, and the agreed pay against it. */
function paySection(result: AnyContractResult): string {
  const { schedule, comparisons } = result.sections.pay;
  const periods = schedule.periods as (typeof schedule.periods[number] & WithNet)[];
  const withNet = periods.some((period) => "netMonthlyMinimum" in period);
  const head = ["Du", "Au", "Année du contrat", "Tranche d'âge", "Taux", "Minimum brut mensuel", ...(withNet ? ["Minimum net mensuel"] : [])];
  const rows = periods.map((period) => {
    const cells = [
      frenchDate(period.from),
      frenchDate(period.to),
      contractYearLabel(period.contractYear, "fr"),
      bandLabel(period.ageBand as PayAgeBand, "fr"),
      `${formatNumber(period.ratePercent, "fr")} % du ${period.base}`,
    ].map((cell) => `<td>${escapeHtml(cell)}</td>`);
    cells.push(`<td class="num">${escapeHtml(euros(period.monthlyMinimum))}</td>`);
    if (withNet) cells.push(`<td class="num">${escapeHtml(money(period.netMonthlyMinimum))}</td>`);
    return `<tr>${cells.join("")}</tr>`;
  });
  const parts = [
    `<h3 id="pay-title">Salaire minimum, période par période</h3>`,
    `<p class="note">Minimum légal brut pour la durée hebdomadaire du contrat${withNet ? ", et son net avant impôt sur le revenu (employeur privé)" : ""}. Une nouvelle période commence à chaque anniversaire, changement d'année du contrat ou revalorisation du SMIC.</p>`,
    table("schedule", "Salaire minimum par période", head, rows),
  ];
  const totals = (schedule as { totals?: Totals }).totals;
  if (totals) {
    const totalRows = totals.byContractYear.map(
      (year) =>
        `<tr><th scope="row">${escapeHtml(`${contractYearLabel(year.contractYear, "fr")} (du ${frenchDate(year.from)} au ${frenchDate(year.to)})`)}</th><td class="num">${escapeHtml(euros(year.gross))}</td><td class="num">${escapeHtml(money(year.net))}</td></tr>`,
    );
    totalRows.push(`<tr class="total"><th scope="row">Tout le contrat</th><td class="num">${escapeHtml(euros(totals.gross))}</td><td class="num">${escapeHtml(money(totals.net))}</td></tr>`);
    parts.push(
      `<h3 id="totals-title">Minimum dû sur le contrat</h3>`,
      `<p class="note">Somme des minimums mensuels ; un mois entamé compte au prorata de ses jours calendaires.</p>`,
      table("totals", "Minimum dû par année du contrat et sur tout le contrat", ["Période", "Brut", "Net"], totalRows),
    );
  }
  if (comparisons) {
    const comparisonRows = comparisons.map(
      (row) =>
        `<tr class="${row.met ? "met" : "unmet"}"><td>${row.agreedIndex + 1}</td><td>${frenchDate(row.from)}</td><td>${frenchDate(row.to)}</td><td class="num">${escapeHtml(euros(row.amount))}</td><td class="num">${escapeHtml(euros(row.monthlyMinimum))}</td><td class="num">${row.met ? "—" : escapeHtml(euros(row.shortfall))}</td><td>${row.met ? "oui" : "<strong>non</strong>"}</td></tr>`,
    );
    parts.push(
      `<h3 id="agreed-title">Rémunération convenue comparée au minimum</h3>`,
      table("comparisons", "Rémunération convenue comparée au minimum", ["Période convenue n°", "Du", "Au", "Salaire convenu", "Minimum", "Manque", "Conforme"], comparisonRows),
    );
  }
  return `<section class="pay" aria-labelledby="pay-title">${parts.join("")}</section>`;
}

/** The answer when the contract was checked. */
function renderResult(result: AnyContractResult, kind: ContractKind, locate: (path: string) => string | undefined, dataVerifiedUntil: string): Rendered {
  const count = result.violations.length;
  const title = result.valid ? "Contrat conforme" : `Contrat non conforme : ${plural(count, "règle non respectée", "règles non respectées")}`;
  const parts = [
    `<section class="verdict ${result.valid ? "valid" : "invalid"}" aria-labelledby="verdict-title"><h2 id="verdict-title" tabindex="-1"><span class="mark" aria-hidden="true">${result.valid ? "✓" : "✗"}</span> ${escapeHtml(title)}</h2>`,
    `<p>${escapeHtml(KIND_NAMES[kind])} vérifié règle par règle par la bibliothèque alternance, dans ce navigateur (données légales vérifiées jusqu'au ${frenchDate(dataVerifiedUntil)}).</p></section>`,
  ];
  const fieldMessages: (FieldMessage & { fieldId: string })[] = [];
  const located = result.violations.map((violation) => (violation.field === undefined ? undefined : locate(violation.field)));
  result.violations.forEach((violation, index) => {
    const id = located[index];
    if (id !== undefined) fieldMessages.push({ path: violation.field!, fieldId: id, message: frenchDates(violation.message) });
  });
  if (count > 0) {
    const items = result.violations.map((violation, index) => ruleItem(violation, located[index], kind));
    parts.push(`<section class="violations" aria-labelledby="violations-title"><h3 id="violations-title">Règles non respectées</h3><ol>${items.join("")}</ol></section>`);
  }
  if (result.warnings.length > 0) {
    const items = result.warnings.map((warning) => ruleItem(warning, warning.field === undefined ? undefined : locate(warning.field), kind));
    parts.push(`<section class="warnings" aria-labelledby="warnings-title"><h3 id="warnings-title">Avertissements</h3><ul>${items.join("")}</ul></section>`);
  }
  parts.push(keyFacts(result), sectionSteps(result), paySection(result));
  return { html: parts.join(""), fieldMessages };
}

/**
 * The HTML of the answer and the messages to show beside the fields.
 *
 * @param outcome - what checking the form gave
 * @param context - the library's `dataVerifiedUntil`, shown with the verdict
 * @returns the HTML (its heading `#verdict-title` is where the focus goes) and the field messages
 * @example
 * renderOutcome(checkForm(new FormData(form), Alternance), { dataVerifiedUntil: Alternance.dataVerifiedUntil }).html;
 */
export function renderOutcome(outcome: Outcome, context: { readonly dataVerifiedUntil: string }): Rendered {
  const { read } = outcome;
  if (outcome.status === "checked") return renderResult(outcome.result, read.kind, (path) => locateField(path, read), context.dataVerifiedUntil);
  if (outcome.status === "internal-error") {
    return {
      html: `<section class="verdict failed" aria-labelledby="verdict-title"><h2 id="verdict-title" tabindex="-1">Erreur interne de la bibliothèque</h2><p>${escapeHtml(outcome.message)}</p><p>Rien n'a été vérifié. Merci de signaler cette erreur avec les données saisies (sans les dates de naissance).</p></section>`,
      fieldMessages: [],
    };
  }
  const items = outcome.errors.map((error) => `<li>${error.fieldId === undefined ? "" : `${fieldLink(error.fieldId, read.kind)} : `}${escapeHtml(frenchDates(error.message))}</li>`);
  const count = outcome.errors.length;
  return {
    html: `<section class="verdict errors" aria-labelledby="verdict-title"><h2 id="verdict-title" tabindex="-1">Formulaire à corriger : ${plural(count, "champ", "champs")}</h2><p>Rien n'a encore été vérifié : corrigez ${count === 1 ? "ce champ" : "ces champs"} puis relancez la vérification.</p><ul class="input-errors">${items.join("")}</ul></section>`,
    fieldMessages: outcome.errors.filter((error): error is FieldMessage & { fieldId: string } => error.fieldId !== undefined),
  };
}
