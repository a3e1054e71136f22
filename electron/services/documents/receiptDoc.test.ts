import { describe, expect, it } from 'vitest';
import { receiptDoc, paymentReference, remarkLines, ROLL_80MM_WIDTH } from './receiptDoc';
import { sampleCancelled, sampleHeader, sampleReceipt, sampleRounded } from './sampleData';
import { cellText, definitionText, tableWithHeader, tablesOf } from './testing';
import { readPdf } from './pdfText';
import { renderPdf } from './render';

const a5 = { paper: 'A5', copy: false } as const;
const roll = { paper: 'ROLL_80MM', copy: false } as const;

describe('receiptDoc', () => {
  it('prints the official receipt heading, number, date, payer and identity number', () => {
    const text = definitionText(receiptDoc(sampleReceipt(), sampleHeader, a5));
    expect(text).toContain('JABATAN KEHAKIMAN SYARIAH NEGERI SELANGOR');
    expect(text).toContain('MAHKAMAH RENDAH SYARIAH PETALING');
    expect(text).toContain('RESIT RASMI');
    expect(text).toContain('No. Resit : 10003-K1-2026-000123');
    // 02:15:42Z is 10:15 in Kuala Lumpur.
    expect(text).toContain('Tarikh : 28 November 2026, 10:15');
    expect(text).toContain('Diterima daripada : Ahmad Faizal bin Abdul Rahman');
    expect(text).toContain('No. K/P : 850412-10-5523');
  });

  it('dates the receipt in court time, across midnight and the year end', () => {
    const text = definitionText(receiptDoc(sampleReceipt({ issuedAt: '2026-12-31T16:30:00Z' }), sampleHeader, a5));
    expect(text).toContain('Tarikh : 1 Januari 2027, 00:30');
  });

  it('lays the items out as Bil | Perihal Terimaan | Cara Bayaran | No. Rujukan | Amaun (RM), then JUMLAH and words', () => {
    const receipt = sampleReceipt({ method: 'CHEQUE', chequeBank: 'Maybank', methodReference: '004512' });
    const def = receiptDoc(receipt, sampleHeader, a5);
    const table = tableWithHeader(def, 'Bil.', 'Perihal Terimaan', 'Cara Bayaran', 'No. Rujukan', 'Amaun (RM)');
    expect(table.headerRows).toBe(1);
    expect(table.dontBreakRows).toBe(true);
    // The last line travels with JUMLAH and the words in a second part printed right under the first.
    const tail = tablesOf(def)[tablesOf(def).indexOf(table) + 1];
    expect(tail?.dontBreakRows).toBe(true);
    const rows = [...table.body, ...(tail?.body ?? [])].map((row) => row.map(cellText));
    expect(rows.slice(1, 4)).toEqual([
      ['1', 'Fi pendaftaran saman / permohonan', 'Cek', 'Maybank 004512', '100.00'],
      ['2', 'Fi afidavit', '', '', '10.00'],
      ['3', 'Fi ekshibit (setiap satu)', '', '', '10.50'],
    ]);
    expect(table.body[1]?.[2]).toMatchObject({ rowSpan: 2 });
    expect(table.body[1]?.[3]).toMatchObject({ rowSpan: 2 });
    expect(rows[4]?.[0]).toBe('JUMLAH');
    expect(rows[4]?.[4]).toBe('120.50');
    expect(rows[5]?.[0]).toBe('Ringgit Malaysia Seratus Dua Puluh dan Sen Lima Puluh Sahaja');
    expect(rows).toHaveLength(6);
  });

  it('shows cash tendered and change for Tunai, and neither for other methods', () => {
    const cash = definitionText(receiptDoc(sampleReceipt(), sampleHeader, a5));
    expect(cash).toContain('Wang diterima: RM 150.00');
    expect(cash).toContain('Baki: RM 29.50');
    const card = definitionText(
      receiptDoc(
        sampleReceipt({ method: 'CARD', methodReference: 'AP7731', tenderedSen: null, changeSen: null }),
        sampleHeader,
        a5,
      ),
    );
    expect(card).not.toContain('Wang diterima');
    expect(card).not.toContain('Baki');
    expect(card).toContain('Kad Debit/Kredit');
    expect(card).toContain('AP7731');
  });

  it('writes the case number and outside references under Catatan, and the receipt it replaces', () => {
    const receipt = sampleReceipt({
      kew38Serial: 'A 123456',
      igfmasRef: 'IG-1',
      ispeksRef: 'IS-2',
      replacesReceiptNumber: '10003-K1-2026-000122',
      note: 'Bayaran bagi pihak plaintif',
    });
    expect(remarkLines(receipt)).toEqual([
      'No. Kes: 10003-024-0769-2026',
      'Menggantikan resit 10003-K1-2026-000122',
      'No. siri Kew. 38: A 123456',
      'Rujukan iGFMAS: IG-1',
      'Rujukan iSPEKS: IS-2',
      'Bayaran bagi pihak plaintif',
    ]);
    const text = definitionText(receiptDoc(receipt, sampleHeader, a5));
    expect(text).toContain('Catatan : No. Kes: 10003-024-0769-2026 Menggantikan resit 10003-K1-2026-000122');
    expect(definitionText(receiptDoc(sampleReceipt({ caseNumber: null }), sampleHeader, a5))).toContain('Catatan : -');
  });

  it('names the collector and the counter, with a signature line', () => {
    const text = definitionText(receiptDoc(sampleReceipt(), sampleHeader, a5));
    expect(text).toContain('Dipungut oleh : Nur Aisyah binti Kamarudin');
    expect(text).toContain('Kaunter : K1');
    expect(text).toContain('Tandatangan Pemungut');
    expect(text).not.toContain('tidak memerlukan tandatangan');
  });

  it('uses A5 portrait, or an 80 mm roll whose height follows its content', () => {
    const paper = receiptDoc(sampleReceipt(), sampleHeader, a5);
    expect(paper.pageSize).toBe('A5');
    expect(paper.pageOrientation).toBe('portrait');
    const slip = receiptDoc(sampleReceipt(), sampleHeader, roll);
    expect(slip.pageSize).toEqual({ width: ROLL_80MM_WIDTH, height: 'auto' });
    expect(ROLL_80MM_WIDTH).toBeCloseTo((80 / 25.4) * 72, 1);
    const margins = slip.pageMargins as number[];
    expect(Math.max(...margins)).toBeLessThanOrEqual(16);
  });

  it('keeps the 80 mm roll to one column: Bil | Perihal Terimaan | Amaun, the method below', () => {
    const def = receiptDoc(sampleReceipt(), sampleHeader, roll);
    const table = tableWithHeader(def, 'Bil.', 'Perihal Terimaan', 'Amaun (RM)');
    expect(table.body[0]).toHaveLength(3);
    const text = definitionText(def);
    expect(text).toContain('Cara Bayaran : Tunai');
    expect(text).toContain('JUMLAH 120.50');
    expect(text).toContain('Ringgit Malaysia Seratus Dua Puluh dan Sen Lima Puluh Sahaja');
  });

  it('stamps SALINAN on a reprint only, on both papers', () => {
    for (const paper of ['A5', 'ROLL_80MM'] as const) {
      const original = receiptDoc(sampleReceipt(), sampleHeader, { paper, copy: false });
      expect(definitionText(original)).not.toContain('SALINAN');
      expect(original.watermark).toBeUndefined();
      const copy = receiptDoc(sampleReceipt(), sampleHeader, { paper, copy: true });
      expect(definitionText(copy)).toContain('SALINAN');
      expect(copy.watermark).toMatchObject({ text: 'SALINAN', bold: true });
      expect(copy.info?.title).toContain('SALINAN');
    }
  });

  it('stamps BATAL with the date, the supervisor, the reason and the replacement', () => {
    const def = receiptDoc(sampleCancelled(), sampleHeader, a5);
    expect(def.watermark).toMatchObject({ text: 'BATAL' });
    const text = definitionText(def);
    expect(text).toContain(
      'BATAL Resit ini telah dibatalkan pada 28 November 2026, 11:02 oleh Hj. Mohd Rizal bin Othman.',
    );
    expect(text).toContain('Sebab: Nama pembayar tersalah eja');
    expect(text).toContain('Digantikan oleh resit 10003-K1-2026-000124');
  });

  it('keeps both stamps when a cancelled receipt is reprinted', () => {
    const def = receiptDoc(sampleCancelled(), sampleHeader, { paper: 'ROLL_80MM', copy: true });
    const text = definitionText(def);
    expect(text).toContain('SALINAN');
    expect(text).toContain('Resit ini telah dibatalkan pada');
    expect(def.watermark).toMatchObject({ text: 'BATAL' });
  });

  it('gives the watermark an explicit angle and size (an auto-height page has no height to derive them from)', () => {
    const def = receiptDoc(sampleCancelled(), sampleHeader, roll);
    expect(def.watermark).toMatchObject({ angle: expect.any(Number), fontSize: expect.any(Number) });
  });

  it('fixes the creation date to the issue time and prints the same original whatever happens later', () => {
    const original = receiptDoc(sampleReceipt(), sampleHeader, a5);
    expect(original.info?.creationDate).toEqual(new Date('2026-11-28T02:15:42.000Z'));
    const later = receiptDoc(sampleReceipt({ pdfSha256: 'ab'.repeat(32) }), sampleHeader, a5);
    expect(definitionText(later)).toBe(definitionText(original));
  });

  it('writes the payment reference from the bank and the number', () => {
    expect(paymentReference(sampleReceipt())).toBe('-');
    expect(paymentReference(sampleReceipt({ method: 'EFT', methodReference: ' FPX123 ' }))).toBe('FPX123');
    expect(paymentReference(sampleReceipt({ chequeBank: 'CIMB', methodReference: '000981' }))).toBe('CIMB 000981');
  });

  it('shows the 5-sen rounding as its own line and the rounded total paid, on A5 and on the roll', () => {
    for (const options of [a5, roll]) {
      const text = definitionText(receiptDoc(sampleRounded(), sampleHeader, options));
      expect(text).toContain('Jumlah 21.03');
      expect(text).toContain('Pelarasan bundaran +0.02');
      expect(text).toContain('JUMLAH DIBAYAR 21.05');
      expect(text).toContain('RM 28.95');
    }
    const plain = definitionText(receiptDoc(sampleReceipt(), sampleHeader, a5));
    expect(plain).not.toContain('Pelarasan bundaran');
    expect(plain).toContain('JUMLAH 120.50');
  });

  it('names the collection date of a receipt paid after the day was closed', () => {
    const late = sampleReceipt({ issuedAt: '2026-11-27T09:30:00.000Z', collectionDate: '2026-11-30' });
    expect(definitionText(receiptDoc(late, sampleHeader, a5))).toContain('Tarikh kutipan : 30 November 2026');
    expect(definitionText(receiptDoc(sampleReceipt(), sampleHeader, a5))).not.toContain('Tarikh kutipan');
  });

  describe('a long receipt on paper', () => {
    // Rows of one to five printed lines, so that some page break would fall inside a row if rows could split.
    const description = (n: number) =>
      `Saman dan Pernyataan Tuntutan (Mahkamah Rendah Syariah) bagi pihak ke-${n}` +
      ' beserta penyampaian notis kepada pihak yang dinamakan'.repeat(n % 4);
    const long = () => {
      const receipt = sampleReceipt({
        lines: Array.from(
          { length: 30 },
          (_, i) => ['SAMAN_MRS', description(i + 1), 2500] as [string, string, number],
        ),
        method: 'CHEQUE',
        chequeBank: 'Maybank',
        methodReference: '004512',
        tenderedSen: null,
        changeSen: null,
      });
      const waived = receipt.items[5];
      if (waived) Object.assign(waived, { amountSen: 0, exemptReason: 'Bantuan guaman (Biro Bantuan Guaman)' });
      return receipt;
    };

    it('runs 30 lines onto later A5 pages that carry the receipt number and Muka surat x / y, no row split', async () => {
      const pages = await readPdf(await renderPdf(receiptDoc(long(), sampleHeader, a5)));
      expect(pages.length).toBeGreaterThan(1);
      pages.forEach((page, i) => {
        if (i === 0) {
          expect(page.text).not.toContain('Muka surat');
          return;
        }
        // pdfmake draws the running head after the page's body.
        expect(page.text).toContain(`Resit Rasmi 10003-K1-2026-000123 Muka surat ${i + 1} / ${pages.length}`);
        // The page's first row begins with its Bil number: under the repeated head, or the last line that
        // travels with JUMLAH and the signature.
        expect(page.text).toMatch(/^(Bil\. Perihal Terimaan Cara Bayaran No\. Rujukan Amaun \(RM\) )?\d+ Saman/);
      });
      // Every line whole on exactly one page: its number, its full description and its amount together.
      for (let n = 1; n <= 30; n++) {
        const amount = n === 6 ? '0.00' : '25.00';
        const row = new RegExp(
          `(^| )${n} ${description(n).replace(/[()]/g, '\\$&')}( Dikecualikan: [^0-9]+)?( Cek Maybank 004512)? ${amount}`,
        );
        expect(
          pages.filter((page) => row.test(page.text)),
          `line ${n}`,
        ).toHaveLength(1);
      }
      // The collector signs on the page that holds the JUMLAH, never alone.
      const last = pages.at(-1)?.text ?? '';
      expect(last).toContain('JUMLAH');
      expect(last).toContain('Tandatangan Pemungut');
    });

    it('prints a waived line with its recorded reason, and fee names, never their internal codes', () => {
      for (const paper of [a5, roll]) {
        const text = definitionText(receiptDoc(long(), sampleHeader, paper));
        expect(text).toContain(`${description(6)} Dikecualikan: Bantuan guaman (Biro Bantuan Guaman) 0.00`);
        expect(text).not.toContain('SAMAN_MRS');
      }
    });
  });

  it('fits the largest amounts on one line in the Amaun column, on A5 and the 80 mm roll', async () => {
    const receipt = sampleReceipt({
      lines: [['HARTA', 'Fi tuntutan harta', 9_999_999_999]],
      method: 'EFT',
      methodReference: 'FPX123',
      tenderedSen: null,
      changeSen: null,
    });
    for (const paper of [a5, roll]) {
      const pages = await readPdf(await renderPdf(receiptDoc(receipt, sampleHeader, paper)));
      const text = pages.map((p) => p.text).join(' ');
      // Once in the line, once as the (bold) JUMLAH: a wrap would read "99,999,999.9 9".
      expect(text.match(/99,999,999\.99/g)).toHaveLength(2);
    }
  });

  it("prints the state's title after its name in the heading", () => {
    expect(definitionText(receiptDoc(sampleReceipt(), sampleHeader, a5))).toContain(
      'JABATAN KEHAKIMAN SYARIAH NEGERI SELANGOR DARUL EHSAN',
    );
  });
});
