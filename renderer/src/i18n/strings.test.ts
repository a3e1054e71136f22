import { describe, expect, it, vi } from 'vitest';
import { ENGLISH } from './english';

describe('English loads on first use', () => {
  it('cannot be shown before loadLanguage, and Malay needs nothing loaded', async () => {
    vi.resetModules();
    const strings = await import('./strings');
    const errors = await import('./errors');
    expect(strings.loadedEnglish()).toBeNull();
    expect(() => strings.showLanguage('en')).toThrow(/loadLanguage/);
    expect(strings.currentLanguage()).toBe('ms');
    expect(strings.strings().ms.appName).toBe(strings.MALAY.ms.appName);
    // A key is its Malay: worded without the English chunk, values filled.
    const exhausted = {
      key: 'Blok nombor kaunter ini telah habis ({first} hingga {last}). Penolong Pendaftar perlu menetapkan blok baharu sebelum kes lain didaftarkan.',
      values: { first: 1, last: 9 },
    } as const;
    expect(errors.shownMessage(exhausted, 'ms')).toMatch(/^Blok nombor kaunter ini telah habis \(1 hingga 9\)/);
    // English asked for but not loaded yet: the Malay, never a blank.
    expect(errors.shownMessage(exhausted, 'en')).toMatch(/^Blok nombor kaunter ini telah habis \(1 hingga 9\)/);

    await strings.loadLanguage('ms');
    expect(strings.loadedEnglish()).toBeNull();
    await strings.loadLanguage('en');
    await strings.loadLanguage('en');
    expect(strings.loadedEnglish()?.strings.ms.appName).toBe(ENGLISH.strings.ms.appName);
    strings.showLanguage('en');
    expect(strings.strings().ms.appName).toBe(ENGLISH.strings.ms.appName);
    expect(errors.shownMessage({ key: 'Nama atau PIN salah.' }, 'en')).toBe('Wrong name or PIN.');
    expect(errors.shownMessage(exhausted, 'en')).toMatch(/\b1\b.*\b9\b/);
    expect(errors.shownMessage(exhausted, 'en')).not.toMatch(/^Blok/);
    strings.showLanguage('ms');
  });
});
