/**
 * toIsoDate (API.md §7b): a Date's calendar day in a stated zone, French and ISO texts, and every
 * other value rejected with an AlternanceInputError naming `value`, `timeZone`, `locale` or `options`.
 * Zone offsets and daylight-saving changes: the IANA time zone database (tzdata), as shipped in ICU.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { toIsoDate } from "../../src/index.js";
import { addDays } from "../../src/core/dates.js";
import { catchInputError } from "../support/catch-input-error.js";

const at = (instant: string) => new Date(instant);

describe("a Date gives its calendar day in the stated zone, never the machine's", () => {
  const rows = [
    // Paris, the default: UTC+2 in summer, UTC+1 in winter.
    { name: "23:30 UTC in summer is the next day in Paris", input: at("2025-08-31T22:30:00Z"), timeZone: undefined, expected: "2025-09-01", source: "tzdata Europe/Paris, CEST UTC+2" },
    { name: "the last instant of a Paris day in summer", input: at("2025-08-31T21:59:59.999Z"), timeZone: undefined, expected: "2025-08-31", source: "tzdata Europe/Paris, CEST UTC+2" },
    { name: "23:30 UTC on New Year's Eve is the new year in Paris", input: at("2025-12-31T23:30:00Z"), timeZone: "Europe/Paris", expected: "2026-01-01", source: "tzdata Europe/Paris, CET UTC+1" },
    { name: "the last instant of 2025 in Paris", input: at("2025-12-31T22:59:59.999Z"), timeZone: "Europe/Paris", expected: "2025-12-31", source: "tzdata Europe/Paris, CET UTC+1" },
    { name: "the same instant in London is still the 31st", input: at("2025-08-31T22:30:00Z"), timeZone: "Europe/London", expected: "2025-08-31", source: "tzdata Europe/London, BST UTC+1" },
    { name: "UTC", input: at("2025-08-31T23:59:59.999Z"), timeZone: "UTC", expected: "2025-08-31", source: "UTC" },
    // Daylight-saving days in Paris (the change is at 01:00 UTC: midnight is before it).
    { name: "midnight of the spring-forward day (30/03/2025, still UTC+1)", input: at("2025-03-29T23:00:00Z"), timeZone: "Europe/Paris", expected: "2025-03-30", source: "tzdata Europe/Paris, CET until 2025-03-30T01:00Z" },
    { name: "the instant before it", input: at("2025-03-29T22:59:59.999Z"), timeZone: "Europe/Paris", expected: "2025-03-29", source: "tzdata Europe/Paris" },
    { name: "the last instant of the spring-forward day (UTC+2)", input: at("2025-03-30T21:59:59.999Z"), timeZone: "Europe/Paris", expected: "2025-03-30", source: "tzdata Europe/Paris, CEST from 2025-03-30T01:00Z" },
    { name: "midnight of the fall-back day (26/10/2025, still UTC+2)", input: at("2025-10-25T22:00:00Z"), timeZone: "Europe/Paris", expected: "2025-10-26", source: "tzdata Europe/Paris, CEST until 2025-10-26T01:00Z" },
    { name: "the instant before it", input: at("2025-10-25T21:59:59.999Z"), timeZone: "Europe/Paris", expected: "2025-10-25", source: "tzdata Europe/Paris" },
    { name: "the last instant of the fall-back day (UTC+1)", input: at("2025-10-26T22:59:59.999Z"), timeZone: "Europe/Paris", expected: "2025-10-26", source: "tzdata Europe/Paris, CET from 2025-10-26T01:00Z" },
    // Overseas France and far zones.
    { name: "La Réunion (UTC+4): 20:00 UTC is the next day", input: at("2025-08-31T20:00:00Z"), timeZone: "Indian/Reunion", expected: "2025-09-01", source: "tzdata Indian/Reunion, UTC+4" },
    { name: "La Réunion: 19:59:59 UTC is still the 31st", input: at("2025-08-31T19:59:59.999Z"), timeZone: "Indian/Reunion", expected: "2025-08-31", source: "tzdata Indian/Reunion, UTC+4" },
    { name: "Martinique (UTC−4): 03:59 UTC is the day before", input: at("2025-09-01T03:59:59.999Z"), timeZone: "America/Martinique", expected: "2025-08-31", source: "tzdata America/Martinique, UTC−4" },
    { name: "Nouméa (UTC+11)", input: at("2025-08-31T13:00:00Z"), timeZone: "Pacific/Noumea", expected: "2025-09-01", source: "tzdata Pacific/Noumea, UTC+11" },
    { name: "Kiritimati (UTC+14), the earliest zone", input: at("2025-08-31T10:00:00Z"), timeZone: "Pacific/Kiritimati", expected: "2025-09-01", source: "tzdata Pacific/Kiritimati, UTC+14" },
    { name: "Pago Pago (UTC−11), among the latest", input: at("2025-09-01T10:59:59.999Z"), timeZone: "Pacific/Pago_Pago", expected: "2025-08-31", source: "tzdata Pacific/Pago_Pago, UTC−11" },
    { name: "Auckland in its summer (UTC+13)", input: at("2025-12-31T11:00:00Z"), timeZone: "Pacific/Auckland", expected: "2026-01-01", source: "tzdata Pacific/Auckland, NZDT UTC+13" },
    { name: "Auckland in its winter (UTC+12)", input: at("2025-08-31T11:59:59.999Z"), timeZone: "Pacific/Auckland", expected: "2025-08-31", source: "tzdata Pacific/Auckland, NZST UTC+12" },
    { name: "Chatham (UTC+12:45)", input: at("2025-08-31T11:15:00Z"), timeZone: "Pacific/Chatham", expected: "2025-09-01", source: "tzdata Pacific/Chatham, UTC+12:45" },
    { name: "Kathmandu (UTC+5:45)", input: at("2025-08-31T18:15:00Z"), timeZone: "Asia/Kathmandu", expected: "2025-09-01", source: "tzdata Asia/Kathmandu, UTC+5:45" },
    { name: "Los Angeles (UTC−7 in summer)", input: at("2025-09-01T06:59:59.999Z"), timeZone: "America/Los_Angeles", expected: "2025-08-31", source: "tzdata America/Los_Angeles, PDT UTC−7" },
    // The ends of the library's range (years 1900 to 2199).
    { name: "1900-01-01 in Paris (Paris mean time, UTC+0:09:21)", input: at("1899-12-31T23:50:39Z"), timeZone: "Europe/Paris", expected: "1900-01-01", source: "tzdata Europe/Paris, PMT" },
    { name: "2199-12-31 in Kiritimati", input: at("2199-12-31T09:59:59.999Z"), timeZone: "Pacific/Kiritimati", expected: "2199-12-31", source: "tzdata Pacific/Kiritimati" },
  ];
  test.for(rows)("$name → $expected ($source)", ({ input, timeZone, expected }) => {
    expect(toIsoDate(input, timeZone === undefined ? undefined : { timeZone })).toBe(expected);
  });

  test("a Date from another realm (a spreadsheet's) is read too", async () => {
    const { runInNewContext } = await import("node:vm");
    const foreign = runInNewContext('new Date("2025-08-31T22:30:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(toIsoDate(foreign)).toBe("2025-09-01");
  });
});

describe("texts: JJ/MM/AAAA and AAAA-MM-JJ, checked", () => {
  test.for([
    { input: "01/09/2025", expected: "2025-09-01", source: "French day-first order" },
    { input: "1/9/2025", expected: "2025-09-01", source: "leading zeros optional" },
    { input: " 29/02/2024 ", expected: "2024-02-29", source: "leap year; spaces around ignored" },
    { input: "2025-09-01", expected: "2025-09-01", source: "ISO 8601" },
    { input: "31/12/2199", expected: "2199-12-31", source: "last year of the library" },
    { input: "01/01/1900", expected: "1900-01-01", source: "first year of the library" },
  ])("$input → $expected ($source)", ({ input, expected }) => {
    expect(toIsoDate(input)).toBe(expected);
  });
});

describe("everything else is an AlternanceInputError naming the field, echoed as typed, French by default", () => {
  const rows = [
    { name: "impossible French date", value: "31/02/2006", options: undefined, path: ["value"], code: "INVALID_DATE", fr: "value : date invalide « 31/02/2006 » : une date réelle est attendue, écrite JJ/MM/AAAA ou AAAA-MM-JJ (années 1900 à 2199)", en: 'value: invalid date "31/02/2006": a real date written DD/MM/YYYY or YYYY-MM-DD is expected (years 1900 to 2199)' },
    { name: "impossible ISO date", value: "2025-02-29", options: undefined, path: ["value"], code: "INVALID_DATE", fr: "value : date invalide « 2025-02-29 » : une date réelle est attendue, écrite JJ/MM/AAAA ou AAAA-MM-JJ (années 1900 à 2199)", en: 'value: invalid date "2025-02-29": a real date written DD/MM/YYYY or YYYY-MM-DD is expected (years 1900 to 2199)' },
    { name: "month-first (US) order", value: "09/31/2025", options: undefined, path: ["value"], code: "INVALID_DATE", fr: "value : date invalide « 09/31/2025 » : une date réelle est attendue, écrite JJ/MM/AAAA ou AAAA-MM-JJ (années 1900 à 2199)", en: 'value: invalid date "09/31/2025": a real date written DD/MM/YYYY or YYYY-MM-DD is expected (years 1900 to 2199)' },
    { name: "year before 1900", value: "31/12/1899", options: undefined, path: ["value"], code: "INVALID_DATE", fr: "value : date invalide « 31/12/1899 » : une date réelle est attendue, écrite JJ/MM/AAAA ou AAAA-MM-JJ (années 1900 à 2199)", en: 'value: invalid date "31/12/1899": a real date written DD/MM/YYYY or YYYY-MM-DD is expected (years 1900 to 2199)' },
    { name: "two-digit year", value: "01/09/25", options: undefined, path: ["value"], code: "INVALID_DATE", fr: "value : date invalide « 01/09/25 » : une date réelle est attendue, écrite JJ/MM/AAAA ou AAAA-MM-JJ (années 1900 à 2199)", en: 'value: invalid date "01/09/25": a real date written DD/MM/YYYY or YYYY-MM-DD is expected (years 1900 to 2199)' },
    { name: "a date and time", value: "2025-09-01T00:00:00Z", options: undefined, path: ["value"], code: "INVALID_DATE", fr: "value : date invalide « 2025-09-01T00:00:00Z » : une date réelle est attendue, écrite JJ/MM/AAAA ou AAAA-MM-JJ (années 1900 à 2199)", en: 'value: invalid date "2025-09-01T00:00:00Z": a real date written DD/MM/YYYY or YYYY-MM-DD is expected (years 1900 to 2199)' },
    { name: "a long text is cut in the message", value: "x".repeat(100), options: undefined, path: ["value"], code: "INVALID_DATE", fr: `value : date invalide « ${"x".repeat(40)}… » : une date réelle est attendue, écrite JJ/MM/AAAA ou AAAA-MM-JJ (années 1900 à 2199)`, en: `value: invalid date "${"x".repeat(40)}…": a real date written DD/MM/YYYY or YYYY-MM-DD is expected (years 1900 to 2199)` },
    { name: "invalid Date", value: new Date(Number.NaN), options: undefined, path: ["value"], code: "INVALID_DATE", fr: "value : objet Date invalide (Invalid Date)", en: "value: invalid Date object (Invalid Date)" },
    { name: "a Date before 1900 in Paris", value: at("1899-12-31T23:00:00Z"), options: undefined, path: ["value"], code: "INVALID_DATE", fr: "value : la date « 1899-12-31T23:00:00.000Z » tombe hors des années 1900 à 2199 dans le fuseau Europe/Paris", en: 'value: the date "1899-12-31T23:00:00.000Z" falls outside the years 1900 to 2199 in the Europe/Paris time zone' },
    { name: "a Date after 2199 in Kiritimati", value: at("2199-12-31T10:00:00Z"), options: { timeZone: "Pacific/Kiritimati" }, path: ["value"], code: "INVALID_DATE", fr: "value : la date « 2199-12-31T10:00:00.000Z » tombe hors des années 1900 à 2199 dans le fuseau Pacific/Kiritimati", en: 'value: the date "2199-12-31T10:00:00.000Z" falls outside the years 1900 to 2199 in the Pacific/Kiritimati time zone' },
    { name: "a Date far in the past", value: at("-003000-01-01T00:00:00Z"), options: undefined, path: ["value"], code: "INVALID_DATE", fr: "value : la date « -003000-01-01T00:00:00.000Z » tombe hors des années 1900 à 2199 dans le fuseau Europe/Paris", en: 'value: the date "-003000-01-01T00:00:00.000Z" falls outside the years 1900 to 2199 in the Europe/Paris time zone' },
    { name: "a spreadsheet serial number", value: 45901, options: undefined, path: ["value"], code: "INVALID_TYPE", fr: "value : une date est attendue (objet Date, texte JJ/MM/AAAA ou AAAA-MM-JJ), reçu « 45901 »", en: 'value: a date is expected (a Date object, a text DD/MM/YYYY or YYYY-MM-DD), got "45901"' },
    { name: "a timestamp", value: 1_756_684_800_000, options: undefined, path: ["value"], code: "INVALID_TYPE", fr: "value : une date est attendue (objet Date, texte JJ/MM/AAAA ou AAAA-MM-JJ), reçu « 1756684800000 »", en: 'value: a date is expected (a Date object, a text DD/MM/YYYY or YYYY-MM-DD), got "1756684800000"' },
    { name: "null", value: null, options: undefined, path: ["value"], code: "INVALID_TYPE", fr: "value : une date est attendue (objet Date, texte JJ/MM/AAAA ou AAAA-MM-JJ), reçu « null »", en: 'value: a date is expected (a Date object, a text DD/MM/YYYY or YYYY-MM-DD), got "null"' },
    { name: "undefined", value: undefined, options: undefined, path: ["value"], code: "INVALID_TYPE", fr: "value : une date est attendue (objet Date, texte JJ/MM/AAAA ou AAAA-MM-JJ), reçu « undefined »", en: 'value: a date is expected (a Date object, a text DD/MM/YYYY or YYYY-MM-DD), got "undefined"' },
    { name: "an object", value: { year: 2025 }, options: undefined, path: ["value"], code: "INVALID_TYPE", fr: "value : une date est attendue (objet Date, texte JJ/MM/AAAA ou AAAA-MM-JJ), reçu « {…} »", en: 'value: a date is expected (a Date object, a text DD/MM/YYYY or YYYY-MM-DD), got "{…}"' },
    { name: "an array", value: [2025, 9, 1], options: undefined, path: ["value"], code: "INVALID_TYPE", fr: "value : une date est attendue (objet Date, texte JJ/MM/AAAA ou AAAA-MM-JJ), reçu « […] »", en: 'value: a date is expected (a Date object, a text DD/MM/YYYY or YYYY-MM-DD), got "[…]"' },
    { name: "a bigint", value: 45901n, options: undefined, path: ["value"], code: "INVALID_TYPE", fr: "value : une date est attendue (objet Date, texte JJ/MM/AAAA ou AAAA-MM-JJ), reçu « 45901n »", en: 'value: a date is expected (a Date object, a text DD/MM/YYYY or YYYY-MM-DD), got "45901n"' },
    { name: "a symbol", value: Symbol("date"), options: undefined, path: ["value"], code: "INVALID_TYPE", fr: "value : une date est attendue (objet Date, texte JJ/MM/AAAA ou AAAA-MM-JJ), reçu « symbol »", en: 'value: a date is expected (a Date object, a text DD/MM/YYYY or YYYY-MM-DD), got "symbol"' },
    { name: "a function", value: () => "2025-09-01", options: undefined, path: ["value"], code: "INVALID_TYPE", fr: "value : une date est attendue (objet Date, texte JJ/MM/AAAA ou AAAA-MM-JJ), reçu « function »", en: 'value: a date is expected (a Date object, a text DD/MM/YYYY or YYYY-MM-DD), got "function"' },
    { name: "unknown time zone", value: at("2025-09-01T12:00:00Z"), options: { timeZone: "Europe/Pariss" }, path: ["timeZone"], code: "INVALID_TIME_ZONE", fr: "timeZone : fuseau horaire inconnu « Europe/Pariss » : un nom de fuseau IANA est attendu, par exemple « Europe/Paris » ou « Indian/Reunion »", en: 'timeZone: unknown time zone "Europe/Pariss": an IANA time zone name is expected, such as "Europe/Paris" or "Indian/Reunion"' },
    { name: "a time zone that is not a text", value: "2025-09-01", options: { timeZone: 2 }, path: ["timeZone"], code: "INVALID_TYPE", fr: "timeZone : fuseau horaire inconnu « 2 » : un nom de fuseau IANA est attendu, par exemple « Europe/Paris » ou « Indian/Reunion »", en: 'timeZone: unknown time zone "2": an IANA time zone name is expected, such as "Europe/Paris" or "Indian/Reunion"' },
    { name: "options that are not an object", value: "2025-09-01", options: "Europe/Paris", path: ["options"], code: "INVALID_TYPE", fr: "options : un objet est attendu, reçu « Europe/Paris »", en: null },
    { name: "options as an array", value: "2025-09-01", options: ["Europe/Paris"], path: ["options"], code: "INVALID_TYPE", fr: "options : un objet est attendu, reçu « […] »", en: null },
    { name: "an unknown option (typo)", value: "2025-09-01", options: { timezone: "Europe/Paris" }, path: ["timezone"], code: "UNKNOWN_FIELD", fr: "timezone : champ inconnu (faute de frappe ?)", en: "timezone: unknown field (typo?)" },
    { name: "an unknown locale", value: "2025-09-01", options: { locale: "de" }, path: ["locale"], code: "INVALID_VALUE", fr: "locale : valeur inconnue « de » ; valeurs admises : fr, en", en: null },
  ];
  test.for(rows)("$name → $code at $path", ({ value, options, path, code, fr, en }) => {
    const french = catchInputError(() => toIsoDate(value as never, options as never));
    expect(french.code).toBe("INVALID_INPUT");
    expect(french.issues).toEqual([{ path, code, message: fr }]);
    expect(french.message).toBe(`Données invalides : ${fr}`);
    if (en !== null) {
      const english = catchInputError(() => toIsoDate(value as never, { ...(options as object), locale: "en" }));
      expect(english.issues).toEqual([{ path, code, message: en }]);
      expect(english.message).toBe(`Invalid input: ${en}`);
    }
  });

  test("a wrong value and a wrong zone are reported together", () => {
    const error = catchInputError(() => toIsoDate("31/02/2006", { timeZone: "Mars/Olympus", locale: "en" }));
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [["timeZone"], "INVALID_TIME_ZONE"],
      [["value"], "INVALID_DATE"],
    ]);
  });
});

describe("properties: round trips with the kernel's calendar", () => {
  const day = 86_400_000;
  const epochDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / day;
  const kernelDate = (days: number) => addDays("1970-01-01", days);
  /** Instants whose calendar day is within 1900–2199 in every zone below (±14 h from the ends). */
  const instants = fc.integer({ min: Date.UTC(1900, 0, 1, 14), max: Date.UTC(2199, 11, 31, 9) });
  /** Zones whose offset has been fixed over the whole range sampled (tzdata). */
  const fixedZones = [
    { timeZone: "UTC", offsetMinutes: 0 },
    { timeZone: "Etc/GMT-14", offsetMinutes: 14 * 60 },
    { timeZone: "Etc/GMT+12", offsetMinutes: -12 * 60 },
    { timeZone: "Etc/GMT-4", offsetMinutes: 4 * 60 },
  ];

  test("a Date in a fixed-offset zone gives the kernel's day of (instant + offset)", () => {
    fc.assert(
      fc.property(instants, fc.constantFrom(...fixedZones), (time, { timeZone, offsetMinutes }) => {
        expect(toIsoDate(new Date(time), { timeZone })).toBe(kernelDate(Math.floor((time + offsetMinutes * 60_000) / day)));
      }),
    );
  });

  test("any instant of a kernel day between 00:00 and 23:59 UTC gives that day in UTC; texts give it back", () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDays("1900-01-01"), max: epochDays("2199-12-31") }), fc.integer({ min: 0, max: day - 1 }), (days, within) => {
        const iso = kernelDate(days);
        expect(toIsoDate(new Date(days * day + within), { timeZone: "UTC" })).toBe(iso);
        expect(toIsoDate(iso)).toBe(iso);
        expect(toIsoDate(`${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`)).toBe(iso);
      }),
    );
  });
});
