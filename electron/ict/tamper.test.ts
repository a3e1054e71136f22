import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../tests/support/bundleBuilder';
import { devices, sealLedger, type Device } from '../../tests/support/ictCounters';
import { trustFileOf, trustOf } from '../../tests/support/ictTrust';
import { frozenClock, readyLedger, tempDir } from '../../tests/support/ledger';
import { ledgerContent, registerAndPay } from '../../tests/support/ledgerBundle';
import { patchEventData, rehashFrom, tamper } from '../../tests/support/tamper';
import type { Ledger } from '../services/ledger/ledger';
import { runIct } from './cli';
import type { Unlock } from './decrypt';
import { EXIT } from './exitCodes';
import { loadSecretKey } from './keys';
import { mergeBundles } from './merge';
import { openBundle, type BundleOutcome } from './openBundle';

let device: Device;
let ict: Unlock;

beforeAll(async () => {
  device = (await devices()).k1;
  ict = { secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null };
});

const people = ['Aminah binti Yusof', 'Rahim bin Salleh', 'Siti Hajar binti Osman', 'Zulkifli bin Hamid'];

function pay(ledger: Ledger, name: string) {
  return registerAndPay(
    ledger,
    {
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [{ side: 'CLAIMANT', name, idType: 'MYKAD', idNumber: '850101-10-5124' }],
    },
    { lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }], method: 'CASH', tenderedSen: 5000, payerName: name },
  );
}

async function counter() {
  const clock = frozenClock('2026-11-28T01:00:00.000Z');
  const { ledger } = await readyLedger({}, { clock });
  const paid = people.slice(0, 3).map((name) => {
    clock.advance(60_000);
    return pay(ledger, name);
  });
  return { ledger, clock, paid };
}

function opened(outcome: BundleOutcome) {
  if (!outcome.ok) throw new Error(`expected the bundle to open: ${outcome.failure.en}`);
  return outcome.bundle;
}

/** Exports the counter, lets `between` happen to its ledger, exports again, and merges the two. */
async function twoExports(ledger: Ledger, clock: ReturnType<typeof frozenClock>, between: () => void) {
  const dir = tempDir('kaunter-ict-tamper-');
  const first = await sealLedger(ledger, device, { dir, seq: 1 });
  between();
  clock.advance(3_600_000);
  const second = await sealLedger(ledger, device, {
    dir,
    content: { ...ledgerContent(ledger, 2, clock().toISOString()), previousSha256: first.sha256 },
  });
  const outcomes = await Promise.all(
    [first, second].map((s) => openBundle(s.file, { unlock: ict, signers: trustOf(device) })),
  );
  return { first, second, outcomes, merge: mergeBundles(outcomes) };
}

describe('ict merge: a newer export must extend the older one', () => {
  it('the last case and receipt deleted with their events, the counters lowered and the numbers given again', async () => {
    const { ledger, clock, paid } = await counter();
    const victim = paid[2]!;
    const { first, second, outcomes, merge } = await twoExports(ledger, clock, () => {
      const from = (
        ledger.db
          .prepare(
            "SELECT MIN(seq) AS s FROM audit_events WHERE action = 'case.register' AND json_extract(data, '$.caseNumber') = ?",
          )
          .get(victim.caseNumber) as { s: number }
      ).s;
      tamper(
        ledger.db,
        `DELETE FROM receipt_items WHERE receipt_id = ${victim.receiptId}; DELETE FROM receipts WHERE id = ${victim.receiptId};
         DELETE FROM parties WHERE case_id = (SELECT id FROM cases WHERE case_number = '${victim.caseNumber}');
         DELETE FROM cases WHERE case_number = '${victim.caseNumber}'; DELETE FROM audit_events WHERE seq >= ${from};
         UPDATE number_series SET last_number = last_number - 1 WHERE last_number = (SELECT running_number FROM cases ORDER BY id DESC LIMIT 1) + 1;
         UPDATE receipt_series SET last_number = last_number - 1;`,
      );
      clock.advance(60_000);
      const again = pay(ledger, people[3]!);
      // The same numbers, now for someone else.
      expect(again).toMatchObject({ caseNumber: victim.caseNumber, receiptNumber: victim.receiptNumber });
    });
    // Each export on its own is consistent.
    expect(outcomes.map((o) => opened(o).findings)).toEqual([[], []]);
    const extended = merge.findings.filter((f) => f.code === 'AUDIT_NOT_EXTENDED');
    expect(extended).toHaveLength(1);
    expect(extended[0]?.en).toContain(`audit event #`);
    expect(extended[0]?.en).toContain(`differs from ${first.base} (the chain was rewritten)`);
    expect(extended[0]?.en).toContain(`case.register ${victim.caseNumber}`);
    expect(extended[0]?.en).toContain(`receipt.issue ${victim.receiptNumber}`);
    expect(extended[0]?.ms).toContain('Peristiwa yang hilang atau diubah');
    const lines: string[] = [];
    const code = await runIct(
      [
        'merge',
        first.file,
        second.file,
        '--key',
        TEST_KEYS.ictSecret,
        '--trust',
        trustFileOf(device),
        '--out',
        tempDir('kaunter-ict-out-'),
      ],
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
      frozenClock(),
    );
    expect(code).toBe(EXIT.PROBLEMS);
    expect(lines.join('\n')).toContain('tidak menyambung eksport terdahulu');
    expect(second.base).not.toBe(first.base);
  });

  it('the tail deleted (a shorter chain)', async () => {
    const { ledger, clock, paid } = await counter();
    const { merge } = await twoExports(ledger, clock, () => {
      const victim = paid[2]!;
      tamper(
        ledger.db,
        `DELETE FROM receipt_items WHERE receipt_id = ${victim.receiptId}; DELETE FROM receipts WHERE id = ${victim.receiptId};
         UPDATE receipt_series SET last_number = last_number - 1;
         DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events);`,
      );
    });
    const extended = merge.findings.filter((f) => f.code === 'AUDIT_NOT_EXTENDED');
    expect(extended[0]?.en).toMatch(
      /has only \d+ audit events, .* has \d+\. Events gone or changed: #\d+ receipt\.issue /,
    );
  });

  it('an amount changed with every later hash recomputed', async () => {
    const { ledger, clock, paid } = await counter();
    const target = paid[0]!;
    const { merge, outcomes } = await twoExports(ledger, clock, () => {
      const seq = (
        ledger.db
          .prepare("SELECT seq FROM audit_events WHERE action = 'receipt.issue' AND entity_id = ?")
          .get(String(target.receiptId)) as { seq: number }
      ).seq;
      tamper(
        ledger.db,
        `UPDATE receipts SET total_sen = 100 WHERE id = ${target.receiptId}; UPDATE receipt_items SET amount_sen = 100 WHERE receipt_id = ${target.receiptId}`,
      );
      const lines = (
        JSON.parse(
          (ledger.db.prepare('SELECT data FROM audit_events WHERE seq = ?').get(seq) as { data: string }).data,
        ) as { lines: object[] }
      ).lines;
      patchEventData(ledger.db, seq, {
        totalSen: 100,
        tenderedSen: 100,
        changeSen: 0,
        lines: lines.map((l) => ({ ...l, amountSen: 100 })),
      });
      rehashFrom(ledger.db, seq);
    });
    expect(opened(outcomes[1]!).findings).toEqual([]);
    const extended = merge.findings.filter((f) => f.code === 'AUDIT_NOT_EXTENDED');
    expect(extended).toHaveLength(1);
    expect(extended[0]?.en).toContain(`receipt.issue ${target.receiptNumber}`);
  });

  it('a counter exported twice with nothing done behind its back: no finding', async () => {
    const { ledger, clock } = await counter();
    const { merge } = await twoExports(ledger, clock, () => {
      clock.advance(60_000);
      pay(ledger, people[3]!);
    });
    expect(merge.findings).toEqual([]);
  });
});

describe("ict open: the CSV rows against the bundle's own audit chain", () => {
  it('a party name and a payer identity number edited in the file before the export', async () => {
    const { ledger, paid } = await counter();
    const target = paid[1]!;
    tamper(
      ledger.db,
      `UPDATE parties SET name = 'Rahim bin Sallehuddin' WHERE case_id = (SELECT id FROM cases WHERE case_number = '${target.caseNumber}');
       UPDATE receipts SET payer_id_number = '900101-01-0001' WHERE id = ${target.receiptId};`,
    );
    const bundle = opened(
      await openBundle((await sealLedger(ledger, device)).file, { unlock: ict, signers: trustOf(device) }),
    );
    expect(bundle.findings.map((f) => [f.code, f.en])).toEqual([
      [
        'AUDIT_RECORDS',
        expect.stringMatching(
          new RegExp(
            `^parties\\.csv, case ${target.caseNumber}: party 1 name "Rahim bin Sallehuddin" but audit event \\d+ recorded "Rahim bin Salleh"\\.$`,
          ),
        ),
      ],
      [
        'AUDIT_RECORDS',
        expect.stringMatching(
          new RegExp(
            `^receipts\\.csv, receipt ${target.receiptNumber}: payer identity number "900101-01-0001" but audit event \\d+ recorded ""\\.$`,
          ),
        ),
      ],
    ]);
  });

  it('a case added to the file with no event', async () => {
    const { ledger } = await counter();
    tamper(
      ledger.db,
      `INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code, year, running_number, scope_key, provisional, registered_at, registered_by, outage_id)
       SELECT '05005-024-0999-2026', source, case_type_code, case_type_name, category, proceeding, court_code, year, 999, NULL, provisional, registered_at, registered_by, outage_id FROM cases LIMIT 1`,
    );
    const bundle = opened(
      await openBundle((await sealLedger(ledger, device)).file, { unlock: ict, signers: trustOf(device) }),
    );
    expect(bundle.findings.map((f) => f.en)).toContain(
      'cases.csv: case 05005-024-0999-2026 has no audit event that recorded it.',
    );
  });
});
