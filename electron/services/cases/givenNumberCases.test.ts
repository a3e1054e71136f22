import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, unwrap } from '../../../tests/support/ledger';
import { verifyLedger } from '../ledger/verify';
import { checkEverySeries } from '../series/continuity';

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };
const REGISTER = { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] };
const given = (caseNumber: string, source = 'ESV2') => ({
  source,
  caseNumber,
  esv2ReceiptNumber: source === 'ESV2' ? `R-${caseNumber}` : null,
  caseTypeCode: '024',
  proceeding: 'SAMAN',
  parties: [{ side: 'CLAIMANT', name: 'Siti binti Abu', idType: 'NONE' }],
});

async function counter(overrides = {}) {
  const { ledger } = await readyLedger(overrides);
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  return { ledger, dispatch };
}

describe('a number given by ESV2/ESV3 inside this counter’s own series', () => {
  it('is refused with the reason and the way out; registration of that case type goes on', async () => {
    const { ledger, dispatch } = await counter();
    const next = unwrap(await dispatch('cases.nextNumber', { caseTypeCode: '024' }));
    expect(next.caseNumber).toBe('05005-024-0770-2026');
    for (const source of ['ESV2', 'ESV3_EXISTING']) {
      const refused = await dispatch('cases.recordGiven', given('05005-024-0770-2026', source));
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!refused.ok) {
        expect(refused.error.message).toBe(
          'No. kes 05005-024-0770-2026 berada dalam siri nombor kaunter ini sendiri (770 ke atas): kaunter ini akan memberikan nombor itu kepada kes yang didaftarkan di sini. Semak nombor pada dokumen. Jika ESV2/ESV3 memang memberikan nombor itu, Penolong Pendaftar perlu menaikkan Nombor kes terakhir ESV3 bagi siri 024/2026 kepada sekurang-kurangnya 770 dalam Tetapan, kemudian rekodkan kes ini semula.',
        );
        expect(refused.error.issues?.[0]?.path).toBe('caseNumber');
      }
    }
    // Far above the next number: still this counter's series, still refused.
    expect(await dispatch('cases.recordGiven', given('05005-024-0900-2026'))).toMatchObject({ ok: false });
    expect(unwrap(await dispatch('cases.nextNumber', { caseTypeCode: '024' })).caseNumber).toBe('05005-024-0770-2026');
    expect(unwrap(await dispatch('cases.register', REGISTER)).caseNumber).toBe('05005-024-0770-2026');
    // Below the block (ESV3's own numbers) and in an earlier year: recorded as before.
    unwrap(await dispatch('cases.recordGiven', given('05005-024-0769-2026')));
    unwrap(await dispatch('cases.recordGiven', given('05005-024-0900-2025')));
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true });
  });

  it('is recorded once the supervisor raises the last ESV3 number past it, and numbering moves above', async () => {
    const { ledger, dispatch } = await counter();
    expect(await dispatch('cases.recordGiven', given('05005-024-0775-2026'))).toMatchObject({ ok: false });
    unwrap(
      await dispatch('settings.setLastNumbers', {
        rows: [
          { caseTypeCode: '024', year: 2026, lastNumber: 775 },
          { caseTypeCode: '017', year: 2026, lastNumber: 41 },
        ],
      }),
    );
    unwrap(await dispatch('cases.recordGiven', given('05005-024-0775-2026')));
    expect(unwrap(await dispatch('cases.register', REGISTER)).caseNumber).toBe('05005-024-0776-2026');
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true });
  });

  it('is refused only inside a limited block; above the block it is recorded', async () => {
    const { dispatch } = await counter({
      numbering: {
        template: '{state}{court}-{type}-{run:4}-{year}',
        scope: 'COURT_TYPE_YEAR',
        blockStart: 1,
        blockSize: 10,
      },
    });
    const refused = await dispatch('cases.recordGiven', given('05005-024-0779-2026'));
    if (!refused.ok) expect(refused.error.message).toContain('dalam blok nombor kaunter ini sendiri (770 hingga 779)');
    expect(refused.ok).toBe(false);
    unwrap(await dispatch('cases.recordGiven', given('05005-024-0780-2026')));
  });

  it('recorded before this check (an older ledger), is stepped over: the preview never shows it, registration works', async () => {
    const { ledger, dispatch } = await counter();
    unwrap(await dispatch('cases.register', REGISTER));
    // As an older version let it in: an ESV2 case holding the next number of the series.
    ledger.db
      .prepare(
        `INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code, year,
           running_number, scope_key, provisional, registered_at, registered_by, outage_id)
         SELECT '05005-024-0771-2026', 'ESV2', case_type_code, case_type_name, category, proceeding, court_code, year,
           771, NULL, 0, registered_at, 1, outage_id FROM cases WHERE id = 1`,
      )
      .run();
    expect(unwrap(await dispatch('cases.nextNumber', { caseTypeCode: '024' })).caseNumber).toBe('05005-024-0772-2026');
    expect(unwrap(await dispatch('cases.register', REGISTER)).caseNumber).toBe('05005-024-0772-2026');
    expect(unwrap(await dispatch('cases.register', REGISTER)).caseNumber).toBe('05005-024-0773-2026');
    // The step over is a recorded jump: the series still checks (the row planted here has no event, which
    // verify's row-against-event check rightly names; that is not what this test is about).
    expect(checkEverySeries(ledger.db)).toBeNull();
  });
});
