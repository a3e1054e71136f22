import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '@shared/errors';
import { backupLedger } from '../services/backup/backup';
import { describeLedgerFile } from '../services/backup/facts';
import { compareBackup, restoreIncoming } from '../services/backup/restore';
import { clearIncoming, finishInterruptedRestore } from '../services/backup/restoreJournal';
import { stageBackup, type BackupUnlock } from '../services/backup/stage';
import { readCourtConfig } from '../services/court/court';
import { DATABASE_FILE, openForLookUp, openLedger } from '../services/ledger/ledgerFile';
import { holdWriterLock } from '../services/ledger/writerLock';

function usageError(message: string): never {
  console.error(message);
  process.exit(2);
}

function requireData(value: string | undefined): string {
  if (!value) usageError('--data mesti diberi / is required');
  const dir = resolve(value);
  if (!existsSync(join(dir, DATABASE_FILE))) usageError(`Tiada pangkalan data di ${dir} / no database there.`);
  return dir;
}

/** kaunter backup --data DIR --to DIR [--keep K]: one checked backup, as the app makes. */
export async function runBackup(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string' }, to: { type: 'string' }, keep: { type: 'string' } },
  });
  const dataDir = requireData(values.data);
  if (!values.to) usageError('--to mesti diberi / is required');
  const keep = values.keep === undefined ? 20 : Number(values.keep);
  if (!Number.isInteger(keep) || keep < 1)
    usageError(`--keep mesti nombor bulat positif / must be a positive whole number: ${values.keep}`);
  const ledger = openLedger(dataDir, { program: 'kaunter backup' });
  try {
    const counter = readCourtConfig(ledger)?.court.counterId ?? 'K';
    const result = await backupLedger(ledger, resolve(values.to), keep, counter);
    console.log(`SANDARAN DISEMAK / BACKUP CHECKED: ${result.file}`);
    console.log(
      `Disulitkan untuk / encrypted to: ${result.recipients.map((f) => f.toUpperCase()).join(', ')}; ditandatangani / signed: ${result.signer.toUpperCase()} (audit #${result.head.seq} ${result.head.hash ?? '-'})`,
    );
    console.log(
      `${result.facts.cases} kes / cases, ${result.facts.receipts} resit / receipts, ${result.facts.auditEvents} peristiwa audit / audit events, ${result.bytes} bait / bytes`,
    );
    if (result.removed.length > 0)
      console.log(`Dibuang (lebih daripada ${keep}) / removed: ${result.removed.join(', ')}`);
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`GAGAL / FAILED: ${error.message}`);
      process.exit(1);
    }
    throw error;
  } finally {
    ledger.db.close();
  }
}

/**
 * What opens an encrypted backup: `--key FILE` (an ICT or escrow secret key), or the court recovery
 * passphrase from `--passphrase-file FILE` or the environment variable KAUNTER_RECOVERY_PASSPHRASE
 * (never on the command line, where every user of the PC can read it in the process list).
 */
function unlockFrom(values: { key?: string | undefined; 'passphrase-file'?: string | undefined }): BackupUnlock {
  const passphraseFile = values['passphrase-file'];
  const passphrase = passphraseFile
    ? readFileSync(resolve(passphraseFile), 'utf8').replace(/\r?\n$/, '')
    : process.env.KAUNTER_RECOVERY_PASSPHRASE;
  return {
    ...(values.key ? { secretKeyArmored: readFileSync(resolve(values.key), 'utf8') } : {}),
    ...(passphrase ? { passphrase } : {}),
  };
}

/**
 * kaunter restore --data DIR --from FILE [--yes]: shows what the backup holds and what would be lost;
 * with --yes sets the current database aside (never deleted) and puts the backup in its place. DIR may
 * be empty or missing (a new PC after the old one died). The app must not be running on DIR.
 */
export async function runRestore(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      from: { type: 'string' },
      yes: { type: 'boolean' },
      key: { type: 'string' },
      'passphrase-file': { type: 'string' },
    },
  });
  if (!values.data) usageError('--data mesti diberi / is required');
  if (!values.from) usageError('--from mesti diberi / is required');
  const dataDir = resolve(values.data);
  const file = resolve(values.from);
  // Showing the backup changes nothing in the ledger and runs beside the app; restoring holds the folder
  // to the end, and first finishes an earlier restore cut off here, so "is there a ledger" is answered truly.
  if (values.yes) {
    holdWriterLock(dataDir, 'kaunter restore --yes');
    finishInterruptedRestore(dataDir);
  }
  const hasLedger = existsSync(join(dataDir, DATABASE_FILE));
  const currentDb = !hasLedger
    ? null
    : values.yes
      ? openLedger(dataDir, { program: 'kaunter restore --yes' }).db
      : openForLookUp(join(dataDir, DATABASE_FILE));
  // A preview stages its copy outside the data folder, so it never touches what a running app stages there.
  const stageDir = values.yes ? dataDir : mkdtempSync(join(tmpdir(), 'kaunter-semak-'));
  // The preview's own folder goes when the process does, whichever way it ends.
  if (!values.yes) process.once('exit', () => rmSync(stageDir, { recursive: true, force: true }));
  let comparison;
  try {
    const staged = await stageBackup(stageDir, file, unlockFrom(values), currentDb);
    comparison = await compareBackup(currentDb, staged.incoming, file);
    if (staged.signature) {
      console.log(
        `Ditandatangani oleh kunci peranti / signed by device key ${staged.signature.fingerprint.toUpperCase()} (audit #${staged.signature.head.seq} ${staged.signature.head.hash ?? '-'})`,
      );
    } else {
      console.log('Sandaran lama tanpa sulitan / an old unencrypted backup.');
    }
  } catch (error) {
    currentDb?.close();
    if (existsSync(stageDir)) clearIncoming(stageDir);
    if (error instanceof AppError) usageError(`GAGAL / FAILED: ${error.message}`);
    throw error;
  }
  currentDb?.close();
  const { backup, lost } = comparison;
  console.log(
    `Sandaran / backup:  ${backup.cases} kes, ${backup.receipts} resit, ${backup.auditEvents} peristiwa (terakhir ${backup.lastEventAt ?? '-'})`,
  );
  if (currentDb === null) {
    console.log('Semasa / current:   tiada pangkalan data (folder baharu) / no database (new folder).');
  } else {
    const now = comparison.current;
    console.log(
      `Semasa / current:   ${now.cases} kes, ${now.receipts} resit, ${now.auditEvents} peristiwa (terakhir ${now.lastEventAt ?? '-'})`,
    );
    console.log(
      comparison.sameHistory
        ? `Sejarah sama / same history. Akan hilang / would be lost: ${lost.cases} kes, ${lost.receipts} resit, ${lost.auditEvents} peristiwa.`
        : 'AMARAN / WARNING: sejarah sandaran berbeza daripada pangkalan data semasa / the backup history differs from the current database.',
    );
  }
  if (!comparison.ok) {
    clearIncoming(stageDir);
    console.error(`GAGAL / FAILED: sandaran gagal disemak / the backup fails its check: ${comparison.problem ?? ''}`);
    process.exit(1);
  }
  if (!values.yes) {
    clearIncoming(stageDir);
    console.log(
      'Tiada apa-apa diubah. Ulang dengan --yes untuk memulihkan / nothing changed; repeat with --yes to restore.',
    );
    return;
  }
  const outcome = restoreIncoming(dataDir, {
    actor: 'system:cli',
    backup: file,
    lostEvents: lost.auditEvents,
    at: new Date(),
  });
  const restored = openLedger(dataDir, { program: 'kaunter restore --yes' });
  try {
    const facts = describeLedgerFile(restored.db);
    console.log(
      `DIPULIHKAN / RESTORED: ${facts.cases} kes, ${facts.receipts} resit. ${
        outcome.setAside
          ? `Pangkalan data lama diketepikan / old database set aside: ${outcome.setAside}`
          : 'Folder baharu / new folder.'
      }`,
    );
    const lostNumbers = outcome.lostNumbers;
    const ranges = lostNumbers
      ? [...lostNumbers.cases, ...lostNumbers.receipts, ...lostNumbers.appointments, ...lostNumbers.exports]
      : [];
    for (const range of ranges) {
      console.log(
        `Nombor ${range.first}–${range.last} siri ${range.series} dikeluarkan selepas sandaran: tidak akan digunakan semula; rekod semula dari salinan kertas / issued after the backup: never reused; re-enter from paper.`,
      );
    }
  } finally {
    restored.db.close();
  }
}
