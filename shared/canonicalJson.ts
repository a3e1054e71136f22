/**
 * Canonical JSON (RFC 8785, JCS) for the values the audit chain holds: objects, arrays, strings,
 * finite numbers, booleans and null. Keys are sorted by UTF-16 code units, which is JavaScript's
 * default string order, and primitives use ECMAScript's JSON serialisation, as RFC 8785 requires.
 */
export function canonicalJson(value: unknown): string {
  // Most values the chain meets (an event's data as the ledger wrote it, read back from a segment)
  // already have their keys in canonical order: then JSON.stringify gives the very same bytes, natively.
  if (inCanonicalOrder(value)) return JSON.stringify(value);
  return canonicalText(value);
}

/** The canonical text built piece by piece; each object and array is tried on the fast path again. */
function canonicalText(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('Canonical JSON cannot hold a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`Canonical JSON cannot hold a ${typeof value}`);
}

/**
 * Whether JSON.stringify would write exactly the canonical text of `value`: only null, booleans,
 * strings, finite numbers, and plain arrays and objects of those, every object's keys already in
 * sorted order (the order JSON.stringify walks them in) and none holding undefined. Anything else
 * (a class instance, a Date or anything with toJSON, a hole or undefined in an array, a non-finite
 * number, a function) takes the slow path, which serialises it or refuses it as it always has.
 */
function inCanonicalOrder(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (Array.isArray(value)) {
        if (proto !== Array.prototype || 'toJSON' in value) return false;
        for (let i = 0; i < value.length; i++) if (!inCanonicalOrder(value[i])) return false;
        return true;
      }
      if ((proto !== Object.prototype && proto !== null) || 'toJSON' in value) return false;
      const record = value as Record<string, unknown>;
      let previous: string | null = null;
      for (const key of Object.keys(record)) {
        if (previous !== null && !(previous < key)) return false;
        const v = record[key];
        if (v === undefined || !inCanonicalOrder(v)) return false;
        previous = key;
      }
      return true;
    }
    default:
      return false;
  }
}
