import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { AppError } from '../../shared/errors';
import { PROTECTED_DEVICE_KEY_FILE, writeSecretFile, type DeviceKeyVault } from '../services/bundle/deviceKey';

const UNAVAILABLE =
  'Penyimpanan selamat sistem pengendalian tidak tersedia: kunci peranti tidak dapat disimpan dengan selamat. Hubungi ICT.';

/**
 * The device's secret key, encrypted with the OS's own protection (DPAPI on Windows, the keyring on
 * Linux) and kept in the data folder. Only this PC's user account can open it, so a copied data folder
 * cannot sign bundles as this counter.
 */
export function safeStorageDeviceKeyVault(dataDir: string): DeviceKeyVault {
  const file = join(dataDir, PROTECTED_DEVICE_KEY_FILE);
  return {
    load: () => {
      if (!existsSync(file)) return Promise.resolve(null);
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
