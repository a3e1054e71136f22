import { existsSync, readFileSync } from 'node:fs';
import * as openpgp from 'openpgp';

/** A problem with the keys ICT gave on the command line: nothing can be opened until it is fixed. */
export class KeyProblem extends Error {
  constructor(
    readonly ms: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'KeyProblem';
  }
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new KeyProblem(`Fail ${what} tidak dapat dibaca: ${file}`, `Cannot read the ${what} file: ${file}`);
  }
}

/** A passphrase file holds the passphrase on its first line; the line ending is not part of it. */
export function readPassphraseFile(file: string): string {
  const text = readText(file, 'frasa laluan / passphrase');
  const first = text.split(/\r?\n/)[0] ?? '';
  if (first === '') throw new KeyProblem(`Fail frasa laluan kosong: ${file}`, `The passphrase file is empty: ${file}`);
  return first;
}

/** ICT's secret key, unlocked with its own passphrase when it has one. */
export async function loadSecretKey(file: string, keyPassphrase: string | null): Promise<openpgp.PrivateKey> {
  const armoredKey = readText(file, 'kunci rahsia / secret key');
  let key: openpgp.PrivateKey;
  try {
    key = await openpgp.readPrivateKey({ armoredKey });
  } catch {
    throw new KeyProblem(
      `${file} bukan kunci rahsia OpenPGP (perisai ASCII) yang sah.`,
      `${file} is not a valid ASCII-armored OpenPGP secret key.`,
    );
  }
  if (key.isDecrypted()) return key;
  if (keyPassphrase === null) {
    throw new KeyProblem(
      `Kunci rahsia ${file} dilindungi frasa laluan: beri --key-passphrase-file.`,
      `The secret key ${file} is protected by a passphrase: give --key-passphrase-file.`,
    );
  }
  try {
    return await openpgp.decryptKey({ privateKey: key, passphrase: keyPassphrase });
  } catch {
    throw new KeyProblem(
      `Frasa laluan kunci rahsia ${file} salah.`,
      `The passphrase of the secret key ${file} is wrong.`,
    );
  }
}

/** Public keys from one armored file (a file may hold several). */
export async function loadPublicKeys(file: string): Promise<openpgp.PublicKey[]> {
  const armoredKeys = readText(file, 'kunci awam / public key');
  try {
    return (await openpgp.readKeys({ armoredKeys })).map((k) => k.toPublic());
  } catch {
    throw new KeyProblem(
      `${file} bukan kunci awam OpenPGP (perisai ASCII) yang sah.`,
      `${file} is not a valid ASCII-armored OpenPGP public key.`,
    );
  }
}

/** `X.zip.pgp` → `X`: the base name the three files of one export share. */
export function bundleBase(fileName: string): string {
  return fileName.replace(/\.zip\.pgp$/i, '').replace(/\.pgp$/i, '');
}

/** The counter's public key written beside the bundle, if it is there. */
export async function deviceKeyBeside(bundleFile: string): Promise<openpgp.PublicKey[] | null> {
  const file = `${bundleBase(bundleFile)}.device-key.asc`;
  if (!existsSync(file)) return null;
  return loadPublicKeys(file);
}
