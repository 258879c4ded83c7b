/**
 * Support for the office page's tests: the form's entries as the browser's `FormData` gives them, built
 * from the values of the controls (src/web/fill.ts), and the contracts the tests check.
 */
import { readFileSync } from "node:fs";
import type { ApprenticeshipContractInput, ProfessionalisationContractInput } from "../../src/index.js";
import { AGREED_PAY, FORM_FIELDS } from "../../src/web/fields.js";
import type { FormFill } from "../../src/web/fill.js";
import type { FormEntries } from "../../src/web/read-form.js";

/**
 * The entries a browser's `FormData` gives for a form holding these values: a text box or a list gives
 * its text (empty included), a checked box `"true"`, an unchecked box nothing, a group of boxes one
 * value per checked box, the agreed pay rows one value per row and column.
 */
export function entriesOf(fill: FormFill): FormEntries {
  const entries = new Map<string, string[]>();
  for (const [name, value] of fill.values) {
    const field = FORM_FIELDS.find((candidate) => candidate.name === name);
    if (typeof value === "boolean") entries.set(name, value ? ["true"] : []);
    else if (Array.isArray(value)) entries.set(name, [...value]);
    else entries.set(name, field?.kind === "choices" ? [] : [value as string]);
  }
  entries.set(AGREED_PAY.from, fill.agreedPay.map((row) => row.from));
  entries.set(AGREED_PAY.amount, fill.agreedPay.map((row) => row.amount));
  return { getAll: (name) => entries.get(name) ?? [] };
}

/** Entries from plain values by control name (a missing name has no entry). */
export function entries(values: Record<string, string | string[]>): FormEntries {
  return { getAll: (name) => (name in values ? [values[name]!].flat() : []) };
}

/** examples/contract-miage.json: the MIAGE Aix-Marseille master in apprenticeship (seed 003). */
export const miage = (): ApprenticeshipContractInput => JSON.parse(readFileSync(new URL("../../examples/contract-miage.json", import.meta.url), "utf8")) as ApprenticeshipContractInput;

/** The MIAGE contract with a 16-year-old apprentice, no legal representative, and 500 € a month agreed. */
export const minorUnderpaid = (): ApprenticeshipContractInput => {
  const contract = miage();
  return { ...contract, apprentice: { birthDate: "2008-10-10" }, contract: { ...contract.contract, agreedMonthlyPay: [{ from: "2025-09-04", amount: 500 }] } };
};

/** A professionalisation contract with every part (seed-like figures: a 23-year-old, one year, a tutor). */
export const cpro = (): ProfessionalisationContractInput => ({
  beneficiary: { birthDate: "2002-08-30", jobSeeker: true },
  employer: { kind: "private", headcount: 40 },
  tutor: { birthDate: "1985-04-02", experienceYears: 6, apprenticesSupervised: 1 },
  training: { qualification: "bac-pro-or-higher", diplomaLevel: 5, trainingStart: "2025-09-04", trainingEnd: "2026-09-04", trainingHours: 350 },
  contract: { contractStart: "2025-09-05", contractEnd: "2026-09-04", weeklyHours: 35, agreedMonthlyPay: [{ from: "2025-09-05", amount: 1500 }] },
});
