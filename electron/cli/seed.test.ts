import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/ledger';
import { DATABASE_FILE } from '../app/kaunterApp';
import { seed } from './seed';
import { verifyFolder } from './verify';

const base = { cases: 40, seed: 7, log: null, court: '05005', counter: 'K1', blockStart: 1 };

function caseRows(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  const rows = db
    .prepare('SELECT c.case_number, p.name, p.id_number FROM cases c JOIN parties p ON p.case_id = c.id ORDER BY p.id')
    .all();
  db.close();
  return rows;
}

describe('kaunter seed', () => {
  it('makes the same cases for the same seed, and a folder that verifies', async () => {
    const a = tempDir();
    const b = tempDir();
    const summary = await seed({ ...base, dataDir: a });
    await seed({ ...base, dataDir: b });
    expect(summary.cases).toBe(40);
    expect(caseRows(a)).toEqual(caseRows(b));
    expect(caseRows(a).length).toBeGreaterThan(40);
    const outcome = verifyFolder(a);
    // 40 registrations, then one ESV2 case and one existing case (with its filings) per ten.
    expect(summary.sopPaths).toEqual({ esv2Cases: 4, existingCases: 4, filings: 8, appointments: 4 });
    expect(outcome).toMatchObject({ found: true, summary: { ok: true, cases: 48, filings: 8, appointments: 4 } });
  });

  it('makes each receipt and appointment slip as the counter does: every one has its PDF, recorded', async () => {
    const dir = tempDir();
    await seed({ ...base, dataDir: dir, cases: 10 });
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    const receipts = db.prepare('SELECT pdf_file AS file, pdf_sha256 AS sha FROM receipts').all() as {
      file: string | null;
      sha: string | null;
    }[];
    const slips = db.prepare("SELECT pdf_file AS file FROM documents WHERE kind = 'SLIP_JANJI_TEMU'").all() as {
      file: string;
    }[];
    db.close();
    // Ten payments and one receipt for the filings on an existing case.
    expect(receipts).toHaveLength(11);
    for (const receipt of receipts) {
      expect(receipt.sha).toMatch(/^[0-9a-f]{64}$/);
      expect(
        createHash('sha256')
          .update(readFileSync(join(dir, receipt.file ?? '')))
          .digest('hex'),
      ).toBe(receipt.sha);
    }
    expect(slips).toHaveLength(1);
    expect(existsSync(join(dir, slips[0]?.file ?? ''))).toBe(true);
  });

  it('adds to a folder that has data, continuing its numbers, and logs each action after its commit', async () => {
    const dir = tempDir();
    const log = join(dir, 'seed.log');
    await seed({ ...base, dataDir: dir, cases: 10, log });
    await seed({ ...base, dataDir: dir, cases: 10, seed: 8, log, blockStart: 500 });
    const logged = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string; caseNumber: string; receiptNumber: string });
    expect(logged).toHaveLength(20);
    expect(logged.every((l) => l.action === 'register')).toBe(true);
    // One receipt per case, the counter's series without a gap; number 11 is the first run's filings
    // on an existing case (the second run finds those ESV2/ESV3 numbers already recorded and skips them).
    expect(logged.map((l) => l.receiptNumber)).toEqual(
      [...Array.from({ length: 10 }, (_, i) => i + 1), ...Array.from({ length: 10 }, (_, i) => i + 12)].map(
        (n) => `05005-K1-2026-${String(n).padStart(6, '0')}`,
      ),
    );
    const numbers = caseRows(dir).map((r) => (r as { case_number: string }).case_number);
    expect(new Set(numbers)).toEqual(
      new Set([
        ...logged.map((l) => l.caseNumber),
        ...numbers.filter((n) => n.endsWith(`-${new Date().getFullYear() - 1}`)),
      ]),
    );
    expect(verifyFolder(dir)).toMatchObject({ summary: { ok: true, cases: 22, receipts: 21 } });
  });

  it('sets up a new folder with the court, counter and block asked for', async () => {
    const dir = tempDir();
    const summary = await seed({ ...base, dataDir: dir, cases: 1, court: '10003', counter: 'K2', blockStart: 501 });
    expect(summary.firstCaseNumber).toMatch(/^10003-\d{3}-0501-\d{4}$/);
  });
});

describe('kaunter verify', () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/kaunter.ts', ...args], { encoding: 'utf8' });

  it('passes a seeded folder and fails, in Malay and English, once a case is deleted behind its back', async () => {
    const dir = tempDir();
    await seed({ ...base, dataDir: dir, cases: 20 });
    const ok = cli(['verify', '--data', dir]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/LULUS \/ PASSED/);

    const db = new Database(join(dir, DATABASE_FILE));
    db.pragma('foreign_keys = OFF');
    db.exec('DROP TRIGGER cases_no_delete; DROP TRIGGER parties_no_delete;');
    const victim = db.prepare('SELECT id FROM cases ORDER BY id LIMIT 1 OFFSET 5').get() as { id: number };
    db.prepare('DELETE FROM parties WHERE case_id = ?').run(victim.id);
    db.prepare('DELETE FROM cases WHERE id = ?').run(victim.id);
    db.close();
    const bad = cli(['verify', '--data', dir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/GAGAL: .*dipadam/);
    expect(bad.stderr).toMatch(/FAILED: .*deleted/);
  });

  it('reports a receipt deleted behind its back, and a total that is not its lines', async () => {
    const dir = tempDir();
    await seed({ ...base, dataDir: dir, cases: 6 });
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec('DROP TRIGGER receipts_money_fixed;');
    db.prepare('UPDATE receipts SET total_sen = total_sen + 100 WHERE running_number = 3').run();
    db.close();
    expect(verifyFolder(dir)).toMatchObject({
      summary: { ok: false, problem: { messageEn: /2026-000003: its total/ } },
    });

    const dir2 = tempDir();
    await seed({ ...base, dataDir: dir2, cases: 6 });
    const db2 = new Database(join(dir2, DATABASE_FILE));
    db2.exec('DROP TRIGGER receipts_no_delete; DROP TRIGGER receipt_items_no_delete;');
    db2.prepare('DELETE FROM receipt_items WHERE receipt_id = 4').run();
    db2.prepare('DELETE FROM receipts WHERE id = 4').run();
    db2.close();
    expect(verifyFolder(dir2)).toMatchObject({
      summary: { ok: false, problem: { messageMs: /Resit mungkin telah dipadam/ } },
    });
  });

  it('reports a tampered audit event', async () => {
    const dir = tempDir();
    await seed({ ...base, dataDir: dir, cases: 5 });
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec('DROP TRIGGER audit_no_update;');
    db.prepare("UPDATE audit_events SET actor = 'user:9' WHERE seq = 4").run();
    db.close();
    expect(verifyFolder(dir)).toMatchObject({ summary: { ok: false, problem: { messageEn: /event 4/ } } });
  });

  it('explains a missing folder and a missing --data', () => {
    const missing = cli(['verify', '--data', join(tempDir(), 'nowhere')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Tiada pangkalan data/);
    expect(cli(['verify']).status).toBe(2);
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', 'electron/cli/kaunter.ts', 'frobnicate'], { stdio: 'pipe' }),
    ).toThrow();
  });
});
