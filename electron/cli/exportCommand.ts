import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import type { ExportResultView } from '@shared/bundleViews';
import { openLedger, DATABASE_FILE } from '../app/kaunterApp';
import {
  DEVICE_KEY_FILE,
  NO_DEVICE_KEY,
  PROTECTED_DEVICE_KEY_FILE,
  fileDeviceKeyVault,
  readDeviceKey,
} from '../services/bundle/deviceKey';
import { exportBundle } from '../services/bundle/exportBundle';
import { readCourtConfig } from '../services/court/court';
import { formatRinggit } from '@shared/money';

export interface ExportCommandArgs {
  data: string;
  out: string;
  ictKeys: string[];
  passphraseFile: string | null;
}

/** A failure worth two languages: Malay for the court, English for whoever helps them. */
export class CliFailure extends Error {
  constructor(
    readonly ms: string,
    readonly en: string,
  ) {
    super(`${ms}\n${en}`);
  }
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CliFailure(
      `Tidak dapat membaca ${what}: ${file}`,
      `Cannot read the ${what === 'kunci ICT' ? 'ICT key' : 'passphrase file'}: ${file}`,
    );
  }
}

/** What the run found in the folder before it wrote (exportFolder.ts), for the person at the terminal. */
function folderLines(found: ExportResultView['folderFindings']): string[] {
  const lines: string[] = [];
  if (found.completed.length > 0)
    lines.push(
      `Dilengkapkan (eksport terdahulu yang terhenti) / completed (an export cut short): ${found.completed.join(', ')}`,
    );
  if (found.removed.length > 0) lines.push(`Sisa dibersihkan / leftovers cleared: ${found.removed.join(', ')}`);
  if (found.unrecorded.length > 0)
    lines.push(
      `AMARAN: tidak pernah direkodkan oleh kaunter ini, jangan serahkan kepada ICT / WARNING: never recorded by this counter, do not hand to ICT: ${found.unrecorded.join(', ')}`,
    );
  return lines;
}

/**
 * The rescue path: a data folder copied off a counter PC that no longer starts, exported as the same
 * v1 bundle the app writes. Signing needs the device key in the folder's file vault; a key kept with the
 * OS's protection on the counter PC cannot be opened here, and that is said plainly.
 */
export async function runExportCommand(args: ExportCommandArgs): Promise<string[]> {
  const dataDir = resolve(args.data);
  if (!existsSync(join(dataDir, DATABASE_FILE))) {
    throw new CliFailure(
      `Tiada pangkalan data di ${join(dataDir, DATABASE_FILE)}.`,
      `No database at ${join(dataDir, DATABASE_FILE)}.`,
    );
  }
  if (args.ictKeys.length === 0) {
    throw new CliFailure(
      'Sekurang-kurangnya satu --ict-key FAIL mesti diberi.',
      'At least one --ict-key FILE is required.',
    );
  }
  const recipients = args.ictKeys.map((f) => readText(resolve(f), 'kunci ICT'));
  let passphrase: string | null = null;
  if (args.passphraseFile !== null) {
    passphrase = readText(resolve(args.passphraseFile), 'fail frasa laluan').replace(/\r?\n$/, '');
  }
  const ledger = openLedger(dataDir, { program: 'kaunter export' });
  try {
    if (!readCourtConfig(ledger)) {
      throw new CliFailure(
        'Folder data ini belum ditetapkan (tiada mahkamah).',
        'This data folder was never set up (no court).',
      );
    }
    if (readDeviceKey(ledger) === null && !existsSync(join(dataDir, PROTECTED_DEVICE_KEY_FILE))) {
      throw new CliFailure(
        NO_DEVICE_KEY,
        'This counter has no device key on record, so the export cannot be signed and was not made. Print the setup slip in Settings → Keys & Export (the device key is made then), hand the slip to ICT, then export again.',
      );
    }
    if (!existsSync(join(dataDir, DEVICE_KEY_FILE))) {
      if (existsSync(join(dataDir, PROTECTED_DEVICE_KEY_FILE))) {
        throw new CliFailure(
          `Tidak dapat menandatangani: kunci peranti kaunter ini (${PROTECTED_DEVICE_KEY_FILE}) dilindungi oleh akaun Windows pada komputer kaunter dan tidak boleh dibuka di sini. Eksport dari komputer kaunter itu, atau minta ICT membuka data tanpa tandatangan kaunter.`,
          `Cannot sign: this counter's device key (${PROTECTED_DEVICE_KEY_FILE}) is protected by the Windows account on the counter PC and cannot be opened here. Export from that PC, or have ICT take the data without the counter's signature.`,
        );
      }
      if (readDeviceKey(ledger) !== null) {
        throw new CliFailure(
          `Tidak dapat menandatangani: kunci peranti tiada dalam folder data (${DEVICE_KEY_FILE} tiada), walaupun pangkalan data merekodkannya. Salin folder data sepenuhnya.`,
          `Cannot sign: the device key is not in the data folder (${DEVICE_KEY_FILE} missing) although the database records one. Copy the whole data folder.`,
        );
      }
    }
    const result = await exportBundle(ledger, {
      folder: resolve(args.out),
      vault: fileDeviceKeyVault(dataDir),
      by: null,
      recipients,
      passphrase,
    });
    return [
      `Eksport ${result.seq} siap / export ${result.seq} done: ${join(result.folder, result.files.pgp)}`,
      `SHA-256: ${result.pgpSha256}`,
      `Cap jari kunci peranti / device key fingerprint: ${result.deviceKeyFingerprint}`,
      `Kes / cases: ${result.caseCount}; resit / receipts: ${result.receiptCount}; jumlah / total: RM ${formatRinggit(result.totalSen)}`,
      ...folderLines(result.folderFindings),
      JSON.stringify(result),
    ];
  } catch (error) {
    if (error instanceof AppError) {
      throw new CliFailure(error.message, `Export failed (${error.code}); see the Malay message above.`);
    }
    throw error;
  } finally {
    ledger.db.close();
  }
}
