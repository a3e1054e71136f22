/**
 * Which characters the printed documents can show: the coverage of the shipped fonts (generated from the
 * font files, shared/fontCoverage.ts) plus the white space every font lays out. The renderer picks each
 * character's font with fontForCodePoint; the forms and the IPC schemas refuse, before saving, a text
 * with a character no font has (unprintableCharacters), so nothing prints as a silent blank.
 */
import { FONT_COVERAGE } from './fontCoverage';

export type PrintScript = keyof typeof FONT_COVERAGE;

const SCRIPTS = Object.keys(FONT_COVERAGE) as PrintScript[];
const RANGES: Record<PrintScript, Uint32Array> = Object.fromEntries(
  SCRIPTS.map((script) => [script, Uint32Array.from(FONT_COVERAGE[script].split(','), (h) => parseInt(h, 16))]),
) as Record<PrintScript, Uint32Array>;

/** Laid out by every font (or by pdfmake itself): spaces, tab and line breaks. */
const WHITE = new Set([0x09, 0x0a, 0x0d, 0x20, 0xa0]);

function inRanges(ranges: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[mid * 2]!) hi = mid - 1;
    else if (cp > ranges[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Whether a font family prints this code point. */
export function covers(script: PrintScript, cp: number): boolean {
  return inRanges(RANGES[script], cp);
}

/** The first font family (Latin, Arabic/Jawi, Tamil, Han) that prints the code point; null if none does. */
export function fontForCodePoint(cp: number): PrintScript | null {
  if (WHITE.has(cp)) return 'latin';
  for (const script of SCRIPTS) if (inRanges(RANGES[script], cp)) return script;
  return null;
}

/**
 * The characters of a text that no shipped font prints, each once, in order of appearance (checked after
 * NFC, the form the schemas store). Empty when all of it prints.
 */
export function unprintableCharacters(text: string): string[] {
  const out: string[] = [];
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 && cp >= 0x20) continue;
    if (fontForCodePoint(cp) === null && !out.includes(ch)) out.push(ch);
  }
  return out;
}

/** How a refusal names the characters: each one with its code, "😀 (U+1F600)", comma-separated. */
export function describeCharacters(chars: readonly string[]): string {
  return chars.map((ch) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
}
