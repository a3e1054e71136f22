import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { afterEach, describe, expect, it } from 'vitest';
import { testKey } from '../../../tests/support/bundle';
import { tempDir } from '../../../tests/support/ledger';
import { openSealedBackup, startSealingFile } from './seal';
import { SealWorkerUnavailable, sealInWorker, type SealJob } from './sealWorker';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function signer() {
  const { privateKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: 'peranti ujian' }],
    format: 'object',
  });
  return privateKey;
}

function folder(): string {
  const dir = tempDir('kaunter-seal-worker-');
  dirs.push(dir);
  return dir;
}

describe('sealing a backup file on a worker thread', () => {
  it('writes a message the ICT key opens, signed by the device key with the audit head', async () => {
    const dir = folder();
    const source = join(dir, 'salinan.sqlite');
    const target = join(dir, 'salinan.sqlite.pgp.partial');
    const plain = Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(3 << 20, 7)]);
    writeFileSync(source, plain);
    const device = await signer();
    const { done } = await startSealingFile(source, target, {
      recipients: [testKey('ict-test.pub')],
      signer: device,
      head: { seq: 42, hash: 'ab'.repeat(32) },
      date: new Date(),
    });
    expect(await done).toBeNull();
    const ict = await openpgp.readPrivateKey({ armoredKey: testKey('ict-test.sec') });
    const opened = await openSealedBackup(readFileSync(target), ict);
    expect(Buffer.from(opened.plain).equals(plain)).toBe(true);
    expect(await opened.verify(device.toPublic().armor())).toEqual({
      fingerprint: device.getFingerprint(),
      head: { seq: 42, hash: 'ab'.repeat(32) },
    });
  });

  it('answers the failure with its code (a missing folder), never as a rejection left unhandled', async () => {
    const dir = folder();
    const source = join(dir, 'salinan.sqlite');
    writeFileSync(source, 'SQLite format 3\u0000');
    const { done } = await startSealingFile(source, join(dir, 'tiada', 'x.pgp.partial'), {
      recipients: [testKey('ict-test.pub')],
      signer: await signer(),
      head: { seq: 1, hash: null },
      date: new Date(),
    });
    expect(await done).toMatchObject({ code: 'ENOENT' });
  });

  it('says openpgp could not be loaded (so the caller seals on its own thread) and writes nothing', async () => {
    const dir = folder();
    const job: SealJob = {
      source: join(dir, 'salinan.sqlite'),
      target: join(dir, 'salinan.sqlite.pgp.partial'),
      recipients: [],
      signer: '',
      notation: { name: 'n@x', value: '{}', humanReadable: true, critical: false },
      literalDate: 0,
      date: 0,
    };
    await expect(sealInWorker(job, join(dir, 'tiada-openpgp.cjs'))).rejects.toBeInstanceOf(SealWorkerUnavailable);
    expect(existsSync(job.target)).toBe(false);
  });
});
