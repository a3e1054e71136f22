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
    ['full-width digits', '８００１０１１０５５５５'],
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

  it('warns on a date later this year than today', () => {
    // Today is 1 March 2026: 15 March 2026 has not happened yet.
    const result = check('260315-10-5555');
    expect(result.parts?.birthDate).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(['BIRTH_DATE']);
  });

  it('accepts a birth earlier today and refuses tomorrow', () => {
    expect(myKadBirthDate('260301', TODAY)).toBe('2026-03-01');
    expect(myKadBirthDate('260302', TODAY)).toBeNull();
    expect(myKadBirthDate('260228', TODAY)).toBe('2026-02-28');
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
