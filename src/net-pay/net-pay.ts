/**
 * `netPay`: the net pay of an apprentice or a CPRO employee for one month, line by line as on a
 * payslip (docs/net-pay.md).
 */
import * as z from "zod/mini";
import { valueAt } from "../core/dated.js";
import { daysInMonth, type IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { centsOf, roundedQuotient } from "../core/money.js";
import { inputObject, isoDateFrom, localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { apprenticeContributionRegimes, type ApprenticeRegimeId } from "../parameters/apprentice-exemption.js";
import { centsSchema, MAX_GROSS_MONTHLY, MAX_MONTHLY_SHARE, monthFrom } from "./input.js";
import { isAlsaceMoselleRateUnconfirmed, MILLION, monthParameters, type MonthParameters, type Rate } from "./month-parameters.js";
import {
  aboveCeilingConvention,
  alsaceMoselleRateUnconfirmed,
  apprenticeRegime,
  contributionLabels,
  contributionLineRules,
  csgBase,
  exemptionCeiling,
  monthValues,
  netBeforeIncomeTax,
  publicEmployerIrcantec,
  standardRegime,
  taxableNet,
  type ContributionId,
  type CsgBaseValues,
} from "./rules.js";

/**
 * Contribution regime of a net-pay result: the apprentice's, by the date the contract was concluded,
 * or the standard one (CPRO).
 *
 * @example
 * const regime: NetPayRegime = "standard";
 */
export type NetPayRegime = ApprenticeRegimeId | "standard";

/**
 * Input of {@link netPay}.
 *
 * @example
 * const input: NetPayInput = { contract: "apprenticeship", grossMonthly: 989.52, month: "2026-07", signatureDate: "2025-09-01" };
 */
export interface NetPayInput {
  /** Apprenticeship or professionalisation contract. */
  contract: "apprenticeship" | "professionalisation";
  /** Gross pay of the month subject to contributions (CSS art. L242-1 base: salary, bonuses, taxable benefits in kind), euros and cents. */
  grossMonthly: number;
  /** The month paid, `YYYY-MM` (from 2019-01): its first day sets the SMIC, the ceiling and the rates. */
  month: string;
  /** The day the contract was concluded (signed), from 2019-01-01, not after the month: chooses the apprentice's regime. */
  signatureDate: IsoDate;
  /** `"private"` (default) or `"public"`: a public employer's apprentice pays IRCANTEC instead of AGIRC-ARRCO, CEG and CET. */
  employer?: "private" | "public";
  /** Local health regime of Alsace-Moselle (employee contribution 1,30 %). */
  alsaceMoselle?: boolean;
  /** Employee share of complementary health and prévoyance, euros a month (never exempt). */
  healthEmployeeMonthly?: number;
  /** Employer share of complementary health and prévoyance, euros a month (in the CSG/CRDS base where CSG/CRDS is due; taxable). */
  healthEmployerMonthly?: number;
  /** Language of messages, French by default. */
  locale?: Locale;
  /** `false`: `explanation: []`, no text built (API.md §7b). */
  explain?: boolean;
}

/**
 * One line of the payslip: an employee contribution, or CSG / CRDS.
 *
 * @example
 * const line: ContributionLine = { id: "old-age-capped", label: "Sécurité sociale vieillesse plafonnée", base: 56.01, ratePercent: 6.9, amount: 3.86, legalBasis: ["CSS art. D242-4"] };
 */
export interface ContributionLine {
  /** Stable id, e.g. `"old-age-capped"`, `"csg-deductible"`. */
  id: ContributionId;
  /** The line's label, in the requested language. */
  label: string;
  /** Base of the line, euros (in cents). */
  base: number;
  /** Employee rate, percent. */
  ratePercent: number;
  /** base × rate, rounded half-up to the cent. */
  amount: number;
  /** Articles and texts. */
  legalBasis: string[];
}

/**
 * Result of {@link netPay}.
 *
 * @example
 * const result: NetPayResult = netPay({ contract: "apprenticeship", grossMonthly: 989.52, month: "2026-07", signatureDate: "2025-09-01" });
 */
export interface NetPayResult {
  /** `"apprentice-before-2025-03"`, `"apprentice-from-2025-03"` or `"standard"` (CPRO). */
  regime: NetPayRegime;
  /** T: 79 % or 50 % of the official monthly SMIC of the month, rounded to the cent; `null` for a CPRO. */
  exemptionCeiling: number | null;
  /** The payslip lines with a base above 0, contributions first, then CSG and CRDS. */
  contributions: ContributionLine[];
  /** Sum of the social-contribution lines (CSG/CRDS excluded). */
  employeeContributions: number;
  /** CSG deductible + CSG non-deductible + CRDS. */
  csgCrds: number;
  /** Net pay before income tax: gross − the lines − the employee health share. */
  netBeforeIncomeTax: number;
  /** Taxable net, before the apprentice's exemption of CGI art. 81 bis. */
  taxableNet: number;
  /** The payslip in words: regime, month values, ceiling, one step per line, CSG base, net, taxable net. */
  explanation: Step[];
  /** `PARAMETERS_NOT_VERIFIED`, `NET_PAY_PUBLIC_EMPLOYER_IRCANTEC`, `NET_PAY_ABOVE_CEILING_CONVENTION`, `NET_PAY_RATE_UNCONFIRMED`. */
  warnings: Violation[];
}

const netPaySchema = inputObject({
  contract: z.enum(["apprenticeship", "professionalisation"]),
  grossMonthly: centsSchema(MAX_GROSS_MONTHLY),
  month: monthFrom(CONTRACT_SCOPE_START),
  signatureDate: isoDateFrom(CONTRACT_SCOPE_START),
  employer: z.optional(z.enum(["private", "public"])),
  alsaceMoselle: z.optional(z.boolean()),
  healthEmployeeMonthly: z.optional(centsSchema(MAX_MONTHLY_SHARE)),
  healthEmployerMonthly: z.optional(centsSchema(MAX_MONTHLY_SHARE)),
});

/** A computed payslip line, before it gets its label and basis; amounts in cents. */
interface Line {
  id: ContributionId;
  base: number;
  rate: Rate;
  amount: number;
}

/** base × rate in cents, rounded half-up to the cent, exactly (integers below 2^53, month-parameters.ts). */
const lineAmount = (base: number, rate: Rate): number => roundedQuotient(base * rate.perMillion, MILLION);

/** Adds the line `id` to `lines` when its base (cents) is above 0. */
function addLine(lines: Line[], id: ContributionId, base: number, rate: Rate): void {
  if (base > 0) lines.push({ id, base, rate, amount: lineAmount(base, rate) });
}

/** How the CSG/CRDS is due: on the whole gross, on the part above a threshold, or not on the pay. */
type CsgKind = "apprentice" | "standard" | "not-due-before-2025-03";

/** The CSG/CRDS base and the parts it was built from, in cents. */
interface CsgComputation {
  kind: CsgBaseValues["kind"];
  threshold: number;
  abatedPart: number;
  fullPart: number;
  health: number;
  base: number;
}

function csgComputation(kind: CsgKind, gross: number, threshold: number, parameters: MonthParameters, healthEmployer: number): CsgComputation {
  const above = gross - threshold;
  if (kind === "not-due-before-2025-03" || (kind === "apprentice" && above <= 0)) {
    return { kind: kind === "apprentice" ? "not-due-below-threshold" : kind, threshold, abatedPart: 0, fullPart: 0, health: 0, base: 0 };
  }
  const abatedPart = Math.min(above, parameters.csgAbatedUpTo);
  const fullPart = above - abatedPart;
  // round(abated part × 98,25 % + the whole cents added) = round(abated part × 98,25 %) + those cents.
  const base = lineAmount(abatedPart, parameters.csgKept) + fullPart + healthEmployer;
  return { kind, threshold, abatedPart, fullPart, health: healthEmployer, base };
}

/** The social-contribution lines (before CSG/CRDS) on the part `excess` of the gross `gross` above the ceiling T (cents). */
function socialLines(excess: number, gross: number, parameters: MonthParameters, publicEmployer: boolean, alsaceMoselle: boolean): Line[] {
  const lines: Line[] = [];
  if (excess <= 0) return lines;
  const { ceiling } = parameters;
  const pension = publicEmployer ? parameters.ircantec : parameters.pension;
  const trancheA = Math.min(excess, ceiling);
  const trancheB = excess > ceiling ? Math.min(excess, pension.upTo) - ceiling : 0;
  addLine(lines, "old-age-capped", trancheA, parameters.oldAgeCapped);
  addLine(lines, "old-age-uncapped", excess, parameters.oldAgeUncapped);
  if (publicEmployer) {
    addLine(lines, "ircantec-a", trancheA, pension.tranche1);
    addLine(lines, "ircantec-b", trancheB, pension.tranche2);
  } else {
    addLine(lines, "agirc-arrco-t1", trancheA, pension.tranche1);
    addLine(lines, "ceg-t1", trancheA, parameters.balance.tranche1);
    addLine(lines, "agirc-arrco-t2", trancheB, pension.tranche2);
    addLine(lines, "ceg-t2", trancheB, parameters.balance.tranche2);
    if (gross > parameters.technical.above) addLine(lines, "cet", Math.min(excess, parameters.technical.upTo), parameters.technical.rate);
  }
  if (alsaceMoselle) addLine(lines, "alsace-moselle-health", excess, parameters.alsaceMoselleRate);
  return lines;
}

function signatureIssues(signatureDate: IsoDate, month: string, locale: Locale) {
  // Concluded on or before the month's last day ⟺ concluded in that month or earlier.
  if (signatureDate.slice(0, 7) <= month) return [];
  const lastDay = `${month}-${String(daysInMonth(`${month}-01`))}`;
  return [
    inputIssue(
      ["signatureDate"],
      "SIGNATURE_AFTER_MONTH",
      {
        fr: `le contrat est conclu après le mois payé (${month}) : la date de conclusion doit être au plus le ${lastDay}`,
        en: `the contract is concluded after the month paid (${month}): the signature date must be on or before ${lastDay}`,
      },
      locale,
    ),
  ];
}

const sum = (lines: readonly Line[]): number => lines.reduce((total, item) => total + item.amount, 0);

/** Cents as euros: the double nearest to the amount, as `Number("12.34")` gives. */
const euros = (amountInCents: number): number => amountInCents / 100;

/**
 * The net pay of an apprentice or a professionalisation-contract employee for one month, computed
 * line by line as on a payslip (docs/net-pay.md).
 *
 * - **Regime** (apprentice): by the date the contract was **concluded** (`signatureDate`), for the
 *   whole contract: concluded before 2025-03-01, employee contributions exempt up to 79 % of the SMIC
 *   and no CSG/CRDS; from 2025-03-01, exempt up to 50 % of the SMIC and CSG/CRDS on the part above
 *   50 % (L6243-2, D6243-5, CSS L136-1-1 II 7°). modele-social uses the month instead, which is wrong
 *   for contracts concluded before 2025-03-01 and paid after. CPRO: `"standard"`, every contribution on
 *   the whole gross, CSG/CRDS on 98,25 % of it.
 * - **Ceiling T** = 79 % or 50 % × the official monthly SMIC of the month (hourly × 35 × 52 / 12
 *   rounded to the cent), rounded to the cent; not reduced for part time or absences. The SMIC and the
 *   ceiling are those in force on the first day of `month`.
 * - **Lines** on E = gross − T: vieillesse plafonnée 6,90 % and AGIRC-ARRCO T1 3,15 %, CEG T1 0,86 % on
 *   min(E, PSS); vieillesse déplafonnée 0,40 % on E; AGIRC-ARRCO T2 8,64 %, CEG T2 1,08 % on the part of
 *   E between 1 and 8 PSS; CET 0,14 % on min(E, 8 PSS) when the gross is above the PSS; Alsace-Moselle
 *   1,30 % on E; public employer: IRCANTEC 2,80 % / 6,95 % instead of AGIRC-ARRCO, CEG and CET. Above
 *   the PSS, the capped lines follow modele-social's reading (warning `NET_PAY_ABOVE_CEILING_CONVENTION`).
 * - **CSG/CRDS** base = 98,25 % × min(G − 50 % SMIC, 4 PSS) + the rest above 4 PSS + the employer
 *   health share, rounded to the cent; 6,80 % deductible, 2,40 % non-deductible, 0,50 % CRDS.
 * - **Payslip convention**: every line is base × rate rounded half-up to the cent (only lines with a
 *   base above 0 are listed); `netBeforeIncomeTax` = gross − the lines − `healthEmployeeMonthly`;
 *   `taxableNet` = net + non-deductible CSG + CRDS + `healthEmployerMonthly`, before CGI 81 bis.
 *   modele-social rounds once at the end, so it can differ by a cent or two.
 * - **Not modelled**: the proration of the ceiling for a contract starting or ending during the month
 *   (the BOSS says it is prorated but gives no formula: give a full month, or compare with the payroll
 *   software), overtime reductions, APEC (cadres), the non-deductible part of prévoyance, Mayotte and
 *   employees domiciled abroad.
 *
 * @param input - see {@link NetPayInput}
 * @returns regime, ceiling, the lines, their sums, the net and taxable net, explanation and warnings
 * @throws AlternanceInputError naming every wrong field (`OUT_OF_SCOPE` for a month or a signature
 * before 2019; `SIGNATURE_AFTER_MONTH` when the contract is concluded after the month)
 * @see https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000051284811 (C. trav. art. L6243-2)
 * @example
 * netPay({ contract: "apprenticeship", grossMonthly: 989.52, month: "2026-07", signatureDate: "2025-09-01" });
 * //=> { regime: "apprentice-from-2025-03", exemptionCeiling: 933.51, contributions: [7 lines], employeeContributions: 6.32,
 * //     csgCrds: 5.34, netBeforeIncomeTax: 977.86, taxableNet: 979.46, explanation: [...], warnings: [] }
 */
export function netPay(input: NetPayInput): NetPayResult {
  const locale = localeOf(input);
  const parsed = parseInput(netPaySchema, input, locale);
  throwIfIssues(signatureIssues(parsed.signatureDate, parsed.month, locale), locale);
  const date = `${parsed.month}-01`;
  const parameters = monthParameters(date);
  const { smicMonthly, ceiling } = parameters;
  const gross = centsOf(parsed.grossMonthly);
  const healthEmployee = parsed.healthEmployeeMonthly === undefined ? 0 : centsOf(parsed.healthEmployeeMonthly);
  const healthEmployer = parsed.healthEmployerMonthly === undefined ? 0 : centsOf(parsed.healthEmployerMonthly);
  const publicEmployer = parsed.employer === "public";
  const alsaceMoselle = parsed.alsaceMoselle === true;
  const regimeEntry = parsed.contract === "apprenticeship" ? valueAt(apprenticeContributionRegimes, parsed.signatureDate).value : null;
  const ceilingT = regimeEntry === null ? 0 : parameters.smicShares.get(regimeEntry.exemptionCeilingPercent)!;
  const excess = Math.max(gross - ceilingT, 0);

  const social = socialLines(excess, gross, parameters, publicEmployer, alsaceMoselle);
  const csg =
    regimeEntry === null
      ? csgComputation("standard", gross, 0, parameters, healthEmployer)
      : regimeEntry.csgCrdsAbovePercent === null
        ? csgComputation("not-due-before-2025-03", gross, 0, parameters, healthEmployer)
        : csgComputation("apprentice", gross, parameters.smicShares.get(regimeEntry.csgCrdsAbovePercent)!, parameters, healthEmployer);
  const csgLines: Line[] = [];
  addLine(csgLines, "csg-deductible", csg.base, parameters.csgDeductible);
  addLine(csgLines, "csg-non-deductible", csg.base, parameters.csgNonDeductible);
  addLine(csgLines, "crds", csg.base, parameters.crds);
  const employeeContributions = sum(social);
  const csgCrds = sum(csgLines);
  const net = gross - employeeContributions - csgCrds - healthEmployee;
  const taxable = net + (csgLines.length === 0 ? 0 : csgLines[1]!.amount + csgLines[2]!.amount) + healthEmployer;

  const warnings = verificationWarnings([date], locale);
  if (publicEmployer) warnings.push(violationOf(publicEmployerIrcantec, locale, {}, "employer"));
  if (regimeEntry !== null && gross > ceiling) {
    warnings.push(violationOf(aboveCeilingConvention, locale, { grossMonthly: parsed.grossMonthly, ceiling: euros(ceiling) }, "grossMonthly"));
  }
  if (alsaceMoselle && isAlsaceMoselleRateUnconfirmed(parameters)) {
    warnings.push(violationOf(alsaceMoselleRateUnconfirmed, locale, { ratePercent: parameters.alsaceMoselle.value, month: parsed.month }, "alsaceMoselle"));
  }

  const netNumber = euros(net);
  const contributions = [...social, ...csgLines].map(
    (item): ContributionLine => ({
      id: item.id,
      label: contributionLabels[item.id][locale],
      base: euros(item.base),
      ratePercent: item.rate.percent,
      amount: euros(item.amount),
      legalBasis: [...contributionLineRules[item.id].legalBasis],
    }),
  );
  return {
    regime: regimeEntry?.regime ?? "standard",
    exemptionCeiling: regimeEntry === null ? null : euros(ceilingT),
    contributions,
    employeeContributions: euros(employeeContributions),
    csgCrds: euros(csgCrds),
    netBeforeIncomeTax: netNumber,
    taxableNet: euros(taxable),
    explanation: explanationWhen(parsed.explain, () => {
      const steps: Step[] = [];
      if (regimeEntry === null) steps.push(explainStep(standardRegime, locale, {}));
      else steps.push(explainStep(apprenticeRegime, locale, { signatureDate: parsed.signatureDate, ...regimeEntry }));
      const monthStep = explainStep(monthValues, locale, {
        month: parsed.month,
        smicHourly: parameters.smic.value,
        smicMonthly: euros(smicMonthly),
        smicSince: parameters.smic.since,
        ceiling: euros(ceiling),
      });
      monthStep.legalBasis.push(...parameters.smic.legalBasis);
      steps.push(monthStep);
      if (regimeEntry !== null) {
        steps.push(
          explainStep(exemptionCeiling, locale, {
            exemptionCeilingPercent: regimeEntry.exemptionCeilingPercent,
            smicMonthly: euros(smicMonthly),
            exemptionCeiling: euros(ceilingT),
            grossMonthly: parsed.grossMonthly,
            excess: euros(excess),
          }),
        );
      }
      const lineStep = (item: Line) =>
        explainStep(contributionLineRules[item.id], locale, { base: euros(item.base), ratePercent: item.rate.percent, amount: euros(item.amount) });
      steps.push(
        ...social.map(lineStep),
        explainStep(csgBase, locale, {
          kind: csg.kind,
          grossMonthly: parsed.grossMonthly,
          threshold: euros(csg.threshold),
          abatedPart: euros(csg.abatedPart),
          abatementRate: parameters.csgAbatementPercent,
          fullPart: euros(csg.fullPart),
          healthEmployerMonthly: euros(csg.health),
          base: euros(csg.base),
        }),
        ...csgLines.map(lineStep),
        explainStep(netBeforeIncomeTax, locale, {
          grossMonthly: parsed.grossMonthly,
          employeeContributions: euros(employeeContributions),
          csgCrds: euros(csgCrds),
          healthEmployeeMonthly: euros(healthEmployee),
          netBeforeIncomeTax: netNumber,
        }),
        explainStep(taxableNet, locale, {
          netBeforeIncomeTax: netNumber,
          csgNonDeductible: euros(csgLines[1]?.amount ?? 0),
          crds: euros(csgLines[2]?.amount ?? 0),
          healthEmployerMonthly: euros(healthEmployer),
          taxableNet: euros(taxable),
        }),
      );
      return steps;
    }),
    warnings,
  };
}

/** The input schema {@link netPay} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { netPaySchema };
