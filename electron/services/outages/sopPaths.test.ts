import { describe, expect, it } from 'vitest';
import {
  dispatcherFor,
  frozenClock,
  readyLedger,
  tempDir,
  unwrap,
  type TypedDispatch,
} from '../../../tests/support/ledger';
import { readPdf } from '../documents/pdfText';
import type { Ledger } from '../ledger/ledger';
import { readFileSync } from 'node:fs';

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };
const RESPONDENT = { side: 'RESPONDENT', name: 'Ahmad bin Ali', idType: 'MYKAD', idNumber: '800202-05-5011' };

/** A signed-in supervisor at a counter whose outage has the given SOP option (clock: Sat 28 Nov 2026). */
async function counter(sopOption: 1 | 2 | 3 = 1): Promise<{ ledger: Ledger; dispatch: TypedDispatch }> {
  const { ledger, outage } = await readyLedger({}, { dataDir: tempDir() });
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  if (sopOption !== 1) {
    unwrap(await dispatch('outage.close', { outageId: outage.id }));
    unwrap(await dispatch('outage.open', { sopOption, startedAt: ledger.clock().toISOString() }));
  }
  return { ledger, dispatch };
}

function counts(ledger: Ledger) {
  const n = (t: string) => (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  return ['cases', 'parties', 'filings', 'receipts', 'appointments', 'documents', 'audit_events'].map(n).join(',');
}

function esv2(caseNumber: string, extra: Record<string, unknown> = {}) {
  return {
    source: 'ESV2',
    caseNumber,
    esv2ReceiptNumber: 'ESV2-R-000123',
    caseTypeCode: '024',
    proceeding: 'SAMAN',
    parties: [CLAIMANT, RESPONDENT],
    ...extra,
  };
}

describe('SOP option 2: a case registered in ESV2', () => {
  it('is recorded with the number ESV2 gave, its ESV2 receipt, marked ESV2, and takes payments as usual', async () => {
    const { dispatch } = await counter(2);
    const saved = unwrap(await dispatch('cases.recordGiven', esv2('05005-024-0012-2026')));
    expect(saved).toMatchObject({
      caseNumber: '05005-024-0012-2026',
      source: 'ESV2',
      esv2ReceiptNumber: 'ESV2-R-000123',
      provisional: false,
    });
    expect(saved.parties.map((p) => p.name)).toEqual(["Nor'ain binti Abdullah", 'Ahmad bin Ali']);
    expect(saved.history.map((h) => h.action)).toEqual(['case.recordEsv2']);
    const receipt = unwrap(
      await dispatch('payments.take', {
        caseId: saved.id,
        lines: [{ feeCode: 'AFIDAVIT', quantity: 1 }],
        payerName: 'Ahmad bin Ali',
        method: 'CASH',
        tenderedSen: 300,
      }),
    );
    expect(receipt.caseNumber).toBe('05005-024-0012-2026');
  });

  it.each([
    ['05005-024-12-2026', 'tidak mengikut format'],
    ['10005-024-0012-2026', 'kod negeri 10'],
    ['05001-024-0012-2026', 'kod mahkamah 001'],
    ['05005-017-0012-2026', 'kod kes 017'],
    ['05005-024-0012-2027', 'Tahun'],
    ['05005-024-0000-2026', 'sekurang-kurangnya 1'],
    ['05005-024-12345-2026', 'melebihi 4 digit'],
  ])('refuses %s in Malay and writes nothing', async (caseNumber, words) => {
    const { ledger, dispatch } = await counter(2);
    const before = counts(ledger);
    const result = await dispatch('cases.recordGiven', esv2(caseNumber));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(words);
    expect(result.error.issues?.[0]?.path).toBe('caseNumber');
    expect(counts(ledger)).toBe(before);
  });

  it('refuses a number already on this counter, and an ESV2 case without its ESV2 receipt', async () => {
    const { ledger, dispatch } = await counter(1);
    const manual = unwrap(
      await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] }),
    );
    const before = counts(ledger);
    const taken = await dispatch('cases.recordGiven', esv2(manual.caseNumber));
    expect(taken.ok ? '' : taken.error.message).toContain('telah direkodkan');
    const noReceipt = await dispatch('cases.recordGiven', esv2('05005-024-0012-2026', { esv2ReceiptNumber: '' }));
    expect(noReceipt.ok ? '' : noReceipt.error.issues?.[0]?.message).toBe('Isikan No. resit ESV2 bagi kes ini.');
    expect(counts(ledger)).toBe(before);
  });

  it('refuses an ESV2 receipt already recorded for another case, naming that case', async () => {
    const { ledger, dispatch } = await counter(2);
    unwrap(await dispatch('cases.recordGiven', esv2('05005-024-0012-2026')));
    const before = counts(ledger);
    for (const receipt of ['ESV2-R-000123', ' esv2-r-000123 ', 'ESV2-R- 000123']) {
      const again = await dispatch('cases.recordGiven', esv2('05005-024-0013-2026', { esv2ReceiptNumber: receipt }));
      expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      if (again.ok) return;
      expect(again.error.issues?.[0]?.path).toBe('esv2ReceiptNumber');
      expect(again.error.message).toContain('telah direkodkan bagi kes 05005-024-0012-2026');
    }
    expect(counts(ledger)).toBe(before);
    const other = unwrap(
      await dispatch('cases.recordGiven', esv2('05005-024-0013-2026', { esv2ReceiptNumber: 'ESV2-R-000124' })),
    );
    expect(other.esv2ReceiptNumber).toBe('ESV2-R-000124');
  });

  it('is refused under option 3 with the SOP reason', async () => {
    const { ledger, dispatch } = await counter(3);
    const before = counts(ledger);
    const result = await dispatch('cases.recordGiven', esv2('05005-024-0012-2026'));
    expect(result.ok ? '' : result.error.message).toContain('SOP Pilihan 3: pendaftaran kes baharu ditutup');
    expect(counts(ledger)).toBe(before);
  });
});

describe('documents received for a case registered before the outage', () => {
  async function existing(dispatch: TypedDispatch) {
    return unwrap(
      await dispatch('cases.recordGiven', {
        source: 'ESV3_EXISTING',
        caseNumber: '05005-024-0700-2026',
        caseTypeCode: '024',
        proceeding: 'SAMAN',
        parties: [CLAIMANT, RESPONDENT],
      }),
    );
  }

  it('records the documents and their receipt in one action, with fees from the schedule', async () => {
    const { ledger, dispatch } = await counter(1);
    const found = await existing(dispatch);
    expect(found).toMatchObject({ source: 'ESV3_EXISTING', provisional: false });
    expect(found.history.map((h) => h.action)).toEqual(['case.recordExisting']);
    const result = unwrap(
      await dispatch('filings.record', {
        caseId: found.id,
        documents: [
          { typeCode: 'AFIDAVIT', quantity: 1, description: 'Afidavit jawapan' },
          { typeCode: 'EKSHIBIT', quantity: 3 },
          { typeCode: 'SURAT', quantity: 1, description: 'Surat peguam' },
        ],
        payerName: 'Ahmad bin Ali',
        method: 'CASH',
        tenderedSen: 1000,
      }),
    );
    expect(result.receipt).toMatchObject({ totalSen: 600, changeSen: 400, caseNumber: '05005-024-0700-2026' });
    expect(result.receipt?.items.map((i) => [i.feeCode, i.amountSen])).toEqual([
      ['AFIDAVIT', 300],
      ['EKSHIBIT', 300],
    ]);
    expect(result.receipt?.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    const listed = unwrap(await dispatch('filings.forCase', { caseId: found.id }));
    expect(listed.map((f) => [f.typeName, f.quantity, f.amountSen, f.receiptNumber])).toEqual([
      ['Afidavit', 1, 300, result.receipt?.receiptNumber],
      ['Ekshibit', 3, 300, result.receipt?.receiptNumber],
      ['Surat / dokumen lain', 1, 0, result.receipt?.receiptNumber],
    ]);
    const sum = ledger.db
      .prepare('SELECT SUM(amount_sen) AS s FROM filings WHERE receipt_id = ?')
      .get(result.receipt?.id) as {
      s: number;
    };
    expect(sum.s).toBe(result.receipt?.totalSen);
  });

  it('writes nothing when the money falls short or a document type is unknown', async () => {
    const { ledger, dispatch } = await counter(1);
    const found = await existing(dispatch);
    const before = counts(ledger);
    const short = await dispatch('filings.record', {
      caseId: found.id,
      documents: [{ typeCode: 'AFIDAVIT', quantity: 2 }],
      payerName: 'Ahmad bin Ali',
      method: 'CASH',
      tenderedSen: 100,
    });
    expect(short.ok ? '' : short.error.message).toContain('kurang daripada jumlah');
    const unknown = await dispatch('filings.record', {
      caseId: found.id,
      documents: [{ typeCode: 'TIADA', quantity: 1 }],
      payerName: 'Ahmad bin Ali',
      method: 'CASH',
      tenderedSen: 100,
    });
    expect(unknown.ok ? '' : unknown.error.message).toContain('Jenis dokumen TIADA tiada');
    expect(counts(ledger)).toBe(before);
  });

  it('takes the Kew. 38 serial, iGFMAS and iSPEKS references and the payer’s IC as a case payment does', async () => {
    const { dispatch } = await counter(1);
    const found = await existing(dispatch);
    const filed = {
      caseId: found.id,
      documents: [{ typeCode: 'AFIDAVIT', quantity: 1 }],
      payerName: 'Ahmad bin Ali',
      payerIdNumber: '800202-05-5011',
      method: 'CASH',
      tenderedSen: 300,
      kew38Serial: 'a 123456',
      igfmasRef: 'GF-2026-0042',
      ispeksRef: 'SP/77',
    };
    const result = unwrap(await dispatch('filings.record', filed));
    expect(result.receipt).toMatchObject({
      payerIdNumber: '800202-05-5011',
      kew38Serial: 'A 123456',
      igfmasRef: 'GF-2026-0042',
      ispeksRef: 'SP/77',
    });
    // The same serial twice is refused, as on a case payment.
    expect(await dispatch('filings.record', filed)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', issues: [{ path: 'kew38Serial' }] },
    });
  });

  it('takes a new kind of document the court adds, with its fee', async () => {
    const { dispatch } = await counter(1);
    const found = await existing(dispatch);
    unwrap(
      await dispatch('filingTypes.save', {
        code: 'SAMAN_SAKSI',
        name: 'Saman saksi',
        feeCode: 'PENYAMPAIAN',
        active: true,
      }),
    );
    const result = unwrap(
      await dispatch('filings.record', {
        caseId: found.id,
        documents: [{ typeCode: 'saman_saksi', quantity: 2 }],
        payerName: 'Ahmad bin Ali',
        method: 'CASH',
        tenderedSen: 800,
      }),
    );
    expect(result.receipt?.totalSen).toBe(800);
  });
});

describe('SOP option 3: registration closed, appointments', () => {
  function booking(date: string, extra: Record<string, unknown> = {}) {
    return {
      person: {
        side: 'CLAIMANT',
        name: 'Siti binti Abu',
        idType: 'MYKAD',
        idNumber: '900315-05-5012',
        phone: '012-3456789',
      },
      caseTypeCode: '024',
      date,
      session: 'PAGI',
      ...extra,
    };
  }

  it('refuses registration with the SOP reason and books appointments with gapless references', async () => {
    const { ledger, dispatch } = await counter(3);
    const before = counts(ledger);
    const refused = await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] });
    expect(refused.ok ? '' : refused.error.message).toContain('pendaftaran kes baharu ditutup');
    expect(counts(ledger)).toBe(before);

    const slots = unwrap(await dispatch('appointments.slots', { days: 7 }));
    // Saturday 28 November 2026 in Negeri Sembilan (Saturday–Sunday weekend): Monday is the first slot.
    expect(slots.slots[0]).toMatchObject({
      date: '2026-11-30',
      dayName: 'Isnin',
      sessions: [
        { session: 'PAGI', start: '08:30', end: '12:30', booked: 0, capacity: 10 },
        { session: 'PETANG', start: '14:00', end: '16:30', booked: 0, capacity: 10 },
      ],
    });
    expect(slots.slots.map((s) => s.date)).not.toContain('2026-12-05');

    const first = unwrap(await dispatch('appointments.book', booking('2026-11-30')));
    const second = unwrap(await dispatch('appointments.book', booking('2026-12-01')));
    expect([first.reference, second.reference]).toEqual(['JT-K1-2026-0001', 'JT-K1-2026-0002']);
    expect(first).toMatchObject({ status: 'BOOKED', dayName: 'Isnin', idNumber: '900315-05-5012' });
    expect(first.slipSha256).toMatch(/^[0-9a-f]{64}$/);

    const printed = unwrap(await dispatch('appointments.print', { appointmentId: first.id, toPrinter: false }));
    const [page] = await readPdf(readFileSync(printed.pdfFile));
    expect(page?.text).toContain('SLIP JANJI TEMU');
    expect(page?.text).toContain('JT-K1-2026-0001');
    expect(page?.text).toContain('Isnin, 30 November 2026');
    expect(page?.text).toContain('Sila bawa');
    const doc = ledger.db.prepare("SELECT kind, reference FROM documents WHERE kind = 'SLIP_JANJI_TEMU'").all();
    expect(doc).toEqual([
      { kind: 'SLIP_JANJI_TEMU', reference: 'JT-K1-2026-0001' },
      { kind: 'SLIP_JANJI_TEMU', reference: 'JT-K1-2026-0002' },
    ]);
    const day = unwrap(await dispatch('appointments.forDay', { date: '2026-11-30' }));
    expect(day.appointments.map((a) => a.reference)).toEqual(['JT-K1-2026-0001']);
  });

  it.each([
    ['2026-11-27', 'Tarikh janji temu Jumaat, 27/11/2026 telah berlalu.'],
    ['2026-12-05', 'Sabtu, 05/12/2026 ialah hujung minggu'],
    ['2026-12-25', 'cuti umum (Hari Krismas)'],
    ['2027-06-01', 'dalam 90 hari'],
  ])('refuses an appointment on %s and writes nothing', async (date, words) => {
    const { ledger, dispatch } = await counter(3);
    ledger.db
      .prepare("INSERT INTO holidays (date, name, added_at, added_by) VALUES ('2026-12-25', 'Hari Krismas', ?, 1)")
      .run(ledger.clock().toISOString());
    const before = counts(ledger);
    const result = await dispatch('appointments.book', booking(date));
    expect(result.ok ? '' : result.error.message).toContain(words);
    expect(counts(ledger)).toBe(before);
  });

  it('refuses booking outside option 3', async () => {
    const other = await counter(1);
    const refused = await other.dispatch('appointments.book', booking('2026-11-30'));
    expect(refused.ok ? '' : refused.error.message).toContain('hanya semasa tempoh gangguan SOP Pilihan 3');
  });

  it('turns into a registration when registration reopens, linked both ways', async () => {
    const { ledger, dispatch } = await counter(3);
    const booked = unwrap(await dispatch('appointments.book', booking('2026-11-30')));
    const outage = unwrap(await dispatch('outage.current', {}));
    unwrap(await dispatch('outage.close', { outageId: outage?.id }));
    unwrap(await dispatch('outage.open', { sopOption: 1, startedAt: ledger.clock().toISOString() }));
    const registered = unwrap(
      await dispatch('cases.register', {
        caseTypeCode: booked.caseTypeCode,
        proceeding: 'SAMAN',
        parties: [
          {
            side: 'CLAIMANT',
            name: booked.personName,
            idType: booked.idType,
            idNumber: booked.idNumber,
            phone: booked.phone,
          },
        ],
        appointmentId: booked.id,
      }),
    );
    const after = unwrap(await dispatch('appointments.get', { appointmentId: booked.id }));
    expect(after).toMatchObject({ status: 'REGISTERED', caseId: registered.id, caseNumber: registered.caseNumber });
    const again = await dispatch('cases.register', {
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [CLAIMANT],
      appointmentId: booked.id,
    });
    expect(again.ok ? '' : again.error.message).toContain('tidak lagi aktif (status: Telah didaftarkan)');
  });

  it('marks a no-show with its reason once the session is over; the appointment stays', async () => {
    const { ledger, dispatch } = await counter(3);
    const booked = unwrap(await dispatch('appointments.book', booking('2026-11-30')));
    (ledger.clock as ReturnType<typeof frozenClock>).set('2026-11-30T04:31:00.000Z');
    const closed = unwrap(
      await dispatch('appointments.close', {
        appointmentId: booked.id,
        status: 'NO_SHOW',
        reason: 'Tidak hadir pada tarikh',
      }),
    );
    expect(closed).toMatchObject({ status: 'NO_SHOW', statusReason: 'Tidak hadir pada tarikh' });
  });
});
