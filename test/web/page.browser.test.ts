/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (the callbacks of page.evaluate run in the browser)
/**
 * The office page in Debian's headless Chromium (playwright-core; nothing downloads a browser), built as
 * users get it (dist/web/): opened from the disk (file://) and served by `alternance serve` on
 * 127.0.0.1. A contract is typed in the form as a person would (dates JJ/MM/AAAA, French numbers), the
 * verdict, the rules not met, the warnings and the pay schedule are read from the page and compared with
 * the library's result for the same input, computed here in Node. A contract with violations shows each
 * one beside its field. Also: the keyboard, the calendar button, the agreed pay rows, the example, the
 * professionalisation contract, a phone's width, print, and no network access.
 *
 * Without Chromium: fails in CI, skipped with a warning elsewhere (test/support/external-tool.ts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHROMIUM_PATH, launchChromium, type RunningChromium } from "../../scripts/chromium.js";
import { buildWeb } from "../../scripts/web.js";
import { runServe } from "../../src/cli/serve/command.js";
import { readWebPages } from "../../src/cli/serve/pages.js";
import { checkApprenticeshipContract, checkProfessionalisationContract, type ApprenticeshipContractInput, type ProfessionalisationContractInput } from "../../src/index.js";
import { AGREED_PAY, FORM_FIELDS, agreedPayId, fieldId, type ContractKind } from "../../src/web/fields.js";
import { fillOf } from "../../src/web/fill.js";
import { frenchDates } from "../../src/web/render.js";
import { externalTool } from "../support/external-tool.js";
import { announcedPort, memoryIo, OPENAPI_STUB } from "../cli/serve/support.js";
import { cpro, miage, minorUnderpaid } from "./support.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const web = join(root, "dist/web");
const PAGE_FILES = ["index.html", "office.css", "alternance.global.js", "office.js"];

const chromiumFound = externalTool({
  name: "Chromium",
  found: existsSync(CHROMIUM_PATH),
  install: "sudo apt-get install chromium",
  hint: "or set CHROMIUM to a Chromium binary",
  tests: "the office page's browser tests (test/web/page.browser.test.ts)",
});

let chromium: RunningChromium;
let server: { url: string; stop: () => Promise<void> };

/** `alternance serve` (its command, in this process) on a free port of 127.0.0.1, with the page of dist/web/. */
async function serve(): Promise<{ url: string; stop: () => Promise<void> }> {
  const memory = memoryIo();
  let stop!: () => void;
  const running = runServe(["--port", "0", "--quiet"], memory.io, "fr", {
    version: "test",
    openApi: () => OPENAPI_STUB,
    pages: () => readWebPages(pathToFileURL(`${web}/`)),
    stop: new Promise<void>((resolve) => (stop = resolve)),
  });
  const url = `http://127.0.0.1:${await announcedPort(memory.stderr)}`;
  expect(memory.stderr()).toContain("et page du bureau");
  return { url, stop: async () => (stop(), void (await running)) };
}

/** A page of the browser that records what it asks the network for and what goes wrong in it. */
async function openPage(url: string, viewport = { width: 1100, height: 900 }): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await chromium.context.newPage();
  await page.setViewportSize(viewport);
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(url);
  await page.waitForSelector("form[data-ready='true']");
  return { page, requests, problems };
}

/** Types a contract in the form as a person would: the contract, each field, the agreed pay rows. */
async function typeContract(page: Page, kind: ContractKind, input: unknown): Promise<void> {
  const fill = fillOf(kind, input);
  await page.check(`#kind-${kind}`);
  for (const field of FORM_FIELDS) {
    if (field.paths[kind] === undefined) continue;
    const value = fill.values.get(field.name);
    const selector = `#${fieldId(field.name)}`;
    if (field.kind === "boolean") {
      if (value === true) await page.check(selector);
    } else if (field.kind === "choices") {
      for (const option of value as string[]) await page.check(`input[name="${field.name}"][value="${option}"]`);
    } else if (field.kind === "choice") {
      if (value !== "") await page.selectOption(selector, value as string);
    } else if (value !== "") {
      await page.click(selector);
      await page.keyboard.type(value as string);
    }
  }
  for (const [row, period] of fill.agreedPay.entries()) {
    if (row > 0) await page.click("#add-pay-row");
    await page.fill(`#${agreedPayId(row, "from")}`, period.from);
    await page.fill(`#${agreedPayId(row, "amount")}`, period.amount);
  }
}

/** What the page shows after a check. */
interface Shown {
  verdict: string;
  violations: { code: string; field: string | null; message: string; basis: string }[];
  warnings: string[];
  schedule: string[][];
  totals: string[][];
}

async function shown(page: Page): Promise<Shown> {
  await page.waitForSelector("#verdict-title");
  return page.evaluate(() => {
    const text = (element: Element | null) => (element?.textContent ?? "").replace(/[ \n\t]+/g, " ").trim();
    const rows = (selector: string) => [...document.querySelectorAll(`${selector} tbody tr`)].map((row) => [...row.children].map((cell) => text(cell)));
    return {
      verdict: text(document.querySelector("#verdict-title")),
      violations: [...document.querySelectorAll(".violations li")].map((item) => ({
        code: item.getAttribute("data-code") ?? "",
        field: item.getAttribute("data-field"),
        message: text(item.querySelector(".message")),
        basis: text(item.querySelector(".basis")),
      })),
      warnings: [...document.querySelectorAll(".warnings li .message")].map((item) => text(item)),
      schedule: rows("table.schedule"),
      totals: rows("table.totals"),
    };
  });
}

/** An amount as the page shows it (`1 138,88 €`), as a number. */
const euros = (text: string): number | null => (text === "—" ? null : Number(text.replace(/[\s\u202f€]/g, "").replace(",", ".")));
/** A date as the page shows it (`04/09/2025`), as `2025-09-04`. */
const iso = (text: string): string => `${text.slice(6, 10)}-${text.slice(3, 5)}-${text.slice(0, 2)}`;

type AnyResult = ReturnType<typeof checkApprenticeshipContract> | ReturnType<typeof checkProfessionalisationContract>;

/** The page's answer against the library's result for the same input. */
function expectSameAsLibrary(page: Shown, result: AnyResult): void {
  expect(page.verdict).toBe(result.valid ? "✓ Contrat conforme" : `✗ Contrat non conforme : ${result.violations.length} règle${result.violations.length > 1 ? "s non respectées" : " non respectée"}`);
  expect(page.violations.map(({ code, message, basis }) => ({ code, message, basis }))).toEqual(
    result.violations.map((violation) => ({ code: violation.code, message: frenchDates(violation.message), basis: violation.legalBasis.length > 0 ? `Base légale : ${violation.legalBasis.join(" ; ")}` : "" })),
  );
  expect(page.warnings).toEqual(result.warnings.map((warning) => frenchDates(warning.message)));
  const periods = result.sections.pay.schedule.periods as (AnyResult["sections"]["pay"]["schedule"]["periods"][number] & { netMonthlyMinimum?: number | null })[];
  expect(page.schedule.map((row) => ({ from: iso(row[0]!), to: iso(row[1]!), ratePercent: Number(row[4]!.split(" ")[0]!.replace(",", ".")), monthlyMinimum: euros(row[5]!) }))).toEqual(
    periods.map((period) => ({ from: period.from, to: period.to, ratePercent: period.ratePercent, monthlyMinimum: period.monthlyMinimum })),
  );
  const withNet = periods.some((period) => "netMonthlyMinimum" in period);
  expect(page.schedule.map((row) => row.length)).toEqual(periods.map(() => (withNet ? 7 : 6)));
  if (withNet) expect(page.schedule.map((row) => euros(row[6]!))).toEqual(periods.map((period) => period.netMonthlyMinimum));
  const totals = (result.sections.pay.schedule as { totals?: { byContractYear: { gross: number; net: number | null }[]; gross: number; net: number | null } }).totals;
  expect(page.totals.map((row) => [euros(row[1]!), euros(row[2]!)])).toEqual(totals ? [...totals.byContractYear, totals].map((line) => [line.gross, line.net]) : []);
}

describe.runIf(chromiumFound)("the office page in Chromium", () => {
  beforeAll(async () => {
    await buildWeb(web);
    chromium = await launchChromium();
    server = await serve();
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await chromium?.close();
  });

  test("from the disk: the MIAGE contract typed in, Enter: the library's verdict, warning and schedule; nothing asked of the network", async () => {
    const { page, requests, problems } = await openPage(pathToFileURL(join(web, "index.html")).href);
    await typeContract(page, "apprenticeship", miage());
    await page.press("#f-contract-contractEnd", "Enter");
    const answer = await shown(page);
    expectSameAsLibrary(answer, checkApprenticeshipContract({ ...miage(), explain: true }));
    expect(answer.verdict).toBe("✓ Contrat conforme");
    expect(answer.schedule.map((row) => row[5])).toEqual(["954,95 €", "966,21 €", "989,52 €", "1\u202f138,88 €"]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("verdict-title");
    expect(await page.getAttribute("#result", "aria-live")).toBe("polite");
    expect(requests.map((url) => url.split("/").at(-1))).toEqual(PAGE_FILES);
    expect(requests.every((url) => url.startsWith("file://"))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  test("a minor without legal representative, paid below the minimum: every rule not met, with its article, beside its field", async () => {
    const { page, problems } = await openPage(pathToFileURL(join(web, "index.html")).href);
    await typeContract(page, "apprenticeship", minorUnderpaid());
    await page.click("#check");
    const answer = await shown(page);
    const result = checkApprenticeshipContract({ ...minorUnderpaid(), explain: true });
    expectSameAsLibrary(answer, result);
    expect(answer.violations.map((violation) => [violation.code, violation.field])).toEqual([
      ["PAY_BELOW_MINIMUM", agreedPayId(0, "amount")],
      ["PAY_BELOW_MINIMUM", agreedPayId(0, "amount")],
      ["PAY_BELOW_MINIMUM", agreedPayId(0, "amount")],
      ["LEGAL_REPRESENTATIVE_MISSING", "f-person-legalRepresentative"],
    ]);
    const beside = async (id: string) =>
      page.evaluate((control) => {
        const element = document.getElementById(control)!;
        const line = document.getElementById(`${control}-error`)!;
        return { invalid: element.getAttribute("aria-invalid"), describedBy: element.getAttribute("aria-describedby"), hidden: line.hidden, messages: [...line.querySelectorAll("p")].map((paragraph) => paragraph.textContent) };
      }, id);
    const representative = await beside("f-person-legalRepresentative");
    expect(representative).toMatchObject({ invalid: "true", hidden: false, messages: [frenchDates(result.violations[3]!.message)] });
    expect(representative.describedBy).toContain("f-person-legalRepresentative-error");
    const pay = await beside(agreedPayId(0, "amount"));
    expect(pay).toMatchObject({ invalid: "true", hidden: false, messages: result.violations.slice(0, 3).map((violation) => frenchDates(violation.message)) });
    expect(await page.locator("#f-person-legalRepresentative-field").evaluate((element) => element.classList.contains("invalid"))).toBe(true);
    expect(await beside("f-person-birthDate")).toMatchObject({ invalid: null, hidden: true });
    // The link of a rule takes the keyboard to its field.
    await page.click('.violations a[data-field="f-person-legalRepresentative"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-person-legalRepresentative");
    // Corrected: checked again, the marks go.
    await page.check("#f-person-legalRepresentative");
    await page.fill(`#${agreedPayId(0, "amount")}`, "1 200");
    await page.click("#check");
    await page.waitForFunction(() => document.querySelector("#verdict-title")?.textContent?.includes("Contrat conforme"));
    expect(await beside("f-person-legalRepresentative")).toMatchObject({ invalid: null, hidden: true, messages: [] });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  test("a date that does not exist: the form to correct, the message beside the field, nothing checked", async () => {
    const { page } = await openPage(pathToFileURL(join(web, "index.html")).href);
    await typeContract(page, "apprenticeship", miage());
    await page.fill("#f-contract-contractEnd", "31/02/2027");
    await page.fill("#f-tutor-experienceYears", "huit");
    await page.click("#check");
    await page.waitForSelector("#verdict-title");
    expect(await page.textContent("#verdict-title")).toBe("Formulaire à corriger : 2 champs");
    expect(await page.locator(".input-errors li").allTextContents()).toEqual([
      "Années d'expérience professionnelle en rapport avec la qualification préparée : Nombre attendu, par exemple 35 ou 1 000,50 : « huit » n'en est pas un.",
      "Fin du contrat : Date invalide « 31/02/2027 » : tapez une date réelle au format JJ/MM/AAAA, par exemple 04/09/2025.",
    ]);
    expect(await page.getAttribute("#f-contract-contractEnd", "aria-invalid")).toBe("true");
    expect(await page.isVisible("#f-contract-contractEnd-error")).toBe(true);
    expect(await page.textContent("#f-contract-contractEnd-error")).toBe("Date invalide « 31/02/2027 » : tapez une date réelle au format JJ/MM/AAAA, par exemple 04/09/2025.");
    expect(await page.getAttribute("#f-tutor-experienceYears", "aria-invalid")).toBe("true");
    expect(await page.isVisible(".schedule")).toBe(false);
    await page.close();
  }, 60_000);

  test("a professionalisation contract: its own fields and words, and the library's answer", async () => {
    const { page, problems } = await openPage(pathToFileURL(join(web, "index.html")).href);
    expect(await page.isVisible("#f-apprentice-exceptions")).toBe(true);
    expect(await page.isVisible("#f-employer-kind")).toBe(false);
    await typeContract(page, "professionalisation", cpro());
    expect(await page.isVisible("#f-apprentice-exceptions")).toBe(false);
    expect(await page.isVisible("#f-employer-kind")).toBe(true);
    expect(await page.locator("#section-tutor > legend").innerText()).toBe("Le tuteur");
    await page.click("#check");
    const answer = await shown(page);
    expectSameAsLibrary(answer, checkProfessionalisationContract({ ...(cpro() as ProfessionalisationContractInput), explain: true }));
    expect(answer.verdict).toBe("✓ Contrat conforme");
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  test("served by alternance serve: the example loaded by its button, checked, and only the page's files asked for", async () => {
    const { page, requests, problems } = await openPage(`${server.url}/`);
    await page.click("#load-example");
    expect(await page.inputValue("#f-person-birthDate")).toBe("10/03/2004");
    expect(await page.inputValue("#f-training-policy")).toBe("miageAixMarseille");
    expect(await page.inputValue(`#${agreedPayId(1, "amount")}`)).toBe("1150");
    await page.click("#check");
    expectSameAsLibrary(await shown(page), checkApprenticeshipContract({ ...(miage() as ApprenticeshipContractInput), explain: true }));
    expect(requests).toEqual(["/", "/office.css", "/alternance.global.js", "/office.js"].map((path) => `${server.url}${path}`));
    expect(problems).toEqual([]);
    // Everything cleared.
    await page.click("#clear");
    expect([await page.inputValue("#f-person-birthDate"), await page.innerHTML("#result"), await page.locator(".agreed-row").count()]).toEqual(["", "", 1]);
    await page.close();
  }, 60_000);

  test("the agreed pay rows: added, removed, numbered in order, their values kept", async () => {
    const { page } = await openPage(pathToFileURL(join(web, "index.html")).href);
    expect(await page.isDisabled(".remove-row")).toBe(true);
    await page.fill(`#${agreedPayId(0, "from")}`, "04/09/2025");
    await page.click("#add-pay-row");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(agreedPayId(1, "from"));
    await page.keyboard.type("04/09/2026");
    await page.click("#add-pay-row");
    await page.fill(`#${agreedPayId(2, "from")}`, "04/09/2027");
    await page.click('.remove-row[data-row="1"]');
    const rows = await page.locator(".agreed-row").evaluateAll((rows) => rows.map((row) => [row.querySelector("th")!.textContent, (row.querySelector(`input[name="contract.agreedMonthlyPay.from"]`) as HTMLInputElement).value, row.querySelector("input")!.id]));
    expect(rows).toEqual([
      ["n° 1", "04/09/2025", agreedPayId(0, "from")],
      ["n° 2", "04/09/2027", agreedPayId(1, "from")],
    ]);
    expect(AGREED_PAY.from).toBe("contract.agreedMonthlyPay.from");
    await page.close();
  }, 60_000);

  test("the calendar button: the day chosen is written JJ/MM/AAAA in the box", async () => {
    const { page } = await openPage(pathToFileURL(join(web, "index.html")).href);
    await page.fill("#f-contract-contractStart", "04/09/2025");
    await page.click('button.pick[data-for="f-contract-contractStart"]');
    expect(await page.inputValue('input.picker[data-for="f-contract-contractStart"]')).toBe("2025-09-04");
    await page.evaluate(() => {
      const picker = document.querySelector<HTMLInputElement>('input.picker[data-for="f-contract-contractStart"]')!;
      picker.value = "2025-10-01";
      picker.dispatchEvent(new Event("change"));
    });
    expect(await page.inputValue("#f-contract-contractStart")).toBe("01/10/2025");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-contract-contractStart");
    expect(await page.getAttribute('button.pick[data-for="f-contract-contractStart"]', "aria-label")).toBe("Choisir dans un calendrier : Début du contrat");
    await page.close();
  }, 60_000);

  test("on a phone (390 px): nothing wider than the screen, the tables scroll in their box; printed: no buttons", async () => {
    const { page } = await openPage(pathToFileURL(join(web, "index.html")).href, { width: 390, height: 844 });
    await page.click("#load-example");
    await page.click("#check");
    await page.waitForSelector("#verdict-title");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible("#check")).toBe(false);
    expect(await page.isVisible(".schedule")).toBe(true);
    await page.close();
  }, 60_000);
});
