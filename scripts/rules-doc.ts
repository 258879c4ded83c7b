/**
 * Generates docs/rules.md from the rule declarations (every module's `…Rules` array, plus the core's
 * `PARAMETERS_NOT_VERIFIED` warning), so the reference can never drift from the code.
 * `npm run docs:rules` writes it; test/docs/rules-doc.test.ts fails when it is stale.
 *
 * "Applied by" is derived from the sources, not maintained by hand: the TypeScript parser builds the
 * graph of top-level declarations of src/ (a function or constant → the top-level names its body
 * mentions, imports followed), and a rule is listed under every public function of src/index.ts
 * from which its declaration is reachable. It is a static over-approximation (a function that may
 * apply the rule); test/docs/rules-doc.test.ts checks the other direction on real calls (every rule a
 * result cites is listed under the function that produced it).
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import type { RuleDeclaration } from "../src/core/explain.js";
import * as api from "../src/index.js";
import * as contractModule from "../src/contract/rules.js";
import * as datesModule from "../src/dates/rules.js";
import * as eligibilityModule from "../src/eligibility/rules.js";
import * as employerModule from "../src/employer/rules.js";
import * as internshipModule from "../src/internship/rules.js";
import * as netPayModule from "../src/net-pay/rules.js";
import * as verificationModule from "../src/legal-values/verification.js";
import * as payModule from "../src/pay/rules.js";
import * as programmesModule from "../src/programmes/rules.js";
import * as trainingHoursModule from "../src/training-hours/rules.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

type AnyRule = RuleDeclaration<never>;

/** One section of the reference: a module's rules, the file that declares them and its exports. */
interface RuleGroup {
  title: { fr: string; en: string };
  /** The public array, or the single declaration for the core warning. */
  source: string;
  file: string;
  rules: readonly AnyRule[];
  exports: Readonly<Record<string, unknown>>;
}

/** The groups, in the order of the modules in the README. */
export const ruleGroups: readonly RuleGroup[] = [
  { title: { fr: "Éligibilité", en: "Eligibility" }, source: "eligibilityRules", file: "src/eligibility/rules.ts", rules: api.eligibilityRules, exports: eligibilityModule },
  { title: { fr: "Heures de formation", en: "Training hours" }, source: "trainingHoursRules", file: "src/training-hours/rules.ts", rules: api.trainingHoursRules, exports: trainingHoursModule },
  { title: { fr: "Formations et statuts (conseil de l'établissement)", en: "Programmes and statuses (the school's advice)" }, source: "programmesRules", file: "src/programmes/rules.ts", rules: api.programmesRules, exports: programmesModule },
  { title: { fr: "Dates du contrat", en: "Contract dates" }, source: "datesRules", file: "src/dates/rules.ts", rules: api.datesRules as readonly AnyRule[], exports: datesModule },
  { title: { fr: "Rémunération", en: "Pay" }, source: "payRules", file: "src/pay/rules.ts", rules: api.payRules, exports: payModule },
  { title: { fr: "Stages", en: "Internships" }, source: "internshipRules", file: "src/internship/rules.ts", rules: api.internshipRules, exports: internshipModule },
  { title: { fr: "Contrat entier (formulaire CERFA)", en: "Whole contract (the CERFA form)" }, source: "contractRules", file: "src/contract/rules.ts", rules: api.contractRules, exports: contractModule },
  { title: { fr: "Employeur : aide à l'embauche, participation à la formation", en: "Employer: hiring aid, training participation" }, source: "employerRules", file: "src/employer/rules.ts", rules: api.employerRules, exports: employerModule },
  { title: { fr: "Salaire net et autres droits de l'apprenti", en: "Net pay and the apprentice's other money rules" }, source: "netPayRules", file: "src/net-pay/rules.ts", rules: api.netPayRules, exports: netPayModule },
  {
    title: { fr: "Noyau : paramètres légaux", en: "Core: legal parameters" },
    source: "parametersNotVerified",
    file: "src/legal-values/verification.ts",
    rules: [verificationModule.parametersNotVerified as AnyRule],
    exports: verificationModule,
  },
];

// ---------------------------------------------------------------------------------------------
// The graph of top-level declarations of src/
// ---------------------------------------------------------------------------------------------

/** A top-level declaration: `file#name`, file relative to the repository root. */
type NodeId = string;

interface ParsedFile {
  /** Top-level functions, constants and classes, with the syntax that defines them. */
  declarations: Map<string, ts.Node>;
  /** Local name → [imported file, exported name]. */
  imports: Map<string, [string, string]>;
  /** `export { local as exported }`: exported → local. */
  localExports: Map<string, string>;
  /** `export { a as b } from "./x.js"`: exported → [file, name]. */
  reExports: Map<string, [string, string]>;
  /** `export * from "./x.js"`. */
  starExports: string[];
}

function resolveModule(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(ROOT, dirname(fromFile), specifier).replace(/\.js$/, "");
  for (const candidate of [`${base}.ts`, join(base, "index.ts")]) {
    if (existsSync(candidate)) return relative(ROOT, candidate);
  }
  throw new Error(`rules-doc: cannot resolve ${specifier} from ${fromFile}`);
}

function isExported(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

function parseFile(file: string): ParsedFile {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), "utf8"), ts.ScriptTarget.ES2022, true);
  const parsed: ParsedFile = { declarations: new Map(), imports: new Map(), localExports: new Map(), reExports: new Map(), starExports: [] };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const target = resolveModule(file, statement.moduleSpecifier.text);
      const bindings = statement.importClause?.namedBindings;
      if (target && bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) parsed.imports.set(element.name.text, [target, (element.propertyName ?? element.name).text]);
      }
    } else if (ts.isExportDeclaration(statement)) {
      const target = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier) ? resolveModule(file, statement.moduleSpecifier.text) : undefined;
      const clause = statement.exportClause;
      if (clause === undefined) {
        if (target) parsed.starExports.push(target);
      } else if (ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          const original = (element.propertyName ?? element.name).text;
          if (target) parsed.reExports.set(element.name.text, [target, original]);
          else parsed.localExports.set(element.name.text, original);
        }
      }
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      parsed.declarations.set(statement.name.text, statement);
      if (isExported(statement)) parsed.localExports.set(statement.name.text, statement.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        parsed.declarations.set(declaration.name.text, declaration);
        if (isExported(statement)) parsed.localExports.set(declaration.name.text, declaration.name.text);
      }
    }
  }
  return parsed;
}

/** The source graph: parsed files on demand, and the edges of each declaration. */
class SourceGraph {
  private readonly files = new Map<string, ParsedFile>();
  private readonly edges = new Map<NodeId, NodeId[]>();

  file(path: string): ParsedFile {
    let parsed = this.files.get(path);
    if (!parsed) {
      parsed = parseFile(path);
      this.files.set(path, parsed);
    }
    return parsed;
  }

  /** The declaration an export of `file` comes from, following re-exports. */
  resolveExport(file: string, name: string, seen = new Set<string>()): NodeId | undefined {
    if (seen.has(`${file}#${name}`)) return undefined;
    seen.add(`${file}#${name}`);
    const parsed = this.file(file);
    const local = parsed.localExports.get(name);
    if (local !== undefined) return this.resolveLocal(file, local);
    const reExport = parsed.reExports.get(name);
    if (reExport) return this.resolveExport(reExport[0], reExport[1], seen);
    for (const target of parsed.starExports) {
      const found = this.resolveExport(target, name, seen);
      if (found) return found;
    }
    return undefined;
  }

  /** A name used in `file`: its own top-level declaration, or the declaration it imports. */
  resolveLocal(file: string, name: string): NodeId | undefined {
    const parsed = this.file(file);
    if (parsed.declarations.has(name)) return `${file}#${name}`;
    const imported = parsed.imports.get(name);
    return imported ? this.resolveExport(imported[0], imported[1]) : undefined;
  }

  /** The top-level declarations a declaration mentions (property names excluded). */
  edgesOf(id: NodeId): NodeId[] {
    const cached = this.edges.get(id);
    if (cached) return cached;
    const [file, name] = id.split("#") as [string, string];
    const node = this.file(file).declarations.get(name);
    const found = new Set<NodeId>();
    const visit = (child: ts.Node): void => {
      if (ts.isIdentifier(child)) {
        const parent = child.parent;
        const isPropertyName =
          (ts.isPropertyAccessExpression(parent) && parent.name === child) ||
          ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === child);
        if (!isPropertyName && child.text !== name) {
          const target = this.resolveLocal(file, child.text);
          if (target) found.add(target);
        }
      }
      ts.forEachChild(child, visit);
    };
    if (node) ts.forEachChild(node, visit);
    const list = [...found];
    this.edges.set(id, list);
    return list;
  }

  /** Every declaration reachable from `start`, itself included. */
  reachable(start: NodeId): Set<NodeId> {
    const seen = new Set<NodeId>([start]);
    const queue = [start];
    while (queue.length > 0) {
      for (const next of this.edgesOf(queue.pop()!)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  }
}

/** The public functions of src/index.ts (classes such as AlternanceInputError excluded). */
export function publicFunctionNames(): string[] {
  return Object.entries(api)
    .filter(([, value]) => typeof value === "function" && !/^class\s/.test(Function.prototype.toString.call(value)))
    .map(([name]) => name)
    .sort();
}

/** The top-level declaration of a rule: the export that is the rule, or a record that holds it. */
function declarationOf(rule: AnyRule, group: RuleGroup): NodeId {
  for (const [name, value] of Object.entries(group.exports)) {
    if (value === rule) return `${group.file}#${name}`;
  }
  for (const [name, value] of Object.entries(group.exports)) {
    if (name !== group.source && value !== null && typeof value === "object" && !Array.isArray(value) && Object.values(value).includes(rule)) {
      return `${group.file}#${name}`;
    }
  }
  throw new Error(`rules-doc: rule ${rule.id} is not exported by ${group.file}`);
}

/**
 * For every rule id, the public functions that may apply it (sorted), derived from the sources.
 *
 * @example
 * appliedBy().get("apprenticeship.age.maximum"); //=> ["checkApprenticeshipEligibility"]
 */
export function appliedBy(): Map<string, string[]> {
  const graph = new SourceGraph();
  const reach = publicFunctionNames().map((name) => {
    const node = graph.resolveExport("src/index.ts", name);
    if (!node) throw new Error(`rules-doc: cannot find the declaration of ${name}`);
    return [name, graph.reachable(node)] as const;
  });
  const result = new Map<string, string[]>();
  for (const group of ruleGroups) {
    for (const rule of group.rules) {
      const node = declarationOf(rule, group);
      result.set(
        rule.id,
        reach.filter(([, nodes]) => nodes.has(node)).map(([name]) => name),
      );
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function renderGroup(group: RuleGroup, functions: Map<string, string[]>): string {
  const rows = group.rules.map((rule) => {
    const applied = functions.get(rule.id) ?? [];
    return [
      `\`${rule.id}\``,
      rule.code ? `\`${rule.code}\`` : "",
      cell(rule.title.fr),
      cell(rule.title.en),
      rule.legalBasis.length > 0 ? cell(rule.legalBasis.join(" ; ")) : "—",
      applied.length > 0 ? applied.map((name) => `\`${name}\``).join(", ") : "—",
    ];
  });
  return [
    `## ${group.title.fr} — ${group.title.en}`,
    "",
    `\`${group.source}\` (${group.file}) : ${group.rules.length} ${group.rules.length > 1 ? "règles" : "règle"} / ${group.rules.length} rule${group.rules.length > 1 ? "s" : ""}`,
    "",
    "| id | code | règle | rule | base légale / legal basis | appliquée par / applied by |",
    "|---|---|---|---|---|---|",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
    "",
  ].join("\n");
}

/** The whole docs/rules.md text. */
export function renderRulesDoc(): string {
  const functions = appliedBy();
  const total = ruleGroups.reduce((sum, group) => sum + group.rules.length, 0);
  const coded = ruleGroups.reduce((sum, group) => sum + group.rules.filter((rule) => rule.code).length, 0);
  return [
    "# Règles / Rules",
    "",
    "<!-- Generated by `npm run docs:rules` (scripts/rules-doc.ts) from the rule declarations. Do not edit by hand. -->",
    "",
    `Chaque règle est déclarée une fois (\`defineRule\`) : identifiant stable, code de violation ou`,
    `d'avertissement pour celles qui peuvent ne pas être respectées, base légale, énoncé en français et en`,
    `anglais. Les résultats la citent par son identifiant (\`steps[].rule\`) ou par son code`,
    `(\`violations[].code\`, \`warnings[].code\`). ${total} règles, dont ${coded} avec un code.`,
    "« Appliquée par » : les fonctions publiques dont le code atteint la déclaration de la règle",
    "(dérivé des sources). Les règles de l'établissement (formations, politiques de dates) citent le",
    "document de l'établissement comme base ; la base légale indiquée pour les fenêtres de dates est",
    "celle de la loi.",
    "",
    `Each rule is declared once (\`defineRule\`): stable id, a violation or warning code for those that`,
    `can be broken, legal basis, and a statement in French and English. Results cite it by id`,
    `(\`steps[].rule\`) or by code (\`violations[].code\`, \`warnings[].code\`). ${total} rules, ${coded} with`,
    "a code. \"Applied by\": the public functions whose code reaches the rule's declaration (derived from",
    "the sources). A school's rules (programmes, date policies) cite the school's document as their",
    "basis; the basis shown for the date windows is the law's.",
    "",
    ...ruleGroups.map((group) => renderGroup(group, functions)),
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL("../docs/rules.md", import.meta.url));
  writeFileSync(target, renderRulesDoc());
  process.stdout.write(`wrote ${target}\n`);
}
