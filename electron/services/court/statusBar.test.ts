import { describe, expect, it } from 'vitest';
import { counterWithRecords, PARTY } from '../../../tests/support/bundle';
import { dispatcherFor, frozenClock, readyLedger, tempDir, unwrap } from '../../../tests/support/ledger';
import { exportBundle } from '../bundle/exportBundle';
import type { Printing } from '../printing/print';
import { printerStatus, watchPrinting } from '../printing/printerHealth';
import { folderPrinter, FOLDER_PRINTER, memoryPrinterChoices } from '../printing/printing';

describe('status.bar', () => {
  it('says who, where, which outage and how many records are not yet exported, before and after an export', async () => {
    const counter = await counterWithRecords(3);
    const { dispatch, ledger } = counter;
    const before = unwrap(await dispatch('status.bar', {}));
    expect(before.court).toEqual({ code: '05005', name: 'Mahkamah Rendah Syariah Seremban', counterId: 'K1' });
    expect(before.clerk).toEqual({ name: 'Puan Rohana binti Ismail', role: 'SUPERVISOR' });
    expect(before.outage).toMatchObject({ sopOption: 1 });
    // Three cases and their three receipts (one of them cancelled); nothing exported yet.
    expect(before.unexported).toEqual({
      lastExportAt: null,
      cases: 3,
      receipts: 3,
      filings: 0,
      appointments: 0,
      total: 6,
    });

    await exportBundle(ledger, {
      folder: tempDir('kaunter-usb-'),
      vault: counter.vault,
      by: { id: counter.supervisor.id, name: counter.supervisor.name },
    });
    const after = unwrap(await dispatch('status.bar', {}));
    expect(after.unexported).toMatchObject({ cases: 0, receipts: 0, total: 0 });
    expect(after.unexported.lastExportAt).not.toBeNull();

    const registered = unwrap(
      await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [PARTY] }),
    );
    const found = unwrap(
      await dispatch('cases.recordGiven', {
        source: 'ESV3_EXISTING',
        caseNumber: '05005-024-0700-2026',
        caseTypeCode: '024',
        proceeding: 'SAMAN',
        parties: [PARTY],
      }),
    );
    unwrap(
      await dispatch('filings.record', {
        caseId: found.id,
        documents: [
          { typeCode: 'AFIDAVIT', quantity: 1 },
          { typeCode: 'EKSHIBIT', quantity: 2 },
        ],
        payerName: PARTY.name,
        method: 'CASH',
        tenderedSen: 1000,
      }),
    );
    const later = unwrap(await dispatch('status.bar', {}));
    expect(registered.id).toBeGreaterThan(0);
    // Two cases, two documents received and the one receipt for their fees.
    expect(later.unexported).toMatchObject({ cases: 2, filings: 2, receipts: 1, appointments: 0, total: 5 });
  });

  it('shows the last good backup once a backup folder is chosen and a backup made', async () => {
    const { dispatch } = await counterWithRecords(1, { importKey: false });
    expect(unwrap(await dispatch('status.bar', {})).backup).toEqual({
      lastGoodAt: null,
      planned: false,
      failing: false,
    });
    unwrap(
      await dispatch('backup.savePlan', {
        supervisorPin: '123456',
        dir: tempDir('kaunter-usb-'),
        everyMinutes: 30,
        keep: 5,
      }),
    );
    // A backup is encrypted to the court recovery key: none is made before the passphrase is set.
    unwrap(
      await dispatch('backup.setPassphrase', {
        supervisorId: 1,
        supervisorPin: '123456',
        passphrase: 'Pemulihan Seremban 2026',
      }),
    );
    expect(unwrap(await dispatch('status.bar', {})).backup).toEqual({
      lastGoodAt: null,
      planned: true,
      failing: false,
    });
    const made = unwrap(await dispatch('backup.run', {}));
    const after = unwrap(await dispatch('status.bar', {}));
    expect(after.backup).toEqual({ lastGoodAt: made.lastGoodAt, planned: true, failing: false });
    expect(after.backup.lastGoodAt).not.toBeNull();
  });

  it('is refused to nobody signed in', async () => {
    const { ledger } = await readyLedger();
    const result = await dispatcherFor(ledger)('status.bar', {});
    expect(result.ok).toBe(false);
  });
});

describe('printer status', () => {
  const printing = (port: Printing['port'], chosen?: string): Printing => ({
    port,
    choices: memoryPrinterChoices(chosen ? { receipt: chosen } : {}),
  });

  it('is not chosen, ready, missing, or failed after its last print failed', async () => {
    const clock = frozenClock();
    const folder = folderPrinter(tempDir());
    expect((await printerStatus(watchPrinting(printing(folder), clock), 'receipt')).state).toBe('NOT_CHOSEN');
    const ready = await printerStatus(watchPrinting(printing(folder, FOLDER_PRINTER), clock), 'receipt');
    expect(ready).toMatchObject({ state: 'READY', name: FOLDER_PRINTER, checkedAt: clock().toISOString() });
    expect((await printerStatus(watchPrinting(printing(folder, 'HP LaserJet'), clock), 'receipt')).state).toBe(
      'MISSING',
    );

    let jam = true;
    const flaky = watchPrinting(
      printing(
        {
          list: folder.list,
          print: () => (jam ? Promise.reject(new Error('paper jam')) : Promise.resolve({ jobId: null })),
        },
        FOLDER_PRINTER,
      ),
      clock,
    );
    await expect(
      flaky.port.print('x.pdf', { printer: FOLDER_PRINTER, paper: 'A5', copies: 1, title: 'Resit' }),
    ).rejects.toThrow();
    expect(await printerStatus(flaky, 'receipt')).toMatchObject({
      state: 'FAILED',
      lastFailureAt: clock().toISOString(),
    });
    jam = false;
    await flaky.port.print('x.pdf', { printer: FOLDER_PRINTER, paper: 'A5', copies: 1, title: 'Resit' });
    expect((await printerStatus(flaky, 'receipt')).state).toBe('READY');
  });

  it('is paused or refusing jobs as the spooler says, even when the last print went through', async () => {
    let state: 'READY' | 'PAUSED' | 'REJECTING' = 'READY';
    const spooled = watchPrinting(
      printing(
        {
          list: () => Promise.resolve([{ name: 'Kaunter_A5', isDefault: false, state }]),
          print: () => Promise.resolve({ jobId: 'Kaunter_A5-1' }),
        },
        'Kaunter_A5',
      ),
    );
    await spooled.port.print('x.pdf', { printer: 'Kaunter_A5', paper: 'A5', copies: 1, title: 'Resit' });
    expect((await printerStatus(spooled, 'receipt')).state).toBe('READY');
    state = 'PAUSED';
    expect((await printerStatus(spooled, 'receipt')).state).toBe('PAUSED');
    state = 'REJECTING';
    expect((await printerStatus(spooled, 'receipt')).state).toBe('REJECTING');
    state = 'READY';
    expect((await printerStatus(spooled, 'receipt')).state).toBe('READY');
  });

  it('does not wait for a slow printer list: the last list known is used', async () => {
    let slow = false;
    const watched = watchPrinting(
      printing(
        {
          list: () =>
            slow ? new Promise(() => undefined) : Promise.resolve([{ name: 'Epson TM-T82', isDefault: true }]),
          print: () => Promise.resolve({ jobId: null }),
        },
        'Epson TM-T82',
      ),
    );
    const first = await printerStatus(watched, 'receipt', 50);
    expect(first.state).toBe('READY');
    slow = true;
    const second = await printerStatus(watched, 'receipt', 50);
    expect(second).toEqual(first);
  });
});
