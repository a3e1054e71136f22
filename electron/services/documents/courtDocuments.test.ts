import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, tempDir, unwrap } from '../../../tests/support/ledger';
import { readPdf } from './pdfText';
import { causeBookData } from './causeBook';

const CLAIMANT = {
  side: 'CLAIMANT',
  name: 'Siti Aminah binti Yusof',
  idType: 'MYKAD',
  idNumber: '850101-10-5124',
  address: 'No. 12, Jalan Dato Bandar Tunggal, 70000 Seremban',
};
const RESPONDENT = {
  side: 'RESPONDENT',
  name: 'Ahmad Faizal bin Hassan',
  idType: 'MYKAD',
  idNumber: '800202-05-5127',
  address: 'Lot 5, Kampung Gebok, 71450 Sungai Gadut',
};

async function caseWithHearing(proceeding: 'SAMAN' | 'PERMOHONAN' = 'SAMAN') {
  const dataDir = tempDir();
  const { ledger } = await readyLedger({}, { dataDir });
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const registered = unwrap(
    await dispatch('cases.register', { caseTypeCode: '024', proceeding, parties: [CLAIMANT, RESPONDENT] }),
  );
  const hearing = unwrap(
    await dispatch('hearings.set', {
      caseId: registered.id,
      kind: 'SEBUTAN',
      date: '2026-12-07',
      time: '14:30',
      room: 'Dewan Bicara 1',
    }),
  );
  return { ledger, dispatch, dataDir, caseId: registered.id, caseNumber: registered.caseNumber, hearingId: hearing.id };
}

const textOf = async (file: string) => (await readPdf(readFileSync(file))).map((p) => p.text).join(' ');

describe('the summons and the application', () => {
  it('issues the summons once: saved with its SHA-256, registered, audited, N copies printed', async () => {
    const { ledger, dispatch, dataDir, caseId, caseNumber, hearingId } = await caseWithHearing();
    unwrap(await dispatch('printers.choose', { kind: 'courtDocument', printer: 'Folder cetakan (Simpan PDF)' }));
    const issued = unwrap(
      await dispatch('courtDocuments.issue', { caseId, hearingId, form: 'SAMAN', toPrinter: true }),
    );
    expect(issued.copy).toBe(false);
    const bytes = readFileSync(issued.pdfFile);
    const pages = await readPdf(bytes);
    expect(pages).toHaveLength(1);
    expect(Math.round(pages[0]?.width ?? 0)).toBe(595);
    const text = pages.map((p) => p.text).join(' ');
    for (const expected of [
      'DALAM MAHKAMAH RENDAH SYARIAH DI SEREMBAN',
      'DALAM NEGERI SEMBILAN DARUL KHUSUS',
      `SAMAN NO. ${caseNumber}`,
      'ANTARA',
      'SITI AMINAH BINTI YUSOF',
      '(No. K/P 850101-10-5124)',
      'PLAINTIF',
      'DAN',
      'AHMAD FAIZAL BIN HASSAN',
      '(No. K/P 800202-05-5127)',
      'DEFENDAN',
      'ANDA DENGAN INI DISAMAN',
      'pada hari Isnin, 7 hari bulan Disember 2026 bersamaan 27 Jamadilakhir 1448H pukul 2.30 petang, di Dewan Bicara 1',
      'Bertarikh 28 November 2026 bersamaan 18 Jamadilakhir 1448H',
      '(Meterai)',
      'Pendaftar',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('SALINAN');
    expect(text).not.toContain('DI DALAM');
    const row = ledger.db.prepare('SELECT * FROM documents').get() as Record<string, unknown>;
    expect(row).toMatchObject({ kind: 'SAMAN', case_id: caseId, case_number: caseNumber, copies: 3, status: 'ISSUED' });
    expect(row.pdf_sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(join(dataDir, String(row.pdf_file))).toBe(issued.pdfFile);
    const actions = (
      ledger.db.prepare("SELECT action FROM audit_events WHERE entity = 'document'").all() as { action: string }[]
    ).map((r) => r.action);
    expect(actions).toEqual(['document.issue', 'document.print']);
    expect(readdirSync(join(dataDir, 'cetakan'))).toHaveLength(3);

    // A second print of the same form for the same date is a copy, stamped SALINAN, one sheet.
    const again = unwrap(await dispatch('courtDocuments.issue', { caseId, hearingId, form: 'SAMAN', toPrinter: true }));
    expect(again.documentId).toBe(issued.documentId);
    expect(again.copy).toBe(true);
    expect(await textOf(again.pdfFile)).toContain('SALINAN');
    expect(readdirSync(join(dataDir, 'cetakan'))).toHaveLength(4);
    expect(ledger.db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual({ n: 1 });
    // The original is untouched.
    expect(createHash('sha256').update(readFileSync(issued.pdfFile)).digest('hex')).toBe(row.pdf_sha256);
  });

  it('prints the application form with Pemohon and Responden, the clerk may switch the form', async () => {
    const { dispatch, caseId, caseNumber, hearingId } = await caseWithHearing('PERMOHONAN');
    const issued = unwrap(
      await dispatch('courtDocuments.issue', { caseId, hearingId, form: 'PERMOHONAN', toPrinter: false }),
    );
    const text = await textOf(issued.pdfFile);
    for (const expected of [
      `PERMOHONAN NO. ${caseNumber}`,
      'PEMOHON',
      'RESPONDEN',
      '(No. K/P 800202-05-5127)',
      'AMBIL PERHATIAN bahawa Pemohon',
      'bersamaan 27 Jamadilakhir 1448H pukul 2.30 petang, di Dewan Bicara 1',
    ]) {
      expect(text).toContain(expected);
    }
    const switched = unwrap(
      await dispatch('courtDocuments.issue', { caseId, hearingId, form: 'SAMAN', toPrinter: false }),
    );
    expect(await textOf(switched.pdfFile)).toContain(`SAMAN NO. ${caseNumber}`);
    expect(unwrap(await dispatch('courtDocuments.forCase', { caseId })).map((d) => d.kind)).toEqual([
      'PERMOHONAN',
      'SAMAN',
    ]);
  });

  it('says plainly when no printer is chosen, and keeps the issued document', async () => {
    const { ledger, dispatch, caseId, hearingId } = await caseWithHearing();
    const failed = await dispatch('courtDocuments.issue', { caseId, hearingId, form: 'SAMAN', toPrinter: true });
    expect(failed.ok ? '' : failed.error.message).toMatch(/Tiada pencetak dipilih untuk saman/);
    expect(ledger.db.prepare('SELECT COUNT(*) AS n FROM documents').get()).toEqual({ n: 1 });
  });
});

describe('the cause book', () => {
  it('lists the cases of the day with parties, receipt, amount and mention date, A4 landscape', async () => {
    const { dispatch, caseId, caseNumber } = await caseWithHearing();
    const receipt = unwrap(
      await dispatch('payments.take', {
        caseId,
        lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
        payerName: CLAIMANT.name,
        payerIdNumber: CLAIMANT.idNumber,
        method: 'CASH',
        tenderedSen: 5000,
      }),
    );
    const other = unwrap(
      await dispatch('cases.register', {
        caseTypeCode: '017',
        proceeding: 'PERMOHONAN',
        parties: [{ side: 'CLAIMANT', name: 'Rosnah binti Daud', idType: 'NONE' }],
        note: 'Dokumen asal dipulangkan',
      }),
    );
    const day = unwrap(await dispatch('causeBook.print', { period: 'DAY', date: '2026-11-28', toPrinter: false }));
    const pages = await readPdf(readFileSync(day.pdfFile));
    expect(Math.round(pages[0]?.width ?? 0)).toBe(842);
    const text = pages.map((p) => p.text).join(' ');
    for (const expected of [
      'BUKU KAUSA',
      'MAHKAMAH RENDAH SYARIAH SEREMBAN',
      'Hari: Sabtu, 28 November 2026 bersamaan 18 Jamadilakhir 1448H',
      'No. Kes',
      'Tarikh Daftar',
      'Jenis Kes',
      'Pihak-pihak',
      'No. Resit',
      'Amaun (RM)',
      'Tarikh Sebutan',
      'Catatan',
      caseNumber,
      'Plaintif: Siti Aminah binti Yusof (No. K/P 850101-10-5124)',
      receipt.receiptNumber,
      '07/12/2026 2.30 petang, Dewan Bicara 1 (Sebutan)',
      other.caseNumber,
      'Pemohon: Rosnah binti Daud',
      'Dokumen asal dipulangkan',
      'Jumlah: 2 kes',
    ]) {
      expect(text).toContain(expected);
    }
    const month = unwrap(await dispatch('causeBook.print', { period: 'MONTH', date: '2026-11-15', toPrinter: false }));
    expect(await textOf(month.pdfFile)).toContain('Bulan: 1 November 2026 hingga 30 November 2026');
    const nextWeek = unwrap(
      await dispatch('causeBook.print', { period: 'WEEK', date: '2026-12-02', toPrinter: false }),
    );
    const weekText = await textOf(nextWeek.pdfFile);
    expect(weekText).toContain('Minggu: 30 November 2026 hingga 6 Disember 2026');
    expect(weekText).toContain('Tiada kes didaftarkan dalam tempoh ini.');
  });

  it("prints a passport holder's country beside the passport on the Saman and the cause book", async () => {
    const dataDir = tempDir();
    const { ledger } = await readyLedger({}, { dataDir });
    const dispatch = dispatcherFor(ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const passport = {
      side: 'RESPONDENT',
      name: 'Sri Wahyuni binti Sutrisno',
      idType: 'PASSPORT',
      idNumber: 'C4567890',
      nationality: 'IDN',
      address: 'Jalan Merdeka 10, Surabaya',
    };
    const registered = unwrap(
      await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT, passport] }),
    );
    const hearing = unwrap(
      await dispatch('hearings.set', {
        caseId: registered.id,
        kind: 'SEBUTAN',
        date: '2026-12-07',
        time: '14:30',
        room: 'Dewan Bicara 1',
      }),
    );
    const saman = unwrap(
      await dispatch('courtDocuments.issue', {
        caseId: registered.id,
        hearingId: hearing.id,
        form: 'SAMAN',
        toPrinter: false,
      }),
    );
    const samanText = await textOf(saman.pdfFile);
    expect(samanText).toContain('No. Pasport C4567890 (Indonesia)');
    expect(samanText).toContain('No. K/P 850101-10-5124');
    expect(samanText).not.toContain('850101-10-5124 (');
    const day = unwrap(await dispatch('causeBook.print', { period: 'DAY', date: '2026-11-28', toPrinter: false }));
    expect(await textOf(day.pdfFile)).toContain(
      'Defendan: Sri Wahyuni binti Sutrisno (No. Pasport C4567890 (Indonesia))',
    );
  });

  it('names where a case came from in words, not as the ledger codes it', async () => {
    const { ledger, caseId } = await caseWithHearing();
    ledger.db.prepare("UPDATE cases SET source = 'ESV3_EXISTING' WHERE id = ?").run(caseId);
    const remarks = causeBookData(ledger, 'DAY', '2026-11-28').rows.flatMap((r) => r.remarks);
    expect(remarks).toContain('Sumber: Kes sedia ada ESV3');
    expect(remarks.join(' ')).not.toContain('ESV3_EXISTING');
  });
});
