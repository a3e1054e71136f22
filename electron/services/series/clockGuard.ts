import { AppError, message, type Message } from '@shared/errors';
import { courtDate, courtYear } from '@shared/time';
import type { UserView } from '@shared/views';
import { appendAudit, userActor } from '../ledger/audit';
import type { Db } from '../db/open';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';

export interface ClockState {
  /** The latest time the ledger trusts: the latest recorded event, or the date a supervisor confirmed. */
  latestAt: string | null;
  /** The greatest time any event recorded (a sign-in on a clock set back records an earlier one). */
  maxEventAt: string | null;
  /** When the last number of any series was issued, or a date was confirmed. */
  lastNumberAt: string | null;
  /** The refusal when numbering must wait for a supervisor; null when the clock may number. */
  refusal: Message | null;
}

interface Confirmation {
  confirmed_at: string;
  last_event_at: string;
}

/**
 * Whether a number may be issued at `now`. Its court date may not be earlier than the latest record's
 * (a clock set back), nor its year another than the last number's (a clock a year off, or the first
 * number of a new year). A supervisor's confirmation of the date holds until an event records a time
 * later than any the supervisor saw. Records keep their order by sequence number regardless.
 */
export function clockState(db: Db, now: Date): ClockState {
  const maxEventAt = (sql(db, 'SELECT MAX(at) AS at FROM audit_events').get() as { at: string | null }).at;
  const confirmation = sql(
    db,
    'SELECT confirmed_at, last_event_at FROM clock_confirmations ORDER BY id DESC LIMIT 1',
  ).get() as Confirmation | undefined;
  let latestAt = maxEventAt;
  if (confirmation && maxEventAt !== null && confirmation.last_event_at >= maxEventAt) {
    const lastBySeq = sql(db, 'SELECT at FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { at: string };
    latestAt = lastBySeq.at > confirmation.confirmed_at ? lastBySeq.at : confirmation.confirmed_at;
  }
  const lastNumberAt =
    (sql(db, 'SELECT last_number_at AS at FROM numbering_clock WHERE id = 1').get() as { at: string } | undefined)
      ?.at ?? null;
  const today = courtDate(now);
  let refusal: Message | null = null;
  if (latestAt !== null && today < courtDate(new Date(latestAt))) {
    const last = courtDate(new Date(latestAt));
    refusal = message(
      'Tarikh pada jam komputer ini ({today}) lebih awal daripada rekod terakhir ({last}). Nombor tidak dikeluarkan sehingga Penolong Pendaftar mengesahkan tarikh ini dengan PIN, atau tarikh dan masa komputer dibetulkan.',
      { today, last },
    );
  } else if (lastNumberAt !== null && courtYear(now) !== courtYear(new Date(lastNumberAt))) {
    const lastYear = courtYear(new Date(lastNumberAt));
    refusal = message(
      'Tahun pada jam komputer ini ({year}) bukan tahun nombor terakhir yang dikeluarkan ({lastYear}). Nombor tidak dikeluarkan sehingga Penolong Pendaftar mengesahkan tarikh ini dengan PIN, atau tarikh dan masa komputer dibetulkan.',
      { year: courtYear(now), lastYear },
    );
  }
  return { latestAt, maxEventAt, lastNumberAt, refusal };
}

/** Refuses (code CLOCK) a number issued at `at` when the clock guard says so. */
export function requireTrustedClock(db: Db, at: string): void {
  const { refusal } = clockState(db, new Date(at));
  if (refusal !== null) throw new AppError('CLOCK', refusal.key, refusal.values);
}

/** Remembers when a number was last issued (the year the next number is compared with). */
export function noteNumberIssued(db: Db, at: string): void {
  sql(
    db,
    `INSERT INTO numbering_clock (id, last_number_at) VALUES (1, ?)
     ON CONFLICT (id) DO UPDATE SET last_number_at = excluded.last_number_at`,
  ).run(at);
}

export interface ClockConfirmed {
  /** False when the clock needed no confirmation (nothing written). */
  confirmed: boolean;
  clockAt: string;
  lastEventAt: string | null;
}

/**
 * A supervisor confirms, with their PIN (checked by the caller through supervisorApproval), that the
 * computer's date is right although numbering stopped: audited with the clock's time and the latest
 * recorded time, in one transaction. Numbering then continues; records stay ordered by sequence.
 */
export function confirmClock(ledger: Ledger, actorId: number, supervisor: UserView): ClockConfirmed {
  return ledger.db.transaction(() => {
    const now = ledger.clock();
    const at = now.toISOString();
    const state = clockState(ledger.db, now);
    if (state.refusal === null) return { confirmed: false, clockAt: at, lastEventAt: state.latestAt };
    const { lastInsertRowid } = sql(
      ledger.db,
      'INSERT INTO clock_confirmations (confirmed_at, last_event_at, confirmed_by) VALUES (?, ?, ?)',
    ).run(at, state.maxEventAt ?? at, supervisor.id);
    noteNumberIssued(ledger.db, at);
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'clock.confirm',
      entity: 'clock',
      entityId: Number(lastInsertRowid),
      data: {
        clockAt: at,
        lastEventAt: state.latestAt,
        lastNumberAt: state.lastNumberAt,
        // Recorded as the Malay sentence, as every audit event's wording.
        refusal: state.refusal.message,
        supervisorId: supervisor.id,
        supervisorName: supervisor.name,
      },
    });
    return { confirmed: true, clockAt: at, lastEventAt: state.latestAt };
  })();
}
