import { statSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { readyLedger, tempDir } from '../../../tests/support/ledger';
import { DEVICE_KEY_FILE, ensureDeviceKey, fileDeviceKeyVault, memoryDeviceKeyVault, readDeviceKey } from './deviceKey';

describe('device key', () => {
  it('is made once: a v4 Curve25519 key named for the counter, public half recorded and audited', async () => {
    const dataDir = tempDir();
    const { ledger } = await readyLedger({}, { dataDir });
    const vault = fileDeviceKeyVault(dataDir);
    const made = await ensureDeviceKey(ledger, vault, 'user:1');
    expect(made.view.fingerprint).toMatch(/^[0-9a-f]{40}$/);
    expect(made.secret.keyPacket.version).toBe(4);
    expect(made.secret.getAlgorithmInfo()).toEqual({ algorithm: 'eddsaLegacy', curve: 'ed25519Legacy' });
    expect(made.secret.getUserIDs()).toEqual(['Kaunter Sandaran 05005-K1']);
    await made.secret.getEncryptionKey();
    expect(readDeviceKey(ledger)?.fingerprint).toBe(made.view.fingerprint);
    const publicKey = await openpgp.readKey({ armoredKey: readDeviceKey(ledger)?.publicArmored ?? '' });
    expect(publicKey.isPrivate()).toBe(false);
    expect(statSync(join(dataDir, DEVICE_KEY_FILE)).mode & 0o077).toBe(0);

    const again = await ensureDeviceKey(ledger, fileDeviceKeyVault(dataDir), 'user:1');
    expect(again.view.fingerprint).toBe(made.view.fingerprint);
    const events = ledger.db.prepare("SELECT action FROM audit_events WHERE entity = 'device_key'").all();
    expect(events).toEqual([{ action: 'deviceKey.create' }]);
  });

  it('refuses to sign when the ledger names a key the vault no longer holds', async () => {
    const { ledger } = await readyLedger();
    await ensureDeviceKey(ledger, memoryDeviceKeyVault(), 'user:1');
    await expect(ensureDeviceKey(ledger, memoryDeviceKeyVault(), 'user:1')).rejects.toThrow(/tiada dalam simpanan/);
  });

  it('refuses a vault holding some other key than the one recorded', async () => {
    const { ledger } = await readyLedger();
    await ensureDeviceKey(ledger, memoryDeviceKeyVault(), 'user:1');
    const other = memoryDeviceKeyVault();
    const { privateKey } = await openpgp.generateKey({ type: 'curve25519', userIDs: [{ name: 'Lain' }] });
    await other.save(privateKey);
    await expect(ensureDeviceKey(ledger, other, 'user:1')).rejects.toThrow(/bukan kunci yang direkodkan/);
  });
});
