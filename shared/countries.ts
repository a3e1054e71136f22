import data from './data/countries.json';

/** One ISO 3166-1 country: the alpha-3 code the ledger keeps, and its names. */
export interface Country {
  code: string;
  alpha2: string;
  /** As shown and printed (documents are always in Malay). */
  ms: string;
  en: string;
}

export const COUNTRIES: readonly Country[] = data.countries;

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryByCode(code: string | null | undefined): Country | null {
  return code ? (BY_CODE.get(code) ?? null) : null;
}

/** The Malay name of a stored code; the code itself for one this list no longer has (never a blank). */
export function countryName(code: string | null | undefined, language: 'ms' | 'en' = 'ms'): string | null {
  if (!code) return null;
  const country = BY_CODE.get(code);
  return country ? country[language] : code;
}

/** Lower case without accents, so "cote" finds Côte d'Ivoire and "turk" finds Türkiye. */
function folded(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const INDEX = COUNTRIES.map((c) => ({ country: c, words: [folded(c.ms), folded(c.en)], code: c.code.toLowerCase() }));

/**
 * The countries a clerk's typing names, best first: a name (Malay or English) that starts with it, then a
 * word inside a name that starts with it ("selatan" → Korea Selatan), then the alpha-3 or alpha-2 code.
 * "Indo" → Indonesia; an empty query gives every country in Malay alphabetical order.
 */
export function searchCountries(query: string, language: 'ms' | 'en' = 'ms'): Country[] {
  const q = folded(query.trim());
  const byName = (a: Country, b: Country) => a[language].localeCompare(b[language], language);
  if (q === '') return [...COUNTRIES].sort(byName);
  const rank = (entry: (typeof INDEX)[number]): number => {
    if (entry.code === q || entry.country.alpha2.toLowerCase() === q) return 0;
    if (entry.words.some((w) => w.startsWith(q))) return 1;
    if (entry.words.some((w) => w.split(/[\s(\-'’]+/).some((part) => part.startsWith(q)))) return 2;
    if (entry.words.some((w) => w.includes(q))) return 3;
    return -1;
  };
  return INDEX.map((entry) => ({ entry, r: rank(entry) }))
    .filter(({ r }) => r >= 0)
    .sort((a, b) => a.r - b.r || byName(a.entry.country, b.entry.country))
    .map(({ entry }) => entry.country);
}
