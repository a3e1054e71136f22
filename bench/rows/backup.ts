import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backupLedger } from '../../electron/services/backup/backup';
import { readRecoveryKey, setRecoveryPassphrase } from '../../electron/services/backup/recoveryKey';
import { deviceKeyForExport, fileDeviceKeyVault } from '../../electron/services/bundle/deviceKey';
import { activeIctKeyArmors } from '../../electron/services/bundle/ictKeys';
import type { Ledger } from '../../electron/services/ledger/ledger';
import type { BenchRow } from '../row';
import { medianOfMedians, round, runsOfRow, timeMsAsync } from '../stats';

export const BACKUP_BUDGET = 1.5;

/**
 * The counter's encrypted backup (online copy, start-up check of the copy, sealed to every recipient and
 * signed by the device key, written durably, renamed) against SQLite's online backup of the same ledger
 * plus `gpg --sign --encrypt` of that file to the same recipients with the same device key, interleaved,
 * three times. The floor signs because the backup does: a backup nobody can tell was made by this counter
 * is not one ICT may restore, and the signature's hash over the whole file (SHA-512 for an Ed25519 key, in
 * GnuPG as in openpgp) is as much work as the encryption's.
 */
export async function backupRow(ledger: Ledger, dataDir: string, folder: string, runs: number): Promise<BenchRow> {
  const stick = mkdtempSync(join(folder, 'stick-'));
  const plain = mkdtempSync(join(folder, 'backup-floor-'));
  const home = mkdtempSync(join(folder, 'gnupg-backup-'));
  try {
    if (readRecoveryKey(ledger.db) === null)
      await setRecoveryPassphrase(ledger, 'system:bench', 'frasa-laluan-penanda-aras');
    const recovery = readRecoveryKey(ledger.db);
    const armored = [
      ...activeIctKeyArmors(ledger).map((k) => k.armored),
      ...(recovery ? [recovery.publicArmored] : []),
    ];
    const keyFiles = armored.map((key, i) => {
      const file = join(home, `recipient-${i}.asc`);
      writeFileSync(file, key);
      return file;
    });
    const deviceKeys = fileDeviceKeyVault(dataDir);
    const ours = () => backupLedger(ledger, stick, 2, 'K1', { deviceKeys });
    await ours();
    // The device key the backup signs with, in the floor's own keyring (GnuPG signs only with a key it holds).
    const signer = (await deviceKeyForExport(ledger, deviceKeys)).secret;
    const signerFile = join(home, 'device.sec.asc');
    writeFileSync(signerFile, signer.armor());
    execFileSync('gpg', ['--homedir', home, '--batch', '--import', signerFile], { stdio: 'ignore', input: '' });
    const copy = join(plain, 'kaunter.sqlite');
    const floor = async () => {
      rmSync(copy, { force: true });
      rmSync(`${copy}.gpg`, { force: true });
      await ledger.db.backup(copy);
      execFileSync(
        'gpg',
        [
          '--homedir',
          home,
          '--batch',
          '--yes',
          '--trust-model',
          'always',
          '--local-user',
          signer.getFingerprint(),
          ...keyFiles.flatMap((file) => ['--recipient-file', file]),
          '--output',
          `${copy}.gpg`,
          '--sign',
          '--encrypt',
          copy,
        ],
        { stdio: 'ignore', input: '' },
      );
    };
    await floor();
    const oursRuns: number[][] = [];
    const floorRuns: number[][] = [];
    let bytes = 0;
    for (let run = 0; run < runsOfRow(); run++) {
      const mine: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < runs; i++) {
        let made = 0;
        mine.push(
          await timeMsAsync(async () => {
            made = (await ours()).bytes;
          }),
        );
        bytes = made;
        theirs.push(await timeMsAsync(floor));
      }
      oursRuns.push(mine);
      floorRuns.push(theirs);
    }
    const cases = (ledger.db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n;
    const fileBytes = statSync(copy).size;
    const app = medianOfMedians(oursRuns);
    const base = medianOfMedians(floorRuns);
    const ratio = app / base;
    return {
      id: 'backup',
      title: `Sandaran disulitkan (${cases.toLocaleString('en')} kes, fail ${round(fileBytes / 2 ** 20, 0)} MiB)`,
      measured: `median ${round(app / 1000)} s`,
      floor: `sandaran dalam talian SQLite + gpg --sign --encrypt (${keyFiles.length} penerima, kunci peranti sama): median ${round(base / 1000)} s`,
      value: round(ratio),
      budget: `≤ ${BACKUP_BUDGET}×`,
      meets: ratio <= BACKUP_BUDGET,
      data: {
        runs: runsOfRow(),
        samplesPerRun: runs,
        cases,
        fileBytes,
        sealedBytes: bytes,
        recipients: keyFiles.length,
        backupMs: round(app, 0),
        floorMs: round(base, 0),
        ratio: round(ratio, 3),
      },
    };
  } finally {
    for (const dir of [stick, plain, home]) rmSync(dir, { recursive: true, force: true });
  }
}
