import { describe, expect, test } from "vitest";
import { AlternanceInputError, smicAt } from "../../src/index.js";
import { errorMessage, evaluateSheetFunction, findSheetFunction, sheetFunctions, type SheetArgument } from "../../src/sheets/index.js";

/** The functions of issue 8, with their parameters (optional ones in brackets there, `?` here). */
const ISSUE_FUNCTIONS: Record<string, string[]> = {
  ALT_SMIC: ["date", "mensuel?"],
  ALT_APPRENTI_ELIGIBLE: ["naissance", "debut", "exception?", "fin_contrat_precedent?"],
  ALT_APPRENTI_TAUX: ["naissance", "debut", "date", "smc?"],
  ALT_APPRENTI_SALAIRE: ["naissance", "debut", "date", "smc?", "heures_hebdo?"],
  ALT_APPRENTI_ECHEANCIER: ["naissance", "debut", "fin", "smc?"],
  ALT_CPRO_ELIGIBLE: ["naissance", "debut", "employeur", "demandeur_emploi?"],
  ALT_CPRO_SALAIRE: ["naissance", "debut", "date", "niveau", "smc?"],
  ALT_DEBUT_AU_PLUS_TOT: ["type", "debut_formation", "fin_formation", "politique?"],
  ALT_DEBUT_AU_PLUS_TARD: ["type", "debut_formation", "fin_formation", "politique?"],
  ALT_FIN_AU_PLUS_TOT: ["type", "debut_formation", "fin_formation", "politique?"],
  ALT_FIN_AU_PLUS_TARD: ["type", "debut_formation", "fin_formation", "politique?"],
  ALT_STAGE_GRATIFICATION_OBLIGATOIRE: ["heures", "date_convention?"],
  ALT_STAGE_GRATIFICATION_MIN: ["heures", "date_convention"],
  ALT_STAGE_TAUX_HORAIRE: ["date"],
  ALT_HEURES_FORMATION_MIN: ["type", "debut", "fin"],
  ALT_HEURES_FORMATION_MAX: ["type", "debut", "fin"],
  ALT_AIDE_EMBAUCHE: ["signature", "debut", "fin", "niveau", "effectif", "employeur?", "rqth?", "outre_mer?", "engagement?", "naissance?"],
  ALT_PARTICIPATION_EMPLOYEUR: ["signature", "niveau", "apres_rupture?", "employeur?", "prise_en_charge?", "jours?"],
  ALT_SALAIRE_NET: ["type", "brut", "mois", "date_signature", "employeur?", "alsace_moselle?", "mutuelle_salarie?", "mutuelle_employeur?"],
  ALT_PLAFOND_IMPOT_APPRENTI: ["annee"],
  ALT_PLAFOND_ALLOCATIONS_FAMILIALES: ["date"],
  ALT_DONNEES_VERIFIEES_AU: [],
};

describe("the registry", () => {
  test("describes exactly the functions of issue 8, once each, in order", () => {
    expect(sheetFunctions.map((fn) => fn.name)).toEqual(Object.keys(ISSUE_FUNCTIONS));
  });

  test.for(sheetFunctions.map((fn) => ({ name: fn.name, fn })))("$name: parameters as in issue 8 (extra ones optional and last)", ({ name, fn }) => {
    const actual = fn.parameters.map((parameter) => `${parameter.name}${parameter.optional ? "?" : ""}`);
    expect(actual).toEqual(ISSUE_FUNCTIONS[name]);
  });

  test.for(sheetFunctions.map((fn) => ({ name: fn.name, fn })))("$name: French help, required parameters first, valid names", ({ fn }) => {
    expect(fn.name).toMatch(/^ALT_[A-Z_]+$/);
    expect(fn.help.length).toBeGreaterThan(20);
    expect(fn.resultHelp.length).toBeGreaterThan(0);
    const firstOptional = fn.parameters.findIndex((parameter) => parameter.optional);
    if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((parameter) => parameter.optional)).toBe(true);
    for (const parameter of fn.parameters) {
      expect(parameter.name).toMatch(/^[a-z_]+$/);
      expect(parameter.help.length).toBeGreaterThan(3);
    }
  });

  test("findSheetFunction is case-insensitive and rejects unknown names", () => {
    expect(findSheetFunction("alt_smic").name).toBe("ALT_SMIC");
    expect(() => findSheetFunction("ALT_INCONNUE")).toThrow("Fonction inconnue : ALT_INCONNUE");
  });
});

describe("evaluateSheetFunction (host-neutral)", () => {
  const smic = findSheetFunction("ALT_SMIC");
  const salaire = findSheetFunction("ALT_APPRENTI_SALAIRE");
  const schedule = findSheetFunction("ALT_APPRENTI_ECHEANCIER");

  test("a single call gives a typed cell", () => {
    expect(evaluateSheetFunction(smic, ["2026-03-15"])).toEqual({ type: "number", value: 12.02 });
    expect(evaluateSheetFunction(smic, ["2026-03-15", true])).toEqual({ type: "number", value: smicAt("2026-03-15").monthly });
  });

  test("a 1 × 1 range is a single cell (Excel passes every argument as a range)", () => {
    expect(evaluateSheetFunction(smic, [[["2026-03-15"]], [[true]]])).toEqual({ type: "number", value: 1823.03 });
  });

  test("ranges are mapped row by row; single cells are repeated; blank rows stay blank", () => {
    const births: SheetArgument = [["2006-04-10"], [""], ["2000-01-15"]];
    const result = evaluateSheetFunction(salaire, [births, "2025-09-01", "2025-10-01"]);
    expect(result).toEqual([
      [{ type: "number", value: 774.77 }],
      [{ type: "empty" }],
      [{ type: "number", value: 954.95 }], // 25 years old: 53 % × 1 801,80 € (law.md §4.1)
    ]);
  });

  test("a wrong row gives an error cell in that row only", () => {
    const result = evaluateSheetFunction(salaire, [[["2006-04-10"], ["31/02/2006"]], [["2025-09-01"], ["2025-09-01"]], "2025-10-01"]);
    expect(Array.isArray(result) && result[0]![0]).toEqual({ type: "number", value: 774.77 });
    expect(Array.isArray(result) && result[1]![0]).toEqual({
      type: "error",
      message: expect.stringMatching(/^Données invalides : naissance : date invalide « 31\/02\/2006 »/),
    });
  });

  test("ranges of different sizes are an error naming the parameter", () => {
    const result = evaluateSheetFunction(salaire, [[["2006-04-10"], ["2006-04-10"]], [["2025-09-01"], ["2025-09-01"], ["2025-09-01"]], "2025-10-01"]);
    expect(result).toEqual({ type: "error", message: "Données invalides : debut : plage de taille différente de celle de naissance (2 × 1)" });
  });

  test("a table function takes single cells only", () => {
    const result = evaluateSheetFunction(schedule, [[["2006-04-10"], ["2007-04-10"]], "2025-09-01", "2028-08-31"]);
    expect(result).toEqual({ type: "error", message: "Données invalides : naissance : une seule cellule est attendue, pas une plage" });
  });

  test("every wrong argument is reported at once, under its French name", () => {
    const result = evaluateSheetFunction(salaire, ["hier", "", "2025-10-01", "beaucoup"]);
    expect(result).toEqual({
      type: "error",
      message:
        "Données invalides : naissance : date invalide « hier » : une date du tableur, un texte AAAA-MM-JJ ou JJ/MM/AAAA est attendu (années 1900 à 2199)" +
        " ; debut : champ obligatoire manquant ; smc : un nombre est attendu, reçu « beaucoup »",
    });
  });

  test("the library's messages name the spreadsheet parameter instead of the input field", () => {
    const result = evaluateSheetFunction(salaire, ["2006-04-10", "2018-09-01", "2025-10-01"]);
    expect(result).toEqual({ type: "error", message: expect.stringMatching(/^Données invalides : debut : « 2018-09-01 » est antérieur au 2019-01-01/) });
  });

  test("errorMessage keeps messages whose field is not a parameter", () => {
    const error = new AlternanceInputError([{ path: ["options", "territory"], code: "INVALID_VALUE", message: "options.territory : valeur inconnue" }]);
    expect(errorMessage(smic, error)).toBe("Données invalides : options.territory : valeur inconnue");
  });

  test("errors other than AlternanceInputError are not hidden", () => {
    const broken = { ...smic, run: () => { throw new TypeError("bug"); } };
    expect(() => evaluateSheetFunction(broken, ["2026-03-15"])).toThrow(TypeError);
  });
});
