import { describe, expect, it } from 'vitest';
import { schemaNames, upgradeWithData } from '../../../tests/support/migrations';
import { m006FilingsAndAppointments } from './migrations/006-filings-and-appointments';

const BOOK = `INSERT INTO appointments (reference, counter_id, year, running_number, person_name, id_type, phone,
  case_type_code, case_type_name, appointment_date, booked_at, booked_by, outage_id, case_id)
  VALUES (?, 'K1', 2026, ?, 'Halimah binti Daud', 'NONE', '013-2223344', ?, 'Tuntutan Nafkah Anak', '2026-12-08',
  '2026-12-01T02:30:00.000Z', 2, 1, ?)`;

describe('migration 006 (given-number cases, filings, appointments)', () => {
  it('keeps a version-5 ledger, its cases without an ESV2 receipt, and ships the kinds of filings', () => {
    const db = upgradeWithData(m006FilingsAndAppointments);
    expect(db.prepare('SELECT COUNT(*) AS n FROM cases WHERE esv2_receipt_number IS NULL').get()).toEqual({ n: 3 });
    expect(db.prepare('SELECT code, fee_code, active FROM filing_types ORDER BY code').all()).toEqual([
      { code: 'AFIDAVIT', fee_code: 'AFIDAVIT', active: 1 },
      { code: 'EKSHIBIT', fee_code: 'EKSHIBIT', active: 1 },
      { code: 'INTERLOKUTORI', fee_code: 'INTERLOKUTORI_MRS', active: 1 },
      { code: 'NOTIS', fee_code: 'PENYAMPAIAN', active: 1 },
      { code: 'SURAT', fee_code: null, active: 1 },
    ]);
    expect(schemaNames(db, 'index', 'filings')).toEqual(['filings_case', 'filings_receipt']);
    expect(schemaNames(db, 'index', 'appointments')).toEqual(['appointments_date']);
  });

  it('never deletes a filing or an appointment; one reference, one number and one case per appointment', () => {
    const db = upgradeWithData(m006FilingsAndAppointments);
    db.prepare(
      `INSERT INTO filings (case_id, filing_type_code, filing_type_name, quantity, fee_code, amount_sen, received_at,
         received_by, outage_id, receipt_id) VALUES (3, 'AFIDAVIT', 'Afidavit', 1, 'AFIDAVIT', 300,
         '2026-12-01T01:30:00.000Z', 2, 1, 2)`,
    ).run();
    expect(() => db.prepare('DELETE FROM filings').run()).toThrow(/filings are never deleted/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO filings (case_id, filing_type_code, filing_type_name, quantity, amount_sen, received_at,
             received_by, outage_id) VALUES (3, 'TIADA', 'Tiada', 1, 0, '2026-12-01T01:30:00.000Z', 2, 1)`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);

    db.prepare(BOOK).run('JT-K1-2026-0001', 1, '024', 1);
    expect(() => db.prepare('DELETE FROM appointments').run()).toThrow(/appointments are never deleted/);
    expect(() => db.prepare(BOOK).run('JT-K1-2026-0001', 2, '024', null)).toThrow(/appointments.reference/);
    expect(() => db.prepare(BOOK).run('JT-K1-2026-0002', 1, '024', null)).toThrow(
      /appointments.counter_id, appointments.year, appointments.running_number/,
    );
    expect(() => db.prepare(BOOK).run('JT-K1-2026-0002', 2, '024', 1)).toThrow(/appointments.case_id/);
    expect(() => db.prepare(BOOK).run('JT-K1-2026-0002', 2, '999', null)).toThrow(/FOREIGN KEY/);
    expect(db.prepare('SELECT status FROM appointments').get()).toEqual({ status: 'BOOKED' });
    expect(() => db.prepare("UPDATE appointments SET status = 'DONE'").run()).toThrow(/CHECK/);
  });
});
