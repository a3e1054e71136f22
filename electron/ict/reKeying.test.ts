import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvColumnsOf } from '@shared/bundle/format';
import { TEST_KEYS } from '../../tests/support/bundleBuilder';
import { counterWithRecords } from '../../tests/support/bundle';
import { convertToFods, hasFormula, readFods, sheetObjects, type SheetCell } from '../../tests/support/libreOffice';
import { tempDir, unwrap } from '../../tests/support/ledger';
import { exportBundle } from '../services/bundle/exportBundle';
import { runIct } from './cli';
import { EXIT } from './exitCodes';
import { WORKLIST_COLUMNS } from './worklist';

/*
 * Issue 18, "ICT's worklist carries what re-keying needs": one counter does everything a case can carry
 * (a passport party, an address with an apostrophe and Jawi, a MyKad warning overridden with a reason, a
 * cheque with its bank, a typed amount, a waived fee, a cash total rounded to 5 sen, a weekend hearing a
 * supervisor approved, a petang appointment, an option-2 ESV2 case with its receipt number, a number-change
 * notice replaced by a later one), exports through the app's own writer, and ICT's tool merges it. Every
 * one of those is in the bundle's CSVs and in the worklist, and LibreOffice opens the worklist (XLSX and
 * CSV) with the Jawi and apostrophes intact and no formula.
 */

const JAWI = 'كمڤوڠ بارو';
const ADDRESS = `No. 7, Lorong D'Lima, ${JAWI}, 70200 Seremban`;
const FORMULA_NAME = '=HYPERLINK("http://x.invalid","klik")';
const PASSPORT = {
  side: 'CLAIMANT',
  name: "Sarah O'Connor",
  idType: 'PASSPORT',
  idNumber: 'A01234567',
  nationality: 'IRL',
  address: ADDRESS,
};
/** 31 February: a birth date that does not exist, the warning a supervisor's reason lets through. */
const BAD_MYKAD = {
  side: 'RESPONDENT',
  name: FORMULA_NAME,
  idType: 'MYKAD',
  idNumber: '850231-05-5127',
  idOverrideReason: 'Kad pengenalan asal dilihat: nombor dicetak begitu',
  phone: '+6012-3456789',
};
const WAIVER = 'Pihak miskin: surat sokongan Baitulmal';
const OUT_OF_RULE = 'Kes segera: perintah hakim';
const OPTION_REASON = 'Arahan Pendaftar Negeri: ESV2 tersedia semula';
const CORRECTION = 'Nombor ESV3 tersalah taip, dibetulkan';
const CANCEL = 'Resit dikeluarkan dua kali';
const TYPE_REASON = 'ESV3 mendaftarkan kes ini di bawah kod 017';
const JAMINAN = {
  code: 'JAMINAN',
  name: 'Wang jaminan',
  amountSen: 0,
  active: true,
  amountTyped: true,
  minSen: 100,
  maxSen: 5_000_000,
};

type Row = Record<string, string>;
let csv: Record<string, Row[]>;
let worklist: Row[];
let worklistText: string;
let sheet: Record<string, SheetCell>[];
let fromCsv: Record<string, SheetCell>[];
let fods: string[];
let caseNumber: string;
let esv2Number: string;

function readCsvFile(file: string): Row[] {
  return parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { columns: true }) as Row[];
}

beforeAll(async () => {
  const { ledger, dataDir, dispatch, vault } = await counterWithRecords(0);
  unwrap(
    await dispatch('settings.updateReceiptOptions', {
      senWording: 'SEN_BEFORE',
      receiptPaper: 'A5',
      departmentName: 'Jabatan Kehakiman Syariah Negeri Sembilan',
      cashRounding: true,
      maxCashSen: 2_000_000,
      changeConfirmSen: 10_000,
    }),
  );
  unwrap(await dispatch('fees.saveItem', JAMINAN));
  const outage = unwrap(await dispatch('outage.list', {}))[0];
  if (!outage) throw new Error('no outage');

  // Appointments are taken under option 3; the state moves the outage to option 1 before the person comes.
  const option = (sopOption: number) =>
    dispatch('outage.changeOption', { outageId: outage.id, sopOption, reason: OPTION_REASON, supervisorPin: '123456' });
  unwrap(await option(3));
  const appointment = unwrap(
    await dispatch('appointments.book', {
      person: {
        side: 'CLAIMANT',
        name: PASSPORT.name,
        idType: 'PASSPORT',
        idNumber: 'A01234567',
        nationality: 'IRL',
        phone: '0123456789',
      },
      caseTypeCode: '024',
      date: '2026-11-30',
      session: 'PETANG',
    }),
  );
  unwrap(await option(1));
  const registered = unwrap(
    await dispatch('cases.register', {
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [PASSPORT, BAD_MYKAD],
      appointmentId: appointment.id,
    }),
  );
  caseNumber = registered.caseNumber;
  const cheque = unwrap(
    await dispatch('payments.take', {
      caseId: registered.id,
      lines: [
        { feeCode: 'SAMAN_MRS', quantity: 2 },
        { feeCode: 'JAMINAN', quantity: 1, amountSen: 150_000 },
      ],
      payerName: PASSPORT.name,
      method: 'CHEQUE',
      chequeBank: "Bank Muamalat (Jalan Dato' Bandar)",
      methodReference: '004513',
    }),
  );
  // RM 1.03 in cash is taken as RM 1.05 (Bank Negara's 5-sen rounding); the affidavit fee is waived.
  const cash = unwrap(
    await dispatch('payments.take', {
      caseId: registered.id,
      lines: [
        { feeCode: 'JAMINAN', quantity: 1, amountSen: 103 },
        { feeCode: 'AFIDAVIT', quantity: 1, exemptReason: WAIVER },
      ],
      payerName: PASSPORT.name,
      method: 'CASH',
      tenderedSen: 200,
    }),
  );
  const mistaken = unwrap(
    await dispatch('payments.take', {
      caseId: registered.id,
      lines: [{ feeCode: 'AFIDAVIT', quantity: 1 }],
      payerName: PASSPORT.name,
      method: 'CASH',
      tenderedSen: 1000,
    }),
  );
  unwrap(
    await dispatch('receipts.cancel', {
      receiptId: mistaken.id,
      reason: CANCEL,
      supervisorId: 1,
      supervisorPin: '123456',
    }),
  );
  unwrap(
    await dispatch('calendar.updateDocumentSettings', {
      rooms: ['Dewan Bicara 1'],
      capacityPerRoom: 5,
      defaultTime: '09:30',
      copies: 3,
    }),
  );
  unwrap(
    await dispatch('hearings.set', {
      caseId: registered.id,
      kind: 'PERBICARAAN',
      date: '2026-12-05',
      time: '14:30',
      room: 'Dewan Bicara 1',
      override: { supervisorId: 1, supervisorPin: '123456', reason: OUT_OF_RULE },
    }),
  );

  unwrap(await option(2));
  const esv2 = unwrap(
    await dispatch('cases.recordGiven', {
      source: 'ESV2',
      caseNumber: '05005-024-0012-2026',
      esv2ReceiptNumber: 'ESV2-R-000123',
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [{ side: 'CLAIMANT', name: 'Aminah binti Said', idType: 'MYKAD', idNumber: '900315-05-5012' }],
    }),
  );
  esv2Number = esv2.caseNumber;
  // An ESV2 receipt number typed as a formula: a cell that begins with `=`.
  unwrap(
    await dispatch('cases.recordGiven', {
      source: 'ESV2',
      caseNumber: '05005-024-0013-2026',
      esv2ReceiptNumber: '=1+2',
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [{ side: 'CLAIMANT', name: 'Rokiah binti Hassan', idType: 'MYKAD', idNumber: '900315-05-5012' }],
    }),
  );

  unwrap(await dispatch('outage.close', { outageId: outage.id, closeKind: 'ESV3_PULIH', note: null }));
  const refs = [
    { receiptId: cheque.id, esv3PaymentRef: 'ESV3-PAY-1' },
    { receiptId: cash.id, esv3PaymentRef: 'ESV3-PAY-2' },
  ];
  unwrap(
    await dispatch('recovery.record', { caseId: registered.id, esv3CaseNumber: '05005-024-0905-2026', receipts: refs }),
  );
  unwrap(await dispatch('recovery.printNotice', { caseId: registered.id, toPrinter: false }));
  // The ESV3 number was mistyped: corrected (to one of another case type, confirmed), and a new notice made.
  unwrap(
    await dispatch('recovery.record', {
      caseId: registered.id,
      esv3CaseNumber: '05005-017-0906-2026',
      receipts: refs,
      correctionReason: CORRECTION,
      typeMismatchReason: TYPE_REASON,
    }),
  );
  unwrap(await dispatch('recovery.printNotice', { caseId: registered.id, toPrinter: false }));

  const out = tempDir('kaunter-rekey-export-');
  const exported = await exportBundle(ledger, { folder: out, vault, by: { id: 1, name: 'Puan Rohana binti Ismail' } });
  const trust = join(tempDir('kaunter-rekey-trust-'), 'trusted-devices.json');
  const io = { out: () => undefined, err: (l: string) => console.error(l) };
  expect(await runIct(['trust', 'add', join(out, exported.files.deviceKey), '--yes', '--trust', trust], io)).toBe(
    EXIT.CLEAN,
  );
  const ict = tempDir('kaunter-rekey-ict-');
  const pgp = join(out, exported.files.pgp);
  const key = ['--key', TEST_KEYS.ictSecret, '--trust', trust];
  expect(await runIct(['open', pgp, ...key, '--out', join(ict, 'buka')], io)).toBe(EXIT.CLEAN);
  expect(await runIct(['merge', pgp, ...key, '--out', join(ict, 'gabung')], io, () => ledger.clock())).toBe(EXIT.CLEAN);
  const [opened = ''] = readdirSync(join(ict, 'buka'));
  csv = Object.fromEntries(
    readdirSync(join(ict, 'buka', opened))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => [f, readCsvFile(join(ict, 'buka', opened, f))]),
  );
  worklistText = readFileSync(join(ict, 'gabung', 'worklist.csv'), 'utf8');
  worklist = readCsvFile(join(ict, 'gabung', 'worklist.csv'));
  // The CSV as a person opens it in Calc: comma, double quote, UTF-8 (76), from line 1; formulas evaluated.
  fods = [
    ...convertToFods([join(ict, 'gabung', 'worklist.xlsx')]),
    ...convertToFods([join(ict, 'gabung', 'worklist.csv')], { infilter: 'CSV:44,34,76,1' }),
  ];
  const [xlsxFods = '', csvFods = ''] = fods;
  sheet = sheetObjects([...readFods(xlsxFods).values()][0] ?? []);
  fromCsv = sheetObjects([...readFods(csvFods).values()][0] ?? []);
  void dataDir;
}, 300_000);

const rowOf = (rows: readonly Row[], key: string, value: string): Row => {
  const row = rows.find((r) => r[key] === value);
  if (!row) throw new Error(`no row with ${key} = ${value}`);
  return row;
};

describe('the bundle (format v3) carries what re-keying needs', () => {
  it('writes hearings.csv and overrides.csv beside the v2 files, each with the format’s header', () => {
    expect(Object.keys(csv).sort()).toEqual([
      'appointments.csv',
      'cases.csv',
      'documents.csv',
      'filings.csv',
      'hearings.csv',
      'overrides.csv',
      'parties.csv',
      'receipt_items.csv',
      'receipts.csv',
    ]);
    for (const [name, rows] of Object.entries(csv)) {
      if (rows[0]) expect(Object.keys(rows[0]), name).toEqual(csvColumnsOf(name as 'cases.csv', 3));
    }
  });

  it('parties: the passport, the address with its apostrophe and Jawi, the MyKad warning and its reason', () => {
    const [passport, respondent] = csv['parties.csv'] ?? [];
    expect(passport).toMatchObject({
      id_type: 'PASSPORT',
      id_number: 'A01234567',
      nationality: 'IRL',
      address: ADDRESS,
      name: "Sarah O'Connor",
    });
    expect(respondent).toMatchObject({
      name: FORMULA_NAME,
      id_type: 'MYKAD',
      id_number: '850231-05-5127',
      phone: '+6012-3456789',
      id_override_reason: BAD_MYKAD.idOverrideReason,
    });
    expect(respondent?.id_warnings).toBe('Tarikh lahir 31/02/85 pada No. K/P ini tidak sah.');
  });

  it('receipts: the cheque bank and number, the rounding and the money received', () => {
    const receipts = (csv['receipts.csv'] ?? []).filter((r) => r.case_number === caseNumber);
    const cheque = rowOf(receipts, 'method', 'CHEQUE');
    expect(cheque).toMatchObject({
      cheque_bank: "Bank Muamalat (Jalan Dato' Bandar)",
      method_reference: '004513',
      rounding_rm: '0.00',
    });
    expect(rowOf(receipts, 'method', 'CASH')).toMatchObject({
      amount_rm: '1.03',
      rounding_rm: '0.02',
      received_rm: '1.05',
    });
  });

  it('fee lines: the unit, the quantity, the typed amount and the waiver', () => {
    const items = csv['receipt_items.csv'] ?? [];
    const saman = rowOf(items, 'fee_code', 'SAMAN_MRS');
    expect(saman).toMatchObject({ quantity: '2', amount_typed: '0' });
    expect(Number(saman.amount_rm)).toBeCloseTo(2 * Number(saman.unit_rm));
    expect(items.filter((i) => i.fee_code === 'JAMINAN').map((i) => [i.amount_rm, i.unit_rm, i.amount_typed])).toEqual([
      ['1500.00', '1500.00', '1'],
      ['1.03', '1.03', '1'],
    ]);
    expect(rowOf(items, 'fee_code', 'AFIDAVIT')).toMatchObject({ amount_rm: '0.00', exempt_reason: WAIVER });
  });

  it('hearings.csv: the date, time and room, and the supervisor who approved a date out of rule', () => {
    expect(csv['hearings.csv']).toEqual([
      expect.objectContaining({
        case_number: caseNumber,
        kind: 'PERBICARAAN',
        hearing_date: '2026-12-05',
        hearing_time: '14:30',
        room: 'Dewan Bicara 1',
        override_reason: OUT_OF_RULE,
        override_by: 'Puan Rohana binti Ismail',
      }),
    ]);
  });

  it('cases: the ESV2 receipt number of an option-2 case; appointments: the petang session', () => {
    expect(rowOf(csv['cases.csv'] ?? [], 'case_number', esv2Number)).toMatchObject({
      source: 'ESV2',
      sop_option: '2',
      esv2_receipt_number: 'ESV2-R-000123',
    });
    expect(csv['appointments.csv']).toEqual([
      expect.objectContaining({
        case_number: caseNumber,
        session: 'PETANG',
        id_type: 'PASSPORT',
        status: 'REGISTERED',
      }),
    ]);
  });

  it('documents: the first number-change notice is marked superseded by the second', () => {
    const notices = (csv['documents.csv'] ?? []).filter((d) => d.kind === 'NOTIS_PERTUKARAN_NOMBOR');
    expect(notices.map((d) => [d.case_number, d.reference, d.superseded_by])).toEqual([
      [caseNumber, '05005-024-0905-2026', '05005-017-0906-2026'],
      [caseNumber, '05005-017-0906-2026', ''],
    ]);
  });

  it('overrides.csv: every reason given, with who and who approved', () => {
    const rows = (csv['overrides.csv'] ?? []).map((o) => [o.kind, o.case_number, o.reason, o.approved_by]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['PARTY_ID', caseNumber, BAD_MYKAD.idOverrideReason, ''],
        ['FEE_EXEMPT', caseNumber, WAIVER, ''],
        ['HEARING_DATE', caseNumber, OUT_OF_RULE, 'Puan Rohana binti Ismail'],
        ['RECEIPT_CANCEL', caseNumber, CANCEL, 'Puan Rohana binti Ismail'],
        ['SOP_OPTION', '', OPTION_REASON, ''],
        ['ESV3_TYPE_MISMATCH', caseNumber, TYPE_REASON, ''],
        ['ESV3_CORRECTION', caseNumber, CORRECTION, ''],
      ]),
    );
    expect(csv['overrides.csv']?.every((o) => o.by === 'Puan Rohana binti Ismail' && /\+08:00$/.test(o.at ?? ''))).toBe(
      true,
    );
  });
});

describe('the worklist carries them, one case a row', () => {
  it('has the re-keying columns at the end, in the CSV and the XLSX', () => {
    expect(worklistText.split('\r\n')[0]).toBe(`\uFEFF${WORKLIST_COLUMNS.join(',')}`);
    expect(WORKLIST_COLUMNS.slice(-9)).toEqual([
      'sop_option',
      'esv2_receipt_number',
      'party_details',
      'fee_lines',
      'payment_details',
      'hearings',
      'appointments',
      'overrides',
      'notices',
    ]);
    expect(Object.keys(sheet[0] ?? {})).toEqual([...WORKLIST_COLUMNS]);
  });

  it('a row holds the identity, address, fee lines, payment, hearing, appointment, overrides and notices', () => {
    const row = rowOf(worklist, 'case_number', caseNumber);
    expect(row.party_details).toContain(
      `CLAIMANT: Sarah O'Connor (PASSPORT A01234567) — warganegara/nationality: IRL — alamat/address: ${ADDRESS}`,
    );
    expect(row.party_details).toContain('RESPONDENT: =HYPERLINK');
    expect(row.party_details).toContain('tel +6012-3456789');
    expect(row.fee_lines).toMatch(
      /#2 JAMINAN Wang jaminan × 1 @ RM 1500.00 = RM 1500.00 \[AMAUN DITAIP\/TYPED AMOUNT\]/,
    );
    expect(row.fee_lines).toContain(`AFIDAVIT`);
    expect(row.fee_lines).toContain(`[DIKECUALIKAN/WAIVED: ${WAIVER}]`);
    expect(row.payment_details).toContain("CHEQUE Bank Muamalat (Jalan Dato' Bandar) 004513");
    expect(row.payment_details).toContain('CASH, diterima/received RM 1.05, bundar/rounding 0.02');
    expect(row.hearings).toBe(
      `PERBICARAAN 2026-12-05 14:30 Dewan Bicara 1 [LUAR PERATURAN/OUT OF RULE: ${OUT_OF_RULE}; lulus/approved: Puan Rohana binti Ismail]`,
    );
    expect(row.appointments).toMatch(/ 2026-11-30 PETANG \d\d:\d\d–\d\d:\d\d REGISTERED$/);
    expect(row.overrides).toContain(`PARTY_ID ${FORMULA_NAME}: ${BAD_MYKAD.idOverrideReason}`);
    expect(row.overrides).toContain(`ESV3_CORRECTION`);
    expect(row.notices).toMatch(
      /^05005-024-0905-2026 \(.+\) DIGANTI\/SUPERSEDED → 05005-017-0906-2026; 05005-017-0906-2026 /,
    );
    expect(row.flags).toContain('NOTIS DIGANTI / NOTICE SUPERSEDED');
    expect(row.sop_option).toBe('1');
    const esv2 = rowOf(worklist, 'case_number', esv2Number);
    expect(esv2).toMatchObject({ source: 'ESV2', sop_option: '2', esv2_receipt_number: 'ESV2-R-000123' });
  });

  it('LibreOffice opens worklist.xlsx and worklist.csv with Jawi and apostrophes intact and no formula', () => {
    expect(fods.map(hasFormula)).toEqual([false, false]);
    for (const rows of [sheet, fromCsv]) {
      const row = rows.find((r) => r.case_number?.text === caseNumber);
      expect(row?.party_details?.type).toBe('string');
      expect(row?.party_details?.text).toContain(ADDRESS);
      expect(row?.party_details?.text).toContain(JAWI);
      expect(row?.payment_details?.text).toContain("Bank Muamalat (Jalan Dato' Bandar) 004513");
      expect(row?.overrides?.text).toContain(FORMULA_NAME);
      expect(rows.find((r) => r.case_number?.text === esv2Number)?.esv2_receipt_number?.text).toBe('ESV2-R-000123');
    }
    // A cell that begins with `=`: text in the XLSX as typed; in the CSV behind a `'`, never a formula or a 3.
    const typed = (rows: typeof sheet) => rows.find((r) => r.case_number?.text === '05005-024-0013-2026');
    expect(typed(sheet)?.esv2_receipt_number).toMatchObject({ type: 'string', text: '=1+2', formula: null });
    expect(typed(fromCsv)?.esv2_receipt_number).toMatchObject({ type: 'string', text: "'=1+2", formula: null });
    expect(rowOf(worklist, 'case_number', '05005-024-0013-2026').esv2_receipt_number).toBe("'=1+2");
  });
});
