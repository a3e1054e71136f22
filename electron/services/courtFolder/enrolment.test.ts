import { describe, expect, it } from 'vitest';
import { testKey } from '../../../tests/support/bundle';
import { testCounter } from '../../../tests/support/courtFolder';
import { tempDir } from '../../../tests/support/ledger';
import { readDeviceKey } from '../bundle/deviceKey';
import { enrolCounter, enrolledKeys, listEnrolledCounters, revokeCounter } from './enrolment';

const audit = (c: { ledger: { db: { prepare(s: string): { all(): unknown[] } } } }) =>
  c.ledger.db.prepare("SELECT action, data FROM audit_events WHERE action LIKE 'courtFolder.%' ORDER BY seq").all();

async function pair() {
  const folder = tempDir('kaunter-court-enrol-');
  const k1 = await testCounter('K1', folder, 1);
  const k2 = await testCounter('K2', folder, 1001);
  const key = readDeviceKey(k2.ledger);
  if (!key) throw new Error('K2 has no device key');
  return { k1, k2, key };
}

describe('enrolling another counter of the court', () => {
  it('records the key with the fingerprint read off the setup slip, audited', async () => {
    const { k1, key } = await pair();
    const slip = (key.fingerprint.toUpperCase().match(/.{4}/g) ?? []).join(' ');
    const view = await enrolCounter(k1.ledger, k1.supervisorId, {
      counterId: 'k2',
      armored: key.publicArmored,
      confirmedFingerprint: slip,
    });
    expect(view).toMatchObject({ counterId: 'K2', fingerprint: key.fingerprint, revokedAt: null });
    expect(enrolledKeys(k1.ledger).get('K2')?.fingerprint).toBe(key.fingerprint);
    expect(audit(k1)).toHaveLength(1);
  });

  it('refuses a wrong fingerprint, a secret key, its own key and a second key in use, changing nothing', async () => {
    const { k1, key } = await pair();
    const own = readDeviceKey(k1.ledger);
    if (!own) throw new Error('K1 has no device key');
    const tries = [
      { counterId: 'K2', armored: key.publicArmored, confirmedFingerprint: 'a'.repeat(40) },
      { counterId: 'K2', armored: testKey('ict-test.sec'), confirmedFingerprint: key.fingerprint },
      { counterId: 'K2', armored: 'not a key', confirmedFingerprint: key.fingerprint },
      { counterId: 'K 2', armored: key.publicArmored, confirmedFingerprint: key.fingerprint },
      { counterId: 'K3', armored: own.publicArmored, confirmedFingerprint: own.fingerprint },
    ];
    const messages = [/tidak sama dengan cap jari/, /kunci RAHSIA/, /rosak/, /Kod kaunter/, /sendiri/];
    for (const [i, input] of tries.entries()) {
      await expect(enrolCounter(k1.ledger, k1.supervisorId, input)).rejects.toThrow(messages[i] as RegExp);
    }
    expect(listEnrolledCounters(k1.ledger)).toEqual([]);
    expect(audit(k1)).toEqual([]);
    await enrolCounter(k1.ledger, k1.supervisorId, {
      counterId: 'K2',
      armored: key.publicArmored,
      confirmedFingerprint: key.fingerprint,
    });
    await expect(
      enrolCounter(k1.ledger, k1.supervisorId, {
        counterId: 'K2',
        armored: key.publicArmored,
        confirmedFingerprint: key.fingerprint,
      }),
    ).rejects.toThrow(/sudah didaftarkan/);
    expect(listEnrolledCounters(k1.ledger)).toHaveLength(1);
  });

  it('a revoked key stays on record and is no longer used', async () => {
    const { k1, key } = await pair();
    await enrolCounter(k1.ledger, k1.supervisorId, {
      counterId: 'K2',
      armored: key.publicArmored,
      confirmedFingerprint: key.fingerprint,
    });
    revokeCounter(k1.ledger, k1.supervisorId, 'K2', 'Komputer K2 rosak, diganti');
    expect(enrolledKeys(k1.ledger).has('K2')).toBe(false);
    expect(listEnrolledCounters(k1.ledger)[0]?.revokedAt).not.toBeNull();
    expect(() => revokeCounter(k1.ledger, k1.supervisorId, 'K2', 'lagi')).toThrow(/tiada kunci berdaftar/);
    expect(audit(k1)).toHaveLength(2);
  });
});
