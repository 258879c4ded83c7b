/**
 * The command line speaks French as the office does (issue 19): every French word of every flag with
 * choices, every French command alias (accents and capitals ignored), and usage errors in French with
 * « vouliez-vous dire … ».
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { columnOfHeader, FRENCH_HEADERS, readHeader } from "../../src/cli/cohort-headers.js";
import { useColour } from "../../src/cli/colour.js";
import { wrapWords } from "../../src/cli/layout.js";
import { counted } from "../../src/cli/usage.js";
import { commands } from "../../src/cli/commands.js";
import { buildInput, EXIT, run } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/io.js";

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true) },
    today: () => "2026-03-15",
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const flagRows = commands.flatMap((command) =>
  command.flags
    .filter((flag) => flag.choices !== undefined)
    .flatMap((flag) =>
      flag.choices!.flatMap((choice) =>
        [choice.fr, ...(choice.aliases ?? []), choice.value, choice.fr.toUpperCase()].map((word) => ({
          name: `${command.words.join(" ")} --${flag.flag} ${word}`,
          command,
          flag,
          word,
          expected: choice.value,
          source: "src/core/french-words.ts, the table the spreadsheet functions read",
        })),
      ),
    ),
);

describe("every French word of every flag with choices", () => {
  test.for(flagRows)("$name → $expected", ({ command, flag, word, expected }) => {
    const input = buildInput(command, { [flag.flag]: flag.multiple ? [word] : word }, "fr", "2026-03-15");
    const [head, ...rest] = flag.field.split(".");
    const value = rest.length === 0 ? input[head!] : (input[head!] as Record<string, unknown>)[rest.join(".")];
    expect(value).toEqual(flag.multiple || flag.kind === "list" ? [expected] : expected);
  });

  test("a list of French weekdays", () => {
    const presence = commands.find((command) => command.words[0] === "presence")!;
    expect(buildInput(presence, { weekdays: "lundi,Mar,mercredi, jeudi" }, "fr", "2026-03-15")["weekdays"]).toEqual(["mon", "tue", "wed", "thu"]);
  });

  test.for([
    {
      name: "hiring aid with employer Privé and the exception words",
      french: ["aide-embauche", "--signature-date", "01/09/2025", "--contract-start", "01/09/2025", "--contract-end", "31/08/2027", "--diploma-level", "6", "--company-headcount", "10", "--employer", "Privé", "--format", "json"],
      english: ["hiring-aid", "--signature-date", "2025-09-01", "--contract-start", "2025-09-01", "--contract-end", "2027-08-31", "--diploma-level", "6", "--company-headcount", "10", "--employer", "private", "--format", "json"],
    },
    {
      name: "eligibility with rqth",
      french: ["Éligibilité", "Apprentissage", "--birth-date", "1990-01-01", "--contract-start", "2025-09-01", "--exception", "RQTH", "--format", "json"],
      english: ["eligibility", "apprenticeship", "--birth-date", "1990-01-01", "--contract-start", "2025-09-01", "--exception", "disabled-worker", "--format", "json"],
    },
    {
      name: "windows with apprentissage and miage",
      french: ["fenêtres", "--contract", "apprentissage", "--training-start", "2025-09-01", "--training-end", "2027-09-03", "--policy", "MIAGE", "--format", "json"],
      english: ["windows", "--contract", "apprenticeship", "--training-start", "2025-09-01", "--training-end", "2027-09-03", "--policy", "miageAixMarseille", "--format", "json"],
    },
    {
      name: "CPRO pay with inférieur-bac-pro",
      french: ["salaire", "professionnalisation", "--birth-date", "2004-01-01", "--contract-start", "2025-09-01", "--date", "2025-10-01", "--qualification", "Inférieur bac pro", "--format", "json"],
      english: ["pay", "professionalisation", "--birth-date", "2004-01-01", "--contract-start", "2025-09-01", "--date", "2025-10-01", "--qualification", "below-bac-pro", "--format", "json"],
    },
  ])("$name: the same answer as in English", async ({ french, english }) => {
    const [fr, en] = [await cli(french), await cli(english)];
    expect(fr.stderr).toBe("");
    expect(fr.stdout).toBe(en.stdout);
    expect(fr.code).toBe(en.code);
  });
});

/** Accented or capitalised spellings, as an office types them. */
const TYPED: Readonly<Record<string, string[]>> = {
  "eligibilite apprentissage": ["Éligibilité", "apprentissage"],
  fenetres: ["fenêtres"],
  "verifier-dates": ["vérifier_dates"],
  "impot-revenu": ["impôt-revenu"],
  "conge-examen": ["congé-examen"],
  presence: ["présence"],
  "heures-formation": ["Heures-Formation"],
};

describe("every command has one French alias, listed in --help", () => {
  const rows = commands.map((command) => ({ name: `${command.fr.join(" ")} = ${command.words.join(" ")}`, command }));

  test.for(rows)("$name", async ({ command }) => {
    const typed = TYPED[command.fr.join(" ")] ?? command.fr;
    const help = await cli([...typed, "--help"]);
    expect(help.code).toBe(EXIT.ok);
    const same = command.fr.join(" ") === command.words.join(" ");
    expect(help.stdout.replace(/\s+/g, " ")).toContain(`alternance ${command.fr.join(" ")}${same ? "" : ` (${command.words.join(" ")})`} — `);
    expect((await cli([...command.words, "--help"])).stdout).toBe(help.stdout);
    const main = (await cli(["--help"])).stdout;
    expect(main).toContain(`  ${command.fr.join(" ")}`);
    if (!same) expect(main).toContain(`(${command.words.join(" ")})`);
  });

  test("the commands with their own arguments too: lot, verifier-contrat, demo, serveur", async () => {
    const main = (await cli(["--help"])).stdout;
    for (const name of ["lot FICHIER.csv", "(batch)", "verifier-contrat FICHIER.json", "(check-contract)", "demo", "serveur", "(serve)"]) expect(main).toContain(name);
    expect((await cli(["lot", "--help"])).stdout).toBe((await cli(["batch", "--help"])).stdout);
    expect((await cli(["Vérifier-Contrat", "--help"])).stdout).toBe((await cli(["check-contract", "--help"])).stdout);
  });

  test("in English, the English names first", async () => {
    const main = (await cli(["--help", "--lang", "en"])).stdout;
    expect(main).toContain("  pay apprenticeship");
    expect(main).toContain("(salaire apprentissage)");
  });
});

describe("usage errors in French, with « vouliez-vous dire »", () => {
  test.for([
    { name: "an unknown option", args: ["smic", "--dat", "2026-01-01"], message: "alternance : option inconnue « --dat » ; vouliez-vous dire « --date » ?\n" },
    { name: "an unknown option, nothing near", args: ["smic", "--zzzzzz"], message: "alternance : option inconnue « --zzzzzz »\n" },
    { name: "an unknown option in English", args: ["smic", "--dat", "2026-01-01", "--lang", "en"], message: 'alternance : unknown option "--dat"; did you mean "--date"?\n' },
    { name: "a missing value", args: ["smic", "--date"], message: "alternance : --date : valeur manquante\n" },
    { name: "a value that looks like an option", args: ["smic", "--date", "--explain"], message: "alternance : --date : valeur manquante (une valeur qui commence par un tiret s'écrit --date=-…)\n" },
    { name: "a value for a yes/no option", args: ["smic", "--explain=oui"], message: "alternance : --explain ne prend pas de valeur\n" },
    { name: "an argument without option", args: ["smic", "2026-01-01"], message: "alternance : argument inattendu « 2026-01-01 » (les valeurs suivent leur option : --birth-date 2006-04-10)\n" },
    { name: "an unknown command of two words", args: ["salaire", "aprentissage"], message: "alternance : commande inconnue « salaire aprentissage » ; vouliez-vous dire « salaire apprentissage » ? (alternance --help)\n" },
    { name: "an unknown command of one word", args: ["gratificaton", "--hours", "300"], message: "alternance : commande inconnue « gratificaton » ; vouliez-vous dire « gratification » ? (alternance --help)\n" },
    { name: "an unknown command, English", args: ["hiring-aide", "--lang", "en"], message: 'alternance : unknown command "hiring-aide"; did you mean "hiring-aid"? (alternance --help)\n' },
    { name: "an unknown value, near a French word", args: ["salaire-net", "--contract", "aprentissage", "--gross", "1000", "--month", "2026-07", "--signature-date", "2026-07-01"], message: "alternance : --contract : valeur inconnue « aprentissage » ; valeurs admises : apprentissage, professionnalisation (ou en anglais : apprenticeship, professionalisation) ; vouliez-vous dire « apprentissage » ?\n" },
    { name: "batch: an unknown option", args: ["lot", "examples/cohort.csv", "--formt", "csv"], message: "alternance batch : option inconnue « --formt » ; vouliez-vous dire « --format » ?\n" },
    { name: "check-contract: an unknown option", args: ["check-contract", "examples/contract-miage.json", "--contrat", "apprentissage"], message: "alternance check-contract : option inconnue « --contrat » ; vouliez-vous dire « --contract » ?\n" },
  ])("$name", async ({ args, message }) => {
    const { code, stdout, stderr } = await cli(args);
    expect(stdout).toBe("");
    expect(stderr).toBe(message);
    expect(code).toBe(EXIT.usage);
  });

  test("check-contract --contract accepts the French word", async () => {
    const { code, stderr } = await cli(["verifier-contrat", "examples/contract-miage.json", "--contract", "Apprentissage"]);
    expect(stderr).toBe("");
    expect(code).toBe(EXIT.ok);
  });
});

describe("batch: French headers, duplicated columns, dates as typed, CSV for French Excel", () => {
  const directory = mkdtempSync(join(tmpdir(), "alternance-fr-"));
  const file = (name: string, text: string) => {
    const path = join(directory, name);
    writeFileSync(path, text);
    return path;
  };

  const headerRows = Object.entries(FRENCH_HEADERS).flatMap(([column, names]) =>
    [column, ...names].flatMap((name) => [name, name.toUpperCase(), name.replaceAll("_", " ")].map((typed) => ({ name: `${typed} → ${column}`, typed, column, source: "docs/cli.md, header table" }))),
  );
  test.for(headerRows)("$name", ({ typed, column }) => {
    expect(columnOfHeader(typed)).toBe(column);
  });

  test("accents, capitals and spaces: Début contrat, Fin_Contrat, Niveau diplôme, tuteur.naissance", () => {
    expect(["Début contrat", "Fin_Contrat", "Niveau diplôme", "tuteur.naissance", "Date de naissance"].map(columnOfHeader)).toEqual(["contractStart", "contractEnd", "diplomaLevel", "tutor.birthDate", null]);
  });

  test.for([
    { name: "French and English names of one column", cells: ["type", "naissance", "birthDate"], locale: "fr", message: "colonne en double : « naissance » (colonne 2) et « birthDate » (colonne 3) désignent toutes deux birthDate ; gardez-en une" },
    { name: "two French aliases", cells: ["contrat", "Type", "naissance"], locale: "fr", message: "colonne en double : « contrat » (colonne 1) et « Type » (colonne 2) désignent toutes deux contract ; gardez-en une" },
    { name: "in English", cells: ["contract", "debut", "contractStart"], locale: "en", message: 'duplicate column: "debut" (column 2) and "contractStart" (column 3) both name contractStart; keep one' },
  ] as const)("a duplicated column is an error naming both: $name", ({ cells, locale, message }) => {
    expect(() => readHeader(cells, locale, () => undefined)).toThrow(message);
  });

  test("an unknown column: ignored, with « vouliez-vous dire »", () => {
    const warnings: string[] = [];
    expect(readHeader(["type", "naissanse", "Remarque"], "fr", (text) => warnings.push(text))).toEqual(["contract", null, null]);
    expect(warnings).toEqual(["colonnes inconnues ignorées : « naissanse » (vouliez-vous dire « naissance » ?), « Remarque »"]);
  });

  const french = "Type;Naissance;Début contrat;FIN_CONTRAT;debut_formation;fin formation;ID\napprentissage;10/04/2006;01/09/2025;31/08/2027;01/09/2025;03/07/2027;A1\nApprentissage;31/02/2006;01/09/2025;31/08/2027;;;A2\n";
  const english = "contract,birthDate,contractStart,contractEnd,trainingStart,trainingEnd,id\napprenticeship,2006-04-10,2025-09-01,2027-08-31,2025-09-01,2027-07-03,A1\napprenticeship,2006-02-31,2025-09-01,2027-08-31,,,A2\n";

  test("a French file gives the answers of the same file in English; the wrong date echoed as typed, by the header as typed", async () => {
    const [fr, en] = [await cli(["lot", file("fr.csv", french)]), await cli(["batch", file("en.csv", english)])];
    const records = fr.stdout.trim().split("\n").map((line) => JSON.parse(line) as { status: string; errors: Array<{ field: string; message: string }> });
    const englishRecords = en.stdout.trim().split("\n").map((line) => JSON.parse(line) as { status: string });
    expect(records[0]).toEqual(englishRecords[0]);
    expect(records[1]!.errors).toEqual([
      { field: "Naissance", message: "date invalide « 31/02/2006 » : une date réelle au format JJ/MM/AAAA ou AAAA-MM-JJ est attendue (années 1900 à 2199)" },
    ]);
    expect(fr.stderr).toBe("2 lignes : 1 conforme, 0 avec règles non respectées, 1 invalide\n");
    expect(fr.code).toBe(1);
  });

  test("CSV under --lang fr: BOM, ;, French headers, JJ/MM/AAAA; --no-bom drops the BOM; --lang en: none of them", async () => {
    const path = file("fr2.csv", french);
    const bom = (await cli(["lot", path, "--format", "csv"])).stdout;
    expect(bom.startsWith("\ufeffligne;id;statut;contrat;")).toBe(true);
    expect(bom).toContain("\n2;A1;ok;apprentissage;oui;19;oui;01/06/2025;01/12/2025;");
    expect(bom).toContain("Naissance: date invalide « 31/02/2006 »");
    const noBom = (await cli(["lot", path, "--format", "csv", "--no-bom"])).stdout;
    expect(noBom).toBe(bom.slice(1));
    const out = join(directory, "out.csv");
    await cli(["lot", path, "--format", "csv", "--out", out]);
    expect(readFileSync(out, "utf8")).toBe(bom);
    const en = (await cli(["batch", path, "--format", "csv", "--lang", "en"])).stdout;
    expect(en.startsWith("line,id,status,contract,")).toBe(true);
    expect(en).toContain("\n2,A1,ok,apprenticeship,true,19,true,2025-06-01,2025-12-01,");
  });

  test("--format table: the cohort table; --format with a typo", async () => {
    const table = await cli(["lot", file("fr3.csv", french), "--format", "table"]);
    expect(table.stdout.split("\n")[0]).toMatch(/^ligne +id +contrat +statut +âge +1er mois +détail$/);
    expect(table.stdout).toMatch(/\n {4}3 +A2 +apprentissage +invalide +Naissance : date invalide/);
    expect(table.stdout.split("\n").every((line) => line.length <= 80)).toBe(true);
    expect((await cli(["lot", file("fr4.csv", french), "--format", "tabel"])).stderr).toBe("alternance batch : --format ndjson|csv|table ; vouliez-vous dire « table » ?\n");
  });

  test("a wrong JJ/MM/AAAA flag is echoed as typed", async () => {
    expect((await cli(["smic", "--date", "31/02/2006"])).stderr).toBe("alternance : --date : date invalide « 31/02/2006 » : une date réelle au format JJ/MM/AAAA ou AAAA-MM-JJ est attendue (années 1900 à 2199)\n");
  });

  test("demo --help shows the help; the demo's counts agree in number", async () => {
    const help = await cli(["demo", "--help"]);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toMatch(/^alternance demo \[--lang fr\|en\] \[--width N\]/);
    expect((await cli(["demo"])).stdout).toContain("12 contrats : 9 conformes, 2 à revoir, 1 invalide.");
  });
});

describe("layout: words wrapped, never cut; colours", () => {
  test("wrapWords", () => {
    expect(wrapWords("Peut-il signer un contrat d'apprentissage ?", 41)).toEqual(["Peut-il signer un contrat", "d'apprentissage ?"]);
    expect(wrapWords("professionnalisation", 5)).toEqual(["professionnalisation"]);
    expect(wrapWords("", 10)).toEqual([""]);
  });
  test.for([
    { env: {}, tty: true, expected: true },
    { env: {}, tty: false, expected: false },
    { env: { NO_COLOR: "1" }, tty: true, expected: false },
    { env: { NO_COLOR: "" }, tty: true, expected: true },
    { env: { FORCE_COLOR: "1" }, tty: false, expected: true },
    { env: { FORCE_COLOR: "0" }, tty: true, expected: false },
    { env: { FORCE_COLOR: "1", NO_COLOR: "1" }, tty: true, expected: false },
  ])("useColour($env, $tty) = $expected", ({ env, tty, expected }) => {
    expect(useColour(env, tty)).toBe(expected);
  });
  test("counted: 0 and 1 singular in French, 1 only in English", () => {
    expect([0, 1, 2].map((n) => counted(n, "invalide", "invalides", "fr"))).toEqual(["0 invalide", "1 invalide", "2 invalides"]);
    expect([0, 1, 2].map((n) => counted(n, "row", "rows", "en"))).toEqual(["0 rows", "1 row", "2 rows"]);
  });
});
