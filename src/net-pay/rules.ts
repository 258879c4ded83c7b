/**
 * The rules of the net-pay module, each declared once (id, legal basis, French and English wording):
 * the apprentice's contribution regime and exemption ceiling, one rule per payslip line, the CSG/CRDS
 * base, the net and taxable net, the income-tax exemption, the family-benefits ceiling, benefits in kind
 * and exam leave (docs/net-pay.md). Results, docs/rules.md and the tests read these declarations.
 */
import type { IsoDate } from "../core/dates.js";
import { defineRule, type Locale, type RuleDeclaration } from "../core/explain.js";
import { formatEuros, formatNumber } from "../core/format.js";

const euros = formatEuros;

/**
 * A percentage for a message: "6,9 %" / "6.9%".
 *
 * @param value - percent points
 * @param locale - language
 * @returns the text
 * @example
 * percentText(6.9, "fr"); //=> "6,9 %"
 */
export function percentText(value: number, locale: Locale): string {
  return locale === "fr" ? `${formatNumber(value, "fr")} %` : `${formatNumber(value, "en")}%`;
}

// ---------------------------------------------------------------------------------------------
// netPay: regime, ceiling, month values
// ---------------------------------------------------------------------------------------------

/** Values of the regime step. */
export type RegimeValues = { signatureDate: IsoDate; regime: string; exemptionCeilingPercent: number; csgCrdsAbovePercent: number | null };

function regimeMessage(v: RegimeValues, locale: Locale): string {
  const fr = locale === "fr";
  const before = v.regime === "apprentice-before-2025-03";
  const exemption = percentText(v.exemptionCeilingPercent, locale);
  if (fr) {
    return before
      ? `Contrat conclu le ${v.signatureDate}, avant le 2025-03-01 : cotisations salariales exonérées jusqu'à ${exemption} du SMIC, pas de CSG/CRDS sur le salaire, pendant toute la durée du contrat`
      : `Contrat conclu le ${v.signatureDate}, à partir du 2025-03-01 : cotisations salariales exonérées jusqu'à ${exemption} du SMIC, CSG/CRDS dues sur la part au-delà de ${percentText(Number(v.csgCrdsAbovePercent), locale)} du SMIC`;
  }
  return before
    ? `Contract concluded on ${v.signatureDate}, before 2025-03-01: employee contributions exempt up to ${exemption} of the SMIC, no CSG/CRDS on the pay, for the whole contract`
    : `Contract concluded on ${v.signatureDate}, from 2025-03-01: employee contributions exempt up to ${exemption} of the SMIC, CSG/CRDS due on the part above ${percentText(Number(v.csgCrdsAbovePercent), locale)} of the SMIC`;
}

/**
 * The apprentice's regime is chosen by the date the contract was concluded (signed), for its whole life.
 *
 * @example
 * apprenticeRegime.legalBasis[0]; //=> "C. trav. art. L6243-2"
 */
export const apprenticeRegime = /* @__PURE__ */ defineRule<RegimeValues>({
  id: "net-pay.apprentice.regime",
  legalBasis: ["C. trav. art. L6243-2", "C. trav. art. D6243-5", "CSS art. L136-1-1 II 7°"],
  title: {
    fr: "Régime de l'apprenti selon la date de conclusion du contrat : avant le 2025-03-01, exonération jusqu'à 79 % du SMIC sans CSG/CRDS ; à partir de cette date, exonération jusqu'à 50 % du SMIC et CSG/CRDS au-delà",
    en: "Apprentice regime by the date the contract was concluded: before 2025-03-01, exempt up to 79 % of the SMIC with no CSG/CRDS; from that date, exempt up to 50 % of the SMIC and CSG/CRDS above",
  },
  message: { fr: (v) => regimeMessage(v, "fr"), en: (v) => regimeMessage(v, "en") },
});

/**
 * CPRO: no employee exemption; every contribution on the whole gross, CSG/CRDS on 98,25 % of it.
 *
 * @example
 * standardRegime.id; //=> "net-pay.standard.regime"
 */
export const standardRegime = /* @__PURE__ */ defineRule<Record<string, never>>({
  id: "net-pay.standard.regime",
  legalBasis: ["CSS art. L242-1", "CSS art. L136-1-1", "CSS art. L136-2 I"],
  title: {
    fr: "Contrat de professionnalisation : régime de droit commun, toutes les cotisations salariales sur tout le brut et CSG/CRDS sur 98,25 % du brut (jusqu'à 4 PSS)",
    en: "Professionalisation contract: standard regime, every employee contribution on the whole gross and CSG/CRDS on 98.25 % of it (up to 4 PSS)",
  },
});

/** Values of the month step. */
export type MonthValues = { month: string; smicHourly: number; smicMonthly: number; smicSince: IsoDate; ceiling: number };

/**
 * The SMIC and the social-security ceiling in force on the first day of the month paid.
 *
 * @example
 * monthValues.id; //=> "net-pay.month"
 */
export const monthValues = /* @__PURE__ */ defineRule<MonthValues>({
  id: "net-pay.month",
  legalBasis: ["C. trav. art. L3231-2", "C. trav. art. L3121-27", "CSS art. L241-3"],
  title: {
    fr: "Le SMIC mensuel officiel (taux horaire × 35 × 52 / 12, arrondi au centime) et le plafond de la sécurité sociale en vigueur le premier jour du mois payé",
    en: "The official monthly SMIC (hourly × 35 × 52 / 12, rounded to the cent) and the social-security ceiling in force on the first day of the month paid",
  },
  message: {
    fr: (v) =>
      `Mois ${v.month} : SMIC ${euros(v.smicHourly, "fr")} de l'heure depuis le ${v.smicSince}, soit ${euros(v.smicMonthly, "fr")} par mois ; plafond mensuel de la sécurité sociale ${euros(v.ceiling, "fr")}`,
    en: (v) =>
      `Month ${v.month}: SMIC ${euros(v.smicHourly, "en")} an hour since ${v.smicSince}, i.e. ${euros(v.smicMonthly, "en")} a month; monthly social-security ceiling ${euros(v.ceiling, "en")}`,
  },
});

/** Values of the exemption-ceiling step. */
export type CeilingValues = { exemptionCeilingPercent: number; smicMonthly: number; exemptionCeiling: number; grossMonthly: number; excess: number };

function ceilingMessage(v: CeilingValues, locale: Locale): string {
  const t = euros(v.exemptionCeiling, locale);
  const g = euros(v.grossMonthly, locale);
  const head =
    locale === "fr"
      ? `Plafond d'exonération : ${percentText(v.exemptionCeilingPercent, "fr")} × ${euros(v.smicMonthly, "fr")} = ${t}`
      : `Exemption ceiling: ${percentText(v.exemptionCeilingPercent, "en")} × ${euros(v.smicMonthly, "en")} = ${t}`;
  if (v.excess === 0) {
    return locale === "fr"
      ? `${head} ; brut ${g} ≤ ${t} : aucune cotisation salariale`
      : `${head}; gross ${g} ≤ ${t}: no employee contribution`;
  }
  return locale === "fr"
    ? `${head} ; cotisations salariales sur la part au-delà : ${g} − ${t} = ${euros(v.excess, "fr")}`
    : `${head}; employee contributions on the part above: ${g} − ${t} = ${euros(v.excess, "en")}`;
}

/**
 * The exemption ceiling T (percent of the official monthly SMIC of the month, not reduced for part
 * time) and the part of the gross above it, on which the employee contributions are due.
 *
 * @example
 * exemptionCeiling.legalBasis; //=> ["C. trav. art. L6243-2", "C. trav. art. D6243-5"]
 */
export const exemptionCeiling = /* @__PURE__ */ defineRule<CeilingValues>({
  id: "net-pay.apprentice.exemption-ceiling",
  legalBasis: ["C. trav. art. L6243-2", "C. trav. art. D6243-5"],
  title: {
    fr: "Plafond d'exonération : 79 % ou 50 % du SMIC mensuel du mois (non réduit pour le temps partiel) ; les cotisations salariales portent sur la part du brut au-delà",
    en: "Exemption ceiling: 79 % or 50 % of the month's monthly SMIC (not reduced for part time); employee contributions apply to the part of the gross above it",
  },
  message: { fr: (v) => ceilingMessage(v, "fr"), en: (v) => ceilingMessage(v, "en") },
});

// ---------------------------------------------------------------------------------------------
// netPay: one rule per payslip line
// ---------------------------------------------------------------------------------------------

/**
 * Id of a payslip line (`contributions[].id`).
 *
 * @example
 * const id: ContributionId = "csg-deductible";
 */
export type ContributionId =
  | "old-age-capped"
  | "old-age-uncapped"
  | "agirc-arrco-t1"
  | "agirc-arrco-t2"
  | "ceg-t1"
  | "ceg-t2"
  | "cet"
  | "alsace-moselle-health"
  | "ircantec-a"
  | "ircantec-b"
  | "csg-deductible"
  | "csg-non-deductible"
  | "crds";

/** Values of a payslip-line step. */
export type LineValues = { base: number; ratePercent: number; amount: number };

/**
 * The label of every payslip line, in French and English (`contributions[].label`).
 *
 * @example
 * contributionLabels.crds.fr; //=> "CRDS"
 */
export const contributionLabels: Readonly<Record<ContributionId, { fr: string; en: string }>> = {
  "old-age-capped": { fr: "Sécurité sociale vieillesse plafonnée", en: "Old-age insurance up to the ceiling" },
  "old-age-uncapped": { fr: "Sécurité sociale vieillesse déplafonnée", en: "Old-age insurance on the whole pay" },
  "agirc-arrco-t1": { fr: "Retraite complémentaire AGIRC-ARRCO tranche 1", en: "AGIRC-ARRCO complementary pension, tranche 1" },
  "agirc-arrco-t2": { fr: "Retraite complémentaire AGIRC-ARRCO tranche 2", en: "AGIRC-ARRCO complementary pension, tranche 2" },
  "ceg-t1": { fr: "Contribution d'équilibre général (CEG) tranche 1", en: "General balance contribution (CEG), tranche 1" },
  "ceg-t2": { fr: "Contribution d'équilibre général (CEG) tranche 2", en: "General balance contribution (CEG), tranche 2" },
  cet: { fr: "Contribution d'équilibre technique (CET)", en: "Technical balance contribution (CET)" },
  "alsace-moselle-health": { fr: "Maladie, régime local d'Alsace-Moselle", en: "Health, local regime of Alsace-Moselle" },
  "ircantec-a": { fr: "Retraite complémentaire IRCANTEC tranche A", en: "IRCANTEC complementary pension, tranche A" },
  "ircantec-b": { fr: "Retraite complémentaire IRCANTEC tranche B", en: "IRCANTEC complementary pension, tranche B" },
  "csg-deductible": { fr: "CSG déductible de l'impôt sur le revenu", en: "CSG deductible from income tax" },
  "csg-non-deductible": { fr: "CSG non déductible de l'impôt sur le revenu", en: "CSG not deductible from income tax" },
  crds: { fr: "CRDS", en: "CRDS" },
};

function lineRule(id: ContributionId, base: { fr: string; en: string }, legalBasis: string[]): RuleDeclaration<LineValues> {
  const label = contributionLabels[id];
  return defineRule<LineValues>({
    id: `net-pay.line.${id}`,
    legalBasis,
    title: { fr: `${label.fr} : ${base.fr}`, en: `${label.en}: ${base.en}` },
    message: {
      fr: (v) => `${label.fr} : ${euros(v.base, "fr")} × ${percentText(v.ratePercent, "fr")} = ${euros(v.amount, "fr")} (${base.fr})`,
      en: (v) => `${label.en}: ${euros(v.base, "en")} × ${percentText(v.ratePercent, "en")} = ${euros(v.amount, "en")} (${base.en})`,
    },
  });
}

const UP_TO_CEILING = { fr: "dans la limite du plafond de la sécurité sociale", en: "up to the social-security ceiling" };
const WHOLE = { fr: "sans limite", en: "no upper limit" };
const TRANCHE_2 = { fr: "part entre 1 et 8 plafonds de la sécurité sociale", en: "part between 1 and 8 social-security ceilings" };
const CSG_BASE = { fr: "assiette CSG/CRDS", en: "CSG/CRDS base" };
const AGIRC_ARRCO = ["ANI du 17 novembre 2017 (AGIRC-ARRCO)"];
const IRCANTEC = ["Décret n° 70-1277 du 23 décembre 1970 (IRCANTEC)"];
const CSG_BASIS = ["CSS art. L136-1-1", "CSS art. L136-8 I 1°", "CGI art. 154 quinquies"];

const CET_BASE = { fr: "due quand le brut dépasse le plafond de la sécurité sociale, dans la limite de 8 plafonds", en: "due when the gross is above the social-security ceiling, up to 8 ceilings" };

/**
 * Payslip line: Old-age insurance up to the ceiling (vieillesse plafonnée).
 *
 * @example
 * oldAgeCappedLine.id; //=> "net-pay.line.old-age-capped"
 */
export const oldAgeCappedLine = /* @__PURE__ */ lineRule("old-age-capped", UP_TO_CEILING, ["CSS art. D242-4"]);

/**
 * Payslip line: Old-age insurance on the whole pay (vieillesse déplafonnée).
 *
 * @example
 * oldAgeUncappedLine.id; //=> "net-pay.line.old-age-uncapped"
 */
export const oldAgeUncappedLine = /* @__PURE__ */ lineRule("old-age-uncapped", WHOLE, ["CSS art. D242-4"]);

/**
 * Payslip line: AGIRC-ARRCO complementary pension, tranche 1.
 *
 * @example
 * agircArrcoT1Line.id; //=> "net-pay.line.agirc-arrco-t1"
 */
export const agircArrcoT1Line = /* @__PURE__ */ lineRule("agirc-arrco-t1", UP_TO_CEILING, AGIRC_ARRCO);

/**
 * Payslip line: AGIRC-ARRCO complementary pension, tranche 2.
 *
 * @example
 * agircArrcoT2Line.id; //=> "net-pay.line.agirc-arrco-t2"
 */
export const agircArrcoT2Line = /* @__PURE__ */ lineRule("agirc-arrco-t2", TRANCHE_2, AGIRC_ARRCO);

/**
 * Payslip line: General balance contribution (CEG), tranche 1.
 *
 * @example
 * cegT1Line.id; //=> "net-pay.line.ceg-t1"
 */
export const cegT1Line = /* @__PURE__ */ lineRule("ceg-t1", UP_TO_CEILING, AGIRC_ARRCO);

/**
 * Payslip line: General balance contribution (CEG), tranche 2.
 *
 * @example
 * cegT2Line.id; //=> "net-pay.line.ceg-t2"
 */
export const cegT2Line = /* @__PURE__ */ lineRule("ceg-t2", TRANCHE_2, AGIRC_ARRCO);

/**
 * Payslip line: Technical balance contribution (CET), above the ceiling.
 *
 * @example
 * cetLine.id; //=> "net-pay.line.cet"
 */
export const cetLine = /* @__PURE__ */ lineRule("cet", CET_BASE, AGIRC_ARRCO);

/**
 * Payslip line: Health contribution of the local regime of Alsace-Moselle.
 *
 * @example
 * alsaceMoselleHealthLine.id; //=> "net-pay.line.alsace-moselle-health"
 */
export const alsaceMoselleHealthLine = /* @__PURE__ */ lineRule("alsace-moselle-health", WHOLE, ["CSS art. L325-1"]);

/**
 * Payslip line: IRCANTEC, tranche A (public employers).
 *
 * @example
 * ircantecALine.id; //=> "net-pay.line.ircantec-a"
 */
export const ircantecALine = /* @__PURE__ */ lineRule("ircantec-a", UP_TO_CEILING, IRCANTEC);

/**
 * Payslip line: IRCANTEC, tranche B (public employers).
 *
 * @example
 * ircantecBLine.id; //=> "net-pay.line.ircantec-b"
 */
export const ircantecBLine = /* @__PURE__ */ lineRule("ircantec-b", TRANCHE_2, IRCANTEC);

/**
 * Payslip line: CSG deductible from income tax.
 *
 * @example
 * csgDeductibleLine.id; //=> "net-pay.line.csg-deductible"
 */
export const csgDeductibleLine = /* @__PURE__ */ lineRule("csg-deductible", CSG_BASE, CSG_BASIS);

/**
 * Payslip line: CSG not deductible from income tax.
 *
 * @example
 * csgNonDeductibleLine.id; //=> "net-pay.line.csg-non-deductible"
 */
export const csgNonDeductibleLine = /* @__PURE__ */ lineRule("csg-non-deductible", CSG_BASE, CSG_BASIS);

/**
 * Payslip line: CRDS.
 *
 * @example
 * crdsLine.id; //=> "net-pay.line.crds"
 */
export const crdsLine = /* @__PURE__ */ lineRule("crds", CSG_BASE, ["Ordonnance n° 96-50 du 24 janvier 1996, art. 14 et 19"]);

/**
 * The rule of every payslip line (id `net-pay.line.<id>`, legal basis, message "base × rate =
 * amount"), by line id. The base is the part of the gross above the apprentice's exemption ceiling
 * (the whole gross for a CPRO), split into tranches.
 *
 * @example
 * contributionLineRules["csg-deductible"].id; //=> "net-pay.line.csg-deductible"
 */
export const contributionLineRules: Readonly<Record<ContributionId, RuleDeclaration<LineValues>>> = {
  "old-age-capped": oldAgeCappedLine,
  "old-age-uncapped": oldAgeUncappedLine,
  "agirc-arrco-t1": agircArrcoT1Line,
  "agirc-arrco-t2": agircArrcoT2Line,
  "ceg-t1": cegT1Line,
  "ceg-t2": cegT2Line,
  cet: cetLine,
  "alsace-moselle-health": alsaceMoselleHealthLine,
  "ircantec-a": ircantecALine,
  "ircantec-b": ircantecBLine,
  "csg-deductible": csgDeductibleLine,
  "csg-non-deductible": csgNonDeductibleLine,
  crds: crdsLine,
};

// ---------------------------------------------------------------------------------------------
// netPay: CSG base, net, taxable net, warnings
// ---------------------------------------------------------------------------------------------

/** Values of the CSG/CRDS base step. */
export type CsgBaseValues = {
  /** `"apprentice"`: part above 50 % SMIC; `"standard"`: whole gross; `"not-due"`: none. */
  kind: "apprentice" | "standard" | "not-due-before-2025-03" | "not-due-below-threshold";
  grossMonthly: number;
  threshold: number;
  abatedPart: number;
  abatementRate: number;
  fullPart: number;
  healthEmployerMonthly: number;
  base: number;
};

function csgBaseMessage(v: CsgBaseValues, locale: Locale): string {
  const fr = locale === "fr";
  const e = (value: number) => euros(value, locale);
  if (v.kind === "not-due-before-2025-03") {
    return fr
      ? "CSG/CRDS non dues : salaire d'un apprenti dont le contrat a été conclu avant le 2025-03-01 (ni, par tolérance, sur la part patronale de prévoyance)"
      : "No CSG/CRDS: pay of an apprentice whose contract was concluded before 2025-03-01 (nor, by tolerance, on the employer's health share)";
  }
  if (v.kind === "not-due-below-threshold") {
    return fr
      ? `CSG/CRDS non dues : brut ${e(v.grossMonthly)} ≤ 50 % du SMIC (${e(v.threshold)}), part patronale de prévoyance comprise`
      : `No CSG/CRDS: gross ${e(v.grossMonthly)} ≤ 50 % of the SMIC (${e(v.threshold)}), employer health share included`;
  }
  const share = percentText(100 - v.abatementRate, locale);
  const part =
    v.kind === "apprentice"
      ? fr
        ? `part au-delà de 50 % du SMIC (${e(v.grossMonthly)} − ${e(v.threshold)})`
        : `part above 50 % of the SMIC (${e(v.grossMonthly)} − ${e(v.threshold)})`
      : fr
        ? "brut"
        : "gross";
  const full = v.fullPart > 0 ? (fr ? ` + ${e(v.fullPart)} au-delà de 4 plafonds` : ` + ${e(v.fullPart)} above 4 ceilings`) : "";
  const health = v.healthEmployerMonthly > 0 ? (fr ? ` + part patronale de prévoyance ${e(v.healthEmployerMonthly)}` : ` + employer health share ${e(v.healthEmployerMonthly)}`) : "";
  return fr
    ? `Assiette CSG/CRDS : ${share} × ${e(v.abatedPart)} (${part})${full}${health} = ${e(v.base)}`
    : `CSG/CRDS base: ${share} × ${e(v.abatedPart)} (${part})${full}${health} = ${e(v.base)}`;
}

/**
 * The CSG/CRDS base: 98,25 % of the pay (up to 4 PSS; the rest in full) plus the employer's health
 * and prévoyance share — for an apprentice under the 2025 regime, of the part above 50 % of the SMIC
 * and only when the gross is above it.
 *
 * @example
 * csgBase.legalBasis; //=> ["CSS art. L136-1-1 II 7°", "CSS art. L136-2 I"]
 */
export const csgBase = /* @__PURE__ */ defineRule<CsgBaseValues>({
  id: "net-pay.csg-base",
  legalBasis: ["CSS art. L136-1-1 II 7°", "CSS art. L136-2 I"],
  title: {
    fr: "Assiette CSG/CRDS : 98,25 % de la rémunération jusqu'à 4 plafonds (le reste en entier) + part patronale de prévoyance ; apprenti (contrat conclu à partir du 2025-03-01) : seulement la part au-delà de 50 % du SMIC",
    en: "CSG/CRDS base: 98.25 % of the pay up to 4 ceilings (the rest in full) + employer health share; apprentice (contract concluded from 2025-03-01): only the part above 50 % of the SMIC",
  },
  message: { fr: (v) => csgBaseMessage(v, "fr"), en: (v) => csgBaseMessage(v, "en") },
});

/** Values of the net step. */
export type NetValues = { grossMonthly: number; employeeContributions: number; csgCrds: number; healthEmployeeMonthly: number; netBeforeIncomeTax: number };

function netMessage(v: NetValues, locale: Locale): string {
  const e = (value: number) => euros(value, locale);
  const health = v.healthEmployeeMonthly > 0 ? (locale === "fr" ? ` − mutuelle et prévoyance ${e(v.healthEmployeeMonthly)}` : ` − health and prévoyance ${e(v.healthEmployeeMonthly)}`) : "";
  return locale === "fr"
    ? `Net à payer avant impôt : brut ${e(v.grossMonthly)} − cotisations ${e(v.employeeContributions)} − CSG/CRDS ${e(v.csgCrds)}${health} = ${e(v.netBeforeIncomeTax)}`
    : `Net pay before income tax: gross ${e(v.grossMonthly)} − contributions ${e(v.employeeContributions)} − CSG/CRDS ${e(v.csgCrds)}${health} = ${e(v.netBeforeIncomeTax)}`;
}

/**
 * Net pay before income tax: the gross minus every payslip line (each rounded half-up to the cent)
 * and the employee's health and prévoyance share.
 *
 * @example
 * netBeforeIncomeTax.id; //=> "net-pay.net"
 */
export const netBeforeIncomeTax = /* @__PURE__ */ defineRule<NetValues>({
  id: "net-pay.net",
  legalBasis: ["C. trav. art. R3243-1", "CSS art. L242-1"],
  title: {
    fr: "Net à payer avant impôt = brut − chaque ligne de cotisation et de CSG/CRDS (arrondie au centime) − part salariale de mutuelle et de prévoyance",
    en: "Net pay before income tax = gross − every contribution and CSG/CRDS line (rounded to the cent) − the employee's health and prévoyance share",
  },
  message: { fr: (v) => netMessage(v, "fr"), en: (v) => netMessage(v, "en") },
});

/** Values of the taxable-net step. */
export type TaxableValues = { netBeforeIncomeTax: number; csgNonDeductible: number; crds: number; healthEmployerMonthly: number; taxableNet: number };

function taxableMessage(v: TaxableValues, locale: Locale): string {
  const e = (value: number) => euros(value, locale);
  return locale === "fr"
    ? `Net imposable (avant l'exonération de l'article 81 bis du CGI) : ${e(v.netBeforeIncomeTax)} + CSG non déductible ${e(v.csgNonDeductible)} + CRDS ${e(v.crds)} + part patronale de prévoyance ${e(v.healthEmployerMonthly)} = ${e(v.taxableNet)}`
    : `Taxable net (before the CGI art. 81 bis exemption): ${e(v.netBeforeIncomeTax)} + non-deductible CSG ${e(v.csgNonDeductible)} + CRDS ${e(v.crds)} + employer health share ${e(v.healthEmployerMonthly)} = ${e(v.taxableNet)}`;
}

/**
 * Taxable net: the net plus the CSG and CRDS that are not deductible and the employer's health
 * share, before the apprentice's exemption of CGI art. 81 bis.
 *
 * @example
 * taxableNet.legalBasis; //=> ["CGI art. 83", "CGI art. 154 quinquies"]
 */
export const taxableNet = /* @__PURE__ */ defineRule<TaxableValues>({
  id: "net-pay.taxable-net",
  legalBasis: ["CGI art. 83", "CGI art. 154 quinquies"],
  title: {
    fr: "Net imposable = net à payer + CSG non déductible + CRDS + part patronale de prévoyance, avant l'exonération de l'article 81 bis",
    en: "Taxable net = net pay + non-deductible CSG + CRDS + employer health share, before the art. 81 bis exemption",
  },
  message: { fr: (v) => taxableMessage(v, "fr"), en: (v) => taxableMessage(v, "en") },
});

/**
 * Warning: public employer, IRCANTEC applied in place of AGIRC-ARRCO/CEG/CET (UNCONFIRMED affiliation).
 *
 * @example
 * publicEmployerIrcantec.code; //=> "NET_PAY_PUBLIC_EMPLOYER_IRCANTEC"
 */
export const publicEmployerIrcantec = /* @__PURE__ */ defineRule<Record<string, never>>({
  id: "net-pay.public-employer.ircantec",
  code: "NET_PAY_PUBLIC_EMPLOYER_IRCANTEC",
  legalBasis: ["C. trav. art. L6227-12", "Décret n° 70-1277 du 23 décembre 1970 (IRCANTEC)"],
  title: {
    fr: "Employeur public : l'IRCANTEC remplace l'AGIRC-ARRCO, la CEG et la CET (affiliation lue sur une seule source, à confirmer)",
    en: "Public employer: IRCANTEC replaces AGIRC-ARRCO, CEG and CET (affiliation read in one source only, to be confirmed)",
  },
  message: {
    fr: "Employeur public : cotisation IRCANTEC (2,80 % / 6,95 %) retenue à la place de l'AGIRC-ARRCO, de la CEG et de la CET ; l'affiliation des apprentis du secteur public à l'IRCANTEC n'est lue que sur la page d'une caisse (law-money.md §5, point 7) : à vérifier auprès de l'employeur.",
    en: "Public employer: IRCANTEC (2.80 % / 6.95 %) applied in place of AGIRC-ARRCO, CEG and CET; the affiliation of public-sector apprentices to IRCANTEC was read on one fund's page only (law-money.md §5, item 7): check with the employer.",
  },
});

/** Values of the above-ceiling warning. */
export type AboveCeilingValues = { grossMonthly: number; ceiling: number };

/**
 * Warning: an apprentice paid above the social-security ceiling — the contributions on the part up to
 * the ceiling follow modele-social's reading (rate × min(gross − T, PSS)), not confirmed by the BOSS.
 *
 * @example
 * aboveCeilingConvention.code; //=> "NET_PAY_ABOVE_CEILING_CONVENTION"
 */
export const aboveCeilingConvention = /* @__PURE__ */ defineRule<AboveCeilingValues>({
  id: "net-pay.apprentice.above-ceiling",
  code: "NET_PAY_ABOVE_CEILING_CONVENTION",
  legalBasis: ["C. trav. art. L6243-2", "CSS art. D242-4"],
  title: {
    fr: "Apprenti payé au-delà du plafond de la sécurité sociale : cotisations plafonnées sur min(brut − plafond d'exonération, PSS), lecture de modele-social non confirmée",
    en: "Apprentice paid above the social-security ceiling: capped contributions on min(gross − exemption ceiling, PSS), modele-social's reading, not confirmed",
  },
  message: {
    fr: (v) =>
      `Brut ${euros(v.grossMonthly, "fr")} au-delà du plafond de la sécurité sociale (${euros(v.ceiling, "fr")}) : les cotisations plafonnées portent sur min(brut − plafond d'exonération, plafond), comme modele-social ; l'autre lecture (cotisations sur le brut moins cotisations sur le plafond d'exonération) donne un montant plus faible (law-money.md §2.4, note 1, UNCONFIRMED).`,
    en: (v) =>
      `Gross ${euros(v.grossMonthly, "en")} above the social-security ceiling (${euros(v.ceiling, "en")}): the capped contributions apply to min(gross − exemption ceiling, ceiling), as modele-social does; the other reading (contributions on the gross minus contributions on the exemption ceiling) gives less (law-money.md §2.4, note 1, UNCONFIRMED).`,
  },
});

/**
 * Warning: Alsace-Moselle rate of 1,50 % before April 2022 (modele-social's value, not in law-money.md).
 *
 * @example
 * alsaceMoselleRateUnconfirmed.code; //=> "NET_PAY_RATE_UNCONFIRMED"
 */
export const alsaceMoselleRateUnconfirmed = /* @__PURE__ */ defineRule<{ ratePercent: number; month: string }>({
  id: "net-pay.alsace-moselle.rate-unconfirmed",
  code: "NET_PAY_RATE_UNCONFIRMED",
  legalBasis: ["CSS art. L325-1"],
  title: {
    fr: "Taux du régime local d'Alsace-Moselle avant avril 2022 : valeur de modele-social, non vérifiée dans la référence",
    en: "Alsace-Moselle local-regime rate before April 2022: modele-social's value, not checked in the reference",
  },
  message: {
    fr: (v) => `Mois ${v.month} : taux du régime local d'Alsace-Moselle de ${percentText(v.ratePercent, "fr")} repris de modele-social 11.1.0, non vérifié (1,30 % à partir d'avril 2022).`,
    en: (v) => `Month ${v.month}: Alsace-Moselle local-regime rate of ${percentText(v.ratePercent, "en")} taken from modele-social 11.1.0, not checked (1.30 % from April 2022).`,
  },
});

// ---------------------------------------------------------------------------------------------
// incomeTaxExemption
// ---------------------------------------------------------------------------------------------

/** Values of the income-tax limit step. */
export type IncomeTaxLimitValues = {
  year: number;
  /** The hourly SMIC amounts of the year and for how many months each applied. */
  smicMonths: Array<{ months: number; smicHourly: number }>;
  /** The sum of the 12 monthly SMIC amounts (35 h), rounded to the cent for display. */
  annualSmic: number;
  limit: number;
};

function limitMessage(v: IncomeTaxLimitValues, locale: Locale): string {
  const terms = v.smicMonths.map((part) => `${part.months} × ${euros(part.smicHourly, locale)}`).join(" + ");
  return locale === "fr"
    ? `Limite ${v.year} : (${terms}) × 35 h × 52 / 12 = ${euros(v.annualSmic, "fr")}, arrondi à ${euros(v.limit, "fr")} ; limite entière même si l'apprentissage ne couvre qu'une partie de l'année`
    : `${v.year} limit: (${terms}) × 35 h × 52 / 12 = ${euros(v.annualSmic, "en")}, rounded to ${euros(v.limit, "en")}; the full limit even when the apprenticeship covers part of the year only`;
}

/**
 * CGI 81 bis: an apprentice's salaries are exempt up to the annual SMIC — the sum of the 12 monthly
 * SMIC amounts of the year, rounded to the euro — never prorated (Conseil d'État, 22 Dec. 2017).
 *
 * @example
 * incomeTaxLimit.legalBasis; //=> ["CGI art. 81 bis", "CE, 22 décembre 2017, n° 413238"]
 */
export const incomeTaxLimit = /* @__PURE__ */ defineRule<IncomeTaxLimitValues>({
  id: "income-tax.apprentice.limit",
  legalBasis: ["CGI art. 81 bis", "CE, 22 décembre 2017, n° 413238"],
  title: {
    fr: "Salaires de l'apprenti exonérés d'impôt sur le revenu dans la limite du SMIC annuel (somme des 12 SMIC mensuels de l'année, arrondie à l'euro), sans prorata pour une année incomplète",
    en: "An apprentice's salaries are exempt from income tax up to the annual SMIC (sum of the year's 12 monthly SMIC amounts, rounded to the euro), not prorated for a partial year",
  },
  message: { fr: (v) => limitMessage(v, "fr"), en: (v) => limitMessage(v, "en") },
});

/** Values of the exempt / taxable split step. */
export type IncomeTaxSplitValues = { taxableIncome: number; limit: number; exempt: number; taxable: number };

/**
 * Only the part of the apprentice's taxable salary above the limit is declared and taxed.
 *
 * @example
 * incomeTaxSplit.id; //=> "income-tax.apprentice.split"
 */
export const incomeTaxSplit = /* @__PURE__ */ defineRule<IncomeTaxSplitValues>({
  id: "income-tax.apprentice.split",
  legalBasis: ["CGI art. 81 bis"],
  title: {
    fr: "Seule la part du salaire imposable au-delà de la limite est imposable (à déclarer)",
    en: "Only the part of the taxable salary above the limit is taxable (to be declared)",
  },
  message: {
    fr: (v) => `Salaire imposable ${euros(v.taxableIncome, "fr")} : exonéré ${euros(v.exempt, "fr")}, imposable ${euros(v.taxable, "fr")} (limite ${euros(v.limit, "fr")})`,
    en: (v) => `Taxable salary ${euros(v.taxableIncome, "en")}: exempt ${euros(v.exempt, "en")}, taxable ${euros(v.taxable, "en")} (limit ${euros(v.limit, "en")})`,
  },
});

/**
 * Warning: the limit of this year was not found published; it is computed (UNCONFIRMED).
 *
 * @example
 * incomeTaxLimitNotPublished.code; //=> "INCOME_TAX_LIMIT_NOT_PUBLISHED"
 */
export const incomeTaxLimitNotPublished = /* @__PURE__ */ defineRule<{ year: number; limit: number }>({
  id: "income-tax.apprentice.limit-not-published",
  code: "INCOME_TAX_LIMIT_NOT_PUBLISHED",
  legalBasis: ["CGI art. 81 bis"],
  title: {
    fr: "Limite de l'année non trouvée publiée : calculée par la même règle que les années publiées",
    en: "The year's limit was not found published: computed by the rule that reproduces the published years",
  },
  message: {
    fr: (v) => `Limite ${v.year} (${euros(v.limit, "fr")}) calculée, non publiée dans les sources consultées ; la règle reproduit chaque montant publié de 2019 à 2024 (à confirmer avec le barème de la DGFiP).`,
    en: (v) => `${v.year} limit (${euros(v.limit, "en")}) computed, not found published; the rule reproduces every amount published for 2019 to 2024 (to be confirmed with the tax administration's figure).`,
  },
});

// ---------------------------------------------------------------------------------------------
// familyBenefitsIncomeCeiling
// ---------------------------------------------------------------------------------------------

/** Values of the family-benefits ceiling step. */
export type FamilyCeilingValues = { date: IsoDate; smicPercent: number; smicHourly: number; smicSince: IsoDate; hours: number; monthlyCeiling: number };

/**
 * R512-2: a child opens the right to family benefits while his pay is at most 55 % of the hourly
 * SMIC × 169 a month.
 *
 * @example
 * familyCeiling.legalBasis; //=> ["CSS art. R512-2", "CSS art. L512-3"]
 */
export const familyCeiling = /* @__PURE__ */ defineRule<FamilyCeilingValues>({
  id: "family-benefits.child-pay-ceiling",
  legalBasis: ["CSS art. R512-2", "CSS art. L512-3"],
  title: {
    fr: "Un enfant de moins de 20 ans ouvre droit aux prestations familiales tant que sa rémunération mensuelle ne dépasse pas 55 % du SMIC horaire × 169",
    en: "A child under 20 opens the right to family benefits while his monthly pay is at most 55 % of the hourly SMIC × 169",
  },
  message: {
    fr: (v) =>
      `Plafond au ${v.date} : ${percentText(v.smicPercent, "fr")} × ${euros(v.smicHourly, "fr")} (SMIC horaire depuis le ${v.smicSince}) × ${v.hours} h = ${euros(v.monthlyCeiling, "fr")} par mois`,
    en: (v) =>
      `Ceiling on ${v.date}: ${percentText(v.smicPercent, "en")} × ${euros(v.smicHourly, "en")} (hourly SMIC since ${v.smicSince}) × ${v.hours} h = ${euros(v.monthlyCeiling, "en")} a month`,
  },
});

/**
 * Warning: no published amount found for this date; computed (UNCONFIRMED).
 *
 * @example
 * familyCeilingNotPublished.code; //=> "FAMILY_CEILING_NOT_PUBLISHED"
 */
export const familyCeilingNotPublished = /* @__PURE__ */ defineRule<{ date: IsoDate; monthlyCeiling: number }>({
  id: "family-benefits.child-pay-ceiling.not-published",
  code: "FAMILY_CEILING_NOT_PUBLISHED",
  legalBasis: ["CSS art. R512-2"],
  title: { fr: "Plafond non trouvé publié pour cette période : calculé", en: "Ceiling not found published for this period: computed" },
  message: {
    fr: (v) => `Plafond au ${v.date} (${euros(v.monthlyCeiling, "fr")}) calculé par la formule de l'article R512-2, non trouvé publié par la CAF ou service-public.fr.`,
    en: (v) => `Ceiling on ${v.date} (${euros(v.monthlyCeiling, "en")}) computed with the formula of art. R512-2, not found published by the CAF or service-public.fr.`,
  },
});

/** Values of the half-year warning. */
export type HalfYearValues = { date: IsoDate; halfYearStart: IsoDate; halfYearEnd: IsoDate; smicHourly: number; monthlyCeiling: number };

/**
 * Warning: the CAF averages a student's pay over half-years (Oct–Mar, Apr–Sep) with the SMIC of 1 October
 * or 1 April; on this date that SMIC differs from the one in force.
 *
 * @example
 * familyCeilingHalfYear.code; //=> "FAMILY_CEILING_HALF_YEAR_SMIC"
 */
export const familyCeilingHalfYear = /* @__PURE__ */ defineRule<HalfYearValues>({
  id: "family-benefits.child-pay-ceiling.half-year",
  code: "FAMILY_CEILING_HALF_YEAR_SMIC",
  legalBasis: ["CSS art. R512-2"],
  title: {
    fr: "La CAF moyenne la rémunération d'un jeune scolarisé sur des semestres (octobre-mars, avril-septembre) avec le SMIC du 1er octobre ou du 1er avril",
    en: "The CAF averages the pay of a young person in education over half-years (October-March, April-September) with the SMIC of 1 October or 1 April",
  },
  message: {
    fr: (v) =>
      `Pratique de la CAF (service-public.fr F16947) : pour le semestre du ${v.halfYearStart} au ${v.halfYearEnd}, rémunération moyenne comparée au plafond calculé avec le SMIC du ${v.halfYearStart} (${euros(v.smicHourly, "fr")}), soit ${euros(v.monthlyCeiling, "fr")} ; son application aux apprentis n'est pas confirmée.`,
    en: (v) =>
      `CAF practice (service-public.fr F16947): for the half-year ${v.halfYearStart} to ${v.halfYearEnd}, the average pay is compared with the ceiling computed with the SMIC of ${v.halfYearStart} (${euros(v.smicHourly, "en")}), i.e. ${euros(v.monthlyCeiling, "en")}; whether it applies to apprentices is not confirmed.`,
  },
});

// ---------------------------------------------------------------------------------------------
// benefitsInKindDeduction
// ---------------------------------------------------------------------------------------------

/** Values of a benefit-in-kind item step. */
export type InKindItemValues = { label: string | null; socialSecurityValue: number; quantity: number; itemPercent: number; maximumDeduction: number };

/** Values of the monthly cap step. */
export type InKindCapValues = { grossMonthly: number; payPercent: number; cap: number; itemsTotal: number; maximumDeduction: number; cappedByPay: boolean };

function itemMessage(v: InKindItemValues, locale: Locale): string {
  const name = v.label ?? (locale === "fr" ? "avantage" : "benefit");
  return locale === "fr"
    ? `${name} : ${percentText(v.itemPercent, "fr")} × ${euros(v.socialSecurityValue, "fr")} × ${formatNumber(v.quantity, "fr")} = ${euros(v.maximumDeduction, "fr")} au plus`
    : `${name}: ${percentText(v.itemPercent, "en")} × ${euros(v.socialSecurityValue, "en")} × ${formatNumber(v.quantity, "en")} = at most ${euros(v.maximumDeduction, "en")}`;
}

function capMessage(v: InKindCapValues, locale: Locale): string {
  const e = (value: number) => euros(value, locale);
  const head =
    locale === "fr"
      ? `Plafond du mois : ${percentText(v.payPercent, "fr")} × ${e(v.grossMonthly)} = ${e(v.cap)}`
      : `Monthly cap: ${percentText(v.payPercent, "en")} × ${e(v.grossMonthly)} = ${e(v.cap)}`;
  if (v.cappedByPay) {
    return locale === "fr"
      ? `${head} < total des avantages ${e(v.itemsTotal)} : déduction limitée à ${e(v.maximumDeduction)}`
      : `${head} < benefits total ${e(v.itemsTotal)}: deduction limited to ${e(v.maximumDeduction)}`;
  }
  return locale === "fr" ? `${head} ≥ total des avantages ${e(v.itemsTotal)} : déduction de ${e(v.maximumDeduction)} au plus` : `${head} ≥ benefits total ${e(v.itemsTotal)}: deduction of at most ${e(v.maximumDeduction)}`;
}

const ITEM_TITLE = {
  fr: "Chaque avantage en nature est déductible dans la limite de 75 % de la déduction autorisée pour les autres salariés (son évaluation de sécurité sociale)",
  en: "Each benefit in kind may be deducted up to 75 % of the deduction allowed for other workers (its social-security valuation)",
};
const CAP_TITLE = {
  fr: "Chaque mois, les déductions pour avantages en nature ne peuvent dépasser les trois quarts du salaire",
  en: "Every month, the deductions for benefits in kind may not exceed three quarters of the pay",
};

/**
 * Apprentice, per benefit: at most 75 % of its social-security valuation (D6222-33).
 *
 * @example
 * apprenticeInKindItem.legalBasis; //=> ["C. trav. art. D6222-33"]
 */
export const apprenticeInKindItem = /* @__PURE__ */ defineRule<InKindItemValues>({
  id: "benefits-in-kind.apprenticeship.item",
  legalBasis: ["C. trav. art. D6222-33"],
  title: ITEM_TITLE,
  message: { fr: (v) => itemMessage(v, "fr"), en: (v) => itemMessage(v, "en") },
});

/**
 * Apprentice, every month: the deductions at most three quarters of the pay (D6222-33).
 *
 * @example
 * apprenticeInKindCap.id; //=> "benefits-in-kind.apprenticeship.monthly-cap"
 */
export const apprenticeInKindCap = /* @__PURE__ */ defineRule<InKindCapValues>({
  id: "benefits-in-kind.apprenticeship.monthly-cap",
  legalBasis: ["C. trav. art. D6222-33"],
  title: CAP_TITLE,
  message: { fr: (v) => capMessage(v, "fr"), en: (v) => capMessage(v, "en") },
});

/**
 * CPRO, per benefit: at most 75 % of its social-security valuation (D6325-17).
 *
 * @example
 * professionalisationInKindItem.legalBasis; //=> ["C. trav. art. D6325-17"]
 */
export const professionalisationInKindItem = /* @__PURE__ */ defineRule<InKindItemValues>({
  id: "benefits-in-kind.professionalisation.item",
  legalBasis: ["C. trav. art. D6325-17"],
  title: ITEM_TITLE,
  message: { fr: (v) => itemMessage(v, "fr"), en: (v) => itemMessage(v, "en") },
});

/**
 * CPRO, every month: the deductions at most three quarters of the pay (D6325-17).
 *
 * @example
 * professionalisationInKindCap.id; //=> "benefits-in-kind.professionalisation.monthly-cap"
 */
export const professionalisationInKindCap = /* @__PURE__ */ defineRule<InKindCapValues>({
  id: "benefits-in-kind.professionalisation.monthly-cap",
  legalBasis: ["C. trav. art. D6325-17"],
  title: CAP_TITLE,
  message: { fr: (v) => capMessage(v, "fr"), en: (v) => capMessage(v, "en") },
});

/**
 * Warning: an apprenticeship concluded 2019-01-01 → 2020-03-31, when no version of D6222-33 was in force.
 *
 * @example
 * inKindRuleGap.code; //=> "BENEFITS_IN_KIND_RULE_GAP"
 */
export const inKindRuleGap = /* @__PURE__ */ defineRule<{ signatureDate: IsoDate }>({
  id: "benefits-in-kind.apprenticeship.rule-gap",
  code: "BENEFITS_IN_KIND_RULE_GAP",
  legalBasis: ["C. trav. art. D6222-33"],
  title: {
    fr: "Contrat d'apprentissage conclu du 2019-01-01 au 2020-03-31 : aucune version de l'article D6222-33 en vigueur ; les limites de 2020 sont appliquées",
    en: "Apprenticeship concluded 2019-01-01 to 2020-03-31: no version of art. D6222-33 in force; the 2020 limits are applied",
  },
  message: {
    fr: (v) =>
      `Contrat conclu le ${v.signatureDate} : l'ancien article D6222-33 a été abrogé le 2019-01-01 et le nouveau ne vise que les contrats conclus à partir du 2020-04-01 ; les mêmes limites (75 % et trois quarts du salaire) sont appliquées, à confirmer (law-money.md §5, point 10).`,
    en: (v) =>
      `Contract concluded on ${v.signatureDate}: the former art. D6222-33 was abrogated on 2019-01-01 and the new one covers contracts concluded from 2020-04-01 only; the same limits (75 % and three quarters of the pay) are applied, to be confirmed (law-money.md §5, item 10).`,
  },
});

// ---------------------------------------------------------------------------------------------
// examLeave
// ---------------------------------------------------------------------------------------------

/** Values of an exam-leave step. */
export type ExamLeaveValues = { days: number; paid: boolean; from: IsoDate; to: IsoDate; plannedWorkingDays: number | null; blocks: number | null };

/**
 * L6222-35: an apprentice has 5 jours ouvrables of paid leave in the month before the exams.
 *
 * @example
 * apprenticeExamLeaveRule.legalBasis; //=> ["C. trav. art. L6222-35"]
 */
export const apprenticeExamLeaveRule = /* @__PURE__ */ defineRule<ExamLeaveValues>({
  id: "exam-leave.apprentice",
  legalBasis: ["C. trav. art. L6222-35"],
  title: {
    fr: "Apprenti : 5 jours ouvrables de congé supplémentaire, avec maintien du salaire, dans le mois qui précède les épreuves",
    en: "Apprentice: 5 extra jours ouvrables of leave, salary maintained, in the month before the exams",
  },
  message: {
    fr: (v) =>
      `Apprenti : ${v.days} jours ouvrables de congé payé pour préparer les épreuves, à prendre du ${v.from} au ${v.to} (mois qui précède la première épreuve), en plus des congés payés et du temps en CFA`,
    en: (v) =>
      `Apprentice: ${v.days} jours ouvrables of paid leave to prepare the exams, to be taken from ${v.from} to ${v.to} (the month before the first exam), on top of paid leave and CFA time`,
  },
});

/**
 * Loi 2015-990 art. 296: a student employee has 5 unpaid jours ouvrables per block of 60 jours
 * ouvrables worked as planned by the contract, in the month before the exams.
 *
 * @example
 * studentExamLeaveRule.id; //=> "exam-leave.student-employee"
 */
export const studentExamLeaveRule = /* @__PURE__ */ defineRule<ExamLeaveValues>({
  id: "exam-leave.student-employee",
  legalBasis: ["Loi n° 2015-990 du 6 août 2015, art. 296"],
  title: {
    fr: "Étudiant salarié (contrat de professionnalisation compris) : 5 jours ouvrables non rémunérés par tranche de 60 jours ouvrables travaillés prévus au contrat, dans le mois qui précède les examens",
    en: "Student employee (professionalisation contract included): 5 unpaid jours ouvrables per block of 60 jours ouvrables worked as planned by the contract, in the month before the exams",
  },
  message: {
    fr: (v) =>
      `Étudiant salarié : ${v.plannedWorkingDays} jours ouvrables prévus = ${v.blocks} tranche(s) complète(s) de 60 → ${v.days} jours ouvrables de congé non rémunéré, à prendre du ${v.from} au ${v.to}`,
    en: (v) =>
      `Student employee: ${v.plannedWorkingDays} planned jours ouvrables = ${v.blocks} full block(s) of 60 → ${v.days} unpaid jours ouvrables, to be taken from ${v.from} to ${v.to}`,
  },
});

/**
 * Warning: the planned working days leave a remainder below 60; it opens no leave (UNCONFIRMED reading).
 *
 * @example
 * examLeavePartialBlock.code; //=> "EXAM_LEAVE_PARTIAL_BLOCK"
 */
export const examLeavePartialBlock = /* @__PURE__ */ defineRule<{ remainder: number }>({
  id: "exam-leave.student-employee.partial-block",
  code: "EXAM_LEAVE_PARTIAL_BLOCK",
  legalBasis: ["Loi n° 2015-990 du 6 août 2015, art. 296"],
  title: {
    fr: "Reste de moins de 60 jours ouvrables : aucune journée de congé (lecture retenue, le texte ne le précise pas)",
    en: "Remainder below 60 jours ouvrables: no day of leave (reading taken, the text does not say)",
  },
  message: {
    fr: (v) => `${v.remainder} jour(s) ouvrable(s) au-delà de la dernière tranche complète de 60 : aucune journée de congé retenue pour ce reste (le texte ne le précise pas ; law-money.md §5, point 12).`,
    en: (v) => `${v.remainder} jours ouvrables beyond the last full block of 60: no day of leave counted for them (the text does not say; law-money.md §5, item 12).`,
  },
});

/**
 * Every rule of the net-pay module, for the generated rules reference (docs/rules.md).
 *
 * @example
 * netPayRules.map((rule) => rule.id).includes("net-pay.csg-base"); //=> true
 */
export const netPayRules: readonly RuleDeclaration<never>[] = /* @__PURE__ */ Object.freeze([
  apprenticeRegime,
  standardRegime,
  monthValues,
  exemptionCeiling,
  oldAgeCappedLine,
  oldAgeUncappedLine,
  agircArrcoT1Line,
  agircArrcoT2Line,
  cegT1Line,
  cegT2Line,
  cetLine,
  alsaceMoselleHealthLine,
  ircantecALine,
  ircantecBLine,
  csgDeductibleLine,
  csgNonDeductibleLine,
  crdsLine,
  csgBase,
  netBeforeIncomeTax,
  taxableNet,
  publicEmployerIrcantec,
  aboveCeilingConvention,
  alsaceMoselleRateUnconfirmed,
  incomeTaxLimit,
  incomeTaxSplit,
  incomeTaxLimitNotPublished,
  familyCeiling,
  familyCeilingNotPublished,
  familyCeilingHalfYear,
  apprenticeInKindItem,
  apprenticeInKindCap,
  professionalisationInKindItem,
  professionalisationInKindCap,
  inKindRuleGap,
  apprenticeExamLeaveRule,
  studentExamLeaveRule,
  examLeavePartialBlock,
]);
