import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, tempDir, unwrap } from '../../../tests/support/ledger';
import { verifyChain } from '../ledger/audit';
import type { Ledger } from '../ledger/ledger';
import { changeSopOption } from './outages';
import { takeSnapshot } from '../bundle/snapshot';
import { readCsv } from '../../ict/csv';
import { BUNDLE_CSV_COLUMNS, csvColumnsOf } from '@shared/bundle/format';

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };
const REASON = 'Arahan Pendaftar Negeri: ESV2 tersedia semula';

function counts(ledger: Ledger): string {
  const n = (t: string) => (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  return ['outages', 'outage_sop_periods', 'cases', 'audit_events'].map(n).join(',');
}

/** A signed-in supervisor at a counter with an open option-1 outage (clock: Sat 28 Nov 2026). */
async function counter() {
  const { ledger, outage, supervisor } = await readyLedger({}, { dataDir: tempDir() });
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  return { ledger, outage, supervisor, dispatch };
}

describe('changing the SOP option of the open outage', () => {
  it('keeps one outage with a history of option periods; the counter follows the new option at once', async () => {
    const { ledger, outage, dispatch } = await counter();
    const provisional = unwrap(
      await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] }),
    );

    const changed = unwrap(
      await dispatch('outage.changeOption', {
        outageId: outage.id,
        sopOption: 2,
        reason: REASON,
        supervisorPin: '123456',
      }),
    );
    expect(changed.id).toBe(outage.id);
    expect(changed.sopOption).toBe(2);
    expect(changed.periods).toEqual([
      expect.objectContaining({ sopOption: 1, fromOption: null, reason: null, startedBy: 'Puan Rohana binti Ismail' }),
      expect.objectContaining({ sopOption: 2, fromOption: 1, reason: REASON, startedBy: 'Puan Rohana binti Ismail' }),
    ]);
    expect(unwrap(await dispatch('outage.list', {}))).toHaveLength(1);
    expect(unwrap(await dispatch('status.bar', {})).outage).toMatchObject({ id: outage.id, sopOption: 2 });

    // Option 2: no provisional numbers any more; a case with the number ESV2 gave is recorded.
    const refused = await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] });
    expect(refused.ok ? '' : refused.error.message).toContain('SOP Pilihan 2');
    const esv2 = unwrap(
      await dispatch('cases.recordGiven', {
        source: 'ESV2',
        caseNumber: '05005-024-0012-2026',
        esv2ReceiptNumber: 'ESV2-R-000123',
        caseTypeCode: '024',
        proceeding: 'SAMAN',
        parties: [CLAIMANT],
      }),
    );

    // Records issued before keep the option they were issued under.
    const optionOf = (id: number) => ledger.db.prepare('SELECT sop_option FROM cases WHERE id = ?').pluck().get(id);
    expect(optionOf(provisional.id)).toBe(1);
    expect(optionOf(esv2.id)).toBe(2);

    // Then option 3: appointments only, even for ESV2 cases.
    unwrap(
      await dispatch('outage.changeOption', {
        outageId: outage.id,
        sopOption: 3,
        reason: 'ESV2 juga tidak dapat dicapai sejak 2 petang',
        supervisorPin: '123456',
      }),
    );
    const esv2Refused = await dispatch('cases.recordGiven', {
      source: 'ESV2',
      caseNumber: '05005-024-0013-2026',
      esv2ReceiptNumber: 'ESV2-R-000124',
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [CLAIMANT],
    });
    expect(esv2Refused.ok ? '' : esv2Refused.error.message).toContain('SOP Pilihan 3');
    expect(optionOf(provisional.id)).toBe(1);
    expect(optionOf(esv2.id)).toBe(2);

    // Each change is one audit event with who, from, to and why; the chain holds.
    const events = ledger.db
      .prepare("SELECT actor, data FROM audit_events WHERE action = 'outage.changeOption' ORDER BY seq")
      .all() as { actor: string; data: string }[];
    expect(events.map((e) => ({ actor: e.actor, ...(JSON.parse(e.data) as object) }))).toEqual([
      { actor: 'user:1', from: 1, to: 2, reason: REASON },
      { actor: 'user:1', from: 2, to: 3, reason: 'ESV2 juga tidak dapat dicapai sejak 2 petang' },
    ]);
    expect(verifyChain(ledger.db)).toMatchObject({ ok: true });

    // The bundle carries the periods and, per case, the option it was issued under.
    const files = new Map<string, Uint8Array>();
    const snapshot = ledger.db.transaction(() => takeSnapshot(ledger.db, (name, bytes) => files.set(name, bytes)))();
    expect(snapshot.outages).toHaveLength(1);
    expect(snapshot.outages[0]?.sopOption).toBe(3);
    expect(snapshot.outages[0]?.periods?.map((p) => [p.fromOption, p.sopOption, p.reason])).toEqual([
      [null, 1, null],
      [1, 2, REASON],
      [2, 3, 'ESV2 juga tidak dapat dicapai sejak 2 petang'],
    ]);
    expect(snapshot.outages[0]?.periods?.[1]?.startedAt).toMatch(/\+08:00$/);
    const findings: unknown[] = [];
    const cases = readCsv('cases.csv', files.get('cases.csv') ?? new Uint8Array(), findings as never);
    expect(findings).toEqual([]);
    expect(cases.rows.map((r) => [r.source, r.sop_option])).toEqual([
      ['MANUAL', '1'],
      ['ESV2', '2'],
    ]);
  });

  it("ICT's reader still takes a v1 bundle: no periods, no sop_option column", () => {
    expect(csvColumnsOf('cases.csv', 1)).not.toContain('sop_option');
    expect(csvColumnsOf('cases.csv', 2).at(-1)).toBe('sop_option');
    const v1Header = `\uFEFF${csvColumnsOf('filings.csv', 1).join(',')}\r\n`;
    const findings: unknown[] = [];
    readCsv('filings.csv', new TextEncoder().encode(v1Header), findings as never, 1);
    expect(findings).toEqual([]);
    readCsv('filings.csv', new TextEncoder().encode(v1Header), findings as never, 2);
    expect(findings).toHaveLength(1);
  });

  it("ICT's reader takes a v2 parties.csv without nationality and a v3 one with it (migration 018)", () => {
    const columns = BUNDLE_CSV_COLUMNS['parties.csv'];
    expect(columns.at(-1)).toBe('nationality');
    const v2 = csvColumnsOf('parties.csv', 2);
    expect(v2).not.toContain('nationality');
    const row = '05005-024-0770-2026,RESPONDENT,Sri Wahyuni,PASSPORT,C4567890,,,1';
    for (const [version, header, body, nationality] of [
      [2, v2.join(','), row, undefined],
      [3, columns.join(','), `${row},,,IDN`, 'IDN'],
    ] as const) {
      const findings: unknown[] = [];
      const table = readCsv(
        'parties.csv',
        new TextEncoder().encode(`\uFEFF${header}\r\n${body}\r\n`),
        findings as never,
        version,
      );
      expect(findings).toEqual([]);
      expect(table.rows[0]?.id_number).toBe('C4567890');
      expect(table.rows[0]?.nationality).toBe(nationality);
    }
  });

  it('refuses the same option, a short reason, a wrong PIN, a clerk, no open outage and a closed outage, changing nothing', async () => {
    const { ledger, outage, dispatch } = await counter();
    const before = counts(ledger);
    const change = (input: Record<string, unknown>) =>
      dispatch('outage.changeOption', {
        outageId: outage.id,
        sopOption: 2,
        reason: REASON,
        supervisorPin: '123456',
        ...input,
      });

    const same = await change({ sopOption: 1 });
    expect(same).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(same.ok ? '' : same.error.message).toBe('Tempoh gangguan ini sudah di bawah Pilihan 1 SOP.');

    const short = await change({ reason: 'arahan   ' });
    expect(short.ok ? null : short.error.issues?.[0]).toMatchObject({
      path: 'reason',
      message: 'Sebab mesti sekurang-kurangnya 10 aksara.',
    });

    const wrongPin = await change({ supervisorPin: '999999' });
    expect(wrongPin).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    // The service itself refuses a clerk and a too-short reason (the route is not the only guard).
    const clerk = unwrap(await dispatch('users.create', { name: 'Aminah binti Omar', role: 'CLERK', pin: '654321' }));
    expect(() => changeSopOption(ledger, clerk.id, { outageId: outage.id, sopOption: 2, reason: REASON })).toThrow(
      'Hanya Penolong Pendaftar boleh menukar pilihan SOP tempoh gangguan.',
    );
    expect(() => changeSopOption(ledger, 1, { outageId: outage.id, sopOption: 2, reason: ' pendek ' })).toThrow(
      'Sebab mesti sekurang-kurangnya 10 aksara.',
    );
    unwrap(await dispatch('auth.signOut', {}));
    unwrap(await dispatch('auth.signIn', { userId: clerk.id, pin: '654321' }));
    const byClerk = await change({ supervisorPin: '654321' });
    expect(byClerk).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    unwrap(await dispatch('auth.signOut', {}));
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const afterClerk = counts(ledger);

    // The outage closed: its option is history.
    unwrap(await dispatch('outage.close', { outageId: outage.id }));
    const closedCounts = counts(ledger);
    const noneOpen = await change({});
    expect(noneOpen.ok ? '' : noneOpen.error.message).toBe(
      'Tiada tempoh gangguan dibuka: pilihan SOP ditetapkan semasa membuka tempoh gangguan.',
    );
    const next = unwrap(await dispatch('outage.open', { sopOption: 1, startedAt: ledger.clock().toISOString() }));
    const closed = await change({ outageId: outage.id });
    expect(closed.ok ? '' : closed.error.message).toBe('Tempoh gangguan ini tidak lagi dibuka.');

    // Only the clerk's creation and the sign-ins were recorded: no period, no outage, no case.
    expect(afterClerk.split(',').slice(0, 3)).toEqual(before.split(',').slice(0, 3));
    expect(counts(ledger).split(',').slice(0, 2)).toEqual(['2', '2']);
    expect(closedCounts.split(',')[1]).toBe('1');
    expect(unwrap(await dispatch('outage.current', {}))).toMatchObject({ id: next.id, sopOption: 1 });
    expect(
      ledger.db.prepare("SELECT COUNT(*) FROM audit_events WHERE action = 'outage.changeOption'").pluck().get(),
    ).toBe(0);
  });
});
