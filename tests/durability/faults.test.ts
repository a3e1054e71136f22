import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/services/ledger/ledgerFile';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { verifyLedger } from '../../electron/services/ledger/verify';
import { dispatcherFor, frozenClock, readyLedger, tempDir, unwrap, type TypedDispatch } from '../support/ledger';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };
const register = { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] };
const pay = (caseId: number) => ({
  caseId,
  lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
  payerName: CLAIMANT.name,
  method: 'CASH',
  tenderedSen: 10_000,
});

function rows(ledger: Ledger) {
  const n = (t: string) => (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { cases: n('cases'), parties: n('parties'), receipts: n('receipts'), audit: n('audit_events') };
}

async function counterOnDisk(clock = frozenClock()) {
  const dataDir = tempDir('kaunter-faults-');
  dirs.push(dataDir);
  const { ledger } = await readyLedger({}, { file: join(dataDir, DATABASE_FILE), dataDir, clock });
  const dispatch: TypedDispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  return { ledger, dispatch, clock };
}

/**
 * The disk fills: SQLite may use no page beyond those the file has now plus `spare`, and the free
 * pages inside the file are taken up first by a filler table (as other files would take a real disk).
 */
function fillDisk(ledger: Ledger, spare = 0): void {
  ledger.db.exec('CREATE TABLE IF NOT EXISTS filler (bytes BLOB)');
  const pages = ledger.db.pragma('page_count', { simple: true }) as number;
  ledger.db.pragma(`max_page_count = ${pages}`);
  const insert = ledger.db.prepare('INSERT INTO filler (bytes) VALUES (zeroblob(?))');
  for (const size of [65_536, 4096, 512, 64]) {
    for (;;) {
      try {
        insert.run(size);
      } catch {
        break;
      }
    }
  }
  ledger.db.pragma(`max_page_count = ${(ledger.db.pragma('page_count', { simple: true }) as number) + spare}`);
}

function freeDisk(ledger: Ledger): void {
  ledger.db.pragma('max_page_count = 1073741823');
  ledger.db.exec('DELETE FROM filler');
}

describe('a full disk', () => {
  it('fails the clerk action whole with a clear message, and the next one after space is freed takes the next number', async () => {
    const { ledger, dispatch } = await counterOnDisk();
    const first = unwrap(await dispatch('cases.register', register));
    fillDisk(ledger);
    // Rows that still fit in half-empty pages may go in; sooner or later a page is needed and refused.
    let refusal: { code: string; message: string } | null = null;
    let registered = 1;
    for (let i = 0; i < 200 && refusal === null; i++) {
      const before = rows(ledger);
      const result = await dispatch('cases.register', register);
      if (result.ok) {
        registered++;
        continue;
      }
      refusal = result.error;
      expect(rows(ledger)).toEqual(before);
    }
    expect(refusal).toMatchObject({ code: 'STORAGE', message: expect.stringContaining('Cakera penuh') as unknown });
    const beforePayment = rows(ledger);
    const payment = await dispatch('payments.take', pay(first.id));
    if (!payment.ok) expect(rows(ledger)).toEqual(beforePayment);

    freeDisk(ledger);
    const next = unwrap(await dispatch('cases.register', register));
    expect(next.caseNumber).toBe(`05005-024-${String(770 + registered).padStart(4, '0')}-2026`);
    unwrap(await dispatch('payments.take', pay(next.id)));
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true });
  });

  it('never leaves part of an action however little space is left', async () => {
    const { ledger, dispatch } = await counterOnDisk();
    const outcomes = { saved: 0, refused: 0 };
    for (const spare of [0, 1, 2, 3, 5, 8]) {
      fillDisk(ledger, spare);
      // Register until the disk refuses: every attempt either saves a whole case or nothing.
      for (let attempt = 0; attempt < 100; attempt++) {
        const before = rows(ledger);
        const result = await dispatch('cases.register', register);
        const after = rows(ledger);
        outcomes[result.ok ? 'saved' : 'refused']++;
        if (!result.ok) {
          expect(after).toEqual(before);
          break;
        }
        expect(after).toEqual({
          ...before,
          cases: before.cases + 1,
          parties: before.parties + 1,
          audit: before.audit + 1,
        });
      }
      freeDisk(ledger);
    }
    expect(outcomes.refused).toBe(6);
    expect(outcomes.saved).toBeGreaterThan(0);
    freeDisk(ledger);
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true });
  });
});

describe('a data folder that cannot be written', () => {
  it('refuses every action with a clear message and writes nothing', async () => {
    const { ledger, dispatch } = await counterOnDisk();
    unwrap(await dispatch('cases.register', register));
    const before = rows(ledger);
    // What the operating system does to a folder turned read-only (or a USB data drive gone read-only).
    ledger.db.pragma('query_only = ON');
    const refused = await dispatch('cases.register', register);
    expect(refused).toMatchObject({ ok: false, error: { code: 'STORAGE' } });
    expect(rows(ledger)).toEqual(before);
  });
});

describe('a clock moved backwards', () => {
  it('stops numbering until a supervisor confirms the date, and keeps records in order by sequence number', async () => {
    const { ledger, dispatch, clock } = await counterOnDisk(frozenClock('2026-11-28T05:00:00.000Z'));
    const first = unwrap(await dispatch('cases.register', register));
    clock.set('2026-11-20T05:00:00.000Z');
    const info = unwrap(await dispatch('app.info', {}));
    expect(info.clockWarning?.message).toContain('lebih awal daripada rekod terakhir');
    const refused = await dispatch('cases.register', register);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CLOCK' } });
    unwrap(await dispatch('clock.confirm', { supervisorId: 1, supervisorPin: '123456' }));
    const second = unwrap(await dispatch('cases.register', register));
    expect(second.caseNumber > first.caseNumber).toBe(true);
    const seqs = ledger.db
      .prepare("SELECT seq FROM audit_events WHERE action = 'case.register' ORDER BY seq")
      .all() as { seq: number }[];
    expect(seqs).toHaveLength(2);
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true });
  });
});
