import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, tempDir, unwrap } from '../../../tests/support/ledger';
import { readPdf } from '../documents/pdfText';
import { FOLDER_PRINTER, folderPrinter, memoryPrinterChoices, PrintFailure, type PrinterPort } from './printing';

const CLAIMANT = { side: 'CLAIMANT', name: 'Siti Aminah binti Ismail', idType: 'MYKAD', idNumber: '900215-14-5566' };

/** A counter whose printer can be switched off. */
async function counter() {
  const dataDir = tempDir();
  const printDir = join(dataDir, 'cetakan');
  const folder = folderPrinter(printDir);
  let off: false | Error = false;
  const port: PrinterPort = {
    list: () => folder.list(),
    print: (file, job) => (off ? Promise.reject(off) : folder.print(file, job)),
  };
  const { ledger } = await readyLedger({}, { dataDir });
  const dispatch = dispatcherFor(ledger, { printing: { port, choices: memoryPrinterChoices() } });
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const registered = unwrap(
    await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] }),
  );
  const pay = (extra: Record<string, unknown> = {}) =>
    dispatch('payments.take', {
      caseId: registered.id,
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
      payerName: CLAIMANT.name,
      method: 'CASH',
      tenderedSen: 2500,
      ...extra,
    });
  return {
    ledger,
    dispatch,
    pay,
    printDir,
    setOff: (v: boolean | Error) => (off = v === true ? new Error('offline') : v),
  };
}

async function textOf(file: string): Promise<string> {
  return (await readPdf(readFileSync(file))).map((p) => p.text).join(' ');
}

describe('printing', () => {
  it('asks for a printer first, then prints the original and stamps every later print SALINAN', async () => {
    const { dispatch, pay, printDir } = await counter();
    const receipt = unwrap(await pay());
    expect(await dispatch('receipts.print', { receiptId: receipt.id, toPrinter: true })).toMatchObject({
      ok: false,
      error: { code: 'PRINTER', message: /Tiada pencetak dipilih untuk resit/ },
    });
    expect(unwrap(await dispatch('printers.list', {})).printers).toEqual([
      { name: FOLDER_PRINTER, isDefault: true, state: 'READY' },
    ]);
    expect(await dispatch('printers.choose', { kind: 'receipt', printer: 'HP Tiada' })).toMatchObject({
      ok: false,
      error: { code: 'PRINTER' },
    });
    unwrap(await dispatch('printers.choose', { kind: 'receipt', printer: FOLDER_PRINTER }));

    const first = unwrap(await dispatch('receipts.print', { receiptId: receipt.id, toPrinter: true }));
    expect(first).toMatchObject({ printed: true, copy: false, printerName: FOLDER_PRINTER });
    const printed = readdirSync(printDir);
    expect(printed).toHaveLength(1);
    // What reached the printer is the very document whose hash the receipt records.
    const { createHash } = await import('node:crypto');
    expect(
      createHash('sha256')
        .update(readFileSync(join(printDir, printed[0] ?? '')))
        .digest('hex'),
    ).toBe(receipt.pdfSha256);
    expect(await textOf(first.pdfFile)).not.toContain('SALINAN');

    const second = unwrap(await dispatch('receipts.print', { receiptId: receipt.id, toPrinter: true }));
    expect(second.copy).toBe(true);
    expect(await textOf(second.pdfFile)).toContain('SALINAN');
    expect(readdirSync(printDir)).toHaveLength(2);
  });

  it('keeps the receipt when the printer is off, says so, and prints on retry', async () => {
    const { ledger, dispatch, pay, setOff } = await counter();
    unwrap(await dispatch('printers.choose', { kind: 'receipt', printer: FOLDER_PRINTER }));
    const receipt = unwrap(await pay());
    setOff(true);
    expect(await dispatch('receipts.print', { receiptId: receipt.id, toPrinter: true })).toMatchObject({
      ok: false,
      error: { code: 'PRINTER', message: /gagal mencetak.*tidak hilang/ },
    });
    expect(ledger.db.prepare('SELECT status FROM receipts WHERE id = ?').get(receipt.id)).toEqual({ status: 'ISSUED' });
    // The spooler's own reasons are told as such; each attempt is audited as failed, none as printed.
    const told: [PrintFailure, RegExp][] = [
      [new PrintFailure('PAUSED', 'Q-1'), /dihentikan sementara/],
      [new PrintFailure('REJECTING'), /tidak menerima cetakan/],
      [new PrintFailure('MISSING'), /tiada lagi pada komputer ini/],
      [new PrintFailure('HELD', 'Q-2'), /ditahan.*dibatalkan/],
      [new PrintFailure('VANISHED', 'Q-3'), /hilang dari baris gilir.*tidak dikira sebagai dicetak/],
      [new PrintFailure('TIMEOUT', 'Q-4'), /tidak menyiapkan cetakan/],
    ];
    for (const [failure, message] of told) {
      setOff(failure);
      expect(await dispatch('receipts.print', { receiptId: receipt.id, toPrinter: true })).toMatchObject({
        ok: false,
        error: { code: 'PRINTER', message },
      });
    }
    const attempts = ledger.db
      .prepare(
        "SELECT action, data FROM audit_events WHERE entity = 'receipt' AND entity_id = ? AND action LIKE 'receipt.print%'",
      )
      .all(String(receipt.id)) as { action: string; data: string }[];
    expect(attempts.map((a) => a.action)).toEqual(Array(1 + told.length).fill('receipt.printFailed'));
    expect(attempts.map((a) => (JSON.parse(a.data) as { reason: string }).reason)).toEqual([
      'FAILED',
      ...told.map(([f]) => f.reason),
    ]);
    expect(JSON.parse(attempts[1]?.data ?? '{}')).toMatchObject({ printer: FOLDER_PRINTER, jobId: 'Q-1', copy: false });
    setOff(false);
    // The failed attempt did not count: the retry is still the original.
    expect(unwrap(await dispatch('receipts.print', { receiptId: receipt.id, toPrinter: true }))).toMatchObject({
      printed: true,
      copy: false,
    });
  });

  it('saves a PDF without a printer, prints a cancelled receipt stamped BATAL, and never prints a Kew. 38 receipt', async () => {
    const { dispatch, pay } = await counter();
    const receipt = unwrap(await pay());
    const saved = unwrap(await dispatch('receipts.print', { receiptId: receipt.id, toPrinter: false }));
    expect(saved).toMatchObject({ printed: false, printerName: null });
    unwrap(
      await dispatch('receipts.cancel', {
        supervisorId: 1,
        supervisorPin: '123456',
        receiptId: receipt.id,
        reason: 'Salah kes dipilih',
      }),
    );
    const cancelled = unwrap(await dispatch('receipts.print', { receiptId: receipt.id, toPrinter: false }));
    expect(await textOf(cancelled.pdfFile)).toContain('BATAL');
    const handwritten = unwrap(await pay({ kew38Serial: 'B 12345' }));
    expect(await dispatch('receipts.print', { receiptId: handwritten.id, toPrinter: false })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /Kew. 38/ },
    });
  });

  it("prints the day's statement for signature", async () => {
    const { dispatch, pay, printDir } = await counter();
    unwrap(await pay());
    unwrap(await dispatch('printers.choose', { kind: 'statement', printer: FOLDER_PRINTER }));
    unwrap(
      await dispatch('dayClose.close', {
        supervisorId: 1,
        supervisorPin: '123456',
        date: '2026-11-28',
        cashCountedSen: 2500,
      }),
    );
    const result = unwrap(await dispatch('dayClose.print', { date: '2026-11-28', toPrinter: true }));
    expect(result.printed).toBe(true);
    const text = await textOf(result.pdfFile);
    expect(text).toContain('05005-K1-2026-000001');
    expect(text).toContain('Disemak');
    expect(readdirSync(printDir)).toHaveLength(1);
  });
});
