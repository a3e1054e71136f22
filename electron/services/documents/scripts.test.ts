import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { appointmentListDoc } from './appointmentListDoc';
import { dayCloseDoc } from './dayCloseDoc';
import { numberNoticeDoc } from './numberNoticeDoc';
import { receiptDoc } from './receiptDoc';
import { defaultFontsDir, renderPdf } from './render';
import { sampleAppointmentList, sampleDayClose, sampleHeader, sampleNumberNotice, sampleReceipt } from './sampleData';
import { reorderLine, scriptRuns, splitScripts } from './scripts';
import { courtFormDoc } from './courtFormDoc';
import {
  appointmentSlipWith,
  causeBookWith,
  courtFormWith,
  handoverWith,
  JAWI_ADDRESS,
  JAWI_DEFENDANT,
  setupSlipWith,
} from './scriptSamples';
import { SCRIPT_FONT_FILES } from './fontFiles';

const JAWI = 'ڤوتري چيق ڠاه ݢايا بنت ۏلي ڽونيا';
const CHINESE = '陈伟强';
const TAMIL = 'கணேசன் முருகன் கொண்டல்';
const LONG_NAME = 'Wan Nur Syafiqah Aleeya binti Wan Mohd Hafizuddin Al-Haj '.repeat(3).slice(0, 150).trim();
const LONG_ADDRESS = 'Lot 1234, Kampung Sungai Merab Luar, Jalan Besar Bangi Lama, Mukim Kajang, '
  .repeat(4)
  .slice(0, 300)
  .trim();

/** The names the samples print, to be replaced by the test's. */
const SAMPLE_NAMES = ["Nor'ain binti Abdullah", 'Ahmad Faizal bin Abdul Rahman', 'Siti Khadijah binti Ismail'];
const SAMPLE_ADDRESS = 'No. 12, Jalan Dato Bandar Tunggal\n70000 Seremban';

function replaced<T>(value: T, name: string, address: string): T {
  if (typeof value === 'string') {
    if (SAMPLE_NAMES.includes(value)) return name as T;
    if (value === SAMPLE_ADDRESS) return address as T;
    return value;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => replaced(item, name, address)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaced(v, name, address)])) as T;
  }
  return value;
}

const KINDS: Record<string, (name: string, address: string) => TDocumentDefinitions> = {
  'receipt A5': (name) => receiptDoc(replaced(sampleReceipt(), name, ''), sampleHeader, { paper: 'A5', copy: false }),
  'receipt 80 mm': (name) =>
    receiptDoc(replaced(sampleReceipt(), name, ''), sampleHeader, { paper: 'ROLL_80MM', copy: false }),
  'day-close statement': (name) => dayCloseDoc(replaced(sampleDayClose(4), name, ''), sampleHeader),
  'number-change notice': (name, address) =>
    numberNoticeDoc(replaced(sampleNumberNotice, name, address), sampleHeader, false),
  'appointment list': (name) => appointmentListDoc(replaced(sampleAppointmentList, name, '')),
  saman: (name, address) => courtFormDoc(courtFormWith(name, address, 'SAMAN')),
  permohonan: (name, address) => courtFormDoc(courtFormWith(name, address, 'PERMOHONAN')),
  'cause book': (name, address) => causeBookWith(name, address),
  'appointment slip A5': (name, address) => appointmentSlipWith(name, address, 'A5'),
  'appointment slip 80 mm': (name, address) => appointmentSlipWith(name, address, 'ROLL_80MM'),
  'handover slip': (name) => handoverWith(name),
  'setup slip': (name) => setupSlipWith(name),
};

/** The kinds that print the address (or a note in its place) as well as the name. */
const PRINTS_ADDRESS = new Set([
  'number-change notice',
  'saman',
  'permohonan',
  'cause book',
  'appointment slip A5',
  'appointment slip 80 mm',
]);

const dir = mkdtempSync(path.join(tmpdir(), 'kaunter-scripts-'));

/**
 * poppler's text of a PDF: reading order by default (Arabic comes back logical), or with `raw` the order
 * the text is drawn in, cell by cell — the only order in which a wrapped cell of a narrow table column (the
 * cause book's Catatan) is not interleaved with the lines of its neighbours.
 */
function pdftotext(bytes: Buffer, mode: 'reading' | 'raw' = 'reading'): string {
  const file = path.join(dir, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const flags = mode === 'raw' ? ['-raw'] : [];
  const out = spawnSync('pdftotext', [...flags, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return out.stdout;
}

/**
 * Text compared as a reader would: NFKC, the direction marks pdftotext adds around RTL lines dropped,
 * white space removed (a wrapped name breaks anywhere), upper case (the notice prints "Kepada:" names in
 * capitals). pdftotext gives Arabic in logical order: it reads an RTL line's glyphs right to left itself,
 * and the ToUnicode map pdfkit writes gives each shaped glyph (Jawi joining forms, Tamil conjuncts) the
 * characters it came from.
 */
function comparable(text: string): string {
  return text
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\s+/gu, '');
}

/**
 * pdftotext gives Tamil in drawing order: a vowel sign drawn before its consonant (ெ ே ை, and the first
 * half of ொ ோ ௌ) comes out before it. Put back after the consonant (cluster), as typed; NFKC then joins
 * ெ + ா into ொ again. Only ever applied to extracted text, where such a sign never starts a syllable.
 */
function tamilAsTyped(text: string): string {
  return text.replace(/([\u0BC6-\u0BC8])((?:[\u0B95-\u0BB9]\u0BCD)*[\u0B95-\u0BB9])/gu, '$2$1');
}

/**
 * Whether the words of `typed` appear in the extracted text in order. In a table a long name wraps inside
 * its cell and pdftotext reads the neighbouring cells' text between its lines, so the name is checked word
 * by word (a hyphen may end a line) in reading order rather than as one unbroken string.
 */
function readsInOrder(extracted: string, typed: string): boolean {
  // pdftotext joins a word hyphenated at a line end ("Al-" / "Haj" → "AlHaj"): hyphens are not compared.
  const unhyphen = (t: string) => comparable(t).replace(/-/gu, '');
  const text = unhyphen(tamilAsTyped(extracted));
  let at = 0;
  for (const word of typed.split(/\s+|(?<=-)/u).filter(Boolean)) {
    const found = text.indexOf(unhyphen(word), at);
    if (found < 0) return false;
    at = found + unhyphen(word).length;
  }
  return true;
}

describe('every script on paper, in every document kind', () => {
  for (const [kind, build] of Object.entries(KINDS)) {
    for (const [label, name] of Object.entries({
      Jawi: JAWI,
      Chinese: CHINESE,
      Tamil: TAMIL,
      '150 chars': LONG_NAME,
    })) {
      it(`${kind}: a ${label} name (and a 300-character address) read back from the PDF as typed`, async () => {
        const def = build(name, LONG_ADDRESS);
        const pdf = await renderPdf(def);
        const text = pdftotext(pdf);
        expect(readsInOrder(text, name), text).toBe(true);
        // The address is Latin: drawing order reads it whole even where its column is narrow.
        const raw = pdftotext(pdf, 'raw');
        if (PRINTS_ADDRESS.has(kind)) expect(readsInOrder(raw, LONG_ADDRESS), raw).toBe(true);
      });
    }
  }

  it('the Jawi Saman (docs/samples/saman-jawi.png): defendant and address in Jawi, read in logical order', async () => {
    const text = pdftotext(await renderPdf(courtFormDoc(courtFormWith(JAWI_DEFENDANT, JAWI_ADDRESS))));
    expect(comparable(text)).toContain(comparable(JAWI_DEFENDANT));
    // pdftotext splits an RTL line at each change of direction (digits, commas) and may emit the pieces
    // of one line in an order of its own; the words of the address are all there and in order per piece.
    for (const word of JAWI_ADDRESS.split(/[\s،]+/u).filter(Boolean))
      expect(comparable(text)).toContain(comparable(word));
  });

  it('a Jawi name inside a Malay sentence, with Latin and Arabic-Indic digits, reads in logical order', async () => {
    const sentence = `Kepada: ${JAWI} No. 45, ڤرليس ١٢٣ ڤرق`;
    const text = comparable(pdftotext(await renderPdf({ content: [sentence], defaultStyle: { font: 'NotoSans' } })));
    expect(text).toContain(comparable('Kepada:'));
    expect(text).toContain(comparable(JAWI));
    expect(text).toContain('١٢٣');
  });
});

describe('script runs', () => {
  it('gives each script its font and keeps the spaces of a Jawi phrase in its run', () => {
    expect(scriptRuns(`Nama ${JAWI}, ${CHINESE} ${TAMIL}`).map((r) => [r.script, r.text])).toEqual([
      ['latin', 'Nama '],
      ['arabic', JAWI],
      ['latin', ', '],
      ['han', `${CHINESE} `],
      ['tamil', TAMIL],
    ]);
  });

  it('cuts Arabic-Indic digits out of the letters around them (they read left to right)', () => {
    expect(scriptRuns('رقم ١٢٣').map((r) => [r.text, r.digits])).toEqual([
      ['رقم ', false],
      ['١٢٣', true],
    ]);
  });

  it('leaves a Latin-only definition untouched (the receipt pays nothing)', () => {
    const def = receiptDoc(sampleReceipt(), sampleHeader, { paper: 'A5', copy: false });
    expect(splitScripts(def).content).toBe(def.content);
  });

  it('splits text inside tables, stacks, columns and footers', () => {
    const def = splitScripts({
      content: [{ table: { body: [[CHINESE, { stack: [JAWI] }]] } }, { columns: [TAMIL] }],
      footer: () => JAWI,
    });
    const json = JSON.stringify([def.content, (def.footer as () => unknown)()]);
    for (const family of ['NotoSansSC', 'NotoNaskhArabic', 'NotoSansTamil']) expect(json).toContain(family);
  });
});

describe('bidi line order', () => {
  const inline = (text: string, width = 10) => ({ text, width, x: 0, trailingCut: text.endsWith(' ') ? 2 : 0 });

  it('reverses the words of an RTL run inside an LTR line, and leaves the LTR words in place', () => {
    const line = {
      inlines: [inline('Kepada: '), inline('احمد '), inline('بن '), inline('علي '), inline('KL')],
      leadingCut: 0,
      trailingCut: 0,
    };
    reorderLine(line);
    expect(line.inlines.map((i) => i.text)).toEqual(['Kepada: ', 'علي ', 'بن ', 'احمد ', 'KL']);
    // Kepada: ␠ | علي ␠ بن ␠ احمد | ␠ KL (word boxes 8 wide, spaces 2): an Arabic word is drawn with its
    // own space on its left, so its box starts one space before the word.
    expect(line.inlines.map((i) => i.x)).toEqual([0, 10 - 2, 20 - 2, 30 - 2, 40]);
  });

  it('keeps Latin digits inside Jawi text left to right', () => {
    const line = { inlines: [inline('رقم '), inline('45 '), inline('بلوك')], leadingCut: 0, trailingCut: 0 };
    reorderLine(line);
    expect(line.inlines.map((i) => i.text)).toEqual(['بلوك', '45 ', 'رقم ']);
  });

  it('does nothing to a line without RTL text', () => {
    const line = { inlines: [inline('Ahmad '), inline('陈伟强')], leadingCut: 0, trailingCut: 0 };
    const before = line.inlines.slice();
    reorderLine(line);
    expect(line.inlines).toEqual(before);
  });
});

describe('the shipped fonts', () => {
  it('the Jawi letters چ ڠ ڤ ݢ ۏ ڽ are in the Arabic faces, regular and bold', () => {
    const fontkit = createRequire(import.meta.url)('fontkit') as {
      create(b: Buffer): { hasGlyphForCodePoint(cp: number): boolean };
    };
    for (const file of [SCRIPT_FONT_FILES.arabic.normal, SCRIPT_FONT_FILES.arabic.bold]) {
      const font = fontkit.create(readFileSync(path.join(defaultFontsDir(), file)));
      for (const ch of 'چڠڤݢۏڽ') expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), `${ch} in ${file}`).toBe(true);
    }
  });
});
