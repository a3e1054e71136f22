import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonWithout } from './canonicalJson';

/** An IEEE 754 double from its 16 hex digits, as RFC 8785 Appendix B lists them. */
function double(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('canonicalJson: RFC 8785 examples', () => {
  it('serialises the example of section 3.2.2 (whitespace, numbers, string escapes)', () => {
    const input = JSON.parse(`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
      "literals": [null, true, false]
    }`) as unknown;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts the keys of section 3.2.3 by UTF-16 code units', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    const out = canonicalJson(input);
    // JSON.parse would put the integer-like key "1" first, so read the order from the text.
    const order = [...out.matchAll(/:"([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
    expect(out.startsWith('{"\\r":"Carriage Return","1":"One","\u0080":"Control",')).toBe(true);
  });

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('serialises the double 0x%s as %s (Appendix B)', (hex, expected) => {
    expect(canonicalJson(double(hex))).toBe(expected);
    expect(canonicalJson([double(hex)])).toBe(`[${expected}]`);
  });

  it.each(['7fffffffffffffff', '7ff0000000000000', 'fff0000000000000'])('refuses the non-finite 0x%s', (hex) => {
    expect(() => canonicalJson(double(hex))).toThrow(TypeError);
  });
});

describe('canonicalJson: our values', () => {
  it('orders keys by UTF-16 code units, not by locale, code point or numeric value', () => {
    const astral = '\u{1F600}'; // U+1F600, stored as the surrogates D83D DE00
    const input = { é: 1, Z: 2, a: 3, '10': 4, '9': 5, [astral]: 6, '\uffff': 7, _: 8, A: 9, '': 10 };
    expect(canonicalJson(input)).toBe(`{"":10,"10":4,"9":5,"A":9,"Z":2,"_":8,"a":3,"é":1,"${astral}":6,"\uffff":7}`);
  });

  it('gives the same text whatever order the keys were inserted in', () => {
    const a = { seq: 1, at: '2026-11-28T03:00:00.000Z', actor: 2, data: { b: [1, { y: 1, x: 2 }], a: null } };
    const b = { data: { a: null, b: [1, { x: 2, y: 1 }] }, actor: 2, at: '2026-11-28T03:00:00.000Z', seq: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe(
      '{"actor":2,"at":"2026-11-28T03:00:00.000Z","data":{"a":null,"b":[1,{"x":2,"y":1}]},"seq":1}',
    );
  });

  it('sorts nested objects, keeps array order, and writes no whitespace', () => {
    const input = {
      z: [3, 1, 2, { b: [], a: {} }],
      m: { 'key with space': ' value with space ', n: [[], [[]]] },
    };
    const out = canonicalJson(input);
    expect(out).toBe('{"m":{"key with space":" value with space ","n":[[],[[]]]},"z":[3,1,2,{"a":{},"b":[]}]}');
    expect(JSON.parse(out)).toEqual(input);
  });

  it('serialises primitives at the top level', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson(false)).toBe('false');
    expect(canonicalJson('')).toBe('""');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('escapes strings exactly as JSON.stringify does', () => {
    const strings = [
      'plain',
      'quote " and backslash \\',
      'slash / stays',
      '\b\f\n\r\t',
      '\u0000\u0001\u001f\u007f',
      '\u2028\u2029',
      'محمد بن علي',
      '陈大文',
      'Siti Nur’Aisyah binti Abdullah @ Ah Moi',
      '\u{1F600}',
    ];
    for (const s of strings) {
      expect(canonicalJson(s)).toBe(JSON.stringify(s));
      expect(canonicalJson({ [s]: s })).toBe(`{${JSON.stringify(s)}:${JSON.stringify(s)}}`);
    }
    expect(canonicalJson('\u0000\u001f')).toBe('"\\u0000\\u001f"');
    expect(canonicalJson('\u007f\u2028')).toBe('"\u007f\u2028"');
    expect(canonicalJson('\n\t"')).toBe('"\\n\\t\\""');
  });

  it('serialises numbers as ECMAScript does', () => {
    expect(canonicalJson(0)).toBe('0');
    expect(canonicalJson(-0)).toBe('0');
    expect(canonicalJson({ n: -0 })).toBe('{"n":0}');
    expect(canonicalJson(12345)).toBe('12345');
    expect(canonicalJson(-7)).toBe('-7');
    expect(canonicalJson(10_000_000_000)).toBe('10000000000');
    expect(canonicalJson(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991');
    expect(canonicalJson(1e21)).toBe('1e+21');
    expect(canonicalJson(1e20)).toBe('100000000000000000000');
    expect(canonicalJson(0.1)).toBe('0.1');
    expect(canonicalJson(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(canonicalJson(1e-7)).toBe('1e-7');
    expect(canonicalJson(4.5)).toBe('4.5');
  });

  it('drops undefined properties as if they were absent', () => {
    expect(canonicalJson({ a: 1, b: undefined, c: null })).toBe('{"a":1,"c":null}');
    expect(canonicalJson({ b: undefined })).toBe('{}');
    expect(canonicalJson({ x: { y: undefined, z: 1 } })).toBe(canonicalJson({ x: { z: 1 } }));
  });

  it('refuses non-finite numbers anywhere in the value', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => canonicalJson(bad)).toThrow(TypeError);
      expect(() => canonicalJson({ data: { amount: bad } })).toThrow(/non-finite/);
      expect(() => canonicalJson([1, [bad]])).toThrow(/non-finite/);
    }
  });

  it('refuses values JSON cannot hold rather than guessing', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson([1, undefined])).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson(Symbol('s'))).toThrow(TypeError);
  });
});

describe('canonicalJson on generated values', () => {
  /** Compares strings code unit by code unit, spelled out rather than relying on the < operator. */
  function compareCodeUnits(a: string, b: string): number {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = a.charCodeAt(i) - b.charCodeAt(i);
      if (d !== 0) return d;
    }
    return a.length - b.length;
  }

  /** A reference serialiser written independently of the one under test. */
  function reference(value: unknown): string {
    if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`;
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort(compareCodeUnits);
      return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(record[k])}`).join(',')}}`;
    }
    return JSON.stringify(value);
  }

  /** A small deterministic generator (mulberry32) so a failure is reproducible. */
  function rng(seed: number) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const ALPHABET = [
    'a',
    'B',
    'z',
    '0',
    '9',
    ' ',
    '"',
    '\\',
    '\n',
    '\u0001',
    'é',
    'ñ',
    'م',
    '陈',
    '\u{1F600}',
    '\u{10FFFF}',
    '€',
    '\uffff',
  ];

  function randomValue(next: () => number, depth: number): unknown {
    const pick = Math.floor(next() * (depth > 3 ? 5 : 7));
    const text = () => {
      let s = '';
      const n = Math.floor(next() * 6);
      for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
      return s;
    };
    switch (pick) {
      case 0:
        return null;
      case 1:
        return next() < 0.5;
      case 2:
        return text();
      case 3:
        return Math.floor((next() - 0.5) * 2e10);
      case 4:
        return (next() - 0.5) * 10 ** Math.floor(next() * 60 - 30);
      case 5:
        return Array.from({ length: Math.floor(next() * 5) }, () => randomValue(next, depth + 1));
      default: {
        const obj: Record<string, unknown> = {};
        const n = Math.floor(next() * 6);
        for (let i = 0; i < n; i++) obj[text()] = randomValue(next, depth + 1);
        return obj;
      }
    }
  }

  it('matches the reference, reads back to the same value, and is stable when re-canonicalised', () => {
    const next = rng(8785);
    for (let i = 0; i < 2000; i++) {
      const value = randomValue(next, 0);
      const ours = canonicalJson(value);
      expect(ours).toBe(reference(value));
      expect(JSON.parse(ours)).toEqual(value);
      expect(canonicalJson(JSON.parse(ours))).toBe(ours);
    }
  });

  /** The same value rebuilt with every object's keys inserted in sorted order (the fast path's case). */
  function sortedCopy(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(sortedCopy);
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(record).sort(compareCodeUnits)) out[k] = sortedCopy(record[k]);
      return out;
    }
    return value;
  }

  it('gives the same bytes whether the keys arrive in canonical order (JSON.stringify) or not', () => {
    const next = rng(2126);
    const awkward = [-0, 1e21, 1e-7, 5e-324, -1.7976931348623157e308, 2 ** 53 + 2, 0.1 + 0.2, '\ud800', '\udfff x'];
    for (let i = 0; i < 2000; i++) {
      const value = { n: awkward[i % awkward.length], v: randomValue(next, 0) };
      const sorted = sortedCopy(value);
      expect(canonicalJson(sorted)).toBe(reference(value));
      expect(canonicalJson(sorted)).toBe(canonicalJson(value));
      expect(canonicalJson([sorted, value])).toBe(`[${reference(value)},${reference(value)}]`);
    }
  });

  it('keeps integer-like keys in code-unit order even though JavaScript walks them numerically', () => {
    expect(canonicalJson({ 2: 'b', 10: 'a', x: 1 })).toBe('{"10":"a","2":"b","x":1}');
    expect(canonicalJson({ 1: 'a', 2: 'b' })).toBe('{"1":"a","2":"b"}');
  });

  it('does not let JSON.stringify decide for what is not plain data (toJSON, Dates, boxes, holes, undefined)', () => {
    class Held {
      b = 2;
      a = 1;
    }
    expect(canonicalJson({ a: new Held() })).toBe('{"a":{"a":1,"b":2}}');
    expect(canonicalJson({ at: new Date(0) })).toBe('{"at":{}}');
    expect(canonicalJson({ s: Object('ab') as unknown })).toBe('{"s":{"0":"a","1":"b"}}');
    const bare = Object.create(null) as Record<string, unknown>;
    bare.a = 1;
    bare.b = [true];
    expect(canonicalJson(bare)).toBe('{"a":1,"b":[true]}');
    expect(() => canonicalJson({ a: 1, toJSON: () => 'x' })).toThrow(TypeError);
    const withToJson = Object.assign([1], { toJSON: () => 'x' });
    expect(canonicalJson(withToJson)).toBe('[1]');
    // eslint-disable-next-line no-sparse-arrays
    expect(canonicalJson([, 1])).toBe('[,1]');
    expect(() => canonicalJson({ a: [1, undefined] })).toThrow(TypeError);
    expect(canonicalJson({ a: 1, b: undefined, c: 3 })).toBe('{"a":1,"c":3}');
    expect(() => canonicalJson({ a: Infinity })).toThrow(/non-finite/);
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError);
  });
});

describe('canonicalJsonWithout', () => {
  const secret = /(pin|passphrase)$/i;
  /** The two steps it replaces: take the keys out at every depth, then the canonical text. */
  const twoSteps = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(twoSteps);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !secret.test(key))
        .map(([key, v]) => [key, twoSteps(v)]),
    );
  };

  it.each([
    { receiptId: 1, reason: 'Amaun salah', supervisorId: 1, supervisorPin: '123456' },
    { b: [{ pin: '1', z: null, a: true }, 2, 'x'], a: { Passphrase: 'p', ownPin: 'q', keep: undefined, n: -0.5 } },
    [{ pin: 1 }, [], {}],
    { only: { pin: '0' } },
    'text',
    null,
  ])('is the canonical JSON of the value without the keys: %j', (value) => {
    expect(canonicalJsonWithout(value, secret)).toBe(canonicalJson(twoSteps(value)));
  });

  it('leaves out the keys at any depth and nothing else', () => {
    expect(canonicalJsonWithout({ z: 1, pin: 2, a: { supervisorPin: 3, b: [{ pin: 4, c: 5 }] } }, secret)).toBe(
      '{"a":{"b":[{"c":5}]},"z":1}',
    );
    expect(canonicalJson({ z: 1, pin: 2 })).toBe('{"pin":2,"z":1}');
  });
});
