import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '@shared/messages';
import { dispatcherFor, frozenClock, readyLedger, tempDir, unwrap } from '../../../tests/support/ledger';
import { sessions } from '../../../tests/support/series';
import { readPdf } from '../documents/pdfText';
import type { Ledger } from '../ledger/ledger';
import { FOLDER_PRINTER } from '../printing/printing';

/** A supervisor at a counter under SOP option 3; the clock is Saturday 28 Nov 2026, 9.00 pagi. */
async function option3() {
  const clock = frozenClock();
  const { ledger, outage } = await readyLedger({}, { dataDir: tempDir(), clock });
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  unwrap(await dispatch('outage.close', { outageId: outage.id }));
  unwrap(await dispatch('outage.open', { sopOption: 3, startedAt: ledger.clock().toISOString() }));
  return { ledger, dispatch, clock };
}

function booking(date: string, session: 'PAGI' | 'PETANG', name = 'Siti binti Abu') {
  return {
    person: { side: 'CLAIMANT', name, idType: 'MYKAD', idNumber: '900315-05-5012', phone: '012-3456789' },
    caseTypeCode: '024',
    date,
    session,
  };
}

const rows = (ledger: Ledger) =>
  ledger.db
    .prepare("SELECT (SELECT COUNT(*) FROM appointments) || '/' || (SELECT COUNT(*) FROM audit_events)")
    .pluck()
    .get();

describe('appointment sessions', () => {
  it('books into a session with its times, counts room per session and refuses a full one naming the next', async () => {
    const { ledger, dispatch } = await option3();
    unwrap(await dispatch('appointments.setSessions', sessions(2)));
    const first = unwrap(await dispatch('appointments.book', booking('2026-11-30', 'PAGI')));
    expect(first).toMatchObject({ session: 'PAGI', sessionStart: '08:30', sessionEnd: '12:30' });
    expect(first.sessionEndsAt).toBe('2026-11-30T04:30:00.000Z');
    unwrap(await dispatch('appointments.book', booking('2026-11-30', 'PAGI', 'Aminah binti Said')));
    const day = unwrap(await dispatch('appointments.forDay', { date: '2026-11-30' }));
    expect(day.sessions.map((s) => [s.session, s.booked, s.capacity])).toEqual([
      ['PAGI', 2, 2],
      ['PETANG', 0, 2],
    ]);

    const before = rows(ledger);
    const full = await dispatch('appointments.book', booking('2026-11-30', 'PAGI', 'Rokiah binti Hassan'));
    if (full.ok) throw new Error('a full session was booked');
    expect(full.error.message).toBe(
      'Janji temu untuk sesi pagi Isnin, 30/11/2026 telah penuh (2 orang). Sesi seterusnya yang masih ada tempat: sesi petang Isnin, 30/11/2026 (2 tempat).',
    );
    expect(full.error.issues?.[0]?.path).toBe('session');
    expect(formatMessage('en', full.error.key, full.error.values)).toBe(
      'Appointments for the morning session of Monday, 30/11/2026 are full (2 people). The next session with room: the afternoon session of Monday, 30/11/2026 (2 places).',
    );
    expect(rows(ledger)).toBe(before);

    // Petang full too: the next with room is Tuesday's pagi.
    unwrap(await dispatch('appointments.book', booking('2026-11-30', 'PETANG', 'A binti B')));
    unwrap(await dispatch('appointments.book', booking('2026-11-30', 'PETANG', 'C binti D')));
    const petang = await dispatch('appointments.book', booking('2026-11-30', 'PETANG', 'E binti F'));
    expect(petang.ok ? '' : petang.error.message).toContain('Sesi seterusnya');
    expect(petang.ok ? '' : petang.error.message).toContain('sesi pagi Selasa, 01/12/2026 (2 tempat)');
  });

  it('keeps the Friday prayer break and refuses a session already over', async () => {
    const { dispatch, clock } = await option3();
    const slots = unwrap(await dispatch('appointments.slots', { days: 7 }));
    const friday = slots.slots.find((s) => s.date === '2026-12-04');
    expect(friday?.sessions.map((s) => `${s.start}-${s.end}`)).toEqual(['08:30-12:15', '14:45-16:30']);
    const booked = unwrap(await dispatch('appointments.book', booking('2026-12-04', 'PETANG')));
    expect([booked.sessionStart, booked.sessionEnd]).toEqual(['14:45', '16:30']);

    clock.set('2026-11-30T05:00:00.000Z'); // Monday 1.00 petang: pagi is over.
    const over = await dispatch('appointments.book', booking('2026-11-30', 'PAGI'));
    expect(over.ok ? '' : over.error.message).toBe(
      'Janji temu untuk sesi pagi Isnin, 30/11/2026 tidak lagi diterima kerana sesi itu telah tamat: pilih sesi atau hari lain.',
    );
    const today = unwrap(await dispatch('appointments.slots', { days: 1 }));
    expect(today.slots[0]?.sessions.map((s) => s.session)).toEqual(['PETANG']);
  });

  it('lets a supervisor set the sessions (audited), refuses times that make no sense and a session closed', async () => {
    const { ledger, dispatch } = await option3();
    unwrap(await dispatch('users.create', { name: 'Aminah binti Omar', role: 'CLERK', pin: '654321' }));
    const set = unwrap(await dispatch('appointments.setSessions', sessions(7)));
    expect(set.PAGI.capacity).toBe(7);
    const event = ledger.db
      .prepare("SELECT data FROM audit_events WHERE action = 'settings.appointmentSessions'")
      .pluck()
      .get() as string;
    expect(JSON.parse(event)).toMatchObject({ before: { PAGI: { capacity: 10 } }, after: { PAGI: { capacity: 7 } } });
    const bad = await dispatch('appointments.setSessions', {
      PAGI: { start: '08:30', end: '14:30', capacity: 5 },
      PETANG: { start: '14:00', end: '13:00', capacity: 5 },
    });
    expect(bad.ok ? [] : bad.error.issues?.map((i) => i.path)).toEqual(['PETANG.end', 'PETANG.start']);
    unwrap(
      await dispatch('appointments.setSessions', {
        ...sessions(5),
        PETANG: { start: '14:00', end: '16:30', capacity: 0 },
      }),
    );
    const closed = await dispatch('appointments.book', booking('2026-12-01', 'PETANG'));
    expect(closed.ok ? '' : closed.error.message).toBe('Tiada janji temu diterima untuk sesi petang: pilih sesi lain.');

    unwrap(await dispatch('auth.signOut', {}));
    unwrap(await dispatch('auth.signIn', { userId: 2, pin: '654321' }));
    const clerk = await dispatch('appointments.setSessions', sessions(9));
    expect(clerk.ok ? '' : clerk.error.code).toBe('FORBIDDEN');
  });
});

describe('tidak hadir', () => {
  it('is refused before the session ends, taken after, and a mistaken one is corrected and kept', async () => {
    const { ledger, dispatch, clock } = await option3();
    const booked = unwrap(await dispatch('appointments.book', booking('2026-11-30', 'PAGI')));
    const early = await dispatch('appointments.close', {
      appointmentId: booked.id,
      status: 'NO_SHOW',
      reason: 'Tidak datang',
    });
    expect(early.ok ? '' : early.error.message).toBe(
      'Janji temu JT-K1-2026-0001 belum boleh ditanda tidak hadir: sesi pagi Isnin, 30/11/2026 tamat pada 12:30.',
    );
    clock.set('2026-11-30T04:29:00.000Z'); // 12.29 petang, the session not yet over
    expect(
      (await dispatch('appointments.close', { appointmentId: booked.id, status: 'NO_SHOW', reason: 'Tidak datang' }))
        .ok,
    ).toBe(false);
    clock.set('2026-11-30T04:30:00.000Z');
    const marked = unwrap(
      await dispatch('appointments.close', { appointmentId: booked.id, status: 'NO_SHOW', reason: 'Tidak datang' }),
    );
    expect(marked.status).toBe('NO_SHOW');

    clock.set('2026-11-30T04:45:00.000Z');
    const short = await dispatch('appointments.correctNoShow', { appointmentId: booked.id, reason: 'ok' });
    expect(short.ok).toBe(false);
    const corrected = unwrap(
      await dispatch('appointments.correctNoShow', { appointmentId: booked.id, reason: 'Hadir lewat, tersilap tanda' }),
    );
    expect(corrected).toMatchObject({
      status: 'BOOKED',
      statusReason: null,
      noShowCorrection: {
        markedAt: '2026-11-30T04:30:00.000Z',
        correctedAt: '2026-11-30T04:45:00.000Z',
        reason: 'Hadir lewat, tersilap tanda',
      },
    });
    const actions = ledger.db
      .prepare("SELECT action FROM audit_events WHERE entity = 'appointment' ORDER BY seq")
      .pluck()
      .all();
    expect(actions).toEqual(['appointment.book', 'appointment.noShow', 'appointment.noShowCorrect']);
    const again = await dispatch('appointments.correctNoShow', { appointmentId: booked.id, reason: 'Sekali lagi' });
    expect(again.ok ? '' : again.error.message).toContain('tiada apa untuk dibetulkan');
  });
});

describe('senarai janji temu', () => {
  it('saves the day list as a PDF with the court heading, the date in Malay and Hijri, per session', async () => {
    const { dispatch } = await option3();
    unwrap(await dispatch('appointments.book', booking('2026-11-30', 'PAGI')));
    unwrap(await dispatch('appointments.book', booking('2026-11-30', 'PETANG', 'Aminah binti Said')));
    const saved = unwrap(await dispatch('appointments.printList', { date: '2026-11-30', toPrinter: false }));
    expect(saved).toMatchObject({ printed: false, printerName: null });
    expect(saved.pdfFile).toMatch(/dokumen[/\\]senarai-janji-temu[/\\]2026-11-30-K1-\d+\.pdf$/);
    const text = (await readPdf(readFileSync(saved.pdfFile))).map((p) => p.text).join(' ');
    expect(text).toContain('SENARAI JANJI TEMU');
    expect(text).toContain('MAHKAMAH');
    expect(text).toMatch(/Isnin, 30 November 2026 bersamaan \d+ \S+ 1448H/);
    expect(text).toContain('Sesi Pagi (8.30 pagi – 12.30 tengah hari)');
    expect(text).toContain('Sesi Petang (2.00 petang – 4.30 petang)');
    expect(text).toContain('Aminah binti Said');
    expect(text).toContain('012-3456789');
    expect(text).toContain('No. K/P 900315-05-5012');
    unwrap(await dispatch('printers.choose', { kind: 'courtDocument', printer: FOLDER_PRINTER }));
    const printed = unwrap(await dispatch('appointments.printList', { date: '2026-11-30', toPrinter: true }));
    expect(printed.printed).toBe(true);
  });
});
