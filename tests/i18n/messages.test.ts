import { describe, expect, it } from 'vitest';
import { AppError, errorData, fieldIssue, PLACEHOLDER, ref, renderMalay, type MessageKey } from '@shared/errors';
import { formatMessage, MESSAGE_AREAS, MESSAGES } from '@shared/messages';
import { fieldMessage, readFieldMessage, ZOD_OWN_MESSAGE } from '@shared/schemas/fieldMessage';
import { shownError, shownFieldMessage, shownMessage } from '../../renderer/src/i18n/errors';

const KEYS = Object.keys(MESSAGES) as MessageKey[];

function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
}

describe('the message catalogues (shared/messages)', () => {
  it('hold every message, each key once across the areas', () => {
    expect(KEYS.length).toBeGreaterThan(400);
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, messages] of Object.entries(MESSAGE_AREAS)) {
      for (const key of Object.keys(messages)) {
        const first = seen.get(key);
        if (first !== undefined) twice.push(`${key} (${first}, ${area})`);
        seen.set(key, area);
      }
    }
    expect(twice).toEqual([]);
    expect(seen.size).toBe(KEYS.length);
  });

  it('give each English the same placeholder names as its key', () => {
    const mismatched = KEYS.filter((key) => placeholders(key).join() !== placeholders(MESSAGES[key]).join()).map(
      (key) => `${key} → ${MESSAGES[key]}`,
    );
    expect(mismatched).toEqual([]);
  });

  it('give every key an English that is not blank and not the Malay left as is (a few words are both)', () => {
    const same = KEYS.filter((key) => MESSAGES[key] === key && /[a-z]{4}/.test(key.replace(PLACEHOLDER, '')));
    expect(KEYS.filter((key) => MESSAGES[key].trim() === '')).toEqual([]);
    expect(same).toEqual([]);
  });

  it('render every key in both languages with every placeholder filled', () => {
    for (const key of KEYS) {
      const values = Object.fromEntries(placeholders(key).map((name) => [name, `<${name}>`]));
      for (const language of ['ms', 'en'] as const) {
        const text = formatMessage(language, key, values);
        for (const name of Object.keys(values)) expect(text, `${language}: ${key}`).toContain(`<${name}>`);
      }
      expect(formatMessage('ms', key, values)).toBe(renderMalay(key, values));
    }
  });
});

describe('an error as data', () => {
  it('keeps its Malay sentence as its message, with the key and values beside it', () => {
    const error = new AppError('CONFLICT', 'Resit {receiptNumber} telah pun dibatalkan.', {
      receiptNumber: '05-K1-2026-000012',
    });
    expect(error.message).toBe('Resit 05-K1-2026-000012 telah pun dibatalkan.');
    expect(error.toData()).toEqual({
      code: 'CONFLICT',
      key: 'Resit {receiptNumber} telah pun dibatalkan.',
      values: { receiptNumber: '05-K1-2026-000012' },
      message: 'Resit 05-K1-2026-000012 telah pun dibatalkan.',
    });
  });

  it('is worded in English by exact lookup, a value that is itself words translated too', () => {
    const error = new AppError('VALIDATION', '{label} mesti diisi.', { label: ref('Nama pihak') }, [
      fieldIssue('parties.0.name', '{label} mesti diisi.', { label: ref('Nama pihak') }),
    ]).toData();
    expect(error.message).toBe('Nama pihak mesti diisi.');
    expect(shownError(error, 'en')).toEqual({
      ...error,
      message: 'Party name is required.',
      issues: [{ ...error.issues?.[0], message: 'Party name is required.' }],
    });
    expect(shownError(error, 'ms')).toBe(error);
    expect(
      shownMessage(
        {
          key: 'Nombor terakhir ESV3 bagi {what} tidak boleh diturunkan kepada {next}: kaunter ini telah mengeluarkan nombor hingga {n} berdasarkan angka {lastNumber}.',
          values: {
            what: ref('kod kes {code} tahun {year}', { code: '024', year: 2026 }),
            next: 3,
            n: 9,
            lastNumber: 5,
          },
        },
        'en',
      ),
    ).toBe(
      'The last ESV3 number for case code 024 year 2026 cannot be lowered to 3: this counter has issued numbers up to 9 from the figure 5.',
    );
  });

  it('leaves braces that are no placeholder as written (the case-number template tokens)', () => {
    const data = errorData(
      'VALIDATION',
      'Token {{name}} tidak dikenali. Gunakan {state}, {court}, {type}, {run:N} dan {year}.',
      {
        name: 'kod',
      },
    );
    expect(data.message).toBe('Token {kod} tidak dikenali. Gunakan {state}, {court}, {type}, {run:N} dan {year}.');
    expect(shownMessage(data, 'en')).toBe('Unknown token {kod}. Use {state}, {court}, {type}, {run:N} and {year}.');
  });
});

describe("a schema's message (zod carries a string)", () => {
  it('carries its key and values, read back by the dispatcher and the forms', () => {
    const encoded = fieldMessage('{label} terlalu panjang (had {max} aksara).', { label: ref('Alamat'), max: 300 });
    expect(readFieldMessage(encoded)).toEqual({
      key: '{label} terlalu panjang (had {max} aksara).',
      values: { label: { key: 'Alamat' }, max: 300 },
      message: 'Alamat terlalu panjang (had 300 aksara).',
    });
    expect(shownFieldMessage(encoded, 'en')).toBe('Address is too long (at most 300 characters).');
    expect(shownFieldMessage(encoded, 'ms')).toBe('Alamat terlalu panjang (had 300 aksara).');
  });

  it("words zod's own messages (and anything else) as the generic refusal", () => {
    expect(readFieldMessage('Invalid input: expected string, received number')).toEqual({
      key: ZOD_OWN_MESSAGE,
      message: 'Maklumat yang dihantar tidak sah.',
    });
    expect(shownFieldMessage('Invalid input', 'en')).toBe('What was sent is not valid.');
  });
});
