/**
 * The CLI on the whole-contract checks: the batch on examples/cohort.csv gives the same verdicts as the
 * library row by row (each row written here as the nested input a school system would send), the new
 * columns, and `alternance check-contract`.
 */
import { readFileSync, createReadStream } from "node:fs";
import { Writable } from "node:stream";
import { describe, expect, test } from "vitest";
import {
  AlternanceInputError,
  checkApprenticeshipContract,
  checkProfessionalisationContract,
  type ApprenticeshipContractInput,
  type ProfessionalisationContractInput,
} from "../../src/index.js";
import { processCohort, type BatchRecord } from "../../src/cli/batch.js";
import { runCheckContract } from "../../src/cli/check-contract.js";
import { evaluateRow, toAgreedPay } from "../../src/cli/cohort-row.js";
import { run } from "../../src/cli/main.js";

async function batch(path: string): Promise<BatchRecord[]> {
  const records: BatchRecord[] = [];
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  await processCohort(createReadStream(path), sink, { format: "ndjson", locale: "fr", onRecord: (record) => records.push(record) });
  return records;
}

const miage = "miageAixMarseille" as const;
const app = (birthDate: string, contract: ApprenticeshipContractInput["contract"], training: ApprenticeshipContractInput["training"], extra: Partial<ApprenticeshipContractInput> = {}) =>
  ({ kind: "apprenticeship" as const, input: { apprentice: { birthDate }, training: { policy: miage, ...training }, contract, ...extra } });
const cpro = (input: Omit<ProfessionalisationContractInput, "training"> & { training: Omit<ProfessionalisationContractInput["training"], "policy"> }) =>
  ({ kind: "professionalisation" as const, input: { ...input, training: { ...input.training, policy: miage } } });

/** Every row of examples/cohort.csv as the nested input of the library (written by hand from the file). */
const rows = [
  app(
    "2005-03-14",
    { contractStart: "2025-09-01", contractEnd: "2026-08-31", practicalTrainingStart: "2025-09-01", dailyHours: 7, agreedMonthlyPay: [{ from: "2025-09-01", amount: 850 }, { from: "2026-04-01", amount: 1000 }] },
    { trainingStart: "2025-09-01", trainingEnd: "2026-07-03", trainingHours: 590, diplomaLevel: 6 },
    { tutor: { birthDate: "1982-01-10", experienceYears: 4 } },
  ),
  app("2006-12-06", { contractStart: "2025-09-08", contractEnd: "2026-08-31" }, { trainingStart: "2025-09-01", trainingEnd: "2026-07-03", trainingHours: 590 }),
  cpro({ beneficiary: { birthDate: "2004-01-20" }, employer: { kind: "private" }, training: { qualification: "bac-pro-or-higher", trainingStart: "2025-09-01", trainingEnd: "2026-07-03" }, contract: { contractStart: "2025-09-01", contractEnd: "2026-07-31" } }),
  app(
    "2003-11-02",
    { contractStart: "2025-09-15", contractEnd: "2027-09-14", practicalTrainingStart: "2025-09-15", dailyHours: 7 },
    { trainingStart: "2025-09-01", trainingEnd: "2027-09-03", trainingHours: 1056, diplomaLevel: 7 },
    { tutor: { birthDate: "1990-05-20", experienceYears: 1.5, diplomaLevel: 7 } },
  ),
  app("1994-02-11", { contractStart: "2025-09-01", contractEnd: "2027-08-31" }, { trainingStart: "2025-09-01", trainingEnd: "2027-09-03", trainingHours: 1056 }),
  app("2002-05-27", { contractStart: "2026-01-05", contractEnd: "2027-09-30" }, { trainingStart: "2025-09-01", trainingEnd: "2027-09-03", trainingHours: 1056 }),
  app("2001-06-20", { contractStart: "2025-09-04", contractEnd: "2026-09-04", conventionalMinimumMonthly: 2150 }, { trainingStart: "2025-09-04", trainingEnd: "2026-09-04", trainingHours: 512 }),
  cpro({
    beneficiary: { birthDate: "1998-05-10", jobSeeker: true },
    employer: { kind: "private" },
    training: { qualification: "bac-pro-or-higher", trainingStart: "2025-09-04", trainingEnd: "2026-09-04" },
    contract: { contractStart: "2025-10-01", contractEnd: "2026-09-30", conventionalMinimumMonthly: 2400 },
  }),
  cpro({ beneficiary: { birthDate: "2002-08-30" }, employer: { kind: "public-industrial-commercial" }, training: { qualification: "bac-pro-or-higher", trainingStart: "2025-09-04", trainingEnd: "2026-09-04" }, contract: { contractStart: "2025-09-05", contractEnd: "2026-09-04" } }),
  app("1988-04-04", { contractStart: "2025-09-04", contractEnd: "2026-09-04" }, { trainingStart: "2025-09-04", trainingEnd: "2026-09-04", trainingHours: 512 }, { apprentice: { birthDate: "1988-04-04", exceptions: ["disabled-worker"] } }),
  app("2003-02-30", { contractStart: "2025-09-04", contractEnd: "2026-09-04" }, { trainingStart: "2025-09-04", trainingEnd: "2026-09-04", trainingHours: 512 }),
  app(
    "2002-10-12",
    { contractStart: "2025-09-04", contractEnd: "2026-09-04", weeklyHours: 28, agreedMonthlyPay: [{ from: "2025-09-04", amount: 800 }, { from: "2026-09-04", amount: 920 }] },
    { trainingStart: "2025-09-04", trainingEnd: "2026-09-04", trainingHours: 512, diplomaLevel: 7 },
  ),
];

function library(row: (typeof rows)[number]) {
  try {
    const result = row.kind === "apprenticeship" ? checkApprenticeshipContract({ ...row.input, explain: false }) : checkProfessionalisationContract({ ...row.input, explain: false } as ProfessionalisationContractInput);
    return { status: result.valid ? "ok" : "violations", violations: result.violations, warnings: result.warnings, errors: [] as string[] };
  } catch (error) {
    if (!(error instanceof AlternanceInputError)) throw error;
    return { status: "invalid", violations: [], warnings: [], errors: error.issues.map((issue) => issue.path.at(-1)) };
  }
}

describe("the batch gives the library's verdicts (examples/cohort.csv)", () => {
  test("row by row: status, violations (code, field, message) and warnings", async () => {
    const records = await batch("examples/cohort.csv");
    expect(records).toHaveLength(rows.length);
    records.forEach((record, index) => {
      const expected = library(rows[index]!);
      expect([record.id, record.status], `row ${record.id}`).toEqual([record.id, expected.status]);
      expect(record.violations ?? [], `row ${record.id}`).toEqual(expected.violations);
      expect(record.warnings ?? [], `row ${record.id}`).toEqual(expected.warnings);
      expect(record.errors.map((error) => error.field), `row ${record.id}`).toEqual(expected.errors);
    });
    // The file has examples of each verdict, and the new columns are read.
    expect(records.map((record) => record.status)).toEqual(["ok", "ok", "ok", "ok", "violations", "violations", "ok", "ok", "ok", "ok", "invalid", "ok"]);
    expect(records[0]!.tutor).toMatchObject({ valid: true, ageAtStart: 43 });
    expect(records[0]!.agreedPay?.map((row) => [row.from, row.amount, row.monthlyMinimum])).toEqual([
      ["2025-09-01", 850, 774.77],
      ["2026-01-01", 850, 783.9],
      ["2026-04-01", 1000, 966.21],
      ["2026-06-01", 1000, 989.52],
    ]);
  });
});

describe("the new columns", () => {
  test("agreedMonthlyPay cells", () => {
    expect(toAgreedPay("2025-09-01=800 | 01/09/2026=950,5|")).toEqual([{ from: "2025-09-01", amount: 800 }, { from: "2026-09-01", amount: 950.5 }]);
  });

  test("errors are named by column, the rest of the row still checked", () => {
    const outcome = evaluateRow(
      { contract: "apprenticeship", birthDate: "2009-03-10", contractStart: "2025-09-01", contractEnd: "2026-08-31", "tutor.birthDate": "1980-01-01", agreedMonthlyPay: "2025-09-01:800", dailyHours: "huit" },
      "en",
      undefined,
    );
    expect(outcome.status).toBe("invalid");
    expect(outcome.errors).toEqual([
      { field: "agreedMonthlyPay", message: '"2025-09-01:800": YYYY-MM-DD=amount is expected' },
      { field: "dailyHours", message: 'a number is expected, got "huit"' },
      { field: "tutor.experienceYears", message: "required field is missing" },
    ]);
    const pay = evaluateRow({ contract: "cpro", birthDate: "2004-03-10", contractStart: "2025-09-01", contractEnd: "2026-08-31", qualification: "bac-pro-or-higher", employer: "private", agreedMonthlyPay: "2025-09-01=1400|2025-08-01=1" }, "fr", undefined);
    expect(pay.errors).toEqual([{ field: "agreedMonthlyPay[1].from", message: "le 2025-08-01 précède le début du contrat (2025-09-01)" }]);
  });

  test("a minor without legal representative, with the explanation only when asked", () => {
    const cells = { contract: "apprentissage", birthDate: "2009-03-10", contractStart: "2025-09-01", contractEnd: "2026-08-31", weeklyHours: "35,5" };
    const quiet = evaluateRow(cells, "fr", undefined, false);
    expect(quiet.violations?.map((violation) => [violation.code, violation.field])).toEqual([
      ["MINOR_WEEKLY_HOURS_ABOVE_MAXIMUM", "contract.weeklyHours"],
      ["LEGAL_REPRESENTATIVE_MISSING", "apprentice.legalRepresentative"],
    ]);
    expect(quiet.workingTime?.explanation).toEqual([]);
    expect(evaluateRow({ ...cells, legalRepresentative: "oui" }, "fr", undefined).workingTime?.explanation).toHaveLength(1);
  });

  test("contract=constructor is an unknown value, not a missing one (issue 13)", () => {
    for (const contract of ["constructor", "__proto__", "toString"]) {
      expect(evaluateRow({ contract, birthDate: "2006-04-10", contractStart: "2025-09-01", contractEnd: "2026-08-31" }, "fr", undefined).errors).toEqual([
        { field: "contract", message: `type de contrat inconnu « ${contract} » : apprentissage, professionnalisation ou stage-alternance (ou en anglais : apprenticeship, professionalisation, work-study-internship)` },
      ]);
    }
  });
});

async function cli(args: string[], input?: string) {
  let stdout = "";
  let stderr = "";
  const io = { stdout: { write: (text: string) => ((stdout += text), true) }, stderr: { write: (text: string) => ((stderr += text), true) }, today: () => "2026-03-15" };
  const code = input === undefined ? await run(args, io) : await runCheckContract(args.slice(1), io, "fr", () => input);
  return { code, stdout, stderr };
}

describe("alternance check-contract", () => {
  const document = readFileSync("examples/contract-miage.json", "utf8");

  test("the MIAGE example: exit 0, the library's result as JSON", async () => {
    const { code, stdout } = await cli(["check-contract", "examples/contract-miage.json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(checkApprenticeshipContract({ ...JSON.parse(document), explain: false }))));
  });

  test("standard input, violations: exit 1; --lang en; --explain keeps the explanation", async () => {
    const late = JSON.stringify({ ...JSON.parse(document), contract: { ...JSON.parse(document).contract, practicalTrainingStart: "2025-12-05" } });
    const { code, stdout } = await cli(["check-contract", "-", "--lang", "en", "--explain"], late);
    expect(code).toBe(1);
    const result = JSON.parse(stdout);
    expect(result.violations.map((violation: { code: string }) => violation.code)).toEqual(["PRACTICAL_TRAINING_START_TOO_LATE"]);
    expect(result.explanation[0].message).toBe("Eligibility: met");
  });

  test("bad input: exit 2, every nested path named", async () => {
    const { code, stderr } = await cli(["check-contract", "-"], JSON.stringify({ beneficiary: { birthDate: "2004-02-30" }, employer: {}, training: { qualification: "bac-pro-or-higher" }, contract: { contractStart: "2025-09-01" } }));
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toEqual([
      "beneficiary.birthDate : date invalide « 2004-02-30 » : une date réelle au format AAAA-MM-JJ est attendue (années 1900 à 2199)",
      "employer.kind : champ obligatoire manquant",
      "contract.contractEnd : champ obligatoire manquant",
    ]);
  });

  test.for([
    { name: "no file", args: ["check-contract"], message: "un fichier JSON attendu (ou - pour l'entrée standard)" },
    { name: "missing file", args: ["check-contract", "absent.json"], message: "fichier illisible « absent.json » (ENOENT)" },
    { name: "bad format", args: ["check-contract", "examples/contract-miage.json", "--format", "xml"], message: "--format json|table|csv" },
    { name: "bad language", args: ["check-contract", "examples/contract-miage.json", "--lang", "de"], message: "--lang fr|en" },
    { name: "unknown flag", args: ["check-contract", "examples/contract-miage.json", "--bogus"], message: "alternance check-contract : option inconnue « --bogus »" },
    { name: "unknown contract type", args: ["check-contract", "examples/contract-miage.json", "--contract", "stage"], message: "type de contrat introuvable" },
  ])("usage error: $name (exit 2)", async ({ args, message }) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  test.for([
    { name: "not JSON", input: "{ nope", message: "JSON invalide" },
    { name: "an array", input: "[]", message: "un objet JSON est attendu" },
    { name: "neither apprentice nor beneficiary", input: "{}", message: "type de contrat introuvable" },
  ])("bad document: $name (exit 2)", async ({ input, message }) => {
    const { code, stderr } = await cli(["check-contract", "-"], input);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  test("--format table names every section's field in French or English, never by its path", async () => {
    const french = (await cli(["check-contract", "examples/contract-miage.json", "--format", "table"])).stdout;
    expect(french).not.toMatch(/^sections\./m);
    for (const label of ["Dates conformes", "Début au plus tôt", "Tuteur conforme", "Expérience (années)", "Représentant légal requis", "Début de la formation pratique", "Salaire convenu et minimum"]) expect(french).toContain(label);
    const english = (await cli(["check-contract", "examples/contract-miage.json", "--format", "table", "--lang", "en"])).stdout;
    expect(english).not.toMatch(/^sections\./m);
    expect(english).toContain("Tutor valid");
  });

  test("--contract forces the type; --format table; --help", async () => {
    const cproDocument = JSON.stringify({ beneficiary: { birthDate: "2004-03-10" }, employer: { kind: "private" }, training: { qualification: "bac-pro-or-higher" }, contract: { contractStart: "2025-09-01", contractEnd: "2026-08-31" } });
    expect((await cli(["check-contract", "-", "--contract", "professionalisation", "--format", "table"], cproDocument)).stdout).toContain("Conforme");
    expect((await cli(["check-contract", "--help"])).stdout).toContain("alternance check-contract FICHIER.json");
    expect((await cli(["--help"])).stdout).toContain("verifier-contrat FICHIER.json");
  });
});
