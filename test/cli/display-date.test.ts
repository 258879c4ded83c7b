/**
 * `displayDate`, the fast path of the CSV batch's date cells, writes a date exactly as `displayDates`
 * does (the CSV output stays byte for byte what it was).
 */
import { describe, expect, test } from "vitest";
import { displayDate, displayDates } from "../../src/cli/display-date.js";

describe("displayDate", () => {
  // Expected values: the French form JJ/MM/AAAA of docs/cli.md, and displayDates on the same text.
  test.each([
    ["2025-09-01", "fr", "01/09/2025"],
    ["2025-09-01", "en", "2025-09-01"],
    ["2028-02-29", "fr", "29/02/2028"],
    ["", "fr", ""],
    ["du 2025-09-01 au 2026-08-31", "fr", "du 01/09/2025 au 31/08/2026"],
    ["12025-09-01", "fr", "12025-09-01"],
  ] as const)("%s (%s) → %s, as displayDates", (text, locale, expected) => {
    expect(displayDate(text, locale)).toBe(expected);
    expect(displayDate(text, locale)).toBe(displayDates(text, locale));
  });
});
