/**
 * Canonical JSON (RFC 8785, JCS) for the values the audit chain holds: objects, arrays, strings,
 * finite numbers, booleans and null. Keys are sorted by UTF-16 code units, which is JavaScript's
 * default string order, and primitives use ECMAScript's JSON serialisation, as RFC 8785 requires.
 */
export function canonicalJson(value: unknown): string {
  // Most values the chain meets (an event's data as the ledger wrote it, read back from a segment)
  // already have their keys in canonical order: then JSON.stringify gives the very same bytes, natively.
  if (inCanonicalOrder(value)) return JSON.stringify(value);
  return write(value, undefined);
}

/**
 * The canonical JSON of `value` with every object key that `leaveOut` matches left out, at any depth, in
 * one walk (the same text as taking those keys out first, then calling canonicalJson).
 */
export function canonicalJsonWithout(value: unknown, leaveOut: RegExp): string {
  return write(value, leaveOut);
}

// One walk that builds the text as it goes (for values not already in canonical order, and for the text
// without some keys): this runs on every audit event and every clerk request, and the
// entries/filter/sort/map/join chain it replaced cost more than the SHA-256 taken over its text.
function write(value: unknown, leaveOut: RegExp | undefined): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('Canonical JSON cannot hold a non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => write(item, leaveOut)).join(',')}]`;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort();
    let text = '{';
    let first = true;
    for (const key of keys) {
      const item = record[key];
      if (item === undefined || (leaveOut !== undefined && leaveOut.test(key))) continue;
      text += `${first ? '' : ','}${JSON.stringify(key)}:${write(item, leaveOut)}`;
      first = false;
    }
    return `${text}}`;
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
