import { describe, expect, test } from "vitest";
import { addWorkingDays, countWorkingDays, frenchPublicHolidays } from "../../src/index.js";
import { easterSunday, isPublicHoliday, isWorkingDay } from "../../src/core/calendar.js";
import { addDays } from "../../src/core/dates.js";
import { catchInputError } from "../support/catch-input-error.js";

// Easter Sundays 2019-2032: published Gregorian Easter dates (e.g. the Paris Observatory's table).
const easter = [
  ["2019", "2019-04-21"], ["2020", "2020-04-12"], ["2021", "2021-04-04"], ["2022", "2022-04-17"],
  ["2023", "2023-04-09"], ["2024", "2024-03-31"], ["2025", "2025-04-20"], ["2026", "2026-04-05"],
  ["2027", "2027-03-28"], ["2028", "2028-04-16"], ["2029", "2029-04-01"], ["2030", "2030-04-21"],
  ["2031", "2031-04-13"], ["2032", "2032-03-28"],
].map(([year, date]) => ({ year: Number(year), date: date!, source: "published Gregorian Easter dates" }));

describe("French public holidays, metropole (C. trav. art. L3133-1)", () => {
  test.for(easter)("Easter $year is $date", (row) => {
    expect(easterSunday(row.year)).toBe(row.date);
  });

  test.for(easter)("$year: the 11 holidays, Easter Monday (+1), Ascension (+39), Whit Monday (+50)", (row) => {
    const holidays = frenchPublicHolidays(row.year).map((holiday) => holiday.date);
    const y = row.year;
    expect(holidays).toHaveLength(11);
    expect([...holidays].sort()).toEqual(
      [
        `${y}-01-01`, addDays(row.date, 1), `${y}-05-01`, `${y}-05-08`, addDays(row.date, 39), addDays(row.date, 50),
        `${y}-07-14`, `${y}-08-15`, `${y}-11-01`, `${y}-11-11`, `${y}-12-25`,
      ].sort(),
    );
    expect(holidays).toEqual([...holidays].sort());
    for (const date of holidays) {
      expect(isPublicHoliday(date)).toBe(true);
      expect(isWorkingDay(date, "ouvrables")).toBe(false);
    }
  });

  test("2026 holidays by name (service-public 2026 calendar)", () => {
    expect(frenchPublicHolidays(2026).map((holiday) => [holiday.date, holiday.name.fr])).toEqual([
      ["2026-01-01", "Jour de l'an"],
      ["2026-04-06", "Lundi de Pâques"],
      ["2026-05-01", "Fête du travail"],
      ["2026-05-08", "Victoire 1945"],
      ["2026-05-14", "Ascension"],
      ["2026-05-25", "Lundi de Pentecôte"],
      ["2026-07-14", "Fête nationale"],
      ["2026-08-15", "Assomption"],
      ["2026-11-01", "Toussaint"],
      ["2026-11-11", "Armistice 1918"],
      ["2026-12-25", "Noël"],
    ]);
  });

  test.for([
    { date: "2026-04-05", source: "Easter Sunday itself is a Sunday, not listed as a holiday" },
    { date: "2026-04-03", source: "Good Friday: Alsace-Moselle only (L3134-13), not included" },
    { date: "2026-12-26", source: "26 December: Alsace-Moselle only, not included" },
    { date: "2026-05-15", source: "the day after Ascension" },
  ])("$date is not a metropolitan public holiday ($source)", (row) => {
    expect(isPublicHoliday(row.date)).toBe(false);
  });
});

describe("isWorkingDay", () => {
  test.for([
    { date: "2026-01-05", kind: "ouvrables", expected: true, source: "a Monday" },
    { date: "2026-01-03", kind: "ouvrables", expected: true, source: "Saturday is a jour ouvrable" },
    { date: "2026-01-03", kind: "ouvres", expected: false, source: "Saturday is not a jour ouvré" },
    { date: "2026-01-04", kind: "ouvrables", expected: false, source: "Sunday, weekly rest" },
    { date: "2026-01-04", kind: "ouvres", expected: false, source: "Sunday" },
    { date: "2026-08-15", kind: "ouvrables", expected: false, source: "15 August on a Saturday" },
    { date: "2026-07-14", kind: "ouvres", expected: false, source: "14 July on a Tuesday" },
  ] as const)("$date $kind → $expected ($source)", (row) => {
    expect(isWorkingDay(row.date, row.kind)).toBe(row.expected);
  });
});

describe("addWorkingDays (the n-th working day after the date, the date excluded)", () => {
  const rows = [
    { date: "2026-05-07", n: 2, kind: "ouvrables", expected: "2026-05-11", source: "Thu; 8 May holiday; Sat 9 counts; Sun 10 skipped" },
    { date: "2026-05-07", n: 2, kind: "ouvres", expected: "2026-05-12", source: "8 May, weekend skipped" },
    { date: "2026-04-30", n: 5, kind: "ouvrables", expected: "2026-05-07", source: "1 May (Fri) skipped, Sat 2 counts, Sun 3 skipped" },
    { date: "2026-05-13", n: 1, kind: "ouvres", expected: "2026-05-15", source: "Ascension Thursday 14 May skipped" },
    { date: "2026-05-22", n: 1, kind: "ouvres", expected: "2026-05-26", source: "weekend and Whit Monday 25 May skipped" },
    { date: "2026-07-13", n: 1, kind: "ouvrables", expected: "2026-07-15", source: "14 July skipped" },
    { date: "2026-08-14", n: 1, kind: "ouvrables", expected: "2026-08-17", source: "15 August (Sat) and Sunday 16 skipped" },
    { date: "2026-12-24", n: 1, kind: "ouvres", expected: "2026-12-28", source: "Christmas Friday and weekend skipped" },
    { date: "2026-12-31", n: 1, kind: "ouvrables", expected: "2027-01-02", source: "1 January skipped, Saturday counts" },
    { date: "2026-01-03", n: 0, kind: "ouvres", expected: "2026-01-03", source: "n = 0 returns the date itself" },
    { date: "2026-05-11", n: -2, kind: "ouvrables", expected: "2026-05-07", source: "backwards: Sat 9 counts, 8 May and Sun 10 skipped" },
    { date: "2026-01-05", n: -1, kind: "ouvres", expected: "2026-01-02", source: "backwards over a weekend" },
  ] as const;
  test.for(rows)("$date + $n $kind = $expected ($source)", (row) => {
    expect(addWorkingDays(row.date, row.n, { kind: row.kind })).toBe(row.expected);
  });
});

describe("countWorkingDays (both ends included)", () => {
  const rows = [
    { from: "2026-05-01", to: "2026-05-31", kind: "ouvres", expected: 17, source: "21 weekdays − 1, 8, 14, 25 May" },
    { from: "2026-05-01", to: "2026-05-31", kind: "ouvrables", expected: 22, source: "26 Mon–Sat days − 4 holidays" },
    { from: "2026-01-01", to: "2026-12-31", kind: "ouvres", expected: 252, source: "261 weekdays − 9 weekday holidays in 2026 (15 Aug Sat, 1 Nov Sun)" },
    { from: "2026-01-01", to: "2026-12-31", kind: "ouvrables", expected: 303, source: "313 Mon–Sat − 10 holidays not on a Sunday (1 Nov 2026 is a Sunday)" },
    { from: "2026-01-04", to: "2026-01-04", kind: "ouvrables", expected: 0, source: "a single Sunday" },
    { from: "2026-01-05", to: "2026-01-05", kind: "ouvres", expected: 1, source: "a single Monday" },
  ] as const;
  test.for(rows)("$from to $to $kind = $expected ($source)", (row) => {
    expect(countWorkingDays(row.from, row.to, { kind: row.kind })).toBe(row.expected);
  });
});

describe("working days: bad input", () => {
  test.for([
    { name: "impossible date", call: () => addWorkingDays("2026-02-30", 1, { kind: "ouvres" }), paths: [["date"]], codes: ["INVALID_DATE"] },
    { name: "fractional n", call: () => addWorkingDays("2026-02-03", 1.5, { kind: "ouvres" }), paths: [["n"]], codes: ["NOT_INTEGER"] },
    { name: "NaN n", call: () => addWorkingDays("2026-02-03", Number.NaN, { kind: "ouvres" }), paths: [["n"]], codes: ["INVALID_TYPE"] },
    { name: "huge n", call: () => addWorkingDays("2026-02-03", 1e9, { kind: "ouvres" }), paths: [["n"]], codes: ["TOO_BIG"] },
    { name: "unknown kind", call: () => addWorkingDays("2026-02-03", 1, { kind: "ouvre" as "ouvres" }), paths: [["options", "kind"]], codes: ["INVALID_VALUE"] },
    { name: "missing options", call: () => countWorkingDays("2026-02-03", "2026-02-04", undefined as unknown as { kind: "ouvres" }), paths: [["options"]], codes: ["REQUIRED"] },
    { name: "to before from", call: () => countWorkingDays("2026-02-03", "2026-02-02", { kind: "ouvres" }), paths: [["to"]], codes: ["END_BEFORE_START"] },
    { name: "both dates wrong", call: () => countWorkingDays("x", "2026-02-30", { kind: "ouvres" }), paths: [["from"], ["to"]], codes: ["INVALID_DATE", "INVALID_DATE"] },
    { name: "past 2199", call: () => addWorkingDays("2199-12-30", 5, { kind: "ouvres" }), paths: [["n"]], codes: ["OUT_OF_RANGE"] },
    { name: "holidays of year 0", call: () => frenchPublicHolidays(0), paths: [["year"]], codes: ["TOO_SMALL"] },
    { name: "holidays of a fractional year", call: () => frenchPublicHolidays(2026.5), paths: [["year"]], codes: ["NOT_INTEGER"] },
    { name: "holidays of NaN", call: () => frenchPublicHolidays(Number.NaN), paths: [["year"]], codes: ["INVALID_TYPE"] },
    { name: "holidays of 2200", call: () => frenchPublicHolidays(2200), paths: [["year"]], codes: ["TOO_BIG"] },
  ])("$name", (row) => {
    const error = catchInputError(row.call);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual(row.paths);
    expect(error.issues.map((issue) => issue.code)).toEqual(row.codes);
  });

  test("English messages on request", () => {
    const error = catchInputError(() => addWorkingDays("2026-02-03", 1, { kind: "x" as "ouvres", locale: "en" }));
    expect(error.message).toBe('Invalid input: options.kind: unknown value "x"; allowed values: ouvrables, ouvres');
  });
});

/**
 * Every Easter Sunday the library covers (years 1900 to 2199), month and day, as computed by
 * python-dateutil's easter() (EASTER_WESTERN, an implementation independent of ours): its three
 * centuries exercise every term of the computus, not only those that vary within one century.
 */
const EASTER_1900_2199: Record<number, string> = {
  1900: "04-15", 1901: "04-07", 1902: "03-30", 1903: "04-12", 1904: "04-03", 1905: "04-23", 1906: "04-15", 1907: "03-31", 1908: "04-19", 1909: "04-11",
  1910: "03-27", 1911: "04-16", 1912: "04-07", 1913: "03-23", 1914: "04-12", 1915: "04-04", 1916: "04-23", 1917: "04-08", 1918: "03-31", 1919: "04-20",
  1920: "04-04", 1921: "03-27", 1922: "04-16", 1923: "04-01", 1924: "04-20", 1925: "04-12", 1926: "04-04", 1927: "04-17", 1928: "04-08", 1929: "03-31",
  1930: "04-20", 1931: "04-05", 1932: "03-27", 1933: "04-16", 1934: "04-01", 1935: "04-21", 1936: "04-12", 1937: "03-28", 1938: "04-17", 1939: "04-09",
  1940: "03-24", 1941: "04-13", 1942: "04-05", 1943: "04-25", 1944: "04-09", 1945: "04-01", 1946: "04-21", 1947: "04-06", 1948: "03-28", 1949: "04-17",
  1950: "04-09", 1951: "03-25", 1952: "04-13", 1953: "04-05", 1954: "04-18", 1955: "04-10", 1956: "04-01", 1957: "04-21", 1958: "04-06", 1959: "03-29",
  1960: "04-17", 1961: "04-02", 1962: "04-22", 1963: "04-14", 1964: "03-29", 1965: "04-18", 1966: "04-10", 1967: "03-26", 1968: "04-14", 1969: "04-06",
  1970: "03-29", 1971: "04-11", 1972: "04-02", 1973: "04-22", 1974: "04-14", 1975: "03-30", 1976: "04-18", 1977: "04-10", 1978: "03-26", 1979: "04-15",
  1980: "04-06", 1981: "04-19", 1982: "04-11", 1983: "04-03", 1984: "04-22", 1985: "04-07", 1986: "03-30", 1987: "04-19", 1988: "04-03", 1989: "03-26",
  1990: "04-15", 1991: "03-31", 1992: "04-19", 1993: "04-11", 1994: "04-03", 1995: "04-16", 1996: "04-07", 1997: "03-30", 1998: "04-12", 1999: "04-04",
  2000: "04-23", 2001: "04-15", 2002: "03-31", 2003: "04-20", 2004: "04-11", 2005: "03-27", 2006: "04-16", 2007: "04-08", 2008: "03-23", 2009: "04-12",
  2010: "04-04", 2011: "04-24", 2012: "04-08", 2013: "03-31", 2014: "04-20", 2015: "04-05", 2016: "03-27", 2017: "04-16", 2018: "04-01", 2019: "04-21",
  2020: "04-12", 2021: "04-04", 2022: "04-17", 2023: "04-09", 2024: "03-31", 2025: "04-20", 2026: "04-05", 2027: "03-28", 2028: "04-16", 2029: "04-01",
  2030: "04-21", 2031: "04-13", 2032: "03-28", 2033: "04-17", 2034: "04-09", 2035: "03-25", 2036: "04-13", 2037: "04-05", 2038: "04-25", 2039: "04-10",
  2040: "04-01", 2041: "04-21", 2042: "04-06", 2043: "03-29", 2044: "04-17", 2045: "04-09", 2046: "03-25", 2047: "04-14", 2048: "04-05", 2049: "04-18",
  2050: "04-10", 2051: "04-02", 2052: "04-21", 2053: "04-06", 2054: "03-29", 2055: "04-18", 2056: "04-02", 2057: "04-22", 2058: "04-14", 2059: "03-30",
  2060: "04-18", 2061: "04-10", 2062: "03-26", 2063: "04-15", 2064: "04-06", 2065: "03-29", 2066: "04-11", 2067: "04-03", 2068: "04-22", 2069: "04-14",
  2070: "03-30", 2071: "04-19", 2072: "04-10", 2073: "03-26", 2074: "04-15", 2075: "04-07", 2076: "04-19", 2077: "04-11", 2078: "04-03", 2079: "04-23",
  2080: "04-07", 2081: "03-30", 2082: "04-19", 2083: "04-04", 2084: "03-26", 2085: "04-15", 2086: "03-31", 2087: "04-20", 2088: "04-11", 2089: "04-03",
  2090: "04-16", 2091: "04-08", 2092: "03-30", 2093: "04-12", 2094: "04-04", 2095: "04-24", 2096: "04-15", 2097: "03-31", 2098: "04-20", 2099: "04-12",
  2100: "03-28", 2101: "04-17", 2102: "04-09", 2103: "03-25", 2104: "04-13", 2105: "04-05", 2106: "04-18", 2107: "04-10", 2108: "04-01", 2109: "04-21",
  2110: "04-06", 2111: "03-29", 2112: "04-17", 2113: "04-02", 2114: "04-22", 2115: "04-14", 2116: "03-29", 2117: "04-18", 2118: "04-10", 2119: "03-26",
  2120: "04-14", 2121: "04-06", 2122: "03-29", 2123: "04-11", 2124: "04-02", 2125: "04-22", 2126: "04-14", 2127: "03-30", 2128: "04-18", 2129: "04-10",
  2130: "03-26", 2131: "04-15", 2132: "04-06", 2133: "04-19", 2134: "04-11", 2135: "04-03", 2136: "04-22", 2137: "04-07", 2138: "03-30", 2139: "04-19",
  2140: "04-03", 2141: "03-26", 2142: "04-15", 2143: "03-31", 2144: "04-19", 2145: "04-11", 2146: "04-03", 2147: "04-16", 2148: "04-07", 2149: "03-30",
  2150: "04-12", 2151: "04-04", 2152: "04-23", 2153: "04-15", 2154: "03-31", 2155: "04-20", 2156: "04-11", 2157: "03-27", 2158: "04-16", 2159: "04-08",
  2160: "03-23", 2161: "04-12", 2162: "04-04", 2163: "04-24", 2164: "04-08", 2165: "03-31", 2166: "04-20", 2167: "04-05", 2168: "03-27", 2169: "04-16",
  2170: "04-01", 2171: "04-21", 2172: "04-12", 2173: "04-04", 2174: "04-17", 2175: "04-09", 2176: "03-31", 2177: "04-20", 2178: "04-05", 2179: "03-28",
  2180: "04-16", 2181: "04-01", 2182: "04-21", 2183: "04-13", 2184: "03-28", 2185: "04-17", 2186: "04-09", 2187: "03-25", 2188: "04-13", 2189: "04-05",
  2190: "04-25", 2191: "04-10", 2192: "04-01", 2193: "04-21", 2194: "04-06", 2195: "03-29", 2196: "04-17", 2197: "04-09", 2198: "03-25", 2199: "04-14",
};

describe("Easter Sunday in every year covered, 1900 to 2199 (C. trav. art. L3133-1: Easter Monday, Ascension, Whit Monday)", () => {
  const rows = Object.entries(EASTER_1900_2199).map(([year, monthDay]) => ({
    year: Number(year),
    date: `${year}-${monthDay}`,
    source: "python-dateutil easter(), EASTER_WESTERN (Gregorian computus)",
  }));
  test("the table covers the 300 years", () => {
    expect(rows).toHaveLength(300);
  });
  test.for(rows)("Easter $year is $date", (row) => {
    expect(easterSunday(row.year)).toBe(row.date);
  });
});

describe("names of the holidays, in French and English", () => {
  test("2026, in date order (C. trav. art. L3133-1)", () => {
    expect(frenchPublicHolidays(2026).map((holiday) => [holiday.date, holiday.name.fr, holiday.name.en])).toEqual([
      ["2026-01-01", "Jour de l'an", "New Year's Day"],
      ["2026-04-06", "Lundi de Pâques", "Easter Monday"],
      ["2026-05-01", "Fête du travail", "Labour Day"],
      ["2026-05-08", "Victoire 1945", "Victory in Europe Day"],
      ["2026-05-14", "Ascension", "Ascension Day"],
      ["2026-05-25", "Lundi de Pentecôte", "Whit Monday"],
      ["2026-07-14", "Fête nationale", "Bastille Day"],
      ["2026-08-15", "Assomption", "Assumption Day"],
      ["2026-11-01", "Toussaint", "All Saints' Day"],
      ["2026-11-11", "Armistice 1918", "Armistice Day"],
      ["2026-12-25", "Noël", "Christmas Day"],
    ]);
  });
});
