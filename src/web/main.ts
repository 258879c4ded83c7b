/**
 * The office page in the browser (dist/web/office.js): wires the form to the library bundle loaded
 * before it (the global `Alternance` of alternance.global.js). Switching the contract, the calendar
 * buttons, the agreed pay rows, the example, checking (check.ts, render.ts) and showing each message
 * beside its field. The page's logic is in the modules without DOM, tested under Node; this file only
 * moves values between them and the page, and is tested in headless Chromium (test/web/).
 */
import { checkForm, type ContractLibrary } from "./check.js";
import { AGREED_PAY, CONTRACT_KIND_FIELD } from "./fields.js";
import { fillOf, type FormFill } from "./fill.js";
import { agreedPayRowHtml } from "./html.js";
import { frenchDate, renderOutcome } from "./render.js";

declare const Alternance: (ContractLibrary & { readonly dataVerifiedUntil: string }) | undefined;

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Removes every message put beside a field by the last check. */
function clearFieldMessages(form: HTMLFormElement): void {
  for (const error of form.querySelectorAll<HTMLElement>(".error")) {
    error.hidden = true;
    error.replaceChildren();
  }
  for (const invalid of form.querySelectorAll("[aria-invalid]")) invalid.removeAttribute("aria-invalid");
  for (const marked of form.querySelectorAll(".invalid")) marked.classList.remove("invalid");
}

/** Shows messages beside their fields (a paragraph each), the control marked invalid, its folded section opened. */
function showFieldMessages(messages: readonly { fieldId: string; message: string }[]): void {
  for (const { fieldId, message } of messages) {
    const control = document.getElementById(fieldId);
    const line = document.getElementById(`${fieldId}-error`);
    if (!control || !line) continue;
    const paragraph = document.createElement("p");
    paragraph.textContent = message;
    line.append(paragraph);
    line.hidden = false;
    control.setAttribute("aria-invalid", "true");
    (control.closest(".field, td") ?? control).classList.add("invalid");
    const folded = control.closest("details");
    if (folded) folded.open = true;
  }
}

/** The agreed pay rows' values, in order. */
function agreedPayValues(form: HTMLFormElement): { from: string; amount: string }[] {
  const froms = [...form.querySelectorAll<HTMLInputElement>(`input[name="${AGREED_PAY.from}"]`)];
  const amounts = [...form.querySelectorAll<HTMLInputElement>(`input[name="${AGREED_PAY.amount}"]`)];
  return froms.map((from, index) => ({ from: from.value, amount: amounts[index]?.value ?? "" }));
}

/** Draws the agreed pay rows anew (numbers and ids follow the order), at least one. */
function drawAgreedPay(form: HTMLFormElement, rows: readonly { from: string; amount: string }[]): void {
  const body = byId<HTMLTableSectionElement>("agreed-pay-rows");
  const shown = rows.length > 0 ? rows : [{ from: "", amount: "" }];
  body.innerHTML = shown.map((_, index) => agreedPayRowHtml(index)).join("");
  const froms = body.querySelectorAll<HTMLInputElement>(`input[name="${AGREED_PAY.from}"]`);
  const amounts = body.querySelectorAll<HTMLInputElement>(`input[name="${AGREED_PAY.amount}"]`);
  shown.forEach((row, index) => {
    froms[index]!.value = row.from;
    amounts[index]!.value = row.amount;
  });
  for (const button of form.querySelectorAll<HTMLButtonElement>(".remove-row")) button.disabled = shown.length === 1 && shown[0]!.from === "" && shown[0]!.amount === "";
}

/** Shows the wordings and fields of the contract chosen. */
function showContract(form: HTMLFormElement): void {
  const chosen = form.querySelector<HTMLInputElement>(`input[name="${CONTRACT_KIND_FIELD}"]:checked`);
  form.dataset["contract"] = chosen?.value ?? "apprenticeship";
}

/** Puts values in the form (the example). */
function fillForm(form: HTMLFormElement, fill: FormFill): void {
  for (const [name, value] of fill.values) {
    const controls = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)];
    for (const control of controls) {
      if (control instanceof HTMLInputElement && (control.type === "checkbox" || control.type === "radio")) {
        control.checked = Array.isArray(value) ? value.includes(control.value) : control.type === "radio" ? control.value === value : value === true;
      } else {
        control.value = typeof value === "string" ? value : "";
        if (control instanceof HTMLSelectElement && control.selectedIndex < 0) control.selectedIndex = 0;
      }
    }
  }
  drawAgreedPay(form, fill.agreedPay);
  showContract(form);
}

/** Opens the browser's calendar for a date box, and writes the day chosen back as JJ/MM/AAAA. */
function openCalendar(button: HTMLButtonElement, library: ContractLibrary): void {
  const box = byId<HTMLInputElement>(button.dataset["for"]!);
  const picker = button.parentElement!.querySelector<HTMLInputElement>("input.picker")!;
  try {
    picker.value = library.toIsoDate(box.value.trim());
  } catch {
    picker.value = "";
  }
  picker.onchange = () => {
    if (picker.value !== "") box.value = frenchDate(picker.value);
    box.focus();
  };
  try {
    picker.showPicker();
  } catch {
    // A browser without showPicker: the date is typed.
    box.focus();
  }
}

/** Wires the page once the library and the document are there. */
function start(): void {
  const form = byId<HTMLFormElement>("contract-form");
  const result = byId<HTMLDivElement>("result");
  if (typeof Alternance === "undefined") {
    result.innerHTML = `<section class="verdict failed"><h2>La bibliothèque n'a pas pu être chargée</h2><p>Le fichier alternance.global.js doit se trouver à côté de cette page.</p></section>`;
    return;
  }
  const library = Alternance;
  showContract(form);
  drawAgreedPay(form, []);

  form.addEventListener("change", (event) => {
    if ((event.target as HTMLInputElement).name === CONTRACT_KIND_FIELD) showContract(form);
  });
  form.addEventListener("input", (event) => {
    if ((event.target as HTMLInputElement).name === AGREED_PAY.from || (event.target as HTMLInputElement).name === AGREED_PAY.amount) {
      for (const button of form.querySelectorAll<HTMLButtonElement>(".remove-row")) button.disabled = false;
    }
  });
  form.addEventListener("click", (event) => {
    const button = (event.target as HTMLElement).closest("button");
    if (!button) return;
    if (button.classList.contains("pick")) openCalendar(button, library);
    else if (button.classList.contains("remove-row")) {
      const rows = agreedPayValues(form);
      rows.splice(Number(button.dataset["row"]), 1);
      drawAgreedPay(form, rows);
      (form.querySelector<HTMLButtonElement>("#add-pay-row") ?? button).focus();
    } else if (button.id === "add-pay-row") {
      const rows = [...agreedPayValues(form), { from: "", amount: "" }];
      drawAgreedPay(form, rows);
      byId<HTMLInputElement>(`f-contract-agreedMonthlyPay-${rows.length - 1}-from`).focus();
    } else if (button.id === "load-example") {
      const example = JSON.parse(byId("example-contract").textContent ?? "{}") as { kind: "apprenticeship"; input: unknown };
      form.reset();
      clearFieldMessages(form);
      fillForm(form, fillOf(example.kind, example.input));
      result.innerHTML = "";
    } else if (button.id === "clear") {
      form.reset();
      clearFieldMessages(form);
      drawAgreedPay(form, []);
      showContract(form);
      result.innerHTML = "";
    } else if (button.id === "print") window.print();
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearFieldMessages(form);
    const rendered = renderOutcome(checkForm(new FormData(form), library), { dataVerifiedUntil: library.dataVerifiedUntil });
    result.innerHTML = rendered.html;
    showFieldMessages(rendered.fieldMessages);
    byId<HTMLElement>("verdict-title").focus();
  });

  result.addEventListener("click", (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>("a.field-link");
    if (!link) return;
    const control = document.getElementById(link.dataset["field"]!);
    if (!control) return;
    event.preventDefault();
    const folded = control.closest("details");
    if (folded) folded.open = true;
    control.scrollIntoView({ block: "center" });
    control.focus();
  });
  form.dataset["ready"] = "true";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
