import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerAt, testCounter } from '../../tests/support/courtFolder';
import { tempDir } from '../../tests/support/ledger';
import { readDeviceKey } from '../services/bundle/deviceKey';
import { counterDir } from '../services/courtFolder/layout';
import { runCourtCommand } from './courtCommand';

function io(answers: string[] = [], env: NodeJS.ProcessEnv = { KAUNTER_SUPERVISOR_PIN: '123456' }) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      ask: () => Promise.resolve(answers.shift() ?? null),
      env,
    },
  };
}

async function twoCounters() {
  const folder = tempDir('kaunter-court-cli-');
  // The CLI writes with the system clock: the counters' clocks start now, so their events follow its own.
  const now = new Date().toISOString();
  const k1 = await testCounter('K1', folder, 1, now);
  const k2 = await testCounter('K2', folder, 1001, now);
  const keyFile = (c: typeof k1) => {
    const key = readDeviceKey(c.ledger);
    if (!key) throw new Error('no device key');
    const file = join(tempDir('kaunter-court-slip-'), `${c.counter}.asc`);
    writeFileSync(file, key.publicArmored);
    return { file, fingerprint: key.fingerprint };
  };
  return { folder, k1, k2, k1Key: keyFile(k1), k2Key: keyFile(k2) };
}

describe('kaunter court', () => {
  it('enrol prints the fingerprint and enrols only when the slip fingerprint typed matches', async () => {
    const { k1, k2Key } = await twoCounters();
    const wrong = io(['0000 1111 2222 3333']);
    expect(
      await runCourtCommand(['enrol', '--data', k1.dataDir, '--key', k2Key.file, '--counter', 'K2'], wrong.io),
    ).toBe(1);
    expect(wrong.out[0]).toContain(k2Key.fingerprint.slice(0, 4).toUpperCase());
    expect(wrong.err.join('\n')).toMatch(/tidak sama[\s\S]*FAILED/);
    expect(k1.ledger.db.prepare('SELECT COUNT(*) FROM enrolled_counters').pluck().get()).toBe(0);
    const badPin = io([k2Key.fingerprint], { KAUNTER_SUPERVISOR_PIN: '000000' });
    expect(
      await runCourtCommand(['enrol', '--data', k1.dataDir, '--key', k2Key.file, '--counter', 'K2'], badPin.io),
    ).toBe(1);
    expect(k1.ledger.db.prepare('SELECT COUNT(*) FROM enrolled_counters').pluck().get()).toBe(0);
    const right = io();
    const args = [
      'enrol',
      '--data',
      k1.dataDir,
      '--key',
      k2Key.file,
      '--counter',
      'K2',
      '--fingerprint',
      k2Key.fingerprint,
    ];
    expect(await runCourtCommand(args, right.io)).toBe(0);
    expect(right.out.at(-1)).toMatch(/Didaftarkan \/ enrolled: kaunter \/ counter K2/);
    expect(k1.ledger.db.prepare('SELECT counter_id FROM enrolled_counters').pluck().all()).toEqual(['K2']);
  });

  it('sync publishes and reads in one round; status tells each counter and its problems', async () => {
    const { folder, k1, k2, k1Key, k2Key } = await twoCounters();
    for (const [c, key, counter] of [
      [k1, k2Key, 'K2'],
      [k2, k1Key, 'K1'],
    ] as const) {
      const args = [
        'enrol',
        '--data',
        c.dataDir,
        '--key',
        key.file,
        '--counter',
        counter,
        '--fingerprint',
        key.fingerprint,
      ];
      expect(await runCourtCommand(args, io().io)).toBe(0);
    }
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    const s1 = io();
    expect(await runCourtCommand(['sync', '--data', k1.dataDir, '--folder', folder], s1.io)).toBe(0);
    expect(s1.out[0]).toMatch(/Diterbitkan \/ published: 1 segmen baharu/);
    const s2 = io();
    expect(await runCourtCommand(['sync', '--data', k2.dataDir, '--folder', folder], s2.io)).toBe(0);
    expect(s2.out).toContain('Dibaca / read K1: 1 segmen / segments');
    expect(s2.out.some((l) => /^K1: 1 segmen/.test(l))).toBe(true);
    // K1's segment goes missing before the next one: status names the counter and the segment.
    registerAt(k1, 'Rahim bin Salleh', '800202-05-5111');
    await runCourtCommand(['sync', '--data', k1.dataDir, '--folder', folder], io().io);
    registerAt(k1, 'Siti Hajar binti Osman', '900303-05-5222');
    await runCourtCommand(['sync', '--data', k1.dataDir, '--folder', folder], io().io);
    rmSync(join(counterDir(folder, '05005', 'K1'), 'seg-000002.kseg'));
    expect(await runCourtCommand(['sync', '--data', k2.dataDir, '--folder', folder], io().io)).toBe(1);
    const status = io();
    expect(await runCourtCommand(['status', '--data', k2.dataDir, '--folder', folder], status.io)).toBe(1);
    expect(status.out.join('\n')).toMatch(/MASALAH: Kaunter K1, segmen 2: [\s\S]*PROBLEM: Counter K1, segment 2: /);
  });

  it('sync with the folder unreachable warns, records nothing and exits 0: the counter works on', async () => {
    const { folder, k1 } = await twoCounters();
    const r = io();
    expect(await runCourtCommand(['sync', '--data', k1.dataDir, '--folder', join(folder, 'not-there')], r.io)).toBe(0);
    expect(r.err[0]).toMatch(/AMARAN: folder mahkamah tidak dapat dicapai/);
    expect(k1.ledger.db.prepare('SELECT COUNT(*) FROM court_segments').pluck().get()).toBe(0);
  });
});
