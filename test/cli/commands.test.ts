/**
 * The built CLI, run as a child process: every subcommand, json/csv/table output, help, exit codes.
 */
import { describe, expect, test } from "vitest";
import { apprenticeMinimumWage, checkApprenticeshipEligibility, contractWindows, internshipGratification, netPay, smicAt } from "../../src/index.js";
import { runCli } from "./run-cli.js";

describe("help and version", () => {
  test("--help lists every subcommand, exit 0", () => {
    const { code, stdout } = runCli(["--help"]);
    expect(code).toBe(0);
    for (const word of ["eligibility apprenticeship", "eligibility professionalisation", "windows", "check-dates", "pay apprenticeship", "pay professionalisation", "gratification", "presence", "training-hours", "hiring-aid", "training-contribution", "smic", "net-pay", "income-tax", "exam-leave", "batch", "demo"]) {
      expect(stdout).toContain(word);
    }
  });

  test("no argument prints the help and exits 2 (usage)", () => {
    expect(runCli([]).code).toBe(2);
  });

  test("<cmd> --help lists its flags", () => {
    const { code, stdout } = runCli(["pay", "apprenticeship", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--birth-date");
    expect(stdout).toContain("--smc");
    expect(runCli(["batch", "--help", "--lang", "en"]).stdout).toContain("Columns in any order");
  });

  test("--version prints the package version", () => {
    const { code, stdout } = runCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("--format json prints exactly the API result", () => {
  const rows = [
    {
      name: "smic",
      args: ["smic", "--date", "2026-03-15", "--format", "json"],
      expected: smicAt("2026-03-15"),
    },
    {
      name: "pay apprenticeship on a date (seed: 774,77 €)",
      args: ["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "01/09/2025", "--date", "2025-10-01", "--format", "json"],
      expected: apprenticeMinimumWage({ birthDate: "2006-04-10", contractStart: "2025-09-01", date: "2025-10-01", locale: "fr" }),
    },
    {
      name: "net-pay (law-money.md §2.5 case 6)",
      args: ["net-pay", "--contract", "apprenticeship", "--gross-monthly", "989.52", "--month", "2026-07", "--signature-date", "2025-09-01", "--format", "json"],
      expected: netPay({ contract: "apprenticeship", grossMonthly: 989.52, month: "2026-07", signatureDate: "2025-09-01", locale: "fr" }),
    },
    {
      name: "windows (seed: MIAGE Master)",
      args: ["windows", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2027-09-03", "--policy", "miageAixMarseille", "--format", "json"],
      expected: contractWindows({ contract: "apprenticeship", trainingStart: "2025-09-01", trainingEnd: "2027-09-03", policy: "miageAixMarseille", locale: "fr" }),
    },
    {
      name: "gratification with monthly hours (Ministry example)",
      args: ["gratification", "--monthly-hours", "2026-01=154,2026-02=140,2026-03=147", "--signed-on", "2026-01-02", "--format", "json"],
      expected: internshipGratification({ presenceHours: [{ month: "2026-01", hours: 154 }, { month: "2026-02", hours: 140 }, { month: "2026-03", hours: 147 }], conventionSignedOn: "2026-01-02", locale: "fr" }),
    },
  ];
  test.for(rows)("$name", (row) => {
    const { code, stdout, stderr } = runCli(row.args);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(row.expected)));
  });
});

describe("table output: French labels, amounts as 774,77 €", () => {
  test("pay apprenticeship", () => {
    const { code, stdout } = runCli(["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--date", "2025-10-01"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Minimum mensuel\s+774,77 €/);
    expect(stdout).toMatch(/Taux \(%\)\s+43/);
  });

  test("English labels with --lang en", () => {
    const { stdout } = runCli(["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--date", "2025-10-01", "--lang", "en"]);
    expect(stdout).toMatch(/Monthly minimum\s+€774\.77/);
  });

  test("--explain adds the steps with their articles", () => {
    const { stdout } = runCli(["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--date", "2025-10-01", "--explain"]);
    expect(stdout).toContain("Explication");
    expect(stdout).toContain("D6222-26");
  });

  test("a schedule is printed as a table of periods", () => {
    const { code, stdout } = runCli(["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--contract-end", "2027-08-31"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Du\s+Au/);
    expect(stdout).toContain("774,77 €");
  });
});

describe("every subcommand answers (exit 0 when every rule holds, 1 when one is not met)", () => {
  const rows = [
    { args: ["eligibility", "apprenticeship", "--birth-date", "2004-03-10", "--contract-start", "2025-09-01"], code: 0, contains: /Éligible\s+oui/ },
    { args: ["eligibility", "apprenticeship", "--birth-date", "1994-02-11", "--contract-start", "2025-09-01"], code: 1, contains: /Éligible\s+non/ },
    { args: ["eligibility", "apprenticeship", "--birth-date", "1988-04-04", "--contract-start", "2025-09-01", "--exception", "disabled-worker"], code: 0, contains: /disabled-worker/ },
    { args: ["eligibility", "professionalisation", "--birth-date", "1998-05-10", "--contract-start", "2025-10-01", "--employer", "private", "--job-seeker"], code: 0, contains: /job-seeker/ },
    { args: ["eligibility", "professionalisation", "--birth-date", "2002-08-30", "--contract-start", "2025-10-01", "--employer", "state"], code: 1, contains: /Employeur autorisé\s+non/ },
    { args: ["windows", "--contract", "professionalisation", "--training-start", "2025-09-01", "--training-end", "2026-07-03", "--policy", "miageAixMarseille"], code: 0, contains: /Début au plus tôt\s+2025-07-01/ },
    { args: ["check-dates", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2026-07-03", "--contract-start", "2026-01-05", "--contract-end", "2026-08-31", "--policy", "miageAixMarseille"], code: 1, contains: /Conforme\s+non/ },
    { args: ["pay", "professionalisation", "--birth-date", "2006-01-15", "--contract-start", "2025-09-01", "--date", "2025-11-01", "--qualification", "bac-pro-or-higher"], code: 0, contains: /1\u202f171,17 €/ },
    { args: ["gratification", "--hours", "309", "--signed-on", "2025-03-03"], code: 0, contains: /Total\s+1\u202f344,15 €/ },
    { args: ["presence", "--start", "2026-01-05", "--end", "2026-01-09"], code: 0, contains: /Heures\s+35/ },
    { args: ["training-hours", "--contract", "apprenticeship", "--contract-start", "2025-09-01", "--contract-end", "2026-08-31"], code: 0, contains: /Heures minimales\s+401,75/ },
    { args: ["training-hours", "--contract", "apprenticeship", "--contract-start", "2025-09-01", "--contract-end", "2026-08-31", "--training-hours", "400"], code: 1, contains: /Conforme\s+non/ },
    { args: ["registration-deadline", "--contract", "apprenticeship", "--contract-start", "2026-05-07"], code: 0, contains: /Date limite\s+2026-05-15/ },
    { args: ["trial-period-end", "--contract-start", "2025-09-01", "--company-weekdays", "mon,tue,wed"], code: 0, contains: /Dernier jour\s+\d{4}-\d{2}-\d{2}/ },
    { args: ["working-days", "add", "--date", "2026-05-07", "--n", "2", "--kind", "ouvres"], code: 0, contains: /2026-05-12/ },
    { args: ["working-days", "count", "--from", "2026-05-01", "--to", "2026-05-31", "--kind", "ouvres"], code: 0, contains: /17/ },
    // A result without steps: --explain says so instead of an empty « Explication » title (issue 19 review).
    { args: ["working-days", "count", "--from", "2026-05-01", "--to", "2026-05-31", "--kind", "ouvres", "--explain"], code: 0, contains: /Explication\n {2}\(ce calcul n'a pas d'étape à expliquer\)/ },
    { args: ["working-days", "count", "--from", "2026-05-01", "--to", "2026-05-31", "--kind", "ouvres", "--explain", "--lang", "en"], code: 0, contains: /\(this calculation has no step to explain\)/ },
    { args: ["smic", "--date", "2026-06-01", "--territory", "mayotte"], code: 0, contains: /9,56 €/ },
    { args: ["hiring-aid", "--signature-date", "2025-08-20", "--contract-start", "2025-09-01", "--contract-end", "2027-08-31", "--diploma-level", "6", "--company-headcount", "40"], code: 0, contains: /Montant\s+5\u202f000,00 €/ },
    { args: ["hiring-aid", "--signature-date", "2026-01-15", "--contract-start", "2026-02-01", "--contract-end", "2027-01-31", "--diploma-level", "6", "--company-headcount", "40"], code: 1, contains: /DIPLOMA_LEVEL_ABOVE_MAXIMUM/ },
    { args: ["training-contribution", "--signature-date", "2025-08-20", "--diploma-level", "8"], code: 0, contains: /Montant\s+750,00 €/ },
    { args: ["pay", "apprenticeship", "--birth-date", "2003-05-10", "--contract-start", "2025-09-01", "--contract-end", "2026-08-31", "--schedule"], code: 0, contains: /Total net du contrat\s+11\u202f482,44 €/ },
    { args: ["income-tax", "--year", "2023"], code: 0, contains: /Limite d'exonération\s+20\u202f815,00 €/ },
    { args: ["exam-leave", "--status", "apprentice", "--first-exam-date", "2026-06-15"], code: 0, contains: /Jours\s+5/ },
  ];
  test.for(rows)("$args.0 $args.1 → exit $code", (row) => {
    const { code, stdout, stderr } = runCli(row.args);
    expect(stderr).toBe("");
    // In French tables, dates are written JJ/MM/AAAA.
    expect(stdout).toMatch(new RegExp(row.contains.source.replace(/\\d\{4\}-\\d\{2\}-\\d\{2\}/g, "\\d{2}\\/\\d{2}\\/\\d{4}").replace(/(\d{4})-(\d{2})-(\d{2})/g, "$3\\/$2\\/$1"), row.contains.flags));
    expect(code).toBe(row.code);
  });
});

describe("csv output", () => {
  test("a schedule gives one CSV row per period, French headers and separators, a BOM for Excel", () => {
    const { code, stdout } = runCli(["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--contract-end", "2026-08-31", "--format", "csv"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("\ufeff")).toBe(true);
    const [header, first] = stdout.slice(1).trim().split("\n");
    expect(header!.split(";")).toEqual(expect.arrayContaining(["du", "au", "taux", "minimum_mensuel"]));
    expect(first).toContain("774,77");
  });

  test("a scalar result gives one row, English separators with --lang en", () => {
    const { stdout } = runCli(["smic", "--date", "2026-03-15", "--format", "csv", "--lang", "en"]);
    expect(stdout.split("\n")[0]).toBe("hourly,monthly,since,legalBasis,warnings");
    expect(stdout.split("\n")[1]).toMatch(/^12\.02,1823\.03,2026-01-01,/);
  });
});

test("check-dates --format csv gives the result's fields, not the rows of its explanation", () => {
  const { stdout } = runCli(["check-dates", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2026-07-03", "--contract-start", "2026-01-05", "--contract-end", "2026-08-31", "--policy", "miageAixMarseille", "--format", "csv"]);
  const [header, row, extra] = stdout.slice(1).trim().split("\n");
  expect(header!.split(";")).toEqual(expect.arrayContaining(["conforme", "debut_au_plus_tot", "debut_au_plus_tard"]));
  expect(header).not.toContain("message");
  expect(row).toContain("START_AFTER_LATEST");
  expect(extra).toBeUndefined();
});

describe("bad usage and bad input: exit 2, the message names the flag", () => {
  const rows = [
    { name: "unknown flag", args: ["smic", "--dat", "2026-01-01"], message: /--dat/ },
    { name: "unknown command", args: ["salaire"], message: /commande inconnue « salaire »/ },
    { name: "impossible date", args: ["pay", "apprenticeship", "--birth-date", "2006-02-30", "--contract-start", "2025-09-01", "--date", "2025-10-01"], message: /^--birth-date : date invalide « 2006-02-30 »/m },
    { name: "missing required flag", args: ["eligibility", "apprenticeship", "--contract-start", "2025-09-01"], message: /^--birth-date : champ obligatoire manquant/m },
    { name: "not a number", args: ["pay", "apprenticeship", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--date", "2025-10-01", "--smc", "beaucoup"], message: /^alternance : --smc : nombre attendu/m },
    { name: "unknown enum value", args: ["eligibility", "professionalisation", "--birth-date", "2002-08-30", "--contract-start", "2025-10-01", "--employer", "mairie"], message: /^alternance : --employer : valeur inconnue « mairie » ; valeurs admises : prive, interim, epic, etat, collectivite, epa, particulier \(ou en anglais : private, temporary-work-agency, public-industrial-commercial, state, local-authority, public-administrative, private-individual\)$/m },
    { name: "bad format", args: ["smic", "--format", "xml"], message: /--format/ },
    { name: "contract before 2019", args: ["pay", "apprenticeship", "--birth-date", "2000-04-10", "--contract-start", "2018-09-01", "--date", "2018-10-01"], message: /--contract-start : « 2018-09-01 » est antérieur au 2019-01-01/ },
    { name: "a month given twice names --monthly-hours (not --hours, which fills the same field)", args: ["gratification", "--monthly-hours", "2026-01=154,2026-01=140", "--signed-on", "2026-01-02"], message: /^--monthly-hours\[1\]\.month/m },
    { name: "policy file not found", args: ["windows", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2026-07-03", "--policy", "absent.json"], message: /--policy : fichier introuvable/ },
  ];
  test.for(rows)("$name", (row) => {
    const { code, stdout, stderr } = runCli(row.args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(row.message);
  });

  test("English messages with --lang en", () => {
    const { code, stderr } = runCli(["pay", "apprenticeship", "--birth-date", "2006-02-30", "--contract-start", "2025-09-01", "--date", "2025-10-01", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^--birth-date: invalid date "2006-02-30"/m);
  });
});

test("the CLI agrees with the library on eligibility", () => {
  const { stdout } = runCli(["eligibility", "apprenticeship", "--birth-date", "1996-09-01", "--contract-start", "2025-08-31", "--format", "json"]);
  expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(checkApprenticeshipEligibility({ birthDate: "1996-09-01", contractStart: "2025-08-31", locale: "fr" }))));
});
