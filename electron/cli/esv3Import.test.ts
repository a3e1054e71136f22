import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvBytes } from '../../tests/support/esv3Files';
import { readyLedger, tempDir } from '../../tests/support/ledger';
import { DATABASE_FILE, openLedger } from '../services/ledger/ledgerFile';
import { runImportCauseBook, runImportNumbers } from './esv3Import';

async function dataFolder() {
  const dataDir = tempDir('kaunter-import-');
  const { ledger } = await readyLedger({}, { dataDir, file: join(dataDir, DATABASE_FILE) });
  ledger.db.close();
  return dataDir;
}

function lastNumbersIn(dataDir: string) {
  const ledger = openLedger(dataDir);
  try {
    return ledger.db
      .prepare('SELECT case_type_code AS code, last_number AS n FROM esv3_last_numbers ORDER BY code')
      .all();
  } finally {
    ledger.db.close();
  }
}

describe('npm run kaunter -- import-numbers / import-causebook', () => {
  it('prints the report and changes nothing without --yes; applies with --yes', async () => {
    const dataDir = await dataFolder();
    const file = join(dataDir, '..', `nombor-${Date.now()}.csv`);
    writeFileSync(file, csvBytes('Kod kes;Tahun;Nombor terakhir\n024;2026;900\n024;2026;901\n', 'windows-1252'));
    const lines: string[] = [];
    await runImportNumbers(['--data', dataDir, file], (l) => lines.push(l));
    expect(lines.join('\n')).toContain('baris 3: kod kes 024 tahun 2026 diberi dua nombor berbeza');
    expect(lines.at(-1)).toContain('Tiada apa-apa diubah');
    expect(lastNumbersIn(dataDir)).toEqual([
      { code: '017', n: 41 },
      { code: '024', n: 769 },
    ]);
    writeFileSync(file, 'Kod kes;Tahun;Nombor terakhir\n024;2026;900\n');
    const applied: string[] = [];
    await runImportNumbers(['--data', dataDir, file, '--yes'], (l) => applied.push(l));
    expect(applied).toContain('  kod 024 2026: 769 → 900 (dinaikkan)');
    expect(applied.at(-1)).toContain('DIIMPORT');
    expect(lastNumbersIn(dataDir)).toContainEqual({ code: '024', n: 900 });
  });

  it('imports a cause book through --map and records the command line as who imported it', async () => {
    const dataDir = await dataFolder();
    const file = join(dataDir, '..', `kausa-${Date.now()}.csv`);
    writeFileSync(file, 'Rujukan,Didaftar,Nama\n05005-024-0601-2026,02/11/2026,Aminah binti Yusof\n');
    const lines: string[] = [];
    await expect(runImportCauseBook(['--data', dataDir, file], (l) => lines.push(l))).rejects.toThrow('dipadankan');
    expect(lines.join('\n')).toContain('1=Rujukan, 2=Didaftar, 3=Nama');
    await runImportCauseBook(['--data', dataDir, file, '--map', 'caseNumber=1,parties=3', '--yes'], (l) =>
      lines.push(l),
    );
    expect(lines.at(-1)).toContain('1 ditambah');
    const ledger = openLedger(dataDir);
    const event = ledger.db.prepare("SELECT actor FROM audit_events WHERE action = 'causeBook.import'").get();
    ledger.db.close();
    expect(event).toEqual({ actor: 'system:cli' });
  });
});
