import type { Content } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { cashDifference, dayCloseDoc } from './dayCloseDoc';
import { sampleDayClose, sampleHeader } from './sampleData';
import { cellText, definitionText, tableWithHeader } from './testing';
import { readPdf } from './pdfText';
import { renderPdf } from './render';

describe('dayCloseDoc', () => {
  const day = sampleDayClose(25);
  const def = dayCloseDoc(day, sampleHeader);

  it('is an A4 statement headed PENYATA KUTIPAN HARIAN KAUNTER with court, counter and date', () => {
    expect(def.pageSize).toBe('A4');
    const text = definitionText(def);
    expect(text).toContain('PENYATA KUTIPAN HARIAN KAUNTER');
    expect(text).toContain('Mahkamah : Mahkamah Rendah Syariah Petaling');
    expect(text).toContain('Kaunter : K1');
    expect(text).toContain('Tarikh kutipan : 28 November 2026');
  });

  it('lists every receipt of the day, cancelled ones flagged BATAL, struck through and left out of the total', () => {
    const table = tableWithHeader(
      def,
      'Bil.',
      'No. Resit',
      'Masa',
      'Diterima daripada',
      'No. Kes',
      'Cara Bayaran',
      'Amaun (RM)',
      'Status',
    );
    expect(table.headerRows).toBe(1);
    expect(table.body).toHaveLength(1 + 25 + 1);
    const first = table.body[1]?.map(cellText);
    expect(first).toEqual([
      '1',
      '10003-K1-2026-000101',
      '08:30',
      'Siti Khadijah binti Ismail',
      '10003-020-0700-2026',
      'Tunai',
      '110.00',
      'Sah',
    ]);
    const cancelledRow = table.body[5];
    expect(cellText(cancelledRow?.[1])).toBe('10003-K1-2026-000105');
    expect(cellText(cancelledRow?.[7])).toBe('BATAL');
    expect(cellText(cancelledRow?.[3])).toContain('Sebab batal: Amaun fi tersilap');
    expect(cancelledRow?.[6]).toMatchObject({ decoration: 'lineThrough' });
    const flagged = table.body.filter((row) => cellText(row[7]) === 'BATAL');
    expect(flagged).toHaveLength(2);
    const totalRow = table.body.at(-1)?.map(cellText);
    expect(totalRow?.[0]).toBe('JUMLAH KUTIPAN (tidak termasuk resit BATAL)');
    expect(totalRow?.[6]).toBe('983.00');
  });

  it('totals by method and by fee item', () => {
    const methods = tableWithHeader(def, 'Cara Bayaran', 'Bil. Resit', 'Amaun (RM)').body.map((r) => r.map(cellText));
    expect(methods[1]).toEqual(['Tunai', '11', '466.50']);
    expect(methods.at(-1)).toEqual(['Jumlah', '23', '983.00']);
    const fees = tableWithHeader(def, 'Perihal Terimaan', 'Kuantiti', 'Amaun (RM)').body.map((r) => r.map(cellText));
    expect(fees[1]).toEqual(['Fi pendaftaran saman / permohonan', '7', '700.00']);
    // Fee names on paper, never the internal codes.
    expect(definitionText(def)).not.toMatch(/\bF0\d\d\b/);
    expect(fees.at(-1)?.at(-1)).toBe('983.00');
  });

  it('gives the receipt range used and the counts issued and cancelled', () => {
    const text = definitionText(def);
    expect(text).toContain('Resit pertama 10003-K1-2026-000101');
    expect(text).toContain('Resit terakhir 10003-K1-2026-000125');
    expect(text).toContain('Bilangan resit sah 23');
    expect(text).toContain('Bilangan resit batal 2');
    expect(text).toContain('Jumlah resit digunakan 25');
  });

  it('sets cash expected against cash counted and names the difference', () => {
    const text = definitionText(def);
    expect(text).toContain('D. Tunai Tunai mengikut resit RM 466.50');
    expect(text).toContain('Tunai dikira RM 456.50');
    expect(text).toContain('Lebihan / Kurangan Kurangan RM 10.00');
    expect(cashDifference({ ...day, cashCountedSen: day.cashExpectedSen + 250 })?.label).toBe('Lebihan RM 2.50');
    expect(cashDifference({ ...day, cashCountedSen: day.cashExpectedSen })?.label).toBe('Tiada perbezaan (RM 0.00)');
    expect(cashDifference({ ...day, cashCountedSen: null })).toBeNull();
  });

  it('has signature blocks for the collector and the supervisor', () => {
    const text = definitionText(def);
    expect(text).toContain('Disediakan oleh:');
    expect(text).toContain('(Pemungut) Nama : Nur Aisyah binti Kamarudin Tarikh : 28 November 2026, 17:05');
    expect(text).toContain('Disemak oleh:');
    expect(text).toContain('Nama : Hj. Mohd Rizal bin Othman Tarikh : 28 November 2026, 17:20');
  });

  it('leaves the names blank to be written in when nobody has signed yet, and marks an open day DRAF', () => {
    const open = dayCloseDoc(
      { ...day, closed: false, preparedBy: null, preparedAt: null, checkedBy: null, checkedAt: null },
      sampleHeader,
    );
    const text = definitionText(open);
    expect(text).toContain('DRAF');
    expect(text).toContain('Status : Belum ditutup (DRAF)');
    expect(text).toContain('Nama : Tarikh :');
    expect(definitionText(def)).not.toContain('DRAF');
  });

  it('numbers the pages "Muka surat x / y"', () => {
    expect(typeof def.footer).toBe('function');
    const footer = (def.footer as (page: number, count: number) => Content)(2, 3);
    expect(cellText(footer)).toContain('Muka surat 2 / 3');
  });

  it('prints a day without receipts', () => {
    const empty = dayCloseDoc(
      {
        ...day,
        receipts: [],
        firstReceiptNumber: null,
        lastReceiptNumber: null,
        issuedCount: 0,
        cancelledCount: 0,
        totalSen: 0,
        byMethod: [],
        byFee: [],
        cashExpectedSen: 0,
        cashCountedSen: 0,
        differenceSen: 0,
      },
      sampleHeader,
    );
    const text = definitionText(empty);
    expect(text).toContain('Tiada resit dikeluarkan pada tarikh ini.');
    expect(text).toContain('Resit pertama -');
  });

  it('says which close a statement is once the day was reopened, with the cash difference note', () => {
    const day = sampleDayClose(3);
    const reopened = {
      ...day,
      version: 2,
      reopens: [
        {
          version: 1,
          reopenedAt: '2026-11-28T09:30:00.000Z',
          reopenedBy: 'Nur Aisyah binti Kamarudin',
          approvedBy: 'Hj. Mohd Rizal bin Othman',
          reason: 'Resit berganda perlu dibatalkan',
        },
      ],
    };
    const text = definitionText(dayCloseDoc(reopened, sampleHeader));
    expect(text).toContain('Kaunter telah ditutup (versi 2; dibuka semula: Resit berganda perlu dibatalkan)');
    expect(text).toContain('Catatan perbezaan Kurang RM 10.00: dilaporkan kepada Pendaftar');
    expect(definitionText(dayCloseDoc({ ...day, roundingSen: -3 }, sampleHeader))).toContain(
      'Pelarasan bundaran -0.03',
    );
  });

  it('runs a long day onto pages headed with the date and Muka surat x / y, each beginning with a whole row', async () => {
    const long = sampleDayClose(120);
    const pages = await readPdf(await renderPdf(dayCloseDoc(long, sampleHeader)));
    expect(pages.length).toBeGreaterThan(2);
    pages.slice(1).forEach((page, i) => {
      expect(page.text).toContain(
        `Penyata Kutipan Harian · Kaunter K1 · 28 November 2026 Muka surat ${i + 2} / ${pages.length}`,
      );
    });
    // Every page the receipt list runs onto begins with the repeated head and a Bil number.
    const listPages = pages.slice(1).filter((page) => page.text.startsWith('Bil.'));
    expect(listPages.length).toBeGreaterThan(0);
    for (const page of listPages)
      expect(page.text).toMatch(
        /^Bil\. No\. Resit Masa Diterima daripada No\. Kes Cara Bayaran Amaun \(RM\) Status \d+ 10003-K1-/,
      );
  });

  it('fits RM 99,999,999.99 on one line in every amount column, and counts fee units', async () => {
    const small = sampleDayClose(3);
    const big = 9_999_999_999;
    const first = small.receipts[0];
    if (!first) throw new Error('no receipt');
    const receipts = [{ ...first, status: 'ISSUED' as const, totalSen: big }];
    const day = {
      ...small,
      receipts,
      totalSen: big,
      byMethod: [{ method: 'CASH' as const, count: 1, totalSen: big }],
      byFee: [{ feeCode: 'F020', description: 'Fi ekshibit (setiap satu)', count: 8, totalSen: big }],
      cashExpectedSen: big,
      cashCountedSen: big,
    };
    const text = (await readPdf(await renderPdf(dayCloseDoc(day, sampleHeader)))).map((p) => p.text).join(' ');
    // The list, its total, the method summary and its total, the fee summary and its total.
    expect(text.match(/(^| )99,999,999\.99( |$)/g)?.length).toBeGreaterThanOrEqual(6);
    expect(text).not.toMatch(/99,999,999\.9 9/);
    expect(text).toContain('Fi ekshibit (setiap satu) 8 99,999,999.99');
  });
});
