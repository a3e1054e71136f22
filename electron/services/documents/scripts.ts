/**
 * Every script on paper. Two steps around pdfmake, applied by render.ts to any document definition:
 *
 * 1. Before layout, `splitScripts` walks the definition and cuts each text into runs by the font that
 *    prints it (Latin/Rumi, Arabic/Jawi, Tamil, Han; shared/printable.ts, generated from the font files)
 *    and, inside Arabic, between letters and Arabic-Indic digits, so no run mixes directions. Each run
 *    carries its family in `font`; bold/size/alignment still come from the enclosing node. Pure Latin
 *    text (almost every receipt) is left untouched, so it costs nothing.
 * 2. During layout, after pdfmake has broken a paragraph into lines, `reorderLine` applies the Unicode
 *    bidi algorithm (bidi-js) to the line's text and puts the line's inlines (words) in visual order
 *    (rule L2: reverse every run at or above each odd level). fontkit already shapes each word (Arabic
 *    joining forms, Tamil conjuncts) and lays an RTL word's glyphs right to left; it only lacks the
 *    order of words and runs within a line, which is what this adds. The base direction is LTR: the
 *    documents are Malay in Rumi, so a Jawi name is an RTL island inside a left-to-right line, and a
 *    line wholly in Jawi reads right to left word by word.
 */
import { createRequire } from 'node:module';
import bidiFactory from 'bidi-js';
import { fontForCodePoint, type PrintScript } from '../../../shared/printable';
import { SCRIPT_FONT_FILES } from './fontFiles';

/** Anything that is not printable ASCII or Latin-1: the only texts worth splitting. */
const NOT_LATIN = /[^\u0000-\u024F\u2000-\u206F\u20A0-\u20CF]/u;
/** Right-to-left letters (Hebrew, Arabic and its supplements, presentation forms). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/**
 * Whether fontkit lays this text out right to left: it takes a run's direction from its first character
 * whose script is not Common or Inherited (so the Arabic comma "،", Common, does not count; the
 * Arabic-Indic digits, script Arabic, do).
 */
function drawnRtl(text: string): boolean {
  const first = /[^\p{Script=Common}\p{Script=Inherited}]/u.exec(text);
  return first !== null && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(first[0]);
}
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/u;

type Run = { text: string; script: PrintScript; digits: boolean };

/** The runs of a text, each printed by one family. A character no font has stays in the current run. */
export function scriptRuns(text: string): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    let script = fontForCodePoint(cp);
    const digits = ARABIC_DIGIT.test(ch);
    // White space and punctuation the current family also prints stay in the current run, so a Jawi
    // phrase is one run and pdfmake breaks it into words itself.
    if (current && (script === null || (script !== current.script && !/[\p{L}\p{N}\p{M}]/u.test(ch)))) {
      if (script === null || coversInFamily(current.script, cp)) script = current.script;
    }
    script ??= 'latin';
    if (current && current.script === script && current.digits === digits) current.text += ch;
    else {
      current = { text: ch, script, digits };
      runs.push(current);
    }
  }
  return runs;
}

function coversInFamily(script: PrintScript, cp: number): boolean {
  return (
    script === fontForCodePoint(cp) ||
    cp === 0x20 ||
    cp === 0xa0 ||
    (script === 'arabic' && cp >= 0x200c && cp <= 0x200f)
  );
}

function runNodes(text: string): (string | { text: string; font: string })[] {
  return scriptRuns(text).map((run) => {
    if (run.script === 'latin') return run.text;
    // fontkit lays a run out right to left when its script is Arabic, digits included; Arabic-Indic
    // digits read left to right (bidi class AN), so their run is handed over reversed to come out right.
    const printed = run.digits ? [...run.text].reverse().join('') : run.text;
    return { text: printed, font: SCRIPT_FONT_FILES[run.script].family };
  });
}

/** The value of a `text` property, split. */
function splitTextValue(value: unknown): unknown {
  if (typeof value === 'string') {
    if (!NOT_LATIN.test(value)) return value;
    return runNodes(value);
  }
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.flatMap((item: unknown) => {
      const split = typeof item === 'string' ? (NOT_LATIN.test(item) ? runNodes(item) : [item]) : [splitNode(item)];
      if (split.length !== 1 || split[0] !== item) changed = true;
      return split;
    });
    return changed ? out : value;
  }
  return splitNode(value);
}

const CONTAINERS = ['stack', 'columns', 'ul', 'ol'] as const;

/** A content node, split; a bare string in a content position becomes a text node. */
export function splitNode(node: unknown): unknown {
  if (typeof node === 'string') return NOT_LATIN.test(node) ? { text: runNodes(node) } : node;
  if (Array.isArray(node)) {
    const mapped = node.map(splitNode);
    return mapped.some((item, i) => item !== node[i]) ? mapped : node;
  }
  if (node === null || typeof node !== 'object' || node instanceof Date || ArrayBuffer.isView(node)) return node;
  const record = node as Record<string, unknown>;
  let out: Record<string, unknown> | null = null;
  const set = (key: string, value: unknown): void => {
    if (value === record[key]) return;
    out ??= { ...record };
    out[key] = value;
  };
  if ('text' in record) set('text', splitTextValue(record.text));
  for (const key of CONTAINERS) if (key in record) set(key, splitNode(record[key]));
  const table = record.table as { body?: unknown[][] } | undefined;
  if (table && Array.isArray(table.body)) {
    let changed = false;
    const body = table.body.map((row) =>
      Array.isArray(row)
        ? row.map((cell: unknown) => {
            const split = splitNode(cell);
            if (split !== cell) changed = true;
            return split;
          })
        : row,
    );
    if (changed) set('table', { ...table, body });
  }
  return out ?? record;
}

/** A definition with every text split into script runs; header/footer functions wrapped likewise. */
export function splitScripts<T extends object>(def: T): T {
  const record = def as Record<string, unknown>;
  const out: Record<string, unknown> = { ...record, content: splitNode(record.content) };
  for (const key of ['header', 'footer', 'background'] as const) {
    const value = record[key];
    if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      out[key] = (...args: unknown[]) => splitNode(fn(...args));
    } else if (value !== undefined) out[key] = splitNode(value);
  }
  return out as T;
}

interface Inline {
  text: string;
  width: number;
  x: number;
  leadingCut?: number;
  trailingCut?: number;
}
interface LayoutLine {
  inlines: Inline[];
  leadingCut: number;
  trailingCut: number;
}

let bidi: ReturnType<typeof bidiFactory> | null = null;

/**
 * Puts a laid-out line's inlines in visual order (see the module comment). Each inline is a word and its
 * trailing space; the two are ordered separately, since the space between a Jawi name and the Malay word
 * after it belongs to the left-to-right line, not to the name. Lines without RTL text are untouched.
 */
export function reorderLine(line: LayoutLine): void {
  const inlines = line.inlines;
  if (inlines.length === 0 || !inlines.some((inline) => RTL.test(inline.text))) return;
  bidi ??= bidiFactory();
  const text = inlines.map((inline) => inline.text).join('');
  const { levels } = bidi.getEmbeddingLevels(text, 'ltr');
  // Parts in logical order: [inline index, is the space, width, level].
  const parts: { inline: number; space: boolean; width: number; level: number }[] = [];
  let offset = 0;
  inlines.forEach((inline, i) => {
    const end = offset + inline.text.length;
    const wordEnd = offset + inline.text.trimEnd().length;
    const cut = wordEnd < end ? Math.min(inline.trailingCut ?? 0, inline.width) : 0;
    let at = offset;
    while (at < wordEnd && /\s/u.test(text[at]!)) at++;
    parts.push({ inline: i, space: false, width: inline.width - cut, level: levels[at < end ? at : offset] ?? 0 });
    if (cut > 0) parts.push({ inline: i, space: true, width: cut, level: levels[wordEnd] ?? 0 });
    offset = end;
  });
  const max = Math.max(...parts.map((part) => part.level));
  const odd = parts.map((part) => part.level).filter((level) => level % 2 === 1);
  const minOdd = odd.length > 0 ? Math.min(...odd) : max + 1;
  for (let level = max; level >= minOdd; level--) {
    for (let i = 0; i < parts.length;) {
      if (parts[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < parts.length && parts[j + 1]!.level >= level) j++;
      parts.splice(i, j - i + 1, ...parts.slice(i, j + 1).reverse());
      i = j + 1;
    }
  }
  const visual: Inline[] = [];
  let x = 0;
  for (const part of parts) {
    if (!part.space) {
      const inline = inlines[part.inline]!;
      // fontkit draws an Arabic word right to left, its trailing space to the left of the glyphs.
      const drawnLeft = part.width < inline.width && drawnRtl(inline.text);
      inline.x = x - line.leadingCut - (drawnLeft ? inline.width - part.width : 0);
      visual.push(inline);
    }
    x += part.width;
  }
  line.inlines = visual;
}

let installed = false;

/**
 * Hooks reorderLine into pdfmake's line builder (pdfmake 0.3's LayoutBuilder.buildNextLine, the one place
 * every text line — content, tables, header, footer — is made). Idempotent.
 */
export function installBidi(): void {
  if (installed) return;
  const LayoutBuilder = (
    createRequire(import.meta.url)('pdfmake/js/LayoutBuilder') as {
      default: { prototype: { buildNextLine(node: unknown): LayoutLine | null } };
    }
  ).default;
  const original = LayoutBuilder.prototype.buildNextLine;
  LayoutBuilder.prototype.buildNextLine = function buildNextLine(node: unknown) {
    const line = original.call(this, node);
    if (line) reorderLine(line);
    return line;
  };
  installed = true;
}
