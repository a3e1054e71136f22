import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courtFormDoc } from './courtFormDoc';
import { SCRIPT_FONT_FILES } from './fontFiles';
import { receiptDoc } from './receiptDoc';
import { defaultFontsDir, renderPdf } from './render';
import { sampleHeader, sampleReceipt } from './sampleData';
import { courtFormWith, JAWI_ADDRESS, JAWI_DEFENDANT } from './scriptSamples';
import { MAX_SHARED_WORDS, sharedParsedFont, sharedWordCount } from './sharedFonts';

const dir = mkdtempSync(path.join(tmpdir(), 'kaunter-shared-fonts-'));
const fontFile = (name: string) => path.join(defaultFontsDir(), name);
const LATIN = fontFile(SCRIPT_FONT_FILES.latin.normal);

function poppler(tool: 'pdftotext' | 'pdffonts', bytes: Buffer): string {
  const file = path.join(dir, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const args = tool === 'pdftotext' ? ['-enc', 'UTF-8', file, '-'] : [file];
  const out = spawnSync(tool, args, { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return out.stdout;
}

/** As a reader compares text: no direction marks or white space, NFKC. */
const comparable = (text: string) =>
  text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .normalize('NFKC')
    .replace(/\s+/gu, '');

const jawiSaman = () => renderPdf(courtFormDoc(courtFormWith(JAWI_DEFENDANT, JAWI_ADDRESS)));
const latinReceipt = () => renderPdf(receiptDoc(sampleReceipt(), sampleHeader, { paper: 'A5', copy: false }));
/** Jawi words with letters that are parts of other glyphs (غ holds ع, ڠ holds ع, ݢ holds ك). */
const jawiLetters = () =>
  renderPdf({ content: ['غفور ڠاه ݢمبيرا ڤرق چيق ۏلي ڽونيا عبدالرحمن'], defaultStyle: { font: 'NotoSans' } });

describe('fonts shared between documents', () => {
  // First in this file (vitest gives each file its own modules), so the Naskh fonts are fresh: the second
  // document's subsets decode ع and ح only as parts of ڠ and چ (the Saman's name is bold), the third one
  // shapes them as letters. Without keepCodePoints the Saman's name would copy as محمد فيصل بن بدالرمن.
  it('prints a Jawi document after Latin and Jawi ones as it prints alone, and a Latin one likewise', async () => {
    const latinFirst = poppler('pdftotext', await latinReceipt());
    await renderPdf({ content: ['چيق ڠاه', { text: 'چيق ڠاه', bold: true }], defaultStyle: { font: 'NotoSans' } });
    const jawiFirst = poppler('pdftotext', await jawiSaman());
    expect(comparable(jawiFirst)).toContain(comparable(JAWI_DEFENDANT));
    await jawiLetters();
    expect(poppler('pdftotext', await jawiSaman())).toBe(jawiFirst);
    expect(poppler('pdftotext', await latinReceipt())).toBe(latinFirst);
  });

  it('parses each font file once: the hook still finds what it needs inside pdfkit and pdfmake', async () => {
    await latinReceipt();
    const parsed = sharedParsedFont(LATIN);
    // Undefined if a pdfkit or pdfmake upgrade moved provideFont, the font class or its layout cache.
    expect(parsed).toBeDefined();
    await latinReceipt();
    expect(sharedParsedFont(LATIN)).toBe(parsed);
    expect(sharedWordCount(LATIN)).toBeGreaterThan(0);
  });

  it('embeds in each document its own subset of each font, holding only that document’s glyphs', async () => {
    const ali = () => renderPdf({ content: ['Ali'], defaultStyle: { font: 'NotoSans' } });
    const before = await ali();
    await latinReceipt();
    const after = await ali();
    const fonts = poppler('pdffonts', after)
      .split('\n')
      .filter((line) => line.includes('NotoSans'));
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/^[A-Z]{6}\+NotoSans-Regular\s.*\syes\s+yes\s/u);
    // The receipt's glyphs did not join the second subset: the same bytes' length as before it.
    expect(after.length).toBe(before.length);
    expect(after.length).toBeLessThan((await latinReceipt()).length / 2);
    expect(poppler('pdftotext', after).trim()).toBe('Ali');
  });

  it('keeps the shared shaped words bounded', async () => {
    const words = Array.from({ length: 400 }, (_, i) => `Nama${i.toString(36)}`).join(' ');
    await renderPdf({ content: [words], defaultStyle: { font: 'NotoSans' } });
    await latinReceipt();
    const count = sharedWordCount(LATIN);
    expect(count).toBeGreaterThanOrEqual(400);
    expect(count).toBeLessThanOrEqual(MAX_SHARED_WORDS);
  });
});
