import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CASE_NUMBER_TEMPLATE,
  exampleCaseNumber,
  formatCaseNumber,
  lastNumberTypeKey,
  parseCaseNumber,
  parseTemplate,
  scopeKey,
  type CaseNumberFields,
  type TemplatePart,
} from './caseNumber';

function partsOf(template: string, scope: 'COURT_TYPE_YEAR' | 'COURT_YEAR' = 'COURT_TYPE_YEAR'): TemplatePart[] {
  const parsed = parseTemplate(template, scope);
  if (!parsed.ok) throw new Error(`template refused: ${parsed.problem.message}`);
  return parsed.parts;
}

function refusal(template: string, scope: 'COURT_TYPE_YEAR' | 'COURT_YEAR' = 'COURT_TYPE_YEAR'): string {
  const parsed = parseTemplate(template, scope);
  if (parsed.ok) throw new Error(`template accepted: ${template}`);
  return parsed.problem.message;
}

const SAMPLE: CaseNumberFields = {
  stateCode: '05',
  courtCode: '005',
  caseTypeCode: '024',
  runningNumber: 769,
  year: 2008,
};

describe('parseTemplate: the default template', () => {
  it('is the court’s usual format and splits into tokens and separators', () => {
    const parsed = parseTemplate(DEFAULT_CASE_NUMBER_TEMPLATE, 'COURT_TYPE_YEAR');
    expect(parsed).toEqual({
      ok: true,
      runWidth: 4,
      parts: [
        { kind: 'state' },
        { kind: 'court' },
        { kind: 'literal', text: '-' },
        { kind: 'type' },
        { kind: 'literal', text: '-' },
        { kind: 'run', width: 4 },
        { kind: 'literal', text: '-' },
        { kind: 'year' },
      ],
    });
  });

  it('is accepted under either scope', () => {
    expect(parseTemplate(DEFAULT_CASE_NUMBER_TEMPLATE, 'COURT_YEAR').ok).toBe(true);
  });

  it('formats 05005-024-0769-2008', () => {
    expect(formatCaseNumber(partsOf(DEFAULT_CASE_NUMBER_TEMPLATE), SAMPLE)).toBe('05005-024-0769-2008');
  });

  it('zero-pads the running number to the width', () => {
    const parts = partsOf(DEFAULT_CASE_NUMBER_TEMPLATE);
    expect(formatCaseNumber(parts, { ...SAMPLE, runningNumber: 1 })).toBe('05005-024-0001-2008');
    expect(formatCaseNumber(parts, { ...SAMPLE, runningNumber: 0 })).toBe('05005-024-0000-2008');
    expect(formatCaseNumber(parts, { ...SAMPLE, runningNumber: 9999 })).toBe('05005-024-9999-2008');
  });

  it('parses 05005-024-0769-2008 back into its fields', () => {
    expect(parseCaseNumber(partsOf(DEFAULT_CASE_NUMBER_TEMPLATE), '05005-024-0769-2008')).toEqual(SAMPLE);
  });
});

describe('parseTemplate: other accepted templates', () => {
  it.each([
    ['slashes', '{state}/{court}/{type}/{run:5}/{year}', 5],
    ['dots', '{state}.{court}.{type}.{run:3}.{year}', 3],
    ['spaces', '{state}{court} {type} {run:6} {year}', 6],
    ['mixed separators', '{state}{court}-{type}/{run:4}/{year}', 4],
    ['year first', '{year}-{state}{court}-{type}-{run:4}', 4],
    ['run at the very end', '{state}{court}-{type}-{year}-{run:4}', 4],
    ['a leading-zero width', '{state}{court}-{type}-{run:04}-{year}', 4],
  ])('accepts %s', (_label, template, width) => {
    const parsed = parseTemplate(template, 'COURT_TYPE_YEAR');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.runWidth).toBe(width);
  });

  it('accepts widths 3 to 6', () => {
    for (const n of [3, 4, 5, 6]) {
      expect(parseTemplate(`{state}{court}-{type}-{run:${n}}-{year}`, 'COURT_TYPE_YEAR')).toMatchObject({
        ok: true,
        runWidth: n,
      });
    }
  });
});

describe('parseTemplate: refusals, in Malay', () => {
  it('refuses an empty or over-long template', () => {
    expect(refusal('')).toMatch(/Templat nombor kes mesti antara 1 hingga 80 aksara/);
    const long = `{state}{court}-{type}-{run:4}-{year}${'-'.repeat(81 - DEFAULT_CASE_NUMBER_TEMPLATE.length)}`;
    expect(long).toHaveLength(81);
    expect(refusal(long)).toMatch(/80 aksara/);
  });

  it('refuses a template without a running number', () => {
    expect(refusal('{state}{court}-{type}-{year}')).toMatch(/mesti mengandungi nombor siri/);
  });

  it('refuses {run} without a width', () => {
    expect(refusal('{state}{court}-{type}-{run}-{year}')).toMatch(/\{run:N\}.*antara 3 hingga 6/);
  });

  it.each([0, 1, 2, 7, 10])('refuses run width %i', (n) => {
    expect(refusal(`{state}{court}-{type}-{run:${n}}-{year}`)).toMatch(/antara 3 hingga 6/);
  });

  it('refuses an unknown token and names it', () => {
    const message = refusal('{state}{court}-{kod}-{run:4}-{year}');
    expect(message).toContain('{kod}');
    expect(message).toMatch(/tidak dikenali/);
  });

  it('refuses a width on a fixed-width token', () => {
    expect(refusal('{state}{court}-{type}-{run:4}-{year:2}')).toMatch(/\{year\} tidak menerima lebar/);
    expect(refusal('{state:3}{court}-{type}-{run:4}-{year}')).toMatch(/\{state\} tidak menerima lebar/);
  });

  it.each([
    ['letters between tokens', '{state}{court}-{type}-MS-{run:4}-{year}', '-MS-'],
    ['digits between tokens', '{state}{court}-{type}-0{run:4}-{year}', '-0'],
    ['a leading prefix', 'MS {state}{court}-{type}-{run:4}-{year}', 'MS '],
    ['a trailing suffix', '{state}{court}-{type}-{run:4}-{year}(P)', '(P)'],
    ['an upper-case token', '{state}{court}-{TYPE}-{run:4}-{year}', '-{TYPE}-'],
    ['an unclosed token', '{state}{court}-{type}-{run:4}-{year', '-{year'],
  ])('refuses %s and quotes the offending text', (_label, template, text) => {
    const message = refusal(template);
    expect(message).toContain(`"${text}"`);
    expect(message).toMatch(/hanya token dan pemisah/);
  });

  it('refuses a duplicate token', () => {
    expect(refusal('{state}{court}-{type}-{run:4}-{year}-{year}')).toMatch(/\{year\} muncul lebih daripada sekali/);
    expect(refusal('{state}{court}-{type}-{run:4}-{run:4}-{year}')).toMatch(/\{run\} muncul lebih daripada sekali/);
    expect(refusal('{state}{state}-{type}-{run:4}-{year}')).toMatch(/muncul lebih daripada sekali/);
  });

  it('refuses a template without {year}, since running numbers restart each year', () => {
    expect(refusal('{state}{court}-{type}-{run:4}')).toMatch(/mesti mengandungi \{year\}/);
    expect(refusal('{state}{court}-{run:4}', 'COURT_YEAR')).toMatch(/mesti mengandungi \{year\}/);
  });

  it('requires {type} when each case type has its own series, but not when they share one', () => {
    expect(refusal('{state}{court}-{run:4}-{year}', 'COURT_TYPE_YEAR')).toMatch(/mesti mengandungi \{type\}/);
    const parsed = parseTemplate('{state}{court}-{run:4}-{year}', 'COURT_YEAR');
    expect(parsed.ok).toBe(true);
  });

  it('refuses a running number not followed by a separator', () => {
    expect(refusal('{state}{court}-{type}-{run:4}{year}')).toMatch(/mesti diikuti pemisah/);
    expect(refusal('{state}{court}-{year}-{run:4}{type}')).toMatch(/mesti diikuti pemisah/);
  });
});

describe('formatCaseNumber / parseCaseNumber round trip', () => {
  const templates: [string, 'COURT_TYPE_YEAR' | 'COURT_YEAR'][] = [
    [DEFAULT_CASE_NUMBER_TEMPLATE, 'COURT_TYPE_YEAR'],
    ['{state}/{court}/{type}/{run:5}/{year}', 'COURT_TYPE_YEAR'],
    ['{state}.{court}.{type}.{run:3}.{year}', 'COURT_TYPE_YEAR'],
    ['{state}{court} {type} {run:6} {year}', 'COURT_TYPE_YEAR'],
    ['{year}-{state}{court}-{type}-{run:4}', 'COURT_TYPE_YEAR'],
    ['{state}{court}-{type}-{year}-{run:3}', 'COURT_TYPE_YEAR'],
  ];
  const fields: CaseNumberFields[] = [];
  for (const stateCode of ['01', '05', '10', '16']) {
    for (const courtCode of ['000', '005', '100', '500']) {
      for (const caseTypeCode of ['001', '024', '099', '999']) {
        for (const runningNumber of [0, 1, 769, 999, 1000, 123456]) {
          for (const year of [2000, 2008, 2026, 2100]) {
            fields.push({ stateCode, courtCode, caseTypeCode, runningNumber, year });
          }
        }
      }
    }
  }

  it.each(templates)('%s gives back every field it was given', (template, scope) => {
    const parts = partsOf(template, scope);
    for (const f of fields) {
      const text = formatCaseNumber(parts, f);
      expect(parseCaseNumber(parts, text), text).toEqual(f);
    }
  });

  it('under COURT_YEAR without {type}, parses all the fields the template holds and no others', () => {
    const parts = partsOf('{state}{court}-{run:4}-{year}', 'COURT_YEAR');
    const text = formatCaseNumber(parts, SAMPLE);
    expect(text).toBe('05005-0769-2008');
    expect(parseCaseNumber(parts, text)).toEqual({ stateCode: '05', courtCode: '005', runningNumber: 769, year: 2008 });
  });

  it('gives distinct numbers for distinct fields', () => {
    const parts = partsOf(DEFAULT_CASE_NUMBER_TEMPLATE);
    const seen = new Set(fields.map((f) => formatCaseNumber(parts, f)));
    expect(seen.size).toBe(fields.length);
  });
});

describe('parseCaseNumber', () => {
  const parts = partsOf(DEFAULT_CASE_NUMBER_TEMPLATE);

  it('reads a running number wider than the template width', () => {
    expect(parseCaseNumber(parts, '05005-024-12345-2008')).toEqual({ ...SAMPLE, runningNumber: 12345 });
    expect(formatCaseNumber(parts, { ...SAMPLE, runningNumber: 12345 })).toBe('05005-024-12345-2008');
  });

  it('reads the appeal-court style with a 3-digit running number', () => {
    const appeal = partsOf('{state}{court}-{type}-{run:3}-{year}');
    expect(parseCaseNumber(appeal, '05000-099-003-2009')).toEqual({
      stateCode: '05',
      courtCode: '000',
      caseTypeCode: '099',
      runningNumber: 3,
      year: 2009,
    });
    expect(
      formatCaseNumber(appeal, {
        stateCode: '05',
        courtCode: '000',
        caseTypeCode: '099',
        runningNumber: 3,
        year: 2009,
      }),
    ).toBe('05000-099-003-2009');
    // A 4-digit template does not read a 3-digit running number.
    expect(parseCaseNumber(parts, '05000-099-003-2009')).toBeNull();
  });

  it('ignores surrounding spaces', () => {
    expect(parseCaseNumber(parts, '  05005-024-0769-2008 \n')).toEqual(SAMPLE);
  });

  it.each([
    ['a running number narrower than the width', '05005-024-769-2008'],
    ['another separator', '05005/024/0769/2008'],
    ['a missing separator', '05005-0240769-2008'],
    ['a 2-digit year', '05005-024-0769-08'],
    ['a 5-digit year', '05005-024-0769-20080'],
    ['a 2-digit case type', '05005-24-0769-2008'],
    ['a short court part', '0505-024-0769-2008'],
    ['letters', '05005-024-07A9-2008'],
    ['a prefix', 'MS05005-024-0769-2008'],
    ['a suffix', '05005-024-0769-2008/P'],
    ['an empty string', ''],
  ])('refuses %s', (_label, text) => {
    expect(parseCaseNumber(parts, text)).toBeNull();
  });

  it('treats separators literally, not as regular-expression syntax', () => {
    const dotted = partsOf('{state}.{court}.{type}.{run:4}.{year}');
    expect(parseCaseNumber(dotted, '05.005.024.0769.2008')).toEqual(SAMPLE);
    expect(parseCaseNumber(dotted, '05x005x024x0769x2008')).toBeNull();
    const slashed = partsOf('{state}/{court}/{type}/{run:4}/{year}');
    expect(parseCaseNumber(slashed, '05/005/024/0769/2008')).toEqual(SAMPLE);
  });
});

describe('scopeKey and lastNumberTypeKey', () => {
  it('keys a series per case type and year under COURT_TYPE_YEAR', () => {
    expect(scopeKey('COURT_TYPE_YEAR', '024', 2008)).toBe('024/2008');
    expect(scopeKey('COURT_TYPE_YEAR', '025', 2008)).not.toBe(scopeKey('COURT_TYPE_YEAR', '024', 2008));
    expect(scopeKey('COURT_TYPE_YEAR', '024', 2009)).not.toBe(scopeKey('COURT_TYPE_YEAR', '024', 2008));
    expect(lastNumberTypeKey('COURT_TYPE_YEAR', '024')).toBe('024');
  });

  it('keys one series per year for every case type under COURT_YEAR', () => {
    expect(scopeKey('COURT_YEAR', '024', 2008)).toBe('*/2008');
    expect(scopeKey('COURT_YEAR', '025', 2008)).toBe(scopeKey('COURT_YEAR', '024', 2008));
    expect(scopeKey('COURT_YEAR', '024', 2009)).not.toBe(scopeKey('COURT_YEAR', '024', 2008));
    expect(lastNumberTypeKey('COURT_YEAR', '024')).toBe('*');
    expect(lastNumberTypeKey('COURT_YEAR', '025')).toBe('*');
  });

  it('agrees with the last-number row key (caseTypeCode/year)', () => {
    for (const scope of ['COURT_TYPE_YEAR', 'COURT_YEAR'] as const) {
      expect(scopeKey(scope, '024', 2026)).toBe(`${lastNumberTypeKey(scope, '024')}/2026`);
    }
  });
});

describe('exampleCaseNumber', () => {
  const court = { stateCode: '05', courtCode: '005', year: 2026 };

  it('shows a number the template gives, never its tokens', () => {
    expect(exampleCaseNumber(DEFAULT_CASE_NUMBER_TEMPLATE, 'COURT_TYPE_YEAR', { ...court, caseTypeCode: '011' })).toBe(
      '05005-011-0012-2026',
    );
    expect(exampleCaseNumber('{year}/{type}/{run:6}', 'COURT_TYPE_YEAR', court)).toBe('2026/024/000012');
  });

  it('uses 024 while no case code is chosen or it is half typed', () => {
    expect(exampleCaseNumber(DEFAULT_CASE_NUMBER_TEMPLATE, 'COURT_TYPE_YEAR', { ...court, caseTypeCode: '' })).toBe(
      '05005-024-0012-2026',
    );
    expect(exampleCaseNumber(DEFAULT_CASE_NUMBER_TEMPLATE, 'COURT_TYPE_YEAR', { ...court, caseTypeCode: '01' })).toBe(
      '05005-024-0012-2026',
    );
  });

  it('gives nothing for a template the court could not have saved', () => {
    expect(exampleCaseNumber('{run:4}', 'COURT_TYPE_YEAR', court)).toBeNull();
  });
});
