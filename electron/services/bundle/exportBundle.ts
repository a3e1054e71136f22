import { createHash, webcrypto } from 'node:crypto';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import * as openpgp from 'openpgp';
import { version } from '../../../package.json';
import {
  AUDIT_FILE,
  BUNDLE_CSV_NAMES,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_FILE,
  bundleBaseName,
  bundleManifestSchema,
  type BundleManifest,
} from '@shared/bundle/format';
import type { ExportPhase, ExportProgress, ExportResultView } from '@shared/bundleViews';
import { AppError } from '@shared/errors';
import { appendAudit } from '../ledger/audit';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { deviceKeyForExport, type DeviceKeyVault } from './deviceKey';
import { checkTargetFolder, syncFolder, targetError, writeAndSync } from './files';
import { planExportSeq, takeExportSeq } from './exports';
import { anyTaken, partialName, tidyExportFolder, type ExportFolderFindings, type ExportStep } from './exportFolder';
import { activeIctKeyArmors, checkIctKey } from './ictKeys';
import { manifestText } from './manifestText';
import { errorCode } from '../ledger/paths';
import { recoveryComplete } from '../recovery/worklist';
import { courtIso, takeSnapshot, type Snapshot } from './snapshot';
import { startDeflate, zipEntries, type ZipEntry } from './zip';

export interface ExportOptions {
  folder: string;
  vault: DeviceKeyVault;
  /** Who exports: a signed-in supervisor, or null for the CLI rescue path. */
  by: { id: number; name: string } | null;
  /** Armored ICT keys to encrypt to; the keys imported in Tetapan when not given. */
  recipients?: string[];
  passphrase?: string | null;
  onProgress?: (progress: ExportProgress) => void;
  /** Called after each step of writing the files (crash tests stop the process there). */
  onStep?: (step: ExportStep) => void;
}

/** Where each phase starts on the progress bar (the rest is its share). */
const PHASE_START: Record<ExportPhase, number> = {
  snapshot: 0,
  zip: 0.3,
  encrypt: 0.55,
  write: 0.8,
  check: 0.9,
  record: 0.97,
  done: 1,
};

const busy = new WeakSet<Ledger>();

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The SHA-256 of a file of the snapshot, taken on libuv's threads (Web Crypto) while the ledger is read. */
async function sha256HexOffThread(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

interface PreviousExport {
  seq: number;
  pgp_sha256: string;
}

export function buildManifest(
  ledger: Ledger,
  snapshot: Snapshot,
  files: BundleManifest['files'],
  meta: {
    seq: number;
    at: Date;
    by: string | null;
    previousSha256: string | null;
    final: boolean;
    fingerprint: string;
  },
): BundleManifest {
  const { court } = requireCourtConfig(ledger);
  return bundleManifestSchema.parse({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    app: { name: 'Kaunter Sandaran', version },
    court: { stateCode: court.stateCode, courtCode: court.courtCode, name: court.courtName },
    counter: court.counterId,
    deviceKeyFingerprint: meta.fingerprint,
    export: {
      seq: meta.seq,
      at: courtIso(meta.at.toISOString()),
      by: meta.by,
      previousSha256: meta.previousSha256,
      final: meta.final,
    },
    outages: snapshot.outages,
    counts: snapshot.counts,
    totals: snapshot.totals,
    ranges: snapshot.ranges,
    audit: { length: snapshot.audit.length, head: snapshot.audit.head },
    files,
  });
}

/**
 * The date the bundle is signed and encrypted at: the app's clock, the clock the device key was dated by
 * at setup. A clock set back behind a key's making would make that key "not yet valid" to openpgp; the
 * signature then carries the newest key's date instead (the manifest keeps the export's own time).
 */
export function signingDate(at: Date, keys: (openpgp.PrivateKey | openpgp.PublicKey)[]): Date {
  let latest = at.getTime();
  for (const key of keys) {
    for (const part of key.getKeys()) latest = Math.max(latest, part.getCreationTime().getTime());
  }
  return new Date(latest);
}

async function recipientKeys(ledger: Ledger, given: string[] | undefined): Promise<openpgp.PublicKey[]> {
  const armors = given ?? activeIctKeyArmors(ledger).map((k) => k.armored);
  if (armors.length === 0) {
    throw new AppError(
      'CONFLICT',
      'Tiada kunci ICT: eksport mesti disulitkan menggunakan sekurang-kurangnya satu kunci awam ICT. Import kunci di Tetapan → Kunci dan Eksport.',
    );
  }
  const now = ledger.clock();
  const keys: openpgp.PublicKey[] = [];
  for (const armored of armors) keys.push(await checkIctKey(armored, now));
  return keys;
}

/**
 * One full snapshot of the ledger as the v1 bundle (docs/ARCHITECTURE.md): the ZIP of manifest, CSVs and audit
 * chain, signed with the device key and encrypted to every ICT key (and the passphrase), beside its
 * plain-text manifest and the device's public key. Written under temporary names, flushed, read back
 * and checked, then renamed; only then is the export recorded. Any failure leaves no final name behind.
 */
export async function exportBundle(ledger: Ledger, options: ExportOptions): Promise<ExportResultView> {
  if (busy.has(ledger))
    throw new AppError('CONFLICT', 'Satu eksport sedang berjalan. Tunggu sehingga eksport itu selesai.');
  busy.add(ledger);
  try {
    return await runExport(ledger, options);
  } finally {
    busy.delete(ledger);
  }
}

async function runExport(ledger: Ledger, options: ExportOptions): Promise<ExportResultView> {
  // Each phase is reported and the event loop given a turn, so a screen polling the progress is answered
  // between the long synchronous steps.
  const report = async (phase: ExportPhase) => {
    options.onProgress?.({ phase, fraction: PHASE_START[phase] });
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  const { folder } = options;
  const passphrase = options.passphrase ?? null;
  if (passphrase !== null && passphrase.length < 8) {
    throw new AppError('VALIDATION', 'Frasa laluan eksport mesti sekurang-kurangnya 8 aksara.');
  }
  checkTargetFolder(folder);
  const encryptionKeys = await recipientKeys(ledger, options.recipients);
  const actor = options.by ? `user:${options.by.id}` : 'system:cli';
  const device = await deviceKeyForExport(ledger, options.vault);
  const counterPrefix = (() => {
    const { court } = requireCourtConfig(ledger);
    return `KS-${court.stateCode}${court.courtCode}-${court.counterId}-`;
  })();
  let tidied: ExportFolderFindings;
  try {
    tidied = tidyExportFolder(ledger, folder, counterPrefix);
  } catch (error) {
    throw targetError(error, folder);
  }

  await report('snapshot');
  const at = ledger.clock();
  const { court } = requireCourtConfig(ledger);
  // Each file is handed to zlib as soon as the snapshot has made it, so compressing (on libuv's threads)
  // overlaps reading the ledger; so is its checksum.
  const pending = new Map<string, { entry: ZipEntry; sha256: Promise<string> }>();
  const { snapshot, previous, final, seqPlan } = ledger.db.transaction(() => ({
    seqPlan: planExportSeq(ledger.db, at),
    snapshot: takeSnapshot(ledger.db, (name, bytes) => {
      const sha256 = sha256HexOffThread(bytes);
      // A failure is met where the checksum is awaited; this keeps it from being unhandled meanwhile.
      sha256.catch(() => undefined);
      pending.set(name, { entry: startDeflate(name, bytes), sha256 });
    }),
    previous: sql(ledger.db, 'SELECT seq, pgp_sha256 FROM exports ORDER BY seq DESC LIMIT 1').get() as
      PreviousExport | undefined,
    final: recoveryComplete(ledger),
  }))();
  const seq = seqPlan.number;
  const baseName = bundleBaseName(`${court.stateCode}${court.courtCode}`, court.counterId, seq, at);

  await report('zip');
  const entries: ZipEntry[] = [];
  const files: BundleManifest['files'] = [];
  const fileNames = [...BUNDLE_CSV_NAMES, AUDIT_FILE] as const;
  for (const name of fileNames) {
    const made = pending.get(name);
    if (!made) throw new Error(`the snapshot made no ${name}`);
    const rows = name === AUDIT_FILE ? snapshot.audit.length : snapshot.csv[name].rows;
    entries.push(made.entry);
    files.push({ name, rows, sha256: await made.sha256, bytes: made.entry.size });
  }
  const manifest = buildManifest(ledger, snapshot, files, {
    seq,
    at,
    by: options.by?.name ?? null,
    previousSha256: previous?.pgp_sha256 ?? null,
    final,
    fingerprint: device.view.fingerprint,
  });
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const zipped = await zipEntries([startDeflate(MANIFEST_FILE, manifestBytes), ...entries], at);

  await report('encrypt');
  const pgp = (await openpgp.encrypt({
    message: await openpgp.createMessage({ binary: zipped, filename: `${baseName}.zip`, date: at }),
    encryptionKeys,
    signingKeys: device.secret,
    date: signingDate(at, [device.secret, ...encryptionKeys]),
    ...(passphrase !== null ? { passwords: [passphrase] } : {}),
    format: 'binary',
  })) as Uint8Array;
  const pgpSha256 = sha256Hex(pgp);

  const names = {
    pgp: `${baseName}.zip.pgp`,
    manifestText: `${baseName}.manifest.txt`,
    deviceKey: `${baseName}.device-key.asc`,
  };
  const taken = anyTaken(folder, [names.pgp, names.manifestText, names.deviceKey]);
  if (taken) {
    if (tidied.unrecorded.includes(taken)) {
      throw new AppError(
        'CONFLICT',
        'Fail "{name}" sudah ada dalam folder tujuan tetapi tidak pernah direkodkan oleh kaunter ini: jangan serahkan fail itu kepada ICT. Tiada apa-apa ditimpa; tunggu seminit dan eksport semula, atau pilih folder lain.',
        { name: taken },
      );
    }
    throw new AppError('CONFLICT', 'Fail "{name}" sudah ada dalam folder tujuan; tiada apa-apa ditimpa.', {
      name: taken,
    });
  }
  const partial = (name: string) => join(folder, partialName(name));
  const placed = (name: string) => join(folder, name);
  const step = (name: ExportStep) => options.onStep?.(name);
  const companions = [names.manifestText, names.deviceKey];
  // Nothing of this export is left under a final name when any step before the record fails.
  const remove = (file: string) => {
    try {
      rmSync(file, { force: true });
    } catch {
      // A stick pulled out has nothing left to clear; the next run clears what stays.
    }
  };
  const discard = (error: unknown): AppError => {
    for (const name of [names.pgp, ...companions]) remove(partial(name));
    for (const name of companions) remove(placed(name));
    return targetError(error, folder);
  };
  const record = ledger.db.transaction(() => {
    takeExportSeq(ledger.db, seqPlan, at);
    sql(
      ledger.db,
      `INSERT INTO exports (seq, exported_at, exported_by, base_name, pgp_sha256, prev_sha256, audit_length, audit_head,
         case_count, receipt_count, total_sen, recipients, final)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      seq,
      at.toISOString(),
      options.by?.id ?? null,
      baseName,
      pgpSha256,
      previous?.pgp_sha256 ?? null,
      snapshot.audit.length,
      snapshot.audit.head,
      snapshot.counts.cases ?? 0,
      snapshot.counts.receipts ?? 0,
      snapshot.totals.issuedSen,
      JSON.stringify({ keys: recipients, passphrase: passphrase !== null }),
      final ? 1 : 0,
    );
    appendAudit(ledger.db, {
      at: at.toISOString(),
      actor,
      action: 'bundle.export',
      entity: 'export',
      entityId: seq,
      data: {
        baseName,
        pgpSha256,
        previousSha256: previous?.pgp_sha256 ?? null,
        auditLength: snapshot.audit.length,
        auditHead: snapshot.audit.head,
        recipients,
        passphrase: passphrase !== null,
        final,
        // The figures the handover slip prints, kept in the chain so a reprint shows the same.
        exportedAt: manifest.export.at,
        pgpBytes: pgp.length,
        deviceKeyFingerprint: device.view.fingerprint,
        counts: manifest.counts,
        totals: manifest.totals,
        ranges: manifest.ranges,
      },
    });
  });
  try {
    await report('write');
    writeAndSync(partial(names.pgp), pgp);
    writeAndSync(partial(names.manifestText), strToU8(manifestText(manifest, names.pgp, pgpSha256, pgp.length)));
    writeAndSync(partial(names.deviceKey), strToU8(device.view.publicArmored));
    syncFolder(folder);
    step('staged');

    await report('check');
    // Compared byte for byte with what was written: as sure as comparing checksums, without hashing the
    // whole file a second time.
    const back = readFileSync(partial(names.pgp));
    if (!back.equals(pgp)) {
      throw new AppError(
        'STORAGE',
        'Fail yang dibaca semula dari "{folder}" tidak sama dengan yang ditulis (USB rosak?). Tiada fail eksport ditinggalkan; cuba USB lain.',
        { folder },
      );
    }
    try {
      await openpgp.readMessage({ binaryMessage: back });
    } catch {
      throw new AppError(
        'STORAGE',
        'Fail yang dibaca semula dari "{folder}" bukan mesej OpenPGP yang sah. Tiada fail eksport ditinggalkan; cuba lagi.',
        { folder },
      );
    }
    for (const name of companions) renameSync(partial(name), placed(name));
    syncFolder(folder);
    step('companions');
  } catch (error) {
    throw discard(error);
  }

  await report('record');
  const recipients = encryptionKeys.map((k) => k.getFingerprint());
  try {
    record();
  } catch (error) {
    throw discard(error);
  }
  step('recorded');
  try {
    renameSync(partial(names.pgp), placed(names.pgp));
    syncFolder(folder);
  } catch (error) {
    // Recorded, so the partial file is this export: the next export to this folder gives it its name.
    throw new AppError(
      'STORAGE',
      'Eksport {seq} telah direkodkan tetapi fail {pgp} belum mendapat nama akhirnya ({error}). Masukkan semula USB yang sama dan eksport lagi: fail itu dilengkapkan dahulu.',
      { seq, pgp: names.pgp, error: errorCode(error) },
    );
  }
  step('placed');
  await report('done');
  return {
    seq,
    baseName,
    folder,
    files: names,
    pgpSha256,
    pgpBytes: pgp.length,
    previousSha256: previous?.pgp_sha256 ?? null,
    exportedAt: at.toISOString(),
    deviceKeyFingerprint: device.view.fingerprint,
    recipients,
    withPassphrase: passphrase !== null,
    final,
    caseCount: snapshot.counts.cases ?? 0,
    receiptCount: snapshot.counts.receipts ?? 0,
    totalSen: snapshot.totals.issuedSen,
    folderFindings: tidied,
  };
}
