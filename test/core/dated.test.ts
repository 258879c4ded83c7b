/**
 * Values derived from parameter entries once, on first use (`perEntry`, core/dated.ts): computed the
 * first time an entry is asked for, then the same value for that entry; each entry on its own.
 */
import { describe, expect, test } from "vitest";
import { perEntry, type Dated } from "../../src/core/dated.js";
import { smicHourlyMetropole } from "../../src/parameters/smic.js";

describe("perEntry", () => {
  test("computes an entry's value on its first use only, and each entry separately", () => {
    const computed: string[] = [];
    const doubled = perEntry((entry: Dated<number>) => {
      computed.push(entry.since);
      return { value: entry.value * 2 };
    });
    const [first, second] = smicHourlyMetropole.entries;
    expect(computed).toEqual([]);
    const value = doubled(first!);
    expect(value).toEqual({ value: 20.06 });
    expect(doubled(first!)).toBe(value);
    expect(doubled(second!)).toEqual({ value: 20.3 });
    expect(computed).toEqual(["2019-01-01", "2020-01-01"]);
  });
});
