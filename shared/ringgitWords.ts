import type { Sen, SenWording } from './domain';

/**
 * Amounts in Malay words, as the official receipt (Kew. 38) writes them:
 * "Ringgit Malaysia Seratus Dua Puluh dan Sen Lima Puluh Sahaja".
 *
 * Decisions, with the reasons (a wrong word here is printed on an official receipt):
 *
 * - Malaysian Malay numerals (Dewan Bahasa dan Pustaka), never Indonesian: "lapan" (not "delapan"),
 *   "bilion" (not "miliar"). Short scale: 10^9 is "bilion".
 * - One of a unit takes the prefix se-, as standard Malay writes it: "sepuluh", "sebelas",
 *   "seratus", "seribu", "sejuta", "sebilion". So 1,000,000 is "Sejuta" (never "Satu Juta"), and
 *   1,000,001 is "Sejuta Satu". The prefix belongs to a group that is exactly one: 101,000 is
 *   "Seratus Satu Ribu" (the group 101 counts thousands), 1,001 is "Seribu Satu". The digit one on
 *   its own, or at the end of a group, is "Satu" ("Seratus Satu", "Dua Puluh Satu").
 * - Zero is "Sifar". Sifar is the numeral's name in Kamus Dewan and in school mathematics (KSSR);
 *   "kosong" is the everyday word for "empty", not a numeral. Used the same way everywhere, so
 *   RM0.00 is "Ringgit Malaysia Sifar Sahaja".
 * - Under RM1 the ringgit is still written, as "Sifar": RM0.50 is "Ringgit Malaysia Sifar dan Sen
 *   Lima Puluh Sahaja". The words exist so that the amount cannot be altered: every receipt then has
 *   the same shape, "Ringgit Malaysia <ringgit> [dan <sen>] Sahaja", with no empty ringgit slot in
 *   which "Seratus dan" could be written, and the words read like the figures beside them ("0.50",
 *   not ".50"). A zero sen part is left out ("Ringgit Malaysia Lapan Sahaja", not "... dan Sen
 *   Sifar"): there "Sahaja" closes the amount, so nothing can be added.
 * - Sen wording is a court setting (both occur in government use): SEN_BEFORE "dan Sen Lima Puluh",
 *   SEN_AFTER "dan Lima Puluh Sen".
 * - Each word in Title Case, as receipts print it, except the joining "dan".
 */

/** The largest whole ringgit in words: RM 999,999,999,999. */
export const MAX_WORDED_RINGGIT = 999_999_999_999;
/** The largest amount in words: RM 999,999,999,999.99, in sen. */
export const MAX_WORDED_SEN: Sen = MAX_WORDED_RINGGIT * 100 + 99;

const DIGITS = ['', 'Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Lapan', 'Sembilan'] as const;

/** Largest scale first; `one` is the se- form for exactly one of the unit. */
const SCALES = [
  { value: 1_000_000_000, name: 'Bilion', one: 'Sebilion' },
  { value: 1_000_000, name: 'Juta', one: 'Sejuta' },
  { value: 1_000, name: 'Ribu', one: 'Seribu' },
] as const;

/** 1..9. */
function digit(n: number): string {
  const word = DIGITS[n];
  if (word === undefined || word === '') throw new RangeError(`Bukan digit 1 hingga 9: ${String(n)}`);
  return word;
}

/** 1..99. */
function tensWords(n: number): string {
  if (n < 10) return digit(n);
  if (n === 10) return 'Sepuluh';
  if (n === 11) return 'Sebelas';
  if (n < 20) return `${digit(n - 10)} Belas`;
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return units === 0 ? `${digit(tens)} Puluh` : `${digit(tens)} Puluh ${digit(units)}`;
}

/** 1..999. */
function hundredsWords(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds === 1) parts.push('Seratus');
  else if (hundreds > 1) parts.push(`${digit(hundreds)} Ratus`);
  if (rest > 0) parts.push(tensWords(rest));
  return parts.join(' ');
}

/**
 * A whole number of ringgit in words: 111 → "Seratus Sebelas", 1,000,000 → "Sejuta", 0 → "Sifar".
 * Throws RangeError unless n is an integer from 0 to 999,999,999,999.
 */
export function ringgitNumberWords(n: number): string {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_WORDED_RINGGIT) {
    throw new RangeError(`Nombor tidak dapat ditulis dalam perkataan: ${String(n)}`);
  }
  if (n === 0) return 'Sifar';
  const parts: string[] = [];
  let rest = n;
  for (const scale of SCALES) {
    const group = Math.floor(rest / scale.value);
    rest %= scale.value;
    if (group === 1) parts.push(scale.one);
    else if (group > 1) parts.push(`${hundredsWords(group)} ${scale.name}`);
  }
  if (rest > 0) parts.push(hundredsWords(rest));
  return parts.join(' ');
}

/**
 * An amount in sen as a receipt writes it in words:
 * 12050, SEN_BEFORE → "Ringgit Malaysia Seratus Dua Puluh dan Sen Lima Puluh Sahaja";
 * 12050, SEN_AFTER → "Ringgit Malaysia Seratus Dua Puluh dan Lima Puluh Sen Sahaja".
 * Throws RangeError unless sen is an integer from 0 to 99,999,999,999,999 (RM 999,999,999,999.99).
 */
export function ringgitInWords(sen: Sen, wording: SenWording): string {
  if (typeof sen !== 'number' || !Number.isInteger(sen) || sen < 0 || sen > MAX_WORDED_SEN) {
    throw new RangeError(`Amaun tidak dapat ditulis dalam perkataan: ${String(sen)} sen`);
  }
  if (wording !== 'SEN_BEFORE' && wording !== 'SEN_AFTER') {
    throw new RangeError(`Cara menulis sen tidak dikenali: ${String(wording)}`);
  }
  const ringgitPart = ringgitNumberWords(Math.floor(sen / 100));
  const cents = sen % 100;
  if (cents === 0) return `Ringgit Malaysia ${ringgitPart} Sahaja`;
  const senPart = wording === 'SEN_BEFORE' ? `Sen ${tensWords(cents)}` : `${tensWords(cents)} Sen`;
  return `Ringgit Malaysia ${ringgitPart} dan ${senPart} Sahaja`;
}
