import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type * as openpgp from 'openpgp';
import { EXIT } from './exitCodes';
import { loadPublicKeys } from './keys';
import { groupedFingerprint, labelOf, normaliseFingerprint } from './trust';
import { defaultTrustFile, readTrustList, updateTrustList, type EnrolledDevice } from './trustFile';

/*
 * `kaunter ict trust add|list|remove`: ICT enrols each counter's device key from its setup slip, once,
 * before the bundles come in. Enrolling is the one step where a person compares a fingerprint with
 * paper, so `add` shows it grouped the way the slip prints it and asks before it writes anything.
 */

export const TRUST_USAGE = `  ict trust add KEY.asc [--fingerprint HEX] [--yes] [--trust FILE]
         Daftarkan kunci peranti kaunter selepas membandingkan cap jarinya dengan slip persediaan /
         enrol a counter's device key after comparing its fingerprint with the setup slip.
         --fingerprint: cap jari dari slip (mesti sepadan) / the slip's fingerprint (must match);
         --yes: jangan tanya (skrip) / do not ask (scripts).
  ict trust list [--trust FILE]            senarai kunci berdaftar / list the enrolled keys
  ict trust remove FINGERPRINT [--trust FILE]   keluarkan kunci / remove a key
  Senarai amanah / trust list: --trust FILE, or ${defaultTrustFile()}`;

export interface TrustIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Asks a question and returns the answer, or null when nobody can answer (no terminal, EOF). */
  ask?: (question: string) => Promise<string | null>;
}

export class TrustUsage extends Error {}

interface TrustArgs {
  positionals: string[];
  trustFile: string;
  fingerprint: string | undefined;
  yes: boolean;
}

function parse(args: string[], path: (file: string) => string): TrustArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        trust: { type: 'string' },
        fingerprint: { type: 'string' },
        yes: { type: 'boolean' },
      },
    });
  } catch (cause) {
    throw new TrustUsage(cause instanceof Error ? cause.message : String(cause));
  }
  const { values, positionals } = parsed;
  return {
    positionals,
    trustFile: values.trust ? path(values.trust) : defaultTrustFile(),
    fingerprint: values.fingerprint,
    yes: values.yes === true,
  };
}

function describe(io: TrustIo, key: openpgp.PublicKey): void {
  io.out(`  Kunci / key:        ${labelOf(key)}`);
  io.out(`  Dibuat / created:   ${key.getCreationTime().toISOString()}`);
  io.out(`  Cap jari / fingerprint:`);
  io.out('');
  io.out(`      ${groupedFingerprint(key.getFingerprint())}`);
  io.out('');
}

async function usableForSigning(key: openpgp.PublicKey): Promise<string | null> {
  try {
    await key.getSigningKey();
    return null;
  } catch (cause) {
    return cause instanceof Error ? cause.message : String(cause);
  }
}

const YES = new Set(['ya', 'y', 'yes']);

async function add(args: TrustArgs, io: TrustIo, now: () => Date, path: (file: string) => string): Promise<number> {
  const [keyArg, ...extra] = args.positionals;
  if (!keyArg || extra.length > 0) {
    throw new TrustUsage('Beri satu fail kunci peranti / give one device key file.');
  }
  const wanted = args.fingerprint === undefined ? null : normaliseFingerprint(args.fingerprint);
  if (args.fingerprint !== undefined && wanted === null) {
    throw new TrustUsage(
      `--fingerprint ${args.fingerprint}: bukan cap jari 40 digit heks / not a 40-hex-digit fingerprint.`,
    );
  }
  const file = path(keyArg);
  const keys = await loadPublicKeys(file);
  const [key] = keys;
  if (!key || keys.length !== 1) {
    io.err(
      `GAGAL / FAILED: ${basename(file)} mengandungi ${keys.length} kunci; daftarkan satu kunci peranti sekali / holds ${keys.length} keys; enrol one device key at a time.`,
    );
    return EXIT.PROBLEMS;
  }
  io.out(`Kunci peranti dari / device key from ${file}:`);
  describe(io, key);
  const unusable = await usableForSigning(key);
  if (unusable) {
    io.err(
      `GAGAL / FAILED: kunci ini tidak boleh menandatangani (tamat tempoh, dibatalkan atau tiada kunci tandatangan) / this key cannot sign (expired, revoked or no signing key): ${unusable}`,
    );
    return EXIT.PROBLEMS;
  }
  const fingerprint = key.getFingerprint();
  const list = await readTrustList(args.trustFile);
  if (list.devices.some((d) => d.fingerprint === fingerprint)) {
    io.out(`Sudah didaftarkan / already enrolled in ${args.trustFile}.`);
    return EXIT.CLEAN;
  }
  if (wanted !== null && wanted !== fingerprint) {
    io.err(`TIDAK SEPADAN / DOES NOT MATCH: --fingerprint ${groupedFingerprint(wanted)}`);
    io.err(`  Kunci ini BUKAN kunci pada slip persediaan itu; tidak didaftarkan. Hubungi mahkamah.`);
    io.err(`  This key is NOT the key on that setup slip; not enrolled. Call the court.`);
    return EXIT.PROBLEMS;
  }
  const sameLabel = list.devices.filter((d) => d.label === labelOf(key));
  for (const other of sameLabel) {
    io.out(
      `AMARAN / WARNING: kunci lain bagi «${other.label}» sudah didaftarkan / another key for "${other.label}" is enrolled: ${groupedFingerprint(other.fingerprint)}`,
    );
  }
  if (wanted !== null) {
    io.out('Sepadan dengan --fingerprint / matches --fingerprint.');
  } else if (!args.yes) {
    io.out('Bandingkan cap jari ini, kumpulan demi kumpulan, dengan slip persediaan kaunter ini.');
    io.out("Compare this fingerprint, group by group, with this counter's setup slip.");
    const answer = io.ask ? await io.ask("Sama dengan slip? Taip 'ya' / Same as the slip? Type 'yes': ") : null;
    if (answer === null || !YES.has(answer.trim().toLowerCase())) {
      io.err('Tidak didaftarkan / not enrolled.');
      return EXIT.PROBLEMS;
    }
  }
  const device: EnrolledDevice = {
    fingerprint,
    label: labelOf(key),
    enrolledAt: now().toISOString(),
    from: basename(file),
    publicKey: key.armor(),
  };
  // Read again under the lock: another enrolment may have been written while this one was asking.
  const written = await updateTrustList(args.trustFile, (devices) =>
    devices.some((d) => d.fingerprint === fingerprint) ? null : [...devices, device],
  );
  io.out(`Didaftarkan / enrolled in ${args.trustFile} (${written.length} kunci / keys).`);
  return EXIT.CLEAN;
}

async function list(args: TrustArgs, io: TrustIo): Promise<number> {
  if (args.positionals.length > 0) throw new TrustUsage('ict trust list tidak mengambil fail / takes no file.');
  const trust = await readTrustList(args.trustFile);
  io.out(`Senarai amanah / trust list: ${args.trustFile}`);
  if (trust.devices.length === 0) io.out('  (kosong / empty)');
  for (const d of trust.devices) {
    io.out(`  ${groupedFingerprint(d.fingerprint)}  ${d.label}`);
    io.out(`      didaftarkan / enrolled ${d.enrolledAt} dari / from ${d.from}`);
  }
  return EXIT.CLEAN;
}

async function remove(args: TrustArgs, io: TrustIo): Promise<number> {
  const [arg, ...extra] = args.positionals;
  const fingerprint = arg === undefined ? null : normaliseFingerprint(arg);
  if (extra.length > 0 || fingerprint === null) {
    throw new TrustUsage('Beri cap jari penuh (40 digit heks) / give the full fingerprint (40 hex digits).');
  }
  let found = false;
  const kept = await updateTrustList(args.trustFile, (devices) => {
    const left = devices.filter((d) => d.fingerprint !== fingerprint);
    found = left.length < devices.length;
    return found ? left : null;
  });
  if (!found) {
    io.err(`Tiada dalam senarai amanah / not in the trust list: ${groupedFingerprint(fingerprint)}`);
    return EXIT.PROBLEMS;
  }
  io.out(`Dikeluarkan / removed: ${groupedFingerprint(fingerprint)} (${kept.length} kunci tinggal / keys left).`);
  return EXIT.CLEAN;
}

/** `kaunter ict trust …`; returns the exit code. Usage errors are thrown as TrustUsage. */
export async function runTrust(
  argv: string[],
  io: TrustIo,
  now: () => Date,
  path: (file: string) => string,
): Promise<number> {
  const [sub, ...rest] = argv;
  const args = parse(rest, path);
  switch (sub) {
    case 'add':
      return add(args, io, now, path);
    case 'list':
      return list(args, io);
    case 'remove':
      return remove(args, io);
    default:
      throw new TrustUsage(`Arahan ict trust tidak dikenali / unknown ict trust command: ${sub ?? ''}`);
  }
}
