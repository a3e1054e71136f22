import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { AppError } from '@shared/errors';
import {
  DEVICE_KEY_FILE,
  PROTECTED_DEVICE_KEY_FILE,
  writeSecretFile,
  type DeviceKeyVault,
} from '../services/bundle/deviceKey';

const UNAVAILABLE =
  'Penyimpanan selamat sistem pengendalian tidak tersedia: kunci peranti tidak dapat disimpan dengan selamat. Hubungi ICT.';

/**
 * The device's secret key, encrypted with the OS's own protection (DPAPI on Windows, the keyring on
 * Linux) and kept in the data folder. Only this PC's user account can open it, so a copied data folder
 * cannot sign bundles as this counter.
 */
export function safeStorageDeviceKeyVault(dataDir: string): DeviceKeyVault {
  const file = join(dataDir, PROTECTED_DEVICE_KEY_FILE);
  const plain = join(dataDir, DEVICE_KEY_FILE);
  return {
    load: () => {
      if (!existsSync(file)) {
        if (!existsSync(plain)) return Promise.resolve(null);
        // A folder first used by the browser host or the CLI keeps its key as a plain file: take it under
        // the OS's protection and remove the plain copy, so the counter keeps signing as itself.
        const armored = readFileSync(plain, 'utf8');
        if (!safeStorage.isEncryptionAvailable()) return Promise.resolve(armored);
        writeSecretFile(file, safeStorage.encryptString(armored));
        rmSync(plain);
        return Promise.resolve(armored);
      }
      if (!safeStorage.isEncryptionAvailable()) return Promise.reject(new AppError('STORAGE', UNAVAILABLE));
      try {
        return Promise.resolve(safeStorage.decryptString(readFileSync(file)));
      } catch {
        return Promise.reject(
          new AppError(
            'STORAGE',
            'Kunci peranti tidak dapat dibuka pada akaun atau komputer ini (fail dilindungi oleh akaun yang membuatnya). Hubungi ICT.',
          ),
        );
      }
    },
    save: (armored) => {
      if (!safeStorage.isEncryptionAvailable()) return Promise.reject(new AppError('STORAGE', UNAVAILABLE));
      writeSecretFile(file, safeStorage.encryptString(armored));
      return Promise.resolve();
    },
  };
}
