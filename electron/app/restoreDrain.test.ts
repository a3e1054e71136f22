import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneCaller, readyLedger, tempDir, unwrap, type TypedDispatch } from '../../tests/support/ledger';
import { openDatabase } from '../services/db/open';
import { memoryBackupPlan } from '../services/backup/plan';
import { FOLDER_PRINTER, folderPrinter, memoryPrinterChoices, type PrinterPort } from '../services/printing/printing';
import { createKaunterApp, DATABASE_FILE } from './kaunterApp';
import { gate } from '../../tests/support/gate';

const PARTY = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };

const turns = (n: number) => new Promise((resolve) => setTimeout(resolve, n));

/** A counter app whose receipt printer answers only when the test lets it; a backup made after one case. */
async function counterWithHeldPrinter() {
  const dataDir = tempDir();
  const backupDir = tempDir('kaunter-usb-');
  const { ledger } = await readyLedger(
    { recoveryPassphrase: 'kata laluan pemulihan mahkamah 2026' },
    { file: join(dataDir, DATABASE_FILE), dataDir },
  );
  ledger.db.close();
  const folder = folderPrinter(join(dataDir, 'cetakan'));
  const printer = gate();
  const printing = gate();
  const port: PrinterPort = {
    list: () => folder.list(),
    print: async (file, job) => {
      printing.open();
      await printer.opened;
      return folder.print(file, job);
    },
  };
  const choices = memoryPrinterChoices();
  choices.set('receipt', FOLDER_PRINTER);
  const app = await createKaunterApp({
    dataDir,
    pinCost: 10,
    printing: { port, choices },
    backupPlan: memoryBackupPlan({ dir: backupDir }),
    log: { error: () => undefined },
  });
  const dispatch = oneCaller(app) as TypedDispatch;
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const registered = unwrap(
    await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [PARTY] }),
  );
  const backup = 'kaunter-K1-20261128-003000.sqlite';
  await app.ledger.db.backup(join(backupDir, backup));
  const headOfBackup = app.ledger.db.prepare('SELECT MAX(seq) FROM audit_events').pluck().get() as number;
  const pay = () =>
    dispatch('payments.take', {
      caseId: registered.id,
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
      payerName: PARTY.name,
      method: 'CASH',
      tenderedSen: 2500,
    });
  return { app, dispatch, pay, backup, backupDir, headOfBackup, printer, printing };
}

describe('a restore while other work runs on the ledger', () => {
  it('lets a print already at the printer end on the old database, holds what comes after, and counts what the print recorded as lost', async () => {
    const { app, dispatch, pay, backup, headOfBackup, printer, printing } = await counterWithHeldPrinter();
    try {
      const receipt = unwrap(await pay());
      const print = dispatch('receipts.print', { receiptId: receipt.id, toPrinter: true });
      await printing.opened;
      const restore = dispatch('backup.restore', { supervisorId: 1, supervisorPin: '123456', name: backup });
      let restored = false;
      restore.then(
        () => (restored = true),
        () => (restored = true),
      );
      await turns(300);
      // The restore has staged and compared the backup, and waits for the print: the database is still open.
      expect(restored).toBe(false);
      expect(app.ledger.db.open).toBe(true);
      let heldAnswered = false;
      const held = dispatch('cases.search', { query: '' }).finally(() => (heldAnswered = true));
      await turns(50);
      expect(heldAnswered).toBe(false);

      printer.open();
      expect(await print).toMatchObject({ ok: true, value: { printed: true, copy: false } });
      const answer = unwrap(await restore);
      // The print noted itself in the ledger that was put aside, after the supervisor's comparison was made.
      const aside = openDatabase(answer.setAside, { readonly: true });
      const asideHead = aside.prepare('SELECT MAX(seq) FROM audit_events').pluck().get() as number;
      const printedAside = aside
        .prepare("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'receipt.print%'")
        .pluck()
        .get() as number;
      aside.close();
      expect(printedAside).toBeGreaterThan(0);
      const event = app.ledger.db
        .prepare("SELECT data FROM audit_events WHERE action = 'ledger.restore'")
        .pluck()
        .get() as string;
      expect(JSON.parse(event)).toMatchObject({ lostEvents: asideHead - headOfBackup });
      // The restored ledger has neither the receipt nor its print.
      expect(app.ledger.db.prepare('SELECT COUNT(*) FROM receipts').pluck().get()).toBe(0);
      // Held until the swap, then run as whoever is signed in after it: nobody.
      expect(await held).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    } finally {
      printer.open();
      app.close();
    }
  });

  it('lets a scheduled backup already copying the ledger finish before the restore closes it', async () => {
    const { app, dispatch, pay, backup, printer } = await counterWithHeldPrinter();
    try {
      unwrap(await pay());
      const head = app.ledger.db.prepare('SELECT MAX(seq) FROM audit_events').pluck().get() as number;
      const scheduled = app.backups.runIfDue(app.ledger);
      const restore = dispatch('backup.restore', { supervisorId: 1, supervisorPin: '123456', name: backup });
      const made = await scheduled;
      expect(made).not.toBeNull();
      expect(made?.facts.auditEvents).toBe(head);
      unwrap(await restore);
      expect(app.ledger.db.prepare('SELECT COUNT(*) FROM receipts').pluck().get()).toBe(0);
    } finally {
      printer.open();
      app.close();
    }
  });
});
