import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixture } from '../../bench/fixture';
import { seed } from '../../electron/cli/seed';
import { verifyFolderAnchored } from '../../electron/cli/verify';
import { createKaunterApp, DATABASE_FILE, openCheckedLedger, openLedger } from '../../electron/app/kaunterApp';
import { appendAudit } from '../../electron/services/ledger/audit';
import { restoreIncoming } from '../../electron/services/backup/restore';
import { INCOMING_FILE } from '../../electron/services/backup/restoreJournal';
import { ensureDeviceKey, fileDeviceKeyVault } from '../../electron/services/bundle/deviceKey';
import {
  HEAD_FILE,
  headSignerFrom,
  readHeadAnchor,
  writeHeadAnchor,
} from '../../electron/services/integrity/headAnchor';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { folderPrinter, memoryPrinterChoices } from '../../electron/services/printing/printing';
import { CHECKPOINT_EVERY, recordCheckpoint, startupCheck } from '../../electron/services/ledger/startupCheck';
import { verifyLedger } from '../../electron/services/ledger/verify';
import { tempDir } from '../support/ledger';
import { registerAndPay } from '../support/ledgerBundle';
import { patchEventData, rehashFrom, tamper } from '../support/tamper';

const dirs: string[] = [];
const open: Ledger[] = [];
afterEach(() => {
  for (const ledger of open.splice(0)) if (ledger.db.open) ledger.db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A seeded counter with a device key, one more case paid at the end, a sign-in after it, and the head
 * file written as the app leaves it. Returns the folder (the ledger closed) and the last case.
 */
async function counter() {
  const dir = tempDir('kaunter-tamper-');
  dirs.push(dir);
  await seed({ dataDir: dir, cases: 6, seed: 5, log: null, court: '05005', counter: 'K1', blockStart: 1 });
  const ledger = openLedger(dir, { pinCost: 10 });
  const vault = fileDeviceKeyVault(dir);
  await ensureDeviceKey(ledger, vault, 'system');
  const last = registerAndPay(
    ledger,
    {
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [{ side: 'CLAIMANT', name: 'Aminah binti Yusof', idType: 'MYKAD', idNumber: '850101-10-5124' }],
    },
    {
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
      method: 'CASH',
      tenderedSen: 5000,
      payerName: 'Aminah binti Yusof',
      payerIdNumber: '850101-10-5124',
    },
  );
  const at = ledger.clock().toISOString();
  appendAudit(ledger.db, { at, actor: 'user:1', action: 'session.signIn', entity: 'user', entityId: 1, data: {} });
  const signer = await headSignerFrom((await vault.load()) ?? '');
  expect(signer).not.toBeNull();
  writeHeadAnchor(dir, ledger.db, signer, at);
  ledger.db.close();
  return { dir, last };
}

function edit(dir: string, change: (ledger: Ledger) => void): void {
  const ledger = openLedger(dir, { pinCost: 10 });
  try {
    change(ledger);
    ledger.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    ledger.db.close();
  }
}

/** What `kaunter verify` and the next start of the app say about the folder. */
async function checks(dir: string) {
  const verified = await verifyFolderAnchored(dir, null);
  const checked = await openCheckedLedger(dir, { pinCost: 10 });
  open.push(checked.ledger);
  checked.ledger.db.close();
  if (!verified.found) throw new Error('no ledger');
  return { verify: verified.summary, startup: checked.startup, readOnly: checked.ledger.readOnlyReason?.ms };
}

describe('tampering with the ledger file is caught', () => {
  it('a sound counter passes both checks, with the head file behind the chain', async () => {
    const { dir } = await counter();
    edit(dir, (ledger) =>
      appendAudit(ledger.db, {
        at: ledger.clock().toISOString(),
        actor: 'user:1',
        action: 'session.signOut',
        entity: 'user',
        entityId: 1,
        data: {},
      }),
    );
    const { verify, startup } = await checks(dir);
    expect(verify).toMatchObject({ ok: true, problem: null });
    expect(startup).toMatchObject({ ok: true, problem: null });
  });

  it("a party's name changed in the file: table, case and field named", async () => {
    const { dir, last } = await counter();
    edit(dir, (ledger) =>
      tamper(
        ledger.db,
        `UPDATE parties SET name = 'Aminah binti Yusoff' WHERE case_id = (SELECT id FROM cases WHERE case_number = '${last.caseNumber}')`,
      ),
    );
    const { verify, startup, readOnly } = await checks(dir);
    expect(verify.ok).toBe(false);
    expect(verify.problem?.messageEn).toBe(
      `Table parties, case ${last.caseNumber}: the party 1 name in the file is "Aminah binti Yusoff" but audit event ${verify.auditEvents - 1 - 1} recorded "Aminah binti Yusof". The record was changed without an audit event.`,
    );
    expect(startup.ok).toBe(false);
    expect(startup.problem?.messageMs).toContain(`Jadual parties, kes ${last.caseNumber}: nama pihak 1`);
    expect(readOnly).toContain('mod baca sahaja');
  });

  it("a party's identity number changed in the file", async () => {
    const { dir, last } = await counter();
    edit(dir, (ledger) =>
      tamper(
        ledger.db,
        `UPDATE parties SET id_number = '850101-10-5999', id_key = '850101105999' WHERE case_id = (SELECT id FROM cases WHERE case_number = '${last.caseNumber}')`,
      ),
    );
    const { verify, startup } = await checks(dir);
    expect(verify.problem?.messageEn).toContain('party 1 identity number in the file is "850101-10-5999"');
    expect(startup.problem?.messageEn).toContain('party 1 identity number in the file is "850101-10-5999"');
  });

  it('the last audit event deleted: only the head file outside the database can tell', async () => {
    const { dir } = await counter();
    edit(dir, (ledger) =>
      tamper(ledger.db, 'DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events)'),
    );
    const anchored = readHeadAnchor(dir);
    if (anchored.kind !== 'anchor') throw new Error('no head file');
    const { verify, startup } = await checks(dir);
    const n = anchored.anchor.seq;
    expect(verify.problem?.messageEn).toContain(`has only ${n - 1} events, but its head was recorded at #${n}`);
    expect(startup.problem?.messageMs).toContain(`peristiwa ${n} hingga ${n} telah dipadam`);
    expect(startup.problem?.messageMs).toContain('mod baca sahaja');
    // Without the head file the same folder passes: nothing inside the file is left to tell.
    rmSync(join(dir, HEAD_FILE));
    const bare = await verifyFolderAnchored(dir, null);
    expect(bare.found && bare.summary.ok).toBe(true);
  });

  it('the last case, its receipt and their events deleted and the counters lowered (so its numbers would be given again)', async () => {
    const { dir, last } = await counter();
    edit(dir, (ledger) => {
      const first = ledger.db
        .prepare(
          "SELECT MIN(seq) AS s FROM audit_events WHERE action = 'case.register' AND json_extract(data, '$.caseNumber') = ?",
        )
        .get(last.caseNumber) as { s: number };
      const victim = ledger.db
        .prepare('SELECT id, scope_key AS scope, running_number AS running FROM cases WHERE case_number = ?')
        .get(last.caseNumber) as { id: number; scope: string; running: number };
      tamper(
        ledger.db,
        `DELETE FROM receipt_items WHERE receipt_id = ${last.receiptId};
         DELETE FROM receipts WHERE id = ${last.receiptId};
         DELETE FROM parties WHERE case_id = ${victim.id};
         DELETE FROM cases WHERE id = ${victim.id};
         DELETE FROM audit_events WHERE seq >= ${first.s};
         UPDATE number_series SET last_number = ${victim.running - 1} WHERE scope_key = '${victim.scope}';
         UPDATE receipt_series SET last_number = last_number - 1;`,
      );
    });
    const bare = openLedger(dir, { pinCost: 10 });
    // On its own the file is consistent again: every check inside it passes.
    expect(verifyLedger(bare.db)).toMatchObject({ ok: true });
    bare.db.close();
    const { verify, startup } = await checks(dir);
    expect(verify.ok).toBe(false);
    expect(verify.problem?.messageEn).toMatch(/has only \d+ events, but its head was recorded at #\d+/);
    expect(startup.ok).toBe(false);
    expect(startup.problem?.messageMs).toContain('telah dipadam');
  });

  it('an amount changed with every later hash recomputed: the chain links, the head does not match', async () => {
    const { dir, last } = await counter();
    edit(dir, (ledger) => {
      const event = ledger.db
        .prepare("SELECT seq FROM audit_events WHERE action = 'receipt.issue' AND entity_id = ?")
        .get(String(last.receiptId)) as { seq: number };
      tamper(
        ledger.db,
        `UPDATE receipts SET total_sen = 500 WHERE id = ${last.receiptId}; UPDATE receipt_items SET amount_sen = 500 WHERE receipt_id = ${last.receiptId}`,
      );
      const data = JSON.parse(
        (ledger.db.prepare('SELECT data FROM audit_events WHERE seq = ?').get(event.seq) as { data: string }).data,
      ) as { lines: { amountSen: number }[] };
      patchEventData(ledger.db, event.seq, { totalSen: 500, lines: data.lines.map((l) => ({ ...l, amountSen: 500 })) });
      rehashFrom(ledger.db, event.seq);
    });
    const bare = openLedger(dir, { pinCost: 10 });
    expect(verifyLedger(bare.db)).toMatchObject({ ok: true });
    bare.db.close();
    const { verify, startup } = await checks(dir);
    expect(verify.problem?.messageEn).toMatch(
      /Audit event #\d+ is no longer the event recorded as the chain's head .* rewritten and re-hashed/,
    );
    expect(startup.problem?.messageMs).toContain('rantaian telah ditulis semula dan dicincang semula');
  });

  it('the head file edited to match a shortened chain: its signature no longer holds', async () => {
    const { dir } = await counter();
    edit(dir, (ledger) =>
      tamper(ledger.db, 'DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events)'),
    );
    const file = join(dir, HEAD_FILE);
    const anchor = JSON.parse(readFileSync(file, 'utf8')) as { seq: number; hash: string };
    const db = openLedger(dir, { pinCost: 10 }).db;
    const head = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      hash: string;
    };
    db.close();
    writeFileSync(file, JSON.stringify({ ...anchor, seq: head.seq, hash: head.hash }));
    const { verify, startup } = await checks(dir);
    expect(verify.problem?.messageEn).toContain("is not signed by this counter's device key");
    expect(startup.ok).toBe(false);
  });
});

describe('the start-up check within its budget', () => {
  it('catches a row edited before the checkpoint through the digest carried from it', async () => {
    const dir = tempDir('kaunter-tamper-');
    dirs.push(dir);
    const ledger = await buildFixture(dir, { cases: 60, receipts: 60, auditEvents: CHECKPOINT_EVERY + 50 });
    open.push(ledger);
    const file = join(dir, DATABASE_FILE);
    const first = await startupCheck(ledger.db, file);
    expect(recordCheckpoint(ledger.db, first, '2026-11-28T00:00:00.000Z')).toBe(true);
    const digest = ledger.db.prepare('SELECT derived_digest AS d FROM audit_checkpoints').get() as { d: string };
    expect(digest.d).toMatch(/^[0-9a-f]{16}$/);
    // A receipt cancelled after the checkpoint: carried forward, it still matches.
    const receipt = ledger.db.prepare('SELECT id, receipt_number AS n FROM receipts WHERE id = 3').get() as {
      id: number;
      n: string;
    };
    ledger.db.transaction(() => {
      ledger.db.prepare("UPDATE receipts SET status = 'CANCELLED' WHERE id = 3").run();
      appendAudit(ledger.db, {
        at: '2026-11-28T00:00:01.000Z',
        actor: 'user:1',
        action: 'receipt.cancel',
        entity: 'receipt',
        entityId: 3,
        data: { receiptNumber: receipt.n },
      });
    })();
    expect(await startupCheck(ledger.db, file)).toMatchObject({ ok: true, rehashedFrom: CHECKPOINT_EVERY + 50 });
    // A payer's name edited without an event, in a receipt recorded long before the checkpoint.
    tamper(ledger.db, "UPDATE receipts SET payer_name = 'Orang Lain' WHERE id = 2");
    const check = await startupCheck(ledger.db, file);
    expect(check).toMatchObject({ ok: false, rehashedFrom: CHECKPOINT_EVERY + 50 });
    expect(check.problem?.messageEn).toContain('the payer name in the file is "Orang Lain"');
  });

  it('a checkpoint from before the digests is replaced at the first start, so the chain is derived in full once', async () => {
    const dir = tempDir('kaunter-tamper-');
    dirs.push(dir);
    const ledger = await buildFixture(dir, { cases: 20, receipts: 20, auditEvents: CHECKPOINT_EVERY + 5 });
    open.push(ledger);
    const file = join(dir, DATABASE_FILE);
    recordCheckpoint(ledger.db, await startupCheck(ledger.db, file), '2026-11-28T00:00:00.000Z');
    ledger.db.prepare('UPDATE audit_checkpoints SET derived_digest = NULL').run();
    const check = await startupCheck(ledger.db, file);
    expect(check).toMatchObject({ ok: true, rehashedFrom: CHECKPOINT_EVERY + 5 });
    // Fewer than CHECKPOINT_EVERY events since, but the checkpoint had no digest: it gets one now.
    expect(recordCheckpoint(ledger.db, check, '2026-11-28T00:00:01.000Z')).toBe(true);
    const point = ledger.db.prepare('SELECT derived_digest AS d FROM audit_checkpoints').get() as { d: string | null };
    expect(point.d).toMatch(/^[0-9a-f]{16}$/);
    expect(recordCheckpoint(ledger.db, await startupCheck(ledger.db, file), '2026-11-28T00:00:02.000Z')).toBe(false);
  });

  it('a checkpoint digest that is itself wrong does not fail a sound ledger', async () => {
    const dir = tempDir('kaunter-tamper-');
    dirs.push(dir);
    const ledger = await buildFixture(dir, { cases: 20, receipts: 20, auditEvents: CHECKPOINT_EVERY + 5 });
    open.push(ledger);
    const file = join(dir, DATABASE_FILE);
    recordCheckpoint(ledger.db, await startupCheck(ledger.db, file), '2026-11-28T00:00:00.000Z');
    ledger.db.prepare("UPDATE audit_checkpoints SET derived_digest = '0123456789abcdef'").run();
    expect((await startupCheck(ledger.db, file)).ok).toBe(true);
  });
});

describe('the head file beside the ledger', () => {
  it('is written by the app at open and at close, signed once the counter has a device key', async () => {
    const { dir } = await counter();
    rmSync(join(dir, HEAD_FILE));
    const app = await createKaunterApp({
      dataDir: dir,
      pinCost: 10,
      printing: { port: folderPrinter(join(dir, 'cetakan')), choices: memoryPrinterChoices() },
    });
    expect(app.startup.ok).toBe(true);
    appendAudit(app.ledger.db, {
      at: app.ledger.clock().toISOString(),
      actor: 'user:1',
      action: 'session.signOut',
      entity: 'user',
      entityId: 1,
      data: {},
    });
    const head = app.ledger.db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      hash: string;
    };
    app.close();
    const read = readHeadAnchor(dir);
    expect(read).toMatchObject({ kind: 'anchor', anchor: { seq: head.seq, hash: head.hash } });
    if (read.kind === 'anchor') expect(read.anchor.signature).toMatch(/^[A-Za-z0-9+/=]{80,}$/);
    const { verify, startup } = await checks(dir);
    expect(verify.ok && startup.ok).toBe(true);
  });
});

describe('a restore and the head file', () => {
  it('the set-aside ledger takes its head file along, so the restored (shorter) chain opens writable', async () => {
    const { dir } = await counter();
    const backup = join(dir, 'sandaran.sqlite');
    copyFileSync(join(dir, DATABASE_FILE), backup);
    // The counter works on after the backup, and its head file follows.
    edit(dir, (ledger) => {
      appendAudit(ledger.db, {
        at: ledger.clock().toISOString(),
        actor: 'user:1',
        action: 'session.signOut',
        entity: 'user',
        entityId: 1,
        data: {},
      });
      writeHeadAnchor(dir, ledger.db);
    });
    copyFileSync(backup, join(dir, INCOMING_FILE));
    const { setAside: aside } = restoreIncoming(dir, {
      actor: 'system:cli',
      backup,
      lostEvents: 1,
      at: new Date('2026-11-29T01:00:00.000Z'),
    });
    expect(existsSync(join(dir, HEAD_FILE))).toBe(false);
    expect(readFileSync(`${aside}.head`, 'utf8')).toContain('"seq"');
    const { verify, startup } = await checks(dir);
    expect(verify.ok && startup.ok).toBe(true);
  });
});
