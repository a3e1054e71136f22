import { describe, expect, it } from 'vitest';
import data from './data/countries.json';
import { COUNTRIES, countryByCode, countryName, searchCountries } from './countries';

describe('the shipped country list', () => {
  it('has every ISO 3166-1 country once, by a three-letter code, with both names', () => {
    expect(COUNTRIES.length).toBe(249);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map((c) => c.alpha2)).size).toBe(COUNTRIES.length);
    for (const c of COUNTRIES) {
      expect(c.code, c.en).toMatch(/^[A-Z]{3}$/);
      expect(c.alpha2, c.en).toMatch(/^[A-Z]{2}$/);
      expect(c.ms.trim(), c.code).not.toBe('');
      expect(c.en.trim(), c.code).not.toBe('');
    }
    expect(data.about).toMatch(/ISO 3166-1/);
    expect(data.about).toMatch(/CLDR/);
  });

  it('uses the Malay names Wisma Putra writes for the countries a counter sees most', () => {
    const ms = (code: string) => countryByCode(code)?.ms;
    expect(ms('IDN')).toBe('Indonesia');
    expect(ms('SGP')).toBe('Singapura');
    expect(ms('BRN')).toBe('Brunei Darussalam');
    expect(ms('THA')).toBe('Thailand');
    expect(ms('PHL')).toBe('Filipina');
    expect(ms('MMR')).toBe('Myanmar');
    expect(ms('KHM')).toBe('Kemboja');
    expect(ms('BGD')).toBe('Bangladesh');
    expect(ms('PAK')).toBe('Pakistan');
    expect(ms('SAU')).toBe('Arab Saudi');
    expect(ms('EGY')).toBe('Mesir');
    expect(ms('JPN')).toBe('Jepun');
    expect(ms('USA')).toBe('Amerika Syarikat');
    expect(ms('PSE')).toBe('Palestin');
    expect(ms('ARE')).toBe('Emiriah Arab Bersatu');
  });
});

describe('countryName', () => {
  it('names a code in Malay or English, keeps an unknown code as it is, and nothing for none', () => {
    expect(countryName('IDN')).toBe('Indonesia');
    expect(countryName('DEU')).toBe('Jerman');
    expect(countryName('DEU', 'en')).toBe('Germany');
    expect(countryName('ZZZ')).toBe('ZZZ');
    expect(countryName(null)).toBeNull();
    expect(countryName('')).toBeNull();
  });
});

describe('searchCountries', () => {
  const codes = (q: string, language: 'ms' | 'en' = 'ms') => searchCountries(q, language).map((c) => c.code);

  it('finds Indonesia from "Indo", in any case, first', () => {
    expect(codes('Indo')[0]).toBe('IDN');
    expect(codes('indo')[0]).toBe('IDN');
    expect(codes('  INDO ')[0]).toBe('IDN');
  });

  it('finds by the English name, a later word, a code, and without accents', () => {
    expect(codes('Germ')[0]).toBe('DEU');
    expect(codes('jer')[0]).toBe('DEU');
    expect(codes('selatan')).toContain('KOR');
    expect(codes('IDN')[0]).toBe('IDN');
    expect(codes('id')[0]).toBe('IDN');
    expect(codes('cote')[0]).toBe('CIV');
    expect(codes('turk')).toContain('TUR');
  });

  it('puts a name that starts with the text before one that only contains it', () => {
    const found = codes('tan');
    expect(found[0]).toBe('TZA'); // Tanzania
    expect(found).toContain('PAK'); // Pakistan, after it
    expect(found.indexOf('PAK')).toBeGreaterThan(0);
  });

  it('gives nothing for text no country has, and every country for none', () => {
    expect(codes('qqq')).toEqual([]);
    expect(codes('')).toHaveLength(249);
    expect(searchCountries('')[0]?.ms).toBe('Afghanistan');
  });
});
