import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_WORDED_SEN, ringgitInWords, ringgitNumberWords } from './ringgitWords';
import type { SenWording } from './domain';

const RM = 'Ringgit Malaysia';

/**
 * [amount as printed in figures, sen, SEN_BEFORE words, SEN_AFTER words (only where there are sen;
 * a whole-ringgit amount reads the same in both wordings)]. Every string written out in full.
 */
const AMOUNTS: [string, number, string, string?][] = [
  ['0.00', 0, `${RM} Sifar Sahaja`],
  ['0.01', 1, `${RM} Sifar dan Sen Satu Sahaja`, `${RM} Sifar dan Satu Sen Sahaja`],
  ['0.05', 5, `${RM} Sifar dan Sen Lima Sahaja`, `${RM} Sifar dan Lima Sen Sahaja`],
  ['0.10', 10, `${RM} Sifar dan Sen Sepuluh Sahaja`, `${RM} Sifar dan Sepuluh Sen Sahaja`],
  ['0.11', 11, `${RM} Sifar dan Sen Sebelas Sahaja`, `${RM} Sifar dan Sebelas Sen Sahaja`],
  ['0.50', 50, `${RM} Sifar dan Sen Lima Puluh Sahaja`, `${RM} Sifar dan Lima Puluh Sen Sahaja`],
  [
    '0.99',
    99,
    `${RM} Sifar dan Sen Sembilan Puluh Sembilan Sahaja`,
    `${RM} Sifar dan Sembilan Puluh Sembilan Sen Sahaja`,
  ],
  ['1.00', 100, `${RM} Satu Sahaja`],
  ['1.01', 101, `${RM} Satu dan Sen Satu Sahaja`, `${RM} Satu dan Satu Sen Sahaja`],
  ['2.00', 200, `${RM} Dua Sahaja`],
  ['8.00', 800, `${RM} Lapan Sahaja`],
  ['8.80', 880, `${RM} Lapan dan Sen Lapan Puluh Sahaja`, `${RM} Lapan dan Lapan Puluh Sen Sahaja`],
  ['10.00', 1_000, `${RM} Sepuluh Sahaja`],
  ['11.00', 1_100, `${RM} Sebelas Sahaja`],
  ['12.00', 1_200, `${RM} Dua Belas Sahaja`],
  ['17.15', 1_715, `${RM} Tujuh Belas dan Sen Lima Belas Sahaja`, `${RM} Tujuh Belas dan Lima Belas Sen Sahaja`],
  ['19.00', 1_900, `${RM} Sembilan Belas Sahaja`],
  ['20.00', 2_000, `${RM} Dua Puluh Sahaja`],
  ['21.00', 2_100, `${RM} Dua Puluh Satu Sahaja`],
  ['88.00', 8_800, `${RM} Lapan Puluh Lapan Sahaja`],
  [
    '99.99',
    9_999,
    `${RM} Sembilan Puluh Sembilan dan Sen Sembilan Puluh Sembilan Sahaja`,
    `${RM} Sembilan Puluh Sembilan dan Sembilan Puluh Sembilan Sen Sahaja`,
  ],
  ['100.00', 10_000, `${RM} Seratus Sahaja`],
  ['101.00', 10_100, `${RM} Seratus Satu Sahaja`],
  ['110.00', 11_000, `${RM} Seratus Sepuluh Sahaja`],
  ['111.11', 11_111, `${RM} Seratus Sebelas dan Sen Sebelas Sahaja`, `${RM} Seratus Sebelas dan Sebelas Sen Sahaja`],
  ['118.00', 11_800, `${RM} Seratus Lapan Belas Sahaja`],
  [
    '120.50',
    12_050,
    `${RM} Seratus Dua Puluh dan Sen Lima Puluh Sahaja`,
    `${RM} Seratus Dua Puluh dan Lima Puluh Sen Sahaja`,
  ],
  ['200.00', 20_000, `${RM} Dua Ratus Sahaja`],
  ['999.00', 99_900, `${RM} Sembilan Ratus Sembilan Puluh Sembilan Sahaja`],
  ['1,000.00', 100_000, `${RM} Seribu Sahaja`],
  ['1,001.00', 100_100, `${RM} Seribu Satu Sahaja`],
  ['1,010.00', 101_000, `${RM} Seribu Sepuluh Sahaja`],
  ['1,100.00', 110_000, `${RM} Seribu Seratus Sahaja`],
  [
    '2,500.50',
    250_050,
    `${RM} Dua Ribu Lima Ratus dan Sen Lima Puluh Sahaja`,
    `${RM} Dua Ribu Lima Ratus dan Lima Puluh Sen Sahaja`,
  ],
  [
    '8,888.88',
    888_888,
    `${RM} Lapan Ribu Lapan Ratus Lapan Puluh Lapan dan Sen Lapan Puluh Lapan Sahaja`,
    `${RM} Lapan Ribu Lapan Ratus Lapan Puluh Lapan dan Lapan Puluh Lapan Sen Sahaja`,
  ],
  ['10,000.00', 1_000_000, `${RM} Sepuluh Ribu Sahaja`],
  ['11,000.00', 1_100_000, `${RM} Sebelas Ribu Sahaja`],
  [
    '12,345.67',
    1_234_567,
    `${RM} Dua Belas Ribu Tiga Ratus Empat Puluh Lima dan Sen Enam Puluh Tujuh Sahaja`,
    `${RM} Dua Belas Ribu Tiga Ratus Empat Puluh Lima dan Enam Puluh Tujuh Sen Sahaja`,
  ],
  ['100,000.00', 10_000_000, `${RM} Seratus Ribu Sahaja`],
  ['101,000.00', 10_100_000, `${RM} Seratus Satu Ribu Sahaja`],
  [
    '999,999.99',
    99_999_999,
    `${RM} Sembilan Ratus Sembilan Puluh Sembilan Ribu Sembilan Ratus Sembilan Puluh Sembilan dan Sen Sembilan Puluh Sembilan Sahaja`,
    `${RM} Sembilan Ratus Sembilan Puluh Sembilan Ribu Sembilan Ratus Sembilan Puluh Sembilan dan Sembilan Puluh Sembilan Sen Sahaja`,
  ],
  ['1,000,000.00', 100_000_000, `${RM} Sejuta Sahaja`],
  ['1,000,001.00', 100_000_100, `${RM} Sejuta Satu Sahaja`],
  ['1,001,000.00', 100_100_000, `${RM} Sejuta Seribu Sahaja`],
  ['1,100,000.00', 110_000_000, `${RM} Sejuta Seratus Ribu Sahaja`],
  ['2,000,000.00', 200_000_000, `${RM} Dua Juta Sahaja`],
  ['10,000,000.00', 1_000_000_000, `${RM} Sepuluh Juta Sahaja`],
  ['11,000,000.00', 1_100_000_000, `${RM} Sebelas Juta Sahaja`],
  ['100,000,000.00', 10_000_000_000, `${RM} Seratus Juta Sahaja`],
  [
    '123,456,789.01',
    12_345_678_901,
    `${RM} Seratus Dua Puluh Tiga Juta Empat Ratus Lima Puluh Enam Ribu Tujuh Ratus Lapan Puluh Sembilan dan Sen Satu Sahaja`,
    `${RM} Seratus Dua Puluh Tiga Juta Empat Ratus Lima Puluh Enam Ribu Tujuh Ratus Lapan Puluh Sembilan dan Satu Sen Sahaja`,
  ],
  ['1,000,000,000.00', 100_000_000_000, `${RM} Sebilion Sahaja`],
  ['2,000,000,001.00', 200_000_000_100, `${RM} Dua Bilion Satu Sahaja`],
  [
    '999,999,999,999.99',
    99_999_999_999_999,
    `${RM} Sembilan Ratus Sembilan Puluh Sembilan Bilion Sembilan Ratus Sembilan Puluh Sembilan Juta Sembilan Ratus Sembilan Puluh Sembilan Ribu Sembilan Ratus Sembilan Puluh Sembilan dan Sen Sembilan Puluh Sembilan Sahaja`,
    `${RM} Sembilan Ratus Sembilan Puluh Sembilan Bilion Sembilan Ratus Sembilan Puluh Sembilan Juta Sembilan Ratus Sembilan Puluh Sembilan Ribu Sembilan Ratus Sembilan Puluh Sembilan dan Sembilan Puluh Sembilan Sen Sahaja`,
  ],
];

/** "12,345.67" → 1234567, read independently of the table's sen column. */
function figuresToSen(figures: string): number {
  const [ringgit, cents] = figures.replace(/,/g, '').split('.');
  return Number(ringgit) * 100 + Number(cents);
}

const DIGIT_VALUES = new Map(
  ['Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Lapan', 'Sembilan'].map((word, i) => [word, i + 1]),
);
const SCALE_VALUES = new Map([
  ['Ribu', 1_000],
  ['Juta', 1_000_000],
  ['Bilion', 1_000_000_000],
]);
const ONE_SCALE_VALUES = new Map([
  ['Seribu', 1_000],
  ['Sejuta', 1_000_000],
  ['Sebilion', 1_000_000_000],
]);

/** A reader of Malay number words, written separately from the code under test, as an oracle. */
function wordsToNumber(words: string): number {
  if (words === 'Sifar') return 0;
  let total = 0;
  let group = 0;
  let pending = 0;
  for (const token of words.split(' ')) {
    const digitValue = DIGIT_VALUES.get(token);
    const scaleValue = SCALE_VALUES.get(token);
    const oneScaleValue = ONE_SCALE_VALUES.get(token);
    if (digitValue !== undefined) {
      if (pending !== 0) throw new Error(`two digits in a row in "${words}"`);
      pending = digitValue;
    } else if (token === 'Puluh' || token === 'Belas' || token === 'Ratus') {
      if (pending === 0) throw new Error(`"${token}" without a digit in "${words}"`);
      group += token === 'Puluh' ? pending * 10 : token === 'Belas' ? pending + 10 : pending * 100;
      pending = 0;
    } else if (token === 'Sepuluh' || token === 'Sebelas' || token === 'Seratus') {
      group += pending + (token === 'Sepuluh' ? 10 : token === 'Sebelas' ? 11 : 100);
      pending = 0;
    } else if (scaleValue !== undefined) {
      group += pending;
      if (group === 0) throw new Error(`"${token}" without a count in "${words}"`);
      total += group * scaleValue;
      group = 0;
      pending = 0;
    } else if (oneScaleValue !== undefined) {
      if (group + pending !== 0) throw new Error(`"${token}" after a count in "${words}"`);
      total += oneScaleValue;
    } else {
      throw new Error(`unknown word "${token}" in "${words}"`);
    }
  }
  return total + group + pending;
}

/** Reads a whole receipt line back to sen, for either wording. */
function receiptWordsToSen(line: string, wording: SenWording): number {
  const match = /^Ringgit Malaysia (.+?)(?: dan (.+))? Sahaja$/.exec(line);
  const [, ringgitWords, senPart] = match ?? [];
  if (ringgitWords === undefined) throw new Error(`not a receipt line: "${line}"`);
  const ringgit = wordsToNumber(ringgitWords);
  if (senPart === undefined) return ringgit * 100;
  const senMatch = wording === 'SEN_BEFORE' ? /^Sen (.+)$/.exec(senPart) : /^(.+) Sen$/.exec(senPart);
  const senWords = senMatch?.[1];
  if (senWords === undefined) throw new Error(`sen not written ${wording} in "${line}"`);
  return ringgit * 100 + wordsToNumber(senWords);
}

describe('ringgitInWords', () => {
  it('has the table the receipts are checked against', () => {
    expect(AMOUNTS.length).toBeGreaterThanOrEqual(40);
    for (const [figures, sen] of AMOUNTS) expect(figuresToSen(figures), figures).toBe(sen);
  });

  it.each(AMOUNTS)('RM %s (%i sen), sen before: %s', (_figures, sen, before) => {
    expect(ringgitInWords(sen, 'SEN_BEFORE')).toBe(before);
  });

  it.each(AMOUNTS)('RM %s (%i sen), sen after', (_figures, sen, before, after) => {
    // A whole-ringgit amount has no sen part, so both wordings print the same line.
    expect(ringgitInWords(sen, 'SEN_AFTER')).toBe(after ?? before);
    if (sen % 100 === 0) expect(after).toBeUndefined();
    else expect(after).toBeDefined();
  });

  it('writes the example of the receipt design (RM 120.50)', () => {
    expect(ringgitInWords(12_050, 'SEN_BEFORE')).toBe('Ringgit Malaysia Seratus Dua Puluh dan Sen Lima Puluh Sahaja');
  });

  it('reads back to the same amount, in Title Case, with Malaysian (not Indonesian) words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_WORDED_SEN }),
        fc.constantFrom<SenWording>('SEN_BEFORE', 'SEN_AFTER'),
        (sen, wording) => {
          const line = ringgitInWords(sen, wording);
          expect(receiptWordsToSen(line, wording)).toBe(sen);
          expect(line).not.toMatch(/\s{2}|^\s|\s$/);
          expect(line).not.toMatch(/Delapan|Miliar|Kosong|Satu (Ratus|Puluh|Belas)/);
          // A group of exactly one takes se- ("Seribu", "Sejuta"); "Dua Puluh Satu Juta" and "Seratus Satu Ribu" are right.
          expect(line).not.toMatch(/(?<!(Puluh|[Rr]atus) )Satu (Ribu|Juta|Bilion)/);
          for (const word of line.split(' ')) if (word !== 'dan') expect(word).toMatch(/^[A-Z][a-z]+$/);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['a negative amount', -1],
    ['a negative fraction', -0.5],
    ['a fraction of a sen', 1.5],
    ['ringgit given as a float', 120.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['RM 1 trillion', 100_000_000_000_000],
    ['one sen past the largest amount', MAX_WORDED_SEN + 1],
    ['an unsafe integer', Number.MAX_SAFE_INTEGER + 2],
  ])('refuses %s', (_label, sen) => {
    expect(() => ringgitInWords(sen, 'SEN_BEFORE')).toThrow(RangeError);
    expect(() => ringgitInWords(sen, 'SEN_AFTER')).toThrow(RangeError);
  });

  it('refuses an unknown sen wording that slipped past the types', () => {
    expect(() => ringgitInWords(100, 'SEN_MIDDLE' as SenWording)).toThrow(RangeError);
  });

  it('accepts the largest amount and -0', () => {
    expect(MAX_WORDED_SEN).toBe(99_999_999_999_999);
    expect(ringgitInWords(-0, 'SEN_BEFORE')).toBe('Ringgit Malaysia Sifar Sahaja');
  });
});

describe('ringgitNumberWords', () => {
  it.each([
    [0, 'Sifar'],
    [1, 'Satu'],
    [8, 'Lapan'],
    [10, 'Sepuluh'],
    [11, 'Sebelas'],
    [17, 'Tujuh Belas'],
    [40, 'Empat Puluh'],
    [111, 'Seratus Sebelas'],
    [180, 'Seratus Lapan Puluh'],
    [500, 'Lima Ratus'],
    [1_011, 'Seribu Sebelas'],
    [2_001, 'Dua Ribu Satu'],
    [21_000, 'Dua Puluh Satu Ribu'],
    [110_000, 'Seratus Sepuluh Ribu'],
    [1_000_000, 'Sejuta'],
    [1_000_100, 'Sejuta Seratus'],
    [21_000_000, 'Dua Puluh Satu Juta'],
    [101_000_000, 'Seratus Satu Juta'],
    [1_001_001_001, 'Sebilion Sejuta Seribu Satu'],
    [800_000_000_008, 'Lapan Ratus Bilion Lapan'],
  ])('%i → %s', (n, words) => {
    expect(ringgitNumberWords(n)).toBe(words);
  });

  it('reads back to the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(wordsToNumber(ringgitNumberWords(n))).toBe(n);
      }),
      { numRuns: 2_000 },
    );
    for (let n = 0; n <= 2_100; n += 1) expect(wordsToNumber(ringgitNumberWords(n)), String(n)).toBe(n);
  });

  it.each([
    ['a negative number', -1],
    ['a fraction', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['RM 1 trillion', 1_000_000_000_000],
  ])('refuses %s', (_label, n) => {
    expect(() => ringgitNumberWords(n)).toThrow(RangeError);
  });
});
