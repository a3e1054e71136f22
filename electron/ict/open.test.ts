import { describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../tests/support/bundleBuilder';
import { devices, sealLedger, threeCounters } from '../../tests/support/ictCounters';
import { loadSecretKey } from './keys';
import { openBundle } from './openBundle';

describe('ict open', () => {
  it('opens a clean bundle from a real ledger with no findings', async () => {
    const { k1 } = await threeCounters();
    const device = (await devices()).k1;
    const sealed = await sealLedger(k1, device);
    const outcome = await openBundle(sealed.file, {
      unlock: { secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null },
      signers: null,
    });
    if (!outcome.ok) throw new Error(outcome.failure.en);
    expect(outcome.bundle.findings).toEqual([]);
  });
});
