/**
 * The office page's HTML without a browser: the answer (render.ts) for each outcome, word for word where
 * it matters (verdict, rule, field, dates, amounts), and the document (page-html.ts, html.ts): every
 * control labelled, every id unique, every description there, the example embedded, no network allowed.
 */
import { describe, expect, test } from "vitest";
import { checkApprenticeshipContract, checkProfessionalisationContract, dataVerifiedUntil } from "../../src/index.js";
import * as library from "../../src/index.js";
import { checkForm, type AnyContractResult, type Outcome } from "../../src/web/check.js";
import { FORM_FIELDS, fieldId } from "../../src/web/fields.js";
import { fillOf } from "../../src/web/fill.js";
import { agreedPayRowHtml } from "../../src/web/html.js";
import { pageHtml } from "../../src/web/page-html.js";
import { escapeHtml, frenchDate, frenchDates, renderOutcome } from "../../src/web/render.js";
import type { ReadForm } from "../../src/web/read-form.js";
import { cpro, entries, entriesOf, miage, minorUnderpaid } from "./support.js";

const context = { dataVerifiedUntil };
const read = (kind: "apprenticeship" | "professionalisation" = "apprenticeship"): ReadForm => ({ kind, input: {}, errors: [], agreedPayRows: [0, 1] });
const checked = (result: AnyContractResult, kind: "apprenticeship" | "professionalisation" = "apprenticeship"): Outcome => ({ status: "checked", read: read(kind), result });
/** The text of an HTML fragment, tags removed, entities of escapeHtml undone, spaces collapsed. */
const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
/** The rows of the table of a class, each as its cells' texts. */
const rowsOf = (html: string, className: string): string[][] => {
  const table = new RegExp(`<table class="${className}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? "";
  const body = /<tbody>([\s\S]*)<\/tbody>/.exec(table)?.[1] ?? "";
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1]!)));
};

describe("texts", () => {
  test.for([
    { text: "a < b & \"c\" 'd' > e", expected: "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e" },
    { text: "<script>alert(1)</script>", expected: "&lt;script&gt;alert(1)&lt;/script&gt;" },
  ])("escapeHtml($text)", ({ text, expected }) => {
    expect(escapeHtml(text)).toBe(expected);
  });

  test("dates JJ/MM/AAAA, in a date and in a message", () => {
    expect(frenchDate("2025-09-04")).toBe("04/09/2025");
    expect(frenchDates("du 2025-09-04 au 2027-09-03, pas 12025-09-04")).toBe("du 04/09/2025 au 03/09/2027, pas 12025-09-04");
  });
});

describe("the answer", () => {
  test("the MIAGE example: valid, the warning, the key dates, the sections, the schedule period by period, the agreed pay", () => {
    const result = checkApprenticeshipContract({ ...miage(), explain: true });
    const { html, fieldMessages } = renderOutcome(checked(result), context);
    expect(fieldMessages).toEqual([]);
    expect(textOf(/<section class="verdict[\s\S]*?<\/section>/.exec(html)![0])).toBe(
      `✓ Contrat conforme Contrat d'apprentissage vérifié règle par règle par la bibliothèque alternance, dans ce navigateur (données légales vérifiées jusqu'au ${frenchDate(dataVerifiedUntil)}).`,
    );
    expect(html).not.toContain('class="violations"');
    expect(textOf(/<section class="warnings"[\s\S]*?<\/section>/.exec(html)![0])).toBe(`Avertissements ${frenchDates(result.warnings[0]!.message)}`);
    expect(textOf(/<section class="facts"[\s\S]*?<\/section>/.exec(html)![0])).toBe(
      "Repères Début du contrat possible du 01/06/2025 au 01/12/2025 Fin du contrat possible du 03/09/2027 au 03/11/2027 Durée du contrat 24 mois " +
        "Transmission du contrat pour dépôt, au plus tard le 10/09/2025 Début de la formation pratique, au plus tard le 04/12/2025 " +
        "Heures de formation au moins 803,5 h sur 3\u202f214 h de contrat Tuteur 45 ans au début, 1 an d'expérience requis, 2 encadré(s) sur 2 au plus",
    );
    expect(html).toContain('<li class="info"><span class="mark" aria-hidden="true">•</span> Transmission du contrat : au plus tard le 10/09/2025</li>');
    expect(html).toContain('<li class="valid"><span class="mark" aria-hidden="true">✓</span> Éligibilité : conforme</li>');
    const schedule = rowsOf(html, "schedule");
    expect(schedule.map((row) => row.slice(0, 6))).toEqual([
      ["04/09/2025", "31/12/2025", "1re année", "21 à 25 ans", "53 % du SMIC", "954,95 €"],
      ["01/01/2026", "31/05/2026", "1re année", "21 à 25 ans", "53 % du SMIC", "966,21 €"],
      ["01/06/2026", "03/09/2026", "1re année", "21 à 25 ans", "53 % du SMIC", "989,52 €"],
      ["04/09/2026", "03/09/2027", "2e année", "21 à 25 ans", "61 % du SMIC", "1\u202f138,88 €"],
    ]);
    expect(rowsOf(html, "comparisons")).toEqual([
      ["1", "04/09/2025", "31/12/2025", "1\u202f000,00 €", "954,95 €", "—", "oui"],
      ["1", "01/01/2026", "31/05/2026", "1\u202f000,00 €", "966,21 €", "—", "oui"],
      ["1", "01/06/2026", "03/09/2026", "1\u202f000,00 €", "989,52 €", "—", "oui"],
      ["2", "04/09/2026", "03/09/2027", "1\u202f150,00 €", "1\u202f138,88 €", "—", "oui"],
    ]);
  });

  test("rules not met: each with its message (dates JJ/MM/AAAA), its articles, a link to its field, and beside the field", () => {
    const outcome = checkForm(entriesOf(fillOf("apprenticeship", minorUnderpaid())), library);
    const { html, fieldMessages } = renderOutcome(outcome, context);
    expect(textOf(/<h2[\s\S]*?<\/h2>/.exec(html)![0])).toBe("✗ Contrat non conforme : 4 règles non respectées");
    const items = [...html.matchAll(/<li data-code="([A-Z_]+)" data-field="([^"]+)">([\s\S]*?)<\/li>/g)].map((match) => [match[1], match[2], textOf(match[3]!)]);
    expect(items).toEqual([
      [
        "PAY_BELOW_MINIMUM",
        "f-contract-agreedMonthlyPay-0-amount",
        "Rémunération convenue n° 1 (du 04/09/2025 au 03/09/2027) : 500,00 € par mois, inférieure au minimum de 504,09 € dû du 01/06/2026 au 03/09/2026 " +
          "Base légale : C. trav. art. R6222-4 ; C. trav. art. D6222-26 Champ : Rémunération convenue, période n° 1 : salaire brut mensuel",
      ],
      [
        "PAY_BELOW_MINIMUM",
        "f-contract-agreedMonthlyPay-0-amount",
        "Rémunération convenue n° 1 (du 04/09/2025 au 03/09/2027) : 500,00 € par mois, inférieure au minimum de 728,14 € dû du 04/09/2026 au 31/10/2026 " +
          "Base légale : C. trav. art. R6222-4 ; C. trav. art. D6222-26 Champ : Rémunération convenue, période n° 1 : salaire brut mensuel",
      ],
      [
        "PAY_BELOW_MINIMUM",
        "f-contract-agreedMonthlyPay-0-amount",
        "Rémunération convenue n° 1 (du 04/09/2025 au 03/09/2027) : 500,00 € par mois, inférieure au minimum de 952,18 € dû du 01/11/2026 au 03/09/2027 " +
          "Base légale : C. trav. art. R6222-4 ; C. trav. art. D6222-26 Champ : Rémunération convenue, période n° 1 : salaire brut mensuel",
      ],
      [
        "LEGAL_REPRESENTATIVE_MISSING",
        "f-person-legalRepresentative",
        "Mineur (16 ans) à la conclusion du contrat (15/07/2025) : le contrat doit être signé aussi par son représentant légal (mineur non émancipé) " +
          "Base légale : C. trav. art. R6222-2 ; C. civ. art. 1146 Champ : Un représentant légal signe aussi le contrat",
      ],
    ]);
    expect(html).toContain('<a class="field-link" href="#f-person-legalRepresentative" data-field="f-person-legalRepresentative">');
    expect(fieldMessages.map((message) => message.fieldId)).toEqual([...Array(3).fill("f-contract-agreedMonthlyPay-0-amount"), "f-person-legalRepresentative"]);
    expect(fieldMessages[3]!.message).toBe("Mineur (16 ans) à la conclusion du contrat (15/07/2025) : le contrat doit être signé aussi par son représentant légal (mineur non émancipé)");
    expect(rowsOf(html, "comparisons").map((row) => row.slice(3))).toContainEqual(["500,00 €", "952,18 €", "452,18 €", "non"]);
    expect(html).toContain('<li class="invalid"><span class="mark" aria-hidden="true">✗</span> Représentant légal : non conforme (LEGAL_REPRESENTATIVE_MISSING)</li>');
  });

  test("one rule not met, a rule without a field, a warning with a field, and the messages escaped", () => {
    const result = checkApprenticeshipContract({ ...miage(), explain: true });
    const fake: AnyContractResult = {
      ...result,
      valid: false,
      violations: [{ code: "X", message: "<b>sans champ</b>", legalBasis: [] }],
      warnings: [{ code: "W", message: "un avertissement", legalBasis: ["Texte"], field: "contract.weeklyHours" }],
    };
    const { html, fieldMessages } = renderOutcome(checked(fake), context);
    expect(html).toContain("Contrat non conforme : 1 règle non respectée");
    expect(html).toContain('<li data-code="X"><p class="message">&lt;b&gt;sans champ&lt;/b&gt;</p></li>');
    expect(html).toContain('<li data-code="W" data-field="f-contract-weeklyHours"><p class="message">un avertissement</p><p class="meta"><span class="basis">');
    expect(fieldMessages).toEqual([]);
  });

  test("without training dates, hours or tutor (professionalisation): only the deadline, no practical training", () => {
    const contract = cpro();
    const result = checkProfessionalisationContract({ ...contract, tutor: undefined, training: { qualification: "bac-pro-or-higher" }, contract: { contractStart: "2025-09-05", contractEnd: "2026-09-04" }, explain: true });
    const { html } = renderOutcome(checked(result, "professionalisation"), context);
    expect(textOf(/<section class="facts"[\s\S]*?<\/section>/.exec(html)![0])).toBe("Repères Transmission du contrat pour dépôt, au plus tard le 10/09/2025");
    expect(html).toContain("Contrat de professionnalisation vérifié règle par règle");
    expect(html).toContain('<li class="unchecked"><span class="mark" aria-hidden="true">–</span> Dates du contrat : non vérifié (données non fournies)</li>');
    expect(html).not.toContain('class="comparisons"');
  });

  test.for([
    { name: "both bounds", start: { earliest: "2025-06-01", latest: "2025-12-01" }, expected: "du 01/06/2025 au 01/12/2025" },
    { name: "earliest only", start: { earliest: "2025-06-01", latest: null }, expected: "à partir du 01/06/2025" },
    { name: "latest only", start: { earliest: null, latest: "2025-12-01" }, expected: "jusqu'au 01/12/2025" },
    { name: "none", start: { earliest: null, latest: null }, expected: "sans limite" },
  ])("a date window: $name; a duration in months and days, or none", ({ start, expected }) => {
    const result = checkApprenticeshipContract({ ...miage(), explain: true });
    const dates = result.sections.dates!;
    const withDays = { ...result, sections: { ...result.sections, dates: { ...dates, windows: { ...dates.windows, start }, duration: { months: 24, days: 1 } } } };
    expect(renderOutcome(checked(withDays), context).html).toContain(`<dt>Début du contrat possible</dt><dd>${escapeHtml(expected)}</dd>`);
    expect(renderOutcome(checked(withDays), context).html).toContain("<dd>24 mois et 1 jour</dd>");
    const noDuration = { ...result, sections: { ...result.sections, dates: { ...dates, duration: null } } };
    expect(renderOutcome(checked(noDuration), context).html).not.toContain("Durée du contrat");
  });

  test("training hours with a maximum", () => {
    const result = checkProfessionalisationContract({ ...cpro(), explain: true });
    expect(renderOutcome(checked(result, "professionalisation"), context).html).toContain("<dt>Heures de formation</dt><dd>au moins 241,05 h, au plus 401,75 h sur 1\u202f607 h de contrat</dd>");
  });

  test("the net column and the totals, when the library gives them (net-pay), « — » where the net is not covered", () => {
    const result = checkApprenticeshipContract({ ...miage(), explain: true });
    const schedule = result.sections.pay.schedule;
    const withNet = {
      ...result,
      sections: {
        ...result.sections,
        pay: {
          ...result.sections.pay,
          schedule: {
            ...schedule,
            periods: schedule.periods.map((period, index) => ({ ...period, netMonthlyMinimum: index === 0 ? null : period.monthlyMinimum })),
            totals: {
              byContractYear: [
                { contractYear: 1, from: "2025-09-04", to: "2026-09-03", gross: 11633.7, net: null },
                { contractYear: 2, from: "2026-09-04", to: "2027-09-03", gross: 13666.56, net: 13666.56 },
              ],
              gross: 25300.26,
              net: null,
            },
          },
        },
      },
    } as AnyContractResult;
    const { html } = renderOutcome(checked(withNet), context);
    expect(html).toContain('<th scope="col">Minimum net mensuel</th>');
    expect(rowsOf(html, "schedule").map((row) => row.slice(5))).toEqual([
      ["954,95 €", "—"],
      ["966,21 €", "966,21 €"],
      ["989,52 €", "989,52 €"],
      ["1\u202f138,88 €", "1\u202f138,88 €"],
    ]);
    expect(rowsOf(html, "totals")).toEqual([
      ["1re année (du 04/09/2025 au 03/09/2026)", "11\u202f633,70 €", "—"],
      ["2e année (du 04/09/2026 au 03/09/2027)", "13\u202f666,56 €", "13\u202f666,56 €"],
      ["Tout le contrat", "25\u202f300,26 €", "—"],
    ]);
  });

  test.for([
    {
      name: "two fields, one the form has no field for",
      errors: [
        { path: "contract.contractEnd", fieldId: "f-contract-contractEnd", message: "champ obligatoire manquant" },
        { path: "locale", message: "du 2025-01-01" },
      ],
      title: "Formulaire à corriger : 2 champs",
      hint: "corrigez ces champs",
      items: ['<li><a class="field-link" href="#f-contract-contractEnd" data-field="f-contract-contractEnd">Fin du contrat</a> : champ obligatoire manquant</li>', "<li>du 01/01/2025</li>"],
    },
    {
      name: "one agreed pay date",
      errors: [{ path: "contract.agreedMonthlyPay[0].from", fieldId: "f-contract-agreedMonthlyPay-1-from", message: "Date invalide" }],
      title: "Formulaire à corriger : 1 champ",
      hint: "corrigez ce champ",
      items: ['<li><a class="field-link" href="#f-contract-agreedMonthlyPay-1-from" data-field="f-contract-agreedMonthlyPay-1-from">Rémunération convenue, période n° 2 : à partir du</a> : Date invalide</li>'],
    },
  ])("fields to correct: $name", ({ errors, title, hint, items }) => {
    const { html, fieldMessages } = renderOutcome({ status: "input-errors", read: read(), errors }, context);
    expect(html).toContain(`<h2 id="verdict-title" tabindex="-1">${title}</h2>`);
    expect(html).toContain(hint);
    for (const item of items) expect(html).toContain(item);
    expect(fieldMessages).toEqual(errors.filter((error) => "fieldId" in error));
  });

  test("an internal error: its message, escaped, nothing checked", () => {
    const { html, fieldMessages } = renderOutcome({ status: "internal-error", read: read(), message: "<oops>" }, context);
    expect(textOf(html)).toBe("Erreur interne de la bibliothèque <oops> Rien n'a été vérifié. Merci de signaler cette erreur avec les données saisies (sans les dates de naissance).");
    expect(fieldMessages).toEqual([]);
  });

  test("an empty form: every required field named", () => {
    const { html } = renderOutcome(checkForm(entries({}), library), context);
    expect(html).toContain("Formulaire à corriger : 3 champs");
    for (const id of ["f-person-birthDate", "f-contract-contractStart", "f-contract-contractEnd"]) expect(html).toContain(`href="#${id}"`);
  });
});

describe("the document", () => {
  const html = pageHtml({ version: "9.9.9", example: { kind: "apprenticeship", name: "MIAGE <Aix>", input: miage() } });
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);

  test("every id is unique; every control is labelled; every description exists", () => {
    expect(new Set(ids).size).toBe(ids.length);
    const labelled = new Set([...html.matchAll(/<label[^>]* for="([^"]+)"/g)].map((match) => match[1]));
    const controls = [...html.matchAll(/<(input|select)\b([^>]*)>/g)].map((match) => match[2]!);
    expect(controls.length).toBeGreaterThan(50);
    for (const control of controls) {
      const id = /\sid="([^"]+)"/.exec(control)?.[1];
      const hidden = control.includes('aria-hidden="true"') && control.includes('tabindex="-1"');
      expect(hidden || (id !== undefined && labelled.has(id)), control).toBe(true);
    }
    for (const [, list] of html.matchAll(/aria-describedby="([^"]+)"/g)) for (const id of list!.split(" ")) expect(ids, id).toContain(id);
    for (const field of FORM_FIELDS) expect(ids).toContain(fieldId(field.name));
  });

  test("the required fields are marked, the contract chosen first is the apprenticeship", () => {
    expect([...html.matchAll(/<label for="([^"]+)">[^<]*(?:<span[^>]*>[^<]*<\/span>)*[^<]*<span class="required">\(obligatoire\)<\/span>/g)].map((match) => match[1])).toEqual(
      FORM_FIELDS.filter((field) => field.required).map((field) => fieldId(field.name)),
    );
    expect(html).toContain('<input type="radio" id="kind-apprenticeship" name="contractKind" value="apprenticeship" checked>');
    expect(html).toContain('<form id="contract-form" data-contract="apprenticeship" novalidate>');
  });

  test("the example, the version, the files it loads, and no network", () => {
    const example = JSON.parse(/<script type="application\/json" id="example-contract">([\s\S]*?)<\/script>/.exec(html)![1]!) as { input: unknown; name: string };
    expect(example).toEqual({ kind: "apprenticeship", name: "MIAGE <Aix>", input: miage() });
    expect(html).toContain("Charger l'exemple : MIAGE &lt;Aix&gt;");
    expect(html).toContain("alternance 9.9.9");
    expect([...html.matchAll(/(?:src|href)="([^"#]+)"/g)].map((match) => match[1])).toEqual(["data:,", "office.css", "alternance.global.js", "office.js"]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' file:; style-src 'self' file:; img-src 'self' data:; form-action 'none'; base-uri 'none'">`);
    expect(html).toContain('<div id="result" class="result" aria-live="polite" tabindex="-1"></div>');
  });

  test("an agreed pay row: its number, its controls and their labels", () => {
    const row = agreedPayRowHtml(2);
    expect(textOf(row)).toBe("n° 3 Période n° 3 : à partir du Période n° 3 : salaire brut mensuel en euros € Retirer");
    expect(row).toContain('<input type="text" id="f-contract-agreedMonthlyPay-2-from" name="contract.agreedMonthlyPay.from"');
    expect(row).toContain('<input type="text" id="f-contract-agreedMonthlyPay-2-amount" name="contract.agreedMonthlyPay.amount"');
    expect(row).toContain('aria-label="Retirer la période n° 3"');
  });
});
