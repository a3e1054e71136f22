import { describe, expect, it } from 'vitest';
import { testKey } from '../../tests/support/bundle';
import { dispatcherFor, readyLedger, tempDir, unwrap } from '../../tests/support/ledger';

/**
 * Changing who can read the data needs the supervisor's PIN in that very request: a signed-in session
 * (left open, or driven by a program on the PC) is not enough, however freshly the PIN was typed.
 */
describe('changes of who can read the data', () => {
  async function signedInSupervisor() {
    const dataDir = tempDir();
    const { ledger } = await readyLedger({}, { dataDir });
    const dispatch = dispatcherFor(ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const count = (sql: string) => (ledger.db.prepare(sql).get() as { n: number }).n;
    return { ledger, dispatch, count, dataDir };
  }

  it('adds or removes an ICT key only with the PIN in the request', async () => {
    const { dispatch, count } = await signedInSupervisor();
    const armored = testKey('ict-test.pub');
    expect(await dispatch('bundle.importIctKey', { armored })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'supervisorPin' }] },
    });
    expect(await dispatch('bundle.importIctKey', { armored, supervisorPin: '000000' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: /PIN salah/ },
    });
    expect(count('SELECT COUNT(*) AS n FROM ict_keys')).toBe(0);
    const added = unwrap(await dispatch('bundle.importIctKey', { armored, supervisorPin: '123456' }));
    const keyId = added.keys[0]?.id ?? 0;
    expect(await dispatch('bundle.removeIctKey', { keyId })).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(await dispatch('bundle.removeIctKey', { keyId, supervisorPin: '999999' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(unwrap(await dispatch('bundle.ictKeys', {})).activeCount).toBe(1);
    unwrap(await dispatch('bundle.removeIctKey', { keyId, supervisorPin: '123456' }));
    expect(unwrap(await dispatch('bundle.ictKeys', {})).activeCount).toBe(0);
  });

  it('sets the backup folder and chooses a data folder only with the PIN, and never keeps the PIN', async () => {
    const { dispatch, dataDir } = await signedInSupervisor();
    const usb = tempDir('kaunter-usb-');
    const plan = { dir: usb, everyMinutes: 30, keep: 5 };
    expect(await dispatch('backup.savePlan', plan)).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(await dispatch('backup.savePlan', { ...plan, supervisorPin: '111111' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(unwrap(await dispatch('backup.status', {})).dir).toBeNull();
    const saved = unwrap(await dispatch('backup.savePlan', { ...plan, supervisorPin: '123456' }));
    expect(saved.dir).toBe(usb);
    expect(JSON.stringify(saved)).not.toContain('123456');

    const folder = tempDir('kaunter-baharu-');
    const choose = { folder, acknowledgedUnexported: null };
    expect(await dispatch('dataFolder.choose', choose)).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(await dispatch('dataFolder.choose', { ...choose, supervisorPin: '222222' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(unwrap(await dispatch('dataFolder.status', {})).current).toBe(dataDir);
  });
});
