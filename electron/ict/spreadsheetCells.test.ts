import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cellOf, neutraliseCsvCell, wallClock } from './spreadsheetCells';
import { WORKLIST_COLUMNS, worklistCsv, type WorklistRow } from './worklist';

describe('a cell a spreadsheet could take as a formula', () => {
  it('gets a leading apostrophe in a CSV meant for people, and nothing else changes', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseCsvCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    for (const plain of ['', '024', '05005', "Nor'ain", ' =1', 'A=1', '004513', "'already"]) {
      expect(neutraliseCsvCell(plain)).toBe(plain);
    }
  });

  it('in worklist.csv: only the cells that start like a formula', () => {
    const row = Object.fromEntries(WORKLIST_COLUMNS.map((c) => [c, ''])) as WorklistRow;
    Object.assign(row, {
      bil: '1',
      court_code: '05005',
      case_type_code: '024',
      court_name: '@Mahkamah',
      esv3_case_number: '=HYPERLINK("http://x.invalid","klik")',
      parties: 'CLAIMANT: =HYPERLINK("http://x.invalid","klik") (OLD_IC 0123456)',
      flags: '-',
      amount_rm: '25.00',
    });
    const [read] = parse(worklistCsv([row]).slice(1), { columns: true }) as Record<string, string>[];
    expect(read).toMatchObject({
      bil: '1',
      court_code: '05005',
      case_type_code: '024',
      court_name: "'@Mahkamah",
      esv3_case_number: `'=HYPERLINK("http://x.invalid","klik")`,
      parties: 'CLAIMANT: =HYPERLINK("http://x.invalid","klik") (OLD_IC 0123456)',
      flags: "'-",
      amount_rm: '25.00',
    });
  });

  it('in the v3 worklist columns too: each of them that starts like a formula, whatever it holds', () => {
    const v3 = WORKLIST_COLUMNS.slice(WORKLIST_COLUMNS.indexOf('sop_option'));
    const row = Object.fromEntries(WORKLIST_COLUMNS.map((c) => [c, ''])) as WorklistRow;
    v3.forEach((c, i) => (row[c] = `${['=', '+', '-', '@', '\t'][i % 5] ?? ''}${c}`));
    const [read] = parse(worklistCsv([row]).slice(1), { columns: true }) as Record<string, string>[];
    for (const c of v3) expect(read?.[c], c).toBe(`'${row[c]}`);
  });
});

describe('the v3 columns of the bundle in a spreadsheet', () => {
  it('hearing_date is a day and the `at` of overrides.csv a time; the rest of the new columns text', () => {
    expect(cellOf('hearing_date', '2026-12-05')).toMatchObject({ type: Date, format: 'dd/mm/yyyy' });
    expect(cellOf('at', '2026-11-28T09:30:00.000+08:00')).toMatchObject({ type: Date });
    for (const column of ['esv2_receipt_number', 'cheque_bank', 'hearing_time', 'session_start', 'superseded_by']) {
      expect(cellOf(column, '004513')).toMatchObject({ type: String, value: '004513' });
    }
    expect(cellOf('rounding_rm', '-0.02')).toMatchObject({ type: Number, value: -0.02 });
  });
});

describe('XLSX cells typed by their column', () => {
  it('codes, numbers and identity documents are text cells', () => {
    for (const [column, value] of [
      ['case_type_code', '024'],
      ['court_code', '05005'],
      ['method_reference', '004513'],
      ['id_number', '0123456'],
      ['phone', '+6012-3456789'],
      ['name', '=HYPERLINK("http://x.invalid","klik")'],
      ['running_number', '0001'],
      ['year', '2026'],
    ] as const) {
      expect(cellOf(column, value)).toEqual({ type: String, format: '@', value });
    }
  });

  it('amounts are numbers with two decimals, counts numbers; what does not parse stays text', () => {
    expect(cellOf('amount_rm', '123.50')).toEqual({ type: Number, value: 123.5, format: '0.00' });
    expect(cellOf('claim_rm', '-4.00')).toEqual({ type: Number, value: -4, format: '0.00' });
    expect(cellOf('amount_rm', '12.5')).toEqual({ type: String, format: '@', value: '12.5' });
    expect(cellOf('amount_rm', '=1+1')).toEqual({ type: String, format: '@', value: '=1+1' });
    expect(cellOf('quantity', '2')).toEqual({ type: Number, value: 2, format: '0' });
    expect(cellOf('line', '01')).toEqual({ type: String, format: '@', value: '01' });
    expect(cellOf('amount_rm', '')).toEqual({ type: String, format: '@', value: '' });
  });

  it('times are dates on the Malaysian wall clock; days without a time are dates', () => {
    expect(cellOf('issued_at', '2026-11-28T09:30:05.250+08:00')).toEqual({
      type: Date,
      value: new Date(Date.UTC(2026, 10, 28, 9, 30, 5, 250)),
      format: 'dd/mm/yyyy hh:mm:ss',
    });
    expect(cellOf('court_date', '2026-12-01')).toEqual({
      type: Date,
      value: new Date(Date.UTC(2026, 11, 1)),
      format: 'dd/mm/yyyy',
    });
    expect(cellOf('court_date', '2026-12-01T10:00:00+08:00').type).toBe(String);
    expect(wallClock('2026-02-31')).toBeNull();
    expect(wallClock('2026-11-28T24:00:00+08:00')).toBeNull();
    expect(wallClock('28/11/2026')).toBeNull();
  });
});
