import { describe, expect, it } from 'vitest';
import { dispatcherFor, freshLedger, readyLedger, SETUP, unwrap } from '../../../tests/support/ledger';
import { setupSchema } from '@shared/schemas/setup';
import { completeSetup } from './setup';

const UNREGISTRABLE =
  'Nombor terakhir 9700 dengan permulaan blok 501 menjadikan nombor pertama kaunter ini 10201, melebihi 4 digit templat {state}{court}-{type}-{run:4}-{year}: kod kes 014 tahun 2026 tidak akan dapat didaftarkan. Luaskan {run:N} dalam templat, atau semak nombor terakhir dan permulaan blok.';

describe('numbering that can never work', () => {
  it('is refused at setup, beside the last number that overflows, and nothing is set up', async () => {
    const ledger = freshLedger();
    const input = setupSchema.parse({
      ...SETUP,
      numbering: { ...SETUP.numbering, blockStart: 501 },
      lastNumbers: [...SETUP.lastNumbers, { caseTypeCode: '014', year: 2026, lastNumber: 9700 }],
    });
    await expect(completeSetup(ledger, input)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: UNREGISTRABLE,
      issues: [{ path: 'lastNumbers.2.lastNumber' }],
    });
    expect(ledger.db.prepare('SELECT COUNT(*) AS n FROM court').pluck().get()).toBe(0);
  });

  it('takes the highest last number that still fits, and a past year that would not', async () => {
    const fits = await readyLedger({
      numbering: { ...SETUP.numbering, blockStart: 501 },
      lastNumbers: [
        { caseTypeCode: '014', year: 2026, lastNumber: 9498 },
        { caseTypeCode: '014', year: 2025, lastNumber: 9700 },
      ],
    });
    const dispatch = dispatcherFor(fits.ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    expect(unwrap(await dispatch('cases.nextNumber', { caseTypeCode: '014' })).caseNumber).toBe('05005-014-9999-2026');
  });

  it('is refused in Tetapan: a last number raised past the template, or a block start moved past it', async () => {
    const { ledger } = await readyLedger();
    const dispatch = dispatcherFor(ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const raised = await dispatch('settings.setLastNumbers', {
      rows: [...SETUP.lastNumbers, { caseTypeCode: '014', year: 2026, lastNumber: 9999 }],
    });
    expect(raised).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!raised.ok) expect(raised.error.issues?.[0]?.path).toBe('rows.2.lastNumber');

    const moved = await dispatch('settings.updateNumbering', { ...SETUP.numbering, blockStart: 9300 });
    expect(moved).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!moved.ok) {
      expect(moved.error.issues?.[0]?.path).toBe('blockStart');
      expect(moved.error.message).toContain('Nombor terakhir 769 dengan permulaan blok 9300');
    }
    unwrap(await dispatch('settings.updateNumbering', { ...SETUP.numbering, blockStart: 9230 }));
  });
});
