/**
 * Fonts parsed once per process, not once per document. pdfmake 0.3 asks pdfkit for each family and weight a
 * document uses; pdfkit reads the file and fontkit parses it again every time, then shapes every word anew:
 * about a third of a receipt's time. Two caches keep that work between documents:
 *
 * 1. Each font file is read and parsed by fontkit once. The parsed font only caches what it decodes
 *    (tables, glyphs, outlines); each document still gets its own pdfkit font object, with its own id,
 *    subset, widths and ToUnicode map, so what one document embeds never reaches another. fontkit's CFF
 *    subsetter copies the dictionaries it edits, and the TrueType one copies a compound glyph before it
 *    renumbers its parts, so subsetting leaves the parsed font as it was.
 * 2. pdfkit's per-document cache of shaped words (text → glyphs and positions in 1/1000 em, whatever the
 *    size) looks first in one cache per parsed font. A document's new words join it when the next document
 *    opens that font; past MAX_SHARED_WORDS the shared cache starts again, so a day of receipts with new
 *    names cannot grow it without end. Nothing changes a shaped run once made: pdfkit copies the position
 *    it widens for word spacing.
 *
 * 3. fontkit keeps one glyph object per glyph id, with the characters of the first request for it, and pdfkit
 *    writes those characters into the document's ToUnicode map. A glyph first made without characters (a part
 *    of a compound glyph, as the subsetter of an earlier document decodes it: the medial ع inside غ) would
 *    then give a later Jawi document glyphs that copy as nothing. So the shared parsed font keeps one glyph
 *    object per id and characters (keepCodePoints): each document gets the characters its own text shaped.
 *
 * pdfkit exports neither its font factory nor its font class, and fontkit's `create` cannot be replaced,
 * so the hook is pdfmake's `provideFont` (the one place a document opens a font): the first font pdfkit
 * opens the usual way shows which class it makes, and from then on a font is made of that class around the
 * parsed font and registered in the document as pdfkit's `font()` registers one (pdfkit 0.19). Checked by
 * sharedFonts.test.ts, which fails if a pdfkit upgrade changes any of it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';

/** Distinct shaped words kept per font between documents (a receipt has about 150). */
export const MAX_SHARED_WORDS = 20_000;

type ShapedWords = Record<string, unknown>;
interface Glyph {
  codePoints: number[];
}
interface ParsedFont {
  postscriptName: string | null;
  getGlyph(id: number, codePoints?: number[]): Glyph | null;
  _glyphs: Record<number, Glyph | undefined>;
}
/** A pdfkit font (EmbeddedFont), as far as these hooks touch it. */
interface PdfkitFont {
  font: ParsedFont;
  name: string;
  layoutCache?: ShapedWords;
  layoutCached?: unknown;
}
type PdfkitFontClass = new (document: PdfmakeDocument, font: ParsedFont, id: string) => PdfkitFont;
/** pdfmake's PDFDocument (a pdfkit document), as far as these hooks touch it. */
interface PdfmakeDocument {
  getFontFile(family: string, bold: boolean, italics: boolean): string | null;
  validateLocalFile(file: string): void;
  provideFont(family: string, bold: boolean, italics: boolean): PdfkitFont;
  fontCache: Record<string, Record<string, PdfkitFont> | undefined>;
  _fontCount: number;
  _fontFamilies: Record<string, PdfkitFont>;
}
interface Fontkit {
  create(buffer: Uint8Array): ParsedFont;
}

interface WordCache {
  shared: ShapedWords;
  size: number;
  /** The per-document caches whose new words have not joined `shared` yet. */
  pending: ShapedWords[];
}

/** The parsed font per file, and the shaped words per parsed font. */
const parsedOf = new Map<string, ParsedFont>();
const wordsOf = new WeakMap<ParsedFont, WordCache>();

/** Glyph ids and characters → the glyph made for them; only the parsed fonts' own getGlyph calls it. */
function keepCodePoints(font: ParsedFont): void {
  const made = new Map<string, Glyph | null>();
  const getGlyph = font.getGlyph;
  font.getGlyph = function glyphFor(id, codePoints = []) {
    const key = `${id}:${codePoints.join(',')}`;
    if (made.has(key)) return made.get(key) ?? null;
    // Made anew for these characters (fontkit's own cache keeps the first glyph of each id, as it did).
    const earlier = this._glyphs[id];
    delete this._glyphs[id];
    const glyph = getGlyph.call(this, id, codePoints);
    if (earlier) this._glyphs[id] = earlier;
    made.set(key, glyph);
    return glyph;
  };
}

/** Folds the earlier documents' new words into the shared cache; starts it again when it is full. */
function foldPending(cache: WordCache): void {
  for (const own of cache.pending) {
    for (const text of Object.keys(own)) {
      if (cache.size >= MAX_SHARED_WORDS) {
        cache.shared = Object.create(null) as ShapedWords;
        cache.size = 0;
      }
      if (!(text in cache.shared)) {
        cache.shared[text] = own[text];
        cache.size++;
      }
    }
  }
  cache.pending = [];
}

/** A fresh per-document word cache that falls back on the parsed font's shared one. */
function documentWords(font: ParsedFont): ShapedWords {
  let cache = wordsOf.get(font);
  if (!cache) {
    cache = { shared: Object.create(null) as ShapedWords, size: 0, pending: [] };
    wordsOf.set(font, cache);
  }
  foldPending(cache);
  const own = Object.create(cache.shared) as ShapedWords;
  cache.pending.push(own);
  return own;
}

/** How many shaped words are kept between documents for this file (for tests). */
export function sharedWordCount(file: string): number {
  const font = parsedOf.get(file);
  const cache = font && wordsOf.get(font);
  if (!cache) return 0;
  foldPending(cache);
  return cache.size;
}

/** The parsed font of a file (for tests: the same object for every document). */
export function sharedParsedFont(file: string): object | undefined {
  return parsedOf.get(file);
}

/** A pdfkit font around the shared parsed font, registered in the document as pdfkit's font() does. */
function openShared(doc: PdfmakeDocument, Font: PdfkitFontClass, parsed: ParsedFont): PdfkitFont {
  // The same file asked for twice (a weight with no face of its own) is the font already open.
  const name = parsed.postscriptName ?? '';
  const open = name ? doc._fontFamilies[name] : undefined;
  if (open && open.font === parsed) return open;
  const id = `F${++doc._fontCount}`;
  const font = new Font(doc, parsed, id);
  if (font.layoutCache) font.layoutCache = documentWords(parsed);
  // pdfkit embeds, when the document ends, every font in _fontFamilies: by name, or by id if taken.
  if (name && !doc._fontFamilies[name]) doc._fontFamilies[name] = font;
  else doc._fontFamilies[id] = font;
  return font;
}

let installed = false;

/** Hooks the shared fonts into pdfmake's PDFDocument. Idempotent. */
export function installSharedFonts(): void {
  if (installed) return;
  const requireHere = createRequire(import.meta.url);
  const PDFDocument = (requireHere('pdfmake/js/PDFDocument') as { default: { prototype: PdfmakeDocument } }).default;
  // fontkit as pdfkit loads it (resolved from pdfkit's own folder), so both parse alike.
  const fontkit = createRequire(requireHere.resolve('pdfkit'))('fontkit') as Fontkit;
  const provideFont = PDFDocument.prototype.provideFont;
  let Font: PdfkitFontClass | null = null;

  PDFDocument.prototype.provideFont = function sharedProvideFont(family, bold, italics) {
    const type = bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal';
    const cached = this.fontCache[family]?.[type];
    const file = this.getFontFile(family, bold, italics);
    if (cached || typeof file !== 'string' || !isAbsolute(file) || !Font) {
      const font = provideFont.call(this, family, bold, italics);
      // The class pdfkit makes for a font file (EmbeddedFont), known once it has made one.
      if (!Font && typeof font.layoutCached === 'function' && typeof font.font === 'object') {
        Font = font.constructor as PdfkitFontClass;
      }
      return font;
    }
    // As pdfmake does for a file it reads itself.
    this.validateLocalFile(file);
    let parsed = parsedOf.get(file);
    if (!parsed) {
      parsed = fontkit.create(readFileSync(file));
      keepCodePoints(parsed);
      parsedOf.set(file, parsed);
    }
    const font = openShared(this, Font, parsed);
    (this.fontCache[family] ??= {})[type] = font;
    return font;
  };
  installed = true;
}
