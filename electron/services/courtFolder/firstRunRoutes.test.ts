import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testKey } from '../../../tests/support/bundle';
import { registerAt, threeCounters } from '../../../tests/support/courtFolder';
import { dispatcherFor, tempDir, unwrap } from '../../../tests/support/ledger';
import { readDeviceKey } from '../bundle/deviceKey';
import { openLedger } from '../ledger/ledgerFile';
import type { Ledger } from '../ledger/ledger';

const opened: Ledger[] = [];
afterEach(() => {
  for (const ledger of opened.splice(0)) if (ledger.db.open) ledger.db.close();
});

/** K1 registers and publishes, then its PC dies; a new PC starts on an empty data folder. */
async function newPcAfterK1Died() {
  const { folder, k1, k2, k3 } = await threeCounters();
  const made = [
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124'),
    registerAt(k1, 'Rahim bin Salleh', '800202-05-5111'),
  ];
  await k1.sync();
  const key = readDeviceKey(k1.ledger);
  if (!key) throw new Error('K1 has no device key');
  const supervisorId = k1.supervisorId;
  for (const c of [k1, k2, k3]) c.ledger.db.close();
  rmSync(k1.dataDir, { recursive: true, force: true });
  const fresh = openLedger(join(tempDir('kaunter-newpc-'), 'data'), { pinCost: 10 });
  opened.push(fresh);
  const dispatch = dispatcherFor(fresh, { log: { error: () => undefined } });
  const keys = {
    folder,
    court: '05005',
    counter: 'K1',
    secretKey: testKey('ict-test.sec'),
    deviceKey: key.publicArmored,
    fingerprint: key.fingerprint,
  };
  return { folder, made, keys, supervisorId, fresh, dispatch };
}

const count = (ledger: Ledger, table: string): number =>
  ledger.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

describe('Pulihkan daripada folder mahkamah: the first-run channels', () => {
  it('lists the counters, checks, restores with counts and last numbers, then the supervisor signs in', async () => {
    const { made, keys, supervisorId, fresh, dispatch } = await newPcAfterK1Died();
    const found = unwrap(await dispatch('firstRun.courtCounters', { folder: keys.folder }));
    // K2 and K3 never published: only K1's subfolder holds segments.
    expect(found.map((f) => `${f.court}/${f.counter}`)).toEqual(['05005/K1']);
    expect(found[0]?.segments).toBeGreaterThan(0);

    const check = unwrap(await dispatch('firstRun.checkCourtFolder', keys));
    expect(check).toMatchObject({ court: '05005', counter: 'K1', cases: 2, receipts: 2, problem: null });
    expect(check.supervisors.map((s) => s.id)).toContain(supervisorId);
    expect(count(fresh, 'cases')).toBe(0);

    const result = unwrap(await dispatch('firstRun.restoreCourtFolder', { ...keys, supervisorId, pin: '654321' }));
    expect(result).toMatchObject({ counter: 'K1', cases: 2, receipts: 2, verified: true, verifyProblem: null });
    const lastCase = result.lastNumbers.map((n) => n.last);
    expect(lastCase).toContain(made[1]?.caseNumber);
    expect(result.notRecovered.length).toBeGreaterThan(0);
    expect(count(fresh, 'cases')).toBe(2);

    unwrap(await dispatch('auth.signIn', { userId: supervisorId, pin: '654321' }));
    const search = unwrap(await dispatch('cases.search', { query: made[0]?.caseNumber ?? '' }));
    expect(JSON.stringify(search)).toContain(made[0]?.caseNumber);
  });

  it('refuses bad input with a Malay message, and changes nothing', async () => {
    const { keys, supervisorId, fresh, dispatch } = await newPcAfterK1Died();
    const nowhere = await dispatch('firstRun.courtCounters', { folder: join(keys.folder, 'tiada') });
    expect(nowhere).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(nowhere.ok ? '' : nowhere.error.message).toContain('tidak dapat dicapai');

    const empty = await dispatch('firstRun.courtCounters', { folder: tempDir('kaunter-empty-folder-') });
    expect(empty.ok ? '' : empty.error.message).toContain('Tiada segmen kaunter');

    const noKey = await dispatch('firstRun.checkCourtFolder', { ...keys, secretKey: '' });
    expect(noKey).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const notAKey = await dispatch('firstRun.checkCourtFolder', { ...keys, secretKey: 'bukan kunci' });
    expect(notAKey.ok ? '' : notAKey.error.message).toContain('bukan kunci rahsia OpenPGP');

    const noCounter = await dispatch('firstRun.checkCourtFolder', { ...keys, counter: 'K9' });
    expect(noCounter.ok ? '' : noCounter.error.message).toContain('Tiada folder kaunter K9');

    const badPin = await dispatch('firstRun.restoreCourtFolder', { ...keys, supervisorId, pin: '12' });
    expect(badPin).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const wrongSupervisor = await dispatch('firstRun.restoreCourtFolder', {
      ...keys,
      supervisorId: supervisorId + 50,
      pin: '654321',
    });
    expect(wrongSupervisor.ok ? '' : wrongSupervisor.error.message).toContain('Pilih Penolong Pendaftar');
    expect(count(fresh, 'cases')).toBe(0);
    expect(count(fresh, 'users')).toBe(0);
  });

  it('refuses every channel once the ledger holds anything', async () => {
    const { keys, supervisorId, dispatch } = await newPcAfterK1Died();
    unwrap(await dispatch('firstRun.restoreCourtFolder', { ...keys, supervisorId, pin: '654321' }));
    for (const [channel, input] of [
      ['firstRun.courtCounters', { folder: keys.folder }],
      ['firstRun.checkCourtFolder', keys],
      ['firstRun.restoreCourtFolder', { ...keys, supervisorId, pin: '654321' }],
    ] as const) {
      expect(await dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    }
  });
});
