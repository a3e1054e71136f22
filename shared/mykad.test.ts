import { describe, expect, it } from 'vitest';
import birthplaces from './data/mykad-birthplace-codes.json';
import { checkMyKad, formatMyKad, myKadBirthDate, normaliseMyKad } from './mykad';

/** A fixed "today" so the century and future-date rules do not depend on the machine's clock. */
const TODAY = new Date('2026-03-01T04:00:00Z');

function check(input: string, today: Date = TODAY) {
  return checkMyKad(input, today);
}

describe('normaliseMyKad / formatMyKad', () => {
  it('treats dashes and spaces as presentation only', () => {
    expect(normaliseMyKad('800101-10-5555')).toBe('800101105555');
    expect(normaliseMyKad('800101 10 5555')).toBe('800101105555');
    expect(normaliseMyKad(' 800101\t10-5555 ')).toBe('800101105555');
    expect(normaliseMyKad('800101105555')).toBe('800101105555');
  });

  it.each([
    ['en dashes', '800101\u201310\u20135555'],
    ['em dashes', '800101\u201410\u20145555'],
    ['minus signs', '800101\u221210\u22125555'],
    ['non-breaking hyphens', '800101\u201110\u20115555'],
    ['full-width digits', '８００１０１１０５５５５'],
    ['full-width digits and hyphen-minus', '８００１０１－１０－５５５５'],
    ['no-break spaces', '800101\u00A010\u00A05555'],
    ['narrow no-break and ideographic spaces', '800101\u202F10\u30005555'],
    ['zero-width space and word joiner', '\u200B800101-10\u2060-5555\uFEFF'],
    ['a soft hyphen', '800101\u00AD10-5555'],
  ])('folds a number pasted with %s to the same digits', (_label, input) => {
    expect(normaliseMyKad(input)).toBe('800101105555');
    const result = check(input);
    expect(result.wellFormed).toBe(true);
    expect(result.formatted).toBe('800101-10-5555');
    expect(result.warnings).toEqual([]);
  });

  it('does not fold what is not a dash, a space or a digit', () => {
    expect(check('800101\u2022105555').wellFormed).toBe(false); // bullet
    expect(check('８００１０１１０５５５').wellFormed).toBe(false); // 11 full-width digits
    expect(check('٨٠٠١٠١١٠٥٥٥٥').wellFormed).toBe(false); // Arabic-Indic digits: NFKC keeps them
  });

  it('formats 12 digits as YYMMDD-PB-###G', () => {
    expect(formatMyKad('800101105555')).toBe('800101-10-5555');
    expect(formatMyKad('050615711234')).toBe('050615-71-1234');
  });
});

describe('checkMyKad: well-formed or not', () => {
  it.each([
    ['plain digits', '800101105555'],
    ['with dashes', '800101-10-5555'],
    ['with spaces', '800101 10 5555'],
    ['mixed separators and padding', '  800101-10 5555 '],
  ])('accepts %s and gives the canonical form', (_label, input) => {
    const result = check(input);
    expect(result.wellFormed).toBe(true);
    expect(result.formatted).toBe('800101-10-5555');
    expect(result.parts).toEqual({
      digits: '800101105555',
      birthDate: '1980-01-01',
      placeCode: '10',
      placeName: 'Selangor',
    });
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['11 digits', '80010110555'],
    ['13 digits', '8001011055551'],
    ['11 digits with dashes', '800101-10-555'],
    ['13 digits with dashes', '800101-10-55551'],
    ['a letter', '800101-1O-5555'],
    ['a leading letter', 'A800101105555'],
    ['a dot as separator', '800101.10.5555'],
    ['a slash as separator', '800101/10/5555'],
    ['empty', ''],
    ['only separators', ' - - '],
  ])('refuses %s as not well formed, with no parts and no warnings', (_label, input) => {
    expect(check(input)).toEqual({ wellFormed: false, formatted: null, parts: null, warnings: [] });
  });
});

describe('checkMyKad: birth date', () => {
  it('accepts 29 February in a leap year', () => {
    const result = check('000229-10-1234');
    expect(result.parts?.birthDate).toBe('2000-02-29');
    expect(result.warnings).toEqual([]);
    expect(check('960229-10-1234').parts?.birthDate).toBe('1996-02-29');
  });

  it('warns on 29 February in a non-leap year', () => {
    const result = check('990229-10-1234');
    expect(result.wellFormed).toBe(true);
    expect(result.formatted).toBe('990229-10-1234');
    expect(result.parts?.birthDate).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(['BIRTH_DATE']);
  });

  it('applies the century leap rule (2000 is leap, 2100 is not)', () => {
    expect(myKadBirthDate('000229', new Date('2026-01-01T00:00:00Z'))).toBe('2000-02-29');
    expect(myKadBirthDate('000229', new Date('2101-06-01T00:00:00Z'))).toBeNull();
    expect(myKadBirthDate('000228', new Date('2101-06-01T00:00:00Z'))).toBe('2100-02-28');
  });

  it.each([
    ['month 13', '801301'],
    ['month 00', '800001'],
    ['day 00', '800100'],
    ['day 32', '800132'],
    ['31 April', '800431'],
    ['30 February', '800230'],
  ])('warns on %s', (_label, yymmdd) => {
    const result = check(`${yymmdd}-10-5555`);
    expect(result.wellFormed).toBe(true);
    expect(result.parts?.birthDate).toBeNull();
    expect(result.parts?.placeName).toBe('Selangor');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.code).toBe('BIRTH_DATE');
  });

  it('reads a date later this calendar year than today as the century before (261215 on 2 December 2026)', () => {
    const today = new Date('2026-12-02T04:00:00Z');
    expect(myKadBirthDate('261215', today)).toBe('1926-12-15');
    expect(myKadBirthDate('261203', today)).toBe('1926-12-03');
    expect(myKadBirthDate('261202', today)).toBe('2026-12-02');
    expect(myKadBirthDate('261201', today)).toBe('2026-12-01');
    const result = check('261215-10-5555', today);
    expect(result.parts?.birthDate).toBe('1926-12-15');
    expect(result.warnings).toEqual([]);
  });

  it('accepts a birth earlier today and reads tomorrow as a century ago', () => {
    expect(myKadBirthDate('260301', TODAY)).toBe('2026-03-01');
    expect(myKadBirthDate('260302', TODAY)).toBe('1926-03-02');
    expect(myKadBirthDate('260228', TODAY)).toBe('2026-02-28');
  });

  it("compares with today's date in Malaysia (UTC+8), not UTC", () => {
    // 07:59 MYT on 2 December 2026 is still 1 December in UTC: a baby born today is born today.
    const beforeEightMyt = new Date('2026-12-01T23:59:00Z');
    expect(myKadBirthDate('261202', beforeEightMyt)).toBe('2026-12-02');
    expect(check('261202-10-5555', beforeEightMyt).warnings).toEqual([]);
    // Midnight MYT exactly (16:00 UTC the day before) is already the new day; a minute earlier is not.
    expect(myKadBirthDate('261202', new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
    expect(myKadBirthDate('261202', new Date('2026-12-01T15:59:59Z'))).toBe('1926-12-02');
  });

  it('turns the year at midnight MYT on 31 December', () => {
    // 1 January 2027 00:30 MYT is 31 December 2026 in UTC: 27 is this year, 270101 is today.
    const newYearMyt = new Date('2026-12-31T16:30:00Z');
    expect(myKadBirthDate('270101', newYearMyt)).toBe('2027-01-01');
    expect(myKadBirthDate('261231', newYearMyt)).toBe('2026-12-31');
    // Half an hour before midnight MYT, 2027 has not come: 270101 is 1927.
    const lastEveningMyt = new Date('2026-12-31T15:30:00Z');
    expect(myKadBirthDate('270101', lastEveningMyt)).toBe('1927-01-01');
    expect(myKadBirthDate('261231', lastEveningMyt)).toBe('2026-12-31');
  });

  it('reads 29 February at the edges of a leap day', () => {
    // On 28 February 2028, 29 February 2028 is tomorrow: 1928, itself a leap year.
    expect(myKadBirthDate('280229', new Date('2028-02-28T04:00:00Z'))).toBe('1928-02-29');
    // At 00:00 MYT on 29 February 2028 (28 February in UTC) it is today.
    expect(myKadBirthDate('280229', new Date('2028-02-28T16:00:00Z'))).toBe('2028-02-29');
    expect(myKadBirthDate('280301', new Date('2028-02-28T16:00:00Z'))).toBe('1928-03-01');
    // 29 February in the century before a non-leap 1900 does not exist: warned, not invented.
    expect(myKadBirthDate('000229', new Date('2000-02-28T04:00:00Z'))).toBeNull();
  });

  it('reads the two-digit year in the latest century not after today', () => {
    const today = new Date('2026-06-15T00:00:00Z');
    expect(myKadBirthDate('050101', today)).toBe('2005-01-01');
    expect(myKadBirthDate('260101', today)).toBe('2026-01-01');
    expect(myKadBirthDate('270101', today)).toBe('1927-01-01');
    expect(myKadBirthDate('300101', today)).toBe('1930-01-01');
    expect(myKadBirthDate('991231', today)).toBe('1999-12-31');
    expect(myKadBirthDate('000101', today)).toBe('2000-01-01');
  });

  it('moves the century pivot with the injected today', () => {
    expect(myKadBirthDate('300101', new Date('2031-01-01T00:00:00Z'))).toBe('2030-01-01');
    expect(myKadBirthDate('050101', new Date('2004-12-31T00:00:00Z'))).toBe('1905-01-01');
  });

  it('uses the injected today in checkMyKad', () => {
    expect(checkMyKad('300101-10-5555', new Date('2026-01-01T00:00:00Z')).parts?.birthDate).toBe('1930-01-01');
    expect(checkMyKad('300101-10-5555', new Date('2031-01-01T00:00:00Z')).parts?.birthDate).toBe('2030-01-01');
    expect(checkMyKad('050101-10-5555', new Date('2026-01-01T00:00:00Z')).parts?.birthDate).toBe('2005-01-01');
  });

  it('gives a Malay warning that shows the date as DD/MM/YY', () => {
    const [warning] = check('801301-10-5555').warnings;
    expect(warning?.message).toContain('Tarikh lahir');
    expect(warning?.message).toContain('01/13/80');
    expect(warning?.message).toContain('tidak sah');
  });
});

describe('checkMyKad: place of birth', () => {
  it('knows a state code', () => {
    const result = check('800101-10-5555');
    expect(result.parts?.placeCode).toBe('10');
    expect(result.parts?.placeName).toBe('Selangor');
    expect(result.warnings).toEqual([]);
  });

  it('knows the extra state codes (e.g. 54 for Kuala Lumpur, 59 for Negeri Sembilan)', () => {
    expect(check('800101-54-5555').parts?.placeName).toBe('WP Kuala Lumpur');
    expect(check('800101-59-5555').parts?.placeName).toBe('Negeri Sembilan');
  });

  it('knows an abroad code (71)', () => {
    const result = check('800101-71-5555');
    expect(result.parts?.placeCode).toBe('71');
    expect(result.parts?.placeName).toBe(birthplaces.abroad['71']);
    expect(result.parts?.placeName).toBeTruthy();
    expect(result.warnings).toEqual([]);
  });

  it.each(['00', '17', '18', '19', '20', '69', '70', '73', '80', '81', '94', '95', '96', '97'])(
    'warns on unused code %s in Malay, keeping the number well formed',
    (code) => {
      const result = check(`800101-${code}-5555`);
      expect(result.wellFormed).toBe(true);
      expect(result.formatted).toBe(`800101-${code}-5555`);
      expect(result.parts?.placeCode).toBe(code);
      expect(result.parts?.placeName).toBeNull();
      expect(result.parts?.birthDate).toBe('1980-01-01');
      expect(result.warnings).toHaveLength(1);
      expect(result.warnings[0]?.code).toBe('BIRTH_PLACE');
      expect(result.warnings[0]?.message).toContain(`Kod tempat lahir ${code}`);
      expect(result.warnings[0]?.message).toContain('tidak wujud');
    },
  );

  it('knows every code in the shipped list and none of the unused ones', () => {
    const known = new Set([...Object.keys(birthplaces.states), ...Object.keys(birthplaces.abroad)]);
    for (let n = 0; n < 100; n++) {
      const code = String(n).padStart(2, '0');
      const result = check(`800101-${code}-5555`);
      expect(result.parts?.placeName !== null, `code ${code}`).toBe(known.has(code));
    }
  });

  it('reports both warnings, date first, when date and place are wrong', () => {
    const result = check('801301-00-5555');
    expect(result.wellFormed).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['BIRTH_DATE', 'BIRTH_PLACE']);
    for (const w of result.warnings) expect(w.message).toMatch(/No\. K\/P ini/);
  });
});
