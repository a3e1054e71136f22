import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preferenceLanguage } from '../../electron/platform/languagePreference';
import { filePreferences } from '../../electron/platform/preferences';
import { readPdf } from '../../electron/services/documents/pdfText';
import { dispatcherFor, readyLedger, tempDir, unwrap } from '../support/ledger';

async function counterWithPreferences(dir: string) {
  const { ledger } = await readyLedger({}, { dataDir: dir });
  const dispatch = dispatcherFor(ledger, { language: preferenceLanguage(filePreferences(dir)) });
  return { ledger, dispatch };
}

describe('the screen language preference', () => {
  it('is Malay by default, can be set before signing in, and survives a restart', async () => {
    const dir = tempDir();
    const { dispatch } = await counterWithPreferences(dir);
    expect(unwrap(await dispatch('language.get', {}))).toBe('ms');
    expect(unwrap(await dispatch('language.set', { language: 'en' }))).toBe('en');
    // A restart: a new store reading the same preferences file.
    expect(preferenceLanguage(filePreferences(dir)).get()).toBe('en');
    expect(unwrap(await dispatch('language.get', {}))).toBe('en');
  });

  it('refuses a language it does not have and keeps the one chosen', async () => {
    const { dispatch } = await counterWithPreferences(tempDir());
    const refused = await dispatch('language.set', { language: 'fr' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('VALIDATION');
    expect(unwrap(await dispatch('language.get', {}))).toBe('ms');
  });

  it('leaves printed documents in Malay: a receipt issued with English chosen prints Malay', async () => {
    const dir = tempDir();
    const { dispatch } = await counterWithPreferences(dir);
    unwrap(await dispatch('language.set', { language: 'en' }));
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const registered = unwrap(
      await dispatch('cases.register', {
        caseTypeCode: '024',
        proceeding: 'SAMAN',
        parties: [{ side: 'CLAIMANT', name: 'Siti Aminah binti Ismail', idType: 'MYKAD', idNumber: '900215-14-5566' }],
      }),
    );
    const receipt = unwrap(
      await dispatch('payments.take', {
        caseId: registered.id,
        lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
        payerName: 'Siti Aminah binti Ismail',
        method: 'CASH',
        tenderedSen: 5000,
      }),
    );
    const folder = join(dir, 'dokumen', 'resit', '2026');
    expect(readdirSync(folder)).toContain(`${receipt.receiptNumber}.pdf`);
    const text = (await readPdf(readFileSync(join(folder, `${receipt.receiptNumber}.pdf`))))
      .map((p) => p.text)
      .join(' ');
    expect(text).toContain('Ringgit Malaysia Dua Puluh Lima Sahaja');
    expect(text).toMatch(/Tunai/);
    expect(text).not.toMatch(/Official Receipt|Received from|Cash\b|Twenty/);
  });

  it('is never read by the document code', () => {
    const documents = join(import.meta.dirname, '..', '..', 'electron', 'services', 'documents');
    const readers = readdirSync(documents)
      .filter((name) => name.endsWith('.ts'))
      .filter((name) =>
        /from '[^']*(language|i18n|preferences|renderer)[^']*'/.test(readFileSync(join(documents, name), 'utf8')),
      );
    expect(readers).toEqual([]);
  });
});
