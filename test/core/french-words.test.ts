/**
 * The one table of French words (src/core/french-words.ts), shared by the spreadsheet functions and
 * the command line: every word of every table, as typed by an office (capitals, accents, spaces,
 * underscores), gives the library's value; « vouliez-vous dire » finds the nearest word.
 */
import { describe, expect, test } from "vitest";
import * as words from "../../src/core/french-words.js";
import { findChoice, normalizeWord, unknownChoiceText, type Choice } from "../../src/core/french-words.js";
import { editDistance, nearestWord } from "../../src/core/suggest.js";
import { toChoice } from "../../src/sheets/adapters.js";

const tables = (Object.entries(words) as Array<[string, unknown]>).filter((entry): entry is [string, readonly Choice[]] => Array.isArray(entry[1]));

/** An accented, capitalised spelling of a French word, as typed in an office (`prive` → `Privé`). */
const ACCENTED: Readonly<Record<string, string>> = {
  prive: "Privé",
  etat: "État",
  collectivite: "Collectivité",
  "collectivite-territoriale": "Collectivité territoriale",
  interim: "Intérim",
  metropole: "Métropole",
  legale: "Légale",
  "diplome-superieur": "Diplôme supérieur",
  "travailleur-handicape": "Travailleur handicapé",
  "echec-examen": "Échec examen",
  "etudiant-salarie": "Étudiant salarié",
  "inferieur-bac-pro": "Inférieur bac pro",
  ouvres: "Ouvrés",
  "activite-chantier": "Activité chantier",
  "creation-reprise-entreprise": "Création reprise entreprise",
};

const rows = tables.flatMap(([table, choices]) =>
  choices.flatMap((choice) =>
    [choice.fr, ...(choice.aliases ?? []), choice.value].map((word) => ({
      name: `${table}: ${word}`,
      table,
      choices,
      word,
      expected: choice.value,
      source: "src/core/french-words.ts (issue 19: the words the spreadsheet functions accept)",
    })),
  ),
);

describe("every word of every table gives the library's value", () => {
  test("the tables are the ones documented", () => {
    expect(tables.map(([name]) => name).sort()).toEqual([
      "aidEmployerChoices",
      "apprenticeshipExceptionChoices",
      "benefitChoices",
      "contractTypeChoices",
      "employerChoices",
      "examLeaveStatusChoices",
      "extendedDurationChoices",
      "internshipHostChoices",
      "netPayEmployerChoices",
      "policyChoices",
      "qualificationChoices",
      "territoryChoices",
      "trainingContractChoices",
      "weekdayChoices",
      "workingDayKindChoices",
      "workingTimeDerogationChoices",
    ]);
  });

  test.for(rows)("$name", ({ word, choices, expected }) => {
    expect(findChoice(word, choices)).toBe(expected);
    expect(findChoice(word.toUpperCase(), choices)).toBe(expected);
    expect(findChoice(` ${word.replaceAll("-", "_")} `, choices)).toBe(expected);
    expect(findChoice(word.replaceAll("-", " "), choices)).toBe(expected);
    const accented = ACCENTED[word];
    if (accented !== undefined) expect(findChoice(accented, choices)).toBe(expected);
    // The spreadsheet functions read the same table.
    expect(toChoice(word, "p", choices)).toBe(expected);
  });

  test("the French words of the issue", () => {
    expect(findChoice("apprentissage", words.contractTypeChoices)).toBe("apprenticeship");
    expect(findChoice("Professionnalisation", words.contractTypeChoices)).toBe("professionalisation");
    expect(findChoice("privé", words.aidEmployerChoices)).toBe("private");
    expect(findChoice("PUBLIC", words.netPayEmployerChoices)).toBe("public");
    expect(findChoice("rqth", words.apprenticeshipExceptionChoices)).toBe("disabled-worker");
    expect(findChoice("RQTH", words.extendedDurationChoices)).toBe("disabled-worker");
    expect(findChoice("miage", words.policyChoices)).toBe("miageAixMarseille");
  });

  test("no word names two values of one table", () => {
    for (const [, choices] of tables) {
      const all = choices.flatMap((choice) => [choice.fr, ...(choice.aliases ?? []), choice.value].map((word) => [normalizeWord(word), choice.value] as const));
      for (const [word, value] of all) expect(all.filter(([other]) => other === word).every(([, otherValue]) => otherValue === value)).toBe(true);
    }
  });

  test("an unknown word is undefined", () => {
    expect(findChoice("mairie", words.employerChoices)).toBeUndefined();
    expect(findChoice("", words.employerChoices)).toBeUndefined();
  });
});

describe("unknownChoiceText: the French words, the English values, « vouliez-vous dire »", () => {
  test.for([
    { name: "near a French word", shown: "publik", choices: words.aidEmployerChoices, locale: "fr", expected: "valeur inconnue « publik » ; valeurs admises : prive, public (ou en anglais : private, public) ; vouliez-vous dire « public » ?" },
    { name: "near an English value", shown: "aprenticeship", choices: words.trainingContractChoices, locale: "en", expected: 'unknown value "aprenticeship"; allowed values: apprenticeship, professionalisation (in French: apprentissage, professionnalisation); did you mean "apprenticeship"?' },
    { name: "near nothing", shown: "mairie", choices: words.aidEmployerChoices, locale: "fr", expected: "valeur inconnue « mairie » ; valeurs admises : prive, public (ou en anglais : private, public)" },
    { name: "the same words in both languages", shown: "mars", choices: words.territoryChoices, locale: "fr", expected: "valeur inconnue « mars » ; valeurs admises : metropole, mayotte" },
  ] as const)("$name", ({ shown, choices, locale, expected }) => {
    expect(unknownChoiceText(shown, choices, locale)).toBe(expected);
  });
});

describe("suggest: edit distance and the nearest word", () => {
  test.for([
    { a: "", b: "", expected: 0 },
    { a: "abc", b: "", expected: 3 },
    { a: "", b: "abc", expected: 3 },
    { a: "date", b: "date", expected: 0 },
    { a: "dat", b: "date", expected: 1 },
    { a: "brith-date", b: "birth-date", expected: 2 },
    { a: "kitten", b: "sitting", expected: 3 },
  ])("editDistance($a, $b) = $expected", ({ a, b, expected }) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  test.for([
    { word: "--dat", candidates: ["--date", "--lang"], expected: "--date" },
    { word: "salaire aprentissage", candidates: ["salaire apprentissage", "salaire professionnalisation"], expected: "salaire apprentissage" },
    { word: "xyz", candidates: ["--date"], expected: undefined },
    { word: "ab", candidates: ["ac", "ab"], expected: "ab" },
    { word: "ax", candidates: ["ay", "az"], expected: "ay" },
    { word: "x", candidates: [], expected: undefined },
  ])("nearestWord($word) = $expected", ({ word, candidates, expected }) => {
    expect(nearestWord(word, candidates)).toBe(expected);
  });
});
