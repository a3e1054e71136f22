import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../electron/app/kaunterApp';
import { verifyFolder } from '../../electron/cli/verify';
import { oneCaller, SETUP, tempDir, unwrap } from '../support/ledger';
import type { ReceiptView } from '@shared/receiptViews';
import { requestCounter } from './requestCounter';

const ID = '5f0e1d2c-3b4a-4958-8a7b-6c5d4e3f2a10';
const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };

function runChild(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/durability/requestCounter.ts', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

function counts(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  const n = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  const result = {
    receipts: n('receipts'),
    audit: n('audit_events'),
    answered: n('request_answers WHERE answer_json IS NOT NULL'),
    requests: n('request_answers'),
  };
  db.close();
  return result;
}

describe('a payment whose answer died with the process', () => {
  it('is answered after the restart with the receipt it made, and nothing is written twice', async () => {
    const dataDir = tempDir('kaunter-requests-');
    let app = await requestCounter(dataDir);
    unwrap(await oneCaller(app)('setup.complete', SETUP));
    unwrap(await oneCaller(app)('outage.open', { sopOption: 1, startedAt: new Date().toISOString() }));
    const registered = unwrap(
      await oneCaller(app)('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] }),
    ) as { id: number };
    app.close();
    const payment = {
      caseId: registered.id,
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
      payerName: CLAIMANT.name,
      method: 'CASH',
      tenderedSen: 10_000,
    };
    const before = counts(dataDir);

    // Killed after the payment committed (and its PDF was made), before its answer was stored.
    const killed = await runChild([dataDir, 'answered', ID, JSON.stringify(payment)]);
    expect(killed).toMatchObject({ signal: 'SIGKILL', out: '' });
    const afterKill = counts(dataDir);
    expect(afterKill.receipts).toBe(before.receipts + 1);
    expect(afterKill).toMatchObject({ requests: before.requests + 1, answered: before.answered });

    // The screen retries with the same id once the counter is up again (and the clerk signed in again).
    app = await requestCounter(dataDir);
    try {
      unwrap(await oneCaller(app)('auth.signIn', { userId: 1, pin: '123456' }));
      const retry = await oneCaller(app)('payments.take', payment, { requestId: ID });
      expect(retry).toMatchObject({ ok: true, replayed: true });
      const receipt = unwrap(retry) as ReceiptView;
      const again = unwrap(await oneCaller(app)('payments.take', payment, { requestId: ID })) as ReceiptView;
      expect(again).toEqual(receipt);
      const listed = unwrap(await oneCaller(app)('receipts.forCase', { caseId: registered.id })) as ReceiptView[];
      expect(listed.map((r) => r.receiptNumber)).toEqual([receipt.receiptNumber]);
      expect(receipt.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      app.close();
    }
    const afterRetry = counts(dataDir);
    // The sign-in is the only new event; the retry wrote no receipt and no receipt event.
    expect(afterRetry).toMatchObject({
      receipts: afterKill.receipts,
      audit: afterKill.audit + 1,
      answered: afterKill.answered + 1,
    });
    expect(verifyFolder(dataDir)).toMatchObject({ found: true, summary: { ok: true } });
  }, 60_000);
});
