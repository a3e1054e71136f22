import { expect } from 'vitest';
import { MIGRATIONS, type Migration } from '../../electron/services/db/migrations';
import { migrate, openDatabase, schemaVersion, type Db } from '../../electron/services/db/open';
import { appendAudit, verifyChain } from '../../electron/services/ledger/audit';

/*
 * TEST SUPPORT ONLY. Ledgers at an older schema version holding what a court would have written with
 * that version, for the upgrade-with-data tests (electron/services/db/migration0NN.test.ts).
 */

/** The schema version a migration brings a ledger to. Numbers may change at a merge: never write them down. */
export function versionOf(migration: Migration): number {
  const at = MIGRATIONS.indexOf(migration);
  if (at < 0) throw new Error(`${migration.name} is not in MIGRATIONS`);
  return at + 1;
}

/** An empty in-memory ledger opened as the app opens one (foreign keys on), migrated up to `version`. */
export function ledgerAt(version: number): Db {
  return openDatabase(':memory:', { targetVersion: version });
}

/** One event in the chain, as the action that wrote the rows would have appended it. */
function event(db: Db, at: string, action: string, entity: string, entityId: number | string, data: unknown): void {
  appendAudit(db, { at, actor: 'user:2', action, entity, entityId, data });
}

/** The event that registered or recorded a case, carrying what the row holds (as the app's does). */
function caseEvent(db: Db, action: 'case.register' | 'case.recordEsv2', id: number): void {
  const row = db
    .prepare('SELECT case_number, source, case_type_code, claim_sen, registered_at FROM cases WHERE id = ?')
    .get(id) as {
    case_number: string;
    source: string;
    case_type_code: string;
    claim_sen: number | null;
    registered_at: string;
  };
  const parties = db
    .prepare(
      'SELECT side, name, id_type AS idType, id_number AS idNumber FROM parties WHERE case_id = ? ORDER BY position',
    )
    .all(id);
  event(db, row.registered_at, action, 'case', id, {
    caseNumber: row.case_number,
    source: row.source,
    caseTypeCode: row.case_type_code,
    claimSen: row.claim_sen,
    parties,
  });
}

/** The event that issued a receipt, carrying what the row holds. */
function receiptEvent(db: Db, id: number): void {
  const row = db
    .prepare(
      'SELECT receipt_number, case_number, payer_name, payer_id_number, total_sen, issued_at FROM receipts WHERE id = ?',
    )
    .get(id) as {
    receipt_number: string;
    case_number: string | null;
    payer_name: string;
    payer_id_number: string | null;
    total_sen: number;
    issued_at: string;
  };
  event(db, row.issued_at, 'receipt.issue', 'receipt', id, {
    receiptNumber: row.receipt_number,
    caseNumber: row.case_number,
    payerName: row.payer_name,
    payerIdNumber: row.payer_id_number,
    totalSen: row.total_sen,
  });
}

/** The head of the chain now: what an export or a checkpoint records. */
function head(db: Db): { seq: number; hash: string } {
  return db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as {
    seq: number;
    hash: string;
  };
}

const SHA = (c: string): string => c.repeat(64);
const FINGERPRINT = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';

/**
 * What a counter writes while each migration is the newest: rows of the tables (and columns) that
 * migration added, written with the columns of its own version. Keyed by migration name, so a
 * renumbering at merge time changes nothing. A migration without an entry simply adds no rows.
 */
const ROWS_WRITTEN_AT: Record<string, (db: Db) => void> = {
  '001-initial'(db) {
    db.exec(`
      INSERT INTO court VALUES (1, '05', '005', 'Mahkamah Rendah Syariah Seremban', 'MRS', 'K1',
        '{state}{court}-{type}-{run:4}-{year}', 'COURT_TYPE_YEAR', 1, NULL, '2026-11-28T00:30:00.000Z');
      INSERT INTO case_types (code, name, category, proceeding) VALUES
        ('011', 'Permohonan/Tuntutan Kebenaran Poligami', 'MAL', 'SAMAN'),
        ('017', 'Tuntutan Harta Sepencarian', 'MAL', 'SAMAN'),
        ('024', 'Tuntutan Nafkah Anak', 'MAL', 'SAMAN');
      INSERT INTO esv3_last_numbers VALUES ('024', 2026, 769), ('017', 2026, 41);
      INSERT INTO users (id, name, role, pin_hash, created_at) VALUES
        (1, 'Puan Rohana binti Ismail', 'SUPERVISOR', 'scrypt$16384$8$1$c2FsdA$aGFzaA', '2026-11-28T00:30:00.000Z'),
        (2, 'Encik Ahmad Fauzi bin Hassan', 'CLERK', 'scrypt$16384$8$1$c2FsdDI$aGFzaDI', '2026-11-28T00:35:00.000Z');
      INSERT INTO outages (id, sop_option, started_at, opened_by, note)
        VALUES (1, 1, '2026-11-28T00:45:00.000Z', 1, 'ESV3 tidak dapat dicapai sejak 8.30 pagi');
      INSERT INTO cases (id, case_number, source, case_type_code, case_type_name, category, proceeding, court_code,
        year, running_number, scope_key, provisional, claim_sen, lawyer_name, lawyer_firm, registered_at,
        registered_by, outage_id, status, esv3_case_number, esv3_done_at) VALUES
        (1, '05005-024-0770-2026', 'MANUAL', '024', 'Tuntutan Nafkah Anak', 'MAL', 'SAMAN', '05005', 2026, 770,
          '024/2026', 1, 60000, NULL, NULL, '2026-11-28T01:00:00.000Z', 2, 1, 'REGISTERED', NULL, NULL),
        (2, '05005-024-0771-2026', 'MANUAL', '024', 'Tuntutan Nafkah Anak', 'MAL', 'SAMAN', '05005', 2026, 771,
          '024/2026', 1, NULL, 'Zainal Abidin bin Omar', 'Tetuan Zainal & Rakan', '2026-11-28T01:20:00.000Z', 2, 1,
          'REGISTERED', NULL, NULL),
        (3, '05005-017-0042-2026', 'MANUAL', '017', 'Tuntutan Harta Sepencarian', 'MAL', 'SAMAN', '05005', 2026, 42,
          '017/2026', 1, 25000000, NULL, NULL, '2026-11-28T01:40:00.000Z', 2, 1, 'REGISTERED', NULL, NULL);
      INSERT INTO parties (case_id, position, side, name, id_type, id_number, id_key, address, phone) VALUES
        (1, 1, 'CLAIMANT', 'Nor''ain binti Abdullah', 'MYKAD', '850101-10-5124', '850101105124',
          'No. 12, Jalan Dato'' Bandar Tunggal, 70000 Seremban', '012-3456789'),
        (1, 2, 'RESPONDENT', 'Mohd Rizal bin Kamarudin', 'MYKAD', '830722-05-5331', '830722055331', NULL, NULL),
        (2, 1, 'CLAIMANT', 'Siti Aisyah binti Yusof', 'MYKAD', '900315-05-5012', '900315055012', NULL, NULL),
        (2, 2, 'RESPONDENT', 'Faizal bin Ramli', 'NONE', NULL, NULL, NULL, NULL),
        (3, 1, 'CLAIMANT', 'Zaleha binti Md Noor', 'MYKAD', '700909-05-5568', '700909055568', NULL, NULL),
        (3, 2, 'RESPONDENT', 'Ismail bin Che Mat', 'MYKAD', '680101-03-5123', '680101035123', NULL, NULL);
      INSERT INTO number_series VALUES ('024/2026', 771), ('017/2026', 42);
      INSERT INTO number_segments VALUES ('024/2026', 770, '2026-11-28T01:00:00.000Z'),
        ('017/2026', 42, '2026-11-28T01:40:00.000Z');
    `);
    event(db, '2026-11-28T00:30:00.000Z', 'court.setup', 'court', 1, { counterId: 'K1' });
    for (const id of [1, 2, 3]) caseEvent(db, 'case.register', id);
  },

  '002-payments'(db) {
    db.exec(`
      INSERT INTO court_settings VALUES ('senWording', '"SEN_AFTER"'),
        ('departmentName', '"Jabatan Kehakiman Syariah Negeri Sembilan"');
      INSERT INTO fee_items (code, name, amount_sen) VALUES
        ('AFIDAVIT', 'Afidavit', 300),
        ('PENYAMPAIAN', 'Penyampaian notis / saman oleh mahkamah', 400),
        ('SAMAN_MRS', 'Saman dan Pernyataan Tuntutan (Mahkamah Rendah Syariah)', 2500);
      INSERT INTO default_fee_lines VALUES ('SAMAN', 1, 'SAMAN_MRS', 1), ('SAMAN', 2, 'PENYAMPAIAN', 1);
      INSERT INTO receipt_series VALUES ('K1', 2026, 2);
      INSERT INTO receipts (id, receipt_number, counter_id, year, running_number, court_date, issued_at, issued_by,
        outage_id, case_id, case_number, payer_name, payer_id_number, method, tendered_sen, change_sen, total_sen,
        amount_in_words, status, cancelled_at, cancelled_by, cancel_reason, replaces_receipt_id) VALUES
        (1, '05005-K1-2026-000001', 'K1', 2026, 1, '2026-11-28', '2026-11-28T01:05:00.000Z', 2, 1, 1,
          '05005-024-0770-2026', 'Nor''ain binti Abdullah', '850101-10-5124', 'CASH', 5000, 2500, 2500,
          'Ringgit Malaysia Dua Puluh Lima Sahaja', 'CANCELLED', '2026-11-28T01:08:00.000Z', 1,
          'Fi penyampaian tertinggal', NULL),
        (2, '05005-K1-2026-000002', 'K1', 2026, 2, '2026-11-28', '2026-11-28T01:09:00.000Z', 2, 1, 1,
          '05005-024-0770-2026', 'Nor''ain binti Abdullah', '850101-10-5124', 'CASH', 5000, 2100, 2900,
          'Ringgit Malaysia Dua Puluh Sembilan Sahaja', 'ISSUED', NULL, NULL, NULL, 1);
      INSERT INTO receipt_items VALUES
        (1, 1, 'SAMAN_MRS', 'Saman dan Pernyataan Tuntutan (Mahkamah Rendah Syariah)', 1, 2500, NULL),
        (2, 1, 'SAMAN_MRS', 'Saman dan Pernyataan Tuntutan (Mahkamah Rendah Syariah)', 1, 2500, NULL),
        (2, 2, 'PENYAMPAIAN', 'Penyampaian notis / saman oleh mahkamah', 1, 400, NULL);
      INSERT INTO day_closes VALUES ('2026-11-28', 'K1', '2026-11-28T09:10:00.000Z', 2, 1, 2900, 2900, 2900,
        '05005-K1-2026-000001', '05005-K1-2026-000002', 1, 1, NULL);
    `);
    receiptEvent(db, 1);
    event(db, '2026-11-28T01:08:00.000Z', 'receipt.cancel', 'receipt', 1, { reason: 'Fi penyampaian tertinggal' });
    receiptEvent(db, 2);
    event(db, '2026-11-28T09:10:00.000Z', 'day.close', 'day', '2026-11-28:K1', { totalSen: 2900 });
  },

  '003-sign-in-guard'(db) {
    db.exec("INSERT INTO sign_in_guard VALUES (2, 2, NULL), (1, 5, '2026-11-29T01:15:00.000Z')");
  },

  '004-documents-and-bundle'(db) {
    const { seq, hash } = head(db);
    db.exec(`
      INSERT INTO documents (id, kind, reference, case_id, case_number, issued_at, issued_by, outage_id, copies, data,
        pdf_file, pdf_sha256) VALUES
        (1, 'SAMAN', '05005-024-0770-2026/SAMAN', 1, '05005-024-0770-2026', '2026-11-29T01:30:00.000Z', 2, 1, 3,
          '{"form":"SAMAN"}', 'dokumen/saman/05005-024-0770-2026.pdf', '${SHA('a')}');
      INSERT INTO ict_keys (id, fingerprint, user_ids, armored, expires_at, added_at, added_by) VALUES
        (1, '${FINGERPRINT}', '["ICT JKSNS <ict@jksns.gov.my>"]',
          '-----BEGIN PGP PUBLIC KEY BLOCK-----\nxjMEZ\n-----END PGP PUBLIC KEY BLOCK-----', '2028-12-31T00:00:00.000Z',
          '2026-11-29T00:40:00.000Z', 1);
      INSERT INTO device_key VALUES (1, '0F1E2D3C4B5A69788796A5B4C3D2E1F00F1E2D3C',
        '-----BEGIN PGP PUBLIC KEY BLOCK-----\nxjMEY\n-----END PGP PUBLIC KEY BLOCK-----', '2026-11-29T00:40:00.000Z');
      INSERT INTO exports (seq, exported_at, exported_by, base_name, pgp_sha256, prev_sha256, audit_length, audit_head,
        case_count, receipt_count, total_sen, recipients, final) VALUES
        (1, '2026-11-29T09:00:00.000Z', 1, '05005-K1-E0001', '${SHA('b')}', NULL, ${seq}, '${hash}', 3, 2, 2900,
          '["${FINGERPRINT}"]', 0);
      INSERT INTO holidays VALUES ('2026-12-25', 'Hari Krismas', '2026-11-29T00:50:00.000Z', 1);
      -- Recovery, which came with this version: two cases and a receipt entered into ESV3.
      UPDATE cases SET esv3_case_number = '05005-024-0801-2026', esv3_done_at = '2026-11-29T08:00:00.000Z',
        esv3_done_by = 2 WHERE id = 1;
      UPDATE cases SET esv3_case_number = '05005-017-0055-2026', esv3_done_at = '2026-11-29T08:10:00.000Z',
        esv3_done_by = 2 WHERE id = 3;
      UPDATE receipts SET esv3_payment_ref = 'BYR-2026-118802', esv3_done_at = '2026-11-29T08:05:00.000Z',
        esv3_done_by = 2 WHERE id = 2;
    `);
    event(db, '2026-11-29T01:30:00.000Z', 'document.issue', 'document', 1, { kind: 'SAMAN' });
    event(db, '2026-11-29T08:00:00.000Z', 'recovery.done', 'case', 1, { esv3CaseNumber: '05005-024-0801-2026' });
    event(db, '2026-11-29T08:05:00.000Z', 'recovery.done', 'receipt', 2, { esv3PaymentRef: 'BYR-2026-118802' });
    event(db, '2026-11-29T08:10:00.000Z', 'recovery.done', 'case', 3, { esv3CaseNumber: '05005-017-0055-2026' });
    event(db, '2026-11-29T09:00:00.000Z', 'export.make', 'export', 1, { baseName: '05005-K1-E0001' });
  },

  '005-hearings'(db) {
    db.exec(`
      INSERT INTO hearings (case_id, kind, date, time, room, set_at, set_by, override_reason, override_by) VALUES
        (1, 'SEBUTAN', '2026-12-07', '09:00', 'Dewan Bicara 1', '2026-11-30T01:00:00.000Z', 2, NULL, NULL),
        (1, 'SEBUTAN', '2026-12-14', '09:00', 'Dewan Bicara 1', '2026-11-30T01:10:00.000Z', 2,
          'Tarikh asal bertindih dengan cuti hakim', 1),
        (3, 'PERBICARAAN', '2027-01-11', '10:00', 'Dewan Bicara 2', '2026-11-30T01:20:00.000Z', 2, NULL, NULL);
      -- The court's own sighting: Jamadilakhir 1448 began a day after Umm al-Qura's date.
      INSERT INTO hijri_month_starts VALUES (1448, 6, '2026-11-12', '2026-11-30T00:50:00.000Z', 1);
    `);
    event(db, '2026-11-30T01:00:00.000Z', 'hearing.set', 'hearing', 1, { caseId: 1 });
    event(db, '2026-11-30T01:10:00.000Z', 'hearing.set', 'hearing', 2, { caseId: 1 });
    event(db, '2026-11-30T01:20:00.000Z', 'hearing.set', 'hearing', 3, { caseId: 3 });
  },

  '006-filings-and-appointments'(db) {
    db.exec(`
      INSERT INTO cases (id, case_number, source, case_type_code, case_type_name, category, proceeding, court_code,
        year, running_number, scope_key, provisional, registered_at, registered_by, outage_id, esv2_receipt_number)
        VALUES (4, '05005-011-0015-2026', 'ESV2', '011', 'Permohonan/Tuntutan Kebenaran Poligami', 'MAL', 'SAMAN',
          '05005', 2026, 15, NULL, 0, '2026-12-01T01:00:00.000Z', 2, 1, 'ESV2-05005-2026-004417');
      INSERT INTO parties (case_id, position, side, name, id_type, id_number, id_key) VALUES
        (4, 1, 'CLAIMANT', 'Kamal bin Hj. Ahmad', 'MYKAD', '750505-05-5077', '750505055077'),
        (4, 2, 'RESPONDENT', 'Rosnah binti Salleh', 'MYKAD', '780808-05-5208', '780808055208');
      INSERT INTO filing_types (code, name, fee_code) VALUES ('PERAKUAN', 'Perakuan penyampaian', NULL);
      INSERT INTO receipts (id, receipt_number, counter_id, year, running_number, court_date, issued_at, issued_by,
        outage_id, case_id, case_number, payer_name, method, total_sen, amount_in_words) VALUES
        (3, '05005-K1-2026-000003', 'K1', 2026, 3, '2026-12-01', '2026-12-01T01:30:00.000Z', 2, 1, 3,
          '05005-017-0042-2026', 'Zaleha binti Md Noor', 'MONEY_ORDER', 300, 'Ringgit Malaysia Tiga Sahaja');
      INSERT INTO receipt_items VALUES (3, 1, 'AFIDAVIT', 'Afidavit', 1, 300, NULL);
      UPDATE receipt_series SET last_number = 3 WHERE counter_id = 'K1' AND year = 2026;
      INSERT INTO filings (case_id, filing_type_code, filing_type_name, description, quantity, fee_code, amount_sen,
        received_at, received_by, outage_id, receipt_id) VALUES
        (3, 'AFIDAVIT', 'Afidavit', 'Afidavit jawapan defendan', 1, 'AFIDAVIT', 300, '2026-12-01T01:30:00.000Z', 2, 1, 3),
        (1, 'SURAT', 'Surat / dokumen lain', 'Surat majikan', 1, NULL, 0, '2026-12-01T01:40:00.000Z', 2, 1, NULL);
      UPDATE outages SET closed_at = '2026-12-01T02:00:00.000Z', closed_by = 1, close_note = 'Pendaftaran ditutup'
        WHERE id = 1;
      INSERT INTO outages (id, sop_option, started_at, opened_by, note)
        VALUES (2, 3, '2026-12-01T02:00:00.000Z', 1, 'Janji temu sahaja');
      INSERT INTO appointment_series VALUES ('K1', 2026, 2);
      INSERT INTO appointments (id, reference, counter_id, year, running_number, person_name, id_type, id_number, phone,
        case_type_code, case_type_name, appointment_date, booked_at, booked_by, outage_id, status, status_at,
        status_by, status_reason) VALUES
        (1, 'JT-K1-2026-0001', 'K1', 2026, 1, 'Halimah binti Daud', 'MYKAD', '880202-05-5444', '013-2223344', '024',
          'Tuntutan Nafkah Anak', '2026-12-08', '2026-12-01T02:30:00.000Z', 2, 2, 'BOOKED', NULL, NULL, NULL),
        (2, 'JT-K1-2026-0002', 'K1', 2026, 2, 'Azman bin Yusuf', 'NONE', NULL, '019-8887766', '017',
          'Tuntutan Harta Sepencarian', '2026-12-09', '2026-12-01T02:40:00.000Z', 2, 2, 'CANCELLED',
          '2026-12-01T03:00:00.000Z', 2, 'Pemohon menarik balik');
    `);
    caseEvent(db, 'case.recordEsv2', 4);
    receiptEvent(db, 3);
    event(db, '2026-12-01T01:30:00.000Z', 'filing.record', 'filing', 1, { receiptId: 3 });
    event(db, '2026-12-01T01:40:00.000Z', 'filing.record', 'filing', 2, {});
    event(db, '2026-12-01T02:00:00.000Z', 'outage.close', 'outage', 1, {});
    event(db, '2026-12-01T02:00:00.000Z', 'outage.open', 'outage', 2, { sopOption: 3 });
    event(db, '2026-12-01T02:30:00.000Z', 'appointment.book', 'appointment', 1, { reference: 'JT-K1-2026-0001' });
    event(db, '2026-12-01T02:40:00.000Z', 'appointment.book', 'appointment', 2, { reference: 'JT-K1-2026-0002' });
    event(db, '2026-12-01T03:00:00.000Z', 'appointment.cancel', 'appointment', 2, {});
  },

  '007-audit-checkpoints'(db) {
    const { seq, hash } = head(db);
    db.exec(`
      INSERT INTO audit_checkpoints VALUES (${seq}, '${hash}', 3, '2026-12-02T00:30:00.000Z');
      -- A restore brought back a backup made before case 017/2026 reached 49: the series continues at 50.
      INSERT INTO number_floors VALUES ('case:017/2026', 50, '2026-12-02T00:40:00.000Z', 'restore');
    `);
    event(db, '2026-12-02T00:40:00.000Z', 'ledger.restore', 'ledger', 1, { lost: { cases: ['017/2026: 43-49'] } });
  },

  '008-outage-close-kind'(db) {
    db.exec(`
      UPDATE outages SET closed_at = '2026-12-03T00:30:00.000Z', closed_by = 1, close_kind = 'ESV3_PULIH'
        WHERE id = 2;
      INSERT INTO outages (id, sop_option, started_at, opened_by, note)
        VALUES (3, 1, '2026-12-03T01:00:00.000Z', 1, 'ESV3 terputus semula');
    `);
    event(db, '2026-12-03T00:30:00.000Z', 'outage.close', 'outage', 2, { closeKind: 'ESV3_PULIH' });
    event(db, '2026-12-03T01:00:00.000Z', 'outage.open', 'outage', 3, { sopOption: 1 });
  },

  '009-esv3-reference'(db) {
    db.exec(`
      INSERT INTO esv3_cause_book_imports VALUES (1, 'buku-kausa-05005-2026-12-03.xlsx', '${SHA('c')}',
        '2026-12-03T01:10:00.000Z', 1, 2, 2, 0, 0);
      INSERT INTO esv3_cause_book VALUES
        ('05005-024-0650-2026', '2026-10-02', 'Tuntutan Nafkah Anak', 'Rahimah binti Musa lwn Hairul bin Zaki',
          '870303055120', '05005-024-0650-2026 RAHIMAH BINTI MUSA HAIRUL BIN ZAKI 870303055120', 1),
        ('05005-017-0030-2026', NULL, NULL, 'Khadijah binti Omar', '',
          '05005-017-0030-2026 KHADIJAH BINTI OMAR', 1);
    `);
  },

  '011-number-series'(db) {
    db.exec(`
      INSERT INTO clock_confirmations (confirmed_at, last_event_at, confirmed_by)
        VALUES ('2026-12-04T00:20:00.000Z', '2026-12-03T01:10:00.000Z', 1);
    `);
    event(db, '2026-12-04T00:20:00.000Z', 'clock.confirm', 'clock', 1, {});
  },

  '012-request-answers'(db) {
    db.exec(`
      INSERT INTO request_answers VALUES ('r-3f9c2a7b1d0e4c55', 'cases.search', 'user:2', '${SHA('d')}', NULL,
        '2026-12-05T01:00:00.000Z', '{"ok":true}');
    `);
  },

  '014-money-and-day-reopen'(db) {
    db.exec(`
      INSERT INTO fee_items (code, name, amount_sen, active, amount_typed, min_sen, max_sen)
        VALUES ('JAMINAN', 'Wang jaminan', 0, 1, 1, 10000, 5000000);
      INSERT INTO day_reopens VALUES ('2026-11-28', 'K1', 1, '2026-12-05T02:00:00.000Z', 2, 1,
        'Bayaran lewat pihak perlu diterima');
      INSERT INTO day_closes (court_date, counter_id, version, closed_at, prepared_by, checked_by, cash_counted_sen,
          cash_expected_sen, total_sen, first_receipt_number, last_receipt_number, issued_count, cancelled_count,
          difference_note)
        VALUES ('2026-11-28', 'K1', 2, '2026-12-05T02:30:00.000Z', 2, 1, 2850, 2900, 2900, '05005-K1-2026-000001',
          '05005-K1-2026-000002', 1, 1, 'Kurang 50 sen: syiling tercicir, dilaporkan kepada Pendaftar');
    `);
    event(db, '2026-12-05T02:00:00.000Z', 'day.reopen', 'dayClose', '2026-11-28/K1', { version: 1 });
    event(db, '2026-12-05T02:30:00.000Z', 'day.close', 'dayClose', '2026-11-28/K1', { version: 2 });
  },

  '017-appointment-sessions'(db) {
    db.exec(`
      UPDATE appointment_series SET last_number = 3 WHERE counter_id = 'K1' AND year = 2026;
      INSERT INTO appointments (id, reference, counter_id, year, running_number, person_name, id_type, id_number, phone,
        case_type_code, case_type_name, appointment_date, booked_at, booked_by, outage_id, session, session_start,
        session_end, no_show_marked_at, no_show_marked_by, no_show_corrected_at, no_show_corrected_by,
        no_show_correction_reason) VALUES
        (3, 'JT-K1-2026-0003', 'K1', 2026, 3, 'Rokiah binti Hassan', 'MYKAD', '910404-05-5566', '017-5556677', '024',
          'Tuntutan Nafkah Anak', '2026-12-07', '2026-12-01T02:50:00.000Z', 2, 2, 'PETANG', '14:00', '16:30',
          '2026-12-07T08:40:00.000Z', 2, '2026-12-07T08:55:00.000Z', 1, 'Hadir lewat, tersilap tanda');
    `);
    event(db, '2026-12-01T02:50:00.000Z', 'appointment.book', 'appointment', 3, { reference: 'JT-K1-2026-0003' });
    event(db, '2026-12-07T08:40:00.000Z', 'appointment.noShow', 'appointment', 3, {});
    event(db, '2026-12-07T08:55:00.000Z', 'appointment.noShowCorrect', 'appointment', 3, {});
  },

  '018-passport-nationality'(db) {
    db.exec(`
      UPDATE appointment_series SET last_number = 4 WHERE counter_id = 'K1' AND year = 2026;
      INSERT INTO appointments (id, reference, counter_id, year, running_number, person_name, id_type, id_number, phone,
        case_type_code, case_type_name, appointment_date, booked_at, booked_by, outage_id, session, session_start,
        session_end, nationality) VALUES
        (4, 'JT-K1-2026-0004', 'K1', 2026, 4, 'Sri Wahyuni binti Sutrisno', 'PASSPORT', 'C4567890', '011-23456789',
          '024', 'Tuntutan Nafkah Anak', '2026-12-08', '2026-12-02T01:15:00.000Z', 2, 2, 'PAGI', '08:30', '12:30',
          'IDN');
    `);
    event(db, '2026-12-02T01:15:00.000Z', 'appointment.book', 'appointment', 4, { reference: 'JT-K1-2026-0004' });
  },
};

/** Writes the rows a counter would have written while `migration` was the newest. */
export function writeRowsOf(db: Db, migration: Migration): void {
  ROWS_WRITTEN_AT[migration.name]?.(db);
}

/**
 * A ledger that lived through every version up to `version`: migrated one step at a time, and at each
 * step holding the rows the counter wrote with that version's schema.
 */
export function ledgerWithDataAt(version: number): Db {
  const db = ledgerAt(0);
  for (let v = 1; v <= version; v++) {
    migrate(db, v);
    writeRowsOf(db, MIGRATIONS[v - 1] as Migration);
  }
  return db;
}

export interface TableRows {
  columns: string[];
  rows: unknown[][];
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The ordinary tables of a ledger (the full-text index's own tables included, its virtual table not). */
export function tableNames(db: Db): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

function readRows(db: Db, table: string, columns: string[]): unknown[][] {
  const order = columns.map((_, i) => i + 1).join(', ');
  return db
    .prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(table)} ORDER BY ${order}`)
    .raw()
    .all() as unknown[][];
}

/** Every row of every table, by table. */
export function rowsOf(db: Db): Map<string, TableRows> {
  const out = new Map<string, TableRows>();
  for (const table of tableNames(db)) {
    const columns = (db.pragma(`table_info(${quote(table)})`) as { name: string }[]).map((c) => c.name);
    out.set(table, { columns, rows: readRows(db, table, columns) });
  }
  return out;
}

/** Every table of `before` is still there with every one of its columns, holding the same rows. */
export function expectRowsKept(before: Map<string, TableRows>, db: Db): void {
  const tables = new Set(tableNames(db));
  for (const [table, { columns, rows }] of before) {
    expect(tables.has(table), `table ${table} kept`).toBe(true);
    expect(readRows(db, table, columns), `rows of ${table}`).toEqual(rows);
  }
}

/**
 * What an upgrade must leave sound: the file's structure, every foreign key pointing at a row, the audit
 * chain verifying from its first event, and the full-text indexes agreeing with their rows.
 */
export function expectLedgerSound(db: Db): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  expect(verifyChain(db)).toMatchObject({ ok: true });
  if (tableNames(db).includes('parties')) {
    expect(() =>
      db.prepare("INSERT INTO party_names (party_names, rank) VALUES ('integrity-check', 1)").run(),
    ).not.toThrow();
  }
  // The search-fragment indexes (from 015) agree with the rows they index.
  for (const index of ['case_words', 'party_id_tails'].filter((t) => schemaNames(db, 'table').includes(t))) {
    expect(() => db.prepare(`INSERT INTO ${index} (${index}, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
  }
}

/**
 * Migrates a ledger that lived through the versions before `migration` to it, and checks what every
 * upgrade owes a court: the version recorded, every row and column kept, the ledger sound.
 */
export function upgradeWithData(migration: Migration): Db {
  const version = versionOf(migration);
  const db = ledgerWithDataAt(version - 1);
  const before = rowsOf(db);
  migrate(db, version);
  expect(schemaVersion(db)).toBe(version);
  expectRowsKept(before, db);
  expectLedgerSound(db);
  return db;
}

/** The names of the indexes, triggers or tables in a ledger's schema. */
export function schemaNames(db: Db, type: 'index' | 'trigger' | 'table', table?: string): string[] {
  const rows = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = ? AND (? IS NULL OR tbl_name = ?) AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name`,
    )
    .all(type, table ?? null, table ?? null) as { name: string }[];
  return rows.map((r) => r.name);
}
