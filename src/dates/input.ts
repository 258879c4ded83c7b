/**
 * Input pieces shared by the functions of the contract-dates module: the contract type, the `policy`
 * field (a preset name or a policy object), the scope of each contract type and the cross-field issues.
 */
import * as z from "zod/mini";
import type { IsoDate } from "../core/dates.js";
import type { InputIssue } from "../core/errors.js";
import type { Locale } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { rawField } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { INTERNSHIP_SCOPE_START } from "../legal-values/internship-rate.js";
import { CONTRACT_TYPES, type ContractType } from "./contract-type.js";
import { formatDate } from "./format-date.js";
import { datePolicySchema, POLICY_NAMES } from "./policy.js";

/**
 * Schema of a {@link ContractType}.
 *
 * @example
 * contractTypeSchema().safeParse("stage").success; //=> false
 */
export function contractTypeSchema() {
  return z.enum(CONTRACT_TYPES);
}

/** The optional `policy` field when it is a preset name. */
const policyNameField = z.optional(z.enum(POLICY_NAMES));
/** The optional `policy` field when it is a school's own policy object. */
const policyObjectField = z.optional(datePolicySchema);

/**
 * Builds an input schema twice, once with `policy` as a preset name and once as a policy object, and
 * returns a chooser that picks by the raw input (so that a malformed policy object is reported field by
 * field, and a string only against the preset names). Both schemas are built once, at module load; the
 * chooser's `variants` holds them both (the JSON Schema of the input is their union).
 *
 * @example
 * const schemaFor = policyInputSchemas((policy) => inputObject({ contract: contractTypeSchema(), policy }));
 * schemaFor({ policy: "legal" }); // the preset-name variant
 */
export function policyInputSchemas<Schema>(
  build: (policy: typeof policyNameField | typeof policyObjectField) => Schema,
): ((input: unknown) => Schema) & { readonly variants: readonly [Schema, Schema] } {
  const byName = build(policyNameField);
  const byObject = build(policyObjectField);
  const choose = (input: unknown): Schema => {
    return typeof rawField(input, "policy") === "string" ? byName : byObject;
  };
  // Both variants, for the JSON Schema of the input (src/catalogue/).
  return Object.assign(choose, { variants: [byName, byObject] as const });
}

/**
 * First date in the library's scope for a contract type: 2019-01-01 for apprenticeship and
 * professionalisation contracts, 2015-09-01 for internship conventions (API.md §0).
 *
 * @example
 * scopeStartOf("work-study-internship"); //=> "2015-09-01"
 */
export function scopeStartOf(contract: ContractType): IsoDate {
  return contract === "work-study-internship" ? INTERNSHIP_SCOPE_START : CONTRACT_SCOPE_START;
}

/**
 * `OUT_OF_SCOPE` issues for the given fields whose date is before `since`.
 *
 * @example
 * scopeIssues([["contractStart", "2018-12-31"]], "2019-01-01", "en")[0]?.code; //=> "OUT_OF_SCOPE"
 */
export function scopeIssues(fields: ReadonlyArray<readonly [string, IsoDate | undefined]>, since: IsoDate, locale: Locale): InputIssue[] {
  return fields
    .filter(([, date]) => date !== undefined && date < since)
    .map(([field, date]) =>
      inputIssue(
        [field],
        "OUT_OF_SCOPE",
        {
          fr: `« ${date} » est antérieur au ${formatDate(since, "fr")}, premier jour couvert par la bibliothèque pour ce type de contrat`,
          en: `"${date}" is before ${since}, the first day the library covers for this contract type`,
        },
        locale,
      ),
    );
}

/**
 * `END_BEFORE_START` issue on `field` (an input that cannot be right, e.g. a training that ends
 * before it starts).
 *
 * @example
 * endBeforeStartIssue("trainingEnd", "2025-09-01", "2026-07-03", "en").code; //=> "END_BEFORE_START"
 */
export function endBeforeStartIssue(field: string, start: IsoDate, end: IsoDate, locale: Locale): InputIssue {
  return inputIssue(
    [field],
    "END_BEFORE_START",
    { fr: `${formatDate(end, "fr")} précède le début (${formatDate(start, "fr")})`, en: `${end} is before the start (${start})` },
    locale,
  );
}

/**
 * `OUT_OF_RANGE` issue on `field`: a date computed from it falls after 2199-12-31.
 *
 * @example
 * outOfRangeIssue("trainingEnd", "en").code; //=> "OUT_OF_RANGE"
 */
export function outOfRangeIssue(field: string, locale: Locale): InputIssue {
  return inputIssue(
    [field],
    "OUT_OF_RANGE",
    { fr: "une date calculée à partir de ce champ dépasse l'an 2199", en: "a date computed from this field is past the year 2199" },
    locale,
  );
}
