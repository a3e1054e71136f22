import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counterWithRecords, PARTY } from '../../../tests/support/bundle';
import { unwritableFolder } from '../../../tests/support/folders';
import { dispatcherFor, tempDir, unwrap } from '../../../tests/support/ledger';
import { createBackups } from '../backup/schedule';
import { memoryBackupPlan } from '../backup/plan';
import { exportBundle } from '../bundle/exportBundle';
import { memoryDataFolder } from './dataFolder';
import { DATABASE_FILE } from '../ledger/ledgerFile';

async function counter() {
  const c = await counterWithRecords(2);
  const store = memoryDataFolder();
  const dispatch = dispatcherFor(c.ledger, {
    backups: createBackups(memoryBackupPlan()),
    deviceKeys: c.vault,
    dataFolders: store,
  });
  unwrap(await dispatch('auth.signIn', { userId: c.supervisor.id, pin: '123456' }));
  const events = () => (c.ledger.db.prepare('SELECT COUNT(*) AS n FROM audit_events').get() as { n: number }).n;
  return { ...c, store, dispatch, events };
}

describe('choosing a new data folder', () => {
  it('is refused while records are unexported, until the supervisor repeats how many', async () => {
    const { dispatch, store, events, dataDir } = await counter();
    const status = unwrap(await dispatch('dataFolder.status', {}));
    expect(status).toMatchObject({ current: dataDir, chosen: null, restartNeeded: false });
    expect(status.unexported).toMatchObject({ lastExportAt: null, cases: 2, appointments: 0 });
    expect(status.unexported.receipts).toBeGreaterThanOrEqual(2);
    const total = status.unexported.total;
    expect(total).toBe(status.unexported.cases + status.unexported.receipts);

    const folder = tempDir('kaunter-baharu-');
    const before = events();
    for (const acknowledgedUnexported of [null, 0, total - 1, total + 1]) {
      const refused = await dispatch('dataFolder.choose', { supervisorPin: '123456', folder, acknowledgedUnexported });
      expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (!refused.ok)
        expect(refused.error.message).toContain(`2 kes dan ${status.unexported.receipts} resit belum dieksport`);
    }
    expect(store.get()).toBeNull();
    expect(events()).toBe(before);

    const chosen = unwrap(
      await dispatch('dataFolder.choose', { supervisorPin: '123456', folder, acknowledgedUnexported: total }),
    );
    expect(chosen).toMatchObject({ current: dataDir, chosen: folder, restartNeeded: true, holdsLedger: false });
    expect(store.get()).toBe(folder);
    expect(events()).toBe(before + 1);
    // The old ledger stays where it was; nothing is written into the new folder until the next start.
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('goes through without a question once an export covers everything, and asks again after a new case', async () => {
    const { ledger, dispatch, vault, supervisor, store } = await counter();
    await exportBundle(ledger, {
      folder: tempDir('kaunter-usb-'),
      vault,
      by: { id: supervisor.id, name: supervisor.name },
    });
    expect(unwrap(await dispatch('dataFolder.status', {})).unexported).toMatchObject({ total: 0 });
    const first = tempDir('kaunter-baharu-');
    unwrap(
      await dispatch('dataFolder.choose', { supervisorPin: '123456', folder: first, acknowledgedUnexported: null }),
    );
    expect(store.get()).toBe(first);

    unwrap(await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [PARTY] }));
    expect(unwrap(await dispatch('dataFolder.status', {})).unexported).toMatchObject({ cases: 1, total: 1 });
    const second = tempDir('kaunter-baharu-');
    expect(
      await dispatch('dataFolder.choose', { supervisorPin: '123456', folder: second, acknowledgedUnexported: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('1 kes belum dieksport') as string },
    });
    expect(store.get()).toBe(first);
  });

  it('refuses a relative path, the current folder, a folder inside it and one that cannot be written', async () => {
    const { dispatch, dataDir, store, events } = await counter();
    const before = events();
    const cases: [string, string][] = [
      ['data/baharu', 'VALIDATION'],
      [dataDir, 'CONFLICT'],
      [join(dataDir, 'baharu'), 'CONFLICT'],
    ];
    for (const [folder, code] of cases) {
      expect(
        await dispatch('dataFolder.choose', { supervisorPin: '123456', folder, acknowledgedUnexported: 99 }),
      ).toMatchObject({
        ok: false,
        error: { code },
      });
    }
    const locked = unwritableFolder('ro');
    try {
      expect(
        await dispatch('dataFolder.choose', {
          supervisorPin: '123456',
          folder: locked.path,
          acknowledgedUnexported: 99,
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'STORAGE' },
      });
    } finally {
      locked.release();
    }
    expect(store.get()).toBeNull();
    expect(events()).toBe(before);
  });
});
