import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../documents/pdfText';
import { sha256 } from '../documents/store';
import { dispatcherFor, readyLedger, tempDir, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import type { Ledger } from '../ledger/ledger';

const CLAIMANT = {
  side: 'CLAIMANT',
  name: "Nor'ain binti Abdullah",
  idType: 'MYKAD',
  idNumber: '850101-10-5124',
  address: 'No. 12, Jalan Dato Bandar Tunggal\n70000 Seremban, Negeri Sembilan',
};
const RESPONDENT = { side: 'RESPONDENT', name: 'Kamal bin Yusof', idType: 'MYKAD', idNumber: '800202-05-5001' };

function cash(caseId: number) {
  return {
    caseId,
    lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
    payerName: "Nor'ain binti Abdullah",
    method: 'CASH',
    tenderedSen: 2500,
  };
}

interface Counter {
  ledger: Ledger;
  dispatch: TypedDispatch;
  outageId: number;
  caseId: number;
  receiptId: number;
}

/** A case with one paid receipt, registered in an outage that is then closed with `closeKind`. */
async function counter(closeKind: 'ESV3_PULIH' | 'LAIN' | null = 'ESV3_PULIH'): Promise<Counter> {
  const { ledger, outage } = await readyLedger({}, { dataDir: tempDir() });
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const registered = unwrap(
    await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT, RESPONDENT] }),
  );
  const receipt = unwrap(await dispatch('payments.take', cash(registered.id)));
  if (closeKind) unwrap(await dispatch('outage.close', { outageId: outage.id, closeKind, note: null }));
  return { ledger, dispatch, outageId: outage.id, caseId: registered.id, receiptId: receipt.id };
}

function counts(ledger: Ledger) {
  const n = (q: string) => (ledger.db.prepare(q).get() as { n: number }).n;
  return {
    audit: n('SELECT COUNT(*) AS n FROM audit_events'),
    done: n('SELECT COUNT(*) AS n FROM cases WHERE esv3_done_at IS NOT NULL'),
    refs: n('SELECT COUNT(*) AS n FROM receipts WHERE esv3_payment_ref IS NOT NULL'),
    documents: n('SELECT COUNT(*) AS n FROM documents'),
  };
}

function entry(c: Counter, esv3CaseNumber: string, ref = 'ESV3-PAY-000123') {
  return { caseId: c.caseId, esv3CaseNumber, receipts: [{ receiptId: c.receiptId, esv3PaymentRef: ref }] };
}

describe('the recovery worklist', () => {
  it('is empty and inactive until an outage is closed as ESV3 pulih', async () => {
    const open = await counter(null);
    expect(unwrap(await open.dispatch('recovery.worklist', {}))).toMatchObject({ active: false, items: [] });
    const other = await counter('LAIN');
    expect(unwrap(await other.dispatch('recovery.worklist', {})).active).toBe(false);
    const refused = await other.dispatch('recovery.record', entry(other, '05005-024-0770-2026'));
    expect(refused.ok).toBe(false);
  });

  it('lists the outage cases with their receipts and the progress', async () => {
    const c = await counter();
    const list = unwrap(await c.dispatch('recovery.worklist', { filter: 'SEMUA' }));
    expect(list).toMatchObject({ active: true, total: 1, done: 0, allRecovered: false, matching: 1 });
    expect(list.outages).toEqual([
      expect.objectContaining({ outageId: c.outageId, total: 1, done: 0, recovered: false }),
    ]);
    const [item] = list.items;
    expect(item).toMatchObject({ caseNumber: '05005-024-0770-2026', source: 'MANUAL', state: 'BELUM' });
    expect(item?.partiesLine).toBe("Nor'ain binti Abdullah lwn. Kamal bin Yusof");
    expect(item?.receipts).toEqual([
      expect.objectContaining({ receiptNumber: '05005-K1-2026-000001', state: 'BELUM', cancelled: false }),
    ]);
  });

  it('takes the ESV3 number and payment reference, marks done in one audited step, and shows progress', async () => {
    const c = await counter();
    const before = counts(c.ledger);
    const result = unwrap(await c.dispatch('recovery.record', entry(c, '05005-024-0770-2026')));
    expect(result.item).toMatchObject({
      state: 'SELESAI',
      esv3CaseNumber: '05005-024-0770-2026',
      numberChanged: false,
      noticeIssued: false,
      doneBy: 'Puan Rohana binti Ismail',
    });
    expect(result.item.receipts[0]).toMatchObject({ esv3PaymentRef: 'ESV3-PAY-000123', state: 'SELESAI' });
    expect(result.outageRecovered).toBe(true);
    const after = counts(c.ledger);
    expect(after).toEqual({ ...before, audit: before.audit + 3, done: 1, refs: 1 });
    const actions = c.ledger.db.prepare('SELECT action, entity FROM audit_events ORDER BY seq DESC LIMIT 3').all() as {
      action: string;
      entity: string;
    }[];
    expect(actions.map((a) => `${a.entity}:${a.action}`).sort()).toEqual([
      'case:recovery.done',
      'outage:outage.recovered',
      'receipt:recovery.done',
    ]);
    const list = unwrap(await c.dispatch('recovery.worklist', { filter: 'BELUM' }));
    expect(list).toMatchObject({ total: 1, done: 1, allRecovered: true, matching: 0, items: [] });
    expect(unwrap(await c.dispatch('recovery.worklist', { filter: 'SELESAI' })).matching).toBe(1);
    // The existing search still finds the case by its ESV3 number.
    const found = unwrap(await c.dispatch('cases.search', { query: '05005-024-0770-2026' }));
    expect(found.cases.map((x) => x.id)).toEqual([c.caseId]);
  });

  it('refuses a number in the wrong format and writes nothing', async () => {
    const c = await counter();
    const before = counts(c.ledger);
    const result = await c.dispatch('recovery.record', entry(c, '5005/24/770/26'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toContain('tidak mengikut format');
    }
    expect(counts(c.ledger)).toEqual(before);
  });

  it('refuses an ESV3 number already given to another case and writes nothing', async () => {
    const c = await counter();
    // A second case in a later outage, also recovered.
    const { ledger, dispatch } = c;
    unwrap(await dispatch('outage.open', { sopOption: 1, startedAt: ledger.clock().toISOString() }));
    const second = unwrap(
      await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT, RESPONDENT] }),
    );
    const outage2 = unwrap(await dispatch('outage.current', {}));
    unwrap(await dispatch('outage.close', { outageId: outage2?.id ?? 0, closeKind: 'ESV3_PULIH' }));
    unwrap(await dispatch('recovery.record', entry(c, '05005-024-0901-2026')));
    const before = counts(ledger);
    const result = await dispatch('recovery.record', {
      caseId: second.id,
      esv3CaseNumber: '05005-024-0901-2026',
      receipts: [],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('CONFLICT');
      expect(result.error.message).toBe(
        'Nombor kes ESV3 05005-024-0901-2026 sudah digunakan untuk kes 05005-024-0770-2026. Semak semula nombor yang diberi oleh ESV3.',
      );
    }
    expect(counts(ledger)).toEqual(before);
    // Both outages are on the list; the first is recovered, the second not yet.
    const list = unwrap(await dispatch('recovery.worklist', {}));
    expect(list.outages.map((o) => [o.outageId, o.done, o.total, o.recovered])).toEqual([
      [c.outageId, 1, 1, true],
      [outage2?.id, 0, 1, false],
    ]);
  });

  it('refuses the number of an existing ESV3 case, and takes an existing case under its own number', async () => {
    const c = await counter();
    // An existing ESV3 case paid at this counter during the outage (its number is ESV3's own).
    const existing = Number(
      c.ledger.db
        .prepare(
          `INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code,
             provisional, registered_at, registered_by, outage_id)
           SELECT '05005-024-0100-2026', 'ESV3_EXISTING', case_type_code, case_type_name, category, proceeding,
             court_code, 0, registered_at, 1, outage_id FROM cases WHERE id = ?`,
        )
        .run(c.caseId).lastInsertRowid,
    );
    const before = counts(c.ledger);
    const taken = await c.dispatch('recovery.record', entry(c, '05005-024-0100-2026'));
    expect(taken.ok).toBe(false);
    if (!taken.ok) expect(taken.error.message).toContain('sudah digunakan untuk kes 05005-024-0100-2026');
    expect(counts(c.ledger)).toEqual(before);
    const list = unwrap(await c.dispatch('recovery.worklist', { filter: 'SEMUA' }));
    expect(list.items.map((i) => [i.caseNumber, i.source])).toEqual([
      ['05005-024-0770-2026', 'MANUAL'],
      ['05005-024-0100-2026', 'ESV3_EXISTING'],
    ]);
    const own = unwrap(
      await c.dispatch('recovery.record', { caseId: existing, esv3CaseNumber: '05005-024-0100-2026', receipts: [] }),
    );
    expect(own.item).toMatchObject({ state: 'SELESAI', numberChanged: false });
  });

  it('needs a payment reference for every issued receipt, none for a cancelled one', async () => {
    const c = await counter();
    const before = counts(c.ledger);
    const missing = await c.dispatch('recovery.record', { ...entry(c, '05005-024-0770-2026'), receipts: [] });
    expect(missing.ok).toBe(false);
    if (!missing.ok)
      expect(missing.error.message).toBe('Masukkan rujukan bayaran ESV3 bagi resit 05005-K1-2026-000001.');
    expect(counts(c.ledger)).toEqual(before);
    unwrap(
      await c.dispatch('receipts.cancel', {
        receiptId: c.receiptId,
        reason: 'Salah jumlah bayaran',
        supervisorId: 1,
        supervisorPin: '123456',
      }),
    );
    const cancelledRef = await c.dispatch('recovery.record', entry(c, '05005-024-0770-2026'));
    expect(cancelledRef.ok).toBe(false);
    const listed = unwrap(await c.dispatch('recovery.worklist', {})).items[0];
    expect(listed?.receipts[0]).toMatchObject({ cancelled: true, state: 'TIADA_TINDAKAN' });
    const done = unwrap(
      await c.dispatch('recovery.record', { caseId: c.caseId, esv3CaseNumber: '05005-024-0770-2026', receipts: [] }),
    );
    expect(done.item.state).toBe('SELESAI');
  });

  it('corrects a done record only with a reason, as a new event that keeps the old values', async () => {
    const c = await counter();
    unwrap(await c.dispatch('recovery.record', entry(c, '05005-024-0770-2026')));
    const again = await c.dispatch('recovery.record', entry(c, '05005-024-0770-2026'));
    expect(again.ok).toBe(false);
    const before = counts(c.ledger);
    const noReason = await c.dispatch('recovery.record', entry(c, '05005-024-0771-2026', 'ESV3-PAY-000124'));
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.error.issues?.[0]?.path).toBe('correctionReason');
    expect(counts(c.ledger)).toEqual(before);
    const fixed = unwrap(
      await c.dispatch('recovery.record', {
        ...entry(c, '05005-024-0771-2026', 'ESV3-PAY-000124'),
        correctionReason: 'Salah taip nombor siri',
      }),
    );
    expect(fixed.item).toMatchObject({
      esv3CaseNumber: '05005-024-0771-2026',
      numberChanged: true,
      noticeIssued: true,
    });
    const event = c.ledger.db
      .prepare("SELECT data FROM audit_events WHERE entity = 'case' AND action = 'recovery.correct'")
      .get() as { data: string };
    expect(JSON.parse(event.data)).toMatchObject({
      esv3CaseNumber: '05005-024-0771-2026',
      previous: { esv3CaseNumber: '05005-024-0770-2026' },
      reason: 'Salah taip nombor siri',
    });
    const history = unwrap(await c.dispatch('cases.get', { caseId: c.caseId })).history;
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['recovery.done', 'recovery.correct', 'recovery.notice']),
    );
    // The history carries the figures; the screen words them in its language.
    const facts = (action: string) => history.filter((h) => h.action === action).map((h) => h.recovery);
    expect(facts('recovery.correct')).toEqual(
      expect.arrayContaining([
        {
          kind: 'CORRECTED',
          previous: '05005-024-0770-2026',
          esv3CaseNumber: '05005-024-0771-2026',
          reason: 'Salah taip nombor siri',
        },
        {
          kind: 'RECEIPT',
          receiptNumber: expect.stringMatching(/^05005-K1-/) as string,
          esv3PaymentRef: 'ESV3-PAY-000124',
          previous: 'ESV3-PAY-000123',
          reason: 'Salah taip nombor siri',
        },
      ]),
    );
    expect(facts('recovery.notice')).toEqual([
      { kind: 'NOTICE', oldCaseNumber: expect.any(String) as string, newCaseNumber: '05005-024-0771-2026', parties: 2 },
    ]);
    expect(facts('case.register')).toEqual([null]);
  });

  it('asks before taking an ESV3 number of another case type, and issues no notice until confirmed', async () => {
    const c = await counter();
    const before = counts(c.ledger);
    const asked = await c.dispatch('recovery.record', entry(c, '05005-017-0905-2026'));
    expect(asked).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (asked.ok) return;
    expect(asked.error.issues?.[0]?.path).toBe('typeMismatchReason');
    expect(asked.error.message).toBe(
      'Nombor kes ESV3 05005-017-0905-2026 membawa kod jenis kes 017, bukan 024 seperti kes 05005-024-0770-2026. Semak nombor dalam ESV3. Jika ESV3 memang memberikan nombor itu, sahkan dengan sebab.',
    );
    const tooShort = await c.dispatch('recovery.record', {
      ...entry(c, '05005-017-0905-2026'),
      typeMismatchReason: 'ok',
    });
    expect(tooShort.ok ? '' : tooShort.error.issues?.[0]?.path).toBe('typeMismatchReason');
    expect(counts(c.ledger)).toEqual(before);

    const reason = 'ESV3 mendaftarkannya sebagai kes 017 atas arahan Penolong Pendaftar';
    const done = unwrap(
      await c.dispatch('recovery.record', { ...entry(c, '05005-017-0905-2026'), typeMismatchReason: reason }),
    );
    expect(done.item).toMatchObject({ esv3CaseNumber: '05005-017-0905-2026', numberChanged: true, noticeIssued: true });
    expect(counts(c.ledger).documents).toBe(1);
    const event = c.ledger.db
      .prepare("SELECT data FROM audit_events WHERE action = 'recovery.done' AND entity = 'case'")
      .get() as { data: string };
    expect(JSON.parse(event.data)).toMatchObject({ typeMismatch: { given: '017', caseTypeCode: '024', reason } });
  });

  it('takes an ESV3 number of the case’s own type without asking', async () => {
    const c = await counter();
    const done = unwrap(await c.dispatch('recovery.record', entry(c, '05005-024-0905-2026')));
    const event = c.ledger.db
      .prepare("SELECT data FROM audit_events WHERE action = 'recovery.done' AND entity = 'case'")
      .get() as { data: string };
    expect(done.item.esv3CaseNumber).toBe('05005-024-0905-2026');
    expect(JSON.parse(event.data)).not.toHaveProperty('typeMismatch');
  });

  it('issues the notice only where ESV3 changed the number, registered with its SHA-256', async () => {
    const same = await counter();
    unwrap(await same.dispatch('recovery.record', entry(same, '05005-024-0770-2026')));
    expect(counts(same.ledger).documents).toBe(0);
    const refused = await same.dispatch('recovery.printNotice', { caseId: same.caseId, toPrinter: false });
    expect(refused.ok).toBe(false);

    const changed = await counter();
    const result = unwrap(await changed.dispatch('recovery.record', entry(changed, '05005-024-0905-2026')));
    expect(result.item).toMatchObject({ numberChanged: true, noticeIssued: true });
    const doc = changed.ledger.db.prepare('SELECT * FROM documents').get() as Record<string, unknown>;
    expect(doc).toMatchObject({
      kind: 'NOTIS_PERTUKARAN_NOMBOR',
      reference: '05005-024-0905-2026',
      case_id: changed.caseId,
      case_number: '05005-024-0770-2026',
      copies: 2,
    });
    expect(doc.pdf_sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('printing the notice', () => {
  it('prints the registered original first, then SALINAN copies, each print audited', async () => {
    const c = await counter();
    unwrap(await c.dispatch('recovery.record', entry(c, '05005-024-0905-2026')));
    unwrap(await c.dispatch('printers.choose', { kind: 'statement', printer: 'Folder cetakan (Simpan PDF)' }));
    const first = unwrap(await c.dispatch('recovery.printNotice', { caseId: c.caseId, toPrinter: true }));
    expect(first).toMatchObject({ printed: true, copy: false });
    const doc = c.ledger.db.prepare('SELECT pdf_sha256 AS h FROM documents').get() as { h: string };
    expect(sha256(readFileSync(first.pdfFile))).toBe(doc.h);
    const original = await readPdf(readFileSync(first.pdfFile));
    expect(original[0]?.text).toContain("NOR'AIN BINTI ABDULLAH");
    expect(original[0]?.text).toContain('Nombor kes lama : 05005-024-0770-2026');
    expect(original[0]?.text).toContain('Nombor kes baharu : 05005-024-0905-2026');
    expect(original[0]?.text).toContain('Mahkamah Rendah Syariah Seremban');
    expect(original[1]?.text).toContain('KAMAL BIN YUSOF');
    expect(original[0]?.text).not.toContain('SALINAN');
    const second = unwrap(await c.dispatch('recovery.printNotice', { caseId: c.caseId, toPrinter: true }));
    expect(second.copy).toBe(true);
    expect((await readPdf(readFileSync(second.pdfFile)))[0]?.text).toContain('SALINAN');
    expect(counts(c.ledger).documents).toBe(1);
    const prints = c.ledger.db
      .prepare("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'document.print'")
      .get() as { n: number };
    expect(prints.n).toBe(2);
  });
});

describe('recovery at the boundary', () => {
  it('refuses bad input with Malay messages and changes nothing', async () => {
    const c = await counter();
    const before = counts(c.ledger);
    const bad = [
      {},
      { caseId: 'x', esv3CaseNumber: '05005-024-0770-2026', receipts: [] },
      { caseId: c.caseId, esv3CaseNumber: '', receipts: [] },
      {
        caseId: c.caseId,
        esv3CaseNumber: '05005-024-0770-2026',
        receipts: [{ receiptId: c.receiptId, esv3PaymentRef: '' }],
      },
      {
        caseId: c.caseId,
        esv3CaseNumber: '05005-024-0770-2026',
        receipts: [{ receiptId: c.receiptId, esv3PaymentRef: '<x>' }],
      },
      { caseId: c.caseId, esv3CaseNumber: '05005-024-0770-2026', receipts: [{ receiptId: 999, esv3PaymentRef: 'A1' }] },
      { caseId: 999, esv3CaseNumber: '05005-024-0770-2026', receipts: [] },
    ];
    for (const input of bad) {
      const result = await c.dispatch('recovery.record', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
    }
    const filter = await c.dispatch('recovery.worklist', { filter: 'LAIN' });
    expect(filter.ok).toBe(false);
    const kind = await c.dispatch('outage.close', { outageId: c.outageId, closeKind: 'PULIH' });
    expect(kind.ok).toBe(false);
    if (!kind.ok) expect(kind.error.message).toContain('Pilih sebab');
    expect(counts(c.ledger)).toEqual(before);
  });

  it('lets only a signed-in user see or change the worklist', async () => {
    const c = await counter();
    unwrap(await c.dispatch('auth.signOut', {}));
    expect((await c.dispatch('recovery.worklist', {})).ok).toBe(false);
    expect((await c.dispatch('recovery.record', entry(c, '05005-024-0770-2026'))).ok).toBe(false);
  });
});
