import type { NumberingScope } from './domain';
import { message, type Message } from './errors';

/**
 * The court's case-number template. Tokens: {state} (2 digits), {court} (3 digits), {type} (the
 * 3-digit kod kes), {run:N} (the running number, N digits, zero-padded), {year} (4 digits). Anything
 * else must be a separator: "-", "/", "." or a space. The usual format is
 * "{state}{court}-{type}-{run:4}-{year}", which gives 05005-024-0769-2008.
 */
export const DEFAULT_CASE_NUMBER_TEMPLATE = '{state}{court}-{type}-{run:4}-{year}';

export type TemplatePart =
  | { kind: 'state' }
  | { kind: 'court' }
  | { kind: 'type' }
  | { kind: 'year' }
  | { kind: 'run'; width: number }
  | { kind: 'literal'; text: string };

export interface CaseNumberFields {
  stateCode: string;
  courtCode: string;
  caseTypeCode: string;
  runningNumber: number;
  year: number;
}

export type TemplateParse = { ok: true; parts: TemplatePart[]; runWidth: number } | { ok: false; problem: Message };

const TOKEN = /\{([a-z]+)(?::(\d+))?\}/g;
const SEPARATORS = /^[-/. ]+$/;

export function parseTemplate(template: string, scope: NumberingScope): TemplateParse {
  if (template.length === 0 || template.length > 80) {
    return { ok: false, problem: message('Templat nombor kes mesti antara 1 hingga 80 aksara.') };
  }
  const parts: TemplatePart[] = [];
  let last = 0;
  let runWidth: number | null = null;
  const seen = new Set<string>();
  for (const match of template.matchAll(TOKEN)) {
    const index = match.index;
    if (index > last) {
      const text = template.slice(last, index);
      if (!SEPARATORS.test(text)) {
        return {
          ok: false,
          problem: message('Templat mengandungi "{text}": hanya token dan pemisah (- / . ruang) dibenarkan.', { text }),
        };
      }
      parts.push({ kind: 'literal', text });
    }
    const name = match[1] ?? '';
    const width = match[2];
    if (seen.has(name))
      return { ok: false, problem: message('Token {{name}} muncul lebih daripada sekali dalam templat.', { name }) };
    seen.add(name);
    switch (name) {
      case 'state':
      case 'court':
      case 'type':
      case 'year':
        if (width !== undefined)
          return { ok: false, problem: message('Token {{name}} tidak menerima lebar.', { name }) };
        parts.push({ kind: name });
        break;
      case 'run': {
        const n = Number(width);
        if (width === undefined || !Number.isInteger(n) || n < 3 || n > 6) {
          return { ok: false, problem: message('Token nombor siri mesti ditulis {run:N} dengan N antara 3 hingga 6.') };
        }
        runWidth = n;
        parts.push({ kind: 'run', width: n });
        break;
      }
      default:
        return {
          ok: false,
          problem: message('Token {{name}} tidak dikenali. Gunakan {state}, {court}, {type}, {run:N} dan {year}.', {
            name,
          }),
        };
    }
    last = index + match[0].length;
  }
  if (last < template.length) {
    const text = template.slice(last);
    if (!SEPARATORS.test(text)) {
      return {
        ok: false,
        problem: message('Templat mengandungi "{text}": hanya token dan pemisah (- / . ruang) dibenarkan.', { text }),
      };
    }
    parts.push({ kind: 'literal', text });
  }
  if (runWidth === null) return { ok: false, problem: message('Templat mesti mengandungi nombor siri {run:N}.') };
  if (!seen.has('year')) {
    return {
      ok: false,
      problem: message('Templat mesti mengandungi {year}: nombor siri bermula semula setiap tahun.'),
    };
  }
  if (scope === 'COURT_TYPE_YEAR' && !seen.has('type')) {
    return {
      ok: false,
      problem: message(
        'Templat mesti mengandungi {type} kerana nombor siri dikira bagi setiap kod kes: tanpanya nombor akan berulang.',
      ),
    };
  }
  for (let i = 1; i < parts.length; i++) {
    const a = parts[i - 1];
    const b = parts[i];
    if (a?.kind === 'run' && b?.kind !== 'literal') {
      return {
        ok: false,
        problem: message('Nombor siri {run:N} mesti diikuti pemisah supaya nombor kes dapat dibaca semula.'),
      };
    }
  }
  return { ok: true, parts, runWidth };
}

export function formatCaseNumber(parts: TemplatePart[], fields: CaseNumberFields): string {
  return parts
    .map((part) => {
      switch (part.kind) {
        case 'state':
          return fields.stateCode;
        case 'court':
          return fields.courtCode;
        case 'type':
          return fields.caseTypeCode;
        case 'year':
          return String(fields.year);
        case 'run':
          return String(fields.runningNumber).padStart(part.width, '0');
        case 'literal':
          return part.text;
      }
    })
    .join('');
}

/**
 * A number the court's template would give, to show a clerk what to type (never the raw template with its
 * tokens): this court's codes, the chosen case code or 024, serial 12, the given year.
 */
export function exampleCaseNumber(
  template: string,
  scope: NumberingScope,
  fields: { stateCode: string; courtCode: string; caseTypeCode?: string; year: number },
): string | null {
  const parsed = parseTemplate(template, scope);
  if (!parsed.ok) return null;
  const caseTypeCode = fields.caseTypeCode && /^\d{3}$/.test(fields.caseTypeCode) ? fields.caseTypeCode : '024';
  return formatCaseNumber(parsed.parts, { ...fields, caseTypeCode, runningNumber: 12 });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The pattern of a parsed template, built once per template: imports read tens of thousands of numbers. */
const patterns = new WeakMap<TemplatePart[], { regex: RegExp; groups: TemplatePart['kind'][] }>();

function patternOf(parts: TemplatePart[]): { regex: RegExp; groups: TemplatePart['kind'][] } {
  const known = patterns.get(parts);
  if (known) return known;
  const groups: TemplatePart['kind'][] = [];
  const pattern = parts
    .map((part) => {
      if (part.kind === 'literal') return escapeRegExp(part.text);
      groups.push(part.kind);
      switch (part.kind) {
        case 'state':
          return '(\\d{2})';
        case 'court':
        case 'type':
          return '(\\d{3})';
        case 'year':
          return '(\\d{4})';
        case 'run':
          return `(\\d{${part.width},})`;
      }
    })
    .join('');
  const made = { regex: new RegExp(`^${pattern}$`), groups };
  patterns.set(parts, made);
  return made;
}

/** Reads a case number back into its fields, or null when it does not follow the template. */
export function parseCaseNumber(parts: TemplatePart[], caseNumber: string): Partial<CaseNumberFields> | null {
  const { regex, groups } = patternOf(parts);
  const match = regex.exec(caseNumber.trim());
  if (!match) return null;
  const out: Partial<CaseNumberFields> = {};
  groups.forEach((kind, i) => {
    const value = match[i + 1] ?? '';
    if (kind === 'state') out.stateCode = value;
    else if (kind === 'court') out.courtCode = value;
    else if (kind === 'type') out.caseTypeCode = value;
    else if (kind === 'year') out.year = Number(value);
    else if (kind === 'run') out.runningNumber = Number(value);
  });
  return out;
}

/** The key of the series a running number belongs to. */
export function scopeKey(scope: NumberingScope, caseTypeCode: string, year: number): string {
  return scope === 'COURT_TYPE_YEAR' ? `${caseTypeCode}/${year}` : `*/${year}`;
}

/** The case-type key under which the last ESV3 number of a scope is kept. */
export function lastNumberTypeKey(scope: NumberingScope, caseTypeCode: string): string {
  return scope === 'COURT_TYPE_YEAR' ? caseTypeCode : '*';
}
