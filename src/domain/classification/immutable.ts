/** A deep copy of plain data (objects, arrays, primitives): nothing in the copy is shared with the original. */
export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => deepCopy(item)) as unknown as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = deepCopy((value as Record<string, unknown>)[key]);
    return copy as T;
  }
  return value;
}

/** Freezes plain data all the way down, so an approved version cannot be changed by accident. */
export function deepFreeze<T>(value: T): Readonly<T> {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
