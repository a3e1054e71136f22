import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerAt, testCounter } from '../../../tests/support/courtFolder';
import { dispatcherFor, tempDir, unwrap } from '../../../tests/support/ledger';
import { readDeviceKey } from '../bundle/deviceKey';
import { enrolCounter } from './enrolment';
import { memoryCourtFolder } from './settings';

const PIN = '123456';

async function twoCounters() {
  const folder = tempDir('kaunter-court-folder-');
  mkdirSync(folder, { recursive: true });
  const k1 = await testCounter('K1', folder, 1);
  const k2 = await testCounter('K2', folder, 1001);
  const store = memoryCourtFolder();
  let kicked = 0;
  const dispatch = dispatcherFor(k2.ledger, {
    courtFolder: store,
    courtReplica: () => k2.replica,
    courtSyncKick: () => kicked++,
  });
  unwrap(await dispatch('auth.signIn', { userId: k2.supervisorId, pin: PIN }));
  const audits = (action: string) =>
    k2.ledger.db.prepare('SELECT COUNT(*) FROM audit_events WHERE action = ?').pluck().get(action) as number;
  return { folder, k1, k2, store, dispatch, audits, kicks: () => kicked };
}

describe('the court folder channels', () => {
  it('sets the folder only with the PIN and a folder this PC reaches, audited; clears it the same way', async () => {
    const { folder, store, dispatch, audits, kicks } = await twoCounters();
    expect(await dispatch('courtFolder.setFolder', { folder })).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(await dispatch('courtFolder.setFolder', { folder, supervisorPin: '000000' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(await dispatch('courtFolder.setFolder', { folder: 'mahkamah', supervisorPin: PIN })).toMatchObject({
      error: { code: 'VALIDATION' },
    });
    const missing = join(folder, 'tiada');
    expect(await dispatch('courtFolder.setFolder', { folder: missing, supervisorPin: PIN })).toMatchObject({
      error: { code: 'STORAGE', message: /tidak dapat dicapai/ },
    });
    expect(store.get()).toBeNull();
    expect(audits('courtFolder.set')).toBe(0);

    const set = unwrap(await dispatch('courtFolder.setFolder', { folder, supervisorPin: PIN }));
    expect(set.folder).toBe(folder);
    expect(set.ownCounter).toBe('K2');
    expect(set.counters[0]).toMatchObject({ counter: 'K2', own: true });
    expect(store.get()).toBe(folder);
    expect(audits('courtFolder.set')).toBe(1);
    expect(kicks()).toBe(1);
    // Setting the same folder again records nothing more.
    unwrap(await dispatch('courtFolder.setFolder', { folder, supervisorPin: PIN }));
    expect(audits('courtFolder.set')).toBe(1);

    expect(unwrap(await dispatch('courtFolder.setFolder', { folder: null, supervisorPin: PIN })).folder).toBeNull();
    expect(audits('courtFolder.clear')).toBe(1);
  });

  it('enrols a counter only with the fingerprint from its slip and the PIN; lists and revokes it', async () => {
    const { k1, k2, dispatch, audits } = await twoCounters();
    const key = readDeviceKey(k1.ledger);
    if (!key) throw new Error('K1 has no device key');
    const enrol = { counterId: 'k1', armored: key.publicArmored, fingerprint: key.fingerprint };
    expect(await dispatch('courtFolder.enrol', { ...enrol, supervisorPin: '999999' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await dispatch('courtFolder.enrol', { ...enrol, fingerprint: 'A'.repeat(40), supervisorPin: PIN }),
    ).toMatchObject({ error: { code: 'VALIDATION', message: /tidak sama/ } });
    expect(await dispatch('courtFolder.enrol', { ...enrol, fingerprint: '1234', supervisorPin: PIN })).toMatchObject({
      error: { code: 'VALIDATION', issues: [{ path: 'fingerprint' }] },
    });
    expect(unwrap(await dispatch('courtFolder.enrolled', {}))).toEqual([]);
    expect(audits('courtFolder.enrol')).toBe(0);

    // Typed as the slip prints it: groups of four, upper case.
    const spaced = key.fingerprint.toUpperCase().replace(/(.{4})/g, '$1 ');
    const listed = unwrap(await dispatch('courtFolder.enrol', { ...enrol, fingerprint: spaced, supervisorPin: PIN }));
    expect(listed).toMatchObject([{ counterId: 'K1', fingerprint: key.fingerprint, revokedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain('BEGIN PGP');
    expect(audits('courtFolder.enrol')).toBe(1);

    expect(
      await dispatch('courtFolder.revoke', { counterId: 'K1', reason: 'PC diganti', supervisorPin: '1' }),
    ).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const revoked = unwrap(
      await dispatch('courtFolder.revoke', { counterId: 'K1', reason: 'PC K1 diganti', supervisorPin: PIN }),
    );
    expect(revoked[0]?.revokedAt).not.toBeNull();
    expect(audits('courtFolder.revoke')).toBe(1);
    expect(k2.ledger.db.prepare('SELECT COUNT(*) FROM enrolled_counters').pluck().get()).toBe(1);
  });

  it("finds another counter's case by a party's name and opens it read-only, with its receipt", async () => {
    const { k1, k2, dispatch } = await twoCounters();
    const key = readDeviceKey(k1.ledger);
    const own = readDeviceKey(k2.ledger);
    if (!key || !own) throw new Error('no device key');
    unwrap(
      await dispatch('courtFolder.enrol', {
        counterId: 'K1',
        armored: key.publicArmored,
        fingerprint: key.fingerprint,
        supervisorPin: PIN,
      }),
    );
    // K1 enrols K2 too, so what K1 publishes is encrypted to K2.
    await enrolCounter(k1.ledger, k1.supervisorId, {
      counterId: 'K2',
      armored: own.publicArmored,
      confirmedFingerprint: own.fingerprint,
    });
    expect(unwrap(await dispatch('courtFolder.search', { query: 'aminah' }))).toEqual([]);
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    await k1.sync();
    await k2.sync();
    const hits = unwrap(await dispatch('courtFolder.search', { query: 'yusof aminah' }));
    expect(hits).toMatchObject([{ counter: 'K1', parties: [{ name: 'Aminah binti Yusof' }] }]);
    const hit = hits[0];
    if (!hit) throw new Error('no hit');
    const view = unwrap(await dispatch('courtFolder.case', { counter: 'k1', caseId: hit.caseId }));
    expect(view).toMatchObject({
      counter: 'K1',
      caseNumber: hit.caseNumber,
      receipts: [{ totalSen: expect.any(Number) }],
    });
    expect(view.asOf).not.toBeNull();
    expect(await dispatch('courtFolder.case', { counter: 'K3', caseId: hit.caseId })).toMatchObject({
      error: { code: 'NOT_FOUND' },
    });
    const status = unwrap(await dispatch('courtFolder.status', {}));
    expect(status.counters.find((c) => c.counter === 'K1')).toMatchObject({ own: false, segments: 1, problems: [] });
  });
});
