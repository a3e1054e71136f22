import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterAll, describe, expect, it } from 'vitest';
import { dayCloseDoc } from './dayCloseDoc';
import { readPdf } from './pdfText';
import { ROLL_80MM_WIDTH, receiptDoc } from './receiptDoc';
import { cloneDefinition, defaultFontsDir, renderPdf } from './render';
import { isInside } from '../ledger/paths';
import { sampleCancelled, sampleDayClose, sampleHeader, sampleReceipt } from './sampleData';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const WORDS = 'Ringgit Malaysia Seratus Dua Puluh dan Sen Lima Puluh Sahaja';

describe('renderPdf: receipts', () => {
  it('renders an A5 receipt whose text holds the number, the case number and the amount in figures and words', async () => {
    const bytes = await renderPdf(receiptDoc(sampleReceipt(), sampleHeader, { paper: 'A5', copy: false }));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await readPdf(bytes);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.width).toBeCloseTo(419.53, 1);
    expect(pages[0]?.height).toBeCloseTo(595.28, 1);
    const text = pages[0]?.text ?? '';
    expect(text).toContain('RESIT RASMI');
    expect(text).toContain('10003-K1-2026-000123');
    expect(text).toContain('10003-024-0769-2026');
    expect(text).toContain('120.50');
    expect(text).toContain(WORDS);
    expect(text).toContain('Resit ini dicetak oleh komputer.');
    expect(text).not.toContain('SALINAN');
  });

  it('renders the 80 mm roll as exactly one page, 80 mm wide, even with many lines', async () => {
    for (const receipt of [
      sampleReceipt(),
      sampleReceipt({
        lines: Array.from({ length: 20 }, (_, i) => [`F${100 + i}`, `Fi dokumen difailkan nombor ${i + 1}`, 500]),
      }),
    ]) {
      const pages = await readPdf(
        await renderPdf(receiptDoc(receipt, sampleHeader, { paper: 'ROLL_80MM', copy: true })),
      );
      expect(pages).toHaveLength(1);
      expect(pages[0]?.width).toBeCloseTo(ROLL_80MM_WIDTH, 1);
      const text = pages[0]?.text ?? '';
      expect(text).toContain(receipt.receiptNumber);
      expect(text).toContain(receipt.amountInWords);
      expect(text).toContain('SALINAN');
    }
  });

  it('keeps an A5 receipt with eight lines, both stamps and every outside reference on one page', async () => {
    const receipt = {
      ...sampleCancelled(),
      kew38Serial: 'A 123456',
      igfmasRef: 'IG-2026-1',
      ispeksRef: 'IS-2026-2',
      replacesReceiptNumber: '10003-K1-2026-000122',
      note: 'Bayaran bagi pihak Plaintif dan Defendan',
      ...(() => {
        const r = sampleReceipt({
          lines: Array.from({ length: 8 }, (_, i) => [`F${100 + i}`, `Fi salinan diperakui dokumen ${i + 1}`, 1250]),
        });
        return { items: r.items, totalSen: r.totalSen, amountInWords: r.amountInWords };
      })(),
    };
    const pages = await readPdf(await renderPdf(receiptDoc(receipt, sampleHeader, { paper: 'A5', copy: true })));
    expect(pages).toHaveLength(1);
    expect(receipt.amountInWords).toBe('Ringgit Malaysia Seratus Sahaja');
    expect(pages[0]?.text).toContain(receipt.amountInWords);
    expect(pages[0]?.text).toContain('Rujukan iSPEKS: IS-2026-2');
  });

  it('prints SALINAN and BATAL, with the reason, into the PDF', async () => {
    const pages = await readPdf(
      await renderPdf(receiptDoc(sampleCancelled(), sampleHeader, { paper: 'A5', copy: true })),
    );
    const text = pages.map((p) => p.text).join(' ');
    expect(text).toContain('SALINAN');
    expect(text).toContain('BATAL');
    expect(text).toContain('Sebab: Nama pembayar tersalah eja');
  });

  it('gives the same bytes for the same receipt, so a stored SHA-256 can be checked by rendering again', async () => {
    const make = () => receiptDoc(sampleReceipt(), sampleHeader, { paper: 'A5', copy: false });
    const def = make();
    const a = await renderPdf(def);
    const b = await renderPdf(def);
    const c = await renderPdf(make());
    expect(sha256(b)).toBe(sha256(a));
    expect(sha256(c)).toBe(sha256(a));
    const roll = () => receiptDoc(sampleCancelled(), sampleHeader, { paper: 'ROLL_80MM', copy: true });
    expect(sha256(await renderPdf(roll()))).toBe(sha256(await renderPdf(roll())));
    // A reprint is a different document: the same receipt plus SALINAN.
    const copy = await renderPdf(receiptDoc(sampleReceipt(), sampleHeader, { paper: 'A5', copy: true }));
    expect(sha256(copy)).not.toBe(sha256(a));
  });

  it('does not change the definition it is given', async () => {
    const def = receiptDoc(sampleReceipt(), sampleHeader, { paper: 'ROLL_80MM', copy: false });
    const before = JSON.stringify(def);
    await renderPdf(def);
    expect(JSON.stringify(def)).toBe(before);
  });
});

describe('renderPdf: day close', () => {
  it('renders 25 receipts over two A4 pages with page numbers and the totals', async () => {
    const pages = await readPdf(await renderPdf(dayCloseDoc(sampleDayClose(25), sampleHeader)));
    expect(pages).toHaveLength(2);
    expect(pages[0]?.width).toBeCloseTo(595.28, 1);
    expect(pages[0]?.text).toContain('PENYATA KUTIPAN HARIAN KAUNTER');
    expect(pages[0]?.text).toContain('Muka surat 1 / 2');
    expect(pages[1]?.text).toContain('Muka surat 2 / 2');
    const text = pages.map((p) => p.text).join(' ');
    expect(text).toContain('10003-K1-2026-000101');
    expect(text).toContain('10003-K1-2026-000125');
    expect(text).toContain('983.00');
    expect(text).toContain('466.50');
    expect(text).toContain('Kurangan RM 10.00');
    expect(text).toContain('Disediakan oleh:');
    expect(text).toContain('Disemak oleh:');
  });
});

describe('renderPdf: resources', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ks-fonts-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const withImage = (src: string): TDocumentDefinitions => ({
    images: { crest: src },
    content: [{ image: 'crest', width: 20 }],
    defaultStyle: { font: 'NotoSans' },
  });

  it('refuses every URL', async () => {
    await expect(renderPdf(withImage('https://example.invalid/crest.png'))).rejects.toThrow(/denied/);
  });

  it('refuses local files outside the fonts folder', async () => {
    await expect(renderPdf(withImage('/etc/hostname'))).rejects.toThrow(/denied/);
    await expect(renderPdf(withImage(path.join(defaultFontsDir(), '..', 'render.ts')))).rejects.toThrow(/denied/);
  });

  it('reads the fonts from a fontsDir given by the packaged app', async () => {
    const dir = path.join(tmp, 'fonts');
    cpSync(defaultFontsDir(), dir, { recursive: true });
    const bytes = await renderPdf(receiptDoc(sampleReceipt(), sampleHeader, { paper: 'A5', copy: false }), {
      fontsDir: dir,
    });
    expect((await readPdf(bytes))[0]?.text).toContain('10003-K1-2026-000123');
    await expect(
      renderPdf(receiptDoc(sampleReceipt(), sampleHeader, { paper: 'A5', copy: false }), {
        fontsDir: path.join(tmp, 'missing'),
      }),
    ).rejects.toThrow();
  });

  it('tells inside from outside', () => {
    expect(isInside('/a/fonts', '/a/fonts/x.ttf')).toBe(true);
    expect(isInside('/a/fonts', '/a/fonts/../x.ttf')).toBe(false);
    expect(isInside('/a/fonts', '/a/fontsx/x.ttf')).toBe(false);
    expect(isInside('/a/fonts', '/a/fonts')).toBe(false);
  });

  it('clones definitions with their functions and dates', () => {
    const footer = () => 'x';
    const def = { content: [{ text: 'a' }], footer, info: { creationDate: new Date(0) } };
    const copy = cloneDefinition(def);
    expect(copy).not.toBe(def);
    expect(copy.content[0]).not.toBe(def.content[0]);
    expect(copy.footer).toBe(footer);
    expect(copy.info.creationDate).toEqual(new Date(0));
    expect(copy.info.creationDate).not.toBe(def.info.creationDate);
  });
});
