import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatcherFor, frozenClock, readyLedger, tempDir, unwrap } from '../../../tests/support/ledger';
import type { SessionStore } from '../../routing/routes';
import { DATABASE_FILE } from './ledgerFile';
import { swapHeld, swapLedger } from './ledgerSwap';
import { asLedgerUse, parkedUntil } from './ledgerUses';
import { gate } from '../../../tests/support/gate';
import { memoryBackupPlan } from '../backup/plan';
import { createBackups } from '../backup/schedule';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };
const REGISTER = { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] };

/** A counter on disk with one case in a copy of its database beside it, and a second case only in the running one. */
async function counterWithCopy() {
  const dataDir = tempDir('kaunter-swap-');
  dirs.push(dataDir);
  const clock = frozenClock('2026-11-28T01:00:00.000Z');
  const { ledger } = await readyLedger({}, { file: join(dataDir, DATABASE_FILE), dataDir, clock });
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const first = unwrap(await dispatch('cases.register', REGISTER));
  const copy = join(dataDir, 'salinan.sqlite');
  ledger.db.exec(`VACUUM INTO '${copy}'`);
  const second = unwrap(await dispatch('cases.register', REGISTER));
  const putCopyInPlace = (dir: string) => {
    for (const suffix of ['-wal', '-shm']) rmSync(join(dir, DATABASE_FILE + suffix), { force: true });
    copyFileSync(copy, join(dir, DATABASE_FILE));
  };
  return { ledger, dispatch, first: first.id, second: second.id, putCopyInPlace };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('one ledger swap that holds requests', () => {
  it('holds a request sent during the swap and runs it on the re-opened ledger', async () => {
    const { ledger, dispatch, first, second, putCopyInPlace } = await counterWithCopy();
    const replacing = gate();
    const swapped = swapLedger(ledger, async (dataDir) => {
      await replacing.opened;
      putCopyInPlace(dataDir);
      return 'diganti';
    });
    await nextTurn();
    expect(ledger.db.open).toBe(false);
    expect(swapHeld(ledger)).toBeDefined();
    let answered = false;
    const kept = dispatch('cases.get', { caseId: first }).finally(() => {
      answered = true;
    });
    const gone = dispatch('cases.get', { caseId: second });
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toBe(false);
    replacing.open();
    expect(await swapped).toBe('diganti');
    expect(await kept).toMatchObject({ ok: true, value: { id: first } });
    // The second case is only in the database the swap replaced.
    expect(await gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(swapHeld(ledger)).toBeUndefined();
    expect(ledger.db.open).toBe(true);
  });

  it('re-opens the old ledger when the replacement fails, and lets the held requests run on it', async () => {
    const { ledger, dispatch, second } = await counterWithCopy();
    const replacing = gate();
    const swapped = swapLedger(ledger, async () => {
      await replacing.opened;
      throw new Error('cakera tercabut');
    });
    const held = dispatch('cases.get', { caseId: second });
    replacing.open();
    await expect(swapped).rejects.toThrow('cakera tercabut');
    expect(await held).toMatchObject({ ok: true, value: { id: second } });
    expect(ledger.db.open).toBe(true);
    expect(swapHeld(ledger)).toBeUndefined();
  });

  it('lets held requests run only after what the swapping request does next in the same turn (a restore signs everyone out)', async () => {
    const { ledger, first } = await counterWithCopy();
    let signedIn: ReturnType<SessionStore['get']> = null;
    const sessions: SessionStore = { get: () => signedIn, set: (session) => (signedIn = session) };
    const dispatch = dispatcherFor(ledger, { sessions });
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const replacing = gate();
    const restore = swapLedger(ledger, () => replacing.opened).then(() => sessions.set(null));
    const held = dispatch('cases.get', { caseId: first });
    replacing.open();
    await restore;
    expect(await held).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('runs a second swap after the first, never two at once', async () => {
    const { ledger, putCopyInPlace } = await counterWithCopy();
    const replacing = gate();
    const order: string[] = [];
    const one = swapLedger(ledger, async (dataDir) => {
      await replacing.opened;
      putCopyInPlace(dataDir);
      order.push('pertama');
    });
    const two = swapLedger(ledger, () => {
      order.push(`kedua ${String(ledger.db.open)}`);
    });
    replacing.open();
    await Promise.all([one, two]);
    expect(order).toEqual(['pertama', 'kedua false']);
  });

  it('waits for work already running on the ledger to end on the old database before it closes it', async () => {
    const { ledger, putCopyInPlace, second } = await counterWithCopy();
    const working = gate();
    const order: string[] = [];
    const work = asLedgerUse(ledger, async () => {
      await working.opened;
      // Still the database it started on: the second case is only in that one.
      order.push(`kerja ${String(ledger.db.prepare('SELECT COUNT(*) FROM cases WHERE id = ?').pluck().get(second))}`);
    });
    const swapped = swapLedger(ledger, (dataDir) => {
      order.push('ganti');
      putCopyInPlace(dataDir);
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(ledger.db.open).toBe(true);
    expect(swapHeld(ledger)).toBeDefined();
    working.open();
    await Promise.all([work, swapped]);
    expect(order).toEqual(['kerja 1', 'ganti']);
  });

  it('is refused with nothing changed when the work running on the ledger does not end in time', async () => {
    const { ledger, dispatch, second } = await counterWithCopy();
    const working = gate();
    const work = asLedgerUse(ledger, () => working.opened);
    let replaced = false;
    const swapped = swapLedger(
      ledger,
      () => {
        replaced = true;
      },
      { waitMs: 50 },
    );
    const held = dispatch('cases.get', { caseId: second });
    await expect(swapped).rejects.toMatchObject({ code: 'CONFLICT', message: /Kerja lain masih berjalan/ });
    expect(replaced).toBe(false);
    expect(ledger.db.open).toBe(true);
    expect(swapHeld(ledger)).toBeUndefined();
    expect(await held).toMatchObject({ ok: true, value: { id: second } });
    working.open();
    await work;
  });

  it('does not wait for work that only waits for the swapping request (its retry) or for a swap behind it', async () => {
    const { ledger, putCopyInPlace } = await counterWithCopy();
    const working = gate();
    const work = asLedgerUse(ledger, () => working.opened);
    const first = asLedgerUse(ledger, () =>
      swapLedger(
        ledger,
        (dataDir) => {
          putCopyInPlace(dataDir);
          return 'pertama';
        },
        { waitMs: 2_000 },
      ),
    );
    await nextTurn();
    // Both arrive while the first swap waits for the work above: neither may hold it up.
    const retry = asLedgerUse(ledger, () => parkedUntil(first));
    const behind = asLedgerUse(ledger, () => swapLedger(ledger, () => 'kedua', { waitMs: 2_000 }));
    await new Promise((resolve) => setTimeout(resolve, 60));
    working.open();
    await work;
    expect(await Promise.all([first, retry, behind])).toEqual(['pertama', 'pertama', 'kedua']);
    expect(ledger.db.open).toBe(true);
  });

  it('a scheduled backup due during a swap skips its turn instead of reading the closed database', async () => {
    const { ledger } = await counterWithCopy();
    const stick = tempDir('kaunter-swap-usb-');
    dirs.push(stick);
    const backups = createBackups(memoryBackupPlan({ dir: stick }));
    const replacing = gate();
    const swapped = swapLedger(ledger, () => replacing.opened);
    await nextTurn();
    expect(ledger.db.open).toBe(false);
    await expect(backups.runIfDue(ledger)).resolves.toBeNull();
    replacing.open();
    await swapped;
    expect(readdirSync(stick)).toEqual([]);
  });
});
