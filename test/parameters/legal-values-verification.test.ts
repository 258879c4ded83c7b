/**
 * verificationWarnings: the latest of several dates decides PARAMETERS_NOT_VERIFIED and is named in
 * the message, whatever the order of the dates; none on `dataVerifiedUntil`, one the day after.
 */
import { describe, expect, test } from "vitest";
import { dataVerifiedUntil } from "../../src/index.js";
import { addDays } from "../../src/core/dates.js";
import { verificationWarnings } from "../../src/legal-values/verification.js";

const dayAfter = addDays(dataVerifiedUntil, 1);
const source = "API.md §0 (warnings: PARAMETERS_NOT_VERIFIED when a date is later than dataVerifiedUntil); ARCHITECTURE.md";

const warning = (date: string) => ({
  fr: {
    code: "PARAMETERS_NOT_VERIFIED",
    message: `Le ${date} est postérieur au ${dataVerifiedUntil}, date jusqu'à laquelle les paramètres légaux (SMIC, plafond…) ont été vérifiés : les dernières valeurs connues sont utilisées.`,
    legalBasis: [],
  },
  en: {
    code: "PARAMETERS_NOT_VERIFIED",
    message: `${date} is after ${dataVerifiedUntil}, the date up to which the legal parameters (SMIC, ceiling…) were checked: the last known values are used.`,
    legalBasis: [],
  },
});

describe("verificationWarnings", () => {
  const rows = [
    { name: "no date: no warning", input: [], expected: null, source },
    { name: "dataVerifiedUntil itself: no warning", input: [dataVerifiedUntil], expected: null, source },
    { name: "the day after dataVerifiedUntil: a warning", input: [dayAfter], expected: dayAfter, source },
    { name: "an early date then a late one: the late one is named", input: ["2025-01-01", "2031-01-01"], expected: "2031-01-01", source },
    { name: "a late date then an early one: the late one is named", input: ["2031-01-01", "2025-01-01"], expected: "2031-01-01", source },
    { name: "three late dates, the latest in the middle", input: ["2031-01-01", "2032-05-01", "2030-01-01"], expected: "2032-05-01", source },
    { name: "two verified dates, the later one last", input: ["2024-01-01", dataVerifiedUntil], expected: null, source },
  ];
  test.for(rows)("$name", (row) => {
    for (const locale of ["fr", "en"] as const) {
      expect(verificationWarnings(row.input, locale)).toEqual(row.expected === null ? [] : [warning(row.expected)[locale]]);
    }
  });
});
