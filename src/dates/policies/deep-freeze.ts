/**
 * Freezes a plain-data object and everything inside it, so that an exported preset cannot be
 * changed by a caller (no shared mutable state).
 *
 * @param value - a plain JSON-like value
 * @returns the same value, frozen all the way down
 * @example
 * Object.isFrozen(deepFreeze({ a: { b: 1 } }).a); //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
