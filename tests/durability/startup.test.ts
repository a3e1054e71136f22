import { openSync, readSync, rmSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixture } from '../../bench/fixture';
import { DATABASE_FILE, openCheckedLedger } from '../../electron/app/kaunterApp';
import type { Db } from '../../electron/services/db/open';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { CHECKPOINT_EVERY, recordCheckpoint, startupCheck } from '../../electron/services/ledger/startupCheck';
import { verifyLedger } from '../../electron/services/ledger/verify';
import { dispatcherFor, tempDir } from '../support/ledger';

const dirs: string[] = [];
const open: Ledger[] = [];
afterEach(() => {
  for (const ledger of open.splice(0)) if (ledger.db.open) ledger.db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function ledgerWith(size = { cases: 120, receipts: 200, auditEvents: 400 }) {
  const dir = tempDir('kaunter-startup-');
  dirs.push(dir);
  const ledger = await buildFixture(dir, size);
  open.push(ledger);
  return { dir, ledger, file: join(dir, DATABASE_FILE) };
}

/** What someone with a SQLite tool could do behind the app's back: the guard triggers dropped first. */
function tamper(db: Db, statement: string): void {
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as {
    name: string;
  }[]) {
    db.exec(`DROP TRIGGER "${name}"`);
  }
  db.exec(statement);
}

describe('the start-up check', () => {
  it('passes a sound ledger, checking the file in a worker thread', async () => {
    const { ledger, file } = await ledgerWith();
    const check = await startupCheck(ledger.db, file);
    expect(check).toEqual({ ok: true, problem: null, auditEvents: 400, rehashedFrom: 0 });
  });

  it('finds an audit event deleted from the middle of history', async () => {
    const { ledger, file } = await ledgerWith();
    tamper(ledger.db, 'DELETE FROM audit_events WHERE seq = 150');
    const check = await startupCheck(ledger.db, file);
    expect(check.ok).toBe(false);
    expect(check.problem?.messageMs).toContain('Rantaian audit terputus');
    expect(check.problem?.messageMs).toContain('mod baca sahaja');
  });

  it('re-hashes only after a checkpoint, and distrusts a checkpoint whose own event was rewritten', async () => {
    const { ledger, file } = await ledgerWith({ cases: 50, receipts: 50, auditEvents: CHECKPOINT_EVERY + 10 });
    const first = await startupCheck(ledger.db, file);
    expect(recordCheckpoint(ledger.db, first, '2026-11-28T00:00:00.000Z')).toBe(true);
    const second = await startupCheck(ledger.db, file);
    expect(second).toMatchObject({ ok: true, rehashedFrom: CHECKPOINT_EVERY + 10 });
    // Not enough new events for another checkpoint.
    expect(recordCheckpoint(ledger.db, second, '2026-11-28T00:00:01.000Z')).toBe(false);

    tamper(ledger.db, `UPDATE audit_events SET data = '{"userId":99}' WHERE seq = ${CHECKPOINT_EVERY + 10}`);
    // The checkpoint's own event no longer has its hash: the check falls back to the whole chain and finds it.
    const third = await startupCheck(ledger.db, file);
    expect(third).toMatchObject({ ok: false, rehashedFrom: 0 });
    expect(third.problem?.messageEn).toContain(`event ${CHECKPOINT_EVERY + 10}`);
  });

  it('leaves an edit before the checkpoint to the full verification, which finds it', async () => {
    const { ledger, file } = await ledgerWith({ cases: 50, receipts: 50, auditEvents: CHECKPOINT_EVERY + 10 });
    recordCheckpoint(ledger.db, await startupCheck(ledger.db, file), '2026-11-28T00:00:00.000Z');
    tamper(ledger.db, `UPDATE audit_events SET data = '{"userId":99}' WHERE seq = 500`);
    expect((await startupCheck(ledger.db, file)).ok).toBe(true);
    expect(verifyLedger(ledger.db).problem?.messageEn).toContain('event 500');
  });

  it('finds a case deleted from the middle of a number series', async () => {
    const { ledger, file } = await ledgerWith();
    const victim = ledger.db.prepare('SELECT id FROM cases WHERE running_number = 2 ORDER BY id LIMIT 1').get() as {
      id: number;
    };
    tamper(
      ledger.db,
      `DELETE FROM parties WHERE case_id = ${victim.id}; DELETE FROM receipt_items WHERE receipt_id IN (SELECT id FROM receipts WHERE case_id = ${victim.id}); DELETE FROM receipts WHERE case_id = ${victim.id}; DELETE FROM cases WHERE id = ${victim.id}`,
    );
    const check = await startupCheck(ledger.db, file);
    expect(check.ok).toBe(false);
    expect(check.problem?.messageMs).toMatch(/Siri .*tiada|Siri resit/);
  });

  it('finds the last receipt deleted and a receipt total changed', async () => {
    const { ledger, file } = await ledgerWith();
    tamper(ledger.db, 'UPDATE receipts SET total_sen = total_sen + 100 WHERE id = 7');
    const changed = await startupCheck(ledger.db, file);
    expect(changed.problem?.messageMs).toContain('jumlah tidak sama');

    const other = await ledgerWith();
    tamper(
      other.ledger.db,
      'DELETE FROM receipt_items WHERE receipt_id = (SELECT MAX(id) FROM receipts); DELETE FROM receipts WHERE id = (SELECT MAX(id) FROM receipts)',
    );
    const deleted = await startupCheck(other.ledger.db, other.file);
    expect(deleted.problem?.messageMs).toContain('Siri resit');
  });

  it('finds a damaged database file', async () => {
    const { ledger, file } = await ledgerWith({ cases: 400, receipts: 400, auditEvents: 1000 });
    ledger.db.pragma('wal_checkpoint(TRUNCATE)');
    // Scribble over a page in the middle of the file (not the header), as a failing disk would.
    const fd = openSync(file, 'r+');
    const middle = Math.floor(statSync(file).size / 4096 / 2) * 4096;
    const page = Buffer.alloc(4096);
    readSync(fd, page, 0, 4096, middle);
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, middle);
    closeSync(fd);
    const check = await startupCheck(ledger.db, file);
    expect(check.ok).toBe(false);
  });
});

describe('a ledger that fails the start-up check', () => {
  it('opens read-only: the reason shows, clerks can sign in and look up, nothing can be written', async () => {
    const { dir, ledger } = await ledgerWith();
    tamper(ledger.db, 'DELETE FROM audit_events WHERE seq = 20');
    ledger.db.close();

    const checked = await openCheckedLedger(dir, { pinCost: 10 });
    open.push(checked.ledger);
    expect(checked.startup.ok).toBe(false);
    expect(checked.ledger.db.readonly).toBe(true);
    const dispatch = dispatcherFor(checked.ledger);
    const info = await dispatch('app.info', {});
    expect(info.ok && (info.value as { readOnly: { ms: string } | null }).readOnly?.ms).toContain('mod baca sahaja');
    const signIn = await dispatch('auth.signIn', { userId: 1, pin: '123456' });
    expect(signIn.ok).toBe(true);
    const found = await dispatch('cases.search', { query: '05005' });
    expect(found.ok).toBe(true);
    const outage = await dispatch('outage.close', { outageId: 1, note: 'cuba' });
    expect(outage.ok).toBe(false);
    const events = (checked.ledger.db.prepare('SELECT COUNT(*) AS n FROM audit_events').get() as { n: number }).n;
    expect(events).toBe(399);
  });

  it('a sound ledger opens writable and keeps a checkpoint once enough events need no re-hashing', async () => {
    const { dir, ledger } = await ledgerWith({ cases: 10, receipts: 10, auditEvents: CHECKPOINT_EVERY });
    ledger.db.close();
    const checked = await openCheckedLedger(dir, { pinCost: 10 });
    open.push(checked.ledger);
    expect(checked.startup.ok).toBe(true);
    expect(checked.ledger.readOnlyReason).toBeUndefined();
    const point = checked.ledger.db.prepare('SELECT seq FROM audit_checkpoints').get() as { seq: number };
    expect(point.seq).toBe(CHECKPOINT_EVERY);
  });
});
