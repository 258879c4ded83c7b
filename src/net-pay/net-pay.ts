/**
 * `netPay`: the net pay of an apprentice or a CPRO employee for one month, line by line as on a
 * payslip (law-money.md §2; API.md §8).
 */
import * as z from "zod/mini";
import { valueAt, type Dated } from "../core/dated.js";
import { daysInMonth, type IsoDate } from "../core/dates.js";
import { explainStep, explanationWhen, violationOf, type Locale, type Step, type Violation } from "../core/explain.js";
import { inputIssue } from "../core/issues.js";
import { Dec } from "../core/money.js";
import { inputObject, isoDateFrom, localeOf, parseInput, throwIfIssues } from "../core/schema.js";
import { CONTRACT_SCOPE_START } from "../core/scope.js";
import { ceilingEntryAt } from "../legal-values/social-security-ceiling.js";
import { smicMonthly, smicSeries } from "../legal-values/smic.js";
import { verificationWarnings } from "../legal-values/verification.js";
import { apprenticeContributionRegimes, type ApprenticeRegimeId } from "../parameters/apprentice-exemption.js";
import { crdsRate, csgBaseAbatement, csgDeductibleRate, csgNonDeductibleRate } from "../parameters/csg-crds.js";
import {
  alsaceMoselleHealthEmployeeRate,
  generalBalanceEmployeeRates,
  ircantecEmployeeRates,
  oldAgeCappedEmployeeRate,
  oldAgeUncappedEmployeeRate,
  supplementaryPensionEmployeeRates,
  technicalBalanceEmployeeRate,
} from "../parameters/employee-contributions.js";
import { cents, centsSchema, MAX_GROSS_MONTHLY, MAX_MONTHLY_SHARE, monthFrom } from "./input.js";
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

const HUNDRED = new Dec(100);

/** The official monthly SMIC (rounded to the cent) of every metropolitan entry, computed once at load from the data. */
const SMIC_MONTHLY: ReadonlyMap<Dated<number>, Dec> = new Map(smicSeries("metropole").entries.map((entry) => [entry, new Dec(smicMonthly(entry.value))]));

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

/** A computed line before it gets its label and basis. */
interface Line {
  id: ContributionId;
  base: Dec;
  rate: number;
  amount: Dec;
}

function line(id: ContributionId, base: Dec, rate: number): Line {
  return { id, base, rate, amount: cents(base.times(rate).div(HUNDRED)) };
}

/** The CSG/CRDS base and how it was built. */
interface CsgComputation {
  values: CsgBaseValues;
  base: Dec;
}

function csgComputation(
  kind: "apprentice" | "standard" | "not-due-before-2025-03",
  gross: Dec,
  threshold: Dec,
  ceiling: Dec,
  healthEmployer: Dec,
  date: IsoDate,
): CsgComputation {
  const abatement = valueAt(csgBaseAbatement, date).value;
  const above = gross.minus(threshold);
  const notDue = kind === "not-due-before-2025-03" || (kind === "apprentice" && above.lte(0));
  const limit = ceiling.times(abatement.upToCeilings);
  const abatedPart = notDue ? new Dec(0) : Dec.min(above, limit);
  const fullPart = notDue ? new Dec(0) : Dec.max(0, above.minus(limit));
  const health = notDue ? new Dec(0) : healthEmployer;
  const base = cents(abatedPart.times(HUNDRED.minus(abatement.rate)).div(HUNDRED).plus(fullPart).plus(health));
  return {
    base,
    values: {
      kind: notDue && kind === "apprentice" ? "not-due-below-threshold" : kind,
      grossMonthly: gross.toNumber(),
      threshold: threshold.toNumber(),
      abatedPart: abatedPart.toNumber(),
      abatementRate: abatement.rate,
      fullPart: fullPart.toNumber(),
      healthEmployerMonthly: health.toNumber(),
      base: base.toNumber(),
    },
  };
}

/** The social-contribution lines (before CSG/CRDS) on the excess `excess` of the gross `gross`. */
function socialLines(excess: Dec, gross: Dec, ceiling: Dec, date: IsoDate, publicEmployer: boolean, alsaceMoselleRate: number | null): Line[] {
  const pension = valueAt(publicEmployer ? ircantecEmployeeRates : supplementaryPensionEmployeeRates, date).value;
  const trancheA = Dec.min(excess, ceiling);
  const trancheB = Dec.max(0, Dec.min(excess, ceiling.times(pension.upToCeilings)).minus(ceiling));
  const lines = [line("old-age-capped", trancheA, valueAt(oldAgeCappedEmployeeRate, date).value), line("old-age-uncapped", excess, valueAt(oldAgeUncappedEmployeeRate, date).value)];
  if (publicEmployer) {
    lines.push(line("ircantec-a", trancheA, pension.tranche1), line("ircantec-b", trancheB, pension.tranche2));
  } else {
    const balance = valueAt(generalBalanceEmployeeRates, date).value;
    const technical = valueAt(technicalBalanceEmployeeRate, date).value;
    lines.push(
      line("agirc-arrco-t1", trancheA, pension.tranche1),
      line("ceg-t1", trancheA, balance.tranche1),
      line("agirc-arrco-t2", trancheB, pension.tranche2),
      line("ceg-t2", trancheB, balance.tranche2),
    );
    if (gross.gt(ceiling.times(technical.aboveCeilings))) lines.push(line("cet", Dec.min(excess, ceiling.times(technical.upToCeilings)), technical.rate));
  }
  if (alsaceMoselleRate !== null) lines.push(line("alsace-moselle-health", excess, alsaceMoselleRate));
  return lines.filter((item) => item.base.gt(0));
}

function signatureIssues(signatureDate: IsoDate, month: string, locale: Locale) {
  const lastDay = `${month}-${String(daysInMonth(`${month}-01`))}`;
  if (signatureDate <= lastDay) return [];
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

const sum = (lines: readonly Line[]): Dec => lines.reduce((total, item) => total.plus(item.amount), new Dec(0));

/**
 * The net pay of an apprentice or a professionalisation-contract employee for one month, computed
 * line by line as on a payslip (law-money.md §2.4).
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
  const smicEntry = valueAt(smicSeries("metropole"), date);
  const smic = SMIC_MONTHLY.get(smicEntry)!;
  const ceiling = new Dec(ceilingEntryAt(date).value);
  const gross = new Dec(parsed.grossMonthly);
  const healthEmployee = new Dec(parsed.healthEmployeeMonthly ?? 0);
  const healthEmployer = new Dec(parsed.healthEmployerMonthly ?? 0);
  const publicEmployer = parsed.employer === "public";
  const apprentice = parsed.contract === "apprenticeship";
  const regimeEntry = apprentice ? valueAt(apprenticeContributionRegimes, parsed.signatureDate).value : null;
  const ceilingT = regimeEntry === null ? new Dec(0) : cents(smic.times(regimeEntry.exemptionCeilingPercent).div(HUNDRED));
  const excess = Dec.max(0, gross.minus(ceilingT));
  const alsaceEntry = parsed.alsaceMoselle === true ? valueAt(alsaceMoselleHealthEmployeeRate, date) : null;

  const social = socialLines(excess, gross, ceiling, date, publicEmployer, alsaceEntry?.value ?? null);
  const csg =
    regimeEntry === null
      ? csgComputation("standard", gross, new Dec(0), ceiling, healthEmployer, date)
      : regimeEntry.csgCrdsAbovePercent === null
        ? csgComputation("not-due-before-2025-03", gross, new Dec(0), ceiling, healthEmployer, date)
        : csgComputation("apprentice", gross, cents(smic.times(regimeEntry.csgCrdsAbovePercent).div(HUNDRED)), ceiling, healthEmployer, date);
  const csgLines = [
    line("csg-deductible", csg.base, valueAt(csgDeductibleRate, date).value),
    line("csg-non-deductible", csg.base, valueAt(csgNonDeductibleRate, date).value),
    line("crds", csg.base, valueAt(crdsRate, date).value),
  ].filter((item) => item.base.gt(0));
  const employeeContributions = sum(social);
  const csgCrds = sum(csgLines);
  const net = gross.minus(employeeContributions).minus(csgCrds).minus(healthEmployee);
  const nonDeductible = sum(csgLines.filter((item) => item.id !== "csg-deductible"));
  const taxable = net.plus(nonDeductible).plus(healthEmployer);
  const lines = [...social, ...csgLines];

  const warnings = verificationWarnings([date], locale);
  if (publicEmployer) warnings.push(violationOf(publicEmployerIrcantec, locale, {}, "employer"));
  if (apprentice && gross.gt(ceiling)) warnings.push(violationOf(aboveCeilingConvention, locale, { grossMonthly: parsed.grossMonthly, ceiling: ceiling.toNumber() }, "grossMonthly"));
  // The first entry of the Alsace-Moselle series is modele-social's value, absent from law-money.md.
  if (alsaceEntry !== null && alsaceEntry === alsaceMoselleHealthEmployeeRate.entries[0]) {
    warnings.push(violationOf(alsaceMoselleRateUnconfirmed, locale, { ratePercent: alsaceEntry.value, month: parsed.month }, "alsaceMoselle"));
  }

  return {
    regime: regimeEntry?.regime ?? "standard",
    exemptionCeiling: regimeEntry === null ? null : ceilingT.toNumber(),
    contributions: lines.map((item) => ({
      id: item.id,
      label: contributionLabels[item.id][locale],
      base: item.base.toNumber(),
      ratePercent: item.rate,
      amount: item.amount.toNumber(),
      legalBasis: [...contributionLineRules[item.id].legalBasis],
    })),
    employeeContributions: employeeContributions.toNumber(),
    csgCrds: csgCrds.toNumber(),
    netBeforeIncomeTax: net.toNumber(),
    taxableNet: taxable.toNumber(),
    explanation: explanationWhen(parsed.explain, () => {
      const steps: Step[] = [];
      if (regimeEntry === null) steps.push(explainStep(standardRegime, locale, {}));
      else steps.push(explainStep(apprenticeRegime, locale, { signatureDate: parsed.signatureDate, ...regimeEntry }));
      const monthStep = explainStep(monthValues, locale, {
        month: parsed.month,
        smicHourly: smicEntry.value,
        smicMonthly: smic.toNumber(),
        smicSince: smicEntry.since,
        ceiling: ceiling.toNumber(),
      });
      monthStep.legalBasis.push(...smicEntry.legalBasis);
      steps.push(monthStep);
      if (regimeEntry !== null) {
        steps.push(
          explainStep(exemptionCeiling, locale, {
            exemptionCeilingPercent: regimeEntry.exemptionCeilingPercent,
            smicMonthly: smic.toNumber(),
            exemptionCeiling: ceilingT.toNumber(),
            grossMonthly: parsed.grossMonthly,
            excess: excess.toNumber(),
          }),
        );
      }
      const lineStep = (item: Line) =>
        explainStep(contributionLineRules[item.id], locale, { base: item.base.toNumber(), ratePercent: item.rate, amount: item.amount.toNumber() });
      steps.push(...social.map(lineStep), explainStep(csgBase, locale, csg.values), ...csgLines.map(lineStep));
      steps.push(
        explainStep(netBeforeIncomeTax, locale, {
          grossMonthly: parsed.grossMonthly,
          employeeContributions: employeeContributions.toNumber(),
          csgCrds: csgCrds.toNumber(),
          healthEmployeeMonthly: healthEmployee.toNumber(),
          netBeforeIncomeTax: net.toNumber(),
        }),
        explainStep(taxableNet, locale, {
          netBeforeIncomeTax: net.toNumber(),
          csgNonDeductible: csgLines.find((item) => item.id === "csg-non-deductible")?.amount.toNumber() ?? 0,
          crds: csgLines.find((item) => item.id === "crds")?.amount.toNumber() ?? 0,
          healthEmployerMonthly: healthEmployer.toNumber(),
          taxableNet: taxable.toNumber(),
        }),
      );
      return steps;
    }),
    warnings,
  };
}
