import { expect, test } from "vitest";
import { defineRule, explainStep, explanationWhen, violationOf } from "../../src/core/explain.js";
import { formatEuros, formatNumber } from "../../src/core/format.js";

const rule = defineRule<{ age: number }>({
  id: "test.age.maximum",
  code: "AGE_ABOVE_MAXIMUM",
  legalBasis: ["C. trav. art. L6222-1"],
  title: { fr: "29 ans révolus au plus", en: "At most 29" },
  message: { fr: (v) => `${v.age} ans`, en: (v) => `aged ${v.age}` },
});
const plain = defineRule({ id: "test.plain", legalBasis: ["C. trav. art. L6211-2"], title: { fr: "Titre", en: "Title" } });

test("a step carries the rule id, its legal basis, the message and the values", () => {
  expect(explainStep(rule, "fr", { age: 31 })).toEqual({ rule: "test.age.maximum", message: "31 ans", legalBasis: ["C. trav. art. L6222-1"], values: { age: 31 } });
  expect(explainStep(plain, "en", {}).message).toBe("Title");
});

test("a violation uses the rule's code and names the field", () => {
  expect(violationOf(rule, "en", { age: 31 }, "birthDate")).toEqual({ code: "AGE_ABOVE_MAXIMUM", message: "aged 31", legalBasis: ["C. trav. art. L6222-1"], field: "birthDate" });
  // No `field` key at all without a field (JSON output and CSV columns read the keys).
  expect(violationOf(plain, "fr", {})).toStrictEqual({ code: "test.plain", message: "Titre", legalBasis: ["C. trav. art. L6211-2"] });
});

test("declarations are frozen and results do not share their arrays", () => {
  expect(Object.isFrozen(rule)).toBe(true);
  expect(Object.isFrozen(rule.legalBasis)).toBe(true);
  const step = explainStep(rule, "fr", { age: 1 });
  step.legalBasis.push("x");
  expect(rule.legalBasis).toEqual(["C. trav. art. L6222-1"]);
});

test.for([
  { value: 1823.03, locale: "fr", number: "1\u202f823,03", euros: "1\u202f823,03 €" },
  { value: 1823.03, locale: "en", number: "1,823.03", euros: "€1,823.03" },
  { value: 774.77, locale: "fr", number: "774,77", euros: "774,77 €" },
  { value: 693, locale: "fr", number: "693", euros: "693,00 €" },
  { value: 661.5, locale: "fr", number: "661,5", euros: "661,50 €" },
  { value: -2.5, locale: "en", number: "-2.5", euros: "€-2.50" },
  { value: -0.004, locale: "fr", number: "-0,004", euros: "0,00 €", source: "an amount that rounds to zero cents has no sign: « -0,00 € » is not an amount" },
  { value: -0.004, locale: "en", number: "-0.004", euros: "€0.00", source: "an amount that rounds to zero cents has no sign" },
] as const)("formats $value ($locale)", (row) => {
  expect(formatNumber(row.value, row.locale)).toBe(row.number);
  expect(formatEuros(row.value, row.locale)).toBe(row.euros);
});

test.for([
  { explain: undefined, built: true, source: "API.md §7b: explain defaults to true" },
  { explain: true, built: true, source: "API.md §7b" },
  { explain: false, built: false, source: "API.md §7b: explain: false gives explanation: [] and builds no text" },
])("explanationWhen(explain: $explain) builds the steps: $built", ({ explain, built }) => {
  let calls = 0;
  const steps = explanationWhen(explain, () => {
    calls += 1;
    return [{ rule: "r", message: "m", legalBasis: ["C. trav. art. L6222-1"] }];
  });
  expect(calls).toBe(built ? 1 : 0);
  expect(steps).toEqual(built ? [{ rule: "r", message: "m", legalBasis: ["C. trav. art. L6222-1"] }] : []);
});
