import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { testKey } from '../../../tests/support/bundle';
import { frozenClock, readyLedger } from '../../../tests/support/ledger';
import { verifyChain } from '../ledger/audit';
import { importIctKey, listIctKeys, removeIctKey } from './ictKeys';

const LATER = '2026-11-28T06:00:00.000Z';

async function counter() {
  return readyLedger({}, { clock: frozenClock(LATER) });
}

function auditCount(ledger: { db: { prepare(sql: string): { get(): unknown } } }): number {
  return (ledger.db.prepare('SELECT COUNT(*) AS n FROM audit_events').get() as { n: number }).n;
}

async function refused(armored: string, message: RegExp) {
  const { ledger, supervisor } = await counter();
  const before = auditCount(ledger);
  await expect(importIctKey(ledger, supervisor.id, armored)).rejects.toMatchObject({
    code: 'VALIDATION',
    message: expect.stringMatching(message) as string,
  });
  expect(listIctKeys(ledger).keys).toEqual([]);
  expect(auditCount(ledger)).toBe(before);
}

describe('ICT keys', () => {
  it('imports a public key with its user id and fingerprint, audited; a second one too', async () => {
    const { ledger, supervisor } = await counter();
    const one = await importIctKey(ledger, supervisor.id, testKey('ict-test.pub'));
    expect(one.activeCount).toBe(1);
    expect(one.keys[0]).toMatchObject({
      fingerprint: '7e0ce10a32da76dbf1fd58dc784be4ed57571c9e',
      userIds: ['ICT Ujian (TEST ONLY - do not use for real data) <ict-test@example.invalid>'],
      addedBy: supervisor.name,
      removedAt: null,
      expiresAt: null,
    });
    const two = await importIctKey(ledger, supervisor.id, testKey('ict-escrow-test.pub'));
    expect(two.activeCount).toBe(2);
    const events = ledger.db.prepare("SELECT action FROM audit_events WHERE entity = 'ict_key'").all();
    expect(events).toEqual([{ action: 'ictKey.import' }, { action: 'ictKey.import' }]);
  });

  it('refuses the same key twice', async () => {
    const { ledger, supervisor } = await counter();
    await importIctKey(ledger, supervisor.id, testKey('ict-test.pub'));
    await expect(importIctKey(ledger, supervisor.id, testKey('ict-test.pub'))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('marks a removed key, never deletes it, and will not take it back', async () => {
    const { ledger, supervisor } = await counter();
    const { keys } = await importIctKey(ledger, supervisor.id, testKey('ict-test.pub'));
    const after = removeIctKey(ledger, supervisor.id, keys[0]?.id ?? 0);
    expect(after.activeCount).toBe(0);
    expect(after.keys[0]?.removedAt).toBe(LATER);
    expect(() => removeIctKey(ledger, supervisor.id, keys[0]?.id ?? 0)).toThrow(/sudah dibuang/);
    await expect(importIctKey(ledger, supervisor.id, testKey('ict-test.pub'))).rejects.toThrow(/pernah dibuang/);
    expect(verifyChain(ledger.db).ok).toBe(true);
  });

  it('refuses a private key', () => refused(testKey('ict-test.sec'), /kunci RAHSIA/));

  it('refuses corrupt armor and text that is no key', async () => {
    const armored = testKey('ict-test.pub');
    const lines = armored.split('\n');
    const middle = Math.floor(lines.length / 2);
    lines[middle] = (lines[middle] ?? '').replace(/[A-Za-z]/, (c) => (c === 'A' ? 'B' : 'A'));
    await refused(lines.join('\n'), /rosak/);
    await refused('bukan kunci', /Bukan kunci awam/);
  });

  it('refuses an expired key', async () => {
    const { publicKey } = await openpgp.generateKey({
      type: 'curve25519',
      userIDs: [{ name: 'ICT Lama' }],
      date: new Date('2024-01-01T00:00:00Z'),
      keyExpirationTime: 24 * 3600,
    });
    await refused(publicKey, /tamat tempoh/);
  });

  it('refuses a revoked key', async () => {
    const { privateKey } = await openpgp.generateKey({
      type: 'curve25519',
      userIDs: [{ name: 'ICT Batal' }],
      format: 'object',
    });
    const { publicKey } = await openpgp.revokeKey({ key: privateKey, format: 'armored' });
    await refused(publicKey, /dibatalkan/);
  });

  it('refuses a key that cannot encrypt (signing only)', async () => {
    const { publicKey } = await openpgp.generateKey({
      type: 'curve25519',
      userIDs: [{ name: 'ICT Tandatangan' }],
      subkeys: [{ sign: true }],
    });
    await refused(publicKey, /tidak boleh menyulitkan/);
  });
});
