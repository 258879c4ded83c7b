/**
 * `toIsoDate`: turns what callers hold (a `Date`, a French `JJ/MM/AAAA` text, an ISO text) into the
 * `IsoDate` every function of the library takes (API.md §7b).
 *
 * A `Date` is an instant, not a calendar day: 2025-08-31T22:30:00Z is the 1st of September in Paris
 * and still the 31st of August in London. Its calendar date is read in a stated time zone
 * (`Europe/Paris` by default, where French labour law applies; `Indian/Reunion`,
 * `America/Martinique`… for the overseas departments) with `Intl.DateTimeFormat`, which browsers,
 * Node and Google Apps Script all have, never with the machine's zone (`getDate()`).
 */
import { isIsoDate, type IsoDate } from "./dates.js";
import { AlternanceInputError, type InputIssue } from "./errors.js";
import type { Locale } from "./explain.js";
import { inputIssue, type IssueText } from "./issues.js";
import { unreadableIssue } from "./schema.js";

/**
 * Options of {@link toIsoDate}.
 *
 * @example
 * const options: ToIsoDateOptions = { timeZone: "Indian/Reunion", locale: "en" };
 */
export interface ToIsoDateOptions {
  /** IANA time zone in which a `Date`'s calendar day is read; `"Europe/Paris"` by default. */
  timeZone?: string;
  /** Language of the error messages: `"fr"` (default) or `"en"`. */
  locale?: Locale;
}

/** The default zone: metropolitan France, where the Code du travail's dates are counted. */
const DEFAULT_TIME_ZONE = "Europe/Paris";
/** Longest part of a wrong value echoed in a message (the rest is cut with « … »). */
const ECHO_LIMIT = 40;
/** `JJ/MM/AAAA`, leading zeros optional (`1/9/2025`). */
const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Instants that can fall on a day from 1900-01-01 to 2199-12-31 in some zone (±14 h): others are rejected before formatting. */
const FIRST_INSTANT = Date.UTC(1899, 11, 31);
const LAST_INSTANT = Date.UTC(2200, 0, 2);

/** One formatter per valid zone: building an `Intl.DateTimeFormat` costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter of a zone, or `null` for a zone `Intl` does not know. */
function formatterOf(timeZone: string): Intl.DateTimeFormat | null {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, calendar: "gregory", numberingSystem: "latn", year: "numeric", month: "2-digit", day: "2-digit" });
  } catch {
    return null;
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** The calendar date of an instant in a formatter's zone, `YYYY-MM-DD`. */
function calendarDate(instant: Date, formatter: Intl.DateTimeFormat): string {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts["year"]}-${parts["month"]}-${parts["day"]}`;
}

/** Shows a wrong value as typed, cut after {@link ECHO_LIMIT} characters. */
function echo(value: unknown, locale: Locale): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "bigint") text = `${value}n`;
  else if (typeof value === "function" || typeof value === "symbol") text = typeof value;
  else if (Array.isArray(value)) text = "[…]";
  else if (typeof value === "object" && value !== null) text = "{…}";
  else text = String(value);
  const shown = text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}…` : text;
  return locale === "fr" ? `« ${shown} »` : `"${shown}"`;
}

/** Realm-independent `Date` test (a `Date` built in another context, such as a spreadsheet's, fails `instanceof`). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

const issue = (path: string, code: string, text: IssueText, locale: Locale): InputIssue => inputIssue([path], code, text, locale);

/** Reads and checks the options; returns the zone's formatter, the locale and the issues found. */
function readOptions(options: unknown): { formatter: Intl.DateTimeFormat | null; timeZone: string; locale: Locale; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  if (options === undefined) return { formatter: formatterOf(DEFAULT_TIME_ZONE), timeZone: DEFAULT_TIME_ZONE, locale: "fr", issues };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    issues.push(issue("options", "INVALID_TYPE", { fr: `un objet est attendu, reçu ${echo(options, "fr")}`, en: `an object is expected, got ${echo(options, "en")}` }, "fr"));
    return { formatter: null, timeZone: DEFAULT_TIME_ZONE, locale: "fr", issues };
  }
  const { timeZone = DEFAULT_TIME_ZONE, locale: requested, ...unknown } = options as Record<string, unknown>;
  const locale: Locale = requested === "en" ? "en" : "fr";
  if (requested !== undefined && requested !== "fr" && requested !== "en") {
    issues.push(issue("locale", "INVALID_VALUE", { fr: `valeur inconnue ${echo(requested, "fr")} ; valeurs admises : fr, en`, en: `unknown value ${echo(requested, "en")}; allowed values: fr, en` }, locale));
  }
  for (const key of Object.keys(unknown)) {
    issues.push(issue(key, "UNKNOWN_FIELD", { fr: "champ inconnu (faute de frappe ?)", en: "unknown field (typo?)" }, locale));
  }
  const formatter = typeof timeZone === "string" ? formatterOf(timeZone) : null;
  if (formatter === null) {
    issues.push(
      issue(
        "timeZone",
        typeof timeZone === "string" ? "INVALID_TIME_ZONE" : "INVALID_TYPE",
        {
          fr: `fuseau horaire inconnu ${echo(timeZone, "fr")} : un nom de fuseau IANA est attendu, par exemple « Europe/Paris » ou « Indian/Reunion »`,
          en: `unknown time zone ${echo(timeZone, "en")}: an IANA time zone name is expected, such as "Europe/Paris" or "Indian/Reunion"`,
        },
        locale,
      ),
    );
  }
  return { formatter, timeZone: typeof timeZone === "string" ? timeZone : DEFAULT_TIME_ZONE, locale, issues };
}

/**
 * Turns a `Date`, a `"JJ/MM/AAAA"` text or an `"AAAA-MM-JJ"` text into an `IsoDate`, the form every
 * function of the library takes.
 *
 * - A `Date` gives its calendar date in `options.timeZone` (default `"Europe/Paris"`): the same
 *   instant can be two different days in two zones, so the zone is always stated, never the machine's.
 * - `"01/09/2025"` (day first, as written in France; leading zeros optional) and `"2025-09-01"` are
 *   checked: an impossible day (`31/02/2006`) is an error that echoes the text as typed.
 * - Years 1900 to 2199, as everywhere in the library.
 *
 * @param value - a `Date`, `"JJ/MM/AAAA"` or `"AAAA-MM-JJ"` (spaces around are ignored)
 * @param options - `timeZone` (IANA name, default `"Europe/Paris"`) and `locale` of the error messages
 * @returns the date `"YYYY-MM-DD"`
 * @throws AlternanceInputError naming `value` (`INVALID_TYPE` for a number or any other value,
 *   `INVALID_DATE` for an impossible or out-of-range date or an invalid `Date`), `timeZone`
 *   (`INVALID_TIME_ZONE`), `locale` or `options`, in French unless `locale: "en"`
 * @example
 * toIsoDate(new Date("2025-08-31T22:30:00Z")); //=> "2025-09-01" (00:30 in Paris)
 * toIsoDate(new Date("2025-08-31T22:30:00Z"), { timeZone: "Europe/London" }); //=> "2025-08-31"
 * toIsoDate("01/09/2025"); //=> "2025-09-01"
 * toIsoDate("2025-09-01"); //=> "2025-09-01"
 * toIsoDate("31/02/2006"); // throws: Données invalides : value : date invalide « 31/02/2006 » : …
 */
export function toIsoDate(value: Date | string, options?: ToIsoDateOptions): IsoDate {
  try {
    return convert(value, options);
  } catch (error) {
    // A getter or a proxy trap of the caller's threw while the value or the options were read.
    if (error instanceof AlternanceInputError) throw error;
    throw new AlternanceInputError([unreadableIssue([], "fr")], "fr");
  }
}

/** {@link toIsoDate} on inputs that may throw when read. */
function convert(value: unknown, options: unknown): IsoDate {
  const { formatter, timeZone, locale, issues } = readOptions(options);
  const invalidDate = (shown: string): InputIssue =>
    issue(
      "value",
      "INVALID_DATE",
      {
        fr: `date invalide ${shown} : une date réelle est attendue, écrite JJ/MM/AAAA ou AAAA-MM-JJ (années 1900 à 2199)`,
        en: `invalid date ${shown}: a real date written DD/MM/YYYY or YYYY-MM-DD is expected (years 1900 to 2199)`,
      },
      locale,
    );
  let result: IsoDate | null = null;
  if (typeof value === "string") {
    const text = value.trim();
    const french = FRENCH_DATE.exec(text);
    const candidate = french ? `${french[3]}-${french[2]!.padStart(2, "0")}-${french[1]!.padStart(2, "0")}` : text;
    if (isIsoDate(candidate)) result = candidate;
    else issues.push(invalidDate(echo(value, locale)));
  } else if (isDate(value)) {
    const time = value.getTime();
    if (Number.isNaN(time)) {
      issues.push(issue("value", "INVALID_DATE", { fr: "objet Date invalide (Invalid Date)", en: "invalid Date object (Invalid Date)" }, locale));
    } else if (formatter !== null) {
      const date = time >= FIRST_INSTANT && time <= LAST_INSTANT ? calendarDate(value, formatter) : null;
      if (date !== null && isIsoDate(date)) result = date;
      else {
        const instant = value.toISOString();
        issues.push(
          issue(
            "value",
            "INVALID_DATE",
            {
              fr: `la date ${echo(instant, "fr")} tombe hors des années 1900 à 2199 dans le fuseau ${timeZone}`,
              en: `the date ${echo(instant, "en")} falls outside the years 1900 to 2199 in the ${timeZone} time zone`,
            },
            locale,
          ),
        );
      }
    }
  } else {
    issues.push(
      issue(
        "value",
        "INVALID_TYPE",
        {
          fr: `une date est attendue (objet Date, texte JJ/MM/AAAA ou AAAA-MM-JJ), reçu ${echo(value, "fr")}`,
          en: `a date is expected (a Date object, a text DD/MM/YYYY or YYYY-MM-DD), got ${echo(value, "en")}`,
        },
        locale,
      ),
    );
  }
  if (issues.length > 0 || result === null) throw new AlternanceInputError(issues, locale);
  return result;
}
