import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import * as openpgp from 'openpgp';
import { DATABASE_FILE } from '../../electron/app/kaunterApp';
import { fileDeviceKeyVault } from '../../electron/services/bundle/deviceKey';
import { importIctKey } from '../../electron/services/bundle/ictKeys';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { dispatcherFor, readyLedger, tempDir, unwrap } from './ledger';

const KEYS = join(import.meta.dirname, '..', 'fixtures', 'keys');

/** The TEST-ONLY ICT keys made with GnuPG (copied into the project from the shared fixtures). */
export function testKey(name: 'ict-test.pub' | 'ict-test.sec' | 'ict-escrow-test.pub' | 'ict-escrow-test.sec'): string {
  return readFileSync(join(KEYS, `${name}.asc`), 'utf8');
}
export const testKeyFile = (name: string): string => join(KEYS, `${name}.asc`);

export const PARTY = {
  side: 'CLAIMANT',
  name: "Nor'ain binti Abdullah",
  idType: 'MYKAD',
  idNumber: '850101-10-5124',
  address: 'No. 12, Jalan "Melati" 3,\nTaman Seri, 70000 Seremban',
};

/**
 * A set-up counter in a temp data folder with `cases` registered and paid (one receipt cancelled and
 * replaced when there are at least two), and the ICT test key imported.
 */
export async function counterWithRecords(cases = 3, options: { importKey?: boolean } = {}) {
  const dataDir = tempDir('kaunter-bundle-');
  const { ledger, supervisor } = await readyLedger({}, { dataDir, file: join(dataDir, DATABASE_FILE) });
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: supervisor.id, pin: '123456' }));
  const receiptIds: number[] = [];
  for (let i = 0; i < cases; i++) {
    const registered = unwrap(
      await dispatch('cases.register', { caseTypeCode: i % 2 ? '017' : '024', proceeding: 'SAMAN', parties: [PARTY] }),
    );
    const draft = unwrap(await dispatch('payments.draft', { caseId: registered.id }));
    const receipt = unwrap(
      await dispatch('payments.take', {
        caseId: registered.id,
        lines: draft.lines.length
          ? draft.lines.map((l) => ({ feeCode: l.feeCode, quantity: l.quantity }))
          : [{ feeCode: 'AFIDAVIT', quantity: 1 }],
        payerName: PARTY.name,
        payerIdNumber: PARTY.idNumber,
        method: i % 3 === 2 ? 'EFT' : 'CASH',
        ...(i % 3 === 2 ? { methodReference: `FPX${1000 + i}` } : { tenderedSen: 10000 }),
      }),
    );
    receiptIds.push(receipt.id);
  }
  if (cases >= 2) {
    unwrap(
      await dispatch('receipts.cancel', {
        receiptId: receiptIds[0],
        reason: 'Salah kaedah bayaran',
        supervisorId: supervisor.id,
        supervisorPin: '123456',
      }),
    );
  }
  if (options.importKey ?? true) await importIctKey(ledger, supervisor.id, testKey('ict-test.pub'));
  return { ledger, dataDir, supervisor, dispatch, vault: fileDeviceKeyVault(dataDir) };
}

/** Decrypts a bundle with the test secret key and checks its signature against the device key. */
export async function openBundle(pgp: Uint8Array, deviceKeyArmored: string) {
  const decryptionKeys = await openpgp.readPrivateKey({ armoredKey: testKey('ict-test.sec') });
  const verificationKeys = await openpgp.readKey({ armoredKey: deviceKeyArmored });
  const { data, signatures } = await openpgp.decrypt({
    message: await openpgp.readMessage({ binaryMessage: pgp }),
    decryptionKeys,
    verificationKeys,
    expectSigned: true,
    format: 'binary',
  });
  await signatures[0]?.verified;
  const files = unzipSync(data as Uint8Array);
  return { files, manifest: JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as unknown };
}

export function ledgerCount(ledger: Ledger, table: string): number {
  return (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}
