/**
 * The command line speaks French as the office does (issue 19): every French word of every flag with
 * choices, every French command alias (accents and capitals ignored), and usage errors in French with
 * « vouliez-vous dire … ».
 */
import { describe, expect, test } from "vitest";
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
