import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerCaseSchema } from '@shared/schemas/case';
import { takePaymentSchema } from '@shared/schemas/payment';
import { courtDate } from '@shared/time';
import { readyLedger, tempDir } from '../../../tests/support/ledger';
import { memoryBackupPlan } from '../backup/plan';
import { createBackups } from '../backup/schedule';
import { registerCase } from '../cases/cases';
import type { Ledger } from '../ledger/ledger';
import { getReceipt } from './receipts';
import { closeDayAndBackUp, receivePayment } from './workflows';

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };

const RECOVERY = { recoveryPassphrase: 'Pemulihan Seremban 2026' };

function recordingLog() {
  const lines: string[] = [];
  return { lines, error: (message: string) => lines.push(message) };
}

function payment(ledger: Ledger) {
  const registered = registerCase(
    ledger,
    1,
    registerCaseSchema.parse({ caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] }),
  );
  return takePaymentSchema.parse({
    caseId: registered.id,
    lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
    payerName: CLAIMANT.name,
    payerIdNumber: CLAIMANT.idNumber,
    method: 'CASH',
    tenderedSen: 5000,
  });
}

describe('receiving a payment', () => {
  it('records the payment and answers its receipt with the PDF saved and its SHA-256 recorded', async () => {
    const dataDir = tempDir();
    const { ledger } = await readyLedger({}, { dataDir });
    const log = recordingLog();
    const receipt = await receivePayment(ledger, 1, payment(ledger), log);
    expect(receipt.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(dataDir, 'dokumen', 'resit', '2026', `${receipt.receiptNumber}.pdf`))).toBe(true);
    expect(getReceipt(ledger, receipt.id).pdfSha256).toBe(receipt.pdfSha256);
    expect(log.lines).toEqual([]);
  });

  it('keeps the payment when its PDF cannot be saved, and says so in the log', async () => {
    // An in-memory ledger has no data folder: the PDF cannot be saved anywhere.
    const { ledger } = await readyLedger();
    const log = recordingLog();
    const receipt = await receivePayment(ledger, 1, payment(ledger), log);
    expect(receipt).toMatchObject({ receiptNumber: '05005-K1-2026-000001', pdfSha256: null });
    expect(getReceipt(ledger, receipt.id)).toMatchObject({ totalSen: 2500, pdfSha256: null });
    expect(log.lines).toEqual(['receipt 05005-K1-2026-000001: PDF not saved']);
  });
});

describe('closing the day', () => {
  it('backs up after the close when a backup folder is chosen', async () => {
    const dataDir = tempDir();
    const backupDir = tempDir('kaunter-usb-');
    const { ledger } = await readyLedger(RECOVERY, { dataDir, file: join(dataDir, 'kaunter.sqlite') });
    const backups = createBackups(memoryBackupPlan({ dir: backupDir }));
    const log = recordingLog();
    const day = { date: courtDate(ledger.clock()), cashCountedSen: 0, differenceNote: null };
    const closed = await closeDayAndBackUp(ledger, 1, 1, day, { backups, log });
    expect(closed.closed).toBe(true);
    expect(backups.state.lastFailure).toBeNull();
    expect(backups.state.last?.file.startsWith(backupDir)).toBe(true);
    expect(log.lines).toEqual([]);
  });

  it('keeps the close when the backup fails, and says so in the log', async () => {
    const { ledger } = await readyLedger(RECOVERY);
    const failing = createBackups(memoryBackupPlan({ dir: '/nonexistent/usb' }));
    const log = recordingLog();
    const day = { date: courtDate(ledger.clock()), cashCountedSen: 0, differenceNote: null };
    const closed = await closeDayAndBackUp(ledger, 1, 1, day, { backups: failing, log });
    expect(closed.closed).toBe(true);
    expect(log.lines).toEqual(['backup after day close failed']);
    expect(failing.state.lastFailure?.message).toBeTruthy();
  });
});
