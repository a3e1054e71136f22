import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { backupLedger } from '../services/backup/backup';
import { describeLedgerFile } from '../services/backup/facts';
import { compareBackup, recordRestore, replaceWithBackup } from '../services/backup/restore';
import { readCourtConfig } from '../services/court';
import { DATABASE_FILE, openForLookUp, openLedger } from '../services/ledgerFile';
import { holdWriterLock } from '../services/writerLock';

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
 * kaunter restore --data DIR --from FILE [--yes]: shows what the backup holds and what would be lost;
 * with --yes sets the current database aside (never deleted) and puts the backup in its place.
 * The app must not be running on DIR.
 */
export async function runRestore(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string' }, from: { type: 'string' }, yes: { type: 'boolean' } },
  });
  const dataDir = requireData(values.data);
  if (!values.from) usageError('--from mesti diberi / is required');
  const file = resolve(values.from);
  // Showing the backup writes nothing and runs beside the app; restoring holds the folder to the end.
  if (values.yes) holdWriterLock(dataDir, 'kaunter restore --yes');
  const currentDb = values.yes
    ? openLedger(dataDir, { program: 'kaunter restore --yes' }).db
    : openForLookUp(join(dataDir, DATABASE_FILE));
  let comparison;
  try {
    comparison = await compareBackup(currentDb, file);
  } catch (error) {
    currentDb.close();
    if (error instanceof AppError) usageError(`GAGAL / FAILED: ${error.message}`);
    throw error;
  }
  currentDb.close();
  const { backup, current, lost } = comparison;
  console.log(
    `Sandaran / backup:  ${backup.cases} kes, ${backup.receipts} resit, ${backup.auditEvents} peristiwa (terakhir ${backup.lastEventAt ?? '-'})`,
  );
  console.log(
    `Semasa / current:   ${current.cases} kes, ${current.receipts} resit, ${current.auditEvents} peristiwa (terakhir ${current.lastEventAt ?? '-'})`,
  );
  console.log(
    comparison.sameHistory
      ? `Sejarah sama / same history. Akan hilang / would be lost: ${lost.cases} kes, ${lost.receipts} resit, ${lost.auditEvents} peristiwa.`
      : 'AMARAN / WARNING: sejarah sandaran berbeza daripada pangkalan data semasa / the backup history differs from the current database.',
  );
  if (!comparison.ok) {
    console.error(`GAGAL / FAILED: sandaran gagal disemak / the backup fails its check: ${comparison.problem ?? ''}`);
    process.exit(1);
  }
  if (!values.yes) {
    console.log(
      'Tiada apa-apa diubah. Ulang dengan --yes untuk memulihkan / nothing changed; repeat with --yes to restore.',
    );
    return;
  }
  const aside = replaceWithBackup(dataDir, DATABASE_FILE, file, new Date());
  const restored = openLedger(dataDir, { program: 'kaunter restore --yes' });
  try {
    const lost = recordRestore(restored, 'system:cli', {
      backup: file,
      setAside: aside,
      lostEvents: comparison.lost.auditEvents,
    });
    const facts = describeLedgerFile(restored.db);
    console.log(
      `DIPULIHKAN / RESTORED: ${facts.cases} kes, ${facts.receipts} resit. Pangkalan data lama diketepikan / old database set aside: ${aside}`,
    );
    for (const range of [...lost.cases, ...lost.receipts]) {
      console.log(
        `Nombor ${range.first}–${range.last} siri ${range.series} dikeluarkan selepas sandaran: tidak akan digunakan semula; rekod semula dari salinan kertas / issued after the backup: never reused; re-enter from paper.`,
      );
    }
  } finally {
    restored.db.close();
  }
}
