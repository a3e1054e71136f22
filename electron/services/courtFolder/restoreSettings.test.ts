import { rmSync } from 'node:fs';
import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { testKey } from '../../../tests/support/bundle';
import { registerAt, threeCounters } from '../../../tests/support/courtFolder';
import { tempDir } from '../../../tests/support/ledger';
import { verifyFolder } from '../../cli/verify';
import { appointmentSessions, setAppointmentSessions } from '../appointments/appointments';
import { setRecoveryPassphrase } from '../backup/recoveryKey';
import { readDeviceKey } from '../bundle/deviceKey';
import { importIctKey, listIctKeys, removeIctKey } from '../bundle/ictKeys';
import {
  addHoliday,
  readDocumentSettings,
  removeHoliday,
  saveHijriMonthNames,
  hijriMonthNames,
  updateDocumentSettings,
} from '../calendar/courtCalendar';
import { getCaseType, saveCaseType } from '../cases/caseTypes';
import { saveFilingType } from '../cases/filings';
import { readCourtConfig, readLastNumbers, setLastNumbers, updateCourt, updateNumbering } from '../court/court';
import type { Db } from '../db/open';
import { openCheckedLedger } from '../ledger/ledgerFile';
import { changeSopOption, openOutageRef } from '../outages/outages';
import { getFee, saveFee, setDefaultLines } from '../receipts/fees';
import { readReceiptSettings, updateReceiptSettings } from '../receipts/receiptSettings';
import { createUser, setUserActive } from '../users/users';
import { updateIdleMinutes } from '../users/sessionSettings';
import { hashPin } from '../users/pin';
import { revokeCounter } from './enrolment';
import { restoreFromCourtFolder } from './restore';
import { SETTINGS_TABLES } from './settingsSnapshot';

/*
 * Every table of the ledger, classified. A table added by a later migration that nobody classifies
 * fails the first test: either the court-folder restore carries it (SETTINGS_TABLES, compared row by
 * row below), or it is one of the counter's records, rebuilt or listed as not recovered, or this PC's own.
 */
const RECORDS_REBUILT = ['audit_events', 'cases', 'parties', 'filings', 'receipts', 'receipt_items'];
const DERIVED = [
  // The series, their floors and jumps: recomputed from the rows (restore.ts recordSeries, floors).
  'number_series',
  'number_segments',
  'receipt_series',
  'receipt_segments',
  'series_segments',
  'number_floors',
  'appointment_series',
  'numbering_clock',
  // The search indexes over the rows, kept by triggers; checkpoints made by the first start-up check.
  'case_words',
  'party_names',
  'party_id_tails',
  'audit_checkpoints',
  // The segments the rebuilt ledger holds: the ones it was rebuilt from.
  'court_segments',
];
/** Listed in the outcome's "not recovered" (the PDFs and the day's papers stayed on the old PC). */
const NOT_RECOVERED = [
  'appointments',
  'documents',
  'hearings',
  'day_closes',
  'day_reopens',
  'exports',
  'esv3_cause_book',
  'esv3_cause_book_imports',
  'clock_confirmations',
];
/** This PC's own: the device key (its secret half died with the old PC), lockouts, answered requests. */
const MACHINE_LOCAL = ['device_key', 'sign_in_guard', 'request_answers'];

const FTS_SHADOW = /_(config|data|docsize|idx|content)$/;

function tablesOf(db: Db): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[]
  )
    .filter((name) => !FTS_SHADOW.test(name))
    .sort();
}

/** A table's rows in a stable order, without the PIN hashes (no PIN comes back by design). */
function rowsOf(db: Db, table: string): unknown[] {
  const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
  return rows
    .map((row) => {
      const { pin_hash: _pin, ...rest } = row;
      return table === 'users' ? rest : row;
    })
    .map((row) => JSON.stringify(row))
    .sort();
}

describe('court restore carries the configuration changed after setup', () => {
  it('classifies every table of the ledger', async () => {
    const { k1 } = await threeCounters();
    const classified = [...SETTINGS_TABLES, ...RECORDS_REBUILT, ...DERIVED, ...NOT_RECOVERED, ...MACHINE_LOCAL];
    expect(tablesOf(k1.ledger.db).filter((t) => !classified.includes(t))).toEqual([]);
    expect(classified.filter((t) => !tablesOf(k1.ledger.db).includes(t))).toEqual([]);
  });

  it('every setting changed after setup comes back table for table on the new PC', async () => {
    const { folder, k1 } = await threeCounters();
    const l = k1.ledger;
    const me = k1.supervisorId;
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    await k1.sync();

    // Case types: one added, one renamed, one retired.
    saveCaseType(l, me, {
      code: '901',
      name: 'Tuntutan Harta Sepencarian Khas',
      category: 'MAL',
      proceeding: 'SAMAN',
      active: true,
    });
    const renamed = getCaseType(l, '024');
    if (!renamed) throw new Error('no 024');
    saveCaseType(l, me, { ...renamed, name: `${renamed.name} (dinamakan semula)` });
    const retired = getCaseType(l, '001');
    if (!retired) throw new Error('no 001');
    saveCaseType(l, me, { ...retired, active: false });
    // Fees, default lines, filing types.
    saveFee(l, me, {
      code: 'FI_KHAS',
      name: 'Fi Khas',
      amountSen: 1234,
      active: true,
      amountTyped: false,
      minSen: null,
      maxSen: null,
    });
    const saman = getFee(l, 'SAMAN_MRS');
    if (!saman) throw new Error('no SAMAN_MRS');
    saveFee(l, me, { ...saman, amountSen: saman.amountSen + 100 });
    setDefaultLines(l, me, 'TYPE:901', [{ feeCode: 'FI_KHAS', quantity: 2 }]);
    saveFilingType(l, me, { code: 'AFIDAVIT_KHAS', name: 'Afidavit Khas', feeCode: 'FI_KHAS', active: true });
    // The calendar.
    addHoliday(l, me, { date: '2026-12-24', name: 'Cuti Peristiwa' });
    addHoliday(l, me, { date: '2026-12-28', name: 'Cuti Ganti' });
    removeHoliday(l, me, '2026-12-28', 'Dibatalkan oleh kerajaan negeri');
    saveHijriMonthNames(
      l,
      me,
      hijriMonthNames(l).map((n, i) => (i === 0 ? `${n} al-Haram` : n)),
    );
    const documents = readDocumentSettings(l);
    updateDocumentSettings(l, me, { ...documents, rooms: [...documents.rooms, 'Dewan 9'] });
    // The court, the numbering, the last ESV3 numbers.
    const config = readCourtConfig(l);
    if (!config) throw new Error('not set up');
    updateCourt(l, me, { ...config.court, courtName: `${config.court.courtName} (Cawangan)` });
    updateNumbering(l, me, { ...config.numbering, blockSize: 500 });
    setLastNumbers(l, me, [...readLastNumbers(l), { caseTypeCode: '901', year: 2026, lastNumber: 41 }]);
    // Court-wide settings: receipts, idle sign-out, appointment sessions, the recovery passphrase.
    updateReceiptSettings(l, me, {
      ...readReceiptSettings(l),
      departmentName: 'Jabatan Kehakiman Syariah Negeri Sembilan (Ujian)',
    });
    updateIdleMinutes(l, me, 7);
    const sessions = appointmentSessions(l);
    setAppointmentSessions(l, me, { ...sessions, PAGI: { ...sessions.PAGI, capacity: sessions.PAGI.capacity + 3 } });
    await setRecoveryPassphrase(l, `user:${me}`, 'frasa laluan mahkamah seremban');
    // Keys: a second ICT key added then removed again (ICT's key stays: it opens the segments); K3 revoked.
    await importIctKey(l, me, testKey('ict-escrow-test.pub'));
    const second = listIctKeys(l).keys.at(-1);
    if (!second) throw new Error('no ICT key');
    removeIctKey(l, me, second.id);
    revokeCounter(l, me, 'K3', 'Komputer K3 dipindahkan ke mahkamah lain');
    // Users: a clerk added, another added then deactivated. The SOP option changed.
    await createUser(l, me, { name: 'Kerani Baharu', role: 'CLERK', pin: '246810' });
    const gone = await createUser(l, me, { name: 'Kerani Berpindah', role: 'CLERK', pin: '135790' });
    setUserActive(l, me, gone.id, false);
    const outage = openOutageRef(l);
    if (!outage) throw new Error('no open outage');
    changeSopOption(l, me, { outageId: outage.id, sopOption: 2, reason: 'Arahan negeri: ESV2 berfungsi' });
    changeSopOption(l, me, { outageId: outage.id, sopOption: 1, reason: 'ESV2 pula terganggu' });
    registerAt(k1, 'Rahim bin Salleh', '800202-05-5111');
    await k1.sync();

    const original = Object.fromEntries(SETTINGS_TABLES.map((t) => [t, rowsOf(l.db, t)]));
    const key = readDeviceKey(l);
    if (!key) throw new Error('K1 has no device key');
    l.db.close();
    rmSync(k1.dataDir, { recursive: true, force: true });

    const newPc = tempDir('kaunter-newpc-');
    const outcome = await restoreFromCourtFolder({
      dataDir: newPc,
      folder,
      counter: 'K1',
      decryptionKey: await openpgp.readPrivateKey({ armoredKey: testKey('ict-test.sec') }),
      deviceKeyArmored: key.publicArmored,
      fingerprint: key.fingerprint,
      supervisor: { id: me, pinHash: await hashPin('654321', 10) },
      actor: 'system:cli',
      at: new Date('2026-12-01T02:00:00.000Z'),
    });
    expect(outcome).toMatchObject({ cases: 2, problem: null });
    expect(outcome.notRecovered.map((n) => n.en).join(' ')).not.toMatch(/settings changed after the first setup/);
    expect(verifyFolder(newPc)).toMatchObject({ found: true, summary: { ok: true } });

    const { ledger } = await openCheckedLedger(newPc, { clock: () => new Date('2026-12-01T03:00:00.000Z') });
    try {
      for (const table of SETTINGS_TABLES)
        expect({ table, rows: rowsOf(ledger.db, table) }).toEqual({ table, rows: original[table] });
      // The PINs did not come over: only the supervisor chosen has one (the new one).
      const pins = ledger.db.prepare("SELECT COUNT(*) FROM users WHERE pin_hash <> '!dipulihkan'").pluck().get();
      expect(pins).toBe(1);
    } finally {
      ledger.db.close();
    }
  });
});
