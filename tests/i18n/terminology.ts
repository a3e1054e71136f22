/**
 * Words a Malaysian Syariah court does not write (docs/GLOSARI.md, issue 23), and the scans that look for
 * them in Malay text. Each finding names the file, where in it, the rule and the offending text, so a
 * failing test says what to fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A word the court writes otherwise: its own rule name says the form to use. */
const WORDS: { rule: string; pattern: RegExp }[] = [
  { rule: 'Temujanji → janji temu', pattern: /\btemujanji\b/i },
  { rule: 'bundle → fail eksport', pattern: /\bbundle\b/i },
  { rule: 'haribulan → hari bulan', pattern: /\bharibulan\b/i },
  { rule: 'Pengistiharaan → Pengisytiharan', pattern: /\bpengistiharaan\b/i },
  { rule: 'Gantirugi → Ganti Rugi', pattern: /\bgantirugi\b/i },
  { rule: 'Perlaksanaan → Pelaksanaan', pattern: /\bperlaksanaan\b/i },
  { rule: 'Ganishmen → Garnisyen', pattern: /\bganishmen\b/i },
  { rule: 'Eddah → Iddah', pattern: /\beddah\b/i },
  { rule: 'Simati → si mati', pattern: /\bsimati\b/i },
  { rule: 'Engkar → Ingkar', pattern: /\bengkar\b/i },
  { rule: 'Dihadapan → di hadapan', pattern: /\bdihadapan\b/i },
];

/** A program code (NO_SHOW, ESV3_EXISTING) or an ISO date inside a sentence. */
const CODE = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9]\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

export interface Finding {
  file: string;
  where: string;
  rule: string;
  text: string;
}

/**
 * What is wrong with one piece of Malay text. Code and ISO-date rules apply to sentences only (text with a
 * space): a bare 'NO_SHOW' or '2026-11-28' alone is a value the code compares, not words anyone reads.
 */
export function check(text: string): string[] {
  const found = WORDS.filter((w) => w.pattern.test(text)).map((w) => w.rule);
  if (/\s/.test(text.trim())) {
    // "cth. SAMAN_MRS" shows the clerk a code to type: an example, not a code left in a sentence.
    const words = text.replace(/\bcth\.\s+[A-Z0-9_]+/g, 'cth. …');
    if (CODE.test(words)) found.push(`program code in a sentence (${CODE.exec(words)?.[0] ?? ''})`);
    if (ISO_DATE.test(text))
      found.push(`ISO date in a sentence (${ISO_DATE.exec(text)?.[0] ?? ''}): use the Malay date`);
  }
  return found;
}

function findingsOf(file: string, where: string, text: string): Finding[] {
  return check(text).map((rule) => ({ file, where, rule, text }));
}

/** Text a catalogue entry shows: a string, or what a function of its values returns (called with samples). */
function shown(value: (...args: unknown[]) => unknown): string {
  for (const sample of ['1', 1]) {
    try {
      const out = value(...Array.from({ length: value.length }, () => sample));
      if (typeof out === 'string') return out;
    } catch {
      // a function that needs other values: try the next sample, then its source
    }
  }
  return value.toString();
}

/** Every string a Malay screen catalogue holds (values only: keys are codes), by its path. */
export function scanCatalogue(file: string, catalogue: unknown, path = ''): Finding[] {
  if (typeof catalogue === 'string') return findingsOf(file, path, catalogue);
  if (typeof catalogue === 'function') return findingsOf(file, path, shown(catalogue as (...a: unknown[]) => unknown));
  if (catalogue && typeof catalogue === 'object') {
    return Object.entries(catalogue).flatMap(([k, v]) => scanCatalogue(file, v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** The Malay keys of a message area (shared/messages: the key is the Malay, the value its English). */
export function scanMessageKeys(file: string, messages: Record<string, unknown>): Finding[] {
  return Object.keys(messages).flatMap((key) => findingsOf(file, 'key', key));
}

/** Every string value of a shipped data file; `sourceName` keeps a source's own spelling on purpose. */
export function scanData(file: string, data: unknown, path = ''): Finding[] {
  if (typeof data === 'string') return findingsOf(file, path, data);
  if (Array.isArray(data)) return data.flatMap((v, i) => scanData(file, v, `${path}[${i}]`));
  if (data && typeof data === 'object') {
    return Object.entries(data)
      .filter(([k]) => k !== 'sourceName')
      .flatMap(([k, v]) => scanData(file, v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** The string literals of a TypeScript source (comments, imports and object keys left out), with their line. */
export function stringLiterals(source: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const token = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g;
  for (const m of source.matchAll(token)) {
    const raw = m[0];
    if (raw.startsWith('//') || raw.startsWith('/*')) continue;
    const before = source.slice(source.lastIndexOf('\n', m.index) + 1, m.index);
    if (/^\s*(import|export \* from|} from)\b/.test(before) || /\bfrom\s*$/.test(before)) continue;
    // A quoted key ('bundle.export': …), not the middle of a ternary (… ? 'pagi' : 'petang').
    if (/^\s*:/.test(source.slice(m.index + raw.length)) && /(^\s*|[{,]\s*)$/.test(before)) continue;
    // A template's ${…} is code (ID_TYPE_LABELS[…]), not words: only the text around it is read.
    const text = raw.slice(1, -1).replace(/\$\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, '…');
    out.push({ line: source.slice(0, m.index).split('\n').length, text });
  }
  return out;
}

/** The Malay a source file's string literals hold (documents are always in Malay). */
/** A literal that is an SQL statement, not words for a reader: its codes are the ledger's. */
const SQL = /^\s*(SELECT|INSERT|UPDATE|WITH|CREATE|DELETE)\b/u;

export function scanSource(path: string): Finding[] {
  const file = relative(ROOT, path);
  return stringLiterals(readFileSync(path, 'utf8'))
    .filter((s) => !SQL.test(s.text))
    .flatMap((s) => findingsOf(file, `line ${s.line}`, s.text));
}

/** The .ts files of a folder (not tests), e.g. the document builders. */
export function sourcesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => join(dir, name));
}
