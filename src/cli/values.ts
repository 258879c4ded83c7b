/**
 * Conversions of command-line and CSV text to API values: dates in `YYYY-MM-DD` or `JJ/MM/AAAA`,
 * numbers with a decimal point or comma, lists separated by commas, booleans.
 */
import { isIsoDate } from "../core/dates.js";
import { cutText } from "../core/echo.js";

/** A value that could not be read, with the reason in both languages. */
export class ValueError extends Error {
  constructor(readonly text: { fr: string; en: string }) {
    super(text.en);
  }
}

const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A date as the API wants it: `JJ/MM/AAAA` (or `J/M/AAAA`) becomes `AAAA-MM-JJ`; anything else is
 * passed through for the library to validate (so the library's message names the field). A
 * `JJ/MM/AAAA` that is not a real day (`31/02/2006`) is refused here, echoed as typed.
 *
 * @example
 * toIsoDate("05/09/2025"); //=> "2025-09-05"
 * toIsoDate("2025-09-05"); //=> "2025-09-05"
 */
export function toIsoDate(text: string): string {
  const trimmed = text.trim();
  const match = FRENCH_DATE.exec(trimmed);
  if (!match) return trimmed;
  const iso = `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  // A date typed JJ/MM/AAAA that is not a real day is echoed as typed (« 31/02/2006 »), not as the
  // library would echo its ISO form.
  if (isIsoDate(iso)) return iso;
  throw new ValueError({
    fr: `date invalide « ${cutText(trimmed)} » : une date réelle au format JJ/MM/AAAA ou AAAA-MM-JJ est attendue (années 1900 à 2199)`,
    en: `invalid date "${cutText(trimmed)}": a real date DD/MM/YYYY or YYYY-MM-DD is expected (years 1900 to 2199)`,
  });
}

/** Decimal digits with an optional sign and one decimal comma or point: nothing else is a number here. */
const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

const NOT_DECIMAL = {
  fr: " : seule l'écriture décimale est admise, avec une virgule ou un point (ni hexadécimal, ni octal, ni binaire, ni exposant)",
  en: ": only decimal writing is accepted, with a comma or a point (no hexadecimal, octal, binary or exponent)",
};

/**
 * A number written `1823.03`, `1823,03` or `1 823,03` (spaces group thousands). Only decimal
 * writing: `0x135`, `0o17`, `0b11`, `1e3`, `Infinity` are refused (JavaScript's `Number` reads them,
 * a payroll officer never means them).
 *
 * @example
 * toNumber("1 823,03"); //=> 1823.03
 * toNumber("0x135"); // throws ValueError: nombre attendu …
 */
export function toNumber(text: string): number {
  const cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  const value = DECIMAL.test(cleaned) ? Number(cleaned.replace(",", ".")) : Number.NaN;
  if (Number.isFinite(value)) return value;
  // Something JavaScript would read as a number (0x135, 1e3, Infinity): say why it is not one here.
  const readByJavaScript = !DECIMAL.test(cleaned) && cleaned !== "" && !Number.isNaN(Number(cleaned.replace(",", ".")));
  const why = readByJavaScript ? NOT_DECIMAL : { fr: "", en: "" };
  throw new ValueError({ fr: `nombre attendu, reçu « ${cutText(text)} »${why.fr}`, en: `a number is expected, got "${cutText(text)}"${why.en}` });
}

/**
 * A list written `a,b,c` or `a|b|c` (CSV cells use `|` when the separator is a comma).
 *
 * @example
 * toList("mon, tue,wed"); //=> ["mon", "tue", "wed"]
 */
export function toList(text: string): string[] {
  return text
    .split(/[,|]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

const TRUE_WORDS = new Set(["true", "vrai", "oui", "yes", "1", "x"]);
const FALSE_WORDS = new Set(["false", "faux", "non", "no", "0", ""]);

/**
 * A boolean written `true/false`, `oui/non`, `vrai/faux`, `yes/no`, `1/0`, `x` or empty.
 *
 * @example
 * toBoolean("oui"); //=> true
 */
export function toBoolean(text: string): boolean {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  throw new ValueError({ fr: `oui ou non attendu, reçu « ${text} »`, en: `yes or no is expected, got "${text}"` });
}

/**
 * Monthly hours written `2026-01=154,2026-02=140` (or with `:`); items are separated by `,`, `;` or
 * `|`, so fractional hours take a decimal point here.
 *
 * @example
 * toMonthlyHours("2026-01=154,2026-02=140.5"); //=> [{ month: "2026-01", hours: 154 }, { month: "2026-02", hours: 140.5 }]
 */
export function toMonthlyHours(text: string): Array<{ month: string; hours: number }> {
  return text
    .split(/[,;|]/)
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .map((item) => {
      const [month, hours, ...rest] = item.split(/[=:]/);
      if (month === undefined || hours === undefined || rest.length > 0) {
        throw new ValueError({ fr: `« ${item} » : AAAA-MM=heures attendu`, en: `"${item}": YYYY-MM=hours is expected` });
      }
      return { month: month.trim(), hours: toNumber(hours) };
    });
}

/**
 * Turns a camelCase API field into its kebab-case flag: `birthDate` → `--birth-date`.
 *
 * @example
 * flagOf("conventionalMinimumMonthly"); //=> "--conventional-minimum-monthly"
 */
export function flagOf(field: string): string {
  return `--${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
