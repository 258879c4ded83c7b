/**
 * `netPay`: the net pay of an apprentice or a CPRO employee for one month, line by line as on a
 * payslip (docs/net-pay.md).
 */
import * as z from "zod/mini";
import { valueAt } from "../core/dated.js";
import { daysInMonth, type IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { Dec } from "../core/money.js";
import { inputObject, isoDateFrom, localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { apprenticeContributionRegimes, type ApprenticeRegimeId } from "../parameters/apprentice-exemption.js";
import { cents, centsSchema, MAX_GROSS_MONTHLY, MAX_MONTHLY_SHARE, monthFrom } from "./input.js";
import { isAlsaceMoselleRateUnconfirmed, monthParameters, type MonthParameters, type Rate } from "./month-parameters.js";
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

const ZERO = new Dec(0);

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

/** A computed payslip line, before it gets its label and basis. */
interface Line {
  id: ContributionId;
  base: Dec;
  rate: Rate;
  amount: Dec;
}

/** The smaller of two decimals, without the copies `Dec.min` makes (this runs for every line). */
const lesser = (a: Dec, b: Dec): Dec => (b.lt(a) ? b : a);

/** Adds the line `id` to `lines` when its base is above 0: amount = base × rate, rounded half-up to the cent. */
function addLine(lines: Line[], id: ContributionId, base: Dec, rate: Rate): void {
  if (base.gt(ZERO)) lines.push({ id, base, rate, amount: cents(base.times(rate.fraction)) });
}

/** How the CSG/CRDS is due: on the whole gross, on the part above a threshold, or not on the pay. */
type CsgKind = "apprentice" | "standard" | "not-due-before-2025-03";

/** The CSG/CRDS base and the parts it was built from. */
interface CsgComputation {
  kind: CsgBaseValues["kind"];
  threshold: Dec;
  abatedPart: Dec;
  fullPart: Dec;
  health: Dec;
  base: Dec;
}

function csgComputation(kind: CsgKind, gross: Dec, threshold: Dec, parameters: MonthParameters, healthEmployer: Dec): CsgComputation {
  const above = gross.minus(threshold);
  if (kind === "not-due-before-2025-03" || (kind === "apprentice" && !above.gt(ZERO))) {
    return { kind: kind === "apprentice" ? "not-due-below-threshold" : kind, threshold, abatedPart: ZERO, fullPart: ZERO, health: ZERO, base: ZERO };
  }
  const abatedPart = lesser(above, parameters.csgAbatedUpTo);
  const fullPart = above.gt(parameters.csgAbatedUpTo) ? above.minus(parameters.csgAbatedUpTo) : ZERO;
  const extra = fullPart.isZero() ? healthEmployer : fullPart.plus(healthEmployer);
  const abated = abatedPart.times(parameters.csgKept);
  const base = cents(extra.isZero() ? abated : abated.plus(extra));
  return { kind, threshold, abatedPart, fullPart, health: healthEmployer, base };
}

/** The social-contribution lines (before CSG/CRDS) on the part `excess` of the gross `gross` above the ceiling T. */
function socialLines(excess: Dec, gross: Dec, parameters: MonthParameters, publicEmployer: boolean, alsaceMoselle: boolean): Line[] {
  const lines: Line[] = [];
  if (!excess.gt(ZERO)) return lines;
  const { ceiling } = parameters;
  const pension = publicEmployer ? parameters.ircantec : parameters.pension;
  const trancheA = lesser(excess, ceiling);
  const trancheB = excess.gt(ceiling) ? lesser(excess, pension.upTo).minus(ceiling) : ZERO;
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
    if (gross.gt(parameters.technical.above)) addLine(lines, "cet", lesser(excess, parameters.technical.upTo), parameters.technical.rate);
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

const sum = (lines: readonly Line[]): Dec => lines.reduce((total, item) => total.plus(item.amount), ZERO);

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
  const gross = new Dec(parsed.grossMonthly);
  const healthEmployee = parsed.healthEmployeeMonthly === undefined ? ZERO : new Dec(parsed.healthEmployeeMonthly);
  const healthEmployer = parsed.healthEmployerMonthly === undefined ? ZERO : new Dec(parsed.healthEmployerMonthly);
  const publicEmployer = parsed.employer === "public";
  const alsaceMoselle = parsed.alsaceMoselle === true;
  const regimeEntry = parsed.contract === "apprenticeship" ? valueAt(apprenticeContributionRegimes, parsed.signatureDate).value : null;
  const ceilingT = regimeEntry === null ? ZERO : parameters.smicShares.get(regimeEntry.exemptionCeilingPercent)!;
  const excess = gross.gt(ceilingT) ? gross.minus(ceilingT) : ZERO;

  const social = socialLines(excess, gross, parameters, publicEmployer, alsaceMoselle);
  const csg =
    regimeEntry === null
      ? csgComputation("standard", gross, ZERO, parameters, healthEmployer)
      : regimeEntry.csgCrdsAbovePercent === null
        ? csgComputation("not-due-before-2025-03", gross, ZERO, parameters, healthEmployer)
        : csgComputation("apprentice", gross, parameters.smicShares.get(regimeEntry.csgCrdsAbovePercent)!, parameters, healthEmployer);
  const csgLines: Line[] = [];
  addLine(csgLines, "csg-deductible", csg.base, parameters.csgDeductible);
  addLine(csgLines, "csg-non-deductible", csg.base, parameters.csgNonDeductible);
  addLine(csgLines, "crds", csg.base, parameters.crds);
  const employeeContributions = sum(social);
  const csgCrds = sum(csgLines);
  // Most apprentices owe nothing: the deductions are the shared ZERO, and subtracting it is skipped.
  const deductions = employeeContributions.plus(csgCrds).plus(healthEmployee);
  const net = deductions.isZero() ? gross : gross.minus(deductions);
  const additions = csgLines.length === 0 ? healthEmployer : csgLines[1]!.amount.plus(csgLines[2]!.amount).plus(healthEmployer);
  const taxable = additions.isZero() ? net : net.plus(additions);

  const warnings = verificationWarnings([date], locale);
  if (publicEmployer) warnings.push(violationOf(publicEmployerIrcantec, locale, {}, "employer"));
  if (regimeEntry !== null && gross.gt(ceiling)) {
    warnings.push(violationOf(aboveCeilingConvention, locale, { grossMonthly: parsed.grossMonthly, ceiling: ceiling.toNumber() }, "grossMonthly"));
  }
  if (alsaceMoselle && isAlsaceMoselleRateUnconfirmed(parameters)) {
    warnings.push(violationOf(alsaceMoselleRateUnconfirmed, locale, { ratePercent: parameters.alsaceMoselle.value, month: parsed.month }, "alsaceMoselle"));
  }

  const netNumber = net.toNumber();
  // Lines share their bases (tranche A for three lines, the CSG base for three): convert each once.
  let lastBase: Dec | null = null;
  let lastBaseNumber = 0;
  const contributions = [...social, ...csgLines].map((item): ContributionLine => {
    if (item.base !== lastBase) {
      lastBase = item.base;
      lastBaseNumber = item.base.toNumber();
    }
    return {
      id: item.id,
      label: contributionLabels[item.id][locale],
      base: lastBaseNumber,
      ratePercent: item.rate.percent,
      amount: item.amount.toNumber(),
      legalBasis: [...contributionLineRules[item.id].legalBasis],
    };
  });
  return {
    regime: regimeEntry?.regime ?? "standard",
    exemptionCeiling: regimeEntry === null ? null : ceilingT.toNumber(),
    contributions,
    employeeContributions: social.length === 0 ? 0 : employeeContributions.toNumber(),
    csgCrds: csgLines.length === 0 ? 0 : csgCrds.toNumber(),
    netBeforeIncomeTax: netNumber,
    taxableNet: taxable === net ? netNumber : taxable.toNumber(),
    explanation: explanationWhen(parsed.explain, () => {
      const steps: Step[] = [];
      if (regimeEntry === null) steps.push(explainStep(standardRegime, locale, {}));
      else steps.push(explainStep(apprenticeRegime, locale, { signatureDate: parsed.signatureDate, ...regimeEntry }));
      const monthStep = explainStep(monthValues, locale, {
        month: parsed.month,
        smicHourly: parameters.smic.value,
        smicMonthly: smicMonthly.toNumber(),
        smicSince: parameters.smic.since,
        ceiling: ceiling.toNumber(),
      });
      monthStep.legalBasis.push(...parameters.smic.legalBasis);
      steps.push(monthStep);
      if (regimeEntry !== null) {
        steps.push(
          explainStep(exemptionCeiling, locale, {
            exemptionCeilingPercent: regimeEntry.exemptionCeilingPercent,
            smicMonthly: smicMonthly.toNumber(),
            exemptionCeiling: ceilingT.toNumber(),
            grossMonthly: parsed.grossMonthly,
            excess: excess.toNumber(),
          }),
        );
      }
      const lineStep = (item: Line) =>
        explainStep(contributionLineRules[item.id], locale, { base: item.base.toNumber(), ratePercent: item.rate.percent, amount: item.amount.toNumber() });
      steps.push(
        ...social.map(lineStep),
        explainStep(csgBase, locale, {
          kind: csg.kind,
          grossMonthly: parsed.grossMonthly,
          threshold: csg.threshold.toNumber(),
          abatedPart: csg.abatedPart.toNumber(),
          abatementRate: parameters.csgAbatementPercent,
          fullPart: csg.fullPart.toNumber(),
          healthEmployerMonthly: csg.health.toNumber(),
          base: csg.base.toNumber(),
        }),
        ...csgLines.map(lineStep),
        explainStep(netBeforeIncomeTax, locale, {
          grossMonthly: parsed.grossMonthly,
          employeeContributions: employeeContributions.toNumber(),
          csgCrds: csgCrds.toNumber(),
          healthEmployeeMonthly: healthEmployee.toNumber(),
          netBeforeIncomeTax: netNumber,
        }),
        explainStep(taxableNet, locale, {
          netBeforeIncomeTax: netNumber,
          csgNonDeductible: csgLines[1]?.amount.toNumber() ?? 0,
          crds: csgLines[2]?.amount.toNumber() ?? 0,
          healthEmployerMonthly: healthEmployer.toNumber(),
          taxableNet: taxable.toNumber(),
        }),
      );
      return steps;
    }),
    warnings,
  };
}

/** The input schema {@link netPay} validates with, for the JSON Schemas and the HTTP API (src/catalogue/). Internal. */
export { netPaySchema };
