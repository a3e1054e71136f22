import { describe, expect, it } from 'vitest';
import { MAX_SEN, formatRinggit, parseRinggit } from './money';

describe('parseRinggit', () => {
  it.each([
    ['1,234.50', 123_450],
    ['1234.50', 123_450],
    ['1234.5', 123_450],
    ['1,234,567.89', 123_456_789],
    ['1,000,000', 100_000_000],
    ['RM 12', 1_200],
    ['RM12', 1_200],
    ['rm 12.30', 1_230],
    ['RM  1,234.05', 123_405],
    ['  12  ', 1_200],
    ['0.5', 50],
    ['0.05', 5],
    ['0.50', 50],
    ['0', 0],
    ['0.00', 0],
    ['007', 700],
    ['100000000', 10_000_000_000],
    ['999999999999', 99_999_999_999_900],
  ])('reads %j as %i sen', (text, sen) => {
    expect(parseRinggit(text)).toBe(sen);
  });

  it('always gives a whole number of sen, never a float', () => {
    for (const text of ['0.1', '0.29', '1.15', '4.35', '8.20', '1,234.57', '19.99']) {
      const sen = parseRinggit(text);
      expect(Number.isInteger(sen), text).toBe(true);
    }
    expect(parseRinggit('0.29')).toBe(29);
    expect(parseRinggit('4.35')).toBe(435);
    expect(parseRinggit('19.99')).toBe(1999);
  });

  it.each([
    ['three decimals', '12.345'],
    ['a negative amount', '-1'],
    ['a negative amount after RM', 'RM -1'],
    ['a plus sign', '+1'],
    ['a comma not followed by three digits', '1,23'],
    ['a comma followed by four digits', '1,2345'],
    ['Indian-style grouping', '1,00,000'],
    ['a decimal comma', '12,50'],
    ['an empty string', ''],
    ['only spaces', '   '],
    ['only the currency', 'RM'],
    ['a leading point', '.5'],
    ['a trailing point', '5.'],
    ['two points', '1.2.3'],
    ['exponent notation', '1e3'],
    ['a space inside the number', '1 234'],
    ['letters', '12abc'],
    ['a trailing currency', '12 RM'],
    ['a dollar sign', '$12'],
    ['full-width digits', '１２'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['13 digits of ringgit', '1234567890123'],
    ['a very long digit string', '9'.repeat(400)],
    ['a very long digit string with sen', `${'1'.repeat(30)}.50`],
  ])('refuses %s (%j)', (_label, text) => {
    expect(parseRinggit(text)).toBeNull();
  });

  it('never returns an unsafe integer', () => {
    const sen = parseRinggit('9'.repeat(12));
    expect(sen).not.toBeNull();
    expect(Number.isSafeInteger(sen)).toBe(true);
  });
});

describe('formatRinggit', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [50, '0.50'],
    [100, '1.00'],
    [1_999, '19.99'],
    [100_000, '1,000.00'],
    [123_456, '1,234.56'],
    [123_456_789, '1,234,567.89'],
    [MAX_SEN, '100,000,000.00'],
  ])('formats %i sen as %s', (sen, text) => {
    expect(formatRinggit(sen)).toBe(text);
  });

  it.each([
    [-5, '-0.05'],
    [-150, '-1.50'],
    [-123_456_789, '-1,234,567.89'],
  ])('formats the negative amount %i sen as %s', (sen, text) => {
    expect(formatRinggit(sen)).toBe(text);
  });

  it('reads back what it writes, for amounts up to MAX_SEN', () => {
    const amounts = [0, 1, 9, 10, 99, 100, 101, 999, 1_000, 99_999, 100_000, 100_001, 123_456_789, MAX_SEN];
    for (let sen = 0; sen < 1_000_000; sen += 7_919) amounts.push(sen);
    for (const sen of amounts) {
      expect(parseRinggit(formatRinggit(sen)), String(sen)).toBe(sen);
      expect(parseRinggit(`RM ${formatRinggit(sen)}`), String(sen)).toBe(sen);
    }
  });
});
