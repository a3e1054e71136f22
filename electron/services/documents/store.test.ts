import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, tempDir, unwrap } from '../../../tests/support/ledger';
import { readPdf } from './pdfText';

const CLAIMANT = { side: 'CLAIMANT', name: 'Siti Aminah binti Ismail', idType: 'MYKAD', idNumber: '900215-14-5566' };

async function payAt(dataDir: string, extra: Record<string, unknown> = {}) {
  const { ledger } = await readyLedger({}, { dataDir });
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const registered = unwrap(
    await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] }),
  );
  const receipt = unwrap(
    await dispatch('payments.take', {
      caseId: registered.id,
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
      payerName: CLAIMANT.name,
      payerIdNumber: CLAIMANT.idNumber,
      method: 'CASH',
      tenderedSen: 5000,
      ...extra,
    }),
  );
  return { ledger, receipt };
}

describe('the receipt PDF', () => {
  it('is saved in the data folder when the receipt is issued, with its SHA-256 recorded', async () => {
    const dataDir = tempDir();
    const { ledger, receipt } = await payAt(dataDir);
    const file = join(dataDir, 'dokumen', 'resit', '2026', `${receipt.receiptNumber}.pdf`);
    const bytes = readFileSync(file);
    expect(receipt.pdfSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const text = (await readPdf(bytes)).map((p) => p.text).join(' ');
    expect(text).toContain('05005-K1-2026-000001');
    expect(text).toContain('05005-024-0770-2026');
    expect(text).toContain('25.00');
    expect(text).toContain('Ringgit Malaysia Dua Puluh Lima Sahaja');
    const events = ledger.db.prepare("SELECT action FROM audit_events WHERE entity = 'receipt' ORDER BY seq").all();
    expect(events).toEqual([{ action: 'receipt.issue' }, { action: 'receipt.pdf' }]);
  });

  it('is not made for a receipt written by hand in the Kew. 38 book', async () => {
    const { receipt } = await payAt(tempDir(), { kew38Serial: 'B 778812' });
    expect(receipt.kew38Serial).toBe('B 778812');
    expect(receipt.pdfSha256).toBeNull();
  });

  it('never costs the payment: a folder that cannot be written leaves the receipt issued without a PDF', async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, 'dokumen'), 'not a folder');
    const { ledger, receipt } = await payAt(dataDir);
    expect(receipt).toMatchObject({ receiptNumber: '05005-K1-2026-000001', status: 'ISSUED', pdfSha256: null });
    expect(ledger.db.prepare('SELECT COUNT(*) AS n FROM receipts').get()).toEqual({ n: 1 });
  });
});
