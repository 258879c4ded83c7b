/**
 * Freezing exported data all the way down, so that no caller can change what the library computes
 * with (a parameter series, a preset, a rule declaration): a write throws in strict mode and is ignored
 * otherwise, and every later call sees the same data.
 */

/**
 * Freezes a plain-data value and everything reachable from it (objects and arrays; functions inside,
 * such as rule messages, are left as they are). Safe on shared and cyclic structures, and on values
 * already partly frozen (`Object.freeze` of a list whose items are not frozen yet).
 *
 * @param value - a JSON-like value (objects, arrays, primitives)
 * @param seen - objects already visited in this call (internal)
 * @returns the same value, frozen all the way down
 * @example
 * Object.isFrozen(deepFreeze({ a: { b: 1 } }).a); //=> true
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  seen.add(value);
  for (const inner of Object.values(value)) deepFreeze(inner, seen);
  return Object.freeze(value);
}
