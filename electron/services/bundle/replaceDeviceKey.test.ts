import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { testKey } from '../../../tests/support/bundle';
import { dispatcherFor, readyLedger, tempDir, unwrap } from '../../../tests/support/ledger';
import { loadSecretKey } from '../../ict/keys';
import { mergeBundles } from '../../ict/merge';
import { openBundle } from '../../ict/openBundle';
import type { TrustedSigners } from '../../ict/trust';
import { memoryDeviceKeyVault, readDeviceKey } from './deviceKey';
import { exportBundle } from './exportBundle';
import { importIctKey } from './ictKeys';

async function trusted(...armored: string[]): Promise<TrustedSigners> {
  const keys = await Promise.all(armored.map((a) => openpgp.readKey({ armoredKey: a })));
  return {
    keys: keys.map((key) => ({ key, fingerprint: key.getFingerprint(), label: 'test', via: 'test' })),
    fingerprints: [],
  };
}

describe('a counter restored onto a new PC', () => {
  it('makes a new device key with the supervisor PIN and a reason; its exports sign again and ICT sees one counter', async () => {
    const oldPc = memoryDeviceKeyVault();
    const { ledger, supervisor } = await readyLedger({}, { deviceKeys: oldPc });
    await importIctKey(ledger, supervisor.id, testKey('ict-test.pub'));
    const oldKey = readDeviceKey(ledger);
    const out = tempDir('kaunter-usb-');
    const first = await exportBundle(ledger, { folder: out, vault: oldPc, by: null });

    // The new PC: the ledger came back from a backup, the old PC's secret key did not.
    const newPc = memoryDeviceKeyVault();
    const dispatch = dispatcherFor(ledger, { deviceKeys: newPc });
    unwrap(await dispatch('auth.signIn', { userId: supervisor.id, pin: '123456' }));
    expect(unwrap(await dispatch('bundle.deviceKey', {}))).toMatchObject({
      fingerprint: oldKey?.fingerprint,
      available: false,
    });
    await expect(exportBundle(ledger, { folder: out, vault: newPc, by: null })).rejects.toThrow(/kunci peranti baharu/);

    expect(
      await dispatch('bundle.replaceDeviceKey', { reason: 'Komputer K1 rosak', supervisorPin: '000000' }),
    ).toMatchObject({ ok: false });
    expect(await dispatch('bundle.replaceDeviceKey', { reason: 'x', supervisorPin: '123456' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    // A wrong PIN writes only its counted attempt: the key is untouched.
    expect(readDeviceKey(ledger)?.fingerprint).toBe(oldKey?.fingerprint);
    expect(ledger.db.prepare("SELECT COUNT(*) AS n FROM audit_events WHERE action LIKE 'deviceKey.%'").get()).toEqual({
      n: 1,
    });

    const replaced = unwrap(
      await dispatch('bundle.replaceDeviceKey', {
        reason: 'Komputer K1 rosak; dipulihkan ke PC baharu',
        supervisorPin: '123456',
      }),
    );
    expect(replaced.available).toBe(true);
    expect(replaced.fingerprint).not.toBe(oldKey?.fingerprint);
    const event = ledger.db
      .prepare("SELECT actor, data FROM audit_events WHERE action = 'deviceKey.replace'")
      .get() as { actor: string; data: string };
    expect(event.actor).toBe(`user:${supervisor.id}`);
    expect(JSON.parse(event.data)).toMatchObject({
      previousFingerprint: oldKey?.fingerprint,
      fingerprint: replaced.fingerprint,
      reason: 'Komputer K1 rosak; dipulihkan ke PC baharu',
    });
    // A working key is never replaced.
    expect(await dispatch('bundle.replaceDeviceKey', { reason: 'Sekali lagi', supervisorPin: '123456' })).toMatchObject(
      { ok: false, error: { code: 'CONFLICT' } },
    );

    const second = await exportBundle(ledger, { folder: out, vault: newPc, by: null });
    expect(second.deviceKeyFingerprint).toBe(replaced.fingerprint);

    // ICT, with both keys enrolled: one counter, the newer export current, extending the older one.
    const unlock = {
      secretKeys: [
        await loadSecretKey(join(import.meta.dirname, '../../../tests/fixtures/keys/ict-test.sec.asc'), null),
      ],
      passphrase: null,
    };
    const signers = await trusted(oldKey?.publicArmored ?? '', replaced.publicArmored);
    const outcomes = await Promise.all(
      [first, second].map((e) => openBundle(join(out, e.files.pgp), { unlock, signers })),
    );
    const merged = mergeBundles(outcomes);
    expect(merged.failed).toEqual([]);
    expect(merged.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(merged.current.map((b) => b.manifest.export.seq)).toEqual([second.seq]);
    expect(merged.superseded.map((s) => s.bundle.manifest.export.seq)).toEqual([first.seq]);
  }, 60_000);
});
