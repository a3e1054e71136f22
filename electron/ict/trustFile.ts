import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import * as openpgp from 'openpgp';
import { z } from 'zod';
import { KeyProblem } from './keys';

/*
 * ICT's trust list: the counters' device keys ICT has enrolled from their setup slips. It is the only
 * thing `ict open` / `ict merge` verify a bundle's signature against; the `.device-key.asc` that
 * travels beside a bundle on the stick could have been swapped together with it.
 */

export const TRUST_FORMAT = 'kaunter-ict-trusted-devices';

const enrolledSchema = z.object({
  /** Lowercase hex of the primary key: what the setup slip prints, in groups of four. */
  fingerprint: z.string().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/),
  /** The key's first user ID, e.g. `Kaunter Sandaran 05005-K1`. */
  label: z.string(),
  enrolledAt: z.string(),
  /** The file it was enrolled from, for ICT's own record. */
  from: z.string(),
  publicKey: z.string(),
});

const trustFileSchema = z.object({
  format: z.literal(TRUST_FORMAT),
  version: z.literal(1),
  devices: z.array(enrolledSchema),
});

export type EnrolledDevice = z.infer<typeof enrolledSchema>;

export interface TrustList {
  file: string;
  devices: EnrolledDevice[];
  /** The keys, read from `devices[i].publicKey`, in the same order. */
  keys: openpgp.PublicKey[];
}

/**
 * Where the trust list lives when `--trust` is not given: ICT's own profile, not the project folder
 * and not the stick (`%APPDATA%\kaunter-ict\` on Windows, `$XDG_CONFIG_HOME` or `~/.config` elsewhere).
 */
export function defaultTrustFile(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const base =
    platform === 'win32' && env.APPDATA
      ? env.APPDATA
      : env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME !== ''
        ? env.XDG_CONFIG_HOME
        : join(homedir(), '.config');
  return join(base, 'kaunter-ict', 'trusted-devices.json');
}

function damaged(file: string, ms: string, en: string): KeyProblem {
  return new KeyProblem(`Senarai amanah ${file} rosak: ${ms}`, `The trust list ${file} is damaged: ${en}`);
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new KeyProblem(`Senarai amanah tidak dapat dibaca: ${file}`, `Cannot read the trust list: ${file}`);
  }
}

/**
 * Reads the trust list; a missing file is an empty list. Each entry's fingerprint is checked against
 * its own key, so a hand-edited file (a fingerprint changed to match a slip, a key swapped under a
 * kept fingerprint) is refused as a whole rather than half trusted.
 */
export async function readTrustList(file: string): Promise<TrustList> {
  const text = readText(file);
  if (text === null) return { file, devices: [], keys: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw damaged(file, 'bukan JSON yang sah.', 'not valid JSON.');
  }
  const parsed = trustFileSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => i.path.join('.') || '(root)')
      .join(', ');
    throw damaged(file, `tidak mengikut format ${TRUST_FORMAT} v1 (${where}).`, `not ${TRUST_FORMAT} v1 (${where}).`);
  }
  const keys: openpgp.PublicKey[] = [];
  for (const [i, device] of parsed.data.devices.entries()) {
    let key: openpgp.PublicKey;
    try {
      key = (await openpgp.readKey({ armoredKey: device.publicKey })).toPublic();
    } catch {
      throw damaged(file, `kunci #${i + 1} bukan kunci awam OpenPGP.`, `key #${i + 1} is not an OpenPGP public key.`);
    }
    if (key.getFingerprint() !== device.fingerprint) {
      throw damaged(
        file,
        `cap jari #${i + 1} (${device.fingerprint}) bukan cap jari kuncinya (${key.getFingerprint()}): fail telah diubah.`,
        `fingerprint #${i + 1} (${device.fingerprint}) is not its key's (${key.getFingerprint()}): the file was edited.`,
      );
    }
    keys.push(key);
  }
  return { file, devices: parsed.data.devices, keys };
}

/**
 * Writes the whole list to a temporary file and renames it: a crash leaves the old list or the new.
 * Changes go through updateTrustList, which holds the lock.
 */
export function writeTrustList(file: string, devices: readonly EnrolledDevice[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const body = { format: TRUST_FORMAT, version: 1, devices };
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`, { flush: true });
  renameSync(temp, file);
}

const LOCK_POLL_MS = 50;
const LOCK_GIVE_UP_POLLS = 600;

/** A lock left by a process that no longer runs (killed mid-write) is taken over. */
function staleLock(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lock, 'utf8'));
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function lockTrustList(file: string): Promise<string> {
  const lock = `${file}.lock`;
  mkdirSync(dirname(file), { recursive: true });
  for (let polls = 0; ; polls++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return lock;
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
    }
    if (staleLock(lock)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (polls >= LOCK_GIVE_UP_POLLS) {
      throw new KeyProblem(
        `Senarai amanah ${file} sedang dikunci oleh proses lain (${lock}); cuba lagi.`,
        `The trust list ${file} is locked by another process (${lock}); try again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

/**
 * Changes the list under a lock file, reading it afresh inside the lock: two `ict trust add` run at
 * once both end up in the list (read, change and rename without it, the last writer wins). A change
 * that returns null writes nothing.
 */
export async function updateTrustList(
  file: string,
  change: (devices: readonly EnrolledDevice[]) => EnrolledDevice[] | null,
): Promise<EnrolledDevice[]> {
  const lock = await lockTrustList(file);
  try {
    const devices = (await readTrustList(file)).devices;
    const next = change(devices);
    if (next === null) return [...devices];
    writeTrustList(file, next);
    return next;
  } finally {
    rmSync(lock, { force: true });
  }
}
