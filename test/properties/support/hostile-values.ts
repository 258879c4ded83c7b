/**
 * Values a caller should never pass, and sometimes does: every JavaScript type (bigint, symbols,
 * functions, boxed primitives, Map, Date…), cycles, 10 000-level nesting, lists of 130 000 entries,
 * 1 MB texts, getters and proxies that throw, null-prototype objects, `__proto__` keys. Shared by the
 * fuzz property (bad-input.property.test.ts) and the tests of each reproducer of issue 13.
 * The big values are built once, at load.
 */
import fc from "fast-check";

/** An error thrown by a hostile getter or proxy trap, recognisable in test failures. */
export class HostileError extends Error {}

const boom = (): never => {
  throw new HostileError("hostile getter");
};

/** `{ o: { o: … } }`: an object that contains itself. */
export const cyclicObject = (() => {
  const value: Record<string, unknown> = { month: "2026-01", hours: 1 };
  value["o"] = value;
  return value;
})();

/** An array that contains itself. */
export const cyclicArray = (() => {
  const value: unknown[] = ["2026-01-05"];
  value.push(value);
  return value;
})();

/** `[[[…]]]` nested `depth` levels deep (built iteratively). */
export function deepArray(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

/** `{ a: { a: … } }` nested `depth` levels deep. */
export function deepObject(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 0; level < depth; level += 1) value = { a: value, month: "2026-01", hours: 1 };
  return value;
}

/** 10 000 levels: the depth that once overflowed the stack in the message of a rejected value. */
export const DEEP = 10_000;
export const deepNestedArray = deepArray(DEEP);
export const deepNestedObject = deepObject(DEEP);

/** 130 000 entries: the length that once overflowed the stack inside validation. */
export const HUGE = 130_000;
export const hugeBadDates = new Array<string>(HUGE).fill("x");
export const hugeBadRows = new Array<unknown>(HUGE).fill({ month: "x", hours: -1 });
export const hugeSparse = new Array<unknown>(HUGE);

/** A 1 MB text (2^20 characters), and one of 1 MB of digits (a "number" as text). */
export const MEGABYTE = 1 << 20;
export const megabyteText = "x".repeat(MEGABYTE);
export const megabyteDigits = "9".repeat(MEGABYTE);

/**
 * An object with 10 000 unknown keys (one issue each before the cap of 100). zod reads each key
 * (≈ 2 µs a key): 10 000 keep the fuzz fast; test/core/input-limits.test.ts tries 100 000 once.
 */
export const manyKeys: Record<string, number> = Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, index]));

/** An object whose every property read throws (a proxy `get` trap). */
export const throwingProxy = new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
/** An array whose items throw when read. */
export const throwingArrayProxy = new Proxy(["2026-01-05", "2026-01-06"], { get: (target, key) => (key === "length" ? target.length : boom()) });
/** A revoked proxy: every operation on it throws, `Array.isArray` included. */
export const revokedProxy = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();
/** An object with a throwing getter named `field`. */
export const throwingGetter = (field: string): Record<string, unknown> => Object.defineProperty({}, field, { get: boom, enumerable: true });
/** A primitive-like object whose conversions throw. */
export const throwingPrimitive = { [Symbol.toPrimitive]: boom, toString: boom, valueOf: boom, toJSON: boom };

/** An object with no prototype. */
export const nullPrototype = (fields: Record<string, unknown> = {}): Record<string, unknown> => Object.assign(Object.create(null) as Record<string, unknown>, fields);
/** `{"__proto__": {...}}` as `JSON.parse` builds it: an own key named `__proto__`. */
export const protoKey = JSON.parse('{"__proto__": {"locale": "en", "polluted": true}}') as Record<string, unknown>;

/** Every kind of hostile value, one of each (the big ones included). */
export const hostileValues: readonly unknown[] = [
  10n,
  -(2n ** 200n),
  Symbol("s"),
  Symbol.iterator,
  () => 1,
  class Hostile {},
  async function asyncHostile() {},
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e308,
  -1e308,
  2 ** 53 + 2,
  0.1 + 0.2,
  "",
  " ",
  "0x135",
  "1e3",
  "\u001b[31mred\u001b[0m\n",
  "\ud800",
  "👩‍👩‍👧".repeat(40),
  megabyteText,
  megabyteDigits,
  new Date(Number.NaN),
  new Date(Date.UTC(2026, 0, 5)),
  new String("2026-01-05"),
  new Number(5),
  new Boolean(false),
  new Map([["locale", "en"]]),
  new Set(["mon"]),
  /2026-01-05/,
  new Uint8Array(4),
  new ArrayBuffer(8),
  new Error("e"),
  Promise.resolve(1),
  cyclicObject,
  cyclicArray,
  deepNestedArray,
  deepNestedObject,
  hugeBadDates,
  hugeBadRows,
  hugeSparse,
  manyKeys,
  throwingProxy,
  throwingArrayProxy,
  revokedProxy,
  throwingGetter("locale"),
  throwingPrimitive,
  nullPrototype({ locale: "en" }),
  protoKey,
  { [Symbol("key")]: 1, locale: "en" },
  Object.freeze({}),
  [],
  [undefined],
  null,
  undefined,
  true,
];

/**
 * A value behind a function, so that fast-check never touches it (it probes values for a clone method
 * and prints them on failure: a revoked proxy or a throwing getter would break fast-check itself).
 * `label` names it in a failure report.
 */
export class Boxed {
  constructor(
    readonly open: () => unknown,
    readonly label: string,
  ) {}
  toString(): string {
    return this.label;
  }
}

/** The value inside a {@link Boxed}, or the value itself. */
export const unbox = (value: unknown): unknown => (value instanceof Boxed ? value.open() : value);

const describe = (value: unknown, index: number): string => {
  try {
    return `hostileValues[${index}] (${typeof value === "string" ? `text of ${value.length}` : Array.isArray(value) ? `array of ${value.length}` : typeof value})`;
  } catch {
    return `hostileValues[${index}] (a proxy)`;
  }
};

/** A hostile value, or anything fast-check can build (all types, sparse arrays, null prototypes…), boxed. */
export const hostileValue: fc.Arbitrary<Boxed> = fc.oneof(
  { weight: 3, arbitrary: fc.nat(hostileValues.length - 1).map((index) => new Boxed(() => hostileValues[index], describe(hostileValues[index], index))) },
  {
    weight: 2,
    arbitrary: fc
      .anything({
        maxDepth: 3,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        withUnicodeString: true,
      })
      .map((value) => new Boxed(() => value, fc.stringify(value))),
  },
);
