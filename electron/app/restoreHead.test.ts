import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneCaller, readyLedger, tempDir, unwrap } from '../../tests/support/ledger';
import { memoryBackupPlan } from '../services/backup/plan';
import { readHeadAnchor } from '../services/integrity/headAnchor';
import { ledgerHead } from '../services/integrity/headAnchor';
import { folderPrinter, memoryPrinterChoices } from '../services/printing/printing';
import { createKaunterApp, DATABASE_FILE } from './kaunterApp';

const PARTY = {
  side: 'CLAIMANT',
  name: 'Wan Nurul Izzati binti Wan Hamid',
  idType: 'MYKAD',
  idNumber: '880303-06-5528',
};

describe('a restore in the app', () => {
  it('writes the head file for the restored chain as it answers, not a moment later', async () => {
    const dataDir = tempDir();
    const backupDir = tempDir('kaunter-usb-');
    const { ledger } = await readyLedger({}, { file: join(dataDir, DATABASE_FILE), dataDir });
    ledger.db.close();
    const app = await createKaunterApp({
      dataDir,
      pinCost: 10,
      printing: { port: folderPrinter(join(dataDir, 'cetakan')), choices: memoryPrinterChoices() },
      backupPlan: memoryBackupPlan({ dir: backupDir }),
      log: { error: () => undefined },
    });
    try {
      const dispatch = oneCaller(app);
      unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
      const name = 'kaunter-K1-20261128-003000.sqlite';
      await app.ledger.db.backup(join(backupDir, name));
      unwrap(await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [PARTY] }));
      unwrap(await dispatch('backup.restore', { supervisorId: 1, supervisorPin: '123456', name }));
      // The head after a write follows only after a delay; after a restore it is there already.
      const head = ledgerHead(app.ledger.db);
      expect(head).not.toBeNull();
      expect(readHeadAnchor(dataDir)).toMatchObject({ kind: 'anchor', anchor: { seq: head?.seq, hash: head?.hash } });
    } finally {
      app.close();
    }
  });
});
