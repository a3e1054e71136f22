import { existsSync, readdirSync, statSync } from 'node:fs';
import * as openpgp from 'openpgp';
import { AppError } from '@shared/errors';
import type { CourtFolderCounterFound, CourtRestoreCheckView, CourtRestoreResultView } from '@shared/courtFolderViews';
import { requireEmptyLedger } from '../backup/firstRun';
import type { Ledger } from '../ledger/ledger';
import { swapLedger } from '../ledger/ledgerSwap';
import { verifyLedger } from '../ledger/verify';
import { hashPin } from '../users/pin';
import { counterDir, courtDir, isCounterCode } from './layout';
import { list } from './verifySegments';
import { readCourtHistory, restoreFromCourtFolder, type CourtHistory } from './restore';
import { latestSettings } from './settingsSnapshot';

/*
 * Pulihkan daripada folder mahkamah, on the first-run screen of a new PC: the same restore as
 * `kaunter court restore`, over the app's ledger while it is still empty. Public channels (no user
 * exists yet), so each refuses as soon as the ledger holds anything. No secret is kept or logged: the
 * secret key and its passphrase live for the one call.
 */

export interface CourtRestoreKeys {
  folder: string;
  court: string;
  counter: string;
  secretKey: string;
  passphrase?: string | undefined;
  deviceKey: string;
  fingerprint: string;
}

function requireReachable(folder: string): void {
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir)
    throw AppError.onField(
      'CONFLICT',
      'folder',
      'Folder mahkamah {folder} tidak dapat dicapai dari PC ini. Pastikan folder kongsi itu wujud dan boleh dibuka, kemudian cuba lagi.',
      { folder },
    );
}

/** Every counter subfolder of every court in the folder that holds at least one segment. */
export function countersInFolder(ledger: Ledger, folder: string): CourtFolderCounterFound[] {
  requireEmptyLedger(ledger);
  requireReachable(folder);
  const found: CourtFolderCounterFound[] = [];
  for (const court of readdirSync(folder)
    .filter((n) => /^\d{5}$/.test(n))
    .sort()) {
    for (const counter of readdirSync(courtDir(folder, court)).filter(isCounterCode).sort()) {
      const dir = counterDir(folder, court, counter);
      if (!statSync(dir).isDirectory()) continue;
      const segments = list(dir).numbered.size;
      if (segments > 0) found.push({ court, counter, segments });
    }
  }
  if (found.length === 0)
    throw AppError.onField('CONFLICT', 'folder', 'Tiada segmen kaunter dalam folder mahkamah {folder}.', { folder });
  return found;
}

async function unlockSecretKey(armored: string, passphrase: string | undefined): Promise<openpgp.PrivateKey> {
  let key: openpgp.PrivateKey;
  try {
    key = await openpgp.readPrivateKey({ armoredKey: armored });
  } catch {
    throw AppError.onField('VALIDATION', 'secretKey', 'Fail kunci ini bukan kunci rahsia OpenPGP yang boleh dibuka.');
  }
  if (key.isDecrypted()) return key;
  try {
    return await openpgp.decryptKey({ privateKey: key, passphrase: passphrase ?? '' });
  } catch {
    throw AppError.onField('VALIDATION', 'passphrase', 'Frasa laluan kunci salah. Tiada apa-apa diubah.');
  }
}

async function historyOf(ledger: Ledger, input: CourtRestoreKeys): Promise<CourtHistory> {
  requireEmptyLedger(ledger);
  requireReachable(input.folder);
  if (!existsSync(counterDir(input.folder, input.court, input.counter)))
    throw AppError.onField('CONFLICT', 'counter', 'Tiada folder kaunter {counter} dalam folder mahkamah {folder}.', {
      counter: input.counter,
      folder: input.folder,
    });
  return readCourtHistory({
    folder: input.folder,
    court: input.court,
    counter: input.counter,
    decryptionKey: await unlockSecretKey(input.secretKey, input.passphrase),
    deviceKeyArmored: input.deviceKey.trim(),
    fingerprint: input.fingerprint,
    at: ledger.clock(),
  });
}

const field = (data: unknown, name: string): unknown =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined;

/** The supervisors of the old counter as its last carried settings (else the events that made them) say. */
function supervisorsOf(history: CourtHistory): { id: number; name: string }[] {
  const settings = latestSettings(history.segments.map((s) => s.body));
  if (settings?.users)
    return settings.users
      .filter((u) => u.role === 'SUPERVISOR' && Number(u.active) === 1)
      .map((u) => ({ id: Number(u.id), name: String(u.name) }));
  return history.segments
    .flatMap((s) => s.body.events)
    .filter((e) => e.action === 'user.create' && field(e.data, 'role') === 'SUPERVISOR')
    .map((e) => ({ id: Number(e.entityId), name: String(field(e.data, 'name')) }));
}

function checkView(history: CourtHistory, counter: string): CourtRestoreCheckView {
  const ids = (pick: (rows: CourtHistory['segments'][number]['body']['rows']) => { id?: unknown }[]) =>
    new Set(history.segments.flatMap((s) => pick(s.body.rows).map((r) => Number(r.id)))).size;
  const events = history.segments.flatMap((s) => s.body.events);
  return {
    court: history.court,
    counter,
    segments: history.segments.length,
    events: events.length,
    lastEventAt: events.at(-1)?.at ?? null,
    cases: ids((r) => r.cases),
    receipts: ids((r) => r.receipts),
    filings: ids((r) => r.filings),
    supervisors: supervisorsOf(history),
    problem: history.problem ? { ...history.problem } : null,
  };
}

/** What restoring this counter would rebuild: every segment opened and checked, nothing written. */
export async function checkCourtRestore(ledger: Ledger, input: CourtRestoreKeys): Promise<CourtRestoreCheckView> {
  return checkView(await historyOf(ledger, input), input.counter);
}

/** Where each series of the rebuilt ledger stands: the last case number of each type and year, the last receipt. */
function lastNumbers(ledger: Ledger): { series: string; last: string }[] {
  const cases = ledger.db
    .prepare(
      `SELECT scope_key AS series, case_number AS last FROM cases c
       WHERE running_number = (SELECT MAX(running_number) FROM cases d WHERE d.scope_key = c.scope_key)
       ORDER BY scope_key`,
    )
    .all() as { series: string; last: string }[];
  const receipts = ledger.db
    .prepare(
      `SELECT counter_id || ':' || year AS series, receipt_number AS last FROM receipts r
       WHERE running_number = (SELECT MAX(running_number) FROM receipts s WHERE s.counter_id = r.counter_id AND s.year = r.year)
       ORDER BY counter_id, year`,
    )
    .all() as { series: string; last: string }[];
  return [...cases, ...receipts];
}

/**
 * Restores the counter into this PC's empty ledger: checked as above, rebuilt beside it, swapped in
 * under the restore's journal (the empty ledger put aside), re-opened with the start-up check into the
 * same Ledger object, then verified as `kaunter verify` would. Whatever fails, the folder is re-opened
 * as it stands.
 */
export async function restoreCourtOnNewCounter(
  ledger: Ledger,
  input: CourtRestoreKeys & { supervisorId: number; pin: string },
): Promise<CourtRestoreResultView> {
  const history = await historyOf(ledger, input);
  if (ledger.dataDir === null) throw new AppError('CONFLICT', 'Pangkalan data ini tidak mempunyai folder data.');
  if (!supervisorsOf(history).some((s) => s.id === input.supervisorId))
    throw AppError.onField('VALIDATION', 'supervisorId', 'Pilih Penolong Pendaftar yang diberi PIN baharu.');
  const pinHash = await hashPin(input.pin, ledger.pinCost);
  const decryptionKey = await unlockSecretKey(input.secretKey, input.passphrase);
  const outcome = await swapLedger(ledger, (dataDir) =>
    restoreFromCourtFolder({
      dataDir,
      folder: input.folder,
      court: input.court,
      counter: input.counter,
      decryptionKey,
      deviceKeyArmored: input.deviceKey.trim(),
      fingerprint: input.fingerprint,
      supervisor: { id: input.supervisorId, pinHash },
      actor: 'system:first-run',
      at: ledger.clock(),
      overEmptyLedger: true,
    }),
  );
  const verified = verifyLedger(ledger.db);
  return {
    ...checkView(history, input.counter),
    lastNumbers: lastNumbers(ledger),
    verified: verified.ok,
    verifyProblem: verified.problem,
    notRecovered: outcome.notRecovered,
  };
}
