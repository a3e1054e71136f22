/**
 * Canonical JSON (RFC 8785, JCS) for the values the audit chain holds: objects, arrays, strings,
 * finite numbers, booleans and null. Keys are sorted by UTF-16 code units, which is JavaScript's
 * default string order, and primitives use ECMAScript's JSON serialisation, as RFC 8785 requires.
 */
export function canonicalJson(value: unknown): string {
  return write(value, undefined);
}

/**
 * The canonical JSON of `value` with every object key that `leaveOut` matches left out, at any depth, in
 * one walk (the same text as taking those keys out first, then calling canonicalJson).
 */
export function canonicalJsonWithout(value: unknown, leaveOut: RegExp): string {
  return write(value, leaveOut);
}

// One walk that builds the text as it goes: this runs on every audit event and every clerk request, and the
// entries/filter/sort/map/join chain it replaces cost more than the SHA-256 taken over its text.
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
