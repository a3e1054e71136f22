import { describe, expect, it } from 'vitest';
import { bundleFiles, type Row } from '../../tests/support/bundleBuilder';
import { checkCaseNumbers, checkReceiptNumbers } from './continuity';

const court = { stateCode: '05', courtCode: '005', name: 'Mahkamah Rendah Syariah Seremban' };

function caseRow(type: string, run: number, source = 'MANUAL'): Row {
  const number = `05005-${type}-${String(run).padStart(4, '0')}-2026`;
  return {
    case_number: number,
    source,
    case_type_code: type,
    court_code: '05005',
    year: '2026',
    running_number: source === 'MANUAL' ? String(run) : '',
  };
}

function receiptRow(run: number): Row {
  return {
    receipt_number: `05005-K1-2026-${String(run).padStart(6, '0')}`,
    running_number: String(run),
    amount_rm: '1.00',
    status: 'ISSUED',
    method: 'CASH',
  };
}

function manifestOf(cases: Row[], receipts: Row[]) {
  const content = {
    court,
    counter: 'K1',
    exportSeq: 1,
    exportAt: '2026-11-28T01:00:00Z',
    tables: { 'cases.csv': cases, 'receipts.csv': receipts },
    audit: [],
  };
  return bundleFiles(content, 'a'.repeat(40)).manifest;
}

describe('case number continuity', () => {
  it('takes series per case type, reports a gap as a warning and ignores numbers typed in from ESV2', () => {
    const cases = [
      caseRow('024', 770),
      caseRow('024', 771),
      caseRow('024', 774),
      caseRow('017', 42),
      caseRow('024', 12, 'ESV2'),
    ];
    const findings = checkCaseNumbers(cases, manifestOf(cases, []));
    expect(findings.map((f) => [f.severity, f.code, f.en])).toEqual([
      [
        'warning',
        'CASE_GAP',
        'Scope 05005/024/2026: case running numbers are not continuous, missing 772–773 (check whether the ESV3 figure was raised).',
      ],
    ]);
  });

  it('takes one series per court and year when that is what the manifest lists', () => {
    const cases = [caseRow('024', 1), caseRow('017', 2), caseRow('024', 3)];
    const manifest = manifestOf(cases, []);
    manifest.ranges.caseNumbers = [
      { scope: '*/2026', first: '05005-024-0001-2026', last: '05005-024-0003-2026', count: 3 },
    ];
    expect(checkCaseNumbers(cases, manifest)).toEqual([]);
    manifest.ranges.caseNumbers = [
      { scope: '*/2026', first: '05005-024-0001-2026', last: '05005-024-0003-2026', count: 4 },
    ];
    expect(checkCaseNumbers(cases, manifest).map((f) => f.code)).toEqual(['CASE_RANGE']);
  });

  it('flags a case number used twice', () => {
    const cases = [caseRow('024', 770), caseRow('024', 770)];
    expect(checkCaseNumbers(cases, manifestOf(cases, [])).map((f) => f.code)).toEqual(['CASE_DOUBLE', 'CASE_DOUBLE']);
  });
});

describe('receipt continuity', () => {
  it('is gapless from 1, and a series that does not start at 1 has lost its first receipts', () => {
    const receipts = [receiptRow(3), receiptRow(4), receiptRow(6)];
    const findings = checkReceiptNumbers(receipts, manifestOf([], receipts));
    expect(findings.map((f) => f.en)).toEqual([
      'Receipt series 05005-K1-2026 has a gap: missing 05005-K1-2026-000001–05005-K1-2026-000002, 05005-K1-2026-000005.',
    ]);
  });

  it('checks first, last and count against the manifest', () => {
    const receipts = [receiptRow(1), receiptRow(2)];
    const manifest = manifestOf([], receipts);
    expect(checkReceiptNumbers(receipts, manifest)).toEqual([]);
    expect(checkReceiptNumbers(receipts.slice(1), manifest).map((f) => f.code)).toEqual([
      'RECEIPT_RANGE',
      'RECEIPT_GAP',
    ]);
  });
});
