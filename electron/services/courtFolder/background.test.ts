import { describe, expect, it, vi } from 'vitest';
import { registerAt, threeCounters } from '../../../tests/support/courtFolder';
import { fileDeviceKeyVault } from '../bundle/deviceKey';
import { startCourtFolderSync } from './background';
import { searchCourtCases } from './search';
import { memoryCourtFolder } from './settings';

describe('the court folder sync in the background', () => {
  it('publishes after a commit without the clerk waiting, and does nothing with no folder set', async () => {
    const { folder, k1, k2 } = await threeCounters();
    const errors: string[] = [];
    const log = { error: (m: string) => errors.push(m) };
    const store = memoryCourtFolder(null);
    let asked = 0;
    const counted = { get: () => (asked++, store.get()), set: store.set };
    const sync = startCourtFolderSync(k1.ledger, k1.dataDir, counted, fileDeviceKeyVault(k1.dataDir), log);
    try {
      // The registration returns at once: publishing is only asked for.
      registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
      sync.kick();
      await vi.waitFor(() => expect(asked).toBeGreaterThan(0), { timeout: 20_000, interval: 50 });
      await sync.idle();
      expect(k1.ledger.db.prepare('SELECT COUNT(*) FROM court_segments').pluck().get()).toBe(0);
      store.set(folder);
      sync.kick();
      await vi.waitFor(
        () => expect(k1.ledger.db.prepare('SELECT COUNT(*) FROM court_segments').pluck().get()).toBe(1),
        { timeout: 20_000, interval: 50 },
      );
      await sync.idle();
      await k2.sync();
      expect(searchCourtCases(k2.replica, 'aminah')).toHaveLength(1);
      // A later commit is noticed by the poll of the audit table, with no kick.
      registerAt(k1, 'Rahim bin Salleh', '800202-05-5111');
      await vi.waitFor(
        () => expect(k1.ledger.db.prepare('SELECT COUNT(*) FROM court_segments').pluck().get()).toBe(2),
        { timeout: 20_000, interval: 50 },
      );
      expect(errors).toEqual([]);
    } finally {
      sync.stop();
    }
  });
});
