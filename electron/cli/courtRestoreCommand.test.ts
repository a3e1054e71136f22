import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testKeyFile } from '../../tests/support/bundle';
import { registerAt, threeCounters } from '../../tests/support/courtFolder';
import { tempDir } from '../../tests/support/ledger';
import { readDeviceKey } from '../services/bundle/deviceKey';
import { courtRestore } from './courtRestoreCommand';
import { runCourtCommand } from './courtCommand';
import { verifyFolder } from './verify';

function io(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), ask: () => Promise.resolve(null), env },
  };
}

describe('kaunter court restore (the command)', () => {
  it('rebuilds K1 on a new PC with ICT key, prints what is not recovered; verify passes', async () => {
    const { folder, k1 } = await threeCounters();
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    await k1.sync();
    const key = readDeviceKey(k1.ledger);
    if (!key) throw new Error('no device key');
    const keyFile = join(tempDir('kaunter-slip-'), 'K1.asc');
    writeFileSync(keyFile, key.publicArmored);
    k1.ledger.db.close();
    rmSync(k1.dataDir, { recursive: true, force: true });
    const newPc = tempDir('kaunter-newpc-');
    const args = ['--data', newPc, '--folder', folder, '--counter', 'K1', '--key', testKeyFile('ict-test.sec')];
    const withKey = [
      ...args,
      '--device-key',
      keyFile,
      '--fingerprint',
      key.fingerprint,
      '--supervisor',
      String(k1.supervisorId),
    ];

    const usage = io({ KAUNTER_SUPERVISOR_PIN: '654321' });
    expect(await runCourtCommand(['restore', ...args], usage.io)).toBe(2);
    const badPin = io({ KAUNTER_SUPERVISOR_PIN: '12' });
    expect(await courtRestore(badPin.io, withKey, { pinCost: 10 })).toBe(2);
    expect(verifyFolder(newPc).found).toBe(false);

    const run = io({ KAUNTER_SUPERVISOR_PIN: '654321' });
    expect(await courtRestore(run.io, withKey, { pinCost: 10 })).toBe(0);
    expect(run.out.join('\n')).toMatch(/Dipulihkan \/ restored: kaunter \/ counter K1 \(05005\), 1 segmen/);
    expect(run.out.join('\n')).toMatch(/sehingga acara \d+/);
    expect(verifyFolder(newPc)).toMatchObject({ found: true, summary: { ok: true, cases: 1, receipts: 1 } });

    const again = io({ KAUNTER_SUPERVISOR_PIN: '654321' });
    expect(await courtRestore(again.io, withKey, { pinCost: 10 })).toBe(1);
    expect(again.err.join('\n')).toMatch(/sudah mempunyai pangkalan data/);
  });
});
