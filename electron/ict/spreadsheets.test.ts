import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDeviceKey, TEST_KEYS } from '../../tests/support/bundleBuilder';
import { sealLedger } from '../../tests/support/ictCounters';
import { trustFileOf } from '../../tests/support/ictTrust';
import { frozenClock, readyLedger, tempDir } from '../../tests/support/ledger';
import { registerAndPay } from '../../tests/support/ledgerBundle';
import { convertToFods, hasFormula, readFods, sheetObjects, type SheetCell } from '../../tests/support/libreOffice';
import { runIct } from './cli';
import { EXIT } from './exitCodes';

/*
 * Issue 16, item 5: ICT opens what `ict open` / `ict merge` write in a spreadsheet. Opened by
 * LibreOffice itself (headless, one process for every file), the XLSX keep the leading zeros of codes,
 * numbers and identity documents, take amounts as numbers with two decimals and times as dates, and
 * show a formula-like name as text. Needs `soffice` (libreoffice-calc-nogui; .ci/run installs it):
 * without it the test fails and says so.
 */

const FORMULA_NAME = '=HYPERLINK("http://x.invalid","klik")';

type Sheets = Map<string, SheetCell[][]>;
let tables: Sheets;
let worklist: Sheets;
let tablesFods: string;
let worklistFods: string;
let openFolder: string;
let base: string;

beforeAll(async () => {
  const clock = frozenClock('2026-11-28T01:30:00.000Z');
  const { ledger } = await readyLedger({}, { clock });
  registerAndPay(
    ledger,
    {
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [
        { side: 'CLAIMANT', name: FORMULA_NAME, idType: 'OLD_IC', idNumber: '0123456', phone: '+6012-3456789' },
        {
          side: 'RESPONDENT',
          name: '@Rahim bin Salleh',
          idType: 'PASSPORT',
          idNumber: 'A01234567',
          nationality: 'SGP',
          phone: '0123456789',
        },
        { side: 'RESPONDENT', name: '-Ahmad bin Ali', idType: 'ARMY', idNumber: 'T0012345' },
      ],
    },
    {
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
      method: 'CHEQUE',
      methodReference: '004513',
      chequeBank: 'Maybank',
      payerName: FORMULA_NAME,
    },
  );
  const device = await makeDeviceKey('K1');
  const sealed = await sealLedger(ledger, device);
  base = sealed.base;
  const trust = trustFileOf(device);
  const out = tempDir('kaunter-ict-sheets-');
  const io = { out: () => undefined, err: (l: string) => console.error(l) };
  const key = ['--key', TEST_KEYS.ictSecret, '--trust', trust];
  expect(await runIct(['open', sealed.file, ...key, '--out', join(out, 'buka')], io)).toBe(EXIT.CLEAN);
  expect(await runIct(['merge', sealed.file, ...key, '--out', join(out, 'gabung')], io, clock)).toBe(EXIT.CLEAN);
  openFolder = join(out, 'buka', base);
  [tablesFods = '', worklistFods = ''] = convertToFods([
    join(openFolder, `${base}.xlsx`),
    join(out, 'gabung', 'worklist.xlsx'),
  ]);
  tables = readFods(tablesFods);
  worklist = readFods(worklistFods);
}, 300_000);

const text = (value: string) => ({ type: 'string', text: value });

function rowsOf(sheets: Sheets, name: string): Record<string, SheetCell>[] {
  const rows = sheets.get(name);
  if (!rows) throw new Error(`no sheet ${name} (sheets: ${[...sheets.keys()].join(', ')})`);
  return sheetObjects(rows);
}

describe('the XLSX files as LibreOffice opens them', () => {
  it('has one sheet per table of the bundle, and no formula anywhere', () => {
    expect([...tables.keys()]).toEqual([
      'cases',
      'parties',
      'receipts',
      'receipt_items',
      'filings',
      'appointments',
      'documents',
      'hearings',
      'overrides',
    ]);
    expect(hasFormula(tablesFods)).toBe(false);
    expect(hasFormula(worklistFods)).toBe(false);
  });

  it('keeps the leading zeros of codes, numbers and identity documents as text', () => {
    const [c] = rowsOf(tables, 'cases');
    expect(c).toMatchObject({
      case_type_code: text('024'),
      court_code: text('05005'),
      case_number: text('05005-024-0770-2026'),
    });
    const [claimant, respondent, army] = rowsOf(tables, 'parties');
    expect(claimant).toMatchObject({ id_number: text('0123456'), phone: text('+6012-3456789') });
    expect(respondent).toMatchObject({
      id_number: text('A01234567'),
      phone: text('0123456789'),
      nationality: text('SGP'),
    });
    expect(army).toMatchObject({ id_number: text('T0012345') });
    const [receipt] = rowsOf(tables, 'receipts');
    expect(receipt).toMatchObject({ method: text('CHEQUE'), method_reference: text('004513') });
  });

  it('shows formula-like names as text, exactly as typed', () => {
    const names = rowsOf(tables, 'parties').map((p) => [p.name?.type, p.name?.text, p.name?.formula]);
    expect(names).toEqual([
      ['string', FORMULA_NAME, null],
      ['string', '@Rahim bin Salleh', null],
      ['string', '-Ahmad bin Ali', null],
    ]);
    expect(rowsOf(tables, 'receipts')[0]?.payer_name).toMatchObject(text(FORMULA_NAME));
  });

  it('takes amounts as numbers with two decimals and times as dates (Malaysian wall clock)', () => {
    const [receipt] = rowsOf(tables, 'receipts');
    expect(receipt?.amount_rm).toMatchObject({ type: 'float', value: '25', text: '25.00' });
    expect(receipt?.issued_at).toMatchObject({
      type: 'date',
      value: '2026-11-28T09:30:00',
      text: '28/11/2026 09:30:00',
    });
    const [item] = rowsOf(tables, 'receipt_items');
    expect(item?.line).toMatchObject({ type: 'float', value: '1' });
  });

  it('the worklist: codes as text, the amount a number, the time a date, the parties as text', () => {
    const [row, ...more] = rowsOf(worklist, 'worklist');
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      bil: { type: 'float', value: '1', text: '1' },
      court_code: text('05005'),
      case_type_code: text('024'),
      amount_rm: { type: 'float', value: '25', text: '25.00' },
      registered_at: { type: 'date', value: '2026-11-28T09:30:00' },
    });
    expect(row?.parties?.type).toBe('string');
    expect(row?.parties?.text).toContain(`CLAIMANT: ${FORMULA_NAME} (OLD_IC 0123456)`);
    expect(row?.receipts?.text).toContain('CHEQUE');
  });
});

describe('the CSV files', () => {
  it("the bundle's own CSVs are written byte for byte as signed: the machine format", () => {
    const manifest = JSON.parse(readFileSync(join(openFolder, 'manifest.json'), 'utf8')) as {
      files: { name: string; sha256: string }[];
    };
    for (const entry of manifest.files) {
      const bytes = readFileSync(join(openFolder, entry.name));
      expect(createHash('sha256').update(bytes).digest('hex'), entry.name).toBe(entry.sha256);
    }
    expect(readFileSync(join(openFolder, 'parties.csv'), 'utf8')).toContain(
      '"=HYPERLINK(""http://x.invalid"",""klik"")"',
    );
  });
});
