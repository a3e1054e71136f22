import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAYMENT_METHOD_LABELS, type ReceiptPaper } from '@shared/domain';
import { formatRinggit } from '@shared/money';
import type { ReceiptHeader, ReceiptView } from '@shared/receiptViews';
import { formatCourtDateTime, rm } from '../electron/services/documents/format';

/**
 * The receipt the counter prints, written as a web page would be for Chromium's `page.pdf()`: the floor of
 * the receipt-pdf row. Same words, same table, the same fonts (every TTF/OTF in the documents' fonts folder,
 * by file URL); no framework, so the floor is the browser's layout and PDF writer alone.
 */

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** @font-face rules for every font file the documents ship, and the family list that uses them. */
export function fontFaces(fontsDir: string): { css: string; families: string[]; files: number } {
  const files = readdirSync(fontsDir)
    .filter((name) => /\.(ttf|otf)$/i.test(name))
    .sort();
  const families: string[] = [];
  const rules = files.map((name) => {
    const stem = basename(name, extname(name));
    // NotoSans-Bold.ttf → family "NotoSans", weight 700; NotoNaskhArabic-Regular.ttf → "NotoNaskhArabic", 400.
    const family = stem.replace(/-(Regular|Bold|Medium|Italic|BoldItalic)$/i, '');
    if (!families.includes(family)) families.push(family);
    const weight = /bold/i.test(stem) ? 700 : 400;
    return `@font-face { font-family: "${family}"; src: url("${pathToFileURL(join(fontsDir, name)).href}"); font-weight: ${weight}; }`;
  });
  // The documents' own font first, then the other scripts as fallbacks.
  families.sort((a, b) => Number(b === 'NotoSans') - Number(a === 'NotoSans'));
  return { css: rules.join('\n'), families, files: files.length };
}

export function receiptPageStyle(paper: ReceiptPaper, families: string[]): string {
  const roll = paper === 'ROLL_80MM';
  return `
    @page { size: ${roll ? '80mm auto' : 'A5'}; margin: ${roll ? '4mm' : '12mm 12mm 14mm'}; }
    body { margin: 0; font-family: ${families.map((f) => `"${f}"`).join(', ')}, sans-serif; font-size: ${roll ? 8 : 9}pt; }
    h1 { font-size: ${roll ? 11 : 14}pt; text-align: center; margin: 6pt 0; border-top: 1.5pt solid #000; padding-top: 4pt; }
    .head { text-align: center; font-weight: 700; font-size: ${roll ? 8 : 10}pt; }
    .fields td { padding: 1pt 4pt 1pt 0; vertical-align: top; }
    .fields td:nth-child(2) { width: 8pt; }
    .items { border-collapse: collapse; width: 100%; margin-top: 6pt; }
    .items th, .items td { border: 0.5pt solid #000; padding: 2pt 3pt; text-align: left; vertical-align: top; }
    .items .n { text-align: right; }
    .code { font-size: 6pt; }
    .words { font-weight: 700; border: 0.5pt solid #000; border-top: 0; padding: 2pt 3pt; }
    .paid { text-align: right; margin: 4pt 0 10pt; }
    .sign { margin-left: auto; width: 40%; border-top: 0.5pt solid #000; text-align: center; font-size: 7pt; margin-top: 20pt; }
    footer { border-top: 0.5pt solid #000; text-align: center; font-size: 7pt; margin-top: 24pt; padding-top: 2pt; }`;
}

/** The receipt's body: what changes from one receipt to the next. */
export function receiptBodyHtml(receipt: ReceiptView, header: ReceiptHeader): string {
  const field = (label: string, value: string, bold = false) =>
    `<tr><td>${escape(label)}</td><td>:</td><td>${bold ? `<b>${escape(value)}</b>` : escape(value)}</td></tr>`;
  const method = PAYMENT_METHOD_LABELS[receipt.method];
  const rows = receipt.items
    .map(
      (item, i) =>
        `<tr><td class="n">${item.line}</td><td>${escape(item.description)} <span class="code">(${escape(item.feeCode)})</span></td>` +
        (i === 0
          ? `<td rowspan="${receipt.items.length}">${escape(method)}</td><td rowspan="${receipt.items.length}">${escape(receipt.methodReference ?? '-')}</td>`
          : '') +
        `<td class="n">${formatRinggit(item.amountSen)}</td></tr>`,
    )
    .join('');
  return `
    <div class="head">${escape(header.departmentName.toUpperCase())}<br>${escape(header.courtName.toUpperCase())}</div>
    <h1>RESIT RASMI</h1>
    <table class="fields">
      ${field('No. Resit', receipt.receiptNumber, true)}
      ${field('Tarikh', formatCourtDateTime(receipt.issuedAt))}
      ${field('Diterima daripada', receipt.payerName, true)}
      ${field('No. K/P', receipt.payerIdNumber ?? '-')}
    </table>
    <table class="items">
      <tr><th>Bil</th><th>Perihal Terimaan</th><th>Cara Bayaran</th><th>No. Rujukan</th><th class="n">Amaun (RM)</th></tr>
      ${rows}
      <tr><td colspan="4" class="n"><b>JUMLAH</b></td><td class="n"><b>${formatRinggit(receipt.totalSen)}</b></td></tr>
    </table>
    <div class="words">${escape(receipt.amountInWords)}</div>
    <div class="paid">Wang diterima: ${rm(receipt.tenderedSen ?? receipt.totalSen)} &nbsp; Baki: ${rm(receipt.changeSen ?? 0)}</div>
    <table class="fields">
      ${field('Catatan', `No. Kes: ${receipt.caseNumber ?? '-'}`)}
      ${field('Dipungut oleh', receipt.issuedBy)}
      ${field('Kaunter', receipt.counterId)}
    </table>
    <div class="sign">Tandatangan Pemungut</div>
    <footer>Resit ini dicetak oleh komputer. Sila simpan resit ini sebagai bukti bayaran.</footer>`;
}

/** The whole page, fonts and style included: loaded once (the warm page), its body replaced per receipt. */
export function receiptPageHtml(receipt: ReceiptView, header: ReceiptHeader, paper: ReceiptPaper, fontsDir: string) {
  const fonts = fontFaces(fontsDir);
  return `<!doctype html><html lang="ms"><head><meta charset="utf-8"><style>${fonts.css}${receiptPageStyle(paper, fonts.families)}</style></head><body>${receiptBodyHtml(receipt, header)}</body></html>`;
}
