/**
 * CSV of the one-off commands and of check-contract (issue 19), written as `batch` writes its CSV
 * (src/cli/csv-cell.ts, shared): in French, French headers (the French labels of the tables as one
 * word, like batch's `debut_au_plus_tot`), `;`, decimal commas, `oui`/`non`, dates JJ/MM/AAAA, rules
 * not met as `CODE: message`, and a UTF-8 BOM for Excel unless `--no-bom`; in English, the API's names,
 * `,`, points, `true`/`false` and ISO dates.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { csvBoolean, csvBom, csvHeaderLine, csvNumber, csvText, csvViolations } from "../../src/cli/csv-cell.js";
import { csvHeaderOf } from "../../src/cli/labels.js";
import { run } from "../../src/cli/main.js";

async function cli(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await run(args, { stdout: { write: (text: string) => ((stdout += text), true) }, stderr: { write: (text: string) => ((stderr += text), true) }, today: () => "2026-03-15" });
  return { code, stdout, stderr };
}

/** The lines of a CSV output, without its BOM. */
const lines = (text: string) => text.replace(/^\ufeff/, "").trimEnd().split("\n");

const SCHEDULE = ["salaire", "apprentissage", "--birth-date", "2006-04-10", "--contract-start", "2025-09-01", "--contract-end", "2026-08-31", "--format", "csv"];

describe("the rows of each command, in both languages", () => {
  test.for([
    {
      name: "pay schedule (apprentice, 18-20, 1st year 43 % of 11,88 € × 35 × 52 / 12 = 774,77 €, D6222-26)",
      args: SCHEDULE,
      fr: ["du;au;annee_du_contrat;tranche_d_age;taux;smic_horaire;minimum_mensuel;assiette;minimum_horaire;minimum_net", "01/09/2025;31/12/2025;1;18-20 ans;43;11,88;774,77;SMIC;5,11;774,77"],
      en: ["from,to,contractYear,ageBand,ratePercent,smicHourly,monthlyMinimum,base,hourlyMinimum,netMonthlyMinimum", "2025-09-01,2025-12-31,1,18-20,43,11.88,774.77,SMIC,5.11,774.77"],
    },
    {
      name: "smic (Décret n° 2025-1228: 12,02 €, 1 823,03 €)",
      args: ["smic", "--date", "2026-03-15", "--format", "csv"],
      fr: ["horaire;mensuel;depuis_le;base_legale;avertissements", "12,02;1823,03;01/01/2026;Décret n° 2025-1228 du 17 décembre 2025;"],
      en: ["hourly,monthly,since,legalBasis,warnings", "12.02,1823.03,2026-01-01,Décret n° 2025-1228 du 17 décembre 2025,"],
    },
    {
      name: "internship gratification (400 h > 308 h: mandatory, 4,50 €/h × 400 = 1 800 €, L124-6)",
      args: ["gratification", "--hours", "400", "--signed-on", "2026-01-10", "--format", "csv"],
      fr: [
        "gratification_obligatoire;obligatoire_en_jours_d124_6;heures_de_presence;jours_de_presence;mois_de_presence;seuil_heures;heures_maximales;taux_horaire_minimal;taux_horaire;total;mensuel;mensualite_lissee;franchise_horaire;part_exoneree;part_soumise_a_cotisations;regles_non_respectees;avertissements",
        "oui;oui;400;57;2;308;924;4,5;4,5;1800;;;4,5;1800;0;;",
      ],
      en: [
        "mandatory,mandatoryByDays,totalHours,presenceDays,presenceMonths,thresholdHours,maximumHours,minimumHourlyRate,hourlyRate,total,monthly,smoothedMonthly,exemptHourlyRate,exemptTotal,subjectTotal,violations,warnings",
        "true,true,400,57,2,308,924,4.5,4.5,1800,,,4.5,1800,0,,",
      ],
    },
    {
      name: "eligibility, a rule not met written `CODE: message` as batch does (35 at the start, L6222-1)",
      args: ["eligibilite", "apprentissage", "--birth-date", "1990-04-10", "--contract-start", "2025-09-01", "--format", "csv"],
      fr: ["eligible;age_au_debut_du_contrat;age_a_la_signature;age_minimal;age_maximal;derogation_appliquee;regles_non_respectees;avertissements", /^non;35;35;16;29;;AGE_ABOVE_MAXIMUM: 35 ans au début/],
      en: ["eligible,ageAtStart,ageAtSignature,minimumAge,maximumAge,appliedException,violations,warnings", /^false,35,35,16,29,,"AGE_ABOVE_MAXIMUM: 35 years old at the start/],
    },
    {
      name: "windows (MIAGE policy), dates JJ/MM/AAAA in French",
      args: ["fenetres", "--contract", "apprentissage", "--training-start", "2025-09-15", "--training-end", "2027-06-30", "--format", "csv"],
      fr: ["debut_au_plus_tot;debut_au_plus_tard;fin_au_plus_tot;fin_au_plus_tard;avertissements", "15/06/2025;15/12/2025;;;"],
      en: ["start.earliest,start.latest,end.earliest,end.latest,warnings", "2025-06-15,2025-12-15,,,"],
    },
  ])("$name", async ({ args, fr, en }) => {
    const french = await cli(args);
    const english = await cli([...args, "--lang", "en"]);
    for (const [output, expected] of [[french.stdout, fr], [english.stdout, en]] as const) {
      const got = lines(output);
      expect(got[0]).toBe(expected[0]);
      if (typeof expected[1] === "string") expect(got[1]).toBe(expected[1]);
      else expect(got[1]).toMatch(expected[1]!);
    }
    expect(french.stdout.startsWith("\ufeff")).toBe(true);
    expect(english.stdout.startsWith("\ufeff")).toBe(false);
  });
});

describe("the BOM", () => {
  test("French: a BOM unless --no-bom; English: never", async () => {
    expect((await cli(SCHEDULE)).stdout.startsWith("\ufeffdu;au;")).toBe(true);
    expect((await cli([...SCHEDULE, "--no-bom"])).stdout.startsWith("du;au;")).toBe(true);
    expect((await cli([...SCHEDULE, "--lang", "en"])).stdout.startsWith("from,to,")).toBe(true);
  });

  test.for([
    { locale: "fr", noBom: false, toTerminal: false, expected: true },
    { locale: "fr", noBom: true, toTerminal: false, expected: false },
    { locale: "fr", noBom: false, toTerminal: true, expected: false },
    { locale: "en", noBom: false, toTerminal: false, expected: false },
  ] as const)("csvBom($locale, --no-bom $noBom, terminal $toTerminal) = $expected (as batch decides)", ({ locale, noBom, toTerminal, expected }) => {
    expect(csvBom(locale, noBom, toTerminal)).toBe(expected);
  });
});

describe("check-contract --format csv", () => {
  const document = readFileSync("examples/contract-miage.json", "utf8");
  async function checkContract(args: string[]) {
    const { runCheckContract } = await import("../../src/cli/check-contract.js");
    let stdout = "";
    const code = await runCheckContract(args, { stdout: { write: (text: string) => ((stdout += text), true) }, stderr: { write: () => true }, today: () => "2026-03-15" }, "fr", () => document);
    return { code, stdout };
  }

  test("French headers, dates and commas, a BOM; --lang en: the API's names", async () => {
    const french = await checkContract(["-", "--format", "csv"]);
    expect(french.code).toBe(0);
    expect(french.stdout.startsWith("\ufeffdu;au;")).toBe(true);
    expect(lines(french.stdout)[1]).toMatch(/^04\/09\/2025;31\/12\/2025;1;21-25 ans;53;11,88;954,95;/);
    expect(lines((await checkContract(["-", "--format", "csv", "--no-bom"])).stdout)[0]).toMatch(/^du;au;/);
    const english = await checkContract(["-", "--format", "csv", "--lang", "en"]);
    expect(lines(english.stdout)[0]).toMatch(/^from,to,contractYear,/);
    expect(lines(english.stdout)[1]).toMatch(/^2025-09-04,2025-12-31,1,21-25,53,11.88,954.95,/);
  });
});

describe("the shared writer", () => {
  test.for([
    { field: "monthlyMinimum", fr: "minimum_mensuel", en: "monthlyMinimum" },
    { field: "windows.start.earliest", fr: "debut_au_plus_tot", en: "windows.start.earliest" },
    { field: "ratePercent", fr: "taux", en: "ratePercent" },
    { field: "ageAtStart", fr: "age_au_debut_du_contrat", en: "ageAtStart" },
    { field: "unknownField", fr: "unknownField", en: "unknownField" },
  ])("csvHeaderOf($field)", ({ field, fr, en }) => {
    expect([csvHeaderOf(field, "fr"), csvHeaderOf(field, "en")]).toEqual([fr, en]);
  });

  test("cells as batch writes them", () => {
    expect([csvNumber(774.77, "fr"), csvNumber(774.77, "en"), csvNumber(null, "fr")]).toEqual(["774,77", "774.77", ""]);
    expect([csvBoolean(true, "fr"), csvBoolean(false, "en"), csvBoolean(undefined, "fr")]).toEqual(["oui", "false", ""]);
    expect([csvText("du 2025-09-01", "fr"), csvText("2025-09-01", "en"), csvText(null, "fr")]).toEqual(["du 01/09/2025", "2025-09-01", ""]);
    expect(csvViolations([{ code: "A", message: "le 2026-01-05", legalBasis: [] }, { code: "B", message: "b", legalBasis: [] }], "fr")).toBe("A: le 05/01/2026 | B: b");
    expect(csvHeaderLine(["a", "b;c"], "fr", true)).toBe('\ufeffa;"b;c"\n');
    expect(csvHeaderLine(["a", "b"], "en", false)).toBe("a,b\n");
  });
});
