import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const storage = vi.hoisted(() => ({ available: true }));

// A stand-in for the OS protection: reversible, and visibly not the plain text.
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => storage.available,
    encryptString: (text: string) => Buffer.from(`DPAPI:${Buffer.from(text, 'utf8').toString('base64')}`),
    decryptString: (bytes: Buffer) => {
      const text = bytes.toString('utf8');
      if (!text.startsWith('DPAPI:')) throw new Error('Error while decrypting the ciphertext provided');
      return Buffer.from(text.slice(6), 'base64').toString('utf8');
    },
  },
}));

const { safeStorageDeviceKeyVault } = await import('../../electron/platform/deviceKeyVault');
const { PROTECTED_DEVICE_KEY_FILE, DEVICE_KEY_FILE } = await import('../../electron/services/bundle/deviceKey');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kaunter-vault-'));
  storage.available = true;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nxVgE…\n-----END PGP PRIVATE KEY BLOCK-----\n';

describe('safeStorage device-key vault', () => {
  it('has nothing before the first save', async () => {
    expect(await safeStorageDeviceKeyVault(dir).load()).toBeNull();
  });

  it('keeps the secret encrypted by the OS in the data folder, never in plain text', async () => {
    await safeStorageDeviceKeyVault(dir).save(SECRET);
    const stored = readFileSync(path.join(dir, PROTECTED_DEVICE_KEY_FILE));
    expect(stored.toString('utf8')).not.toContain('PRIVATE KEY');
    expect(existsSync(path.join(dir, DEVICE_KEY_FILE))).toBe(false);
    expect(await safeStorageDeviceKeyVault(dir).load()).toBe(SECRET);
  });

  it('takes a plain key file left by the browser host under the OS protection', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, DEVICE_KEY_FILE), SECRET);
    expect(await safeStorageDeviceKeyVault(dir).load()).toBe(SECRET);
    expect(existsSync(path.join(dir, DEVICE_KEY_FILE))).toBe(false);
    expect(readFileSync(path.join(dir, PROTECTED_DEVICE_KEY_FILE)).toString('utf8')).not.toContain('PRIVATE KEY');
    expect(await safeStorageDeviceKeyVault(dir).load()).toBe(SECRET);
  });

  it('refuses to save when the OS offers no protection', async () => {
    storage.available = false;
    await expect(safeStorageDeviceKeyVault(dir).save(SECRET)).rejects.toMatchObject({ code: 'STORAGE' });
    expect(existsSync(path.join(dir, PROTECTED_DEVICE_KEY_FILE))).toBe(false);
  });

  it('says plainly when another account or PC cannot open the stored key', async () => {
    await safeStorageDeviceKeyVault(dir).save(SECRET);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, PROTECTED_DEVICE_KEY_FILE), 'dari komputer lain');
    await expect(safeStorageDeviceKeyVault(dir).load()).rejects.toThrow(
      /tidak dapat dibuka pada akaun atau komputer ini/,
    );
  });
});
