/**
 * `kaunter court restore`: ICT (or the supervisor, with the court recovery passphrase) sets up a
 * replacement PC from the court folder. The segments are opened with a secret key they were encrypted
 * to (ICT's key file, or the court recovery key file that lies beside every backup) and trusted by the
 * old device key's fingerprint from the setup slip; a supervisor of the old counter gets a new PIN.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as openpgp from 'openpgp';
import { AppError } from '@shared/errors';
import { pinSchema } from '@shared/schemas/text';
import { restoreFromCourtFolder } from '../services/courtFolder/restore';
import { DEFAULT_PIN_COST, hashPin } from '../services/users/pin';
import type { CourtIo } from './courtCommand';

export const COURT_RESTORE_USAGE = `  court restore --data DIR --folder F --counter K1 --key FILE.asc --device-key K1.asc --fingerprint F
         --supervisor ID [--court 05005]
         Pulihkan kaunter ke komputer baharu (folder data kosong) daripada segmennya dalam folder mahkamah.
         --key: kunci rahsia ICT, atau kaunter-K1-kunci-pemulihan.asc di sebelah sandaran (frasa laluan
         ditanya, atau KAUNTER_KEY_PASSPHRASE); --device-key/--fingerprint: kunci awam peranti lama dan cap
         jari pada slip persediaannya; --supervisor: Penolong Pendaftar yang diberi PIN baharu (ditanya,
         atau KAUNTER_SUPERVISOR_PIN) / rebuild a counter on a new PC (an empty data folder) from its
         segments in the court folder: ICT's secret key or the court recovery key file beside the backups,
         the old device key and its setup-slip fingerprint, and the supervisor who gets a new PIN.`;

function failed(io: CourtIo, ms: string, en: string, code = 1): number {
  io.err(`GAGAL: ${ms}`);
  io.err(`FAILED: ${en}`);
  return code;
}

async function unlock(armored: string, passphrase: () => Promise<string | null>): Promise<openpgp.PrivateKey | null> {
  const key = await openpgp.readPrivateKey({ armoredKey: armored });
  if (key.isDecrypted()) return key;
  try {
    return await openpgp.decryptKey({ privateKey: key, passphrase: (await passphrase()) ?? '' });
  } catch {
    return null;
  }
}

export async function courtRestore(io: CourtIo, args: string[], options: { pinCost?: number } = {}): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      folder: { type: 'string' },
      counter: { type: 'string' },
      court: { type: 'string' },
      key: { type: 'string' },
      'device-key': { type: 'string' },
      fingerprint: { type: 'string' },
      supervisor: { type: 'string' },
    },
  });
  const deviceKeyFile = values['device-key'];
  if (!values.data || !values.folder || !values.counter || !values.key || !deviceKeyFile || !values.fingerprint)
    return failed(
      io,
      '--data, --folder, --counter, --key, --device-key dan --fingerprint mesti diberi.',
      '--data, --folder, --counter, --key, --device-key and --fingerprint are required.',
      2,
    );
  const supervisorId = Number(values.supervisor ?? '1');
  if (!Number.isInteger(supervisorId) || supervisorId < 1)
    return failed(io, '--supervisor mesti nombor pengguna.', '--supervisor must be a user number.', 2);
  const env = io.env ?? process.env;
  let secretArmored: string;
  let deviceArmored: string;
  try {
    secretArmored = readFileSync(resolve(values.key), 'utf8');
    deviceArmored = readFileSync(resolve(deviceKeyFile), 'utf8').trim();
  } catch (error) {
    return failed(io, `Tidak dapat membaca fail kunci: ${String(error)}`, `Cannot read a key file: ${String(error)}`);
  }
  let key: openpgp.PrivateKey | null;
  try {
    key = await unlock(
      secretArmored,
      async () => env.KAUNTER_KEY_PASSPHRASE ?? (await io.ask('Frasa laluan kunci / key passphrase: ')),
    );
  } catch {
    return failed(
      io,
      'Fail kunci ini bukan kunci rahsia OpenPGP yang boleh dibuka.',
      'This key file is not an OpenPGP secret key that can be opened.',
    );
  }
  if (key === null)
    return failed(io, 'Frasa laluan kunci salah. Tiada apa-apa diubah.', 'Wrong key passphrase. Nothing was changed.');
  const pin =
    env.KAUNTER_SUPERVISOR_PIN ?? (await io.ask('PIN baharu Penolong Pendaftar / new supervisor PIN: ')) ?? '';
  if (!pinSchema.safeParse(pin).success)
    return failed(io, 'PIN baharu mesti 6 hingga 12 digit angka.', 'The new PIN must be 6 to 12 digits.', 2);
  try {
    const outcome = await restoreFromCourtFolder({
      dataDir: resolve(values.data),
      folder: resolve(values.folder),
      counter: values.counter,
      court: values.court,
      decryptionKey: key,
      deviceKeyArmored: deviceArmored,
      fingerprint: values.fingerprint,
      supervisor: { id: supervisorId, pinHash: await hashPin(pin, options.pinCost ?? DEFAULT_PIN_COST) },
      actor: 'system:cli',
      at: new Date(),
    });
    io.out(
      `Dipulihkan / restored: kaunter / counter ${outcome.counter} (${outcome.court}), ${outcome.segments} segmen / segments, ` +
        `sehingga acara / up to event ${outcome.lastSeq}, ${outcome.lastEventAt ?? '—'}; ` +
        `${outcome.cases} kes / cases, ${outcome.receipts} resit / receipts, ${outcome.filings} dokumen diterima / filings`,
    );
    if (outcome.problem) {
      io.err(`AMARAN: ${outcome.problem.messageMs} Pemulihan berhenti sebelum segmen ini.`);
      io.err(`WARNING: ${outcome.problem.messageEn} The restore stopped before this segment.`);
    }
    io.out('Tidak dipulihkan / not recovered:');
    for (const n of outcome.notRecovered) io.out(`  - ${n.ms} / ${n.en}`);
    io.out(
      'Seterusnya: buka aplikasi, log masuk dengan PIN baharu, cetak slip persediaan (kunci peranti baharu) dan minta kaunter lain mendaftarkannya. / ' +
        'Next: open the app, sign in with the new PIN, print the setup slip (a new device key) and have the other counters enrol it.',
    );
    return outcome.problem ? 1 : 0;
  } catch (error) {
    if (error instanceof AppError)
      return failed(
        io,
        error.message,
        `Not restored (${error.code}); see the Malay message above. Nothing was changed.`,
      );
    throw error;
  }
}
