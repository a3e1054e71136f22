import { join } from 'node:path';
import type * as openpgp from 'openpgp';
import type { TrustedSigners } from '../../electron/ict/trust';
import { writeTrustList } from '../../electron/ict/trustFile';
import { tempDir } from './ledger';

/*
 * TEST SUPPORT ONLY. ICT's trust list for tests: the device keys the test enrols, never the real
 * profile's list.
 */

interface HasKey {
  privateKey: openpgp.PrivateKey;
}

/** What `ict open` trusts when exactly these devices are enrolled. */
export function trustOf(...devices: HasKey[]): TrustedSigners {
  return {
    keys: devices.map(({ privateKey }) => ({
      key: privateKey.toPublic(),
      fingerprint: privateKey.getFingerprint(),
      label: privateKey.getUserIDs()[0] ?? '',
      via: 'senarai amanah / trust list (test)',
    })),
    fingerprints: [],
  };
}

/** A trust file with these devices enrolled, in a fresh folder, for `--trust`. */
export function trustFileOf(...devices: HasKey[]): string {
  const file = join(tempDir('kaunter-ict-trust-'), 'trusted-devices.json');
  writeTrustList(
    file,
    devices.map(({ privateKey }) => ({
      fingerprint: privateKey.getFingerprint(),
      label: privateKey.getUserIDs()[0] ?? '',
      enrolledAt: '2026-11-27T02:00:00.000Z',
      from: 'test',
      publicKey: privateKey.toPublic().armor(),
    })),
  );
  return file;
}
