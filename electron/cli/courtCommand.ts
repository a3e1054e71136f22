/**
 * `kaunter court enrol | sync | status`: ICT's and the supervisor's hands on the court folder. `sync` is
 * one publish + read round, the very code the app runs in the background; `status` says per counter
 * what has been published or read and what is wrong; `enrol` records another counter's device key after
 * its fingerprint is checked against the setup slip, with a supervisor's PIN.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '@shared/errors';
import { DATABASE_FILE, openLedger } from '../app/kaunterApp';
import { deviceKeyForExport, fileDeviceKeyVault } from '../services/bundle/deviceKey';
import { requireCourtConfig } from '../services/court/court';
import { enrolCounter, enrolledKeys, normaliseFingerprint, readCounterKey } from '../services/courtFolder/enrolment';
import { openReplica } from '../services/courtFolder/replica';
import { courtStatus, type CounterStatus } from '../services/courtFolder/status';
import { syncRound } from '../services/courtFolder/sync';
import type { Ledger } from '../services/ledger/ledger';
import { supervisorApproval } from '../services/users/approval';
import { COURT_RESTORE_USAGE, courtRestore } from './courtRestoreCommand';
import { sql } from '../services/db/statements';

export const COURT_USAGE = `  court enrol --data DIR --key FILE.asc --counter K2 [--fingerprint F] [--supervisor ID]
         Daftarkan kunci peranti kaunter lain (cap jari disemak dengan slip persediaan; PIN Penolong
         Pendaftar) / enrol another counter's device key (fingerprint checked against its setup slip;
         a supervisor's PIN, asked or from KAUNTER_SUPERVISOR_PIN).
  court sync --data DIR --folder F
         Satu pusingan terbit + baca folder mahkamah / one publish + read round of the court folder.
  court status --data DIR --folder F
         Setiap kaunter: segmen, peristiwa terakhir, masalah / per counter: segments, last event, problems.
${COURT_RESTORE_USAGE}`;

export interface CourtIo {
  out: (line: string) => void;
  err: (line: string) => void;
  ask: (question: string) => Promise<string | null>;
  env?: NodeJS.ProcessEnv;
}

function failed(io: CourtIo, ms: string, en: string, code = 1): number {
  io.err(`GAGAL: ${ms}`);
  io.err(`FAILED: ${en}`);
  return code;
}

function openFolderLedger(data: string): Ledger | null {
  const dataDir = resolve(data);
  if (!existsSync(join(dataDir, DATABASE_FILE))) return null;
  return openLedger(dataDir, { program: 'kaunter court' });
}

const when = (iso: string | null): string => iso ?? '—';

export function statusLines(rows: CounterStatus[]): string[] {
  const lines: string[] = [];
  for (const r of rows) {
    const who = r.own ? `${r.counter} (kaunter ini / this counter)` : r.counter;
    lines.push(
      `${who}: ${r.segments} segmen / segments, peristiwa terakhir / last event ${r.lastSeq} pada / at ${when(r.lastEventAt)}, ` +
        `${r.own ? 'diterbitkan / published' : 'diterima / arrived'} ${when(r.lastArrivedAt)}`,
    );
    for (const p of r.problems) {
      lines.push(`  MASALAH: ${p.messageMs}`);
      lines.push(`  PROBLEM: ${p.messageEn}`);
    }
  }
  return lines;
}

async function enrol(io: CourtIo, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      key: { type: 'string' },
      counter: { type: 'string' },
      fingerprint: { type: 'string' },
      supervisor: { type: 'string' },
    },
  });
  if (!values.data || !values.key || !values.counter)
    return failed(io, '--data, --key dan --counter mesti diberi.', '--data, --key and --counter are required.', 2);
  let armored: string;
  try {
    armored = readFileSync(resolve(values.key), 'utf8');
  } catch {
    return failed(io, `Tidak dapat membaca fail kunci: ${values.key}`, `Cannot read the key file: ${values.key}`);
  }
  const ledger = openFolderLedger(values.data);
  if (!ledger) return failed(io, `Tiada pangkalan data di ${values.data}.`, `No database at ${values.data}.`);
  try {
    const { fingerprint } = await readCounterKey(armored.trim());
    const grouped = (fingerprint.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
    io.out(`Cap jari kunci / key fingerprint: ${grouped}`);
    let confirmed = values.fingerprint ?? null;
    if (confirmed === null) {
      const answer = await io.ask(
        "Taip cap jari pada slip persediaan kaunter itu / type the fingerprint on that counter's setup slip: ",
      );
      confirmed = answer ?? '';
    }
    if (normaliseFingerprint(confirmed) !== fingerprint)
      return failed(
        io,
        'Cap jari tidak sama dengan slip persediaan. Kunci tidak didaftarkan.',
        'The fingerprint is not the one on the setup slip. The key was not enrolled.',
      );
    const supervisorId =
      values.supervisor !== undefined
        ? Number(values.supervisor)
        : ((sql(ledger.db, "SELECT id FROM users WHERE role = 'SUPERVISOR' AND active = 1 ORDER BY id LIMIT 1")
            .pluck()
            .get() as number | undefined) ?? 0);
    const pin =
      (io.env ?? process.env).KAUNTER_SUPERVISOR_PIN ?? (await io.ask('PIN Penolong Pendaftar / supervisor PIN: '));
    const supervisor = await supervisorApproval(ledger, supervisorId, pin ?? '');
    const view = await enrolCounter(ledger, supervisor.id, {
      counterId: values.counter,
      armored,
      confirmedFingerprint: confirmed,
    });
    io.out(`Didaftarkan / enrolled: kaunter / counter ${view.counterId}, ${grouped}, oleh / by ${supervisor.name}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError)
      return failed(io, error.message, `Not enrolled (${error.code}); see the Malay message above.`);
    throw error;
  } finally {
    ledger.db.close();
  }
}

async function syncOrStatus(io: CourtIo, command: 'sync' | 'status', args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, folder: { type: 'string' } } });
  if (!values.data || !values.folder)
    return failed(io, '--data dan --folder mesti diberi.', '--data and --folder are required.', 2);
  const ledger = openFolderLedger(values.data);
  if (!ledger) return failed(io, `Tiada pangkalan data di ${values.data}.`, `No database at ${values.data}.`);
  const replica = openReplica(resolve(values.data));
  try {
    const { court } = requireCourtConfig(ledger);
    const folder = resolve(values.folder);
    if (command === 'sync') {
      const { secret } = await deviceKeyForExport(ledger, fileDeviceKeyVault(resolve(values.data)));
      const round = await syncRound(ledger, { folder, deviceKey: secret, replica });
      const p = round.publish;
      if (!p.reachable) {
        io.err(
          `AMARAN: folder mahkamah tidak dapat dicapai; kaunter terus berfungsi dan akan menyusul kemudian (${p.reason}).`,
        );
        io.err(`WARNING: the court folder cannot be reached; the counter works on and catches up later (${p.reason}).`);
      } else if ('refused' in p) {
        io.err(`GAGAL: ${p.refused.messageMs}`);
        io.err(`FAILED: ${p.refused.messageEn}`);
      } else {
        io.out(
          `Diterbitkan / published: ${p.published.length} segmen baharu / new segments` +
            (p.adopted.length > 0 ? `, ${p.adopted.length} dilengkapkan / completed` : '') +
            `; terakhir / last ${p.lastSegment} (peristiwa / event ${p.lastSeq})`,
        );
      }
      for (const r of round.read) io.out(`Dibaca / read ${r.counter}: ${r.read.length} segmen / segments`);
    }
    const rows = courtStatus(ledger, replica, court.counterId, [...enrolledKeys(ledger).keys()]);
    for (const line of statusLines(rows)) io.out(line);
    const problems = rows.some((r) => r.problems.length > 0);
    const unreachable = command === 'sync' ? false : !existsSync(folder);
    if (unreachable)
      io.err(`AMARAN: folder ${folder} tidak dapat dicapai / WARNING: folder ${folder} cannot be reached`);
    return problems || unreachable ? 1 : 0;
  } catch (error) {
    if (error instanceof AppError)
      return failed(io, error.message, `Failed (${error.code}); see the Malay message above.`);
    throw error;
  } finally {
    replica.close();
    ledger.db.close();
  }
}

export async function runCourtCommand(args: string[], io: CourtIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'enrol':
      return enrol(io, rest);
    case 'sync':
    case 'status':
      return syncOrStatus(io, command, rest);
    case 'restore':
      return courtRestore(io, rest);
    default:
      io.err(`Penggunaan / usage:\n${COURT_USAGE}`);
      return 2;
  }
}
